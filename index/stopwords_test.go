package index

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestStopListsStrict: the loader refuses what would silently do nothing
// or the wrong thing.
func TestStopListsStrict(t *testing.T) {
	for _, c := range []struct {
		name, file, body, want string
	}{
		{"repeated word", "vi.txt", "la cai\ngi la\n", `"la" is already on line 1`},
		{"unknown language", "xx.txt", "foo\n", "not a language"},
		{"Chinese entry too long", "zh.txt", "的 什么\n", "one character per entry"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadLists(fstest.MapFS{"stopwords/" + c.file: {Data: []byte(c.body)}})
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.file) {
				t.Errorf("error %v, want one naming %s and saying %q", err, c.file, c.want)
			}
		})
	}
	l, err := loadLists(fstest.MapFS{"stopwords/th.txt": {Data: []byte("# comment ครับ\nครับ นะ # a trailing comment\n")}})
	if err != nil || strings.Join(l.breakWords["th"], " ") != "ครับ นะ" {
		t.Errorf("comments not skipped: %q, %v", l.breakWords["th"], err)
	}
}

// TestStopWordsInUse: the embedded lists reach the analyser — a stop word
// of each language's file, and an English one in another language, is
// not a term; a Chinese break character cuts bigrams.
func TestStopWordsInUse(t *testing.T) {
	for _, c := range []struct{ lang, text, gone string }{
		{"en", "what is the compound", "what"},
		{"vi", "cai gi la lua dao", "cai"},
		{"id", "apa itu penipuan", "apa"},
		{"hi", "kya hai scam", "kya"},
		{"tl", "ano ang scam", "ano"},
		{"ms", "apa itu penipuan", "itu"},
		{"vi", "what lua dao", "what"},
	} {
		for _, term := range AnalyzerFor(c.lang).Terms(c.text) {
			if term == c.gone {
				t.Errorf("%s %q: stop word %q kept", c.lang, c.text, c.gone)
			}
		}
	}
	for _, term := range AnalyzerFor("zh").Terms("诈骗是什么") {
		if strings.ContainsRune(term, '是') {
			t.Errorf("zh: bigram %q spans the break character 是", term)
		}
	}
}
