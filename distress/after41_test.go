package distress

import "testing"

// Kinds read in the forty-first blind set's misses, with lines written for
// this test: a ship sold for scrap, a resettlement travel loan, an
// instrument's key stuck, a building's leak, an ordination procession and a
// car hit in a car park are everyday; "if my cousin was forced to scam,
// will he be arrested when he comes home" is a condition; "how do they
// treat people in there" (Thai) a general question. The last two yield to
// a classifier sure of a general article.
func TestAfter41Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my grandad's old trawler was sold for scrap last year, where do they break them up?", false, ""},
		{"en", "we arrived from the refugee camp and still owe our travel loan to the IOM, can we pay it monthly?", false, ""},
		{"tl", "nabunggo ang sasakyan ko sa parking tapos umalis lang yung driver, sino tatawagan", false, ""},
		// The danger itself keeps the help path.
		{"en", "my cuz is locked in a compound in myawaddy and they beat him, what do we do", true, ArticleOther},
	})
	testDoubted(t, []doubtCase{
		{"en", "the organ in our chapel has a key stuck down and it keeps sounding, who do we ring?", ArticleOther, 0.7},
		{"vi", "nhà trên bị rò nước xuống trần nhà mình, gọi ban quản lý tòa nhà hay gọi thợ", ArticleOther, 0.7},
		{"th", "งานบวชลูกเดือนหน้าจะแห่นาคผ่านตลาด ต้องขอตำรวจนำขบวนไหม", ArticleOther, 0.7},
	}, nil)
	sure := map[string]float64{"who-gets-trafficked": 0.9}
	for _, c := range []struct{ lang, text, article string }{
		{"en", "if my cuz was forced to scam people there, will police here arrest him when he comes home?", "who-gets-trafficked"},
		{"th", "ข้างในนั้นเขาทำกับคนยังไง โดนยึดโทรศัพท์โดนตีไหมถ้าไม่ได้ยอด", "life-inside-compounds"},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent && !f.YieldsTo(c.article, 0.92, sure) {
			t.Errorf("%s %q: urgent and does not yield to %s (%v)", c.lang, c.text, c.article, f.Cues)
		}
	}
}
