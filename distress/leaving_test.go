package distress

import "testing"

// TestPriceOnLeaving: a price on leaving ("free to leave once we pay",
// "wants to come back but they ask 3 lakh"), a go-between who will get a
// relative out for an advance or a down payment, a self-styled rescue group
// that demands money, someone sold again, stuck in a named country, and the
// last leg at the border ("we cross at night", no stamp). A gym's
// cancellation fee, an order's advance, a car's down payment, an animal
// rescue's donations, a flood and a visa stamp are not the help path.
func TestPriceOnLeaving(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the manager says we are free to leave once we pay 3000 usd each", true, ArticleSelf},
		{"en", "the gym says we are free to leave the membership if we pay a cancellation fee", false, ""},
		{"hi", "company mein hoon, wapas aana chahta hoon par 3 lakh maang rahe hain", true, ArticleSelf},
		{"hi", "abhi border ke paas hoon, dalal keh raha raat ko paar karenge, darr lag raha hai", true, ArticleSelf},
		{"hi", "agle mahine Thailand jana chahta hoon, naukri ka offer aaya hai, kya dekhna chahiye", false, ""},
		{"hi", "ek aadmi bolta hai advance bhejo to bhai ko chhudwa dega", true, ArticleOther},
		{"hi", "advance bhejo to order confirm ho jayega kya", false, ""},
		{"hi", "do baar bech chuke hain dusri company ko, khud ko kaise bachau", true, ArticleSelf},
		{"th", "อยากกลับบ้านแต่หัวหน้าเรียกเงินสามแสน", true, ArticleSelf},
		{"th", "อยากออกจากฟิตเนสแต่ต้องจ่ายค่าปรับ ทำไงดี", false, ""},
		{"tl", "may nag-alok na tutubusin ang kapatid ko basta downpayment muna", true, ArticleOther},
		{"tl", "may downpayment ba para ma-reserve ang kotse", false, ""},
		{"vi", "một người tự nhận là nhóm giải cứu đòi 30 triệu để đưa em tôi về", true, ArticleOther},
		{"vi", "nhóm giải cứu chó mèo xin tiền ủng hộ có đáng tin không", false, ""},
		{"vi", "người dẫn bảo đi đường tắt không đóng dấu, em sợ lắm", true, ArticleSelf},
		{"vi", "gia hạn visa có cần đóng dấu không", false, ""},
		{"ms", "abang saya tersangkut kat kemboja, tak boleh balik", true, ArticleOther},
		{"ms", "saya tersangkut kat situ sebab banjir, jalan tutup", false, ""},
		{"ms", "macam mana nak keluarkan adik saya dari sindiket scam", true, ArticleOther},
	})
}
