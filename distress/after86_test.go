package distress

import "testing"

// The eighty-sixth blind set's kind, with lines written for this test: a
// Chinese cry from a car going who knows where, the phone about to be
// taken, too short for the classifier (the bot had given no answer). And
// its English everyday lines: an object that "is sold" is no person sold,
// "one yak calf stuck" is a thing's (a count owns it as "the" does).
func TestAfter86Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "坐车上了 不知道带去哪 手机要上交", true, ArticleSelf},
		{"zh", "我们在船上，不知道要去哪里，老板说到了再说", true, ArticleSelf},
		{"en", "we sell the puppies tomorrow, I want them checked before any is sold", false, ""},
		{"en", "one buffalo calf stuck in the river near our camp since morning, how do we pull it out", false, ""},
		{"en", "one of my friends stuck in a company near the river, they took his phone", true, ArticleOther},
	})
}
