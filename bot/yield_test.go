package bot

import (
	"context"
	"errors"
	"testing"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/offer"
)

// A general question that names the danger, which the classifier is sure
// is about another article, gets that article and not the help path
// (distress.Finding.YieldsTo); a person named in danger keeps the help
// path. Lines written for this test.
func TestCuesYieldToSureArticle(t *testing.T) {
	b := newTestBot(t)
	r, err := b.Ask(context.Background(), "my cousin heard the guards there beat people who fail their quota, how common is that?", "en")
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != KindAnswer || r.Article == nil || r.Article.ID != "life-inside-compounds" || r.Urgent != nil {
		t.Errorf("general question about beatings inside: got %v %v (urgent %v), want life-inside-compounds", r.Kind, r.Article, r.Urgent != nil)
	}
	if r.Score < 0.8 {
		t.Errorf("the cues yield only to a sure answer; score %.2f", r.Score)
	}
	// The person named may be held now: the help-now and hotline buttons
	// come first, with a line saying what they are for.
	if r.Notice != Messages("en").YieldedHelp || len(r.Actions) < 2 || r.Actions[0].Kind != ActionHelpNow || r.Actions[1].Kind != ActionHotlines {
		t.Errorf("yielded answer: notice %q, actions %v; want the help-now line and buttons first", r.Notice, r.Actions)
	}
	// A general last question after a story about someone ("are Africans
	// also targeted?") is asked of the world: the sure article answers,
	// with the buttons, and the hotlines button is the named country's.
	r, err = b.Ask(context.Background(), "A man at our mosque says his nephew ended up in one of those scam buildings in Myanmar. Are Africans also targeted, or mostly Asians?", "en")
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != KindAnswer || r.Article == nil || r.Article.ID != "who-gets-trafficked" || r.Urgent != nil {
		t.Errorf("general last question: got %v %v (urgent %v), want who-gets-trafficked", r.Kind, r.Article, r.Urgent != nil)
	} else if len(r.Actions) < 2 || r.Actions[1].Kind != ActionHotlines || r.Actions[1].Arg != "Myanmar" {
		t.Errorf("general last question: actions %v, want the hotlines of Myanmar second", r.Actions)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "my bf is in kk park i think. what now"},
		{"vi", "anh toi bi giu o campuchia, bi danh"},
		{"en", "my sister says they beat her when she misses the quota and she cannot leave"},
	} {
		if id, ok := helpPath(t, b, c.text, c.lang); !ok {
			t.Errorf("%s %q: got %q, want the help path", c.lang, c.text, id)
		}
	}
}

// failingAnswerer is an engine whose every answer fails.
type failingAnswerer struct{}

func (failingAnswerer) Answer(context.Context, string, string) (answer.Result, error) {
	return answer.Result{}, errors.New("engine down")
}

// The classifier is asked only whether it may take the help path over: an
// engine that fails cannot silence the help path. Line written for this
// test.
func TestHelpPathSurvivesFailingEngine(t *testing.T) {
	kb := newTestBot(t).kb
	b := New(kb, failingAnswerer{}, offer.New())
	r, err := b.Ask(context.Background(), "my brother is locked in a compound in myawaddy and they beat him", "en")
	if err != nil {
		t.Fatalf("the help path failed with the engine: %v", err)
	}
	if r.Urgent == nil || r.Article == nil || !distress.IsHelpArticle(r.Article.ID) {
		t.Errorf("got %v %v, want the help path", r.Kind, r.Article)
	}
}
