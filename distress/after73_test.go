package distress

import "testing"

// The seventy-third blind set's kinds, with lines written for this test:
// people in general "bị đưa qua" (taken over there), asked in Central
// Vietnamese ("kiểu chi"); a cousin "yang balik dari" (who came back from)
// telling of inside, in Sarawak Malay and in Indonesian; a debt to a
// lending company by someone going home freely, in Tagalog; Chavacano's
// "ya oi yo" (I heard).
func TestAfter73Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"vi", "nghe nói mấy người bị đưa qua bên đó bị canh giữ kiểu chi mà không ai trốn được?", false, ""},
		{"ms", "abang kamek yang balik dari Kemboja cerite kena pukul kalau tak capai target. memang semua tempat gitu ke?", false, ""},
		{"id", "sepupu saya yang pulang dari Myanmar cerita dipukul kalau target tidak tercapai, memang semua tempat begitu ya?", false, ""},
		{"tl", "may utang pa ako sa loan app, uuwi na ako sa probinsya next month, hahabulin pa ba nila ako?", false, ""},
		{"tl", "ya oi yo ta pega kunu sila con el mga trabajador na compound, verdad ba?", false, ""},
		// Still held, or held again: the help path.
		{"vi", "anh tôi bị đưa qua Campuchia, bị canh giữ, không cho về", true, ArticleOther},
		{"ms", "abang kamek kena kurung di Myawaddy, pasport kena rampas, tak boleh balik", true, ArticleOther},
		{"tl", "may utang daw ako sa company kaya hindi ako makaalis dito sa Cambodia, kinuha passport ko", true, ArticleSelf},
	})
}
