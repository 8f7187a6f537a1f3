package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// engine is one in-memory Bleve (Scorch) index and its mapping, driven
// through Bleve's own index, query and collector packages rather than the
// top-level bleve package. That package wraps the same calls but also
// links what this index never uses — the older upsidedown index and its
// key-value stores, highlighters, facets, score fusion, the query-string
// parser, expvar — 0.8 MB of the binary. Search ranks exactly as
// bleve.Index.SearchInContext does for our requests: the same searcher,
// BM25 scoring model and top-N collector sorted by score.
type engine struct {
	m  *mapping.IndexMappingImpl
	ix bleveindex.Index
}

// analysisQueue analyses documents for every index, as bleve's global
// configuration does (the same four workers), started on first use.
var analysisQueue = sync.OnceValue(func() *bleveindex.AnalysisQueue { return bleveindex.NewAnalysisQueue(4) })

// newEngine opens an empty in-memory index with mapping m.
func newEngine(m *mapping.IndexMappingImpl) (*engine, error) {
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("mapping: %w", err)
	}
	// An empty path keeps Scorch's segments in memory.
	ix, err := scorch.NewScorch(scorch.Name, map[string]any{"path": ""}, analysisQueue())
	if err != nil {
		return nil, err
	}
	if err := ix.Open(); err != nil {
		return nil, err
	}
	return &engine{m: m, ix: ix}, nil
}

// batch collects documents to index together.
type batch struct {
	e *engine
	b *bleveindex.Batch
}

func (e *engine) newBatch() *batch { return &batch{e: e, b: bleveindex.NewBatch()} }

// add maps data (a struct with json tags) to a document under id.
func (b *batch) add(id string, data any) error {
	d := document.NewDocument(id)
	if err := b.e.m.MapDocument(d, data); err != nil {
		return err
	}
	b.b.Update(d)
	return nil
}

func (e *engine) apply(b *batch) error { return e.ix.Batch(b.b) }

// hit is one document found, with its score.
type hit struct {
	ID    string
	Score float64
}

// search runs q and returns the n best documents by score.
func (e *engine) search(ctx context.Context, q query.Query, n int) (_ []hit, err error) {
	r, err := e.ix.Reader()
	if err != nil {
		return nil, fmt.Errorf("opening index reader: %w", err)
	}
	defer func() {
		if cerr := r.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	model := bleveindex.DefaultScoringModel
	if e.m.ScoringModel == bleveindex.BM25Scoring {
		model = bleveindex.BM25Scoring
	}
	ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return model }))
	ctx = search.ContextWithTermSearchersCounter(ctx)
	s, err := q.Searcher(ctx, r, e.m, search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	defer func() {
		if serr := s.Close(); err == nil && serr != nil {
			err = serr
		}
	}()
	coll := collector.NewTopNCollector(n, 0, search.SortOrder{&search.SortScore{Desc: true}})
	if err := coll.Collect(ctx, s, r); err != nil {
		return nil, err
	}
	res := coll.Results()
	out := make([]hit, len(res))
	for i, d := range res {
		out[i] = hit{ID: d.ID, Score: d.Score}
	}
	return out, nil
}

func (e *engine) close() error { return e.ix.Close() }
