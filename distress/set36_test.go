package distress

import "testing"

// The thirty-sixth blind set's kinds: someone of the writer's church or
// group ("one of our youth boys") is someone the writer knows; "what are
// their schemes once inside" is a general question (Tagalog). Lines
// written for this test.
func TestSet36Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "two of our church boys took jobs in asia and now they cant leave, the pastor asked me what we do", true, ArticleOther},
		{"en", "one of our students went for an internship abroad, now he says they beat him and keep his passport", true, ArticleOther},
		{"tl", "anu ano ang mga modus nila pag nasa loob na ng compound?", false, ""},
		{"tl", "yung kuya ko nasa loob ng compound, di makalabas, kinuha passport nya", true, ArticleOther},
	})
}

// Two separate stretches that tell of the danger take the surer
// classifier to dismiss, as two danger words do (Dismissed). Lines
// written for this test.
func TestDismissTwoStretches(t *testing.T) {
	for _, c := range []struct {
		text string
		oos  float64
		want bool
	}{
		{"cousin sent a photo of men with sticks at the gate and then nothing for two weeks", 0.65, false},
		{"bread dough stuck in the bowl for a day since I forgot it and the yeast might be dead, what now?", 0.95, true},
	} {
		f := Detect(c.text, "en")
		if !f.Urgent {
			t.Errorf("%q: not urgent (%v)", c.text, f.Cues)
			continue
		}
		if got := f.Dismissed(c.oos); got != c.want {
			t.Errorf("%q at %.2f out of scope: dismissed %v, want %v (%v)", c.text, c.oos, got, c.want, f.Cues)
		}
	}
}
