package distress

import "testing"

// The sixty-third blind set's kinds, with lines written for this test: a
// paper written on a kidnapping is a student's task, not papers a
// recruiter keeps.
func TestAfter63Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "what should my term paper on the Patty Hearst kidnapping say about the ransom demands", false, ""},
		{"en", "the boss keeps my papers and they ask my family for ransom before I can leave", true, ""},
	})
}
