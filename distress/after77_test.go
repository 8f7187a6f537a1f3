package distress

import "testing"

// The seventy-seventh blind set's kinds, with lines written for this test:
// out of a compound last night with the company looking for the writer;
// "why can't people just walk out" of people in general; a mountain's high
// camp, whales kept captive, a shop that wants to "sell me" a new part; goods
// a seller sold on Facebook, in Malay (not a job "jual barang online").
func TestAfter77Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "why cant workers just leave when they see it's a scam company? i dont understand", false, ""},
		{"en", "my boots keep getting stuck in the snow above base camp, are gaiters worth it?", false, ""},
		{"en", "are the dolphins at the marine park kept captive their whole life? my kids want to go", false, ""},
		{"en", "the garage says the brakes need replacing, or do they just want to sell me new pads?", false, ""},
		{"ms", "orang jual kasut kat FB dah ambil duit lepas tu dia block aku, macam mana nak report", false, ""},
		// Still in danger, or held under a job's cover: the help path.
		{"ms", "anak sedara aku pi Kemboja kerja jual barang online, la ni depa tak bagi dia balik", true, ArticleOther},
	})
	// Out, but hunted: not back (Finding.Back is false).
	testNotBack(t, "en", "got out of the compound in Poipet last night, their guys are looking for me, no money")
}
