package telegram

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
)

// testArticle has a title and body with characters that would break
// Telegram HTML unless escaped, and a body long enough to need splitting.
const testArticle = `---
id: zz-escaping-test
title: "Tags <b> & **stars** test"
lang: en
summary: >-
  A test article whose title has <b>, & and ** in it. It exists only in the telegram tests.
questions:
  - zzescape quokka test question
tags: [zzescape]
related: [pig-butchering]
sources:
  - publisher: "Test & <Publisher>"
    title: "A <title>"
    url: https://example.org/?a=1&b=2
    year: 2026
updated: 2026-11-27
---
`

var core *bot.Bot

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tgtest")
	if err != nil {
		panic(err)
	}
	var body strings.Builder
	body.WriteString(testArticle)
	for i := range 12 {
		fmt.Fprintf(&body, "Paragraph %d: the quokka says 1 < 2 && 3 > 2 and <script>alert(1)</script> stays text. %s\n\n",
			i, strings.Repeat("Words to make it long enough. ", 16))
	}
	os.MkdirAll(filepath.Join(dir, "en"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "en", "zz-escaping-test.md"), []byte(body.String()), 0o644); err != nil {
		panic(err)
	}
	kb, err := knowledge.Load(dir)
	if err != nil {
		panic(err)
	}
	eng, err := answer.NewEngine(context.Background(), kb)
	if err != nil {
		panic(err)
	}
	core = bot.New(kb, eng, offer.New())
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type harness struct {
	t      testing.TB
	f      *fakeAPI
	b      *Bot
	prefs  *flakyPrefs
	logs   *bottest.Logs
	cancel context.CancelFunc
	done   chan error
}

// start runs a bot against a fresh fake API with the limits lifted and
// the retry delays shortened, and waits until it is up.
func start(t testing.TB, mod func(*Config)) *harness {
	t.Helper()
	f := newFakeAPI(t)
	logs := &bottest.Logs{}
	cfg := Config{
		Token:        testToken,
		APIURL:       f.srv.URL,
		Logger:       slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		PollTimeout:  time.Second,
		GlobalRate:   Unlimited,
		ChatRate:     Unlimited,
		GroupRate:    Unlimited,
		RetryBackoff: 5 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	prefs := &flakyPrefs{}
	b, err := New(cfg, core, prefs)
	if err != nil {
		t.Fatal(err)
	}
	b.retryUnit = 10 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, f: f, b: b, prefs: prefs, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(10 * time.Second):
			t.Error("Run did not return within 10s of cancel")
		}
		if strings.Contains(logs.String(), testToken) || strings.Contains(logs.String(), "SECRET-test") {
			t.Error("the token appears in the logs")
		}
	})
	setup := "deleteWebhook"
	if cfg.WebhookURL != "" {
		setup = "setWebhook"
	}
	f.waitCalls(0, 1, setup)
	return h
}

// waitLog waits until the logs contain s.
func (h *harness) waitLog(s string) {
	h.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(h.logs.String(), s); {
		if time.Now().After(deadline) {
			h.t.Fatalf("logs never said %q", s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// do pushes an update and waits for n calls of the methods it causes.
func (h *harness) do(u map[string]any, n int, methods ...string) []apiCall {
	h.t.Helper()
	mark := h.f.mark()
	h.f.push(u)
	return h.f.waitCalls(mark, n, methods...)
}

// ask sends a private message and returns the text of the one reply.
func (h *harness) say(chat int64, text string) apiCall {
	h.t.Helper()
	return h.do(privateMsg(chat, text), 1, "sendMessage")[0]
}

func text(c apiCall) string { s, _ := c.Params["text"].(string); return s }

// buttons returns the callback data of an inline keyboard, in order.
func buttons(c apiCall) []string {
	var out []string
	rm, _ := c.Params["reply_markup"].(map[string]any)
	rows, _ := rm["inline_keyboard"].([]any)
	for _, r := range rows {
		for _, b := range r.([]any) {
			out = append(out, b.(map[string]any)["callback_data"].(string))
		}
	}
	return out
}

func hasButton(c apiCall, data string) bool { return contains(buttons(c), data) }

// wantCheck asserts an offer-check reply: it leads with the level and
// score.
func wantCheck(t *testing.T, got string) {
	t.Helper()
	if !strings.Contains(strings.SplitN(got, "\n", 2)[0], "/100)") {
		t.Errorf("not an offer check (level and score first):\n%s", got)
	}
}

func wantContains(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("reply lacks %q:\n%s", w, got)
		}
	}
}

func TestStartupCalls(t *testing.T) {
	h := start(t, nil)
	if n := len(h.f.callsOf("getMe")); n != 1 {
		t.Errorf("getMe calls = %d, want 1", n)
	}
	cmds := h.f.callsOf("setMyCommands")
	if len(cmds) != 1+len(lang.Supported) {
		t.Fatalf("setMyCommands calls = %d, want %d", len(cmds), 1+len(lang.Supported))
	}
	seen := map[string]bool{}
	for _, c := range cmds {
		l, _ := c.Params["language_code"].(string)
		seen[l] = true
		list := c.Params["commands"].([]any)
		if len(list) != 9 {
			t.Errorf("language %q: %d commands, want 9", l, len(list))
		}
		for _, x := range list {
			m := x.(map[string]any)
			if m["description"] == "" || m["command"] == "" {
				t.Errorf("language %q: empty command entry %v", l, m)
			}
		}
	}
	for _, l := range append([]string{""}, lang.Supported...) {
		if !seen[l] {
			t.Errorf("no setMyCommands for language %q", l)
		}
	}
	if p := h.f.callsOf("deleteWebhook"); len(p) != 1 {
		t.Errorf("deleteWebhook calls = %d, want 1", len(p))
	}
}

func TestStartAndDeepLinks(t *testing.T) {
	h := start(t, nil)
	m := bot.Messages(lang.English)
	r := h.say(1, "/start")
	wantContains(t, text(r), "scambot")
	for _, d := range []string{"a:c", "a:a", "a:h"} {
		if !hasButton(r, d) {
			t.Errorf("/start lacks button %s: %v", d, buttons(r))
		}
	}
	if r.Params["parse_mode"] != "HTML" || r.Params["disable_web_page_preview"] != true {
		t.Errorf("send options = %v", r.Params)
	}

	tests := []struct {
		payload string
		want    string
	}{
		{"check", m.CheckPrompt},
		{"ask", m.AskPrompt},
		{"help", m.HelpNowTitle},
		{"topics", m.TopicsTitle},
		{"hotlines", "Choose a country"},
	}
	for i, tt := range tests {
		r := h.say(int64(10+i), "/start "+tt.payload)
		wantContains(t, text(r), tt.want)
	}
	// The check deep link makes the next message a check.
	r = h.say(10, "hello there, how are you")
	wantCheck(t, text(r))
}

const offerText = "URGENT hiring! Customer service job in Sihanoukville, Cambodia. Salary $3000 per month, " +
	"no experience needed, free flight ticket and visa paid by the company. Contact the recruiter only on " +
	"Telegram @fastjobs_hr and send a copy of your passport today, only 3 places left!"

func TestCheckFlows(t *testing.T) {
	h := start(t, nil)
	m := bot.Messages(lang.English)

	// Same message.
	r := h.say(1, "/check "+offerText)
	wantCheck(t, text(r))
	if len(buttons(r)) == 0 {
		t.Error("check reply has no buttons")
	}

	// Reply to a message holding the offer.
	u := privateMsg(2, "/check")
	u["message"].(map[string]any)["reply_to_message"] = map[string]any{
		"message_id": 1, "date": 1, "chat": map[string]any{"id": 2, "type": "private"}, "text": offerText,
	}
	r = h.do(u, 1, "sendMessage")[0]
	wantCheck(t, text(r))

	// Alone: prompt, then the next message is checked.
	r = h.say(3, "/check")
	wantContains(t, text(r), m.CheckPrompt)
	r = h.say(3, "what is this?")
	wantCheck(t, text(r))

	// Forwarded: checked without a command.
	u = privateMsg(4, offerText)
	u["message"].(map[string]any)["forward_date"] = 1700000000
	u["message"].(map[string]any)["forward_sender_name"] = "Recruiter"
	r = h.do(u, 1, "sendMessage")[0]
	wantCheck(t, text(r))

	// A long pasted offer: checked without a command.
	if core.Route(offerText) != bot.RouteCheck {
		t.Fatalf("core routes the test offer as %v, want RouteCheck", core.Route(offerText))
	}
	r = h.say(5, offerText)
	wantCheck(t, text(r))
}

func TestUnsureAsksWithButtons(t *testing.T) {
	h := start(t, nil)
	m := bot.Messages(lang.English)
	// An offer with a question on top: could be either.
	q := offerText + " Is this a real job?"
	if core.Route(q) != bot.RouteUnsure {
		t.Skipf("core routes the test text as %v, not RouteUnsure", core.Route(q))
	}
	r := h.say(1, q)
	wantContains(t, text(r), m.Unsure)
	bs := buttons(r)
	if len(bs) != 2 || !strings.HasPrefix(bs[0], "u:") || !strings.HasSuffix(bs[0], ":c") || !strings.HasSuffix(bs[1], ":a") {
		t.Fatalf("unsure buttons = %v", bs)
	}
	calls := h.do(callback(1, 5, bs[0]), 2, "sendMessage", "answerCallbackQuery")
	var sent string
	for _, c := range calls {
		if c.Method == "sendMessage" {
			sent = text(c)
		}
	}
	wantCheck(t, sent)
	// The text is forgotten once used: pressing again is stale.
	c := h.do(callback(1, 5, bs[1]), 1, "answerCallbackQuery")[0]
	if c.Params["text"] != m.BadCallback {
		t.Errorf("stale button answered %v, want the bad-callback notice", c.Params["text"])
	}
}

func TestAskAndFeedback(t *testing.T) {
	h := start(t, nil)
	for _, msg := range []string{"/ask what is pig butchering", "what is pig butchering"} {
		r := h.say(1, msg)
		wantContains(t, text(r), "Pig butchering", "Sources")
		bs := buttons(r)
		if !hasButton(r, "v:pig-butchering:u") || !hasButton(r, "v:pig-butchering:d") {
			t.Errorf("%q: no feedback buttons: %v", msg, bs)
		}
		topics := 0
		for _, b := range bs {
			if strings.HasPrefix(b, "t:") {
				topics++
			}
		}
		if topics == 0 || topics > 3 {
			t.Errorf("%q: %d related-topic buttons, want 1-3: %v", msg, topics, bs)
		}
	}
	c := h.do(callback(1, 7, "v:pig-butchering:d"), 1, "answerCallbackQuery")[0]
	if c.Params["text"] != texts(lang.English).FeedbackThanks {
		t.Errorf("feedback answered %v", c.Params["text"])
	}
	logs := h.logs.String()
	wantContains(t, logs, "article=pig-butchering vote=down")
	if strings.Contains(logs, "what is pig butchering") {
		t.Error("message text appears in the logs")
	}

	// /ask alone prompts; the next message is answered even if it looks
	// like an offer.
	r := h.say(2, "/ask")
	wantContains(t, text(r), bot.Messages(lang.English).AskPrompt)
	r = h.say(2, offerText)
	if strings.Contains(strings.SplitN(text(r), "\n", 2)[0], "/100)") {
		t.Error("the answer to /ask was checked as an offer")
	}
}

func TestTopicsPaging(t *testing.T) {
	h := start(t, nil)
	r := h.say(1, "/topics")
	bs := buttons(r)
	if len(bs) != topicsPerPage+1 || bs[len(bs)-1] != "p:1" {
		t.Fatalf("first page buttons = %v", bs)
	}
	e := h.do(callback(1, 42, "p:1"), 1, "editMessageText")[0]
	if id, _ := e.Params["message_id"].(float64); id != 42 {
		t.Errorf("edited message %v, want 42", e.Params["message_id"])
	}
	wantContains(t, text(e), "(2/")
	if !hasButton(e, "p:0") {
		t.Errorf("second page lacks Back: %v", buttons(e))
	}
	// Opening a topic from the list.
	calls := h.do(callback(1, 42, bs[0]), 1, "sendMessage")
	wantContains(t, text(calls[0]), "Sources")
}

func TestHotlines(t *testing.T) {
	h := start(t, nil)
	r := h.say(1, "/hotlines")
	bs := buttons(r)
	if len(bs) == 0 || !strings.HasPrefix(bs[0], "h:en:") {
		t.Fatalf("hotline buttons = %v", bs)
	}
	countries := core.Countries(lang.English)
	c := h.do(callback(1, 3, bs[0]), 1, "sendMessage")[0]
	wantContains(t, text(c), countries[0])

	r = h.say(1, "/hotlines vietnam")
	wantContains(t, text(r), "Vietnam")
	if strings.Contains(text(r), "Choose a country") {
		t.Error("/hotlines vietnam showed the country list")
	}
}

func TestLang(t *testing.T) {
	h := start(t, nil)
	r := h.say(1, "/lang")
	if bs := buttons(r); len(bs) != len(lang.Supported) {
		t.Fatalf("lang buttons = %v", bs)
	}
	h.do(callback(1, 9, "l:vi"), 1, "editMessageText")
	if l, _ := h.prefs.Lang(context.Background(), 1); l != lang.Vietnamese {
		t.Errorf("stored lang = %q, want vi", l)
	}
	h.say(2, "/lang th")
	if l, _ := h.prefs.Lang(context.Background(), 2); l != lang.Thai {
		t.Errorf("stored lang = %q, want th", l)
	}
	r = h.say(3, "/lang klingon")
	if len(buttons(r)) != len(lang.Supported) {
		t.Error("unknown language did not show the picker")
	}
}

func TestInfoCommands(t *testing.T) {
	h := start(t, nil)
	m := bot.Messages(lang.English)
	for _, tt := range []struct{ cmd, want string }{
		{"/help", m.HelpTitle},
		{"/about", "Sources"},
		{"/privacy", m.PrivacyTitle},
		{"/nonsense", m.HelpTitle},
	} {
		r := h.say(1, tt.cmd)
		wantContains(t, text(r), tt.want)
	}
	r := h.say(1, "/help")
	wantContains(t, text(r), "/check", "/hotlines")
}

func TestSplitAndEscape(t *testing.T) {
	h := start(t, nil)
	// The whole test article is far over 4,096 characters.
	full, _ := core.FullArticle("zz-escaping-test", lang.English)
	want := len(markup.Split(full.Markdown(), maxMessage, markup.HTML))
	if want < 2 {
		t.Fatalf("the test article fits in one message; make it longer")
	}
	pieces := h.do(callback(1, 3, "r:zz-escaping-test"), want, "sendMessage")
	var all strings.Builder
	for i, p := range pieces {
		s := text(p)
		if n := utf8.RuneCountInString(s); n > maxMessage {
			t.Errorf("piece %d has %d characters", i, n)
		}
		if strings.Count(s, "<b>") != strings.Count(s, "</b>") {
			t.Errorf("piece %d has unbalanced tags", i)
		}
		if (len(buttons(p)) > 0) != (i == len(pieces)-1) {
			t.Errorf("piece %d: buttons only belong under the last piece", i)
		}
		all.WriteString(s)
	}
	out := all.String()
	wantContains(t, out, "Tags &lt;b&gt; &amp; **stars** test", "1 &lt; 2 &amp;&amp; 3 &gt; 2", "&lt;script&gt;",
		"Test &amp; &lt;Publisher&gt;", `href="https://example.org/?a=1&amp;b=2"`)
	if strings.Contains(out, "<script>") {
		t.Error("unescaped article text")
	}
	// Paragraphs stay whole: every piece starts at a paragraph.
	for i, p := range pieces[1:] {
		if !strings.HasPrefix(text(p), "Paragraph") && !strings.HasPrefix(text(p), "<b>") {
			t.Errorf("piece %d starts mid-paragraph: %.40q", i+1, text(p))
		}
	}

	// A user's own text is escaped too.
	r := h.say(2, "/hotlines <b>&**x**</b>")
	wantContains(t, text(r), "&lt;b&gt;&amp;**x**&lt;/b&gt;")
	if strings.Contains(text(r), "<b>&") {
		t.Error("user text reached the HTML unescaped")
	}
}

func TestRetries(t *testing.T) {
	h := start(t, nil)
	h.f.fail("sendMessage",
		failure{status: 429, body: `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`})
	mark := h.f.mark()
	h.f.push(privateMsg(1, "/privacy"))
	calls := h.f.waitCalls(mark, 2, "sendMessage")
	if gap := calls[1].At.Sub(calls[0].At); gap < h.b.retryUnit {
		t.Errorf("resent after %v, before retry_after (%v)", gap, h.b.retryUnit)
	}
	if text(calls[0]) != text(calls[1]) {
		t.Error("the resend differs from the original")
	}

	// 5xx with a non-JSON body, then a dropped connection: both retried.
	h.f.fail("sendMessage", failure{status: 502, body: "<html>Bad Gateway</html>"}, failure{drop: true})
	mark = h.f.mark()
	h.f.push(privateMsg(1, "/privacy"))
	calls = h.f.waitCalls(mark, 3, "sendMessage")
	if len(calls) != 3 {
		t.Errorf("sendMessage attempts = %d, want 3", len(calls))
	}
	// A 400 is not retried.
	h.f.fail("sendMessage", failure{status: 400, body: `{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}`})
	mark = h.f.mark()
	h.f.push(privateMsg(1, "/privacy"))
	h.f.push(privateMsg(1, "/about"))
	calls = h.f.waitCalls(mark, 2, "sendMessage")
	if !strings.Contains(text(calls[1]), "about") && !strings.Contains(text(calls[1]), "About") {
		t.Errorf("after a 400 the next reply is %.60q", text(calls[1]))
	}
}

func TestRetriesAreBounded(t *testing.T) {
	h := start(t, func(c *Config) { c.MaxRetries = 2 })
	var fs []failure
	for range 5 {
		fs = append(fs, failure{status: 500, body: `{"ok":false,"error_code":500,"description":"Internal Server Error"}`})
	}
	h.f.fail("sendMessage", fs...)
	mark := h.f.mark()
	h.f.push(privateMsg(1, "/privacy"))
	h.f.waitCalls(mark, 3, "sendMessage")
	time.Sleep(100 * time.Millisecond)
	if n := len(h.f.waitCalls(mark, 0, "sendMessage")); n != 3 {
		t.Errorf("attempts = %d, want 1 + MaxRetries = 3", n)
	}
}

func TestForgedCallbacks(t *testing.T) {
	h := start(t, func(c *Config) { c.FloodLimit = 1000 })
	bad := bot.Messages(lang.English).BadCallback
	for _, data := range []string{
		"", "zz", "t:", "t:no-such-topic", "t:../../etc", "r:nope", "p:-1", "p:999", "p:x",
		"h:en:999", "h:xx:0", "h:en:-1", "a:zz", "l:xx", "l:", "u:forged:c", "u:x:z", "v:pig-butchering:x",
		"v:nope:u", "\xff\xfe", strings.Repeat("t:", 100),
	} {
		c := h.do(callback(1, 3, data), 1, "answerCallbackQuery")[0]
		if c.Params["text"] != bad {
			t.Errorf("data %q answered %v, want the bad-callback notice", data, c.Params["text"])
		}
	}
	// Still alive.
	h.say(1, "/help")
}

func TestGroups(t *testing.T) {
	h := start(t, nil)
	const group = -100500
	mark := h.f.mark()
	h.f.push(groupMsg(group, 7, "just chatting about jobs, salary is fine"))
	h.f.push(groupMsg(group, 7, offerText))
	h.f.push(groupMsg(group, 7, "/help@other_bot"))
	h.f.push(groupMsg(group, 7, "@scam_test_bot what is pig butchering"))
	h.f.waitCalls(mark, 1, "sendMessage") // the first reply, then time for any stray one
	time.Sleep(50 * time.Millisecond)
	calls := h.f.waitCalls(mark, 0, "sendMessage")
	if len(calls) != 1 {
		t.Fatalf("group replies = %v, want only the answer to the mention", summarize(calls))
	}
	wantContains(t, text(calls[0]), "Pig butchering")
	if calls[0].Params["reply_to_message_id"] == nil {
		t.Error("group reply does not reply to the message")
	}

	// Commands addressed to the bot, and replies to it.
	r := h.do(groupMsg(group, 7, "/privacy@scam_test_bot"), 1, "sendMessage")[0]
	wantContains(t, text(r), "Privacy")
	u := groupMsg(group, 7, "what is pig butchering")
	u["message"].(map[string]any)["reply_to_message"] = map[string]any{
		"message_id": 1, "date": 1, "chat": map[string]any{"id": group, "type": "supergroup"},
		"from": map[string]any{"id": 999, "is_bot": true, "first_name": "Scambot"}, "text": "earlier",
	}
	r = h.do(u, 1, "sendMessage")[0]
	wantContains(t, text(r), "Pig butchering")

	// /check alone asks for a reply (the bot sees only replies in groups).
	r = h.do(groupMsg(group, 7, "/check"), 1, "sendMessage")[0]
	if rm, _ := r.Params["reply_markup"].(map[string]any); rm["force_reply"] != true {
		t.Errorf("group /check prompt markup = %v, want force_reply", r.Params["reply_markup"])
	}

	// A long reply is one message in a group.
	mark = h.f.mark()
	h.f.push(map[string]any{"callback_query": map[string]any{
		"id": "g1", "from": user(7), "chat_instance": "g", "data": "r:zz-escaping-test",
		"message": map[string]any{"message_id": 5, "date": 1, "chat": map[string]any{"id": group, "type": "supergroup"}},
	}})
	h.f.push(groupMsg(group, 7, "/privacy"))
	calls = h.f.waitCalls(mark, 2, "sendMessage")
	wantContains(t, text(calls[0]), texts(lang.English).NotInGroup)
	wantContains(t, text(calls[1]), "Privacy")
}

func TestGroupFloodIsDropped(t *testing.T) {
	h := start(t, func(c *Config) { c.GroupRate = Rate{Every: time.Hour, Burst: 2} })
	const group = -100600
	mark := h.f.mark()
	for range 4 {
		h.f.push(groupMsg(group, 8, "/privacy@scam_test_bot"))
	}
	h.f.waitCalls(mark, 2, "sendMessage")
	time.Sleep(100 * time.Millisecond)
	h.waitLog("outcome=group_busy")
	if n := len(h.f.waitCalls(mark, 0, "sendMessage")); n != 2 {
		t.Errorf("group got %d messages, want the burst of 2 and no backlog", n)
	}
}

func TestUserFloodLimit(t *testing.T) {
	h := start(t, func(c *Config) { c.FloodLimit = 3 })
	mark := h.f.mark()
	for range 6 {
		h.f.push(privateMsg(1, "/privacy"))
	}
	h.f.push(privateMsg(2, "/privacy"))
	h.f.waitCalls(mark, 5, "sendMessage")
	time.Sleep(50 * time.Millisecond)
	var toUser1, notices int
	for _, c := range h.f.waitCalls(mark, 0, "sendMessage") {
		if c.Params["chat_id"] == float64(1) {
			toUser1++
			if strings.Contains(text(c), "faster than I can answer") {
				notices++
			}
		}
	}
	if toUser1 != 4 || notices != 1 {
		t.Errorf("user 1 got %d messages with %d flood notices, want 3 replies and 1 notice", toUser1, notices)
	}
}

func TestOrderWithinChat(t *testing.T) {
	h := start(t, nil)
	cmds := []string{"/privacy", "/help", "/about", "/privacy", "/topics", "/help"}
	want := []string{"Privacy", "How to use", "Sources", "Privacy", "Topics", "How to use"}
	mark := h.f.mark()
	for _, chat := range []int64{1, 2, 3} {
		for _, c := range cmds {
			h.f.push(privateMsg(chat, c))
		}
	}
	calls := h.f.waitCalls(mark, 3*len(cmds), "sendMessage")
	got := map[float64][]string{}
	for _, c := range calls {
		id := c.Params["chat_id"].(float64)
		got[id] = append(got[id], text(c))
	}
	for id, texts := range got {
		for i, s := range texts {
			if !strings.Contains(s, want[i]) {
				t.Errorf("chat %v reply %d = %.40q, want %q", id, i, s, want[i])
			}
		}
	}
}

func TestInline(t *testing.T) {
	h := start(t, nil)
	c := h.do(inlineQuery(5, "pig butchering"), 1, "answerInlineQuery")[0]
	results, _ := c.Params["results"].([]any)
	if len(results) == 0 {
		t.Fatal("no inline results")
	}
	first := results[0].(map[string]any)
	if first["id"] != "pig-butchering" || first["type"] != "article" {
		t.Errorf("first result = %v %v", first["type"], first["id"])
	}
	content := first["input_message_content"].(map[string]any)
	if content["parse_mode"] != "HTML" || !strings.Contains(content["message_text"].(string), "Pig butchering") {
		t.Errorf("result content = %v", content)
	}
	c = h.do(inlineQuery(5, ""), 1, "answerInlineQuery")[0]
	if results, _ := c.Params["results"].([]any); len(results) != inlineResults {
		t.Errorf("empty query gave %d results, want %d", len(results), inlineResults)
	}
	c = h.do(inlineQuery(5, "<b>&"), 1, "answerInlineQuery")[0]
	if c.Params["results"] == nil {
		t.Error("no results field for an unmatched query")
	}
}

func TestBadInput(t *testing.T) {
	h := start(t, nil)
	for _, s := range []string{
		"", " ", "\x00\x01\x02", "\xff\xfe\xfd", "🙂🙂🙂", strings.Repeat("a", 70000),
		strings.Repeat("工作机会 ", 20000), "/", "/ check", "@scam_test_bot",
	} {
		h.say(1, s)
	}
	// A message with no text (a sticker) in a private chat.
	u := privateMsg(1, "")
	delete(u["message"].(map[string]any), "text")
	h.do(u, 1, "sendMessage")
}

func TestWebhook(t *testing.T) {
	h := start(t, func(c *Config) {
		c.WebhookURL = "https://bot.example.org/tg/hook"
		c.ListenAddr = "127.0.0.1:0"
		c.WebhookSecret = "s3cret_token-1"
	})
	sw := h.f.callsOf("setWebhook")[0]
	if sw.Params["url"] != "https://bot.example.org/tg/hook" || sw.Params["secret_token"] != "s3cret_token-1" {
		t.Errorf("setWebhook params = %v", sw.Params)
	}
	if len(h.f.callsOf("deleteWebhook")) != 0 {
		t.Error("deleteWebhook called in webhook mode")
	}
	<-h.b.listening
	url := "http://" + h.b.addr.String() + "/tg/hook"
	post := func(secret string, u map[string]any) int {
		if u["update_id"] == nil {
			u["update_id"] = newMsgID()
		}
		body, _ := jsonMarshal(u)
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		if secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	mark := h.f.mark()
	if code := post("", privateMsg(1, "/privacy")); code != http.StatusUnauthorized {
		t.Errorf("no secret: status %d, want 401", code)
	}
	if code := post("wrong", privateMsg(1, "/privacy")); code != http.StatusUnauthorized {
		t.Errorf("wrong secret: status %d, want 401", code)
	}
	help := privateMsg(1, "/help")
	if code := post("s3cret_token-1", help); code != http.StatusOK {
		t.Errorf("right secret: status %d, want 200", code)
	}
	// Telegram resends an update whose answer it did not get: handled once.
	if code := post("s3cret_token-1", help); code != http.StatusOK {
		t.Errorf("resent update: status %d, want 200", code)
	}
	h.f.waitCalls(mark, 1, "sendMessage") // the first reply, then time for any stray one
	time.Sleep(50 * time.Millisecond)
	calls := h.f.waitCalls(mark, 0, "sendMessage")
	if len(calls) != 1 || !strings.Contains(text(calls[0]), "How to use") {
		t.Errorf("webhook replies = %v, want only the /help answer", summarize(calls))
	}
	if len(h.f.polls) != 0 {
		t.Error("getUpdates called in webhook mode")
	}
}

func TestGracefulShutdown(t *testing.T) {
	// A long poll that the server would hold for a minute must not delay
	// the shutdown.
	h := start(t, func(c *Config) { c.PollTimeout = time.Minute })
	h.f.mu.Lock()
	h.f.delay["sendMessage"] = 300 * time.Millisecond
	h.f.maxPoll = time.Minute
	h.f.mu.Unlock()
	h.f.push(privateMsg(1, "/privacy"))
	// Wait until the reply is in flight.
	deadline := time.Now().Add(5 * time.Second)
	for {
		h.f.mu.Lock()
		_, inFlight := h.f.sendSeen[1]
		h.f.mu.Unlock()
		if inFlight {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("reply never started")
		}
		time.Sleep(5 * time.Millisecond)
	}
	start := time.Now()
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			t.Errorf("Run returned %v, want nil", err)
		}
		h.done <- err // for the cleanup
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("shutdown took %v", took)
	}
	if n := len(h.f.callsOf("sendMessage")); n != 1 {
		t.Errorf("the reply in flight did not complete: %d sendMessage responses", n)
	}
	// The last getUpdates confirms the handled update, so a restart does
	// not answer it again.
	h.f.mu.Lock()
	last := h.f.polls[len(h.f.polls)-1]
	want := float64(h.f.nextID) // one past the last update id
	h.f.mu.Unlock()
	if last["offset"] != want || last["timeout"] != float64(0) {
		t.Errorf("last getUpdates = %v, want offset %v and timeout 0", last, want)
	}
}

func TestNewValidates(t *testing.T) {
	for _, cfg := range []Config{
		{},
		{Token: "x", WebhookURL: "not a url"},
		{Token: "x", WebhookURL: "http://bot.example.org/hook"},
		{Token: "x", WebhookURL: "https://a.example/h", WebhookSecret: "bad secret!"},
	} {
		if _, err := New(cfg, core, nil); err == nil {
			t.Errorf("New(%+v) succeeded", cfg)
		}
	}
	if _, err := New(Config{Token: "x"}, nil, nil); err == nil {
		t.Error("New without a core succeeded")
	}
}

func TestBadTokenFailsToStart(t *testing.T) {
	f := newFakeAPI(t)
	logs := &bottest.Logs{}
	b, err := New(Config{Token: "999:WRONG", APIURL: f.srv.URL, Logger: slog.New(slog.NewTextHandler(logs, nil))}, core, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("Run with a bad token = %v, want a 401 error", err)
	}
	if strings.Contains(err.Error(), "WRONG") || strings.Contains(logs.String(), "WRONG") {
		t.Error("the token leaked into the error or logs")
	}
}

func TestParseCommand(t *testing.T) {
	b := &Bot{me: teleUser("scam_test_bot")}
	tests := []struct {
		in          string
		name, args  string
		isCmd, mine bool
	}{
		{"/start", "start", "", true, true},
		{"/start check", "start", "check", true, true},
		{"/Check@Scam_Test_Bot  some offer\nline 2", "check", "some offer\nline 2", true, true},
		{"/help@other_bot", "help", "", true, false},
		{"/", "", "", false, false},
		{"/ check", "", "", false, false},
		{"/check@", "check", "", true, false},
		{"/пуск", "", "", false, false},
		{"hello /start", "", "", false, false},
		{"/" + strings.Repeat("a", 40), "", "", false, false},
	}
	for _, tt := range tests {
		name, args, isCmd, mine := b.parseCommand(tt.in)
		if name != tt.name || args != tt.args || isCmd != tt.isCmd || mine != tt.mine {
			t.Errorf("parseCommand(%q) = %q %q %v %v, want %q %q %v %v", tt.in, name, args, isCmd, mine, tt.name, tt.args, tt.isCmd, tt.mine)
		}
	}
}

func TestBucket(t *testing.T) {
	k := bucket{every: time.Second, burst: 3}
	now := time.Unix(1000, 0)
	for i, want := range []time.Duration{0, 0, 0, time.Second, 2 * time.Second} {
		if got := k.reserve(now); got != want {
			t.Errorf("send %d waits %v, want %v", i, got, want)
		}
	}
	// After the queue drains and a further 3 s, a burst is available again.
	if got := k.reserve(now.Add(5 * time.Second)); got != 0 {
		t.Errorf("after refilling, wait %v", got)
	}
}

func TestMemoBoundsAndExpiry(t *testing.T) {
	m := newMemo(3, time.Minute)
	now := time.Unix(1000, 0)
	for i := range 5 {
		m.put(fmt.Sprint(i), "v", now.Add(time.Duration(i)*time.Second))
	}
	if len(m.m) != 3 {
		t.Errorf("memo holds %d, want 3", len(m.m))
	}
	if _, ok := m.take("0", now.Add(5*time.Second)); ok {
		t.Error("oldest entry survived eviction")
	}
	if _, ok := m.take("4", now.Add(2*time.Minute)); ok {
		t.Error("expired entry returned")
	}
	if v, ok := m.take("3", now.Add(10*time.Second)); !ok || v != "v" {
		t.Error("live entry lost")
	}
	if _, ok := m.take("3", now.Add(10*time.Second)); ok {
		t.Error("entry returned twice")
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"TELEGRAM_TOKEN": " 1:abc\n", "TELEGRAM_WEBHOOK_URL": "https://x.example/h", "TELEGRAM_LISTEN_ADDR": ":9000"}
	c := ConfigFromEnv(func(k string) string { return env[k] })
	if c.Token != "1:abc" || c.WebhookURL != "https://x.example/h" || c.ListenAddr != ":9000" || c.DataDir != "data" {
		t.Errorf("config = %+v", c)
	}
	c.setDefaults()
	if c.APIURL != DefaultAPIURL {
		t.Errorf("API URL default = %q", c.APIURL)
	}
}

func TestRateLimits(t *testing.T) {
	// The fake server stamps a call when it arrives, so a loaded machine
	// adds jitter to each gap: the interval is long enough for a tolerance
	// of a quarter that still fails an unlimited sender (gaps near zero).
	const every = 200 * time.Millisecond
	h := start(t, func(c *Config) { c.ChatRate = Rate{Every: every, Burst: 1} })
	mark := h.f.mark()
	for range 3 {
		h.f.push(privateMsg(1, "/privacy"))
	}
	h.f.push(privateMsg(2, "/privacy"))
	calls := h.f.waitCalls(mark, 4, "sendMessage")
	var chat1 []time.Time
	var chat2 time.Time
	for _, c := range calls {
		if c.Params["chat_id"] == float64(1) {
			chat1 = append(chat1, c.At)
		} else {
			chat2 = c.At
		}
	}
	for i := 1; i < len(chat1); i++ {
		if gap := chat1[i].Sub(chat1[i-1]); gap < every*3/4 {
			t.Errorf("messages %d and %d to one chat %v apart, want ≥ %v", i-1, i, gap, every)
		}
	}
	// Another chat is not held up by the first one's limit.
	if !chat2.Before(chat1[len(chat1)-1]) {
		t.Error("chat 2 waited behind chat 1's rate limit")
	}
}

func TestGlobalRateLimit(t *testing.T) {
	const every = 40 * time.Millisecond
	h := start(t, func(c *Config) { c.GlobalRate = Rate{Every: every, Burst: 1} })
	mark := h.f.mark()
	for chat := range int64(5) {
		h.f.push(privateMsg(chat+1, "/privacy"))
	}
	calls := h.f.waitCalls(mark, 5, "sendMessage")
	if span := calls[4].At.Sub(calls[0].At); span < 4*every*9/10 {
		t.Errorf("5 messages went out in %v, want ≥ %v under the overall limit", span, 4*every)
	}
}

func TestNetworkErrorsAreRedacted(t *testing.T) {
	h := start(t, func(c *Config) { c.MaxRetries = 1 })
	h.f.fail("sendMessage", failure{drop: true}, failure{drop: true})
	mark := h.f.mark()
	h.f.push(privateMsg(1, "/privacy"))
	h.f.waitCalls(mark, 2, "sendMessage")
	h.say(1, "/privacy") // the chat still works afterwards
	logs := h.logs.String()
	wantContains(t, logs, "send failed", "outcome=send_error")
	if strings.Contains(logs, testToken) {
		t.Error("the token appears in the logs")
	}
}

// The interface language follows the client's language_code until the
// user picks one with /lang.
func TestLanguageFromClientThenChoice(t *testing.T) {
	vi, en := core.Topics(lang.Vietnamese), core.Topics(lang.English)
	diff := -1
	for i := range min(len(vi), topicsPerPage) {
		if vi[i].Title != en[i].Title {
			diff = i
			break
		}
	}
	if diff < 0 {
		t.Skip("no Vietnamese title on the first topics page yet")
	}
	h := start(t, nil)
	label := func(c apiCall, i int) string {
		rows := c.Params["reply_markup"].(map[string]any)["inline_keyboard"].([]any)
		return rows[i].([]any)[0].(map[string]any)["text"].(string)
	}
	u := privateMsg(1, "/topics")
	u["message"].(map[string]any)["from"].(map[string]any)["language_code"] = "vi-VN"
	r := h.do(u, 1, "sendMessage")[0]
	if got := label(r, diff); got != vi[diff].Title {
		t.Errorf("client in vi-VN: topic %d is %q, want %q", diff, got, vi[diff].Title)
	}
	h.say(1, "/lang en")
	u = privateMsg(1, "/topics")
	u["message"].(map[string]any)["from"].(map[string]any)["language_code"] = "vi-VN"
	r = h.do(u, 1, "sendMessage")[0]
	if got := label(r, diff); got != en[diff].Title {
		t.Errorf("after /lang en: topic %d is %q, want %q", diff, got, en[diff].Title)
	}
}

// A forwarded screenshot of an offer, or a voice message, has no text: the
// reply says that pictures and voice cannot be read and asks for the
// words, rather than "there is no text to check" to someone who just sent
// the offer. A pending /check prompt still waits for the text.
func TestMediaWithoutText(t *testing.T) {
	h := start(t, nil)
	want := texts("en").NoTextMedia
	if want == "" {
		t.Fatal("no no_text_media string")
	}
	media := map[string]any{
		"photo": []any{map[string]any{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}},
		"voice": map[string]any{"file_id": "v1", "file_unique_id": "u2", "duration": 3},
	}
	for name, m := range media {
		for _, forwarded := range []bool{false, true} {
			u := privateMsg(1, "")
			msg := u["message"].(map[string]any)
			delete(msg, "text")
			msg[name] = m
			if forwarded {
				msg["forward_date"] = time.Now().Unix()
				msg["forward_sender_name"] = "Recruiter"
			}
			if got := text(h.do(u, 1, "sendMessage")[0]); !strings.Contains(got, markup.HTML(want)) {
				t.Errorf("%s (forwarded %v): replied %q, want %q", name, forwarded, got, want)
			}
		}
	}
	h.say(1, "/check")
	u := privateMsg(1, "")
	delete(u["message"].(map[string]any), "text")
	u["message"].(map[string]any)["photo"] = media["photo"]
	h.do(u, 1, "sendMessage")
	if got := text(h.say(1, offerText)); !strings.Contains(strings.ToLower(got), "score") {
		t.Errorf("after a picture, the /check prompt no longer took the offer: %q", got)
	}
}

// The fake's check of Telegram HTML refuses what Telegram refuses, so the
// tests (and FuzzUpdate) catch a reply that would never be delivered.
func TestFakeChecksTelegramHTML(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"<b>bold</b> &lt;x&gt; &amp; &quot; &#39; <a href=\"https://x\">l</a>", true},
		{markup.HTML("**a** <script> & [x](https://e.org) \\<b\\>"), true},
		{"a < b", false}, {"a & b", false}, {"a > b", false}, {"<b>x", false}, {"<b><i>x</b></i>", false},
		{"<script>x</script>", false}, {"&nbsp;", false}, {strings.Repeat("a", 4097), false}, {strings.Repeat("é", 4096), true},
	} {
		if err := telegramHTML(c.text); (err == nil) != c.ok {
			t.Errorf("telegramHTML(%.60q) = %v, want ok %v", c.text, err, c.ok)
		}
	}
}
