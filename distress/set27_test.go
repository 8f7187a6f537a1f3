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

// The twenty-seventh set's everyday English kinds. Lines written for this
// test.
func TestSet27EverydayKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "is the town fiesta being held this year or cancelled again", false, ""},
		{"en", "how long should a fire escape ladder be for a third floor flat", false, ""},
		{"en", "what fruit trees grow fast in our compound in Kisumu, lots of sun", false, ""},
		{"en", "is the beat original on that drake song or sampled", false, ""},
		// The same words of real danger keep the help path.
		{"en", "my brother is being held this year in a compound in myanmar, they beat him", true, ArticleOther},
		{"en", "they beat us every night and we cannot escape the compound", true, ArticleSelf},
	})
}
