package distress

import "testing"

// The ninety-ninth blind set's kinds, with lines written for this test:
// Caribbean English asking the bot to act ("can yu call di police fi me?")
// or what else it does; a trapped hernia; goods "卖给收购的老板" (sold to a
// buyer); Indonesian and Tagalog questions about the bot; Bikol "tugang"
// (sibling).
func TestAfter99Kinds(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "can yu call di embassy fi me if mi gi yu mi broda name?"},
		{"en", "wat else yu can do for me besides di job check?"},
		{"id", "pesan sa di sini dibaca kah sama orang lain?"},
		{"tl", "bot ka ba? sino gumawa sa imo?"},
	} {
		testAsksBot(t, c.lang, c.text)
	}
	// Asked of people, not the bot.
	if f := Detect("what else can I do to be sure the company is real?", "en"); f.AsksBot {
		t.Errorf("what else can I do: asks the bot (cues %+v)", f.Cues)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "is a trapped hernia an emergency? my patient asks me every day"},
		{"zh", "今年的玉米卖给收购站的老板，他说我的是三等，咋个分的"},
	} {
		testNotUrgent(t, c.lang, c.text)
	}
	testUrgent(t, []urgentCase{
		{"tl", "an tugang ko nasa Myanmar, kinuha an passport niya, dai makauli", true, ArticleOther},
	})
}
