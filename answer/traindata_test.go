package answer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
)

// The training files are data a writer edits: each line is three columns,
// a known topic or "-", a language the bot speaks, and a message; and none
// is the same as, or a near copy of, a line of an evaluation set (the
// figures those sets give would mean nothing).
func TestTrainingData(t *testing.T) {
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("train/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no training files (%v)", err)
	}
	evalFiles, _ := filepath.Glob("../testdata/eval/*.tsv")
	shared, _ := filepath.Glob("../../shared/eval/*.tsv")
	near := newNearIndex(t, append(evalFiles, shared...))
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(b) {
				t.Fatal("not UTF-8")
			}
			cases := readCases(t, f)
			if len(cases) == 0 {
				t.Fatal("no lines")
			}
			for _, c := range cases {
				if c.Expect != "" {
					if _, _, ok := kb.Article(c.Expect, lang.English); !ok {
						t.Errorf("line %d: unknown topic %q", c.Line, c.Expect)
					}
				}
				if !lang.Valid(c.Lang) {
					t.Errorf("line %d: unknown language %q", c.Line, c.Lang)
				}
				if strings.TrimSpace(c.Question) == "" {
					t.Errorf("line %d: empty message", c.Line)
				}
				if q, j := near.nearest(c.Question); j >= maxEvalSimilarity {
					t.Errorf("line %d: %q is a near copy (trigram Jaccard %.2f) of the evaluation line %q", c.Line, c.Question, j, q)
				}
			}
		})
	}
}

// maxEvalSimilarity is the character-trigram Jaccard similarity from which
// a training line counts as a near copy of an evaluation line. Common
// short questions written independently ("what can you do") reach it too:
// they are left out of the training data all the same.
const maxEvalSimilarity = 0.6

// nearIndex finds the evaluation line that shares the most character
// trigrams with a message.
type nearIndex struct {
	lines []string
	sizes []int
	by    map[string][]int // trigram -> lines holding it
}

func newNearIndex(t *testing.T, files []string) *nearIndex {
	t.Helper()
	ix := &nearIndex{by: map[string][]int{}}
	for _, f := range files {
		for _, c := range readCases(t, f) {
			tg := trigrams(c.Question)
			id := len(ix.lines)
			ix.lines = append(ix.lines, c.Question)
			ix.sizes = append(ix.sizes, len(tg))
			for g := range tg {
				ix.by[g] = append(ix.by[g], id)
			}
		}
	}
	return ix
}

func (ix *nearIndex) nearest(q string) (string, float64) {
	tg := trigrams(q)
	shared := map[int]int{}
	for g := range tg {
		for _, id := range ix.by[g] {
			shared[id]++
		}
	}
	best, bestJ := "", 0.0
	for id, n := range shared {
		if j := float64(n) / float64(len(tg)+ix.sizes[id]-n); j > bestJ {
			best, bestJ = ix.lines[id], j
		}
	}
	return best, bestJ
}

// trigrams are the character trigrams of a message, lower-cased with its
// spaces collapsed.
func trigrams(s string) map[string]bool {
	r := []rune(strings.Join(strings.Fields(strings.ToLower(s)), " "))
	out := map[string]bool{}
	for i := 0; i+3 <= len(r); i++ {
		out[string(r[i:i+3])] = true
	}
	if len(r) < 3 {
		out[string(r)] = true
	}
	return out
}
