package distress

import "testing"

// The sixty-eighth blind set's kinds, with lines written for this test: a
// relative "被扣住" (held) with "对方要钱" in Chinese; a Vietnamese boy gone
// by an unofficial border path for labour export, silent since; starved
// and afraid to text, the subject dropped; someone who escaped telling of
// inside, asked in general; offices where people are locked in, from
// hearsay.
func TestAfter68Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "我表哥在柬埔寨被扣住了，对方要钱才放人", true, ArticleOther},
		{"vi", "thằng út nhà tôi đi xkld theo đường tiểu ngạch sang bên kia, giờ mất liên lạc", true, ArticleOther},
		{"vi", "bị bỏ đói hai ngày rồi, không dám gọi ai", true, ArticleSelf},
		{"en", "my neighbour who escaped from cambodia says they beat them at night. is it like that in every compound?", false, ""},
		{"en", "a friend says in laos there are offices where people are locked in and made to scam, is that real?", false, ""},
		// Wages docked are no one held.
		{"zh", "工资被扣了一半，老板说迟到罚款，怎么办", false, ""},
	})
}
