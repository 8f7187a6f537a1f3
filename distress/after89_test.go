package distress

import "testing"

// The eighty-ninth blind set's kinds, with lines written for this test: a
// Malay "they locked us in the room", whose "diorang" (they) read as a
// general question and left the bot with no answer; the active "pukul
// kami" (beat us); a Minang "adiak" (younger sibling) is a relative; a
// story's title with a ransom in it and a husband who served with UN
// peacekeepers name no one in danger.
func TestAfter89Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"ms", "dorang kunci aku dalam bilik dari semalam", true, ArticleSelf},
		{"ms", "mereka pukul kami kalau tak cukup target", true, ArticleSelf},
		{"id", "mereka kunci kami di mess, hp diambil semua", true, ArticleSelf},
		{"id", "adiak di Kamboja dikurung bosnyo, indak bisa pulang", true, ArticleOther},
		{"en", "need a short summary of The Ransom of Red Chief for my brother's exam", false, ""},
	})
	if f := Detect("my father was a peacekeeper in Cambodia in 1993, where can I read about his unit?", "en"); f.Urgent || f.Grounded() {
		t.Errorf("a peacekeeper's history: urgent %v grounded %v (cues %+v)", f.Urgent, f.Grounded(), f.Cues)
	}
}
