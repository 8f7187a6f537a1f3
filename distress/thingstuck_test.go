package distress

import "testing"

// "Stuck", "trapped" or "jammed" said of a thing (a determiner, a noun that
// names no person, perhaps a verb of being) is no one held; said of a
// person, a pronoun or a word for people it still counts. Lines written for
// this test.
func TestThingStuck(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my zipper is stuck again, how do i fix it", false, ""},
		{"en", "the drawer got jammed and my keys are inside it", false, ""},
		{"en", "my telegram is stuck on connecting", false, ""},
		{"en", "my son is stuck in a compound, they took his passport", true, ArticleOther},
		{"en", "the workers are trapped inside, we cannot leave", true, ""},
		{"en", "i am stuck here, they beat us", true, ArticleSelf},
		{"en", "my phone is stuck but i am trapped in this building and cannot get out", true, ArticleSelf},
		{"en", "stuck. pls help", true, ArticleSelf},
		// Busy at work for a stated short while is an ordinary reason;
		// "always busy" with a harm keeps the help path.
		{"en", "my husband is busy at work and can't call tonight", false, ""},
		{"en", "my son always says he is busy at work, never video calls, and they took his passport", true, ArticleOther},
	})
}
