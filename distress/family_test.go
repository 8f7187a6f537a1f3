package distress

import "testing"

// TestFamilyCutOff: the family paid an agent or a broker to bring someone
// back and the go-between asks for more, or the recruiter who sent someone
// blocks the family while that person has gone silent, in every language.
// A builder or a wedding planner asking for more, and a seller or a fake
// recruiter who blocks a buyer after taking a fee, are not the help path.
func TestFamilyCutOff(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the broker took 2000 usd from my parents, promised he would get my sister out, now asks for another 3000", true, ArticleOther},
		{"en", "we paid the wedding planner and now she wants more for flowers", false, ""},
		{"zh", "我们给了中介五万让他把我弟弄回来，现在他又要十万", true, ArticleOther},
		{"zh", "装修中介又要加钱，合理吗", false, ""},
		{"vi", "nhà đã đưa môi giới 50 triệu để đưa em trai về, giờ họ đòi thêm", true, ArticleOther},
		{"vi", "thợ sửa nhà đòi thêm tiền có đúng không", false, ""},
		{"id", "kami sudah bayar calo supaya adik dipulangkan, sekarang calonya minta lagi", true, ArticleOther},
		{"id", "tukang bangunan minta tambahan biaya, wajar gak", false, ""},
		{"ms", "kami dah bayar ejen untuk bawa balik anak, sekarang ejen minta lagi", true, ArticleOther},
		{"ms", "kontraktor rumah minta duit tambah, patut ke", false, ""},
		{"th", "จ่ายนายหน้าไปแล้วให้พาลูกกลับ ตอนนี้เรียกเงินเพิ่มอีก", true, ArticleSelf},
		{"th", "ช่างซ่อมบ้านขอเงินเพิ่ม ควรจ่ายไหม", false, ""},
		{"hi", "बेटे को वापस लाने के लिए दलाल को पैसे दिए, अब वो और पैसे माँग रहा है", true, ArticleOther},
		{"hi", "plumber ne kaam ke baad aur paise maange, kya karein", false, ""},
		{"tl", "nagbayad na kami sa ahente para iuwi ang kapatid ko, humihingi pa ulit ng pera", true, ArticleOther},
		{"tl", "humingi ulit ng bayad ang tubero, tama ba yun", false, ""},
		{"en", "the agency that took my daughter to Dubai blocked our number and she hasnt replied for two weeks", true, ArticleOther},
		{"en", "i paid a recruiter a fee and they blocked me, can i get the money back", false, ""},
		{"en", "my friend hasnt answered in days, she is probably busy with exams", false, ""},
		{"zh", "介绍我哥去柬埔寨的中介把我们全家拉黑了，我哥已经一个星期没回消息", true, ArticleOther},
		{"zh", "交了报名费给网上的劳务公司，然后被拉黑了，怎么追回", false, ""},
		{"vi", "bên tuyển dụng đưa chồng tôi đi đã chặn số cả nhà, anh ấy mất liên lạc mười ngày", true, ArticleOther},
		{"vi", "đặt cọc cho người bán trên mạng xong bị chặn, làm sao đòi lại", false, ""},
		{"id", "agen yang berangkatin kakak saya blokir nomor keluarga, kakak hilang kontak seminggu", true, ArticleHotlines},
		{"id", "habis transfer DP ke olshop malah diblokir, gimana balikin uang", false, ""},
		{"ms", "ejen yang bawa adik saya ke Kemboja dah block keluarga kami, adik tak dapat dihubungi dua minggu", true, ArticleOther},
		{"ms", "lepas bayar deposit kat penjual online terus kena block, macam mana nak dapat balik", false, ""},
		{"th", "นายหน้าที่พาพี่สาวไปกัมพูชาบล็อกทุกคนในบ้าน พี่สาวก็ติดต่อไม่ได้มาสิบวันแล้ว", true, ArticleOther},
		{"th", "โอนมัดจำให้ร้านออนไลน์แล้วโดนบล็อก ทำยังไงดี", false, ""},
		{"hi", "जो एजेंट मेरे भाई को कंबोडिया ले गया उसने हमें ब्लॉक कर दिया, भाई से दस दिन से संपर्क नहीं", true, ArticleOther},
		{"hi", "online seller ko advance diya aur usne block kar diya, paise kaise wapas milenge", false, ""},
		{"tl", "binlock kami ng recruiter na nagpaalis sa kapatid ko, dalawang linggo na siyang hindi na sumasagot", true, ArticleOther},
		{"tl", "nagbayad ako sa online seller tapos binlock ako, paano mababawi", false, ""},
	})
}
