package distress

import "testing"

// The eighty-fourth blind set's kinds, with lines written for this test:
// "me and friend" (no "my") are the writer too; whether the bot can speak
// to the embassy "on my behalf" asks about the bot; the Chinese "我家娃娃"
// (our family's child) is a relative; a call "guna nombor lain" (from
// another number) in Malay asks for no hotline.
func TestAfter84Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "me and cousin are locked in the office building now, they took our passports last night", true, ArticleSelf},
		{"zh", "我家娃娃在柬埔寨被扣着，对方说交钱才放人", true, ArticleOther},
		{"ms", "adik aku kat Kemboja, semalam dia call guna nombor lain, kata kena kurung dalam bilik", true, ArticleOther},
	})
	if f := Detect("can this bot call the embassy for me, or do I have to do it myself?", "en"); f.has(kindAuthority) {
		t.Errorf("a question whether the bot can call the embassy names a helping body (cues %+v)", f.Cues)
	}
}
