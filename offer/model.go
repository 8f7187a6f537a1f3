package offer

import (
	_ "embed"
	"sort"
	"sync"

	"github.com/scambot/scambot/ngram"
)

// The learned second opinion: a logistic regression over hashed word and
// character n-grams of the folded offer (package ngram), trained on real
// job ads and job frauds (EMSCAD, development half), the project's lure
// and ordinary offers, and training offers written for it in the eight
// languages (gen/model/train). It is shown like a rule, "model.scam-like",
// whose spans are the phrases that pushed its score most, so every point
// of the score stays explained.
//
// Retrain: go generate ./offer (gen/model, deterministic); the command
// prints the cross-validated figures on EMSCAD.
//
//go:generate go run ./gen/model -out model.bin
//go:embed model.bin
var modelBin []byte

// The model's thresholds and weights. From modelStrongAt the model alone
// makes an offer "medium" (modelStrong ≥ mediumAt), and counter-signals do
// not lower it: the model has read the company details they count, so
// counting them again would count them twice. From modelAt it is a weak
// sign (modelWeak) that only adds to others. It never fires for a
// language the check cannot read. The thresholds were chosen on
// cross-validated EMSCAD predictions (gen/model prints the figures).
const (
	modelAt       = 0.80
	modelWeak     = 10
	modelStrongAt = 0.95
	modelStrong   = 26
	modelSpans    = 4
	modelMinBytes = 160 // shorter texts give the model too little to go on
	modelRule     = "model.scam-like"
	modelCategory = "model" // surfaces do not highlight it: see Result.Highlights
	modelArticle  = artRedFlags
)

var embeddedModel = sync.OnceValue(func() *ngram.Model {
	m, err := ngram.Load(modelBin)
	if err != nil {
		panic("offer: model.bin: " + err.Error()) // embedded: caught by the tests
	}
	return m
})

// Option changes a Checker.
type Option func(*Checker)

// WithModel makes the checker use m as its learned second opinion (nil:
// none). The default is the embedded model.
func WithModel(m *ngram.Model) Option {
	return func(c *Checker) { c.model, c.ownModel = m, true }
}

// Fold is the form of a text the model reads: the check's normalisation
// (lower case, Latin diacritics dropped, traditional Chinese folded to
// simplified, filter dodges undone). Training uses it too.
func Fold(text string) string {
	var n normText
	normalize(&n, text)
	return string(n.b)
}

// modelSignal scores the folded text s.n and returns the model's signal
// when it fires. Its spans are its strongest phrases that no rule in
// quoted already quotes, so that the model's part of the score shows
// words of its own (its strongest phrases when every one is quoted).
func (c *Checker) modelSignal(s *scan, l string, quoted []Signal) (Signal, bool) {
	if c.model == nil || len(s.n.b) < modelMinBytes {
		return Signal{}, false
	}
	folded := string(s.n.b)
	// One pass: Explain's probability is Score's, so a second pass over
	// the features for the spans would be waste.
	p, top := c.model.Explain(folded, 4*modelSpans)
	if p < modelAt {
		return Signal{}, false
	}
	w := modelWeak
	if p >= modelStrongAt {
		w = modelStrong
	}
	sig := Signal{Rule: modelRule, Category: modelCategory, Weight: w, Text: ruleText(modelRule, l), Article: modelArticle}
	var spans, fallback []Span
	for _, t := range top {
		sp := s.n.origSpan(s.src, t.Start, t.End)
		if sp.End <= sp.Start {
			continue
		}
		if len(fallback) < modelSpans {
			fallback = append(fallback, sp)
		}
		if len(spans) < modelSpans && !overlapsAny(sp, quoted) {
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 {
		spans = fallback
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for _, sp := range spans {
		sig.Spans = append(sig.Spans, sp)
		sig.Matched = append(sig.Matched, s.src[sp.Start:sp.End])
	}
	return sig, true
}

// overlapsAny reports whether sp overlaps a span of one of sigs.
func overlapsAny(sp Span, sigs []Signal) bool {
	for _, g := range sigs {
		for _, o := range g.Spans {
			if sp.Start < o.End && o.Start < sp.End {
				return true
			}
		}
	}
	return false
}
