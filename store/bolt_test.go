package store

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestBoltOneProcess: a file another process holds is refused after the
// lock timeout, with a message that says why and what to do instead.
func TestBoltOneProcess(t *testing.T) {
	old := lockTimeout
	lockTimeout = 100 * time.Millisecond
	defer func() { lockTimeout = old }()
	path := filepath.Join(t.TempDir(), FileName)
	// bbolt's own handle stands for another process: its lock is on a
	// different open file, as another process's would be.
	other, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("opened a file another process holds")
	}
	for _, want := range []string{"in use by another process", "DATABASE_URL"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

// TestBoltMemory: each ":memory:" store is private, and its temporary
// file is gone after Close.
func TestBoltMemory(t *testing.T) {
	ctx := context.Background()
	a, err := Open(ctx, ":memory:")
	must(t, err)
	b, err := Open(ctx, ":memory:")
	must(t, err)
	defer b.Close()
	must(t, a.Prefs("telegram").SetLang(ctx, 1, "vi"))
	if l, err := b.Prefs("telegram").Lang(ctx, 1); err != nil || l != "" {
		t.Errorf("second in-memory store sees %q, %v", l, err)
	}
	path := a.b.(*boltDB).f.db.Path()
	must(t, a.Close())
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("temporary file %s left after Close: %v", path, err)
	}
}

// TestBoltKeysDoNotCollide: ids that are prefixes of one another, and
// negative or large user ids, stay separate and in order.
func TestBoltKeysDoNotCollide(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), FileName))
	must(t, s.Watch(ctx, "1", "23", true))
	must(t, s.Watch(ctx, "12", "3", true))
	must(t, s.Watch(ctx, "12", "10", true))
	must(t, s.Watch(ctx, "12", "9", true))
	for guild, want := range map[string][]string{"1": {"23"}, "12": {"10", "3", "9"}, "123": nil} {
		g, err := s.Guild(ctx, guild)
		must(t, err)
		if !reflect.DeepEqual(g.Watched, want) {
			t.Errorf("guild %q watches %q, want %q", guild, g.Watched, want)
		}
	}
	users := map[int64]string{-1: "vi", 0: "th", 1: "hi", 1 << 40: "id"}
	for id, l := range users {
		must(t, s.Prefs("a").SetLang(ctx, id, l))
	}
	must(t, s.Prefs("ab").SetLang(ctx, 1, "zh"))
	for id, want := range users {
		if got, err := s.Prefs("a").Lang(ctx, id); err != nil || got != want {
			t.Errorf("Prefs(a).Lang(%d) = %q, %v; want %q", id, got, err, want)
		}
	}
	// Budget slots before the limit go, later ones and other names stay.
	for _, slot := range []int64{-5, 3, 4, 5} {
		if _, err := s.b.useSlot(ctx, "x", slot); err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.b.useSlot(ctx, "xy", 1)
	must(t, err)
	must(t, s.b.forgetSlots(ctx, "x", 4))
	for _, c := range []struct {
		name string
		slot int64
		want int
	}{{"x", -5, 1}, {"x", 3, 1}, {"x", 4, 2}, {"x", 5, 2}, {"xy", 1, 2}} {
		if n, err := s.b.useSlot(ctx, c.name, c.slot); err != nil || n != c.want {
			t.Errorf("slot %s/%d counted %d, %v; want %d (forgotten slots start again at 1)", c.name, c.slot, n, err, c.want)
		}
	}
}

// TestBoltForgetsOldClaims: claims older than the limit go, in order of
// age, a taken-over claim by its new age; a forgotten id can be claimed
// again.
func TestBoltForgetsOldClaims(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), FileName))
	claim := func(id, now, stale int64) claimState {
		st, err := s.b.claim(ctx, "telegram", id, now, stale)
		must(t, err)
		return st
	}
	claim(1, 100, 0)
	claim(2, 200, 0)
	must(t, s.b.claimDone(ctx, "telegram", 2, 201))
	claim(3, 100, 0)
	if st := claim(3, 300, 250); st != claimTaken { // stale: taken over, now aged 300
		t.Fatalf("stale claim: %v", st)
	}
	must(t, s.b.forgetClaims(ctx, 250))
	for _, c := range []struct {
		id   int64
		want claimState
	}{{1, claimTaken}, {2, claimTaken}, {3, claimBusy}} {
		if st := claim(c.id, 400, 0); st != c.want {
			t.Errorf("update %d after forgetting: %v, want %v", c.id, st, c.want)
		}
	}
}

func TestFindLegacySQLite(t *testing.T) {
	dir := t.TempDir()
	if _, ok := FindLegacySQLite(dir); ok {
		t.Error("found a legacy file in an empty directory")
	}
	path := filepath.Join(dir, LegacySQLiteFile)
	must(t, os.WriteFile(path, []byte("not a database"), 0o600))
	if _, ok := FindLegacySQLite(dir); ok {
		t.Error("a file without the SQLite header taken for the legacy database")
	}
	must(t, os.WriteFile(path, append([]byte("SQLite format 3\x00"), make([]byte, 84)...), 0o600))
	if got, ok := FindLegacySQLite(dir); !ok || got != path {
		t.Errorf("FindLegacySQLite = %q, %v; want %q", got, ok, path)
	}
}

// TestEmptyIDs: empty and very long ids are stored like any other, as SQL
// stored them (bbolt refuses an empty key, and one over 32 KB).
func TestEmptyIDs(t *testing.T) {
	ctx := context.Background()
	each(t, func(t *testing.T, where string) {
		s := open(t, where)
		long := strings.Repeat("x", 1000)
		for _, id := range []string{"", long} {
			must(t, s.SetModLog(ctx, id, "log"))
			must(t, s.Watch(ctx, id, "", true))
			g, err := s.Guild(ctx, id)
			must(t, err)
			if g.ModLog != "log" || !g.Watches("") {
				t.Errorf("guild %.10q: %+v", id, g)
			}
			m := s.Memos()
			must(t, m.Put(ctx, id, "v", time.Now().Add(time.Minute)))
			if v, ok, err := m.Take(ctx, id); err != nil || !ok || v != "v" {
				t.Errorf("memo %.10q: %q, %v, %v", id, v, ok, err)
			}
		}
	})
}
