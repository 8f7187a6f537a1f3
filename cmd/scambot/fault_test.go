package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/store/pgtest"
	"github.com/scambot/scambot/telegram"
)

// push adds a private message from chat (its own user) to the updates.
func (f *fakeBotAPI) push(chat int64, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := 1000 + len(f.updates)
	f.updates = append(f.updates, map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": time.Now().Unix(),
		"chat": map[string]any{"id": chat, "type": "private"},
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "Test", "language_code": "en"},
		"text": text,
	}})
}

// repliesTo returns the texts sent to chat so far.
func (f *fakeBotAPI) repliesTo(chat int64) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, p := range f.sent {
		if id, _ := p["chat_id"].(float64); int64(id) == chat {
			s, _ := p["text"].(string)
			out = append(out, s)
		}
	}
	return out
}

// TestDatabaseLostAndBack runs the bot on a fake Telegram and a real
// PostgreSQL, stops PostgreSQL under a steady stream of questions and
// starts it again: every question is answered throughout, /lang says the
// choice could not be saved while the database is away and saves it once
// it is back, /readyz follows the database, and nothing panics.
func TestDatabaseLostAndBack(t *testing.T) {
	if testing.Short() {
		t.Skip("starts PostgreSQL")
	}
	pg := pgtest.Start(t)
	f := &fakeBotAPI{}
	api := newTestServer(t, f)
	addr := freeAddr(t)
	t.Setenv("TELEGRAM_TOKEN", "123:test-token")
	t.Setenv("TELEGRAM_API_URL", api)
	t.Setenv("TELEGRAM_WEBHOOK_URL", "")
	t.Setenv("DISCORD_TOKEN", "")
	t.Setenv("WEB_ADDR", "")
	t.Setenv("DATABASE_URL", pg.URL)
	t.Setenv("METRICS_ADDR", addr)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &bottest.Logs{}
	exit := make(chan int, 1)
	go func() { exit <- runBot(ctx, nil, strings.NewReader(""), io.Discard, logs) }()
	base := "http://" + addr

	// waitReply waits for the n-th reply to chat.
	waitReply := func(chat int64, n int) string {
		t.Helper()
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if r := f.repliesTo(chat); len(r) >= n {
				return r[n-1]
			}
		}
		t.Fatalf("chat %d: no reply %d; log:\n%s", chat, n, logs.String())
		return ""
	}
	waitReady := func(want int) string {
		t.Helper()
		var code int
		var body string
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if code, body = httpGet(t, base+"/readyz"); code == want {
				return body
			}
		}
		t.Fatalf("/readyz never %d: %d %s", want, code, body)
		return ""
	}
	prefix := func(format string) string { return strings.SplitN(format, "%s", 2)[0] }

	waitReady(200)
	f.push(1, "/lang vi")
	if r := waitReply(1, 1); !strings.Contains(r, prefix(bot.Messages(lang.Vietnamese).LangChosen)) {
		t.Fatalf("/lang vi with the database up: %q", r)
	}

	// Questions from 30 chats, one every 30 ms, across the outage.
	var wg sync.WaitGroup
	const asked = 30
	wg.Go(func() {
		for i := range asked {
			f.push(int64(100+i), fmt.Sprintf("what is pig butchering (%d)", i))
			time.Sleep(30 * time.Millisecond)
		}
	})
	time.Sleep(150 * time.Millisecond)
	pg.Stop(t)
	stopped := time.Now()

	f.push(3, "/lang th")
	if r := waitReply(3, 1); !strings.Contains(r, prefix(telegram.Locales.Get(lang.Thai).LangNotSaved)) {
		t.Errorf("/lang th with the database down: %q", r)
	}
	if body := waitReady(503); !strings.Contains(body, "database: failing") {
		t.Errorf("/readyz with the database down:\n%s", body)
	}
	f.push(4, "/check We hire in Sihanoukville, 3000 USD a month, we keep your passport, free flight")
	if r := waitReply(4, 1); !strings.Contains(r, "Sihanoukville") {
		t.Errorf("offer not checked with the database down: %q", r)
	}
	time.Sleep(max(0, 600*time.Millisecond-time.Since(stopped)))
	pg.Start(t)
	waitReady(200)
	wg.Wait()
	for i := range asked {
		if r := waitReply(int64(100+i), 1); !strings.Contains(strings.ToLower(r), "pig butchering") {
			t.Errorf("question %d: %q", i, r)
		}
	}

	f.push(3, "/lang th")
	if r := waitReply(3, 2); !strings.Contains(r, prefix(bot.Messages(lang.Thai).LangChosen)) {
		t.Errorf("/lang th once the database is back: %q", r)
	}
	conn, err := pgx.Connect(context.Background(), pg.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	for user, want := range map[int64]string{1: "vi", 3: "th"} {
		var got string
		if err := conn.QueryRow(context.Background(), `SELECT lang FROM user_prefs WHERE platform = 'telegram' AND user_id = $1`, user).Scan(&got); err != nil || got != want {
			t.Errorf("user %d: stored %q (%v), want %q", user, got, err, want)
		}
	}
	_, metrics := httpGet(t, base+"/metrics")
	var dbErrors float64
	for _, line := range strings.Split(metrics, "\n") {
		if strings.HasPrefix(line, "scambot_database_errors_total{") {
			var v float64
			fmt.Sscan(line[strings.LastIndexByte(line, ' ')+1:], &v)
			dbErrors += v
		}
	}
	if dbErrors == 0 {
		t.Error("scambot_database_errors_total did not count the outage")
	}

	cancel()
	if c := <-exit; c != 0 {
		t.Errorf("exit %d", c)
	}
	for _, bad := range []string{"panic", "pig butchering"} {
		if strings.Contains(logs.String(), bad) {
			t.Errorf("log contains %q:\n%s", bad, logs.String())
		}
	}
	if !strings.Contains(logs.String(), "settings database unavailable") || !strings.Contains(logs.String(), "settings database reachable again") {
		t.Errorf("log does not say the database went and came back:\n%s", logs.String())
	}
}
