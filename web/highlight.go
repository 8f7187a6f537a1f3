package web

import (
	"html/template"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/scambot/scambot/offer"
)

// highlight returns text as HTML with the words res.Highlights names
// wrapped in <mark> (the one rule of which words every surface marks): a
// signal's words followed by the number of its signal, which links to the
// explanation below (#sN); a counter-signal's words in <mark
// class="counter">. Everything else is escaped.
func highlight(text string, res *offer.Result) template.HTML {
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	pos := 0
	for _, h := range res.Highlights(text) {
		b.WriteString(template.HTMLEscapeString(text[pos:h.Start]))
		seg := template.HTMLEscapeString(text[h.Start:h.End])
		if h.Counter {
			b.WriteString(`<mark class="counter">` + seg + `</mark>`)
		} else {
			id := strconv.Itoa(h.Signal + 1)
			b.WriteString(`<mark>` + seg + `</mark><sup><a href="#s` + id + `">` + id + `</a></sup>`)
		}
		pos = h.End
	}
	b.WriteString(template.HTMLEscapeString(text[pos:]))
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
