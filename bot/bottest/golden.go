package bottest

import (
	"context"
	"embed"
	"io/fs"
	"testing"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
)

// The golden replies are built on fixture articles and a fixed offer
// result, not on the real knowledge base and checker: golden files test
// how a reply is rendered on each platform, and must not change whenever
// an article or a rule is edited. Interface strings and level summaries
// are the real ones, so a change to them shows in the golden diffs too.

//go:embed testdata/articles
var fixtures embed.FS

// GoldenCase is one reply every platform renders into a golden file.
type GoldenCase struct {
	Name  string // file name stem, e.g. "check-en"
	Reply bot.Reply
}

// GoldenReplies returns the fixture core and the golden cases, in a fixed
// order: an answer (with sources and related topics; in English and in a
// translation), a whole article (every Markdown construct), an abstention, an offer check (English and Thai),
// the urgent help reply and the welcome.
func GoldenReplies(tb testing.TB) (*bot.Bot, []GoldenCase) {
	tb.Helper()
	sub, err := fs.Sub(fixtures, "testdata/articles")
	if err != nil {
		tb.Fatal(err)
	}
	articles, errs := knowledge.LoadFS(sub, "bottest/testdata/articles")
	if len(errs) > 0 {
		tb.Fatalf("fixture articles: %v", errs)
	}
	kb := knowledge.NewBase(articles)
	core := bot.New(kb, fixedAnswers{kb}, fixedCheck{})
	ctx := context.Background()
	ask := func(q, l string) bot.Reply {
		r, err := core.Ask(ctx, q, l)
		if err != nil {
			tb.Fatal(err)
		}
		return r
	}
	full := func(id, l string) bot.Reply {
		r, ok := core.FullArticle(id, l)
		if !ok {
			tb.Fatalf("no fixture article %s", id)
		}
		return r
	}
	return core, []GoldenCase{
		{"answer-en", ask(goldenQuestion, lang.English)},
		{"answer-vi", ask(goldenQuestion, lang.Vietnamese)},
		{"article-en", full(knowledge.TopicPigButchering, lang.English)},
		{"abstain-en", ask("a question no fixture answers", lang.English)},
		{"check-en", core.Check(goldenOffer, lang.English)},
		{"check-th", core.Check(goldenOffer, lang.Thai)},
		{"helpnow-en", core.HelpNow(lang.English)},
		{"welcome-zh", core.Welcome(lang.Chinese)},
	}
}

const (
	goldenQuestion = "golden question"
	goldenOffer    = "A fixture offer: the fixed checker ignores it."
)

// fixedAnswers answers goldenQuestion with the pig-butchering fixture in
// the asked language (English when it has none) and abstains otherwise.
type fixedAnswers struct{ kb *knowledge.Base }

func (f fixedAnswers) Answer(_ context.Context, q, l string) (answer.Result, error) {
	if q != goldenQuestion {
		return answer.Result{Lang: l, QueryLang: l}, nil
	}
	a, fellBack, ok := f.kb.Article(knowledge.TopicPigButchering, l)
	if !ok {
		return answer.Result{Lang: l, QueryLang: l}, nil
	}
	return answer.Result{Answered: true, Article: a, Score: 0.8, Lang: a.Lang, QueryLang: l, FellBack: fellBack}, nil
}

// fixedCheck returns one result with every part a check reply renders:
// signals with categories, spans and matched words (some with markup
// characters, one repeated), the learned model's, a counter-signal with a span, advice, truncation.
type fixedCheck struct{}

func (fixedCheck) CheckLang(_, l string) offer.Result {
	return offer.Result{
		Score: 87,
		Level: offer.High,
		Lang:  l,
		Signals: []offer.Signal{
			{Rule: "money.fee", Category: "money", Weight: 30, Text: "A fixture signal: a fee is asked.",
				Article: knowledge.TopicJobOfferRedFlags, Spans: []offer.Span{{Start: 2, End: 9}}, Matched: []string{"training fee", "Training  fee", "*deposit*"}},
			{Rule: "documents.passport-early", Category: "documents", Weight: 25, Text: "A fixture signal: <passport> & ID early.",
				Article: knowledge.TopicJobOfferRedFlags, Matched: []string{"passport copy"}},
			{Rule: "travel.custom", Category: "travel-visa", Weight: 10, Text: "A fixture signal with an unknown category."},
			// The learned model's phrases are listed, never highlighted.
			{Rule: "model.scam-like", Category: "model", Weight: 10, Text: "A fixture model signal.",
				Article: knowledge.TopicJobOfferRedFlags, Spans: []offer.Span{{Start: 10, End: 15}}, Matched: []string{"offer"}},
		},
		Counter: []offer.Signal{
			{Rule: "counter.licence", Category: "counter", Weight: -5, Text: "A fixture counter-signal.",
				Spans: []offer.Span{{Start: 21, End: 26}}, Matched: []string{"licence no. 123"}},
		},
		Advice: []offer.Advice{
			{Text: "Fixture advice: do not pay.", Article: knowledge.TopicJobOfferRedFlags},
			{Text: "Fixture advice: verify the employer.", Article: knowledge.TopicVerifyAJobOffer},
		},
		Truncated: true,
	}
}
