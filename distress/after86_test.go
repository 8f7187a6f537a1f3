package distress

import "testing"

// The eighty-sixth blind set's kind, with lines written for this test: a
// Chinese cry from a car going who knows where, the phone about to be
// taken, too short for the classifier (the bot had given no answer).
func TestAfter86Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "坐车上了 不知道带去哪 手机要上交", true, ArticleSelf},
		{"zh", "我们在船上，不知道要去哪里，老板说到了再说", true, ArticleSelf},
	})
}
