package distress

import "testing"

// The fifty-eighth blind set's kinds, with lines written for this test: a
// teacher explaining to a class and a question about an average day for
// someone held are general; a Patois "me grandson", a Sichuan 侄儿 and a
// Bundeli "moda" are relatives; USDT "released" after a tax is money; a
// former pupil back from Laos is back.
func TestAfter58Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "me son deh a Cambodia an dem nah lettin him leave, wah fi do", true, ArticleOther},
		{"zh", "我侄儿在缅甸出不来，那边要十万赎人，咋个办", true, ArticleOther},
		{"hi", "hamaao moda Myanmar mein fas gao hai, company chhodat nai, ka karen", true, ArticleOther},
		{"en", "for my form 5 class I want to explain why the workers in those camps cannot just leave", false, ""},
		{"en", "what is a normal day like for someone locked inside those scam compounds", false, ""},
		{"zh", "我在平台上炒币赚了三万，提现说要先交税才能提现，是真的吗", false, ""},
		{"hi", "मेरा भतीजा कंबोडिया से लौटा है, बताता है वहाँ पासपोर्ट जमा करवा लेते थे। सब जगह ऐसा ही होता है क्या?", false, ""},
	})
}
