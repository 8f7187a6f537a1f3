package index

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/scambot/scambot/lang"
)

// The word lists of the analyser are data, one file per language under
// stopwords/ (README.md there): stop words for the languages written with
// spaces, and for Chinese and Thai the characters and words that end a
// run before it is cut into bigrams.
//
//go:embed stopwords
var stopFiles embed.FS

// wordLists is what the files hold, in file order.
type wordLists struct {
	stop       map[string][]string // language → stop words
	breakChars map[string][]rune   // dense-script language → characters that end a run
	breakWords map[string][]string // dense-script language → words that end a run
}

var lists = mustLoadLists(stopFiles)

func mustLoadLists(fsys fs.FS) wordLists {
	l, err := loadLists(fsys)
	if err != nil {
		panic(err)
	}
	return l
}

// byRune are the languages whose file lists single characters, byWord
// those whose file lists words that cut a run; every other language's file
// lists stop words.
var (
	byRune = map[string]bool{lang.Chinese: true}
	byWord = map[string]bool{lang.Thai: true}
)

// loadLists reads stopwords/<code>.txt in fsys strictly: a file for a
// language the bot does not have, a repeated entry or a Chinese entry of
// more than one character is an error.
func loadLists(fsys fs.FS) (wordLists, error) {
	l := wordLists{stop: map[string][]string{}, breakChars: map[string][]rune{}, breakWords: map[string][]string{}}
	entries, err := fs.ReadDir(fsys, "stopwords")
	if err != nil {
		return l, fmt.Errorf("index: %w", err)
	}
	for _, e := range entries {
		code, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			continue // README.md
		}
		name := "index/stopwords/" + e.Name()
		if !lang.Valid(code) {
			return l, fmt.Errorf("%s: %q is not a language the bot has", name, code)
		}
		b, err := fs.ReadFile(fsys, path.Join("stopwords", e.Name()))
		if err != nil {
			return l, fmt.Errorf("index: %w", err)
		}
		seen := map[string]int{}
		for n, line := range strings.Split(string(b), "\n") {
			line, _, _ = strings.Cut(line, "#")
			for _, w := range strings.Fields(line) {
				if first, dup := seen[w]; dup {
					return l, fmt.Errorf("%s:%d: %q is already on line %d", name, n+1, w, first)
				}
				seen[w] = n + 1
				switch {
				case byRune[code]:
					if utf8.RuneCountInString(w) != 1 {
						return l, fmt.Errorf("%s:%d: %q: one character per entry", name, n+1, w)
					}
					r, _ := utf8.DecodeRuneInString(w)
					l.breakChars[code] = append(l.breakChars[code], r)
				case byWord[code]:
					l.breakWords[code] = append(l.breakWords[code], w)
				default:
					l.stop[code] = append(l.stop[code], w)
				}
			}
		}
	}
	return l, nil
}

func stopWords(lang string) map[string]bool {
	m := map[string]bool{}
	for _, w := range lists.stop[lang] {
		m[w] = true
	}
	if lang != "en" {
		// Chat in every language mixes in English function words.
		for _, w := range lists.stop["en"] {
			if len(w) > 2 {
				m[w] = true
			}
		}
	}
	return m
}

func breakRunes(lang string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range lists.breakChars[lang] {
		m[r] = true
	}
	return m
}
