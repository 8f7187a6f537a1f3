package distress

import "testing"

// The thirty-eighth blind set's kinds: Jamaican "mi grandson" and a caller
// who can get him out if money is sent; "they hit people who don't reach
// target"; Vietnamese in-laws, someone tied up on a video and a caller who
// demands a transfer; Thai "ไปได้สองอาทิตย์" (gone two weeks: not a plan),
// damages for breaking a contract and a family told to pay; Malay people
// in general "yang kena kurung"; Tagalog "Kuya tulungan nyo ko" speaks to
// the reader; figurative hostages and an earring back in an earlobe.
// Lines written for this test.
func TestSet38Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "a man phone me say him can get mi daughter out if I pay 3000 dollars, what to do", true, ArticleOther},
		{"en", "my nephew wrote 'they hit anyone who does not reach the target' and then went quiet", true, ArticleOther},
		{"vi", "em rể bị giữ ở campuchia, có người gửi ảnh nó bị trói rồi đòi chuyển tiền", true, ArticleOther},
		{"th", "ลูกพี่ลูกน้องมีคนชวนไปทำงานที่ชายแดน ไปได้สามเดือน ตอนนี้มีคนโทรมาให้ที่บ้านจ่ายค่าเสียหายผิดสัญญา", true, ArticleOther},
		{"ms", "orang yang kena kurung kat sana makan apa, boleh telefon keluarga tak?", false, ""},
		{"tl", "kuya tulungan nyo ko, nandito ako sa compound sa laos, kinuha nila passport ko", true, ArticleSelf},
		{"en", "the nurses feel held hostage by one patient's family every visiting hour, any advice?", false, ""},
		{"en", "my son's earring back went into his earlobe and it's red, can I remove it?", false, ""},
	})
}

// "Tell me straight" asks the bot: its "me" names no one in danger, so a
// general question stays general. Lines written for this test.
func TestTellMeStraight(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "are people beaten in those compounds? tell me honestly", false, ""},
		{"en", "tell me the truth, they took my passport and lock the door, what do i do", true, ArticleSelf},
	})
	f := Net(Detect("do they beat them over there? tell me straight", "en"), nil)
	if f.Urgent {
		t.Errorf("the safety net answers a general question whose only 'me' asks the bot: %v", f.Cues)
	}
}
