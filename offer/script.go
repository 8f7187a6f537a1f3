package offer

import (
	_ "embed"
	"errors"
	"sync"
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
		if r < utf8.RuneSelf { // most of an offer: no table look-ups
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				ours++
			}
			continue
		}
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
		return otherLatin(text)
	}
	return otherScripts[bi].name
}

// UnsupportedLanguage names the language text is written in when it is
// none the bot reads (Burmese, Khmer, Korean, Spanish…), and returns ""
// otherwise: the check's own rule, for the answers too.
func UnsupportedLanguage(text string) string {
	return unreadable(head(text, 4*detectBytes))
}

// otherLangs are the function words of Latin-script languages the check
// has no word lists for (otherlangs.yaml).
//
//go:embed otherlangs.yaml
var otherLangsData []byte

type otherLangsFile struct {
	English   []string            `yaml:"english"`
	Languages map[string][]string `yaml:"languages"`
}

var otherLangs = sync.OnceValue(func() (t struct {
	english map[string]bool
	words   map[string][]string // word -> languages
}) {
	var f otherLangsFile
	if err := strictDecode(otherLangsData, &f); err != nil {
		panic("offer: otherlangs.yaml: " + err.Error()) // embedded: caught by the tests
	}
	t.english = map[string]bool{}
	for _, w := range f.English {
		t.english[w] = true
	}
	t.words = map[string][]string{}
	for l, ws := range f.Languages {
		for _, w := range ws {
			t.words[w] = append(t.words[w], l)
		}
	}
	return t
})

// otherLatinMin is how many distinct function words of one language a
// text needs before it is said to be in that language.
const otherLatinMin = 4

// otherLatin names the Latin-script language outside the eight that text
// is written in ("Spanish"), or "" (see otherlangs.yaml).
func otherLatin(text string) string {
	t := otherLangs()
	var n normText
	normalize(&n, head(text, 1024))
	seen := map[string]bool{}
	distinct := map[string]int{}
	english := 0
	// The words are the runs of letters,
	// visited in place rather than collected into a slice first (a final
	// space ends the last one).
	folded := string(append(n.b, ' '))
	start := -1
	for i, r := range folded {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := folded[start:i]
		start = -1
		if t.english[w] {
			english++
		}
		ls := t.words[w]
		if len(ls) == 0 || seen[w] { // only function words need remembering
			continue
		}
		seen[w] = true
		for _, l := range ls {
			distinct[l]++
		}
	}
	best, bestN := "", 0
	for l, k := range distinct {
		if k > bestN || k == bestN && l < best {
			best, bestN = l, k
		}
	}
	if bestN >= otherLatinMin && bestN > english {
		return best
	}
	return ""
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
