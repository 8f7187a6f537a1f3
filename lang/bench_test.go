package lang

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
)

var benchLines = []struct{ lang, text string }{
	{English, "they took my passport, what do i do"},
	{Chinese, "我朋友在柬埔寨被扣了护照怎么办"},
	{Vietnamese, "toi dang bi giu o campuchia, ho lay ho chieu roi"},
	{Indonesian, "gmn cara lapor ke polisi kalo udah transfer"},
	{Malay, "camne nak check ejen tu berdaftar ke tak"},
	{Thai, "เพื่อนโดนยึดพาสปอร์ตที่กัมพูชา ทำไงดี"},
	{Hindi, "bhai mera paisa scam me chala gaya, ab kya karu"},
	{Tagalog, "legit ba yung work na magla-like ka lang"},
}

func BenchmarkDetect(b *testing.B) {
	for _, l := range benchLines {
		if got := Detect(l.text); got != l.lang {
			b.Fatalf("%q detected as %s, want %s", l.text, got, l.lang)
		}
		b.Run(l.lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Detect(l.text)
			}
		})
	}
}

// BenchmarkDetectTieBreak is a line without telling particles, where the
// trigram model is consulted.
func BenchmarkDetectTieBreak(b *testing.B) {
	text := "resep nasi goreng kampung yang enak"
	loadTrigrams()
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectHuge(b *testing.B) {
	text := strings.Repeat("saya kena tipu kerja oversea, duit dah habis. ", 20000)
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

const childEnv = "SCAMBOT_LANG_TRIGRAM_COST"

// TestTrigramCost measures what the trigram model costs to build: heap and
// RSS growth and build time, in a fresh process so that nothing else has
// built it yet. The figures are logged; the heap is held under a ceiling
// (lingua-go, which it replaced, held 3.2 MB of heap and 13.5 MB of RSS).
func TestTrigramCost(t *testing.T) {
	if os.Getenv(childEnv) == "1" {
		trigramCostChild()
		return
	}
	if testing.Short() {
		t.Skip("spawns a process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestTrigramCost$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var heapMB float64
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "trigrams:") {
			t.Log(line)
			fmt.Sscanf(line, "trigrams: heap +%f MB", &heapMB)
		}
	}
	if heapMB == 0 {
		t.Fatalf("no figures from child:\n%s", out)
	}
	if heapMB > 5 {
		t.Errorf("trigram model holds %.1f MB of heap, want < 5 MB", heapMB)
	}
}

func trigramCostChild() {
	heap := func() float64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc) / (1 << 20)
	}
	h0, r0 := heap(), rssMB()
	start := time.Now()
	m := loadTrigrams()
	build := time.Since(start)
	h1, r1 := heap(), rssMB()
	start = time.Now()
	const n = 200
	for range n {
		m.scores("resep nasi goreng kampung yang enak")
	}
	perCall := time.Since(start) / n
	fmt.Printf("trigrams: heap +%.1f MB (%.1f MB total), RSS +%.1f MB (%.1f MB total), build %v, call %v\n",
		h1-h0, h1, r1-r0, r1, build.Round(time.Millisecond), perCall.Round(time.Microsecond))
}

// rssMB reads the process's resident set size on Linux, 0 elsewhere.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(rest), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}
