package distress

import "testing"

// Kinds read in the forty-fifth blind set's misses, with lines written
// for this test: an Isan father's recorded call (a son made to kneel all
// night, unfed, a "lawyer" asking money to get him out), Manado and Waray
// kin words; and everyday uses: "a king's ransom", a friends' prank
// "kidnap", a claim stuck in processing, home help for an old brother.
func TestAfter45Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"th", "บักหล่าโทรมาว่าโดนสั่งให้คุกเข่าทั้งคืน บ่ได้กินข้าว มีคนขอเงินไปเอาตัวออกมา", true, ArticleOther},
		{"id", "kita pe kaka pigi Kamboja, skarang nyanda bole kaluar, torang musti lapor ka mana", true, ArticleOther},
		{"tl", "an akon bugto ha Myanmar, diri makauli kay may utang daw ha kompanya", true, ArticleOther},
		{"en", "that new phone costs a king's ransom, is it worth it?", false, ""},
		{"en", "my mates say they'll kidnap me for a surprise party on saturday, should I play along?", false, ""},
		{"en", "my pension claim has been stuck in review for months, who do I call?", false, ""},
	})
	testDoubted(t, []doubtCase{
		{"en", "my sister is 86 and can't manage the stairs any more, how do we get her home help?", ArticleOther, 0.7},
	}, nil)
}
