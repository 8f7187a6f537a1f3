// Package answer picks the knowledge-base article that answers a user's
// question, or abstains when none does well enough.
//
// A confident wrong answer is worse than an abstention for someone who
// may be in danger, so the engine answers only when the best article is
// both strong on its own and clearly ahead of the runner-up.
package answer

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/scambot/scambot/index"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
)

// MaxQuestion is how much of a question is searched. Longer text is cut at
// a rune boundary and Result.Truncated is set so the reply can say so.
const MaxQuestion = 2000

// Candidate is an article the search considered.
type Candidate struct {
	ID    string
	Score float64
}

// Result is the engine's decision for one question.
type Result struct {
	// Answered is false when the engine abstains.
	Answered bool
	// Article is the answer, in Lang; nil when abstaining.
	Article *knowledge.Article
	// Section is the part of the article the question targets, if one
	// stands out; nil otherwise.
	Section *knowledge.Section
	// Score is the confidence in [0,1].
	Score float64
	// Lang is the language of the answer; QueryLang that of the question.
	Lang, QueryLang string
	// FellBack reports that the article does not exist in QueryLang and
	// the English one is given instead.
	FellBack bool
	// Candidates are the best articles found, best first, answered or not.
	Candidates []Candidate
	// Truncated reports that only the first MaxQuestion bytes were read.
	Truncated bool
	// OutOfScope is the classifier's probability that the question is out
	// of scope (0 without a classifier).
	OutOfScope float64
	// HelpOnly reports an answer with one of the two help articles whose
	// score met only their lower threshold (Meta.HelpThreshold), not the
	// general one: the caller may want evidence beyond the classifier.
	HelpOnly bool
	// Unfamiliar reports an abstention because most of the question's
	// words occur in no in-scope question (familiar.go), although the
	// classifier's score was high enough.
	Unfamiliar bool
}

// Engine answers questions from a knowledge base. It is safe for
// concurrent use.
type Engine struct {
	kb *knowledge.Base
	ix *index.Index
	// model is the topic classifier; nil falls back to search alone
	// with the per-language gates.
	model *Model
}

// gate is when the engine answers: the combined confidence (coverage,
// nearest example question, focus, margin over the runner-up) is high
// enough, and for English also coverage and nearest on their own.
//
// Thresholds are per language because the same evidence scores
// differently in each: Chinese and Thai are cut into character bigrams,
// some of which straddle words and match nothing; Indonesian, Malay and
// Tagalog chat is full of abbreviations. Each was tuned on the development
// and held-out sets of its language (README): every off-topic line of the
// development sets abstains, and wrong answers stay rare.
type gate struct {
	minConfidence, minCoverage, minNearest float64
}

var (
	defaultGate = gate{minConfidence: 0.5, minCoverage: 0.4, minNearest: 0.2}
	gates       = map[string]gate{
		"zh": {minConfidence: 0.18},
		"vi": {minConfidence: 0.39},
		"id": {minConfidence: 0.18},
		"ms": {minConfidence: 0.25},
		"th": {minConfidence: 0.35},
		"hi": {minConfidence: 0.25},
		"tl": {minConfidence: 0.25},
	}
)

func gateFor(l string) gate {
	if g, ok := gates[l]; ok {
		return g
	}
	return defaultGate
}

// NewEngine returns an engine over kb. Each language's index is built on
// first use; call Warm to build them all before taking traffic.
func NewEngine(ctx context.Context, kb *knowledge.Base) (*Engine, error) {
	e, err := newSearchEngine(ctx, kb)
	if err != nil {
		return nil, err
	}
	m, err := embeddedModel()
	if err != nil {
		return nil, fmt.Errorf("loading the topic model: %w", err)
	}
	e.model = m
	return e, nil
}

// newSearchEngine is an engine without the classifier: what the model is
// trained against (so training never depends on the model it replaces).
func newSearchEngine(ctx context.Context, kb *knowledge.Base) (*Engine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ix, err := index.New(kb.All())
	if err != nil {
		return nil, fmt.Errorf("preparing index: %w", err)
	}
	return &Engine{kb: kb, ix: ix}, nil
}

var (
	modelOnce sync.Once
	modelVal  *Model
	modelErr  error
)

// embeddedModel decodes the embedded model once per process; nil when
// the embedded file is empty (before the first training).
func embeddedModel() (*Model, error) {
	modelOnce.Do(func() {
		if len(modelBin) == 0 {
			return
		}
		modelVal, modelErr = LoadModel(modelBin)
	})
	return modelVal, modelErr
}

// Warm builds every language's index now (concurrently), so that no user
// waits for one and a broken article fails at start-up.
func (e *Engine) Warm(ctx context.Context) error {
	if err := e.ix.Warm(ctx); err != nil {
		return fmt.Errorf("building index: %w", err)
	}
	return nil
}

const (
	// A section is quoted with the answer when the question asks enough
	// beyond the summary (sectionMinRest of its information) and the
	// section covers at least sectionMin of that.
	sectionMinRest = 0.2
	sectionMin     = 0.5
)

// Answer finds the article that answers question. lang is the language to
// answer in (the user's choice or the detected language); "" detects it.
// It abstains (Result.Answered false) rather than guess.
func (e *Engine) Answer(ctx context.Context, question, l string) (Result, error) {
	return e.answer(ctx, question, l, nil)
}

// AnswerWithout is Answer with the classifier's articles for which skip is
// true left out (their probability taken as zero, the others' unchanged):
// the caller knows the question is not about them. The bot uses it when a
// message that the classifier gave a help article is evidently not about a
// person held (a parcel held at customs, someone not gone yet): its next
// article answers if it reaches the threshold on its own. Without a
// classifier it is Answer.
func (e *Engine) AnswerWithout(ctx context.Context, question, l string, skip func(id string) bool) (Result, error) {
	return e.answer(ctx, question, l, skip)
}

func (e *Engine) answer(ctx context.Context, question, l string, skip func(string) bool) (Result, error) {
	var res Result
	if len(question) > MaxQuestion {
		cut := MaxQuestion
		for cut > 0 && !utf8.RuneStart(question[cut]) {
			cut--
		}
		question = question[:cut]
		res.Truncated = true
	}
	if !lang.Valid(l) {
		l = lang.Detect(question)
	}
	res.QueryLang = l
	res.Lang = l

	if !e.hasContent(question, l) {
		return res, nil
	}
	best, bestQ, bestConf, err := e.search(ctx, question, l, e.model == nil)
	if err != nil {
		return res, err
	}
	if e.model != nil {
		return e.classify(question, l, res, best, bestQ, bestConf, skip)
	}
	if best == nil {
		return res, nil
	}
	for _, h := range best {
		res.Candidates = append(res.Candidates, Candidate{ID: h.ID, Score: h.combined})
	}
	res.Score = bestConf
	if !gateFor(bestQ.Lang).pass(best) || !e.oneWordNamed(bestQ, best[0].ID) {
		return res, nil
	}
	return e.answerWith(res, best[0].ID, l, bestQ), nil
}

// classify decides with the classifier: the article it and the search
// support most, answered when the calibrated chance that it is right
// reaches the model's threshold.
func (e *Engine) classify(question, l string, res Result, best []ranked, bestQ index.Query, searchConf float64, skip func(string) bool) (Result, error) {
	searchTop := ""
	for _, h := range best {
		if skip == nil || !skip(h.ID) {
			searchTop = h.ID
			break
		}
	}
	probs := e.model.Probs(l, question)
	if skip != nil {
		for i, c := range e.model.Meta.Classes {
			if c != None && skip(c) {
				probs[i] = 0
			}
		}
	}
	d := e.model.decide(probs, searchTop, searchConf)
	res.Score = e.model.calibrated(d)
	res.Candidates = e.model.candidates(probs)
	res.OutOfScope = e.model.outOfScope(probs)
	th := e.model.Meta.Threshold
	if helpArticle(d.article) && res.Score < th {
		th = e.model.Meta.HelpThreshold
		res.HelpOnly = true
	}
	if res.Score < th {
		res.HelpOnly = false
		return res, nil
	}
	if unfamiliarMayWithhold(d.article, res.Score) && e.model.unfamiliar(l, question) {
		res.Unfamiliar = true
		return res, nil
	}
	if bestQ.Lang == "" {
		bestQ.Lang = l
	}
	return e.answerWith(res, d.article, l, bestQ), nil
}

// HelpScore is the score of a help-path answer with article id article
// whose finding is in evidence group group (distress.Finding.Evidence),
// given the engine's own result for the message: the precision of the help
// path on the cross-validated training lines of that group, as the model
// file carries it, or the engine's calibrated score when it answered the
// same article with a higher one (Model.HelpScore).
func (e *Engine) HelpScore(group, article string, own Result) float64 {
	ownArticle := ""
	if own.Article != nil {
		ownArticle = own.Article.ID
	}
	return e.model.HelpScore(group, article, ownArticle, own.Score)
}

// candidates are the articles of probability 0.05 or more, most probable
// first.
func (m *Model) candidates(probs []float64) []Candidate {
	var out []Candidate
	for i, c := range m.Meta.Classes {
		if c != None && probs[i] >= 0.05 {
			out = append(out, Candidate{ID: c, Score: probs[i]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// outOfScope is the probability of the out-of-scope class.
func (m *Model) outOfScope(probs []float64) float64 {
	for i, c := range m.Meta.Classes {
		if c == None {
			return probs[i]
		}
	}
	return 0
}

// CandidateProbs maps each candidate's article id to its score (the
// classifier's probability when there is a model), and None to the
// probability that the question is out of scope.
func CandidateProbs(cs []Candidate, outOfScope float64) map[string]float64 {
	out := make(map[string]float64, len(cs)+1)
	for _, c := range cs {
		out[c.ID] = c.Score
	}
	out[None] = outOfScope
	return out
}

// answerWith fills res with article id in language l.
func (e *Engine) answerWith(res Result, id, l string, q index.Query) Result {
	a, fellBack, ok := e.kb.Article(id, l)
	if !ok {
		return res
	}
	res.Answered = true
	res.Article = a
	res.Lang = a.Lang
	res.FellBack = fellBack
	if q.Lang != "" && len(q.Terms) > 0 {
		res.Section = e.section(q, a)
	}
	return res
}

// search runs the Bleve search in the question's language, then English:
// chat text mixes in English words ("scam", "passport"), and a language
// without translations still gets an answer, in English, with a note. It
// returns the re-ranked hits of the more confident search.
//
// With the classifier (whose features carry the English words of any
// message) the search in the question's own language is enough, and the
// English one doubled the cost: withEnglish is then false.
func (e *Engine) search(ctx context.Context, question, l string, withEnglish bool) (best []ranked, bestQ index.Query, bestConf float64, err error) {
	searchLangs := []string{}
	if e.ix.Has(l) {
		searchLangs = append(searchLangs, l)
	}
	if l != lang.English && (withEnglish || len(searchLangs) == 0) {
		searchLangs = append(searchLangs, lang.English)
	}
	bestConf = -1.0
	for _, sl := range searchLangs {
		q, err := e.ix.Analyze(sl, question)
		if err != nil {
			return nil, index.Query{}, 0, err
		}
		hits, err := e.ix.Search(ctx, q, searchDepth)
		if err != nil {
			return nil, index.Query{}, 0, err
		}
		if len(hits) == 0 {
			continue
		}
		r := rank(hits)
		if c := confidence(r); c > bestConf {
			best, bestQ, bestConf = r, q, c
		}
		if sl == l && gateFor(sl).pass(r) && e.oneWordNamed(q, r[0].ID) {
			// A confident answer in the user's own language: the
			// English search could only replace it with a foreign one.
			break
		}
	}
	if bestConf < 0 {
		bestConf = 0
	}
	return best, bestQ, bestConf, nil
}

// searchDepth is how many Bleve hits are re-ranked.
const searchDepth = 8

// ranked is a hit with its combined score.
type ranked struct {
	index.Hit
	combined float64
}

// rank re-orders Bleve's hits by a combined score: BM25 relative to the
// best hit, plus the similarity to the nearest example question, plus the
// share of the question the article's focus fields cover. BM25 alone
// favours long articles that mention everything; the example questions
// carry what users actually ask.
func rank(hits []index.Hit) []ranked {
	max := hits[0].Score
	out := make([]ranked, len(hits))
	for i, h := range hits {
		rel := 0.0
		if max > 0 {
			rel = h.Score / max
		}
		out[i] = ranked{Hit: h, combined: 0.5*rel + h.Nearest + h.Focus}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].combined > out[j].combined })
	return out
}

// margin is how far the best hit is ahead of the second, in [0,1].
func margin(r []ranked) float64 {
	if len(r) < 2 || r[0].combined <= 0 {
		return 1
	}
	return (r[0].combined - r[1].combined) / r[0].combined
}

// confidence is a figure in [0,1] for how sure the engine is of its best
// article: how much of the question the article covers and how close it
// is to an example question, discounted when a rival is close behind.
func confidence(r []ranked) float64 {
	if len(r) == 0 {
		return 0
	}
	t := r[0]
	base := (t.Coverage + t.Nearest + t.Focus) / 3
	return base * (0.5 + 0.5*math.Min(1, margin(r)/0.3))
}

func (g gate) pass(r []ranked) bool {
	t := r[0]
	return confidence(r) >= g.minConfidence && t.Coverage >= g.minCoverage && t.Nearest >= g.minNearest
}

// hasContent reports whether the question holds a word to answer from:
// one that is not a stop word and longer than one letter. "I", "we",
// "saya", "我" or "I j" alone carry nothing a classifier should read (its
// pronoun features made "I" the trapped article at 0.94).
func (e *Engine) hasContent(question, l string) bool {
	q, err := e.ix.Analyze(l, question)
	if err != nil {
		return true // the search will say what is wrong
	}
	for _, t := range q.Terms {
		if utf8.RuneCountInString(t) > 1 {
			return true
		}
	}
	return false
}

// oneWordNamed: a question of a single term is answered only when that
// term names the article (in its title or tags): "hotlines" or "sha zhu
// pan" are questions, "title" alone is not.
func (e *Engine) oneWordNamed(q index.Query, id string) bool {
	if len(q.Terms) != 1 {
		return true
	}
	return e.ix.InFocus(q.Lang, id, q.Terms[0])
}

// section picks the part of the article the question targets: of what the
// question asks beyond the title and summary ("hotlines in the
// *Philippines*"), the section that covers most, if it covers enough.
// When the sections are alternatives (the hotlines' countries), a question
// the article's unheaded opening covers as well ("I need a number to call
// right now") is about the whole article, and so is one that two sections
// cover alike ("what numbers can I call" matches every country's lines),
// unless it names one of them ("cambodia police phone number"): answering
// with the first would single one country out.
func (e *Engine) section(q index.Query, a *knowledge.Article) *knowledge.Section {
	// A question that names one alternative ("police number thailand", "my
	// son is held in Cambodia, who do we call") wants its lines, however
	// much of it the title, summary or opening also cover.
	if a.SectionsAreAlternatives() {
		if named := e.namedSections(q, a); len(named) == 1 {
			return &a.Sections[named[0]]
		}
	}
	rest, cover := e.ix.Sections(q, a.ID)
	if rest < sectionMinRest || len(cover) != len(a.Sections) {
		return nil
	}
	var best []int
	bestScore, opening := 0.0, 0.0
	for i, c := range cover {
		switch {
		case a.Sections[i].Heading == "":
			opening = max(opening, c)
		case c > bestScore:
			best, bestScore = []int{i}, c
		case c == bestScore && c > 0:
			best = append(best, i)
		}
	}
	if len(best) == 0 || bestScore < sectionMin {
		return nil
	}
	if !a.SectionsAreAlternatives() {
		return &a.Sections[best[0]]
	}
	if opening >= bestScore {
		return nil
	}
	if len(best) > 1 {
		var named []int
		for _, i := range best {
			if e.names(q, a.Sections[i].Heading) {
				named = append(named, i)
			}
		}
		if len(named) != 1 {
			return nil
		}
		best = named
	}
	return &a.Sections[best[0]]
}

// namedSections lists the headed sections whose heading the question names.
func (e *Engine) namedSections(q index.Query, a *knowledge.Article) []int {
	var named []int
	for i, s := range a.Sections {
		if s.Heading != "" && e.names(q, s.Heading) {
			named = append(named, i)
		}
	}
	return named
}

// names reports whether the question contains a word of the heading.
func (e *Engine) names(q index.Query, heading string) bool {
	h, err := e.ix.Analyze(q.Lang, heading)
	if err != nil {
		return false
	}
	for _, t := range h.Terms {
		if slices.Contains(q.Terms, t) {
			return true
		}
	}
	return false
}
