package distress

import "testing"

// TestLockedForDays: locked in a room for days is detention as punishment,
// told without an "I" ("locked in the dorm 3 days now"), in every language.
// Kept in a hotel by a typhoon, shutting oneself in to study, an account
// locked for two days and a dead key card are not the help path.
func TestLockedForDays(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "locked in the dorm 3 days now", true, ArticleSelf},
		{"en", "locked in the hotel room for 2 days because of the typhoon, can we get a refund", false, ""},
		{"en", "locked out of my room for hours, the key card is dead", false, ""},
		{"zh", "被关在宿舍三天了", true, ArticleSelf},
		{"zh", "我把自己关在房间里复习了两天，好累", false, ""},
		{"vi", "bị nhốt trong phòng 3 ngày rồi", true, ArticleSelf},
		{"vi", "mưa bão nên ở lì trong khách sạn 2 ngày, có được hoàn tiền không", false, ""},
		{"id", "udah 3 hari dikurung di kamar", true, ArticleSelf},
		{"id", "akun aku dikunci 2 hari, gimana buka lagi", false, ""},
		{"ms", "dah 3 hari dikurung dalam bilik", true, ArticleSelf},
		{"ms", "akaun saya dikunci 2 hari, macam mana nak buka", false, ""},
		{"th", "โดนขังในห้องมา 3 วันแล้ว", true, ArticleSelf},
		{"th", "ติดฝนอยู่ในโรงแรม 2 วัน ขอเงินคืนได้ไหม", false, ""},
		{"hi", "teen din se kamre me band karke rakha hai", true, ArticleSelf},
		{"hi", "barish ki wajah se do din hotel me ruke, refund milega kya", false, ""},
		{"tl", "tatlong araw na akong nakakulong sa kwarto", true, ArticleSelf},
		{"tl", "dalawang araw kaming nasa hotel dahil sa bagyo, may refund ba", false, ""},
	})
}
