package distress

import "testing"

// The twenty-fifth blind set's kinds, in several languages. Lines written
// for this test.
func TestSet25Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		// Hiding from guards, no one named: the writer.
		{"en", "hiding in the laundry room, guards patrolling, phone almost dead", true, ArticleSelf},
		{"id", "lagi sembunyi di kamar mandi, penjaga di luar, hp mau mati", true, ArticleSelf},
		// In a car at night, not told where, the captors' "katanya".
		{"id", "lagi di mobil, ga tau dibawa kemana, katanya ke malaysia tapi udah lewat sungai", true, ArticleSelf},
		// "The next thing he was across the river."
		{"en", "they flew my nephew to bangkok for a hotel job and the next thing he was across the river in myanmar", true, ArticleOther},
		// Everyday: land a country sold, compound time, a shirt held, a
		// sink's trap, a drawer stuck, a child glued to a phone, food
		// stuck between teeth, a fence past the boundary.
		{"en", "why did spain sell land to the us in florida, short answer for a quiz", false, ""},
		{"en", "how do you conduct a piece in 9/8 compound time", false, ""},
		{"en", "the defender kept holding my shirt all match and the referee did nothing", false, ""},
		{"en", "we smell sewage from the p trap under the kitchen sink", false, ""},
		{"zh", "柜门卡死了打不开，里面的钥匙怎么拿出来", false, ""},
		{"th", "ลูกชายติดเกมมากไม่ยอมทำการบ้านทำไงดี", false, ""},
		{"hi", "daanton ke beech me khana fas jata hai har baar", false, ""},
		{"ms", "dahan pokok jiran melepasi sempadan pagar kami, boleh potong?", false, ""},
		{"tl", "paano ko mabebenta online yung mga lumang damit, magkano patong", false, ""},
		{"vi", "bé nhà mình hay trốn ngủ trưa ở trường, cô giáo phàn nàn", false, ""},
		// Hiding something from a boss is no one hiding from guards.
		{"en", "how do i hide my online status from my boss on whatsapp", false, ""},
	})
}

// A danger said by the hiding cue itself ("stuck in Myanmar") names no
// one: the cues do not make the writer the one held.
func TestHidingNamesNoOneByItself(t *testing.T) {
	f := Detect("so many filipinos stuck in myanmar now, which embassy handles them", "en")
	if f.Urgent || f.has(kindSelf) {
		t.Errorf("urgent %v, self named %v (cues %+v), want neither", f.Urgent, f.has(kindSelf), f.Cues)
	}
}
