package main

import (
	"bufio"
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/scambot/scambot/lang"
)

// BenchmarkStartup measures what the running bot costs before it takes
// traffic: loading every article, building every language's index, the
// offer rules and the language detector (its trigram model trains on the
// first ambiguous message; a Malay/Indonesian line forces it here). It
// reports the process's resident memory afterwards (goal: < 150 MB).
func BenchmarkStartup(b *testing.B) {
	ctx := context.Background()
	var c *core
	for b.Loop() {
		var err error
		c, err = newCore(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if err := c.answers.Warm(ctx); err != nil {
			b.Fatal(err)
		}
		lang.Detect("resep nasi goreng kampung yang enak") // no cue word: the tie-break runs
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	if rss := residentMB(); rss > 0 {
		b.ReportMetric(rss, "rss-MB")
	}
	if _, err := c.bot.Ask(ctx, "what is pig butchering", ""); err != nil {
		b.Fatal(err)
	}
}

// residentMB reads VmRSS from /proc (Linux); 0 elsewhere.
func residentMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err == nil {
				return float64(kb) / 1024
			}
		}
	}
	return 0
}
