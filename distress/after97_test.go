package distress

import "testing"

// The ninety-seventh blind set's kinds, with lines written for this test:
// a Malay writer "terkurung" in a "kompaun" who names no one (one danger
// told twice, a place named, the writer's own); Krio relatives ("mi
// kozin", "mi padi"), a cousin sold on and beaten with a price to let him
// go, the bot asked whether it passes a name to the police; a Vietnamese writer on a
// friend's phone, who is no one held; a sari-sari shop.
func TestAfter97Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"ms", "dikurung dlm kompaun, tak boleh keluar langsung", true, ArticleSelf},
		{"en", "mi padi sen voice note, dem sel am to anoda kompin and dem de bit am every day. wetin wi fo du?", true, ArticleOther},
		{"vi", "em đang ở trong đó, bị thu điện thoại, mượn đc máy thằng bạn nhắn vội, phải báo ai", true, ArticleSelf},
	})
	// Told once, a danger beside a place is as often a search.
	testNotUrgent(t, "en", "beaten for quota at scam hub")
	testAsksBot(t, "en", "if a gi yu mi broda im nem, yu go gi am to police?")
	testDoubted(t, []doubtCase{
		{"en", "ah hear se na Philippines dem get sari-sari shop lek we own table market, aw dem de stock am?", ArticleSelf, 0.45},
	}, map[string]float64{ArticleSelf: 0.37, ArticleOther: 0.07, "where-they-operate": 0.16, "-": 0.19})
}
