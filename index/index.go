// Package index is scambot's Bleve index over the knowledge base: one
// in-memory index per language, with an explicit field mapping, and
// queries built in code from analysed terms so that nothing a user types
// is ever read as Bleve query syntax.
package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/scambot/scambot/knowledge"
)

// Fields of an indexed article and how much a match in each counts. The
// example questions are what users type, so they weigh most; the body is
// long and general, so it weighs least.
var fieldBoosts = []struct {
	name  string
	boost float64
}{
	{"questions", 3},
	{"title", 2.5},
	{"tags", 2},
	{"summary", 1.5},
	{"body", 1},
}

// maxQueryTerms bounds a query: the rarest terms of a long question say
// the most about it, and each term costs one term query per field.
const maxQueryTerms = 48

// Index searches the articles of every language. Each language's index
// is built on first use (or all at once by Warm), so a one-shot command
// pays only for the languages it searches.
type Index struct {
	langs map[string]*lazyLang
}

type lazyLang struct {
	once     sync.Once
	articles []*knowledge.Article
	li       *langIndex
	err      error
}

type langIndex struct {
	lang     string
	bleve    bleve.Index
	analyzer *Analyzer
	docTerms map[string]map[string]bool   // article id → its terms
	focus    map[string]map[string]bool   // article id → terms of title, summary, questions, tags
	named    map[string]map[string]bool   // article id → terms of title and tags
	qTerms   map[string][]map[string]bool // article id → terms of each example question
	df       map[string]int               // term → number of articles that have it
	n        int
}

// doc is what is indexed for one article.
type doc struct {
	ID        string   `json:"id"`
	Lang      string   `json:"lang"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Questions []string `json:"questions"`
	Tags      []string `json:"tags"`
	Body      string   `json:"body"`
}

// New returns an index over articles that builds each language's Bleve
// index when it is first searched.
func New(articles []*knowledge.Article) *Index {
	ix := &Index{langs: map[string]*lazyLang{}}
	for _, a := range articles {
		ll := ix.langs[a.Lang]
		if ll == nil {
			ll = &lazyLang{}
			ix.langs[a.Lang] = ll
		}
		ll.articles = append(ll.articles, a)
	}
	return ix
}

// Build indexes articles in memory, every language now, built
// concurrently: what a long-running bot wants before it takes traffic.
func Build(ctx context.Context, articles []*knowledge.Article) (*Index, error) {
	ix := New(articles)
	if err := ix.Warm(ctx); err != nil {
		return nil, err
	}
	return ix, nil
}

// Warm builds every language's index that is not built yet.
func (ix *Index) Warm(ctx context.Context) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for l := range ix.langs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if ctx.Err() != nil {
				return
			}
			if _, err := ix.lang(l); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	return errors.Join(errs...)
}

// lang returns the built index of language l.
func (ix *Index) lang(l string) (*langIndex, error) {
	ll, ok := ix.langs[l]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoLanguage, l)
	}
	ll.once.Do(func() {
		ll.li, ll.err = buildLang(l, ll.articles)
		if ll.err != nil {
			ll.err = fmt.Errorf("indexing %s articles: %w", l, ll.err)
		}
	})
	return ll.li, ll.err
}

func newMapping(l string) (*mapping.IndexMappingImpl, error) {
	if err := registerAnalyzer(l); err != nil {
		return nil, err
	}
	name := analyzerName(l)
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = name
	m.ScoringModel = "bm25"
	dm := bleve.NewDocumentStaticMapping()
	for _, f := range fieldBoosts {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = name
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(f.name, fm)
	}
	for _, f := range []string{"id", "lang"} {
		km := bleve.NewKeywordFieldMapping()
		km.Store = false
		km.IncludeInAll = false
		km.DocValues = false
		dm.AddFieldMappingsAt(f, km)
	}
	m.DefaultMapping = dm
	return m, nil
}

func buildLang(l string, articles []*knowledge.Article) (*langIndex, error) {
	m, err := newMapping(l)
	if err != nil {
		return nil, err
	}
	// Scorch with an empty path keeps its segments in memory; it searches
	// several times faster than the older in-memory upsidedown store.
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("creating index: %w", err)
	}
	li := &langIndex{
		lang:     l,
		bleve:    bi,
		analyzer: AnalyzerFor(l),
		docTerms: map[string]map[string]bool{},
		focus:    map[string]map[string]bool{},
		named:    map[string]map[string]bool{},
		qTerms:   map[string][]map[string]bool{},
		df:       map[string]int{},
		n:        len(articles),
	}
	batch := bi.NewBatch()
	for _, a := range articles {
		d := doc{ID: a.ID, Lang: a.Lang, Title: a.Title, Summary: a.Summary, Questions: a.Questions, Tags: a.Tags, Body: a.Body}
		if err := batch.Index(a.ID, d); err != nil {
			return nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		terms, focus, named := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, text := range append([]string{a.Title}, a.Tags...) {
			for _, t := range li.analyzer.Terms(text) {
				named[t] = true
			}
		}
		for _, t := range li.analyzer.Terms(a.Body) {
			terms[t] = true
		}
		for _, text := range append([]string{a.Title, a.Summary}, append(a.Questions, a.Tags...)...) {
			for _, t := range li.analyzer.Terms(text) {
				terms[t] = true
				focus[t] = true
			}
		}
		for _, q := range append(a.Questions, a.Title) {
			set := map[string]bool{}
			for _, t := range li.analyzer.Terms(q) {
				set[t] = true
			}
			li.qTerms[a.ID] = append(li.qTerms[a.ID], set)
		}
		li.docTerms[a.ID] = terms
		li.focus[a.ID] = focus
		li.named[a.ID] = named
		for t := range terms {
			li.df[t]++
		}
	}
	if err := bi.Batch(batch); err != nil {
		return nil, fmt.Errorf("indexing: %w", err)
	}
	return li, nil
}

// Langs returns the languages that have an index.
func (ix *Index) Langs() []string {
	out := make([]string, 0, len(ix.langs))
	for l := range ix.langs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Has reports whether lang has an index.
func (ix *Index) Has(lang string) bool {
	_, ok := ix.langs[lang]
	return ok
}

// Hit is one article found for a query.
type Hit struct {
	ID    string
	Lang  string
	Score float64 // Bleve's BM25 score: comparable within one search only
	// Coverage is the share of the query's information (terms weighted by
	// rarity) that the article contains, in [0,1]. Terms the knowledge
	// base has never seen count in full against it, which is what makes
	// off-topic questions ("best pizza topping") score low.
	Coverage float64
	// Focus is Coverage counted on the article's title, summary, example
	// questions and tags only: what the article is about, not every word
	// its body happens to use.
	Focus float64
	// Nearest is the similarity of the query to the closest example
	// question of the article (weighted Dice coefficient, in [0,1]).
	Nearest float64
}

// Query is the analysed form of a question in one language.
type Query struct {
	Lang     string
	Terms    []string // unique terms, rarest first, at most maxQueryTerms
	Expanded bool     // synonyms were rewritten
	Unknown  int      // terms that no article in Lang contains
}

// ErrNoLanguage is returned when a language has no index.
var ErrNoLanguage = errors.New("no articles in this language")

// Analyze turns a question into a Query for lang's index.
func (ix *Index) Analyze(lang, text string) (Query, error) {
	li, err := ix.lang(lang)
	if err != nil {
		return Query{}, err
	}
	text, expanded := expand(lang, text)
	q := Query{Lang: lang, Expanded: expanded}
	seen := map[string]bool{}
	for _, t := range li.analyzer.Terms(text) {
		if !seen[t] {
			seen[t] = true
			q.Terms = append(q.Terms, t)
			if li.df[t] == 0 {
				q.Unknown++
			}
		}
	}
	sort.SliceStable(q.Terms, func(i, j int) bool { return li.df[q.Terms[i]] < li.df[q.Terms[j]] })
	if len(q.Terms) > maxQueryTerms {
		q.Terms = q.Terms[:maxQueryTerms]
	}
	return q, nil
}

// idf is the weight of a term in coverage: rare terms say more about what
// a question is about. A term no article has gets the highest weight.
func (li *langIndex) idf(t string) float64 {
	return math.Log(1 + (float64(li.n)+1)/(float64(li.df[t])+0.5))
}

// Search returns up to n articles for q, best first. A query with no
// known terms returns no hits.
func (ix *Index) Search(ctx context.Context, q Query, n int) ([]Hit, error) {
	li, err := ix.lang(q.Lang)
	if err != nil {
		return nil, err
	}
	var disj []query.Query
	for _, t := range q.Terms {
		if li.df[t] == 0 {
			continue
		}
		for _, f := range fieldBoosts {
			tq := query.NewTermQuery(t)
			tq.SetField(f.name)
			tq.SetBoost(f.boost)
			disj = append(disj, tq)
		}
	}
	if len(disj) == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(disj), n, 0, false)
	res, err := li.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("searching %s index: %w", q.Lang, err)
	}
	var total float64
	for _, t := range q.Terms {
		total += li.idf(t)
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		var covered, focused float64
		terms, focus := li.docTerms[h.ID], li.focus[h.ID]
		for _, t := range q.Terms {
			if terms[t] {
				covered += li.idf(t)
			}
			if focus[t] {
				focused += li.idf(t)
			}
		}
		hits = append(hits, Hit{ID: h.ID, Lang: q.Lang, Score: h.Score, Coverage: covered / total,
			Focus: focused / total, Nearest: li.nearest(h.ID, q.Terms, total)})
	}
	return hits, nil
}

// Overlap returns the share of q's information found in text (analysed as
// q's language), in [0,1]. The answer engine uses it to pick the section
// of an article that a question targets.
func (ix *Index) Overlap(q Query, text string) float64 {
	li, err := ix.lang(q.Lang)
	if err != nil || len(q.Terms) == 0 {
		return 0
	}
	have := map[string]bool{}
	for _, t := range li.analyzer.Terms(text) {
		have[t] = true
	}
	var covered, total float64
	for _, t := range q.Terms {
		w := li.idf(t)
		total += w
		if have[t] {
			covered += w
		}
	}
	return covered / total
}

// Close releases the indexes.
func (ix *Index) Close() error {
	var errs []error
	for _, ll := range ix.langs {
		// Closing waits for a build in progress; an index never built
		// has nothing to close.
		ll.once.Do(func() {})
		if ll.li != nil {
			errs = append(errs, ll.li.bleve.Close())
		}
	}
	return errors.Join(errs...)
}

// nearest is the weighted Dice similarity between the query terms and the
// closest example question of article id.
func (li *langIndex) nearest(id string, terms []string, total float64) float64 {
	best := 0.0
	for _, qs := range li.qTerms[id] {
		var shared, size float64
		for t := range qs {
			size += li.idf(t)
		}
		for _, t := range terms {
			if qs[t] {
				shared += li.idf(t)
			}
		}
		if d := 2 * shared / (total + size); d > best {
			best = d
		}
	}
	return best
}

// Without returns q without the terms that text contains (analysed as q's
// language): what a question asks beyond what text already answers.
func (ix *Index) Without(q Query, text string) Query {
	li, err := ix.lang(q.Lang)
	if err != nil {
		return q
	}
	have := map[string]bool{}
	for _, t := range li.analyzer.Terms(text) {
		have[t] = true
	}
	out := q
	out.Terms = nil
	for _, t := range q.Terms {
		if !have[t] {
			out.Terms = append(out.Terms, t)
		}
	}
	return out
}

// Weight is the share of q's information carried by the terms of part, a
// query made from q (e.g. by Without), in [0,1].
func (ix *Index) Weight(part, q Query) float64 {
	li, err := ix.lang(q.Lang)
	if err != nil {
		return 0
	}
	var num, den float64
	for _, t := range q.Terms {
		den += li.idf(t)
	}
	for _, t := range part.Terms {
		num += li.idf(t)
	}
	if den == 0 {
		return 0
	}
	return num / den
}

// InFocus reports whether term t is in the title or tags of article id:
// the words that name what the article is about.
func (ix *Index) InFocus(lang, id, t string) bool {
	li, err := ix.lang(lang)
	return err == nil && li.named[id][t]
}
