package web

import (
	"html/template"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/scambot/scambot/offer"
)

// highlight returns text as HTML with every span of every rule's signal
// wrapped in <mark>, each followed by the number of its signal, which
// links to the explanation below (#sN). The learned model's second opinion
// (category "model") is not marked: its phrases are whatever weighed most
// in a statistical model ("us", "job in"), which would read as accusations
// of ordinary words; they are listed under its explanation instead. Where
// spans of several rules overlap, the stronger (listed first) owns the
// words. Spans outside text or not on rune boundaries are ignored: the
// text is shown, never cut wrong. Everything else is escaped.
func highlight(text string, sigs []offer.Signal) template.HTML {
	owner := make([]int, len(text)) // 0: none; else signal index + 1
	// Paint the weakest first, so stronger owners overwrite.
	for i := len(sigs) - 1; i >= 0; i-- {
		if sigs[i].Category == "model" {
			continue
		}
		for _, sp := range sigs[i].Spans {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End ||
				!utf8.RuneStart(text[sp.Start]) || (sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
				continue
			}
			for j := sp.Start; j < sp.End; j++ {
				owner[j] = i + 1
			}
		}
	}
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	for i := 0; i < len(text); {
		j := i + 1
		for j < len(text) && owner[j] == owner[i] {
			j++
		}
		seg := template.HTMLEscapeString(text[i:j])
		if n := owner[i]; n > 0 {
			id := strconv.Itoa(n)
			b.WriteString(`<mark>` + seg + `</mark><sup><a href="#s` + id + `">` + id + `</a></sup>`)
		} else {
			b.WriteString(seg)
		}
		i = j
	}
	return template.HTML(b.String())
}

// cutAt cuts s to at most n bytes at a rune boundary.
func cutAt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
