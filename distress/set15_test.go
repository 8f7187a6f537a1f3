package distress

import "testing"

// The fifteenth blind set's kinds, with lines written for this test: a
// few chat-spelt words asking how to get out; a relative whose replies
// someone else reads; a debt to work off before being let go, asked as
// "is that true?". Their contrasts stay off the help path.
func TestSet15Kinds(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "hw can we get out", true},
		{"en", "how do i get out of my gym contract early", false},
		{"vi", "em trai tôi nhắn tin toàn câu giống nhau, hình như có người đọc tin nhắn của nó, mặt còn bầm tím", true},
		{"vi", "con tôi đá bóng bị ngã bầm tím đầu gối, bôi thuốc gì", false},
		{"th", "หัวหน้าบอกว่าฉันติดหนี้ค่าตั๋วกับค่าห้อง ต้องทำงานให้ครบก่อนถึงจะให้กลับบ้าน จริงไหม", true},
		{"th", "ใช้หนี้บัตรเครดิตยังไงให้หมดเร็ว", false},
		{"th", "ผมต้องทำงานใช้หนี้บัตรเครดิตอีกหลายปี เครียดมาก", false},
	} {
		if f := Detect(c.text, c.lang); f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
		}
	}
}
