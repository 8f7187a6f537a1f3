package bot

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/scambot/scambot/answer"
)

// TestUnseenHelpPath runs the help-path set that was written blind (people
// held in compounds and their families, 8 languages) and first run on
// 4 Dec 2026 at 84/84. It has no floor but 100%: whoever says they or a
// relative are held, beaten, sold or asked for ransom never gets "I don't
// have a good answer", whatever retrieval does.
func TestUnseenHelpPath(t *testing.T) {
	f, err := os.Open("../testdata/eval/helppath-unseen.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := answer.ReadCases(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 80 {
		t.Fatalf("%d cases, want the whole set (84)", len(cases))
	}
	b := newTestBot(t)
	for _, c := range cases {
		r, err := b.Ask(context.Background(), c.Question, "")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if r.Kind == KindAnswer && r.Article != nil {
			got = r.Article.ID
		}
		if !strings.Contains("|"+c.Expect+"|", "|"+got+"|") || got == "" {
			t.Errorf("line %d (%s): got %q (kind %s), want one of %s", c.Line, c.Lang, got, r.Kind, c.Expect)
		}
	}
}
