package distress

import "testing"

// The eighty-second blind set's kinds, with lines written for this test: a
// permit an office holds; an event "held" somewhere every year; a 4x4's
// hubs "locked"; a trap of economics; "without hurting him"; a number of
// people asked about ("is this number real", a relative who "says more
// than 100 thousand people"); "what it be like inside" in Gullah; a
// Vietnamese relative who "trốn về được" (escaped home).
func TestAfter82Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the council has held my building permit for three months, if I start the work anyway can the police fine me?", false, ""},
		{"en", "when is Naadam held in Ulaanbaatar this year? I want to take my father to see the wrestling", false, ""},
		{"en", "do we lock the hubs before the sand or only once we are bogged? my mate keeps driving with them locked on the tarmac", false, ""},
		{"en", "what is the Kindleberger trap? my professor mentioned it and I am stuck on the essay", false, ""},
		// A permit held beside a person held is no thing.
		{"en", "they hold my passport and my work permit, I am locked in the building in Shwe Kokko", true, ArticleSelf},
	})
	testNoConcept(t, "en", "my uncle chats with a fake doctor online, how do I tell him it is a scam without hurting him?", "violence")
	testUrgentGeneral(t, "en", "my nephew told us 150 thousand people are forced to work in the compounds in Myanmar. is this number real?")
	testYields(t, "en", "my brother says more than 100 thousand people are forced to work in those compounds, how can that be?", "what-are-fraud-factories")
	if f := Detect("wuh it be like inside dem compound? dey lock de people een?", "en"); !f.Doubts(ArticleSelf, 0.6) {
		t.Errorf("a Gullah question about life inside is not a general question (cues %+v)", f.Cues)
	}
	if f := Detect("anh tôi ở bển mấy tháng mới trốn về được, kể bị đánh suốt, chỗ nào cũng vậy hả", "vi"); !f.Back() {
		t.Errorf("someone who escaped home is not back (cues %+v)", f.Cues)
	}
}
