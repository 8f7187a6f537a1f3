package distress

import "testing"

// Kinds read in the fifty-first blind set's misses, with lines written for
// this test: a boat seized in a fishing ban, a brother confined to bed by
// an illness, a pet sold sick, a wristband lost at a bathhouse, a car park
// whose barrier will not open, a boat stuck under a bridge, a ferry stopped
// by the wind, furniture held by a removal lorry, a rotating savings group,
// a scout camp, the next station, a scooter's key, a bus that left at a
// stopover, a vehicle or goods held. Someone held by a company beside such a word still gets the
// help path.
func TestAfter51Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "fisheries officers seized my dad's boat and nets in the closed season, will he get them back?", false, ""},
		{"en", "my sister is confined to bed with dengue, what should she eat to recover?", false, ""},
		{"en", "my aunt bought a kitten at a market and it is sick after two days, can she return it?", false, ""},
		{"zh", "我舅舅在洗浴中心把手牌弄丢了，前台扣着不让走，这合理吗", false, ""},
		{"vi", "ghe của chú tui bị kẹt dưới gầm cầu, nước lên không ra được, gọi ai phụ", false, ""},
		{"vi", "bà tui đi thăm họ hàng, phà ngừng chạy vì bão, bà kẹt bên kia không về được", false, ""},
		{"ms", "barang pindah rumah kakak aku kena tahan dengan lori sewa sebab baki belum bayar", false, ""},
		{"id", "adikku mau keluar dari arisan kantor, uangnya bisa balik nggak", false, ""},
		{"th", "น้องสาวไปเข้าค่ายลูกเสือ ครูบอกกลับก่อนไม่ได้ ทำยังไงดี", false, ""},
		{"hi", "mausi bheed me utar nahi payi, agle station pe phans gayi, kya karein", false, ""},
		{"tl", "naiwan ng bus si lola sa stopover, nasa bus pa ang gamit niya, ano gagawin", false, ""},
		// A thing, not a person, held or stuck: a vehicle, goods, a bag.
		{"zh", "我表弟的货车被扣了，停车费没交清，要找谁", false, ""},
		{"ms", "motor abang aku tersangkut kat bengkel, tauke tak buka kedai, nak call siapa", false, ""},
		{"id", "kakak bilang motornya ditahan di bengkel karena belum bayar, lapor ke mana", false, ""},
		{"en", "my brother was sold to another company in Myawaddy and they seized his passport", true, ArticleOther},
	})
}

// Beside an everyday sign, being stuck or unable to get out does not
// ground a message on its own (Grounded): the help articles' lower
// threshold and the benign doubt then stand. A passport held does.
func TestGroundedBesideSign(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"zh", "我舅妈晚上在商场停车场出不去，栏杆坏了，找谁", false},
		{"en", "the flight is tomorrow and the recruiter at the airport holds my passport", true},
	} {
		if got := Detect(c.text, c.lang).Grounded(); got != c.want {
			t.Errorf("%s %q: grounded %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}
