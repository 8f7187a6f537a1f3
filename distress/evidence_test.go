package distress

import "testing"

// Every help-path finding falls in one evidence group, by which its score
// is measured and looked up; a finding that is not urgent in none. Messages
// written for this test.
func TestEvidence(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		net        bool // the finding comes from the safety net (no classifier)
		want       string
	}{
		// A place or a country named.
		{"en", "my nephew is shut inside a compound near Bavet and the guards hit him", false, EvidencePlace},
		{"id", "suami saya dikurung di sebuah kompleks di Myawaddy, HP-nya disita", false, EvidencePlace},
		{"th", "พี่ชายผมถูกขังอยู่ที่เมียวดี", false, EvidencePlace},
		{"zh", "我现在在柬埔寨西港的公司里出不来，老板不让走", false, EvidencePlace},
		{"hi", "meri beti myawaddy ke ek office me band hai, uska phone cheen liya", false, EvidencePlace},
		// Danger concepts weighing 3 or more, no place.
		{"en", "the boss keeps my papers, the guards kick us and nobody may go out", false, EvidenceStrong},
		{"id", "paspor saya ditahan dan saya dipukul, tidak bisa pulang", false, EvidenceStrong},
		{"zh", "我弟弟被打了，护照也被扣了，回不来", false, EvidenceStrong},
		// One strong concept (or two weak ones), no place.
		{"en", "my husband got beaten", false, EvidenceWeak},
		{"en", "i was sold", false, EvidenceWeak},
		{"ms", "suami saya dipukul teruk oleh bos", false, EvidenceWeak},
		{"vi", "em trai tôi bị đánh", false, EvidenceWeak},
		// A general question outweighed by a relative named: the group
		// goes by the doubt, whatever else is named.
		{"en", "my son is trapped over there, why do they do this to people?", false, EvidenceGeneral},
		{"tl", "bakit ganito, binugbog nila ang kapatid ko, normal ba ito doon?", false, EvidenceGeneral},
		// The urgent rule does not fire; the safety net does.
		{"en", "do they usually beat people like me when we cannot pay?", true, EvidenceNet},
		{"ms", "adakah normal staf dipukul bila gagal capai sasaran? saya risau", true, EvidenceNet},
		// Neither.
		{"en", "how many legs does a spider have", false, ""},
		{"en", "what if the hotel asks to hold my passport at check-in?", true, ""},
	} {
		f := Detect(c.text, c.lang)
		if c.net {
			if f.Urgent {
				t.Errorf("%s %q: urgent by the cues, want the safety net's case", c.lang, c.text)
			}
			f = Net(f, nil)
		}
		if f.Net != (c.want == EvidenceNet) {
			t.Errorf("%s %q: Net %v", c.lang, c.text, f.Net)
		}
		if got := f.Evidence(); got != c.want {
			t.Errorf("%s %q: evidence %q, want %q (strength %d, cues %+v)", c.lang, c.text, got, c.want, f.Strength, f.Cues)
		}
	}
	// Net leaves an urgent finding as it is: it is the cues' evidence.
	if f := Net(Detect("my husband got beaten", "en"), nil); f.Net || f.Evidence() != EvidenceWeak {
		t.Errorf("Net on an urgent finding: Net %v, evidence %q", f.Net, f.Evidence())
	}
}
