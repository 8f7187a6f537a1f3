package distress

import "testing"

// A fee that "releases" a thing named with the verb (a romance scammer's
// gift, money a fake officer recovered) is not a ransom, even with a "he"
// or a relative in the message; a person released for money still is.
// Lines written for this test.
func TestThingReleased(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "a man who says he works for the police found my lost savings, i only have to pay a small fee to release it", false, ""},
		{"en", "he is a pilot and loves me, he sent me a gift but customs needs 800 dollars to release the gift. my brother thinks its fake", false, ""},
		{"en", "my boyfriend overseas says i must pay the tax to unlock the inheritance he left me, is that normal", false, ""},
		{"en", "they want 5000 dollars to release my brother, he is in a compound in myawaddy", true, ""},
		{"en", "the boss says my son must pay 3000 to release him or they sell him", true, ""},
		{"en", "they took his passport and want money to release it, he cannot leave the building", true, ""},
		{"en", "my sister is held and they asked us to pay to release her", true, ""},
	})
}
