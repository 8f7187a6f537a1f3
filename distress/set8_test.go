package distress

import "testing"

// set8Probs is a classifier that leans to the help articles, as it does on
// "what do I do at the embassy?": an everyday errand must not be rescued by
// it (NotHeld).
var set8Probs = map[string]float64{ArticleSelf: 0.7, ArticleOther: 0.1}

// TestGeneralNotHeld (set8): asking what life inside is like, what a video
// claims, or whether the story is real, and a form of address ("bro, ...")
// that names no brother, are general questions: neither the cues nor the
// safety net's cue rule give the help path (the classifier's lean on them is
// measured on the question sets). The same words said of someone held keep
// it.
func TestGeneralNotHeld(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
		article    string
	}{
		{"en", "what's it really like living inside those compounds day to day", false, ""},
		{"en", "hows life inside one of those scam compounds, do they get days off", false, ""},
		{"en", "watched a reel saying workers get beaten with sticks when they miss quota, legit or fake?", false, ""},
		{"en", "youtube video claims they lock people in rooms with no windows, real or exaggerated", false, ""},
		{"en", "bro is this scam factory slavery stuff even real or just a movie thing", false, ""},
		{"en", "sis, is it true people get sold between compounds?", false, ""},
		{"en", "my bro is stuck in a compound and they beat him", true, ArticleOther},
		{"en", "bro, my bro is locked in there and they took his passport", true, ArticleOther},
		{"en", "i am inside one of those compounds, they beat me when i miss targets", true, ArticleSelf},
		{"en", "saw a video about it but my sister is really locked in there and they took her passport", true, ArticleOther},
		{"zh", "刷到个视频说完不成业绩就被电击，真的假的", false, ""},
		{"zh", "哥，缅甸那些诈骗园区是真的吗，有多少人被骗过去", false, ""},
		{"zh", "哥被关在缅甸的园区里，护照也被收了", true, ArticleOther},
		{"vi", "xem clip nói ai không đủ chỉ tiêu là bị chích điện, thật hay giả vậy", false, ""},
		{"vi", "cuộc sống trong mấy khu đó ra sao vậy", false, ""},
		{"vi", "em bị nhốt bên trong, làm thế nào để ra", true, ArticleSelf},
		{"id", "liat video katanya yang gak capai target disetrum, asli atau settingan?", false, ""},
		{"id", "sebenernya hidup di dalam compound itu kayak apa sih", false, ""},
		{"ms", "tengok video kata pekerja kena renjat elektrik kalau tak capai sasaran, betul atau tipu?", false, ""},
		{"ms", "hidup dalam kompaun tu macam mana sebenarnya", false, ""},
		{"th", "เห็นคลิปบอกว่าทำยอดไม่ถึงโดนช็อตไฟฟ้า จริงหรือจัดฉาก", false, ""},
		{"th", "ข้างในแก๊งคอลเซ็นเตอร์เป็นยังไงบ้าง", false, ""},
		{"hi", "reel me dikha ki target miss karne par current dete hain, sach hai ya fake?", false, ""},
		{"hi", "bhai, ye scam compound wali baat sach hai kya? kitne log fase hain", false, ""},
		{"hi", "bhai ko cambodia me band kar diya hai, passport le liya", true, ArticleOther},
		{"hi", "भाई को कंबोडिया में बंद कर दिया है", true, ArticleOther},
		{"tl", "may napanood akong tiktok na kinukuryente daw pag di naabot ang quota, totoo o scripted?", false, ""},
		{"tl", "kuya, totoo ba yan na may binebenta sa cambodia? ilan na?", false, ""},
		{"tl", "kuya ko nasa cambodia, kinuha passport niya", true, ArticleOther},
	} {
		f := Detect(c.text, c.lang)
		n := Net(f, nil)
		if f.Urgent != c.urgent || !c.urgent && n.Urgent || c.urgent && f.Article != c.article {
			t.Errorf("%s %q: urgent %v %s, by the net %v (strength %d, cues %+v), want %v %s", c.lang, c.text, f.Urgent, f.Article, n.Urgent, f.Strength, f.Cues, c.urgent, c.article)
		}
	}
}

// TestEmbassyErrand (set8): renewing a passport at an embassy, or a new one
// after losing it on a trip, is everyday trouble even with the embassy and
// its country named: neither the cues, the net nor the classifier's help
// articles (NotHeld) answer it. A passport taken, with the embassy named,
// keeps the help path.
func TestEmbassyErrand(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		notHeld    bool
	}{
		{"en", "can i renew my passport at the philippine embassy in phnom penh, how long does it take", true},
		{"en", "lost my passport on a beach trip in bali, how do i get an emergency travel document from the embassy", true},
		{"en", "my passport expires next month, which documents does the consulate need", true},
		{"en", "they took my passport, can the embassy help?", false},
		{"en", "the company keeps my passport, i want to renew it at the embassy", false},
		{"en", "my car broke down near mae sot, who do i call", false},
		{"zh", "在曼谷的中国大使馆怎么补办护照，要多久", true},
		{"zh", "去泰国旅游护照丢了，大使馆能开旅行证吗", true},
		{"zh", "他们把我的护照扣了，大使馆能帮忙吗", false},
		{"vi", "muốn gia hạn hộ chiếu ở đại sứ quán tại Kuala Lumpur thì cần giấy tờ gì", true},
		{"vi", "đi du lịch Thái bị mất hộ chiếu, đại sứ quán cấp giấy thông hành mất bao lâu", true},
		{"vi", "họ giữ hộ chiếu của em, đại sứ quán có giúp được không", false},
		{"id", "mau perpanjang paspor di KBRI Bangkok, syaratnya apa aja", true},
		{"id", "paspor aku hilang pas liburan di Bali, gimana cara bikin SPLP di konsulat", true},
		{"id", "paspor saya ditahan perusahaan, apa KBRI bisa bantu?", false},
		{"ms", "nak renew pasport kat kedutaan Malaysia di Jakarta, berapa lama", true},
		{"ms", "pasport hilang masa bercuti di Phuket, macam mana nak dapat dokumen perjalanan kecemasan dari kedutaan", true},
		{"ms", "majikan ambil pasport saya, kedutaan boleh tolong tak?", false},
		{"th", "จะต่อพาสปอร์ตที่สถานทูตไทยในมาเลเซียต้องใช้อะไรบ้าง", true},
		{"th", "ไปเที่ยวญี่ปุ่นพาสปอร์ตหาย สถานทูตออกเอกสารเดินทางฉุกเฉินได้ไหม", true},
		{"th", "นายจ้างยึดพาสปอร์ตผม สถานทูตช่วยได้ไหม", false},
		{"hi", "dubai embassy me passport renew kaise karwaye", true},
		{"hi", "thailand ghoomne gaya tha passport kho gaya, embassy se emergency certificate kaise milega", true},
		{"hi", "unhone mera passport le liya, kya embassy madad karegi?", false},
		{"tl", "paano magrenew ng passport sa embahada sa Dubai", true},
		{"tl", "nawala ang passport ko nung bakasyon sa Vietnam, paano kumuha ng travel document sa embahada", true},
		{"tl", "kinuha ng amo ang passport ko, matutulungan ba ako ng embahada?", false},
	} {
		f := Detect(c.text, c.lang)
		n := Net(f, set8Probs)
		if c.notHeld && (f.Urgent || n.Urgent || !f.NotHeld()) {
			t.Errorf("%s %q: urgent %v, by the net %v, not held %v (cues %+v), want an everyday errand", c.lang, c.text, f.Urgent, n.Urgent, f.NotHeld(), f.Cues)
		}
		if !c.notHeld && f.Everyday() {
			t.Errorf("%s %q: everyday (cues %+v), want the help path's world", c.lang, c.text, f.Cues)
		}
	}
}
