package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
)

var (
	coreOnce sync.Once
	testCore *Bot
	coreErr  error
)

// newTestBot is the real core: embedded knowledge base, Bleve index and
// offer checker.
func newTestBot(t testing.TB) *Bot {
	t.Helper()
	coreOnce.Do(func() {
		kb, err := knowledge.Load("")
		if err != nil {
			coreErr = err
			return
		}
		eng, err := answer.NewEngine(context.Background(), kb)
		if err != nil {
			coreErr = err
			return
		}
		testCore = New(kb, eng, offer.New())
	})
	if coreErr != nil {
		t.Fatal(coreErr)
	}
	return testCore
}

func TestAskAnswersWithSources(t *testing.T) {
	b := newTestBot(t)
	r, err := b.Ask(context.Background(), "What is a pig butchering scam?", "")
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != KindAnswer || r.Article == nil || r.Article.ID != "pig-butchering" {
		t.Fatalf("reply %+v", r)
	}
	if len(r.Sources) == 0 || !strings.Contains(r.Markdown(), Messages("en").Sources) {
		t.Error("answer does not name its sources")
	}
	if len(r.Related) == 0 || len(r.Related) > 3 {
		t.Errorf("related = %d topics, want 1-3", len(r.Related))
	}
}

func TestAskAbstainsPlainly(t *testing.T) {
	b := newTestBot(t)
	for _, q := range []string{"What is the best pizza topping?", "title:*", `+-"`, "🙏🙏", "", "\xff\xfe"} {
		r, err := b.Ask(context.Background(), q, "")
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if r.Kind == KindAnswer {
			t.Errorf("Ask(%q) answered %s", q, r.Article.ID)
		}
		if len(r.Actions) == 0 {
			t.Errorf("Ask(%q): the abstention offers no way on", q)
		}
		if !utf8.ValidString(r.Markdown()) {
			t.Errorf("Ask(%q): invalid UTF-8 in reply", q)
		}
	}
	r, _ := b.Ask(context.Background(), "What is the best pizza topping?", "")
	if r.Kind != KindAbstain || !strings.Contains(r.Body, Messages("en").AbstainTitle) {
		t.Errorf("abstention reply: %+v", r)
	}
}

func TestAskAnswersInUsersLanguage(t *testing.T) {
	b := newTestBot(t)
	r, err := b.Ask(context.Background(), "杀猪盘是什么意思", "")
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != KindAnswer || r.Lang != "zh" {
		t.Errorf("got kind %s lang %s, want a Chinese answer", r.Kind, r.Lang)
	}
}

func TestCheckReply(t *testing.T) {
	b := newTestBot(t)
	offerText := "URGENT hiring <b>**customer service**</b> in Sihanoukville, $3000/month, no experience, free flight and visa. " +
		"Send passport copy on Telegram @hr_fast. Leave next week, limited slots!"
	r := b.Check(offerText, "")
	if r.Kind != KindCheck || r.Check == nil {
		t.Fatalf("reply %+v", r)
	}
	if r.Check.Level == offer.Low {
		t.Errorf("obvious lure scored low: %+v", r.Check)
	}
	html := markup.HTML(r.Markdown())
	if strings.Contains(html, "<b>**customer") {
		t.Error("user text was not escaped")
	}
	for _, s := range r.Check.Signals {
		for i, sp := range s.Spans {
			if offerText[sp.Start:sp.End] != s.Matched[i] {
				t.Errorf("span %v does not match %q", sp, s.Matched[i])
			}
		}
	}
	if strings.Contains(strings.ToLower(markup.Plain(r.Markdown())), "is safe") {
		t.Error("check reply says an offer is safe")
	}
	if len(r.Actions) == 0 {
		t.Error("no next-step buttons")
	}
	if r := b.Check("   ", ""); r.Kind != KindInfo {
		t.Errorf("empty offer: kind %s", r.Kind)
	}
}

func TestTopicAndHotlines(t *testing.T) {
	b := newTestBot(t)
	if _, ok := b.Topic("no-such-topic", "en"); ok {
		t.Error("unknown topic opened")
	}
	r, ok := b.Topic("pig-butchering", "xx")
	if !ok || r.Lang != "en" {
		t.Errorf("topic in unknown language: ok=%v lang=%s", ok, r.Lang)
	}
	if len(b.Topics("en")) < len(knowledge.Topics) {
		t.Error("topic list is incomplete")
	}
	countries := b.Countries("en")
	if len(countries) < 5 {
		t.Fatalf("countries = %v", countries)
	}
	for _, q := range []string{"philippines", "PHIL", "Viet"} {
		r := b.Hotlines(q, "en")
		if r.Kind != KindTopic {
			t.Errorf("Hotlines(%q): kind %s", q, r.Kind)
		}
	}
	if r := b.Hotlines("Atlantis <b>", "en"); r.Kind != KindInfo || len(r.Actions) != len(countries) || strings.Contains(markup.HTML(r.Body), "<b>") && strings.Contains(r.Body, "Atlantis <b>") {
		t.Errorf("unknown country: %+v", r)
	}
	// An English country name works in a translated hotlines article.
	if r := b.Hotlines("Vietnam", "vi"); r.Kind != KindTopic {
		t.Errorf("Hotlines(Vietnam, vi): kind %s", r.Kind)
	}
}

func TestRoute(t *testing.T) {
	b := newTestBot(t)
	long := "We are hiring customer service staff for our office in Cambodia. Salary $2,000 per month, free accommodation and flight tickets. " +
		"No experience needed. Contact our HR on Telegram to apply and send your passport copy. Departure next week."
	tests := []struct {
		text string
		want Route
	}{
		{"what is pig butchering?", RouteAsk},
		{"how do I report a scam", RouteAsk},
		{long, RouteCheck},
	}
	for _, tt := range tests {
		if got := b.Route(tt.text); got != tt.want {
			t.Errorf("Route(%.30q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestMessagesComplete fails when a language is half added: every
// supported language needs its own locales/<lang>.yaml with every key
// translated (the catalog itself checks keys, types and format verbs).
func TestMessagesComplete(t *testing.T) {
	untranslated := Locales.Untranslated()
	for _, l := range lang.Supported {
		if !Locales.HasFile(l) {
			t.Errorf("%s: no bot/locales/%s.yaml", l, l)
			continue
		}
		if u := untranslated[l]; len(u) > 0 {
			t.Errorf("bot/locales/%s.yaml: untranslated keys %v", l, u)
		}
		if m := Messages(l); m.Abstain == "" || m.ButtonCheck == "" || m.CmdCheck == "" {
			t.Errorf("%s: empty strings", l)
		}
	}
	if Messages("xx") != Messages("en") {
		t.Error("unknown language does not fall back to English")
	}
}

func TestSuggest(t *testing.T) {
	b := newTestBot(t)
	if got := b.SuggestQuestions("pig", "en", 5); len(got) == 0 || len(got) > 5 {
		t.Errorf("SuggestQuestions(pig) = %q", got)
	}
	if got := b.SuggestTopics("mule", "en", 25); len(got) != 1 || got[0].ID != "money-mules" {
		t.Errorf("SuggestTopics(mule) = %+v", got)
	}
	if got := b.SuggestCountries("ind", "en", 25); len(got) < 2 {
		t.Errorf("SuggestCountries(ind) = %q", got)
	}
}

func BenchmarkAsk(b *testing.B) {
	bt := newTestBot(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bt.Ask(ctx, "What is a pig butchering scam?", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHotlinesCiteTheirOwnSources(t *testing.T) {
	b := newTestBot(t)
	reg, err := knowledge.Contacts()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := b.kb.Get("hotlines", "en")
	for _, tt := range []struct{ country, code string }{
		{"Philippines", "PH"}, {"Thailand", "TH"}, {"Cambodia", "KH"}, {"Myanmar", "MM"},
	} {
		r := b.Hotlines(tt.country, "en")
		if len(r.Sources) == 0 || len(r.Sources) >= len(a.Sources) {
			t.Errorf("%s cites %d of %d sources", tt.country, len(r.Sources), len(a.Sources))
		}
		own := map[string]bool{}
		for _, c := range reg.InCountry(tt.code) {
			own[c.Source.URL] = true
		}
		for _, s := range r.Sources {
			if !own[s.URL] {
				t.Errorf("%s: unrelated source %q", tt.country, s.Publisher)
			}
		}
	}
}

// FuzzCore: whatever arrives (binary, broken UTF-8, query syntax, huge
// text), the core replies without panicking, in valid UTF-8, and a low
// check result always carries its "this does not mean the offer is safe".
func FuzzCore(f *testing.F) {
	for _, s := range []string{"what is pig butchering", "title:*", `+-"\`, "\xff\xfe", "🙏", "杀猪盘",
		"Free flight to Bavet, $3000/month, Telegram @hr", strings.Repeat("a ", 5000)} {
		f.Add(s, "")
		f.Add(s, "vi")
	}
	b := newTestBot(f)
	f.Fuzz(func(t *testing.T, text, l string) {
		r, err := b.Ask(context.Background(), text, l)
		if err != nil {
			t.Fatalf("Ask: %v", err)
		}
		c := b.Check(text, l)
		for _, reply := range []Reply{r, c, b.Hotlines(text, l)} {
			md := reply.Markdown()
			if !utf8.ValidString(md) || !utf8.ValidString(markup.HTML(md)) {
				t.Errorf("invalid UTF-8 in a %s reply", reply.Kind)
			}
		}
		if c.Check != nil && c.Check.Level == offer.Low && !strings.Contains(c.Body, markup.Escape(c.Check.Level.Summary(c.Lang))) {
			t.Errorf("a low result lacks its warning that it proves nothing: %q", c.Body)
		}
	})
}

func TestQuoteMatched(t *testing.T) {
	long := strings.Repeat("é", 60) // 120 bytes
	tests := []struct {
		name  string
		words []string
		want  string
	}{
		{"none", nil, ""},
		{"blank only", []string{" ", "\n"}, ""},
		{"one", []string{"passport copy"}, "“**passport copy**”"},
		{"whitespace collapsed", []string{" pay\n  a fee "}, "“**pay a fee**”"},
		{"case-folded duplicates", []string{"Telegram", "telegram", "TELEGRAM"}, "“**Telegram**”"},
		{"markup escaped", []string{"*free* [visa](x)"}, "“**" + markup.Escape("*free* [visa](x)") + "**”"},
		{"at most six", []string{"a1", "a2", "a3", "a4", "a5", "a6", "a7"}, "“**a1**”, “**a2**”, “**a3**”, “**a4**”, “**a5**”, “**a6**”"},
		{"long word cut at a rune", []string{long}, "“**" + strings.Repeat("é", 38) + "…**”"},
		{"bad UTF-8 replaced", []string{"fee\xff"}, "“**fee\uFFFD**”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := QuoteMatched(tt.words)
			if got != tt.want {
				t.Errorf("QuoteMatched(%q) = %q, want %q", tt.words, got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("invalid UTF-8: %q", got)
			}
		})
	}
}

// A question about the hotlines as a whole leads with the article's
// country-neutral opening and the list of countries (each a button), not
// with one country's lines.
func TestGenericHotlinesQuestion(t *testing.T) {
	b := newTestBot(t)
	r, err := b.Ask(context.Background(), "what numbers can I call", "en")
	if err != nil {
		t.Fatal(err)
	}
	if r.Article == nil || r.Article.ID != "hotlines" {
		t.Fatalf("answered %+v, want the hotlines article", r.Article)
	}
	countries := b.Countries("en")
	if len(countries) < 5 || !strings.Contains(r.Body, Messages("en").HotlinesPick+" "+markup.Escape(strings.Join(countries, " · "))) {
		t.Errorf("body lacks the country list %q:\n%s", countries, r.Body)
	}
	if !strings.Contains(r.Body, "make sure the contact is real") {
		t.Errorf("body lacks the opening's advice to check a contact:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "## Philippines") || strings.Contains(r.Body, "IACAT") {
		t.Errorf("a generic question singled out the Philippines:\n%s", r.Body)
	}
	var buttons int
	for _, a := range r.Actions {
		if a.Kind == ActionHotlines {
			buttons++
		}
	}
	if buttons != len(countries) {
		t.Errorf("%d country buttons, want %d", buttons, len(countries))
	}
	// /hotlines without a country shows the same overview.
	h := b.Hotlines("", "en")
	if !strings.Contains(h.Body, "make sure the contact is real") || !strings.Contains(h.Body, strings.Join(countries, " · ")) {
		t.Errorf("/hotlines lacks the overview:\n%s", h.Body)
	}
}
