// Package printable makes text from users (offers, questions, file names,
// anything read from outside) safe to show on a terminal or in a log: no
// control character, escape sequence or bidirectional override survives,
// so a hostile text cannot clear the screen, set the window title, hide or
// recolour words, or reorder a line to fake a verdict.
//
// It is the one place that rule lives: every human-readable output of the
// CLI and the terminal chat goes through String or a Writer.
package printable

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Unsafe reports whether r must never reach a terminal as it is: C0 and C1
// controls (other than newline and tab), DEL, and the Unicode formatting
// characters that change the display order of a line (bidi embeddings,
// overrides, isolates and marks).
func Unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f: // C0, DEL
		return true
	case r >= 0x80 && r <= 0x9f: // C1 (0x9b is a one-byte CSI on some terminals)
		return true
	case r >= 0x202a && r <= 0x202e: // LRE RLE PDF LRO RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI RLI FSI PDI
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c: // LRM RLM ALM
		return true
	case r == 0x2028 || r == 0x2029: // line and paragraph separators
		return true
	case r == 0xfeff: // byte order mark / zero-width no-break space
		return true
	case r >= 0xfff9 && r <= 0xfffb: // interlinear annotation controls
		return true
	}
	return false
}

// String returns s with invalid UTF-8 replaced by U+FFFD, control
// sequences removed whole (see Sequences), and every other unsafe character
// removed. CR LF and a lone CR become LF and U+2028/U+2029 become LF, so
// lines stay lines.
func String(s string) string {
	if clean(s) {
		return dropLost(s)
	}
	return scan(s, func(b *strings.Builder, r rune, i, size int) {
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			if !strings.HasPrefix(s[i+1:], "\n") {
				b.WriteByte('\n')
			}
		case r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
		case Unsafe(r):
		default:
			b.WriteString(s[i : i+size])
		}
	})
}

// scan returns s without its control sequences (seqLen) and without the
// leftovers of lost ones (dropLost), passing every other character, at
// s[i:i+size], to write.
func scan(s string, write func(b *strings.Builder, r rune, i, size int)) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if n := seqLen(s[i:]); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		write(&b, r, i, size)
		i += size
	}
	return dropLost(b.String())
}

// Sequences returns s without the control sequences a terminal would act
// on, each removed whole rather than leaving its payload behind as text:
//
//   - CSI: ESC [ or C1 CSI (U+009B), parameters and intermediates, a final
//     byte ("ESC [ 3 1 m");
//   - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or their C1 forms (U+009D,
//     U+0090, U+0098, U+009E, U+009F), a payload, and BEL, ESC \ or C1 ST
//     (U+009C). An unterminated one (cut by a line break, the end of the
//     text or maxString bytes) loses its introducer and the word that
//     follows it (its command and parameters, an OSC 8 link's address), not
//     the words after, so it never swallows what the user wrote next;
//   - the same introducers as raw 8-bit bytes (invalid UTF-8) when a
//     well-formed sequence follows;
//   - two-byte and nF escapes (ESC c, ESC ( 0), and a lone ESC;
//   - the leftover of an OSC 8 hyperlink whose ESC was already lost on the
//     way ("]8;;https://example.com\"): "]8;" is not found in ordinary
//     text, unlike "[8]" or "[1m" which are left alone.
//
// Everything else, other controls and invalid UTF-8 included, is left as
// it is: String removes those too; a caller that maps them its own way
// (the bot's input cleaning) calls Sequences first.
func Sequences(s string) string {
	if !strings.ContainsAny(s, "\x1b\u0090\u0098\u009b\u009d\u009e\u009f") && !hasRawC1(s) {
		return dropLost(s)
	}
	return scan(s, func(b *strings.Builder, _ rune, i, size int) {
		b.WriteString(s[i : i+size])
	})
}

// hasRawC1 reports a byte 0x90–0x9f that does not belong to a UTF-8
// sequence (a raw 8-bit C1 control).
func hasRawC1(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && s[i] >= 0x90 && s[i] <= 0x9f {
			return true
		}
		i += size
	}
	return false
}

// Line is String with line breaks and tabs turned into spaces, for text
// quoted inside one line (a file name, a span of an offer).
func Line(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, String(s))
}

// clean reports whether s needs no change by the character rules (the
// common case, no allocation); dropLost is still applied.
func clean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '\r' || Unsafe(r) {
			return false
		}
	}
	return true
}

// maxString bounds how far an OSC, DCS or APC string may run before its
// terminator, and a CSI before its final byte: past that, at a line break
// or at the end of the text the sequence is taken as unterminated.
const maxString = 512

// seqLen is how many bytes at the start of s (a rune boundary) form one
// control sequence, 0 when s does not start with one. A raw C1 byte counts
// only when a well-formed sequence follows: alone it is just invalid UTF-8.
func seqLen(s string) int {
	if s == "" {
		return 0
	}
	switch c := s[0]; {
	case c == 0x1b:
		return 1 + escapeLen(s[1:])
	case c == 0xc2 && len(s) > 1 && isIntroducer(s[1]):
		n, _ := bodyLen(s[1], s[2:])
		return 2 + n
	case isIntroducer(c):
		// A raw byte is more often a mangled legacy character (0x9b is
		// "›" in Windows-1252) than a control: a CSI must then carry a
		// parameter ("\x9b31m", not the "h" of "\x9bhello").
		if n, ok := bodyLen(c, s[1:]); ok && (c != 0x9b || n > 1) {
			return 1 + n
		}
	}
	return 0
}

// isIntroducer reports the C1 controls that open a sequence: DCS, SOS,
// CSI, OSC, PM, APC.
func isIntroducer(c byte) bool {
	switch c {
	case 0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f:
		return true
	}
	return false
}

// bodyLen is how many bytes of s (which follows the C1 introducer c) the
// sequence takes, and whether it is well-formed and terminated.
func bodyLen(c byte, s string) (int, bool) {
	if c == 0x9b {
		return csiLen(s)
	}
	return stringLen(s)
}

// escapeLen is how many bytes of s (which follows an ESC) belong to the
// escape sequence, 0 when what follows does not start one (the ESC alone
// is dropped then, and the rest is shown as text).
func escapeLen(s string) int {
	if s == "" {
		return 0
	}
	switch c := s[0]; {
	case c == '[':
		n, _ := csiLen(s[1:])
		return 1 + n
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_': // OSC, DCS, SOS, PM, APC
		n, _ := stringLen(s[1:])
		return 1 + n
	case c >= 0x20 && c <= 0x2f: // nF: intermediates then a final byte
		for i := 1; i < len(s) && i < 8; i++ {
			if s[i] >= 0x30 && s[i] <= 0x7e {
				return i + 1
			}
			if s[i] < 0x20 || s[i] > 0x2f {
				return 0
			}
		}
		return 0
	case c >= 0x30 && c <= 0x7e: // two-byte escapes (ESC c reset, ESC 7...)
		return 1
	}
	return 0
}

// csiLen is how many bytes of s (which follows a CSI) are its parameters,
// intermediates (0x20–0x3f) and final byte (0x40–0x7e), and whether the
// final byte was found. Without one the parameters are still counted: a
// "31;1" with no "m" means nothing to the reader either.
func csiLen(s string) (int, bool) {
	for i := 0; i < len(s) && i < maxString; i++ {
		switch b := s[i]; {
		case b >= 0x20 && b <= 0x3f:
		case b >= 0x40 && b <= 0x7e:
			return i + 1, true
		default:
			return i, false
		}
	}
	return min(len(s), maxString), false
}

// stringLen is how many bytes of s (which follows an OSC, DCS, SOS, PM or
// APC introducer) the string and its terminator (BEL, ESC \, C1 ST) take,
// and whether it was terminated. An unterminated one counts only its first
// word: up to the first space, control or line break.
func stringLen(s string) (int, bool) {
	for i := 0; i < len(s) && i < maxString; {
		// By runes: 0x9c is also the last byte of runes like 东 (E4 B8 9C).
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x07 || r == 0x9c: // BEL, C1 ST
			return i + size, true
		case r == utf8.RuneError && size == 1 && s[i] == 0x9c: // raw 8-bit ST
			return i + 1, true
		case r == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2, true
			}
			return wordLen(s), false
		case r == '\n' || r == '\r':
			return wordLen(s), false
		}
		i += size
	}
	return wordLen(s), false
}

// wordLen is the length of the run of bytes at the start of s up to the
// first space or control (at most maxString, cut on a rune boundary).
func wordLen(s string) int {
	i := 0
	for i < len(s) && i < maxString && s[i] > 0x20 && s[i] != 0x7f && !(s[i] == 0xc2 && i+1 < len(s) && s[i+1] <= 0x9f) {
		i++
	}
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// dropLost removes the leftovers of OSC 8 hyperlinks whose ESC was lost
// before the text reached us ("]8;;https://x.example/\link]8;;\" is
// "link"). Where one sat between two words a space takes its place, so
// removing it never joins text into a new leftover (String stays
// idempotent).
func dropLost(s string) string {
	if !strings.Contains(s, "]8;") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if n := lostLen(s[i:]); n > 0 && !quotedESC(b.String()) {
			i += n
			out := b.String()
			if out != "" && out[len(out)-1] > 0x20 && i < len(s) && s[i] > 0x20 {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// quotedESC reports text ending in an ESC written out ("\x1b", "\033",
// "^["): what follows is a sequence quoted for the reader (a %q in an
// error message), not a leftover.
func quotedESC(s string) bool {
	for _, q := range []string{`\x1b`, `\x1B`, `\033`, `\e`, `\u001b`, `\u001B`, `^[`} {
		if strings.HasSuffix(s, q) {
			return true
		}
	}
	return false
}

// lostLen is how many bytes at the start of s are an OSC 8 leftover:
// "]8;", parameters ("id=x:y"), ";", an address with a scheme or none (the
// end of a link), and the "\" or BEL left of its terminator. 0 if s does
// not start with one.
func lostLen(s string) int {
	if !strings.HasPrefix(s, "]8;") {
		return 0
	}
	i := 3
	for i < len(s) && isParam(s[i]) {
		i++
	}
	if i >= len(s) || s[i] != ';' {
		return 0
	}
	i++
	if n := schemeLen(s[i:]); n > 0 {
		i += n
		for i < len(s) && s[i] > 0x20 && s[i] != 0x7f && s[i] != '\\' {
			i++
		}
	}
	if i < len(s) && (s[i] == '\\' || s[i] == 0x07) {
		i++
	}
	return i
}

func isParam(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("=:-_.", c) >= 0
}

// schemeLen is the length of a URI scheme and its colon at the start of s
// ("https:"), 0 if there is none.
func schemeLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// Writer passes everything written through String. It keeps an incomplete
// UTF-8 sequence at the end of a write for the next one, so a rune split
// across writes is not mangled; call Flush (or nothing, for outputs that
// always write whole text) at the end.
type Writer struct {
	w    io.Writer
	tail []byte
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write writes String(p) and reports len(p) on success.
func (w *Writer) Write(p []byte) (int, error) {
	buf := p
	if len(w.tail) > 0 {
		buf = append(w.tail, p...)
		w.tail = nil
	}
	// Hold back a trailing incomplete rune.
	if n := incompleteTail(buf); n > 0 {
		w.tail = append([]byte(nil), buf[len(buf)-n:]...)
		buf = buf[:len(buf)-n]
	}
	if _, err := io.WriteString(w.w, String(string(buf))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held-back incomplete rune as U+FFFD.
func (w *Writer) Flush() error {
	if len(w.tail) == 0 {
		return nil
	}
	w.tail = nil
	_, err := io.WriteString(w.w, string(utf8.RuneError))
	return err
}

// incompleteTail is the length of a UTF-8 sequence begun but not finished
// at the end of b (0 to 3 bytes).
func incompleteTail(b []byte) int {
	for n := 1; n <= 3 && n <= len(b); n++ {
		c := b[len(b)-n]
		if c < 0x80 {
			return 0 // ASCII: nothing pending
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-n:]) {
				return n
			}
			return 0
		}
	}
	return 0
}
