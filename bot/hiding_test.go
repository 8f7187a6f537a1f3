package bot

import "testing"

// Someone who got out of a compound days ago and is still abroad, hiding,
// with no passport or money, afraid of arrest, is not back: the way out is
// not over, and the help path answers (distress.Finding.Back, [hiding]).
// Someone back home for months who asks why it happened stays off it.
// Lines written for this test (not from any evaluation or training set).
func TestOutButHiding(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "I got out of the compound 4 days ago, now hiding in a guesthouse in Myawaddy, no passport, no money, scared the police will arrest me. what do I do?", true},
		{"en", "my cousin got out of the scam company last week but is still in Cambodia, hiding in a friend's room, no passport and no money, what now", true},
		{"en", "my brother came back home from Cambodia in May with no passport and no money, why did they target him?", false},
		{"en", "my son got out of the compound in Laos and came home in March, he has been with us for months. why did this happen to him?", false},
		{"zh", "我三天前从园区逃出来了，现在躲在妙瓦底一个小旅馆，没有护照也没钱，怕被警察抓，怎么办", true},
		{"zh", "我弟弟从柬埔寨园区出来了，还在柬埔寨躲着，没护照没钱，我们该怎么帮他", true},
		{"zh", "我表哥从老挝园区回来了，回家好几个月了，为什么会发生这种事？", false},
		{"vi", "em thoát ra khỏi công ty được 3 ngày rồi, đang trốn ở nhà trọ bên Campuchia, không có hộ chiếu, không có tiền, sợ bị bắt, giờ phải làm sao", true},
		{"vi", "anh trai em thoát ra được rồi nhưng vẫn còn ở Campuchia, đang trốn, không có hộ chiếu không có tiền, nhà em phải làm gì", true},
		{"vi", "con trai tôi đã về nhà từ Lào mấy tháng nay rồi, vì sao chuyện này lại xảy ra với nó?", false},
		{"id", "saya berhasil kabur dari perusahaan itu 3 hari lalu, sekarang sembunyi di Poipet, tidak ada paspor, tidak ada uang, takut ditangkap polisi, harus gimana", true},
		{"id", "adik saya sudah keluar dari markas tapi masih di Kamboja, sembunyi di rumah orang, gak ada paspor gak ada uang, kami harus apa", true},
		{"id", "anak saya sudah pulang dari Kamboja sejak bulan Maret, sudah berbulan bulan di rumah. kenapa ini bisa terjadi?", false},
		{"ms", "saya berjaya lari dari syarikat tu 3 hari lepas, sekarang menyorok kat Poipet, takde pasport takde duit, takut kena tangkap, macam mana", true},
		{"ms", "abang saya dah lari tapi masih di Kemboja, bersembunyi, tiada pasport tiada duit, apa kami boleh buat", true},
		{"ms", "anak saya dah balik dari Laos bulan Mac, dah berbulan bulan kat rumah. kenapa benda ni jadi?", false},
		{"th", "ผมหนีออกมาได้สามวันแล้ว ตอนนี้หลบซ่อนอยู่ที่เมียวดี ไม่มีพาสปอร์ต ไม่มีเงิน กลัวตำรวจจับ ทำยังไงดี", true},
		{"th", "น้องชายหนีออกมาแล้วแต่ยังอยู่กัมพูชา ซ่อนตัวอยู่ ไม่มีพาสปอร์ต ไม่มีเงิน ครอบครัวต้องทำยังไง", true},
		{"th", "ลูกชายกลับบ้านแล้วตั้งแต่เดือนมีนาคม อยู่บ้านมาหลายเดือน ทำไมเรื่องแบบนี้ถึงเกิดขึ้น", false},
		{"hi", "main 4 din pehle compound se bhaga, abhi Myawaddy mein chhupa hoon, passport nahi, paise nahi, pakde jaane ka dar hai, kya karu", true},
		{"hi", "मेरा भाई कंपनी से निकल गया पर अभी भी कंबोडिया में छुपा है, पासपोर्ट नहीं, पैसे नहीं, हम क्या करें", true},
		{"hi", "मेरा बेटा मार्च में लाओस से घर आ गया, कई महीनों से हमारे साथ है, यह उसके साथ क्यों हुआ?", false},
		{"tl", "nakatakas ako sa compound 3 araw na, nagtatago ako ngayon sa Poipet, walang passport walang pera, takot akong mahuli, ano gagawin ko", true},
		{"tl", "nakalabas na yung kuya ko pero nasa Cambodia pa rin, nagtatago, walang passport walang pera, ano pwede namin gawin", true},
		{"tl", "nakauwi na ang anak ko galing Laos noong Marso, ilang buwan na siya sa bahay. bakit nangyari ito sa kanya?", false},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}
