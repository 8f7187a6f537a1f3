package distress

import "testing"

// The thirty-second blind set's kinds: a friend "still there" told by one
// who got out, in English and in Hindi ("abhi bhi ... me hain"); a brother
// sent home by the police after a raid (back now, asking why); "why many
// foreigner come ..." asked in simple English; things stuck in an eye; a
// police raid in Hindi ("chhape maare") is no beating; a hornet's nest in
// Malay is no ransom. Lines written for this test.
func TestSet32Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "I got away in March but my buddy from the same team is still there and they beat him for trying to leave. Where do I send his location?", true, ""},
		{"hi", "main bhaag aaya par mere 4 dost abhi bhi Myawaddy me hain, unko maarte hain, kahan batayein", true, ArticleOther},
		{"en", "my cousin was picked up in a raid in Cambodia, they fined him and sent him home, why were they treated like criminals?", false, ""},
		{"en", "why many people go Myawaddy for work then cannot leave?", false, ""},
		{"en", "an eyelash stuck under my contact lens all morning, what do I do", false, ""},
		{"hi", "police ne sihanoukville me chhape maare the, kitne log pakde gaye?", false, ""},
		{"ms", "ada sarang tebuan kat bumbung rumah, siapa nak call untuk buang", false, ""},
	})
}
