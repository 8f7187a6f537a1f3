package bot

import (
	"context"
	"testing"
)

// TestRelativeAsSourceNotForced: a relative or a teacher who only tells or
// asks about people in general, a mother stuck in a lift and a lock screen
// are not forced onto the help path by the cues or the safety net (the
// classifier may still answer with any article on its own); the same words
// said of the relative keep the help path (distress.TestRelativeAsSourceOrAsker
// has the cue-level table in every language).
func TestRelativeAsSourceNotForced(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "my teacher said young people are held in buildings and forced to cheat", false},
		{"en", "my grandson asks me why people cannot just walk out of these buildings", false},
		{"en", "my mom was stuck in the lift of our apartment for 20 minutes, who is responsible for maintaining the lift?", false},
		{"en", "how do I hide message previews on the lock screen in whatsapp", false},
		{"zh", "我妈被困在小区电梯里二十分钟，电梯归谁维修", false},
		{"vi", "mẹ em bị kẹt trong thang máy chung cư 20 phút, ai chịu trách nhiệm bảo trì thang máy", false},
		{"id", "pendeta kami bilang anak anak muda dikurung di gedung dan dipaksa nipu, beneran?", false},
		{"ms", "ustaz kami cakap budak budak muda dikurung dalam bangunan dan dipaksa menipu, betul ke?", false},
		{"th", "หลานถามว่าทำไมคนพวกนั้นไม่เดินออกจากตึกไปเลย", false},
		{"hi", "meri mummy society ki lift me 20 minute fas gayi, lift ki maintenance kiski zimmedari hai", false},
		{"tl", "tanong ng apo ko bakit hindi na lang lumabas ang mga tao sa mga building na yun", false},
		{"en", "my brother says they beat him and he cannot leave", true},
		{"en", "my friend said they took her passport and lock her in", true},
		{"zh", "我姐说那边的年轻人都被关着，她也出不来", true},
		{"id", "temen aku bilang anak muda di sana dikurung, dan dia juga gak bisa keluar", true},
		{"hi", "mera bhai puchta hai ki log usko kyun maarte hain, wo nikal nahi sakta", true},
		{"tl", "tanong ni mama bakit kinulong nila si kuya", true},
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
