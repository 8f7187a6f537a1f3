package distress

import "testing"

// The ninety-fourth blind set's kinds, with lines written for this test: a
// Hindi friend's armed guards and a threat to sell him on if he runs ("aage
// bech denge"), whose "hum log" (we) read as people in general (given life
// inside); "I hear they beat them .. is it true?" is hearsay; air that
// escapes from a tyre is no escape.
func TestAfter94Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "mera cousin bola wahan guard bandook leke khade rehte hain aur bhaagne pe aage bech denge, hum log kya karein", true, ArticleOther},
		{"en", "i hear dem lock the workers inside and beat them, is that true?", false, ""},
	})
	testNoConcept(t, "en", "the air escapes from my front tyre every night, no nail in it", "rescue")
}
