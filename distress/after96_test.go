package distress

import "testing"

// The ninety-sixth blind set's kinds, with lines written for this test: a
// Chinese sister kept from a hospital and fined for "faking" her fever; a
// Tagalog general question about what goes on inside ("ano ba nangyayari
// sa loob"); Swahili "kaka" (brother) spoken to at a message's end; an
// agent who "will keep my passport" asked about before going; fish that
// escape a net; a Thai NDA; a Malay teammate sold on; the bot asked
// whether it works on Messenger and keeps chats.
func TestAfter96Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "我表弟在妙瓦底病了三天，老板不让他去看医生，说他装病，还要扣钱", true, ArticleOther},
		{"ms", "member badminton aku kena jual ke company lain kat Myawaddy, diorang minta duit tebus", true, ArticleOther},
	})
	testYields(t, "tl", "ano ba nangyayari sa loob ng mga scam hub? kinukuha daw phone tapos sinasaktan pag kulang sa quota", "life-inside-compounds")
	for _, c := range []struct{ lang, text string }{
		{"en", "the recruiter says he will keep my passport until the visa is ready, is that normal kaka?"},
	} {
		testNotUrgent(t, c.lang, c.text)
	}
	testDoubted(t, []doubtCase{
		{"en", "we lift the net at night and many sardines escape before it reach the canoe, how we pull so fish dont escape?", ArticleSelf, 0.28},
	}, map[string]float64{ArticleSelf: 0.25, "-": 0.75})
	testDoubted(t, []doubtCase{
		{"th", "บริษัทใหม่ให้เซ็น NDA ก่อนเริ่มงาน ห้ามเล่าเรื่องงานให้แฟนฟังด้วยเหรอ", ArticleOther, 0.4},
	}, map[string]float64{ArticleOther: 0.3, "-": 0.2})
	testAsksBot(t, "tl", "pwede ba kitang gamitin sa Viber? tinatanggal mo ba yung mga chat namin?")
	// Owned, the relative is named: "my kaka" at the end is a brother.
	if f := Detect("they took the passport of my kaka", "en"); !f.has(kindOther) {
		t.Errorf("my kaka: no relative named (cues %+v)", f.Cues)
	}
}
