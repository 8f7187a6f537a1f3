package health

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestReady(t *testing.T) {
	var idx Flag
	connected := false
	c := New(nil)
	c.timeout = 200 * time.Millisecond
	c.Add("index", idx.Check)
	c.Add("database", func(context.Context) error {
		return errors.New("dial tcp db.internal:5432: connection refused (user=scambot)")
	})
	c.Add("telegram", Func(func() bool { return connected }, "not connected"))
	c.Add("slow", func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() })

	for _, tc := range []struct {
		name   string
		setup  func()
		code   int
		lines  []string
		absent []string
	}{
		{"all failing", func() {}, 503,
			[]string{"index: failing", "database: failing", "telegram: failing", "slow: failing"},
			[]string{"db.internal", "scambot", "refused"}},
		{"index and platform up, database down", func() { idx.Set(true, ""); connected = true }, 503,
			[]string{"index: ok", "database: failing", "telegram: ok"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.setup()
			start := time.Now()
			rec := httptest.NewRecorder()
			c.Ready().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
			if rec.Code != tc.code {
				t.Errorf("status %d, want %d", rec.Code, tc.code)
			}
			body := rec.Body.String()
			for _, l := range tc.lines {
				if !strings.Contains(body, l+"\n") {
					t.Errorf("missing %q in\n%s", l, body)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(body, a) {
					t.Errorf("body shows %q (error details belong in the log):\n%s", a, body)
				}
			}
			if d := time.Since(start); d > c.timeout+time.Second {
				t.Errorf("took %v: a hung check must time out", d)
			}
		})
	}
}

func TestReadyWhenAllPass(t *testing.T) {
	c := New(nil)
	c.Add("index", func(context.Context) error { return nil })
	rec := httptest.NewRecorder()
	c.Ready().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 200 || rec.Body.String() != "index: ok\n" {
		t.Errorf("%d %q", rec.Code, rec.Body.String())
	}
	rec = httptest.NewRecorder()
	Live().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != 200 {
		t.Errorf("/healthz %d", rec.Code)
	}
}
