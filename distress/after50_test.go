package distress

import "testing"

// Kinds read in the fiftieth blind set's misses, with lines written for
// this test: one danger word in its everyday sense that the urgent rule did
// not take (a general "how long does it usually take", nobody named), which the safety
// net's cue rescue answered against a classifier sure the message is about
// something else. The rescue now asks the dismissal's test; a cry the
// classifier cannot read, a place named and a word of the help path's own
// are still rescued.
func TestNetDismissible(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		oos        float64
		want       bool // rescued by the safety net
	}{
		{"en", "our loft conversion has been held up for a year by a neighbour's objection, how long do appeals usually take?", 0.97, false},
		{"en", "our loft conversion has been held up for a year by a neighbour's objection, how long do appeals usually take?", 0.3, true},
		{"en", "grandad is confined to his chair since the stroke, how often should we help him stand up?", 0.8, false},
		// Short: the classifier cannot read it.
		{"en", "held here, what now", 0.97, true},
		// A relative named: the urgent rule takes it, and the dismissal asks the same.
		{"en", "my aunt's loft conversion has been held up for a year by a neighbour's objection, how long do appeals usually take?", 0.97, false},
	} {
		// As the bot asks: the urgent rule and its dismissal, then the
		// net on a classifier that abstains.
		f := Detect(c.text, c.lang)
		if f.Dismissed(c.oos) {
			f = f.Dismiss()
		}
		n := Net(f, map[string]float64{outOfScopeClass: c.oos, ArticleSelf: 0.01})
		if n.Urgent != c.want {
			t.Errorf("%s %q (oos %.2f): rescued %v, want %v (strength %d, cues %+v)", c.lang, c.text, c.oos, n.Urgent, c.want, f.Strength, f.Cues)
		}
	}
}

// The fiftieth set's everyday kinds, with lines written for this test: a
// carer who cannot leave someone alone, a grandfather held in a wartime
// internment camp, rifles taken by the police for safekeeping, the shoe
// theft at a wedding, a lorry stuck under a height barrier, luggage kept by
// a landlord, a sprained ankle on a mountain path. A writer on a friend's
// phone is the one held, in every language.
func TestAfter50Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my dad can't leave my sister alone since her seizures started, is there any day care we can get?", false, ""},
		{"en", "trying to find out if my great uncle was held at an internment camp during the war, where are the records?", false, ""},
		{"en", "the police took my late uncle's rifles for safekeeping, how does my cousin get them back with his licence?", false, ""},
		{"hi", "shaadi me saaliyon ne joota chura liya, 11 hazar maang rahi hain, kitna dena theek hai?", false, ""},
		{"zh", "我舅舅的货车卡在限高杆下面了，进退不得，要打给谁", false, ""},
		{"zh", "我姐退租的时候房东扣着她的行李不给拿，说还差水电费，找谁管", false, ""},
		{"th", "พี่ชายไปเดินเขา ข้อเท้าแพลง ลงไม่ได้ ติดอยู่บนทาง โทรหาใครดี", false, ""},
		{"en", "I'm in Myawaddy, they took my phone, writing from my friend's phone, who do I contact", true, ArticleSelf},
		{"hi", "main myawaddy me hu, phone chheen liya, dost ke phone se likh raha hu, kisko batau", true, ArticleSelf},
		{"ms", "aku kat Myawaddy, hp kena rampas, guna fon kawan, macam mana nak lari", true, ArticleSelf},
		{"id", "aku di Myawaddy, hp disita bos, pinjam hp temen, harus lapor ke mana", true, ArticleSelf},
		{"vi", "em ở Myawaddy, bị thu điện thoại, em mượn máy của bạn nhắn, em báo ai", true, ArticleSelf},
		{"zh", "我在妙瓦底，手机被收了，借朋友的手机发的，找谁救我", true, ArticleSelf},
		{"th", "อยู่เมียวดี โดนยึดมือถือ ยืมมือถือเพื่อนส่งมา ช่วยด้วย", true, ArticleSelf},
		{"tl", "nasa Myawaddy ako, kinuha ang phone ko, hiniram ko ang cp ng kaibigan, sino tatawagan ko", true, ArticleSelf},
		// The friend whose phone was taken is the one held.
		{"en", "my friend's phone was taken by the company in Myawaddy and he cannot leave", true, ArticleOther},
	})
}
