// Package store keeps scambot's small amount of persistent state in an
// embedded SQLite database (modernc.org/sqlite, no cgo): Discord guild scan
// settings and per-user language choices. It never stores message text.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// FileName is the database file's name inside the data directory.
const FileName = "scambot.db"

// Store is an open database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
}

// migrations are applied in order, each in its own transaction; the
// schema_version table records how many have run. Append only: never edit
// a migration that has shipped, add a new one.
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
	`CREATE TABLE user_prefs (
		platform TEXT NOT NULL,
		user_id  INTEGER NOT NULL,
		lang     TEXT NOT NULL,
		PRIMARY KEY (platform, user_id)
	);`,
}

// SchemaVersion is the schema version this build creates and expects.
var SchemaVersion = len(migrations)

// Open opens (creating if needed) the database at path and brings its
// schema up to date. ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	dsn := ":memory:"
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("store: creating data directory: %w", err)
		}
		dsn = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	dsn += "?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"
	if path != ":memory:" {
		dsn += "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	// One connection serialises writers, so concurrent callers wait on
	// the pool instead of failing with SQLITE_BUSY; the load is tiny. It
	// also keeps a ":memory:" database alive and shared.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Version returns the schema version the database is at.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("store: reading schema version: %w", err)
	}
	return v, nil
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL DEFAULT (datetime('now'))
	)`); err != nil {
		return fmt.Errorf("store: creating schema_version: %w", err)
	}
	v, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("store: database schema version %d is newer than this build (%d)", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		if err := s.apply(ctx, i+1, migrations[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, version int, stmt string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migration %d: %w", version, err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("store: migration %d: %w", version, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, version); err != nil {
		return fmt.Errorf("store: recording migration %d: %w", version, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migration %d: %w", version, err)
	}
	return nil
}
