package offer

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/scambot/scambot/lang"
)

// The lexicon is data: one YAML file per concept in lexicon/, listing its
// phrases per language, so that someone who speaks a language can add a
// phrase without writing Go (lexicon/README.md explains the format).
// lexicon/folds.yaml lists the common words a phrase must never fold into.
//
//go:embed lexicon/*.yaml
var lexiconFS embed.FS

// lexLangs are the language keys a concept file may use: the supported
// languages, and "other" for names written in other scripts (Korean,
// Japanese, Burmese, Khmer, Lao place names), which count even in an
// offer the check cannot otherwise read.
var lexLangs = append(slices.Clone(lang.Supported), "other")

// lexFile is one concept file.
type lexFile struct {
	Concept string              `yaml:"concept"`
	About   string              `yaml:"about"`
	Phrases map[string][]string `yaml:"phrases"`
}

// foldsFile is lexicon/folds.yaml.
type foldsFile struct {
	// Traps are folded forms (lower case, no diacritics) that are common
	// words of another meaning: "ve" is "về" (to return), not "vé"
	// (ticket). No phrase may be exactly one of them.
	Traps map[string]map[string]string `yaml:"traps"`
	// Reviewed lists every one-word Latin phrase of at most four letters
	// with a note on why it does not fold into a common word in any of
	// the eight languages. A new short phrase must be reviewed here.
	Reviewed map[string]string `yaml:"reviewed"`
}

// lexPhrase is one loaded phrase with where it came from.
type lexPhrase struct {
	c       concept
	lang    string
	raw     string // as written, with '*' markers
	example string // text that must fire it ("" = the phrase itself)
	w       string // normalised form
	lb, rb  bool   // word boundary needed on the left / right
	file    string
	line    int
}

// LexProblem is one problem found in the lexicon data.
type LexProblem struct {
	File string
	Line int
	Msg  string
}

func (p LexProblem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return p.File + ": " + p.Msg
}

// conceptByName maps a file's concept name to the concept.
func conceptByName(name string) (concept, bool) {
	for c, n := range conceptNames {
		if n == name {
			return concept(c), true
		}
	}
	return 0, false
}

// shortLatin reports whether the normalised phrase w is one Latin word of
// at most four letters: the entries that most easily fold into a common
// word of another language.
func shortLatin(w string) bool {
	if len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isAlnum(w[i]) {
			return false
		}
	}
	return true
}

// loadLexicon reads and checks every concept file of fsys (rooted at the
// directory holding the files). It returns the phrases and every problem;
// the phrases are usable only when there is no problem. With lines, each
// phrase knows its line (for lint messages; it costs a second parse).
func loadLexicon(fsys fs.FS, lines bool) ([]lexPhrase, []LexProblem) {
	var (
		out   []lexPhrase
		probs []LexProblem
		n     normText
	)
	bad := func(file string, line int, format string, a ...any) {
		probs = append(probs, LexProblem{file, line, fmt.Sprintf(format, a...)})
	}
	var folds foldsFile
	if b, err := fs.ReadFile(fsys, "folds.yaml"); err != nil {
		bad("folds.yaml", 0, "%v", err)
	} else if err := strictDecode(b, &folds); err != nil {
		bad("folds.yaml", 0, "%v", err)
	}
	trap := map[string]string{}
	for l, words := range folds.Traps {
		for w, why := range words {
			trap[w] = l + " " + why
		}
	}
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		bad(".", 0, "%v", err)
	}
	sort.Strings(names)
	covered := map[concept]bool{}
	for _, name := range names {
		if name == "folds.yaml" {
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			bad(name, 0, "%v", err)
			continue
		}
		var f lexFile
		if err := strictDecode(b, &f); err != nil {
			bad(name, 0, "%v (put a phrase in quotes when it holds \": \" or \" #\", or starts with a quote, *, &, !, [ or {)", err)
			continue
		}
		c, ok := conceptByName(f.Concept)
		if !ok {
			bad(name, 1, "unknown concept %q", f.Concept)
			continue
		}
		if want := f.Concept + ".yaml"; name != want {
			bad(name, 1, "concept %q belongs in %s", f.Concept, want)
		}
		if covered[c] {
			bad(name, 1, "concept %q is defined twice", f.Concept)
		}
		covered[c] = true
		var at map[string][]int
		if lines {
			at = phraseLines(b)
		}
		seen := map[string]string{}
		for _, l := range lexLangs {
			for i, raw := range f.Phrases[l] {
				line := 0
				if i < len(at[l]) {
					line = at[l][i]
				}
				p := lexPhrase{c: c, lang: l, raw: raw, file: name, line: line}
				if k := strings.Index(raw, " | "); k >= 0 {
					p.raw, p.example = strings.TrimSpace(raw[:k]), strings.TrimSpace(raw[k+3:])
				}
				w, lb, rb := phraseForm(&n, p.raw)
				p.w, p.lb, p.rb = w, lb, rb
				switch {
				case w == "":
					bad(name, line, "empty phrase")
					continue
				case seen[w] != "":
					bad(name, line, "duplicate phrase %q (same as %q once normalised)", p.raw, seen[w])
					continue
				case trap[w] != "":
					bad(name, line, "phrase %q folds into the common word %s", p.raw, trap[w])
					continue
				case wrongScript(l, p.raw) != "":
					bad(name, line, "phrase %q is written in %s: file it under %s, not %s", p.raw, wrongScript(l, p.raw), scriptLang[wrongScript(l, p.raw)], l)
					continue
				case shortLatin(w) && folds.Reviewed[w] == "":
					bad(name, line, "short phrase %q: review what it folds into in all eight languages and add it to folds.yaml", p.raw)
					continue
				}
				seen[w] = p.raw
				out = append(out, p)
			}
		}
		for l := range f.Phrases {
			if !validLexLang(l) {
				bad(name, 0, "unknown language %q (use one of %s)", l, strings.Join(lexLangs, ", "))
			}
		}
	}
	for c := concept(0); c < nConcepts; c++ {
		if !covered[c] {
			bad(conceptNames[c]+".yaml", 0, "missing: every concept needs a file")
		}
	}
	return out, probs
}

// scriptLang is the one language key each non-Latin script of the eight
// languages belongs under (besides "other").
var scriptLang = map[string]string{"Devanagari": "hi", "Thai": "th", "Han": "zh"}

// wrongScript names the script of a phrase filed under a language that is
// not written in it ("" when it fits): a Hindi phrase under vi or a Thai one
// under ms still matches, but a volunteer reviewing a language never sees it.
func wrongScript(l, raw string) string {
	if l == "other" {
		return ""
	}
	for _, r := range raw {
		var sc string
		switch {
		case unicode.Is(unicode.Devanagari, r):
			sc = "Devanagari"
		case unicode.Is(unicode.Thai, r):
			sc = "Thai"
		case unicode.Is(unicode.Han, r):
			sc = "Han"
		default:
			continue
		}
		if scriptLang[sc] != l {
			return sc
		}
	}
	return ""
}

func validLexLang(l string) bool {
	for _, k := range lexLangs {
		if k == l {
			return true
		}
	}
	return false
}

// strictDecode decodes one YAML document, rejecting unknown fields.
func strictDecode(b []byte, v any) error {
	d := yaml.NewDecoder(bytes.NewReader(b))
	d.KnownFields(true)
	if err := d.Decode(v); err != nil {
		return err
	}
	var extra any
	if err := d.Decode(&extra); err == nil {
		return errors.New("more than one YAML document")
	}
	return nil
}

// phraseLines returns the line of every phrase, per language, in file order.
func phraseLines(b []byte) map[string][]int {
	out := map[string][]int{}
	var doc yaml.Node
	if yaml.Unmarshal(b, &doc) != nil || len(doc.Content) == 0 {
		return out
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "phrases" {
			continue
		}
		m := root.Content[i+1]
		for j := 0; j+1 < len(m.Content); j += 2 {
			for _, item := range m.Content[j+1].Content {
				out[m.Content[j].Value] = append(out[m.Content[j].Value], item.Line)
			}
		}
	}
	return out
}

// phraseForm normalises a phrase as written: a leading or trailing '*'
// lifts the word boundary on that side.
func phraseForm(n *normText, raw string) (w string, lb, rb bool) {
	lb, rb = true, true
	if strings.HasPrefix(raw, "*") {
		lb, raw = false, raw[1:]
	}
	if strings.HasSuffix(raw, "*") {
		rb, raw = false, raw[:len(raw)-1]
	}
	normalize(n, raw)
	w = strings.TrimSpace(string(n.b))
	if w != "" {
		lb = lb && isAlnum(w[0])
		rb = rb && isAlnum(w[len(w)-1])
	}
	return w, lb, rb
}

// compilePhrases builds the matcher.
func compilePhrases(ps []lexPhrase) *automaton {
	var (
		words [][]byte
		pats  []pattern
		seen  = map[string]bool{}
	)
	for _, p := range ps {
		w, lb, rb := p.w, p.lb, p.rb
		key := string(rune(p.c)) + w
		if w == "" || seen[key] {
			continue
		}
		seen[key] = true
		words = append(words, []byte(w))
		pats = append(pats, pattern{concept: int16(p.c), n: int32(len(w)), lb: lb, rb: rb})
	}
	return buildAutomaton(words, pats)
}

// embeddedPhrases loads the embedded lexicon. Its problems are caught by
// the tests (TestLexiconData), so a failure here is a build defect.
func embeddedPhrases() []lexPhrase {
	ps, probs := loadLexicon(lexiconSub(), false)
	if len(probs) > 0 {
		panic("offer: lexicon data: " + probs[0].String())
	}
	return ps
}

// lexiconSub is the embedded lexicon directory.
func lexiconSub() fs.FS {
	sub, err := fs.Sub(lexiconFS, "lexicon")
	if err != nil {
		panic(err) // a constant, valid path
	}
	return sub
}

// LintData checks the embedded lexicon and every phrase's test case: a
// phrase must be found, as its concept, in its example, or in itself when
// it has none. It returns the problems as "file:line: message". (The rule
// texts are checked when they load, and their untranslated keys are listed
// with the other catalogs: see Locales.)
func LintData() []string { return lintLexicon(lexiconSub()) }

func lintLexicon(fsys fs.FS) []string {
	ps, probs := loadLexicon(fsys, true)
	var out []string
	for _, p := range probs {
		out = append(out, path.Join("offer/lexicon", p.String()))
	}
	if len(probs) > 0 {
		return out
	}
	ac := compilePhrases(ps)
	var n normText
	for _, p := range ps {
		w, _, _ := phraseForm(&n, p.raw)
		ex := p.example
		if ex == "" {
			ex = strings.Trim(p.raw, "*")
		}
		normalize(&n, ex)
		found := false
		ac.scanText(n.b, func(pt *pattern, start, end int) {
			if concept(pt.concept) == p.c && string(n.b[start:end]) == w {
				found = true
			}
		})
		if !found {
			out = append(out, fmt.Sprintf("offer/lexicon/%s:%d: phrase %q is not found in its example %q", p.file, p.line, p.raw, ex))
		}
	}
	return out
}
