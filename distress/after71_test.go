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

// The seventy-second blind set's help kind, with a line written for this
// test: a Chhattisgarhi brother's phone off for months since leaving for
// Laos ("फोन .. बंद"), words between the phone and its being off.
func TestAfter72Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "मोर भाई के फोन तीन महीना ले बंद हे, कंबोडिया गे रहिस नौकरी बर", true, ArticleOther},
	})
}
