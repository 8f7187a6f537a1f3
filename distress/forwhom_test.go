package distress

import "testing"

// With no one named, the classifier's more probable help article says who
// writes; a person named, a cry or a hotline request keeps the cues'
// choice. Lines written for this test.
func TestForWhom(t *testing.T) {
	other := map[string]float64{ArticleOther: 0.6, ArticleSelf: 0.2}
	self := map[string]float64{ArticleOther: 0.2, ArticleSelf: 0.6}
	for _, c := range []struct {
		text  string
		probs map[string]float64
		want  string
	}{
		{"is it wise to pay a broker the ransom to get a person out of those compounds in Myawaddy, or does it make things worse", other, ArticleOther},
		{"is it wise to pay a broker the ransom to get a person out of those compounds in Myawaddy, or does it make things worse", self, ArticleSelf},
		{"is it wise to pay a broker the ransom to get a person out of those compounds in Myawaddy, or does it make things worse", nil, ArticleSelf},
		{"they took my passport and beat me, I cannot leave the compound", other, ArticleSelf},
		{"my brother is locked in a compound in Myawaddy, they beat him", self, ArticleOther},
		// Only a "he" or "she" named: a clear lean to the writer's article
		// says the writer; a weak one keeps the cues' choice.
		{"he took the passport, locked in the dorm in Poipet since Monday", self, ArticleSelf},
		{"he took the passport, locked in the dorm in Poipet since Monday", map[string]float64{ArticleOther: 0.35, ArticleSelf: 0.45}, ArticleOther},
		{"he took the passport, locked in the dorm in Poipet since Monday", other, ArticleOther},
	} {
		f := Detect(c.text, "en")
		if !f.Urgent {
			t.Fatalf("%q: not urgent", c.text)
		}
		if got := f.ForWhom(c.probs).Article; got != c.want {
			t.Errorf("%q with %v: got %s, want %s", c.text, c.probs, got, c.want)
		}
	}
}
