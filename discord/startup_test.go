package discord

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/scambot/scambot/startup"
	"github.com/scambot/scambot/store"
)

// Start-up follows the same policy as Telegram (package startup): errors
// name the address actually called (DISCORD_API_URL), an unreachable API
// is given up after the policy's time, a refused token at once.
func TestStartupPolicy(t *testing.T) {
	fast := startup.Policy{First: 5 * time.Millisecond, Max: 10 * time.Millisecond, GiveUp: 100 * time.Millisecond}
	f := newFake(t)
	f.mu.Lock()
	f.status["GET "+api+"gateway"] = http.StatusUnauthorized
	f.status["GET "+api+"gateway/bot"] = http.StatusUnauthorized
	f.mu.Unlock()
	tests := []struct {
		name, url string
		wantErr   []string
		unwanted  string
	}{
		{"unreachable", "http://127.0.0.1:1",
			[]string{"giving up on the Discord API at http://127.0.0.1:1 (DISCORD_API_URL) after", "http://127.0.0.1:1/api/"}, "discord.com"},
		{"refused token", f.srv.URL, []string{"authentication error", "DISCORD_TOKEN"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(context.Background(), ":memory:")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			var logs bytes.Buffer
			b, err := New(Config{Token: testToken, APIURL: tt.url, Startup: fast,
				Logger: slog.New(slog.NewTextHandler(&logs, nil))}, core(t), st)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err = b.Run(ctx)
			if err == nil {
				t.Fatal("Run succeeded")
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if tt.unwanted != "" && strings.Contains(err.Error(), tt.unwanted) {
				t.Errorf("error %q names %s, which was never called", err, tt.unwanted)
			}
			if !strings.Contains(logs.String(), "level=INFO msg=\"connecting to the Discord API at "+tt.url) {
				t.Errorf("no start-up line at info level:\n%s", logs.String())
			}
			if strings.Contains(err.Error()+logs.String(), testToken) {
				t.Error("the token leaked")
			}
		})
	}
}
