package answer

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/scambot/scambot/knowledge"
)

// The embedded model must load, know every topic of the knowledge base and
// nothing else, and carry a usable calibration.
func TestEmbeddedModel(t *testing.T) {
	m, err := embeddedModel()
	if err != nil || m == nil {
		t.Fatalf("embedded model: %v", err)
	}
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	classes := map[string]bool{}
	for _, c := range m.Meta.Classes {
		classes[c] = true
		if _, _, ok := kb.Article(c, "en"); c != None && !ok {
			t.Errorf("model class %q is not a topic (retrain: go generate ./answer)", c)
		}
	}
	for _, id := range kb.IDs() {
		if !classes[id] {
			t.Errorf("topic %q unknown to the model (retrain: go generate ./answer)", id)
		}
	}
	if !classes[None] {
		t.Error("model has no out-of-scope class")
	}
	if m.Meta.Threshold != threshold {
		t.Errorf("model threshold %v, want %v, derived from wrongCost (retrain: go generate ./answer)", m.Meta.Threshold, threshold)
	}
	prev := -1.0
	for _, p := range m.Meta.Iso {
		if p[1] < prev || p[1] < 0 || p[1] > 1 {
			t.Fatalf("isotonic map not increasing in [0,1]: %v", m.Meta.Iso)
		}
		prev = p[1]
	}
	var sum float64
	for _, p := range m.Probs("en", "what is a task scam") {
		sum += p
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("probabilities sum to %v", sum)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, _ := embeddedModel()
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := LoadModel(b)
	if err != nil {
		t.Fatal(err)
	}
	p1, p2 := m.Probs("vi", "lừa đảo việc làm là gì"), m2.Probs("vi", "lừa đảo việc làm là gì")
	for i := range p1 {
		if p1[i] != p2[i] {
			t.Fatalf("round trip changed the model")
		}
	}
	for _, bad := range [][]byte{nil, []byte("SCAMBOTM"), b[:len(b)-1], append(append([]byte{}, b...), 0), append([]byte("XXXXXXXX"), b[8:]...)} {
		if _, err := LoadModel(bad); err == nil {
			t.Errorf("LoadModel accepted a broken file of %d bytes", len(bad))
		}
	}
}

func TestIsotonic(t *testing.T) {
	pts := fitIsotonic([]float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}, []float64{0, 0, 1, 0, 1, 1, 1, 1})
	prev := -1.0
	for _, p := range pts {
		if p[1] < prev {
			t.Fatalf("not monotone: %v", pts)
		}
		prev = p[1]
	}
	if got := isotonic(nil, 0.42); got != 0.42 {
		t.Errorf("identity without points: %v", got)
	}
	pts = [][2]float64{{0.2, 0.1}, {0.8, 0.9}}
	for _, c := range []struct{ x, want float64 }{{0, 0.1}, {0.5, 0.5}, {1, 0.9}} {
		if got := isotonic(pts, c.x); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("isotonic(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}

// Training is reproducible and learns: a tiny set, trained twice, gives
// the same file, and the model separates its classes.
func TestTrainSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var samples []Sample
	for _, q := range []string{"what is a task scam", "liking videos for money job", "paid to rate products online", "task job wants deposit", "mission app asks me to top up"} {
		samples = append(samples, Sample{"en", q, "task-scams"})
	}
	for _, q := range []string{"how to cook rice", "weather tomorrow", "football scores today", "best phone to buy", "how to bake bread"} {
		samples = append(samples, Sample{"en", q, None})
	}
	opt := DefaultTrainOptions
	opt.Dim, opt.Epochs, opt.Folds = 1<<12, 5, 2
	a, _, err := Train(context.Background(), kb, samples, samples[:2], opt)
	if err != nil {
		t.Fatal(err)
	}
	b, _, _ := Train(context.Background(), kb, samples, samples[:2], opt)
	ea, _ := a.Encode()
	eb, _ := b.Encode()
	if string(ea) != string(eb) {
		t.Error("the same data gave two different models")
	}
	p := a.Probs("en", "task scam app deposit")
	if p[indexOf(a.Meta.Classes, "task-scams")] <= p[indexOf(a.Meta.Classes, None)] {
		t.Errorf("model did not learn: %v", p)
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// BenchmarkClassify is the classifier's share of an answer.
func BenchmarkClassify(b *testing.B) {
	m, _ := embeddedModel()
	for b.Loop() {
		m.Probs("en", "my friend says his new job abroad pays a lot but they want a deposit first, is that normal?")
	}
}

// The bagged fit is a smooth non-decreasing map that follows the rate,
// the same for the same data.
func TestFitBaggedIsotonic(t *testing.T) {
	var xs, ys []float64
	for i := 0; i < 2000; i++ {
		x := float64(i) / 2000
		xs = append(xs, x)
		// Right in proportion x: every line whose rank in its block of
		// 10 is below 10x.
		y := 0.0
		if float64(i%10) < 10*x {
			y = 1
		}
		ys = append(ys, y)
	}
	pts := fitBaggedIsotonic(xs, ys)
	if len(pts) < 100 {
		t.Fatalf("%d points, want a fine grid", len(pts))
	}
	prev := -1.0
	for _, p := range pts {
		if p[1] < prev {
			t.Fatalf("not monotone: %v", pts)
		}
		prev = p[1]
	}
	for _, x := range []float64{0.2, 0.5, 0.8} {
		if got := isotonic(pts, x); math.Abs(got-x) > 0.06 {
			t.Errorf("map(%v) = %.3f, want about %v", x, got, x)
		}
	}
	if again := fitBaggedIsotonic(xs, ys); !slices.Equal(flat(again), flat(pts)) {
		t.Error("the same data gave another map")
	}
	if fitBaggedIsotonic(nil, nil) != nil {
		t.Error("a map from no data")
	}
}

func flat(pts [][2]float64) []float64 {
	var f []float64
	for _, p := range pts {
		f = append(f, p[0], p[1])
	}
	return f
}

// BenchmarkLoadModel is what decoding the embedded model costs at start:
// gunzipping 1.8 MB of weights and parsing the header.
func BenchmarkLoadModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadModel(modelBin); err != nil {
			b.Fatal(err)
		}
	}
}
