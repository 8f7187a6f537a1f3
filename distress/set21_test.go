package distress

import "testing"

// The twenty-first blind set's kinds, with lines written for this test: a
// body part or something in the body stuck (benign: a relative named is
// the one with the trouble), a stuck pixel, goods one is "stuck with", a
// pet shrimp in an aquarium filter; a relative's last message and then
// silence (weak, with a warning not to send money: together urgent).
func TestSet21Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my son got his finger stuck in the bathroom door lock, it's swollen, what do I do", false, ""},
		{"en", "a fishbone is stuck in my throat since dinner, how to get it out", false, ""},
		{"en", "stuck key on my laptop keyboard after spilling tea", false, ""},
		{"en", "I'm stuck with 40 crates of tomatoes after the buyer cancelled, how do I keep them fresh", false, ""},
		{"vi", "con trai mình bị kẹt tay vào ngăn kéo, sưng lên rồi", false, ""},
		{"ms", "tulang ikan tersangkut dalam tekak anak saya, nak pergi klinik ke", false, ""},
		{"tl", "naipit yung daliri ng pamangkin ko sa pinto ng kotse, namamaga", false, ""},
		{"th", "ลูกปลาติดอยู่ในตู้กรอง จะเอาออกยังไง", false, ""},
		// Their contrasts, and the help message's kind.
		{"en", "my brother is stuck in a compound in Myawaddy, they took his passport", true, ArticleOther},
		{"en", "my sister messaged 'please help me' from Poipet last week, then nothing", true, ArticleOther},
		// "we" and "him" named, the danger said of him only: a family
		// writing about him; a danger said of the writer keeps the writer.
		{"en", "should we pay? the boss says they will sell him unless we send 2000 dollars", true, ArticleOther},
		{"en", "they took my phone and beat him, we are so scared here", true, ArticleSelf},
		{"en", "kaka is locked in a building in Myawaddy, what do we do from Dar", true, ArticleOther},
		{"tl", "huling text ng anak ko 'wag kayo magbigay ng pera kahit kanino' tapos wala na, 10 araw na", true, ArticleOther},
	})
}
