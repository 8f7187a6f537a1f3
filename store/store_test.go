package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	bolt "go.etcd.io/bbolt"
)

// TestDatabaseURLEnv names the PostgreSQL server the suite runs against
// as well as the bbolt file (.ci/run starts one and sets it). Each test gets its
// own schema there and drops it afterwards.
const TestDatabaseURLEnv = "SCAMBOT_TEST_DATABASE_URL"

// target is one back-end under test: fresh returns where an empty
// database lives (a file path or a postgres:// URL) that open can open any
// number of times, as restarts or replicas would.
type target struct {
	name  string
	fresh func(t *testing.T) string
}

var targets = []target{
	{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "sub", FileName) }},
	{"postgres", freshPostgres},
}

// each runs test once per back-end; PostgreSQL is skipped, with the
// reason, when no server is configured.
func each(t *testing.T, test func(t *testing.T, where string)) {
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) { test(t, tg.fresh(t)) })
	}
}

// freshPostgres creates an empty schema on the test server and returns a
// URL whose connections use it.
func freshPostgres(t *testing.T) string {
	t.Helper()
	base := os.Getenv(TestDatabaseURLEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests skipped: set %s=postgres://… (.ci/run starts a server and sets it)", TestDatabaseURLEnv)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to %s: %v", TestDatabaseURLEnv, err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	schema := "scambot_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Logf("dropping schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Logf("dropping schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema) // pgx sends unknown parameters as run-time settings
	u.RawQuery = q.Encode()
	return u.String()
}

func open(t *testing.T, where string) *Store {
	t.Helper()
	s, err := OpenTarget(context.Background(), where)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// exec runs raw SQL on s's PostgreSQL database (?-placeholders are
// rewritten), for tests that tamper with it as an older or newer build
// would have left it.
func exec(t *testing.T, s *Store, query string, args ...any) {
	t.Helper()
	b, ok := s.b.(*postgresDB)
	if !ok {
		t.Fatalf("exec on the %s backend: SQL is for PostgreSQL", s.Backend())
	}
	for i := 1; strings.Contains(query, "?"); i++ {
		query = strings.Replace(query, "?", fmt.Sprintf("$%d", i), 1)
	}
	if _, err := b.exec(context.Background(), query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// wantVersion is the format version a freshly opened s must be at.
func wantVersion(s *Store) int {
	if s.Backend() == "bolt" {
		return boltVersion
	}
	return SchemaVersion
}

// setVersion records format version v in s's database, as a newer build
// would have left it.
func setVersion(t *testing.T, s *Store, v int) {
	t.Helper()
	switch b := s.b.(type) {
	case *boltDB:
		must(t, b.f.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bktMeta).Put(keyVersion, u64(uint64(v))) }))
	case *postgresDB:
		exec(t, s, `INSERT INTO schema_version (version) VALUES (?)`, v)
	}
}

func TestMigrateFromEmpty(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		s := open(t, where)
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := wantVersion(s); v != want {
			t.Errorf("version = %d, want %d", v, want)
		}
		if s.Backend() == "postgres" {
			// Every table a migration creates exists and takes its rows.
			exec(t, s, `INSERT INTO guild_settings (guild_id) VALUES ('g')`)
			exec(t, s, `INSERT INTO watched_channels (guild_id, channel_id) VALUES ('g', 'c')`)
		}
		// A Telegram user id past 2^31 fits.
		must(t, s.Prefs("telegram").SetLang(ctx, 7_000_000_000, "vi"))
		if l, err := s.Prefs("telegram").Lang(ctx, 7_000_000_000); err != nil || l != "vi" {
			t.Errorf("64-bit user id: %q, %v", l, err)
		}
		if err := s.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
	})
}

// TestMigrateFromOlderVersion upgrades a PostgreSQL database an older
// release left (the bbolt file has had one format version so far).
func TestMigrateFromOlderVersion(t *testing.T) {
	ctx := context.Background()
	t.Run("postgres", func(t *testing.T) {
		where := freshPostgres(t)
		// Build a version-1 database, as an older release left it.
		full := migrations
		migrations = full[:1]
		s, err := OpenTarget(ctx, where)
		migrations = full
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Watch(ctx, "g1", "c1", true); err != nil {
			t.Fatal(err)
		}
		if v, _ := s.Version(ctx); v != 1 {
			t.Fatalf("old version = %d, want 1", v)
		}
		s.Close()

		s = open(t, where)
		if v, _ := s.Version(ctx); v != SchemaVersion {
			t.Errorf("upgraded version = %d, want %d", v, SchemaVersion)
		}
		g, err := s.Guild(ctx, "g1")
		if err != nil || !g.Watches("c1") {
			t.Errorf("data lost in upgrade: %+v, %v", g, err)
		}
		if err := s.Prefs("telegram").SetLang(ctx, 1, "vi"); err != nil {
			t.Errorf("new table unusable after upgrade: %v", err)
		}
	})
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		s := open(t, where)
		setVersion(t, s, wantVersion(s)+1)
		s.Close()
		s2, err := OpenTarget(ctx, where)
		if err == nil {
			s2.Close()
			t.Fatal("opened a database from a newer build without error")
		}
		if !strings.Contains(err.Error(), "newer than this build") {
			t.Errorf("error %q does not say the schema is newer", err)
		}
	})
}

// TestReopenKeepsData is restart survival: what one process wrote, the
// next one reads.
func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		s := open(t, where)
		must(t, s.Watch(ctx, "g1", "c2", true))
		must(t, s.Watch(ctx, "g1", "c1", true))
		must(t, s.Watch(ctx, "g1", "c1", true)) // idempotent
		must(t, s.Watch(ctx, "g2", "c9", true))
		must(t, s.Watch(ctx, "g2", "c9", false))
		must(t, s.SetModLog(ctx, "g1", "log"))
		must(t, s.SetThreshold(ctx, "g1", ThresholdMedium))
		must(t, s.SetLang(ctx, "g1", "vi"))
		if err := s.SetLang(ctx, "g1", "xx"); err == nil {
			t.Error("SetLang accepted an unsupported language")
		}
		must(t, s.Prefs("telegram").SetLang(ctx, 42, "th"))
		must(t, s.Prefs("discord").SetLang(ctx, 42, "hi"))
		s.Close()

		s = open(t, where)
		g, err := s.Guild(ctx, "g1")
		must(t, err)
		want := Guild{ID: "g1", Watched: []string{"c1", "c2"}, ModLog: "log", Threshold: ThresholdMedium, Lang: "vi"}
		if !reflect.DeepEqual(g, want) {
			t.Errorf("Guild(g1) = %+v, want %+v", g, want)
		}
		g2, err := s.Guild(ctx, "g2")
		must(t, err)
		if !reflect.DeepEqual(g2, Guild{ID: "g2", Threshold: ThresholdHigh}) {
			t.Errorf("Guild(g2) = %+v, want defaults with nothing watched", g2)
		}
		for _, c := range []struct {
			platform string
			user     int64
			want     string
		}{
			{"telegram", 42, "th"},
			{"discord", 42, "hi"},
			{"telegram", 43, ""},
		} {
			got, err := s.Prefs(c.platform).Lang(ctx, c.user)
			if err != nil || got != c.want {
				t.Errorf("Prefs(%s).Lang(%d) = %q, %v; want %q", c.platform, c.user, got, err, c.want)
			}
		}
		must(t, s.Prefs("telegram").SetLang(ctx, 42, ""))
		if got, _ := s.Prefs("telegram").Lang(ctx, 42); got != "" {
			t.Errorf("language not forgotten: %q", got)
		}
	})
}

func TestThresholdValidated(t *testing.T) {
	each(t, func(t *testing.T, where string) {
		s := open(t, where)
		for _, th := range []string{"", "low", "HIGH", "high; DROP TABLE x"} {
			if err := s.SetThreshold(context.Background(), "g", th); err == nil {
				t.Errorf("SetThreshold(%q) accepted", th)
			}
		}
	})
}

// TestConcurrentOpen starts several "replicas" on one empty database at
// once: the migrations run exactly once and every one of them opens.
func TestConcurrentOpen(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		const n = 4
		stores := make([]*Store, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() { stores[i], errs[i] = OpenTarget(ctx, where) })
		}
		wg.Wait()
		for i := range n {
			if errs[i] != nil {
				t.Errorf("opener %d: %v", i, errs[i])
				continue
			}
			defer stores[i].Close()
		}
		if t.Failed() {
			return
		}
		switch b := stores[0].b.(type) {
		case *boltDB:
			for i, s := range stores {
				if v, err := s.Version(ctx); err != nil || v != boltVersion {
					t.Errorf("opener %d: version %d, %v; want %d", i, v, err, boltVersion)
				}
			}
		case *postgresDB:
			rows, err := b.rowInt(ctx, `SELECT count(*) FROM schema_version`)
			must(t, err)
			if rows != int64(SchemaVersion) {
				t.Errorf("schema_version has %d rows, want %d (one per migration)", rows, SchemaVersion)
			}
		}
	})
}

// TestConcurrentUse runs writers on two handles to one database (two
// processes, or two replicas) and checks that no write is lost.
func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		handles := []*Store{open(t, where), open(t, where)}
		var wg sync.WaitGroup
		errs := make(chan error, 64)
		for w := range 8 {
			s := handles[w%len(handles)]
			wg.Go(func() {
				p := s.Prefs("telegram")
				for i := range 25 {
					if err := s.Watch(ctx, "g", fmt.Sprintf("c%d-%d", w, i), true); err != nil {
						errs <- err
						return
					}
					if _, err := s.Guild(ctx, "g"); err != nil {
						errs <- err
						return
					}
					// Everyone races on one row too: last write wins, no error.
					if err := s.SetThreshold(ctx, "g", []string{ThresholdHigh, ThresholdMedium}[i%2]); err != nil {
						errs <- err
						return
					}
					if err := p.SetLang(ctx, int64(w), "vi"); err != nil {
						errs <- err
						return
					}
					if _, err := p.Lang(ctx, int64(w)); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		for i, s := range handles {
			g, err := s.Guild(ctx, "g")
			must(t, err)
			if len(g.Watched) != 8*25 {
				t.Errorf("handle %d sees %d watched channels, want %d", i, len(g.Watched), 8*25)
			}
			for w := range 8 {
				if l, err := s.Prefs("telegram").Lang(ctx, int64(w)); err != nil || l != "vi" {
					t.Errorf("handle %d: user %d language %q, %v", i, w, l, err)
				}
			}
		}
	})
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct{ name, target string }{
		{"empty", ""},
		{"bad url", "postgres://user:hunter2@localhost:notaport/db"},
		{"no server", "postgres://user:hunter2@127.0.0.1:1/db?connect_timeout=2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := OpenTarget(ctx, c.target)
			if err == nil {
				s.Close()
				t.Fatal("opened without error")
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

func TestIsPostgresURL(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://h/db":      true,
		"postgresql://h/db":    true,
		" POSTGRES://h/db":     true,
		"data/scambot.db":      false,
		":memory:":             false,
		"file:postgres://x.db": false,
	} {
		if got := IsPostgresURL(in); got != want {
			t.Errorf("IsPostgresURL(%q) = %v", in, got)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestOnErrorCountsFailures: a failing call reports its operation name
// (for the database_errors metric), a good one reports nothing.
func TestOnErrorCountsFailures(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		s, err := OpenTarget(ctx, where)
		must(t, err)
		var ops []string
		s.OnError(func(op string) { ops = append(ops, op) })
		must(t, s.Ping(ctx))
		if _, err := s.Guild(ctx, "g"); err != nil {
			t.Fatal(err)
		}
		if len(ops) != 0 {
			t.Fatalf("failures reported on a healthy store: %v", ops)
		}
		s.Close()
		_, err1 := s.Guild(ctx, "g")
		// Within the cooldown after a failure, calls fail at once, not
		// counted as database errors; Ping still tries.
		err2 := s.Prefs("telegram").SetLang(ctx, 1, "vi")
		err3 := s.Ping(ctx)
		if err1 == nil || err2 == nil || err3 == nil {
			t.Fatalf("calls on a closed store succeeded: %v %v %v", err1, err2, err3)
		}
		if !errors.Is(err2, ErrUnavailable) {
			t.Errorf("call during the cooldown: %v, want ErrUnavailable", err2)
		}
		if want := []string{"guild", "ping"}; !reflect.DeepEqual(ops, want) {
			t.Errorf("reported %v, want %v", ops, want)
		}
	})
}

// TestClaimsOncePerUpdate: two handles (replicas) claim the same update
// ids concurrently, some twice: each id is won exactly once, and the
// platforms are separate.
func TestClaimsOncePerUpdate(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		handles := []*Claims{open(t, where).Claims("telegram"), open(t, where).Claims("telegram")}
		const ids = 200
		var won [ids]atomic.Int32
		var wg sync.WaitGroup
		for w := range 4 {
			c := handles[w%2]
			wg.Go(func() {
				for i := range ids {
					take, _, err := c.Claim(ctx, int64(i))
					if err != nil {
						t.Error(err)
						return
					}
					if take {
						won[i].Add(1)
					}
				}
			})
		}
		wg.Wait()
		for i := range ids {
			if n := won[i].Load(); n != 1 {
				t.Errorf("update %d won %d times, want 1", i, n)
			}
		}
		if take, _, err := open(t, where).Claims("discord").Claim(ctx, 1); err != nil || !take {
			t.Errorf("another platform's id 1: take=%v err=%v", take, err)
		}
	})
}

// TestClaimStates: an update being handled elsewhere says "later", a
// handled one says neither, and one whose replica died (its claim
// unfinished past the lease) is taken over by exactly one other replica.
func TestClaimStates(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		a, b, c := open(t, where).Claims("telegram"), open(t, where).Claims("telegram"), open(t, where).Claims("telegram")
		for _, cl := range []*Claims{a, b, c} {
			cl.Lease = time.Second
		}
		type result struct{ take, later bool }
		claim := func(cl *Claims, id int64) result {
			take, later, err := cl.Claim(ctx, id)
			must(t, err)
			return result{take, later}
		}
		if r := claim(a, 1); r != (result{true, false}) {
			t.Fatalf("new update: %+v", r)
		}
		if r := claim(b, 1); r != (result{false, true}) {
			t.Errorf("update being handled: %+v, want later", r)
		}
		must(t, a.Done(ctx, 1))
		if r := claim(b, 1); r != (result{false, false}) {
			t.Errorf("handled update: %+v, want neither", r)
		}
		// Update 2: a claims it and "dies"; after the lease one of b and c
		// takes it over.
		claim(a, 2)
		time.Sleep(2100 * time.Millisecond) // claims are in whole seconds
		rb, rc := claim(b, 2), claim(c, 2)
		if rb.take == rc.take || !(rb.take || rc.take) {
			t.Errorf("stale claim taken over: b %+v, c %+v; want exactly one take", rb, rc)
		}
	})
}

// TestMemos: a memo put through one handle is taken once through
// another; an expired one is not returned.
func TestMemos(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		a, b := open(t, where).Memos(), open(t, where).Memos()
		must(t, a.Put(ctx, "k1", "sealed-1", time.Now().Add(time.Minute)))
		must(t, a.Put(ctx, "k1", "sealed-2", time.Now().Add(time.Minute))) // replaced
		must(t, a.Put(ctx, "old", "x", time.Now().Add(-time.Second)))
		if v, ok, err := b.Take(ctx, "k1"); err != nil || !ok || v != "sealed-2" {
			t.Errorf("Take(k1) = %q, %v, %v", v, ok, err)
		}
		if _, ok, err := a.Take(ctx, "k1"); err != nil || ok {
			t.Errorf("k1 taken twice: %v, %v", ok, err)
		}
		if _, ok, err := b.Take(ctx, "old"); err != nil || ok {
			t.Errorf("expired memo returned: %v, %v", ok, err)
		}
		if _, ok, err := b.Take(ctx, "never"); err != nil || ok {
			t.Errorf("absent memo: %v, %v", ok, err)
		}
	})
}

// TestBudgetShared: two handles taking from one budget get at most N
// sends per slot between them.
func TestBudgetShared(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		const n, per = 5, time.Second
		a, b := open(t, where).Budget("test", n, per), open(t, where).Budget("test", n, per)
		// Start just after a slot boundary so that the whole run fits in one slot.
		time.Sleep(time.Until(time.Now().Truncate(per).Add(per + 10*time.Millisecond)))
		granted := 0
		for i := range 20 {
			h := a
			if i%2 == 1 {
				h = b
			}
			wait, err := h.Take(ctx)
			must(t, err)
			if wait == 0 {
				granted++
			} else if wait > per {
				t.Errorf("wait %v longer than a slot", wait)
			}
		}
		if granted != n {
			t.Errorf("%d sends granted in one slot across two handles, want %d", granted, n)
		}
		if other, err := a.s.Budget("other", n, per).Take(ctx); err != nil || other != 0 {
			t.Errorf("another budget is independent: wait %v, %v", other, err)
		}
	})
}

// TestPoolSize: pgxpool's pool_max_conns is honoured (at most maxConns)
// and taken out of the URL, whose other parameters stay.
func TestPoolSize(t *testing.T) {
	for _, c := range []struct {
		in, out string
		size    int
		bad     bool
	}{
		{"postgres://u:p@h/db?sslmode=disable", "postgres://u:p@h/db?sslmode=disable", maxConns, false},
		{"postgres://u:p@h/db?pool_max_conns=3&sslmode=disable", "postgres://u:p@h/db?sslmode=disable", 3, false},
		{"postgres://u:p@h/db?pool_max_conns=50", "postgres://u:p@h/db", maxConns, false},
		{"postgres://u:hunter2@h/db?pool_max_conns=0", "", 0, true},
		{"postgres://u:hunter2@h/db?pool_max_conns=x", "", 0, true},
	} {
		out, size, err := poolSize(c.in)
		if c.bad {
			if err == nil || strings.Contains(err.Error(), "hunter2") {
				t.Errorf("poolSize(%q): error %v, want one without the password", c.in, err)
			}
			continue
		}
		if err != nil || out != c.out || size != c.size {
			t.Errorf("poolSize(%q) = %q, %d, %v; want %q, %d", c.in, out, size, err, c.out, c.size)
		}
	}
}
