package distress

import "testing"

// The ninetieth blind set's kinds, with lines written for this test: three
// help messages the bot missed (a Vietnamese "bị nhốt" with guards watching
// day and night, short and naming no one; a Kupang "dong pukul" with the
// writer's "beta"; a Hindi "जाना नहीं चाहता", not wanting to go, read as
// planning), and general questions in Caribbean English and Kedah Malay.
func TestAfter90Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"id", "beta di sini dong pukul tiap malam, hp su ambil", true, ArticleSelf},
		{"hi", "दलाल बोला कल नदी पार करके दूसरी कंपनी ले जाएंगे, मैं जाना नहीं चाहता, क्या करूं", true, ArticleSelf},
		{"en", "so they tek yu passport soon as yu reach?", false, ""},
		{"ms", "betui ke depa rampas passport, tak bagi keluar langsung?", false, ""},
	})
	// Guards watching day and night add a danger to being locked in.
	if f := Detect("bị nhốt, có bảo vệ canh cổng suốt", "vi"); !f.hasConcept("threat") {
		t.Errorf("guards watching: no threat (cues %+v)", f.Cues)
	}
	// What if someone is tricked: the classifier answers it.
	testNotUrgent(t, "en", "if somebody get tricked into one of them places an forced to scam, dem go jail too? my uncle say so")
	if f := Detect("den nak bukak gerai, lesen penjaja kena ambik kat majlis ke, takut polis halau", "ms"); f.Grounded() {
		t.Errorf("a hawker's licence grounds the help articles (cues %+v)", f.Cues)
	}
}
