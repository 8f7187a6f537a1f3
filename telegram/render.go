package telegram

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
)

// maxMessage is Telegram's limit on a message's text. Split measures the
// rendered HTML in bytes, which is never less than the characters
// Telegram counts, so pieces always fit.
const maxMessage = 4096

// groupWait is the longest a reply may wait for a group's send limit;
// beyond it the reply is dropped rather than posted late into a busy
// group.
const groupWait = 20 * time.Second

// topicsPerPage is how many topics one /topics page shows.
const topicsPerPage = 8

// button is an inline keyboard button with callback data. Callback data
// is at most 64 bytes: "t:<id>" topic, "r:<id>" full article, "p:<n>"
// topics page, "h" / "h:<lang>:<i>" hotlines, "a:<c|a|h|t>" flows,
// "l:<lang>" language, "u:<token>:<c|a>" offer-or-question, "v:<id>:<u|d>"
// feedback.
type button struct {
	Text string `json:"text"`
	Data string `json:"callback_data"`
}

// sendReply renders a core reply with its buttons. full marks a whole
// article, which gets no "read more" button.
func (b *Bot) sendReply(ctx context.Context, c *conv, r bot.Reply, full bool) {
	b.sendText(ctx, c, r.Markdown(), b.keyboard(c, r, full))
}

// keyboard turns a reply's suggested actions into buttons; actions that
// cannot be encoded are left out rather than sent broken.
func (b *Bot) keyboard(c *conv, r bot.Reply, full bool) [][]button {
	var rows [][]button
	pairs := false // country buttons go two to a row
	for _, a := range r.Actions {
		data := b.actionData(a, c.lang)
		if data == "" || len(data) > 64 {
			continue
		}
		btn := button{Text: markup.Plain(a.Label), Data: data}
		isCountry := a.Kind == bot.ActionHotlines && a.Arg != ""
		if isCountry && pairs && len(rows[len(rows)-1]) == 1 {
			rows[len(rows)-1] = append(rows[len(rows)-1], btn)
			continue
		}
		rows = append(rows, []button{btn})
		pairs = isCountry
	}
	if r.Article != nil && (r.Kind == bot.KindAnswer || r.Kind == bot.KindTopic) {
		id := r.Article.ID
		if !full && b.core.HasTopic(id) {
			rows = append(rows, []button{{Text: markup.Plain(bot.Messages(c.lang).ButtonReadMore), Data: "r:" + id}})
		}
		if r.Kind == bot.KindAnswer {
			rows = append(rows, []button{{Text: "👍", Data: "v:" + id + ":u"}, {Text: "👎", Data: "v:" + id + ":d"}})
		}
	}
	return rows
}

func (b *Bot) actionData(a bot.Action, l string) string {
	switch a.Kind {
	case bot.ActionTopic:
		if b.core.HasTopic(a.Arg) {
			return "t:" + a.Arg
		}
	case bot.ActionCheck:
		return "a:c"
	case bot.ActionAsk:
		return "a:a"
	case bot.ActionHelpNow:
		return "a:h"
	case bot.ActionTopics:
		return "a:t"
	case bot.ActionHotlines:
		if a.Arg == "" {
			return "h"
		}
		for i, name := range b.core.Countries(l) {
			if name == a.Arg {
				return "h:" + l + ":" + strconv.Itoa(i)
			}
		}
	}
	return ""
}

func langKeyboard() [][]button {
	var rows [][]button
	for i, l := range lang.Supported {
		btn := button{Text: lang.Name(l), Data: "l:" + l}
		if i%2 == 1 {
			rows[len(rows)-1] = append(rows[len(rows)-1], btn)
		} else {
			rows = append(rows, []button{btn})
		}
	}
	return rows
}

func (b *Bot) topicPages(l string) int {
	n := len(b.core.Topics(l))
	return max(1, (n+topicsPerPage-1)/topicsPerPage)
}

// sendTopics shows one page of the topic list; editID, when not zero, is
// the message to edit in place (paging).
func (b *Bot) sendTopics(ctx context.Context, c *conv, page, editID int) {
	topics := b.core.Topics(c.lang)
	pages := b.topicPages(c.lang)
	page = min(max(page, 0), pages-1)
	var rows [][]button
	for _, t := range topics[min(page*topicsPerPage, len(topics)):min((page+1)*topicsPerPage, len(topics))] {
		rows = append(rows, []button{{Text: markup.Plain(t.Title), Data: "t:" + t.ID}})
	}
	msgs := bot.Messages(c.lang)
	var nav []button
	if page > 0 {
		nav = append(nav, button{Text: markup.Plain(texts(c.lang).ButtonPrev), Data: "p:" + strconv.Itoa(page-1)})
	}
	if page < pages-1 {
		nav = append(nav, button{Text: markup.Plain(texts(c.lang).ButtonNext), Data: "p:" + strconv.Itoa(page+1)})
	}
	if len(nav) > 0 {
		rows = append(rows, nav)
	}
	text := fmt.Sprintf("**%s** (%d/%d)", msgs.TopicsTitle, page+1, pages)
	if editID != 0 {
		b.edit(ctx, c, editID, text, rows)
		return
	}
	b.sendText(ctx, c, text, rows)
}

// sendText sends Markdown-subset text as HTML, split into messages of at
// most 4,096 characters at paragraph boundaries, with the keyboard (a
// [][]button or any other reply_markup) under the last one. In a group a
// long reply is cut to one message that points to the private chat.
func (b *Bot) sendText(ctx context.Context, c *conv, md string, kb any) {
	pieces := b.pieces(c, md)
	for i, p := range pieces {
		params := map[string]any{
			"chat_id":                  c.chat.ID,
			"text":                     p,
			"parse_mode":               "HTML",
			"disable_web_page_preview": true,
		}
		if i == 0 && c.replyTo != 0 {
			params["reply_to_message_id"] = c.replyTo
			params["allow_sending_without_reply"] = true
		}
		if i == len(pieces)-1 {
			if m := replyMarkup(kb); m != nil {
				params["reply_markup"] = m
			}
		}
		if err := b.send(ctx, c, "sendMessage", params); err != nil {
			return // logged by send; later pieces would read out of context
		}
	}
}

// pieces renders md as the HTML texts of the messages sendText sends.
func (b *Bot) pieces(c *conv, md string) []string {
	limit := maxMessage
	if c.group {
		limit = maxMessage - 512 // room for the pointer to the private chat
	}
	pieces := markup.Split(md, limit, markup.HTML)
	if c.group && len(pieces) > 1 {
		more := "*" + texts(c.lang).NotInGroup + "*"
		if b.me.Username != "" {
			more = "[" + more + "](https://t.me/" + b.me.Username + ")"
		}
		pieces = []string{pieces[0] + "\n\n…\n\n" + more}
	}
	for i, p := range pieces {
		pieces[i] = markup.HTML(p)
	}
	return pieces
}

// edit replaces a message's text and keyboard (topics paging, language
// picker).
func (b *Bot) edit(ctx context.Context, c *conv, msgID int, md string, kb [][]button) {
	params := map[string]any{
		"chat_id":                  c.chat.ID,
		"message_id":               msgID,
		"text":                     markup.HTML(markup.Split(md, maxMessage, markup.HTML)[0]),
		"parse_mode":               "HTML",
		"disable_web_page_preview": true,
	}
	if m := replyMarkup(kb); m != nil {
		params["reply_markup"] = m
	}
	b.send(ctx, c, "editMessageText", params)
}

func replyMarkup(kb any) any {
	switch k := kb.(type) {
	case nil:
		return nil
	case [][]button:
		if len(k) == 0 {
			return nil
		}
		return map[string]any{"inline_keyboard": k}
	default:
		return k
	}
}

var errGroupBusy = errors.New("group send limit reached")

// send waits for the chat's turn under the rate limits, then calls the
// API with retries. Failures are logged and set the event's outcome.
func (b *Bot) send(ctx context.Context, c *conv, method string, params map[string]any) error {
	maxWait := time.Duration(0)
	if c.group {
		maxWait = groupWait
	}
	b.cfg.Metrics.Queue("telegram", 1)
	err := b.limits.wait(ctx, c.chat.ID, c.group, maxWait)
	if err == nil {
		err = b.takeBudget(ctx)
	}
	b.cfg.Metrics.Queue("telegram", -1)
	if err != nil {
		if errors.Is(err, errGroupBusy) {
			c.ev.outcome = "group_busy"
		} else {
			c.ev.outcome = "cancelled"
		}
		return err
	}
	err = b.call(ctx, method, params)
	if err != nil {
		var ae *apiError
		if errors.As(err, &ae) && method == "editMessageText" && ae.Code == 400 {
			return nil // "message is not modified": the same page twice
		}
		c.ev.outcome = "send_error"
		b.log.Warn("send failed", "method", method, "err", err)
	}
	return err
}

// takeBudget waits for a slot in the send rate shared with the other
// replicas. Without the database it lets the send go: this process's own
// limits still hold.
func (b *Bot) takeBudget(ctx context.Context) error {
	if b.cfg.Budget == nil {
		return nil
	}
	for {
		wait, err := b.cfg.Budget.Take(ctx)
		if err != nil {
			b.log.Debug("shared send budget unavailable", "err", err)
			return nil
		}
		if wait <= 0 {
			return nil
		}
		if !sleep(ctx, wait) {
			return ctx.Err()
		}
	}
}
