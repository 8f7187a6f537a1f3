package distress

import "testing"

// set8Probs is a classifier that leans to the help articles, as it does on
// "what do I do at the embassy?": an everyday errand must not be rescued by
// it (NotHeld).
var set8Probs = map[string]float64{ArticleSelf: 0.7, ArticleOther: 0.1}

// TestGeneralNotHeld (set8): asking what life inside is like, what a video
// claims, or whether the story is real, and a form of address ("bro, ...")
// that names no brother, are general questions: neither the cues nor the
// safety net's cue rule give the help path (the classifier's lean on them is
// measured on the question sets). The same words said of someone held keep
// it.
func TestGeneralNotHeld(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
		article    string
	}{
		{"en", "what's it really like living inside those compounds day to day", false, ""},
		{"en", "hows life inside one of those scam compounds, do they get days off", false, ""},
		{"en", "watched a reel saying workers get beaten with sticks when they miss quota, legit or fake?", false, ""},
		{"en", "youtube video claims they lock people in rooms with no windows, real or exaggerated", false, ""},
		{"en", "bro is this scam factory slavery stuff even real or just a movie thing", false, ""},
		{"en", "sis, is it true people get sold between compounds?", false, ""},
		{"en", "my bro is stuck in a compound and they beat him", true, ArticleOther},
		{"en", "bro, my bro is locked in there and they took his passport", true, ArticleOther},
		{"en", "i am inside one of those compounds, they beat me when i miss targets", true, ArticleSelf},
		{"en", "saw a video about it but my sister is really locked in there and they took her passport", true, ArticleOther},
	} {
		f := Detect(c.text, c.lang)
		n := Net(f, nil)
		if f.Urgent != c.urgent || !c.urgent && n.Urgent || c.urgent && f.Article != c.article {
			t.Errorf("%s %q: urgent %v %s, by the net %v (strength %d, cues %+v), want %v %s", c.lang, c.text, f.Urgent, f.Article, n.Urgent, f.Strength, f.Cues, c.urgent, c.article)
		}
	}
}

// TestEmbassyErrand (set8): renewing a passport at an embassy, or a new one
// after losing it on a trip, is everyday trouble even with the embassy and
// its country named: neither the cues, the net nor the classifier's help
// articles (NotHeld) answer it. A passport taken, with the embassy named,
// keeps the help path.
func TestEmbassyErrand(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		notHeld    bool
	}{
		{"en", "can i renew my passport at the philippine embassy in phnom penh, how long does it take", true},
		{"en", "lost my passport on a beach trip in bali, how do i get an emergency travel document from the embassy", true},
		{"en", "my passport expires next month, which documents does the consulate need", true},
		{"en", "they took my passport, can the embassy help?", false},
		{"en", "the company keeps my passport, i want to renew it at the embassy", false},
		{"en", "my car broke down near mae sot, who do i call", false},
	} {
		f := Detect(c.text, c.lang)
		n := Net(f, set8Probs)
		if c.notHeld && (f.Urgent || n.Urgent || !f.NotHeld()) {
			t.Errorf("%s %q: urgent %v, by the net %v, not held %v (cues %+v), want an everyday errand", c.lang, c.text, f.Urgent, n.Urgent, f.NotHeld(), f.Cues)
		}
		if !c.notHeld && f.Everyday() {
			t.Errorf("%s %q: everyday (cues %+v), want the help path's world", c.lang, c.text, f.Cues)
		}
	}
}
