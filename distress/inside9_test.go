package distress

import "testing"

// TestAskedFromInside: the bosses or guards tell the writer that the police
// are theirs (asked "is that true?" all the same), or the writer asks how to
// reach an embassy or an NGO without the guards finding out, in every
// language, often without an "I". The police at home for a stolen bike, an
// embassy errand and deleting a chat history are not the help path.
func TestAskedFromInside(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the guards told me the cops are on their side and calling them is useless, is that true? who can I trust", true, ArticleSelf},
		{"en", "how do I secretly contact the embassy from here, they check our phones every night", true, ArticleSelf},
		{"en", "I messaged the NGO, should I delete the chat before the guards see it", true, ArticleSelf},
		{"en", "the police came to my house about my stolen bike, can I trust them to find it", false, ""},
		{"en", "how do I contact the embassy to renew my passport, I'm in Bangkok on holiday", false, ""},
		{"en", "how do I delete my chat history on whatsapp", false, ""},
		{"zh", "主管说报警也没用，警察是他们的人，这是真的吗", true, ArticleSelf},
		{"zh", "怎么偷偷联系大使馆，他们每天查手机", true, ArticleSelf},
		{"zh", "我的自行车被偷了，警察来家里做了笔录，他们靠得住吗", false, ""},
		{"zh", "怎么联系大使馆续签护照", false, ""},
		{"vi", "quản lý nói công an là người của tụi nó, báo cũng vô ích, thật không", true, ArticleSelf},
		{"vi", "làm sao lén liên lạc với đại sứ quán, tụi nó hay kiểm tra điện thoại", true, ArticleSelf},
		{"vi", "xe đạp bị trộm, công an tới nhà lập biên bản, có tin được không", false, ""},
		{"vi", "làm sao liên hệ đại sứ quán để gia hạn hộ chiếu", false, ""},
		{"id", "mandor bilang polisi di sini orang mereka, lapor juga percuma, beneran gak", true, ArticleSelf},
		{"id", "gimana caranya diam diam hubungi KBRI dari sini, hp sering dicek", true, ArticleSelf},
		{"id", "sepeda saya dicuri, polisi datang ke rumah, bisa dipercaya gak", false, ""},
		{"id", "cara hubungi KBRI buat perpanjang paspor", false, ""},
		{"ms", "bos kata polis kat sini orang diorang, lapor pun sia sia, betul ke", true, ArticleSelf},
		{"ms", "macam mana nak senyap senyap hubungi kedutaan, fon selalu kena check", true, ArticleSelf},
		{"ms", "basikal saya kena curi, polis datang rumah ambil laporan, boleh percaya ke", false, ""},
		{"ms", "macam mana nak hubungi kedutaan untuk sambung pasport", false, ""},
		{"th", "หัวหน้าบอกว่าตำรวจเป็นพวกเดียวกับมัน แจ้งไปก็ไม่มีประโยชน์ จริงไหม", true, ArticleSelf},
		{"th", "จะแอบติดต่อสถานทูตยังไง พวกมันตรวจมือถือทุกคืน", true, ArticleSelf},
		{"th", "จักรยานหาย ตำรวจมาที่บ้านแล้ว เชื่อใจได้ไหม", false, ""},
		{"th", "ติดต่อสถานทูตเพื่อต่ออายุพาสปอร์ตยังไง", false, ""},
		{"hi", "guard kehta hai police unki hai, shikayat karne ka koi fayda nahi, sach hai kya", true, ArticleSelf},
		{"hi", "embassy se chupke se contact kaise karu, guard roz phone check karte hain", true, ArticleSelf},
		{"hi", "meri cycle chori ho gayi, police ghar aayi thi, kya unpe bharosa kar sakte hain", false, ""},
		{"hi", "passport renew karne ke liye embassy se kaise contact karu", false, ""},
		{"tl", "sabi ng bantay kanila daw ang pulis, walang silbi magsumbong, totoo ba", true, ArticleSelf},
		{"tl", "paano palihim na kontakin ang embahada, chine-check nila cp namin gabi gabi", true, ArticleSelf},
		{"tl", "ninakaw bike ko, pumunta pulis sa bahay, mapagkakatiwalaan ba sila", false, ""},
		{"tl", "paano kontakin ang embahada para mag renew ng passport", false, ""},
	})
}
