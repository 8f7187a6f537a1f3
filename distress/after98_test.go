package distress

import "testing"

// The ninety-eighth blind set's kinds, with lines written for this test:
// Papuan Malay "dong tra kasih berobat" (they will not let him be treated)
// and an office "di seberang sungai" past Mae Sot with friends no longer
// reachable (the last leg); a Sabah sister teaching her siblings "sebelum
// dorang pigi" (before they go) what a trap looks like; a baby who held
// his breath, a sermon's ransom, a grammar point one is stuck on, a
// Cebuano "i-held ang" (where is it held).
func TestAfter98Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"id", "adik sa demam tinggi di sana, dong tra kase berobat, sa harus bikin apa", true, ArticleOther},
		{"id", "lusa kami diantar ke Mae Sot, katanya kantornya di sebrang sungai, teman yang duluan tra bisa dihubungi lagi", true, ""},
	})
	for _, c := range []struct{ lang, text string }{
		{"ms", "tanda2 kerja luar negara yg sebenarnya perangkap apa? mau ajar adik2 sebelum dorang pigi"},
		{"en", "my son held his breath when crying until his lips went blue, is it dangerous?"},
		{"en", "the pastor said the son of man gave his life as a ransom for many, ransom paid to who?"},
		{"en", "I am stuck on this chapter of maths homework, my teacher explains too fast"},
		{"tl", "asa i-held ang fiesta sa amo next month? gusto mo-adto sa akong anak"},
	} {
		testNotUrgent(t, c.lang, c.text)
	}
}
