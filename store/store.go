// Package store keeps scambot's small amount of persistent state: Discord
// guild scan settings and per-user language choices. It never stores
// message text. Two back-ends implement it: an embedded bbolt file
// (go.etcd.io/bbolt), the default, for one process, and PostgreSQL
// (jackc/pgx's pgconn), which several replicas can share. Each brings its format up
// to date when opened: versioned SQL migrations on PostgreSQL, a format
// version on the bbolt file.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/scambot/scambot/lang"
)

// FileName is the settings file's name inside the data directory.
const FileName = "scambot.bolt"

// LegacySQLiteFile is the SQLite file releases before the bbolt store kept
// the same settings in. It is no longer read (reading it would need an
// SQLite library, 7 MB of binary); see FindLegacySQLite.
const LegacySQLiteFile = "scambot.db"

// Alert thresholds: the lowest offer-check level that raises an alert.
const (
	ThresholdHigh   = "high"
	ThresholdMedium = "medium"
)

// Store is an open database. It is safe for concurrent use. It checks
// arguments and wraps errors; a backend does the reads and writes.
//
// When the database stops answering, callers must not all wait on it:
// after a failure, calls fail at once with ErrUnavailable for a short
// cooldown, then one call at a time probes it, until one succeeds. The
// adapters degrade (a language choice not saved, /scan settings not
// changed) and answers and checks, which need no database, go on.
type Store struct {
	b      backend
	onFail func(op string)

	mu        sync.Mutex
	down      bool      // the last call failed
	openUntil time.Time // while down, calls before this fail at once
	probing   bool      // while down, one call is trying the database
}

// ErrUnavailable is returned, wrapped, while the database is considered
// down (a recent call failed); it is retried after a short cooldown.
var ErrUnavailable = errors.New("database unavailable")

// cooldown is how long calls fail at once after a failure; callTimeout
// bounds one call (each is a single-row read or write).
var (
	cooldown    = 2 * time.Second
	callTimeout = 3 * time.Second
)

// OnError sets a function told the operation name ("guild", "watch",
// "modlog", "threshold", "guild_lang", "lang", "set_lang", "ping",
// "version") of every
// call the database failed, for metrics (calls refused at once while it
// is down are not counted). Set it before the Store is shared.
func (s *Store) OnError(f func(op string)) { s.onFail = f }

// call runs one backend operation under the breaker and a timeout.
// Ping skips the cooldown: readiness probes are what notice recovery.
func (s *Store) call(ctx context.Context, op string, f func(ctx context.Context) error) error {
	if op != "ping" {
		if err := s.gate(); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	err := f(ctx)
	s.record(ctx, op, err)
	return err
}

func (s *Store) gate() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return nil
	}
	if s.probing || time.Now().Before(s.openUntil) {
		return ErrUnavailable
	}
	s.probing = true
	return nil
}

func (s *Store) record(ctx context.Context, op string, err error) {
	if err != nil && errors.Is(err, context.Canceled) && ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		// The caller gave up (shutdown): says nothing about the database.
		s.mu.Lock()
		s.probing = false
		s.mu.Unlock()
		return
	}
	if err != nil && s.onFail != nil {
		s.onFail(op)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.probing = false
	switch {
	case err != nil:
		if !s.down {
			slog.Warn("settings database unavailable: language choices and scan settings are not saved until it is back", "backend", s.b.name(), "op", op, "err", err)
		}
		s.down = true
		s.openUntil = time.Now().Add(cooldown)
	case s.down:
		s.down = false
		slog.Info("settings database reachable again", "backend", s.b.name())
	}
}

// backend is what each database implements: plain reads and writes of
// already-validated values. Errors are returned unwrapped; Store names the
// operation.
type backend interface {
	name() string
	version(ctx context.Context) (int, error)
	ping(ctx context.Context) error
	close() error

	guild(ctx context.Context, guildID string) (modlog, threshold string, found bool, err error)
	watched(ctx context.Context, guildID string) ([]string, error)
	watch(ctx context.Context, guildID, channelID string) error
	unwatch(ctx context.Context, guildID, channelID string) error
	setModLog(ctx context.Context, guildID, channelID string) error
	setThreshold(ctx context.Context, guildID, threshold string) error
	guildLang(ctx context.Context, guildID string) (string, error)
	setGuildLang(ctx context.Context, guildID, lang string) error

	// claim takes (platform, id) at unix time now if it is new, or if
	// an unfinished claim of it is older than staleBefore (its replica
	// died); claimDone marks it handled; forgetClaims drops those claimed
	// before.
	claim(ctx context.Context, platform string, id, now, staleBefore int64) (claimState, error)
	claimDone(ctx context.Context, platform string, id, now int64) error
	forgetClaims(ctx context.Context, before int64) error

	// putMemo stores or replaces a memo; takeMemo returns and deletes it
	// (found false when absent or expired at now); forgetMemos deletes
	// those expired at now.
	putMemo(ctx context.Context, key, sealed string, expires int64) error
	takeMemo(ctx context.Context, key string, now int64) (string, bool, error)
	forgetMemos(ctx context.Context, now int64) error

	// useSlot counts one more send in (name, slot) and returns the count;
	// forgetSlots deletes slots before.
	useSlot(ctx context.Context, name string, slot int64) (int, error)
	forgetSlots(ctx context.Context, name string, before int64) error

	lang(ctx context.Context, platform string, userID int64) (string, bool, error)
	setLang(ctx context.Context, platform string, userID int64, lang string) error
	deleteLang(ctx context.Context, platform string, userID int64) error
}

// migrations are applied in order, each in its own transaction, on
// PostgreSQL; the schema_version table records how many have run. Append
// only: never change what a shipped migration does, add a new one. (They
// also ran on SQLite, the default backend before bbolt, hence the SQL
// both databases read the same way.)
var migrations = []string{
	// 1: Discord guild settings.
	`CREATE TABLE guild_settings (
		guild_id  TEXT PRIMARY KEY,
		modlog    TEXT NOT NULL DEFAULT '',
		threshold TEXT NOT NULL DEFAULT 'high'
	);
	CREATE TABLE watched_channels (
		guild_id   TEXT NOT NULL,
		channel_id TEXT NOT NULL,
		PRIMARY KEY (guild_id, channel_id)
	);`,
	// 2: per-user language preference, one key space per platform.
	// BIGINT because Telegram user ids pass 2^31 (SQLite gave BIGINT the
	// same INTEGER affinity, 64-bit, this migration first shipped with).
	`CREATE TABLE user_prefs (
		platform TEXT NOT NULL,
		user_id  BIGINT NOT NULL,
		lang     TEXT NOT NULL,
		PRIMARY KEY (platform, user_id)
	);`,
	// 3: the language of a guild's scan alerts ('' = the server's locale).
	`ALTER TABLE guild_settings ADD COLUMN lang TEXT NOT NULL DEFAULT '';`,
	// 4: update ids already taken by a replica, so that each update is
	// handled once however many replicas receive it. Ids only, kept a
	// day (as long as Telegram keeps an update).
	`CREATE TABLE update_claims (
		platform   TEXT NOT NULL,
		update_id  BIGINT NOT NULL,
		claimed_at BIGINT NOT NULL,
		PRIMARY KEY (platform, update_id)
	);
	CREATE INDEX update_claims_age ON update_claims (claimed_at);`,
	// 5: short-lived values every replica must see (the text behind an
	// "offer or question?" button). The adapter stores only a keyed hash
	// as the key and an encrypted value; each row lives minutes.
	`CREATE TABLE shared_memos (
		memo_key   TEXT PRIMARY KEY,
		sealed     TEXT NOT NULL,
		expires_at BIGINT NOT NULL
	);
	CREATE INDEX shared_memos_expiry ON shared_memos (expires_at);`,
	// 6: sends counted per time slot, so that replicas keep to one
	// platform rate limit together. Counts only.
	`CREATE TABLE send_budget (
		name TEXT NOT NULL,
		slot BIGINT NOT NULL,
		used INTEGER NOT NULL,
		PRIMARY KEY (name, slot)
	);`,
	// 7: when a claimed update was handled (0: not yet), so that an
	// update whose replica died before handling it can be taken again.
	`ALTER TABLE update_claims ADD COLUMN done_at BIGINT NOT NULL DEFAULT 0;`,
}

// SchemaVersion is the PostgreSQL schema version this build creates and
// expects.
var SchemaVersion = len(migrations)

// errNewer is returned when the database was migrated by a newer build
// (v) than this one (want).
func errNewer(v, want int) error {
	return fmt.Errorf("store: database schema version %d is newer than this build (%d)", v, want)
}

// IsPostgresURL reports whether target names a PostgreSQL database
// (postgres:// or postgresql://) rather than a settings file.
func IsPostgresURL(target string) bool {
	t := strings.ToLower(strings.TrimSpace(target))
	return strings.HasPrefix(t, "postgres://") || strings.HasPrefix(t, "postgresql://")
}

// OpenTarget opens PostgreSQL when target is a postgres:// URL and the
// bbolt settings file at target otherwise.
func OpenTarget(ctx context.Context, target string) (*Store, error) {
	if IsPostgresURL(target) {
		return OpenPostgres(ctx, target)
	}
	return Open(ctx, target)
}

// Backend names the database in use: "bolt" or "postgres".
func (s *Store) Backend() string { return s.b.name() }

// Close closes the database.
func (s *Store) Close() error { return s.b.close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.call(ctx, "ping", s.b.ping); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Version returns the schema version the database is at.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	err := s.call(ctx, "version", func(ctx context.Context) (err error) { v, err = s.b.version(ctx); return err })
	if err != nil {
		return 0, fmt.Errorf("store: reading schema version: %w", err)
	}
	return v, nil
}

// Guild is one Discord guild's scan settings. The zero value (no watched
// channels) means scanning is off.
type Guild struct {
	ID string
	// Watched are the channel ids whose new messages are checked, sorted.
	Watched []string
	// ModLog is the channel alerts go to; "" when unset.
	ModLog string
	// Threshold is ThresholdHigh or ThresholdMedium.
	Threshold string
	// Lang is the language alerts are written in, chosen with /scan; ""
	// follows the server's preferred locale.
	Lang string
}

// Watches reports whether channelID is watched.
func (g Guild) Watches(channelID string) bool {
	for _, c := range g.Watched {
		if c == channelID {
			return true
		}
	}
	return false
}

// Guild returns a guild's settings, defaults when none are stored.
func (s *Store) Guild(ctx context.Context, guildID string) (Guild, error) {
	g := Guild{ID: guildID, Threshold: ThresholdHigh}
	var (
		modlog, threshold string
		found             bool
	)
	err := s.call(ctx, "guild", func(ctx context.Context) (err error) {
		modlog, threshold, found, err = s.b.guild(ctx, guildID)
		if err == nil && found {
			g.Lang, err = s.b.guildLang(ctx, guildID)
		}
		return err
	})
	if err != nil {
		return Guild{}, fmt.Errorf("store: reading guild settings: %w", err)
	}
	if found {
		g.ModLog, g.Threshold = modlog, threshold
	}
	err = s.call(ctx, "guild", func(ctx context.Context) (err error) { g.Watched, err = s.b.watched(ctx, guildID); return err })
	if err != nil {
		return Guild{}, fmt.Errorf("store: reading watched channels: %w", err)
	}
	return g, nil
}

// Watch turns scanning of one channel on or off.
func (s *Store) Watch(ctx context.Context, guildID, channelID string, on bool) error {
	err := s.call(ctx, "watch", func(ctx context.Context) error {
		if on {
			return s.b.watch(ctx, guildID, channelID)
		}
		return s.b.unwatch(ctx, guildID, channelID)
	})
	if err != nil {
		return fmt.Errorf("store: updating watched channel: %w", err)
	}
	return nil
}

// SetModLog sets the channel alerts go to ("" to unset).
func (s *Store) SetModLog(ctx context.Context, guildID, channelID string) error {
	if err := s.call(ctx, "modlog", func(ctx context.Context) error { return s.b.setModLog(ctx, guildID, channelID) }); err != nil {
		return fmt.Errorf("store: setting mod-log channel: %w", err)
	}
	return nil
}

// SetThreshold sets the alert threshold, ThresholdHigh or ThresholdMedium.
func (s *Store) SetThreshold(ctx context.Context, guildID, threshold string) error {
	if threshold != ThresholdHigh && threshold != ThresholdMedium {
		return fmt.Errorf("store: invalid threshold %q", threshold)
	}
	if err := s.call(ctx, "threshold", func(ctx context.Context) error { return s.b.setThreshold(ctx, guildID, threshold) }); err != nil {
		return fmt.Errorf("store: setting threshold: %w", err)
	}
	return nil
}

// SetLang sets the language of the guild's alerts: a supported language
// code, or "" to follow the server's preferred locale.
func (s *Store) SetLang(ctx context.Context, guildID, code string) error {
	if code != "" && !lang.Valid(code) {
		return fmt.Errorf("store: unsupported language %q", code)
	}
	if err := s.call(ctx, "guild_lang", func(ctx context.Context) error { return s.b.setGuildLang(ctx, guildID, code) }); err != nil {
		return fmt.Errorf("store: setting alert language: %w", err)
	}
	return nil
}

// Prefs are the per-user preferences of one platform. User ids of
// different platforms live in separate key spaces.
type Prefs struct {
	s        *Store
	platform string
}

// Prefs returns the preferences of platform ("telegram", "discord"...).
func (s *Store) Prefs(platform string) *Prefs {
	return &Prefs{s: s, platform: platform}
}

// Lang returns the user's chosen language, "" when none is stored.
func (p *Prefs) Lang(ctx context.Context, userID int64) (string, error) {
	var l string
	err := p.s.call(ctx, "lang", func(ctx context.Context) (err error) { l, _, err = p.s.b.lang(ctx, p.platform, userID); return err })
	if err != nil {
		return "", fmt.Errorf("store: reading language: %w", err)
	}
	return l, nil
}

// SetLang stores the user's chosen language; "" forgets it.
func (p *Prefs) SetLang(ctx context.Context, userID int64, lang string) error {
	err := p.s.call(ctx, "set_lang", func(ctx context.Context) error {
		if lang == "" {
			return p.s.b.deleteLang(ctx, p.platform, userID)
		}
		return p.s.b.setLang(ctx, p.platform, userID, lang)
	})
	if err != nil {
		return fmt.Errorf("store: setting language: %w", err)
	}
	return nil
}

// errEmptyTarget is returned for an empty path or URL.
var errEmptyTarget = errors.New("store: empty database path")

// ClaimTTL is how long a claimed update id is remembered: Telegram keeps
// an undelivered update for a day, so it cannot come back later.
const ClaimTTL = 24 * time.Hour

// claimState is what a claim found.
type claimState int

const (
	claimTaken claimState = iota // new, or taken over from a dead replica
	claimDone                    // already handled
	claimBusy                    // being handled elsewhere, recently claimed
)

// Claims records which updates of one platform a replica has taken.
type Claims struct {
	s        *Store
	platform string
	// Lease is how long an unfinished claim holds before another replica
	// may take the update over (default 2 minutes: far longer than an
	// update takes, short enough for Telegram's retries).
	Lease time.Duration

	sweep sweeper
}

// Claims returns the update claims of platform ("telegram").
func (s *Store) Claims(platform string) *Claims {
	return &Claims{s: s, platform: platform, Lease: 2 * time.Minute}
}

// Claim takes update id for this process, across every process sharing
// the database. take is true for a new update, or one whose earlier
// claim was never finished within the lease (its replica died); later is
// true when another replica is handling it now (ask the sender to retry,
// so that it is not lost if that replica dies). Both false: already
// handled. Ids older than ClaimTTL are forgotten, at most once a minute.
func (c *Claims) Claim(ctx context.Context, id int64) (take, later bool, err error) {
	now := time.Now()
	var st claimState
	err = c.s.call(ctx, "claim", func(ctx context.Context) (err error) {
		st, err = c.s.b.claim(ctx, c.platform, id, now.Unix(), now.Add(-c.Lease).Unix())
		return err
	})
	if err != nil {
		return false, false, fmt.Errorf("store: claiming update: %w", err)
	}
	c.sweep.maybe(ctx, c.s, now, "claim", "forgetting old update claims", func(ctx context.Context) error {
		return c.s.b.forgetClaims(ctx, now.Add(-ClaimTTL).Unix())
	})
	return st == claimTaken, st == claimBusy, nil
}

// Done marks update id handled.
func (c *Claims) Done(ctx context.Context, id int64) error {
	if err := c.s.call(ctx, "claim", func(ctx context.Context) error {
		return c.s.b.claimDone(ctx, c.platform, id, time.Now().Unix())
	}); err != nil {
		return fmt.Errorf("store: finishing update: %w", err)
	}
	return nil
}

// Memos keeps short-lived opaque values that every process sharing the
// database can take once. The caller seals them: the store sees only
// what it is given.
type Memos struct {
	s     *Store
	sweep sweeper
}

// Memos returns the shared memos.
func (s *Store) Memos() *Memos { return &Memos{s: s} }

// Put stores sealed under key until expires.
func (m *Memos) Put(ctx context.Context, key, sealed string, expires time.Time) error {
	if err := m.s.call(ctx, "memo", func(ctx context.Context) error {
		return m.s.b.putMemo(ctx, key, sealed, expires.Unix())
	}); err != nil {
		return fmt.Errorf("store: keeping a memo: %w", err)
	}
	now := time.Now()
	m.sweep.maybe(ctx, m.s, now, "memo", "deleting expired memos", func(ctx context.Context) error {
		return m.s.b.forgetMemos(ctx, now.Unix())
	})
	return nil
}

// Take returns the value under key and deletes it, so that only one
// caller gets it; found is false when there is none or it has expired.
func (m *Memos) Take(ctx context.Context, key string) (sealed string, found bool, err error) {
	err = m.s.call(ctx, "memo", func(ctx context.Context) (err error) {
		sealed, found, err = m.s.b.takeMemo(ctx, key, time.Now().Unix())
		return err
	})
	if err != nil {
		return "", false, fmt.Errorf("store: taking a memo: %w", err)
	}
	return sealed, found, nil
}

// sweeper runs a clean-up of old rows at most once a minute for its holder,
// so nothing needs a goroutine of its own and most calls cost no extra
// query. A failed clean-up is only logged: the rows go on a later call.
type sweeper struct {
	mu   sync.Mutex
	last time.Time
}

// maybe runs forget through s.call (op names it for the store's fault
// handling) when a minute has passed since the last run; what says in the
// log what was being deleted.
func (w *sweeper) maybe(ctx context.Context, s *Store, now time.Time, op, what string, forget func(context.Context) error) {
	w.mu.Lock()
	due := now.Sub(w.last) >= time.Minute
	if due {
		w.last = now
	}
	w.mu.Unlock()
	if !due {
		return
	}
	if err := s.call(ctx, op, forget); err != nil {
		slog.Warn(what, "err", err)
	}
}

// Budget is a send rate shared by every process using the database: at
// most N sends in each Per-long slot of wall-clock time (replicas' clocks
// are assumed NTP-synchronised). Fixed slots allow up to 2·N across a slot
// boundary, so Per is kept short.
type Budget struct {
	s    *Store
	name string
	n    int
	per  time.Duration

	sweep sweeper
}

// Budget returns the shared budget name of n sends per per.
func (s *Store) Budget(name string, n int, per time.Duration) *Budget {
	return &Budget{s: s, name: name, n: max(n, 1), per: max(per, time.Millisecond)}
}

// Take counts one send now. It returns 0 when the send may go, or how
// long to wait before calling Take again (the current slot is full).
func (b *Budget) Take(ctx context.Context) (time.Duration, error) {
	now := time.Now()
	slot := now.UnixNano() / int64(b.per)
	var used int
	if err := b.s.call(ctx, "budget", func(ctx context.Context) (err error) {
		used, err = b.s.b.useSlot(ctx, b.name, slot)
		return err
	}); err != nil {
		return 0, fmt.Errorf("store: send budget: %w", err)
	}
	b.sweep.maybe(ctx, b.s, now, "budget", "deleting old send budget slots", func(ctx context.Context) error {
		return b.s.b.forgetSlots(ctx, b.name, slot-int64(time.Minute/b.per))
	})
	if used <= b.n {
		return 0, nil
	}
	return time.Duration((slot+1)*int64(b.per) - now.UnixNano()), nil
}
