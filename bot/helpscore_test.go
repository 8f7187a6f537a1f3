package bot

import (
	"context"
	"testing"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/knowledge"
)

// measuredAnswers is an engine with a fixed result (article id and score;
// "" abstains) and a help-path precision table, scored by the model's own
// rule (answer.Model.HelpScore) as answer.Engine is.
type measuredAnswers struct {
	kb      *knowledge.Base
	article string
	score   float64
	model   *answer.Model
}

func (m measuredAnswers) Answer(_ context.Context, q, l string) (answer.Result, error) {
	res := answer.Result{QueryLang: l, Lang: l, Score: m.score}
	if m.article == "" {
		return res, nil
	}
	a, _, ok := m.kb.Article(m.article, l)
	if !ok {
		return res, nil
	}
	res.Answered, res.Article = true, a
	res.Candidates = []answer.Candidate{{ID: m.article, Score: m.score}}
	return res, nil
}

func (m measuredAnswers) HelpScore(group, article string, own answer.Result) float64 {
	id := ""
	if own.Article != nil {
		id = own.Article.ID
	}
	return m.model.HelpScore(group, article, id, own.Score)
}

// A help-path answer's score is the measured precision of its evidence
// group, or the classifier's own score for the same article when higher;
// other answers keep the classifier's score. Messages written for this
// test.
func TestHelpPathScore(t *testing.T) {
	real := newTestBot(t)
	table := &answer.Model{Meta: answer.ModelMeta{HelpPrecision: map[string]float64{
		distress.EvidencePlace: 0.91, distress.EvidenceStrong: 0.72, distress.EvidenceWeak: 0.52,
		distress.EvidenceGeneral: 0.31, distress.EvidenceNet: 0.22,
	}}}
	for _, c := range []struct {
		name, lang, text string
		ans              Answerer
		article          string // the help path's article, "" for another answer
		want             float64
	}{
		{"place named", "en", "my nephew is shut inside a compound near Bavet and the guards hit him",
			measuredAnswers{kb: real.kb, model: table}, distress.ArticleOther, 0.91},
		{"place named, Chinese", "zh", "我现在在柬埔寨西港的公司里出不来，老板不让走",
			measuredAnswers{kb: real.kb, model: table}, distress.ArticleSelf, 0.91},
		{"strong concepts", "id", "paspor saya ditahan dan saya dipukul, tidak bisa pulang",
			measuredAnswers{kb: real.kb, model: table}, distress.ArticleSelf, 0.72},
		{"one strong concept", "ms", "suami saya dipukul teruk oleh bos",
			measuredAnswers{kb: real.kb, model: table}, distress.ArticleOther, 0.52},
		{"general question, relative named", "tl", "bakit ganito, binugbog nila ang kapatid ko, normal ba ito doon?",
			measuredAnswers{kb: real.kb, model: table}, distress.ArticleOther, 0.31},
		{"safety net", "en", "do they usually beat people like me when we cannot pay?",
			measuredAnswers{kb: real.kb, model: table}, distress.ArticleSelf, 0.22},
		{"classifier surer of the same article", "en", "my husband got beaten",
			measuredAnswers{kb: real.kb, model: table, article: distress.ArticleOther, score: 0.88}, distress.ArticleOther, 0.88},
		{"classifier less sure of the same article", "en", "my nephew is shut inside a compound near Bavet and the guards hit him",
			measuredAnswers{kb: real.kb, model: table, article: distress.ArticleOther, score: 0.65}, distress.ArticleOther, 0.91},
		{"classifier sure of the other help article", "en", "my husband got beaten",
			measuredAnswers{kb: real.kb, model: table, article: distress.ArticleSelf, score: 0.97}, distress.ArticleOther, 0.52},
		{"engine that measures nothing", "en", "my husband got beaten",
			abstainer{}, distress.ArticleOther, answer.DefaultHelpPrecision},
		{"model without the table", "en", "my nephew is shut inside a compound near Bavet and the guards hit him",
			measuredAnswers{kb: real.kb, model: &answer.Model{}}, distress.ArticleOther, answer.DefaultHelpPrecision},
		{"not the help path", "en", "how do romance scammers pick who to message first?",
			measuredAnswers{kb: real.kb, model: table, article: knowledge.TopicPigButchering, score: 0.83}, "", 0.83},
	} {
		r, err := New(real.kb, c.ans, real.offers).Ask(context.Background(), c.text, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if c.article != "" && (r.Urgent == nil || r.Article == nil || r.Article.ID != c.article) {
			t.Errorf("%s: %q got article %+v urgent %v, want the help path with %s", c.name, c.text, r.Article, r.Urgent != nil, c.article)
			continue
		}
		if c.article == "" && r.Urgent != nil {
			t.Errorf("%s: %q got the help path", c.name, c.text)
		}
		if r.Score != c.want {
			t.Errorf("%s: %q score %v, want %v", c.name, c.text, r.Score, c.want)
		}
	}
}

// With the real engine, a help-path answer scores what the engine says of
// its finding and its own result, within (0,1]; a place named scores at
// least 0.7 (the measured precision of that group's answers the classifier
// is less sure of, a 95% lower bound: 0.79-0.81 on 5 Dec 2026).
func TestHelpPathScoreEngine(t *testing.T) {
	b := newTestBot(t)
	eng, ok := b.answers.(*answer.Engine)
	if !ok {
		t.Fatal("the test bot has no answer.Engine")
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "my nephew is shut inside a compound near Bavet and the guards hit him"},
		{"hi", "meri beti myawaddy ke ek office me band hai, uska phone cheen liya"},
		{"th", "พี่ชายผมถูกขังอยู่ที่เมียวดี"},
		{"vi", "em trai tôi bị đánh"},
		{"en", "the boss keeps my papers, the guards kick us and nobody may go out"},
	} {
		r, err := b.Ask(context.Background(), c.text, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if r.Urgent == nil {
			t.Errorf("%s %q: not the help path", c.lang, c.text)
			continue
		}
		res, err := eng.Answer(context.Background(), c.text, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if want := eng.HelpScore(r.Urgent.Evidence(), r.Urgent.Article, res); r.Score != want || r.Score <= 0 || r.Score > 1 {
			t.Errorf("%s %q: score %v, want %v in (0,1]", c.lang, c.text, r.Score, want)
		}
		if r.Urgent.Evidence() == distress.EvidencePlace && r.Score < 0.7 {
			t.Errorf("%s %q: a place named scores %v, want >= 0.7", c.lang, c.text, r.Score)
		}
	}
}
