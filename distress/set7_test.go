package distress

import "testing"

// TestGettingOutOfHere: a short "how do I get out of here" from the writer,
// in chat shorthand (Malay and Indonesian cmne, nk, dr, sni, klr; Tagalog
// pano, d2; Vietnamese without diacritics; Hinglish), is the help path in
// every language, while the way from here to somewhere else is not.
func TestGettingOutOfHere(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "how do i get out of here", true},
		{"en", "how to get out of here pls", true},
		{"en", "how do i get from here to the airport", false},
		{"en", "how do i get out of this group chat", false},
		{"ms", "camne nak keluar dr sini", true},
		{"ms", "mcm mne nak lolos dri tmpt ni", true},
		{"ms", "tlg x bole klr dr sini", true},
		{"ms", "macam mana nk lepas dari sini", true},
		{"ms", "camne nak balik dari sini ke KL", false},
		{"ms", "macam mana nak pergi dari sini ke stesen bas", false},
		{"id", "gimana cara keluar dari sini", true},
		{"id", "gmn mau minggat dri tmpt ini", true},
		{"id", "gimana cara ke bandara dari sini", false},
		{"tl", "pano makatakas d2", true},
		{"tl", "paano ako makakatakas dito", true},
		{"tl", "paano pumunta sa airport mula dito", false},
		{"vi", "lam sao de tron khoi day", true},
		{"vi", "lm sao thoat ra dc", true},
		{"vi", "lam sao thoat khoi cho nay", true},
		{"vi", "lam sao di tu day ra san bay", false},
		{"hi", "yahan se kaise niklu", true},
		{"hi", "kaise niklun yahan se", true},
		{"hi", "yahan se airport kaise jaun", false},
		{"th", "จะออกไปจากที่นี่ยังไง", true},
		{"th", "หนีออกจากที่นี่ยังไงดี", true},
		{"th", "จากที่นี่ไปสนามบินยังไง", false},
		{"zh", "怎么离开这里", true},
		{"zh", "怎么才能从这里逃出去", true},
		{"zh", "从这里怎么去机场", false},
		{"zh", "怎么退出这个群", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent || c.urgent && f.Article != ArticleSelf {
			t.Errorf("%s %q: urgent %v (%s, strength %d, cues %+v), want %v", c.lang, c.text, f.Urgent, f.Article, f.Strength, f.Cues, c.urgent)
		}
	}
}

// TestAppLogsOut: an app or an account that logs the writer out, or locks
// them out of it, is everyday trouble in every language: neither the cues,
// the safety net nor the classifier's help articles answer it (NotHeld).
// Someone held who also names an app keeps the help path.
func TestAppLogsOut(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "since the update whatsapp keeps signing me out of my phone, annoying", false},
		{"en", "facebook locked me out of my account, how to get back in", false},
		{"en", "instagram keeps kicking me out of my account", false},
		{"en", "i am locked out of my telegram account, help", false},
		{"en", "the app logged me out and the boss beat me, i cant leave", true},
		{"en", "they locked me out of my facebook and took my passport", true},
		{"ms", "shopee asyik log out sendiri kat phone baru saya, camne nak betulkan", false},
		{"ms", "akaun facebook saya kena kunci, tak boleh masuk", false},
		{"id", "whatsapp aku ke-logout terus di hp baru, gimana cara benerin", false},
		{"id", "akun ig aku dikunci, gak bisa masuk", false},
		{"tl", "laging nala-logout yung facebook ko sa bagong phone, paano ayusin", false},
		{"vi", "zalo cu tu dang xuat tren dien thoai moi cua toi, sua sao", false},
		{"vi", "tài khoản facebook của tôi bị khóa, không đăng nhập được", false},
		{"hi", "naye phone pe whatsapp baar baar logout ho raha hai, kaise theek karu", false},
		{"hi", "mera instagram account lock ho gaya, login nahi ho raha", false},
		{"th", "ไลน์เด้งออกจากระบบตลอดในมือถือเครื่องใหม่ แก้ยังไง", false},
		{"th", "เฟสบุ๊คโดนล็อค เข้าไม่ได้", false},
		{"zh", "微信在新手机上老是自动退出登录，怎么办", false},
		{"zh", "我的微信账号被封了，登不上去", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v (strength %d, cues %+v), want %v", c.lang, c.text, f.Urgent, f.Strength, f.Cues, c.urgent)
		}
		if !c.urgent && (!f.NotHeld() || Net(f, map[string]float64{ArticleSelf: 0.9}).Urgent) {
			t.Errorf("%s %q: not held %v, by the net %v (cues %+v), want everyday trouble", c.lang, c.text, f.NotHeld(), Net(f, map[string]float64{ArticleSelf: 0.9}).Urgent, f.Cues)
		}
	}
}

// TestBackInNarrative: someone who came back, told in a narrative that ends
// with a question about how it happens ("才回国", "mới về nước kể", "baru
// pulang dari"), is not held now: neither the cues nor the safety net give
// the help path. 还 as "also" (还包机票, the job also pays the ticket) is no
// debt; as "repay" it is. Someone who has just arrived ("mới về đây") or can
// only go home once they pay keeps the help path.
func TestBackInNarrative(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"zh", "我堂弟去年被骗到柬埔寨，关了半年才回国，现在想知道那些人是怎么把他骗过去的", false},
		{"zh", "我表姐说那边包吃包住还包机票，后来才知道是诈骗园区，她已经回家了，这种招聘到底怎么识别", false},
		{"zh", "他们说要回国就得先还机票钱，不然不放人", true},
		{"zh", "老板逼我还机票和伙食的钱才放我走", true},
		{"vi", "Anh họ mình mới về nước kể trong đó bị đánh suốt, sao người ta lại bị lừa vậy?", false},
		{"vi", "em mới về đây được 2 tuần, họ giữ hộ chiếu không cho về", true},
		{"id", "Adik saya baru pulang dari Kamboja, katanya di sana dipukul kalau tidak capai target, kenapa orang bisa tertipu?", false},
		{"id", "aku baru bisa pulang kalau bayar 50 juta, tolong", true},
		{"ms", "Abang saya baru balik dari Myanmar, dia cerita kena pukul, macam mana orang boleh tertipu?", false},
		{"tl", "Kakauwi lang ng pinsan ko galing Cambodia, sabi niya binubugbog sila doon, paano ba sila naloloko?", false},
		{"th", "ลูกพี่ลูกน้องเพิ่งกลับมาจากกัมพูชา เล่าว่าโดนทำร้าย ทำไมคนถึงโดนหลอกไปได้", false},
		{"hi", "bhai ghar aa gaya Cambodia se, bata raha tha wahan maarte the, log kaise phas jaate hain?", false},
		{"en", "my cousin just got back from cambodia, he says they beat people who missed targets, how do people even fall for this?", false},
	} {
		f := Detect(c.text, c.lang)
		if n := Net(f, map[string]float64{ArticleOther: 0.9}); f.Urgent != c.urgent || !c.urgent && n.Urgent {
			t.Errorf("%s %q: urgent %v, by the net %v (strength %d, cues %+v), want %v", c.lang, c.text, f.Urgent, n.Urgent, f.Strength, f.Cues, c.urgent)
		}
	}
}
