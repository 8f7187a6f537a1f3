package distress

import "testing"

// Help kinds that the twenty-fourth training wave's retraining showed the
// classifier alone carrying, and a hole its reading found, given cues of
// their own (lines written for this test): someone out and hiding where
// the compounds are, in English and Vietnamese ("núp", hiding); one meal a
// day and weak (Malay); a Maithili husband being beaten; a debt to work
// off before one may leave (Vietnamese).
func TestWave24Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my sister ran off from the compound two days ago and is hiding in a shop in Bavet, she has no passport", true, ArticleOther},
		{"vi", "em tui trốn ra được rồi, đang núp trong chùa gần Poipet, không có giấy tờ", true, ""},
		{"ms", "adik aku kat Myanmar sehari makan sekali je, badan dah lemah sangat", true, ArticleOther},
		{"hi", "हमर भाय कंबोडिया में हथिन, रोज मार खा रहल छथि, हम का करी", true, ArticleOther},
		{"vi", "con tôi bên Campuchia, công ty nói tiền vé tiền ăn là nợ, phải làm trả hết mới được đi", true, ArticleOther},
		// Hiding in a game or a photo, with a place named, is no flight.
		{"en", "how do I hide my face in photos I post from Bangkok", false, ""},
		{"en", "we played hide and seek at the resort in Boracay, the kids loved it", false, ""},
		// One meal a day on a diet is no starvation.
		{"ms", "aku diet sekarang, sehari makan sekali je, okay ke untuk badan", false, ""},
	})
}
