package distress

import "testing"

// The seventy-first blind set's kinds, with lines written for this test:
// Kupang Indonesian ("kaka parampuan", "sonde ada kabar", "pi karja luar
// negri"); prisoners of war held long ago, asked about in Sabah Malay.
func TestAfter71Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"id", "adi parampuan su dua bulan sonde ada kabar, pi karja di luar negri", true, ArticleOther},
		{"ms", "betul ka tawanan perang dulu ditahan di kem Batu Lintang? sejarah dia macam mana", false, ""},
	})
}

// The seventy-second blind set's kinds, with lines written for this test:
// a Chhattisgarhi brother's phone off for months since leaving for Laos
// ("फोन .. बंद"), words between the phone and its being off; a sealing or
// polishing compound, an event held.
func TestAfter72Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "मोर भाई के फोन तीन महीना ले बंद हे, कंबोडिया गे रहिस नौकरी बर", true, ArticleOther},
		// A polishing compound and a regatta held are no compound and no
		// one held; a brother held still is.
		{"en", "which polishing compound is best for old headlights, and do I need a machine", false, ""},
		{"en", "where is the regatta held this year and can we watch from the pier", false, ""},
		{"en", "my brother is held in a compound near the border and they took his passport", true, ArticleOther},
	})
	for _, text := range []string{
		"which polishing compound is best for old headlights, and do I need a machine",
		"where is the regatta held this year and can we watch from the pier",
	} {
		if f := Detect(text, "en"); f.Grounded() {
			t.Errorf("%q grounds the help articles' lower bar (cues %+v)", text, f.Cues)
		}
	}
}
