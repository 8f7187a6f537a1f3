package distress

import "testing"

// The fifty-fifth blind set's help-path kind, with lines written for this
// test: someone they "are not letting come back" is kept there, and the
// "are .. back" inside those words is no one back home (a strong
// confinement cue voids a returned cue in its words). Someone back home who
// was locked in before still reads as back.
func TestAfter55Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my sister works for a company in Myawaddy and they are not letting her come back, who do we call?", true, ArticleOther},
		{"en", "they are not allowing him to return home from the office in Poipet, he says the boss wants money", true, ArticleOther},
	})
	for _, text := range []string{
		"my brother came back from Cambodia last month, they had locked him in a room for weeks, how can he get counselling?",
	} {
		if f := Detect(text, "en"); !f.Back() {
			t.Errorf("%q: not back (%+v)", text, f.Cues)
		}
	}
}

// The fifty-sixth blind set's help-path kind, with lines written for this
// test: a relative whose phone has been off since she went to work at an
// online casino, or in Cambodia or Myanmar, is someone not heard from
// ([notback]), in every language; the writer's own phone off since Monday
// is no one.
func TestAfter56Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my sister went to work at an online casino in Manila in March, phone off since April, what do we do", true, ArticleOther},
		{"en", "my phone has been off since monday, can the shop fix the charging port?", false, ""},
		{"vi", "chị tôi sang Campuchia làm việc, điện thoại tắt máy từ tuần trước, phải làm sao", true, ArticleOther},
		{"id", "kakak saya kerja di Kamboja, hpnya mati sejak minggu lalu, harus gimana", true, ArticleOther},
		{"zh", "我表哥去了缅甸，手机一直关机，怎么办", true, ArticleOther},
		{"hi", "भाई कंबोडिया गया था, फोन बंद है तब से, क्या करें", true, ArticleOther},
		{"tl", "yung kapatid ko nasa Cambodia, patay ang phone mula noong Lunes, ano gagawin", true, ArticleOther},
		{"th", "พี่ชายไปทำงานที่กัมพูชา โทรไม่ติดตั้งแต่อาทิตย์ที่แล้ว ทำไงดี", true, ArticleOther},
		{"id", "hp saya mati sejak kemarin, bisa diperbaiki di mana?", false, ""},
	})
}
