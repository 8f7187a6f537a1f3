package distress

import "testing"

// Kinds of help message that the classifier alone had carried in
// cross-validation and that a wave of off-topic training took from it
// (6 Dec 2026, not kept): cues now find them. Lines written for this test.
func TestClassifierCarriedKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my sister sent our family code word for trouble from Cambodia last night, what do we do", true, ArticleOther},
		{"en", "my son says they fined him because he wants to quit, now he asks us for money", true, ArticleOther},
		{"zh", "我弟说辞职要交罚款，不交不让走", true, ArticleOther},
		{"hi", "dalal bol raha paisa do to chhod denge, ghar wala kya kare?", true, ArticleOther},
		{"tl", "ang utod ko na-trap sa sulod sa building sa Cambodia, unsa among buhaton?", true, ArticleOther},
		{"vi", "học trò cũ của tôi nhắn là bị nhốt ở Campuchia, không được ra ngoài", true, ArticleOther},
		// A fine for quitting a gym or a job at home is no one's debt.
		{"en", "is there a fine if I quit my gym membership early?", false, ""},
	})
	for _, c := range []struct{ text, concept string }{
		{"the boss is watching the screen the whole time, I can only type at night", "threat"},
		{"can I call the embassy from in here without them knowing", "confinement"},
		{"one of my family's stuck over there, who do we call", "confinement"},
	} {
		if f := Detect(c.text, "en"); !f.hasConcept(c.concept) {
			t.Errorf("%q: no %s concept (cues %+v)", c.text, c.concept, f.Cues)
		}
	}
}

// A Malay message from someone out of the compound and hiding, with no
// place named, that the classifier had carried until the 91st set's
// retraining (it then read it as out of scope, 0.75): escaped "from that
// place", hiding, no passport. Lines written for this test.
func TestClassifierCarriedHiding(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"ms", "baru lari dari tempat tu semalam, skrg menyorok kat surau, takde passport", true, ArticleSelf},
		// Moving out of a rented house is no flight.
		{"ms", "saya dah lari dari rumah sewa, nak cari bilik baru kat KL", false, ""},
	})
}

// A Hindi message from someone just out and hiding near the border, which
// the retraining before the 95th set stopped carrying (out of scope, 0.52):
// the passport left behind and "log dhoondh rahe hain" (they are looking
// for us) were no cues. Lines written for this test.
func TestClassifierCarriedLeftBehind(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "kal raat wahan se nikle, Bavet ke paas ek ghar me chhupe hain, passport wahin reh gaya, log dhoondh rahe hain. ab kya karein", true, ArticleSelf},
		// A passport left at home on a trip is everyday.
		{"hi", "train me baithe baithe yaad aaya passport ghar pe reh gaya, ab kya karoon", false, ""},
	})
}
