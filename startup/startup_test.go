package startup

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"
)

func TestConnect(t *testing.T) {
	fast := Policy{First: time.Millisecond, Max: 4 * time.Millisecond, GiveUp: 50 * time.Millisecond}
	refused := errors.New("dial tcp 127.0.0.1:1: connect: connection refused")
	tests := []struct {
		name      string
		fail      []error // errors of the first tries; then success
		always    error   // or this error on every try
		wantTries int
		wantErr   []string // substrings of the error; none: success
		wantLog   []string
	}{
		{"first try", nil, nil, 1, nil, []string{"connecting to X"}},
		{"transient then ok", []error{refused, refused}, nil, 3, nil, []string{"cannot reach X, retrying in 1ms (attempt 1", "connection refused"}},
		{"auth gives up at once", nil, Classify(Auth, "check TOKEN", errors.New("401 Unauthorized")), 1,
			[]string{"giving up on X: authentication error: 401 Unauthorized (check TOKEN)"}, nil},
		{"config gives up at once", nil, Classify(Config, "check URL", errors.New("404 Not Found")), 1,
			[]string{"configuration error", "check URL"}, nil},
		{"unknown host is configuration", nil, &net.DNSError{Err: "no such host", Name: "nope.invalid", IsNotFound: true}, 1,
			[]string{"configuration error", "nope.invalid"}, nil},
		{"transient gives up in time", nil, refused, -1, []string{"giving up on X after", "attempts", "connection refused"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			tries := 0
			err := Connect(context.Background(), log, fast, "X", func(context.Context) error {
				tries++
				if tt.always != nil {
					return tt.always
				}
				if tries <= len(tt.fail) {
					return tt.fail[tries-1]
				}
				return nil
			})
			if tt.wantTries > 0 && tries != tt.wantTries {
				t.Errorf("%d tries, want %d", tries, tt.wantTries)
			}
			if tt.wantTries < 0 && tries < 3 {
				t.Errorf("only %d tries before giving up", tries)
			}
			if len(tt.wantErr) == 0 && err != nil {
				t.Fatalf("err = %v", err)
			}
			for _, w := range tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("err = %v, want it to contain %q", err, w)
				}
			}
			for _, w := range tt.wantLog {
				if !strings.Contains(logs.String(), w) {
					t.Errorf("log lacks %q:\n%s", w, logs.String())
				}
			}
		})
	}
}

func TestConnectStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	start := time.Now()
	err := Connect(ctx, slog.New(slog.DiscardHandler), Default, "X", func(context.Context) error {
		return errors.New("connection refused")
	})
	if !errors.Is(err, context.Canceled) || time.Since(start) > time.Second {
		t.Errorf("err = %v after %v", err, time.Since(start))
	}
}
