package distress

import "testing"

// The ninety-fifth blind set's kinds, with lines written for this test: a
// Tagalog writer still inside ("andito pa ko sa loob") on a borrowed phone,
// whom a sure classifier read as asking about life inside; everyday lines
// of South Asian English (a rescue post's altitude talk, a debt for an
// operation, an embassy's trade officer, machine-made footballs); the bot
// asked to talk in one's language.
func TestAfter95Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"tl", "andito pa rin kami sa loob, bawal lumabas, hiram lang yung phone. ano gagawin", true, ArticleSelf},
	})
	if f := Detect("andito pa rin kami sa loob, bawal lumabas, hiram lang yung phone. ano gagawin", "tl"); f.Urgent && f.YieldsTo("life-inside-compounds", 0.93, map[string]float64{"life-inside-compounds": 0.93}) {
		t.Errorf("yields to a classifier sure of life inside (cues %+v)", f.Cues)
	}
	// The classifier's lean on these was weak; the cues alone (a rescue,
	// a debt, someone named) had the safety net answer.
	testDoubted(t, []doubtCase{
		{"en", "my guest wants to attend the altitude talk at the rescue post in Pheriche, is it free?", ArticleOther, 0.33},
		{"en", "we took debt for my mother kidney surgery at the city hospital, can we still get the health grant after?", ArticleOther, 0.27},
	}, map[string]float64{ArticleOther: 0.18, ArticleSelf: 0.05, "-": 0.41})
	testDoubted(t, []doubtCase{
		{"en", "I am a football maker in Sialkot, how do I reach the embassy commercial section in Berlin to find buyers?", ArticleSelf, 0.85},
		{"en", "my uncle says thermo bonded balls from China will finish the hand stitching work here, is he right?", ArticleOther, 0.6},
	}, map[string]float64{ArticleSelf: 0.5, ArticleOther: 0.3, "-": 0.1})
	for _, text := range []string{"can you reply in sinhala? my english not good", "could u speak amharic please"} {
		testAsksBot(t, "en", text)
	}
}
