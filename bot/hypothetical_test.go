package bot

import (
	"context"
	"testing"
)

// TestHypotheticalNotForced: a question about what an employer might do,
// or a relative repeating what is said of people in general, is not forced
// onto the help path by the cues or the safety net (the classifier may still
// answer it with any article on its own); the same danger said as done, or of
// someone named, keeps the help path (distress.TestHypotheticalAndHearsay
// has the cue-level table).
func TestHypotheticalNotForced(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "what if my new boss in dubai decides to hold on to my passport, can he do that?", false},
		{"en", "is it legal if the recruiter keeps our passports until the contract ends?", false},
		{"en", "my grandma keeps telling me people who go to myanmar get locked up and never come back. where does that even happen?", false},
		{"vi", "lỡ như công ty giữ hộ chiếu của em thì em có quyền đòi lại không?", false},
		{"id", "gimana kalo agen nahan paspor aku pas udah tanda tangan kontrak?", false},
		{"tl", "paano kung kunin ng employer ang passport ko pagdating doon, legal ba yun?", false},
		{"en", "they took my passport last week, what if I try to run at night?", true},
		{"en", "my uncle says people there beat him and he cannot leave the compound", true},
		{"en", "what happens if we pay the ransom they demand for my daughter, will they free her?", true},
		{"zh", "护照被他们收了，万一我逃跑被抓怎么办", true},
		{"id", "paspor aku udah disita, gimana kalo aku kabur malam ini", true},
		{"hi", "mera passport chheen liya hai, maan lo main bhaag jaun to kya hoga", true},
	} {
		r, err := b.Ask(context.Background(), c.text, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if c.help {
			if id, ok := helpPath(t, b, c.text, c.lang); !ok {
				t.Errorf("%s %q: got %q, want the help path", c.lang, c.text, id)
			}
		} else if r.Urgent != nil {
			t.Errorf("%s %q: forced onto the help path (%s)", c.lang, c.text, r.Urgent.Article)
		}
	}
}
