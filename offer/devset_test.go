package offer

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const devSet = "../../shared/eval/offers"

// devFiles reads DIR/kind/*.txt.
func devFiles(t testing.TB, kind string) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(devSet, kind, "*.txt"))
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// TestDevSet checks recall and false-positive rate on the development set,
// with floors well below the measured figures so that a regression fails
// but tuning noise does not.
func TestDevSet(t *testing.T) {
	if _, err := os.Stat(devSet); err != nil {
		t.Skip("development set not present:", err)
	}
	c := New()
	flagged := func(r Result) bool { return r.Level == High || r.Level == Medium }
	summary := func(r Result) string {
		var ids []string
		for _, s := range r.Signals {
			ids = append(ids, s.Rule)
		}
		for _, s := range r.Counter {
			ids = append(ids, s.Rule)
		}
		return strings.Join(ids, " ")
	}
	lures, legit := devFiles(t, "lure"), devFiles(t, "legit")
	if len(lures) == 0 || len(legit) == 0 {
		t.Skip("development set empty")
	}
	hits, fps := 0, 0
	for _, name := range sortedNames(lures) {
		r := c.Check(lures[name])
		if flagged(r) {
			hits++
		}
		t.Logf("lure  %-45s %3d %-6s %s", name, r.Score, r.Level, summary(r))
	}
	for _, name := range sortedNames(legit) {
		r := c.Check(legit[name])
		if flagged(r) {
			fps++
		}
		t.Logf("legit %-45s %3d %-6s %s", name, r.Score, r.Level, summary(r))
	}
	recall := float64(hits) / float64(len(lures))
	fpr := float64(fps) / float64(len(legit))
	t.Logf("recall %.2f (%d/%d), FPR %.2f (%d/%d)", recall, hits, len(lures), fpr, fps, len(legit))
	if recall < 0.80 {
		t.Errorf("recall %.2f below floor 0.80", recall)
	}
	if fpr > 0.20 {
		t.Errorf("false-positive rate %.2f above ceiling 0.20", fpr)
	}
}

func sortedNames(m map[string]string) []string {
	var names []string
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
