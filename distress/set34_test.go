package distress

import "testing"

// The thirty-fourth blind set's kinds: a son "fasa hai" with no possessive
// and a man who wants money to get him freed (Hindi); a writer inside who
// dares not make calls (Chinese: no hotline asked for); a trap for
// animals (Malay); told not to tell the family until arriving (before
// leaving); "what does it mean when they say he was sold" (a general
// question). Lines written for this test.
func TestSet34Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "beti Myanmar me fasi hai, ek dalal bol raha hai 3 lakh do to chhudwa dunga, kya karein", true, ArticleOther},
		{"zh", "我在妙瓦底一个园区里，不敢打电话，偷偷用手机，该联系谁", true, ArticleSelf},
		{"ms", "tikus banyak kat stor, nak pasang perangkap, kedai mana jual, nombor apa nak call", false, ""},
		{"en", "the recruiter said not to tell anyone where I'm working until I arrive, is that normal?", false, ""},
	})
	f := Detect("what does it mean when they say he was resold to another company", "en")
	if !f.has(kindGeneral) {
		t.Errorf("no general cue: %v", f.Cues)
	}
}
