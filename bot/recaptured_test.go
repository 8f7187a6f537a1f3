package bot

import "testing"

// Someone caught while escaping and brought or dragged back to the compound
// is held again, not back home ([recaptured]: a strong confinement concept
// whose words void a [returned] cue inside them, such as the กลับมาแล้ว of
// "ลากกลับมาแล้ว"): the help path answers, however sure the classifier is of
// another article. Someone who came back home last month and asks how the
// scheme works stays off it. Lines written for this test (not from any
// evaluation or training set).
func TestRecapturedKeepsHelpPath(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "the guy who sleeps next to me ran for the fence on Sunday, they caught him and brought him back and now he's gone. there are armed men at every gate", true},
		{"en", "my nephew tried to flee the scam building in Myawaddy, got caught and was dragged back, we have not heard from him since", true},
		{"en", "my nephew came back home from Cambodia last month, how does the whole scheme work from the first message to the end?", false},
		{"zh", "我弟弟在妙瓦底想逃跑，被抓回来了，现在电话也打不通，家里该怎么办", true},
		{"zh", "我室友昨晚逃跑被抓，拖回园区后就不见了，这里到处是铁丝网和拿枪的保安", true},
		{"zh", "我侄子上个月从柬埔寨回来了，这种骗局从头到尾是怎么运作的？", false},
		{"vi", "chồng tôi trốn khỏi khu ở Campuchia được nửa ngày thì bị bắt trở về công ty, giờ không liên lạc được", true},
		{"vi", "thằng bạn cùng phòng em chạy ra hàng rào nhưng bị tóm, bị kéo về lại, giờ không thấy nó đâu, ở đây có lính cầm súng", true},
		{"vi", "cháu tôi mới về nhà từ Campuchia tháng trước, cái đường dây đó hoạt động từ đầu đến cuối thế nào?", false},
		{"id", "adik saya sempat berhasil kabur dari markas di Myawaddy tapi ketangkep lagi, dibawa balik ke kantor, sekarang hpnya mati", true},
		{"id", "teman sekamarku kemarin kabur tapi ditangkap lagi dan diseret balik ke gedung, sampai sekarang gak kelihatan, penjaganya bawa senjata", true},
		{"id", "keponakan saya sudah pulang dari Kamboja bulan lalu, skema penipuan itu sebenarnya berjalan gimana dari awal sampai akhir?", false},
		{"ms", "anak saudara saya sempat berjaya lari dari kompaun di Kemboja tapi kena tangkap semula, diheret balik ke pejabat, sekarang senyap", true},
		{"ms", "rakan sebilik saya lari malam tadi tapi tertangkap, kena tangkap balik dan hilang terus, pengawal kat sini bawa senapang", true},
		{"ms", "anak saudara saya dah balik dari Kemboja bulan lepas, macam mana sebenarnya skim tu berjalan dari mula sampai habis?", false},
		{"th", "หลานชายพยายามหนีออกจากตึกที่เมียวดี แต่โดนจับได้ โดนลากตัวกลับไป ตอนนี้ติดต่อไม่ได้", true},
		{"th", "คนที่นอนข้างๆ ผมแอบหนีเมื่อคืน โดนจับกลับมาแล้วก็ไม่เห็นอีกเลย ที่นี่มียามถือปืนทุกประตู", true},
		{"th", "หลานชายกลับบ้านแล้วจากกัมพูชาเมื่อเดือนที่แล้ว ขบวนการนี้ทำงานยังไงตั้งแต่ต้นจนจบ", false},
		{"hi", "मेरा भतीजा म्यावाडी की कंपनी से भागा पर पकड़ा गया, गार्ड उसे पकड़ कर वापस ले आया, अब कोई खबर नहीं", true},
		{"hi", "mera roommate kal raat bhaaga tha par pakda gaya, wo log pakad ke wapas le aaye aur ab wo gayab hai, yahan guard ke paas bandook hai", true},
		{"hi", "mera bhatija pichhle mahine Cambodia se wapas aa gaya, ye pura scheme shuru se ant tak kaise chalta hai?", false},
		{"tl", "tumakas ang pamangkin ko sa compound sa Myawaddy pero nahuli at ibinalik sa opisina, hindi na namin siya makontak", true},
		{"tl", "yung kakwarto ko tumakas kagabi pero hinuli ulit, kinaladkad pabalik tapos nawala na, may mga guard dito na may baril", true},
		{"tl", "nakauwi na ang pamangkin ko galing Cambodia noong isang buwan, paano ba gumagana ang scheme na yan mula umpisa hanggang dulo?", false},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}
