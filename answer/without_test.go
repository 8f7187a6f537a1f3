package answer

import (
	"context"
	"testing"

	"github.com/scambot/scambot/knowledge"
)

// AnswerWithout never answers with, nor lists, an article it was told to
// leave out, and answers as Answer when nothing is left out. Lines written
// for this test.
func TestAnswerWithout(t *testing.T) {
	e := testEngine(t)
	ctx := context.Background()
	help := func(id string) bool {
		return id == knowledge.TopicTrappedWhatToDo || id == knowledge.TopicHelpSomeoneTrapped
	}
	for _, q := range []string{
		"my son is thinking of taking a job at a casino in myawaddy, they will drive him across the border, what should we ask before he agrees?",
		"my brother is locked in a compound in cambodia, what can we do",
		"what is pig butchering",
	} {
		all, err := e.Answer(ctx, q, "en")
		if err != nil {
			t.Fatal(err)
		}
		same, err := e.AnswerWithout(ctx, q, "en", nil)
		if err != nil {
			t.Fatal(err)
		}
		if all.Answered != same.Answered || all.Score != same.Score || (all.Article == nil) != (same.Article == nil) ||
			all.Article != nil && all.Article.ID != same.Article.ID {
			t.Errorf("%q: AnswerWithout(nil) differs from Answer", q)
		}
		res, err := e.AnswerWithout(ctx, q, "en", help)
		if err != nil {
			t.Fatal(err)
		}
		if res.Article != nil && help(res.Article.ID) {
			t.Errorf("%q: answered %s, which was left out", q, res.Article.ID)
		}
		for _, c := range res.Candidates {
			if help(c.ID) {
				t.Errorf("%q: candidate %s was left out", q, c.ID)
			}
		}
	}
}
