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

// Help lines that the retraining with the English wave (wave 25) read
// further from the help articles, over three seeds: shoes taken in a
// locked room, a pipe and missed numbers, a hidden phone; a Kedah writer
// behind a door locked from outside; a Hindi car at the border to take
// them; a son who "comes back" if they pay; a Thai boss who patrols the
// rooms; a Vietnamese husband whose phone strangers answer. Lines written
// for this test.
func TestClassifierCarriedWave25(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "got hit with a pipe again for not making my numbers, I keep a hidden phone, who will come for us", true, ArticleSelf},
		{"ms", "cheq ni dok kat bangunan tu lagi, depa tak bagi keluaq, pintu bilik kunci dari luaq", true, ArticleSelf},
		{"hi", "hum log airport pe hai, agent bola border pe gaadi lene aayegi, kuch theek nahi lag raha", true, ArticleSelf},
		{"hi", "dalal bol raha hai paise do to beta wapas aayega, kya karein", true, ArticleOther},
	})
	for _, c := range []struct{ lang, text string }{
		{"th", "หัวหน้าคอยเฝ้าหน้าห้องตลอด พิมพ์ได้แป๊บเดียว"},
		{"vi", "em trai tôi qua Campuchia làm, gọi về toàn người lạ nghe máy"},
	} {
		if f := Detect(c.text, c.lang); !f.hasConcept("threat") {
			t.Errorf("%s %q: no threat (cues %+v)", c.lang, c.text, f.Cues)
		}
	}
	// The classifier read it at 0.91 out of scope: two everyday danger
	// words alone (locked, punishment) would be dismissed.
	if f := Detect("I'm in a locked room as punishment since morning, they took our shoes too", "en"); !f.Urgent || f.Dismissed(0.92) {
		t.Errorf("shoes taken: urgent %v, dismissed at 0.92 (cues %+v)", f.Urgent, f.Cues)
	}
}
