package telegram

import (
	"io"
	"log/slog"
	"sort"
	"testing"
	"time"
)

// BenchmarkUpdates pushes b.N updates (questions, checks, commands), each
// from its own chat, through the fake Bot API and the real telebot client,
// with the send limits lifted so that the bot itself is measured. It
// reports replies per second and the latency from getUpdates handing an
// update out to its reply reaching the server (p50, p99). "burst" queues
// all updates at once (throughput; latency then includes the backlog),
// "paced" offers 200 updates/s, several times Telegram's 30 messages/s
// overall send limit (latency of the bot under a heavy real load).
//
//	go test ./telegram -run '^$' -bench Updates -benchtime 3000x
func BenchmarkUpdates(b *testing.B) {
	b.Run("burst", func(b *testing.B) { benchUpdates(b, 0) })
	b.Run("paced", func(b *testing.B) { benchUpdates(b, 5*time.Millisecond) })
}

func benchUpdates(b *testing.B, every time.Duration) {
	h := start(b, func(c *Config) {
		c.FloodLimit = 1 << 30
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	})
	texts := []string{
		"what is pig butchering",
		"/help",
		offerText,
		"how do I report a scam?",
		"/hotlines vietnam",
		"my cousin went to Cambodia for a job and now cannot leave",
		"/check " + offerText,
		"/topics",
	}
	const base = 1_000_000
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if every > 0 {
			// Pace by the clock, so a late tick is made up for.
			time.Sleep(time.Until(start.Add(time.Duration(i) * every)))
		}
		h.f.push(privateMsg(int64(base+i), texts[i%len(texts)]))
	}
	for {
		h.f.mu.Lock()
		n := 0
		for id := range h.f.sendSeen {
			if id >= base {
				n++
			}
		}
		h.f.mu.Unlock()
		if n >= b.N {
			break
		}
		if time.Since(start) > 2*time.Minute {
			b.Fatalf("only %d of %d replies after 2 minutes", n, b.N)
		}
		time.Sleep(2 * time.Millisecond)
	}
	elapsed := time.Since(start)
	b.StopTimer()

	h.f.mu.Lock()
	lat := make([]time.Duration, 0, b.N)
	for id, sent := range h.f.sendSeen {
		if given, ok := h.f.given[id]; ok && id >= base {
			lat = append(lat, sent.Sub(given))
		}
	}
	h.f.mu.Unlock()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "replies/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
