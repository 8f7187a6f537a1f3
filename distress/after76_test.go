package distress

import "testing"

// The seventy-sixth blind set's kinds, with lines written for this test: a
// daughter gone for a job whose last message said "they keep our phones",
// then weeks of nothing; a neighbour's boy who "come back from" a compound,
// asked about in general; a nurse kept in the hospital through a storm; a
// Hunan cousin ("我老表") sold and ransomed.
func TestAfter76Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "Son went to Bangkok for a sales job in June. Last he wrote they keep all our phones at night. 3 weeks nothing since", true, ArticleOther},
		{"zh", "我老表在缅甸被卖了，对方要我们拿十万赎人", true, ArticleOther},
		{"en", "my neighbour girl come back from Myawaddy, she say they beat people there. is it like this in every place?", false, ""},
		{"en", "the hospital says I'll be locked in the hospital for days during the storm, can they make me stay?", false, ""},
		// Phones kept by the writer, or a passport kept for a visa, are
		// no one held.
		{"en", "on the ship we keep our phones and the captain gives back our passports, is it different there?", false, ""},
	})
}
