package distress

import "testing"

// A number asked of a body that helps people out, with no danger named
// ("minta nomor KBRI ..., urgent"): the hotlines answer when the
// classifier leans to them (Net, asksBodyNumber), in every language. Lines
// written for this test.
func TestNetBodyNumber(t *testing.T) {
	hotlinesFirst := map[string]float64{ArticleHotlines: 0.45, ArticleSelf: 0.1, "-": 0.1}
	oosFirst := map[string]float64{ArticleHotlines: 0.35, "-": 0.5}
	weak := map[string]float64{ArticleHotlines: 0.2, "-": 0.1}
	for _, c := range []struct {
		lang, text string
		probs      map[string]float64
		want       string
	}{
		{"id", "tolong kasih nomor KBRI di bangkok, cepat", hotlinesFirst, ArticleHotlines},
		{"en", "need the embassy hotline in phnom penh asap", hotlinesFirst, ArticleHotlines},
		{"ms", "nombor kedutaan malaysia kat yangon berapa, urgent", hotlinesFirst, ArticleHotlines},
		{"vi", "cho em xin số điện thoại đại sứ quán ở campuchia gấp", hotlinesFirst, ArticleHotlines},
		{"th", "ขอเบอร์สถานทูตไทยที่พนมเปญด่วน", hotlinesFirst, ArticleHotlines},
		{"zh", "急！中国驻柬埔寨大使馆电话是多少", hotlinesFirst, ArticleHotlines},
		{"hi", "embassy ka number chahiye phnom penh me, jaldi", hotlinesFirst, ArticleHotlines},
		{"tl", "ano number ng embassy natin sa cambodia? urgent po", hotlinesFirst, ArticleHotlines},
		// The classifier leans elsewhere, or hardly at all.
		{"id", "tolong kasih nomor KBRI di bangkok, cepat", oosFirst, none},
		{"id", "tolong kasih nomor KBRI di bangkok, cepat", weak, none},
		{"id", "tolong kasih nomor KBRI di bangkok, cepat", nil, none},
		// A number with no body that helps, or a body with no number.
		{"en", "what's the number for pizza delivery in phnom penh", hotlinesFirst, none},
		{"en", "where is the embassy in phnom penh", hotlinesFirst, none},
	} {
		f := Net(Detect(c.text, c.lang), c.probs)
		got := ""
		if f.Urgent {
			got = f.Article
		}
		if got != c.want {
			t.Errorf("%s %q: got %q, want %q (%+v)", c.lang, c.text, got, c.want, f.Cues)
		}
	}
}
