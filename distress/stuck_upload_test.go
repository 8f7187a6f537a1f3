package distress

import "testing"

// A backup or an update stuck at some percent is a device's trouble, and a
// story a scammer told ("she said she was stuck") asked about as a trick is a
// general question; a person stuck in a compound keeps the help path. Lines
// written for this test.
func TestStuckUploadAndScammersStory(t *testing.T) {
	for _, c := range []struct {
		text   string
		urgent bool
	}{
		{"my phone update has been stuck at 45 percent since last night, what do i do", false},
		{"my photo backup is stuck and wont finish, any fix?", false},
		{"my cousin is stuck in a compound in myawaddy, they took his phone", true},
		{"i am stuck in a building in kk park, they will not let me leave", true},
	} {
		if f := Detect(c.text, "en"); f.Urgent != c.urgent {
			t.Errorf("%q: urgent %v, want %v (cues %v)", c.text, f.Urgent, c.urgent, f.Cues)
		}
	}
	// The general cue lets a classifier sure of another article take over.
	f := Detect("my uncle sent money to a man online who said he was stuck at an airport and needed help, is that a thing scammers do", "en")
	if !f.has(kindGeneral) {
		t.Errorf("'is that a thing scammers do' is no general question: cues %v", f.Cues)
	}
}
