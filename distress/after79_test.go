package distress

import "testing"

// The seventy-ninth blind set's kinds, with lines written for this test:
// out, near the Thai border, with no passport, in Malay; an escape from a
// wrestling hold; young men "from our church" taken abroad; a fine from the
// police ("bị cảnh sát phạt"), whose unmarked "canh" is not "bị canh"
// (guarded), in Vietnamese.
func TestAfter79Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "three young men from our village were taken to Myanmar for work and now they cannot leave, what should we do?", true, ArticleOther},
		{"vi", "ở Nhật đi xe máy không đội mũ bị cảnh sát phạt bao nhiêu", false, ""},
		{"vi", "em bị canh giữ suốt ngày trong khu, không được ra ngoài", true, ArticleSelf},
	})
	// An escape from a wrestling hold is no rescue: only the everyday
	// "stuck" is left, which the classifier may dismiss (bot/after_test.go).
	testNoConcept(t, "en", "any drills to escape from a side headlock? my coach says i get stuck because i sit back", "rescue")
	// Escaped but not safe: not back (Finding.Back is false).
	testNotBack(t, "ms", "adik aku berjaya lari dari syarikat tu semalam, skrg kat sempadan, takde pasport")
}
