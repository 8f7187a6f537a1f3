package distress

import "testing"

// The fifty-fifth blind set's help-path kind, with lines written for this
// test: someone they "are not letting come back" is kept there, and the
// "are .. back" inside those words is no one back home (a strong
// confinement cue voids a returned cue in its words). Someone back home who
// was locked in before still reads as back.
func TestAfter55Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my sister works for a company in Myawaddy and they are not letting her come back, who do we call?", true, ArticleOther},
		{"en", "they are not allowing him to return home from the office in Poipet, he says the boss wants money", true, ArticleOther},
	})
	for _, text := range []string{
		"my brother came back from Cambodia last month, they had locked him in a room for weeks, how can he get counselling?",
	} {
		if f := Detect(text, "en"); !f.Back() {
			t.Errorf("%q: not back (%+v)", text, f.Cues)
		}
	}
}
