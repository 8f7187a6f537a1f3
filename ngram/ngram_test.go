package ngram

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestFeatureSpans(t *testing.T) {
	cfg := Config{Bits: 12, WordN: 2, CharMin: 3, CharMax: 4}
	text := "Pay the FEE now — 支付费用 ok"
	fs := cfg.Features(text, nil)
	if len(fs) == 0 {
		t.Fatal("no features")
	}
	words := map[string]bool{}
	for _, f := range fs {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || f.Hash >= 1<<cfg.Bits {
			t.Fatalf("bad feature %+v", f)
		}
		words[text[f.Start:f.End]] = true
	}
	for _, w := range []string{"Pay", "FEE", "Pay the", "支付费用"} {
		if !words[w] {
			t.Errorf("no feature spans %q (have %v)", w, words)
		}
	}
	// Case and digits do not matter; the same word hashes the same.
	a, b := cfg.Vector("Salary 1500 USD"), cfg.Vector("salary 9999 usd")
	if len(a.Hash) != len(b.Hash) {
		t.Errorf("case or digits change the features: %d vs %d", len(a.Hash), len(b.Hash))
	}
}

func TestMaxTokens(t *testing.T) {
	cfg := Config{Bits: 12, WordN: 1, MaxTokens: 3}
	fs := cfg.Features("one two three four five", nil)
	if len(fs) != 3 {
		t.Errorf("%d features, want 3", len(fs))
	}
}

func toyData(cfg Config) []Example {
	pos := []string{"pay the registration fee first", "send the deposit to my account", "fee required before you start", "pay a deposit to unlock the job"}
	neg := []string{"we never charge a fee to workers", "interview at our office downtown", "salary paid monthly with benefits", "apply on our website with your cv"}
	var ex []Example
	for i := 0; i < 5; i++ {
		for _, s := range pos {
			ex = append(ex, Example{V: cfg.Vector(s), Label: true})
		}
		for _, s := range neg {
			ex = append(ex, Example{V: cfg.Vector(s), Label: false})
		}
	}
	return ex
}

func TestTrainScoreExplain(t *testing.T) {
	cfg := Config{Bits: 14, WordN: 2, CharMin: 3, CharMax: 4}
	m, err := Train(cfg, toyData(cfg), TrainOptions{Epochs: 20, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	lure, ok := m.Score("please pay the deposit"), m.Score("interview at our office, salary monthly")
	if lure < 0.6 || ok > 0.4 {
		t.Errorf("scores: lure %.2f, ordinary %.2f", lure, ok)
	}
	// Score and Explain agree, and Prob on the vector agrees with both.
	text := "please pay the deposit, interview later"
	p, top := m.Explain(text, 2)
	if math.Abs(p-m.Score(text)) > 1e-9 || math.Abs(p-m.Prob(cfg.Vector(text))) > 1e-3 {
		t.Errorf("Explain %.4f, Score %.4f, Prob %.4f", p, m.Score(text), m.Prob(cfg.Vector(text)))
	}
	if len(top) == 0 || len(top) > 2 {
		t.Fatalf("top %v", top)
	}
	got := text[top[0].Start:top[0].End]
	if !strings.Contains("pay the deposit", got) {
		t.Errorf("strongest phrase %q, want part of %q", got, "pay the deposit")
	}
	for i, c := range top {
		if c.Weight <= 0 || (i > 0 && c.Weight > top[i-1].Weight) {
			t.Errorf("contributions not positive and sorted: %v", top)
		}
	}
	if _, top := m.Explain("", 3); top != nil {
		t.Errorf("empty text explained: %v", top)
	}
}

func TestDeterministicAndRoundTrip(t *testing.T) {
	cfg := Config{Bits: 12, WordN: 2, CharMin: 3, CharMax: 3}
	m1, _ := Train(cfg, toyData(cfg), TrainOptions{Seed: 3})
	m2, _ := Train(cfg, toyData(cfg), TrainOptions{Seed: 3})
	b1, err := m1.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("same data and seed, different models")
	}
	if len(b1) != 20+1<<cfg.Bits {
		t.Errorf("size %d", len(b1))
	}
	m3, err := Load(b1)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"pay the fee", "office interview", ""} {
		if m1.Score(s) != m3.Score(s) {
			t.Errorf("%q: %v after loading, %v before", s, m3.Score(s), m1.Score(s))
		}
	}
}

func TestLoadRejects(t *testing.T) {
	cfg := Config{Bits: 10, WordN: 1}
	m, _ := Train(cfg, toyData(cfg), TrainOptions{})
	good, _ := m.MarshalBinary()
	bad := [][]byte{nil, []byte("NGR1"), append([]byte("XXXX"), good[4:]...), good[:len(good)-1], append(append([]byte{}, good...), 0)}
	cfgBad := append([]byte{}, good...)
	cfgBad[4] = 40 // bits out of range
	bad = append(bad, cfgBad)
	for i, b := range bad {
		if _, err := Load(b); err == nil {
			t.Errorf("case %d: corrupt model accepted", i)
		}
	}
}

func TestTrainRejects(t *testing.T) {
	cfg := Config{Bits: 10, WordN: 1}
	if _, err := Train(cfg, nil, TrainOptions{}); err == nil {
		t.Error("no examples accepted")
	}
	one := []Example{{V: cfg.Vector("a b"), Label: true}}
	if _, err := Train(cfg, one, TrainOptions{}); err == nil {
		t.Error("one label accepted")
	}
	if _, err := Train(Config{Bits: 2, WordN: 1}, toyData(cfg), TrainOptions{}); err == nil {
		t.Error("bad config accepted")
	}
}

func BenchmarkScore2KB(b *testing.B) {
	cfg := DefaultConfig
	m, _ := Train(cfg, toyData(cfg), TrainOptions{})
	text := strings.Repeat("Customer service staff wanted, salary 1500 USD, free ticket and visa. ", 30)[:2048]
	b.ReportAllocs()
	for b.Loop() {
		m.Score(text)
	}
}
