package answer

import (
	"context"
	"testing"
)

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"verifi", "verifii", true},   // insertion
		{"recruit", "recrut", true},   // deletion
		{"passport", "pasport", true}, // deletion inside
		{"agency", "agincy", true},    // substitution
		{"agency", "agency", false},   // the same word is not one edit
		{"agency", "agencies", false},
		{"bank", "tank", true},
		{"ngân", "ngâm", true}, // runes, not bytes
		{"ngân", "ngam", false},
		{"", "a", true},
	} {
		if got := oneEdit(c.a, c.b); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := oneEdit(c.b, c.a); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

func TestVocabularyUnfamiliar(t *testing.T) {
	v := newVocabulary(map[string]bool{"job": true, "offer": true, "passport": true, "recruiter": true, "verify": true, "abroad": true})
	for _, c := range []struct {
		name   string
		terms  []string
		share  float64
		judged bool
	}{
		{"all known", []string{"job", "offer", "abroad"}, 0, true},
		{"one word is too few to judge", []string{"deer"}, 0, false},
		{"mostly unknown", []string{"deer", "hunting", "season", "offer"}, 0.75, true},
		{"a misspelt long word is familiar", []string{"pasport", "recruiterr", "trout"}, 1.0 / 3, true},
		{"a short word one letter off is not", []string{"jab", "ofer"}, 1, true},
		{"below the threshold the misspellings are not looked up", []string{"job", "pasport", "offer", "abroad", "verify"}, 1.0 / 5, true},
	} {
		share, judged := v.unfamiliar(c.terms)
		if judged != c.judged || (judged && share != c.share) {
			t.Errorf("%s: unfamiliar(%q) = %v, %v; want %v, %v", c.name, c.terms, share, judged, c.share, c.judged)
		}
	}
}

// The embedded model carries the English vocabulary and withholds an
// answer whose question is mostly about something else, never one of the
// help articles, and a misspelt question keeps its answer.
func TestUnfamiliarWordsAbstain(t *testing.T) {
	e := testEngine(t)
	if e.model.Meta.Unfamiliar <= 0 || len(e.model.vocab["en"]) == 0 {
		t.Fatal("the embedded model has no English vocabulary for the unfamiliar-words rule")
	}
	ctx := context.Background()
	for _, c := range []struct {
		q, want string
	}{
		// "recovery" alone pointed at recovery scams (score 0.93).
		{"recovery smoothie recipe with banana oats and yoghurt", ""},
		// A quarter of the words unfamiliar: "report" alone pointed at
		// reporting a scam (0.86) while the share was a half.
		{"someone keeps taking my kayak off the beach rack, who do I report that to", ""},
		{"my cousin is locked up in a compound in myawaddy, they beat him with batons and took his passport", "help-someone-trapped"},
		{"how can i verifiy that a recrutment agency abroad is real before i pay them", "verify-a-job-offer"},
	} {
		r, err := e.Answer(ctx, c.q, "en")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if r.Answered {
			got = r.Article.ID
		}
		if got != c.want {
			t.Errorf("%q: got %q (score %.2f, unfamiliar %v), want %q", c.q, got, r.Score, r.Unfamiliar, c.want)
		}
		if c.want == "" && !r.Unfamiliar {
			t.Errorf("%q: abstained but not for unfamiliar words", c.q)
		}
	}
}

// The rule never withholds the help path's articles: a number asked for in
// a few words is often half names.
func TestUnfamiliarMayWithhold(t *testing.T) {
	for _, c := range []struct {
		article string
		score   float64
		want    bool
	}{
		{"report-a-scam", 0.86, true},
		{"report-a-scam", unfamiliarMaxScore, false},
		{"hotlines", 0.7, false},
		{"trapped-what-to-do", 0.7, false},
		{"help-someone-trapped", 0.7, false},
	} {
		if got := unfamiliarMayWithhold(c.article, c.score); got != c.want {
			t.Errorf("unfamiliarMayWithhold(%q, %v) = %v, want %v", c.article, c.score, got, c.want)
		}
	}
}
