// Package ngram is a small linear text classifier that explains itself:
// hashed word and character n-gram features that remember the bytes of the
// text they came from, logistic regression training, a compact serialised
// form (one byte per weight) and, for a scored text, the phrases that
// contributed most, as byte spans of the original text.
//
// It is language-neutral: words are runs of letters and digits in any
// script, and character n-grams (within words) cover scripts written
// without spaces (Chinese, Thai) and spelling variants.
package ngram

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Config says which features a model uses.
type Config struct {
	Bits      uint8 // hash space: 2^Bits weights (10..24)
	WordN     uint8 // word n-grams up to this length (1 or 2)
	CharMin   uint8 // character n-grams within a word, from CharMin…
	CharMax   uint8 // …to CharMax runes; 0 = none
	MaxTokens int   // only the first MaxTokens words are read (0 = all)
}

// DefaultConfig suits short chat messages and job ads alike.
var DefaultConfig = Config{Bits: 18, WordN: 2, CharMin: 3, CharMax: 3, MaxTokens: 3000}

func (c Config) valid() error {
	if c.Bits < 10 || c.Bits > 24 || c.WordN < 1 || c.WordN > 3 || c.CharMax > 8 || (c.CharMax > 0 && c.CharMin > c.CharMax) || c.CharMin == 1 && c.CharMax > 0 {
		return fmt.Errorf("ngram: bad config %+v", c)
	}
	return nil
}

// Feature is one hashed feature occurrence and where it is in the text.
type Feature struct {
	Hash       uint32 // index into the weights: < 2^Bits
	Start, End int    // byte span of the original text
}

// each calls fn for every feature occurrence of text, in text order: for
// each word, its word n-grams starting there, then its character n-grams
// (of "<word>", so prefixes and suffixes count). Words are runs of letters,
// digits and marks, lower-cased, with every digit read as 0 (amounts
// differ, their shape matters).
func (c Config) each(text string, fn func(h uint32, start, end int)) {
	mask := uint32(1)<<c.Bits - 1
	type word struct {
		s, e int
		h    uint32 // hash of the folded word
	}
	// A ring of the last WordN words, for word n-grams ending at a word.
	var ring [3]word
	nw := 0
	runes := make([]rune, 0, 32)
	emitWord := func(w word) {
		ring[nw%3] = w
		nw++
		// n-grams ending at this word: [w], [prev w], [prev prev w].
		h := uint32(fnvOffset)
		for n := 1; n <= int(c.WordN) && n <= nw; n++ {
			x := ring[(nw-n)%3]
			h = (h ^ x.h) * fnvPrime
			h = (h ^ uint32(n)) * fnvPrime
			fn(h&mask, x.s, w.e)
		}
	}
	start := -1
	tokens := 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		h := uint32(fnvOffset)
		for _, r := range runes[1:] {
			h = (h ^ uint32(r)) * fnvPrime
		}
		emitWord(word{start, end, h})
		if c.CharMax > 0 && len(runes)-1 >= int(c.CharMin) {
			runes = append(runes, '>')
			for n := int(c.CharMin); n <= int(c.CharMax); n++ {
				for k := 0; k+n <= len(runes); k++ {
					h := uint32(fnvOffset) ^ 0x9e3779b9
					for _, r := range runes[k : k+n] {
						h = (h ^ uint32(r)) * fnvPrime
					}
					fn(h&mask, start, end)
				}
			}
		}
		start = -1
		tokens++
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				if c.MaxTokens > 0 && tokens >= c.MaxTokens {
					return
				}
				start = i
				runes = append(runes[:0], '<')
			}
			switch {
			case r >= '0' && r <= '9':
				r = '0'
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			case r >= utf8.RuneSelf:
				if unicode.IsDigit(r) {
					r = '0'
				} else {
					r = unicode.ToLower(r)
				}
			}
			runes = append(runes, r)
		} else {
			flush(i)
		}
		i += n
	}
	flush(len(text))
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// Features appends the features of text to dst, each occurrence with its
// byte span.
func (c Config) Features(text string, dst []Feature) []Feature {
	c.each(text, func(h uint32, s, e int) { dst = append(dst, Feature{Hash: h, Start: s, End: e}) })
	return dst
}

// Vector is a text's features as a sparse vector: each distinct hash once,
// valued count/√(number of occurrences), the form training uses. Scoring
// computes the same sum in one pass without building it.
type Vector struct {
	Hash []uint32
	Val  []float32
}

// Vector builds the feature vector of text.
func (c Config) Vector(text string) Vector {
	counts := map[uint32]float32{}
	total := 0
	c.each(text, func(h uint32, _, _ int) { counts[h]++; total++ })
	v := Vector{Hash: make([]uint32, 0, len(counts)), Val: make([]float32, 0, len(counts))}
	for h := range counts {
		v.Hash = append(v.Hash, h)
	}
	slices.Sort(v.Hash) // a fixed order: training sums in it, and must be reproducible
	inv := float32(1 / math.Sqrt(float64(max(total, 1))))
	for _, h := range v.Hash {
		v.Val = append(v.Val, counts[h]*inv)
	}
	return v
}

// Model is a trained linear model: P(positive) = sigmoid(bias + w·x).
type Model struct {
	Config
	Bias    float32
	Scale   float32 // a weight is Scale * int8
	Weights []int8  // 2^Bits
}

// weight returns feature h's weight.
func (m *Model) weight(h uint32) float32 { return m.Scale * float32(m.Weights[h]) }

// Prob is the model's probability that v is positive.
func (m *Model) Prob(v Vector) float64 {
	z := float64(m.Bias)
	for i, h := range v.Hash {
		z += float64(m.weight(h) * v.Val[i])
	}
	return sigmoid(z)
}

// Score is the model's probability that text is positive, in one pass
// and without allocating a vector.
func (m *Model) Score(text string) float64 {
	var sum float64
	n := 0
	m.each(text, func(h uint32, _, _ int) { sum += float64(m.Weights[h]); n++ })
	if n == 0 {
		return sigmoid(float64(m.Bias))
	}
	return sigmoid(float64(m.Bias) + sum*float64(m.Scale)/math.Sqrt(float64(n)))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Contribution is how much a span of the text pushed the score (in log
// odds): the sum over the features that lie in it.
type Contribution struct {
	Start, End int
	Weight     float64
}

// Explain scores text (prob equals Score's) and returns its strongest
// positive contributions,
// at most k, strongest first, merged per word or word pair and never
// overlapping. Contributions add up to the log odds minus the bias, so the
// spans returned are the parts of the text that moved the score most.
func (m *Model) Explain(text string, k int) (prob float64, top []Contribution) {
	// Features come in text order: for each word its unigram, the
	// n-grams ending at it (which start earlier), then its character
	// n-grams (the word's span again). So one entry per word collects the
	// unigram and character n-grams, and one per word n-gram. An entry is
	// final once the next word's unigram arrives, so the entries stream
	// through a few pending ones into the candidates (in text order, as a
	// list of all of them would) instead of being kept for the whole text.
	//
	// The 4k strongest, then the strongest k that do not overlap. A word
	// repeated in the text is one phrase: its occurrences add up only in
	// the score, the span shown is the strongest occurrence.
	cand := make([]Contribution, 0, 4*k+1)
	consider := func(c Contribution) {
		if c.Weight <= 0 {
			return
		}
		i := len(cand)
		for i > 0 && cand[i-1].Weight < c.Weight {
			i--
		}
		if i >= 4*k {
			return
		}
		cand = append(cand, Contribution{})
		copy(cand[i+1:], cand[i:])
		cand[i] = c
		if len(cand) > 4*k {
			cand = cand[:4*k]
		}
	}
	// pending[0] is the current word's entry, the rest its word n-grams.
	pending := make([]Contribution, 0, 4)
	var sum float64
	n := 0
	m.each(text, func(h uint32, s, e int) {
		w := float64(m.Weights[h])
		sum += w
		n++
		switch {
		case len(pending) > 0 && pending[0].Start == s && pending[0].End == e:
			pending[0].Weight += w
		case len(pending) > 0 && pending[0].End == e && s < pending[0].Start:
			pending = append(pending, Contribution{s, e, w})
		default:
			for _, c := range pending {
				consider(c)
			}
			pending = append(pending[:0], Contribution{s, e, w})
		}
	})
	for _, c := range pending {
		consider(c)
	}
	if n == 0 {
		return sigmoid(float64(m.Bias)), nil
	}
	scale := float64(m.Scale) / math.Sqrt(float64(n))
	// The very expression Score uses, so Explain's probability is Score's
	// to the last bit and a caller can compare either with a threshold.
	prob = sigmoid(float64(m.Bias) + sum*float64(m.Scale)/math.Sqrt(float64(n)))
	for _, c := range cand {
		if len(top) == k {
			break
		}
		overlaps := false
		for _, t := range top {
			if c.Start < t.End && t.Start < c.End || text[c.Start:c.End] == text[t.Start:t.End] {
				overlaps = true
				break
			}
		}
		if !overlaps {
			c.Weight *= scale
			top = append(top, c)
		}
	}
	return prob, top
}

// Example is one labelled training text, as a vector.
type Example struct {
	V      Vector
	Label  bool
	Weight float64 // 0 means 1
}

// TrainOptions tune Train.
type TrainOptions struct {
	Epochs int     // passes over the data (default 8)
	L2     float64 // L2 penalty (default 1e-4)
	Rate   float64 // AdaGrad base rate (default 0.5)
	Seed   uint64  // shuffle seed: the same inputs and seed give the same model
}

// Train fits a logistic regression with AdaGrad, classes weighted to
// balance, and quantises the weights to one byte each.
func Train(c Config, ex []Example, o TrainOptions) (*Model, error) {
	if err := c.valid(); err != nil {
		return nil, err
	}
	if len(ex) == 0 {
		return nil, errors.New("ngram: no examples")
	}
	if o.Epochs == 0 {
		o.Epochs = 8
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.Rate == 0 {
		o.Rate = 0.5
	}
	var pos, neg float64
	for _, e := range ex {
		if e.Label {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return nil, errors.New("ngram: need both labels")
	}
	n := 1 << c.Bits
	w := make([]float64, n)
	g2 := make([]float64, n)
	var b, gb float64
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := o.Seed | 1
	for epoch := 0; epoch < o.Epochs; epoch++ {
		for i := len(order) - 1; i > 0; i-- { // xorshift Fisher–Yates
			rng ^= rng << 13
			rng ^= rng >> 7
			rng ^= rng << 17
			j := int(rng % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, i := range order {
			e := ex[i]
			z := b
			for k, h := range e.V.Hash {
				z += w[h] * float64(e.V.Val[k])
			}
			y := 0.0
			cw := (pos + neg) / (2 * neg)
			if e.Label {
				y, cw = 1, (pos+neg)/(2*pos)
			}
			if e.Weight > 0 {
				cw *= e.Weight
			}
			g := (sigmoid(z) - y) * cw
			for k, h := range e.V.Hash {
				gi := g*float64(e.V.Val[k]) + o.L2*w[h]
				g2[h] += gi * gi
				w[h] -= o.Rate * gi / math.Sqrt(g2[h]+1e-8)
			}
			gb += g * g
			b -= o.Rate * g / math.Sqrt(gb+1e-8)
		}
	}
	var maxAbs float64
	for _, x := range w {
		maxAbs = math.Max(maxAbs, math.Abs(x))
	}
	m := &Model{Config: c, Bias: float32(b), Scale: float32(maxAbs / 127), Weights: make([]int8, n)}
	if maxAbs == 0 {
		m.Scale = 1
	}
	for i, x := range w {
		m.Weights[i] = int8(math.Round(x / float64(m.Scale)))
	}
	return m, nil
}

// magic starts a serialised model; the version is its last byte.
var magic = [4]byte{'N', 'G', 'R', '1'}

// MarshalBinary writes the model: magic, config, bias, scale, then one
// byte per weight.
func (m *Model) MarshalBinary() ([]byte, error) {
	if err := m.Config.valid(); err != nil {
		return nil, err
	}
	if len(m.Weights) != 1<<m.Bits {
		return nil, errors.New("ngram: weights do not match the config")
	}
	out := make([]byte, 0, 24+len(m.Weights))
	out = append(out, magic[:]...)
	out = append(out, m.Bits, m.WordN, m.CharMin, m.CharMax)
	out = binary.LittleEndian.AppendUint32(out, uint32(m.MaxTokens))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.Scale))
	for _, x := range m.Weights {
		out = append(out, byte(x))
	}
	return out, nil
}

// Load reads a model written by MarshalBinary.
func Load(b []byte) (*Model, error) {
	if len(b) < 20 || [4]byte(b[:4]) != magic {
		return nil, errors.New("ngram: not a model")
	}
	m := &Model{Config: Config{Bits: b[4], WordN: b[5], CharMin: b[6], CharMax: b[7],
		MaxTokens: int(binary.LittleEndian.Uint32(b[8:]))}}
	if err := m.valid(); err != nil {
		return nil, err
	}
	m.Bias = math.Float32frombits(binary.LittleEndian.Uint32(b[12:]))
	m.Scale = math.Float32frombits(binary.LittleEndian.Uint32(b[16:]))
	w := b[20:]
	if len(w) != 1<<m.Bits || math.IsNaN(float64(m.Scale)) || math.IsNaN(float64(m.Bias)) {
		return nil, errors.New("ngram: truncated or corrupt model")
	}
	m.Weights = make([]int8, len(w))
	for i, x := range w {
		m.Weights[i] = int8(x)
	}
	return m, nil
}
