package bot

import "testing"

// Harm done to the writer now with a plea for help, and a "debt" for the
// ticket, food and room to be paid before going home, in every language:
// the help path, with no place named and no "cannot leave". The sixth blind
// set had one of each abstain or get the life-inside article. Lines
// written for this test (not from any evaluation or training set).
func TestHarmNowAndDebtToGoHome(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "they kick us and zap us with a taser almost every day. i'm shaking, please somebody help"},
		{"vi", "ngay nao cung bi danh, bi chich dien, e so lam roi, ai cuu e voi"},
		{"zh", "他们天天打我们，还用电棍，我真的好怕，谁能帮帮我"},
		{"id", "kami dipukul terus tiap hari, kadang disetrum, aku takut banget, tolongin aku"},
		{"ms", "hari-hari kami kena belasah, kadang kena renjat, saya takut sangat, tolong saya"},
		{"th", "โดนทุบตีทุกวัน โดนช็อตไฟฟ้าด้วย หนูกลัวมาก ช่วยหนูด้วย"},
		{"tl", "araw-araw kaming sinasaktan at kinukuryente, takot na takot ako, tulungan nyo ako"},
		{"hi", "ye log roz maarte hain aur current dete hain, mujhe bahut darr lagta hai, meri madad karo"},
		{"en", "if we want to go home we have to repay the flight, the food and the dorm first, 5000 usd. how"},
		{"vi", "muốn về nước thì phải trả nợ tiền vé máy bay, tiền ăn, tiền phòng, em lấy đâu ra"},
		{"zh", "想回国就得先还机票和吃饭住宿的钱，我根本没有"},
		{"id", "mau pulang harus lunasi utang tiket pesawat sama makan dulu, 80 juta, dari mana uangnya"},
		{"ms", "nak pulang kena bayar hutang tiket flight dengan bilik dulu, mana nak dapat duit"},
		{"th", "อยากกลับบ้าน เขาบอกต้องใช้หนี้ค่าตั๋วเครื่องบินกับค่าอาหารก่อน"},
		{"tl", "para makauwi kailangan daw bayaran ang utang sa pamasahe at pagkain, saan ako kukuha"},
		{"hi", "ghar wapas jane ke liye ticket aur kamre ka karz chukana padega, kahan se laun"},
	} {
		if id, ok := helpPath(t, b, c.text, c.lang); !ok {
			t.Errorf("%s %q: got %q, want the help path", c.lang, c.text, id)
		}
	}
}
