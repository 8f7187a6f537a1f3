package distress

import "testing"

// The thirty-third blind set's kinds: others still in the building told
// by one who got out; a nephew already taken by speedboat across a river
// ("dibawa naik speedboat": set out, not a plan); a captor's phone call in
// Chinese is not a hotline asked for; a romance scammer "stuck" abroad and
// needing money for a flight; a CD stuck in a car radio. Lines written
// for this test.
func TestSet33Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "I got out last month. Two boys from my floor are still in the compound in Myawaddy and get beaten when they miss target. Who should I give their names to?", true, ""},
		{"id", "adik sy dibawa naik perahu malam2 nyebrang sungai, katanya mau kerja di thailand tp skrg di myanmar, hp nya mati", true, ArticleOther},
		{"zh", "我儿子在柬埔寨被扣了，对方打电话要二十万才放人，我该怎么办", true, ArticleOther},
		{"en", "matched with a guy online, he says he's stranded in Dubai and needs money for a plane ticket to come see me, is that a scam?", false, ""},
		{"ms", "kad sim tersangkut dalam slot telefon, x boleh keluar, macam mana nak keluarkan", false, ""},
	})
}

// A number asked for people held, in general, gets the hotlines; a number
// for everyday trouble does not. Hiding in a toilet, typing in secret, is
// the writer inside. Lines written for this test.
func TestSet33NumberForPeopleHeld(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"th", "เบอร์ 1300 ช่วยคนที่ถูกหลอกไปแล้วออกมาไม่ได้ได้จริงไหม", true, ArticleHotlines},
		{"en", "is there really a hotline that helps people who are held in those compounds and cannot leave?", true, ArticleHotlines},
		{"en", "is there a hotline for people stuck in a lift in our building?", false, ""},
		{"zh", "半夜躲在厕所偷偷打字，不敢出声，在西港", true, ArticleSelf},
	})
}
