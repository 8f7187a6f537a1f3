package distress

import "testing"

// The sixty-ninth blind set's kinds, with lines written for this test: a
// child called "anak" in Sabah English, a golf club called a rescue.
func TestAfter69Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my anak went to Laos for a warehouse job and now they beat him and keep his passport, where do we start", true, ArticleOther},
		{"en", "is a rescue club easier to hit than a 5 iron for a beginner?", false, ""},
	})
	if f := Detect("is a rescue club easier to hit than a 5 iron for a beginner?", "en"); f.Grounded() {
		t.Errorf("a golf club grounds the help articles' lower bar (cues %+v)", f.Cues)
	}
}
