package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/puddle/v2"
)

// postgresDB is the shared backend: several replicas may use one database.
//
// It speaks to PostgreSQL through pgx's connection layer (pgconn) and the
// pool pgx's own pool is built on (puddle), not through pgx's top level:
// every value here is text or a 64-bit integer, sent and read in text
// format, so pgx's type system (pgtype, with database/sql, encoding/xml and
// golang.org/x/text's language tables behind it) would be 4.5 MB of binary
// that converts nothing. The pool behaves as pgxpool's does for these
// calls: a connection idle for over a second is pinged before use, and
// one left closed, busy or inside a transaction is dropped on release.
type postgresDB struct {
	pool *puddle.Pool[*pgconn.PgConn]
	max  int
}

// migrationLock is the pg_advisory_xact_lock key migrations take, so
// replicas starting together migrate one at a time. Any fixed number
// works; this one is "scambot" in ASCII.
const migrationLock int64 = 0x73_63_61_6d_62_6f_74

// maxConns bounds the pool: a store call is a single-row read or write; a
// few connections serve many chats, and replicas must not exhaust
// max_connections.
const maxConns = 8

// OpenPostgres connects to the PostgreSQL database at url
// (postgres://user:pass@host:port/db?sslmode=…) and brings its schema up
// to date. The password is never logged or put in an error. A
// pool_max_conns parameter, as pgxpool reads it, lowers the pool size.
func OpenPostgres(ctx context.Context, url string) (*Store, error) {
	if url == "" {
		return nil, errEmptyTarget
	}
	url, size, err := poolSize(url)
	if err != nil {
		return nil, err
	}
	cfg, err := pgconn.ParseConfig(url)
	if err != nil {
		// pgconn's parse errors redact the password; say no more than that.
		return nil, fmt.Errorf("store: invalid DATABASE_URL: %w", err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 5 * time.Second
	}
	pool, err := puddle.NewPool(&puddle.Config[*pgconn.PgConn]{
		Constructor: func(ctx context.Context) (*pgconn.PgConn, error) { return pgconn.ConnectConfig(ctx, cfg) },
		Destructor: func(c *pgconn.PgConn) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			c.Close(ctx) //nolint:errcheck // closing a connection we drop
		},
		MaxSize: int32(size),
	})
	if err != nil {
		return nil, fmt.Errorf("store: connecting to PostgreSQL: %w", err)
	}
	b := &postgresDB{pool: pool, max: size}
	if err := b.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return &Store{b: b}, nil
}

// poolSize takes pool_max_conns (pgxpool's parameter) out of a URL, which
// PostgreSQL would otherwise be sent as an unknown setting, and returns
// the pool size: maxConns, or less when asked.
func poolSize(raw string) (string, int, error) {
	u, err := url.Parse(raw)
	if err != nil || !strings.Contains(u.RawQuery, "pool_") {
		return raw, maxConns, nil // pgconn reports a malformed URL, redacted
	}
	q := u.Query()
	size := maxConns
	if v := q.Get("pool_max_conns"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return "", 0, fmt.Errorf("store: invalid DATABASE_URL: pool_max_conns %q is not a positive number", v)
		}
		size = min(n, maxConns)
	}
	for k := range q {
		if strings.HasPrefix(k, "pool_") {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	return u.String(), size, nil
}

func (b *postgresDB) name() string { return "postgres" }
func (b *postgresDB) close() error { b.pool.Close(); return nil }

func (b *postgresDB) ping(ctx context.Context) error {
	return b.with(ctx, func(c *pgconn.PgConn) error { return c.Ping(ctx) })
}

// with runs fn on a pooled connection. A connection idle for over a
// second is pinged first (the server may have restarted since), trying
// up to the pool size plus one, so that a pool of dead connections still
// ends with a fresh one.
func (b *postgresDB) with(ctx context.Context, fn func(c *pgconn.PgConn) error) error {
	for range b.max + 1 {
		res, err := b.pool.Acquire(ctx)
		if err != nil {
			return err
		}
		c := res.Value()
		if res.IdleDuration() > time.Second {
			if err := c.Ping(ctx); err != nil {
				res.Destroy()
				if ctx.Err() != nil {
					return err
				}
				continue
			}
		}
		err = fn(c)
		if c.IsClosed() || c.IsBusy() || c.TxStatus() != 'I' {
			res.Destroy()
		} else {
			res.Release()
		}
		return err
	}
	return errors.New("no working connection")
}

// run executes one statement with text-format arguments (strings and
// integers) and returns its result, rows in text format.
func run(ctx context.Context, c *pgconn.PgConn, sql string, args ...any) (*pgconn.Result, error) {
	params := make([][]byte, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			params[i] = []byte(v)
		case int64:
			params[i] = strconv.AppendInt(nil, v, 10)
		case int:
			params[i] = strconv.AppendInt(nil, int64(v), 10)
		default:
			return nil, fmt.Errorf("argument %d: unsupported type %T", i+1, a)
		}
	}
	res := c.ExecParams(ctx, sql, params, nil, nil, nil).Read()
	return res, res.Err
}

// exec runs one statement on a pooled connection and returns how many
// rows it changed.
func (b *postgresDB) exec(ctx context.Context, sql string, args ...any) (n int64, err error) {
	err = b.with(ctx, func(c *pgconn.PgConn) error {
		res, err := run(ctx, c, sql, args...)
		if err == nil {
			n = res.CommandTag.RowsAffected()
		}
		return err
	})
	return n, err
}

// row runs a query on a pooled connection and returns its first row, nil
// when there is none.
func (b *postgresDB) row(ctx context.Context, sql string, args ...any) (row [][]byte, err error) {
	err = b.with(ctx, func(c *pgconn.PgConn) error {
		res, err := run(ctx, c, sql, args...)
		if err == nil && len(res.Rows) > 0 {
			row = res.Rows[0]
		}
		return err
	})
	return row, err
}

// rowInt is a query's first column of its first row as an integer.
func (b *postgresDB) rowInt(ctx context.Context, sql string, args ...any) (int64, error) {
	r, err := b.row(ctx, sql, args...)
	if err != nil {
		return 0, err
	}
	if len(r) == 0 {
		return 0, errors.New("no row")
	}
	return parseInt(r[0])
}

func parseInt(v []byte) (int64, error) {
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("reading a number: %w", err)
	}
	return n, nil
}

func (b *postgresDB) version(ctx context.Context) (int, error) {
	v, err := b.rowInt(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`)
	return int(v), err
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
	err = b.with(ctx, func(c *pgconn.PgConn) error {
		if _, err := run(ctx, c, `BEGIN`); err != nil {
			return fmt.Errorf("store: migrating: %w", err)
		}
		committed := false
		defer func() {
			if !committed {
				// A failed rollback leaves the connection outside 'I'dle:
				// with drops it.
				run(ctx, c, `ROLLBACK`) //nolint:errcheck
			}
		}()
		if _, err := run(ctx, c, `SELECT pg_advisory_xact_lock($1::bigint)`, migrationLock); err != nil {
			return fmt.Errorf("store: migration lock: %w", err)
		}
		if _, err := run(ctx, c, `CREATE TABLE IF NOT EXISTS schema_version (
			version    INTEGER PRIMARY KEY,
			applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
		)`); err != nil {
			return fmt.Errorf("store: creating schema_version: %w", err)
		}
		res, err := run(ctx, c, `SELECT COALESCE(MAX(version), 0) FROM schema_version`)
		if err == nil && len(res.Rows) != 1 {
			err = errors.New("no row")
		}
		if err != nil {
			return fmt.Errorf("store: reading schema version: %w", err)
		}
		v64, err := parseInt(res.Rows[0][0])
		if err != nil {
			return fmt.Errorf("store: reading schema version: %w", err)
		}
		v := int(v64)
		if v > len(migrations) {
			return errNewer(v, len(migrations))
		}
		if v < len(migrations) {
			// The simple protocol runs a migration's several statements.
			if _, err := c.Exec(ctx, migrations[v]).ReadAll(); err != nil {
				return fmt.Errorf("store: migration %d: %w", v+1, err)
			}
			if _, err := run(ctx, c, `INSERT INTO schema_version (version) VALUES ($1)`, v+1); err != nil {
				return fmt.Errorf("store: recording migration %d: %w", v+1, err)
			}
		}
		if _, err := run(ctx, c, `COMMIT`); err != nil {
			return fmt.Errorf("store: migration %d: %w", v+1, err)
		}
		committed = true
		done = v == len(migrations)
		return nil
	})
	return done, err
}

func (b *postgresDB) guild(ctx context.Context, guildID string) (string, string, bool, error) {
	r, err := b.row(ctx, `SELECT modlog, threshold FROM guild_settings WHERE guild_id = $1`, guildID)
	if err != nil || r == nil {
		return "", "", false, err
	}
	return string(r[0]), string(r[1]), true, nil
}

func (b *postgresDB) watched(ctx context.Context, guildID string) (out []string, err error) {
	err = b.with(ctx, func(c *pgconn.PgConn) error {
		res, err := run(ctx, c, `SELECT channel_id FROM watched_channels WHERE guild_id = $1 ORDER BY channel_id`, guildID)
		if err != nil {
			return err
		}
		for _, r := range res.Rows {
			out = append(out, string(r[0])) // none: a nil slice, as the bbolt backend returns
		}
		return nil
	})
	return out, err
}

func (b *postgresDB) watch(ctx context.Context, guildID, channelID string) error {
	_, err := b.exec(ctx, `INSERT INTO watched_channels (guild_id, channel_id) VALUES ($1, $2)
		ON CONFLICT DO NOTHING`, guildID, channelID)
	return err
}

func (b *postgresDB) unwatch(ctx context.Context, guildID, channelID string) error {
	_, err := b.exec(ctx, `DELETE FROM watched_channels WHERE guild_id = $1 AND channel_id = $2`, guildID, channelID)
	return err
}

func (b *postgresDB) setModLog(ctx context.Context, guildID, channelID string) error {
	_, err := b.exec(ctx, `INSERT INTO guild_settings (guild_id, modlog) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET modlog = excluded.modlog`, guildID, channelID)
	return err
}

func (b *postgresDB) setThreshold(ctx context.Context, guildID, threshold string) error {
	_, err := b.exec(ctx, `INSERT INTO guild_settings (guild_id, threshold) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET threshold = excluded.threshold`, guildID, threshold)
	return err
}

func (b *postgresDB) lang(ctx context.Context, platform string, userID int64) (string, bool, error) {
	r, err := b.row(ctx, `SELECT lang FROM user_prefs WHERE platform = $1 AND user_id = $2`, platform, userID)
	if err != nil || r == nil {
		return "", false, err
	}
	return string(r[0]), true, nil
}

func (b *postgresDB) setLang(ctx context.Context, platform string, userID int64, lang string) error {
	_, err := b.exec(ctx, `INSERT INTO user_prefs (platform, user_id, lang) VALUES ($1, $2, $3)
		ON CONFLICT (platform, user_id) DO UPDATE SET lang = excluded.lang`, platform, userID, lang)
	return err
}

func (b *postgresDB) deleteLang(ctx context.Context, platform string, userID int64) error {
	_, err := b.exec(ctx, `DELETE FROM user_prefs WHERE platform = $1 AND user_id = $2`, platform, userID)
	return err
}

func (b *postgresDB) guildLang(ctx context.Context, guildID string) (string, error) {
	r, err := b.row(ctx, `SELECT lang FROM guild_settings WHERE guild_id = $1`, guildID)
	if err != nil || r == nil {
		return "", err
	}
	return string(r[0]), nil
}

func (b *postgresDB) setGuildLang(ctx context.Context, guildID, lang string) error {
	_, err := b.exec(ctx, `INSERT INTO guild_settings (guild_id, lang) VALUES ($1, $2)
		ON CONFLICT (guild_id) DO UPDATE SET lang = excluded.lang`, guildID, lang)
	return err
}

func (b *postgresDB) claim(ctx context.Context, platform string, id, now, staleBefore int64) (claimState, error) {
	n, err := b.exec(ctx, `INSERT INTO update_claims (platform, update_id, claimed_at) VALUES ($1, $2, $3)
		ON CONFLICT DO NOTHING`, platform, id, now)
	if err != nil {
		return 0, err
	}
	if n == 1 {
		return claimTaken, nil
	}
	n, err = b.exec(ctx, `UPDATE update_claims SET claimed_at = $1
		WHERE platform = $2 AND update_id = $3 AND done_at = 0 AND claimed_at < $4`, now, platform, id, staleBefore)
	if err != nil {
		return 0, err
	}
	if n == 1 {
		return claimTaken, nil
	}
	done, err := b.rowInt(ctx, `SELECT done_at FROM update_claims WHERE platform = $1 AND update_id = $2`, platform, id)
	if err != nil {
		return 0, err
	}
	if done > 0 {
		return claimDone, nil
	}
	return claimBusy, nil
}

func (b *postgresDB) claimDone(ctx context.Context, platform string, id, now int64) error {
	_, err := b.exec(ctx, `UPDATE update_claims SET done_at = $1 WHERE platform = $2 AND update_id = $3`, now, platform, id)
	return err
}

func (b *postgresDB) forgetClaims(ctx context.Context, before int64) error {
	_, err := b.exec(ctx, `DELETE FROM update_claims WHERE claimed_at < $1`, before)
	return err
}

func (b *postgresDB) putMemo(ctx context.Context, key, sealed string, expires int64) error {
	_, err := b.exec(ctx, `INSERT INTO shared_memos (memo_key, sealed, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (memo_key) DO UPDATE SET sealed = excluded.sealed, expires_at = excluded.expires_at`, key, sealed, expires)
	return err
}

func (b *postgresDB) takeMemo(ctx context.Context, key string, now int64) (string, bool, error) {
	r, err := b.row(ctx, `DELETE FROM shared_memos WHERE memo_key = $1 RETURNING sealed, expires_at`, key)
	if err != nil || r == nil {
		return "", false, err
	}
	expires, err := parseInt(r[1])
	if err != nil {
		return "", false, err
	}
	return string(r[0]), expires > now, nil
}

func (b *postgresDB) forgetMemos(ctx context.Context, now int64) error {
	_, err := b.exec(ctx, `DELETE FROM shared_memos WHERE expires_at <= $1`, now)
	return err
}

func (b *postgresDB) useSlot(ctx context.Context, name string, slot int64) (int, error) {
	used, err := b.rowInt(ctx, `INSERT INTO send_budget (name, slot, used) VALUES ($1, $2, 1)
		ON CONFLICT (name, slot) DO UPDATE SET used = send_budget.used + 1 RETURNING used`, name, slot)
	return int(used), err
}

func (b *postgresDB) forgetSlots(ctx context.Context, name string, before int64) error {
	_, err := b.exec(ctx, `DELETE FROM send_budget WHERE name = $1 AND slot < $2`, name, before)
	return err
}
