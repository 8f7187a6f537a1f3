package distress

import "testing"

// The seventy-fourth blind set's kinds, with lines written for this test:
// "what are these ... centres" (people in general, the verb before the
// place); a game's boss or level one is "stuck on"; a kind of leave; Waray
// "waray na paramdam" (no word since); a Hindi question about what TV
// talks of; Vietnamese "tuyển người đi .. kiểu gì" (how do they recruit).
func TestAfter74Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "so what are these scam centres in myanmar people keep posting about, like a prison or an office?", false, ""},
		{"en", "any tips for the final boss, im stuck on the second phase and keep dying", false, ""},
		{"en", "my manager says I cannot take annual leave in my first year, is that legal here?", false, ""},
		{"hi", "ये जो TV पर दिखाते हैं कंबोडिया वाले कॉल सेंटर, वो क्या होता है असल में?", false, ""},
		{"vi", "tụi nó tuyển người đi Lào kiểu gì mà dễ tin vậy, nghe bảo làm bốc vác lương cao", false, ""},
		// Held, or silent since leaving: the help path.
		{"tl", "an akon anak waray na balita tikang han pagkadto niya ha Myanmar para magtrabaho", true, ArticleOther},
		{"en", "stuck in the compound, the boss beat two guys today, i need to get out", true, ArticleSelf},
		{"en", "they say i cannot take any leave or go home until i pay, and they keep my passport", true, ArticleSelf},
	})
}

// "Is really like that inside?" after a friend's cousin's story asks whether
// it is so in general: the help path still answers (the cousin is held), as a
// general question's weaker evidence, not as a place's.
func TestAfter74LikeThat(t *testing.T) {
	testUrgentGeneral(t, "en", "my friend says his cousin is in one of those places in Myanmar and they hit him when he misses the numbers. is really like that inside?")
}
