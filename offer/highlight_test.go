package offer

import (
	"reflect"
	"testing"
)

func TestHighlights(t *testing.T) {
	sp := func(s, e int) []Span { return []Span{{Start: s, End: e}} }
	for _, tc := range []struct {
		name string
		text string
		res  *Result
		want []Highlight
	}{
		{"nil result", "abc", nil, nil},
		{"empty text", "", &Result{Signals: []Signal{{Spans: sp(0, 1)}}}, nil},
		{"the model's phrases are not highlighted", "Contact us per day",
			&Result{Signals: []Signal{{Category: modelCategory, Spans: []Span{{8, 10}, {11, 14}}}}}, nil},
		{"a rule under a model phrase keeps its number", "Contact us on Telegram",
			&Result{Signals: []Signal{
				{Category: modelCategory, Spans: sp(0, 10)},
				{Category: "channel", Spans: sp(14, 22)},
			}},
			[]Highlight{{Span: Span{14, 22}, Signal: 1}}},
		{"text order, counters flagged", "licensed agency, fee first",
			&Result{
				Signals: []Signal{{Category: "money", Spans: sp(17, 20)}},
				Counter: []Signal{{Category: "counter", Spans: sp(0, 15)}},
			},
			[]Highlight{{Span: Span{0, 15}, Counter: true}, {Span: Span{17, 20}}}},
		{"the stronger signal owns overlapping words and splits the weaker", "abcdefghij",
			&Result{Signals: []Signal{
				{Category: "a", Spans: sp(3, 5)},
				{Category: "b", Spans: sp(1, 8)},
			}},
			[]Highlight{{Span: Span{1, 3}, Signal: 1}, {Span: Span{3, 5}, Signal: 0}, {Span: Span{5, 8}, Signal: 1}}},
		{"a signal owns words over a counter-signal", "abcdef",
			&Result{
				Signals: []Signal{{Category: "a", Spans: sp(2, 4)}},
				Counter: []Signal{{Category: "counter", Spans: sp(0, 6)}},
			},
			[]Highlight{{Span: Span{0, 2}, Counter: true}, {Span: Span{2, 4}}, {Span: Span{4, 6}, Counter: true}}},
		{"spans outside the text, empty or across a rune are left out", "né x",
			&Result{Signals: []Signal{{Category: "a", Spans: []Span{{-1, 2}, {0, 2}, {3, 3}, {4, 9}, {4, 5}}}}},
			[]Highlight{{Span: Span{4, 5}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.res.Highlights(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Highlights(%q) = %+v, want %+v", tc.text, got, tc.want)
			}
		})
	}
}

// TestHighlightsOfACheck: on a real check, every highlight is a signal's
// words (never the model's) and the runs are ordered and disjoint.
func TestHighlightsOfACheck(t *testing.T) {
	text := "Urgent! Work in Cambodia, free flight, salary $3000 per month. Contact us on Telegram only. " +
		"Send a copy of your passport and pay the training fee first. Customer service job, no experience needed, " +
		"accommodation provided, apply today as places are limited for our company team."
	res := New().Check(text)
	hs := res.Highlights(text)
	if len(hs) == 0 {
		t.Fatalf("no highlights for %q (%+v)", text, res.Signals)
	}
	model := false
	for _, s := range res.Signals {
		model = model || s.Category == modelCategory && len(s.Spans) > 0
	}
	if !model {
		t.Fatalf("the model gave no phrases for %q: the test would prove nothing", text)
	}
	end := 0
	for _, h := range hs {
		if h.Start < end || h.End <= h.Start {
			t.Errorf("highlight %+v overlaps or is empty", h)
		}
		end = h.End
		sigs := res.Signals
		if h.Counter {
			sigs = res.Counter
		}
		if sigs[h.Signal].Category == modelCategory {
			t.Errorf("the model's phrase %q is highlighted", text[h.Start:h.End])
		}
	}
}
