// Package store keeps scambot's small amount of persistent state: Discord
// guild scan settings and per-user language choices. It never stores
// message text. Two back-ends implement it: an embedded SQLite file
// (modernc.org/sqlite, no cgo), the default, and PostgreSQL (jackc/pgx),
// which several replicas can share. Both apply the same versioned
// migrations when opened.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/scambot/scambot/lang"
)

// FileName is the SQLite database file's name inside the data directory.
const FileName = "scambot.db"

// Alert thresholds: the lowest offer-check level that raises an alert.
const (
	ThresholdHigh   = "high"
	ThresholdMedium = "medium"
)

// Store is an open database. It is safe for concurrent use. It checks
// arguments and wraps errors; a backend does the SQL.
type Store struct {
	b      backend
	onFail func(op string)
}

// OnError sets a function told the operation name ("guild", "watch",
// "modlog", "threshold", "lang", "set_lang", "ping", "version") of every
// call that fails, for metrics. Set it before the Store is shared.
func (s *Store) OnError(f func(op string)) { s.onFail = f }

// failed reports err to the OnError function and returns it.
func (s *Store) failed(op string, err error) error {
	if err != nil && s.onFail != nil {
		s.onFail(op)
	}
	return err
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

	lang(ctx context.Context, platform string, userID int64) (string, bool, error)
	setLang(ctx context.Context, platform string, userID int64, lang string) error
	deleteLang(ctx context.Context, platform string, userID int64) error
}

// migrations are applied in order, each in its own transaction, on both
// back-ends; the schema_version table records how many have run. Append
// only: never change what a shipped migration does, add a new one. The
// SQL is the subset both databases read the same way.
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
	// BIGINT because Telegram user ids pass 2^31; SQLite gives BIGINT the
	// same INTEGER affinity (64-bit) this migration first shipped with.
	`CREATE TABLE user_prefs (
		platform TEXT NOT NULL,
		user_id  BIGINT NOT NULL,
		lang     TEXT NOT NULL,
		PRIMARY KEY (platform, user_id)
	);`,
	// 3: the language of a guild's scan alerts ('' = the server's locale).
	`ALTER TABLE guild_settings ADD COLUMN lang TEXT NOT NULL DEFAULT '';`,
}

// SchemaVersion is the schema version this build creates and expects.
var SchemaVersion = len(migrations)

// errNewer is returned when the database was migrated by a newer build.
func errNewer(v int) error {
	return fmt.Errorf("store: database schema version %d is newer than this build (%d)", v, len(migrations))
}

// IsPostgresURL reports whether target names a PostgreSQL database
// (postgres:// or postgresql://) rather than a SQLite file.
func IsPostgresURL(target string) bool {
	t := strings.ToLower(strings.TrimSpace(target))
	return strings.HasPrefix(t, "postgres://") || strings.HasPrefix(t, "postgresql://")
}

// OpenTarget opens PostgreSQL when target is a postgres:// URL and the
// SQLite file at target otherwise.
func OpenTarget(ctx context.Context, target string) (*Store, error) {
	if IsPostgresURL(target) {
		return OpenPostgres(ctx, target)
	}
	return Open(ctx, target)
}

// Backend names the database in use: "sqlite" or "postgres".
func (s *Store) Backend() string { return s.b.name() }

// Close closes the database.
func (s *Store) Close() error { return s.b.close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.failed("ping", s.b.ping(ctx)); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Version returns the schema version the database is at.
func (s *Store) Version(ctx context.Context) (int, error) {
	v, err := s.b.version(ctx)
	if s.failed("version", err) != nil {
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
	modlog, threshold, found, err := s.b.guild(ctx, guildID)
	if s.failed("guild", err) != nil {
		return Guild{}, fmt.Errorf("store: reading guild settings: %w", err)
	}
	if found {
		g.ModLog, g.Threshold = modlog, threshold
		if g.Lang, err = s.b.guildLang(ctx, guildID); err != nil {
			return Guild{}, fmt.Errorf("store: reading guild settings: %w", err)
		}
	}
	g.Watched, err = s.b.watched(ctx, guildID)
	if s.failed("guild", err) != nil {
		return Guild{}, fmt.Errorf("store: reading watched channels: %w", err)
	}
	return g, nil
}

// Watch turns scanning of one channel on or off.
func (s *Store) Watch(ctx context.Context, guildID, channelID string, on bool) error {
	var err error
	if on {
		err = s.b.watch(ctx, guildID, channelID)
	} else {
		err = s.b.unwatch(ctx, guildID, channelID)
	}
	if s.failed("watch", err) != nil {
		return fmt.Errorf("store: updating watched channel: %w", err)
	}
	return nil
}

// SetModLog sets the channel alerts go to ("" to unset).
func (s *Store) SetModLog(ctx context.Context, guildID, channelID string) error {
	if err := s.failed("modlog", s.b.setModLog(ctx, guildID, channelID)); err != nil {
		return fmt.Errorf("store: setting mod-log channel: %w", err)
	}
	return nil
}

// SetThreshold sets the alert threshold, ThresholdHigh or ThresholdMedium.
func (s *Store) SetThreshold(ctx context.Context, guildID, threshold string) error {
	if threshold != ThresholdHigh && threshold != ThresholdMedium {
		return fmt.Errorf("store: invalid threshold %q", threshold)
	}
	if err := s.failed("threshold", s.b.setThreshold(ctx, guildID, threshold)); err != nil {
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
	if err := s.b.setGuildLang(ctx, guildID, code); err != nil {
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
	l, _, err := p.s.b.lang(ctx, p.platform, userID)
	if p.s.failed("lang", err) != nil {
		return "", fmt.Errorf("store: reading language: %w", err)
	}
	return l, nil
}

// SetLang stores the user's chosen language; "" forgets it.
func (p *Prefs) SetLang(ctx context.Context, userID int64, lang string) error {
	var err error
	if lang == "" {
		err = p.s.b.deleteLang(ctx, p.platform, userID)
	} else {
		err = p.s.b.setLang(ctx, p.platform, userID, lang)
	}
	if p.s.failed("set_lang", err) != nil {
		return fmt.Errorf("store: setting language: %w", err)
	}
	return nil
}

// errEmptyTarget is returned for an empty path or URL.
var errEmptyTarget = errors.New("store: empty database path")
