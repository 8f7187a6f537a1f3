package distress

import "testing"

// TestRelativeGoneQuiet: a relative who went to work abroad and will not
// video call, only ever saying "fine", in every language (each sign weak,
// together with the relative the help path). The same of someone met
// online is a romance-scam question.
func TestRelativeGoneQuiet(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my brother went to work in Cambodia, he wont video call and only says he is fine", true, ArticleOther},
		{"en", "my online girlfriend wont video call and only says she is fine, is she real?", false, ""},
		{"zh", "我哥去柬埔寨打工，一直不肯视频，只回还好", true, ArticleOther},
		{"zh", "网恋对象从来不肯视频，只说挺好的，是骗子吗", false, ""},
		{"vi", "em trai tôi sang Campuchia làm việc, không chịu gọi video, chỉ nhắn là ổn", true, ArticleOther},
		{"vi", "người yêu qua mạng không chịu gọi video, chỉ nhắn là ổn, có phải lừa đảo không", false, ""},
		{"id", "kakak saya kerja di Kamboja, gak mau VC, cuma bales baik baik aja", true, ArticleOther},
		{"id", "pacar online gak mau VC, cuma bales aman, dia beneran ada gak", false, ""},
		{"ms", "abang saya kerja di Kemboja, tak nak video call, cuma balas ok", true, ArticleOther},
		{"ms", "kekasih online tak nak video call, cuma balas ok, scam ke", false, ""},
		{"th", "พี่ชายไปทำงานกัมพูชา ไม่ยอมวิดีโอคอล ตอบแค่ว่าสบายดี", true, ArticleOther},
		{"th", "แฟนออนไลน์ไม่ยอมวิดีโอคอล ตอบแค่ว่าสบายดี หลอกหรือเปล่า", false, ""},
		{"hi", "mera bhai Cambodia gaya hai, video call nahi karta, bas sab theek hai bolta hai", true, ArticleOther},
		{"hi", "online girlfriend video call nahi karti, bas theek hoon bolti hai, fake hai kya", false, ""},
		{"tl", "kapatid ko nasa Cambodia, ayaw mag video call, puro okay lang ang sagot", true, ArticleOther},
		{"tl", "online jowa ko ayaw mag video call, puro okay lang ang sagot, scam ba", false, ""},
	})
}
