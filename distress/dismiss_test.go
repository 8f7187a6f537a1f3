package distress

import "testing"

// One danger word with an everyday sense, in a message the classifier
// reads as about something else, is dismissed; a short cry, a place, or a
// word that is the help path's own (sold, a fine to leave) is not. Lines
// written for this test.
func TestDismissed(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		oos        float64
		want       bool
	}{
		{"en", "espresso machine lever stuck halfway at our cafe and hot water drips out, worth repairing?", 0.9, true},
		{"en", "espresso machine lever stuck halfway at our cafe and hot water drips out, worth repairing?", 0.5, false},
		// Two everyday danger words take a surer classifier.
		{"en", "stuck on the same squat weight for weeks and my brother keeps beating me at the gym", 0.95, true},
		{"en", "stuck on the same squat weight for weeks and my brother keeps beating me at the gym", 0.7, false},
		// Short: the classifier cannot read a cry.
		{"en", "stuck here, cant leave", 0.9, false},
		// A place or a country named.
		{"en", "my son is stuck in a compound and cannot leave, what do we do", 0.9, false},
		{"en", "my son has been stuck in Cambodia for two months and cannot leave", 0.9, false},
		// The help path's own words: sold, a fine to leave.
		{"hi", "teen baar bech diya gaya hai, har baar bolte hain ek mahina aur, khud ko kaise bachau", 0.9, false},
		{"en", "they say i must pay a fine of two thousand dollars before i can resign and go home", 0.9, false},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent {
			t.Errorf("%s %q: not urgent by the cues, so the case tests nothing (cues %+v)", c.lang, c.text, f.Cues)
			continue
		}
		if got := f.Dismissed(c.oos); got != c.want {
			t.Errorf("%s %q (oos %.1f): dismissed %v, want %v (urgent %v, strength %d, cues %+v)", c.lang, c.text, c.oos, got, c.want, f.Urgent, f.Strength, f.Cues)
		}
		if got := f.Dismissed(c.oos); got {
			if n := Net(f.Dismiss(), map[string]float64{ArticleSelf: 0.9}); n.Urgent {
				t.Errorf("%s %q: the safety net answers a dismissed finding", c.lang, c.text)
			}
		}
	}
}
