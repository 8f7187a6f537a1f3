package distress

import "testing"

// The nineteenth blind set's kinds, with lines written for this test:
// danger words in their everyday senses (an event held, a feeling of
// being trapped, a broken key's piece stuck, an animal to trap or trapped,
// locked out of a house, a towed car, provident fund money, a typo
// neighbour of a danger word), and help messages told with the subject
// dropped from the road or after a beating for a missed quota. Their
// contrasts keep the help path.
func TestSet19Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "our youth concert will be held next saturday, help me write the invitation", false, ""},
		{"en", "my daughter feels stuck in her nursing course, how do we talk about changing", false, ""},
		{"en", "I feel so trapped in this marriage, where can I get counselling", false, ""},
		{"en", "the car key broke in the ignition and half is stuck inside, what now", false, ""},
		{"en", "best bait to trap a rat in the kitchen ceiling", false, ""},
		{"en", "where can I report dog breeding in a flat next door", false, ""},
		{"tl", "yung aso namin natrap sa bubong, sino pwede tawagan", false, ""},
		{"vi", "bị nhốt ngoài cửa vì quên chìa khóa, gọi ai mở giúp", false, ""},
		{"ms", "motor aku kena tunda semalam, macam mana nak ambil balik kat depoh", false, ""},
		{"hi", "PF ka paisa kab tak milta hai job chhodne ke baad", false, ""},
		// Their contrasts, and the help messages' kinds.
		{"en", "I feel trapped, they took my passport and lock the door at night", true, ArticleSelf},
		{"en", "hit with a stick again tonight for missing the quota. help", true, ArticleSelf},
		{"en", "are people beaten there if they miss their targets?", false, ""},
		{"id", "lg naik van ke perbatasan, hp semua diambil sopir, takut", true, ArticleSelf},
		{"ms", "atas bas ni skrg, passport kena kutip semua, rasa tak sedap hati", true, ArticleSelf},
		{"en", "they say you owe them for the flight as soon as you arrive, is that how it works?", false, ""},
	})
}
