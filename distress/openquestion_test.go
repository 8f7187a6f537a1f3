package distress

import "testing"

// A message's last question is open when it asks about the world, not
// about the person the message names: only then may a sure classifier
// answer a story about someone held with a general article
// (Finding.YieldsTo). Lines written for this test.
func TestOpenQuestion(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		open       bool
	}{
		{"en", "A lady at my church says her nephew ended up in one of those buildings in Myanmar and they don't let him leave. Is that common for people from Nepal?", true},
		{"en", "my friend's husband was sold to another company in Laos. how big are these places?? i had no idea", true},
		{"en", "my brother is held in a compound in Laos. what can we do?", false},
		{"en", "they took his passport and beat him. is there a way to get him out?", false},
		{"en", "my sister cannot leave the building in Myawaddy, they beat her. how common is that? please help her", false},
		{"en", "my cousin is locked in a compound in cambodia and they beat him", false},
		{"en", "my son is held in KK Park. Who runs these places? I am so scared", false},
		{"zh", "我表哥在缅甸被关在园区里出不来。这种地方到底有多少？", true},
		{"zh", "我表哥在缅甸被关在园区里出不来，我们该怎么办？", false},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent {
			t.Errorf("%q: not urgent; the test needs an urgent message", c.text)
			continue
		}
		if f.openQuestion != c.open {
			t.Errorf("%q: open question %v, want %v (cues %v)", c.text, f.openQuestion, c.open, f.Cues)
		}
	}
}
