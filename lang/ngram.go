package lang

import (
	"io/fs"
	"math"
	"strings"
	"sync"

	"github.com/scambot/scambot/knowledge"
)

// The Latin-script tie-break: when the cue words (cues/) leave
// two languages close, the letters still carry the language ("jadwal
// kereta jakarta bandung besok" has no particle, but its spelling is
// Indonesian or Malay, not English). A character-trigram model scores the
// line for each Latin-script language.
//
// It is trained on the embedded knowledge base (27 articles per language,
// about 200 KB of text each, with their example questions), folded exactly
// as chat lines are, when first needed. That text is ours, in the register
// the bot is asked about, and grows with every language added. It is not
// the first resort: a few hundred KB of edited prose do not teach chat
// abbreviations, diacritic-less Vietnamese or Taglish, which the cues
// handle; on a line of loanwords and names its guess is noise.
//
// It replaced lingua-go, which made the same decisions on every question
// and offer set but embedded ~124 MB of models in the binary and cost
// 13.5 MB of RSS, 3.2 MB of heap, ~20-40 ms to load and ~55 µs a call (and
// a recover() for its panics); this model costs 0.3 MB of heap, ~45 ms to
// train once and ~1-2 µs a call. Romanised Hindi has no training text (the
// articles are in Devanagari): the cues alone handle it.
var (
	trigramOnce  sync.Once
	trigramModel *trigrams
)

// trigrams holds log P(trigram | language) for the Latin candidates, one
// row per trigram seen in training.
type trigrams struct {
	index  map[string]int32 // trigram → row
	logp   [][nLatin]float32
	unseen [nLatin]float32 // log P of a trigram the language never showed
	ok     [nLatin]bool    // whether the language had training text
}

func loadTrigrams() *trigrams {
	trigramOnce.Do(func() { trigramModel = buildTrigrams() })
	return trigramModel
}

// buildTrigrams trains the model on the embedded articles.
func buildTrigrams() *trigrams {
	var texts [nLatin]strings.Builder
	var latin, other [nLatin]int
	for i, code := range latinCodes {
		sub, err := fs.Sub(knowledge.EmbeddedFS(), code)
		if err != nil {
			continue
		}
		articles, _ := knowledge.LoadFS(sub, code)
		for _, a := range articles {
			var s scan
			s.run(strings.Join(append([]string{a.Title, a.Summary, a.Body}, a.Questions...), "\n"))
			texts[i].WriteString(s.trigramText())
			texts[i].WriteByte(' ')
			latin[i] += len(s.folded)
			other[i] += s.han + s.kana + s.thai + s.deva + s.other
		}
	}
	// A language written in another script (Hindi's articles are in
	// Devanagari) would learn only the English names quoted in it.
	for i := range texts {
		if other[i] > latin[i] {
			texts[i].Reset()
		}
	}
	return trainTrigrams(texts)
}

func trainTrigrams(texts [nLatin]strings.Builder) *trigrams {
	m := &trigrams{index: map[string]int32{}}
	var counts [][nLatin]int32
	var totals [nLatin]int
	for i := range texts {
		eachTrigram(texts[i].String(), func(t []byte) {
			row, ok := m.index[string(t)]
			if !ok {
				row = int32(len(counts))
				m.index[string(t)] = row
				counts = append(counts, [nLatin]int32{})
			}
			counts[row][i]++
			totals[i]++
		})
	}
	// Add-one smoothing over the vocabulary of all languages.
	v := float64(len(counts) + 1)
	var denom [nLatin]float64
	for i := range totals {
		if totals[i] > 0 {
			m.ok[i] = true
			denom[i] = math.Log(float64(totals[i]) + v)
			m.unseen[i] = float32(-denom[i])
		}
	}
	m.logp = make([][nLatin]float32, len(counts))
	for row, c := range counts {
		for i := range c {
			if m.ok[i] {
				m.logp[row][i] = float32(math.Log(float64(c[i])+1) - denom[i])
			}
		}
	}
	return m
}

// eachTrigram calls f with every trigram of the space-separated words in
// s, each word padded with a space on both sides ("_ja", "jad", …, "al_").
// t is only valid during the call: it reuses one buffer, so counting the
// trigrams of the whole knowledge base allocates little.
func eachTrigram(s string, f func(t []byte)) {
	var buf []byte
	var starts []int
	for w := range strings.FieldsSeq(s) {
		buf = append(append(append(buf[:0], ' '), w...), ' ')
		starts = starts[:0]
		for i := range string(buf) {
			starts = append(starts, i)
		}
		starts = append(starts, len(buf))
		for i := 0; i+3 < len(starts); i++ {
			f(buf[starts[i]:starts[i+3]])
		}
	}
}

// scores returns, for each Latin candidate with training text, how likely
// the text is in it, in [0,1] and summing to 1. ok is false when the text
// has no trigram.
func (m *trigrams) scores(text string) (out [nLatin]float64, ok bool) {
	var ll [nLatin]float64
	n := 0
	eachTrigram(text, func(t []byte) {
		n++
		row, seen := m.index[string(t)]
		for i := range ll {
			switch {
			case !m.ok[i]:
			case seen:
				ll[i] += float64(m.logp[row][i])
			default:
				ll[i] += float64(m.unseen[i])
			}
		}
	})
	if n == 0 {
		return out, false
	}
	best := math.Inf(-1)
	for i := range ll {
		if m.ok[i] && ll[i] > best {
			best = ll[i]
		}
	}
	sum := 0.0
	for i := range ll {
		if m.ok[i] {
			out[i] = math.Exp(ll[i] - best)
			sum += out[i]
		}
	}
	for i := range out {
		out[i] /= sum
	}
	return out, true
}

// trigramText is the line as the model sees it: folded words without the
// loanwords every language shares.
func (s *scan) trigramText() string {
	var b strings.Builder
	for i := range s.words {
		w := s.word(i)
		if neutral[w] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
