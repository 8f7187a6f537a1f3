package distress

import "testing"

// A word typed with diacritics is the word those marks spell: Vietnamese
// "vẫn" (still) is not the English "van" of a transit, "nợ" (debt) is not
// the pronoun "nó". Typed without marks, both still match. Lines written
// for this test.
func TestMarksTellWordsApart(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       string // a cue kind the words must (or must not) fire
		words      string
		want       bool
	}{
		{"vi", "mình vẫn ổn, cảm ơn bạn nhiều", "concept", "vẫn", false},
		{"vi", "em vẫn chưa nhận được lương, công ty nói còn nợ", "pronoun", "nợ", false},
		{"vi", "nó bị đánh vì không đủ chỉ tiêu", "pronoun", "nó", true},
		{"en", "they put us in a van at night and drove for hours", "concept", "van", true},
	} {
		f := Detect(c.text, c.lang)
		got := false
		for _, cue := range f.Cues {
			if cue.Kind == c.kind && cue.Words == c.words {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s %q: %s cue %q fired %v, want %v (cues %+v)", c.lang, c.text, c.kind, c.words, got, c.want, f.Cues)
		}
	}
	testUrgent(t, []urgentCase{
		{"vi", "mình vẫn ổn, hôm nay trời đẹp quá", false, ""},
		{"vi", "con trai tôi vẫn bị giữ ở campuchia, họ lấy hộ chiếu", true, ArticleOther},
		{"vi", "chồng tôi nợ công ty 5000 đô, họ không cho về", true, ArticleOther},
	})
}
