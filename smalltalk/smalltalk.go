// Package smalltalk recognises messages that are not questions about the
// knowledge base but talk to the bot: greetings, thanks, goodbyes, "ok",
// and questions about the bot itself ("what can you do?", "who made
// you?", "how do I use this?"). They deserve a short, useful reply, not
// "I don't have a good answer".
//
// The phrases are data, one file per language (phrases/<lang>.txt):
// "[kind]" sections of whole phrases, folded like every message (package
// fold), so "Thanksss!!", "thank you 🙏" and "cảm ơn" / "cam on" match.
// A "[spelling]" section maps chat spellings to the word the phrases use,
// one "chat = word" a line ("u = you"), so "how do i use u" is "how do i
// use you" without a phrase for every spelling. A file's spellings apply
// to its own phrases only: English "u = you" must not make a Vietnamese
// "ừ" (folded "u", yeah) of "you".
package smalltalk

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/scambot/scambot/fold"
	"github.com/scambot/scambot/lines"
)

//go:embed phrases/*.txt
var phraseFiles embed.FS

// Kind is what a small-talk message is.
type Kind string

const (
	None         Kind = ""
	Greeting     Kind = "greeting"     // hi, hello
	Thanks       Kind = "thanks"       // thank you
	Bye          Kind = "bye"          // goodbye
	Ack          Kind = "ack"          // ok, yes, no, cool
	Capabilities Kind = "capabilities" // what can you do, who are you
	Creator      Kind = "creator"      // who made you
	HowTo        Kind = "howto"        // how do I use this
)

// Meta reports the kinds that are questions about the bot itself: the
// about-this-bot article answers them.
func (k Kind) Meta() bool { return k == Capabilities || k == Creator || k == HowTo }

var kinds = []Kind{Greeting, Thanks, Bye, Ack, Capabilities, Creator, HowTo}

// maxRest is how many words beyond the phrases a message may have and
// still be small talk ("hi there bot", "thanks a lot friend"): more, and
// it is a real question with a greeting in front.
const maxRest = 2

// Set is a parsed collection of phrase files.
type Set struct {
	// phrases maps the first token of a phrase (in its file's spelling)
	// to the phrases that start with it, longest first.
	phrases map[string][]phrase
	// spelling maps, per file, a chat spelling to the word the phrases of
	// that file use.
	spelling map[string]map[string]string
}

type phrase struct {
	toks []string
	kind Kind
	lang string // the file's language; "" when several files share it
	file string // the file it was read from, whose spellings it takes
}

// Load parses every phrase file in fsys. Parsing is strict: an unknown
// section, a phrase before a section or a repeated phrase is an error.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	s := &Set{phrases: map[string][]phrase{}, spelling: map[string]map[string]string{}}
	// Phrases shared by languages ("ok", "hello") may be in several
	// files, with the same kind.
	kindOf := map[string]Kind{}
	files := map[string]int{} // phrase → how many files have it
	for _, name := range names {
		fileLang := strings.TrimSuffix(path.Base(name), ".txt")
		seen := map[string]int{}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var kind Kind
		for n, line := range lines.Content(string(data)) {
			if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
				kind = Kind(line[1 : len(line)-1])
				if kind == spellingSection {
					continue
				}
				if !known(kind) {
					return nil, fmt.Errorf("%s:%d: unknown section %q (want one of %v)", name, n, kind, kinds)
				}
				continue
			}
			if kind == None {
				return nil, fmt.Errorf("%s:%d: phrase before the first [section]", name, n)
			}
			if kind == spellingSection {
				chat, word, ok := strings.Cut(line, "=")
				ct, wt := fold.Tokens(chat), fold.Tokens(word)
				if !ok || len(ct) != 1 || len(wt) != 1 {
					return nil, fmt.Errorf("%s:%d: %q: want one chat spelling = one word", name, n, line)
				}
				sp := s.spelling[fileLang]
				if sp == nil {
					sp = map[string]string{}
					s.spelling[fileLang] = sp
				}
				if prev, dup := sp[ct[0].Text]; dup && prev != wt[0].Text {
					return nil, fmt.Errorf("%s:%d: %q is already spelt %q", name, n, ct[0].Text, prev)
				}
				sp[ct[0].Text] = wt[0].Text
				continue
			}
			var toks []string
			for _, t := range fold.Tokens(line) {
				toks = append(toks, t.Text)
			}
			if len(toks) == 0 {
				return nil, fmt.Errorf("%s:%d: %q has no letters", name, n, line)
			}
			key := strings.Join(toks, " ")
			if prev, dup := seen[key]; dup {
				return nil, fmt.Errorf("%s:%d: %q repeats line %d", name, n, line, prev)
			}
			seen[key] = n
			if k, ok := kindOf[key]; ok {
				if k != kind {
					return nil, fmt.Errorf("%s:%d: %q is %s here and %s in another file", name, n, line, kind, k)
				}
				files[key]++
				continue
			}
			kindOf[key] = kind
			files[key] = 1
			s.phrases[toks[0]] = append(s.phrases[toks[0]], phrase{toks: toks, kind: kind, lang: fileLang, file: fileLang})
		}
	}
	// A phrase written with a chat spelling ("thank u") is matched in the
	// spelling messages are turned into, with its own file's spellings.
	respelt := map[string][]phrase{}
	for _, ps := range s.phrases {
		for _, p := range ps {
			for i, t := range p.toks {
				if w, ok := s.spelling[p.file][t]; ok {
					p.toks[i] = w
				}
			}
			respelt[p.toks[0]] = append(respelt[p.toks[0]], p)
		}
	}
	s.phrases = respelt
	for _, ps := range s.phrases {
		for i := range ps {
			if files[strings.Join(ps[i].toks, " ")] > 1 {
				ps[i].lang = ""
			}
		}
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
	}
	return s, nil
}

// spellingSection is the section of chat spellings (see the package
// comment), not a kind of small talk.
const spellingSection Kind = "spelling"

func known(k Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
)

// Default is the embedded phrase set; the package's tests check it, so a
// parse error is a build defect and panics.
func Default() *Set {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(phraseFiles, "phrases")
		if err == nil {
			defaultSet, err = Load(sub)
		}
		if err != nil {
			panic("smalltalk: embedded phrases: " + err.Error())
		}
	})
	return defaultSet
}

// Result is what a small-talk message is and, when its phrases belong
// to one language only ("xin chào"), that language.
type Result struct {
	Kind Kind
	Lang string
}

// Classify runs the embedded phrases; see Set.Classify.
func Classify(text string) Result { return Default().Classify(text) }

// maxLen is the longest message considered: small talk is short.
const maxLen = 200

// Classify returns the kind of small talk text is, or None. Every phrase
// found is taken out; what is left must be at most maxRest words (twice
// that in characters of Chinese or Thai). A question about the bot wins
// over a greeting in the same message ("hi, what can you do?"); otherwise
// the first phrase does.
func (s *Set) Classify(text string) Result {
	if len(text) > maxLen || hasCommand(text) {
		return Result{}
	}
	toks := fold.Tokens(text)
	raw := make([]string, len(toks))
	for i, t := range toks {
		raw[i] = t.Text
	}
	// The message as each file with spellings would read it.
	spelt := map[string][]string{}
	for file, sp := range s.spelling {
		var words []string
		for i, w := range raw {
			if to, ok := sp[w]; ok {
				if words == nil {
					words = append([]string(nil), raw...)
				}
				words[i] = to
			}
		}
		if words != nil {
			spelt[file] = words
		}
	}
	wordsFor := func(file string) []string {
		if w, ok := spelt[file]; ok {
			return w
		}
		return raw
	}
	var found []phrase
	rest, restDense := 0, 0
	for i := 0; i < len(toks); {
		// The longest phrase starting here, in any file's reading.
		var best *phrase
		keys := []string{raw[i]}
		for _, file := range slices.Sorted(maps.Keys(spelt)) { // in a fixed order: ties go to the first
			if w := spelt[file][i]; !slices.Contains(keys, w) {
				keys = append(keys, w)
			}
		}
		for _, k := range keys {
			for j, p := range s.phrases[k] {
				words := wordsFor(p.file)
				if (best == nil || len(p.toks) > len(best.toks)) && i+len(p.toks) <= len(words) && slices.Equal(p.toks, words[i:i+len(p.toks)]) {
					best = &s.phrases[k][j]
				}
			}
		}
		if best != nil {
			found = append(found, *best)
			i += len(best.toks)
		} else {
			if toks[i].Dense {
				restDense++
			} else {
				rest++
			}
			i++
		}
	}
	if len(found) == 0 || rest+restDense/2 > maxRest {
		return Result{}
	}
	res := Result{Kind: found[0].kind}
	for _, p := range found {
		if p.kind.Meta() {
			res.Kind = p.kind
			break
		}
	}
	for _, p := range found {
		if p.lang != "" {
			res.Lang = p.lang
			break
		}
	}
	return res
}

// hasCommand reports a bot command in text ("how to use /check"): the
// question is about that command, which an article answers.
func hasCommand(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '/' && (i == 0 || text[i-1] == ' ') && text[i+1] >= 'a' && text[i+1] <= 'z' {
			return true
		}
	}
	return false
}

// LintData checks the embedded phrase files as `scambot kb lint` reports
// them: a parse error, or a language without greetings, thanks or
// questions about the bot. One line per problem.
func LintData() []string {
	sub, err := fs.Sub(phraseFiles, "phrases")
	if err != nil {
		return []string{"smalltalk/phrases: " + err.Error()}
	}
	return lint(sub)
}

// required are the kinds every language must have.
var required = []Kind{Greeting, Thanks, Capabilities}

func lint(fsys fs.FS) []string {
	s, err := Load(fsys)
	if err != nil {
		return []string{"smalltalk/phrases/" + err.Error()}
	}
	have := map[string]map[Kind]bool{}
	shared := map[Kind]bool{}
	for _, ps := range s.phrases {
		for _, p := range ps {
			if p.lang == "" {
				shared[p.kind] = true
				continue
			}
			if have[p.lang] == nil {
				have[p.lang] = map[Kind]bool{}
			}
			have[p.lang][p.kind] = true
		}
	}
	names, _ := fs.Glob(fsys, "*.txt")
	var out []string
	for _, name := range names {
		l := strings.TrimSuffix(name, ".txt")
		var missing []string
		for _, k := range required {
			if !have[l][k] && !shared[k] {
				missing = append(missing, string(k))
			}
		}
		if len(missing) > 0 {
			out = append(out, fmt.Sprintf("smalltalk/phrases/%s: no %s phrases", name, strings.Join(missing, ", ")))
		}
	}
	return out
}
