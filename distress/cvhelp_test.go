package distress

import "testing"

// Help kinds that only the classifier answered among the cross-validated
// held-out lines (6 Dec 2026), now found by cues, with lines written for
// this test: charged before being let home and a fine to resign
// (Tagalog), working until a debt is paid off (Indonesian), compensation
// demanded to come home and a floor locked from outside (Vietnamese), the
// food stopped when the target is missed (Hindi, Tagalog), a Maithili
// "बेचि देलक" (sold).
func TestClassifierOnlyHelpKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"tl", "yung kuya ko sinisingil ng company bago payagang umuwi, 150k daw", true, ArticleOther},
		{"tl", "gusto ko na mag resign pero may multa daw na 200k, hindi ako makaalis", true, ArticleSelf},
		{"vi", "em trai tôi muốn về nhưng bị bắt bồi thường hợp đồng 3000 đô", true, ArticleOther},
		{"vi", "bọn em bị khóa cửa bên ngoài cả đêm, không ra được", true, ArticleSelf},
		{"hi", "mera bhai bolta hai target kam ho to khana band kar dete hain", true, ArticleOther},
		{"hi", "हमर भाई केँ दोसर कंपनी केँ बेचि देलक", true, ArticleOther},
		// A fine for leaving a gym, or a door locked from outside at
		// night by a landlord, with no danger told, stays everyday enough.
		{"id", "kalau cicilan motor sampai lunas baru boleh balik nama ya?", false, ""},
	})
	if f := Detect("adik saya kerja sampai utang lunas baru boleh pulang, katanya tiket itu utang", "id"); !f.hasConcept("debt") {
		t.Errorf("working until the debt is paid is no debt (cues %+v)", f.Cues)
	}
}
