package distress

import "testing"

// TestRomanised: people without a Thai or Chinese keyboard write Thai in
// Latin letters ("tid yu", "ork mai dai", "chuay duay") and Chinese in
// pinyin ("bei guan", "bei kou", "qiujiu", "jiu wo"). Such a plea gets the
// help path; stuck in traffic, a salary docked ("gongzi bei kou") or a trip
// to Myanmar do not, neither from the cues nor from the safety net.
func TestRomanised(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"th", "chuay duay, tid yu nai kasino ork mai dai", true, ArticleSelf},
		{"th", "phom tid yu tee pama, klub ban mai dai", true, ArticleSelf},
		{"th", "nong sao doan khang yu kambodia, chuay noi", true, ArticleOther},
		{"th", "doan yuet passport, nee mai dai leoy", true, ArticleSelf},
		{"th", "rot tid mak, tid yu bon tanon, ja pai sai", false, ""},
		{"th", "pai tiew pama sanuk mak, chuay naenam ran ahan", false, ""},
		{"zh", "wo bei guan zai miandian de yuanqu, zenme qiujiu", true, ArticleSelf},
		{"zh", "didi zai jianpuzhai bei kou le, huzhao ye bei shou le", true, ArticleOther},
		{"zh", "jiu wo, zou bu liao, laoban bu rang chuqu", true, ArticleSelf},
		{"zh", "wo de gongzi bei kou le, zenme tousu laoban", false, ""},
		{"zh", "women xia ge yue qu miandian lvyou, yao ban qianzheng ma", false, ""},
	})
}

// TestDiverted: someone on a boat or in a car going somewhere other than
// promised, often with a phone about to die, in every language. A tour
// that changes its route, or a phone about to die on a trip, is not.
func TestDiverted(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "I'm on a boat, they told me the job was in Manila but the boat is heading a different direction, battery at 5 percent", true, ArticleSelf},
		{"en", "the van is not going to the city they promised, driver took my phone", true, ArticleSelf},
		{"en", "our boat tour turned another way because of the storm, will we get a refund", false, ""},
		{"en", "my phone battery is about to die on this long bus trip, where can I charge it", false, ""},
		{"zh", "我在船上，说好去马尼拉上班，船却一直往相反的方向开，手机快没电了", true, ArticleSelf},
		{"zh", "游船因为天气改了行程，开往别的地方，能退钱吗", false, ""},
		{"zh", "坐大巴出去玩，手机快没电了，哪里可以充电", false, ""},
		{"vi", "em đang trên thuyền, họ hứa làm ở Philippines mà thuyền chạy hướng khác, pin sắp hết", true, ArticleSelf},
		{"vi", "tour du lịch đổi lộ trình, thuyền chạy hướng khác vì bão, có được hoàn tiền không", false, ""},
		{"vi", "đi xe đường dài mà điện thoại sắp hết pin, sạc ở đâu", false, ""},
		{"id", "aku di kapal, dijanjikan kerja di Filipina tapi kapalnya ke arah lain, baterai hampir habis", true, ArticleSelf},
		{"id", "tur snorkeling kami ganti rute, kapal ke arah lain karena ombak, bisa refund gak", false, ""},
		{"id", "lagi jalan jalan naik bus, hp mau habis baterainya, colokan dimana", false, ""},
		{"ms", "saya dalam bot, dia kata kerja di Filipina tapi bot pergi arah lain, bateri tinggal sikit", true, ArticleSelf},
		{"ms", "lawatan pulau kami tukar laluan, bot ke arah lain sebab ribut, boleh refund", false, ""},
		{"ms", "naik bas jauh, fon nak habis bateri, nak cas kat mana", false, ""},
		{"th", "ผมอยู่บนเรือ เขาบอกว่างานอยู่ฟิลิปปินส์ แต่เรือไปทางอื่น แบตใกล้หมดแล้ว", true, ArticleSelf},
		{"th", "ทัวร์ล่องเรือเปลี่ยนเส้นทาง เรือไปทางอื่นเพราะคลื่นแรง ขอเงินคืนได้ไหม", false, ""},
		{"th", "นั่งรถทัวร์ไปเที่ยว มือถือแบตใกล้หมด ชาร์จที่ไหนได้", false, ""},
		{"hi", "मैं नाव में हूँ, बोला था नौकरी फिलीपींस में है पर नाव दूसरी तरफ जा रही है, बैटरी खत्म होने वाली है", true, ArticleSelf},
		{"hi", "टूर वाली नाव मौसम की वजह से दूसरी तरफ गई, पैसे वापस मिलेंगे?", false, ""},
		{"hi", "bus se ghumne ja raha hoon, phone ki battery khatam hone wali hai, charge kahan karu", false, ""},
		{"tl", "nasa bangka ako, sabi sa Malaysia ang trabaho pero ibang direksyon ang bangka, lowbat na ako", true, ArticleSelf},
		{"tl", "yung island hopping tour namin nag iba ng ruta, ibang direksyon ang bangka dahil sa alon, may refund ba", false, ""},
		{"tl", "nasa bus ako papuntang Baguio, malapit ma lowbat ang cp ko, saan pwede mag charge", false, ""},
	})
}

type urgentCase struct {
	lang, text string
	urgent     bool
	article    string // "" when any help article will do
}

// testUrgent checks the cues' decision, and that a message they leave alone
// is not rescued by the safety net's cue rule either.
func testUrgent(t *testing.T, cases []urgentCase) {
	t.Helper()
	for _, c := range cases {
		f := Detect(c.text, c.lang)
		n := Net(f, nil)
		if f.Urgent != c.urgent || !c.urgent && n.Urgent || c.urgent && c.article != "" && f.Article != c.article {
			t.Errorf("%s %q: urgent %v %s, by the net %v (strength %d, cues %+v), want %v %s", c.lang, c.text, f.Urgent, f.Article, n.Urgent, f.Strength, f.Cues, c.urgent, c.article)
		}
	}
}

// testNoConcept checks that no cue of text reads as concept.
func testNoConcept(t *testing.T, lang, text, concept string) {
	t.Helper()
	if f := Detect(text, lang); f.hasConcept(concept) {
		t.Errorf("%s %q: read as %s (cues %+v)", lang, text, concept, f.Cues)
	}
}

// testNotBack checks that text is not read as someone back or out now
// (Finding.Back).
func testNotBack(t *testing.T, lang, text string) {
	t.Helper()
	if f := Detect(text, lang); f.Back() {
		t.Errorf("%s %q: read as someone back or out now (cues %+v)", lang, text, f.Cues)
	}
}

// testUrgentGeneral checks that text is urgent with a general question's
// evidence (Finding.Evidence).
func testUrgentGeneral(t *testing.T, lang, text string) {
	t.Helper()
	if f := Detect(text, lang); !f.Urgent || f.Evidence() != "general" {
		t.Errorf("%s %q: urgent %v, evidence %q, want urgent with general evidence (cues %+v)", lang, text, f.Urgent, f.Evidence(), f.Cues)
	}
}

// testNotUrgent checks only that the cues do not find text urgent: a
// general question, hearsay or a what-if that the classifier answers (the
// safety net, which testUrgent also checks, may still lean to it without
// the classifier's probabilities).
func testNotUrgent(t *testing.T, lang, text string) {
	t.Helper()
	if f := Detect(text, lang); f.Urgent {
		t.Errorf("%s %q: urgent, want the classifier to answer (cues %+v)", lang, text, f.Cues)
	}
}

// testAsksBot checks that text asks the bot itself to act or tells what it
// keeps (Finding.AsksBot), and tells of no danger: bot.ask answers it about
// the bot.
func testAsksBot(t *testing.T, lang, text string) {
	t.Helper()
	if f := Detect(text, lang); !f.AsksBot || f.Urgent {
		t.Errorf("%s %q: asks the bot %v urgent %v, want true and not urgent (cues %+v)", lang, text, f.AsksBot, f.Urgent, f.Cues)
	}
}

// testYields checks that text, when urgent, gives way to a classifier all
// but sure (0.98) of article with no weight on the help articles: it asks
// in general, or about others, rather than telling of someone held.
func testYields(t *testing.T, lang, text, article string) {
	t.Helper()
	if f := Detect(text, lang); f.Urgent && !f.YieldsTo(article, 0.98, map[string]float64{article: 0.98}) {
		t.Errorf("%s %q: does not yield to a sure classifier of %s (cues %+v)", lang, text, article, f.Cues)
	}
}

// doubtCase is a message the urgent rule leaves alone and whose help
// article, from the classifier at score, the cues doubt.
type doubtCase struct {
	lang, text string
	article    string
	score      float64
}

// testDoubted checks doubtCases, and, when probs is not nil, that the
// safety net does not answer them with those classifier probabilities.
func testDoubted(t *testing.T, cases []doubtCase, probs map[string]float64) {
	t.Helper()
	for _, c := range cases {
		f := Detect(c.text, c.lang)
		if f.Urgent {
			t.Errorf("%s %q: urgent (%v)", c.lang, c.text, f.Cues)
			continue
		}
		if !f.Doubts(c.article, c.score) {
			t.Errorf("%s %q: the help article at %.2f is not doubted (%v)", c.lang, c.text, c.score, f.Cues)
		}
		if probs != nil {
			if n := Net(f, probs); n.Urgent {
				t.Errorf("%s %q: the safety net answers (%v)", c.lang, c.text, f.Cues)
			}
		}
	}
}
