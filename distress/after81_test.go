package distress

import "testing"

// The eighty-first blind set's kinds, with lines written for this test: a
// stay told by its length ("spent two months in") that goes on "now"; the
// writer with a friend ("me and my cousin"); danger words that name only
// "them" beside a writer who asks about it; "what is that exactly" and
// why the workers cannot "just quit"; a stay before another job; a coffee
// machine's part and the money a site holds until a fee; an agent who
// "wants her in" a country with a visa "sorted on arrival"; a name with
// "Van"; a hostage crisis in the news; Maithili "लोक सब" (people).
func TestAfter81Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my cousin spent two months in a building in Shwe Kokko and now they have sold him on to another company", true, ArticleOther},
		{"en", "me and my cousin got to Myawaddy this morning, there are guards with guns at the gate and they took our passports", true, ArticleSelf},
		{"en", "my cousin and I are locked in a building in Poipet, they beat us when we miss the target", true, ArticleSelf},
		// A friend alone is someone else still.
		{"en", "my friend is locked in a building in Poipet, they beat him when he misses the target", true, ArticleOther},
		{"en", "the guy on my crew said before this boat he was six months in a scam company in Laos, they beat people. is it like that everywhere?", false, ""},
		{"en", "an agent wants my sister in Cambodia for a support job and says don't tell the family, the visa is sorted on arrival. what's wrong with this offer?", false, ""},
		{"en", "our teacher asked us to write about the Manila hostage crisis, what happened to the tourists on the bus?", false, ""},
		{"hi", "ई गिरोह केहन लोक सब के फँसबैत अछि, गरीब लोक के?", false, ""},
	})
	// A stay told by its length, with nothing after it going on now, is
	// over; with a danger "now", it is not.
	if f := Detect("my uncle spent three months in one of those compounds, beatings every day. how do they keep so many people there?", "en"); !f.Back() {
		t.Errorf("a stay that is over is not back (cues %+v)", f.Cues)
	}
	testNotBack(t, "en", "my brother spent three months in a compound and he is still locked in the same room")
	if f := Detect("the filter holder is stuck in the espresso machine and my boss arrives in ten minutes", "en"); !f.Thing() {
		t.Errorf("a coffee machine's part is no thing (cues %+v)", f.Cues)
	}
	if f := Detect("the app shows my balance but when I asked for my money they said pay the fee first", "en"); !f.Thing() {
		t.Errorf("money a site holds is no thing (cues %+v)", f.Cues)
	}
	testNoConcept(t, "en", "Mrs Van der Berg from church asked what these places are", "transit")
	// "What is that exactly" and "why can't the workers just quit" ask in
	// general, and danger words that name "them" let a sure classifier
	// answer a writer who asks about it.
	testYields(t, "en", "my uncle brings up the scam company in Myanmar at every dinner. what is that exactly? why cant the workers just quit and run away", "what-are-fraud-factories")
	testYields(t, "en", "what is it like in those places, do they lock them in and hit them? my mum keeps asking me", "life-inside-compounds")
	// Danger words that name the writer keep the help path.
	if f := Detect("they lock me in and hit me, my mum keeps asking what is happening", "en"); !f.Urgent || f.YieldsTo("life-inside-compounds", 0.98, map[string]float64{"life-inside-compounds": 0.98}) {
		t.Errorf("the writer's own danger yields (cues %+v)", f.Cues)
	}
}
