package web

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
)

//go:embed templates/*.html
var templateFiles embed.FS

// pages holds one template set per page, each the layout plus the page.
var pages = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for _, name := range []string{"home", "check", "reply", "topics", "message"} {
		out[name] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+name+".html"))
	}
	return out
}()

// funcs are the template functions: plain renders a core string (Markdown
// subset) as text, which the template then escapes.
var funcs = template.FuncMap{"plain": markup.Plain}

// view is what every page template gets.
type view struct {
	Lang     string
	T        *Strings
	B        *bot.Strings
	Title    string
	Langs    []langLink
	LangForm *langForm // the switcher as a form, for pages made by a POST
	choice   string    // the language the user chose (?lang=), "" for none
	locale   string    // the client's preferred supported language, "" for none
	carry    string    // "lang=xx" for links, when the next page would not be in Lang by itself
	Status   int

	Home    *homeView
	Check   *checkView
	Reply   *replyView
	Topics  []link
	Message string
}

type langLink struct {
	Code, Name, URL string
	Current         bool
}

// langForm re-posts the offer in another language: nothing is stored, so
// the text travels with the form.
type langForm struct {
	Action, Text string
}

type link struct {
	URL, Text string
}

// URL is path with the page's language carried on when needed.
func (v *view) URL(path string) string {
	if v.carry == "" {
		return path
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return path + sep + v.carry
}

// Keep is the language to carry in forms: only a chosen one, so that the
// language of what the user types next still counts.
func (v *view) Keep() string { return v.choice }

// page wraps a page handler: the bot must be ready, the body small enough
// and the form readable; the handler fills in the view and the template.
func (s *Server) page(h func(r *http.Request, v *view, b *bot.Bot) string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		if err := r.ParseForm(); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				v := s.newView(r)
				v.Status = http.StatusRequestEntityTooLarge
				v.Message = fmt.Sprintf(v.T.TooLarge, MaxBody>>10)
				v.Title = v.Message
				s.render(w, "message", v)
				return
			}
			v := s.newView(r)
			v.Status = http.StatusBadRequest
			v.Title, v.Message = v.T.BadRequest, v.T.BadRequest
			s.render(w, "message", v)
			return
		}
		b := s.bot.Load()
		if b == nil {
			v := s.newView(r)
			v.Status = http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "5")
			v.Title, v.Message = v.T.Starting, v.T.Starting
			s.render(w, "message", v)
			return
		}
		v := s.newView(r)
		name := h(r, v, b)
		s.render(w, name, v)
	})
}

// newView starts a page's view in the request's language (lang.Reply
// without text: the choice, else Accept-Language, else English).
func (s *Server) newView(r *http.Request) *view {
	v := &view{Status: http.StatusOK}
	v.choice, v.locale = requestLang(r)
	v.setLang(r, lang.Reply(v.choice, v.locale, ""))
	return v
}

// textLang is the language for a reply to text the user typed: the
// choice, else the text's language when detection is sure, else the
// locale (lang.Reply, the rule every platform uses).
func (v *view) textLang(text string) string {
	return lang.Reply(v.choice, v.locale, text)
}

// setLang shows the view in language l and builds the switcher's links:
// the same page with ?lang= set, the rest of the query kept. Links carry
// l on when the next request would not be in l by itself (a choice, or a
// language detected in the user's text).
func (v *view) setLang(r *http.Request, l string) {
	v.Lang, v.T, v.B = l, Locales.Get(l), bot.Messages(l)
	v.carry = ""
	if v.choice != "" || l != lang.Reply("", v.locale, "") {
		v.carry = "lang=" + l
	}
	v.Langs = v.Langs[:0]
	for _, c := range lang.Supported {
		q := url.Values{}
		if r.Method == http.MethodGet {
			q = r.URL.Query()
		}
		q.Set("lang", c)
		v.Langs = append(v.Langs, langLink{Code: c, Name: lang.Name(c), URL: r.URL.Path + "?" + q.Encode(), Current: c == l})
	}
}

func (s *Server) render(w http.ResponseWriter, name string, v *view) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// Result pages hold the user's own text: no cache may keep them.
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Language", v.Lang)
	var b strings.Builder
	if err := pages[name].Execute(&b, v); err != nil {
		s.log.Error("web: rendering a page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(v.Status)
	_, _ = w.Write([]byte(b.String()))
}

// homeView is the start page.
type homeView struct {
	Topics []link
}

func (s *Server) home(r *http.Request, v *view, b *bot.Bot) string {
	v.Home = &homeView{Topics: v.topicLinks(b)}
	return "home"
}

func (v *view) topicLinks(b *bot.Bot) []link {
	var out []link
	for _, t := range b.Topics(v.Lang) {
		out = append(out, link{URL: v.URL("/topics/" + t.ID), Text: t.Title})
	}
	return out
}

// replyView is a reply of the core shown as a page: an answer, an
// abstention, an article, the hotlines, help now.
type replyView struct {
	Heading string
	Notice  string
	Body    template.HTML
	Sources template.HTML
	Related []link
	Actions []link
	More    string // the whole article, for an answer that shows a part
	Query   string // the question, for the ask box
	Answer  bool   // a question's reply (shows the ask box again)
}

func (s *Server) ask(r *http.Request, v *view, b *bot.Bot) string {
	// What the core reads, and what the ask box shows back: no control or
	// bidi characters in the page.
	q := bot.CleanInput(r.Form.Get("q"))
	rep, err := b.Ask(r.Context(), q, v.textLang(q))
	if err != nil {
		s.log.Error("web: answering", "err", err)
		v.Status = http.StatusInternalServerError
		v.Title, v.Message = v.B.Failure, v.B.Failure
		return "message"
	}
	v.setLangFor(r, rep.Lang)
	v.Reply = v.replyView(rep)
	v.Reply.Query, v.Reply.Answer = q, true
	v.Title = v.Reply.Heading
	if v.Title == "" {
		v.Title = v.T.AskHeading
	}
	return "reply"
}

// setLangFor shows the page in the language the core answered in (the one
// asked for, or another when that is all it has), so the switcher and the
// links follow the reply.
func (v *view) setLangFor(r *http.Request, l string) {
	if lang.Valid(l) && l != v.Lang {
		v.setLang(r, l)
	}
}

func (v *view) replyView(rep bot.Reply) *replyView {
	body := rep.Body
	heading := rep.Title
	// Replies open with their title in bold; the page shows it as <h1>.
	if t, ok := strings.CutPrefix(body, "**"); ok {
		if end := strings.Index(t, "**\n"); end > 0 && !strings.Contains(t[:end], "\n") {
			if heading == "" {
				heading = markup.Plain("**" + t[:end] + "**")
			}
			body = strings.TrimLeft(t[end+3:], "\n")
		}
	}
	rv := &replyView{Heading: heading, Notice: markup.Plain(rep.Notice), Body: template.HTML(markup.Web(body))}
	if len(rep.Sources) > 0 {
		var md strings.Builder
		for _, src := range rep.Sources {
			md.WriteString("- " + bot.SourceMarkdown(src) + "\n")
		}
		rv.Sources = template.HTML(markup.Web(md.String()))
	}
	if rep.Kind == bot.KindAnswer && rep.Article != nil {
		rv.More = v.URL("/topics/" + url.PathEscape(rep.Article.ID))
	}
	seen := map[string]bool{}
	for _, t := range rep.Related {
		u := v.URL("/topics/" + t.ID)
		seen[u] = true
		rv.Related = append(rv.Related, link{URL: u, Text: t.Title})
	}
	for _, a := range rep.Actions {
		u := v.actionURL(a)
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		rv.Actions = append(rv.Actions, link{URL: u, Text: a.Label})
	}
	return rv
}

// actionURL is where a suggested button leads on the site.
func (v *view) actionURL(a bot.Action) string {
	switch a.Kind {
	case bot.ActionTopic:
		return v.URL("/topics/" + url.PathEscape(a.Arg))
	case bot.ActionTopics:
		return v.URL("/topics")
	case bot.ActionCheck:
		return v.URL("/") + "#check"
	case bot.ActionAsk:
		return v.URL("/") + "#ask"
	case bot.ActionHelpNow:
		return v.URL("/help")
	case bot.ActionHotlines:
		if a.Arg == "" {
			return v.URL("/hotlines")
		}
		return v.URL("/hotlines?country=" + url.QueryEscape(a.Arg))
	}
	return ""
}

func (s *Server) topics(r *http.Request, v *view, b *bot.Bot) string {
	v.Title = v.B.TopicsTitle
	v.Topics = v.topicLinks(b)
	return "topics"
}

func (s *Server) topic(r *http.Request, v *view, b *bot.Bot) string {
	rep, ok := b.FullArticle(r.PathValue("id"), v.Lang)
	if !ok {
		return s.notFound(r, v, b)
	}
	v.Reply = v.replyView(rep)
	v.Title = v.Reply.Heading
	return "reply"
}

func (s *Server) hotlines(r *http.Request, v *view, b *bot.Bot) string {
	country := r.Form.Get("country")
	var rep bot.Reply
	if country == "" {
		// Every country in full, with the list of countries on top.
		rep, _ = b.FullArticle("hotlines", v.Lang)
		rep.Actions = nil
		for _, c := range b.Countries(v.Lang) {
			rep.Actions = append(rep.Actions, bot.Action{Kind: bot.ActionHotlines, Arg: c, Label: c})
		}
	} else {
		rep = b.Hotlines(country, v.Lang)
		rep.Actions = append(rep.Actions, bot.Action{Kind: bot.ActionHotlines, Label: v.T.AllCountries})
	}
	v.Reply = v.replyView(rep)
	v.Title = v.B.HotlinesTitle
	if v.Reply.Heading == "" {
		v.Reply.Heading = v.Title
	}
	return "reply"
}

func (s *Server) helpNow(r *http.Request, v *view, b *bot.Bot) string {
	v.Reply = v.replyView(b.HelpNow(v.Lang))
	v.Title = v.Reply.Heading
	return "reply"
}

func (s *Server) privacy(r *http.Request, v *view, b *bot.Bot) string {
	v.Reply = v.replyView(b.Privacy(v.Lang))
	v.Title = v.Reply.Heading
	return "reply"
}

// allowed is the method each route takes, for 405: the catch-all route
// shadows the mux's own 405s.
var allowed = map[string]string{
	"/check": "POST", "/api/check": "POST", "/ask": "GET", "/api/ask": "GET", "/topics": "GET",
	"/hotlines": "GET", "/help": "GET", "/privacy": "GET", "/healthz": "GET", "/": "GET",
}

func (s *Server) notFound(r *http.Request, v *view, b *bot.Bot) string {
	if m, ok := allowed[r.URL.Path]; ok && r.Method != m && !(m == "GET" && r.Method == "HEAD") {
		v.Status = http.StatusMethodNotAllowed
		v.Title, v.Message = v.T.BadRequest, v.T.BadRequest
		return "message"
	}
	v.Status = http.StatusNotFound
	v.Title, v.Message = v.T.NotFoundTitle, v.T.NotFound
	return "message"
}

// tooMany is the 429 page (or JSON for the API).
func (s *Server) tooMany(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, http.StatusTooManyRequests, apiError{Error: "too many requests; retry after the Retry-After header's seconds"})
		return
	}
	v := s.newView(r)
	v.Status = http.StatusTooManyRequests
	v.Title, v.Message = v.T.TooManyTitle, v.T.TooMany
	s.render(w, "message", v)
}

// checkView is the result of an offer check.
type checkView struct {
	Level      string // high, medium, low, unknown: the colour
	LevelText  string
	Score      int
	Notice     string
	Offer      template.HTML // the offer with <mark>ed spans
	Signals    []signalView
	Counter    []signalView
	Advice     []link
	NoSignals  bool
	Unsupport  string
	Related    []link
	TextBack   string
	Truncated  bool
	MaxInputKB int
}

type signalView struct {
	N       int
	Text    string
	Words   []string
	Article link
}

func (s *Server) check(r *http.Request, v *view, b *bot.Bot) string {
	// Cleaned as the core cleans it (same spans), so the switcher's hidden
	// copy holds no control or bidi characters either.
	text := bot.CleanInput(r.Form.Get("text"))
	rep := b.Check(text, v.textLang(text))
	v.setLangFor(r, rep.Lang)
	v.LangForm = &langForm{Action: "/check", Text: text}
	if rep.Check == nil {
		// Nothing to check: say so on the start page, with the boxes.
		v.Status = http.StatusUnprocessableEntity
		v.Title = v.T.CheckHeading
		v.Home = &homeView{Topics: v.topicLinks(b)}
		v.Message = markup.Plain(rep.Body)
		return "home"
	}
	res := rep.Check
	titles := map[string]string{}
	for _, t := range b.Topics(v.Lang) {
		titles[t.ID] = t.Title
	}
	art := func(id string) link {
		if t, ok := titles[id]; ok {
			return link{URL: v.URL("/topics/" + id), Text: t}
		}
		return link{}
	}
	cv := &checkView{
		Level:     string(res.Level),
		LevelText: res.Level.Summary(v.Lang),
		Score:     res.Score,
		Notice:    markup.Plain(rep.Notice),
		// "None of the signs found" would mislead about a text the check
		// could not read; the level says so instead.
		NoSignals: len(res.Signals) == 0 && res.Unsupported == "",
		TextBack:  text,
	}
	if res.Unsupported != "" {
		cv.Unsupport = fmt.Sprintf(v.T.Unsupported, res.Unsupported)
	}
	cleaned := bot.CleanInput(text)
	if len(cleaned) > offer.MaxInput {
		cleaned = cutAt(cleaned, offer.MaxInput)
		cv.Truncated = true
	}
	cv.Offer = highlight(cleaned, res)
	for i, sg := range res.Signals {
		cv.Signals = append(cv.Signals, signalView{N: i + 1, Text: sg.Text, Words: bot.MatchedWords(sg.Matched), Article: art(sg.Article)})
	}
	for _, sg := range res.Counter {
		cv.Counter = append(cv.Counter, signalView{Text: sg.Text, Words: bot.MatchedWords(sg.Matched), Article: art(sg.Article)})
	}
	for _, a := range res.Advice {
		l := art(a.Article)
		cv.Advice = append(cv.Advice, link{URL: l.URL, Text: a.Text})
	}
	for _, t := range rep.Related {
		cv.Related = append(cv.Related, link{URL: v.URL("/topics/" + t.ID), Text: t.Title})
	}
	v.Check = cv
	v.Title = v.B.CheckTitle + ": " + cv.LevelText
	return "check"
}
