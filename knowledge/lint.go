package knowledge

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Problem is one lint finding. A Warning is a reminder (a contact due for
// re-verification, an unverified number repeated in prose): it is printed
// but does not fail the lint.
type Problem struct {
	Path    string
	Line    int
	Msg     string
	Warning bool
}

func (p Problem) String() string {
	msg := p.Msg
	if p.Warning {
		msg = "warning: " + msg
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, msg)
}

// Errors returns the problems that are not warnings.
func Errors(probs []Problem) []Problem {
	var out []Problem
	for _, p := range probs {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// contactsPath names the registry in lint messages.
const contactsPath = "knowledge/contacts.yaml"

// Limits of an article, from FORMAT.md.
const (
	minQuestions = 5
	minBodyWords = 150
	maxBodyWords = 600
)

var (
	isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// Lint checks a set of articles (already parsed) as one knowledge base:
// required topics in every language present, unique ids, required fields,
// sources, related ids, verdict wording, the Markdown subset and stale
// translations. parseErrs are the load errors, reported as problems too.
func Lint(articles []*Article, parseErrs []error) []Problem {
	return LintAt(articles, parseErrs, time.Now())
}

// LintAt is Lint with the contacts registry's age checked at now.
func LintAt(articles []*Article, parseErrs []error, now time.Time) []Problem {
	var probs []Problem
	add := func(a *Article, line int, format string, args ...any) {
		probs = append(probs, Problem{Path: a.Path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	for _, err := range parseErrs {
		var pe *ParseError
		if errors.As(err, &pe) {
			probs = append(probs, Problem{Path: pe.Path, Line: pe.Line, Msg: pe.Err.Error()})
		} else {
			probs = append(probs, Problem{Path: "(knowledge)", Msg: err.Error()})
		}
	}

	seen := map[key]*Article{}
	ids := map[string]bool{}
	langs := map[string]bool{}
	for _, a := range articles {
		ids[a.ID] = true
		langs[a.Lang] = true
		k := key{a.ID, a.Lang}
		if prev, dup := seen[k]; dup {
			add(a, 0, "duplicate article id %q in language %q (also in %s)", a.ID, a.Lang, prev.Path)
		}
		seen[k] = a
	}

	for _, l := range slices.Sorted(maps.Keys(langs)) {
		if _, ok := verdicts[l]; !ok {
			probs = append(probs, Problem{Path: "knowledge/verdicts.yaml",
				Msg: fmt.Sprintf("no verdict patterns for %q: its articles cannot be checked for \"is safe\" wording", l)})
		}
	}

	for _, a := range articles {
		lintFields(a, add)
		for _, r := range a.Related {
			if !ids[r] {
				add(a, 0, "related: unknown topic id %q", r)
			}
			if r == a.ID {
				add(a, 0, "related: lists itself")
			}
		}
		lintBody(a, add)
		lintVerdicts(a, add)
	}

	reg, err := Contacts()
	if err != nil {
		probs = append(probs, Problem{Path: contactsPath, Msg: err.Error()})
	} else {
		for _, f := range reg.CheckContacts(now) {
			probs = append(probs, Problem{Path: contactsPath, Msg: f.ID + ": " + f.Msg, Warning: f.Due})
		}
		for _, a := range articles {
			probs = append(probs, lintPhones(a, reg)...)
		}
	}

	// Every contract topic in English, and in every other language that has
	// articles at all: a half-translated language would answer some topics
	// in English without saying why.
	for l := range langs {
		for _, id := range Topics {
			if _, ok := seen[key{id, l}]; !ok {
				probs = append(probs, Problem{Path: "(knowledge)", Msg: fmt.Sprintf("missing article %q in language %q", id, l)})
			}
		}
	}
	for k, a := range seen {
		if k.lang == "en" {
			continue
		}
		en, ok := seen[key{k.id, "en"}]
		if !ok {
			add(a, 0, "translation of %q has no English article", k.id)
			continue
		}
		if newer(en.Updated, a.Updated) {
			add(a, 0, "stale translation: English %q was updated %s, this translation %s", k.id, en.Updated, a.Updated)
		}
		if len(a.Sources) < len(en.Sources) {
			add(a, 0, "translation lists %d sources, English lists %d: keep the same sources", len(a.Sources), len(en.Sources))
		}
	}
	sortProblems(probs)
	return probs
}

func lintFields(a *Article, add func(*Article, int, string, ...any)) {
	if a.ID == "" {
		add(a, 0, "id is missing")
	} else if strings.TrimSpace(a.ID) != a.ID || strings.ContainsAny(a.ID, " /\\") {
		add(a, 0, "id %q must be a slug", a.ID)
	}
	if a.Title == "" {
		add(a, 0, "title is missing")
	}
	if a.Lang == "" {
		add(a, 0, "lang is missing")
	}
	if strings.TrimSpace(a.Summary) == "" {
		add(a, 0, "summary is missing")
	}
	if n := len(a.Questions); n < minQuestions {
		add(a, 0, "questions: %d given, at least %d needed", n, minQuestions)
	}
	for i, q := range a.Questions {
		if strings.TrimSpace(q) == "" {
			add(a, 0, "questions[%d] is empty", i)
		}
	}
	if len(a.Sources) == 0 {
		add(a, 0, "sources: at least one source is needed")
	}
	for i, s := range a.Sources {
		if s.Publisher == "" || s.Title == "" {
			add(a, 0, "sources[%d]: publisher and title are required", i)
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			add(a, 0, "sources[%d]: url %q is not an http(s) address", i, s.URL)
		}
	}
	if a.Updated == "" {
		add(a, 0, "updated is missing")
	} else if _, err := time.Parse("2006-01-02", a.Updated); err != nil || !isoDate.MatchString(a.Updated) {
		add(a, 0, "updated %q is not a date (YYYY-MM-DD)", a.Updated)
	}
}

func lintBody(a *Article, add func(*Article, int, string, ...any)) {
	if a.Body == "" {
		add(a, 0, "body is empty")
		return
	}
	// The rendered contact sections do not count against the maximum:
	// a registry entry must never be dropped to fit a length limit.
	if n := bodyWords(a.Body); n < minBodyWords || n-a.generatedWords > maxBodyWords {
		add(a, 0, "body has about %d words, want %d-%d", n-a.generatedWords, minBodyWords, maxBodyWords)
	}
	if body, _ := a.written(); a.ID == TopicHotlines && !strings.Contains(body, ContactsPlaceholder) {
		add(a, 0, "the hotlines body must hold the line %s, where the contacts registry is rendered", ContactsPlaceholder)
	}
	// Body lines are counted from the line after the closing "---"; the
	// message names the body line, which is good enough to find it.
	for i, line := range strings.Split(a.Body, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "```"):
			add(a, 0, "body line %d: code blocks are not in the Markdown subset", i+1)
		case strings.HasPrefix(t, "#") && !strings.HasPrefix(line, "## "):
			add(a, 0, "body line %d: only \"## \" headings are allowed", i+1)
		case strings.HasPrefix(t, "|"):
			add(a, 0, "body line %d: tables are not in the Markdown subset", i+1)
		case strings.Contains(t, "!["):
			add(a, 0, "body line %d: images are not in the Markdown subset", i+1)
		case strings.HasPrefix(line, "  -") || strings.HasPrefix(line, "\t-"):
			add(a, 0, "body line %d: nested lists are not in the Markdown subset", i+1)
		case strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ "):
			add(a, 0, "body line %d: use \"- \" for bullets", i+1)
		case htmlTag.MatchString(t):
			add(a, 0, "body line %d: HTML is not in the Markdown subset", i+1)
		}
	}
}

var htmlTag = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*[\s/>]`)

func lintVerdicts(a *Article, add func(*Article, int, string, ...any)) {
	// verdicts.yaml: "is safe"-style phrasing, allowed after a negation
	// earlier in the same sentence ("this does not mean the offer is safe"
	// is exactly the warning the articles must give).
	rule, ok := verdicts[a.Lang]
	if !ok {
		return
	}
	verdict, neg := rule.verdict, rule.negation
	// Questions are what users type ("is this job legit?"), so they are
	// not checked; everything the bot says is.
	for field, text := range map[string]string{"title": a.Title, "summary": a.Summary, "body": a.Body} {
		for _, sentence := range sentences(text) {
			for _, loc := range verdict.FindAllStringIndex(sentence, -1) {
				if neg != nil && neg.MatchString(sentence[:loc[0]]) {
					continue
				}
				add(a, 0, "%s: verdict phrasing %q: say what was and was not found instead", field, sentence[loc[0]:loc[1]])
			}
		}
	}
}

// sentences splits text at sentence ends and line breaks.
func sentences(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		switch r {
		case '.', '!', '?', '\n', '。', '！', '？', '।':
			return true
		}
		return false
	})
}

// bodyWords counts words; in scripts written without spaces (Chinese,
// Thai) it counts characters and takes about 2.5 per word, so one limit
// serves every language.
func bodyWords(s string) int {
	words := len(strings.Fields(s))
	var dense int
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Thai, r) {
			dense++
		}
	}
	if dense > utf8.RuneCountInString(s)/3 {
		return dense * 2 / 5
	}
	return words
}

// newer reports whether date a is after date b (both YYYY-MM-DD; invalid
// dates are reported elsewhere and compare as not newer).
func newer(a, b string) bool {
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	return errA == nil && errB == nil && ta.After(tb)
}

func sortProblems(p []Problem) {
	slices.SortFunc(p, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Msg, b.Msg))
	})
}

// lintPhones fails on a phone number that the contacts registry does not
// list, anywhere a reader sees it, and warns when hand-written prose repeats
// a number the registry marks unverified instead of quoting it with
// {{number:id}} (the rendered sections and quotes carry the warning; a
// typed number does not).
func lintPhones(a *Article, reg *Registry) []Problem {
	body, summary := a.written()
	var probs []Problem
	for field, text := range map[string]string{"title": a.Title, "summary": summary, "body": body} {
		// A {{number:id}} quote comes from the registry with its status:
		// only numbers typed into the prose are checked.
		for _, m := range reg.FindPhones(NumberRef.ReplaceAllString(text, "")) {
			c, ok := reg.Lookup(m.Number)
			where := field
			if field == "body" {
				where = fmt.Sprintf("body line %d", m.Line)
			}
			switch {
			case !ok:
				probs = append(probs, Problem{Path: a.Path, Msg: fmt.Sprintf("%s: phone number %q is not in the contacts registry (%s): add it with its official source, or remove it", where, m.Number, contactsPath)})
			case c.Status == StatusUnverified:
				probs = append(probs, Problem{Path: a.Path, Warning: true, Msg: fmt.Sprintf("%s: %q (%s) is unverified in the contacts registry; quote it as {{number:%s}} so it carries its warning, or point to the hotlines list", where, m.Number, c.ID, c.ID)})
			}
		}
	}
	return probs
}
