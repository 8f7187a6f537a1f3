package distress

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/scambot/scambot/fold"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/lines"
)

// The cue files: one per language (<lang>.txt) plus countries.txt. Their
// format is described in cues/README.md.
//
//go:embed cues/*.txt
var cueFiles embed.FS

// Langs are the languages that must each have a cue file: every language
// the bot speaks (lang.Supported, the one language list), so a language
// cannot be added without its help path.
var Langs = lang.Supported

// Concepts are the kinds of danger a message can name. Each language's
// file must give cues for every one.
var Concepts = []string{"confinement", "passport", "violence", "starvation", "diverted", "sold", "debt", "ransom", "middleman", "rescue", "transit", "threat"}

// kind is what a cue is evidence of.
type kind int

const (
	kindConcept      kind = iota // a danger concept (with a weight)
	kindSelf                     // the writer: I, we, me
	kindOther                    // someone the writer knows: my brother, a friend
	kindPronoun                  // he, she: someone else, unless the writer speaks of themself too
	kindPlace                    // a compound, a scam company, a border town
	kindGeneral                  // a general question: "do they", "is it common"
	kindBenign                   // an everyday use of a danger word: a parcel "held" at customs
	kindHotline                  // asks for a number to call
	kindCountry                  // a country or a place in it (countries.txt)
	kindAuthority                // an embassy, a ministry, an anti-trafficking body or NGO: grounds a message only
	kindEveryday                 // everyday trouble with one's own things: locked out of one's house, a car broken down
	kindReturned                 // the person is back or out now ("came back", "sudah pulang"): counts as benign too
	kindGeneric                  // a danger word said of people in general: "how people get trapped"
	kindThing                    // a thing held or to be released: a parcel at customs; counts as benign too
	kindPlanning                 // not gone yet: wants or plans to go, or to take a job; travel logistics
	kindUnderway                 // set out or arrived: "landed", "dah sampai"; voids kindPlanning
	kindWord                     // a whole word of a dense script holding a shorter cue: 他们 (they) holds 他 (he)
	kindHypothetical             // a conditional framing: "what if", "in case", "if the employer says"
	kindHearsay                  // what others keep saying of people in general: "my uncle says people there"
	kindHiding                   // out but not safe: hiding, still abroad, no passport, afraid of arrest; voids kindReturned
	kindTold                     // a general-looking cue that tells the writer's way: "người ta nói" (the recruiters said), everyone's phones
	kindAddress                  // a form of address ("bro, ...", "kuya, ..."): not a relative when it opens the message or a comma follows
	kindVocative                 // the readers addressed: "mọi người ơi", "求求大家": a general cue inside one asks nothing of people in general
	kindOpener                   // a word that opens a question typed without its mark ("how", "why"): no evidence itself (openQuestion)
	kindJob                      // a job, an interview or an agency: no evidence itself; where it went silent (weighNotBack)
	kindBot                      // asks the bot itself to act ("can you call the embassy for me"): holds the cues inside it; Finding.AsksBot
)

func (k kind) String() string {
	switch k {
	case kindConcept:
		return "concept"
	case kindSelf:
		return "self"
	case kindOther:
		return "other"
	case kindPronoun:
		return "pronoun"
	case kindPlace:
		return "place"
	case kindGeneral:
		return "general"
	case kindBenign:
		return "benign"
	case kindHotline:
		return "hotline"
	case kindCountry:
		return "country"
	case kindAuthority:
		return "authority"
	case kindEveryday:
		return "everyday"
	case kindReturned:
		return "returned"
	case kindGeneric:
		return "generic"
	case kindThing:
		return "thing"
	case kindPlanning:
		return "planning"
	case kindUnderway:
		return "underway"
	case kindWord:
		return "word"
	case kindHypothetical:
		return "hypothetical"
	case kindHearsay:
		return "hearsay"
	case kindHiding:
		return "hiding"
	case kindTold:
		return "told"
	case kindAddress:
		return "address"
	case kindVocative:
		return "vocative"
	case kindOpener:
		return "opener"
	case kindJob:
		return "job"
	case kindBot:
		return "bot"
	}
	return "?"
}

// maxWeight bounds a concept's weight: the decision rule (rule.go) is
// written for weights 1 (weak evidence) and 2 (strong).
const maxWeight = 2

// gap limits: how many tokens a ".." in a cue may skip. Words of a
// spaced script say more each than characters of a dense one.
const (
	maxGapWords = 4
	maxGapDense = 8
)

// minFuzzy is the length (in runes) from which a word of a cue also
// matches a word one typo away (with the same first letter: people rarely
// mistype that one): shorter words are too often another word ("locked",
// "blocked").
const minFuzzy = 7

// minPrefix is the shortest stem a "*" may follow.
const minPrefix = 3

// word is one word of a cue: a word of a spaced script, or one character
// of a dense one.
type word struct {
	text   string
	prefix bool   // "beat*": any word that starts with "beat"
	exact  bool   // "=hold": no typo tolerance
	dense  bool   // a character of a script written without spaces
	fuzzy  bool   // long enough for typo tolerance
	marks  string // the diacritics written (fold.Token.Marks)
	// plain: a word of a language written without diacritics
	// (English), so a word typed with them is another word.
	plain bool
}

// alt is one alternative of a cue position: one word ("taken"), or a
// phrase of several written in a group ("(on hold|frozen)"), or a run of
// a dense script ("他们"), matched in sequence.
type alt []word

// patTok is one position of a cue: a gap, or any of its alternatives
// ("took|taken|confiscated", "(picked up|pickup)").
type patTok struct {
	gap  bool // "..": skip up to maxGap tokens
	alts []alt
}

// dense reports a position in a script written without spaces.
func (t patTok) dense() bool { return !t.gap && t.alts[0][0].dense }

// pattern is one cue line.
type pattern struct {
	kind    kind
	concept string // concept name, or the country for kindCountry
	weight  int
	lang    string // the file it came from ("" for countries.txt)
	// lastOnly: an [anchor self last] cue counts only where it ends the
	// message (dropNotLast).
	lastOnly bool
	// commaOnly: an [address comma] cue is a form of address only when a
	// comma follows it, not when it merely opens the message ("哥被关了"
	// and "भाई को बंद कर दिया" open with a brother in danger).
	commaOnly bool
	src       string // the line as written, for lint messages
	file      string
	line      int
	toks      []patTok
	// lastLeg marks a strong transit cue of the [lastleg] section: the last
	// leg of a lure told before leaving, which voids [planning] (see
	// Finding.Planning).
	lastLeg bool
	// recaptured marks a strong confinement cue of the [recaptured]
	// section: someone caught while escaping and brought back to the
	// compound. A [returned] cue in its words ("dragged back", "被抓回来了")
	// does not count (see dropReturnedInHeld).
	recaptured bool
	// notBack marks a strong confinement cue of the [notback] section:
	// someone who has not come back or not been heard from ("never came
	// back", "belum pulang", "wapas nahi aaya"), kept only where the
	// compounds are named (see weighNotBack). A [returned] cue in its
	// words ("came back", "wapas .. aaya", "กลับมาจาก") does not count
	// (see dropReturnedInHeld).
	notBack bool
	// presenter marks a general cue of the [presenter] section: the writer
	// prepares material for others (a talk, a lesson, a handout), so the
	// writer named is the speaker, not someone in danger (see
	// dropNotInDanger).
	presenter bool
	// reader marks a general cue of the [reader] section: the writer
	// read or heard of it ("I read that ...", "aku baca katanya"), so a
	// help article for a message that names no one is doubted however
	// sure the classifier is (Finding.Doubts).
	reader bool
	// released marks a thing cue of the [thing released] section: a
	// thing named as what a fee releases ("pay a processing fee to
	// release it", "money to release the gift he sent"), so the "he" or
	// the relative in the message is not someone held (see
	// Finding.Thing).
	released bool
}

// Set is a parsed collection of cue files, indexed for matching.
type Set struct {
	patterns []*pattern
	// notes are what the lint reports of lines that parse but read
	// ambiguously ("file:line: ..."): an alternation without parentheses
	// next to a word, an alternative written twice.
	notes []string
	// byFirst indexes patterns by their first token (exact or fuzzy
	// first words under each one-deletion variant too); byPrefix by the
	// stem of a "word*" first token.
	byFirst  map[string][]*pattern
	byPrefix map[string][]*pattern
	// maxPrefix is the longest stem in byPrefix, to bound lookups.
	maxPrefix int
}

// ParseError locates a problem in a cue file.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Load parses every cue file in fsys (a directory of <lang>.txt files and
// countries.txt). Parsing is strict: an unknown section, a bad weight, a
// cue that folds to nothing or a malformed wildcard is an error.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	s := &Set{byFirst: map[string][]*pattern{}, byPrefix: map[string][]*pattern{}}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading cues: %w", err)
		}
		pats, notes, err := parseFile(name, string(data))
		if err != nil {
			return nil, err
		}
		s.patterns = append(s.patterns, pats...)
		s.notes = append(s.notes, notes...)
	}
	for _, p := range s.patterns {
		s.add(p)
	}
	return s, nil
}

func (s *Set) add(p *pattern) {
	seen := map[string]bool{}
	for _, phrase := range p.toks[0].alts {
		a := phrase[0]
		if a.prefix {
			if !seen["*"+a.text] {
				seen["*"+a.text] = true
				s.byPrefix[a.text] = append(s.byPrefix[a.text], p)
			}
			if n := len(a.text); n > s.maxPrefix {
				s.maxPrefix = n
			}
			continue
		}
		keys := []string{a.text}
		if a.fuzzy {
			keys = append(keys, deletions(a.text)...)
		}
		for _, k := range keys {
			if !seen[k] {
				seen[k] = true
				s.byFirst[k] = append(s.byFirst[k], p)
			}
		}
	}
}

// parseFile reads one cue file. Its name gives the language ("en.txt") or
// marks the country list ("countries.txt").
func parseFile(name, data string) (pats []*pattern, notes []string, err error) {
	base := strings.TrimSuffix(path.Base(name), ".txt")
	countries := base == "countries"
	if !countries && !validLang(base) {
		return nil, nil, &ParseError{name, 0, fmt.Sprintf("file name must be a language code (%s) or countries", strings.Join(Langs, " "))}
	}
	if !utf8.ValidString(data) {
		return nil, nil, &ParseError{name, 0, "not valid UTF-8"}
	}
	var (
		out     []*pattern
		cur     *pattern           // the section's template; nil before the first
		inFile  = map[string]int{} // section+cue → line, for duplicates
		defs    = map[string][]alt{}
		section string
	)
	for n, line := range lines.Content(data) {
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, nil, &ParseError{name, n, "section header must end with ]"}
			}
			head := strings.Fields(line[1 : len(line)-1])
			t, err := parseSection(head, countries)
			if err != nil {
				return nil, nil, &ParseError{name, n, err.Error()}
			}
			if !countries {
				t.lang = base
			}
			cur, section = t, strings.Join(head, " ")
			continue
		}
		if isDef(line) {
			k, list, dups, err := parseDef(line)
			if err != nil {
				return nil, nil, &ParseError{name, n, fmt.Sprintf("%q: %v", line, err)}
			}
			if _, dup := defs[k]; dup {
				return nil, nil, &ParseError{name, n, fmt.Sprintf("@%s is defined twice", k)}
			}
			defs[k] = list
			for _, d := range dups {
				notes = append(notes, fmt.Sprintf("%s:%d: %q: %s", name, n, line, d))
			}
			continue
		}
		if cur == nil {
			return nil, nil, &ParseError{name, n, "cue before the first [section]"}
		}
		toks, problems, err := parsePattern(line, defs)
		if err != nil {
			return nil, nil, &ParseError{name, n, fmt.Sprintf("%q: %v", line, err)}
		}
		key := section + "\x00" + patternKey(toks)
		if prev, dup := inFile[key]; dup {
			return nil, nil, &ParseError{name, n, fmt.Sprintf("%q repeats line %d of the same section", line, prev)}
		}
		inFile[key] = n
		if base == "en" {
			markPlain(toks)
		}
		p := *cur
		p.src, p.file, p.line, p.toks = line, name, n, toks
		out = append(out, &p)
		for _, d := range problems {
			notes = append(notes, fmt.Sprintf("%s:%d: %q: %s", name, n, line, d))
		}
	}
	return out, notes, nil
}

// markPlain marks every word of an English cue as plain: chat text
// mixes English into every language, and its short words fold into
// Vietnamese ones ("van" into "vẫn", still; "so" into "sợ", afraid).
func markPlain(toks []patTok) {
	for _, pt := range toks {
		for _, a := range pt.alts {
			for j := range a {
				a[j].plain = true
			}
		}
	}
}

// parseSection reads a section header's words: "concept NAME WEIGHT",
// "anchor self", "anchor other", "place", "general", or in countries.txt
// the English name of a country.
func parseSection(head []string, countries bool) (*pattern, error) {
	if len(head) == 0 {
		return nil, fmt.Errorf("empty section header")
	}
	if countries {
		return &pattern{kind: kindCountry, concept: strings.Join(head, " ")}, nil
	}
	switch head[0] {
	case "concept":
		if len(head) != 3 {
			return nil, fmt.Errorf("want [concept NAME WEIGHT]")
		}
		if !known(Concepts, head[1]) {
			return nil, fmt.Errorf("unknown concept %q (known: %s)", head[1], strings.Join(Concepts, " "))
		}
		w, err := strconv.Atoi(head[2])
		if err != nil || w < 1 || w > maxWeight {
			return nil, fmt.Errorf("weight must be 1 (weak) or %d (strong), got %q", maxWeight, head[2])
		}
		return &pattern{kind: kindConcept, concept: head[1], weight: w}, nil
	case "anchor":
		if len(head) == 2 && head[1] == "self" {
			return &pattern{kind: kindSelf}, nil
		}
		if len(head) == 3 && head[1] == "self" && head[2] == "last" {
			// A plea that ends a message ("... laos. help"): the writer,
			// who asks for it (dropNotLast).
			return &pattern{kind: kindSelf, lastOnly: true}, nil
		}
		if len(head) == 2 && head[1] == "other" {
			return &pattern{kind: kindOther}, nil
		}
		if len(head) == 2 && head[1] == "pronoun" {
			return &pattern{kind: kindPronoun}, nil
		}
		return nil, fmt.Errorf("want [anchor self], [anchor self last], [anchor other] or [anchor pronoun]")
	case "lastleg":
		// The last leg of a lure told before leaving ("we go around the
		// checkpoint", "jalur tikus"): a strong transit concept that also
		// says the person is about to be taken, not weighing an offer.
		if len(head) != 1 {
			return nil, fmt.Errorf("[lastleg] takes no arguments")
		}
		return &pattern{kind: kindConcept, concept: "transit", weight: maxWeight, lastLeg: true}, nil
	case "recaptured":
		// Caught while escaping and brought back ("they caught him and
		// brought him back", "bị bắt lại"): held again, not back home.
		if len(head) != 1 {
			return nil, fmt.Errorf("[recaptured] takes no arguments")
		}
		return &pattern{kind: kindConcept, concept: "confinement", weight: maxWeight, recaptured: true}, nil
	case "notback":
		// Someone who went and has not come back ("never came back from
		// Cambodia", "sampai sekarang belum pulang"): never someone back
		// home, and held only where the compounds are (weighNotBack).
		if len(head) != 1 {
			return nil, fmt.Errorf("[notback] takes no arguments")
		}
		return &pattern{kind: kindConcept, concept: "confinement", weight: maxWeight, notBack: true}, nil
	case "presenter":
		// Someone preparing a talk, a lesson or a handout ("I'm giving a
		// talk to our youth group: how are people held there?") asks a
		// general question for others: its "I" and "our" are the
		// speaker's.
		if len(head) != 1 {
			return nil, fmt.Errorf("[presenter] takes no arguments")
		}
		return &pattern{kind: kindGeneral, presenter: true}, nil
	case "reader":
		if len(head) != 1 {
			return nil, fmt.Errorf("[reader] takes no arguments")
		}
		return &pattern{kind: kindGeneral, reader: true}, nil
	case "thing":
		if len(head) == 2 && head[1] == "released" {
			// The thing a fee releases, named with the verb ("release
			// it", "release the gift"): a scammer's parcel or money,
			// whoever else the message names.
			return &pattern{kind: kindThing, released: true}, nil
		}
		if len(head) != 1 {
			return nil, fmt.Errorf("want [thing] or [thing released]")
		}
		return &pattern{kind: kindThing}, nil
	case "address":
		switch {
		case len(head) == 1:
			return &pattern{kind: kindAddress}, nil
		case len(head) == 2 && head[1] == "comma":
			return &pattern{kind: kindAddress, commaOnly: true}, nil
		}
		return nil, fmt.Errorf("want [address] or [address comma]")
	case "place", "general", "benign", "hotline", "authority", "everyday", "returned", "generic", "planning", "underway", "word", "hypothetical", "hearsay", "hiding", "told", "vocative", "opener", "job", "bot":
		if len(head) != 1 {
			return nil, fmt.Errorf("[%s] takes no arguments", head[0])
		}
		switch head[0] {
		case "place":
			return &pattern{kind: kindPlace}, nil
		case "benign":
			return &pattern{kind: kindBenign}, nil
		case "hotline":
			return &pattern{kind: kindHotline}, nil
		case "authority":
			return &pattern{kind: kindAuthority}, nil
		case "everyday":
			return &pattern{kind: kindEveryday}, nil
		case "returned":
			return &pattern{kind: kindReturned}, nil
		case "generic":
			return &pattern{kind: kindGeneric}, nil
		case "planning":
			return &pattern{kind: kindPlanning}, nil
		case "underway":
			return &pattern{kind: kindUnderway}, nil
		case "word":
			return &pattern{kind: kindWord}, nil
		case "hypothetical":
			return &pattern{kind: kindHypothetical}, nil
		case "hearsay":
			return &pattern{kind: kindHearsay}, nil
		case "hiding":
			return &pattern{kind: kindHiding}, nil
		case "told":
			return &pattern{kind: kindTold}, nil
		case "vocative":
			return &pattern{kind: kindVocative}, nil
		case "opener":
			return &pattern{kind: kindOpener}, nil
		case "job":
			return &pattern{kind: kindJob}, nil
		case "bot":
			return &pattern{kind: kindBot}, nil
		}
		return &pattern{kind: kindGeneral}, nil
	}
	return nil, fmt.Errorf("unknown section %q (want concept, anchor, place, general, presenter, reader, generic, benign, returned, thing, planning, underway, hiding, told, vocative, lastleg, recaptured, notback, hypothetical, hearsay, address, hotline, authority, everyday, opener, job, bot or word)", head[0])
}

// parsePattern reads one cue: words separated by spaces, where "word*"
// matches any word starting with "word", "=word" matches that word only
// (no typo tolerance), "a|b|c" matches any of them, "(a b|c)" any of
// alternatives that may be phrases, "@name" any alternative of a list
// defined earlier in the file ("@neg = not|never|cannot"), and ".." skips
// a few words. Text of a script written without spaces may be written as
// one run: each character is a position.
//
// An alternation without parentheses next to another word ("came
// back|home") parses as one position, but it is also what a phrase meant
// as one alternative looks like ("bayar|lunasi|ganti rugi" is "ganti"
// then "rugi" as the last alternatives, not "ganti rugi"): each such
// place is returned in notes for the lint, which asks for parentheses. So
// is an alternative written twice in one position ("(mataas|mataas) na":
// the second was likely meant to be another word or a phrase).
func parsePattern(line string, defs map[string][]alt) (out []patTok, notes []string, err error) {
	fs, err := cueFields(line)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range fs {
		switch {
		case f == "..":
			if len(out) == 0 || out[len(out)-1].gap {
				return nil, nil, fmt.Errorf(`".." must come between words`)
			}
			out = append(out, patTok{gap: true})
		case strings.HasPrefix(f, "("):
			if !strings.Contains(f, "|") {
				return nil, nil, fmt.Errorf("%s: parentheses hold alternatives separated by |", f)
			}
			alts, dups, err := parseAlts(f[1:len(f)-1], defs, true)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, patTok{alts: alts})
			notes = append(notes, dups...)
		case strings.Contains(f, "|") || strings.HasPrefix(f, "@"):
			alts, dups, err := parseAlts(f, defs, false)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, patTok{alts: alts})
			notes = append(notes, dups...)
		default:
			// One word, or a dense run of several positions.
			ws, err := parseWord(f)
			if err != nil {
				return nil, nil, err
			}
			for _, w := range ws {
				out = append(out, patTok{alts: []alt{{w}}})
			}
		}
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("empty cue")
	}
	if out[len(out)-1].gap {
		return nil, nil, fmt.Errorf(`".." must come between words`)
	}
	// Runs of words between gaps where a bare alternation stands next to
	// another word (a list named alone is one position, plainly).
	for start := 0; start < len(fs); {
		end := start
		bare := false
		for end < len(fs) && fs[end] != ".." {
			bare = bare || !strings.HasPrefix(fs[end], "(") && strings.Contains(fs[end], "|")
			end++
		}
		if bare && end-start > 1 {
			notes = append(notes, fmt.Sprintf("in %q an alternation without parentheses stands next to another word: "+
				"write a phrase that is one alternative in a group, (on hold|frozen), and a word before or after the alternatives as my (brother|sister)",
				strings.Join(fs[start:end], " ")))
		}
		start = end + 1
	}
	return out, notes, nil
}

// cueFields splits a cue line at spaces, keeping a group in parentheses
// (where spaces join the words of a phrase) as one field.
func cueFields(line string) ([]string, error) {
	var out []string
	for line = strings.TrimSpace(line); line != ""; line = strings.TrimLeft(line, " \t") {
		if line[0] == '(' {
			end := strings.IndexByte(line, ')')
			if end < 0 {
				return nil, fmt.Errorf(`"(" is not closed by ")"`)
			}
			g := line[:end+1]
			if strings.Contains(g[1:], "(") {
				return nil, fmt.Errorf("groups in parentheses do not nest")
			}
			if rest := line[end+1:]; rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				return nil, fmt.Errorf("%q: a group in parentheses stands alone: put a space after %q", line, ")")
			}
			out = append(out, g)
			line = line[end+1:]
			continue
		}
		end := strings.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		f := line[:end]
		if strings.ContainsAny(f, "()") {
			return nil, fmt.Errorf("%q: a group in parentheses stands alone: put a space before %q and %s after it", f, "(", "a space")
		}
		out = append(out, f)
		line = line[end:]
	}
	return out, nil
}

// parseAlts reads the alternatives of one position, separated by "|":
// words, dense runs, "@name" lists and, when phrases is set (in a group
// or a list), phrases of several words separated by spaces. dups names
// each alternative written twice (a list may share words with another).
func parseAlts(s string, defs map[string][]alt, phrases bool) (out []alt, dups []string, err error) {
	written := map[string]bool{}
	for _, a := range strings.Split(s, "|") {
		ws := strings.Fields(a)
		switch {
		case len(ws) == 0:
			return nil, nil, fmt.Errorf("empty alternative in %q", s)
		case len(ws) == 1 && strings.HasPrefix(ws[0], "@"):
			list, ok := defs[ws[0][1:]]
			if !ok {
				return nil, nil, fmt.Errorf("%s is not defined above (define it with a line %s = word|word)", ws[0], ws[0])
			}
			out = append(out, list...)
			continue
		case len(ws) > 1 && !phrases:
			return nil, nil, fmt.Errorf("%q: a phrase as an alternative goes in parentheses: (a b|c)", a)
		}
		var phrase alt
		for _, w := range ws {
			if w == ".." || strings.HasPrefix(w, "@") {
				return nil, nil, fmt.Errorf("%q: an alternative is words only, no %q", a, w)
			}
			words, err := parseWord(w)
			if err != nil {
				return nil, nil, err
			}
			phrase = append(phrase, words...)
		}
		// As written: a word spelt with and without its marks ("huỷ|hủy",
		// "nói|noi") folds the same on purpose.
		key := strings.Join(ws, " ")
		if written[key] {
			dups = append(dups, fmt.Sprintf("%q is written twice among the alternatives of %q: was another word or a phrase meant?", a, s))
		}
		written[key] = true
		out = append(out, phrase)
	}
	if err := sameScript(out); err != nil {
		return nil, nil, err
	}
	return out, dups, nil
}

// parseWord reads one word of a cue: a word of a spaced script, or a run
// of a dense one (a word per character).
func parseWord(w string) ([]word, error) {
	prefix := strings.HasSuffix(w, "*")
	exact := strings.HasPrefix(w, "=")
	w = strings.TrimSuffix(strings.TrimPrefix(w, "="), "*")
	if strings.ContainsAny(w, "*=@|") || w == "" {
		return nil, fmt.Errorf(`bad word %q: "*" may only end a word, "=" only start one, "@" only name a list`, w)
	}
	toks := fold.Tokens(w)
	if len(toks) == 0 {
		return nil, fmt.Errorf("%q has no letters", w)
	}
	if len(toks) > 1 && (prefix || exact || !toks[0].Dense) {
		return nil, fmt.Errorf("%q folds into %d words: write them as separate words of the cue", w, len(toks))
	}
	if prefix && (toks[0].Dense || utf8.RuneCountInString(toks[0].Text) < minPrefix) {
		return nil, fmt.Errorf(`"*" needs a stem of at least %d letters of a spaced script`, minPrefix)
	}
	if prefix && exact {
		return nil, fmt.Errorf(`a word cannot be both "=" and "*"`)
	}
	out := make([]word, 0, len(toks))
	for _, t := range toks {
		out = append(out, word{
			text: t.Text, prefix: prefix, exact: exact, dense: t.Dense, marks: t.Marks,
			fuzzy: !prefix && !exact && !t.Dense && utf8.RuneCountInString(t.Text) >= minFuzzy,
		})
	}
	return out, nil
}

// sameScript checks that the words of a position are all of a spaced
// script or all of a dense one: the gap before it is measured in one.
func sameScript(alts []alt) error {
	first := alts[0][0].dense
	for _, a := range alts {
		for _, w := range a {
			if w.dense != first {
				return fmt.Errorf("alternatives mix a spaced and a dense script")
			}
		}
	}
	return nil
}

// isDef reports a list definition line: "@name = ...".
func isDef(line string) bool {
	if !strings.HasPrefix(line, "@") {
		return false
	}
	name, _, ok := strings.Cut(line[1:], "=")
	return ok && !strings.ContainsAny(strings.TrimSpace(name), " \t|.")
}

// parseDef reads "@name = word|word|..." into a list. As in a group, an
// alternative may be a phrase: "@go = keluar|pulang|balik kampung".
func parseDef(line string) (string, []alt, []string, error) {
	name, list, ok := strings.Cut(line[1:], "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.ContainsAny(name, " \t|*@()") {
		return "", nil, nil, fmt.Errorf("want @name = word|word|word")
	}
	list = strings.TrimSpace(list)
	if strings.ContainsAny(list, "()") {
		return "", nil, nil, fmt.Errorf("a list needs no parentheses: @name = a|b c|d")
	}
	out, dups, err := parseAlts(list, nil, true)
	if err != nil {
		return "", nil, nil, err
	}
	return name, out, dups, nil
}

// patternKey is a cue in a canonical form, to find a line repeated.
func patternKey(toks []patTok) string {
	var b strings.Builder
	for _, t := range toks {
		if t.gap {
			b.WriteString(".. ")
			continue
		}
		b.WriteByte('(')
		for i, a := range t.alts {
			if i > 0 {
				b.WriteByte('|')
			}
			for j, w := range a {
				if j > 0 {
					b.WriteByte(' ')
				}
				switch {
				case w.prefix:
					b.WriteString(w.text + "*")
				case w.exact:
					b.WriteString("=" + w.text)
				default:
					b.WriteString(w.text)
				}
			}
		}
		b.WriteString(") ")
	}
	return b.String()
}

func validLang(l string) bool { return known(Langs, l) }

func known(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// deletions returns w with each one of its runes removed: two words one
// typo apart (a letter missing, extra, wrong or swapped) share one of
// these variants (the symmetric-delete trick), so typo-tolerant lookup is
// a few map reads instead of a scan.
func deletions(w string) []string {
	rs := []rune(w)
	out := make([]string, 0, len(rs))
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// oneTypo reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of adjacent letters.
func oneTypo(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		diff := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if diff >= 0 {
					// A second difference: only a swap of these two.
					return i == diff+1 && ra[diff] == rb[i] && ra[i] == rb[diff] && string(ra[i+1:]) == string(rb[i+1:])
				}
				diff = i
			}
		}
		return true
	case 1:
		i := 0
		for i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return string(ra[i+1:]) == string(rb[i:])
	}
	return false
}

// LintData checks the embedded cue files as `scambot kb lint` reports
// them: a parse error, an alternation without parentheses next to another
// word (it may be a phrase meant as one alternative: see parsePattern), a
// language without its file, or a language file missing a concept, a
// person anchor, places or general-question cues (a language where some
// victims would get no help path). Each problem is
// one line; none means the data is fine.
func LintData() []string { return lint(mustSub()) }

func lint(fsys fs.FS) []string {
	s, err := Load(fsys)
	if err != nil {
		return []string{"distress/cues/" + err.Error()}
	}
	have := s.coverage()
	countries := 0
	for _, p := range s.patterns {
		if p.kind == kindCountry {
			countries++
		}
	}
	var out []string
	for _, n := range s.notes {
		out = append(out, "distress/cues/"+n)
	}
	for _, l := range Langs {
		if have[l] == nil {
			out = append(out, fmt.Sprintf("distress/cues/%s.txt: missing: no help-path cues for this language", l))
			continue
		}
		var missing []string
		for _, want := range requiredCues() {
			if !have[l][want] {
				missing = append(missing, want)
			}
		}
		if len(missing) > 0 {
			out = append(out, fmt.Sprintf("distress/cues/%s.txt: no cues for %s", l, strings.Join(missing, ", ")))
		}
	}
	if countries == 0 {
		out = append(out, "distress/cues/countries.txt: missing or empty")
	}
	return out
}

// requiredCues are the sections every language file must have: every
// danger concept, both person anchors, places and general questions. A
// missing one is a language where some victims get no help path.
func requiredCues() []string {
	return append(append([]string{}, Concepts...), "self", "other", "place", "general")
}

// coverage maps each language to the concepts and cue kinds its file
// has (countries, which belong to no language, are left out).
func (s *Set) coverage() map[string]map[string]bool {
	have := map[string]map[string]bool{}
	for _, p := range s.patterns {
		if p.kind == kindCountry {
			continue
		}
		if have[p.lang] == nil {
			have[p.lang] = map[string]bool{}
		}
		key := p.kind.String()
		if p.kind == kindConcept {
			key = p.concept
		}
		have[p.lang][key] = true
	}
	return have
}
