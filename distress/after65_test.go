package distress

import "testing"

// The sixty-fifth blind set's kinds, with lines written for this test:
// Spanish words for relatives in American English; something seen on the
// news and asked about, and "what do they do to those people", are general
// questions.
func TestAfter65Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "mi sobrina went to Cambodia for an office job and now they won't let her leave, what do we do", true, ArticleOther},
		{"en", "saw on the news they keep people locked in buildings over there and beat them, is it true?", false, ""},
	})
	f := Detect("what do they do to those kids inside the compounds when they miss the target, beat them?", "en")
	if !f.has(kindGeneral) {
		t.Errorf("'what do they do to those kids' is no general question (cues %+v)", f.Cues)
	}
}
