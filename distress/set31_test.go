package distress

import "testing"

// The thirty-first blind set's kinds: "bhai" opening a Hindi message in
// which the writer then speaks ("bhai main ...") is spoken to; a tita or a
// lolo named in English chat is a relative; goods sold at auction, a
// family's debts to relatives and a code texted to one's phone are
// everyday; unmarked Vietnamese "doi them vai ngay" is waiting, not a
// demand. Lines written for this test.
func TestSet31Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"hi", "bhai main cambodia me ek company me hu, passport rakh liya, jaane nahi dete", true, ArticleSelf},
		{"en", "my tito is in a compound in Myawaddy and they took his passport, what do we send the embassy", true, ArticleOther},
		{"en", "where is cattle sold at auction in our district and why are prices down this year?", false, ""},
		{"en", "my parents are in debt to relatives after my sister's wedding, how do we plan to pay it back?", false, ""},
		{"en", "someone says he is from the embassy and asks for the code that came to my phone, is that real?", false, ""},
		{"vi", "lua chin roi ma troi mua, nen gat luon hay doi them vai ngay", false, ""},
		// A demand for more money keeps the help path.
		{"vi", "bọn nó đòi thêm 2000 đô mới thả em trai tôi về", true, ArticleOther},
	})
}
