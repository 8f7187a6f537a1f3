package distress

import "testing"

// Help kinds that the twenty-first training wave's retraining showed the
// classifier alone carrying, given cues of their own (lines written for
// this test): driven across the border to Myanmar, a company charging the
// fare before letting someone home (Tagalog), recruiting friends to cut a
// debt (Vietnamese), an employer that will not release someone (Thai),
// someone always listening behind a video call (Chinese).
func TestWave21Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "came for a hotel job in Bangkok but they drove us over the river to Myanmar, how do I get home", true, ArticleSelf},
		{"tl", "ang anak ko pinagbabayad ng kumpanya ng 50k bago payagang umuwi", true, ArticleOther},
		{"vi", "sếp bắt em rủ người quen sang, rủ được thì trừ nợ cho em", true, ArticleSelf},
		{"th", "ลูกชายไปทำงานปอยเปต นายจ้างไม่ยอมปล่อยตัวกลับ", true, ArticleOther},
		{"zh", "我弟弟每次跟家里视频，后面都站着一个人在听", true, ArticleOther},
		{"en", "the taxi drove us over the bridge to the other side of town, is that the long way", false, ""},
	})
}
