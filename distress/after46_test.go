package distress

import "testing"

// Kinds read in the forty-sixth blind set's misses, with lines written
// for this test: a catch counted as sold, a grade held, photos taken at a
// youth camp, a mother taken to hospital by ambulance are everyday; a
// brother beaten and taken to hospital from a compound is not.
func TestAfter46Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "at the fish market when is the catch counted as sold and when do I get paid?", false, ""},
		{"en", "my degree certificate is held until I pay the library fine, is that allowed?", false, ""},
		{"en", "they beat my brother so badly he was taken to hospital, now he is back in the compound in Myawaddy", true, ArticleOther},
	})
	testDoubted(t, []doubtCase{
		{"en", "dad was taken to hospital by ambulance and nobody told us which one, who do I ring?", ArticleOther, 0.85},
		{"en", "do we need parents' consent for photos taken at the church summer camp?", ArticleOther, 0.7},
	}, nil)
}
