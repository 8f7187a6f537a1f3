package distress

import "testing"

// The cues yield to a classifier sure of another article only on a
// message that reads as a general question (or names no one), and never
// to a help article or the hotlines. Lines written for this test.
func TestYieldsTo(t *testing.T) {
	const (
		general = "my cousin heard the guards there beat people who fail their quota, how common is that?"
		bf      = "my bf is in kk park i think. what now"
		brother = "anh toi bi giu o campuchia, bi danh"
	)
	sure := map[string]float64{"life-inside-compounds": 0.95, ArticleOther: 0.03}
	for _, c := range []struct {
		name, lang, text, article string
		score                     float64
		probs                     map[string]float64
		want                      bool
	}{
		{"general question, sure classifier", "en", general, "life-inside-compounds", 0.95, sure, true},
		{"classifier not sure enough", "en", general, "life-inside-compounds", 0.75, sure, false},
		{"help articles keep weight", "en", general, "life-inside-compounds", 0.9, map[string]float64{"life-inside-compounds": 0.7, ArticleOther: 0.15, ArticleSelf: 0.1}, false},
		{"a help article is no rival", "en", general, ArticleOther, 0.99, map[string]float64{ArticleOther: 0.99}, false},
		{"nor the hotlines", "en", general, ArticleHotlines, 0.99, map[string]float64{ArticleHotlines: 0.99}, false},
		{"a partner named, no general sign", "en", bf, "where-they-operate", 0.91, map[string]float64{"where-they-operate": 0.9}, false},
		{"a brother held and beaten", "vi", brother, "life-inside-compounds", 0.95, map[string]float64{"life-inside-compounds": 0.95}, false},
		// A relative's report asked as what the places are like, or who
		// runs them, is a general question (set 22's kind).
		{"what it's like there", "en", "my cousin says the guards beat the ones who fail the quota, is that what it's like in those places?", "life-inside-compounds", 0.93, map[string]float64{"life-inside-compounds": 0.93}, true},
		{"who runs them", "en", "my aunt says boys from our town are forced to scam in big buildings in Laos, who is running those places?", "what-are-fraud-factories", 0.9, map[string]float64{"what-are-fraud-factories": 0.9}, true},
		// One danger word alone gives way, whoever is named, unless it
		// says someone is held or hurt, owes the way out or is ransomed.
		{"a passport kept as an offer's term", "en", "my nephew's agency says the employer keeps his passport for the work permit, is that ok?", "job-offer-red-flags", 0.93, map[string]float64{"job-offer-red-flags": 0.93}, true},
		{"but not a brother locked in", "en", "my brother is locked in a building near the border, what can we do?", "where-they-operate", 0.93, map[string]float64{"where-they-operate": 0.93}, false},
		{"nor a debt to leave", "en", "the boss says I go home only when I pay back the ticket and the room", "how-recruitment-works", 0.9, map[string]float64{"how-recruitment-works": 0.9}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Detect(c.text, c.lang)
			if !f.Urgent {
				t.Fatalf("%q: the cues no longer fire (%v); the test needs an urgent finding", c.text, f.Cues)
			}
			if got := f.YieldsTo(c.article, c.score, c.probs); got != c.want {
				t.Errorf("YieldsTo(%s, %.2f) = %v, want %v (cues %v)", c.article, c.score, got, c.want, f.Cues)
			}
		})
	}
	if (Finding{}).YieldsTo("life-inside-compounds", 1, nil) {
		t.Error("a finding that is not urgent has nothing to yield")
	}
}

// The cues doubt a help article the classifier is not sure of on a
// general question that names no one, and on a message about someone not
// held; never another article, and never a sure help article. Lines
// written for this test.
func TestDoubts(t *testing.T) {
	for _, c := range []struct {
		name, lang, text, article string
		score                     float64
		want                      bool
	}{
		{"general, nobody named, unsure", "en", "is it true they take the passport at the airport and say you owe the ticket?", ArticleSelf, 0.65, true},
		{"general, nobody named, sure", "en", "is it true they take the passport at the airport and say you owe the ticket?", ArticleSelf, 0.9, false},
		{"another article", "en", "is it true they take the passport at the airport and say you owe the ticket?", "how-recruitment-works", 0.65, false},
		{"someone named", "en", "is it true? my brother says they took his passport at the airport", ArticleOther, 0.65, false},
		{"a parcel held", "en", "my parcel is held at customs, what do I do", ArticleSelf, 0.95, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := Detect(c.text, c.lang)
			if got := f.Doubts(c.article, c.score); got != c.want {
				t.Errorf("Doubts(%s, %.2f) = %v, want %v (cues %v)", c.article, c.score, got, c.want, f.Cues)
			}
		})
	}
}
