// Package startup is the one policy the platform adapters follow while
// they connect: say what is being tried, retry what may pass (network
// failures, server errors, rate limits) with backoff for a bounded time,
// and give up at once, saying which, on what cannot pass by waiting (a
// refused token, a wrong address or setting). Telegram and Discord both
// connect through Connect, so an operator sees the same behaviour and the
// same kind of message from each.
package startup

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"
)

// Kind says whether waiting can fix a failure.
type Kind int

const (
	Transient Kind = iota // network failure, 5xx, 429: retry
	Auth                  // the token was refused: give up
	Config                // a wrong address or setting: give up
)

func (k Kind) String() string {
	switch k {
	case Auth:
		return "authentication error"
	case Config:
		return "configuration error"
	}
	return "temporary error"
}

// Error is a failure classified by the adapter, with the hint an operator
// needs ("check TELEGRAM_TOKEN").
type Error struct {
	Kind Kind
	Hint string
	Err  error
}

func (e *Error) Error() string {
	if e.Hint == "" {
		return e.Err.Error()
	}
	return e.Err.Error() + " (" + e.Hint + ")"
}

func (e *Error) Unwrap() error { return e.Err }

// Classify wraps err with its kind and hint.
func Classify(kind Kind, hint string, err error) error {
	return &Error{Kind: kind, Hint: hint, Err: err}
}

// KindOf is the kind of err: the one it was classified with, else what
// the network error says (an unknown host or a bad certificate will not
// fix itself), else Transient.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.IsNotFound {
		return Config
	}
	var unknownCA x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	if errors.As(err, &unknownCA) || errors.As(err, &hostname) || errors.As(err, &invalid) {
		return Config
	}
	return Transient
}

// Policy is how long to keep trying.
type Policy struct {
	First  time.Duration // first wait; doubles after each failure
	Max    time.Duration // longest wait
	GiveUp time.Duration // stop retrying once this much time has passed
}

// Default retries for two minutes: long enough for a network blip or a
// restarting proxy, short enough that a supervisor (systemd, Docker)
// sees the failure and an operator is told.
var Default = Policy{First: time.Second, Max: 30 * time.Second, GiveUp: 2 * time.Minute}

// Connect runs try until it succeeds, ctx is done, try fails with an Auth
// or Config error, or the policy's time is up. what names the attempt for
// the log and the error ("Telegram Bot API at https://api.telegram.org");
// it is logged at info level before the first try and at warn level, with
// the wait, before each retry, so the default log level shows why the
// process waits.
func Connect(ctx context.Context, log *slog.Logger, p Policy, what string, try func(context.Context) error) error {
	start := time.Now()
	wait := p.First
	log.Info("connecting to " + what)
	for attempt := 1; ; attempt++ {
		err := try(ctx)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		kind := KindOf(err)
		if kind != Transient {
			return fmt.Errorf("giving up on %s: %s: %w", what, kind, err)
		}
		if time.Since(start)+wait > p.GiveUp {
			return fmt.Errorf("giving up on %s after %d attempts in %s: %w", what, attempt,
				time.Since(start).Round(time.Second), err)
		}
		log.Warn(fmt.Sprintf("cannot reach %s, retrying in %s (attempt %d; giving up after %s)", what, wait, attempt, p.GiveUp),
			"err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, p.Max)
	}
}
