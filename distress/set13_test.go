package distress

import "testing"

// Set 13's kinds (issue 9), lines written for these tests. Each table is
// checked both ways: the help path for someone being taken or held, and
// neither the cues nor the safety net for the near miss.
func checkSet13(t *testing.T, cases []struct {
	lang, text string
	urgent     bool
}) {
	t.Helper()
	for _, c := range cases {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
		}
		if !c.urgent && Net(f, nil).Urgent {
			t.Errorf("%s %q: the safety net gave the help path (cues %v)", c.lang, c.text, f.Cues)
		}
	}
}

// TestDivertedOnArrival: just landed or across, and the driver or the
// pick-up skips the city, goes elsewhere or will not say where, with the
// phone about to die. A dying phone alone at an airport, or a taxi that
// takes a longer road, is not; "dead" of a phone is no violence.
func TestDivertedOnArrival(t *testing.T) {
	checkSet13(t, []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "I just landed in Phnom Penh and the driver who picked me up is not going into the city, he won't tell me where we are going, my phone is almost dead", true},
		{"en", "my daughter crossed at Poipet an hour ago, the pick-up man skipped the town and won't answer her where they're going, her battery is dying", true},
		{"en", "I landed in Bangkok, the taxi driver skipped the hotel and took a longer road, is this a scam?", false},
		{"vi", "em vừa xuống sân bay Phnom Penh, tài xế không vào thành phố mà chạy đi đâu không nói, điện thoại sắp hết pin", true},
		{"id", "baru mendarat di Phnom Penh, supir gak masuk kota dan gak jawab mau ke mana, hp mau mati", true},
		{"ms", "baru sampai Phnom Penh, pemandu tak masuk bandar dan tak jawab ke mana, bateri nak habis", true},
		{"tl", "kakalapag ko lang sa Phnom Penh, hindi pumasok sa siyudad ang driver at ayaw sabihin kung saan kami pupunta", true},
		{"zh", "刚落地金边，司机不进市区，也不说去哪，手机快没电了", true},
		{"th", "เพิ่งลงเครื่องที่พนมเปญ คนขับไม่เข้าเมือง ไม่ยอมบอกว่าจะไปไหน แบตจะหมด", true},
		{"hi", "Phnom Penh utra hun, driver shahar nahi ja raha aur nahi bata raha kahan le ja raha hai", true},
		{"en", "just landed at Phnom Penh airport, the driver skips the city and will not say where, phone almost dead", true},
		{"vi", "điện thoại sắp hết pin, sân bay Tân Sơn Nhất có chỗ sạc không", false},
		{"id", "hp mau mati, di bandara Soekarno Hatta ada tempat ngecas gak", false},
		{"ms", "bateri fon nak habis, kat KLIA ada tempat cas?", false},
		{"th", "แบตมือถือจะหมด สนามบินมีที่ชาร์จไหม", false},
		{"hi", "phone ki battery khatam hone wali hai, airport pe charge kahan karu", false},
		{"zh", "手机快没电了，机场哪里可以充电", false}, {"en", "my phone battery is dying, where can I charge it at the airport", false},
		{"en", "landed in Phnom Penh an hour ago, the company car is heading out of the city, the driver only says company, battery at 5%", true},
		{"vi", "em mới tới sân bay Phnom Penh, tài xế chở đi hướng khác không phải về thành phố, không nói đi đâu", true},
	})
	for _, text := range []string{"my phone is almost dead", "battery dead, where can I charge", "phone dying, help"} {
		testNoConcept(t, "en", text, "violence")
	}
}

// TestLastLegTold: the writer just crossed a border post and the pick-up
// or the agent says to go on across before the company: the lure's last
// leg. A tourist whose guide says to go on to the sights is not.
func TestLastLegTold(t *testing.T) {
	checkSet13(t, []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "we crossed the border at the checkpoint this morning, now the driver says we continue to the other side before the company, I'm scared", true},
		{"en", "we crossed the border at Aranyaprathet for sightseeing, the guide says we continue to Siem Reap, what should we see", false},
		{"vi", "Tôi vừa qua cửa khẩu Mộc Bài, người đón bảo đi tiếp sang bên kia rồi mới đến công ty, em sợ quá", true},
		{"vi", "nhà mình qua cửa khẩu Mộc Bài đi du lịch, hướng dẫn viên bảo đi tiếp tới Phnom Penh tham quan", false},
		{"id", "aku baru lewat pos perbatasan, penjemput suruh lanjut nyebrang ke sebelah sana baru sampai kantor, takut banget", true},
		{"id", "kami nyebrang perbatasan buat liburan ke Angkor Wat, tour guide bilang lanjut ke Siem Reap", false},
		{"ms", "saya baru lepas sempadan, orang jemput suruh teruskan ke seberang sebelum sampai syarikat, takut", true},
		{"ms", "kami lepas sempadan untuk bercuti di Hatyai, pemandu pelancong kata kita ke pasar dulu", false},
		{"tl", "kakatawid ko lang sa border sa Poipet, sabi ng sundo tuloy pa daw sa kabila bago makarating sa kompanya, takot ako", true},
		{"tl", "tumawid kami sa border para mamasyal sa Angkor Wat, sabi ng tour guide tuloy tayo sa Siem Reap", false},
		{"zh", "我刚过了口岸，来接的人说还要继续过到对面才到公司，好害怕", true},
		{"zh", "我们过了口岸去旅游，导游说继续去吴哥窟", false},
		{"th", "ฉันเพิ่งข้ามด่านปอยเปต คนมารับบอกให้ข้ามต่อไปอีกฝั่งก่อนถึงบริษัท กลัวมาก", true},
		{"th", "เราข้ามด่านไปเที่ยวนครวัด ไกด์บอกให้ไปต่อที่เสียมราฐ", false},
		{"hi", "abhi border paar kiya, lene wala bola aur aage us paar jana hai tab company aayegi, dar lag raha hai", true},
		{"hi", "hum border paar karke ghoomne gaye, guide bola aage Angkor Wat chalo", false},
		{"en", "my brother just crossed into Cambodia at Bavet, the pick-up guy told him to keep going to another checkpoint before the office", true},
		{"vi", "anh trai em vừa qua cửa khẩu Bavet, người đón kêu đi tiếp qua một cửa khẩu nữa mới tới công ty", true},
		{"zh", "我弟刚过关，接他的司机说还要再过一个关口才到公司", true},
		{"id", "adik saya baru lewat imigrasi di Poipet, supir jemputan bilang masih harus lanjut nyebrang lagi", true},
		{"tl", "kapatid ko kakatawid lang sa checkpoint, sabi ng driver tuloy pa raw sa kabilang border", true},
		{"th", "น้องชายเพิ่งผ่านด่านแม่สอด คนขับบอกให้ข้ามไปอีกฝั่งก่อนถึงบริษัท", true},
		{"hi", "mera bhai abhi border cross kiya, agent keh raha hai aage aur ek border paar karna hai", true},
		{"ms", "abang saya baru lepas imigresen, driver suruh terus seberang lagi sebelum sampai syarikat", true},
	})
}

// TestWatchedOnCalls: a relative or a partner who on video calls always
// has someone behind them, cannot speak freely, or says "I'm fine" as if
// reading a script is watched, held. A partner met online who refuses
// video calls, or one merely busy, is not.
func TestWatchedOnCalls(t *testing.T) {
	checkSet13(t, []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "my girlfriend works in Manila, on every video call someone is always behind her, she says she's fine but it's like she is reading a script", true},
		{"en", "my online boyfriend never wants to video call, always has excuses", false},
		{"en", "my wife is busy at work and can't video call this week", false},
		{"vi", "bạn gái em làm ở Campuchia, gọi video lúc nào cũng có người đứng sau lưng, bạn ấy không dám nói chuyện thoải mái", true},
		{"vi", "người yêu qua mạng không bao giờ chịu gọi video, có phải lừa đảo không", false},
		{"id", "pacar saya kerja di Filipina, tiap video call selalu ada orang di belakangnya, dia gak bisa ngomong bebas", true},
		{"id", "pacar online gak pernah mau video call, selalu ada alasan", false},
		{"ms", "adik saya kat Kemboja, video call mesti ada orang kat belakang dia, dia tak boleh cakap bebas", true},
		{"tl", "ang asawa ko nasa Cambodia, sa video call laging may tao sa likod niya, parang nagbabasa lang siya ng script", true},
		{"zh", "我女朋友在缅甸，每次视频后面总有人盯着，她说没事但眼睛红红的", true},
		{"zh", "网恋男朋友从来不肯视频，是骗子吗", false},
		{"th", "แฟนผมอยู่กัมพูชา วิดีโอคอลทีไรมีคนยืนอยู่ข้างหลังตลอด เหมือนอ่านบท", true},
		{"hi", "meri behen Cambodia mein hai, video call pe peeche hamesha koi khada rehta hai, woh khulkar baat nahi karti", true},
		{"en", "my boyfriend won't tell me where he works, is he a scammer?", false},
		{"ms", "pakwe online tak pernah nak video call, scam ke?", false},
		{"tl", "online jowa ko ayaw mag video call, scammer ba?", false},
		{"th", "แฟนออนไลน์ไม่ยอมวิดีโอคอลเลย เป็นมิจฉาชีพไหม", false},
		{"hi", "online girlfriend video call nahi karti, kya scam hai", false},
		{"en", "my husband is busy on night shifts and can't talk much on calls", false},
		{"en", "every time my son calls, someone is listening next to him, he talks like he memorized it", true},
		{"vi", "mỗi lần gọi video cho mẹ, em gái em luôn có người đứng phía sau, nói chuyện như đọc thuộc lòng", true},
		{"zh", "我儿子每次打视频，旁边都有人盯着，说话像背好的", true},
		{"id", "tiap kali anak saya telpon, ada orang yang ngawasin, jawabannya kaya hafalan", true},
		{"tl", "tuwing nagvi-video call kami ng anak ko may nakabantay sa likod niya, parang kabisado lang yung sinasabi", true},
		{"th", "ลูกสาวโทรมาทีไรมีคนคุมอยู่ข้างหลังตลอด พูดไม่สะดวก", true},
		{"hi", "beti jab bhi video call karti hai peeche koi khada rehta hai, woh ratta maar ke bolti hai", true},
		{"ms", "setiap kali anak saya video call, ada orang kat belakang dia, dia cakap macam baca skrip", true},
		{"en", "the recruiter on the phone sounded like he was reading from a script, is this a scam?", false},
		{"en", "I can't talk freely at work, my boss listens to everything", false},
		{"vi", "cuộc gọi lừa đảo nói như đọc kịch bản, làm sao nhận biết", false},
		{"id", "penipu di telepon ngomongnya kayak baca naskah, gimana ngenalinnya", false},
		{"zh", "骗子打电话像念稿一样，怎么识别", false},
	})
}
