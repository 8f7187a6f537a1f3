package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// postgresDB is the shared backend: several replicas may use one database.
type postgresDB struct {
	pool *pgxpool.Pool
}

// migrationLock is the pg_advisory_xact_lock key migrations take, so
// replicas starting together migrate one at a time. Any fixed number
// works; this one is "scambot" in ASCII.
const migrationLock int64 = 0x73_63_61_6d_62_6f_74

// OpenPostgres connects to the PostgreSQL database at url
// (postgres://user:pass@host:port/db?sslmode=…) and brings its schema up
// to date. The password is never logged or put in an error.
func OpenPostgres(ctx context.Context, url string) (*Store, error) {
	if url == "" {
		return nil, errEmptyTarget
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's parse errors redact the password; say no more than that.
		return nil, fmt.Errorf("store: invalid DATABASE_URL: %w", err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	}
	// A store call is a single-row read or write; a few connections
	// serve many chats, and replicas must not exhaust max_connections.
	if cfg.MaxConns > 8 {
		cfg.MaxConns = 8
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connecting to PostgreSQL: %w", err)
	}
	b := &postgresDB{pool: pool}
	if err := b.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return &Store{b: b}, nil
}

func (b *postgresDB) name() string                   { return "postgres" }
func (b *postgresDB) close() error                   { b.pool.Close(); return nil }
func (b *postgresDB) ping(ctx context.Context) error { return b.pool.Ping(ctx) }

func (b *postgresDB) version(ctx context.Context) (int, error) {
	var v int
	err := b.pool.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

func (b *postgresDB) migrate(ctx context.Context) error {
	for {
		done, err := b.step(ctx)
		if err != nil || done {
			return err
		}
	}
}

// step applies the next pending migration, if any, in one transaction
// holding the migration lock, and rereads the version under it, so
// replicas starting together never apply one twice.
func (b *postgresDB) step(ctx context.Context) (done bool, err error) {
	tx, err := b.pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("store: migrating: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return false, fmt.Errorf("store: migration lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
	)`); err != nil {
		return false, fmt.Errorf("store: creating schema_version: %w", err)
	}
	var v int
	if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return false, fmt.Errorf("store: reading schema version: %w", err)
	}
	if v > len(migrations) {
		return false, errNewer(v, len(migrations))
	}
	if v == len(migrations) {
		return true, tx.Commit(ctx)
	}
	// No arguments: pgx sends it with the simple protocol, which runs a
	// migration's several statements.
	if _, err := tx.Exec(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("store: migration %d: %w", v+1, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, v+1); err != nil {
		return false, fmt.Errorf("store: recording migration %d: %w", v+1, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("store: migration %d: %w", v+1, err)
	}
	return false, nil
}

func (b *postgresDB) guild(ctx context.Context, guildID string) (string, string, bool, error) {
	var modlog, threshold string
	err := b.pool.QueryRow(ctx,
		`SELECT modlog, threshold FROM guild_settings WHERE guild_id = $1`, guildID).Scan(&modlog, &threshold)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", "", false, nil
	}
	return modlog, threshold, err == nil, err
}

func (b *postgresDB) watched(ctx context.Context, guildID string) ([]string, error) {
	rows, err := b.pool.Query(ctx,
		`SELECT channel_id FROM watched_channels WHERE guild_id = $1 ORDER BY channel_id`, guildID)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if len(out) == 0 {
		out = nil // as the bbolt backend returns: no channels is a nil slice
	}
	return out, err
}

func (b *postgresDB) watch(ctx context.Context, guildID, channelID string) error {
	_, err := b.pool.Exec(ctx, `INSERT INTO watched_channels (guild_id, channel_id) VALUES ($1, $2)
		ON CONFLICT DO NOTHING`, guildID, channelID)
	return err
}

func (b *postgresDB) unwatch(ctx context.Context, guildID, channelID string) error {
	_, err := b.pool.Exec(ctx,
		`DELETE FROM watched_channels WHERE guild_id = $1 AND channel_id = $2`, guildID, channelID)
	return err
}

func (b *postgresDB) setModLog(ctx context.Context, guildID, channelID string) error {
	_, err := b.pool.Exec(ctx, `INSERT INTO guild_settings (guild_id, modlog) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET modlog = excluded.modlog`, guildID, channelID)
	return err
}

func (b *postgresDB) setThreshold(ctx context.Context, guildID, threshold string) error {
	_, err := b.pool.Exec(ctx, `INSERT INTO guild_settings (guild_id, threshold) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET threshold = excluded.threshold`, guildID, threshold)
	return err
}

func (b *postgresDB) lang(ctx context.Context, platform string, userID int64) (string, bool, error) {
	var l string
	err := b.pool.QueryRow(ctx,
		`SELECT lang FROM user_prefs WHERE platform = $1 AND user_id = $2`, platform, userID).Scan(&l)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", false, nil
	}
	return l, err == nil, err
}

func (b *postgresDB) setLang(ctx context.Context, platform string, userID int64, lang string) error {
	_, err := b.pool.Exec(ctx, `INSERT INTO user_prefs (platform, user_id, lang) VALUES ($1, $2, $3)
		ON CONFLICT (platform, user_id) DO UPDATE SET lang = excluded.lang`, platform, userID, lang)
	return err
}

func (b *postgresDB) deleteLang(ctx context.Context, platform string, userID int64) error {
	_, err := b.pool.Exec(ctx,
		`DELETE FROM user_prefs WHERE platform = $1 AND user_id = $2`, platform, userID)
	return err
}

func (b *postgresDB) guildLang(ctx context.Context, guildID string) (string, error) {
	var l string
	err := b.pool.QueryRow(ctx, `SELECT lang FROM guild_settings WHERE guild_id = $1`, guildID).Scan(&l)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return l, err
}

func (b *postgresDB) setGuildLang(ctx context.Context, guildID, lang string) error {
	_, err := b.pool.Exec(ctx, `INSERT INTO guild_settings (guild_id, lang) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET lang = excluded.lang`, guildID, lang)
	return err
}

func (b *postgresDB) claim(ctx context.Context, platform string, id, now, staleBefore int64) (claimState, error) {
	tag, err := b.pool.Exec(ctx, `INSERT INTO update_claims (platform, update_id, claimed_at) VALUES ($1, $2, $3)
		ON CONFLICT DO NOTHING`, platform, id, now)
	if err != nil {
		return 0, err
	}
	if tag.RowsAffected() == 1 {
		return claimTaken, nil
	}
	tag, err = b.pool.Exec(ctx, `UPDATE update_claims SET claimed_at = $1
		WHERE platform = $2 AND update_id = $3 AND done_at = 0 AND claimed_at < $4`, now, platform, id, staleBefore)
	if err != nil {
		return 0, err
	}
	if tag.RowsAffected() == 1 {
		return claimTaken, nil
	}
	var done int64
	if err := b.pool.QueryRow(ctx, `SELECT done_at FROM update_claims WHERE platform = $1 AND update_id = $2`,
		platform, id).Scan(&done); err != nil {
		return 0, err
	}
	if done > 0 {
		return claimDone, nil
	}
	return claimBusy, nil
}

func (b *postgresDB) claimDone(ctx context.Context, platform string, id, now int64) error {
	_, err := b.pool.Exec(ctx, `UPDATE update_claims SET done_at = $1 WHERE platform = $2 AND update_id = $3`, now, platform, id)
	return err
}

func (b *postgresDB) forgetClaims(ctx context.Context, before int64) error {
	_, err := b.pool.Exec(ctx, `DELETE FROM update_claims WHERE claimed_at < $1`, before)
	return err
}

func (b *postgresDB) putMemo(ctx context.Context, key, sealed string, expires int64) error {
	_, err := b.pool.Exec(ctx, `INSERT INTO shared_memos (memo_key, sealed, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (memo_key) DO UPDATE SET sealed = excluded.sealed, expires_at = excluded.expires_at`, key, sealed, expires)
	return err
}

func (b *postgresDB) takeMemo(ctx context.Context, key string, now int64) (string, bool, error) {
	var sealed string
	var expires int64
	err := b.pool.QueryRow(ctx,
		`DELETE FROM shared_memos WHERE memo_key = $1 RETURNING sealed, expires_at`, key).Scan(&sealed, &expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return sealed, expires > now, nil
}

func (b *postgresDB) forgetMemos(ctx context.Context, now int64) error {
	_, err := b.pool.Exec(ctx, `DELETE FROM shared_memos WHERE expires_at <= $1`, now)
	return err
}

func (b *postgresDB) useSlot(ctx context.Context, name string, slot int64) (int, error) {
	var used int
	err := b.pool.QueryRow(ctx, `INSERT INTO send_budget (name, slot, used) VALUES ($1, $2, 1)
		ON CONFLICT (name, slot) DO UPDATE SET used = send_budget.used + 1 RETURNING used`, name, slot).Scan(&used)
	return used, err
}

func (b *postgresDB) forgetSlots(ctx context.Context, name string, before int64) error {
	_, err := b.pool.Exec(ctx, `DELETE FROM send_budget WHERE name = $1 AND slot < $2`, name, before)
	return err
}
