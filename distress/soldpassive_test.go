package distress

import "testing"

// A thing sold in the passive ("our shop got sold", "the farm we rent was
// sold") is no one sold; a person sold keeps the danger, however the
// sentence runs. Lines written for this test (the kind of the 63rd and
// 65th blind sets' off-topic questions).
func TestSoldInThePassive(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "our shop got sold to a big chain, do I keep my job?", false, ""},
		{"en", "the farm we rent was sold last month, can the new owner evict us?", false, ""},
		{"en", "the bakery I work at got sold, will my hours change?", false, ""},
		{"en", "my brother was sold to another company last week", true, ArticleOther},
		{"en", "we were sold to another boss in Myawaddy", true, ArticleSelf},
		{"en", "the company he was sold to beats them every night", true, ArticleOther},
		{"en", "my sister got sold again, please", true, ArticleOther},
	})
}
