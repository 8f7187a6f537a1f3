package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/distress"
)

// abstainer never finds an answer: the help path must not depend on search.
type abstainer struct{}

func (abstainer) Answer(_ context.Context, q, l string) (answer.Result, error) {
	return answer.Result{QueryLang: l, Lang: l}, nil
}

// The help path answers, in the user's language, with the right article,
// the hotlines of the country named and the help-now action, even when the
// search would abstain. Messages written for this test.
func TestAskHelpPath(t *testing.T) {
	real := newTestBot(t)
	silent := New(real.kb, abstainer{}, real.offers)
	for _, c := range []struct {
		lang, text, article, country string
	}{
		{"en", "My niece went to Myanmar for a hotel job, now they won't let her leave and she says the guards hit people", distress.ArticleOther, "Myanmar"},
		{"en", "im held in a compound in cambodia they took my passport", distress.ArticleSelf, "Cambodia"},
		{"zh", "我表哥在缅甸被关起来了，对方要赎金", distress.ArticleOther, "Myanmar"},
		{"vi", "em bi giu o campuchia, bi danh", distress.ArticleSelf, "Cambodia"},
		{"id", "kakak saya disekap di myanmar", distress.ArticleOther, "Myanmar"},
		{"ms", "saya kena tahan kat kemboja, pasport kena rampas", distress.ArticleSelf, "Cambodia"},
		{"th", "ผมโดนขังอยู่ที่กัมพูชา", distress.ArticleSelf, "Cambodia"},
		{"hi", "meri behen myanmar me fasi hai, woh log firauti maang rahe hain", distress.ArticleOther, "Myanmar"},
		{"tl", "yung asawa ko nakakulong sa cambodia", distress.ArticleOther, "Cambodia"},
	} {
		for name, b := range map[string]*Bot{"real": real, "silent search": silent} {
			r, err := b.Ask(context.Background(), c.text, "")
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != KindAnswer || r.Article == nil || r.Article.ID != c.article {
				t.Errorf("%s, %s %q: kind %s article %+v, want answer %s", name, c.lang, c.text, r.Kind, r.Article, c.article)
				continue
			}
			if r.Lang != c.lang || r.Score <= 0 || r.Score > 1 || r.Urgent == nil || len(r.Urgent.Cues) == 0 {
				t.Errorf("%s, %s %q: lang %s score %v urgent %+v", name, c.lang, c.text, r.Lang, r.Score, r.Urgent)
			}
			if len(r.Actions) < 2 || r.Actions[0].Kind != ActionHelpNow || r.Actions[1].Kind != ActionHotlines || r.Actions[1].Arg != c.country {
				t.Errorf("%s, %s %q: actions %+v, want help now then hotlines for %s", name, c.lang, c.text, r.Actions, c.country)
			}
			hot := b.Hotlines(c.country, c.lang)
			if hot.Kind != KindTopic || !strings.Contains(r.Body, hot.Body) {
				t.Errorf("%s, %s %q: body lacks the %s hotlines", name, c.lang, c.text, c.country)
			}
			if len(r.Sources) == 0 {
				t.Errorf("%s, %s %q: no sources", name, c.lang, c.text)
			}
		}
	}
}

// A general question about the same things goes to ordinary search.
func TestAskGeneralIsNotHelpPath(t *testing.T) {
	b := newTestBot(t)
	for _, q := range []string{"do they take the passports of people in the compounds?", "why are compounds allowed to keep people?"} {
		r, err := b.Ask(context.Background(), q, "en")
		if err != nil {
			t.Fatal(err)
		}
		if r.Urgent != nil {
			t.Errorf("%q: help path (%+v)", q, r.Urgent)
		}
	}
}

// Every country the cues name must resolve to a hotlines section.
func TestCueCountriesHaveHotlines(t *testing.T) {
	b := newTestBot(t)
	for _, l := range distress.Langs {
		f := distress.Detect("cambodia myanmar thailand philippines vietnam indonesia malaysia india china", l)
		for _, c := range f.Countries {
			if r := b.Hotlines(c, l); r.Kind != KindTopic {
				t.Errorf("%s: country %q has no hotlines section", l, c)
			}
		}
		if len(f.Countries) != 9 {
			t.Errorf("%s: countries %v", l, f.Countries)
		}
	}
}

// abstainWith abstains with the classifier's candidates given: the safety
// net (distress.Net) must still answer with the help path.
type abstainWith struct {
	cands []answer.Candidate
	none  float64
}

func (a abstainWith) Answer(_ context.Context, q, l string) (answer.Result, error) {
	return answer.Result{QueryLang: l, Lang: l, Candidates: a.cands, OutOfScope: a.none}, nil
}

// When search abstains, a message with a danger concept and a person, or
// one the classifier puts nearest the help articles, gets the help path,
// never "I don't have a good answer"; an off-topic one still abstains.
// Messages written for this test.
func TestAskSafetyNet(t *testing.T) {
	real := newTestBot(t)
	helpFirst := []answer.Candidate{{ID: distress.ArticleOther, Score: 0.35}, {ID: "life-inside-compounds", Score: 0.3}}
	for _, c := range []struct {
		text    string
		ans     Answerer
		article string // "" for an abstention
	}{
		{"why would they beat my brother like that, is it normal over there?", abstainer{}, distress.ArticleOther},
		{"what now, nobody answers at the embassy in Myanmar", abstainWith{cands: helpFirst, none: 0.2}, distress.ArticleOther},
		{"what now, nobody answers at the embassy in Myanmar", abstainWith{cands: helpFirst, none: 0.5}, ""},
		// Nothing of a compound's world named: the classifier's lean to
		// the help articles is not enough.
		{"will you remember what I tell you here?", abstainWith{cands: helpFirst, none: 0.2}, ""},
		{"How tall is Mount Everest?", abstainer{}, ""},
		{"my parcel is held at customs", abstainer{}, ""},
	} {
		b := New(real.kb, c.ans, real.offers)
		r, err := b.Ask(context.Background(), c.text, "en")
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case c.article == "" && r.Kind != KindAbstain:
			t.Errorf("%q: kind %s, want an abstention", c.text, r.Kind)
		case c.article != "" && (r.Kind != KindAnswer || r.Article == nil || r.Article.ID != c.article || r.Urgent == nil):
			t.Errorf("%q: kind %s article %+v, want help path %s", c.text, r.Kind, r.Article, c.article)
		case c.article != "" && (len(r.Actions) == 0 || r.Actions[0].Kind != ActionHelpNow):
			t.Errorf("%q: actions %+v, want help now first", c.text, r.Actions)
		}
	}
}
