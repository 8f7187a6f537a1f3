package telegram

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tele "gopkg.in/telebot.v3"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
)

// command is a slash command the bot offers.
type command struct {
	name string
	desc func(l string) string
}

// shared picks a command description the platforms share; own one only
// Telegram has.
func shared(f func(*bot.Strings) string) func(string) string {
	return func(l string) string { return f(bot.Messages(l)) }
}

func own(f func(*Strings) string) func(string) string {
	return func(l string) string { return f(texts(l)) }
}

func commands() []command {
	return []command{
		{"start", own(func(m *Strings) string { return m.CmdStart })},
		{"check", shared(func(m *bot.Strings) string { return m.CmdCheck })},
		{"ask", shared(func(m *bot.Strings) string { return m.CmdAsk })},
		{"topics", shared(func(m *bot.Strings) string { return m.CmdTopics })},
		{"hotlines", shared(func(m *bot.Strings) string { return m.CmdHotlines })},
		{"lang", own(func(m *Strings) string { return m.CmdLang })},
		{"help", own(func(m *Strings) string { return m.CmdHelp })},
		{"about", shared(func(m *bot.Strings) string { return m.CmdAbout })},
		{"privacy", shared(func(m *bot.Strings) string { return m.CmdPrivacy })},
	}
}

// setCommands publishes the command list: the default (English) one,
// then one per supported language for clients set to it.
func (b *Bot) setCommands(ctx context.Context) error {
	list := func(l string) []map[string]string {
		var out []map[string]string
		for _, c := range b.cmds {
			out = append(out, map[string]string{"command": c.name, "description": truncateRunes(c.desc(l), 256)})
		}
		return out
	}
	var errs []error
	if err := b.call(ctx, "setMyCommands", map[string]any{"commands": list(lang.English)}); err != nil {
		errs = append(errs, err)
	}
	for _, l := range lang.Supported {
		if err := b.call(ctx, "setMyCommands", map[string]any{"commands": list(l), "language_code": l}); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// event is what the log line of one update says: never text, never ids.
type event struct {
	kind, cmd, chatType, outcome string
	command                      bool // a /command, not text routed to ask or check
}

// handle runs one update. It never panics: a bug in a handler costs
// that reply, logged, not the process.
func (b *Bot) handle(ctx context.Context, u tele.Update) {
	start := time.Now()
	ev := &event{outcome: "ok"}
	var c *conv
	defer func() {
		if p := recover(); p != nil {
			ev.outcome = "panic"
			b.log.Error("handler panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			if c != nil {
				b.sendText(ctx, c, bot.Messages(c.lang).Failure, nil)
			}
		}
		b.log.Info("update", "kind", ev.kind, "command", ev.cmd, "chat_type", ev.chatType,
			"latency", time.Since(start), "outcome", ev.outcome)
		kind := ev.kind
		if ev.command {
			kind = "command"
		}
		b.cfg.Metrics.Update("telegram", kind)
	}()
	switch {
	case u.Message != nil:
		ev.kind = "message"
		m := u.Message
		if m.Chat == nil || m.Sender == nil || m.Sender.IsBot {
			ev.outcome = "ignored"
			return
		}
		ev.chatType = string(m.Chat.Type)
		c = b.newConv(ctx, m.Chat, m.Sender, m.ID, ev)
		b.onMessage(ctx, c, m)
	case u.Callback != nil:
		ev.kind = "callback"
		cb := u.Callback
		if cb.Sender == nil {
			ev.outcome = "ignored"
			return
		}
		if cb.Message == nil || cb.Message.Chat == nil {
			// Buttons on inline-mode messages: the bot sends none.
			b.answerCallback(ctx, cb.ID, bot.Messages(lang.English).BadCallback)
			ev.outcome = "bad_callback"
			return
		}
		ev.chatType = string(cb.Message.Chat.Type)
		c = b.newConv(ctx, cb.Message.Chat, cb.Sender, 0, ev)
		b.onCallback(ctx, c, cb)
	case u.Query != nil:
		ev.kind = "inline"
		if u.Query.Sender == nil {
			ev.outcome = "ignored"
			return
		}
		b.onInline(ctx, u.Query, ev)
	default:
		ev.kind = "other"
		ev.outcome = "ignored"
	}
}

// conv is one exchange: where to answer, whom, and in which language.
type conv struct {
	chat    *tele.Chat
	user    *tele.User
	group   bool
	replyTo int    // the message to answer in a group
	pref    string // the user's /lang choice, "" if none
	locale  string // the client's language, if supported
	lang    string // the language for interface text
	ev      *event
}

func (b *Bot) newConv(ctx context.Context, chat *tele.Chat, user *tele.User, msgID int, ev *event) *conv {
	c := &conv{chat: chat, user: user, ev: ev, group: chat.Type != tele.ChatPrivate}
	if c.group {
		c.replyTo = msgID
	}
	if p, err := b.prefs.Lang(ctx, user.ID); err != nil {
		b.log.Warn("reading language preference", "err", err)
	} else if lang.Valid(p) {
		c.pref = p
	}
	c.locale = lang.Match(user.LanguageCode)
	c.lang = lang.Reply(c.pref, c.locale, "") // for interface text
	return c
}

// textLang is the language to answer text in (lang.Reply: the user's
// choice, else the text's own language when detection is sure of it, else
// the client's).
func (c *conv) textLang(text string) string {
	return lang.Reply(c.pref, c.locale, text)
}

func (c *conv) key() string {
	return strconv.FormatInt(c.chat.ID, 10) + ":" + strconv.FormatInt(c.user.ID, 10)
}

// onMessage handles a message: a command, or text to answer or check.
func (b *Bot) onMessage(ctx context.Context, c *conv, m *tele.Message) {
	text := m.Text
	if text == "" {
		text = m.Caption // a forwarded ad is often a picture with a caption
	}
	name, args, isCmd, forMe := b.parseCommand(text)
	if isCmd && !forMe {
		c.ev.outcome = "ignored" // /cmd@another_bot
		return
	}
	if c.group && !isCmd {
		// Privacy mode: in a group only mentions and replies to the bot
		// are for it (and the answer to a /check prompt, which is one).
		replyToMe := m.ReplyTo != nil && m.ReplyTo.Sender != nil && m.ReplyTo.Sender.ID == b.me.ID
		if !replyToMe && !b.mentioned(text) {
			c.ev.outcome = "ignored"
			return
		}
		text = b.stripMention(text)
	}
	if ok, notify := b.flood.allow(c.user.ID, time.Now()); !ok {
		c.ev.outcome = "flood"
		if notify {
			b.sendText(ctx, c, texts(c.lang).Flood, nil)
		}
		return
	}
	if isCmd {
		c.ev.cmd = name
		c.ev.command = true
		b.onCommand(ctx, c, m, name, args)
		return
	}
	if strings.TrimSpace(text) == "" && hasMedia(m) {
		// A forwarded screenshot of an offer is common: "no text to
		// check" would only make them forward it again. A pending /check
		// prompt keeps waiting for the words.
		c.ev.cmd = "media"
		b.sendText(ctx, c, texts(c.lang).NoTextMedia, nil)
		return
	}
	b.onText(ctx, c, text, isForwarded(m))
}

// hasMedia reports a picture, voice or video message, or a file: things
// the bot cannot read (a sticker is answered like an emoji).
func hasMedia(m *tele.Message) bool {
	return m.Photo != nil || m.Document != nil || m.Voice != nil || m.Audio != nil ||
		m.Video != nil || m.VideoNote != nil || m.Animation != nil
}

func isForwarded(m *tele.Message) bool {
	return m.OriginalSender != nil || m.OriginalChat != nil || m.OriginalSenderName != "" ||
		m.Origin != nil || m.OriginalUnixtime != 0
}

// parseCommand splits "/name@bot args". forMe is false for a command
// addressed to another bot.
func (b *Bot) parseCommand(text string) (name, args string, isCmd, forMe bool) {
	if !strings.HasPrefix(text, "/") {
		return "", "", false, false
	}
	end := strings.IndexFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' })
	if end < 0 {
		end = len(text)
	}
	tok := text[1:end]
	if at := strings.IndexByte(tok, '@'); at >= 0 {
		tok, forMe = tok[:at], strings.EqualFold(tok[at+1:], b.me.Username)
	} else {
		forMe = true
	}
	if tok == "" || len(tok) > 32 {
		return "", "", false, false
	}
	for _, r := range tok {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return "", "", false, false
		}
	}
	return strings.ToLower(tok), strings.TrimSpace(text[end:]), true, forMe
}

func (b *Bot) mentioned(text string) bool {
	return b.me.Username != "" && strings.Contains(strings.ToLower(text), "@"+strings.ToLower(b.me.Username))
}

func (b *Bot) stripMention(text string) string {
	if b.me.Username == "" {
		return text
	}
	at := "@" + strings.ToLower(b.me.Username)
	for {
		i := strings.Index(strings.ToLower(text), at)
		// Lower-casing can change byte lengths only outside ASCII; a
		// username is ASCII, so i indexes text too when text is ASCII up
		// to it. Verify before cutting.
		if i < 0 || i+len(at) > len(text) || !strings.EqualFold(text[i:i+len(at)], at) {
			return strings.TrimSpace(text)
		}
		text = text[:i] + text[i+len(at):]
	}
}

// Pending next-message intents.
const (
	nextCheck = "check"
	nextAsk   = "ask"
)

func (b *Bot) onCommand(ctx context.Context, c *conv, m *tele.Message, name, args string) {
	// A new command cancels an earlier prompt (prompt sets it again).
	b.pending.drop(ctx, c.key())
	switch name {
	case "start":
		switch strings.ToLower(args) {
		case "check":
			b.prompt(ctx, c, nextCheck)
		case "ask":
			b.prompt(ctx, c, nextAsk)
		case "help", "helpnow":
			b.sendReply(ctx, c, b.core.HelpNow(c.lang), false)
		case "topics":
			b.sendTopics(ctx, c, 0, 0)
		case "hotlines":
			b.sendReply(ctx, c, b.core.Hotlines("", c.lang), false)
		default:
			b.sendReply(ctx, c, b.core.Welcome(c.lang), false)
		}
	case "check":
		text := args
		if text == "" && m.ReplyTo != nil {
			text = m.ReplyTo.Text
			if text == "" {
				text = m.ReplyTo.Caption
			}
		}
		if text == "" {
			b.prompt(ctx, c, nextCheck)
			return
		}
		b.check(ctx, c, text)
	case "ask":
		if args == "" {
			b.prompt(ctx, c, nextAsk)
			return
		}
		b.ask(ctx, c, args)
	case "topics":
		b.sendTopics(ctx, c, 0, 0)
	case "topic":
		if r, ok := b.core.Topic(strings.ToLower(args), c.lang); ok {
			b.sendReply(ctx, c, r, false)
			return
		}
		b.sendTopics(ctx, c, 0, 0)
	case "hotlines":
		b.sendReply(ctx, c, b.core.Hotlines(args, c.lang), false)
	case "lang":
		if l := matchLang(args); l != "" {
			b.sendText(ctx, c, b.setLang(ctx, c, l), nil)
			return
		}
		b.sendText(ctx, c, "**"+texts(c.lang).LangPick+"**", langKeyboard())
	case "help":
		b.sendReply(ctx, c, b.core.Help(c.lang, b.helpCommands(c.lang)), false)
	case "about":
		b.sendReply(ctx, c, b.core.About(c.lang, ""), false)
	case "privacy":
		b.sendReply(ctx, c, b.core.Privacy(c.lang), false)
	default:
		if c.group {
			c.ev.outcome = "ignored" // maybe another bot's command
			return
		}
		c.ev.cmd = "unknown"
		b.sendReply(ctx, c, b.core.Help(c.lang, b.helpCommands(c.lang)), false)
	}
}

func (b *Bot) helpCommands(l string) []bot.Command {
	out := make([]bot.Command, 0, len(b.cmds))
	for _, c := range b.cmds {
		out = append(out, bot.Command{Name: "/" + c.name, Desc: c.desc(l)})
	}
	return out
}

// matchLang reads a /lang argument: a code ("vi"), a locale ("vi-VN") or
// a language's own name.
func matchLang(arg string) string {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		return ""
	}
	if l := lang.Match(arg); l != "" {
		return l
	}
	for _, l := range lang.Supported {
		if strings.EqualFold(lang.Name(l), arg) {
			return l
		}
	}
	return ""
}

// setLang stores the user's language choice and returns what to say:
// that it is made, or, when the store is unavailable, that it holds for
// now but could not be saved.
func (b *Bot) setLang(ctx context.Context, c *conv, l string) string {
	c.pref, c.lang = l, l
	name := markup.Escape(lang.Name(l))
	if err := b.prefs.SetLang(ctx, c.user.ID, l); err != nil {
		b.log.Warn("storing language preference", "err", err)
		return fmt.Sprintf(texts(l).LangNotSaved, name)
	}
	return fmt.Sprintf(bot.Messages(l).LangChosen, name)
}

// prompt asks for the text of a check or a question and remembers that
// the user's next message is it. In a group the prompt asks for a reply,
// since the bot sees only replies there.
func (b *Bot) prompt(ctx context.Context, c *conv, next string) {
	msgs := bot.Messages(c.lang)
	text := msgs.CheckPrompt
	if next == nextAsk {
		text = msgs.AskPrompt
	}
	b.pending.put(ctx, c.key(), next)
	var markup any
	if c.group {
		markup = map[string]any{"force_reply": true, "selective": true}
	}
	b.sendText(ctx, c, text, markup)
}

// onText handles text without a command: the answer to a prompt, a
// forwarded offer, a pasted offer or a question.
func (b *Bot) onText(ctx context.Context, c *conv, text string, forwarded bool) {
	if next, ok := b.pending.take(ctx, c.key()); ok {
		if next == nextCheck {
			c.ev.cmd = "check"
			b.check(ctx, c, text)
		} else {
			c.ev.cmd = "ask"
			b.ask(ctx, c, text)
		}
		return
	}
	if strings.TrimSpace(text) == "" {
		// A sticker, a picture without caption, a bare mention.
		switch {
		case forwarded:
			c.ev.cmd = "auto_check"
			b.check(ctx, c, text) // says there is no text to check
		case c.group:
			c.ev.cmd = "start"
			b.sendReply(ctx, c, b.core.Welcome(c.lang), false)
		default:
			c.ev.cmd = "auto_ask"
			b.ask(ctx, c, text) // says there are no words to read
		}
		return
	}
	route := b.core.Route(text)
	switch {
	case route == bot.RouteCheck, forwarded && route == bot.RouteUnsure:
		c.ev.cmd = "auto_check"
		b.check(ctx, c, text)
	case forwarded, route == bot.RouteUnsure:
		// A forwarded message is probably someone else's offer, but if it
		// does not read like one, ask rather than guess.
		c.ev.cmd = "unsure"
		b.askUnsure(ctx, c, text)
	default:
		c.ev.cmd = "auto_ask"
		b.ask(ctx, c, text)
	}
}

func (b *Bot) check(ctx context.Context, c *conv, text string) {
	b.sendReply(ctx, c, b.core.Check(text, c.textLang(text)), false)
}

func (b *Bot) ask(ctx context.Context, c *conv, text string) {
	r, err := b.core.Ask(ctx, text, c.textLang(text))
	if err != nil {
		b.log.Error("answering failed", "err", err)
		c.ev.outcome = "error"
		b.sendText(ctx, c, bot.Messages(c.lang).Failure, nil)
		return
	}
	b.sendReply(ctx, c, r, false)
}

// askUnsure keeps text in memory for a few minutes under a random token
// and asks whether it is an offer or a question.
func (b *Bot) askUnsure(ctx context.Context, c *conv, text string) {
	tok := newToken()
	b.unsure.put(ctx, tok, text)
	msgs := bot.Messages(c.lang)
	kb := [][]button{
		{{Text: msgs.ButtonIsOffer, Data: "u:" + tok + ":c"}},
		{{Text: msgs.ButtonIsQuestion, Data: "u:" + tok + ":a"}},
	}
	b.sendText(ctx, c, msgs.Unsure, kb)
}

func newToken() string {
	var buf [9]byte
	rand.Read(buf[:])
	return base64.RawURLEncoding.EncodeToString(buf[:])
}

// onCallback handles a button press. Callback data comes from the client
// and may be forged or stale: each form is checked against what exists.
func (b *Bot) onCallback(ctx context.Context, c *conv, cb *tele.Callback) {
	msgs := bot.Messages(c.lang)
	if ok, notify := b.flood.allow(c.user.ID, time.Now()); !ok {
		c.ev.outcome = "flood"
		text := ""
		if notify {
			text = texts(c.lang).Flood
		}
		b.answerCallback(ctx, cb.ID, text)
		return
	}
	data := cb.Data
	if !utf8.ValidString(data) || len(data) > 64 {
		data = ""
	}
	kind, arg, _ := strings.Cut(data, ":")
	c.ev.cmd = "cb_" + kind
	bad := func() {
		c.ev.cmd, c.ev.outcome = "cb_invalid", "bad_callback"
		b.answerCallback(ctx, cb.ID, msgs.BadCallback)
	}
	switch kind {
	case "t", "r": // open a topic, or read the whole article
		if !b.core.HasTopic(arg) {
			bad()
			return
		}
		b.answerCallback(ctx, cb.ID, "")
		if kind == "r" {
			r, _ := b.core.FullArticle(arg, c.lang)
			b.sendReply(ctx, c, r, true)
			return
		}
		r, _ := b.core.Topic(arg, c.lang)
		b.sendReply(ctx, c, r, false)
	case "p": // topics page, edited in place
		page, err := strconv.Atoi(arg)
		if err != nil || page < 0 || page >= b.topicPages(c.lang) {
			bad()
			return
		}
		b.answerCallback(ctx, cb.ID, "")
		b.sendTopics(ctx, c, page, cb.Message.ID)
	case "h": // hotlines: "h" lists countries, "h:<lang>:<i>" opens one
		if arg == "" {
			b.answerCallback(ctx, cb.ID, "")
			b.sendReply(ctx, c, b.core.Hotlines("", c.lang), false)
			return
		}
		l, idx, _ := strings.Cut(arg, ":")
		i, err := strconv.Atoi(idx)
		countries := b.core.Countries(l)
		if !lang.Valid(l) || err != nil || i < 0 || i >= len(countries) {
			bad()
			return
		}
		b.answerCallback(ctx, cb.ID, "")
		b.sendReply(ctx, c, b.core.Hotlines(countries[i], l), false)
	case "a": // start a flow
		switch arg {
		case "c", "a":
			b.answerCallback(ctx, cb.ID, "")
			next := nextCheck
			if arg == "a" {
				next = nextAsk
			}
			b.prompt(ctx, c, next)
		case "h":
			b.answerCallback(ctx, cb.ID, "")
			b.sendReply(ctx, c, b.core.HelpNow(c.lang), false)
		case "t":
			b.answerCallback(ctx, cb.ID, "")
			b.sendTopics(ctx, c, 0, 0)
		default:
			bad()
		}
	case "l": // language choice, confirmed in the picker message
		if !lang.Valid(arg) {
			bad()
			return
		}
		said := b.setLang(ctx, c, arg)
		b.answerCallback(ctx, cb.ID, "")
		b.edit(ctx, c, cb.Message.ID, said, nil)
	case "u": // "offer or question?" answered
		tok, choice, _ := strings.Cut(arg, ":")
		if choice != "c" && choice != "a" {
			bad()
			return
		}
		text, ok := b.unsure.take(ctx, tok)
		if !ok {
			bad() // expired, already answered, or forged
			return
		}
		b.answerCallback(ctx, cb.ID, "")
		if choice == "c" {
			b.check(ctx, c, text)
		} else {
			b.ask(ctx, c, text)
		}
	case "v": // feedback on an answer: only the article id and the vote are logged
		id, vote, _ := strings.Cut(arg, ":")
		if !b.core.HasTopic(id) || (vote != "u" && vote != "d") {
			bad()
			return
		}
		v := "up"
		if vote == "d" {
			v = "down"
		}
		b.log.Info("feedback", "article", id, "vote", v)
		b.answerCallback(ctx, cb.ID, texts(c.lang).FeedbackThanks)
	default:
		bad()
	}
}

func (b *Bot) answerCallback(ctx context.Context, id, text string) {
	params := map[string]any{"callback_query_id": id}
	if text != "" {
		params["text"] = truncateRunes(markup.Plain(text), 200)
	}
	if err := b.call(ctx, "answerCallbackQuery", params); err != nil {
		b.log.Warn("answerCallbackQuery failed", "err", err)
	}
}

// inlineResults is how many articles an inline query offers.
const inlineResults = 10

// onInline answers "@bot query" with matching articles to share: the
// article that answers the query first, then topics whose title matches.
func (b *Bot) onInline(ctx context.Context, q *tele.Query, ev *event) {
	c := &conv{user: q.Sender, ev: ev}
	c.locale = lang.Match(q.Sender.LanguageCode)
	if p, err := b.prefs.Lang(ctx, q.Sender.ID); err == nil && lang.Valid(p) {
		c.pref = p
	}
	c.lang = lang.Reply(c.pref, c.locale, "")
	text := strings.TrimSpace(q.Text)
	var refs []bot.TopicRef
	seen := map[string]bool{}
	add := func(t bot.TopicRef) {
		if !seen[t.ID] && len(refs) < inlineResults {
			seen[t.ID] = true
			refs = append(refs, t)
		}
	}
	if text == "" {
		for _, t := range b.core.Topics(c.lang) {
			add(t)
		}
	} else {
		if r, err := b.core.Ask(ctx, text, c.textLang(text)); err == nil && r.Kind == bot.KindAnswer && r.Article != nil {
			add(*r.Article)
		}
		for _, t := range b.core.SuggestTopics(text, c.lang, inlineResults) {
			add(t)
		}
	}
	results := make([]map[string]any, 0, len(refs))
	for _, t := range refs {
		r, ok := b.core.Topic(t.ID, c.lang)
		if !ok {
			continue
		}
		piece := markup.Split(r.Markdown(), maxMessage, markup.HTML)[0]
		results = append(results, map[string]any{
			"type":        "article",
			"id":          t.ID,
			"title":       truncateRunes(markup.Plain(t.Title), 100),
			"description": truncateRunes(summaryOf(r), 150),
			"input_message_content": map[string]any{
				"message_text":         markup.HTML(piece),
				"parse_mode":           "HTML",
				"link_preview_options": map[string]any{"is_disabled": true},
			},
		})
	}
	if len(results) == 0 {
		ev.outcome = "no_results"
	}
	err := b.call(ctx, "answerInlineQuery", map[string]any{
		"inline_query_id": q.ID,
		"results":         results,
		"cache_time":      300,
		"button":          map[string]any{"text": markup.Plain(bot.Messages(c.lang).ButtonAsk), "start_parameter": "ask"},
	})
	if err != nil {
		ev.outcome = "send_error"
		b.log.Warn("answerInlineQuery failed", "err", err)
	}
}

// summaryOf is a reply's body as plain text without its title line.
func summaryOf(r bot.Reply) string {
	s := markup.Plain(r.Body)
	if _, rest, ok := strings.Cut(s, "\n"); ok {
		s = rest
	}
	return strings.Join(strings.Fields(s), " ")
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
