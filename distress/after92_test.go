package distress

import "testing"

// The ninety-second blind set's kinds, with lines written for this test:
// three help messages the bot had no answer for (an Indonesian friend to be
// taken across into Myanmar tomorrow, "diseberangkan ke Myanmar"; a Malay
// guard with a pistol beside a fine to quit; a Tagalog writer sick and
// refused a hospital, "ayaw nila ako dalhin sa ospital"), and everyday
// lines: a speaker taken "for noise", prices "beaten", termites trapped, a
// dog that ate poison.
func TestAfter92Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"id", "adik saya sekarang di Mae Sot, katanya malam ini diseberangkan ke Myanmar, bukan ke pabrik yg dijanjikan", true, ArticleOther},
		{"ms", "kat sini pengawal pegang senapang, nak keluar kena bayar denda 20 ribu", true, ArticleSelf},
		{"tl", "nilalagnat ako 5 araw na, ayaw nila akong dalhin sa ospital, nasa Myawaddy ako", true, ArticleSelf},
		{"en", "cops took my sound system last night for noise, do i pay a fine to get it back?", false, ""},
		{"en", "the new supermarket has beaten our prices on maize meal, how do we keep customers?", false, ""},
		{"en", "best way to get flying termites trapped in a bucket at night?", false, ""},
	})
	// The classifier's help article (0.6) is doubted.
	if f := Detect("chó nhà mình vừa ăn phải bả, sùi bọt mép, sơ cứu thế nào trước khi đưa đi thú y", "vi"); !f.Doubts(ArticleSelf, 0.6) {
		t.Errorf("a dog that ate poison: the help article is not doubted (cues %+v)", f.Cues)
	}
}
