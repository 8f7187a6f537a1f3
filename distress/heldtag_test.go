package distress

import "testing"

// Held and another strong danger told of the writer keep the help path
// whatever question tag follows ("is that true?"); a general question that
// names the danger and no one still yields to a sure classifier. Lines
// written for this test.
func TestHeldWithQuestionTagDoesNotYield(t *testing.T) {
	probs := map[string]float64{"how-recruitment-works": 0.85, ArticleSelf: 0.05, ArticleOther: 0.03}
	for _, c := range []struct {
		lang, text string
		yields     bool
	}{
		{"th", "หัวหน้าบอกว่าฉันติดหนี้ค่าตั๋วกับค่าห้อง ต้องทำงานให้ครบก่อนถึงจะให้กลับบ้าน จริงไหม", false},
		{"en", "they locked me in the dorm and say i owe 4000 dollars before they let me go, is that even legal?", false},
		{"en", "is it true people there are locked in and have to pay thousands before they let them go?", true},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent {
			if c.yields {
				continue // not urgent at all: nothing to yield
			}
			t.Fatalf("%s %q: not urgent (cues %v)", c.lang, c.text, f.Cues)
		}
		if got := f.YieldsTo("how-recruitment-works", 0.85, probs); got != c.yields {
			t.Errorf("%s %q: YieldsTo %v, want %v (cues %v)", c.lang, c.text, got, c.yields, f.Cues)
		}
	}
}
