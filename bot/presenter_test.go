package bot

import (
	"context"
	"testing"

	"github.com/scambot/scambot/distress"
)

// TestPresenterAndEverydayNotHelpPath (set 11): a speaker or a teacher
// preparing material for others, an operation or a flight "held up", an
// embassy's cultural evening, a lifeboat crew's volunteers, a cat stuck in
// the ceiling and a relative asked to pass money on are not
// given the help path nor a help article (the classifier may answer with
// another article or abstain); a relative held keeps the help path
// (distress.TestPresenter and distress.TestDelayedAndEmbassyEvent have the
// cue-level tables). Lines written for this test.
func TestPresenterAndEverydayNotHelpPath(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "I'm preparing slides for my year 10 class on modern slavery: how are people kept locked inside those scam buildings?", false},
		{"en", "Our school is running an awareness assembly next week; are workers in those places beaten if they miss targets?", false},
		{"zh", "我在准备一个防骗讲座，想问问园区里的人是不是被关着不让走", false},
		{"vi", "mình đang soạn giáo án cho lớp 9, người bị giữ trong mấy khu lừa đảo sống ra sao", false},
		{"id", "saya lagi nyiapin materi penyuluhan buat siswa SMA, gimana kehidupan orang yang dikurung di kompleks scam itu?", false},
		{"ms", "saya tengah sediakan tazkirah untuk jemaah surau, macam mana kehidupan orang yang dikurung dalam kompleks scam tu?", false},
		{"th", "กำลังเตรียมสไลด์สอนนักเรียน ม.5 คนที่ถูกขังในตึกแก๊งคอลเซ็นเตอร์โดนทำร้ายไหม", false},
		{"hi", "main school me awareness session ke liye presentation bana raha hu, compound me band logon ko maarte hain kya?", false},
		{"tl", "naghahanda ako ng lesson plan para sa klase ko, ano ang buhay ng mga nakakulong sa mga scam compound?", false},
		{"en", "my dad's knee surgery has been held up for five months by the hospital, who can we complain to?", false},
		{"en", "our flight to Bangkok was held up for 9 hours, can my mum claim compensation?", false},
		{"id", "operasi ibu saya tertahan terus di rumah sakit sudah 5 bulan, ngadu ke mana ya", false},
		{"tl", "yung operasyon ni papa naipit ng anim na buwan sa ospital, saan kami magrereklamo", false},
		{"en", "the Philippine embassy invited our class to a cultural night, do we need to bring ID?", false},
		{"zh", "大使馆周末办文化节，我们能去吗", false},
		{"vi", "đại sứ quán tổ chức đêm văn hóa, người ngoài có được vào không", false},
		{"id", "kedutaan ngadain malam budaya, umum boleh datang gak", false},
		{"ms", "kedutaan buat malam kebudayaan hujung minggu ni, orang awam boleh pergi tak", false},
		{"hi", "embassy me cultural night hai, koi bhi ja sakta hai kya", false},
		{"en", "The lifeboat crew in our harbour town wants new volunteers, what fitness test do they ask for?", false},
		{"hi", "animal rescue me volunteer karna hai, kahan se shuru karun", false},
		{"en", "my dog is stuck under the deck and won't come out, who can help?", false},
		{"vi", "con mèo nhà em bị kẹt trong trần nhà không ra được, làm sao", false},
		{"id", "kucing saya terjebak di plafon gak bisa turun, gimana ngeluarinnya", false},
		{"ms", "kucing saya tersekat dalam siling tak boleh keluar, apa patut buat", false},
		{"zh", "我家猫卡在洗衣机后面出不来了怎么办", false},
		{"tl", "naipit yung pusa namin sa kisame, paano ilalabas", false},
		{"en", "my cousin's online friend wants to use her account for a few payments and send the money on, she says it's harmless", false},
		{"en", "I'm drafting a sermon but my nephew just messaged from Shwe Kokko, they beat him and keep his passport", true},
		{"zh", "我在写一篇文章的时候我表弟打电话说他在妙瓦底被关起来了，护照也被收了", true},
		{"vi", "tôi đang chuẩn bị bài giảng thì em trai gọi về, nó bị nhốt ở campuchia, bị lấy hộ chiếu", true},
		{"id", "lagi bikin artikel tapi adik saya barusan kabar dari myawaddy, paspornya ditahan dan dia dikurung", true},
		{"ms", "saya nak siapkan slaid tapi abang saya telefon dari kemboja, pasport dia kena rampas dan dia dikurung", true},
		{"th", "กำลังเขียนบทความอยู่ น้องชายโทรมาบอกว่าโดนขังที่เมียวดี โดนยึดพาสปอร์ต", true},
		{"hi", "main lecture taiyar kar raha tha tab bhai ka phone aaya, use myawaddy me band kar rakha hai aur passport le liya", true},
		{"tl", "gumagawa ako ng handout nang tumawag si kuya, nakakulong daw siya sa myawaddy at kinuha passport niya", true},
	} {
		r, err := b.Ask(context.Background(), c.text, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if c.help {
			if id, ok := helpPath(t, b, c.text, c.lang); !ok {
				t.Errorf("%s %q: got %q, want the help path", c.lang, c.text, id)
			}
			continue
		}
		if r.Urgent != nil {
			t.Errorf("%s %q: forced onto the help path (%s)", c.lang, c.text, r.Urgent.Article)
		} else if r.Article != nil && distress.IsHelpArticle(r.Article.ID) {
			t.Errorf("%s %q: answered with the help article %s (score %.2f)", c.lang, c.text, r.Article.ID, r.Score)
		}
	}
}
