package distress

import "testing"

// The fifty-ninth blind set's kinds, with lines written for this test: a
// golf bunker and a stroke penalty and Joseph sold in Genesis are no one in
// danger; a Garhwali "भुला" (younger brother) is a relative.
func TestAfter59Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my ball landed in a trap and I touched the sand with my club, is that a 2 stroke penalty?", false, ""},
		{"en", "for my sunday school class: why was Joseph sold by his brothers and for how much?", false, ""},
		{"hi", "म्यारु भुला म्यांमार मा फँसयूं छ, कंपनी छोड़दी नी, पैसा मांगणा छन", true, ArticleOther},
	})
}
