package distress

import "testing"

// A "got out" or "came back" said of someone still abroad, hiding, with no
// passport ("got out but has no passport"), afraid of arrest, or out only days ago, is not
// back ([hiding] voids [returned]: Finding.Back); someone back home for
// months is. Lines written for this test.
func TestHidingNotBack(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		back       bool
	}{
		{"en", "I got out of the compound 4 days ago, now hiding in a guesthouse, no passport, no money", false},
		{"en", "my brother got out last week but he is still in Cambodia, scared of being arrested", false},
		{"en", "my brother got out and came home in March, why did they pick him?", true},
		{"en", "my friend got out but has no passport, how do we help her from here?", false},
		{"en", "my brother came back home in May with no passport and no money, why him?", true},
		{"id", "teman aku berhasil kabur tapi gak ada paspor, aku bisa bantu apa dari sini?", false},
		{"ms", "kawan saya berjaya lari tapi takde pasport, macam mana nak tolong dari sini?", false},
		{"zh", "我被救出来了，但还在缅甸，躲在一个朋友家，没护照也没钱", false},
		{"zh", "我表哥去年从缅甸回来了，为什么会被骗？", true},
		{"vi", "em thoát về được biên giới nhưng vẫn còn ở Campuchia, đang trốn, sợ bị bắt", false},
		{"vi", "anh tôi đã về nhà từ tháng ba, sao lại bị lừa vậy?", true},
		{"id", "aku berhasil kabur 2 hari lalu, sekarang sembunyi, takut ditangkap", false},
		{"id", "kakakku sudah pulang dari Kamboja bulan lalu, kok bisa ketipu ya?", true},
		{"ms", "saya berjaya lari 2 hari lepas, sekarang bersembunyi, takut kena tangkap", false},
		{"ms", "abang saya dah balik dari Kemboja tahun lepas, kenapa dia boleh tertipu?", true},
		{"th", "พี่ชายหนีกลับมาได้ แต่ยังอยู่ที่กัมพูชา หลบซ่อนอยู่ กลัวโดนจับ", false},
		{"th", "พี่ชายกลับบ้านแล้วตั้งแต่ปีที่แล้ว ทำไมถึงโดนหลอก", true},
		{"hi", "bhai wapas aa gaya border tak par abhi bhi cambodia mein chhupa hai, pakde jaane ka dar", false},
		{"hi", "मेरा भाई पिछले साल घर आ गया, उसे धोखा क्यों मिला?", true},
		{"tl", "nakabalik na ako sa bayan ng Poipet pero nasa Cambodia pa rin, nagtatago ako, takot akong mahuli", false},
		{"tl", "nakauwi na ang kuya ko noong isang taon, bakit siya naloko?", true},
	} {
		f := Detect(c.text, c.lang)
		if f.Back() != c.back {
			t.Errorf("%s %q: back %v (cues %+v), want %v", c.lang, c.text, f.Back(), f.Cues, c.back)
		}
	}
}
