package distress

import "testing"

// The thirty-ninth blind set's kinds: Terengganu and Kelantan Malay ("dok
// buleh balik", money asked "baru nok lepas"); a loose tooth "stuck" and a
// price "sold so dear" (English). Lines written for this test.
func TestSet39Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"ms", "abang kite kat kemboja dok buleh balik, ore situ mintak duit RM20k baru nok lepas", true, ArticleOther},
		{"ms", "adik aku x leh keluar dari bangunan tu, bos mintak duit baru nak lepas", true, ArticleOther},
		{"en", "my son's baby tooth is stuck and the new one is coming through, dentist or wait?", false, ""},
		{"en", "why are mangoes sold so dear at the market this year?", false, ""},
	})
}
