package offer

import (
	"os"
	"strings"
	"testing"

	"github.com/scambot/scambot/ngram"
)

// offer2KB is a realistic ~2 KB offer: a lure body padded with ordinary
// job-ad text.
func offer2KB(b *testing.B) string {
	b.Helper()
	base := "🔥🔥 URGENT HIRING 🔥🔥\nCustomer Service Staff – Cambodia 🇰🇭\n💰 Salary: $1,500 – $3,000 / month + bonus\n" +
		"✅ No experience needed, we train you\n✅ FREE air ticket, FREE visa, FREE accommodation & meals\n" +
		"✈️ Departure next week, limited slots (only 8 left!!)\nJust send your passport copy + 1 photo to HR on Telegram 👉 @KH_hr\n" +
		"No interview hassle, fast process.\n"
	if f, err := os.ReadFile(devSet + "/lure/01-en-telegram-cs.txt"); err == nil {
		base = string(f)
	}
	pad := "Requirements: good communication skills, basic computer use, able to work shifts. Benefits: training, team activities, career growth. "
	s := base
	for len(s) < 2048 {
		s += pad
	}
	return s[:2048]
}

func BenchmarkCheck2KB(b *testing.B) {
	c := New()
	text := offer2KB(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	for b.Loop() {
		c.Check(text)
	}
	// On a shared machine wall time counts other processes' turns too;
	// the CPU time this process used is the cost of a check.
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

func BenchmarkCheck64KB(b *testing.B) {
	c := New()
	text := strings.Repeat(offer2KB(b), 32)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if r := c.Check(text); !r.Truncated {
			b.Fatal("64 KB input not truncated")
		}
	}
}

func BenchmarkCompileLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		compileLexicon()
	}
}

// BenchmarkLoad is what a process pays before its first check: the
// lexicon (YAML files, automaton) and the model.
func BenchmarkLoad(b *testing.B) {
	sub := lexiconSub()
	b.ReportAllocs()
	for b.Loop() {
		ps, _ := loadLexicon(sub, false)
		compilePhrases(ps)
		if _, err := ngram.Load(modelBin); err != nil {
			b.Fatal(err)
		}
	}
}
