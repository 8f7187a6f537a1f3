package distress

import "testing"

// The eightieth blind set's kinds, with lines written for this test: a
// parent who asks the school "to let her" do something else; "debt-trap
// diplomacy"; "help me arrange" a song; Sundanese "disebut" (called), one
// letter from Malay "disebat" (caned).
func TestAfter80Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my son hates the swimming lessons, can I ask the teacher to let him sit out this term?", false, ""},
		{"en", "is the debt trap diplomacy story about china and sri lanka true? for my politics essay", false, ""},
		{"en", "help me arrange this song for two guitars, my daughter plays the second part", false, ""},
		// Money asked to let someone go is a ransom still.
		{"en", "they are asking 5000 dollars to let my brother go home from the compound", true, ArticleOther},
	})
	testNoConcept(t, "id", "nu disebut kompleks scam di Kamboja teh naon?", "violence")
}
