package index

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/registry"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
	"golang.org/x/text/unicode/norm"

	"github.com/scambot/scambot/fold"
)

// Analyzer turns text in one language into search terms. The same code
// analyses articles at build time and questions at query time, so the
// confidence figures (which terms of a question an article covers) and
// Bleve's ranking agree on what a term is.
//
// One analyzer serves every language, with per-language stop words and
// stemming, because chat text mixes scripts and languages: a Thai question
// may say "pig butchering", a Hindi one may be romanised.
//   - Text is NFKC-normalised and lower-cased (full-width letters and
//     digits become ASCII).
//   - Latin letters lose their diacritics ("lừa đảo" → "lua dao"), since
//     people often type Vietnamese without them.
//   - Han and Thai are written without spaces: each run becomes overlapping
//     character bigrams, which needs no dictionary and matches well enough
//     for short questions.
//   - English words are Porter-stemmed, Devanagari goes through Bleve's
//     Hindi normaliser and stemmer, Indonesian and Malay get a light affix
//     stripper.
type Analyzer struct {
	lang string
	stop map[string]bool
	// breaks are characters of a dense script that end a run: Chinese
	// function characters (的, 是, 什么...) carry no topic, and bigrams
	// across them ("是什", "么啊") are noise that would count against the
	// question's coverage.
	breaks map[rune]bool
	// cut replaces breakWords with a space before tokenizing.
	cut *strings.Replacer
}

var (
	analyzersMu sync.Mutex
	analyzers   = map[string]*Analyzer{}
)

// AnalyzerFor returns the analyzer for a language code (any code works;
// unknown ones get no stop words or stemming).
func AnalyzerFor(lang string) *Analyzer {
	analyzersMu.Lock()
	defer analyzersMu.Unlock()
	if a, ok := analyzers[lang]; ok {
		return a
	}
	a := &Analyzer{lang: lang, stop: stopWords(lang), breaks: breakRunes(lang)}
	if words := lists.breakWords[lang]; len(words) > 0 {
		// Longest first, so that "นะคะ" goes before "นะ".
		sorted := append([]string(nil), words...)
		sort.Slice(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
		var pairs []string
		for _, w := range sorted {
			pairs = append(pairs, w, " ")
		}
		a.cut = strings.NewReplacer(pairs...)
	}
	analyzers[lang] = a
	return a
}

// analyzerName is the name the analyzer is registered under in Bleve.
func analyzerName(lang string) string { return "scambot_" + lang }

// registered tracks the analyzers given to Bleve's registry, which is a
// global map without locking: registration happens only under this mutex,
// from New, before any index of that set is built concurrently.
var (
	registerMu sync.Mutex
	registered = map[string]bool{}
)

func registerAnalyzer(lang string) error {
	registerMu.Lock()
	defer registerMu.Unlock()
	name := analyzerName(lang)
	if registered[name] {
		return nil
	}
	err := registry.RegisterAnalyzer(name, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return AnalyzerFor(lang), nil
	})
	if err != nil {
		return fmt.Errorf("registering analyzer %s: %w", name, err)
	}
	registered[name] = true
	return nil
}

// Analyze implements Bleve's analysis.Analyzer.
func (a *Analyzer) Analyze(input []byte) analysis.TokenStream {
	terms := a.Terms(string(input))
	out := make(analysis.TokenStream, len(terms))
	for i, t := range terms {
		out[i] = &analysis.Token{Term: []byte(t), Position: i + 1, Type: analysis.AlphaNumeric}
	}
	return out
}

// maxAnalyzed bounds the work on a huge input: beyond this many bytes the
// rest is not analysed. Questions are cut before this; articles are short.
const maxAnalyzed = 64 << 10

// Terms returns the search terms of text, in order, repeats kept.
func (a *Analyzer) Terms(text string) []string {
	if len(text) > maxAnalyzed {
		text = text[:maxAnalyzed]
	}
	text = strings.ToValidUTF8(text, " ")
	text = strings.ToLower(norm.NFKC.String(text))
	// Traditional Chinese (Taiwan, Hong Kong) as simplified: the articles
	// and most training lines are simplified, and on the committed sets
	// questions typed in traditional characters were answered right 83%
	// of the time against 97% (6 Dec 2026).
	text = strings.Map(fold.Simplified, text)
	// NFKC splits Thai SARA AM into NIKHAHIT + SARA AA; put it back, so
	// "ทำ" is one vowel as typed.
	text = strings.ReplaceAll(text, "\u0e4d\u0e32", "\u0e33")
	if a.cut != nil {
		text = a.cut.Replace(text)
	}
	var terms []string
	var word []rune
	// dense is a run of Han or Thai as characters: a base letter with its
	// combining vowel and tone marks (Thai ก่ is one character, not two).
	var dense []int // start offsets into text of each character
	var denseEnd int
	flushWord := func() {
		if len(word) > 0 {
			if t := a.word(string(word)); t != "" {
				terms = append(terms, t)
			}
			word = word[:0]
		}
	}
	flushDense := func() {
		switch len(dense) {
		case 0:
		case 1:
			terms = append(terms, text[dense[0]:denseEnd])
		default:
			for i := 0; i+1 < len(dense); i++ {
				end := denseEnd
				if i+2 < len(dense) {
					end = dense[i+2]
				}
				terms = append(terms, text[dense[i]:end])
			}
		}
		dense = dense[:0]
	}
	for i, r := range text {
		switch {
		case a.breaks[r]:
			flushDense()
			flushWord()
		case isDense(r):
			flushWord()
			if !unicode.Is(unicode.Mn, r) || len(dense) == 0 {
				dense = append(dense, i)
			}
			denseEnd = i + utf8.RuneLen(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			flushDense()
			word = appendFolded(word, r)
		default:
			flushDense()
			flushWord()
		}
	}
	flushDense()
	flushWord()
	return terms
}

func isDense(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Thai, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// appendFolded appends r without its diacritics when it is a Latin letter
// (ằ → a, đ → d); other scripts keep their marks, which carry meaning.
func appendFolded(dst []rune, r rune) []rune {
	if r < utf8.RuneSelf {
		return append(dst, r)
	}
	if f, ok := fold.LatinBase(r); ok {
		return append(dst, f)
	}
	switch r {
	case '\u093c':
		// Devanagari nukta: "ऑफ़र" and "ऑफर" are the same word, and
		// most people type without it.
		return dst
	case '\u0901':
		// Chandrabindu is often typed as anusvara: "फँस" / "फंस".
		return append(dst, '\u0902')
	}
	if unicode.Is(unicode.Mn, r) && len(dst) > 0 && dst[len(dst)-1] < 0x250 {
		// A combining mark after a Latin letter is a diacritic (text
		// typed in decomposed form); after Devanagari it is a vowel
		// sign and must stay.
		return dst
	}
	return append(dst, r)
}

var hiStemmer = hi.NewHindiStemmerFilter()
var hiNorm = hi.NewHindiNormalizeFilter()

// word stems one word, or returns "" for a stop word.
func (a *Analyzer) word(w string) string {
	if a.stop[w] {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.Is(unicode.Devanagari, first):
		ts := analysis.TokenStream{&analysis.Token{Term: []byte(w)}}
		ts = hiStemmer.Filter(hiNorm.Filter(ts))
		w = string(ts[0].Term)
		if a.stop[w] {
			return ""
		}
		return w
	case first >= '0' && first <= '9':
		return w
	}
	switch a.lang {
	case "en":
		w = porterstemmer.StemString(w)
	case "id", "ms":
		w = stemMalay(w)
	default:
		// Latin words in other languages' text are often English
		// loanwords ("scam", "passport"); an English plural or -ing
		// is the common variation, so strip just that.
		if ascii(w) {
			w = porterstemmer.StemString(w)
		}
	}
	return w
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stemMalay strips the commonest Indonesian/Malay particles, suffixes and
// prefixes. It is deliberately light: over-stemming short words would merge
// unrelated ones, so it keeps at least four letters.
func stemMalay(w string) string {
	for _, p := range []string{"lah", "kah", "nya", "pun"} {
		if len(w) > len(p)+3 && strings.HasSuffix(w, p) {
			w = w[:len(w)-len(p)]
			break
		}
	}
	for _, p := range []string{"kan", "an", "i"} {
		if len(w) > len(p)+4 && strings.HasSuffix(w, p) {
			w = w[:len(w)-len(p)]
			break
		}
	}
	for _, p := range []string{"meng", "meny", "mem", "men", "me", "peng", "pem", "pen", "pe", "ber", "ter", "di", "ke"} {
		if len(w) > len(p)+3 && strings.HasPrefix(w, p) {
			w = w[len(p):]
			break
		}
	}
	return w
}
