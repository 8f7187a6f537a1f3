package distress

import "testing"

// Kinds read in the forty-eighth blind set's misses, with lines written
// for this test: relatives stuck in everyday emergencies (on ice, by a
// rising river or a flash flood, in a stopped train, a child in a drain or
// asleep in a locked school van), someone held at a border over duty-free
// goods or a tax debt, conscription, an old man stuck in his chair; a
// brother spoken to, not held.
func TestAfter48Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "我表哥在冰面上钓鱼，冰裂开了，被困在上面，打哪个电话？", false, ""},
		{"vi", "ba tôi ra bãi sông chăn bò, nước lên nhanh quá bị kẹt ngoài đó, gọi ai cứu", false, ""},
		{"th", "น้ำป่ามา สะพานขาด ลุงติดอยู่อีกฝั่ง กลับบ้านไม่ได้ ทำไงดี", false, ""},
		{"ms", "adik saya tertidur dalam van sekolah, pemandu kunci van dan balik, nak call siapa", false, ""},
		{"ms", "abang kena tahan kat imigresen sebab sekatan perjalanan LHDN, macam mana nak settle", false, ""},
		{"tl", "yung pamangkin ko na-stuck sa kanal habang naglalaro, sino tatawagan", false, ""},
		{"en", "grandad keeps getting stuck in his recliner, who can we ask about a lift chair?", false, ""},
		{"th", "ลูกชายติดอยู่ในตึกที่เมียวดี โดนยึดพาสปอร์ต ออกมาไม่ได้", true, ArticleOther},
		// "bhai" spoken to, however long the relative's cue that begins
		// with it: the writer is the one held.
		{"hi", "bhai mai myawaddy ke ek building mein hu, passport le liya, bahar nahi jane dete", true, ArticleSelf},
	})
}
