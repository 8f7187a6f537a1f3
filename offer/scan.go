package offer

import (
	"bytes"
	"sync"
)

// A concept is a set of phrases, in all languages, that mean one thing for
// the rules ("the employer pays the flight", "an interview by chat"). Rules
// are written over concepts, so a new phrase or language never needs a new
// rule.
type concept uint8

// hit is a match in the normalised text, [s, e).
type hit struct{ s, e int32 }

const maxHits = 8 // per concept; more add nothing to a rule

// scan is the per-check working state, pooled by the Checker.
type scan struct {
	n     normText
	src   string
	hits  [nConcepts][maxHits]hit
	cnt   [nConcepts]uint8
	pays  []payAmount
	daily hit   // first amount quoted per day, with or without a currency (e == 0: none)
	ev    []hit // evidence of the rule being evaluated
	url   hit   // first web address or mail domain (e == 0: none)
	addr  hit   // first street-address word next to a number
}

// lexiconAutomaton is compiled once and shared: it is immutable, and
// LooksLikeOffer and every Checker use the same one.
var lexiconAutomaton = sync.OnceValue(compileLexicon)

func compileLexicon() *automaton { return compilePhrases(embeddedPhrases()) }

func (s *scan) run(ac *automaton, src string) {
	s.src = src
	s.cnt = [nConcepts]uint8{}
	s.pays = s.pays[:0]
	s.daily = hit{}
	normalize(&s.n, src)
	ac.scanText(s.n.b, func(p *pattern, start, end int) {
		c := p.concept
		k := s.cnt[c]
		if k > 0 && int32(start) < s.hits[c][k-1].e {
			// Overlapping phrases of one concept ("việc nhẹ", "việc nhẹ
			// lương cao"): keep the longer, which ends later.
			if prev := s.hits[c][k-1]; int32(start) <= prev.s {
				s.hits[c][k-1] = hit{int32(start), int32(end)}
			}
			return
		}
		if k >= maxHits {
			return
		}
		s.hits[c][k] = hit{int32(start), int32(end)}
		s.cnt[c] = k + 1
	})
	s.parsePay()
	s.resolve()
}

// has reports whether concept c was found.
func (s *scan) has(c concept) bool { return s.cnt[c] > 0 }

// list returns the hits of c.
func (s *scan) list(c concept) []hit { return s.hits[c][:s.cnt[c]] }

// removeIf removes the hits of c for which denied is true, keeping the
// others in order (every counter-signal rule is such a filter).
func (s *scan) removeIf(c concept, denied func(h hit) bool) {
	k := 0
	for _, h := range s.list(c) {
		if !denied(h) {
			s.hits[c][k] = h
			k++
		}
	}
	s.cnt[c] = uint8(k)
}

// any adds the first hit of each given concept found to the evidence and
// reports whether there was one.
func (s *scan) any(cs ...concept) bool {
	ok := false
	for _, c := range cs {
		if s.cnt[c] > 0 {
			s.ev = append(s.ev, s.hits[c][0])
			ok = true
		}
	}
	return ok
}

// gap is the distance between two hits in normalised bytes (0 if they overlap).
func gap(a, b hit) int {
	switch {
	case a.e <= b.s:
		return int(b.s - a.e)
	case b.e <= a.s:
		return int(a.s - b.e)
	}
	return 0
}

// within reports whether hits a and b are at most win letters apart.
// Windows count runes, not bytes: a Devanagari or Thai letter is three
// bytes of UTF-8 but one letter, like a Latin one, so a Hindi "fee … pay"
// combines over the same clause as an English one. A Chinese character
// keeps its three: one carries about as much as a short Latin word, and
// the windows were set on Chinese clauses counted that way.
func (s *scan) within(a, b hit, win int) bool {
	g := gap(a, b)
	if g <= win {
		return true
	}
	if g > 3*win {
		return false // no rune is wider than three bytes in these scripts
	}
	return s.letters(a, b) <= win
}

// letters is the distance between two hits in letters (see within).
func (s *scan) letters(a, b hit) int {
	lo, hi := a.e, b.s
	if b.e <= a.s {
		lo, hi = b.e, a.s
	}
	n, narrow := 0, false
	for _, c := range s.n.b[lo:max(hi, lo)] {
		switch {
		case c < 0x80:
			n++
		case c >= 0xC0: // a lead byte
			n++
			narrow = c <= 0xE0 // two-byte runes, and U+0800–U+0FFF (Devanagari, Thai)
		case !narrow:
			n++ // a continuation byte of a Chinese (or wider) rune counts as before
		}
	}
	return n
}

// runeLetters is how many letters the rune starting with byte c counts
// for (see within): three for a Chinese (or wider) rune, else one.
func runeLetters(c byte) int {
	if c >= 0xE1 {
		return 3
	}
	return 1
}

// near finds a hit of a and a hit of b at most win letters apart, in the
// same paragraph, and adds both to the evidence.
func (s *scan) near(a, b concept, win int) bool {
	for _, x := range s.list(a) {
		for _, y := range s.list(b) {
			if s.within(x, y, win) && !s.paraBreak(x, y) {
				s.ev = append(s.ev, x, y)
				return true
			}
		}
	}
	return false
}

// isNear reports whether h has a hit of c within win bytes (same paragraph).
func (s *scan) isNear(h hit, c concept, win int) bool {
	for _, y := range s.list(c) {
		if s.within(h, y, win) && !s.paraBreak(h, y) {
			return true
		}
	}
	return false
}

// paraBreak reports whether a blank line or bullet line break separates the
// hits: a phrase in one bullet says nothing about the next.
func (s *scan) paraBreak(a, b hit) bool {
	lo, hi := a.e, b.s
	if b.e <= a.s {
		lo, hi = b.e, a.s
	}
	for i := lo; i < hi; i++ {
		if s.n.b[i] == '\n' {
			return true
		}
	}
	return false
}

// drop removes the hits of c that are within win bytes of a hit of by
// (negations such as "no fee", "never ask for your passport").
func (s *scan) drop(c, by concept, win int) {
	if s.cnt[by] == 0 {
		return
	}
	s.removeIf(c, func(h hit) bool { return s.isNear(h, by, win) })
}

// dropAfterInSentence removes the hits of c that follow a hit of by in the
// same sentence (no '.', '!', '?', '。' or line break between them), unless
// an "only" or "but" (cExcept) comes between.
func (s *scan) dropAfterInSentence(c, by concept) {
	s.dropAfter(c, by, func(lo, hi int32) bool {
		return s.sentenceBreak(lo, hi) || s.between(cExcept, lo, hi)
	})
}

// dropAfter removes the hits of c that follow a hit of by with no break
// between them, as apart tells.
func (s *scan) dropAfter(c, by concept, apart func(lo, hi int32) bool) {
	if s.cnt[by] == 0 {
		return
	}
	s.removeIf(c, func(h hit) bool {
		for _, n := range s.list(by) {
			if n.e <= h.s && !apart(n.e, h.s) {
				return true
			}
		}
		return false
	})
}

// between reports whether a hit of c lies within [lo, hi).
func (s *scan) between(c concept, lo, hi int32) bool {
	for _, x := range s.list(c) {
		if x.s >= lo && x.e <= hi {
			return true
		}
	}
	return false
}

// sentenceBreak reports whether b[lo:hi] of the normalised text ends a
// sentence. A '.' between digits ("Rp 2.000") does not.
func (s *scan) sentenceBreak(lo, hi int32) bool {
	b := s.n.b
	for i := lo; i < hi; i++ {
		switch b[i] {
		case '\n', '!', '?':
			return true
		case '.':
			if i == 0 || i+1 >= int32(len(b)) || !isDigit(b[i-1]) || !isDigit(b[i+1]) {
				return true
			}
		}
	}
	return bytes.Contains(b[lo:hi], []byte("。"))
}

// dropNegated removes the hits of c that a negator of by denies in the
// same clause: before the hit ("we never send anyone on a tourist visa",
// "hindi kami tumatanggap ng tourist visa") or just after it ("visit visa
// pe kisi ko nahi bhejte"). A negator inside the hit is part of the phrase
// ("no work visa needed") and does not count, nor does one across a
// comma or a sentence end ("no experience. tourist visa").
func (s *scan) dropNegated(c, by concept, before, after int) {
	if s.cnt[by] == 0 {
		return
	}
	s.removeIf(c, func(h hit) bool {
		for _, n := range s.list(by) {
			inside := n.s >= h.s && n.e <= h.e
			switch {
			case inside:
			case n.e <= h.s && s.within(n, h, before) && !s.clauseBreak(n.e, h.s),
				n.s >= h.e && s.within(h, n, after) && !s.clauseBreak(h.e, n.s):
				return true
			}
		}
		return false
	})
}

// clauseBreak reports punctuation that ends a clause between byte offsets
// lo and hi of the normalised text. Thai writes no commas: a space between
// Thai words ends its clause.
func (s *scan) clauseBreak(lo, hi int32) bool {
	for i := lo; i < hi && int(i) < len(s.n.b); i++ {
		switch s.n.b[i] {
		case '\n', '.', ',', ';', ':', '!', '?', '|':
			return true
		case ' ':
			if s.thaiSpace(i) {
				return true
			}
		}
	}
	return false
}

// thaiSpace reports whether the space at b[i] stands between two Thai
// letters (U+0E00–U+0E7F: E0 B8/B9 xx in UTF-8).
func (s *scan) thaiSpace(i int32) bool {
	b := s.n.b
	j := int(i)
	thai := func(k int) bool { return k >= 0 && k+2 < len(b) && b[k] == 0xE0 && (b[k+1] == 0xB8 || b[k+1] == 0xB9) }
	return thai(j-3) && thai(j+1)
}

// spans converts the evidence to original spans and matched text, in text
// order, without duplicates.
//
// The spans and matched strings of one result share two backing arrays
// (bufs), carved with full slice expressions so that no signal can grow
// into another's.
func (s *scan) spans(sig *Signal, src string, bufs *spanBufs) {
	for _, h := range s.ev {
		sp := s.n.origSpan(src, int(h.s), int(h.e))
		if sp.End <= sp.Start || sp.End > len(src) {
			continue
		}
		dup := false
		for _, o := range sig.Spans {
			if o == sp {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if sig.Spans == nil {
			sig.Spans = bufs.spans[len(bufs.spans):len(bufs.spans)]
		}
		sig.Spans = append(sig.Spans, sp)
	}
	// Insertion sort: a handful of spans.
	for i := 1; i < len(sig.Spans); i++ {
		for j := i; j > 0 && sig.Spans[j].Start < sig.Spans[j-1].Start; j-- {
			sig.Spans[j], sig.Spans[j-1] = sig.Spans[j-1], sig.Spans[j]
		}
	}
	// Touching spans read as one phrase: «发护照», not «发» «护照».
	k := 0
	for i, sp := range sig.Spans {
		if i > 0 && sp.Start <= sig.Spans[k-1].End {
			sig.Spans[k-1].End = max(sig.Spans[k-1].End, sp.End)
			continue
		}
		sig.Spans[k] = sp
		k++
	}
	sig.Spans = sig.Spans[:k]
	n := len(sig.Spans)
	if n == 0 {
		sig.Spans = nil
		return
	}
	if len(bufs.spans)+n <= cap(bufs.spans) && &bufs.spans[:len(bufs.spans)+1][len(bufs.spans)] == &sig.Spans[0] {
		// The spans were appended in place: claim them.
		bufs.spans = bufs.spans[:len(bufs.spans)+n]
		sig.Spans = sig.Spans[:n:n]
	}
	if len(bufs.matched)+n > cap(bufs.matched) {
		bufs.matched = make([]string, 0, max(64, n))
	}
	m := bufs.matched[len(bufs.matched) : len(bufs.matched)+n : len(bufs.matched)+n]
	bufs.matched = bufs.matched[:len(bufs.matched)+n]
	for i, sp := range sig.Spans {
		m[i] = src[sp.Start:sp.End]
	}
	sig.Matched = m
}

// spanBufs are the backing arrays of one result's spans and matched text.
type spanBufs struct {
	spans   []Span
	matched []string
}

func newSpanBufs() spanBufs {
	return spanBufs{spans: make([]Span, 0, 64), matched: make([]string, 0, 64)}
}
