package terminal

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/printable"
)

// Choices that exist only in the terminal: the answers to "offer or
// question?" (Telegram has buttons for them that carry the text).
const (
	actionIsOffer    bot.ActionKind = "terminal-offer"
	actionIsQuestion bot.ActionKind = "terminal-question"
)

// choice is one numbered option under a reply: every button a platform
// would show, and the related topics.
type choice struct {
	Label  string
	Action bot.Action
}

// output is what one message or choice gives back.
type output struct {
	// Reply is the bot's reply; Text is used instead for the chat's own
	// short remarks (Markdown subset).
	Reply *bot.Reply
	Text  string
	// Offer is the checked text (already printable) for a check reply, so
	// the full view can show it with the signal words highlighted.
	Offer   string
	Choices []choice
	Quit    bool
}

// next is what the session expects from the next message.
type next int

const (
	nextAny   next = iota
	nextCheck      // "check" was chosen: the next message is an offer
	nextAsk        // "ask" was chosen: the next message is a question
)

// session is one conversation, the same for the full-screen chat and the
// line mode: it routes messages like Telegram does and keeps the choices
// of the last reply so that typing their number chooses one.
type session struct {
	bot     *bot.Bot
	locale  string
	lang    string   // the /lang choice; "" detects per message
	next    next     // what the next message is
	unsure  string   // text waiting for "offer or question?"
	choices []choice // of the last reply, chosen by number
}

// handle answers one message (a command, a number choosing from the last
// reply, or text).
func (s *session) handle(ctx context.Context, msg string) output {
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return output{}
	}
	if n, err := strconv.Atoi(msg); err == nil && n >= 1 && n <= len(s.choices) {
		return s.choose(ctx, s.choices[n-1].Action)
	}
	if cmd, arg, ok := splitCommand(msg); ok {
		s.next = nextAny
		return s.command(ctx, cmd, arg)
	}
	switch s.next {
	case nextCheck:
		s.next = nextAny
		return s.check(msg)
	case nextAsk:
		s.next = nextAny
		return s.ask(ctx, msg)
	}
	switch s.bot.Route(msg) {
	case bot.RouteCheck:
		return s.check(msg)
	case bot.RouteUnsure:
		s.unsure = msg
		m := bot.Messages(s.replyLang(msg))
		return s.say(m.Unsure, []choice{
			{Label: m.ButtonIsOffer, Action: bot.Action{Kind: actionIsOffer}},
			{Label: m.ButtonIsQuestion, Action: bot.Action{Kind: actionIsQuestion}},
		})
	default:
		return s.ask(ctx, msg)
	}
}

// choose does what a button does.
func (s *session) choose(ctx context.Context, a bot.Action) output {
	l := s.replyLang("")
	m := bot.Messages(l)
	switch a.Kind {
	case bot.ActionTopic:
		return s.topic(a.Arg)
	case bot.ActionCheck:
		s.next = nextCheck
		return s.say(m.CheckPrompt, nil)
	case bot.ActionAsk:
		s.next = nextAsk
		return s.say(m.AskPrompt, nil)
	case bot.ActionHelpNow:
		return s.reply(s.bot.HelpNow(l))
	case bot.ActionTopics:
		return s.topics()
	case bot.ActionHotlines:
		return s.reply(s.bot.Hotlines(a.Arg, l))
	case actionIsOffer, actionIsQuestion:
		text := s.unsure
		s.unsure = ""
		if a.Kind == actionIsOffer {
			return s.check(text)
		}
		return s.ask(ctx, text)
	}
	return s.say(m.Failure, nil)
}

func (s *session) command(ctx context.Context, cmd, arg string) output {
	l := s.replyLang("")
	m := bot.Messages(l)
	switch cmd {
	case "quit", "exit", "q":
		return output{Quit: true}
	case "check":
		if arg == "" {
			s.next = nextCheck
			return s.say(m.CheckPrompt, nil)
		}
		return s.check(arg)
	case "ask":
		if arg == "" {
			s.next = nextAsk
			return s.say(m.AskPrompt, nil)
		}
		return s.ask(ctx, arg)
	case "topics":
		return s.topics()
	case "topic":
		return s.topic(arg)
	case "hotlines":
		return s.reply(s.bot.Hotlines(arg, l))
	case "helpnow", "sos":
		return s.reply(s.bot.HelpNow(l))
	case "lang":
		code := strings.ToLower(strings.TrimSpace(arg))
		switch {
		case code == "auto" || code == "":
			s.lang = ""
			return s.say(texts(s.replyLang("")).LangAuto, nil)
		case lang.Valid(code):
			s.lang = code
			return s.say(fmt.Sprintf(bot.Messages(code).LangChosen, lang.Name(code)), nil)
		default:
			return s.say(markup.Escape(fmt.Sprintf(texts(l).UnknownLanguage,
				printable.Line(arg), strings.Join(lang.Supported, ", "))), nil)
		}
	case "help", "start":
		return s.reply(s.bot.Help(l, commands(l)))
	case "about":
		return s.reply(s.bot.About(l, ""))
	case "privacy":
		return s.reply(s.bot.Privacy(l))
	}
	return s.say(markup.Escape(fmt.Sprintf(texts(l).UnknownCommand, printable.Line(cmd))), nil)
}

// check checks an offer. The text is made printable first, so the spans
// of the result index the very text the chat shows highlighted.
func (s *session) check(text string) output {
	text = strings.ReplaceAll(printable.String(text), "\uFFFD", " ")
	r := s.bot.Check(text, s.replyLang(text))
	out := s.reply(r)
	if r.Check != nil {
		out.Offer = text
	}
	return out
}

func (s *session) ask(ctx context.Context, q string) output {
	l := s.replyLang(q)
	r, err := s.bot.Ask(ctx, q, l)
	if err != nil {
		return s.say(bot.Messages(l).Failure, nil)
	}
	return s.reply(r)
}

// topic opens an article in full: every section and its sources.
func (s *session) topic(id string) output {
	l := s.replyLang("")
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return s.topics()
	}
	r, ok := s.bot.FullArticle(id, l)
	if !ok {
		out := s.topics()
		out.Text = bot.Messages(l).UnknownTopic
		out.Reply = nil
		return out
	}
	return s.reply(r)
}

func (s *session) topics() output {
	l := s.replyLang("")
	var cs []choice
	for _, t := range s.bot.Topics(l) {
		cs = append(cs, choice{Label: t.Title, Action: bot.Action{Kind: bot.ActionTopic, Arg: t.ID, Label: t.Title}})
	}
	return s.say("**"+bot.Messages(l).TopicsTitle+"**", cs)
}

// reply wraps a bot reply with its choices: its buttons, then "open the
// whole article" for an answer, then related topics not already offered.
func (s *session) reply(r bot.Reply) output {
	var cs []choice
	seen := map[string]bool{}
	for _, a := range r.Actions {
		if a.Kind == bot.ActionTopic {
			if seen[a.Arg] {
				continue
			}
			seen[a.Arg] = true
		}
		cs = append(cs, choice{Label: a.Label, Action: a})
	}
	if r.Kind == bot.KindAnswer && r.Article != nil && !seen[r.Article.ID] {
		seen[r.Article.ID] = true
		cs = append(cs, choice{Label: bot.Messages(r.Lang).ButtonReadMore + ": " + r.Article.Title,
			Action: bot.Action{Kind: bot.ActionTopic, Arg: r.Article.ID}})
	}
	for _, t := range r.Related {
		if !seen[t.ID] {
			seen[t.ID] = true
			cs = append(cs, choice{Label: t.Title, Action: bot.Action{Kind: bot.ActionTopic, Arg: t.ID}})
		}
	}
	s.choices = cs
	return output{Reply: &r, Choices: cs}
}

// say is one of the chat's own remarks, with choices (nil for none).
func (s *session) say(md string, cs []choice) output {
	s.choices = cs
	return output{Text: md, Choices: cs}
}

// replyLang is the language to reply to text in ("" for a command
// without text).
func (s *session) replyLang(text string) string {
	return lang.Reply(s.lang, s.locale, text)
}

// Markdown is the whole output as Markdown-subset text, choices excluded.
func (o output) Markdown() string {
	if o.Reply != nil {
		return o.Reply.Markdown()
	}
	return o.Text
}

// splitCommand splits "/cmd rest" into "cmd" and "rest".
func splitCommand(line string) (cmd, arg string, ok bool) {
	if !strings.HasPrefix(line, "/") {
		return "", "", false
	}
	cmd, arg, _ = strings.Cut(line[1:], " ")
	return strings.ToLower(cmd), strings.TrimSpace(arg), true
}
