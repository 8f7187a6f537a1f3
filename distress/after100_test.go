package distress

import "testing"

// The hundredth blind set's kinds, with lines written for this test: a
// thing sold to the writer ("selling me his truck"); a kayak rescue drill;
// a Chinese village rumour about the compounds asked as "what kind of
// place is it" (hearsay and a general question). Indonesian "kayak"
// (like) is no kayak.
func TestAfter100Kinds(t *testing.T) {
	testNotUrgent(t, "en", "my neighbour is selling me his old tractor, how do i check there is no loan on it before i pay")
	testDoubted(t, []doubtCase{
		{"en", "we rent canoes to tourists, how do I teach a T-rescue before they paddle out?", ArticleSelf, 0.52},
	}, map[string]float64{ArticleSelf: 0.42, "-": 0.43})
	// The classifier was 0.81 sure of what fraud factories are.
	if f := Detect("俺村里都在传缅北的园区，说进去就出不来，那到底是个啥地方？", "zh"); f.Urgent && !f.YieldsTo("what-are-fraud-factories", 0.81, map[string]float64{"what-are-fraud-factories": 0.81, "where-they-operate": 0.12}) {
		t.Errorf("a village rumour: urgent and does not yield (cues %+v)", f.Cues)
	}
	testUrgent(t, []urgentCase{
		{"id", "polisi sini bisa dipercaya gak? bosnya kayak akrab sm polisi, paspor kami ditahan", true, ""},
	})
}
