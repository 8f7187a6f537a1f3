package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	tele "gopkg.in/telebot.v3"
)

// apiError is a failed Bot API call, with the token removed from
// anything that came from the transport.
type apiError struct {
	Method     string
	Code       int    // Telegram's error_code; 0 for network errors
	Desc       string // description or the network error
	RetryAfter int    // seconds, for 429
	// cause is the network error, for classifying it (its text, which
	// can carry the token in a URL, is never shown: Desc is redacted).
	cause error
}

func (e *apiError) Error() string {
	if e.Code == 0 {
		return fmt.Sprintf("%s: %s", e.Method, e.Desc)
	}
	return fmt.Sprintf("%s: %d %s", e.Method, e.Code, e.Desc)
}

// transient reports errors worth retrying: flood control, server errors
// and network failures. 4xx errors (blocked by the user, bad request)
// would fail again.
func (e *apiError) transient() bool {
	return e.Code == 0 || e.Code == http.StatusTooManyRequests || e.Code >= 500
}

// rawInto makes one Bot API call through telebot and decodes the result
// into out (when not nil). It classifies the response itself rather than
// trusting telebot's error alone: telebot reports a non-JSON body (a
// proxy's 502 page) as success.
func (b *Bot) rawInto(method string, params any, out any) error {
	data, err := b.tb.Raw(method, params)
	var resp struct {
		OK          bool            `json:"ok"`
		Result      json.RawMessage `json:"result"`
		Code        int             `json:"error_code"`
		Description string          `json:"description"`
		Parameters  struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	if len(data) == 0 || json.Unmarshal(data, &resp) != nil {
		desc := "invalid response"
		if err != nil {
			desc = b.redact(err.Error())
		}
		// A flood error telebot recognised but we could not parse.
		var fe tele.FloodError
		if errors.As(err, &fe) {
			return &apiError{Method: method, Code: http.StatusTooManyRequests, Desc: desc, RetryAfter: fe.RetryAfter}
		}
		return &apiError{Method: method, Desc: desc, cause: err}
	}
	if !resp.OK {
		if resp.Code == 0 {
			resp.Code = http.StatusInternalServerError
		}
		return &apiError{Method: method, Code: resp.Code, Desc: resp.Description, RetryAfter: resp.Parameters.RetryAfter}
	}
	if out != nil && len(resp.Result) > 0 {
		if err := json.Unmarshal(resp.Result, out); err != nil {
			return &apiError{Method: method, Code: http.StatusInternalServerError, Desc: "decoding result: " + err.Error()}
		}
	}
	return nil
}

// callInto is rawInto with retries: it waits out 429 retry_after and
// backs off exponentially after 5xx and network errors, at most
// Config.MaxRetries times, and gives up when ctx is done.
func (b *Bot) callInto(ctx context.Context, method string, params any, out any) error {
	for attempt := 0; ; attempt++ {
		err := b.rawInto(method, params, out)
		if err == nil {
			return nil
		}
		var ae *apiError
		isAPI := errors.As(err, &ae)
		if isAPI && ae.Code == http.StatusTooManyRequests {
			b.cfg.Metrics.RateLimited("telegram")
		}
		if !isAPI || !ae.transient() || attempt >= b.cfg.MaxRetries {
			return err
		}
		b.cfg.Metrics.Retry("telegram", retryReason(ae.Code))
		wait := backoff(b.cfg.RetryBackoff, attempt+1)
		if ae.RetryAfter > 0 {
			wait = time.Duration(ae.RetryAfter) * b.retryUnit
		}
		b.log.Debug("retrying API call", "method", method, "code", ae.Code, "attempt", attempt+1, "wait", wait)
		if !sleep(ctx, wait) {
			return err
		}
	}
}

// retryReason is the metrics label of a retried call's failure.
func retryReason(code int) string {
	switch {
	case code == http.StatusTooManyRequests:
		return "rate_limited"
	case code == 0:
		return "network"
	}
	return "server_error"
}

// call is callInto discarding the result.
func (b *Bot) call(ctx context.Context, method string, params any) error {
	return b.callInto(ctx, method, params, nil)
}

// backoff is base·2^(n-1), capped at a minute.
func backoff(base time.Duration, n int) time.Duration {
	d := base
	for i := 1; i < n && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}

// sleep waits d or until ctx is done; false when ctx ended first.
func sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// webhookHandler accepts updates posted by Telegram, after checking the
// secret token, and queues them. It answers at once so Telegram does not
// resend while a reply is being computed.
func (b *Bot) webhookHandler(d *dispatcher) http.Handler {
	secret := []byte(b.cfg.WebhookSecret)
	recent := newRecentIDs(4096)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := []byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token"))
		if subtle.ConstantTimeCompare(got, secret) != 1 {
			b.log.Warn("webhook request with a wrong secret token", "remote", r.RemoteAddr)
			http.Error(w, "forbidden", http.StatusUnauthorized)
			return
		}
		if d.pending() >= maxBacklog {
			// Telegram retries a webhook delivery that failed.
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		var u tele.Update
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&u); err != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		if u.ID != 0 && recent.seen(u.ID) {
			w.WriteHeader(http.StatusOK) // a resend of one already taken
			return
		}
		if u.ID != 0 && b.cfg.Claims != nil {
			take, later, err := b.cfg.Claims.Claim(r.Context(), int64(u.ID))
			switch {
			case err != nil:
				// Without the database, answering twice is better than
				// not at all: handle it.
				b.log.Warn("claiming update", "err", err)
			case later:
				// Another replica is handling it: Telegram sends it
				// again later, and if that replica died meanwhile, the
				// claim lapses and a live one takes it.
				http.Error(w, "being handled", http.StatusServiceUnavailable)
				return
			case !take:
				w.WriteHeader(http.StatusOK) // handled already
				return
			}
		}
		d.push(updateKey(u), u)
		w.WriteHeader(http.StatusOK)
	})
}

// bucket is a token bucket: a send takes a token, tokens come back one
// per every, up to burst.
type bucket struct {
	every  time.Duration
	burst  float64
	tokens float64
	last   time.Time
}

// reserve takes a token and returns how long to wait before using it.
func (k *bucket) reserve(now time.Time) time.Duration {
	if k.every <= 0 {
		return 0
	}
	if k.last.IsZero() {
		k.tokens = k.burst
	} else {
		k.tokens = min(k.burst, k.tokens+float64(now.Sub(k.last))/float64(k.every))
	}
	k.last = now
	k.tokens--
	if k.tokens >= 0 {
		return 0
	}
	return time.Duration(-k.tokens * float64(k.every))
}

// idle reports a bucket that is full again and can be forgotten.
func (k *bucket) idle(now time.Time) bool {
	return k.last.IsZero() || float64(now.Sub(k.last))/float64(k.every)+k.tokens >= k.burst
}

// limiter keeps sends under the overall and per-chat limits.
type limiter struct {
	mu          sync.Mutex
	global      bucket
	chat, group Rate
	chats       map[int64]*bucket
}

func newLimiter(global, chat, group Rate) *limiter {
	return &limiter{
		global: bucket{every: global.Every, burst: float64(max(global.Burst, 1))},
		chat:   chat,
		group:  group,
		chats:  map[int64]*bucket{},
	}
}

// wait blocks until one more message may go to chatID (a group when
// group is set), or ctx is done. With maxWait set, it returns
// errGroupBusy at once instead of waiting longer than that.
func (l *limiter) wait(ctx context.Context, chatID int64, group bool, maxWait time.Duration) error {
	l.mu.Lock()
	now := time.Now()
	k := l.chats[chatID]
	if k == nil {
		r := l.chat
		if group {
			r = l.group
		}
		if len(l.chats) >= 10000 {
			for id, c := range l.chats {
				if c.idle(now) {
					delete(l.chats, id)
				}
			}
		}
		k = &bucket{every: r.Every, burst: float64(max(r.Burst, 1))}
		l.chats[chatID] = k
	}
	wc := k.reserve(now)
	if maxWait > 0 && wc > maxWait {
		k.tokens++ // give the token back: nothing is sent
		l.mu.Unlock()
		return errGroupBusy
	}
	l.mu.Unlock()
	// The chat's turn first, then a slot overall from that moment, so
	// that sends held back for one chat do not bunch up overall.
	if !sleep(ctx, wc) {
		return ctx.Err()
	}
	l.mu.Lock()
	wg := l.global.reserve(time.Now())
	l.mu.Unlock()
	if !sleep(ctx, wg) {
		return ctx.Err()
	}
	return nil
}
