// Package fold turns chat text into comparable tokens the same way for
// word lists and for messages: lower case, no diacritics, no apostrophes,
// repeated letters squeezed, Chinese and Thai cut into characters.
package fold

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is one unit of folded text: a word of a spaced script (Latin,
// Devanagari...), or one character of a script written without spaces
// (Han, Thai: a base letter with its vowel and tone marks).
type Token struct {
	Text  string
	Dense bool
	// Break reports punctuation (not only spaces) between this token and
	// the one before it: in a script without spaces, "三十万，一直" is no
	// "万一" (in case).
	Break bool
	// Start and End are byte offsets into the original text, so that a
	// match can quote the user's own words.
	Start, End int
	// Marks are the Latin diacritics the word lost, sorted (đ's stroke
	// among them), or "" for a word typed without any: Vietnamese "nợ"
	// (debt) and "nó" (he) fold alike but keep different marks, and a
	// word typed with marks is no English word ("vẫn" is not "van").
	Marks string
}

// Tokens folds text the same way for cues and messages, so that both
// meet whatever way the user typed:
//   - NFKC and lower case (full-width letters become ASCII);
//   - Latin letters lose their diacritics ("bị giữ" and "bi giu" are one
//     phrase: many Vietnamese type without them), đ becomes d;
//   - apostrophes vanish ("can't" = "cant"), any other punctuation splits;
//   - a letter repeated three times or more counts once ("helppp");
//   - Devanagari loses the nukta and chandrabindu, which people often
//     omit or swap for the anusvara.
func Tokens(text string) []Token {
	var (
		toks []Token
		word []rune
		// wordStart is where the current word starts in text.
		wordStart, wordEnd int
		// run is the last letter of the word and how many times in a row
		// it came: a third repeat folds the run to one letter.
		run  rune
		runN int
		// marks are the diacritics the current word lost.
		marks []rune
		// punct is set by punctuation since the last token.
		punct bool
	)
	flush := func() {
		if len(word) > 0 {
			toks = append(toks, Token{Text: string(word), Start: wordStart, End: wordEnd, Marks: sortedMarks(marks), Break: punct})
			word = word[:0]
			punct = false
		}
	}
	for i, r := range text {
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 1
		}
		if isLatinMark(r) && len(word) > 0 {
			// A combining diacritic typed after a Latin letter.
			marks = append(marks, r)
		}
		for _, f := range foldRune(r) {
			switch {
			case f == '\'' || f == '’' || f == 'ʼ':
				// Inside a word: "can't" → "cant".
			case IsDense(f):
				flush()
				toks = append(toks, Token{Text: string(f), Dense: true, Start: i, End: i + size, Break: punct})
				punct = false
			case unicode.Is(unicode.Mn, f) || unicode.Is(unicode.Mc, f):
				// A vowel or tone mark belongs to the letter before it.
				if len(word) > 0 {
					word = append(word, f)
					wordEnd = i + size
				} else if n := len(toks); n > 0 && toks[n-1].Dense && toks[n-1].End == i {
					toks[n-1].Text += string(f)
					toks[n-1].End = i + size
				}
			case unicode.IsLetter(f) || unicode.IsDigit(f):
				if len(word) == 0 {
					wordStart, run, runN = i, 0, 0
					marks = marks[:0]
				}
				marks = append(marks, latinMarks[r]...)
				wordEnd = i + size
				if f == run {
					runN++
				} else {
					run, runN = f, 1
				}
				switch {
				case runN == 3:
					word = word[:len(word)-1]
				case runN < 3:
					word = append(word, f)
				}
			default:
				flush()
				punct = punct || unicode.IsPunct(f)
			}
		}
	}
	flush()
	return toks
}

// foldRune is the folded form of one rune: nothing, one rune or, for a
// compatibility character, a few.
func foldRune(r rune) []rune {
	if r < utf8.RuneSelf {
		return []rune{unicode.ToLower(r)}
	}
	switch r {
	case '\u093c': // Devanagari nukta
		return nil
	case '\u0901': // chandrabindu, often typed as the anusvara
		return []rune{'\u0902'}
	}
	if unicode.Is(unicode.Thai, r) {
		// Kept as typed: NFKC would split SARA AM (ำ) in two.
		return []rune{r}
	}
	if f, ok := latinFold[r]; ok {
		return []rune{f}
	}
	if isLatinMark(r) {
		return nil
	}
	s := strings.ToLower(norm.NFKC.String(string(r)))
	out := make([]rune, 0, 1)
	for _, c := range s {
		if f, ok := latinFold[c]; ok {
			c = f
		}
		out = append(out, c)
	}
	return out
}

// isLatinMark reports a combining diacritic of Latin letters.
func isLatinMark(r rune) bool {
	return r >= 0x300 && r < 0x370 && unicode.Is(unicode.Mn, r)
}

// sortedMarks returns marks in a fixed order, so that a word spelt with
// its tone mark on either vowel ("hủy", "huỷ") has the same marks. It
// sorts in place: the slice is the current word's, reset for the next.
func sortedMarks(marks []rune) string {
	if len(marks) == 0 {
		return ""
	}
	slices.Sort(marks)
	return string(marks)
}

// IsDense reports the scripts written without spaces between words.
func IsDense(r rune) bool {
	return unicode.Is(unicode.Han, r) || (unicode.Is(unicode.Thai, r) && !unicode.Is(unicode.Mn, r))
}

// LatinBase returns the lower-case base letter of a precomposed Latin
// letter with diacritics (ằ → a, đ → d, Ø → o), and false for any other
// rune. The search index folds with it too, so cues, messages and
// articles lose the same diacritics.
func LatinBase(r rune) (rune, bool) {
	f, ok := latinFold[r]
	return f, ok
}

// latinFold maps every precomposed Latin letter with diacritics (Latin-1
// Supplement, Extended-A and -B, and Extended Additional, where
// Vietnamese lives) to its lower-case base letter, computed once from the
// Unicode decompositions so folding does no normalisation work per letter.
var latinFold, latinMarks = func() (map[rune]rune, map[rune][]rune) {
	m := map[rune]rune{'đ': 'd', 'Đ': 'd', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l'}
	// The letters with a stroke have no decomposition: their marks are
	// the combining strokes.
	marks := map[rune][]rune{'đ': {'\u0335'}, 'Đ': {'\u0335'}, 'ø': {'\u0338'}, 'Ø': {'\u0338'}, 'ł': {'\u0337'}, 'Ł': {'\u0337'}}
	for _, block := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			if !unicode.Is(unicode.Latin, r) {
				continue
			}
			var base, mk []rune
			for _, d := range norm.NFD.String(string(r)) {
				if unicode.Is(unicode.Mn, d) {
					mk = append(mk, d)
				} else {
					base = append(base, d)
				}
			}
			if len(base) == 1 && base[0] != r && base[0] < utf8.RuneSelf {
				m[r] = unicode.ToLower(base[0])
				marks[r] = mk
			}
		}
	}
	return m, marks
}()
