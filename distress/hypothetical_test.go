package distress

import "testing"

// TestHypotheticalAndHearsay: a conditional question about what an employer
// or an agent might do, and a relative repeating what is said of people in
// general, name no one held now: neither the cues nor the safety net's cue
// rule give them the help path. Said before the condition, in another
// clause, or of someone named after the hearsay, the danger still counts.
func TestHypotheticalAndHearsay(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       string // the article of Net(Detect(text), nil), "" for none
	}{
		// What might happen, asked before it does.
		{"en", "what if my new boss in dubai decides to hold on to my passport, can he do that?", ""},
		{"en", "is it legal if the recruiter keeps our passports until the contract ends?", ""},
		{"en", "suppose they lock the dorm at night, is that allowed by law?", ""},
		{"en", "just in case the agency takes my papers when i land, who do i complain to", ""},
		{"en", "if the company says they must keep my documents for the visa, should i agree", ""},
		{"zh", "万一老板要把我的护照收走，我该怎么拒绝？", ""},
		{"zh", "如果公司说要帮我保管护照，这个正常吗", ""},
		{"vi", "lỡ như công ty giữ hộ chiếu của em thì em có quyền đòi lại không?", ""},
		{"vi", "nếu công ty bảo phải giữ hộ chiếu để làm giấy tờ thì có nên đưa không", ""},
		{"id", "gimana kalo agen nahan paspor aku pas udah tanda tangan kontrak?", ""},
		{"id", "seandainya perusahaan nyita paspor buat urus visa, itu wajar ga", ""},
		{"ms", "macam mana kalau majikan simpan pasport saya, boleh ke buat macam tu?", ""},
		{"tl", "paano kung kunin ng employer ang passport ko pagdating doon, legal ba yun?", ""},
		{"hi", "agar company bole passport jama karna padega to kya yeh sahi hai?", ""},
		{"th", "สมมติว่านายจ้างยึดพาสปอร์ตไว้ แบบนี้ผิดกฎหมายไหม", ""},
		{"zh", "如果老板说要扣我的护照，这合法吗", ""},
		{"hi", "agar agent kahe ki passport company rakhegi to kya ye theek hai", ""},
		{"ms", "kalau majikan kata nak simpan pasport saya, boleh ke?", ""},
		// Hearsay about people in general.
		{"en", "my grandma keeps telling me people who go to myanmar get locked up and never come back. where does that even happen?", ""},
		{"en", "my aunt says workers over there cannot leave the buildings, what kind of work is it?", ""},
		{"vi", "mẹ em cứ nói người ta sang đó bị nhốt không về được, chỗ đó là chỗ gì vậy", ""},
		{"tl", "lagi sinasabi ni lola na maraming nakukulong doon at di makauwi, ano ba talaga yung mga lugar na yun?", ""},
		{"zh", "我奶奶总是说很多人去了那边就被关起来回不来，那些地方到底是什么", ""},
		{"id", "tante aku sering bilang banyak orang di kamboja disekap dan gak bisa pulang, itu tempat apa sih", ""},
		{"ms", "mak cik saya selalu kata ramai orang kat sana kena kurung tak boleh balik, tempat apa tu sebenarnya", ""},
		{"th", "ยายชอบบอกว่าหลายคนไปแล้วโดนขังกลับบ้านไม่ได้ ที่นั่นคือที่แบบไหน", ""},
		{"hi", "मेरे चाचा कहते हैं लोग वहाँ बंद कर दिए जाते हैं और वापस नहीं आ पाते, वो जगह क्या है", ""},
		// Happening now: the danger said before the condition, or in
		// another clause, or of someone named after the hearsay.
		{"en", "they took my passport last week, what if I try to run at night?", ArticleSelf},
		{"en", "what if I try to run? they took my passport and lock the doors", ArticleSelf},
		{"en", "my uncle says people there beat him and he cannot leave the compound", ArticleOther},
		{"en", "my son told me people there beat him when he refused to scam", ArticleOther},
		{"vi", "em trai tôi kể mọi người ở đó đánh nó mỗi ngày", ArticleOther},
		{"en", "my niece says the guards hit people and they won't let her leave", ArticleOther},
		{"en", "my sister says everyone there is scared, and she is locked in the building with no passport", ArticleOther},
		{"zh", "护照被他们收了，万一我逃跑被抓怎么办", ArticleSelf},
		// "in case" as "lest" is no condition.
		{"en", "i dont dare text anyone in case they beat me again", ArticleSelf},
		// Nor is "I suppose" (I guess), nor "for example" in a story.
		{"en", "i suppose we are trapped here for good now", ArticleSelf},
		{"id", "susah cerita, misalnya aku dipukul tiap hari kalau target ga nyampe", ArticleSelf},
		{"tl", "ang hirap dito, halimbawa binubugbog kami pag walang nabiktima", ArticleSelf},
		// A condition naming a relative may tell of them as a fact; one
		// asking for a number is answered by the hotlines.
		{"en", "what happens if we pay the ransom they demand for my daughter, will they free her?", ArticleOther},
		{"tl", "paano kung kinulong na nila ang anak ko pagdating doon", ArticleOther},
		{"en", "what if they lock me in when i arrive, which number do i call?", ArticleHotlines},
		{"vi", "hộ chiếu của em bị lấy rồi, lỡ như em trốn thì sao", ArticleSelf},
		{"id", "paspor aku udah disita, gimana kalo aku kabur malam ini", ArticleSelf},
		{"tl", "kinuha na nila passport ko, paano kung tumakas ako?", ArticleSelf},
		{"hi", "mera passport chheen liya hai, maan lo main bhaag jaun to kya hoga", ArticleSelf},
	} {
		f := Detect(c.text, c.lang)
		got := Net(f, nil)
		if got.Article != c.want {
			t.Errorf("%s %q: article %q (urgent by the cues %v, cues %+v), want %q", c.lang, c.text, got.Article, f.Urgent, f.Cues, c.want)
		}
	}
}
