package bot

import (
	"context"
	"testing"

	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/knowledge"
)

// Everyday trouble asks "who do I call?" or "what do I do?" as someone
// held in a compound does: locked out of one's own house, a car broken
// down on the highway, a phone stuck on its logo screen. It must never get
// the help path (the classifier alone once gave it the trapped article in
// hi, tl, ms and th), while the same everyday words in a message from
// someone held still get it. Lines written for this test, in all 8
// languages (not from any evaluation or training set).
func TestEverydayTrouble(t *testing.T) {
	everyday := []struct{ lang, text string }{
		{"en", "I locked myself out of my own house, who should I call?"},
		{"en", "my phone is stuck on the logo screen what do I do"},
		{"en", "my car won't start and I'm stuck on the highway, who do I call"},
		{"en", "the banking app won't open and I can't get into my account, what should I do"},
		{"zh", "我把自己锁在家门外了，钥匙在里面，应该打电话给谁？"},
		{"zh", "手机一直卡在开机画面，怎么办"},
		{"zh", "车子在高速上抛锚了，我该打给谁"},
		{"vi", "tôi bị khóa ngoài nhà mình, chìa khóa để bên trong, nên gọi ai?"},
		{"vi", "điện thoại của tôi bị kẹt ở màn hình logo, phải làm sao"},
		{"vi", "xe máy bị hỏng giữa đường, tôi nên gọi ai"},
		{"id", "saya terkunci di luar rumah sendiri, kuncinya di dalam, harus telepon siapa?"},
		{"id", "hp saya nyangkut di layar logo terus, gimana ya"},
		{"id", "mobil saya mogok di jalan tol, harus hubungi siapa"},
		{"ms", "saya terkunci di luar rumah sendiri, kunci tertinggal dalam, nak call siapa?"},
		{"ms", "telefon saya tersangkut kat skrin logo, macam mana nak buat"},
		{"ms", "kereta saya rosak tepi lebuhraya, patut call siapa"},
		{"th", "ฉันล็อกตัวเองอยู่นอกบ้าน กุญแจอยู่ข้างใน ควรโทรหาใคร"},
		{"th", "โทรศัพท์ค้างอยู่ที่หน้าโลโก้ ทำยังไงดี"},
		{"th", "รถเสียกลางทางด่วน ต้องโทรหาใคร"},
		{"hi", "main apne hi ghar ke bahar band ho gaya, chaabi andar hai, kisko call karun?"},
		{"hi", "mera phone logo screen par atak gaya hai, kya karun"},
		{"hi", "meri car highway par kharab ho gayi, kisko phone karun"},
		{"hi", "मैं अपने ही घर के बाहर फँस गया हूँ, चाबी अंदर है, किसे फोन करूँ?"},
		{"tl", "na-lock out ako sa sarili kong bahay, nasa loob ang susi, sino ang tatawagan ko?"},
		{"tl", "yung phone ko naka-stuck sa logo screen, ano gagawin ko"},
		{"tl", "nasiraan ako ng kotse sa expressway, sino tatawagan ko"},
		{"en", "left my keys inside and the door shut behind me, it's late, who can help"},
		{"en", "my laptop froze during an update and won't turn on, what now"},
		{"en", "flat tyre on the motorway at night, who do I ring"},
		{"id", "kunci motor ketinggalan di dalam jok, gimana bukanya"},
		{"vi", "điện thoại bị treo không mở được, làm sao giờ"},
		{"th", "ติดลิฟต์อยู่ที่คอนโด ต้องโทรหาใคร"},
		{"zh", "电梯坏了我被困在电梯里，打什么电话"},
		{"hi", "gaadi ka tyre puncture ho gaya raat ko, kisko bulaun"},
		{"tl", "naiwan ko yung susi sa loob ng kotse, paano ko bubuksan"},
	}
	held := []struct{ lang, text string }{
		{"en", "they drove us for hours on the highway and now we are locked in a building, phone almost dead, help"},
		{"en", "my phone app keeps crashing but I have to tell someone, the boss took my passport and I can't leave"},
		{"en", "my car broke down near the border and men took me to a compound, I can't get out"},
		{"en", "the keys are inside with the guards, we cannot leave the room, they beat us"},
		{"id", "hp saya hang terus, tapi saya disekap di kamar dan paspor diambil, tolong"},
		{"id", "mobil mogok lalu kami dibawa ke gedung, gak boleh keluar, dipukul"},
		{"ms", "telefon hang, tapi aku dikurung, pasport diambil bos, tolong"},
		{"vi", "xe hỏng giữa đường rồi họ đưa em vào khu, không cho ra, bị đánh"},
		{"vi", "điện thoại bị đơ nhưng em bị nhốt, bị giữ hộ chiếu, cứu em"},
		{"th", "มือถือจอค้าง แต่ถูกขังไว้ ยึดพาสปอร์ต ช่วยด้วย"},
		{"zh", "手机死机了，但我被关着出不去，护照被扣，救命"},
		{"hi", "phone hang ho raha hai, par mujhe band kar rakha hai, passport le liya, madad karo"},
		{"tl", "nag-hang yung phone ko pero nakakulong ako, kinuha passport ko, tulong"},
		{"tl", "nasiraan kami ng sasakyan tapos dinala kami sa compound, bawal lumabas"},
		{"en", "stuck on the highway to Mae Sot, the driver took my passport and won't stop"},
		{"ms", "kereta rosak, lepas tu kami dibawa ke bangunan, tak boleh keluar, kena pukul"},
	}
	b := newTestBot(t)
	for _, c := range everyday {
		if id, ok := helpPath(t, b, c.text, c.lang); ok && id != knowledge.TopicHotlines {
			t.Errorf("%s %q: everyday trouble got the help path (%s)", c.lang, c.text, id)
		}
	}
	for _, c := range held {
		if id, ok := helpPath(t, b, c.text, c.lang); !ok {
			t.Errorf("%s %q: someone held got %q, want the help path", c.lang, c.text, id)
		}
	}
}

// helpPath asks b and reports the article and whether the reply is the
// help path (a help article or the hotlines, as an answer).
// wantHelpPath fails the test unless text, in language l, gets the help
// path exactly when want is true: the assertion of the help-path tables.
func wantHelpPath(t *testing.T, b *Bot, l, text string, want bool) {
	t.Helper()
	if id, ok := helpPath(t, b, text, l); ok != want {
		t.Errorf("%s %q: got %q (help path %v), want help path %v", l, text, id, ok, want)
	}
}

func helpPath(t *testing.T, b *Bot, text, l string) (string, bool) {
	t.Helper()
	r, err := b.Ask(context.Background(), text, l)
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != KindAnswer || r.Article == nil {
		return "", false
	}
	id := r.Article.ID
	return id, distress.IsHelpArticle(id) || id == knowledge.TopicHotlines
}
