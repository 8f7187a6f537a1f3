package distress

import (
	"slices"
	"testing"
)

// The ninety-third blind set's kinds, with lines written for this test: a
// Vietnamese "not let out, an armed guard watching round the clock" with
// words between the guard and the watching (given life inside); a Tagalog
// writer at the airport told the way now goes overland through another
// country (a last leg, no answer before); "我们庄上一个小伙子" (a young man
// of our village) is someone else; a cow that "hasn't held" and a ceremony
// "held only in even years" are no one held, and a "visa on arrival" no
// arrival.
func TestAfter93Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"vi", "không được ra khỏi khu, bảo vệ đeo súng đứng canh suốt", true, ArticleSelf},
		{"tl", "nasa NAIA na kami, sabi ng ahente dadaan muna kami sa ibang bansa by land bago sa trabaho", true, ArticleSelf},
		{"zh", "村里有个小伙子在缅甸出不来了，那边要五万块才放人", true, ArticleOther},
		{"en", "our cow has not held after two inseminations, what should we check?", false, ""},
	})
	// A "visa on arrival" is a kind of visa: nobody has arrived.
	if f := Detect("the agent says we get a visa on arrival in Bangkok, is that normal for a job?", "en"); slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Kind == "underway" }) {
		t.Errorf("a visa on arrival reads as someone arrived (cues %+v)", f.Cues)
	}
	testNoConcept(t, "en", "is the harvest dance held only in even years? my cousin wants to come and watch", "confinement")
}
