package distress

import (
	"slices"
	"testing"
)

// The eighty-fifth blind set's kinds, with lines written for this test: a
// Vietnamese family told that a sum sent "thì .. được thả về" frees a
// husband (a ransom, which the bot had answered with no answer at all);
// the Wuhan "我屋里伢" (our family's child) is a relative; the Malay "bot
// ni" is this chatbot, no boat.
func TestAfter85Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "我屋里伢在缅甸被扣了，老板说交钱才放", true, ArticleOther},
	})
	testNoConcept(t, "ms", "kalau sa tampal iklan kerja dalam bot ni, dia cek apa saja?", "transit")
	// A sum sent for a release is a ransom (the classifier answers the
	// message; the cues find it too).
	f := Detect("bên kia gọi nói chuyển 200 triệu thì con tôi được thả về, giờ tính sao", "vi")
	if !slices.ContainsFunc(f.Cues, func(c Cue) bool { return c.Concept == "ransom" && c.Weight >= 2 }) {
		t.Errorf("a sum sent for a release is no strong ransom (cues %+v)", f.Cues)
	}
}
