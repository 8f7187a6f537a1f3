// Package distress recognises messages saying that someone is held in a
// scam compound or about to be: confined, passport taken, beaten, sold,
// owing a "debt" to leave, or a middleman asking for ransom. Such a
// message must never get "I don't know": the bot answers it with what to
// do and whom to call before any search, so a weak search score cannot
// silence it.
//
// The cues are data (cues/<lang>.txt, cues/countries.txt), organised by
// concept with person anchors and places, and every finding says which
// words fired. Matching is tolerant: diacritics folded, wildcards for
// word endings, one typo in long words, words in between.
package distress

import (
	"github.com/scambot/scambot/fold"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/scambot/scambot/knowledge"
)

// Article ids the help path answers with.
const (
	ArticleSelf  = knowledge.TopicTrappedWhatToDo    // the writer is held or about to be
	ArticleOther = knowledge.TopicHelpSomeoneTrapped // the writer is a relative or friend
	// ArticleHotlines answers a message that says someone is held and
	// asks for a number to call.
	ArticleHotlines = knowledge.TopicHotlines
)

// Person is who the message is about.
type Person string

const (
	PersonUnknown Person = ""
	PersonSelf    Person = "self"
	PersonOther   Person = "other"
)

// Cue is one piece of evidence found in a message.
type Cue struct {
	// Kind is "concept", "self", "other", "pronoun", "place", "general",
	// "generic", "benign", "returned", "thing", "planning", "underway",
	// "hiding", "lastleg" (with the strong transit concept of the same words),
	// "recaptured" (with the strong confinement concept of the same words),
	// "presenter" (with the general cue of the same words),
	// "released" (with the thing cue of the same words), "everyday", "hypothetical", "hearsay", "hotline", "country" or
	// "authority".
	Kind string `json:"kind"`
	// Concept is the danger concept (for Kind "concept") or the country's
	// English name (for Kind "country").
	Concept string `json:"concept,omitempty"`
	// Weight is a concept's weight (1 weak, 2 strong; Kind "concept").
	Weight int `json:"weight,omitempty"`
	// Words are the user's own words that fired it.
	Words string `json:"words"`
	// Lang is the cue file it came from ("" for countries).
	Lang string `json:"lang,omitempty"`
}

// Finding is what the detector concluded about one message.
type Finding struct {
	// Urgent is true when the message says someone is in danger: the bot
	// must answer with the help path.
	Urgent bool `json:"urgent"`
	// Who the message is about (when Urgent).
	Who Person `json:"who,omitempty"`
	// Article is the article to answer with (when Urgent).
	Article string `json:"article,omitempty"`
	// Countries are the English names of the countries the message
	// names, in order of first mention.
	Countries []string `json:"countries,omitempty"`
	// Strength is the summed weight of the distinct concepts found.
	Strength int `json:"strength"`
	// Cues are every cue that fired, in text order.
	Cues []Cue `json:"cues,omitempty"`
	// Net is set when the safety net (Net), not the urgent rule, gave
	// the help path: its evidence is weaker (see Evidence).
	Net bool `json:"net,omitempty"`
	// AsksBot is set when the message asks the bot itself to act for the
	// writer ("can you contact the embassy for me?", a [bot] cue): when
	// nothing is urgent it is a question about the bot (about-this-bot),
	// not a request for the hotlines or the help articles.
	AsksBot bool `json:"asks_bot,omitempty"`
	// words is how long the message is, in words (two characters of a
	// dense script count as one).
	words int
	// dismissed is set when a classifier sure the message is about
	// something else took the urgent finding away (Dismiss).
	dismissed bool
	// openQuestion is set when the message's last question names no one,
	// and what follows it names no one else and no danger (openQuestion).
	openQuestion bool
	// conceptSpans is how many separate stretches of the text the
	// danger concepts' cues cover.
	conceptSpans int
}

// ConceptNames returns the distinct danger concepts found, sorted.
func (f Finding) ConceptNames() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range f.Cues {
		if c.Kind == kindConcept.String() && !seen[c.Concept] {
			seen[c.Concept] = true
			out = append(out, c.Concept)
		}
	}
	sort.Strings(out)
	return out
}

// mustSub is the embedded cues directory.
func mustSub() fs.FS {
	sub, err := fs.Sub(cueFiles, "cues")
	if err != nil {
		panic("distress: " + err.Error())
	}
	return sub
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
)

// Default is the embedded cue set. The embedded files are checked by the
// package's tests, so a parse error here is a build defect: it panics.
func Default() *Set {
	defaultOnce.Do(func() {
		s, err := Load(mustSub())
		if err != nil {
			panic("distress: embedded cues: " + err.Error())
		}
		defaultSet = s
	})
	return defaultSet
}

// Detect runs the embedded cue set on text; see Set.Detect.
func Detect(text string, langs ...string) Finding { return Default().Detect(text, langs...) }

// maxText bounds the work on a huge message: the help path reads the
// first part, where people say what happened.
const maxText = 4000

// match is one cue found in the text.
type match struct {
	p          *pattern
	start, end int // token indexes, end exclusive
}

// Detect finds the cues in text and applies the decision rule. langs are
// the languages the message may be in (the user's choice, the detected
// one): only their cue files and English (which chat text mixes in) are
// used, because a word of one language folds into a common word of
// another (Vietnamese "sợ", afraid, into English "so"). Indonesian and
// Malay go together: the detector cannot always tell them apart. With no
// langs, every file is used.
func (s *Set) Detect(text string, langs ...string) Finding {
	if len(text) > maxText {
		cut := maxText
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	toks := fold.Tokens(text)
	ms := s.find(text, toks, allowed(langs))
	f := decide(text, toks, ms)
	dense := 0
	for _, t := range toks {
		if t.Dense {
			dense++
		}
	}
	f.words = len(toks) - dense + dense/2
	if f.Urgent {
		f.openQuestion = s.openQuestion(text, allowed(langs))
	}
	return f
}

// questionMarks end a question in the scripts the cues cover.
const questionMarks = "?？"

// sentenceEnds end a sentence (a line break too).
const sentenceEnds = ".!?\n\r。！？…"

// openQuestion reports whether the last question of text asks about the
// world rather than about someone: its sentence names no one (no I, we,
// relative, friend, he or she; it may name the danger it asks about, "how
// does this debt thing work"), and what follows it names no one else and
// no danger. "My cousin says his friend ended up in one of those places.
// Is that common for Africans? I thought it was mostly Chinese" tells of
// someone to ask something general; "they took his passport. what can we
// do?" asks about him. Only a classifier sure of another article acts on
// it (YieldsTo). The question's words are searched again on their own,
// because a cue is found only once in the whole message (at its first
// place).
func (s *Set) openQuestion(text string, use func(string) bool) bool {
	q := strings.LastIndexAny(text, questionMarks)
	// Chat often drops the mark: an English last sentence that opens with
	// a question word is the question ("... or they sell her to another
	// company. how does this debt thing work").
	marked := q >= 0
	if !marked {
		q = len(strings.TrimRight(text, " \t\r\n.!…"))
	}
	start := strings.LastIndexAny(strings.TrimRight(text[:q], questionMarks), sentenceEnds) + 1
	// The rune at start-1 may be a multi-byte sentence end: LastIndexAny
	// gives its first byte.
	for start < q && !utf8.RuneStart(text[start]) {
		start++
	}
	question, after := text[start:q], text[q:]
	if strings.TrimSpace(question) == "" {
		return false
	}
	qtoks := fold.Tokens(question)
	qms := s.find(question, qtoks, use)
	if !marked && (len(qtoks) < 3 || !slices.ContainsFunc(qms, func(m match) bool { return m.p.kind == kindOpener && m.start == 0 })) {
		return false
	}
	for _, m := range qms {
		switch m.p.kind {
		// The question may name the danger it asks about ("how does
		// this debt thing work"), but not the writer or anyone else.
		case kindSelf, kindOther, kindPronoun, kindHotline, kindUnderway, kindHiding, kindAddress:
			return false
		}
	}
	// What follows it names no one else and no danger ("is that common?
	// they beat him"); the writer may speak ("I thought it was mostly
	// Chinese").
	for _, m := range s.find(after, fold.Tokens(after), use) {
		switch m.p.kind {
		case kindConcept, kindOther, kindPronoun, kindHotline, kindUnderway, kindHiding, kindAddress:
			return false
		}
	}
	return true
}

// find returns every cue that matches somewhere in toks (the tokens of
// text), each pattern once (at its first place), in text order.
func (s *Set) find(text string, toks []fold.Token, use func(string) bool) []match {
	var out []match
	seen := map[*pattern]bool{}
	// A name or a whole word is found at every place, so that each one
	// holds the cues inside it (see dropInsideNames).
	type at struct {
		p *pattern
		i int
	}
	seenAt := map[at]bool{}
	try := func(p *pattern, i int) {
		whole := p.kind.holds()
		if !use(p.lang) || whole && seenAt[at{p, i}] || !whole && seen[p] {
			return
		}
		if end := matchAt(p.toks, toks, i); end > i {
			seen[p], seenAt[at{p, i}] = true, true
			out = append(out, match{p: p, start: i, end: end})
		}
	}
	for i, t := range toks {
		for _, p := range s.byFirst[t.Text] {
			try(p, i)
		}
		if !t.Dense {
			n := utf8.RuneCountInString(t.Text)
			if n >= minFuzzy-1 && n <= 24 {
				for _, d := range deletions(t.Text) {
					for _, p := range s.byFirst[d] {
						try(p, i)
					}
				}
			}
			// Every prefix of the word that some "stem*" cue names.
			for j := 1; j <= len(t.Text) && j <= s.maxPrefix; j++ {
				if j < len(t.Text) && !utf8.RuneStart(t.Text[j]) {
					continue
				}
				for _, p := range s.byPrefix[t.Text[:j]] {
					try(p, i)
				}
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	out = dropVocatives(weighNotBack(dropStayGoingOn(dropReturnedInHeld(dropInsideNames(out, toks), toks), toks)), text, toks)
	return dropNotLast(dropThingSold(dropThingStuck(dropNotInDanger(out, toks, clauses(text, toks)), text, toks), text, toks), toks)
}

// dropNotLast removes the [anchor self last] cues that do not end the
// message: "help" or "tolong" typed last is the writer's plea ("phone
// chheen lenge abhi. laos. help"), while "is there help for people held
// in Laos?" asks about help.
func dropNotLast(ms []match, toks []fold.Token) []match {
	out := ms[:0]
	for _, m := range ms {
		if m.p.lastOnly && m.end != len(toks) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropVocatives moves a relative's word out of a form of address: "bro
// this whole thing sounds like a movie" and "kuya, totoo ba yan?" speak to
// the reader, not of a brother in danger. An [address] cue is a form of
// address when it opens the message or a comma follows it (an [address
// comma] cue only when a comma follows), and no possessive of the writer
// ("ko", "saya") follows it: "kuya ko nasa Myanmar" and "my bro is
// stuck there" name a brother. The relative's word is looked for again
// after it ("bro, my bro is stuck there").
func dropVocatives(ms []match, text string, toks []fold.Token) []match {
	var voc []match
	for _, m := range ms {
		if m.p.kind != kindAddress {
			continue
		}
		comma := m.end >= len(toks) && strings.HasPrefix(strings.TrimSpace(text[toks[m.end-1].End:]), ",") ||
			m.end < len(toks) && strings.ContainsAny(text[toks[m.end-1].End:toks[m.end].Start], ",，")
		// The message's last words speak to the reader too ("is that ok
		// kaka?", "kya karu bhai"), unless the writer's word or a
		// determiner owns them ("worried for my kaka", "mera bhai").
		closing := m.start > 0 && m.end == len(toks) && !ownedBefore(ms, text, toks, m.start)
		if !comma && !closing && (m.start != 0 || m.p.commaOnly) {
			continue
		}
		// A possessive that follows ("kuya ko", "abang saya") owns the
		// relative; an English or Hindi word of the writer after it never
		// does: both put "my" ("mera") before, so "bro I'm at the
		// airport" and "bhai main Laos me hu" speak to a brother.
		owned := false
		for _, n := range ms {
			if n.p.kind == kindSelf && n.start == m.end && n.p.lang != "en" && n.p.lang != "hi" {
				owned = true
			}
		}
		if !owned {
			voc = append(voc, m)
		}
	}
	if len(voc) == 0 {
		return ms
	}
	// A relative's cue that begins inside the form of address names the
	// one spoken to, however far it runs ("bhai mai laos ke .. mein hu":
	// "bhai .. laos ke" reads as a brother in Laos).
	return refind(ms, toks, kindOther, func(start, end int) bool {
		for _, v := range voc {
			if v.start <= start && start < v.end {
				return true
			}
		}
		return false
	})
}

// ownedBefore reports whether the word before token i owns what follows:
// a cue of the writer ending there ("my", "mera", "aking"), a determiner
// or an English possessive ("his", "the", "Ama's").
func ownedBefore(ms []match, text string, toks []fold.Token, i int) bool {
	if determiners[toks[i-1].Text] || possessive(text, toks[i-1]) {
		return true
	}
	return slices.ContainsFunc(ms, func(n match) bool { return n.p.kind == kindSelf && n.end == i })
}

// refind looks each cue of kind k that covered reports for again after its
// start, until it is found where covered is false or not at all, and
// returns the cues in order: a relative's word inside a form of address, a
// word of coming back inside a recapture.
func refind(ms []match, toks []fold.Token, k kind, covered func(start, end int) bool) []match {
	out := ms[:0:0]
	for _, m := range ms {
		for m.p.kind == k && m.start >= 0 && covered(m.start, m.end) {
			m = m.p.findFrom(toks, m.start+1)
		}
		if m.start >= 0 {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// clauseBreaks is the punctuation that ends a clause: "what if they take my
// passport, what do I do" ends the conditional at the comma.
const clauseBreaks = ",.;:!?\n\r，。；：！？、।…"

// clauses numbers the clause each token is in. A clause ends at a comma, a
// full stop, a question or exclamation mark, a semicolon, a colon or a line
// break (and their Chinese and Devanagari forms); in Thai and Chinese,
// written without spaces between words, a space between two characters is
// such a pause too.
func clauses(text string, toks []fold.Token) []int {
	ids := make([]int, len(toks))
	for i := 1; i < len(toks); i++ {
		ids[i] = ids[i-1]
		gap := text[toks[i-1].End:toks[i].Start]
		if strings.ContainsAny(gap, clauseBreaks) || toks[i-1].Dense && toks[i].Dense && strings.TrimSpace(gap) != gap {
			ids[i]++
		}
	}
	return ids
}

// dropNotInDanger moves a self anchor out of a general cue: the "I" of "I
// read" or "I heard" is a reader, not the one in danger ("I read that the
// driver takes your passport, is that how it goes?"). It also moves a danger
// concept out of what names no one in danger now:
//   - a [generic] cue: "only village kids get trapped";
//   - a [hypothetical] or [hearsay] cue and the rest of its clause: "what if
//     the employer says they will keep my passport?" asks what an employer
//     might do, and "my uncle keeps saying people there can't go home"
//     tells what is said of people in general. "they took my passport, what
//     if I run?" keeps the passport, said before the condition. A clause
//     that names a relative, a friend, he or she after the cue keeps its
//     concepts, and so does a message that asks for a number to call.
//
// Each is looked for again after the cue ("I heard they sell people. I am
// locked in too"), as a cue is otherwise found once. ids are the tokens'
// clauses (see clauses).
//
// A general cue inside the last leg's own words, or just before them, is
// not a general question either: it reports what the pick-up says ("sabi
// ng sundo diretso daw sa border", "katanya supir jemputan langsung ke
// perbatasan", "supir jemputan katanya ke perbatasan"), as "says" does in
// "the driver says we go to the border first", when the message names
// someone (the writer, a relative, a "he" or "she") it happens to. It is
// dropped. With no one named it stays: "katanya supir jemputan bawa orang
// ke perbatasan ya?" asks how the last leg works.
//
// Told by the writer on the way (an [underway] cue or a strong transit
// concept, and the writer named or no one), a general cue that a [told] cue holds is
// not a general question either: "người ta nói sang bên kia có việc" reports
// the recruiters' promise, "điện thoại của mọi người" is everyone's phones
// on the bus.
//
// Nor is a general cue that a [vocative] cue holds: the readers addressed.
func dropNotInDanger(ms []match, toks []fold.Token, ids []int) []match {
	var general, generic, framed, leg, told, vocative []match
	person, self, onway := false, false, false
	for _, m := range ms {
		switch m.p.kind {
		case kindTold:
			told = append(told, m)
		case kindVocative:
			vocative = append(vocative, m)
		case kindUnderway:
			onway = true
		}
		if m.p.kind == kindSelf {
			self = true
		}
		switch m.p.kind {
		case kindGeneral:
			general = append(general, m)
		case kindGeneric:
			generic = append(generic, m)
		case kindHypothetical, kindHearsay:
			framed = append(framed, m)
		case kindConcept:
			if m.p.concept == "transit" && m.p.weight >= 2 {
				leg = append(leg, m)
			}
		case kindSelf, kindOther, kindPronoun:
			person = true
		}
	}
	reports := func(m match) bool {
		// Someone on the way with the subject dropped ("baru nyampe, yg
		// jemput bukan orang hotel, mereka minta paspor") tells their own
		// way too.
		if !person && !onway {
			return false
		}
		for _, n := range leg {
			if person && (n.start <= m.start && m.end <= n.end || m.end == n.start) {
				return true
			}
		}
		if (self || !person) && (onway || len(leg) > 0) {
			for _, n := range told {
				if n.start <= m.start && m.end <= n.end {
					return true
				}
			}
		}
		return false
	}
	general = slices.DeleteFunc(general, reports)
	// The readers addressed ("em phải làm sao hả mọi người", "求求大家帮帮我")
	// are asked for help, not asked about: a general cue inside a
	// [vocative] cue is no general question.
	addressed := func(m match) bool {
		for _, n := range vocative {
			if n.start <= m.start && m.end <= n.end {
				return true
			}
		}
		return false
	}
	general = slices.DeleteFunc(general, addressed)
	// A general cue that is the subject of a danger done to the writer
	// ("diorang kunci kami dlm bilik": they locked us in the room) tells
	// what happened, as "they beat us" does: a danger cue begins right
	// after it and holds the writer's own word. Only a cue of one word, a
	// "they": "do they lock us in there?" asks, and "do they lock people
	// in?" names no one.
	doneToWriter := func(m match) bool {
		if m.end-m.start != 1 {
			return false
		}
		for _, c := range ms {
			if c.p.kind != kindConcept || c.start != m.end {
				continue
			}
			for _, a := range ms {
				if a.p.kind == kindSelf && c.start < a.start && a.end <= c.end {
					return true
				}
			}
		}
		return false
	}
	general = slices.DeleteFunc(general, doneToWriter)
	// inClause reports whether a match starting at start lies in the cue
	// n or after it in n's clause.
	inClause := func(n match, start int) bool {
		return start >= n.start && ids[start] == ids[n.end-1]
	}
	// A condition or hearsay that names a relative, a friend, he or she
	// after its cue may tell of them as a fact ("what happens if we pay the
	// ransom they demand for my son?", "my son says people there beat him"),
	// or be a worry for them, and a false alarm costs less than silence.
	// A message that asks for a number to call is answered by the hotlines
	// whatever its framing.
	framed = slices.DeleteFunc(framed, func(n match) bool {
		for _, m := range ms {
			if m.p.kind == kindHotline || (m.p.kind == kindOther || m.p.kind == kindPronoun) && m.start >= n.end && inClause(n, m.start) {
				return true
			}
		}
		return false
	})
	// said reports whether the match at start..end is the reader of a
	// general cue, a relative's word inside hearsay's general subject, a
	// danger said of people in general, or one framed as a condition or as
	// hearsay.
	said := func(k kind, start, end int) bool {
		switch k {
		case kindOther, kindSelf:
			for _, n := range general {
				if k == kindSelf && n.start <= start && end <= n.end && n.end-n.start > end-start {
					return true
				}
			}
			// The general subject of hearsay may hold a relative's
			// word ("bilang anak anak muda dikurung": young people,
			// not a child), and a relative who asks is named in it
			// with the writer asked ("cucu saya tanya kenapa orang",
			// "asks me why people"): it names no one in danger.
			for _, n := range framed {
				if n.p.kind == kindHearsay && n.start <= start && end <= n.end && n.end-n.start > end-start {
					return true
				}
			}
			// The audience of a talk or a lesson ("explain to my kids
			// in class") is no one in danger either.
			for _, n := range general {
				if n.p.presenter && n.start <= start && end <= n.end && n.end-n.start > end-start {
					return true
				}
			}
		case kindConcept:
			for _, n := range generic {
				if start < n.end && n.start < end {
					return true
				}
			}
			for _, n := range framed {
				if inClause(n, start) {
					return true
				}
			}
		}
		return false
	}
	out := ms[:0:0]
	for _, m := range ms {
		if m.p.kind == kindGeneral && (reports(m) || addressed(m) || doneToWriter(m)) {
			continue
		}
		for m.start >= 0 && said(m.p.kind, m.start, m.end) {
			m = m.p.findFrom(toks, m.end)
		}
		if m.start >= 0 {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// holds reports the kinds of cue that hold the shorter cues inside them
// (see dropInsideNames).
func (k kind) holds() bool {
	return k == kindCountry || k == kindPlace || k == kindWord || k == kindBot
}

// dropInsideNames removes cues found inside a place name or a whole word
// of a dense script ([word]): in a script without spaces, "เมีย" (wife) is
// the start of "เมียวดี" (Myawaddy), and 他 (he) is in 他们 (they). Such a
// cue is looked for again after it ("他们打了他": he is the second 他).
// Names and whole words are found at every place; only the first place of
// each name is kept, and no whole word: it says nothing itself.
func dropInsideNames(ms []match, toks []fold.Token) []match {
	var names []match
	for _, m := range ms {
		if m.p.kind.holds() {
			names = append(names, m)
		}
	}
	inside := func(start, end int) bool {
		for _, n := range names {
			// A whole word of the same span holds a cue too: English
			// "breeding" is a word, found one typo from "bleeding".
			if n.start <= start && end <= n.end && (n.end-n.start > end-start || n.p.kind == kindWord || n.p.kind == kindBot) {
				return true
			}
		}
		return false
	}
	// A place inside a longer whole word is that word's: "compound" in
	// "compound sodium lactate" (an English [word]) names no compound. So
	// is a place whose stem the whole word of the same span spells out:
	// "compound*" in a "compounder" (a clinic's dispenser).
	inWord := func(m match) bool {
		for _, n := range names {
			if n.p.kind == kindWord && n.start <= m.start && m.end <= n.end && n.end-n.start >= m.end-m.start {
				return true
			}
		}
		return false
	}
	out := ms[:0:0]
	first := map[*pattern]bool{}
	for _, m := range ms {
		if m.p.kind.holds() {
			// A request to the bot is kept whatever holds it: a [word]
			// of the same words voids the same cues inside.
			if m.p.kind == kindBot || m.p.kind != kindWord && !first[m.p] && !inWord(m) {
				first[m.p] = true
				out = append(out, m)
			}
			continue
		}
		for m.start >= 0 && inside(m.start, m.end) {
			m = m.p.findFrom(toks, m.start+1)
		}
		if m.start >= 0 {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// possessive reports whether t is written as an English possessive
// ("friend's", "friends'", "mum’s"): the word after it is owned, so a
// thing ("my friend's train was stuck") as after a determiner.
func possessive(text string, t fold.Token) bool {
	w := text[t.Start:t.End]
	for _, end := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// dropThingStuck drops an English "stuck", "trapped" or "jammed" said of a
// thing: a determiner or a possessive, one to three nouns that name no
// person, perhaps a verb of being, then the word ("my zipper is stuck", "the
// ring got stuck", "my telegram is stuck on connecting", "my friend's train
// was stuck", "her handbag strap got stuck", "my kerosene stove wick
// stuck"). A person keeps it: an anchor's word ("my son is stuck"), a
// pronoun, or a word for people ("the workers are trapped", personNouns),
// also with its 's ("one of your family's stuck there"). The word is looked
// for again after it ("my phone is stuck and I am stuck here too").
func dropThingStuck(ms []match, text string, toks []fold.Token) []match {
	person := personTokens(ms, len(toks))
	thing := func(m match) bool {
		if m.p.kind != kindConcept || m.p.lang != "en" || m.end-m.start != 1 || !bareStuck[toks[m.start].Text] {
			return false
		}
		j := m.start - 1
		for k := 0; k < 2 && j >= 0 && linkWords[toks[j].Text]; k++ {
			j--
		}
		// A count owns a thing too ("one yak calf stuck in deep snow").
		owner := func(i int) bool {
			return i >= 0 && (determiners[toks[i].Text] || counts[toks[i].Text] || isNumber(toks[i].Text) || possessive(text, toks[i]))
		}
		// "your family's stuck" is "is": a word for people with its
		// 's is no owner of a thing.
		noun := func(i int) bool {
			return !person[i] && !personNouns[toks[i].Text] &&
				!(possessive(text, toks[i]) && personNouns[strings.TrimSuffix(toks[i].Text, "s")])
		}
		// One noun, two ("the handbag strap got stuck") or three ("my
		// kerosene stove wick stuck inside"), then their owner.
		for k := j; k >= 1 && j-k < 3 && noun(k); k-- {
			if owner(k - 1) {
				return true
			}
		}
		return false
	}
	return dropThings(ms, toks, thing)
}

// dropThingSold drops an English "sold" whose object is a thing: a
// determiner or a possessive, then a word that names no person ("my
// mother sold her old car", "he sold the house"), or an idiom ("sold on
// the idea", "sold out"). A person keeps it: "they sold her to another
// company", "sold my brother", "sold them", "was sold" with nothing after.
// The word is looked for again after it ("she sold her car, and then they
// sold him to another boss").
func dropThingSold(ms []match, text string, toks []fold.Token) []match {
	person := personTokens(ms, len(toks))
	thing := func(m match) bool {
		if m.p.kind != kindConcept || m.p.concept != "sold" || m.p.lang != "en" {
			return false
		}
		s := -1
		for i := m.start; i < m.end; i++ {
			if toks[i].Text == "sold" {
				s = i
			}
		}
		if s < 0 {
			return false
		}
		if soldThingSubject(text, toks, s, person) {
			return true
		}
		if s+1 >= len(toks) {
			return false
		}
		next := toks[s+1].Text
		if next == "on" || next == "out" {
			return true
		}
		// Sold someone something ("the wholesaler sold us 2 cartons", "sold
		// me a fake watch"): a thing sold to the person (the 57th set).
		if objects[next] && s+2 < len(toks) {
			after := toks[s+2].Text
			if determiners[after] || isNumber(after) {
				return true
			}
		}
		if !determiners[next] && !possessive(text, toks[s+1]) || s+2 >= len(toks) {
			return false
		}
		after := toks[s+2].Text
		return !(person[s+2] && !determiners[after]) && !personNouns[after] && !soldAfterPerson[after]
	}
	return dropThings(ms, toks, thing)
}

// soldThingSubject reports whether the "sold" at toks[s] is said in the
// passive of a thing named before it: "our shop got sold to a big chain",
// "the farm we rent was sold last month", "the restaurant I work at got
// sold". Looking back past the verb of being, the word before it must
// name no person ("he was sold", "my sister was sold", "we were sold" keep
// it), and within maxGapWords words before that a determiner or a
// possessive must own a word that names no person, with no word for
// people between ("the girl in the photo was sold" keeps it). The writer
// may stand between, as the subject of a clause that names the thing
// ("the farm we rent").
func soldThingSubject(text string, toks []fold.Token, s int, person []bool) bool {
	j := s - 1
	for j >= 0 && passiveAux[toks[j].Text] {
		j--
	}
	if j == s-1 || j < 1 || person[j] {
		return false
	}
	from := max(0, j-maxGapWords-1)
	for k := from; k <= j; k++ {
		if personNouns[toks[k].Text] || objects[toks[k].Text] || pronounsThird[toks[k].Text] {
			return false
		}
	}
	for k := j; k >= 1 && k > from; k-- {
		if !person[k] && (determiners[toks[k-1].Text] || possessive(text, toks[k-1])) {
			return true
		}
	}
	return false
}

// counts own a thing stuck as a determiner does ("one yak calf stuck"); a
// person stays a person ("one of my friends is stuck", "two workers").
var counts = map[string]bool{"one": true, "two": true, "three": true, "some": true}

// pronounsThird name someone else as a subject: "the company he was sold
// to" keeps it.
var pronounsThird = map[string]bool{"he": true, "she": true, "they": true, "hes": true, "shes": true, "theyre": true}

// passiveAux are the words between a thing and its "sold" in the passive.
var passiveAux = map[string]bool{"got": true, "get": true, "gets": true, "was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true, "has": true, "have": true, "had": true, "just": true, "recently": true, "finally": true}

// personTokens marks the tokens that a person anchor's cue holds ("my
// son", "he", "we").
func personTokens(ms []match, n int) []bool {
	person := make([]bool, n)
	for _, m := range ms {
		switch m.p.kind {
		case kindSelf, kindOther, kindPronoun:
			for i := m.start; i < m.end; i++ {
				person[i] = true
			}
		}
	}
	return person
}

// dropThings drops the cues that thing says are of a thing, looking for
// each again after it.
func dropThings(ms []match, toks []fold.Token, thing func(match) bool) []match {
	out := ms[:0:0]
	for _, m := range ms {
		for m.start >= 0 && thing(m) {
			m = m.p.findFrom(toks, m.end)
		}
		if m.start >= 0 {
			out = append(out, m)
		}
	}
	return out
}

// objects are the English object pronouns a thing may be sold to.
var objects = map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true, "you": true}

// isNumber reports whether a folded token is written in digits ("2").
func isNumber(t string) bool {
	return t != "" && strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// soldAfterPerson are the words after "sold her" or "sold him" that make
// the pronoun the one sold ("sold her to a gang", "sold him for $5,000").
var soldAfterPerson = map[string]bool{"to": true, "off": true, "for": true, "again": true, "into": true, "as": true, "twice": true, "back": true, "across": true, "like": true, "on": true, "over": true}

// bareStuck, linkWords, determiners and personNouns are the words
// dropThingStuck reads (folded English); linkWords may stand between the
// noun and the word: verbs of being ("is", "got") and "always", "still".
var (
	bareStuck   = map[string]bool{"stuck": true, "trapped": true, "jammed": true}
	linkWords   = map[string]bool{"is": true, "was": true, "are": true, "were": true, "got": true, "gets": true, "s": true, "been": true, "be": true, "keeps": true, "getting": true, "always": true, "still": true}
	determiners = map[string]bool{"my": true, "the": true, "our": true, "his": true, "her": true, "their": true, "a": true, "an": true, "this": true, "that": true, "your": true, "its": true}
	personNouns = map[string]bool{"people": true, "person": true, "workers": true, "worker": true, "girls": true, "girl": true, "boys": true, "boy": true, "guys": true, "guy": true, "group": true, "everyone": true, "everybody": true, "kids": true, "kid": true, "children": true, "child": true, "friends": true, "friend": true, "staff": true, "men": true, "man": true, "women": true, "woman": true, "family": true, "team": true, "colleagues": true, "others": true, "passengers": true, "students": true, "student": true, "employees": true, "labourers": true, "laborers": true, "victims": true, "victim": true, "recruits": true, "lady": true, "ladies": true, "baby": true, "cousin": true, "relative": true, "relatives": true, "nephew": true, "niece": true, "son": true, "daughter": true, "brother": true, "sister": true, "husband": true, "wife": true, "bf": true, "gf": true, "boyfriend": true, "girlfriend": true, "partner": true, "mum": true, "mom": true, "dad": true, "mother": true, "father": true, "crew": true, "mate": true, "mates": true, "lads": true, "coworker": true, "coworkers": true, "colleague": true, "roommate": true, "roommates": true, "buddy": true, "housemate": true, "flatmate": true}
)

// dropReturnedInHeld moves a [returned] cue out of the words of a strong
// confinement or passport cue ([recaptured] among them) or a [notback]
// cue: someone caught while escaping and dragged or brought back to the
// compound is held again, not back home, someone who "never came back" is
// not back, neither is someone they "are not letting come back", and a
// company "not giving back his passport" (the 57th set) gives no one back.
// Their words often hold a word of coming back ("โดนลากกลับมาแล้ว" holds
// กลับมาแล้ว, "被抓回来了" holds 回来了, "he was caught and brought back"
// reads as "was .. back"), and an escape told before them may read as one
// too ("berhasil kabur tapi ketangkep lagi"): a returned cue that overlaps
// them does not count, and is looked for again after them ("they caught him
// and brought him back; last month he came home" is back).
func dropReturnedInHeld(ms []match, toks []fold.Token) []match {
	var caught []match
	for _, m := range ms {
		if m.p.kind == kindConcept && (m.p.concept == "confinement" || m.p.concept == "passport") && m.p.weight >= maxWeight {
			caught = append(caught, m)
		}
	}
	if len(caught) == 0 {
		return ms
	}
	return refind(ms, toks, kindReturned, func(start, end int) bool {
		for _, n := range caught {
			if start < n.end && n.start < end {
				return true
			}
		}
		return false
	})
}

// stayUnits are the words that tell a stay by its length in a [returned]
// cue ("spent 3 months in"); nowWords say that what follows goes on now.
var (
	stayUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true}
	nowWords  = map[string]bool{"now": true, "still": true, "currently": true}
)

// dropStayGoingOn drops a [returned] cue that tells a stay by its length
// when a word of now follows it and a strong danger of someone held
// follows that: "my brother spent 3 months in a compound in Myawaddy and
// now they sold him to another company" is held still, while "spent three
// months in one of those buildings, beatings every day. how do they keep
// so many people like that?" tells of a stay that is over. Before, the
// first read as someone back, and the bot said it had no answer.
func dropStayGoingOn(ms []match, toks []fold.Token) []match {
	var out []match
	for _, m := range ms {
		if m.p.kind == kindReturned && slices.ContainsFunc(toks[m.start:m.end], func(t fold.Token) bool { return stayUnits[t.Text] }) && goesOn(ms, toks, m.end) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// goesOn reports whether, from token from on, a word of now is followed
// by (or lies in) a strong danger concept of someone held.
func goesOn(ms []match, toks []fold.Token, from int) bool {
	for i := from; i < len(toks); i++ {
		if !nowWords[toks[i].Text] {
			continue
		}
		return slices.ContainsFunc(ms, func(n match) bool {
			return n.p.kind == kindConcept && n.p.weight >= maxWeight && n.end > i && slices.Contains(heldConcepts, n.p.concept)
		})
	}
	return false
}

// weighNotBack keeps the [notback] cues, once they have voided the
// [returned] cues in their words (dropReturnedInHeld), only where the
// compounds are. Someone who went there and has not come back ("three
// young men from here did not come back from Cambodia", "đi Campuchia đến
// giờ không thấy về") is what a family writes when a job abroad went
// silent: a strong confinement concept. Anywhere else it is no danger ("my
// son hasn't come home from school yet", "chồng đi nhậu không thấy về"),
// and neither is a country people travel to and from for everyday reasons
// too (Thailand, the Philippines, home countries): the cue is dropped,
// unless the message says the person went for a job, an interview or
// through an agency (a [job] cue): "3 linggo na walang paramdam si ate
// simula nung lumipad papuntang Bangkok for a customer service job" is
// how a family writes when the job was the lure, wherever the plane
// landed (the 61st set's kind). Laos is a [place] in every language.
func weighNotBack(ms []match) []match {
	job := slices.ContainsFunc(ms, func(m match) bool { return m.p.kind == kindJob })
	far := slices.ContainsFunc(ms, func(m match) bool {
		return m.p.kind == kindPlace || m.p.kind == kindCountry &&
			(job || m.p.concept == "Cambodia" || m.p.concept == "Myanmar")
	})
	if far {
		return ms
	}
	return slices.DeleteFunc(ms, func(m match) bool { return m.p.notBack })
}

// allowed returns which cue files apply for langs.
func allowed(langs []string) func(string) bool {
	if len(langs) == 0 {
		return func(string) bool { return true }
	}
	ok := map[string]bool{"": true, "en": true}
	for _, l := range langs {
		ok[l] = true
		if l == "id" || l == "ms" {
			ok["id"], ok["ms"] = true, true
		}
	}
	return func(l string) bool { return ok[l] }
}

// matchAt reports where pattern pt ends when it starts at toks[i], or -1.
// Alternatives of a position may be phrases of different lengths: each is
// tried in turn with the rest of the pattern after it.
func matchAt(pt []patTok, toks []fold.Token, i int) int {
	if len(pt) == 0 {
		return i
	}
	if i >= len(toks) {
		return -1
	}
	p := pt[0]
	if p.gap {
		limit := maxGapWords
		if len(pt) > 1 && pt[1].dense() {
			limit = maxGapDense
		}
		for skip := 0; skip <= limit && i+skip < len(toks); skip++ {
			if end := matchAt(pt[1:], toks, i+skip); end >= 0 {
				return end
			}
		}
		return -1
	}
	for _, a := range p.alts {
		if next := a.matchAt(toks, i); next >= 0 {
			// The characters of one dense phrase never straddle
			// punctuation ("三十万，一直" is no "万一").
			if len(pt) > 1 && !pt[1].gap && next < len(toks) && toks[next].Dense && toks[next].Break {
				continue
			}
			if end := matchAt(pt[1:], toks, next); end >= 0 {
				return end
			}
		}
	}
	return -1
}

// matchAt reports where the alternative's words end when they start at
// toks[i], or -1.
func (a alt) matchAt(toks []fold.Token, i int) int {
	if i+len(a) > len(toks) {
		return -1
	}
	for j, w := range a {
		if !wordMatch(w, toks[i+j]) {
			return -1
		}
		// The characters of one dense phrase never straddle punctuation.
		if j > 0 && toks[i+j].Dense && toks[i+j].Break {
			return -1
		}
	}
	return i + len(a)
}

func wordMatch(p word, t fold.Token) bool {
	switch {
	case p.dense != t.Dense, !marksAgree(p, t):
		return false
	case p.prefix:
		return strings.HasPrefix(t.Text, p.text)
	case p.text == t.Text:
		return true
	case p.fuzzy:
		return utf8.RuneCountInString(t.Text) >= minFuzzy-1 && p.text[0] == t.Text[0] && oneTypo(p.text, t.Text)
	}
	return false
}

// marksAgree reports whether the diacritics typed allow the word: any
// when none were typed (many type Vietnamese without them), none for a
// plain word, and for a short word written with marks the same marks
// ("nợ", debt, is not "nó", he). A long word or a stem tolerates a wrong
// mark as it tolerates a typo.
func marksAgree(p word, t fold.Token) bool {
	switch {
	case t.Marks == "":
		return true
	case p.plain:
		return false
	case p.marks == "" || p.prefix || p.fuzzy:
		return true
	}
	return p.marks == t.Marks
}

// thingConcepts are the concepts a thing held also has words for: held,
// stuck, a fee to release it, someone who offers to get it out.
var thingConcepts = []string{"confinement", "debt", "ransom", "middleman"}

// maxCryWords is the longest message read as a cry for help even
// without a person named.
const maxCryWords = 5

// decide turns the cues found into a finding.
//
// The rule, in one place:
//   - Concepts add their weight once each (strong 2, weak 1): "they took
//     my passport" is strong, "threatened" or "rescue" weak.
//   - A message is urgent when it has strength 2 or more and a person
//     anchor ("I", "my brother"); or 3 or more, a place (a compound, a
//     country) and no doubt (news: "1,000 detained in Cambodia" has a
//     place and a concept, but no person); or 4 or more (two strong
//     concepts) with an anchor or no doubt.
//   - Doubt is a general question ("do they take passports?", "are
//     people beaten there? I read...") or an everyday use of a danger
//     word ("my parcel is held", "my brother came back from..."): then
//     it takes two strong concepts and a person.
//     An everyday word beside a strong danger told of the writer or a
//     relative in a named town or country is no doubt (heldThere).
//   - It is about someone else when a relative or friend is named
//     ("my brother", "kapatid ko"), or "he"/"she" with no "I"; else
//     about the writer. When it asks for a number to call, the answer is
//     the hotlines.
func decide(text string, toks []fold.Token, ms []match) Finding {
	var f Finding
	concepts := map[string]int{}
	var self, pronoun, place, general, generic, benign, returned, hotline, underway, presenter bool
	countries := map[string]bool{}
	dup := map[Cue]bool{}
	lastEnd := -1
	for _, m := range ms {
		p := m.p
		if p.kind == kindConcept {
			// ms is in text order: a concept cue that starts after the
			// last one ended is a separate place of danger.
			if m.start >= lastEnd {
				f.conceptSpans++
			}
			lastEnd = max(lastEnd, m.end)
		}
		if p.kind == kindBot {
			// A request to the bot itself: no evidence of danger; the
			// bot answers what it can and cannot do.
			f.AsksBot = true
			continue
		}
		if p.kind == kindOpener || p.kind == kindJob {
			// Only where a question without its mark opens
			// (openQuestion), or where someone went silent
			// (weighNotBack); no evidence of anything.
			continue
		}
		words := ""
		if m.end > m.start {
			words = strings.TrimSpace(text[toks[m.start].Start:toks[m.end-1].End])
		}
		c := Cue{Kind: p.kind.String(), Concept: p.concept, Weight: p.weight, Words: words, Lang: p.lang}
		if !dup[c] {
			dup[c] = true
			f.Cues = append(f.Cues, c)
		}
		if leg := (Cue{Kind: kindLastLeg, Words: words, Lang: p.lang}); p.lastLeg && !dup[leg] {
			dup[leg] = true
			f.Cues = append(f.Cues, leg)
		}
		if rc := (Cue{Kind: kindRecaptured, Words: words, Lang: p.lang}); p.recaptured && !dup[rc] {
			dup[rc] = true
			f.Cues = append(f.Cues, rc)
		}
		if pr := (Cue{Kind: kindPresenter, Words: words, Lang: p.lang}); p.presenter && !dup[pr] {
			dup[pr] = true
			f.Cues = append(f.Cues, pr)
		}
		if rd := (Cue{Kind: kindReader, Words: words, Lang: p.lang}); p.reader && !dup[rd] {
			dup[rd] = true
			f.Cues = append(f.Cues, rd)
		}
		if rl := (Cue{Kind: kindReleased, Words: words, Lang: p.lang}); p.released && !dup[rl] {
			dup[rl] = true
			f.Cues = append(f.Cues, rl)
		}
		switch p.kind {
		case kindConcept:
			if p.weight > concepts[p.concept] {
				concepts[p.concept] = p.weight
			}
		case kindSelf:
			self = true
		case kindPronoun:
			pronoun = true
		case kindPlace:
			place = true
		case kindGeneral:
			general = true
			presenter = presenter || p.presenter
		case kindGeneric:
			generic = true
		case kindBenign:
			benign = true
		case kindThing:
			benign = true
		case kindHotline:
			hotline = true
		case kindUnderway:
			underway = true
		case kindCountry:
			place = true
			if !countries[p.concept] {
				countries[p.concept] = true
				f.Countries = append(f.Countries, p.concept)
			}
		}
	}
	// Someone else is named unless only as the writer's company ("me and
	// my friend"): see named.
	_, other, _ := f.named()
	// Someone out of the compound but hiding abroad is not back (see
	// Finding.Back).
	if f.Back() {
		benign, returned = true, true
	}
	// A thing held ("my parcel is held at customs, pay $2 to release it")
	// is not a person held: with no relative, no "he" or "she" and no
	// compound named, the words of holding and paying are the thing's, and
	// only other harm (a passport taken, a beating) counts. The cues still
	// show which words fired (see Finding.Thing).
	if f.Thing() {
		for _, c := range thingConcepts {
			delete(concepts, c)
		}
	}
	// Someone out of the compound but hiding where the compounds are ("ran
	// away 3 days ago, now hiding in Poipet, no passport") needs the way
	// out as much as someone held: the hiding weighs as a strong danger.
	// Before, with no danger word in it, such a message went to the
	// classifier, which read it as out of scope (0.93). It takes a place
	// or a country named and more than one word of hiding or flight, so
	// that "how do I hide my face in photos in Bangkok" is no such message.
	if place && f.hidingFlight() {
		concepts["hiding"] = max(concepts["hiding"], maxWeight)
	}
	for _, w := range concepts {
		f.Strength += w
	}
	// Someone preparing a talk, a lesson or a handout for others ("I'm
	// giving a talk to our fellowship: what is life like for the people
	// held there?") is the speaker: the writer named anywhere in the
	// message ("I", "our", "my class") is no one in danger, and the cues
	// show no self anchor. Not when the danger concepts weigh 3 or more: a
	// student lured abroad tells of the thesis being written then ("aku
	// lagi nyusun skripsi waktu ditawari kerja di kamboja, sekarang
	// dikurung dan paspor ditahan"), and the writer stays named. A relative
	// named is never the speaker ("I was preparing a talk when my brother
	// called from Myawaddy").
	if presenter && f.Strength < 3 && self {
		self = false
		f.Cues = slices.DeleteFunc(f.Cues, func(c Cue) bool { return c.Kind == kindSelf.String() })
	}
	// A "he", "she" or "they" said after people in general, with no one
	// else named, is those people: Thai เขา is any of them ("คนที่ถูกหลอก
	// ไปอยู่ในนั้น เขาเป็นอยู่จะใด โดนตีก่": the people tricked into going
	// there, how do they live, are they beaten?). It names no one in
	// danger, as the presenter's "I" does not.
	if generic && pronoun && !self && !other {
		pronoun = false
		f.Cues = slices.DeleteFunc(f.Cues, func(c Cue) bool { return c.Kind == kindPronoun.String() })
	}
	// A general question or an everyday use of a danger word needs more:
	// a relative named, or two strong concepts.
	// A relative or friend named lifts the doubt of a general question:
	// "my son is trapped, why do they do this?" is about him.
	// Everyday trouble ("my car broke down, I'm stuck on the highway")
	// doubts like a general question; a relative, a compound, a town or a
	// country named lifts it ("stuck on the highway to Mae Sot"), and so
	// does a danger word the trouble does not explain ("my phone froze,
	// they took my passport"): see Finding.Everyday.
	// The last leg of the lure, told from the airport ("I'm at the
	// airport, they will drive us across the border to the office", "my
	// sister just landed, the pick-up driver says they go to Mae Sot
	// first"), is not a lost suitcase: a benign word does not doubt a
	// strong transit concept said of the writer, a relative or a "he" or
	// "she". A general question or someone back now still doubts it:
	// "my friend's pick-up at the airport, is that how people get tricked
	// into those compounds?" and "he was driven across, he is back now"
	// ask how it works.
	// Told from the road with the subject dropped ("dah kat klia, ejen
	// suruh cakap kat imigresen nak bercuti"), the last leg is the
	// writer's own: someone on the way names themself by being there.
	// Diverted on arrival ("just landed at the airport, the driver skips
	// the city and won't say where we're going") is the last leg too: the
	// airport is where it begins, not a lost suitcase. Only on arrival (an
	// [underway] cue): a boat tour that turns another way in a storm is a
	// tour.
	leg := concepts["transit"] >= 2 || concepts["diverted"] >= 2 && underway
	// So is any danger told from the road with no one named ("in the van
	// now, everyone's phone collected, doesn't feel like a real job";
	// "in the car to the border, I have a bad feeling about this").
	// Only with the writer being moved (a transit concept): "you owe them
	// as soon as you arrive" and "sign the contract once you are there"
	// are an offer's terms.
	if (leg || f.Strength >= 2 && concepts["transit"] >= 1) && underway && !(self || other || pronoun) && !general && !returned {
		self = true
		f.Cues = append(f.Cues, Cue{Kind: kindSelf.String(), Words: underwayWords(f.Cues)})
	}
	// unnamedStrong reports whether the message names no one, asks
	// nothing in general and tells a strong danger whose words are apart
	// from apart ("" for any).
	unnamedStrong := func(apart string) bool {
		if self || other || pronoun || general || returned || generic {
			return false
		}
		return slices.ContainsFunc(f.Cues, func(c Cue) bool {
			return c.Kind == kindConcept.String() && c.Weight >= 2 &&
				(apart == "" || !strings.Contains(apart, c.Words) && !strings.Contains(c.Words, apart))
		})
	}
	// Someone hiding with a strong danger told apart from the hiding and
	// no one named is the writer: hiding names them ("ngumpet di toilet,
	// penjaga di luar"; "hiding in toilet. guards outside"). Not a danger
	// the hiding cue itself says: "numbers for people stuck in Cambodia"
	// asks for others.
	if hiding := cueWords(f.Cues, kindHiding); hiding != "" && unnamedStrong(hiding) {
		self = true
		f.Cues = append(f.Cues, Cue{Kind: kindSelf.String(), Words: hiding})
	}
	// So does asking for a number to call beside a strong danger, with no
	// one named and no general question: Vietnamese and Thai drop the "I"
	// ("ko dat chi tieu la bi danh ... co so nao goi duoc ko"). The
	// answer is the hotlines.
	if hotline && unnamedStrong("") {
		self = true
	}
	lastLeg := leg && (self || other || pronoun) && !general && !returned
	// A danger word said of people in general ("this is how people get
	// trapped", "the news about people sold to Myanmar") doubts even with a
	// relative named: the relative is the one who worries or warns.
	// A strong danger told of the writer or a relative in a named place
	// ("my sister must pay a 'fine' before the company in Poipet lets her
	// leave") is not doubted by an everyday word said beside it ("send it
	// to the agent's personal bank account"): the word explains none of
	// the danger's words, and nothing says the person is back, a thing is
	// held, the trouble is everyday or no one has gone yet (see heldThere).
	doubt := general && !other || generic || benign && !lastLeg && !f.heldThere(ms, self || other) || f.Everyday()
	// Chat drops the subject of a danger told from inside: a message that
	// opens with a strong danger concept and names no one ("locked in the
	// room 2 days, no food", "被锁在房间里两天没吃饭了", "โดนขังในห้องมา 2
	// วัน", "dikurung dalam bilik gelap") is the writer's own.
	// It counts as the writer named only when nothing doubts it. One
	// danger told twice does with a place named ("terkurung kat kompaun,
	// tak boleh keluar", the 97th set); told once, it is as often a
	// search ("electric shock quota scam centre").
	opens := !(other || self || pronoun) && !doubt && (f.Strength >= 3 || f.Strength >= 2 && place && f.conceptSpans > 1) && len(ms) > 0 && ms[0].start == 0 && ms[0].p.kind == kindConcept && ms[0].p.weight >= 2
	if opens {
		f.Cues = append(f.Cues, Cue{Kind: kindSelf.String(), Words: f.Cues[0].Words, Lang: ms[0].p.lang})
	}
	anchored := other || self || pronoun
	// A cry of a few words ("kejebak, tolong", "trapped pls help") names
	// no one: its writer is the one in danger.
	cry := len(toks) <= maxCryWords
	f.Urgent = f.Strength >= 2 && (anchored || cry || opens) && !doubt ||
		f.Strength >= 3 && place && !doubt ||
		f.Strength >= 4 && (anchored || !doubt)
	// Someone back now with a general question ("my cousin is back home,
	// how does the scheme work from start to end?") asks about what
	// happened: neither a relative named nor strong concepts make it
	// urgent (see Finding.Back). Someone not gone yet asks what to check
	// (see Finding.Planning).
	if returned && general || f.Planning() {
		f.Urgent = false
	}
	// A number asked for people held, in general ("is 1300 really the
	// number that helps people tricked there who cannot get out?"): the
	// hotlines answer it, whoever it is for. It takes people in general or
	// a place named beside the danger (a monkey trap and "what number?"
	// is no such question), and not everyday trouble, a thing, someone
	// back or someone not gone yet.
	if !f.Urgent && hotline && (generic || place) && !benign && !returned && !f.Everyday() && !f.Planning() &&
		slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindConcept.String() && c.Weight >= 2 }) {
		f.Urgent = true
		f.Article = ArticleHotlines
		return f
	}
	if f.Urgent {
		f.Who, f.Article = PersonSelf, ArticleSelf
		if other || (pronoun && !self) || self && pronoun && f.dangerToPronounOnly() {
			f.Who, f.Article = PersonOther, ArticleOther
		}
		if hotline {
			f.Article = ArticleHotlines
		}
	}
	return f
}

// heldThere reports whether the message tells a strong danger of a
// person named (the writer or a relative or friend: named) in a town or a
// country it names (countries.txt; not a [place] word alone: "the lift in
// my building"), in words that no everyday cue of the message explains: a [benign] cue then does not doubt it. An Indonesian
// sister told to pay a "denda" to be let out of the office in a border
// town, the money to go to the agent's "rekening pribadi", is held; a bank
// account frozen and a fee "before they release it", a parcel held at
// customs (any [thing] cue), an account "held" or "locked" ([benign] words
// that hold the danger's) and money lost with no one held (no strong
// concept of holding or harm) are not. Someone back now, everyday
// trouble, a thing held or someone not gone yet (Finding.NotHeld) keep
// the doubt, and so does a general question ("they kept his passport at
// the airport pick-up, is this how they usually get people?" asks how it
// works: the classifier's article answers it).
func (f Finding) heldThere(ms []match, named bool) bool {
	if !named || len(f.Countries) == 0 || f.has(kindThing, kindGeneral) || f.NotHeld() {
		return false
	}
	explains := func(m match) bool {
		for _, n := range ms {
			switch n.p.kind {
			case kindBenign, kindEveryday, kindReturned:
				if m.start < n.end && n.start < m.end {
					return true
				}
			}
		}
		return false
	}
	for _, m := range ms {
		if m.p.kind == kindConcept && m.p.weight >= maxWeight && !m.p.notBack && slices.Contains(heldConcepts, m.p.concept) && !explains(m) {
			return true
		}
	}
	return false
}

// heldConcepts are the concepts that tell of a person held or harmed where
// they are (heldThere). A middleman's, a rescue's or the journey's words
// do not: "the agent vanished, can we get it back?" asks for money lost to
// an agent, and its "get .. back" is the money's.
var heldConcepts = []string{"confinement", "passport", "violence", "starvation", "sold", "debt", "ransom", "threat"}

// underwayWords returns the words of the first underway cue: the words
// that show the writer on the way.
func underwayWords(cs []Cue) string { return cueWords(cs, kindUnderway) }

// cueWords returns the words of the first cue of kind k, or "".
func cueWords(cs []Cue, k kind) string {
	for _, c := range cs {
		if c.Kind == k.String() {
			return c.Words
		}
	}
	return ""
}

// Net is the help path's safety net, applied when ordinary retrieval would
// abstain: a message that has not met the urgent rule still gets the help
// path, rather than "I don't know", when it names any danger concept with
// a person ("my brother" .. "beaten"), or when the classifier's combined
// probability of the two help articles is larger than that of any other
// article or than the chance that the message is out of scope, and the
// message is grounded (Finding.Grounded) or that probability is at least
// strongNetMass. probs maps article ids, and the out-of-scope class, to
// the classifier's probabilities (nil when there is no classifier). An
// abstention here can leave someone held without an answer, while a false alarm
// costs a reader one article about getting out: hence the low bar. An
// everyday use of a danger word ("my parcel is held at customs") is not
// rescued by the cues alone.
func Net(f Finding, probs map[string]float64) Finding {
	if f.Urgent {
		return f
	}
	self, other, pronoun := f.named()
	var concept, general, benign bool
	for _, c := range f.Cues {
		switch c.Kind {
		case kindGeneral.String(), kindGeneric.String():
			// A danger said of people in general ("คนที่ถูกหลอกไป
			// ... โดนตีไหม") asks as a general question does.
			general = true
		case kindConcept.String():
			concept = true
		case kindBenign.String(), kindThing.String():
			benign = true
		}
	}
	benign = benign || f.Back()
	if f.NotHeld() || f.dismissed {
		return f
	}
	pSelf, pOther := probs[ArticleSelf], probs[ArticleOther]
	// rival is the likeliest other article or out of scope; rivalBeyond
	// the likeliest beyond the hotlines article too.
	mass, rival, rivalBeyond := pSelf+pOther, 0.0, 0.0
	for id, p := range probs {
		if id == ArticleSelf || id == ArticleOther {
			continue
		}
		rival = max(rival, p)
		if id != ArticleHotlines {
			rivalBeyond = max(rivalBeyond, p)
		}
	}
	// Thai, Chinese, Malay and Hindi chat often names no one ("tak boleh
	// keluar, camne nak balik"): without a person, it takes a message
	// that is not a general question.
	// Without a person, the cues yield to a classifier sure of another
	// article: "which scams are trafficked workers forced to run?" names
	// a concept, no one, and is about the scams.
	byCues := concept && f.Strength >= 2 && (self || other || pronoun || !general && rival < maxNetRival) && !benign &&
		(probs == nil || !f.dismissible(probs[outOfScopeClass]))
	// A country or a town alone does not ground the classifier's lean
	// here: people ask about travelling there ("what vaccinations do I
	// need for Cambodia?"), and the lean is only that of a "what do I
	// need / what should I do" question.
	// Nor does a general question that names no one ("I read the driver
	// takes your passport at the airport, is that how it goes?"): its
	// lean is that of "what happens to people", and on the
	// cross-validated training lines (5 Dec 2026) the four such messages
	// the rule rescued were all general questions.
	nobody := !self && !other && !pronoun
	// An everyday sign whose own words hold the danger word ("a dwarf
	// shrimp stuck in the aquarium's filter") takes away the strong
	// lean's rescue too: the lean is that of a "how do I get it out"
	// question. A sign beside the danger ("at the airport, the agent says
	// we cross the river at Mae Sot") does not.
	// So does a sign with no danger word at all ("gum stuck in my
	// daughter's hair", "a snake got into our yard, who do we call?").
	// An everyday errand with no strong danger word ("a passport photo
	// with a white headscarf, scared it gets refused", "adding my
	// husband's name to my passport") explains it too, as a weak danger
	// word beside such a sign does not ground a message (Grounded).
	strong := slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindConcept.String() && c.Weight >= 2 && !f.explained(c) })
	explains := slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindConcept.String() && f.explained(c) }) ||
		benign && !concept || f.has(kindEveryday) && !strong
	// A grounded message whose lean is split between the help articles and
	// the hotlines ("twin bro .. nothing for 11 days, last pin near the
	// cambodia thai border. who do i even call": hotlines 0.47, help 0.43)
	// leans to the help path all the same: the hotlines are part of it.
	// Only with something of the help path's world: a relative and "who
	// do we call" alone are everyone's ("mum was taken to hospital, who
	// do I ring?").
	grounded := f.grounded(false)
	leans := mass > rival || grounded && f.ofItsWorld() && mass+probs[ArticleHotlines] > rivalBeyond
	byModel := mass >= minNetMass && leans && (grounded || mass >= strongNetMass && !explains) && !(general && nobody)
	if !byCues && !byModel {
		if f.asksBodyNumber(probs, benign) {
			f.Urgent, f.Net, f.Article, f.Who = true, true, ArticleHotlines, PersonSelf
		}
		return f
	}
	f.Urgent, f.Net = true, true
	switch {
	case other || (pronoun && !self):
		f.Who, f.Article = PersonOther, ArticleOther
	case self:
		f.Who, f.Article = PersonSelf, ArticleSelf
	case pOther > pSelf:
		f.Who, f.Article = PersonOther, ArticleOther
	default:
		f.Who, f.Article = PersonSelf, ArticleSelf
	}
	return f
}

// asksBodyNumber reports whether the message asks for the number of a body
// that helps people out ("minta nomor KBRI phnom penh, urgent", "embassy
// hotline in Bangkok??") and the classifier leans to the hotlines article
// more than to any other article or to the message being out of scope,
// with at least minNetMass: such a message names no danger, so neither
// rule above answers it, and the hotlines article is what it asks for.
// Everyday trouble, a thing held, someone back or not gone yet, and a
// message the classifier dismissed are left alone.
func (f Finding) asksBodyNumber(probs map[string]float64, benign bool) bool {
	if benign || f.dismissed || f.NotHeld() {
		return false
	}
	if !f.has(kindHotline) || !f.has(kindAuthority) {
		return false
	}
	p := probs[ArticleHotlines]
	if p < minNetMass {
		return false
	}
	for id, q := range probs {
		if id != ArticleHotlines && q >= p {
			return false
		}
	}
	return true
}

// Grounded reports whether the message itself names something of the
// help path's world: a danger concept, a relative or friend, a place or
// country, a hotline, or a body that helps people out (an embassy, a
// foreign ministry, an NGO). The help articles' lower classifier threshold
// needs it (bot.Ask): on messages that name none of these ("my cat
// stopped eating, what should I do", a recipe) the classifier leans to
// the help articles only because they are the "what should I do"
// articles. The safety net's classifier rule needs it below
// strongNetMass, without places and countries (see Net).
//
// With an everyday sign (a [benign], [everyday] or [thing] cue, or
// someone back now) only a hotline, a helping body or a strong danger word
// outside the sign's own words grounds it: a danger word in the sign is in
// its everyday use, a place is a tourist's, and a relative is the one with
// the everyday trouble ("Mum's operation has been held up for months", "my
// son's online 'friend' asked him to receive money and pass it on"), while
// "flight tomorrow, the recruiter holds my passport" (the airport is
// benign) names a harm. On the cross-validated training lines (5 Dec 2026,
// 1,502 help lines) the two rules took the help path from 6 of 297 other
// lines and gave it to 1 more help line.
func (f Finding) Grounded() bool { return f.grounded(true) }

// grounded is Grounded, with or without places and countries counting.
func (f Finding) grounded(places bool) bool {
	// A danger word in an everyday use (a phone "stuck" on its logo, a
	// parcel "held") grounds nothing.
	benign := f.Back()
	for _, c := range f.Cues {
		if c.Kind == kindBenign.String() || c.Kind == kindEveryday.String() || c.Kind == kindThing.String() {
			benign = true
		}
	}
	for _, c := range f.Cues {
		switch c.Kind {
		case kindConcept.String():
			// A danger word the classifier dismissed (Dismissed: "dont
			// wanna get stuck at the checkpoint", of snow chains) was
			// read as an everyday use: it grounds nothing, so the help
			// articles' lower bar does not answer with what the
			// dismissal took away. A relative or a place still may.
			if f.dismissed {
				continue
			}
			// A strong danger word the everyday sign does not
			// explain ("the flight is tomorrow, the recruiter holds
			// my passport": the airport is benign) still grounds
			// it; a weak one ("claim compensation" for a flight
			// held up) does not, nor being stuck or unable to get
			// out beside the sign ("an aunt at night in a hospital
			// car park, can't get out, the barrier is broken"):
			// those are the everyday senses the signs are for. On
			// the cross-validated lines (6 Dec 2026) 2-3 more other
			// lines per seed abstained, and no help line was lost.
			if !benign || c.Weight >= 2 && !f.Back() && !f.explained(c) && c.Concept != "confinement" {
				return true
			}
		case kindOther.String():
			// A relative with an everyday sign is the one with the
			// everyday trouble (see Grounded).
			if !benign {
				return true
			}
		case kindHotline.String(), kindAuthority.String():
			return true
		case kindPlace.String(), kindCountry.String():
			// A border or a country with an everyday sign (a day
			// trip, sightseeing) is a tourist's, as a danger word
			// in an everyday use is.
			if places && !benign {
				return true
			}
		}
	}
	return false
}

// minNetMass is the least combined probability of the two help articles
// with which the classifier alone turns an abstention into the help path:
// below it the classifier has no real opinion and any article could
// lead. On the cross-validated training lines, 0.3 rescued 3 more of the
// 480 help lines for 11 other lines given the help path; 0.1, 5 for 34.
const minNetMass = 0.3

// strongNetMass is the combined probability of the two help articles from
// which the classifier alone rescues a message that names nothing of the
// help path's world (not Grounded): below it, a "do you keep what I type?"
// or "should I give my passport to the agent?" leans to the help articles
// only because they are the articles for "what should I do" questions. On
// the cross-validated training lines, requiring grounding below 0.6 cost
// 4 of the 480 help lines (466 -> 462, the cues answer the rest) and took
// the help path from 29 of 64 other lines the net had rescued.
const strongNetMass = 0.6

// maxNetRival is the probability of another article (or of the question
// being out of scope) from which the cues alone, with no person named, no
// longer rescue a message. On the cross-validated training lines it took
// the help path from 6 of 42 other lines the net had rescued, and from
// none of the 704 help lines.
const maxNetRival = 0.5

// Everyday reports whether the message tells of everyday trouble with the
// writer's own things (locked out of one's own house, a car broken down on
// the highway, a phone stuck on its logo screen, an app that will not open)
// and names nothing of the help path's world that such trouble does not:
// no relative or friend, no compound, and no town or country but that of an
// embassy it names (an errand there: renewing a passport).
// Such a message asks "who do I call?" or "what do I do?" as people held in
// a compound do, so the classifier leans to the help articles; the
// everyday cues are the evidence that it is about something else, and its
// help articles alone (bot.Ask, and Net's classifier rule) then do not
// answer it. The cues themselves still decide: "locked out" does not lift
// "they beat me and took my passport" (two strong concepts).
func (f Finding) Everyday() bool {
	var everyday []string
	authority, country := false, false
	for _, c := range f.Cues {
		switch c.Kind {
		case kindEveryday.String():
			everyday = append(everyday, strings.ToLower(c.Words))
		case kindAuthority.String():
			authority = true
		case kindCountry.String():
			country = true
		case kindOther.String(), kindPlace.String():
			return false
		}
	}
	// An errand at an embassy (renewing a passport, an emergency travel
	// document after losing one on holiday) is everyday trouble, and the
	// embassy is in, or of, a country. A country named alone lifts it:
	// "my car broke down near Mae Sot". Someone held who names the embassy
	// names a harm too ("they took my passport, can the embassy help?"),
	// which no errand explains: with an embassy named, a strong danger
	// word lifts it ("the company keeps my passport, I want to renew it at
	// the embassy"), and only a weak one the errand's words explain ("bị
	// mất hộ chiếu", lost, is no threat) does not.
	if len(everyday) == 0 || country && !authority {
		return false
	}
	for _, c := range f.Cues {
		if authority && c.Kind == kindConcept.String() && c.Weight >= 2 {
			return false
		}
	}
	// A danger word outside the everyday trouble's own words ("my phone
	// is stuck on its logo and they took my passport") is not explained
	// by it. A person's word ("me", "my") in both explains nothing: "the
	// app logged me out" does not explain "they beat me".
	person := f.wordsOf(func(c Cue) bool { return c.Kind == kindSelf.String() || c.Kind == kindPronoun.String() })
	for _, c := range f.Cues {
		if c.Kind != kindConcept.String() {
			continue
		}
		explained := false
		for _, w := range everyday {
			for _, cw := range strings.Fields(strings.ToLower(c.Words)) {
				if person[cw] {
					continue
				}
				// "bị kẹt" is explained by "kẹt ở màn hình logo".
				if strings.Contains(w, cw) {
					explained = true
				}
			}
		}
		if !explained {
			return false
		}
	}
	return true
}

// Back reports whether the message says someone is back or out now
// ("came back", "sudah pulang", "nakauwi na"). Such a message asks about
// what happened (whether he is a criminal or a victim, how the scheme
// worked) more than for a way out: the classifier's help articles (bot.Ask)
// and the safety net do not answer it; the cues still do when it also
// says someone is held ("I got out but my sister is still locked in"),
// unless it asks a general question (decide).
//
// Someone who got out of a compound days ago and is still abroad, hiding,
// with no passport or money, afraid of arrest ([hiding]: "got out 3 days
// ago, hiding in Mae Sot, no passport") is not back: the way out is not
// over, and the help path answers as for someone held.
func (f Finding) Back() bool {
	returned := false
	for _, c := range f.Cues {
		switch c.Kind {
		case kindHiding.String():
			return false
		case kindReturned.String():
			returned = true
		}
	}
	return returned
}

// hidingFlight reports whether the message tells of someone hiding after
// a flight: a [hiding] cue and another word of hiding or of a danger told
// apart from it ("ran away 3 days ago, now hiding", "mới trốn ra, đang núp").
func (f Finding) hidingFlight() bool {
	var hiding []string
	for _, c := range f.Cues {
		if c.Kind == kindHiding.String() {
			hiding = append(hiding, c.Words)
		}
	}
	if len(hiding) == 0 {
		return false
	}
	return slices.ContainsFunc(f.Cues, func(c Cue) bool {
		if c.Kind != kindHiding.String() && c.Kind != kindConcept.String() {
			return false
		}
		return slices.ContainsFunc(hiding, func(h string) bool {
			return !strings.Contains(h, c.Words) && !strings.Contains(c.Words, h)
		})
	})
}

// Thing reports whether the message is about a thing held or to be
// released (a parcel at customs, a package and a fee "to release it") and
// names no relative or friend, no "he" or "she" and no compound or scam
// company; or names, with the verb, the thing a fee releases ("pay a
// processing fee to release it", "he needs money to release the gift he
// sent me": [thing released]) and no compound or scam company, whoever
// else it names: the "he" is then the scammer, and a relative the one who
// doubts him. Such a message is parcel phishing or a delivery question, not an
// emergency: the cues leave its words of holding and paying out (decide),
// and the classifier's help articles (bot.Ask) and the safety net do not
// answer it.
func (f Finding) Thing() bool {
	thing, person, released := false, false, false
	for _, c := range f.Cues {
		switch c.Kind {
		case kindThing.String():
			thing = true
		case kindReleased:
			released = true
		case kindOther.String(), kindPronoun.String():
			person = true
		case kindPlace.String():
			return false
		}
	}
	return thing && (released || !person)
}

// Planning reports whether the message is about someone who has not gone
// yet: who wants, plans or is thinking of going abroad or of taking a job,
// is invited to work somewhere, asks what to check before agreeing, or asks
// about a flight's check-in. Such a message asks to verify an offer (a
// lure's red flags, a pick-up at the border among them), not for a way out:
// the cues (decide), the classifier's help articles (bot.Ask) and the safety
// net do not answer it with the help path. It does not hold when the message
// also says harm is done (a strong concept other than being moved: held, a
// passport taken, beaten, sold, a debt, a ransom, a middleman, a rescue, the
// police on the bosses' side), names an embassy or an NGO, says someone has
// set out or arrived ("landed", "dah sampai": [underway]), tells the last
// leg of the lure told before leaving, for anyone ("the recruiter takes
// her around the checkpoint": [lastleg]), or tells the
// writer's own last leg ("they will drive us across the border"): someone
// already travelling or being moved keeps the help path.
func (f Finding) Planning() bool {
	var planning bool
	transit := 0
	// An embassy named inside the planning words is the one asked to
	// check a company ("call our embassy to ask about the company"), not
	// one asked for help.
	plans := f.wordsOf(func(c Cue) bool { return c.Kind == kindPlanning.String() })
	for _, c := range f.Cues {
		switch c.Kind {
		case kindPlanning.String():
			planning = true
		case kindAuthority.String(), kindUnderway.String():
			// Nor does an arrival the planning words hold ("don't tell
			// family until I arrive").
			if !slices.ContainsFunc(strings.Fields(strings.ToLower(c.Words)), func(w string) bool { return plans[w] }) {
				return false
			}
		case kindLastLeg:
			return false
		case kindConcept.String():
			if c.Concept == "transit" {
				transit = max(transit, c.Weight)
			} else if c.Weight >= 2 {
				return false
			}
		}
	}
	if self, other, pronoun := f.named(); transit >= 2 && self && !other && !pronoun {
		return false
	}
	return planning
}

// named reports who the cues name: the writer ("I", "saya"), a relative
// or friend, and "he" or "she".
func (f Finding) named() (self, other, pronoun bool) {
	for _, c := range f.Cues {
		switch c.Kind {
		case kindSelf.String():
			self = true
		case kindOther.String():
			// "me and my friend arrived in Myawaddy": the friend is the
			// writer's company, named inside a writer's anchor of
			// several words, and the writer is one of those there.
			other = other || !f.withWriter(c)
		case kindPronoun.String():
			pronoun = true
		}
	}
	return self, other, pronoun
}

// withWriter reports whether the other-person cue c lies inside an anchor
// of the writer of several words ("me and my friend", "my cousin and I").
func (f Finding) withWriter(c Cue) bool {
	return slices.ContainsFunc(f.Cues, func(s Cue) bool {
		return s.Kind == kindSelf.String() && strings.Contains(s.Words, " ") && strings.Contains(s.Words, c.Words)
	})
}

// ForWhom returns f with the help article chosen by the classifier when
// the message names no one: no "I", no relative or friend, no "he" or
// "she" (a cry of a few words and a message that opens with a danger
// already name the writer). The cues then cannot tell whether the writer
// is the one in danger ("is it wise to pay the ransom to get someone out
// of there?"), and decide's default is the writer; the classifier's more
// probable help article says who writes. probs maps article ids to the
// classifier's probabilities (nil: f unchanged). A hotline request keeps
// the hotlines.
//
// A "he", "she" or "they" alone is no better: Thai เขา and Chinese 他们
// are as often the captors ("ตอนนี้อยู่ในตึกแถวเมียวดี เขายึดพาสปอร์ตไปแล้ว":
// now in a shophouse in Myawaddy, they took the passport) as the one held,
// so a classifier that clearly leans to the writer's article says who
// writes.
func (f Finding) ForWhom(probs map[string]float64) Finding {
	if !f.Urgent || probs == nil {
		return f
	}
	self, other, pronoun := f.named()
	switch {
	case f.Article == ArticleSelf && !self && !other && !pronoun:
		if probs[ArticleOther] > probs[ArticleSelf] {
			f.Who, f.Article = PersonOther, ArticleOther
		}
	case f.Article == ArticleOther && !self && !other && pronoun:
		if probs[ArticleSelf] >= minLean && probs[ArticleSelf] > 2*probs[ArticleOther] {
			f.Who, f.Article = PersonSelf, ArticleSelf
		}
	}
	return f
}

// minLean is how probable the writer's own help article must be before a
// message that names only a "he", "she" or "they" is read as the writer's.
const minLean = 0.5

// NotHeld reports whether the cues show that the message is not about a
// person held, whatever the classifier leans to: everyday trouble with the
// writer's own things (Everyday), someone back or out now (Back), a thing
// held (Thing) or someone not gone yet (Planning). The classifier's help
// articles do not answer such a message (bot.Ask) and the safety net does not
// either (Net).
func (f Finding) NotHeld() bool { return f.Everyday() || f.Back() || f.Thing() || f.Planning() }

// yieldScore and yieldHelpMass are how sure of another article the
// classifier must be before the cues yield to it (YieldsTo): a calibrated
// score of 0.8 (answers that sure are right about 95% of the time) and at
// most 0.2 for the two help articles together. On the cross-validated
// training lines (9,881, 5 Dec 2026) the rule took 26 of the 112 other
// lines the cues sent to the help path back to their article (25 right),
// and none of the 539 help lines the cues caught; at 0.7 it lost one (a
// Thai message from someone whose phone was taken on landing).
const (
	yieldScore    = 0.8
	yieldHelpMass = 0.2
)

// A classifier surer still, with almost no weight on the help articles,
// takes the help path from a message long enough for it to read whatever
// the message's frame (see YieldsTo). The first runs of the 35th to 59th
// blind sets gave the help path to 128 questions about other articles;
// the engine alone was right on 58 of them, most at 0.9 or more, and
// most named someone ("my cousin says they take the phones, is it true
// they beat them?"), which the frames below cannot tell from a relative
// held. On the cross-validated training lines (6 Dec 2026) this answered
// 19 and 17 more lines right at seeds 1 and 2 and took none of the help
// lines; on the committed sets, 10 more right and no help line lost. At 8
// words it took one short cry ("โดนขายต่อให้บริษัทอื่น", sold on to
// another company), which the classifier read as recruitment at 0.94.
const (
	// certainScore: a classifier as sure as this of another article
	// reads even a few words right (see YieldsTo's short cry).
	certainScore      = 0.97
	sureYieldScore    = 0.9
	sureYieldHelpMass = 0.1
	minSureYieldWords = 12
)

// YieldsTo reports whether the urgent cues give way to a classifier that
// is sure the message is about another article: a curious or general
// question that names the danger ("what is it actually like inside, are
// they beaten?", "my aunt says the agency will hold her passport for the
// visa, is that normal?") rather than someone in it. It takes a confident
// answer (score, the calibrated chance that article is right), almost no
// weight on the help articles (probs as for Net), and a sign in the
// message itself that it is not about someone held now: a general
// question, a hypothetical, someone planning to go or already back, or
// no one named at all. Hearsay is no such sign: "my uncle says people
// there beat him and he cannot leave" is about the uncle. The help
// articles and the hotlines never need it; a person named with no such
// sign ("my bf is in kk park i think, what now") keeps the help path
// unless the classifier is all but sure on a message long enough to read
// (sureYieldScore).
func (f Finding) YieldsTo(article string, score float64, probs map[string]float64) bool {
	if !f.Urgent || IsHelpArticle(article) || article == ArticleHotlines {
		return false
	}
	// A message that asks for a number to call gets the hotlines whatever
	// else it asks ("miss the quota and you're beaten, made to stand in
	// the sun. any number to call?"). Not a general question that names a
	// call ("videos say people there are locked in and made to phone
	// people all day, is that real?").
	if f.has(kindHotline) && !f.has(kindGeneral, kindHearsay) {
		return false
	}
	helpMass := probs[ArticleSelf] + probs[ArticleOther]
	if score < yieldScore || helpMass >= yieldHelpMass {
		return false
	}
	if f.shortCry(score) {
		return false
	}
	// Held (a strong confinement concept) and another strong danger, told
	// of the writer by name, with no frame of a talk, a condition or a
	// plan, are the writer's own whatever question tag follows ("they say I owe the flight and the room and will let me
	// go only once I work it off, is that true?").
	held := slices.ContainsFunc(f.Cues, func(c Cue) bool {
		return c.Kind == kindConcept.String() && c.Concept == "confinement" && c.Weight >= 2
	})
	// Not when the danger is said of people in general and asked about
	// ("คนที่โดนหลอกไป... โดนยึดมือถือจริงเหรอครับ": the polite ครับ is the
	// writer, the people tricked are the ones held).
	if self, _, _ := f.named(); self && held && f.Strength >= 4 && !f.dangerToThemOnly() && !f.has(kindHypothetical, kindPlanning) && !(f.has(kindGeneric) && f.has(kindGeneral)) && !f.Back() && !f.presenting() {
		return false
	}
	// The same with no one named and no question of any kind: Thai and
	// Chinese drop the "I" ("โดนช็อตไฟฟ้า ออกไม่ได้", shocked, cannot get
	// out), and a message that only tells of being held and hurt is the
	// writer's own, however sure the classifier is that it describes life
	// inside.
	if held && f.Strength >= 4 && f.nobodyNamed() && !f.has(kindGeneral, kindGeneric, kindHearsay, kindHypothetical, kindPlanning) && !f.Back() {
		return false
	}
	// One danger word alone (a single strong concept, or two weak ones) and
	// no compound named: "HR will hold his passport for visa processing,
	// normal?", "why do they target people like us, I thought only the poor
	// get trafficked". A classifier sure of another article reads the
	// question better than the one word does. Not when the word says
	// someone is held or hurt, owes the way out, is ransomed, or is on the
	// way there ("at NAIA, the recruiter says tell immigration I'm a
	// tourist": the last leg, whatever the offer looks like).
	if f.Strength <= 2 && !f.has(kindPlace, kindHotline, kindUnderway) &&
		!slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindLastLeg }) &&
		!f.hasConcept("confinement", "violence", "debt", "ransom", "transit", "diverted") {
		return true
	}
	if f.sureYield(score, helpMass, held) {
		return true
	}
	return f.has(kindGeneral, kindHypothetical, kindPlanning) || f.Back() || f.nobodyNamed() || f.openQuestion
}

// shortCry reports whether a cry of a few words with a strong danger word
// and no frame of a question about others ("bị nhốt ở KK park", locked up
// in KK Park; "kk park se kaise bhage", how to run from KK Park) is its
// writer's, whatever a sure classifier (score) says: it reads only the
// place in it, as it does when it dismisses (minDismissWords). Not against
// a classifier all but certain (certainScore) of one danger word in a
// search typed as a few nouns ("sihanoukville raids 2022 phones seized",
// "electric shock quota scam centre", the 63rd set): cries read 0.87-0.94,
// those searches 1.00; on the cross-validated lines this answered 2 more
// lines right at each of three seeds and took no help line.
func (f Finding) shortCry(score float64) bool {
	return f.words < minDismissWords && (score < certainScore || f.Strength > 2) &&
		!f.has(kindGeneral, kindGeneric, kindHearsay, kindHypothetical, kindPlanning) && !f.Back() &&
		slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindConcept.String() && c.Weight >= 2 })
}

// sureYield reports whether a classifier all but sure of another article
// (score, with helpMass on the two help articles) takes the help path from
// a message long enough to read, whatever its frame: the frames cannot
// tell hearsay asked about from a relative held ("thang con tui .. bi thu
// dien thoai, ngay lam 15 tieng" asks what life inside is like). Not when
// the danger's own words name the writer ("the boss says I go home only
// when I pay back the ticket"), nor a relative named with someone held
// (held), sold, in debt, ransomed or beaten, and no word of hearsay or a
// general question ("my brother is locked in a building near the border"),
// nor a message of someone caught again, hiding, on the way or on the last
// leg ("the guy who sleeps next to me ran for the fence, they caught
// him"): those keep the help path.
func (f Finding) sureYield(score, helpMass float64, held bool) bool {
	if score < sureYieldScore || helpMass >= sureYieldHelpMass || f.words < minSureYieldWords {
		return false
	}
	_, other, _ := f.named()
	harmed := held || f.hasConcept("sold", "debt", "ransom", "violence")
	active := slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindLastLeg || c.Kind == kindRecaptured }) ||
		f.has(kindHiding, kindUnderway)
	return !active && !f.dangerToWriter() && !(harmed && other && !f.has(kindGeneral, kindHearsay))
}

// dangerToPronounOnly reports whether the danger words name a "he" or
// "she" and never the writer: "should we pay? they said they'll sell him
// if we don't send the money" is a family writing about him, though "we"
// is named. English only: folded words of other languages collide where
// the marks are not typed (Vietnamese "no" is "nợ", a debt, or "nó", he).
func (f Finding) dangerToPronounOnly() bool {
	self := f.wordsOf(func(c Cue) bool { return c.Kind == kindSelf.String() && c.Lang == "en" })
	pronoun := f.wordsOf(func(c Cue) bool { return c.Kind == kindPronoun.String() && c.Lang == "en" })
	return !f.dangerNames(self) && f.dangerNames(pronoun)
}

// dangerToThemOnly reports whether the danger words name "them", "him"
// or "her" and never the writer: "do they lock them up, hit them? my wife
// can't sleep" asks about others, though the writer is named. English
// only, as dangerToPronounOnly.
func (f Finding) dangerToThemOnly() bool {
	return !f.dangerToWriter() && f.dangerNames(map[string]bool{"them": true, "him": true, "her": true})
}

// dangerToWriter reports whether a danger concept's own words name the
// writer ("the boss says I go home only when I pay back the ticket"), as
// against someone else's danger the writer tells of ("my cousin says they
// take the phones").
func (f Finding) dangerToWriter() bool {
	return f.dangerNames(f.wordsOf(func(c Cue) bool { return c.Kind == kindSelf.String() }))
}

// dangerNames reports whether a danger concept's own words hold one of
// words (lower-case, as wordsOf gives them).
func (f Finding) dangerNames(words map[string]bool) bool {
	return slices.ContainsFunc(f.Cues, func(c Cue) bool {
		return c.Kind == kindConcept.String() && slices.ContainsFunc(strings.Fields(strings.ToLower(c.Words)), func(w string) bool { return words[w] })
	})
}

// wordsOf returns the lower-case words of the cues that keep reports.
func (f Finding) wordsOf(keep func(Cue) bool) map[string]bool {
	m := map[string]bool{}
	for _, c := range f.Cues {
		if keep(c) {
			for _, w := range strings.Fields(strings.ToLower(c.Words)) {
				m[w] = true
			}
		}
	}
	return m
}

// hasConcept reports whether a danger concept of one of names fired.
func (f Finding) hasConcept(names ...string) bool {
	return slices.ContainsFunc(f.Cues, func(c Cue) bool {
		return c.Kind == kindConcept.String() && slices.Contains(names, c.Concept)
	})
}

// has reports whether a cue of one of kinds fired.
func (f Finding) has(kinds ...kind) bool {
	for _, c := range f.Cues {
		for _, k := range kinds {
			if c.Kind == k.String() {
				return true
			}
		}
	}
	return false
}

// nobodyNamed reports that the cues name no one: no writer, relative, he
// or she, and no one spoken to ("bhai, ..." is no relative, but someone
// is addressed).
func (f Finding) nobodyNamed() bool {
	self, other, pronoun := f.named()
	return !self && !other && !pronoun && !f.has(kindAddress)
}

// Doubts reports whether the cues take a classifier's help article
// (score, its calibrated chance of being right) away from a message that
// has not met the urgent rule: the message is not about someone held
// (NotHeld), or it is a general question that names no one ("I read the
// driver at the airport takes your passport, is that how it goes?") and
// the classifier is not sure (below yieldScore). On the cross-validated
// training lines (5 Dec 2026) the second part took the help article from
// 10 general questions and from none of the help lines: those that name no
// one and ask in general ("can we trust the police here?") were answered
// at 0.84 or more.
func (f Finding) Doubts(article string, score float64) bool {
	if !IsHelpArticle(article) {
		return false
	}
	if f.NotHeld() {
		return true
	}
	// Someone preparing a talk or a handout who names no one in danger
	// asks for others, however sure the classifier is: its "I" is the
	// speaker's (see dropNotInDanger). So does someone who read or heard
	// of it ("aku baca katanya penjemput langsung ambil paspor, emang
	// gitu caranya?", which a retraining on 6 Dec 2026 answered with the
	// help article at 0.81).
	if f.nobodyNamed() && (f.presenting() || f.reading()) {
		return true
	}
	// Nothing of the help path's world at all (no danger word, place,
	// country, hotline, helping body or journey; someone named and "what
	// do I do" are everyone's): the classifier's lean is that of any
	// "whom do I call" question (a leopard near the village, a ferry
	// seat held), however sure. The safety net still answers a strong
	// lean (Net). On the cross-validated lines (6 Dec 2026) this took a
	// help article from 21 more other lines and, with the cues added for
	// the help lines it first cost, from none of the help lines.
	if !f.ofItsWorld() {
		return true
	}
	if score >= yieldScore {
		return false
	}
	// An everyday sign with nothing else of a compound's world: "we live
	// in a compound in Riyadh, can my parents visit?" names a relative, who
	// is the one with the everyday business (see Grounded).
	if f.has(kindBenign, kindEveryday, kindThing) && !f.Grounded() {
		return true
	}
	// News heard of someone ("is she still detained? what's the news")
	// asks as a general question does, and so does a danger said of
	// people in general ([generic]) with no one named.
	// Not a writer out but not safe yet ("udah kabur tp paspor masih di
	// kantor mereka"): its "they" are the captors, not people in general.
	return f.has(kindGeneral, kindGeneric, kindHearsay) && f.nobodyNamed() && !f.has(kindHiding)
}

// outOfScopeClass is the key of the classifier's out-of-scope probability
// in the probabilities Net and YieldsTo are given (answer.None).
const outOfScopeClass = "-"

// Dismissal: a message that says one danger word, and nothing else of the
// help path's world, in enough words for the classifier to read it, and
// that the classifier reads as about something else.
const (
	// dismissOutOfScope is the least out-of-scope probability that
	// dismisses. On the 24 blind help sets (1,412 messages, 6 Dec 2026)
	// no message of minDismissWords words or more with one danger word
	// and nothing else read 0.6 or more; the two that did were short
	// cries ("kak. ga bisa pulang", "cmne nk lari dr sini").
	dismissOutOfScope = 0.6
	// minDismissWords: a short cry says too little for the classifier.
	minDismissWords = 6
	// dismissSureOutOfScope: two everyday danger words ("stuck at 24:30
	// for my 5k, how do I get that beaten") take a surer classifier.
	dismissSureOutOfScope = 0.9
	// dismissSoldOutOfScope and minDismissSoldWords: a word of being
	// sold is dismissed only by a classifier all but certain, in a
	// message long enough to read (see dismissible).
	dismissSoldOutOfScope = 0.95
	minDismissSoldWords   = 8
)

// Dismissed reports whether a classifier that gives outOfScope to the
// message being about something else takes the urgent finding away: a
// single strong danger concept (strength 2; two, strength 4, with a
// classifier of dismissSureOutOfScope), only of the concepts with
// everyday senses, no place, country, hotline, helping body or journey
// named, and at least minDismissWords words ("my
// python while loop is trapped forever", "heat gets trapped in our
// attic"). Everyday senses of danger words arrive in new forms in every
// language; the classifier, trained on off-topic lines, reads a whole
// message where a cue reads one word.
func (f Finding) Dismissed(outOfScope float64) bool {
	return f.Urgent && f.dismissible(outOfScope)
}

// dismissible is Dismissed's test without the urgent rule: the safety net's
// cue rescue (Net) asks it too, so that a danger word the urgent rule did
// not take ("a kitchen extension held up for months, how long does the
// council take?") is not rescued by the cues against a classifier sure of
// the same.
func (f Finding) dismissible(outOfScope float64) bool {
	// Two separate stretches of the text that tell of the danger ("a pic
	// of guys with sticks at a gate and then nothing for 9 days", a help
	// line a retraining read at 0.60 out of scope) take the surer
	// classifier as two danger words do.
	twice := f.Strength > 2 || f.conceptSpans > 1
	if outOfScope < dismissOutOfScope || f.words < minDismissWords || f.Strength > 4 || twice && outOfScope < dismissSureOutOfScope {
		return false
	}
	if f.worldBeyondDanger() {
		return false
	}
	// Only the words with everyday senses: stuck, trapped, locked, held;
	// beaten, killed. Sold, a debt or a fine to leave, a ransom, a
	// rescue, a journey are the help path's own words: on the
	// cross-validated training lines (6 Dec 2026) every help line the
	// rule took was one of them ("bech chuke hai", "ค่าปรับ").
	// Sold takes a classifier all but certain, in a message long enough
	// to read: things are sold in every language ("price old clothes so
	// they actually get sold", "would the medals be better sold"), in
	// new turns of phrase that dropThingSold cannot list. On 6 Dec 2026
	// this took the help path from three off-topic lines of the committed
	// sets, from none of their help lines and from none of the
	// cross-validated training lines.
	return !slices.ContainsFunc(f.Cues, func(c Cue) bool {
		return c.Kind == kindConcept.String() && c.Concept != "confinement" && c.Concept != "violence" &&
			!(c.Concept == "sold" && outOfScope >= dismissSoldOutOfScope && f.words >= minDismissSoldWords)
	})
}

// Dismiss returns the finding as not urgent, so that neither the help
// path nor the safety net (Net) answers it (see Dismissed).
func (f Finding) Dismiss() Finding {
	f.Urgent, f.Who, f.Article, f.dismissed = false, "", "", true
	return f
}

// Evidence groups of a help-path answer (Finding.Evidence). The training
// tool measures the help path's precision in each group on the
// cross-validated training lines and stores it with the model; the bot
// gives a help-path answer that precision as its score
// (answer.Engine.HelpScore). They are few so that each holds enough lines
// to measure. On the 11,913 cross-validated training lines (5 Dec 2026)
// the help path's answers were right in 437 of 452 with a place named, 189
// of 201 strong, 185 of 242 weak, 77 of 100 general and 19 of 59 from the
// net; the scores stored, measured on the lines where the classifier is
// not surer of the same article, are 0.89, 0.79, 0.47, 0.33 and 0.22
// (`go generate ./answer` prints the current figures).
const (
	// EvidencePlace: the urgent rule, with a place or a country named
	// (where someone is held or was taken) and no sign of a general
	// question.
	EvidencePlace = "place"
	// EvidenceStrong: the urgent rule, danger concepts weighing 3 or
	// more, no place named, no sign of a general question.
	EvidenceStrong = "strong"
	// EvidenceWeak: the urgent rule, danger concepts weighing 2 (one
	// strong concept, or two weak ones), no place named, no sign of a
	// general question.
	EvidenceWeak = "weak"
	// EvidenceGeneral: the urgent rule, with a sign that the message may
	// be a general question (a general, hypothetical or hearsay cue),
	// outweighed by a relative named or by strong concepts.
	EvidenceGeneral = "general"
	// EvidenceNet: the safety net (Net), not the urgent rule.
	EvidenceNet = "net"
)

// EvidenceGroups are the evidence groups, strongest first.
var EvidenceGroups = []string{EvidencePlace, EvidenceStrong, EvidenceWeak, EvidenceGeneral, EvidenceNet}

// Evidence returns the evidence group of an urgent finding (one of
// EvidenceGroups), "" when the finding is not urgent. It is the one rule by
// which the help path's precision is both measured and looked up.
func (f Finding) Evidence() string {
	if !f.Urgent {
		return ""
	}
	if f.Net {
		return EvidenceNet
	}
	place := false
	for _, c := range f.Cues {
		switch c.Kind {
		case kindGeneral.String(), kindHypothetical.String(), kindHearsay.String():
			return EvidenceGeneral
		case kindPlace.String(), kindCountry.String():
			place = true
		}
	}
	switch {
	case place:
		return EvidencePlace
	case f.Strength >= 3:
		return EvidenceStrong
	}
	return EvidenceWeak
}

// kindLastLeg is the Cue kind that marks a [lastleg] cue (see Finding.Planning).
const kindLastLeg = "lastleg"

// kindRecaptured is the Cue kind that marks a [recaptured] cue (see
// dropReturnedInHeld).
const kindRecaptured = "recaptured"

// presenting reports whether the writer prepares material for others (a
// [presenter] cue).
func (f Finding) presenting() bool {
	return slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindPresenter })
}

// reading reports whether the writer read or heard of what the message
// tells (a [reader] cue).
func (f Finding) reading() bool {
	return slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindReader })
}

// ofItsWorld reports whether the cues find anything of the help path's
// world: a danger word, a place or a country, a hotline, a helping body, a
// journey under way or the last leg of one, hiding or being caught again.
// Someone named and "what do I do" alone are everyone's.
func (f Finding) ofItsWorld() bool { return f.has(kindConcept) || f.worldBeyondDanger() }

// worldBeyondDanger reports whether the cues find something of the help
// path's world besides a danger word: a place or a country, a hotline, a
// helping body, a journey under way or its last leg, hiding or being
// caught again.
func (f Finding) worldBeyondDanger() bool {
	if f.has(kindPlace, kindCountry, kindHotline, kindAuthority, kindUnderway, kindHiding) {
		return true
	}
	return slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == kindLastLeg || c.Kind == kindRecaptured })
}

// kindReader is the Cue kind that marks a [reader] cue, which also counts
// as a general one.
const kindReader = "reader"

// kindReleased is the Cue kind that marks a [thing released] cue, shown
// beside the thing cue of the same words.
const kindReleased = "released"

// kindPresenter is the Cue kind that marks a [presenter] cue, which also
// counts as a general one (see dropNotInDanger).
const kindPresenter = "presenter"

// IsHelpArticle reports whether id is one of the help path's two articles.
func IsHelpArticle(id string) bool { return id == ArticleSelf || id == ArticleOther }

// findFrom returns the pattern's first match that starts at token from or
// later, or one whose start is -1: a cue found where it does not count
// (inside a name, in reported speech) is looked for again after it.
func (p *pattern) findFrom(toks []fold.Token, from int) match {
	for i := from; i < len(toks); i++ {
		if end := matchAt(p.toks, toks, i); end > i {
			return match{p: p, start: i, end: end}
		}
	}
	return match{p: p, start: -1}
}

// explained reports whether a danger concept is said in the words of an
// everyday sign ([benign], [everyday], [thing]): a word of it, other than
// a person's ("me", "my"), is in them, as Everyday reads it ("kẹt" in
// "kẹt ở màn hình logo").
func (f Finding) explained(c Cue) bool {
	var signs []string
	person := f.wordsOf(func(d Cue) bool { return d.Kind == kindSelf.String() || d.Kind == kindPronoun.String() })
	for _, d := range f.Cues {
		if d.Kind == kindBenign.String() || d.Kind == kindEveryday.String() || d.Kind == kindThing.String() {
			signs = append(signs, strings.ToLower(d.Words))
		}
	}
	for _, w := range strings.Fields(strings.ToLower(c.Words)) {
		if person[w] {
			continue
		}
		for _, s := range signs {
			if strings.Contains(s, w) {
				return true
			}
		}
	}
	return false
}
