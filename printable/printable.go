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

// String returns s with invalid UTF-8 replaced by U+FFFD, escape sequences
// (CSI "ESC [ … final", OSC/DCS/APC strings ended by BEL or ST, two-byte
// escapes) removed whole, and every other unsafe character removed. CR LF
// and a lone CR become LF and U+2028/U+2029 become LF, so lines stay lines.
func String(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
		case r == 0x1b:
			size += escapeLen(s[i+size:])
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
		i += size
	}
	return b.String()
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

// clean reports whether s needs no change (the common case, no allocation).
func clean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '\r' || Unsafe(r) {
			return false
		}
	}
	return true
}

// maxString bounds how far an OSC, DCS or APC string may run before its
// terminator: past that, or at a line break, only the ESC is dropped, so an
// unterminated sequence never swallows the text after it.
const maxString = 512

// escapeLen is how many bytes of s (which follows an ESC) belong to the
// escape sequence, 0 when what follows is not a well-formed one (the ESC
// alone is dropped then, and the rest is shown as text).
func escapeLen(s string) int {
	if s == "" {
		return 0
	}
	switch c := s[0]; {
	case c == '[': // CSI: parameters 0x30–0x3f, intermediates 0x20–0x2f, final 0x40–0x7e
		for i := 1; i < len(s) && i < maxString; i++ {
			switch b := s[i]; {
			case b >= 0x20 && b <= 0x3f:
			case b >= 0x40 && b <= 0x7e:
				return i + 1
			default:
				return 0
			}
		}
		return 0
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_': // OSC, DCS, SOS, PM, APC
		for i := 1; i < len(s) && i < maxString; i++ {
			switch s[i] {
			case 0x07:
				return i + 1
			case 0x1b:
				if i+1 < len(s) && s[i+1] == '\\' {
					return i + 2
				}
				return 0
			case '\n', '\r':
				return 0
			}
		}
		return 0
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
