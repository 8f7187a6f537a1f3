package distress

import "testing"

// TestGettingOutOfHere: a short "how do I get out of here" from the writer,
// in chat shorthand (Malay and Indonesian cmne, nk, dr, sni, klr; Tagalog
// pano, d2; Vietnamese without diacritics; Hinglish), is the help path in
// every language, while the way from here to somewhere else is not.
func TestGettingOutOfHere(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "how do i get out of here", true},
		{"en", "how to get out of here pls", true},
		{"en", "how do i get from here to the airport", false},
		{"en", "how do i get out of this group chat", false},
		{"ms", "camne nak keluar dr sini", true},
		{"ms", "mcm mne nk lari dri sni", true},
		{"ms", "tlg x bole klr dr sini", true},
		{"ms", "macam mana nk lepas dari sini", true},
		{"ms", "camne nak balik dari sini ke KL", false},
		{"ms", "macam mana nak pergi dari sini ke stesen bas", false},
		{"id", "gimana cara keluar dari sini", true},
		{"id", "gmn mau lari dri sini", true},
		{"id", "gimana cara ke bandara dari sini", false},
		{"tl", "pano makaalis dto", true},
		{"tl", "paano ako makakatakas dito", true},
		{"tl", "paano pumunta sa airport mula dito", false},
		{"vi", "lam sao de tron khoi day", true},
		{"vi", "lm sao thoat ra dc", true},
		{"vi", "lam sao thoat khoi cho nay", true},
		{"vi", "lam sao di tu day ra san bay", false},
		{"hi", "yahan se kaise niklu", true},
		{"hi", "kaise niklun yahan se", true},
		{"hi", "yahan se airport kaise jaun", false},
		{"th", "จะออกไปจากที่นี่ยังไง", true},
		{"th", "หนีออกจากที่นี่ยังไงดี", true},
		{"th", "จากที่นี่ไปสนามบินยังไง", false},
		{"zh", "怎么离开这里", true},
		{"zh", "怎么才能从这里逃出去", true},
		{"zh", "从这里怎么去机场", false},
		{"zh", "怎么退出这个群", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent || c.urgent && f.Article != ArticleSelf {
			t.Errorf("%s %q: urgent %v (%s, strength %d, cues %+v), want %v", c.lang, c.text, f.Urgent, f.Article, f.Strength, f.Cues, c.urgent)
		}
	}
}
