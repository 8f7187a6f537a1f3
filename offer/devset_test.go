package offer

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const devSet = "../../shared/eval/offers"

// setFiles reads dir/kind/*.txt.
func setFiles(t testing.TB, dir, kind string) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, kind, "*.txt"))
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
	for _, set := range []struct {
		dir           string
		recall, maxFP float64
	}{
		{devSet, 0.80, 0.20},
		// Held-out sets once, now fixed upon: 100% / 0% today.
		{"../testdata/eval/offers-extra", 0.85, 0.10},
		{"../testdata/eval/offers-extra2", 0.85, 0.10},
		{"../testdata/eval/offers-extra3", 0.85, 0.10},
		// Written blind, first run 4 Dec 2026 on the finished engine: 84.4% / 6.3%;
		// 100% / 0% after combo.phone-side-job, the no-ask scope, travel.long-drive, duty
		// headings, money.refundable-fee and more counter-signal phrases (prompted by its
		// misses, so optimistic).
		{"../testdata/eval/offers-unseen", 0.95, 0.04},
		// A second blind set, first run 4 Dec 2026 after the fixes above: 95.0% / 7.5%;
		// 100% / 0% after the employer-pays, not-needed and refund-word fixes (optimistic).
		{"../testdata/eval/offers-unseen2", 0.95, 0.04},
		// The third blind set (two authors, 96 lures, 96 ordinary offers, half of them
		// hard negatives), first run 4 Dec 2026: 99.0% / 1.0% (missed tl b-02, flagged en b-01).
		{"../testdata/eval/offers-unseen3", 0.93, 0.04},
		// The fourth blind set (40 lures, 40 ordinary offers, one author), first run
		// 4 Dec 2026: 90.0% / 0% (missed id-04, ms-03, vi-03, zh-03).
		{"../testdata/eval/offers-unseen4", 0.85, 0.05},
		// Training offers written blind (mostly hard negatives), used to develop the
		// rules' false-alarm behaviour: 97.9% / 5.5% before, 100% / 0% after (tuned on).
		{"gen/model/train-hard", 0.95, 0.03},
	} {
		t.Run(filepath.Base(set.dir), func(t *testing.T) { checkSet(t, set.dir, set.recall, set.maxFP) })
	}
}

func checkSet(t *testing.T, dir string, minRecall, maxFP float64) {
	if _, err := os.Stat(dir); err != nil {
		t.Skip("set not present:", err)
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
	lures, legit := setFiles(t, dir, "lure"), setFiles(t, dir, "legit")
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
	if recall < minRecall {
		t.Errorf("recall %.2f below floor %.2f", recall, minRecall)
	}
	if fpr > maxFP {
		t.Errorf("false-positive rate %.2f above ceiling %.2f", fpr, maxFP)
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
