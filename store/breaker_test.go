package store

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// downBackend fails every language read while down is set, and counts
// the calls that reach it.
type downBackend struct {
	backend // nil: the other methods are not called
	down    atomic.Bool
	calls   atomic.Int32
}

func (d *downBackend) name() string { return "fake" }

func (d *downBackend) lang(context.Context, string, int64) (string, bool, error) {
	d.calls.Add(1)
	if d.down.Load() {
		return "", false, errors.New("connection refused")
	}
	return "vi", true, nil
}

func (d *downBackend) ping(context.Context) error {
	if d.down.Load() {
		return errors.New("connection refused")
	}
	return nil
}

func TestBreaker(t *testing.T) {
	old := cooldown
	cooldown = 50 * time.Millisecond
	defer func() { cooldown = old }()
	ctx := context.Background()
	b := &downBackend{}
	s := &Store{b: b}
	p := s.Prefs("telegram")

	b.down.Store(true)
	if _, err := p.Lang(ctx, 1); err == nil {
		t.Fatal("no error from a down database")
	}
	// Within the cooldown: refused at once, the database is not asked.
	for range 100 {
		if _, err := p.Lang(ctx, 1); !errors.Is(err, ErrUnavailable) {
			t.Fatalf("during the cooldown: %v, want ErrUnavailable", err)
		}
	}
	if n := b.calls.Load(); n != 1 {
		t.Errorf("%d calls reached the down database, want 1", n)
	}
	// Ping goes through even now (readiness), and fails.
	if err := s.Ping(ctx); err == nil {
		t.Error("Ping succeeded on a down database")
	}
	// Back up: after the cooldown, a call probes it and everything flows.
	b.down.Store(false)
	time.Sleep(2 * cooldown)
	for i := range 3 {
		if l, err := p.Lang(ctx, 1); err != nil || l != "vi" {
			t.Fatalf("call %d after recovery: %q, %v", i, l, err)
		}
	}
	// A successful Ping also closes the breaker at once.
	b.down.Store(true)
	p.Lang(ctx, 1) //nolint:errcheck // trips the breaker
	b.down.Store(false)
	if err := s.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Lang(ctx, 1); err != nil {
		t.Errorf("after a good ping: %v", err)
	}
}
