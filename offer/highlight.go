package offer

import "unicode/utf8"

// Highlight is one run of an offer's text that a surface marks: the words
// of one signal (Counter false, Signal indexes Result.Signals) or of one
// counter-signal (Counter true, Signal indexes Result.Counter).
type Highlight struct {
	Span
	Signal  int
	Counter bool
}

// Highlights says which words of text, the text r was checked on, every
// surface highlights, so the web page, the terminal and any other surface
// mark the same words. The runs are in text order, never overlap, lie
// inside text and on rune boundaries; spans that do not are left out, so
// the text is shown whole, never cut wrong.
//
// The learned model's second opinion (category "model") is not
// highlighted: its phrases are whatever weighed most in a statistical
// model ("us", "per", "job in"), which would read as accusations of
// ordinary words; a surface lists them under its explanation instead.
// Where spans overlap, a signal owns the words over a counter-signal, and
// a stronger signal (listed first) over a weaker one; a run split by a
// stronger span becomes two runs.
func (r *Result) Highlights(text string) []Highlight {
	if r == nil || text == "" {
		return nil
	}
	// owner[i] is the highlight of byte i, or -1. Paint the weakest
	// first, so stronger owners overwrite.
	owner := make([]int, len(text))
	for i := range owner {
		owner[i] = -1
	}
	var kinds []Highlight // indexed by owner value
	paint := func(sigs []Signal, counter bool) {
		for i := len(sigs) - 1; i >= 0; i-- {
			if sigs[i].Category == modelCategory {
				continue
			}
			k := len(kinds)
			kinds = append(kinds, Highlight{Signal: i, Counter: counter})
			for _, sp := range sigs[i].Spans {
				if !sp.within(text) {
					continue
				}
				for j := sp.Start; j < sp.End; j++ {
					owner[j] = k
				}
			}
		}
	}
	paint(r.Counter, true)
	paint(r.Signals, false)
	var hs []Highlight
	for i := 0; i < len(text); {
		j := i + 1
		for j < len(text) && owner[j] == owner[i] {
			j++
		}
		if k := owner[i]; k >= 0 {
			h := kinds[k]
			h.Span = Span{Start: i, End: j}
			hs = append(hs, h)
		}
		i = j
	}
	return hs
}

// within reports whether sp is a non-empty range of text that starts and
// ends on rune boundaries.
func (sp Span) within(text string) bool {
	return sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End &&
		utf8.RuneStart(text[sp.Start]) && (sp.End == len(text) || utf8.RuneStart(text[sp.End]))
}
