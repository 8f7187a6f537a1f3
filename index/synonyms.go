package index

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scambot/scambot/lang"
)

// synonym maps the many names people use for one thing to the words the
// articles use, so "scam park" finds what is written about "scam
// compounds". It is query expansion done in code rather than Bleve's
// synonym sources: the groups are few, the expansion is visible in tests,
// and the same rewrite feeds the confidence figures.
type synonym struct {
	re        *regexp.Regexp
	canonical string
	// repl is what a match is replaced with: the canonical phrase, with
	// the characters around it when the expression matched them as its
	// word boundaries (see compileSynonym).
	repl string
	// hints are literal prefixes of the variants: when none occurs in the
	// lower-cased text, the regular expression cannot match and is skipped,
	// which keeps expansion cheap on every question.
	hints []string
	// bounded: the expression matches the non-letters around a variant
	// (see compileSynonym). A hint must then start a word ("yo",
	// Haryanvi "ye", no longer sends every "you" through the
	// expression), and two variants side by side take a second pass.
	bounded bool
}

// The groups are data, one file per language under synonyms/ (README.md
// there): a section [canonical phrase] and its variants, one regular
// expression a line, matched on lower-cased text at word boundaries for
// Latin scripts, anywhere for Han and Thai. The English groups apply to
// every language, because chat mixes English in.
//
//go:embed synonyms
var synonymFiles embed.FS

var synonymsByLang = mustLoadSynonyms(synonymFiles)

func mustLoadSynonyms(fsys fs.FS) map[string][]synonym {
	s, err := loadSynonyms(fsys)
	if err != nil {
		panic(err)
	}
	return s
}

// loadSynonyms reads every language's file of fsys.
func loadSynonyms(fsys fs.FS) (map[string][]synonym, error) {
	entries, err := fs.ReadDir(fsys, "synonyms")
	if err != nil {
		return nil, fmt.Errorf("synonyms: %w", err)
	}
	out := map[string][]synonym{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".txt") {
			continue
		}
		l := strings.TrimSuffix(name, ".txt")
		if !lang.Valid(l) {
			return nil, fmt.Errorf("synonyms/%s: no such language", name)
		}
		b, err := fs.ReadFile(fsys, path.Join("synonyms", name))
		if err != nil {
			return nil, fmt.Errorf("synonyms/%s: %w", name, err)
		}
		groups, err := parseSynonyms(string(b))
		if err != nil {
			return nil, fmt.Errorf("synonyms/%s: %w", name, err)
		}
		for _, g := range groups {
			syn, err := compileSynonym(l, g)
			if err != nil {
				return nil, fmt.Errorf("synonyms/%s [%s]: %w", name, g[0], err)
			}
			out[l] = append(out[l], syn)
		}
	}
	return out, nil
}

// parseSynonyms returns the groups of a file, each its canonical phrase
// followed by its variants, in file order.
func parseSynonyms(text string) ([][]string, error) {
	var groups [][]string
	at := map[string]int{} // canonical phrase → its group
	cur := -1
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			c := strings.TrimSpace(line[1 : len(line)-1])
			if c == "" {
				return nil, fmt.Errorf("line %d: empty canonical phrase", n+1)
			}
			// A phrase in two sections (one per dialect) is one
			// group: its variants are added to the first.
			i, ok := at[c]
			if !ok {
				i = len(groups)
				at[c] = i
				groups = append(groups, []string{c})
			}
			cur = i
			continue
		}
		if cur < 0 {
			return nil, fmt.Errorf("line %d: a variant before any [canonical phrase]", n+1)
		}
		groups[cur] = append(groups[cur], line)
	}
	for _, g := range groups {
		if len(g) < 2 {
			return nil, fmt.Errorf("[%s] has no variants", g[0])
		}
	}
	return groups, nil
}

// compileSynonym makes one group's matcher. Han and Thai have no spaces
// between words, so their variants match anywhere. English uses \b; the
// other languages' words have letters outside ASCII (Devanagari,
// Vietnamese marks), which \b does not count as word characters, so
// their boundaries are any character that is no letter, mark or digit,
// matched and put back.
func compileSynonym(l string, g []string) (synonym, error) {
	alts := strings.Join(g[1:], "|")
	// The canonical phrase is literal text in the replacement: "$" would
	// name a group.
	literal := strings.ReplaceAll(g[0], "$", "$$")
	pattern, repl := `(?i)\b(?:`+alts+`)\b`, literal
	switch l {
	case "en":
	case "zh", "th":
		pattern = `(?i)(?:` + alts + `)`
	default:
		pattern = `(?i)(^|[^\p{L}\p{M}\p{N}])(?:` + alts + `)([^\p{L}\p{M}\p{N}]|$)`
		repl = "${1}" + literal + "${2}"
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return synonym{}, err
	}
	syn := synonym{re: re, canonical: g[0], repl: repl, bounded: repl != literal}
	for _, alt := range g[1:] {
		alre, err := regexp.Compile(alt)
		if err != nil {
			return synonym{}, err
		}
		prefix, _ := alre.LiteralPrefix()
		if prefix == "" {
			syn.hints = nil // this variant has no literal start: always try
			break
		}
		syn.hints = append(syn.hints, strings.ToLower(prefix))
	}
	return syn, nil
}

// Expand returns text with every known variant of a synonym group
// replaced by its canonical phrase ("sha zhu pan", "pig killing" ->
// "pig butchering"): the topic classifier reads the same concepts the
// search does.
func Expand(lang, text string) string {
	out, _ := expand(lang, text)
	return out
}

// expand returns text with every known variant replaced by its canonical
// phrase, and whether anything was replaced.
func expand(lang, text string) (string, bool) {
	changed := false
	lower := strings.ToLower(text)
	for _, l := range []string{lang, "en"} {
		for _, s := range synonymsByLang[l] {
			if !s.mayMatch(lower) {
				continue
			}
			if s.re.MatchString(text) {
				text = s.re.ReplaceAllString(text, s.repl)
				if s.bounded {
					// Two variants side by side share the space
					// between them, which the first match took.
					text = s.re.ReplaceAllString(text, s.repl)
				}
				changed = true
			}
		}
		if lang == "en" {
			break
		}
	}
	return text, changed
}

func (s synonym) mayMatch(lower string) bool {
	if s.hints == nil {
		return true
	}
	for _, h := range s.hints {
		if !s.bounded {
			if strings.Contains(lower, h) {
				return true
			}
			continue
		}
		for off := 0; ; {
			k := strings.Index(lower[off:], h)
			if k < 0 {
				break
			}
			at := off + k
			if r, _ := utf8.DecodeLastRuneInString(lower[:at]); at == 0 || !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
				return true
			}
			off = at + 1
		}
	}
	return false
}
