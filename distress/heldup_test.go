package distress

import "testing"

// TestDelayedAndEmbassyEvent (set 11): everyday uses of danger words that
// the classifier's help articles would otherwise answer. An operation, a
// flight or a payment "held up" is late, not a person held ([benign]): the
// cues do not fire and, a relative named or not, the message grounds
// nothing (Grounded), so the help articles' lower threshold and the safety
// net do not answer it; so is "rescue" said of a lifeboat crew or a rescue
// dog. An embassy's cultural or social event is an errand
// there ([everyday]): NotHeld, so no help article answers it. Someone held,
// or a harm besides, keeps the help path. Lines written for this test.
func TestDelayedAndEmbassyEvent(t *testing.T) {
	for _, c := range []struct {
		lang, text                string
		urgent, grounded, notHeld bool
	}{
		{"en", "my dad's knee surgery has been held up for five months by the hospital, who can we complain to?", false, false, false},
		{"en", "our flight to Bangkok was held up for 9 hours, can my mum claim compensation?", false, false, false},
		{"en", "we were held up in traffic for two hours on the way to the airport, can my brother still check in?", false, false, false},
		{"id", "operasi ibu saya tertahan terus di rumah sakit sudah 5 bulan, ngadu ke mana ya", false, false, false},
		{"ms", "pembedahan ayah saya asyik tertangguh, tersangkut kat hospital 6 bulan, nak adu kat mana", false, false, false},
		{"tl", "yung operasyon ni papa naipit ng anim na buwan sa ospital, saan kami magrereklamo", false, false, false},
		{"hi", "papa ka operation 6 mahine se atka hua hai hospital me, shikayat kahan karein", false, false, false},
		{"zh", "我爸的手术排队拖了半年，卡在医院那边，去哪投诉", false, false, false},
		{"vi", "ca mổ của mẹ em bị hoãn mãi, kẹt ở khâu giấy tờ bệnh viện 6 tháng rồi, khiếu nại ở đâu", false, false, false},
		{"en", "the Philippine embassy invited our class to a cultural night, do we need to bring ID?", false, true, true},
		{"en", "the Thai embassy is holding a food festival on Saturday, is it open to the public?", false, true, true},
		{"zh", "大使馆周末办文化节，我们能去吗", false, true, true},
		{"vi", "đại sứ quán tổ chức đêm văn hóa, người ngoài có được vào không", false, true, true},
		{"id", "kedutaan ngadain malam budaya, umum boleh datang gak", false, true, true},
		{"ms", "kedutaan buat malam kebudayaan hujung minggu ni, orang awam boleh pergi tak", false, true, true},
		{"th", "สถานทูตจัดงานวัฒนธรรมเสาร์นี้ คนทั่วไปเข้าได้ไหม", false, true, true},
		{"hi", "embassy me cultural night hai, koi bhi ja sakta hai kya", false, true, true},
		{"tl", "may cultural night ang embahada, pwede ba pumunta kahit sino", false, true, true},
		// "Rescue" in everyday use: a lifeboat crew, a rescue dog, a
		// lifeguard course.
		{"en", "The lifeboat crew in our harbour town wants new volunteers, what fitness test do they ask for?", false, false, false},
		{"en", "we adopted a rescue dog last week and he keeps barking at night, any tips?", false, false, false},
		{"hi", "animal rescue me volunteer karna hai, kahan se shuru karun", false, false, false},
		{"tl", "gusto ko mag volunteer sa animal rescue, ano requirements", false, false, false},
		{"th", "อยากเรียนหลักสูตรช่วยชีวิตทางน้ำ ต้องว่ายน้ำเก่งแค่ไหน", false, false, false},
		{"vi", "đội cứu hộ cứu nạn ở xã đang tuyển tình nguyện viên, cần học những gì", false, false, false},
		// Someone held keeps the help path.
		{"en", "is there a rescue team that can get my brother out of the compound in Myawaddy?", true, true, false},
		{"en", "my brother is held in a compound in Myawaddy and they took his passport", true, true, false},
		{"id", "adik saya ditahan di kompleks di myawaddy, paspornya diambil", true, true, false},
		{"en", "they took my passport and lock me in, can the embassy get me out before its national day party?", true, true, false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent || f.Grounded() != c.grounded || f.NotHeld() != c.notHeld {
			t.Errorf("%s %q: urgent %v grounded %v not held %v, want %v %v %v (cues %v)", c.lang, c.text,
				f.Urgent, f.Grounded(), f.NotHeld(), c.urgent, c.grounded, c.notHeld, f.Cues)
		}
		if !c.urgent && Net(f, map[string]float64{ArticleOther: 0.45, ArticleSelf: 0.1, "lost-money": 0.2}).Urgent {
			t.Errorf("%s %q: the safety net gave the help path (cues %v)", c.lang, c.text, f.Cues)
		}
	}
}

// TestBenignKeepsRelativeFromGrounding (set 11): a relative named only as
// the one who got an odd request ("my son's online 'friend' asked him to
// receive money and pass it on": a money mule) or who lends money to an
// online sweetheart names no one held. With an everyday sign ([benign]:
// an online friend, a bank account), a relative no longer grounds the
// message, as a place already did not: the help articles' lower threshold
// and the safety net's classifier rule then need more. A relative held
// grounds it. Lines written for this test.
func TestBenignKeepsRelativeFromGrounding(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		grounded   bool
	}{
		{"en", "a guy my nephew met gaming online asked him to accept a bank transfer and forward it to another account for a cut, is that ok?", false},
		{"en", "my cousin's online friend wants to use her account for a few payments, she says it's harmless", false},
		{"ms", "adik saya disuruh kawan online terima duit masuk akaun dia lepas tu pindahkan, dapat komisen, selamat ke", false},
		{"en", "my son's friend says he is held in a building near the border and can't leave", true},
		{"en", "my cousin went to Cambodia for a job and stopped answering", true},
	} {
		f := Detect(c.text, c.lang)
		if f.Grounded() != c.grounded {
			t.Errorf("%s %q: grounded %v, want %v (cues %v)", c.lang, c.text, f.Grounded(), c.grounded, f.Cues)
		}
	}
}

// TestPetStuck (set 11): a pet stuck behind the washing machine or in the
// ceiling is everyday trouble ([everyday]: NotHeld, so neither the cues,
// the safety net nor a help article answer it), and so is an app that
// locked the writer out; an escape room played with friends is an everyday
// use of "escape" and "beating" ([benign]). Someone locked in keeps the help
// path. Lines written for this test.
func TestPetStuck(t *testing.T) {
	for _, c := range []struct {
		lang, text      string
		urgent, notHeld bool
	}{
		{"en", "my dog is stuck under the deck and won't come out, who can help?", false, true},
		{"en", "How do I get our kitten out, it's trapped behind the dryer", false, true},
		{"en", "the app locked me out again after the update, who do I call", false, true},
		{"en", "we're beating an escape room on Friday with some friends, tips?", false, false},
		{"zh", "我家猫卡在洗衣机后面出不来了怎么办", false, true},
		{"vi", "con mèo nhà em bị kẹt trong trần nhà không ra được, làm sao", false, true},
		{"id", "kucing saya terjebak di plafon gak bisa turun, gimana ngeluarinnya", false, true},
		{"ms", "kucing saya tersekat dalam siling tak boleh keluar, apa patut buat", false, true},
		{"th", "แมวติดอยู่หลังเครื่องซักผ้าออกไม่ได้ ทำไงดี", false, true},
		{"hi", "meri billi washing machine ke peeche fas gayi hai, kaise nikalun", false, true},
		{"tl", "naipit yung pusa namin sa kisame, paano ilalabas", false, true},
		// Someone held, with a pet or a game named, keeps the help path.
		{"en", "they locked me in the room with the guard dog and took my passport", true, false},
		{"th", "แมวมองพาไปทำงาน ตอนนี้ติดอยู่ในตึก ออกไม่ได้ โดนยึดพาสปอร์ต", true, false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent || f.NotHeld() != c.notHeld {
			t.Errorf("%s %q: urgent %v not held %v, want %v %v (cues %v)", c.lang, c.text, f.Urgent, f.NotHeld(), c.urgent, c.notHeld, f.Cues)
		}
		if !c.urgent && (f.Grounded() || Net(f, map[string]float64{ArticleSelf: 0.5, "lost-money": 0.1}).Urgent) {
			t.Errorf("%s %q: grounded %v, or the safety net answered (cues %v)", c.lang, c.text, f.Grounded(), f.Cues)
		}
	}
}
