package distress

import "testing"

// Second-language English planning ("want go", "before he fly") is someone
// not gone yet; the same words with harm done or someone already there keep
// the help path. Lines written for this test.
func TestPlanningSecondLanguage(t *testing.T) {
	for _, c := range []struct {
		text     string
		planning bool
	}{
		{"my daughter want go cambodia for hotel job, her friend arrange everything. what she must check before she fly", true},
		{"my nephew wants go overseas for call centre work, what to check before he leave", true},
		{"my son want go home but company in laos take his passport and beat him", false},
		{"before he fly they took his passport, now he landed in myawaddy and cannot leave", false},
	} {
		f := Detect(c.text, "en")
		if got := f.Planning(); got != c.planning {
			t.Errorf("%q: Planning %v, want %v (cues %v)", c.text, got, c.planning, f.Cues)
		}
	}
}
