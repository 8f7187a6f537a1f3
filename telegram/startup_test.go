package telegram

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/startup"
)

// Start-up follows the one policy (package startup): the default log level
// says what is tried and why it waits; an unreachable API is retried, then
// given up with the URL named; a refused token ends Run at once.
func TestStartupPolicy(t *testing.T) {
	fast := startup.Policy{First: 5 * time.Millisecond, Max: 10 * time.Millisecond, GiveUp: 100 * time.Millisecond}
	f := newFakeAPI(t)
	tests := []struct {
		name, url, token string
		wantErr          []string
		wantLog          []string
		maxGetMe         int
	}{
		{"unreachable", "http://127.0.0.1:1", testToken,
			[]string{"giving up on the Telegram Bot API at http://127.0.0.1:1 (TELEGRAM_API_URL) after"},
			[]string{"level=INFO msg=\"connecting to the Telegram Bot API at http://127.0.0.1:1", "level=WARN msg=\"cannot reach the Telegram Bot API", "retrying in"}, 0},
		{"refused token", f.srv.URL, "999:WRONG",
			[]string{"authentication error", "401", "TELEGRAM_TOKEN"}, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := &bottest.Logs{}
			before := len(f.callsOf("getMe"))
			b, err := New(Config{Token: tt.token, APIURL: tt.url, Startup: fast,
				Logger: slog.New(slog.NewTextHandler(logs, nil))}, core, nil) // the default level: info
			if err != nil {
				t.Fatal(err)
			}
			err = b.Run(context.Background())
			if err == nil {
				t.Fatal("Run succeeded")
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			for _, w := range tt.wantLog {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("log lacks %q:\n%s", w, logs.String())
				}
			}
			if n := len(f.callsOf("getMe")) - before; tt.maxGetMe > 0 && n > tt.maxGetMe {
				t.Errorf("getMe called %d times for a refused token", n)
			}
			if strings.Contains(err.Error()+logs.String(), "WRONG") || strings.Contains(err.Error()+logs.String(), "SECRET") {
				t.Error("the token leaked")
			}
		})
	}
}
