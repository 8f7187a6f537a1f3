package discord

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/store"
)

func TestShardConfig(t *testing.T) {
	for _, c := range []struct {
		id, count string
		wantID    int
		wantCount int
		ok        bool
	}{
		{"", "", 0, 0, true},
		{"0", "1", 0, 1, true},
		{"2", "4", 2, 4, true},
		{"4", "4", 0, 0, false},
		{"-1", "4", 0, 0, false},
		{"1", "", 0, 0, false},
		{"", "2", 0, 0, false},
		{"one", "2", 0, 0, false},
		{"0", "0", 0, 0, false},
	} {
		env := map[string]string{"DISCORD_TOKEN": "t", "DISCORD_SHARD_ID": c.id, "DISCORD_SHARD_COUNT": c.count}
		cfg := ConfigFromEnv(func(k string) string { return env[k] })
		st, err := store.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		_, err = New(cfg, core(t), st)
		st.Close()
		if (err == nil) != c.ok {
			t.Errorf("shard %q of %q: err = %v, want ok=%v", c.id, c.count, err, c.ok)
			continue
		}
		if c.ok && (cfg.ShardID != c.wantID || cfg.ShardCount != c.wantCount) {
			t.Errorf("shard %q of %q: got %d of %d", c.id, c.count, cfg.ShardID, cfg.ShardCount)
		}
	}
}

// TestShardOneDoesNotRegister: only shard 0 overwrites the commands, so
// several shards starting together do not race on them.
func TestShardOneDoesNotRegister(t *testing.T) {
	f := newFake(t)
	st, err := store.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	logs := &bottest.Logs{}
	b, err := New(Config{Token: testToken, APIURL: f.srv.URL, ShardID: 1, ShardCount: 2,
		Logger: slog.New(slog.NewTextHandler(logs, nil))}, core(t), st)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), "connected"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("never connected:\n%s", logs.String())
		}
	}
	for deadline := time.Now().Add(5 * time.Second); !b.Connected(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Error("Connected() still false after READY")
			break
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, q := range f.reqs {
		if q.Method == "PUT" && strings.HasSuffix(q.Path, "/commands") {
			t.Errorf("shard 1 registered the commands: %s %s", q.Method, q.Path)
		}
	}
}
