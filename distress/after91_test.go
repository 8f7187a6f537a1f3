package distress

import "testing"

// The ninety-first blind set's kinds, with lines written for this test: a
// friend sick inside and not taken to a hospital (care refused, an
// Indonesian message the bot had no answer for); what a friend told of
// "over there" asked about in Malay; a cartoon named "Ejen"; antelopes
// dead with their horns locked near a camp.
func TestAfter91Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"id", "adik saya demam berhari-hari di dalam kompleks di Kamboja, tidak diizinkan ke dokter, malah diancam", true, ArticleOther},
		{"ms", "abang aku sakit teruk kat dalam syarikat tu, tak dibawa ke hospital, kena ugut lagi", true, ArticleOther},
		{"en", "found an impala ram dead near our camp this morning, horns locked with another one, is that common?", false, ""},
	})
	testNotUrgent(t, "ms", "kawan aku cerita kat sana semua hp kena rampas, kena pukul kalau lambat. betul ke?")
	testNoConcept(t, "ms", "bila Ejen Ali musim baru keluar, anak aku tanya", "middleman")
}
