package distress

import "testing"

// Someone caught while escaping and brought or dragged back to the
// compound is held again, not back home: [recaptured] is a strong
// confinement concept, and a [returned] cue in its words ("dragged back",
// "被抓回来了", "was caught and brought back") does not count
// (dropRecaptured). Someone back home who asks how the scheme works stays
// back, and so does someone caught once who came home later. Lines written
// for this test.
func TestRecapturedNotBack(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		held       bool // urgent, not back
	}{
		{"en", "my cousin tried to run from the compound at night, they caught him and brought him back, now nobody has heard from him", true},
		{"en", "a guy in my dorm escaped but got caught and was dragged back, they beat him in front of us. how do I get out", true},
		{"en", "I tried to escape last week and was caught and brought back, now they watch me all the time", true},
		{"en", "my cousin came back home from Cambodia last month, how does the whole scheme work from the start?", false},
		{"en", "my brother tried to run and was caught and brought back, but in March he was rescued and came home. why did they pick him?", false},
		{"zh", "我哥上个月想跑，被抓回来了，现在天天被打，我们家该怎么办", true},
		{"zh", "同屋的人逃跑被抓，拖回园区以后再也没见过他，我好怕", true},
		{"zh", "我表哥上个月从柬埔寨回来了，这种骗局整个是怎么运作的？", false},
		{"vi", "em trai tôi trốn khỏi công ty nhưng bị bắt lại, giờ không liên lạc được, nhà tôi phải làm sao", true},
		{"vi", "tuần trước em chạy nhưng bị tóm, bị lôi về công ty đánh một trận, giờ em sợ lắm", true},
		{"vi", "anh họ tôi đã về nhà từ Campuchia tháng trước, cái chiêu lừa này hoạt động thế nào vậy?", false},
		{"id", "suami saya coba kabur dari kantor tapi ketangkep lagi dan dibawa balik ke markas, sekarang hpnya disita", true},
		{"id", "aku udah berhasil kabur sekali tapi ketangkep lagi, sekarang dijaga terus, tolong", true},
		{"id", "sepupu saya sudah pulang dari Kamboja bulan lalu, sebenarnya skema ini jalannya gimana sih?", false},
		{"ms", "adik saya cuba lari tapi kena tangkap semula, diheret balik ke pejabat, sekarang tak boleh dihubungi", true},
		{"ms", "saya berjaya lari sekali tapi tertangkap lagi, sekarang dikawal siang malam, tolong", true},
		{"ms", "sepupu saya dah balik dari Kemboja bulan lepas, macam mana sebenarnya skim ni berjalan?", false},
		{"th", "น้องชายพยายามหนีแต่โดนจับได้ แล้วโดนลากตัวกลับไปที่ตึก ตอนนี้ติดต่อไม่ได้เลย", true},
		{"th", "ผมแอบหนีแล้วโดนจับ เขาจับกลับมาแล้วขังในห้อง ช่วยด้วย", true},
		{"th", "ลูกพี่ลูกน้องกลับมาแล้วจากกัมพูชาเมื่อเดือนที่แล้ว ขบวนการนี้มันทำงานยังไง", false},
		{"hi", "मेरा भाई भागने की कोशिश में पकड़ा गया, वो लोग उसे घसीट कर वापस कंपनी ले आए, अब फोन बंद है", true},
		{"hi", "bhai ne bhaagne ki koshish ki par pakda gaya, wo log pakad ke wapas le aaye, ab kya karein", true},
		{"hi", "mera cousin pichle mahine Cambodia se wapas aa gaya, ye pura scheme kaise kaam karta hai?", false},
		{"tl", "sinubukang tumakas ng kapatid ko pero nahuli at ibinalik sa compound, hindi na namin siya makontak", true},
		{"tl", "tumakas ako kagabi pero hinuli ulit ako, binugbog pa, tulungan niyo ako", true},
		{"tl", "nakauwi na ang pinsan ko galing Cambodia noong isang buwan, paano ba talaga gumagana ang scheme na ito?", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Back() == c.held || f.Urgent != c.held {
			t.Errorf("%s %q: back %v urgent %v (cues %+v), want held %v", c.lang, c.text, f.Back(), f.Urgent, f.Cues, c.held)
		}
		if c.held && !f.has(kindConcept) {
			t.Errorf("%s %q: no concept", c.lang, c.text)
		}
	}
}
