package telegram

import (
	"context"
	"github.com/scambot/scambot/bot/bottest"
	"log/slog"
	"strings"
	"testing"

	tele "gopkg.in/telebot.v3"
)

// FuzzUpdate feeds arbitrary message text and callback data to the
// handlers, in a private chat and a group. Handlers recover from panics to
// keep the bot up, so the test fails on the panic they log.
func FuzzUpdate(f *testing.F) {
	for _, s := range []string{
		"", "/start check", "/check@scam_test_bot offer", "/lang vi", "t:pig-butchering", "p:1", "h:en:0",
		"u:abc:c", "v:pig-butchering:u", "@scam_test_bot hi", "\xff\xfe", "/hotlines <b>", offerText,
	} {
		f.Add(s, s)
	}
	api := newFakeAPI(f)
	logs := &bottest.Logs{}
	b, err := New(Config{
		Token: testToken, APIURL: api.srv.URL, FloodLimit: 1 << 30, MaxRetries: 1,
		GlobalRate: Unlimited, ChatRate: Unlimited, GroupRate: Unlimited,
		Logger: slog.New(slog.NewTextHandler(logs, nil)),
	}, core, nil)
	if err != nil {
		f.Fatal(err)
	}
	b.me = teleUser("scam_test_bot")
	f.Fuzz(func(t *testing.T, text, data string) {
		ctx := context.Background()
		logs.Reset()
		for _, chat := range []*tele.Chat{{ID: 1, Type: tele.ChatPrivate}, {ID: -5, Type: tele.ChatSuperGroup}} {
			from := &tele.User{ID: 7, LanguageCode: text[:min(len(text), 5)]}
			b.handle(ctx, tele.Update{Message: &tele.Message{ID: 3, Chat: chat, Sender: from, Text: text}})
			b.handle(ctx, tele.Update{Callback: &tele.Callback{ID: "c", Sender: from, Data: data,
				Message: &tele.Message{ID: 4, Chat: chat}}})
		}
		b.handle(ctx, tele.Update{Query: &tele.Query{ID: "q", Sender: &tele.User{ID: 7}, Text: text}})
		if strings.Contains(logs.String(), "handler panic") {
			t.Fatalf("a handler panicked:\n%s", logs.String())
		}
		for _, bad := range api.takeBadHTML() {
			t.Errorf("Telegram would refuse this message: %s", bad)
		}
	})
}
