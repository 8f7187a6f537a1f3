package bot

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
)

// Binary bytes are not a question: whatever letters chance makes of them
// must not be searched, nor decide the reply's language.
func TestAskBinary(t *testing.T) {
	b := newTestBot(t)
	rng := rand.New(rand.NewPCG(1, 2))
	inputs := []string{"\xff\xfe\xfd\xc3(\xe2\x80abc\xff\xfe\xfd", "\x01\x02\x03\x04\x05ab\x06\x07\x08", "fU\x15\xa9)\xf1Q\xe5o", "~I\x9f\x9c-j."}
	for len(inputs) < 40 {
		buf := make([]byte, 20+rng.IntN(400))
		for i := range buf {
			buf[i] = byte(rng.UintN(256))
		}
		inputs = append(inputs, strings.ReplaceAll(string(buf), "\n", " "))
	}
	want := Messages("en").EmptyQuestion
	for _, in := range inputs {
		r, err := b.Ask(context.Background(), in, "")
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != KindInfo || r.Lang != "en" || !strings.Contains(r.Body, want) {
			t.Errorf("%q: kind %s lang %s %q, want the English no-words reply", in, r.Kind, r.Lang, r.Body)
		}
	}
	// A stray byte in a real question loses nothing.
	for _, in := range []string{"\x00what is pig butchering", "what is pig\xff butchering\x1b[2J"} {
		r, err := b.Ask(context.Background(), in, "")
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != KindAnswer || r.Article == nil || r.Article.ID != "pig-butchering" {
			t.Errorf("%q: kind %s %+v, want the pig-butchering answer", in, r.Kind, r.Article)
		}
	}
}

// Terminal control sequences in what users send are removed whole before
// the core reads the text: their payload (a hyperlink's address, a colour
// code) must not be searched, nor quoted back in a check's excerpts.
func TestCleanInputDropsSequencesWhole(t *testing.T) {
	tests := []struct{ in, want string }{
		{"apply \x1b]8;;https://x.example/job\x1b\\here\x1b]8;;\x1b\\ now", "apply here now"},
		{"red \x1b[31mURGENT\x1b[0m!", "red URGENT!"},
		{"c1 \u009b31mCSI \u009d8;;http://y\u009clink\u009d8;;\u009c", "c1 CSI link"},
		{"lost ]8;;https://x.example/\\link]8;;\\ end", "lost link end"},
		{"ref [8] stays\x00, bell\x07", "ref [8] stays , bell "},
	}
	for _, tt := range tests {
		if got := CleanInput(tt.in); got != tt.want {
			t.Errorf("CleanInput(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	b := newTestBot(t)
	link := "\x1b]8;;https://hr-fast.example/apply?ref=8;;\x1b\\"
	offerText := "URGENT hiring " + link + "customer service\x1b]8;;\x1b\\ in Sihanoukville, \u009b1m$3000\u009b0m a month, " +
		"send your passport copy \x1b]8;;http://t.example/hr_fast now. Leave next week!"
	r := b.Check(offerText, "")
	if r.Check == nil || len(r.Check.Signals) == 0 {
		t.Fatalf("no check: %+v", r)
	}
	md := r.Markdown()
	for _, leftover := range []string{"]8;", "8;;", "http", "1m$", "0m a"} {
		if strings.Contains(md, leftover) {
			t.Errorf("check reply quotes %q:\n%s", leftover, md)
		}
	}
}
