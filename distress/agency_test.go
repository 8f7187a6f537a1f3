package distress

import "testing"

// A caller "from the agency" who asks the family for money to bring a
// relative home is a middleman (tl); the agency's ordinary fees for a
// worker not gone yet are not. Lines written for this test.
func TestAgencyAsksForMoneyToBringHome(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"tl", "may nagtext kay papa, taga-agency daw, kailangan magbayad ng 50k para makauwi si kuya galing myanmar. legit ba yun?", true},
		// "agency" stays out of the English middleman cue: "a lawyer from
		// some agency promising to get it all back" is about money.
		{"tl", "magkano ba karaniwang placement fee ng agency papuntang japan para sa caregiver?", false},
	} {
		if f := Detect(c.text, c.lang); f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
		}
	}
}
