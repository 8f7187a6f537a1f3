package distress

import "testing"

// The fifty-seventh blind set's help-path kinds, with lines written for this
// test: a company "not giving back" a passport is no one back home; a
// few words saying the writer was sold on to another company, in every
// language; a business sold to another company is a thing, and so are
// mangoes sold to the writer, air trapped in resin and fish sold to
// villagers; the youngest child ("con út") is a relative.
func TestAfter57Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my cousin is in Myanmar now and the company is not giving back her passport, what we can do", true, ArticleOther},
		{"en", "they are not returning back my passport and I am in Myawaddy", true, ArticleSelf},
		{"en", "got sold to a different company last night", true, ArticleSelf},
		{"ms", "dijual semula ke syarikat lain", true, ArticleSelf},
		{"ms", "member sekolah aku kena jual kat syarikat lain di Laos, macam mana nak tolong", true, ArticleOther},
		{"id", "dijual lagi ke perusahaan lain", true, ArticleSelf},
		{"vi", "bị bán sang công ty khác rồi", true, ArticleSelf},
		{"th", "โดนขายให้ตึกอื่นแล้ว", true, ArticleSelf},
		{"zh", "被转卖到另一家公司了", true, ArticleSelf},
		{"hi", "mujhe dusri company ko bech diya", true, ArticleSelf},
		{"tl", "ibinenta ako sa ibang kumpanya", true, ArticleSelf},
		{"vi", "con út nhà tui sang bên Campuchia bị giữ lại, tụi nó đòi tiền chuộc", true, ArticleOther},
		{"en", "our startup was sold to another company last week, will I keep my job?", false, ""},
		{"en", "the market guy sold me 3 kilos of rotten mangoes, can I get a refund?", false, ""},
		{"en", "how do I stop air getting trapped in my epoxy table top", false, ""},
		{"th", "จับปลาได้เยอะ เอาไปขายคนในหมู่บ้านได้บ่", false, ""},
		{"en", "they finally gave back my passport at the visa centre", false, ""},
	})
}

// Someone who escaped and asks how to go home without being arrested there
// is hiding, not back home: the classifier's help article is not withheld
// (Finding.Back), whatever escape word reads as a return.
func TestAfter57Hiding(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "got out of the building in Poipet, how do i get home without getting arrested there?"},
		{"id", "saya berhasil kabur dari kantor di Kamboja, gimana caranya pulang tanpa ditangkap polisi sana"},
		{"ms", "dah berjaya lari dari syarikat tu di Myanmar, macam mana nak balik tanpa ditangkap polis sana"},
		{"vi", "em trốn ra được rồi, làm sao về nước mà không bị công an bên đó bắt"},
		{"th", "หนีออกมาได้แล้ว จะกลับบ้านยังไงโดยไม่โดนตำรวจจับที่นั่น"},
		{"zh", "我逃出来了，怎么回国才不被那边警察抓"},
		{"hi", "bhaag ke nikal aaya hoon, bina pakde wahan ki police se ghar kaise jaun"},
		{"tl", "nakatakas na ako, paano umuwi nang hindi nahuhuli ng pulis doon"},
	} {
		f := Detect(c.text, c.lang)
		if f.Back() || !f.has(kindHiding) {
			t.Errorf("%s %q: back %v, hiding %v (cues %+v)", c.lang, c.text, f.Back(), f.has(kindHiding), f.Cues)
		}
	}
}
