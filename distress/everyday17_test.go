package distress

import "testing"

// Everyday uses of "stuck", "held" and "compound" (a sum, an app, a flight
// at the gate, a residential compound in the Gulf) against the same words
// from someone held. Lines written for this test.
func TestEverydayStuckHeldCompound(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my daughter is stuck on her chemistry assignment, how do i help her", false, ""},
		{"en", "whatsapp stuck on connecting since morning", false, ""},
		{"en", "our plane was delayed at the gate 3 hours, can we get compensation", false, ""},
		{"en", "we are stuck on the 4th floor, the guards locked the stairs", true, ""},
		{"en", "my son is stuck in a compound in cambodia and they took his passport", true, ""},
		{"en", "my brother is stuck on a boat, the agent took his passport", true, ""},
	})
}
