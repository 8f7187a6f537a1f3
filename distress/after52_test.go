package distress

import "testing"

// Kinds read in the fifty-second blind set's misses, with lines written for
// this test: a thing "stuck" after a possessive or a two-word noun (a
// friend's train, a handbag strap), Malay "die" (he, she) and "beruang" (a
// bear) that English "die" and a typo of "berutang" took for danger, a
// brother held at the local police station over street racing, someone
// stranded by a typhoon. A colleague is a person: stuck in a compound, he
// still gets the help path.
func TestAfter52Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my sister's bus was stuck outside the depot for two hours and she missed her interview, can she ask for another slot?", false, ""},
		{"en", "my aunt's coat sleeve got stuck in the tram doors and she fell, who does she complain to?", false, ""},
		{"ms", "atuk aku kat kebun, ada beruang dekat pondok, die takut nak keluar, call bomba ke?", false, ""},
		{"id", "adikku ditahan di polsek gara-gara balap liar, orang tuanya harus apa?", false, ""},
		{"en", "my cousin is stuck at the airport in Taipei because of the typhoon, can he rebook for free?", false, ""},
		{"en", "my colleague is stuck in a compound in Myawaddy and they took his passport", true, ArticleOther},
		{"en", "my friend's son is stuck in Cambodia, the company will not let him leave", true, ArticleOther},
	})
}
