// Package telegram runs scambot on Telegram: it receives updates by long
// polling or webhook, turns messages, buttons and inline queries into calls
// on the platform-free core (package bot), and sends the replies as HTML
// under Telegram's rate limits.
//
// Updates of one chat are handled one after another so replies stay in
// order; different chats are handled concurrently by a bounded number of
// workers. Every send goes through a queue that keeps under Telegram's
// limits, honours 429 retry_after and retries server and network errors
// with backoff. Nothing a user writes is logged or stored: logs carry the
// update kind, command, latency and outcome only.
package telegram

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tele "gopkg.in/telebot.v3"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/metrics"
	"github.com/scambot/scambot/startup"
)

// memoTTL is how long a pending /check prompt, and the text behind an
// "offer or question?" button, are kept waiting for the user; /privacy
// (bot/locales) tells users this time.
const memoTTL = 10 * time.Minute

// DefaultAPIURL is the official Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// Rate is a send limit: one message per Every, with bursts of up to Burst.
// A zero Every means no limit.
type Rate struct {
	Every time.Duration
	Burst int
}

// Config configures the adapter. Only Token is required.
type Config struct {
	Token string
	// APIURL is the Bot API server; the bot calls {APIURL}/bot{token}/{method}.
	APIURL string
	// WebhookURL, when set, switches from long polling to a webhook: the
	// bot calls setWebhook with it and serves updates on ListenAddr.
	WebhookURL string
	// ListenAddr is where the webhook server listens (default ":8443").
	ListenAddr string
	// WebhookSecret is the secret token Telegram sends in the
	// X-Telegram-Bot-Api-Secret-Token header. Empty: a random one per run.
	WebhookSecret string
	// DataDir is where runtime data lives. The adapter itself keeps
	// nothing on disk; the Prefs store given to New may.
	DataDir string
	Logger  *slog.Logger
	// HTTPClient calls the Bot API (default: a client with timeouts).
	HTTPClient *http.Client

	// PollTimeout is the long-poll timeout of getUpdates (default 25s).
	PollTimeout time.Duration
	// Workers bounds the chats handled at once (default 64).
	Workers int
	// Send limits (defaults: 30/s overall, 1/s per private chat with
	// bursts of 3, 20/min per group).
	GlobalRate, ChatRate, GroupRate Rate
	// FloodLimit messages per FloodWindow per user are handled; more get
	// one polite notice and are then ignored until the window passes
	// (defaults 20 per minute).
	FloodLimit  int
	FloodWindow time.Duration
	// MaxRetries bounds resends of one API call after 429, 5xx and
	// network errors (default 5); RetryBackoff is the first backoff
	// after a 5xx or network error, doubled each time (default 1s).
	MaxRetries   int
	RetryBackoff time.Duration
	// Startup is how long to keep trying to reach the Bot API at start
	// (default startup.Default: transient errors retried with backoff for
	// two minutes; a refused token or a wrong address ends Run at once).
	Startup startup.Policy
	// ShutdownTimeout bounds how long Run waits for replies in flight
	// after its context is cancelled (default 8s, under the 10s a
	// service manager usually allows).
	ShutdownTimeout time.Duration
	// Metrics counts updates, retries, 429s and the send queue; nil
	// counts nothing.
	Metrics *metrics.Metrics
	// Claims, when set, is asked before a webhook update is handled, so
	// that replicas sharing one database handle each update once. Nil:
	// this process's own memory of recent ids only.
	Claims UpdateClaimer
	// Shared, when set, keeps what a later update needs (the text behind
	// an "offer or question?" button, a pending /check) where every
	// replica can take it, encrypted with a key derived from the token,
	// for at most 10 minutes. Nil: this process's memory.
	Shared SharedMemo
	// Budget, when set, is the overall send rate shared with the other
	// replicas (store.Budget), taken after this process's own limits.
	// Nil: GlobalRate is this process's alone.
	Budget SendBudget
}

// SendBudget is a send rate shared across processes.
type SendBudget interface {
	// Take counts one send; it returns 0 to go, or how long to wait
	// before asking again.
	Take(ctx context.Context) (time.Duration, error)
}

// UpdateClaimer records which updates have been taken (store.Claims).
type UpdateClaimer interface {
	// Claim takes update id: take when it is new (or its earlier taker
	// died), later when another replica is handling it now, neither when
	// it was handled.
	Claim(ctx context.Context, id int64) (take, later bool, err error)
	// Done marks update id handled.
	Done(ctx context.Context, id int64) error
}

func (c *Config) setDefaults() {
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	if c.ListenAddr == "" {
		c.ListenAddr = ":8443"
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.PollTimeout <= 0 {
		c.PollTimeout = 25 * time.Second
	}
	if c.Workers <= 0 {
		c.Workers = 64
	}
	if c.GlobalRate == (Rate{}) {
		c.GlobalRate = Rate{Every: time.Second / 30, Burst: 30}
	}
	if c.ChatRate == (Rate{}) {
		c.ChatRate = Rate{Every: time.Second, Burst: 3}
	}
	if c.GroupRate == (Rate{}) {
		c.GroupRate = Rate{Every: 3 * time.Second, Burst: 3}
	}
	if c.FloodLimit <= 0 {
		c.FloodLimit = 20
	}
	if c.FloodWindow <= 0 {
		c.FloodWindow = time.Minute
	}
	if c.MaxRetries <= 0 {
		c.MaxRetries = 5
	}
	if c.RetryBackoff <= 0 {
		c.RetryBackoff = time.Second
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 8 * time.Second
	}
	if c.Startup == (startup.Policy{}) {
		c.Startup = startup.Default
	}
}

// Unlimited is a Rate with no limit, for load tests against a local server.
var Unlimited = Rate{Every: 0, Burst: 1}

// Prefs stores each user's language choice. Lang returns "" when the user
// has not chosen one.
type Prefs interface {
	Lang(ctx context.Context, userID int64) (string, error)
	SetLang(ctx context.Context, userID int64, lang string) error
}

// MemPrefs is an in-memory Prefs, for tests and for running without a
// data directory. The zero value is ready to use.
type MemPrefs struct {
	mu sync.Mutex
	m  map[int64]string
}

// Lang implements Prefs.
func (p *MemPrefs) Lang(_ context.Context, userID int64) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m[userID], nil
}

// SetLang implements Prefs.
func (p *MemPrefs) SetLang(_ context.Context, userID int64, l string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[int64]string{}
	}
	p.m[userID] = l
	return nil
}

// Bot is a Telegram front end for a bot.Bot.
type Bot struct {
	cfg   Config
	core  *bot.Bot
	prefs Prefs
	log   *slog.Logger
	tb    *tele.Bot

	me        tele.User
	cmds      []command
	pollCtx   context.Context // cancelled to abort an in-flight getUpdates
	stopPol   context.CancelFunc
	transport *pollTransport

	limits  *limiter
	flood   *floodGuard
	pending *memos // chat:user → what the next message is for (check/ask)
	unsure  *memos // token → text waiting for "offer or question?"

	// retryUnit is what one second of retry_after lasts; tests shorten it.
	retryUnit time.Duration
	// listening is closed once the webhook server listens on addr.
	listening chan struct{}
	addr      net.Addr
	// connected is true while updates flow: the webhook is set, or the
	// last getUpdates succeeded (readiness).
	connected atomic.Bool
}

// Connected reports whether the bot is taking updates: the webhook is
// registered, or the last long poll succeeded.
func (b *Bot) Connected() bool { return b.connected.Load() }

// New returns a Telegram bot over core. It makes no network call; Run
// does. prefs may be nil (choices are then kept in memory).
func New(cfg Config, core *bot.Bot, prefs Prefs) (*Bot, error) {
	if cfg.Token == "" {
		return nil, errors.New("telegram: no token")
	}
	if core == nil {
		return nil, errors.New("telegram: no core bot")
	}
	cfg.setDefaults()
	if _, err := url.Parse(cfg.APIURL); err != nil {
		return nil, fmt.Errorf("telegram: API URL: %w", err)
	}
	if cfg.WebhookURL != "" {
		u, err := url.Parse(cfg.WebhookURL)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return nil, fmt.Errorf("telegram: webhook URL %q is not an absolute URL", cfg.WebhookURL)
		}
		// Telegram delivers webhooks over HTTPS only: an http:// URL would
		// be refused by setWebhook after start-up, so say so now.
		if u.Scheme != "https" {
			return nil, fmt.Errorf("telegram: webhook URL %q: Telegram sends updates only to https:// URLs (a TLS proxy in front of TELEGRAM_LISTEN_ADDR)", cfg.WebhookURL)
		}
		if cfg.WebhookSecret == "" {
			var buf [24]byte
			if _, err := rand.Read(buf[:]); err != nil {
				return nil, fmt.Errorf("telegram: webhook secret: %w", err)
			}
			cfg.WebhookSecret = hex.EncodeToString(buf[:])
		}
		if !validSecret(cfg.WebhookSecret) {
			return nil, errors.New("telegram: webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
		}
	}
	if prefs == nil {
		prefs = &MemPrefs{}
	}
	b := &Bot{
		cfg:       cfg,
		core:      core,
		prefs:     prefs,
		log:       cfg.Logger.With("platform", "telegram"),
		retryUnit: time.Second,
		listening: make(chan struct{}),
		flood:     newFloodGuard(cfg.FloodLimit, cfg.FloodWindow),
	}
	var err error
	if b.pending, err = newMemos("pending", newMemo(10000, memoTTL), cfg.Shared, cfg.Token, b.log); err != nil {
		return nil, err
	}
	// Texts of up to 4,096 characters.
	if b.unsure, err = newMemos("unsure", newMemo(2000, memoTTL), cfg.Shared, cfg.Token, b.log); err != nil {
		return nil, err
	}
	b.limits = newLimiter(cfg.GlobalRate, cfg.ChatRate, cfg.GroupRate)
	b.pollCtx, b.stopPol = context.WithCancel(context.Background())
	client := cfg.HTTPClient
	if client == nil {
		// Keep a connection per worker alive: the default two idle
		// connections per host would mean a new TLS handshake for most
		// sends once several chats are busy.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConns = cfg.Workers + 8
		t.MaxIdleConnsPerHost = cfg.Workers + 8
		client = &http.Client{Transport: t, Timeout: cfg.PollTimeout + 20*time.Second}
	}
	// Wrap the transport so that cancelling pollCtx aborts a long poll at
	// once: telebot's Raw takes no context.
	base := client.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	wrapped := *client
	b.transport = &pollTransport{base: base, stop: b.pollCtx}
	wrapped.Transport = b.transport
	tb, err := tele.NewBot(tele.Settings{
		Token:   cfg.Token,
		URL:     cfg.APIURL,
		Offline: true, // getMe happens in Run, with retries
		Client:  &wrapped,
		OnError: func(err error, _ tele.Context) {
			b.log.Warn("telebot error", "err", b.redact(err.Error()))
		},
	})
	if err != nil {
		return nil, fmt.Errorf("telegram: %s", b.redact(err.Error()))
	}
	b.tb = tb
	b.cmds = commands()
	return b, nil
}

func validSecret(s string) bool {
	if len(s) == 0 || len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// redact removes the token from s: telebot's network errors carry the
// request URL, which contains it.
func (b *Bot) redact(s string) string {
	if b.cfg.Token == "" {
		return s
	}
	s = strings.ReplaceAll(s, b.cfg.Token, "<token>")
	return strings.ReplaceAll(s, url.PathEscape(b.cfg.Token), "<token>")
}

// pollTransport attaches stop to getUpdates requests, so that Run can
// abort a long poll on shutdown without cancelling sends in flight.
type pollTransport struct {
	base http.RoundTripper
	stop context.Context
	// confirming lets the last getUpdates, which only confirms the
	// updates handled, through after stop.
	confirming atomic.Bool
}

func (t *pollTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !strings.HasSuffix(req.URL.Path, "/getUpdates") || t.confirming.Load() {
		return t.base.RoundTrip(req)
	}
	ctx, cancel := context.WithCancel(t.stop)
	// telebot cancels the request context once it has read the body;
	// that releases ours too.
	context.AfterFunc(req.Context(), cancel)
	return t.base.RoundTrip(req.WithContext(ctx))
}

// Run connects to Telegram and handles updates until ctx is cancelled.
// Then it stops taking updates, finishes the replies in flight (at most
// Config.ShutdownTimeout) and returns nil. It returns an error when it
// cannot start (bad token, unreachable API, webhook address in use).
// Run may be called once.
func (b *Bot) Run(ctx context.Context) error {
	defer b.stopPol()
	defer b.connected.Store(false)
	if err := b.start(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while still starting (retrying getMe): a clean stop
		}
		return err
	}
	// Handlers get their own context: cancelling ctx stops intake, and
	// work is cut only when the shutdown timeout passes.
	workCtx, cancelWork := context.WithCancel(context.Background())
	defer cancelWork()
	d := newDispatcher(b.cfg.Workers, func(u tele.Update) {
		b.handle(workCtx, u)
		if b.cfg.Claims != nil && b.cfg.WebhookURL != "" && u.ID != 0 {
			if err := b.cfg.Claims.Done(workCtx, int64(u.ID)); err != nil {
				b.log.Debug("marking update handled", "err", err)
			}
		}
	})

	var intakeErr error
	offset := 0
	if b.cfg.WebhookURL != "" {
		intakeErr = b.serveWebhook(ctx, d)
	} else {
		offset = b.poll(ctx, d)
	}
	b.stopPol()

	done := make(chan struct{})
	go func() { d.wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownTimeout):
		b.log.Warn("shutdown timeout: abandoning replies in flight", "pending", d.pending())
		cancelWork()
		select {
		case <-done:
		case <-time.After(time.Second):
		}
	}
	if offset > 0 {
		// Confirm the last batch, or Telegram would send it again on the
		// next start and users would get the same replies twice.
		b.transport.confirming.Store(true)
		if err := b.rawInto("getUpdates", map[string]any{"offset": offset, "limit": 1, "timeout": 0}, nil); err != nil {
			b.log.Warn("confirming the last updates failed", "err", err)
		}
	}
	b.log.Info("stopped")
	return intakeErr
}

// start calls getMe, sets the command lists and the webhook (or removes
// it for long polling).
func (b *Bot) start(ctx context.Context) error {
	what := "the Telegram Bot API at " + b.cfg.APIURL + " (TELEGRAM_API_URL)"
	err := startup.Connect(ctx, b.log, b.cfg.Startup, what, func(context.Context) error {
		var me tele.User
		if err := b.rawInto("getMe", map[string]any{}, &me); err != nil {
			return b.classify(err)
		}
		if !me.IsBot {
			return startup.Classify(startup.Auth, "TELEGRAM_TOKEN must be a bot token from @BotFather",
				errors.New("getMe: the token does not belong to a bot"))
		}
		b.me = me
		return nil
	})
	if err != nil {
		return fmt.Errorf("telegram: %w", err)
	}
	if err := b.setCommands(ctx); err != nil {
		// The bot works without command hints; say so and go on.
		b.log.Warn("setMyCommands failed", "err", err)
	}
	if b.cfg.WebhookURL != "" {
		return nil // setWebhook once the server listens
	}
	if err := b.call(ctx, "deleteWebhook", map[string]any{"drop_pending_updates": false}); err != nil {
		return fmt.Errorf("telegram: deleteWebhook: %w", err)
	}
	b.log.Info("started", "mode", "polling", "bot", b.me.Username)
	return nil
}

// classify says whether waiting can fix a failed Bot API call: a refused
// token (401, or 404, which the Bot API answers for a token it does not
// know) and other 4xx answers cannot; network failures, 429 and 5xx may.
func (b *Bot) classify(err error) error {
	var ae *apiError
	if !errors.As(err, &ae) {
		return err
	}
	switch {
	case ae.Code == http.StatusUnauthorized:
		return startup.Classify(startup.Auth, "the Bot API refused TELEGRAM_TOKEN: check it with @BotFather", err)
	case ae.Code == http.StatusNotFound:
		return startup.Classify(startup.Auth, "the Bot API at "+b.cfg.APIURL+" does not know TELEGRAM_TOKEN: check the token and TELEGRAM_API_URL", err)
	case ae.transient() && ae.cause != nil && startup.KindOf(ae.cause) == startup.Config:
		return startup.Classify(startup.Config, "check TELEGRAM_API_URL", err)
	case !ae.transient():
		return startup.Classify(startup.Config, "check TELEGRAM_API_URL", err)
	}
	return err
}

// allowedUpdates are the update kinds the bot handles.
var allowedUpdates = []string{"message", "callback_query", "inline_query"}

// poll runs getUpdates until ctx is cancelled, backing off on errors. It
// returns the offset that confirms every update taken in.
func (b *Bot) poll(ctx context.Context, d *dispatcher) int {
	stop := context.AfterFunc(ctx, b.stopPol)
	defer stop()
	offset := 0
	failures := 0
	for ctx.Err() == nil {
		// Backpressure: while the bot is behind, leave updates with
		// Telegram, which keeps them for a day, rather than in memory.
		for d.pending() >= maxBacklog {
			if !sleep(ctx, 10*time.Millisecond) {
				return offset
			}
		}
		var updates []tele.Update
		err := b.rawInto("getUpdates", map[string]any{
			"offset":          offset,
			"timeout":         int(b.cfg.PollTimeout / time.Second),
			"allowed_updates": allowedUpdates,
		}, &updates)
		if ctx.Err() != nil {
			// Updates fetched by a poll cut short are not confirmed, so
			// Telegram sends them again on the next start.
			return offset
		}
		b.connected.Store(err == nil)
		if err != nil {
			failures++
			wait := backoff(b.cfg.RetryBackoff, failures)
			if ae, ok := err.(*apiError); ok && ae.RetryAfter > 0 {
				wait = time.Duration(ae.RetryAfter) * b.retryUnit
			}
			b.log.Warn("getUpdates failed", "err", err, "retry_in", wait)
			if !sleep(ctx, wait) {
				return offset
			}
			continue
		}
		failures = 0
		for _, u := range updates {
			if u.ID >= offset {
				offset = u.ID + 1
			}
			d.push(updateKey(u), u)
		}
	}
	return offset
}

// serveWebhook listens on ListenAddr, calls setWebhook, and serves
// updates until ctx is cancelled.
func (b *Bot) serveWebhook(ctx context.Context, d *dispatcher) error {
	ln, err := net.Listen("tcp", b.cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("telegram: webhook listen: %w", err)
	}
	b.addr = ln.Addr()
	// Any path: a proxy in front may rewrite it, and the secret token,
	// not the path, is what authenticates Telegram.
	srv := &http.Server{Handler: b.webhookHandler(d), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	close(b.listening)

	err = b.call(ctx, "setWebhook", map[string]any{
		"url":             b.cfg.WebhookURL,
		"secret_token":    b.cfg.WebhookSecret,
		"allowed_updates": allowedUpdates,
		"max_connections": 40,
	})
	if err != nil {
		srv.Close()
		return fmt.Errorf("telegram: setWebhook: %w", err)
	}
	b.connected.Store(true)
	b.log.Info("started", "mode", "webhook", "bot", b.me.Username, "listen", b.addr.String())

	select {
	case <-ctx.Done():
	case err := <-errc:
		return fmt.Errorf("telegram: webhook server: %w", err)
	}
	shCtx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	srv.Shutdown(shCtx)
	return nil
}

// ConfigFromEnv reads the adapter's settings from the environment
// (getenv is os.Getenv in production): TELEGRAM_TOKEN, TELEGRAM_API_URL,
// TELEGRAM_WEBHOOK_URL, TELEGRAM_LISTEN_ADDR, TELEGRAM_WEBHOOK_SECRET and
// SCAMBOT_DATA_DIR. Unset values get New's defaults.
func ConfigFromEnv(getenv func(string) string) Config {
	dataDir := getenv("SCAMBOT_DATA_DIR")
	if dataDir == "" {
		dataDir = "data"
	}
	return Config{
		Token:         strings.TrimSpace(getenv("TELEGRAM_TOKEN")),
		APIURL:        getenv("TELEGRAM_API_URL"),
		WebhookURL:    getenv("TELEGRAM_WEBHOOK_URL"),
		ListenAddr:    getenv("TELEGRAM_LISTEN_ADDR"),
		WebhookSecret: getenv("TELEGRAM_WEBHOOK_SECRET"),
		DataDir:       dataDir,
	}
}
