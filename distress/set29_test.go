package distress

import "testing"

// The twenty-ninth blind set's help kinds in several languages: a
// grandchild (or a brother named in Hindi inside English chat) is a
// relative, and a writer "here for five months" who is punished for the
// target is inside. Lines written for this test.
func TestSet29HelpKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "bhai locked in a company in myawaddy, they took his phone, what do we do", true, ArticleOther},
		{"en", "my grandkids' father is held in a compound in Laos and they want money", true, ArticleOther},
		{"hi", "मेरी पोती कंबोडिया में फँसी है, वो लोग पासपोर्ट नहीं दे रहे", true, ArticleOther},
		{"zh", "我孙子在缅甸被扣住了，他们要钱才放人", true, ArticleOther},
		{"ms", "cucu saya kat kemboja tak boleh balik, bos minta duit", true, ArticleOther},
		{"id", "udah 3 bulan disini, kalo target kurang dipukul", true, ArticleSelf},
		{"ms", "dah 4 bulan kat sini, kalau tak capai target kena pukul", true, ArticleSelf},
		{"en", "been here 4 months, they shock us when the target is low", true, ArticleSelf},
		{"zh", "来这边三个月了，业绩不达标就挨打", true, ArticleSelf},
		{"vi", "ở đây 3 tháng rồi, không đủ chỉ tiêu là bị đánh", true, ArticleSelf},
		{"th", "อยู่ที่นี่มาสามเดือนแล้ว ทำยอดไม่ถึงโดนตี", true, ArticleSelf},
		{"hi", "yahan 3 mahine se hu, target pura na ho to maarte hain", true, ArticleSelf},
		{"tl", "tatlong buwan na ako dito, pag kulang sa target binubugbog kami", true, ArticleSelf},
		// A stay that is a holiday or a job abroad keeps its sense.
		{"en", "been here 3 months on a working holiday, how do I extend my visa", false, ""},
	})
}

// The twenty-ninth set's general kinds: hearsay and a doubting question
// about life inside (Indonesian "denger2 ... beneran segitunya?"), people
// in general tricked and held, asked about with the Thai polite particle,
// and a last English question typed without its mark. A sure classifier
// then answers with its article. Lines written for this test.
func TestSet29GeneralKinds(t *testing.T) {
	sure := map[string]float64{"life-inside-compounds": 0.97}
	for _, c := range []struct{ lang, text, article string }{
		{"id", "denger2 di sana hp disita dan kalo target ga nyampe dipukul, beneran segitunya?", "life-inside-compounds"},
		{"th", "คนที่โดนหลอกไปทำงานในตึกพวกนั้นโดนยึดพาสปอร์ตแล้วโดนตีจริงเหรอครับ", "life-inside-compounds"},
		{"en", "my neighbour says her nephew owes the company 6000 dollars or they sell him to another one. how does this debt thing work", "how-recruitment-works"},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent {
			continue // nothing to yield
		}
		probs := map[string]float64{c.article: sure["life-inside-compounds"]}
		if !f.YieldsTo(c.article, 0.95, probs) {
			t.Errorf("%s %q: does not yield to a sure %s (cues %v)", c.lang, c.text, c.article, f.Cues)
		}
	}
	// A relative held, asked about in a last question that names him,
	// keeps the help path however sure the classifier.
	f := Detect("my brother owes the company 6000 dollars and they will sell him. how do we get him out", "en")
	if !f.Urgent || f.YieldsTo("how-recruitment-works", 0.95, map[string]float64{"how-recruitment-works": 0.95}) {
		t.Errorf("a question about getting him out yields (cues %v)", f.Cues)
	}
}
