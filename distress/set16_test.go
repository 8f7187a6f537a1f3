package distress

import "testing"

// The sixteenth blind set's kinds, with lines written for this test: a
// child "held back" a year at school, malware named beside ransom-like
// words, a doubt about what a new employer might do with a passport.
// Their contrasts keep the help path; the seventeenth set's kinds below.
func TestSet16Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my son might be held back a year in grade 2, should we agree to it", false, ""},
		{"en", "how does ransomware lock your files and why do they ask for bitcoin", false, ""},
		{"en", "is it bad if my new employer keeps my passport for the work permit? my last boss did and it was fine", false, ""},
		{"en", "they are holding my brother and want a ransom of 5000 dollars", true, ""},
		// The seventeenth's kinds: things and bodies stuck, a delayed
		// flight's passengers "held", someone "sold again".
		{"en", "my daughter's zip is stuck, any trick", false, ""},
		{"en", "my wedding ring is stuck on my finger since the swelling", false, ""},
		{"en", "baby cries every evening, is it trapped wind", false, ""},
		{"en", "we were held at the airport 6 hours, flight delayed, can we claim compensation", false, ""},
		{"en", "sold again", true, ""},
		// The eighteenth's Vietnamese help miss, its kind: on the bus to a
		// border town, the phones about to be collected.
		{"vi", "đang trên xe đi poipet, tài xế bảo sắp thu đt hết, sợ quá", true, ""},
		{"vi", "mẹ thu đt của con vì chơi game nhiều quá", false, ""},
		// A help message that asks which country's embassy is no general
		// question (the eighteenth set's "which countries" kind: bot).
		{"en", "which country's embassy do i call, they locked us in and took our passports", true, ""},
		{"en", "my son was sold again to another boss", true, ""},
		{"en", "they locked us in a room for 6 hours and took our passports", true, ""},
		{"en", "my daughter is held in a building in myawaddy, they took her passport", true, ""},
	})
}
