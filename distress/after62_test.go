package distress

import "testing"

// The sixty-second blind set's kinds, with lines written for this test: a
// number "to ring" is a number asked for, and "ring" then is no ring worn;
// "the US" is a country, not the writer; "our boy" is a child of the
// family; Swahili and Sheng words in East African English ("hawezi
// kutoka", cannot leave), which a retraining left to the cues.
func TestAfter62Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "any number in Nepal to ring for a cousin stuck in one of those scam compounds?", true, ArticleHotlines},
		{"en", "why did the tsar sell alaska to the US, was he short of money", false, ""},
		{"en", "our lad is stuck in a compound in Myanmar and they will not let him leave", true, ArticleOther},
		// Swahili and Sheng inside East African English.
		{"en", "binamu yangu yuko Laos for a sales job, sasa hawezi kurudi nyumbani, tusaidie", true, ArticleOther},
		{"en", "niko kwa compound huko Myawaddy, siwezi kutoka, wamechukua passport", true, ArticleSelf},
	})
	// A ring worn is still an everyday thing stuck.
	if f := Detect("my wedding ring is stuck on my swollen finger, who do I call", "en"); f.Urgent {
		t.Errorf("a wedding ring stuck: urgent (cues %+v)", f.Cues)
	}
}
