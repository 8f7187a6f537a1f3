package distress

import "testing"

// The sixty-sixth blind set's kinds, with lines written for this test:
// wild animals trapped or caught in nets, a company's debts when it goes
// bust, learner English "come back from" said of someone back, a
// compounded drip and a "ward sister", places where people are held asked
// about in Malay, Thai people in general and their "เขา", and Indonesian
// citizens held abroad asking for a number.
func TestAfter66Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "two turtles got trapped in the fishing nets off our beach this morning, who do we tell?", false, ""},
		{"en", "the rangers trapped the leopard that took our goats, where do they release it?", false, ""},
		{"en", "what happens to unsecured debt when a company goes bust, do staff get paid first?", false, ""},
		{"en", "my brother come back from Cambodia last month, he say they beat people who miss target. is it the same for all of them?", false, ""},
		{"ms", "mana tempat yang orang kena kurung tu? Kemboja ja ka atau Laos pun ada?", false, ""},
		{"th", "คนที่ถูกหลอกไปทำงานที่นั่น เขาโดนตีโดนยึดพาสปอร์ตไหม", false, ""},
		{"id", "nomor hotline buat WNI yang dikurung di luar negeri berapa?", true, ArticleHotlines},
		{"id", "paspor hilang waktu liburan di luar negeri, ngurusnya gimana?", false, ""},
		// Still held: the animals' words do not explain a person's.
		{"en", "my cousin is trapped in a compound in Myawaddy and they took her passport, what do we do", true, ArticleOther},
		{"th", "พี่ชายฉันถูกหลอกไปทำงาน เขาโดนตีโดนยึดพาสปอร์ต ช่วยด้วย", true, ArticleOther},
	})
	for _, c := range []struct{ text, kind, words string }{
		{"is compound sodium chloride the same as normal saline for a drip?", kindPlace.String(), "compound"},
		{"the ward sister wants me on nights again this week, can she do that?", kindOther.String(), "sister"},
	} {
		for _, cue := range Detect(c.text, "en").Cues {
			if cue.Kind == c.kind {
				t.Errorf("%q: the %s cue %q fired inside a longer word", c.text, c.kind, cue.Words)
			}
		}
	}
	// A passport lost abroad is an errand: its everyday sign keeps the
	// classifier's lean alone from the help path (Net).
	if f := Detect("paspor hilang waktu liburan di luar negeri, ngurusnya gimana?", "id"); !f.has(kindEveryday) {
		t.Errorf("a passport lost on holiday has no everyday sign (cues %+v)", f.Cues)
	}
}
