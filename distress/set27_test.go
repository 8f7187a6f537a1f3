package distress

import "testing"

// The twenty-seventh blind set's help kinds, in several languages: a photo
// of armed men or guards at a gate and then silence, a beating or a caning
// for missing the target with a plea for a way out. Lines written for this
// test.
func TestSet27HelpKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my cousin sent a photo of men with guns at the gate and has not replied since sunday", true, ArticleOther},
		{"th", "น้องส่งรูปยามยืนหน้าประตูมาแล้วก็ติดต่อไม่ได้สามวัน", true, ArticleOther},
		{"hi", "behen ne gate pe danda liye khade logon ki photo bheji aur fir ek hafte se koi khabar nahi", true, ArticleOther},
		{"ms", "kalau tak cukup target kena rotan, roommate saya dah pengsan", true, ""},
		{"id", "kalo target ga nyampe disetrum, kasih tau caranya keluar dong", true, ArticleSelf},
		{"hi", "target pura na ho to maarte hain, koi rasta batao", true, ArticleSelf},
		// Caning and fainting in everyday use stay everyday.
		{"ms", "anak saya pengsan masa perhimpunan sekolah tadi, perlu bawa ke klinik?", false, ""},
	})
}
