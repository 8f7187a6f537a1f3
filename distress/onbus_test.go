package distress

import (
	"slices"
	"testing"
)

// TestOnTheBusPhonesTaken: the writer on the way, in a bus or a van at, to
// or across a border ([underway]), whose phone was collected with
// everyone's, gets the help path in every language, also when reporting
// what the recruiters said ([told]: "người ta nói", "sabi ng ahente" is no
// general question). A tourist on a bus to the border whose battery died,
// or a school trip that collects the pupils' phones, does not, neither from
// the cues nor from the safety net's cue rule. Lines written for this test.
func TestOnTheBusPhonesTaken(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "on a van at the border right now, they collected everyone's phones, the agent said the job is across the river, I'm scared, typing on a phone I hid", true, ArticleSelf},
		{"en", "on the bus to the border for a day trip and my phone battery died, where can I charge it?", false, ""},
		{"en", "the school trip collected everyone's phones on the bus, is that allowed?", false, ""},
		{"zh", "我在去边境的面包车上，所有人的手机都被收走了，中介说过了河就到公司，我好害怕", true, ArticleSelf},
		{"zh", "坐大巴去边境玩，手机没电了，哪里可以充电", false, ""},
		{"zh", "学校春游在大巴上把学生的手机都收了，这样可以吗", false, ""},
		{"vi", "em đang trên xe khách qua biên giới, họ thu hết điện thoại của mọi người, người ta nói sang bên kia là có việc lương cao, em sợ quá", true, ArticleSelf},
		{"vi", "bọn em ngồi xe qua cửa khẩu rồi, người ta thu điện thoại của mọi người, người ta nói qua đó làm lương 1000 đô", true, ArticleSelf},
		{"vi", "chị ơi em đang trên xe tới biên giới, người ta hứa bên đó có việc văn phòng mà giờ lấy hết điện thoại, em sợ", true, ArticleSelf},
		{"vi", "đi xe buýt ra biên giới du lịch mà điện thoại hết pin, sạc ở đâu được", false, ""},
		{"vi", "chuyến dã ngoại của trường thu điện thoại của học sinh trên xe, vậy có được không", false, ""},
		{"id", "aku di mobil van di perbatasan sekarang, hp semua orang dikumpulkan, agennya bilang kerjanya di seberang sungai, aku takut", true, ArticleSelf},
		{"id", "naik bus ke perbatasan buat jalan jalan, hp mati kehabisan baterai, bisa ngecas dimana", false, ""},
		{"id", "study tour sekolah mengumpulkan hp semua murid di bus, boleh gak sih", false, ""},
		{"ms", "saya dalam van kat sempadan sekarang, fon semua orang dikutip, ejen kata kerja kat seberang sungai, saya takut", true, ArticleSelf},
		{"ms", "naik bas ke sempadan nak jalan jalan, fon habis bateri, boleh cas kat mana", false, ""},
		{"ms", "lawatan sekolah kutip fon semua murid dalam bas, boleh ke macam tu", false, ""},
		{"th", "ผมอยู่บนรถตู้ที่ชายแดน เขาเก็บมือถือทุกคนไปหมด นายหน้าบอกว่างานอยู่อีกฝั่งแม่น้ำ กลัวมาก", true, ArticleSelf},
		{"th", "นั่งรถทัวร์ไปเที่ยวชายแดน มือถือแบตหมด ชาร์จที่ไหนได้", false, ""},
		{"th", "ทัศนศึกษาของโรงเรียนเก็บมือถือนักเรียนบนรถบัส ทำได้ไหม", false, ""},
		{"hi", "main border par van mein hoon, sabke phone le liye gaye, agent ne kaha kaam nadi ke us paar hai, bahut dar lag raha hai", true, ArticleSelf},
		{"hi", "bus se border ghumne ja raha hoon, phone ki battery khatam ho gayi, charge kahan karu", false, ""},
		{"hi", "school trip mein bus par sab bachchon ke phone jama kar liye, kya yeh theek hai", false, ""},
		{"tl", "nasa van ako sa border ngayon, kinuha lahat ng cellphone namin, sabi ng ahente nasa kabila ng ilog ang trabaho, takot na takot ako", true, ArticleSelf},
		{"tl", "nasa bus ako papuntang border para mamasyal, na lowbat ang cp ko, saan pwede mag charge", false, ""},
		{"tl", "yung field trip ng school kinolekta ang cellphone ng lahat ng estudyante sa bus, okay lang ba yun", false, ""},
	})
}

// TestOnTheBusUnderway: on the bus or in the van to, at or across the border
// says the writer is on the way ([underway]) in every language. Lines
// written for this test.
func TestOnTheBusUnderway(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "on the bus to the border"},
		{"en", "in a van crossing the border"},
		{"en", "we are on a minibus at the border"},
		{"en", "the van is at the border now"},
		{"zh", "在去边境的大巴上"},
		{"zh", "我们坐的面包车到了边境"},
		{"zh", "车已经过了边境"},
		{"zh", "我在车上，快到边境了"},
		{"vi", "đang trên xe tới biên giới"},
		{"vi", "xe đang qua biên giới"},
		{"vi", "em ngồi xe van ở cửa khẩu"},
		{"id", "lagi di bus ke perbatasan"},
		{"id", "mobilnya udah nyebrang perbatasan"},
		{"id", "aku di van dekat perbatasan"},
		{"ms", "dalam bas ke sempadan"},
		{"ms", "van dah lintas sempadan"},
		{"ms", "saya atas van dekat sempadan"},
		{"th", "อยู่บนรถไปชายแดน"},
		{"th", "รถตู้ข้ามชายแดนแล้ว"},
		{"th", "นั่งรถบัสไปชายแดน"},
		{"hi", "bus mein border ja rahe hain"},
		{"hi", "van border cross kar rahi hai"},
		{"hi", "बस में बॉर्डर की तरफ जा रहे हैं"},
		{"hi", "गाड़ी बॉर्डर पार कर रही है"},
		{"tl", "nasa bus papuntang border"},
		{"tl", "yung van tumatawid na ng border"},
		{"tl", "sakay kami ng van sa border"},
	} {
		f := Detect(c.text, c.lang)
		if !slices.ContainsFunc(f.Cues, func(cu Cue) bool { return cu.Kind == kindUnderway.String() }) {
			t.Errorf("%s %q: no underway cue (cues %+v)", c.lang, c.text, f.Cues)
		}
	}
}
