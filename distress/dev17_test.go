package distress

import "testing"

// Kinds a development set (dev 17) missed, with lines written for this
// test in every language where the kind was added: controlled by someone
// and unable to go home (zh), a relative's phone held by someone else and
// a return only asked for (id), a location to be sent secretly (th, en),
// not given leave to go home (th, weak), a cousin named through a parent's
// sibling who will not be let go (hi), and being held and hurt told with
// no one named (th). Their contrasts stay off the help path.
func TestDev17Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "我弟弟在缅甸被他们控制了，不能回国，怎么办", true, ""},
		{"zh", "他情绪控制不好，经常发脾气", false, ""},
		{"zh", "疫情的时候很多人不能回国", false, ""},
		{"id", "wa kakak saya kayaknya dipakai orang lain, balasannya aneh, dia kerja di kamboja", true, ""},
		{"id", "tolong gimana caranya minta adik saya dipulangkan dari kamboja, dia disekap", true, ""},
		{"id", "adik saya sudah dipulangkan bulan lalu, apa dia bisa dapat kompensasi?", false, ""},
		{"th", "ถ้าจะแอบส่งพิกัดให้ตำรวจต้องทำยังไง ที่นี่ห้ามออกไปไหน", true, ""},
		{"th", "วิธีส่งโลเคชั่นในไลน์ให้เพื่อน", false, ""},
		{"en", "how do i secretly send my location to my family, they watch our phones here", true, ""},
		{"en", "how do i share my location with my wife on google maps", false, ""},
		{"hi", "mama ki beti Myanmar gayi thi, ab bol rahi hai wo log jaane nahi denge", true, ""},
		{"hi", "mama ki beti ki shaadi kab hai", false, ""},
		{"th", "โดนตีทุกวัน หนีออกไม่ได้", true, ""},
	})
}

// Held and hurt, told with no one named and no question of any kind, does
// not yield to a classifier sure it describes life inside; the same words
// asked as a question about people there still leave the help path.
func TestHeldAndHurtNobodyNamedDoesNotYield(t *testing.T) {
	probs := map[string]float64{"life-inside-compounds": 0.99}
	for _, c := range []struct {
		lang, text string
		yields     bool
	}{
		{"th", "โดนช็อตไฟฟ้า หนีออกไม่ได้", false},
		{"zh", "被电击，出不去", false},
		{"th", "ได้ยินว่าคนในนั้นโดนช็อตไฟฟ้า หนีออกไม่ได้ จริงไหม", true},
		{"en", "do they really get shocked and can't escape in there?", true},
	} {
		f := Detect(c.text, c.lang)
		// A general question may not be urgent at all: then it never
		// kept the help path to yield.
		if got := !f.Urgent || f.YieldsTo("life-inside-compounds", 0.99, probs); got != c.yields {
			t.Errorf("%s %q: leaves the help path %v, want %v (urgent %v, cues %v)", c.lang, c.text, got, c.yields, f.Urgent, f.Cues)
		}
	}
}
