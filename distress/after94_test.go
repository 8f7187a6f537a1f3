package distress

import "testing"

// The ninety-fourth blind set's kinds, with lines written for this test: a
// Hindi friend's armed guards and a threat to sell him on if he runs ("aage
// bech denge"), whose "hum log" (we) read as people in general (given life
// inside); "I hear they beat them .. is it true?" is hearsay; air that
// escapes from a tyre is no escape.
func TestAfter94Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "mera cousin bola wahan guard bandook leke khade rehte hain aur bhaagne pe aage bech denge, hum log kya karein", true, ArticleOther},
		{"en", "i hear dem lock the workers inside and beat them, is that true?", false, ""},
	})
	testNoConcept(t, "en", "the air escapes from my front tyre every night, no nail in it", "rescue")
}

// The ninety-fourth set's everyday lines, which the session that ran it left
// for the next: a thing of three nouns stuck, an hour stuck in traffic, a
// tree in one's own compound, treasury bills one may sell, a liquor fine in
// Hindi; a tyre that loses air, which the classifier alone reads as an
// escape; a Chinese offer asked about before going (planning); an
// Indonesian question whether the bot keeps a photo sent to it.
func TestAfter94Everyday(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "my kerosene lamp wick stuck inside, e no gree come up again. how I fit fix am?"},
		{"en", "I get stuck for nearly two hours on the bypass every evening, which way is faster into town?"},
		{"en", "a big jackfruit tree is in our compound and drops fruit on the roof, can I cut it myself?"},
		{"en", "my treasury bills mature next month, can I sell them before the coupon is paid to me?"},
		{"hi", "main pehli baar daaru pee ke gaadi chalate pakda gaya to kitna jurmana lagta hai? police chhod deti hai kya"},
	} {
		testNotUrgent(t, c.lang, c.text)
	}
	testDoubted(t, []doubtCase{
		{"en", "air keeps escaping from my back tyre, the vulcanizer says the rim is bent. what do I do", ArticleSelf, 0.96},
	}, map[string]float64{ArticleSelf: 0.96, "-": 0.01})
	testYields(t, "zh", "同事介绍我去柬埔寨做客服，说到了那边护照要交给公司保管，这个靠不靠谱", "job-offer-red-flags")
	testAsksBot(t, "id", "kalo aku kirim foto paspor ke sini buat dicek, datanya disimpan ga?")
}
