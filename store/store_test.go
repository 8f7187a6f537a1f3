package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMigrateFromEmpty(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{":memory:", filepath.Join(t.TempDir(), "sub", FileName)} {
		s := open(t, path)
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v != SchemaVersion {
			t.Errorf("%s: version = %d, want %d", path, v, SchemaVersion)
		}
		// Every table a migration creates exists.
		for _, table := range []string{"guild_settings", "watched_channels", "user_prefs"} {
			var n int
			if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?`, table).Scan(&n); err != nil || n != 1 {
				t.Errorf("%s: table %s: n=%d err=%v", path, table, n, err)
			}
		}
	}
}

func TestMigrateFromOlderVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	// Build a version-1 database by hand, as an older release left it.
	full := migrations
	migrations = full[:1]
	s, err := Open(ctx, path)
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

	s = open(t, path)
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
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	s := open(t, path)
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, SchemaVersion+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s2, err := Open(ctx, path); err == nil {
		s2.Close()
		t.Fatal("opened a database from a newer build without error")
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	s := open(t, path)
	must(t, s.Watch(ctx, "g1", "c2", true))
	must(t, s.Watch(ctx, "g1", "c1", true))
	must(t, s.Watch(ctx, "g1", "c1", true)) // idempotent
	must(t, s.Watch(ctx, "g2", "c9", true))
	must(t, s.Watch(ctx, "g2", "c9", false))
	must(t, s.SetModLog(ctx, "g1", "log"))
	must(t, s.SetThreshold(ctx, "g1", ThresholdMedium))
	must(t, s.Prefs("telegram").SetLang(ctx, 42, "th"))
	must(t, s.Prefs("discord").SetLang(ctx, 42, "hi"))
	s.Close()

	s = open(t, path)
	g, err := s.Guild(ctx, "g1")
	must(t, err)
	want := Guild{ID: "g1", Watched: []string{"c1", "c2"}, ModLog: "log", Threshold: ThresholdMedium}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("Guild(g1) = %+v, want %+v", g, want)
	}
	g2, err := s.Guild(ctx, "g2")
	must(t, err)
	if len(g2.Watched) != 0 || g2.Threshold != ThresholdHigh || g2.ModLog != "" {
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
}

func TestThresholdValidated(t *testing.T) {
	s := open(t, ":memory:")
	for _, th := range []string{"", "low", "HIGH", "high; DROP TABLE x"} {
		if err := s.SetThreshold(context.Background(), "g", th); err == nil {
			t.Errorf("SetThreshold(%q) accepted", th)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), FileName))
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			p := s.Prefs("telegram")
			for i := 0; i < 25; i++ {
				if err := s.Watch(ctx, "g", fmt.Sprintf("c%d-%d", w, i), true); err != nil {
					errs <- err
					return
				}
				if _, err := s.Guild(ctx, "g"); err != nil {
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
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	g, err := s.Guild(ctx, "g")
	must(t, err)
	if len(g.Watched) != 8*25 {
		t.Errorf("watched %d channels, want %d", len(g.Watched), 8*25)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
