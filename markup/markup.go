// Package markup renders the small Markdown subset that scambot's articles
// and replies are written in (FORMAT.md) for each place a reply can go:
// Telegram HTML, Discord Markdown and plain terminal text.
//
// The subset is: paragraphs split by blank lines, "## " headings, "- "
// bullets, **bold**, *italic*, [text](url) and backslash escapes. Text that
// comes from users goes through Escape first, so nothing they type can
// become markup on any platform.
package markup

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// Escape makes s literal inside the Markdown subset.
func Escape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if strings.ContainsRune(`\*_[]()~|>#-`+"`", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

type kind int

const (
	text kind = iota
	bold
	italic
	link
)

type node struct {
	kind     kind
	text     string // for text
	url      string // for link
	children []node
}

// parseInline reads inline markup. Unmatched markers stay literal text.
func parseInline(s string) []node {
	var out []node
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, node{kind: text, text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			_, size := utf8.DecodeRuneInString(s[i+1:])
			lit.WriteString(s[i+1 : i+1+size])
			i += 1 + size
			continue
		case strings.HasPrefix(s[i:], "**"):
			if end := findClose(s, i+2, "**"); end > i+2 {
				flush()
				out = append(out, node{kind: bold, children: parseInline(s[i+2 : end])})
				i = end + 2
				continue
			}
		case c == '*' || c == '_':
			// An emphasis marker opens only before a non-space and closes
			// after one, so "5 * 3" or snake_case stay as they are.
			if i+1 < len(s) && s[i+1] != ' ' && (i == 0 || !isWordByte(s[i-1])) {
				if end := findClose(s, i+1, string(c)); end > i+1 && s[end-1] != ' ' && (end+1 >= len(s) || !isWordByte(s[end+1])) {
					flush()
					out = append(out, node{kind: italic, children: parseInline(s[i+1 : end])})
					i = end + 1
					continue
				}
			}
		case c == '[':
			if close := findClose(s, i+1, "]"); close > i+1 && strings.HasPrefix(s[close:], "](") {
				if endURL := strings.IndexByte(s[close+2:], ')'); endURL > 0 {
					u := s[close+2 : close+2+endURL]
					if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "tg://") {
						flush()
						out = append(out, node{kind: link, url: u, children: parseInline(s[i+1 : close])})
						i = close + 2 + endURL + 1
						continue
					}
				}
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		lit.WriteString(s[i : i+size])
		i += size
	}
	flush()
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// findClose returns the index of the next unescaped marker at or after
// from, or -1.
func findClose(s string, from int, marker string) int {
	for i := from; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], marker) {
			if marker == "*" && strings.HasPrefix(s[i:], "**") {
				i++ // a bold marker inside italics is not its end
				continue
			}
			return i
		}
	}
	return -1
}

// style says how one target writes each construct.
type style struct {
	escape  func(string) string
	bold    [2]string
	italic  [2]string
	link    func(label, url string) string
	heading func(string) string
	bullet  string
	// lineStart, when set, escapes what the target would read as a block
	// marker at the start of a rendered text line (Discord: "- ", "1. ").
	lineStart func(string) string
}

func render(md string, st style) string {
	var b strings.Builder
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch {
		case strings.HasPrefix(line, "## "):
			b.WriteString(st.heading(inline(strings.TrimSpace(line[3:]), st)))
		case strings.HasPrefix(line, "- "):
			b.WriteString(st.bullet)
			b.WriteString(inline(line[2:], st))
		default:
			out := inline(line, st)
			if st.lineStart != nil {
				out = st.lineStart(out)
			}
			b.WriteString(out)
		}
	}
	return b.String()
}

func inline(s string, st style) string {
	var b strings.Builder
	writeNodes(&b, parseInline(s), st)
	return b.String()
}

func writeNodes(b *strings.Builder, nodes []node, st style) {
	for _, n := range nodes {
		switch n.kind {
		case text:
			b.WriteString(st.escape(n.text))
		case bold:
			b.WriteString(st.bold[0])
			writeNodes(b, n.children, st)
			b.WriteString(st.bold[1])
		case italic:
			b.WriteString(st.italic[0])
			writeNodes(b, n.children, st)
			b.WriteString(st.italic[1])
		case link:
			var label strings.Builder
			writeNodes(&label, n.children, st)
			b.WriteString(st.link(label.String(), n.url))
		}
	}
}

var htmlStyle = style{
	escape: html.EscapeString,
	bold:   [2]string{"<b>", "</b>"},
	italic: [2]string{"<i>", "</i>"},
	link: func(label, u string) string {
		return `<a href="` + html.EscapeString(u) + `">` + label + `</a>`
	},
	heading: func(h string) string { return "<b>" + h + "</b>" },
	bullet:  "• ",
}

// HTML renders md for Telegram's HTML parse mode: every character of text
// is escaped, so article and user strings cannot break the message.
func HTML(md string) string { return render(md, htmlStyle) }

var discordStyle = style{
	escape: escapeDiscord,
	bold:   [2]string{"**", "**"},
	italic: [2]string{"*", "*"},
	link: func(label, u string) string {
		return "[" + label + "](" + u + ")"
	},
	heading:   func(h string) string { return "**" + h + "**" },
	bullet:    "• ",
	lineStart: discordLineStart,
}

// Discord renders md as Discord Markdown, escaping everything Discord would
// read as formatting or as a mention.
func Discord(md string) string { return render(md, discordStyle) }

// discordLineStart escapes the list markers Discord reads at the start of
// a line (after any indent) that escapeDiscord leaves alone because they
// mean nothing inside a line: "- " and "+ " bullets, "-# " subtext and
// "1. " numbered items. A user's multi-line text quoted in a reply must
// not turn into a list. ("* ", "# ", "> " and "1) " are escaped by
// escapeDiscord everywhere; our own bullets are rendered as "• ".)
func discordLineStart(line string) string {
	rest := strings.TrimLeft(line, " \t")
	indent := line[:len(line)-len(rest)]
	if rest == "" {
		return line
	}
	if rest[0] == '-' || rest[0] == '+' {
		return indent + `\` + rest
	}
	digits := 0
	for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(rest) && rest[digits] == '.' &&
		(digits+1 == len(rest) || rest[digits+1] == ' ' || rest[digits+1] == '\t') {
		return indent + rest[:digits] + `\` + rest[digits:]
	}
	return line
}

func escapeDiscord(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '~', '`', '|', '>', '#', '[', ']', '(', ')':
			b.WriteByte('\\')
		case '@':
			// A zero-width space after @ stops @everyone and @here pings.
			b.WriteString("@\u200b")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var plainStyle = style{
	escape: func(s string) string { return s },
	bold:   [2]string{"", ""},
	italic: [2]string{"", ""},
	link: func(label, u string) string {
		if label == u {
			return u
		}
		return label + " (" + u + ")"
	},
	heading: strings.ToUpper,
	bullet:  "• ",
}

// Plain renders md as plain text for terminals and JSON output.
func Plain(md string) string { return render(md, plainStyle) }

// Split cuts md into pieces whose rendering (by render) is at most max
// bytes, at paragraph boundaries where it can, then at line breaks, then
// between words, and as a last resort between runes. Pieces are Markdown;
// render each one.
func Split(md string, max int, render func(string) string) []string {
	if max <= 0 {
		return []string{md}
	}
	fits := func(s string) bool { return len(render(s)) <= max }
	if fits(md) {
		return []string{md}
	}
	var out []string
	var cur string
	push := func(piece, sep string) {
		switch {
		case cur == "":
			cur = piece
		case fits(cur + sep + piece):
			cur += sep + piece
		default:
			out = append(out, cur)
			cur = piece
		}
	}
	for _, para := range strings.Split(md, "\n\n") {
		if fits(para) {
			push(para, "\n\n")
			continue
		}
		for _, line := range strings.Split(para, "\n") {
			if fits(line) {
				push(line, "\n")
				continue
			}
			for _, word := range strings.SplitAfter(line, " ") {
				if fits(word) {
					push(strings.TrimSuffix(word, " "), " ")
					continue
				}
				// One "word" longer than a message (a paste without
				// spaces, such as Chinese or Thai text): cut it at the
				// longest rune boundary that fits, found by bisection.
				if cur != "" {
					out = append(out, cur)
					cur = ""
				}
				for word != "" {
					n := longestFit(word, fits)
					out = append(out, word[:n])
					word = word[n:]
				}
			}
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// longestFit returns the length of the longest prefix of s, cut at a rune
// boundary, that fits; at least one rune, so splitting always advances.
func longestFit(s string, fits func(string) bool) int {
	var cuts []int // rune boundaries after the first rune
	for i := range s {
		if i > 0 {
			cuts = append(cuts, i)
		}
	}
	cuts = append(cuts, len(s))
	// The first cut that does not fit; everything before it fits.
	k := sort.Search(len(cuts), func(k int) bool { return !fits(s[:cuts[k]]) })
	if k == 0 {
		return cuts[0]
	}
	return cuts[k-1]
}

var webStyle = style{
	escape: html.EscapeString,
	bold:   [2]string{"<strong>", "</strong>"},
	italic: [2]string{"<em>", "</em>"},
	link: func(label, u string) string {
		if !webURL(u) {
			return label
		}
		return `<a href="` + html.EscapeString(u) + `" rel="noopener noreferrer">` + label + `</a>`
	},
	heading: func(h string) string { return h },
}

// webURL reports whether u may be a link on a web page: http(s) only (the
// parser also passes tg:// links, which mean nothing in a browser).
func webURL(u string) bool {
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

// Web renders md as HTML blocks for a web page: paragraphs (<p>, lines
// joined with <br>), "## " headings as <h2>, bullet runs as <ul>. Every
// character of text is escaped and only http(s) links are kept (others show
// their label), so the result can be inserted into a page as is.
func Web(md string) string {
	var b strings.Builder
	var para []string
	inList := false
	flush := func() {
		if len(para) > 0 {
			b.WriteString("<p>" + strings.Join(para, "<br>\n") + "</p>\n")
			para = para[:0]
		}
	}
	endList := func() {
		if inList {
			b.WriteString("</ul>\n")
			inList = false
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			endList()
		case strings.HasPrefix(line, "## "):
			flush()
			endList()
			b.WriteString("<h2>" + inline(strings.TrimSpace(line[3:]), webStyle) + "</h2>\n")
		case strings.HasPrefix(line, "- "):
			flush()
			if !inList {
				b.WriteString("<ul>\n")
				inList = true
			}
			b.WriteString("<li>" + inline(strings.TrimSpace(line[2:]), webStyle) + "</li>\n")
		default:
			endList()
			para = append(para, inline(strings.TrimSpace(line), webStyle))
		}
	}
	flush()
	endList()
	return b.String()
}
