package index

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scambot/scambot/knowledge"
)

func TestAnalyzerTerms(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "What is a Pig Butchering scam?", []string{"pig", "butcher", "scam"}},
		{"en", "ＰＡＳＳＰＯＲＴ １２３", []string{"passport", "123"}},
		{"vi", "lừa đảo việc nhẹ lương cao", []string{"lua", "dao", "viec", "nhe", "luong", "cao"}},
		{"vi", "lua dao viec nhe luong cao", []string{"lua", "dao", "viec", "nhe", "luong", "cao"}},
		{"zh", "杀猪盘是什么", []string{"杀猪", "猪盘"}},
		{"zh", "我被骗了怎么办", []string{"骗", "办"}},
		{"zh", "诈骗 scam", []string{"诈骗", "scam"}},
		{"th", "งาน", []string{"งา", "าน"}},
		{"th", "ก่อน จำ", []string{"ก่อ", "อน", "จำ"}},
		{"en", "", nil},
		{"en", "🙏🙏🙏", nil},
		{"en", "title:* +-\" \\", []string{"titl"}},
	}
	for _, tt := range tests {
		got := AnalyzerFor(tt.lang).Terms(tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(%s, %q) = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestHindiKeepsVowelSigns(t *testing.T) {
	got := AnalyzerFor("hi").Terms("पासपोर्ट")
	if len(got) != 1 || !strings.HasPrefix(got[0], "पासप") {
		t.Errorf("Terms(पासपोर्ट) = %q: the vowel signs must stay", got)
	}
}

func TestExpandSynonyms(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "what is a fraud factory", "what is a scam compound"},
		{"en", "Scam Parks in Laos", "scam compound in Laos"},
		{"en", "sha zhu pan", "pig butchering"},
		{"en", "where does the name pig-killing come from", "where does the name pig butchering come from"},
		{"en", "first they are fattening the pig", "first they are pig butchering"},
		{"en", "how long to fatten pigs for market", "how long to fatten pigs for market"},
		{"en", "my son was kidnapped", "my son was trafficked"},
		{"en", "nothing to change here", "nothing to change here"},
		// Dialect words, whole words only, and the English groups too.
		{"id", "carane ngecek agensi kuwi piye", "caranya ngecek agensi itu bagaimana"},
		{"id", "opor ayam", "opor ayam"},
		{"ms", "kijo dok negeri mano", "kerja dok negeri mana"},
		{"tl", "giunsa nako pag-gawas, gikuha ang passport", "paano nako pag-labas, kinuha ang passport"},
		{"tl", "nasa scam park siya", "nasa scam compound siya"},
		// Words with letters outside ASCII: whole words, side by side too.
		{"hi", "इतणी बार छापे पड़े, फेर यो धंधा बंद क्यूँ ना होंदा?", "इतनी बार छापे पड़े, फिर ये धंधा बंद क्यों ना होता?"},
		{"hi", "योग के लिए", "योग के लिए"},
		{"hi", "yo log kaise fasaave sein, you know", "ye log kaise fasate hain, you know"},
		{"vi", "người ta sống trong đó ra răng, bên nớ là chi rứa", "người ta sống trong đó thế nào, bên đó là gì thế"},
		{"vi", "răng bị sâu", "răng bị sâu"},
		// Written Cantonese, matched anywhere: 電話 keeps its 話.
		{"zh", "点解咁多后生仔会俾人呃去柬埔寨", "为什么咁多年轻人会被人骗去柬埔寨"},
		{"zh", "香港有冇熱線電話", "香港有没有熱線電話"},
	}
	for _, tt := range tests {
		got, _ := expand(tt.lang, tt.in)
		if got != tt.want {
			t.Errorf("expand(%s, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

// The synonym files are data: a bad file is an error that names it.
func TestLoadSynonymsErrors(t *testing.T) {
	for name, text := range map[string]string{
		"xx.txt": "[a]\nb\n",
		"en.txt": "b\n",
		"id.txt": "[a]\n",
		"ms.txt": "[ ]\nb\n",
		"tl.txt": "[a]\n(b\n",
	} {
		fsys := fstest.MapFS{"synonyms/" + name: {Data: []byte(text)}}
		if _, err := loadSynonyms(fsys); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s %q: error %v, want one naming the file", name, text, err)
		}
	}
}

func buildTest(t testing.TB) *Index {
	t.Helper()
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), kb.All())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// User text is never query syntax: these all search as plain words (or
// find nothing) without an error.
func TestHostileQueries(t *testing.T) {
	ix := buildTest(t)
	for _, q := range []string{
		"", "title:*", `+-"`, `\`, `title:* AND body:"x`, "*", "~~~", "((((", "🙏🙏", "\xff\xfe\x00",
		strings.Repeat("pig butchering ", 2000),
		strings.Repeat("诈", 20000),
	} {
		aq, err := ix.Analyze("en", q)
		if err != nil {
			t.Fatalf("Analyze(%.20q): %v", q, err)
		}
		if len(aq.Terms) > maxQueryTerms {
			t.Errorf("query has %d terms, cap is %d", len(aq.Terms), maxQueryTerms)
		}
		if _, err := ix.Search(context.Background(), aq, 5); err != nil {
			t.Errorf("Search(%.20q): %v", q, err)
		}
	}
}

func TestSearchFindsTopic(t *testing.T) {
	ix := buildTest(t)
	q, err := ix.Analyze("en", "what is sha zhu pan")
	if err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].ID != "pig-butchering" {
		t.Fatalf("hits = %+v, want pig-butchering first", hits)
	}
	if hits[0].Coverage < 0.5 || hits[0].Coverage > 1 {
		t.Errorf("coverage %.2f out of the expected range", hits[0].Coverage)
	}
	if _, err := ix.Analyze("xx", "anything"); err == nil {
		t.Error("unknown language: want an error")
	}
}

// BenchmarkBuild measures building the index at start-up: the English
// base alone (issue 2's figure) and every language.
func BenchmarkBuild(b *testing.B) {
	kb, err := knowledge.Load("")
	if err != nil {
		b.Fatal(err)
	}
	var english []*knowledge.Article
	for _, a := range kb.All() {
		if a.Lang == "en" {
			english = append(english, a)
		}
	}
	for _, bc := range []struct {
		name     string
		articles []*knowledge.Article
	}{{"en", english}, {"all", kb.All()}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix, err := Build(context.Background(), bc.articles)
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	ix := buildTest(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		q, _ := ix.Analyze("en", "How do I verify a job offer before I travel?")
		if _, err := ix.Search(ctx, q, 8); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHindiSpellingVariants(t *testing.T) {
	a := AnalyzerFor("hi")
	for _, pair := range [][2]string{{"ऑफ़र", "ऑफर"}, {"फँस", "फंस"}, {"फ़्रॉड", "फ्रॉड"}} {
		x, y := a.Terms(pair[0]), a.Terms(pair[1])
		if !reflect.DeepEqual(x, y) {
			t.Errorf("%s → %q but %s → %q: want the same term", pair[0], x, pair[1], y)
		}
	}
}
