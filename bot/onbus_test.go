package bot

import "testing"

// Someone on the way, in a bus or a van at or across a border, whose phone
// was collected, is being taken: the help path answers, also when the
// message reports the recruiters' promise ("người ta nói ...": what they
// said, not a general question). A tourist on a bus to the border whose
// battery died, or a school trip that collects phones, is not. Lines
// written for this test.
func TestOnTheBusPhonesTaken(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "on a van at the border right now, they collected everyone's phones, the agent said the job is across the river, I'm scared, typing on a phone I hid", true},
		{"en", "on the bus to the border for a day trip and my phone battery died, where can I charge it?", false},
		{"en", "the school trip collected everyone's phones on the bus, is that allowed?", false},
		{"zh", "我在去边境的面包车上，所有人的手机都被收走了，中介说过了河就到公司，我好害怕", true},
		{"zh", "坐大巴去边境玩，手机没电了，哪里可以充电", false},
		{"zh", "学校春游在大巴上把学生的手机都收了，这样可以吗", false},
		{"vi", "em đang trên xe khách qua biên giới, họ thu hết điện thoại của mọi người, người ta nói sang bên kia là có việc lương cao, em sợ quá", true},
		{"vi", "bọn em ngồi xe qua cửa khẩu rồi, người ta thu điện thoại của mọi người, người ta nói qua đó làm lương 1000 đô", true},
		{"vi", "đi xe buýt ra biên giới du lịch mà điện thoại hết pin, sạc ở đâu được", false},
		{"vi", "chuyến dã ngoại của trường thu điện thoại của học sinh trên xe, vậy có được không", false},
		{"id", "aku di mobil van di perbatasan sekarang, hp semua orang dikumpulkan, agennya bilang kerjanya di seberang sungai, aku takut", true},
		{"id", "naik bus ke perbatasan buat jalan jalan, hp mati kehabisan baterai, bisa ngecas dimana", false},
		{"id", "study tour sekolah mengumpulkan hp semua murid di bus, boleh gak sih", false},
		{"ms", "saya dalam van kat sempadan sekarang, fon semua orang dikutip, ejen kata kerja kat seberang sungai, saya takut", true},
		{"ms", "naik bas ke sempadan nak jalan jalan, fon habis bateri, boleh cas kat mana", false},
		{"ms", "lawatan sekolah kutip fon semua murid dalam bas, boleh ke macam tu", false},
		{"th", "ผมอยู่บนรถตู้ที่ชายแดน เขาเก็บมือถือทุกคนไปหมด นายหน้าบอกว่างานอยู่อีกฝั่งแม่น้ำ กลัวมาก", true},
		{"th", "นั่งรถทัวร์ไปเที่ยวชายแดน มือถือแบตหมด ชาร์จที่ไหนได้", false},
		{"th", "ทัศนศึกษาของโรงเรียนเก็บมือถือนักเรียนบนรถบัส ทำได้ไหม", false},
		{"hi", "main border par van mein hoon, sabke phone le liye gaye, agent ne kaha kaam nadi ke us paar hai, bahut dar lag raha hai", true},
		{"hi", "bus se border ghumne ja raha hoon, phone ki battery khatam ho gayi, charge kahan karu", false},
		{"hi", "school trip mein bus par sab bachchon ke phone jama kar liye, kya yeh theek hai", false},
		{"tl", "nasa van ako sa border ngayon, kinuha lahat ng cellphone namin, sabi ng ahente nasa kabila ng ilog ang trabaho, takot na takot ako", true},
		{"tl", "yung field trip ng school kinolekta ang cellphone ng lahat ng estudyante sa bus, okay lang ba yun", false},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}
