package distress

import "testing"

// Someone else writing in a relative's name, with the relative abroad, is a
// sign of being held; someone who types for a grandmother at home is not.
// Lines written for this test.
func TestSomeoneElseTyping(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my sister went to myawaddy for a job and now the replies are short and strange, i'm sure someone else is texting for her", true},
		{"my brother in laos answers every message the same way, it is not him typing anymore, what do we do", true},
		{"my grandma cant see well so my cousin types for her, how do we keep her safe from scam texts", false},
	} {
		if f := Detect(c.text, "en"); f.Urgent != c.urgent {
			t.Errorf("%q: urgent %v, want %v (cues %v)", c.text, f.Urgent, c.urgent, f.Cues)
		}
	}
}
