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

// denseLangs are the languages analysed into character bigrams.
var denseLangs = map[string]bool{"th": true}

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
	engine   *engine
	analyzer *Analyzer
	docTerms map[string]map[string]bool   // article id → its terms
	focus    map[string]map[string]bool   // article id → terms of title, summary, questions, tags
	named    map[string]map[string]bool   // article id → terms of title and tags
	head     map[string]map[string]bool   // article id → terms of title and summary
	sections map[string][]map[string]bool // article id → terms of each section (heading and text)
	qSizes   map[string][]float64         // article id → weight of each example question
	weights  map[string]float64           // term → idf, for every term some article has
	// unknownIDF is the weight of a term no article has: the highest.
	unknownIDF float64
	qTerms     map[string][]map[string]bool // article id → terms of each example question
	df         map[string]int               // term → number of articles that have it
	n          int
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
func New(articles []*knowledge.Article) (*Index, error) {
	ix := &Index{langs: map[string]*lazyLang{}}
	for _, a := range articles {
		ll := ix.langs[a.Lang]
		if ll == nil {
			// Register now, while nothing is built: Bleve's registry
			// must not be written while another build reads it.
			if err := registerAnalyzer(a.Lang); err != nil {
				return nil, err
			}
			ll = &lazyLang{}
			ix.langs[a.Lang] = ll
		}
		ll.articles = append(ll.articles, a)
	}
	return ix, nil
}

// Build indexes articles in memory, every language now, built
// concurrently: what a long-running bot wants before it takes traffic.
func Build(ctx context.Context, articles []*knowledge.Article) (*Index, error) {
	ix, err := New(articles)
	if err != nil {
		return nil, err
	}
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
	name := analyzerName(l)
	m := mapping.NewIndexMapping()
	m.DefaultAnalyzer = name
	m.ScoringModel = "bm25"
	dm := mapping.NewDocumentStaticMapping()
	for _, f := range fieldBoosts {
		fm := mapping.NewTextFieldMapping()
		fm.Analyzer = name
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(f.name, fm)
	}
	for _, f := range []string{"id", "lang"} {
		km := mapping.NewKeywordFieldMapping()
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
	// Scorch in memory: it searches several times faster than the older
	// in-memory upsidedown store.
	bi, err := newEngine(m)
	if err != nil {
		return nil, fmt.Errorf("creating index: %w", err)
	}
	li := &langIndex{
		lang:     l,
		engine:   bi,
		analyzer: AnalyzerFor(l),
		docTerms: map[string]map[string]bool{},
		focus:    map[string]map[string]bool{},
		named:    map[string]map[string]bool{},
		head:     map[string]map[string]bool{},
		sections: map[string][]map[string]bool{},
		qSizes:   map[string][]float64{},
		qTerms:   map[string][]map[string]bool{},
		df:       map[string]int{},
		n:        len(articles),
	}
	batch := bi.newBatch()
	for _, a := range articles {
		// Articles get the same synonym rewrite as questions, so that a
		// question's "Cambodian police" and an article's "Cambodia's
		// police" meet on one term, whichever side used which name.
		c := canonicalArticle(l, a)
		d := doc{ID: a.ID, Lang: a.Lang, Title: c.Title, Summary: c.Summary, Questions: c.Questions, Tags: c.Tags, Body: c.Body}
		if err := batch.add(a.ID, d); err != nil {
			return nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		terms, focus, named := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, text := range append([]string{c.Title}, c.Tags...) {
			for _, t := range li.analyzer.Terms(text) {
				named[t] = true
			}
		}
		for _, t := range li.analyzer.Terms(c.Body) {
			terms[t] = true
		}
		for _, text := range append([]string{c.Title, c.Summary}, append(c.Questions, c.Tags...)...) {
			for _, t := range li.analyzer.Terms(text) {
				terms[t] = true
				focus[t] = true
			}
		}
		for _, q := range append(c.Questions, c.Title) {
			set := map[string]bool{}
			for _, t := range li.analyzer.Terms(q) {
				set[t] = true
			}
			li.qTerms[a.ID] = append(li.qTerms[a.ID], set)
		}
		li.docTerms[a.ID] = terms
		li.focus[a.ID] = focus
		li.named[a.ID] = named
		li.head[a.ID] = li.termSet(c.Title + "\n" + c.Summary)
		for _, sec := range c.Sections {
			li.sections[a.ID] = append(li.sections[a.ID], li.termSet(sec.Heading+"\n"+sec.Text))
		}
		for t := range terms {
			li.df[t]++
		}
	}
	li.computeWeights()
	if err := bi.apply(batch); err != nil {
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
	if w, ok := li.weights[t]; ok {
		return w
	}
	return li.unknownIDF
}

// computeWeights fills the idf cache once the document frequencies are
// known, so scoring a query does no logarithms.
func (li *langIndex) computeWeights() {
	li.weights = make(map[string]float64, len(li.df))
	for t, n := range li.df {
		li.weights[t] = math.Log(1 + (float64(li.n)+1)/(float64(n)+0.5))
	}
	li.unknownIDF = math.Log(1 + (float64(li.n)+1)/0.5)
	for id, qs := range li.qTerms {
		sizes := make([]float64, len(qs))
		for i, set := range qs {
			for t := range set {
				sizes[i] += li.weights[t]
			}
		}
		li.qSizes[id] = sizes
	}
}

// Search returns up to n articles for q, best first. A query with no
// known terms returns no hits.
func (ix *Index) Search(ctx context.Context, q Query, n int) ([]Hit, error) {
	li, err := ix.lang(q.Lang)
	if err != nil {
		return nil, err
	}
	var disj []query.Query
	// In Chinese and Thai, bigrams that most articles contain (pieces of
	// common words) add little to BM25 but cost one searcher per field,
	// and searchers are most of a query's cost; a Thai question makes
	// many of them. Those terms are matched in the example questions
	// only; they still count in coverage. Elsewhere every term is
	// searched in every field: measured, it ranks better.
	common := li.n + 1
	if denseLangs[li.lang] {
		common = li.n * 8 / 10
	}
	for _, t := range q.Terms {
		df := li.df[t]
		if df == 0 {
			continue
		}
		for _, f := range fieldBoosts {
			if df > common && f.name != "questions" {
				continue
			}
			tq := query.NewTermQuery(t)
			tq.SetField(f.name)
			tq.SetBoost(f.boost)
			disj = append(disj, tq)
		}
	}
	if len(disj) == 0 {
		return nil, nil
	}
	res, err := li.engine.search(ctx, query.NewDisjunctionQuery(disj), n)
	if err != nil {
		return nil, fmt.Errorf("searching %s index: %w", q.Lang, err)
	}
	var total float64
	for _, t := range q.Terms {
		total += li.idf(t)
	}
	hits := make([]Hit, 0, len(res))
	for _, h := range res {
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

// Close releases the indexes.
func (ix *Index) Close() error {
	var errs []error
	for _, ll := range ix.langs {
		// Closing waits for a build in progress; an index never built
		// has nothing to close.
		ll.once.Do(func() {})
		if ll.li != nil {
			errs = append(errs, ll.li.engine.close())
		}
	}
	return errors.Join(errs...)
}

// nearest is the weighted Dice similarity between the query terms and the
// closest example question of article id.
func (li *langIndex) nearest(id string, terms []string, total float64) float64 {
	best := 0.0
	sizes := li.qSizes[id]
	for i, qs := range li.qTerms[id] {
		var shared float64
		size := sizes[i]
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

// InFocus reports whether term t is in the title or tags of article id:
// the words that name what the article is about.
func (ix *Index) InFocus(lang, id, t string) bool {
	li, err := ix.lang(lang)
	return err == nil && li.named[id][t]
}

// Sections says which section of article id a question targets. rest is
// the share of q's information that the article's title and summary do
// not already cover; cover[i] is the share of that remainder found in the
// article's i-th section (knowledge.Article.Sections order). Section terms
// are analysed at build time, so this costs a few map lookups.
func (ix *Index) Sections(q Query, id string) (rest float64, cover []float64) {
	li, err := ix.lang(q.Lang)
	if err != nil {
		return 0, nil
	}
	head := li.head[id]
	var total, restW float64
	var restTerms []string
	for _, t := range q.Terms {
		w := li.idf(t)
		total += w
		if !head[t] {
			restW += w
			restTerms = append(restTerms, t)
		}
	}
	if total == 0 || restW == 0 {
		return 0, nil
	}
	secs := li.sections[id]
	cover = make([]float64, len(secs))
	for i, set := range secs {
		var c float64
		for _, t := range restTerms {
			if set[t] {
				c += li.idf(t)
			}
		}
		cover[i] = c / restW
	}
	return restW / total, cover
}

func (li *langIndex) termSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, t := range li.analyzer.Terms(text) {
		set[t] = true
	}
	return set
}

// canonicalArticle returns a copy of a's searchable text with synonyms
// rewritten as in a question (see expand).
func canonicalArticle(lang string, a *knowledge.Article) knowledge.Article {
	ex := func(s string) string {
		out, _ := expand(lang, s)
		return out
	}
	c := knowledge.Article{Title: ex(a.Title), Summary: ex(a.Summary), Body: ex(a.Body)}
	for _, q := range a.Questions {
		c.Questions = append(c.Questions, ex(q))
	}
	for _, t := range a.Tags {
		c.Tags = append(c.Tags, ex(t))
	}
	for _, sec := range a.Sections {
		c.Sections = append(c.Sections, knowledge.Section{Heading: ex(sec.Heading), Text: ex(sec.Text)})
	}
	return c
}
