package distress

import "testing"

// Kinds read in the forty-ninth blind set's misses, with lines written for
// this test: an animal sold at a market, wages garnished, a serviceman
// confined to camp, a boy locked in a football ground, a parking space
// taken, a wedding tent closing a lane. A worker sold on by his boss
// still gets the help path.
func TestAfter49Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "dad's cow went missing and a neighbour saw it being sold at the cattle market, do we go to the police?", false, ""},
		{"en", "my cousin's wages are being held back under a garnishment order, who does he call to dispute it?", false, ""},
		{"en", "my bunk mate got confined in camp this weekend for a late return, can his parents still visit?", false, ""},
		{"vi", "em tôi đá bóng xong ở lại sân bóng, bảo vệ khoá cổng, nó bị nhốt trong đó, gọi ai", false, ""},
		{"ms", "masa pasar malam parking depan rumah mak kena ambik, dia tak boleh keluar, report kat mana", false, ""},
		{"en", "my brother was sold to another company by his boss in Myawaddy and cannot leave", true, ArticleOther},
	})
}
