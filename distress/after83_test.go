package distress

import "testing"

// The eighty-third blind set's kinds, with lines written for this test: a
// famous family's compound to visit; a bill split in an app; a dog breed;
// jump leads to rescue a car with a dead battery; hens that escape a
// fence and whether clipping "hurts them"; someone "now .. back home";
// the Kelantan "budok2 yg kene bowok" (the young people taken), people in
// general; and help messages the classifier alone had carried: a Hindi
// locked room, a Bundeli "तबई छोड़ेंगे", a boat boarded by force and a
// Hiligaynon silence since leaving to work.
func TestAfter83Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "can we visit the Kennedy compound on our trip to Cape Cod or is it closed to the public?", false, ""},
		{"en", "splitwise says I owe my flatmate 30 pounds for the shopping, how do I settle it in the app", false, ""},
		{"en", "my cousin wants to rescue my mums car, the battery is dead, which clamp goes first on the jump leads?", false, ""},
		{"en", "our goats keep escaping the paddock through the fence, will clipping their horns hurt them?", false, ""},
		{"ms", "bakpe budok2 yg kene bowok gi Myanmar tu dok leh balik sendiri?", false, ""},
		{"hi", "मदद करो, मुझे बंद कमरे में रखा है, फोन छुपा के लिख रहा", true, ArticleSelf},
		{"hi", "एजेंट कह रओ 2 लाख भेजो तबई छोड़ेंगे हमाए लला को", true, ""},
		{"tl", "pinilit kami sumakay ng bangka papunta sa kabilang pampang, hindi namin alam kung saan", true, ArticleSelf},
		{"tl", "ang utod ko nag-obra sa Cambodia, wala na sang text sa amon duha ka semana", true, ArticleOther},
	})
	if f := Detect("what breed is that dog from Thailand with the ridge on its back, are they good with kids?", "en"); f.Urgent || !f.has(kindBenign) {
		t.Errorf("a dog breed is no danger (cues %+v)", f.Cues)
	}
	if f := Detect("my uncle was 6 months in a company in Poipet, now he come back home, he say they beat people there. is it like that everywhere?", "en"); !f.Back() {
		t.Errorf("someone now back home is not back (cues %+v)", f.Cues)
	}
}
