package distress

import "testing"

// The seventy-eighth blind set's kinds, with lines written for this test:
// Waray "bugto ko" (my sibling) in Tagalog; a roommate's phone the writer
// borrows, in Vietnamese; a craft that can "be sold in Europe"; a brother
// who "spent two months in" such a building, asked about in general.
func TestAfter78Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"tl", "yung bugto ko nasa Myanmar, kinuha ang passport, ayaw pauwiin", true, ArticleOther},
		{"vi", "em đang bị giữ trong khu ở Campuchia, em mượn đt của bạn cùng phòng nhắn, em phải làm sao", true, ArticleSelf},
		{"en", "can ivory carvings still be sold online legally? my grandfather left some to my dad", false, ""},
		{"en", "a friend's uncle spent three months in one of those buildings near the border, beatings every day. how do they keep so many people like that?", false, ""},
	})
	// A cousin's friend "sold to the scam place", asked what it means: the
	// help path still answers, as a general question.
	testUrgentGeneral(t, "en", "my cousin says his friend got sold to one of those scam places... wat does that even mean, what are these places")
}
