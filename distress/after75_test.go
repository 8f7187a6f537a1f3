package distress

import "testing"

// The seventy-fifth blind set's kinds, with lines written for this test: a
// trading site that will not let one take out one's money; a chip's "slave"
// address; exam papers locked in a strongroom; a selfie holding an ID card;
// Palembang "bener dak" (is it true); a coin to sell; a Guangxi mother's son
// silent for months ("几个月没打电话回来了", whose "回来了" is no one back);
// a Garhwali son gone abroad for work with no news ("खबर नी").
func TestAfter75Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the crypto app won't let me withdraw my funds unless I pay a tax first, is this normal?", false, ""},
		{"en", "arduino says no slave address found on the bus, is my sensor dead?", false, ""},
		{"en", "who should hold the key when question papers are locked in the strongroom overnight?", false, ""},
		{"id", "daftar akun bank online diminta foto selfie pegang KTP, aman gak ya?", false, ""},
		{"id", "katanya kalo sudah masuk situ hp disita terus dipukul, bener dak?", false, ""},
		{"ms", "setem lama tahun 1957 kalau jual dapat berapa? kawan cakap mahal", false, ""},
		// Silent since leaving for work abroad, and held: the help path.
		{"zh", "我仔去了柬埔寨打工，两个月没打电话回来了，微信也不回", true, ArticleOther},
		{"hi", "म्यार नौनी विदेश नौकरी खुणि गै, द्वी हफ्ता ह्वेगे कुछ खबर नी, फोन बंद", true, ArticleOther},
		{"en", "they took my passport and locked it in the safe, i cannot leave the compound", true, ArticleSelf},
	})
}
