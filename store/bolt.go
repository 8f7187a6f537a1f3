package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// boltDB is the default backend: one bbolt file (go.etcd.io/bbolt, pure
// Go, already linked for the search index), used by one process. Each
// call is one bbolt transaction; bbolt runs one writer at a time, so a
// read-modify-write inside one (a claim, a send slot) is atomic.
//
// Layout, one bucket per concern (keys are length-prefixed so that one
// id can never run into the next):
//
//	meta      "version" → format version (8 bytes)
//	guilds    lp(guild) → JSON {modlog, threshold, lang}
//	watched   lp(guild) channel → ""
//	prefs     lp(platform) u64(user) → language code
//	claims    lp(platform) u64(id) → claimed_at, done_at (8 bytes each)
//	claimAge  u64(claimed_at) claim key → "", to forget old claims in order
//	memos     lp(key) → expires_at (8 bytes) sealed
//	budget    lp(name) u64(slot) → used (8 bytes)
//
// Signed numbers are stored with the sign bit flipped, so that byte order
// is numeric order. No key is ever empty (bbolt refuses one): an empty id
// is a valid, if odd, value, as it was in SQL.
type boltDB struct {
	f      *boltFile
	closed atomic.Bool
}

// boltVersion is the file format this build writes. Append-only, as the
// SQL migrations are: a new version adds buckets or fields and upgrades
// older files in migrateBolt.
const boltVersion = 1

var (
	bktMeta     = []byte("meta")
	bktGuilds   = []byte("guilds")
	bktWatched  = []byte("watched")
	bktPrefs    = []byte("prefs")
	bktClaims   = []byte("claims")
	bktClaimAge = []byte("claimAge")
	bktMemos    = []byte("memos")
	bktBudget   = []byte("budget")
	keyVersion  = []byte("version")

	allBuckets = [][]byte{bktMeta, bktGuilds, bktWatched, bktPrefs, bktClaims, bktClaimAge, bktMemos, bktBudget}
)

// lockTimeout is how long Open waits for another process to let go of
// the file (a previous instance still shutting down) before it fails.
var lockTimeout = 5 * time.Second

// errClosed is returned by calls on a Store after Close.
var errClosed = errors.New("store is closed")

// boltFile is one open bbolt file, shared by every Store this process
// opens on the same path: bbolt locks the file for one opener, and two
// handles in one process (tests, or a restart within a test) must see
// the same data, as two connections to one database would.
type boltFile struct {
	db   *bolt.DB
	key  string // the absolute path in openBolt
	refs int
	temp bool // ":memory:": a private temporary file, removed on close
}

var (
	boltMu   sync.Mutex
	openBolt = map[string]*boltFile{}
)

// Open opens (creating if needed) the settings file at path and brings
// its format up to date. ":memory:" opens a private database that
// disappears on Close. Only one process may have a file open: a second
// one fails after a few seconds, saying so (replicas share PostgreSQL).
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errEmptyTarget
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	var (
		f   *boltFile
		err error
	)
	if path == ":memory:" {
		f, err = openTempBolt()
	} else {
		f, err = openSharedBolt(path)
	}
	if err != nil {
		return nil, err
	}
	b := &boltDB{f: f}
	if err := b.migrate(); err != nil {
		b.close()
		return nil, err
	}
	return &Store{b: b}, nil
}

func openSharedBolt(path string) (*boltFile, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	boltMu.Lock()
	defer boltMu.Unlock()
	if f := openBolt[abs]; f != nil {
		f.refs++
		return f, nil
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("store: creating data directory: %w", err)
	}
	db, err := bolt.Open(abs, 0o600, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("store: %s is in use by another process: one scambot process per data directory (replicas share PostgreSQL through DATABASE_URL): %w", path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	f := &boltFile{db: db, key: abs, refs: 1}
	openBolt[abs] = f
	return f, nil
}

// openTempBolt opens a private file in the temporary directory. Syncing
// is off: it does not outlive the process anyway.
func openTempBolt() (*boltFile, error) {
	tmp, err := os.CreateTemp("", "scambot-memory-*.bolt")
	if err != nil {
		return nil, fmt.Errorf("store: creating an in-memory database: %w", err)
	}
	name := tmp.Name()
	tmp.Close()
	db, err := bolt.Open(name, 0o600, &bolt.Options{Timeout: lockTimeout, NoSync: true, NoFreelistSync: true})
	if err != nil {
		os.Remove(name)
		return nil, fmt.Errorf("store: creating an in-memory database: %w", err)
	}
	return &boltFile{db: db, refs: 1, temp: true}, nil
}

func (b *boltDB) name() string { return "bolt" }

func (b *boltDB) close() error {
	if b.closed.Swap(true) {
		return nil
	}
	f := b.f
	boltMu.Lock()
	f.refs--
	last := f.refs == 0
	if last && f.key != "" {
		delete(openBolt, f.key)
	}
	boltMu.Unlock()
	if !last {
		return nil
	}
	path := f.db.Path()
	err := f.db.Close()
	if f.temp {
		os.Remove(path)
	}
	return err
}

// view and update run fn in a read or write transaction, after checking
// that the store is open and the caller still waits.
func (b *boltDB) view(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	if err := b.usable(ctx); err != nil {
		return err
	}
	return b.f.db.View(fn)
}

func (b *boltDB) update(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	if err := b.usable(ctx); err != nil {
		return err
	}
	return b.f.db.Update(fn)
}

func (b *boltDB) usable(ctx context.Context) error {
	if b.closed.Load() {
		return errClosed
	}
	return ctx.Err()
}

func (b *boltDB) ping(ctx context.Context) error {
	return b.view(ctx, func(tx *bolt.Tx) error {
		if tx.Bucket(bktMeta) == nil {
			return errors.New("settings file has no meta bucket")
		}
		return nil
	})
}

func (b *boltDB) version(ctx context.Context) (int, error) {
	var v int
	err := b.view(ctx, func(tx *bolt.Tx) error { v = fileVersion(tx); return nil })
	return v, err
}

// fileVersion is the format version recorded in the file, 0 when new.
func fileVersion(tx *bolt.Tx) int {
	m := tx.Bucket(bktMeta)
	if m == nil {
		return 0
	}
	raw := m.Get(keyVersion)
	if len(raw) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(raw))
}

// migrate brings the file to boltVersion in one transaction; bbolt's
// single writer makes concurrent openers run it one after the other.
func (b *boltDB) migrate() error {
	var newer error
	err := b.f.db.Update(func(tx *bolt.Tx) error {
		v := fileVersion(tx)
		if v > boltVersion {
			newer = errNewer(v, boltVersion)
			return newer
		}
		if v == boltVersion {
			return nil
		}
		// Version 1 is every bucket; a later version adds its own here.
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return tx.Bucket(bktMeta).Put(keyVersion, u64(boltVersion))
	})
	if newer != nil {
		return fmt.Errorf("%w: %s", newer, b.f.db.Path())
	}
	if err != nil {
		return fmt.Errorf("store: migrating %s: %w", b.f.db.Path(), err)
	}
	return nil
}

// Key and value encodings.

// u64 is 8 big-endian bytes; s64 the same with the sign bit flipped, so
// that negative numbers sort first.
func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
func s64(v int64) []byte  { return u64(uint64(v) ^ 1<<63) }

func getS64(b []byte) int64 { return int64(binary.BigEndian.Uint64(b) ^ 1<<63) }

// lp is s with its length in front: a prefix no other string shares.
func lp(s string) []byte {
	return append(binary.AppendUvarint(nil, uint64(len(s))), s...)
}

// key joins its parts into a fresh slice (bbolt keeps keys it is given).
func key(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// guildRow is a guild's settings as stored.
type guildRow struct {
	ModLog    string `json:"modlog"`
	Threshold string `json:"threshold"`
	Lang      string `json:"lang"`
}

func getGuild(tx *bolt.Tx, guildID string) (guildRow, bool, error) {
	raw := tx.Bucket(bktGuilds).Get(lp(guildID))
	if raw == nil {
		return guildRow{Threshold: ThresholdHigh}, false, nil
	}
	var g guildRow
	if err := json.Unmarshal(raw, &g); err != nil {
		return guildRow{}, false, fmt.Errorf("guild %q: %w", guildID, err)
	}
	return g, true, nil
}

// editGuild applies edit to a guild's settings (defaults when none are
// stored) and stores them.
func (b *boltDB) editGuild(ctx context.Context, guildID string, edit func(*guildRow)) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		g, _, err := getGuild(tx, guildID)
		if err != nil {
			return err
		}
		edit(&g)
		raw, err := json.Marshal(g)
		if err != nil {
			return err
		}
		return tx.Bucket(bktGuilds).Put(lp(guildID), raw)
	})
}

func (b *boltDB) guild(ctx context.Context, guildID string) (modlog, threshold string, found bool, err error) {
	err = b.view(ctx, func(tx *bolt.Tx) error {
		g, ok, err := getGuild(tx, guildID)
		modlog, threshold, found = g.ModLog, g.Threshold, ok
		return err
	})
	return modlog, threshold, found, err
}

func (b *boltDB) guildLang(ctx context.Context, guildID string) (lang string, err error) {
	err = b.view(ctx, func(tx *bolt.Tx) error {
		g, _, err := getGuild(tx, guildID)
		lang = g.Lang
		return err
	})
	return lang, err
}

func (b *boltDB) setModLog(ctx context.Context, guildID, channelID string) error {
	return b.editGuild(ctx, guildID, func(g *guildRow) { g.ModLog = channelID })
}

func (b *boltDB) setThreshold(ctx context.Context, guildID, threshold string) error {
	return b.editGuild(ctx, guildID, func(g *guildRow) { g.Threshold = threshold })
}

func (b *boltDB) setGuildLang(ctx context.Context, guildID, lang string) error {
	return b.editGuild(ctx, guildID, func(g *guildRow) { g.Lang = lang })
}

// watched returns the guild's channels in byte order, as the SQL ORDER BY
// does; nil when none.
func (b *boltDB) watched(ctx context.Context, guildID string) (out []string, err error) {
	prefix := lp(guildID)
	err = b.view(ctx, func(tx *bolt.Tx) error {
		c := tx.Bucket(bktWatched).Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			out = append(out, string(k[len(prefix):]))
		}
		return nil
	})
	return out, err
}

func (b *boltDB) watch(ctx context.Context, guildID, channelID string) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bktWatched).Put(key(lp(guildID), []byte(channelID)), nil)
	})
}

func (b *boltDB) unwatch(ctx context.Context, guildID, channelID string) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bktWatched).Delete(key(lp(guildID), []byte(channelID)))
	})
}

func prefKey(platform string, userID int64) []byte { return key(lp(platform), s64(userID)) }

func (b *boltDB) lang(ctx context.Context, platform string, userID int64) (lang string, found bool, err error) {
	err = b.view(ctx, func(tx *bolt.Tx) error {
		if v := tx.Bucket(bktPrefs).Get(prefKey(platform, userID)); v != nil {
			lang, found = string(v), true
		}
		return nil
	})
	return lang, found, err
}

func (b *boltDB) setLang(ctx context.Context, platform string, userID int64, lang string) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bktPrefs).Put(prefKey(platform, userID), []byte(lang))
	})
}

func (b *boltDB) deleteLang(ctx context.Context, platform string, userID int64) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bktPrefs).Delete(prefKey(platform, userID))
	})
}

// claim follows the SQL backends: a new id is taken; an unfinished claim
// older than staleBefore is taken over; otherwise it is done or busy.
func (b *boltDB) claim(ctx context.Context, platform string, id, now, staleBefore int64) (st claimState, err error) {
	k := key(lp(platform), s64(id))
	err = b.update(ctx, func(tx *bolt.Tx) error {
		claims, age := tx.Bucket(bktClaims), tx.Bucket(bktClaimAge)
		old := claims.Get(k)
		if old != nil {
			claimedAt, doneAt := getS64(old[:8]), getS64(old[8:16])
			if doneAt > 0 {
				st = claimDone
				return nil
			}
			if claimedAt >= staleBefore {
				st = claimBusy
				return nil
			}
			if err := age.Delete(key(s64(claimedAt), k)); err != nil {
				return err
			}
		}
		st = claimTaken
		if err := claims.Put(k, key(s64(now), s64(0))); err != nil {
			return err
		}
		return age.Put(key(s64(now), k), nil)
	})
	return st, err
}

func (b *boltDB) claimDone(ctx context.Context, platform string, id, now int64) error {
	k := key(lp(platform), s64(id))
	return b.update(ctx, func(tx *bolt.Tx) error {
		claims := tx.Bucket(bktClaims)
		old := claims.Get(k)
		if old == nil {
			return nil // as an UPDATE of no row
		}
		return claims.Put(k, key(old[:8], s64(now)))
	})
}

func (b *boltDB) forgetClaims(ctx context.Context, before int64) error {
	limit := s64(before)
	return b.update(ctx, func(tx *bolt.Tx) error {
		claims, age := tx.Bucket(bktClaims), tx.Bucket(bktClaimAge)
		// Collect first: deleting under a moving cursor skips keys.
		var old [][]byte
		c := age.Cursor()
		for k, _ := c.First(); k != nil && bytes.Compare(k[:8], limit) < 0; k, _ = c.Next() {
			old = append(old, slices.Clone(k))
		}
		for _, k := range old {
			if err := claims.Delete(k[8:]); err != nil {
				return err
			}
			if err := age.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}

func (b *boltDB) putMemo(ctx context.Context, k, sealed string, expires int64) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bktMemos).Put(lp(k), key(s64(expires), []byte(sealed)))
	})
}

func (b *boltDB) takeMemo(ctx context.Context, k string, now int64) (sealed string, found bool, err error) {
	err = b.update(ctx, func(tx *bolt.Tx) error {
		memos := tx.Bucket(bktMemos)
		v := memos.Get(lp(k))
		if v == nil {
			return nil
		}
		sealed, found = string(v[8:]), getS64(v[:8]) > now
		return memos.Delete(lp(k))
	})
	if !found {
		sealed = ""
	}
	return sealed, found, err
}

// forgetMemos scans every memo: there are few (each lives minutes, and a
// single process keeps its pending texts in memory).
func (b *boltDB) forgetMemos(ctx context.Context, now int64) error {
	return b.update(ctx, func(tx *bolt.Tx) error {
		memos := tx.Bucket(bktMemos)
		var old [][]byte
		c := memos.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if getS64(v[:8]) <= now {
				old = append(old, slices.Clone(k))
			}
		}
		for _, k := range old {
			if err := memos.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}

func (b *boltDB) useSlot(ctx context.Context, name string, slot int64) (used int, err error) {
	k := key(lp(name), s64(slot))
	err = b.update(ctx, func(tx *bolt.Tx) error {
		budget := tx.Bucket(bktBudget)
		n := uint64(1)
		if v := budget.Get(k); len(v) == 8 {
			n += binary.BigEndian.Uint64(v)
		}
		used = int(n)
		return budget.Put(k, u64(n))
	})
	return used, err
}

func (b *boltDB) forgetSlots(ctx context.Context, name string, before int64) error {
	prefix := lp(name)
	limit := key(prefix, s64(before))
	return b.update(ctx, func(tx *bolt.Tx) error {
		budget := tx.Bucket(bktBudget)
		var old [][]byte
		c := budget.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && bytes.Compare(k, limit) < 0; k, _ = c.Next() {
			old = append(old, slices.Clone(k))
		}
		for _, k := range old {
			if err := budget.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}
