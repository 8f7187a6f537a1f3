package distress

import "testing"

// A classifier all but sure of another article takes the help path from a
// message long enough to read, whoever it names, unless the danger's words
// name the writer, or a relative is held, sold, in debt or hurt with no
// word of hearsay. Lines written for this test.
func TestSureYield(t *testing.T) {
	sure := func(article string) map[string]float64 {
		return map[string]float64{article: 0.95, ArticleOther: 0.03}
	}
	for _, c := range []struct {
		name, lang, text, article string
		score                     float64
		want                      bool
	}{
		{"an offer a cousin weighs", "en", "my cousin got an offer with a free ticket, they take the workers across the river by boat and the company keeps the passport for the contract, what is wrong with it", "job-offer-red-flags", 0.95, true},
		{"the same, a classifier less sure", "en", "my cousin got an offer with a free ticket, they take the workers across the river by boat and the company keeps the passport for the contract, what is wrong with it", "job-offer-red-flags", 0.85, false},
		{"a relative sold and in debt", "en", "my friend's brother was sold to another company and now they say he owes them for the transfer, how does that debt even work", "how-recruitment-works", 0.95, false},
		{"a short cry", "en", "my cousin sold to another company", "how-recruitment-works", 0.97, false},
		{"the writer's own danger", "en", "the manager says I can leave only when I pay back the flight and the dorm, they keep my passport", "how-recruitment-works", 0.95, false},
		{"a relative held, no hearsay", "en", "my sister is locked in a compound near the river and they hit her when she misses the target", "life-inside-compounds", 0.95, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Detect(c.text, c.lang)
			if !f.Urgent {
				t.Fatalf("%q: the cues no longer fire (%v); the test needs an urgent finding", c.text, f.Cues)
			}
			if got := f.YieldsTo(c.article, c.score, sure(c.article)); got != c.want {
				t.Errorf("YieldsTo(%s, %.2f) = %v, want %v (cues %v)", c.article, c.score, got, c.want, f.Cues)
			}
		})
	}
}

// Things sold are dismissed by a classifier all but certain that the
// message is about something else; a person sold, or a short message,
// takes more. Lines written for this test.
func TestDismissedSold(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		oos        float64
		want       bool
	}{
		{"en", "the bakery my dad ran for 30 years has been sold and the new owner kept his recipe book, can we ask for it back", 0.97, true},
		{"en", "the bakery my dad ran for 30 years has been sold and the new owner kept his recipe book, can we ask for it back", 0.9, false},
		{"en", "they sold me again, please", 0.99, false},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent {
			t.Errorf("%q: not urgent by the cues, so the case tests nothing (cues %+v)", c.text, f.Cues)
			continue
		}
		if got := f.Dismissed(c.oos); got != c.want {
			t.Errorf("%q (oos %.2f): dismissed %v, want %v (strength %d, cues %+v)", c.text, c.oos, got, c.want, f.Strength, f.Cues)
		}
	}
}
