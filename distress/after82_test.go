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
	sure := map[string]float64{"what-are-fraud-factories": 0.98}
	for _, text := range []string{
		"my cousin keeps sending us posts about these compounds where people are forced to work, is this number real, 100 thousand?",
		"my brother says more than 100 thousand people are forced to work in those compounds, how can that be?",
	} {
		if f := Detect(text, "en"); f.Urgent && !f.YieldsTo("what-are-fraud-factories", 0.98, sure) {
			t.Errorf("%q: does not yield to a sure classifier (cues %+v)", text, f.Cues)
		}
	}
	if f := Detect("wuh it be like inside dem compound? dey lock de people een?", "en"); !f.Doubts(ArticleSelf, 0.6) {
		t.Errorf("a Gullah question about life inside is not a general question (cues %+v)", f.Cues)
	}
	if f := Detect("anh tôi ở bển mấy tháng mới trốn về được, kể bị đánh suốt, chỗ nào cũng vậy hả", "vi"); !f.Back() {
		t.Errorf("someone who escaped home is not back (cues %+v)", f.Cues)
	}
}
