package offer

import (
	"errors"
	"unicode"
	"unicode/utf8"
)

// otherScripts are writing systems of languages the check has no word
// lists for. Text mostly in one of them cannot be judged: a "low" result
// would only mean that the check could not read it.
var otherScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Korean", unicode.Hangul},
	{"Japanese", unicode.Hiragana},
	{"Japanese", unicode.Katakana},
	{"Burmese", unicode.Myanmar},
	{"Khmer", unicode.Khmer},
	{"Lao", unicode.Lao},
	{"Arabic", unicode.Arabic},
	{"Russian", unicode.Cyrillic},
	{"Bengali", unicode.Bengali},
	{"Tamil", unicode.Tamil},
	{"Sinhala", unicode.Sinhala},
	{"Nepali", unicode.Tibetan},
	{"Georgian", unicode.Georgian},
	{"Amharic", unicode.Ethiopic},
	{"Urdu", unicode.Thaana},
	{"Gujarati", unicode.Gujarati},
	{"Punjabi", unicode.Gurmukhi},
	{"Telugu", unicode.Telugu},
	{"Kannada", unicode.Kannada},
	{"Malayalam", unicode.Malayalam},
	{"Odia", unicode.Oriya},
	{"Hebrew", unicode.Hebrew},
	{"Greek", unicode.Greek},
	{"Mongolian", unicode.Mongolian},
}

// japanese is the index of the first Japanese script in otherScripts.
const japanese = 1

// unreadable names the language of text when most of its letters are in
// a script the check does not read (Korean, Japanese, Burmese, Khmer…),
// and returns "" otherwise. Japanese is told from Chinese by its kana:
// Japanese text has Han characters too.
func unreadable(text string) string {
	var ours, kana, han int
	counts := make([]int, len(otherScripts))
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			continue
		}
		if r < 0x250 {
			ours++
			continue
		}
		if unicode.Is(unicode.Han, r) {
			han++
			continue
		}
		found := false
		for i, s := range otherScripts {
			if unicode.Is(s.table, r) {
				counts[i]++
				found = true
				if s.name == "Japanese" {
					kana++
				}
				break
			}
		}
		if !found {
			ours++ // Thai, Devanagari, Vietnamese Latin…
		}
	}
	// Han characters are Japanese when kana are a fair share of the text
	// (Chinese has none), Chinese otherwise.
	if kana > 0 && kana*5 >= han {
		counts[japanese] += han
	} else {
		ours += han
	}
	best, bi := 0, -1
	total := 0
	for i, n := range counts {
		total += n
		if n > best {
			best, bi = n, i
		}
	}
	if bi < 0 || total <= ours {
		return ""
	}
	return otherScripts[bi].name
}

// ErrNoText is returned by Readable for input with nothing to check.
var ErrNoText = errors.New("no text to check: the input is empty or is not text")

// Readable reports whether text is something the check can read: not
// empty, not binary (NUL bytes, mostly invalid UTF-8), with some letters.
func Readable(text string) error {
	letters, bad := 0, 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case r == utf8.RuneError && n <= 1:
			bad++
		case r == 0:
			return ErrNoText
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 || bad > letters {
		return ErrNoText
	}
	return nil
}
