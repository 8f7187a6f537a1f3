// Package discord runs scambot on Discord: slash commands and a message
// context-menu command for everyone, and opt-in channel scanning that
// alerts a guild's moderators to likely recruitment lures. It is a thin
// adapter over the platform-free core in package bot, built on discordgo.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/metrics"
	"github.com/scambot/scambot/startup"
	"github.com/scambot/scambot/store"
)

// DefaultAPIURL is Discord's REST base URL.
const DefaultAPIURL = "https://discord.com"

// Config configures the adapter.
type Config struct {
	// Token is the bot token (without the "Bot " prefix). Required.
	Token string
	// APIURL replaces https://discord.com as the REST base URL (a REST
	// proxy, or a fake Discord in tests). The gateway URL still comes
	// from GET /gateway. Default DefaultAPIURL.
	APIURL string
	// Startup is how long to keep trying to connect at start (default
	// startup.Default: transient errors retried with backoff for two
	// minutes; a refused token or intent or a wrong address ends Run at
	// once).
	Startup startup.Policy
	// GuildID, when set, registers the commands in that guild only
	// (instant updates while testing); otherwise they are global.
	GuildID string
	// Scan requests the privileged message content intent, needed only
	// for moderator channel scanning. Without it the commands and the
	// context menu still work and /about says scanning is off.
	Scan bool
	// AlertsPerMinute caps scan alerts per guild; default 6.
	AlertsPerMinute int
	// Logger receives operational logs (never message text or tokens);
	// default slog.Default().
	Logger *slog.Logger
	// Metrics counts interactions, 429s and gateway reconnects; nil
	// counts nothing.
	Metrics *metrics.Metrics
	// ShardID and ShardCount split the bot's guilds across processes
	// (discordgo's gateway sharding; Discord sends each guild's events to
	// shard guild_id >> 22 % ShardCount). ShardCount 0: one process,
	// unsharded. Commands are registered by shard 0 only; guild settings
	// live in the shared store, and a guild's alerts are rate-limited by
	// the one shard that receives its messages.
	ShardID, ShardCount int
	envErr              error // a malformed setting, reported by New
}

// ConfigFromEnv reads DISCORD_TOKEN, DISCORD_API_URL, DISCORD_GUILD_ID and
// DISCORD_SCAN ("1", "true", "yes" or "on" to scan) through getenv.
func ConfigFromEnv(getenv func(string) string) Config {
	scan := strings.ToLower(strings.TrimSpace(getenv("DISCORD_SCAN")))
	c := Config{
		Token:   strings.TrimSpace(getenv("DISCORD_TOKEN")),
		APIURL:  strings.TrimSpace(getenv("DISCORD_API_URL")),
		GuildID: strings.TrimSpace(getenv("DISCORD_GUILD_ID")),
	}
	switch scan {
	case "1", "true", "yes", "on":
		c.Scan = true
	case "", "0", "false", "no", "off":
	default:
		// A typo must not silently leave moderators without the scanning
		// they asked for.
		c.envErr = fmt.Errorf("discord: DISCORD_SCAN=%q: want 1 (scan channels) or 0", getenv("DISCORD_SCAN"))
	}
	id, count := strings.TrimSpace(getenv("DISCORD_SHARD_ID")), strings.TrimSpace(getenv("DISCORD_SHARD_COUNT"))
	if id != "" || count != "" {
		var err1, err2 error
		c.ShardID, err1 = strconv.Atoi(id)
		c.ShardCount, err2 = strconv.Atoi(count)
		if err1 != nil || err2 != nil || c.ShardCount < 1 {
			c.envErr = fmt.Errorf("discord: DISCORD_SHARD_ID=%q and DISCORD_SHARD_COUNT=%q: set both, a count of at least 1 and an id from 0 to count-1", id, count)
		}
	}
	return c
}

// Bot is a Discord connection serving one core.
type Bot struct {
	cfg   Config
	core  *bot.Bot
	store *store.Store
	log   *slog.Logger
	s     *discordgo.Session

	alerts *limiter

	mu       sync.Mutex
	guilds   map[string]store.Guild // settings cache, written through
	locales  map[string]string      // guild id → the server's preferred locale, from the gateway
	selfID   string
	appID    string
	inflight sync.WaitGroup
	closing  bool

	// connected is true between the gateway's Ready (or Resumed) and
	// the next disconnect (readiness).
	connected atomic.Bool
}

// Connected reports whether the gateway session is up.
func (b *Bot) Connected() bool { return b.connected.Load() }

// New prepares a Bot; Run connects it. st holds the guild scan settings.
func New(cfg Config, core *bot.Bot, st *store.Store) (*Bot, error) {
	if cfg.envErr != nil {
		return nil, cfg.envErr
	}
	if cfg.Token == "" {
		return nil, errors.New("discord: no token")
	}
	if core == nil || st == nil {
		return nil, errors.New("discord: core and store are required")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	base, err := url.Parse(strings.TrimRight(cfg.APIURL, "/"))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("discord: invalid API URL %q", cfg.APIURL)
	}
	if cfg.Startup == (startup.Policy{}) {
		cfg.Startup = startup.Default
	}
	if cfg.ShardCount < 0 || (cfg.ShardCount > 0 && (cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount)) {
		return nil, fmt.Errorf("discord: shard %d of %d: the id must be from 0 to count-1", cfg.ShardID, cfg.ShardCount)
	}
	if cfg.AlertsPerMinute <= 0 {
		cfg.AlertsPerMinute = 6
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	s.ShouldRetryOnRateLimit = true // discordgo's default; 429s wait and retry
	s.ShouldReconnectOnError = true
	s.StateEnabled = false // nothing here needs cached guild state
	s.LogLevel = discordgo.LogError
	s.Client = &http.Client{Timeout: 15 * time.Second, Transport: rewrite(base, http.DefaultTransport)}
	s.Identify.Intents = intents(cfg.Scan)
	if cfg.ShardCount > 0 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}

	b := &Bot{
		cfg:     cfg,
		core:    core,
		store:   st,
		log:     cfg.Logger.With("platform", "discord"),
		s:       s,
		alerts:  newLimiter(cfg.AlertsPerMinute, time.Minute),
		guilds:  map[string]store.Guild{},
		locales: map[string]string{},
	}
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) { b.setLocale(g.Guild) })
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildUpdate) { b.setLocale(g.Guild) })
	s.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildDelete) {
		if g.Guild != nil {
			b.mu.Lock()
			delete(b.locales, g.ID)
			b.mu.Unlock()
		}
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Ready) { b.connected.Store(true) })
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
		b.connected.Store(true)
		b.log.Info("gateway session resumed")
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		b.connected.Store(false)
		b.mu.Lock()
		closing := b.closing
		b.mu.Unlock()
		if !closing {
			b.cfg.Metrics.Reconnect("discord") // discordgo reconnects on its own
		}
		b.log.Info("gateway disconnected")
	})
	// discordgo waits out 429s and resends (ShouldRetryOnRateLimit).
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.RateLimit) {
		b.cfg.Metrics.RateLimited("discord")
		b.cfg.Metrics.Retry("discord", "rate_limited")
	})
	return b, nil
}

// intents are the minimum: guild events for interactions, plus guild
// messages and their (privileged) content only when scanning is wanted.
func intents(scan bool) discordgo.Intent {
	in := discordgo.IntentsGuilds
	if scan {
		in |= discordgo.IntentsGuildMessages | discordgo.IntentsMessageContent
	}
	return in
}

// Run connects to the gateway, registers the commands and serves until
// ctx is cancelled; then it closes the gateway, waits briefly for
// in-flight replies and returns nil. Shutdown takes a few seconds at most.
func (b *Bot) Run(ctx context.Context) error {
	start := time.Now()
	if err := b.open(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while still connecting: a clean stop
		}
		return fmt.Errorf("discord: %w", err)
	}
	b.s.State.RLock()
	ready := b.s.State.Ready
	b.s.State.RUnlock()
	b.mu.Lock()
	if ready.User != nil {
		b.selfID = ready.User.ID
	}
	b.appID = b.selfID
	if ready.Application != nil && ready.Application.ID != "" {
		b.appID = ready.Application.ID
	}
	b.mu.Unlock()
	if !b.cfg.Scan {
		b.log.Info("message content intent not requested (DISCORD_SCAN unset): channel scanning is disabled; slash commands and the Check job offer menu work")
	}
	if b.cfg.ShardID == 0 { // one shard registers the commands for all
		if err := b.register(); err != nil {
			b.shutdown()
			return err
		}
	}
	b.log.Info("connected", "guild_commands", b.cfg.GuildID != "", "scan", b.cfg.Scan, "startup", time.Since(start).Round(time.Millisecond))
	<-ctx.Done()
	b.shutdown()
	return nil
}

// open connects to the gateway under the start-up policy: network
// failures and server errors are retried with backoff; a refused token or
// intent, or another 4xx answer, is final.
func (b *Bot) open(ctx context.Context) error {
	what := "the Discord API at " + b.cfg.APIURL
	if b.cfg.APIURL != DefaultAPIURL {
		what += " (DISCORD_API_URL)"
	}
	return startup.Connect(ctx, b.log, b.cfg.Startup, what, func(context.Context) error {
		err := b.s.Open()
		if err == nil {
			return nil
		}
		err = b.realURL(err)
		if hint := closeHint(err); hint != "" {
			kind := startup.Auth
			if strings.Contains(hint, "intent") {
				kind = startup.Config
			}
			return startup.Classify(kind, hint, err)
		}
		var re *discordgo.RESTError
		if errors.As(err, &re) && re.Response != nil {
			switch code := re.Response.StatusCode; {
			case code == http.StatusUnauthorized || code == http.StatusForbidden:
				return startup.Classify(startup.Auth, "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal", err)
			case code >= 400 && code < 500 && code != http.StatusTooManyRequests:
				return startup.Classify(startup.Config, "check DISCORD_API_URL", err)
			}
		}
		if startup.KindOf(err) == startup.Config {
			return startup.Classify(startup.Config, "check DISCORD_API_URL", err)
		}
		return err
	})
}

// realURL rewrites the discord.com address in a request error to the
// address actually called (DISCORD_API_URL): discordgo builds its URLs
// for discord.com and the transport redirects them, so the error would
// otherwise name a server that was never asked.
func (b *Bot) realURL(err error) error {
	var ue *url.Error
	if b.cfg.APIURL == DefaultAPIURL || !errors.As(err, &ue) {
		return err
	}
	u := ue.URL
	if rest, ok := strings.CutPrefix(u, DefaultAPIURL); ok {
		u = strings.TrimRight(b.cfg.APIURL, "/") + rest
	}
	return &url.Error{Op: ue.Op, URL: u, Err: ue.Err}
}

// closeHint explains the gateway close codes an operator can fix.
func closeHint(err error) string {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return ""
	}
	switch ce.Code {
	case 4004:
		return "authentication failed: check DISCORD_TOKEN"
	case 4014:
		return "disallowed intent: enable the Message Content Intent for this bot in the Discord Developer Portal, or unset DISCORD_SCAN"
	}
	return ""
}

// shutdown closes the gateway and waits up to 5 s for handlers to finish.
func (b *Bot) shutdown() {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	if err := b.s.Close(); err != nil {
		b.log.Warn("closing gateway", "err", err)
	}
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		b.log.Warn("shutdown: gave up waiting for in-flight replies")
	}
	b.log.Info("stopped")
}

// track runs f as an in-flight handler unless the bot is shutting down.
func (b *Bot) track(f func()) {
	b.mu.Lock()
	if b.closing {
		b.mu.Unlock()
		return
	}
	b.inflight.Add(1)
	b.mu.Unlock()
	defer b.inflight.Done()
	f()
}

func (b *Bot) self() (selfID, appID string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.selfID, b.appID
}

// rewrite returns a transport that sends requests for discord.com to base
// instead. discordgo builds its endpoint URLs at init from a constant, so
// the base URL is swapped here rather than in its package variables.
func rewrite(base *url.URL, next http.RoundTripper) http.RoundTripper {
	if base.String() == DefaultAPIURL {
		return next
	}
	return roundTripper(func(req *http.Request) (*http.Response, error) {
		if req.URL.Host == "discord.com" && req.URL.Scheme == "https" {
			req = req.Clone(req.Context())
			req.URL.Scheme = base.Scheme
			req.URL.Host = base.Host
			req.URL.Path = strings.TrimRight(base.Path, "/") + req.URL.Path
			req.URL.RawPath = ""
			req.Host = ""
		}
		return next.RoundTrip(req)
	})
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// limiter allows n events per window for each key (a sliding window).
type limiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	seen   map[string][]time.Time
	now    func() time.Time
}

func newLimiter(n int, window time.Duration) *limiter {
	return &limiter{n: n, window: window, seen: map[string][]time.Time{}, now: time.Now}
}

// allow records an event for key and reports whether it is within the limit.
func (l *limiter) allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	ts := l.seen[key]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	ts = ts[i:]
	if len(ts) >= l.n {
		l.seen[key] = ts
		return false
	}
	l.seen[key] = append(ts, now)
	return true
}
