// Package offer checks a job offer for the signs of a trafficking lure or a
// job scam. The check is transparent: every signal names the rule that fired,
// why it matters, and the exact words of the offer it was found in, so a
// jobseeker (or a moderator) can see the reasoning instead of a bare verdict.
//
// A check runs in four steps:
//
//  1. normalise (normalize.go): NFKC/NFKD folding, lower case, Latin
//     diacritics dropped (Vietnamese typed without them matches), full-width
//     and Thai/Devanagari digits to ASCII, emoji as separators, filter dodges
//     undone ("T3legram", "whats@pp", "t e l e g r a m"), with a map from
//     every normalised byte back to the original text;
//  2. find the phrases of every concept in one pass (match.go, lex_*.go):
//     Latin phrases on word boundaries, Thai, Chinese and Devanagari as
//     substrings; parse pay amounts with currency and period (pay.go);
//  3. apply negations and proximity ("no fee", "flight … provided") and run
//     the rules (rules.go): single signals, combinations, counter-signals;
//  4. score: lure weights minus counter-signals (at most counterShare of
//     the lure weight, never below the hard signals), then the level.
//
// The engine never calls an offer safe: a low score only means that none of
// the common lure signs were found.
package offer

import (
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/ngram"
)

// Level is the risk level of a checked offer.
type Level string

// The levels, from the score (see levelFor).
const (
	High   Level = "high"
	Medium Level = "medium"
	Low    Level = "low"
	// Unknown: the offer is in a language the check cannot read, and
	// nothing it can read (a named compound town, a crypto wallet…) was
	// found. It is never a pass.
	Unknown Level = "unknown"
)

// MaxInput is the largest input checked, in bytes. Longer input is cut at a
// rune boundary and Result.Truncated is set: a pasted offer is never that
// long, and the cap keeps a check bounded whatever is pasted.
const MaxInput = 16 << 10

// Span is a byte range [Start, End) of the original input text.
type Span struct{ Start, End int }

// Signal is one fired rule.
type Signal struct {
	Rule     string   // stable id, e.g. "pay.too-high"
	Category string   // pay, travel, destination, channel, process, documents, money, pressure, task, mule, counter
	Weight   int      // negative for counter-signals
	Text     string   // why this matters, in the result language
	Article  string   // knowledge topic id
	Spans    []Span   // where in the original text
	Matched  []string // original[Spans[i].Start:Spans[i].End]
}

// Advice is one next step with the knowledge article that explains it.
type Advice struct {
	Text    string
	Article string
}

// Result is the outcome of a check.
type Result struct {
	Score     int // 0..100
	Level     Level
	Signals   []Signal // fired lure signals, strongest first
	Counter   []Signal // counter-signals (they lower the score, never make it "safe")
	Advice    []Advice
	Lang      string
	Truncated bool
	// Unsupported names the language of an offer written in a script
	// the check has no word lists for ("Korean", "Burmese"); "" when the
	// check can read it. Place names in those scripts are still found.
	Unsupported string
}

// Checker holds the compiled rules. It is safe for concurrent use.
type Checker struct {
	once     sync.Once // compiles ac and rules, loads the model (ready)
	ac       *automaton
	rules    []*rule
	model    *ngram.Model // nil: no learned second opinion
	ownModel bool         // an option chose the model (WithModel)
	pool     sync.Pool    // *scan
}

// New returns a checker with the embedded model unless an option says
// otherwise. The lexicon and the rules are compiled on the first check: a
// process that only answers questions (`scambot ask`) never pays for them.
func New(opts ...Option) *Checker {
	c := &Checker{}
	for _, o := range opts {
		o(c)
	}
	c.pool.New = func() any { return new(scan) }
	return c
}

// ready compiles the lexicon and the rules and loads the embedded model,
// once.
func (c *Checker) ready() {
	c.once.Do(func() {
		c.rules = allRules()
		if !c.ownModel {
			c.model = embeddedModel()
		}
		c.ac = lexiconAutomaton()
	})
}

// Check checks text and explains the result in the offer's language.
func (c *Checker) Check(text string) Result { return c.CheckLang(text, "") }

// CheckLang checks text and explains the result in language l ("" or an
// unsupported code: the offer's detected language).
func (c *Checker) CheckLang(text, l string) (res Result) {
	defer func() {
		// A bug in one rule must not take the bot down; report what we have.
		if r := recover(); r != nil {
			res = Result{Level: Low, Lang: lang.English, Advice: advice(nil, Low, lang.English)}
		}
	}()
	if len(text) > MaxInput {
		text = head(text, MaxInput)
		res.Truncated = true
	}
	c.ready()
	res.Lang = l
	res.Unsupported = unreadable(head(text, 4*detectBytes))
	if !lang.Valid(l) {
		res.Lang = lang.Detect(head(text, detectBytes))
		if res.Unsupported != "" {
			res.Lang = lang.English
		}
	}
	s := c.pool.Get().(*scan)
	defer c.pool.Put(s)
	s.run(c.ac, text)

	var lure, hard, counter, hardIfOthers int
	bufs := newSpanBufs()
	res.Signals = make([]Signal, 0, 16)
	for _, r := range c.rules {
		s.ev = s.ev[:0]
		if !r.fire(s) {
			continue
		}
		sig := Signal{
			Rule:     r.id,
			Category: r.cat,
			Weight:   r.weight,
			Text:     ruleText(r.id, res.Lang),
			Article:  r.article,
		}
		s.spans(&sig, text, &bufs)
		if r.weight < 0 {
			counter += r.weight
			res.Counter = append(res.Counter, sig)
			continue
		}
		lure += r.weight
		switch {
		case r.hard && r.hardWithOthers:
			hardIfOthers += r.weight
		case r.hard:
			hard += r.weight
		}
		res.Signals = append(res.Signals, sig)
	}
	if res.Unsupported == "" {
		if sig, ok := c.modelSignal(s, res.Lang, res.Signals); ok {
			lure += sig.Weight
			if sig.Weight >= modelStrong {
				hard += sig.Weight
			}
			res.Signals = append(res.Signals, sig)
		}
	}
	if len(res.Signals) > 1 {
		// A compound town is a hard sign when anything else about the
		// offer points the same way; a verifiable hotel job there is not.
		hard += hardIfOthers
	}
	res.Score = score(lure, hard, counter)
	res.Level = levelFor(res.Score)
	if res.Level == Low && res.Unsupported != "" {
		res.Level = Unknown
	}
	sort.SliceStable(res.Signals, func(i, j int) bool { return res.Signals[i].Weight > res.Signals[j].Weight })
	sort.SliceStable(res.Counter, func(i, j int) bool { return res.Counter[i].Weight < res.Counter[j].Weight })
	res.Advice = advice(res.Signals, res.Level, res.Lang)
	return res
}

// detectBytes is how much of the offer the language is detected on: the
// first lines name the job in the offer's language, and detection on a
// whole paste would cost more than the check itself.
const detectBytes = 512

// head returns at most n bytes of s, cut at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Counter-signals may take away at most this share of the lure weight:
// verifiable details make a lure less likely, but scammers copy them too.
const counterShare = 0.6

// score combines the weights: counter-signals lower the lure weight but
// never below the weight of the hard signals (fees, tourist visa for work,
// border compounds, task deposits…), which no company address can excuse.
func score(lure, hard, counter int) int {
	cut := -counter
	if max := int(float64(lure) * counterShare); cut > max {
		cut = max
	}
	s := lure - cut
	if s < hard {
		s = hard
	}
	return min(max(s, 0), 100)
}

// Score thresholds, tuned on the development set with margin on both sides.
const (
	highAt   = 45
	mediumAt = 22
)

func levelFor(score int) Level {
	switch {
	case score >= highAt:
		return High
	case score >= mediumAt:
		return Medium
	}
	return Low
}
