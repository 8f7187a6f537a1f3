// Package bot is scambot's platform-free core: a request in (a question, an
// offer to check, a topic to open), a Reply out. Platform adapters
// (terminal, Telegram, Discord) turn messages into calls on Bot and render
// the Reply; they hold no knowledge of their own.
package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/printable"
	"github.com/scambot/scambot/smalltalk"
)

// Answerer finds the article that answers a question (answer.Engine).
type Answerer interface {
	Answer(ctx context.Context, question, lang string) (answer.Result, error)
}

// answererWithout is an Answerer that can leave some articles out
// (answer.Engine): when the cues show that a message the classifier gave a
// help article is not about a person held, its next article may answer.
type answererWithout interface {
	AnswerWithout(ctx context.Context, question, lang string, skip func(id string) bool) (answer.Result, error)
}

// Checker scores a job offer (offer.Checker).
type Checker interface {
	CheckLang(text, lang string) offer.Result
}

// Bot answers questions and checks offers. It is safe for concurrent use.
type Bot struct {
	kb      *knowledge.Base
	answers Answerer
	offers  Checker
	obs     Observer
}

// Op is what the core was asked to do, as an Observer is told.
type Op string

const (
	OpAsk   Op = "ask"
	OpCheck Op = "check"
)

// Observer is told of every question answered and offer checked, with how
// long the core took (package metrics counts them). It gets the reply,
// never the text asked, and must not keep the reply.
type Observer interface {
	Observe(op Op, r Reply, err error, took time.Duration)
}

// SetObserver sets the observer; call it before the Bot is used.
func (b *Bot) SetObserver(o Observer) { b.obs = o }

// New returns a Bot over a loaded knowledge base.
func New(kb *knowledge.Base, answers Answerer, offers Checker) *Bot {
	return &Bot{kb: kb, answers: answers, offers: offers}
}

// Kind says what a Reply is.
type Kind string

const (
	KindAnswer  Kind = "answer"  // an article answers the question
	KindAbstain Kind = "abstain" // no good answer: says so and points to help
	KindCheck   Kind = "check"   // an offer check result
	KindTopic   Kind = "topic"   // an article opened by id
	KindInfo    Kind = "info"    // help, about, privacy, lists, prompts
)

// TopicRef names an article for links and buttons.
type TopicRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// ActionKind is something a button under a reply can do.
type ActionKind string

const (
	ActionTopic    ActionKind = "topic"    // open article Arg
	ActionCheck    ActionKind = "check"    // start an offer check
	ActionAsk      ActionKind = "ask"      // start a question
	ActionHelpNow  ActionKind = "helpnow"  // urgent help (trapped / hotlines)
	ActionTopics   ActionKind = "topics"   // browse all topics
	ActionHotlines ActionKind = "hotlines" // hotlines, Arg = country or ""
)

// Action is a suggested button. Adapters encode it as their platform's
// callback data and must validate what comes back.
type Action struct {
	Kind  ActionKind `json:"kind"`
	Arg   string     `json:"arg,omitempty"`
	Label string     `json:"label"`
}

// Reply is what the core says back. Body and Notice are in the Markdown
// subset of package markup; adapters render them for their platform.
type Reply struct {
	Kind  Kind   `json:"kind"`
	Lang  string `json:"lang"`
	Title string `json:"title,omitempty"`
	Body  string `json:"body"`
	// Notice is a one-line remark shown before the body (answered in
	// English, input truncated...), empty when there is none.
	Notice string `json:"notice,omitempty"`
	// Article is the article that answers, for KindAnswer and KindTopic.
	Article *TopicRef `json:"article,omitempty"`
	// Score is the answer confidence in [0,1] or the offer score in [0,100].
	Score   float64            `json:"score"`
	Sources []knowledge.Source `json:"sources,omitempty"`
	Related []TopicRef         `json:"related,omitempty"`
	Check   *offer.Result      `json:"check,omitempty"`
	Actions []Action           `json:"actions,omitempty"`
	// Urgent is set on a help-path answer: what the message said (the
	// words that fired each cue), whom it is about, the countries named.
	Urgent *distress.Finding `json:"urgent,omitempty"`
}

// Markdown is the whole reply as one Markdown-subset text: notice, body and
// sources. Adapters that have no richer layout (terminal, Telegram) send
// this; Discord puts the parts into embed fields instead.
func (r Reply) Markdown() string {
	var b strings.Builder
	if r.Notice != "" {
		b.WriteString("*" + strings.TrimSpace(r.Notice) + "*\n\n")
	}
	b.WriteString(r.Body)
	if len(r.Sources) > 0 {
		b.WriteString("\n\n**" + Messages(r.Lang).Sources + "**")
		for _, s := range r.Sources {
			b.WriteString("\n- " + SourceMarkdown(s))
		}
	}
	return b.String()
}

// SourceMarkdown formats a source as a Markdown-subset line, linked when it
// has a URL.
func SourceMarkdown(s knowledge.Source) string {
	name := markup.Escape(s.Publisher)
	if s.URL != "" {
		name = "[" + name + "](" + s.URL + ")"
	}
	out := name
	if s.Title != "" {
		out += ", " + markup.Escape(s.Title)
	}
	if s.Year != 0 {
		out += fmt.Sprintf(" (%d)", s.Year)
	}
	return out
}

// Ask answers a question. chosen is the user's language choice ("" to
// detect it from the question). An error means the search itself failed;
// "no good answer" is a KindAbstain reply, not an error.
func (b *Bot) Ask(ctx context.Context, question, chosen string) (Reply, error) {
	start := time.Now()
	r, err := b.ask(ctx, question, chosen)
	if b.obs != nil {
		b.obs.Observe(OpAsk, r, err, time.Since(start))
	}
	return r, err
}

func (b *Bot) ask(ctx context.Context, question, chosen string) (Reply, error) {
	if isBinary(question) {
		// Letters that chance makes of random bytes would be searched
		// and would pick the reply's language (often Vietnamese).
		l := lang.Reply(chosen, "", "")
		return b.info(l, "", Messages(l).EmptyQuestion, b.abstainActions(l)), nil
	}
	question = cleanInput(question)
	l := lang.Reply(chosen, "", question)
	if isBlank(question) {
		return b.info(l, "", Messages(l).EmptyQuestion, b.abstainActions(l)), nil
	}
	// Someone held, beaten, sold or asked for ransom gets the help path
	// before any search, so that a weak search score cannot silence it.
	finding := distress.Detect(question, l, lang.Detect(question))
	// res is the classifier's answer once asked: a finding dismissed below
	// goes on with it rather than asking twice.
	var (
		res   answer.Result
		asked bool
	)
	if finding.Urgent {
		// Only a classifier sure of another article, on a message that
		// itself reads as a general question, takes the help path away
		// (distress.Finding.YieldsTo): "what is it like inside, are they
		// beaten?" is about life inside.
		// The classifier is only asked whether it may take over: if it
		// fails, the help path still answers.
		var err error
		res, err = b.answers.Answer(ctx, question, l)
		if err != nil {
			return b.urgent(finding, b.helpScore(finding, res), l), nil
		}
		probs := answer.CandidateProbs(res.Candidates, res.OutOfScope)
		switch {
		case finding.Dismissed(res.OutOfScope):
			// One danger word in a message the classifier reads as
			// about something else ("heat gets trapped in our attic"):
			// answered as any question, without the safety net.
			finding, asked = finding.Dismiss(), true
		case !res.Answered || res.Article == nil || !finding.YieldsTo(res.Article.ID, res.Score, probs):
			// Nobody named: the classifier says who writes.
			finding = finding.ForWhom(probs)
			return b.urgent(finding, b.helpScore(finding, res), l), nil
		default:
			return b.yielded(res, finding, l), nil
		}
	}
	if st := smalltalk.Classify(question); st.Kind != smalltalk.None {
		if st.Lang != "" && !lang.Valid(chosen) {
			// "xin chào" is too short for the detector; its phrase
			// belongs to one language.
			l = st.Lang
		}
		return b.smallTalk(st.Kind, l), nil
	}
	if finding.AsksBot && !finding.Urgent {
		// "Can you contact the embassy for me?" asks what the bot can
		// do, not for the hotlines: it cannot act for anyone.
		return b.smallTalk(smalltalk.Capabilities, l), nil
	}
	if !asked {
		var err error
		res, err = b.answers.Answer(ctx, question, l)
		if err != nil {
			return Reply{}, fmt.Errorf("answering: %w", err)
		}
	}
	if res.Lang != "" {
		l = res.Lang
	}
	m := Messages(l)
	var notice string
	if res.Truncated {
		notice = fmt.Sprintf(m.QuestionTruncated, answer.MaxQuestion)
	}
	if res.HelpOnly && !finding.Grounded() {
		// The help articles' lower bar is for messages that name
		// something of a compound's world; without it the classifier
		// only saw a "what should I do" question (see distress.Grounded).
		res.Answered = false
	}
	if res.Answered && res.Article != nil && finding.Doubts(res.Article.ID, res.Score) {
		// Locked out of one's own house, a car broken down: the
		// classifier leans to the help articles on any "who do I call?",
		// and the everyday cues say it is about something else. Someone
		// back or out now is not held (distress.Finding.Back), nor is a
		// parcel held at customs (distress.Finding.Thing), nor someone
		// who has not gone yet (distress.Finding.Planning), nor a
		// general question that names no one, unless the classifier is
		// sure (distress.Finding.Doubts). The
		// classifier's next article answers if it reaches the threshold
		// on its own ("what should she check before she agrees?" is
		// verifying an offer).
		res.Answered = false
		if ex, ok := b.answers.(answererWithout); ok {
			next, err := ex.AnswerWithout(ctx, question, l, distress.IsHelpArticle)
			if err != nil {
				return Reply{}, fmt.Errorf("answering: %w", err)
			}
			if next.Answered && next.Article != nil && !distress.IsHelpArticle(next.Article.ID) && !next.HelpOnly {
				res = next
			}
		}
	}
	if !res.Answered {
		// Never "I don't know" to someone who may be held: the safety
		// net's rule is distress.Net.
		if f := distress.Net(finding, answer.CandidateProbs(res.Candidates, res.OutOfScope)); f.Urgent {
			return b.urgent(f, b.helpScore(f, res), l), nil
		}
		r := b.abstain(lang.Reply(chosen, "", question))
		if offer.UnsupportedLanguage(question) != "" {
			// Not "no good answer": the question was never understood.
			notice = strings.TrimSpace(Messages(r.Lang).OtherLanguage + " " + notice)
		}
		r.Notice = notice
		return r, nil
	}
	return b.answered(res, l), nil
}

// answered is the reply with the engine's article, with a notice when
// the question was cut or the article is not in the question's language.
func (b *Bot) answered(res answer.Result, l string) Reply {
	if res.Lang != "" {
		l = res.Lang
	}
	r := b.articleReply(res.Article, KindAnswer, res.Section)
	r.Score = res.Score
	if res.Truncated {
		r.Notice = fmt.Sprintf(Messages(l).QuestionTruncated, answer.MaxQuestion)
	}
	if res.FellBack {
		r.Notice = strings.TrimSpace(r.Notice + " " + fmt.Sprintf(Messages(res.QueryLang).FellBack, lang.Name(res.QueryLang)))
	}
	return r
}

// yielded is the answer to a general question asked in a message the
// urgent cues caught ("my cousin says his friend cannot leave one of those
// places; is that common for Africans?"): the article that answers the
// question, with the help-now and hotline buttons first and a line
// saying what they are for, in case the person named is held now.
func (b *Bot) yielded(res answer.Result, f distress.Finding, l string) Reply {
	r := b.answered(res, l)
	m := Messages(r.Lang)
	r.Notice = strings.TrimSpace(r.Notice + " " + m.YieldedHelp)
	// The hotlines of the first country named that has them, as on the
	// help path.
	country := ""
	for _, c := range f.Countries {
		if b.Hotlines(c, r.Lang).Kind == KindTopic {
			country = c
			break
		}
	}
	r.Actions = append([]Action{
		{Kind: ActionHelpNow, Label: m.ButtonHelpNow},
		{Kind: ActionHotlines, Arg: country, Label: m.ButtonHotlines},
	}, r.Actions...)
	return r
}

// smallTalk replies to a greeting, thanks, goodbye or "ok" with a short
// line and the menu, and to a question about the bot itself with the
// about-this-bot article, as an answer.
func (b *Bot) smallTalk(k smalltalk.Kind, l string) Reply {
	m := Messages(l)
	menu := []Action{
		{Kind: ActionCheck, Label: m.ButtonCheck},
		{Kind: ActionTopics, Label: m.ButtonTopics},
		{Kind: ActionHelpNow, Label: m.ButtonHelpNow},
	}
	switch {
	case k.Meta():
		if a, fellBack, ok := b.kb.Article(knowledge.TopicAboutThisBot, l); ok {
			r := b.articleReply(a, KindAnswer, nil)
			r.Score = 1
			r.Actions = append(menu, r.Actions...)
			if fellBack {
				r.Notice = fmt.Sprintf(m.FellBack, lang.Name(l))
			}
			return r
		}
		return b.Welcome(l)
	case k == smalltalk.Greeting:
		return b.Welcome(l)
	case k == smalltalk.Thanks:
		return b.info(l, "", m.SmallTalkThanks, menu)
	case k == smalltalk.Bye:
		return b.info(l, "", m.SmallTalkBye, menu)
	}
	return b.info(l, "", m.SmallTalkMore, menu)
}

// helpScorer gives a help-path answer its score (answer.Engine).
type helpScorer interface {
	HelpScore(group, article string, own answer.Result) float64
}

// helpScore is the score of a help-path answer: like any other answer's,
// the chance that it is right. The help path answers whatever its score (a
// false alarm costs a reader one article about getting out, while a miss
// can cost a life), but the score says how sure it is: the help path's
// measured precision on messages with the same evidence
// (distress.Finding.Evidence), or the classifier's own calibrated score
// for the same article in res when that is higher (answer.Model.HelpScore).
// Without an engine that measures it, answer.DefaultHelpPrecision.
func (b *Bot) helpScore(f distress.Finding, res answer.Result) float64 {
	if s, ok := b.answers.(helpScorer); ok {
		return s.HelpScore(f.Evidence(), f.Article, res)
	}
	return answer.DefaultHelpPrecision
}

// urgent is the help-path reply, with score score (helpScore): what to do
// now, the article for the writer (held themself, or a relative or friend
// of someone held), the hotlines of the countries the message names, and
// the "help now" action.
func (b *Bot) urgent(f distress.Finding, score float64, l string) Reply {
	m := Messages(l)
	a, fellBack, ok := b.kb.Article(f.Article, l)
	if !ok {
		// The knowledge base lacks the article (a broken overlay): the
		// urgent reply still goes out, as an answer.
		r := b.HelpNow(l)
		r.Kind, r.Score, r.Urgent = KindAnswer, score, &f
		return r
	}
	r := b.articleReply(a, KindAnswer, nil)
	var body strings.Builder
	body.WriteString("**" + m.HelpNowTitle + "**\n\n" + m.HelpNow + "\n\n" + r.Body)
	hotlineArg := ""
	shown := 0
	for _, c := range f.Countries {
		if shown == maxUrgentCountries {
			break
		}
		h := b.Hotlines(c, l)
		if h.Kind != KindTopic {
			continue
		}
		shown++
		if hotlineArg == "" {
			hotlineArg = c
		}
		body.WriteString("\n\n" + h.Body)
		r.Sources = appendSources(r.Sources, h.Sources)
	}
	r.Body = body.String()
	r.Score = score
	r.Urgent = &f
	if fellBack {
		r.Notice = fmt.Sprintf(m.FellBack, lang.Name(l))
	}
	other := distress.ArticleOther
	otherLabel := m.ButtonSomeoneElse
	if f.Article == distress.ArticleOther {
		other, otherLabel = distress.ArticleSelf, ""
		if o, _, ok := b.kb.Article(other, l); ok {
			otherLabel = o.Title
		}
	}
	actions := []Action{
		{Kind: ActionHelpNow, Label: m.ButtonHelpNow},
		{Kind: ActionHotlines, Arg: hotlineArg, Label: m.ButtonHotlines},
	}
	if otherLabel != "" && b.HasTopic(other) {
		actions = append(actions, Action{Kind: ActionTopic, Arg: other, Label: otherLabel})
	}
	r.Actions = append(actions, r.Actions...)
	return r
}

// maxUrgentCountries is how many named countries' hotlines a help-path
// answer shows: usually where the person is held and where they come from.
const maxUrgentCountries = 2

// appendSources adds the sources of extra not already in list.
func appendSources(list, extra []knowledge.Source) []knowledge.Source {
	for _, s := range extra {
		dup := false
		for _, t := range list {
			if t.Publisher == s.Publisher && t.URL == s.URL && t.Title == s.Title {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, s)
		}
	}
	return list
}

// abstain is the reply when the knowledge base has no good answer: it says
// so plainly and offers the most useful ways on.
func (b *Bot) abstain(l string) Reply {
	m := Messages(l)
	var body strings.Builder
	body.WriteString("**" + m.AbstainTitle + "**\n\n" + m.Abstain + "\n\n" + m.AbstainNext)
	var related []TopicRef
	for _, id := range []string{knowledge.TopicJobOfferRedFlags, knowledge.TopicReportAScam, knowledge.TopicTrappedWhatToDo} {
		if a, _, ok := b.kb.Article(id, l); ok {
			related = append(related, TopicRef{ID: id, Title: a.Title})
		}
	}
	return Reply{Kind: KindAbstain, Lang: l, Body: body.String(), Related: related, Actions: b.abstainActions(l)}
}

func (b *Bot) abstainActions(l string) []Action {
	m := Messages(l)
	return []Action{
		{Kind: ActionTopics, Label: m.ButtonTopics},
		{Kind: ActionCheck, Label: m.ButtonCheck},
		{Kind: ActionHelpNow, Label: m.ButtonHelpNow},
	}
}

// Topic opens an article by id in lang (English when it has no
// translation). ok is false for an unknown id.
func (b *Bot) Topic(id, l string) (r Reply, ok bool) {
	if !lang.Valid(l) {
		l = lang.English
	}
	a, fellBack, ok := b.kb.Article(id, l)
	if !ok {
		return Reply{}, false
	}
	r = b.articleReply(a, KindTopic, nil)
	if fellBack {
		r.Notice = fmt.Sprintf(Messages(l).FellBack, lang.Name(l))
	}
	return r, true
}

// articleReply renders an article: title, summary, the targeted section
// when there is one, sources and up to three related topics.
func (b *Bot) articleReply(a *knowledge.Article, kind Kind, sec *knowledge.Section) Reply {
	var body strings.Builder
	body.WriteString("**" + markup.Escape(a.Title) + "**\n\n" + strings.TrimSpace(a.Summary))
	if sec != nil && sec.Text != "" {
		if sec.Heading != "" {
			body.WriteString("\n\n## " + sec.Heading)
		}
		body.WriteString("\n" + sec.Text)
	}
	// A question about the hotlines as a whole ("what numbers can I call")
	// gets the article's country-neutral opening (which line to choose, how
	// to check a contact) and the list of countries, never one country's
	// lines picked for being first.
	var countries []string
	if sec == nil && a.ID == hotlinesID {
		var overview string
		overview, countries = b.hotlinesOverview(a)
		body.WriteString(overview)
	}
	// An article with contact sections rendered from the registry (the
	// hotlines) cites its own sources plus those of the section shown, not
	// the thirty-odd pages behind every country's numbers.
	sources := a.Sources
	if own := a.WrittenSources(); len(own) < len(a.Sources) {
		sources = own
		if sec != nil {
			if cs, ok := a.ContactSources(sec.Heading); ok {
				sources = append(slices.Clone(own), cs...)
			}
		}
	}
	r := Reply{
		Kind:    kind,
		Lang:    a.Lang,
		Title:   a.Title,
		Body:    body.String(),
		Article: &TopicRef{ID: a.ID, Title: a.Title},
		Sources: sources,
		Related: b.related(a, 3),
	}
	for _, c := range countries {
		r.Actions = append(r.Actions, Action{Kind: ActionHotlines, Arg: c, Label: c})
	}
	for _, t := range r.Related {
		r.Actions = append(r.Actions, Action{Kind: ActionTopic, Arg: t.ID, Label: t.Title})
	}
	return r
}

func (b *Bot) related(a *knowledge.Article, n int) []TopicRef {
	var out []TopicRef
	for _, id := range a.Related {
		if len(out) == n {
			break
		}
		if r, _, ok := b.kb.Article(id, a.Lang); ok {
			out = append(out, TopicRef{ID: id, Title: r.Title})
		}
	}
	return out
}

// FullArticle returns the whole article body as a reply (for "read more").
func (b *Bot) FullArticle(id, l string) (Reply, bool) {
	r, ok := b.Topic(id, l)
	if !ok {
		return r, false
	}
	a, _, _ := b.kb.Article(id, l)
	r.Body = "**" + markup.Escape(a.Title) + "**\n\n" + a.Body
	return r, true
}

// Topics lists every article in browse order, titled in lang where a
// translation exists.
func (b *Bot) Topics(l string) []TopicRef {
	out := make([]TopicRef, 0, len(b.kb.IDs()))
	for _, id := range b.kb.IDs() {
		if a, _, ok := b.kb.Article(id, l); ok {
			out = append(out, TopicRef{ID: id, Title: a.Title})
		}
	}
	return out
}

// HasTopic reports whether id names an article, for validating callback
// data and command options.
func (b *Bot) HasTopic(id string) bool {
	_, _, ok := b.kb.Article(id, lang.English)
	return ok
}

// Check scores a job offer and explains what was found.
func (b *Bot) Check(text, chosen string) Reply {
	start := time.Now()
	r := b.check(text, chosen)
	if b.obs != nil {
		b.obs.Observe(OpCheck, r, nil, time.Since(start))
	}
	return r
}

func (b *Bot) check(text, chosen string) Reply {
	text = cleanInput(text)
	l := lang.Reply(chosen, "", text)
	if isBlank(text) {
		return b.info(l, "", Messages(l).EmptyOffer, nil)
	}
	res := b.offers.CheckLang(text, l)
	return b.checkReply(text, res, l)
}

// CheckView is an offer check rendered once, in Markdown, for every
// adapter: Reply.Body lays it out under its headings (Telegram, the
// terminal), Discord gives each sign an embed field of its own and its
// scan alerts reuse the summary and the signs. The wording, the escaping
// and the quoting of matched words live here only.
type CheckView struct {
	Summary string      // the level and the score: "**High risk** (score 9)"
	Signals []CheckLine // the signs found, strongest first
	Counter []CheckLine // what speaks for the offer
	Advice  []string    // next steps
}

// CheckLine is one sign: its rule category id ("pay", for a heading of
// the adapter's choosing) and its text with the matched words quoted.
type CheckLine struct {
	Category string
	Text     string
}

// RenderCheck renders res in language l.
func RenderCheck(res offer.Result, l string) CheckView {
	m := Messages(l)
	v := CheckView{Summary: fmt.Sprintf("**%s** (%s)", markup.Escape(res.Level.Summary(l)), fmt.Sprintf(m.ScoreOf, res.Score))}
	line := func(s offer.Signal) CheckLine {
		return CheckLine{Category: s.Category, Text: markup.Escape(s.Text) + matchedWords(s.Matched)}
	}
	for _, s := range res.Signals {
		v.Signals = append(v.Signals, line(s))
	}
	for _, s := range res.Counter {
		v.Counter = append(v.Counter, line(s))
	}
	for _, a := range res.Advice {
		v.Advice = append(v.Advice, markup.Escape(a.Text))
	}
	return v
}

func (b *Bot) checkReply(text string, res offer.Result, l string) Reply {
	m := Messages(l)
	v := RenderCheck(res, l)
	var body strings.Builder
	body.WriteString(v.Summary)
	if len(v.Signals) > 0 {
		body.WriteString("\n\n**" + m.SignalsFound + "**")
		for _, s := range v.Signals {
			body.WriteString("\n- " + s.Text)
		}
	} else {
		body.WriteString("\n\n" + m.NoSignals)
	}
	if len(v.Counter) > 0 {
		body.WriteString("\n\n**" + m.CounterFound + "**")
		for _, s := range v.Counter {
			body.WriteString("\n- " + s.Text)
		}
	}
	if len(v.Advice) > 0 {
		body.WriteString("\n\n**" + m.NextSteps + "**")
		for _, a := range v.Advice {
			body.WriteString("\n- " + a)
		}
	}
	r := Reply{
		Kind:  KindCheck,
		Lang:  l,
		Title: m.CheckTitle,
		Body:  body.String(),
		Score: float64(res.Score),
		Check: &res,
	}
	if res.Truncated {
		r.Notice = fmt.Sprintf(m.OfferTruncated, offer.MaxInput)
	}
	// Buttons: why this matters (the article of the strongest signal), how
	// to verify, where to report.
	why := knowledge.TopicJobOfferRedFlags
	if len(res.Signals) > 0 && res.Signals[0].Article != "" && b.HasTopic(res.Signals[0].Article) {
		why = res.Signals[0].Article
	}
	for _, t := range []struct{ id, label string }{
		{why, m.ButtonWhy}, {knowledge.TopicVerifyAJobOffer, m.ButtonVerify}, {knowledge.TopicReportAScam, m.ButtonReport},
	} {
		if a, _, ok := b.kb.Article(t.id, l); ok {
			r.Related = append(r.Related, TopicRef{ID: t.id, Title: a.Title})
			r.Actions = append(r.Actions, Action{Kind: ActionTopic, Arg: t.id, Label: t.label})
		}
	}
	return r
}

// matchedWords quotes the words that fired a signal after its text.
func matchedWords(words []string) string {
	if q := QuoteMatched(words); q != "" {
		return " — " + q
	}
	return ""
}

// Quoting matched words: at most maxQuoted distinct words (case-folded),
// each cut to maxQuotedBytes, so a long or repetitive offer cannot flood a
// reply or an alert with its own text.
const (
	maxQuoted      = 6
	maxQuotedBytes = 80
)

// MatchedWords is the one rule for which of the words that fired a signal
// are shown, on every platform: whitespace collapsed, invalid UTF-8
// replaced, duplicates (case-folded) dropped, each cut to maxQuotedBytes,
// at most maxQuoted. They are the user's own text: escape them for the
// target.
func MatchedWords(words []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		w = strings.ToValidUTF8(strings.Join(strings.Fields(w), " "), "\uFFFD")
		k := strings.ToLower(w)
		if w == "" || seen[k] {
			continue
		}
		seen[k] = true
		if len(w) > maxQuotedBytes {
			cut := maxQuotedBytes - len("…")
			for cut > 0 && !utf8.RuneStart(w[cut]) {
				cut--
			}
			w = w[:cut] + "…"
		}
		out = append(out, w)
		if len(out) == maxQuoted {
			break
		}
	}
	return out
}

// QuoteMatched quotes MatchedWords in Markdown: “**word**”, “**other
// words**”, escaped; "" when there are none. Render it like any Markdown
// (markup.Plain gives “word”, “other words”).
func QuoteMatched(words []string) string {
	var q []string
	for _, w := range MatchedWords(words) {
		q = append(q, "“**"+markup.Escape(w)+"**”")
	}
	return strings.Join(q, ", ")
}

// Route says how to treat a plain message that came without a command.
type Route int

const (
	RouteAsk    Route = iota // a question: answer it
	RouteCheck               // a job offer: check it
	RouteUnsure              // could be either: ask the user
)

// Route guesses whether text is a question or a job offer to check. A
// long text that reads like an offer is checked; a short one with a
// question is answered; an offer with a question on top is unsure.
func (b *Bot) Route(text string) Route {
	text = cleanInput(text)
	if !offer.LooksLikeOffer(text) {
		return RouteAsk
	}
	n := utf8.RuneCountInString(text)
	if n >= 200 && !looksLikeQuestion(text) {
		return RouteCheck
	}
	if n >= 400 {
		return RouteCheck
	}
	return RouteUnsure
}

func looksLikeQuestion(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") ||
		strings.Contains(t, "? ") || strings.Contains(t, "?\n")
}

// Welcome is the /start reply.
func (b *Bot) Welcome(l string) Reply {
	m := Messages(l)
	return b.info(l, m.WelcomeTitle, m.Welcome, []Action{
		{Kind: ActionCheck, Label: m.ButtonCheck},
		{Kind: ActionAsk, Label: m.ButtonAsk},
		{Kind: ActionHelpNow, Label: m.ButtonHelpNow},
	})
}

// HelpNow is the urgent-help reply: what to do if trapped, then hotlines.
func (b *Bot) HelpNow(l string) Reply {
	m := Messages(l)
	r, _ := b.Topic(knowledge.TopicTrappedWhatToDo, l)
	r.Kind = KindInfo
	r.Body = "**" + m.HelpNowTitle + "**\n\n" + m.HelpNow + "\n\n" + r.Body
	r.Actions = append([]Action{
		{Kind: ActionHotlines, Label: m.ButtonHotlines},
		{Kind: ActionTopic, Arg: knowledge.TopicHelpSomeoneTrapped, Label: m.ButtonSomeoneElse},
	}, r.Actions...)
	return r
}

// Command is a command an adapter offers, for the help text.
type Command struct {
	Name string // with its prefix, e.g. "/check"
	Desc string
}

// Help lists the adapter's commands under a short introduction.
func (b *Bot) Help(l string, cmds []Command) Reply {
	m := Messages(l)
	var body strings.Builder
	body.WriteString(m.HelpIntro)
	for _, c := range cmds {
		body.WriteString("\n- **" + markup.Escape(c.Name) + "**: " + markup.Escape(c.Desc))
	}
	body.WriteString("\n\n" + m.HelpOutro)
	return b.info(l, m.HelpTitle, body.String(), []Action{
		{Kind: ActionCheck, Label: m.ButtonCheck},
		{Kind: ActionTopics, Label: m.ButtonTopics},
		{Kind: ActionHelpNow, Label: m.ButtonHelpNow},
	})
}

// About is the about-this-bot article, with a line on what the platform
// has disabled (e.g. Discord scanning without the message content intent).
func (b *Bot) About(l, disabled string) Reply {
	r, _ := b.Topic(knowledge.TopicAboutThisBot, l)
	r.Kind = KindInfo
	if disabled != "" {
		r.Notice = disabled
	}
	return r
}

// Privacy says what is kept and what is never kept.
func (b *Bot) Privacy(l string) Reply {
	m := Messages(l)
	return b.info(l, m.PrivacyTitle, m.Privacy, nil)
}

func (b *Bot) info(l, title, body string, actions []Action) Reply {
	if title != "" {
		body = "**" + title + "**\n\n" + body
	}
	return Reply{Kind: KindInfo, Lang: l, Title: title, Body: body, Actions: actions}
}

// CleanInput is the text the core actually reads from s: terminal control
// sequences removed whole (printable.Sequences: a hyperlink's address or a
// colour code would otherwise stay behind as text once its ESC is gone and
// be quoted back in replies), valid UTF-8, with other control characters
// than line breaks and tabs, and bidi formatting characters, turned into
// spaces, so nothing binary reaches search or replies. The spans of a check reply are
// byte offsets into CleanInput(text), which a page that shows the offer
// back must use.
func CleanInput(s string) string { return cleanInput(s) }

func cleanInput(s string) string {
	s = strings.ToValidUTF8(printable.Sequences(s), "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		// printable.Unsafe adds the bidi overrides and marks: shown back
		// (a page's highlighted offer, an echoed question) they would
		// reorder what the user sees.
		if unicode.IsControl(r) || r == '\uFFFD' || printable.Unsafe(r) {
			return ' '
		}
		return r
	}, s)
}

// isBinary reports bytes that are not text: at least as many invalid
// UTF-8 bytes and control characters (other than line breaks and tabs) as
// letters. A stray byte in a real question does not make it binary.
func isBinary(s string) bool {
	letters, bad := 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n <= 1, unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r':
			bad++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return bad > 0 && bad >= letters
}

// isBlank reports text with no letters or digits (empty, spaces, emoji
// only, punctuation only).
func isBlank(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
