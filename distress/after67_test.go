package distress

import "testing"

// The sixty-seventh blind set's kinds, with lines written for this test:
// people in general typed "ppl", and "those ... camps are ...", asked about
// from what someone said; "how this works" in learner English; a plant to
// rescue; someone who got out telling of inside, asked in Isan Thai; a
// Sarawak wife's "laki kamek".
func TestAfter67Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my uncle says those myanmar scam compounds are all exaggerated by the news, how many people are really there?", false, ""},
		{"en", "a guy at work told me about places where ppl get locked up making scam calls, is that even real?", false, ""},
		{"en", "my lemon tree got hit by frost and the leaves are all brown, can I rescue it or is it dead?", false, ""},
		{"th", "ญาติที่หนีออกมาได้เล่าว่าโดนตีทุกวัน ข้างในเป็นแบบนั้นจริงบ่", false, ""},
		{"ms", "laki kamek kena kurung kat Kemboja, pasport kena ambik, apa kamek patut buat", true, ArticleOther},
		// A word for a brother opening the message, then "I": the writer
		// speaks to the reader.
		{"en", "brother i am locked in a building in Poipet and they keep my passport", true, ArticleSelf},
		{"en", "brother is locked in a building in Poipet and they keep his passport", true, ArticleOther},
		// Still one of those places, from inside.
		{"en", "i think im in one of those scam compounds, they wont let us out", true, ArticleSelf},
	})
	if f := Detect("my mate said they take your passport at the airport then make you pay for the flight, how this works?", "en"); !f.has(kindGeneral) {
		t.Errorf("'how this works' is no general question (cues %+v)", f.Cues)
	}
	if f := Detect("do I need a new entry stamp in my passport every time I come home from Saipan?", "en"); !f.has(kindEveryday) {
		t.Errorf("a passport's stamp is not everyday (cues %+v)", f.Cues)
	}
}
