package offer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/scambot/scambot/fold"
)

// normText is the matching form of an offer: compatibility-folded
// (NFKC/NFKD tables of golang.org/x/text/unicode/norm, so full-width digits
// and letters become ASCII), lower-cased, with the marks on Latin letters
// removed (Vietnamese typed without diacritics matches), runs of white space
// collapsed, emoji turned into separators, and the usual filter dodges undone
// ("T3legram", "whats@pp", "t e l e g r a m").
//
// off maps every byte of b back to the start of the original rune that
// produced it, so a match in b can be reported as a span of the original.
type normText struct {
	b   []byte
	off []int32
}

func (n *normText) reset() {
	n.b = n.b[:0]
	n.off = n.off[:0]
}

func (n *normText) emit(c byte, o int) {
	n.b = append(n.b, c)
	n.off = append(n.off, int32(o))
}

func (n *normText) emitRune(r rune, o int) {
	if r < utf8.RuneSelf {
		n.emit(byte(r), o)
		return
	}
	l := len(n.b)
	n.b = utf8.AppendRune(n.b, r)
	for range len(n.b) - l {
		n.off = append(n.off, int32(o))
	}
}

// space emits one separator; a newline wins over a plain space so that
// sentence-level rules still see line breaks.
func (n *normText) space(o int, newline bool) {
	if len(n.b) == 0 {
		return
	}
	switch n.b[len(n.b)-1] {
	case ' ':
		if newline {
			n.b[len(n.b)-1] = '\n'
		}
		return
	case '\n':
		return
	}
	if newline {
		n.emit('\n', o)
	} else {
		n.emit(' ', o)
	}
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }

// latinBase reports whether r is a letter whose diacritics we drop.
func latinBase(r rune) bool {
	return r < 0x250 || (r >= 0x1E00 && r <= 0x1EFF)
}

// normalize writes the matching form of src into n.
func normalize(n *normText, src string) {
	n.reset()
	// The form is about as long as src: one allocation each instead of a
	// dozen doublings.
	if want := len(src) + len(src)/8 + 16; cap(n.b) < want {
		n.b = make([]byte, 0, want)
		n.off = make([]int32, 0, want)
	}
	latinPrev := false // the last emitted rune was a Latin letter (for stray combining marks)
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				n.emit(c+'a'-'A', i)
			case c == '\n':
				n.space(i, true)
			case c <= ' ' || c == 0x7f:
				n.space(i, false)
			default:
				n.emit(c, i)
			}
			latinPrev = isLetter(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size <= 1 {
			n.space(i, false)
			latinPrev = false
			i++
			continue
		}
		o := i
		i += size
		switch {
		case r == 'đ' || r == 'Đ':
			n.emit('d', o)
			latinPrev = true
			continue
		case r == 0x093C: // Devanagari nukta: "ज़्यादा" and "ज्यादा" are both typed
			continue
		case r == 0x0901: // chandrabindu is often typed as anusvara
			n.emitRune(0x0902, o)
			continue
		case r >= 0x0E50 && r <= 0x0E59: // Thai digits
			n.emit(byte('0'+r-0x0E50), o)
			latinPrev = false
			continue
		case r == 0x0964 || r == 0x0965: // danda: the Hindi full stop ends a sentence like '.'
			n.emit('.', o)
			latinPrev = false
			continue
		case r >= 0x0966 && r <= 0x096F: // Devanagari digits
			n.emit(byte('0'+r-0x0966), o)
			latinPrev = false
			continue
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			n.space(o, true)
			latinPrev = false
			continue
		case unicode.IsSpace(r):
			n.space(o, false)
			latinPrev = false
			continue
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			// Variation selectors, keycaps and marks on Latin letters go;
			// Thai and Devanagari vowel signs stay.
			if latinPrev || (r >= 0xFE00 && r <= 0xFE0F) || r == 0x20E3 || (r >= 0xE0100 && r <= 0xE01EF) {
				continue
			}
			n.emitRune(r, o)
			continue
		case unicode.Is(unicode.Cf, r): // zero-width joiners, soft hyphens, bidi marks
			continue
		case unicode.Is(unicode.Pd, r):
			n.emit('-', o)
			latinPrev = false
			continue
		case r == 0x2018 || r == 0x2019 || r == 0x02BC || r == 0x2032:
			n.emit('\'', o)
			latinPrev = false
			continue
		case r == 0x201C || r == 0x201D || r == 0x00AB || r == 0x00BB:
			n.emit('"', o)
			latinPrev = false
			continue
		case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Cs, r) || unicode.Is(unicode.Cc, r):
			// Emoji, dingbats, arrows, flags: separators.
			n.space(o, false)
			latinPrev = false
			continue
		}
		if s := fold.Simplified(r); s != r {
			n.emitRune(s, o) // 機票 is 机票
			latinPrev = false
			continue
		}
		p := norm.NFKD.PropertiesString(src[o:])
		dec := p.Decomposition()
		if dec == nil {
			lr := unicode.ToLower(r)
			n.emitRune(lr, o)
			latinPrev = latinBase(lr) && unicode.IsLetter(lr)
			continue
		}
		dropMarks := false
		for j, k := 0, 0; j < len(dec); j += k {
			d, w := utf8.DecodeRune(dec[j:])
			k = w
			if j == 0 {
				dropMarks = latinBase(d) && unicode.IsLetter(d)
			}
			switch {
			case d == 0x093C:
			case unicode.Is(unicode.Mn, d) && dropMarks:
			case unicode.IsSpace(d):
				n.space(o, false)
			case d == 'đ' || d == 'Đ':
				n.emit('d', o)
			default:
				n.emitRune(unicode.ToLower(d), o)
			}
		}
		latinPrev = dropMarks
	}
	n.undodge()
}

// leet maps the digits and symbols used inside words to dodge keyword
// filters back to letters. Only applied between letters, so amounts,
// ages and handles are untouched.
var leet = [256]byte{'3': 'e', '4': 'a', '@': 'a', '0': 'o', '1': 'i', '5': 's', '$': 's', '7': 't'}

func isLeet(c byte) bool { return leet[c] != 0 }

// undodge rewrites n.b in place: leetspeak inside words, apostrophes and
// hyphens between letters ("don't" = "dont", "visa-free" = "visa free"),
// and letter-spaced words ("t e l e g r a m", "T.E.L.E.G.R.A.M").
func (n *normText) undodge() {
	b, off := n.b, n.off
	w := 0
	for r := 0; r < len(b); r++ {
		c := b[r]
		prevLetter := w > 0 && isLetter(b[w-1])
		var next byte
		if r+1 < len(b) {
			next = b[r+1]
		}
		switch {
		case c == '\'' && prevLetter && isLetter(next):
			continue
		case c == '-' && prevLetter && isLetter(next):
			c = ' '
		case isLeet(c) && prevLetter && isDigit(c) && (next == 'k' || next == 'm') && (r+2 >= len(b) || !isLetter(b[r+2])):
			// "RM5k", "Rp5m": an amount, not leetspeak.
		case isLeet(c) && prevLetter && (isLetter(next) || (isLeet(next) && r+2 < len(b) && isLetter(b[r+2]))):
			if c != '@' || !emailAhead(b[r+1:]) {
				c = leet[c]
			}
		}
		b[w], off[w] = c, off[r]
		w++
	}
	b, off = b[:w], off[:w]

	// Letter-spaced words: at least four one-letter tokens separated by a
	// single space, dot, underscore or star.
	w = 0
	for r := 0; r < len(b); {
		if k := spacedRun(b, r); k > 0 {
			for j := r; j < r+k; j += 2 {
				b[w], off[w] = b[j], off[j]
				w++
			}
			r += k
			continue
		}
		b[w], off[w] = b[r], off[r]
		w++
		r++
	}
	n.b, n.off = b[:w], off[:w]
}

func isSpacer(c byte) bool { return c == ' ' || c == '.' || c == '_' || c == '*' }

// spacedRun returns the byte length of a letter-spaced word starting at r
// (letter, spacer, letter, …, letter), or 0.
func spacedRun(b []byte, r int) int {
	if !isLetter(b[r]) || (r > 0 && isAlnum(b[r-1])) {
		return 0
	}
	j, letters := r, 0
	for j < len(b) && isLetter(b[j]) && (j+1 >= len(b) || !isAlnum(b[j+1])) {
		letters++
		if j+2 < len(b) && isSpacer(b[j+1]) && isLetter(b[j+2]) {
			j += 2
			continue
		}
		break
	}
	if letters < 4 {
		return 0
	}
	return j - r + 1
}

// emailAhead reports whether the rest of a token after '@' looks like a
// mail domain (contains a dot before the next space).
func emailAhead(b []byte) bool {
	for i := 0; i < len(b) && i < 64; i++ {
		switch b[i] {
		case ' ', '\n':
			return false
		case '.':
			return i+1 < len(b) && isLetter(b[i+1])
		}
	}
	return false
}

// origSpan maps the normalised range [s, e) to a byte range of the
// original text.
func (n *normText) origSpan(src string, s, e int) Span {
	if s >= e || e > len(n.off) {
		return Span{}
	}
	start := int(n.off[s])
	last := int(n.off[e-1])
	_, size := utf8.DecodeRuneInString(src[last:])
	if size == 0 {
		size = 1
	}
	return Span{Start: start, End: last + size}
}
