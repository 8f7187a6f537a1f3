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
