package distress

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scambot/scambot/fold"
)

// A phrase is one alternative only in parentheses (or in a list); an
// alternation next to a word in a group reads as a sequence. Cues and
// texts written for this test.
func TestGroups(t *testing.T) {
	defs := map[string][]alt{}
	for _, d := range []string{"@go = keluar|balik kampung", "@neg = tak|tidak"} {
		k, list, _, err := parseDef(d)
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		defs[k] = list
	}
	for _, c := range []struct {
		cue, text string
		want      bool
	}{
		{"(bayar|lunasi|ganti rugi)", "suruh ganti rugi", true},
		{"(bayar|lunasi|ganti rugi)", "harus bayar dulu", true},
		{"(bayar|lunasi|ganti rugi)", "ganti baju", false},
		{"(ganti rugi|bayar) dulu", "ganti rugi dulu", true},
		{"(ganti rugi|bayar) dulu", "bayar dulu", true},
		{"(ganti rugi|bayar) dulu", "rugi dulu", false},
		{"came (back|home)", "he came home", true},
		{"came (back|home)", "home", false},
		{"(came back|home)", "home", true},
		{"(came back|home)", "came late", false},
		// Alternatives of different lengths, each tried with the rest.
		{"(on hold|on) the line", "on the line", true},
		{"(on hold|on) the line", "on hold the line", true},
		{"account* .. (held|on hold)", "my account is on hold", true},
		{"account* .. (held|on hold)", "accounts on time", false},
		{"(recovery service*|hacker*)", "a recovery services firm", true},
		{"(recovery service*|hacker*)", "recovery went well", false},
		{"@neg @go", "tak balik kampung", true},
		{"@neg @go", "tidak keluar", true},
		{"@neg @go", "tak balik", false},
		{"(@neg|never) @go", "never keluar", true},
		{"(他们|大家) 被骗", "大家被骗了", true},
		{"(他们|大家) 被骗", "他被骗了", false},
		{"(kya sach|aksar)", "kya sach mein", true},
		{"(kya sach|aksar)", "kya hua", false},
		{"(kya sach|aksar)", "aksar hota hai", true},
	} {
		toks, loose, err := parsePattern(c.cue, defs)
		if err != nil {
			t.Errorf("%q: %v", c.cue, err)
			continue
		}
		if len(loose) > 0 {
			t.Errorf("%q: reported by the lint: %v", c.cue, loose)
		}
		text := fold.Tokens(c.text)
		got := false
		for i := range text {
			if matchAt(toks, text, i) > i {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.cue, c.text, got, c.want)
		}
	}
}

// An alternation without parentheses next to another word is reported by
// the lint, each run once; alone, between gaps or as a list named alone it
// is plain. So is an alternative written twice.
func TestLoose(t *testing.T) {
	defs := map[string][]alt{"bi": {{{text: "bi"}}}}
	for _, c := range []struct {
		cue  string
		want []string
	}{
		{"bayar|lunasi|ganti rugi", []string{"bayar|lunasi|ganti rugi"}},
		{"ganti rugi|bayar", []string{"ganti rugi|bayar"}},
		{"account* .. held|on hold", []string{"held|on hold"}},
		{"my brother|sister .. locked|trapped .. in|inside the compound", []string{"my brother|sister", "in|inside the compound"}},
		{"trapped|stuck", nil},
		{"phone .. taken|seized .. by|from", nil},
		{"@bi giữ", nil},
		{"my (brother|sister)", nil},
		{"(on hold|frozen) account*", nil},
		{"(mataas|mataas) na", []string{`"mataas" is written twice`}},
		{"(=hold|on hold|=hold)", []string{`"=hold" is written twice`}},
		{"(@bi|bi) giữ", nil}, // a list may share a word
	} {
		_, notes, err := parsePattern(c.cue, defs)
		if err != nil {
			t.Errorf("%q: %v", c.cue, err)
			continue
		}
		ok := len(notes) == len(c.want)
		for i := 0; ok && i < len(notes); i++ {
			ok = strings.Contains(notes[i], c.want[i])
		}
		if !ok {
			t.Errorf("%q: lint notes %q, want %q", c.cue, notes, c.want)
		}
	}
	if _, _, dups, _ := parseDef("@x = cant|cannot|cant"); len(dups) != 1 {
		t.Errorf("a word twice in a list: %q", dups)
	}
	p := lint(fstest.MapFS{"id.txt": {Data: []byte("[concept debt 2]\nbayar|lunasi|ganti rugi\n")}})
	if !strings.Contains(strings.Join(p, "\n"), `id.txt:2: "bayar|lunasi|ganti rugi": in "bayar|lunasi|ganti rugi" an alternation without parentheses`) {
		t.Errorf("lint of a loose alternation: %v", p)
	}
}

func TestGroupErrors(t *testing.T) {
	for _, c := range []struct{ cue, want string }{
		{"(a|b", "not closed"},
		{"(a|(b|c))", "do not nest"},
		{"(a|b)c", "stands alone"},
		{"x(a|b)", "stands alone"},
		{"(ab)", "alternatives separated by |"},
		{"(a||b)", "empty alternative"},
		{"(a .. b|c)", "words only"},
		{"(a @x|c)", "words only"},
		{"(园|x)", "mix a spaced and a dense"},
		{"a|b c|d", ""}, // parses (the lint reports it)
	} {
		_, _, err := parsePattern(c.cue, map[string][]alt{"x": {{{text: "x"}}}})
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.cue, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%q: error %v, want %q", c.cue, err, c.want)
		}
	}
	for _, d := range []string{"@x = (a|b)", "@x = a||b", "@x = a|@y"} {
		if _, _, _, err := parseDef(d); err == nil {
			t.Errorf("%q: no error", d)
		}
	}
}

// Lines that were written as 'a|b c' meaning a phrase as the last
// alternative, rewritten with parentheses: each alternative now matches on
// its own. Messages written for this test.
func TestPhraseAlternatives(t *testing.T) {
	for _, c := range []struct {
		lang, text, kind, words string
	}{
		{"en", "my account is on hold since monday", "benign", "account is on hold"},
		{"en", "stuck at the hotel waiting to be taken across", "concept", "waiting to be taken"},
		{"en", "no way to escape from here", "concept", "no way to escape"},
		{"en", "what number i can call", "hotline", "number i can call"},
		{"hi", "mera phone le liya unhone", "concept", "phone le liya"},
		{"hi", "ghar wale pareshan hain", "other", "ghar wale"},
		{"hi", "vo wapas aa gaya kal", "returned", "wapas aa gaya"},
		{"tl", "kinuha ang passport ng boss namin", "concept", "passport ng boss"},
		{"tl", "gusto ko ma rescue", "concept", "ma rescue"},
		{"vi", "điện thoại bị treo mãi", "everyday", "điện thoại bị treo"},
		{"vi", "máy bị treo rồi", "everyday", "máy bị treo"},
		{"vi", "họ lấy passport của tôi", "concept", "lấy passport"},
		{"vi", "bọn nó thu hộ chiếu rồi", "concept", "thu hộ chiếu"},
		{"ms", "hutang dia orang banyak", "concept", "hutang dia orang"},
	} {
		f := Detect(c.text, c.lang)
		found := false
		for _, cue := range f.Cues {
			if cue.Kind == c.kind && cue.Words == c.words {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: no %s cue on %q: %+v", c.lang, c.text, c.kind, c.words, f.Cues)
		}
	}
}

// In a script without spaces a cue is also the start or the end of a
// longer word: 他 (he) is in 他们 (they) and 其他 (other), เขา (he, she) in
// พวกเขา (they) and ภูเขา (mountain). A [word] cue holds them: the pronoun
// found inside does not count, and is looked for again after it.
// Messages written for this test.
func TestWholeWords(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		pronoun    string // the words of the pronoun cue, "" for none
		urgent     bool
	}{
		{"zh", "他们为什么要收护照？他们会打人吗", "", false},
		{"zh", "她们说那边工资高，其他人都去了", "", false},
		{"zh", "其他人的護照也被收走了嗎", "", false},
		{"zh", "他们把他关起来了，护照也被收走", "他", true},
		{"zh", "他被关在园区，护照被收走了", "他", true},
		{"zh", "她们把她关起来了，护照也被收走", "她", true},
		{"th", "พวกเขายึดพาสปอร์ตไปแล้วเหรอ", "", false},
		{"th", "บ้านแถวภูเขา เขาโดนขังอยู่ในตึก ยึดพาสปอร์ตไปแล้ว", "เขา", true},
		{"th", "เขาโดนขังอยู่ในตึก ยึดพาสปอร์ตไปแล้ว", "เขา", true},
	} {
		f := Detect(c.text, c.lang)
		got := ""
		for _, cue := range f.Cues {
			if cue.Kind == "pronoun" {
				got = cue.Words
			}
			if cue.Kind == "word" {
				t.Errorf("%s %q: a whole word is reported as a cue: %+v", c.lang, c.text, f.Cues)
			}
		}
		if got != c.pronoun || f.Urgent != c.urgent {
			t.Errorf("%s %q: pronoun %q urgent %v, want %q %v (%+v)", c.lang, c.text, got, f.Urgent, c.pronoun, c.urgent, f.Cues)
		}
	}
}
