package distress

import "testing"

// The sixtieth blind set's kinds, with lines written for this test: how to
// get out of a compound named by its name is asked by the one held there,
// as "how do I get out of here" is, in six languages; "how did people
// escape from it" in the past is news, and a search for a word's sense
// ("... explained", "... meaning") is a general question.
func TestAfter60Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "how can i escape from shwe kokko", true, ArticleSelf},
		{"en", "how did hundreds escape from shwe kokko during the raid last year?", false, ""},
		{"id", "gimana caranya kabur dari kk garden", true, ArticleSelf},
		{"ms", "camne nak keluar dari shwe kokko", true, ArticleSelf},
		{"vi", "lam sao thoat khoi kk garden", true, ArticleSelf},
		{"th", "หนีจากเมียวดีได้ยังไง", true, ArticleSelf},
		{"hi", "shwe kokko se kaise niklu", true, ArticleSelf},
		{"en", "slavery in scam camps explained", false, ""},
	})
}

// A cry of a few words with a strong danger word keeps the help path from
// a classifier sure of another article: it reads only the place in it.
// Lines written for this test.
func TestShortCryKeepsHelpPath(t *testing.T) {
	sure := map[string]float64{"where-they-operate": 0.9}
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"vi", "bị nhốt trong KK garden", false},
		{"hi", "shwe kokko se kaise niklu", false},
		// Long enough to read, naming no one: the classifier decides.
		{"en", "my nephew says there are workers locked inside kk park who run scams all day, where is that place?", true},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent {
			t.Errorf("%s %q: not urgent by the cues, so the case tests nothing (cues %+v)", c.lang, c.text, f.Cues)
			continue
		}
		if got := f.YieldsTo("where-they-operate", 0.9, sure); got != c.want {
			t.Errorf("%s %q: yields %v, want %v (words %d, cues %+v)", c.lang, c.text, got, c.want, f.words, f.Cues)
		}
	}
	// A search typed as a few nouns, which the classifier reads with
	// certainty (the 63rd set's kind), yields; the same classifier less
	// sure does not.
	f := Detect("poipet raids 2023 passports seized", "en")
	if !f.Urgent {
		t.Fatalf("the search is not urgent by the cues, so the case tests nothing (cues %+v)", f.Cues)
	}
	certain := map[string]float64{"crackdowns-cambodia": 0.99}
	if !f.YieldsTo("crackdowns-cambodia", 0.99, certain) {
		t.Errorf("a search the classifier is certain of does not yield (cues %+v)", f.Cues)
	}
	if f.YieldsTo("crackdowns-cambodia", 0.9, certain) {
		t.Errorf("a search the classifier is only sure of yields (cues %+v)", f.Cues)
	}
}
