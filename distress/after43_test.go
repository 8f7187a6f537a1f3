package distress

import "testing"

// Kinds read in the forty-third blind set's misses, with lines written
// for this test: a vehicle held by the police or at a weigh scale, a prank
// "kidnap" at a stag do, a syndrome, a chemical compound, a fever abroad,
// a welfare check, a vessel sold mid-contract, a runaway from a boarding
// school and a seizure at home are everyday; a Rajasthani mother whose son
// is not let come back and whose passport was taken is held.
func TestAfter43Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "police held my uncle's taxi at the roadblock because the licence expired, what is the fine?", false, ""},
		{"en", "we got held at the weigh station, trailer axle overweight, can we fix it and go?", false, ""},
		{"en", "planning to kidnap the groom for his stag night, funny ideas that are legal?", false, ""},
		{"en", "my brother's ship was sold to a new owner company mid contract, who pays his flight home?", false, ""},
		{"en", "is a person with locked in syndrome trapped but aware? for my biology homework", false, ""},
		{"hi", "म्हारी छोरी म्यांमार गई थी, अब बठे सूं आबा कोनी देवे, कांई करां", true, ArticleOther},
	})
	testDoubted(t, []doubtCase{
		{"en", "my son in Malaysia has dengue and is alone in his flat, who do I call from Nepal?", ArticleOther, 0.7},
		{"en", "what chemical compounds in nail polish are risky when pregnant?", ArticleSelf, 0.7},
		{"th", "พ่อชักเกร็งตอนกลางคืน ควรโทร 1669 หรือขับไปโรงพยาบาลเอง", ArticleOther, 0.7},
		{"id", "ada santri kabur dari pondok semalam, perlu lapor polisi atau hubungi orang tuanya dulu?", ArticleSelf, 0.7},
	}, nil)
}
