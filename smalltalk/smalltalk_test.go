package smalltalk

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		text string
		want Kind
	}{
		{"hi", Greeting}, {"Heyyy!!", Greeting}, {"hello there 👋", Greeting}, {"good morning bot", Greeting},
		{"thanks!", Thanks}, {"thank you so much 🙏", Thanks}, {"ok thanks", Thanks},
		{"bye", Bye}, {"ok", Ack}, {"👍 ok", Ack},
		{"what can you do?", Capabilities}, {"hi, what can you do", Capabilities}, {"who made you", Creator},
		{"how do I use this?", HowTo},
		// Chat spellings ([spelling]), also inside a phrase ("thank u").
		{"who are u, a real person or a program?", Capabilities}, {"are ya a real person or a computer", Capabilities},
		{"Ikaw ga ay tao o robot?", Capabilities}, {"is this a bot", Capabilities},
		{"wat can u do", Capabilities}, {"hw does dis work", HowTo}, {"who r u", Capabilities}, {"thank u", Thanks},
		{"你好", Greeting}, {"谢谢你！", Thanks}, {"你能做什么？", Capabilities},
		{"xin chào", Greeting}, {"cam on ban", Thanks}, {"bạn là ai", Capabilities},
		{"halo kak", Greeting}, {"makasih banyak", Thanks}, {"kamu bisa apa?", Capabilities},
		{"terima kasih banyak", Thanks}, {"awak siapa", Capabilities},
		{"สวัสดีครับ", Greeting}, {"ขอบคุณค่ะ", Thanks}, {"ทำอะไรได้บ้าง", Capabilities},
		{"namaste", Greeting}, {"धन्यवाद", Thanks}, {"tum kya kar sakte ho", Capabilities},
		{"kumusta po", Greeting}, {"salamat po", Thanks}, {"sino gumawa sayo", Creator},
		// Not small talk: a real question after the greeting, or nothing at all.
		{"hi, what is pig butchering?", None},
		{"thanks, but how do I report a scam in Thailand?", None},
		{"hello my brother is held in a compound", None},
		{"what can you do about my lost money", None},
		{"how to use /check", None},
		{"", None}, {"🙂", None}, {"pig butchering", None},
		{strings.Repeat("hi ", 200), None},
	} {
		if got := Classify(c.text).Kind; got != c.want {
			t.Errorf("Classify(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"xin chào", "vi"}, {"cam on", "vi"}, {"salamat po", "tl"}, {"你好", "zh"}, {"ok", ""}, {"hello", ""},
		{"makasih", "id"}, {"สวัสดีครับ", "th"}, {"shukriya", "hi"},
	} {
		if got := Classify(c.text).Lang; got != c.want {
			t.Errorf("Classify(%q).Lang = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"hi\n", "before the first"},
		{"[nope]\nhi\n", "unknown section"},
		{"[greeting]\nhi\nHi!\n", "repeats"},
		{"[greeting]\n!!!\n", "no letters"},
		{"[spelling]\nu you\n", "one chat spelling"},
		{"[spelling]\nu = you\n[greeting]\nhi\n[spelling]\nu = your\n", "spelt"},
	} {
		if _, err := Load(fstest.MapFS{"en.txt": {Data: []byte(c.text)}}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.text, err, c.want)
		}
	}
}

func TestLintData(t *testing.T) {
	if p := LintData(); len(p) > 0 {
		t.Errorf("embedded phrases: %v", p)
	}
	p := lint(fstest.MapFS{"vi.txt": {Data: []byte("[bye]\ntạm biệt\n")}})
	if len(p) != 1 || !strings.Contains(p[0], "greeting, thanks, capabilities") {
		t.Errorf("lint of a thin file: %v", p)
	}
}

// TestSpellingStaysInItsLanguage: English "u = you" read Vietnamese "ừ"
// (folded "u", yeah) as "you", so "you?" and "r u ok" were a Vietnamese
// "ok" and got the acknowledgement, in Vietnamese. A file's spellings now
// apply to its own phrases only.
func TestSpellingStaysInItsLanguage(t *testing.T) {
	for _, c := range []struct {
		text string
		want Result
	}{
		{"you", Result{}}, {"you?", Result{}},
		{"ừ", Result{Kind: Ack, Lang: "vi"}},
		{"who r u", Result{Kind: Capabilities, Lang: "en"}},
		{"thank u", Result{Kind: Thanks, Lang: "en"}},
	} {
		if got := Classify(c.text); got != c.want {
			t.Errorf("Classify(%q) = %+v, want %+v", c.text, got, c.want)
		}
	}
	s, err := Load(fstest.MapFS{
		"en.txt": {Data: []byte("[thanks]\nthank you\n[spelling]\nu = you\n")},
		"vi.txt": {Data: []byte("[ack]\nừ\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]Result{
		"thank u": {Kind: Thanks, Lang: "en"}, "you": {}, "ừ": {Kind: Ack, Lang: "vi"}, "u": {Kind: Ack, Lang: "vi"},
	} {
		if got := s.Classify(text); got != want {
			t.Errorf("two files: Classify(%q) = %+v, want %+v", text, got, want)
		}
	}
}
