package distress

import "testing"

// Kinds read in the fifty-fourth blind set's help-path misses, with lines
// written for this test: a relative who went to Cambodia or Myanmar and has
// not been heard from since, or vanished there ([notback]); a Hindi "beta"
// who went, with no "mera" or "ko" around him, is the relative written
// about. A thing that went missing there is not someone held.
func TestAfter54Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "bhai myanmar gaya tha naukri ke liye, do mahine se baat nahi hui, kya karein", true, ArticleOther},
		{"th", "น้องชายไปทำงานที่กัมพูชา ติดต่อไม่ได้เลยสองเดือนแล้ว ทำยังไงดีคะ", true, ""},
		{"zh", "我弟弟去缅甸打工，已经失联两个月了，怎么办", true, ""},
		{"vi", "em trai tôi sang Campuchia làm việc, mất liên lạc hai tháng nay rồi, phải làm sao", true, ""},
		{"id", "adik saya kerja di Kamboja, sudah dua bulan hilang kontak, harus gimana", true, ""},
		{"en", "my brother went to Cambodia for a job and we have not heard from him since March, what should we do", true, ArticleOther},
		{"en", "my phone went missing in phnom penh, can i claim insurance?", false, ""},
		{"th", "กระเป๋าหายไปที่กัมพูชา ทำไงดี", false, ""},
		{"hi", "papa ka phone cambodia ghoomne gaye the tab gayab ho gaya, insurance milega kya?", false, ""},
	})
}
