package distress

import "testing"

// The eighty-seventh blind set's kinds, with lines written for this test:
// a request that the bot itself act ("can you contact the embassy for me",
// seen in seven sets) is no danger and asks about the bot; a Hindi question
// what work they make "them" do inside and whether beating happens there
// is a general question; a "compounder" is a clinic's dispenser, no
// compound.
func TestAfter87Kinds(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"can u actually message the agency for me, i dont know what to say", true},
		{"would the bot talk to the police on my behalf?", true},
		{"could you tell me how to contact the embassy", false},
		{"the agent says he will call the embassy for me", false},
	} {
		if f := Detect(c.text, "en"); f.AsksBot != c.want || f.Urgent {
			t.Errorf("%q: asks the bot %v urgent %v, want %v and not urgent (cues %+v)", c.text, f.AsksBot, f.Urgent, c.want, f.Cues)
		}
	}
	if f := Detect("they locked me in, can you call the police for me", "en"); !f.Urgent || !f.AsksBot {
		t.Errorf("danger beside a request to the bot: urgent %v asks %v, want both", f.Urgent, f.AsksBot)
	}
	// Asked in general: the classifier answers it (life inside).
	testNotUrgent(t, "hi", "wahan unko kya kaam karwate hai aur maar peet hoti hai kya")
	// No place grounds the help articles' lower bar (Finding.Grounded).
	if f := Detect("compounder ki naukri ke liye kaun sa course karna padta hai", "hi"); f.Grounded() {
		t.Errorf("a compounder's job grounds the help articles (cues %+v)", f.Cues)
	}
}
