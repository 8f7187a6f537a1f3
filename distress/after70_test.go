package distress

import "testing"

// The seventieth blind set's help kinds, with lines written for this test:
// Kelantan Malay ("anok ambo", "tok bui kelik", "nok kelik keno bayar",
// "ambo dale kompleks ni", "keno pukul"); an Isan wife's husband gone silent
// ("ผัวข่อยหายไป", "บ่มีข่าวเลย") since leaving for Sihanoukville (สีหนุ);
// Haryanvi in Latin letters ("chhori", "phone band"); Hiligaynon "wala na
// gid reply".
func TestAfter70Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"ms", "anok ambo kijo kat Myawaddy, bos tok bui kelik, nok kelik keno bayar", true, ArticleOther},
		{"ms", "ambo dale kompleks ni, keno pukul tiap malam", true, ArticleSelf},
		{"th", "เมียข่อยหายไปตั้งแต่ไปทำงานที่สีหนุ บ่มีข่าวเลย", true, ArticleOther},
		{"hi", "chhora myanmar gaya tha, ab phone band hai", true, ArticleOther},
		{"tl", "wala na gid reply ang manghod ko halin nag-abroad sa Cambodia", true, ArticleOther},
		// Banjar "adingku"; a Hindi newspaper read is a general question.
		{"id", "adingku dikurung di Kamboja, hp-nya dirampas, kami musti ke mana?", true, ArticleOther},
		// No news in the paper, a phone switched off at night at home.
		{"th", "ข่าวเศรษฐกิจวันนี้ไม่มีข่าวเลย แปลกดี", false, ""},
		{"en", "my phone band broke, can I get a new strap at the mall", false, ""},
	})
}

// A story read in the newspaper is asked about in general (Hindi).
func TestNewspaperReadIsGeneral(t *testing.T) {
	if f := Detect("अखबार में पढ़ा कि हमारे जिले के लड़के कंबोडिया में फँसाए गए, ये क्या मामला है?", "hi"); !f.has(kindGeneral) {
		t.Errorf("a newspaper read is no general question (cues %+v)", f.Cues)
	}
}
