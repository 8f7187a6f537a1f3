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

// sqliteDB is the default backend: one embedded SQLite file.
type sqliteDB struct {
	db *sql.DB
}

// Open opens (creating if needed) the SQLite database at path and brings
// its schema up to date. ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errEmptyTarget
	}
	dsn := ":memory:"
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("store: creating data directory: %w", err)
		}
		dsn = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	// _txlock=immediate: a transaction takes the write lock when it
	// begins, so two processes migrating one file at once run one after
	// the other instead of both reading the old version.
	dsn += "?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_txlock=immediate"
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
	b := &sqliteDB{db: db}
	if err := b.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{b: b}, nil
}

func (b *sqliteDB) name() string                   { return "sqlite" }
func (b *sqliteDB) close() error                   { return b.db.Close() }
func (b *sqliteDB) ping(ctx context.Context) error { return b.db.PingContext(ctx) }

func (b *sqliteDB) version(ctx context.Context) (int, error) {
	var v int
	err := b.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

func (b *sqliteDB) migrate(ctx context.Context) error {
	for {
		done, err := b.step(ctx)
		if err != nil || done {
			return err
		}
	}
}

// step applies the next pending migration, if any, in one transaction
// that also rereads the version, so concurrent openers never apply one
// twice.
func (b *sqliteDB) step(ctx context.Context) (done bool, err error) {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("store: migrating: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL DEFAULT (datetime('now'))
	)`); err != nil {
		return false, fmt.Errorf("store: creating schema_version: %w", err)
	}
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return false, fmt.Errorf("store: reading schema version: %w", err)
	}
	if v > len(migrations) {
		return false, errNewer(v)
	}
	if v == len(migrations) {
		return true, tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("store: migration %d: %w", v+1, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v+1); err != nil {
		return false, fmt.Errorf("store: recording migration %d: %w", v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: migration %d: %w", v+1, err)
	}
	return false, nil
}

func (b *sqliteDB) guild(ctx context.Context, guildID string) (string, string, bool, error) {
	var modlog, threshold string
	err := b.db.QueryRowContext(ctx,
		`SELECT modlog, threshold FROM guild_settings WHERE guild_id = ?`, guildID).Scan(&modlog, &threshold)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", false, nil
	}
	return modlog, threshold, err == nil, err
}

func (b *sqliteDB) watched(ctx context.Context, guildID string) ([]string, error) {
	rows, err := b.db.QueryContext(ctx,
		`SELECT channel_id FROM watched_channels WHERE guild_id = ? ORDER BY channel_id`, guildID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (b *sqliteDB) watch(ctx context.Context, guildID, channelID string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO watched_channels (guild_id, channel_id) VALUES (?, ?)
		ON CONFLICT DO NOTHING`, guildID, channelID)
	return err
}

func (b *sqliteDB) unwatch(ctx context.Context, guildID, channelID string) error {
	_, err := b.db.ExecContext(ctx,
		`DELETE FROM watched_channels WHERE guild_id = ? AND channel_id = ?`, guildID, channelID)
	return err
}

func (b *sqliteDB) setModLog(ctx context.Context, guildID, channelID string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, modlog) VALUES (?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET modlog = excluded.modlog`, guildID, channelID)
	return err
}

func (b *sqliteDB) setThreshold(ctx context.Context, guildID, threshold string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, threshold) VALUES (?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET threshold = excluded.threshold`, guildID, threshold)
	return err
}

func (b *sqliteDB) lang(ctx context.Context, platform string, userID int64) (string, bool, error) {
	var l string
	err := b.db.QueryRowContext(ctx,
		`SELECT lang FROM user_prefs WHERE platform = ? AND user_id = ?`, platform, userID).Scan(&l)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return l, err == nil, err
}

func (b *sqliteDB) setLang(ctx context.Context, platform string, userID int64, lang string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO user_prefs (platform, user_id, lang) VALUES (?, ?, ?)
		ON CONFLICT (platform, user_id) DO UPDATE SET lang = excluded.lang`, platform, userID, lang)
	return err
}

func (b *sqliteDB) deleteLang(ctx context.Context, platform string, userID int64) error {
	_, err := b.db.ExecContext(ctx,
		`DELETE FROM user_prefs WHERE platform = ? AND user_id = ?`, platform, userID)
	return err
}

func (b *sqliteDB) guildLang(ctx context.Context, guildID string) (string, error) {
	var l string
	err := b.db.QueryRowContext(ctx, `SELECT lang FROM guild_settings WHERE guild_id = ?`, guildID).Scan(&l)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return l, err
}

func (b *sqliteDB) setGuildLang(ctx context.Context, guildID, lang string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, lang) VALUES (?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET lang = excluded.lang`, guildID, lang)
	return err
}

func (b *sqliteDB) claim(ctx context.Context, platform string, id, now, staleBefore int64) (claimState, error) {
	res, err := b.db.ExecContext(ctx, `INSERT INTO update_claims (platform, update_id, claimed_at) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING`, platform, id, now)
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return claimTaken, err
	}
	res, err = b.db.ExecContext(ctx, `UPDATE update_claims SET claimed_at = ?
		WHERE platform = ? AND update_id = ? AND done_at = 0 AND claimed_at < ?`, now, platform, id, staleBefore)
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return claimTaken, err
	}
	var done int64
	if err := b.db.QueryRowContext(ctx, `SELECT done_at FROM update_claims WHERE platform = ? AND update_id = ?`,
		platform, id).Scan(&done); err != nil {
		return 0, err
	}
	if done > 0 {
		return claimDone, nil
	}
	return claimBusy, nil
}

func (b *sqliteDB) claimDone(ctx context.Context, platform string, id, now int64) error {
	_, err := b.db.ExecContext(ctx, `UPDATE update_claims SET done_at = ? WHERE platform = ? AND update_id = ?`, now, platform, id)
	return err
}

func (b *sqliteDB) forgetClaims(ctx context.Context, before int64) error {
	_, err := b.db.ExecContext(ctx, `DELETE FROM update_claims WHERE claimed_at < ?`, before)
	return err
}

func (b *sqliteDB) putMemo(ctx context.Context, key, sealed string, expires int64) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO shared_memos (memo_key, sealed, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (memo_key) DO UPDATE SET sealed = excluded.sealed, expires_at = excluded.expires_at`, key, sealed, expires)
	return err
}

func (b *sqliteDB) takeMemo(ctx context.Context, key string, now int64) (string, bool, error) {
	var sealed string
	var expires int64
	err := b.db.QueryRowContext(ctx,
		`DELETE FROM shared_memos WHERE memo_key = ? RETURNING sealed, expires_at`, key).Scan(&sealed, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return sealed, expires > now, nil
}

func (b *sqliteDB) forgetMemos(ctx context.Context, now int64) error {
	_, err := b.db.ExecContext(ctx, `DELETE FROM shared_memos WHERE expires_at <= ?`, now)
	return err
}

func (b *sqliteDB) useSlot(ctx context.Context, name string, slot int64) (int, error) {
	var used int
	err := b.db.QueryRowContext(ctx, `INSERT INTO send_budget (name, slot, used) VALUES (?, ?, 1)
		ON CONFLICT (name, slot) DO UPDATE SET used = send_budget.used + 1 RETURNING used`, name, slot).Scan(&used)
	return used, err
}

func (b *sqliteDB) forgetSlots(ctx context.Context, name string, before int64) error {
	_, err := b.db.ExecContext(ctx, `DELETE FROM send_budget WHERE name = ? AND slot < ?`, name, before)
	return err
}
