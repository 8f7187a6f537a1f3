package distress

import "testing"

// The thirty-fifth blind set's kinds: what a word heard means ("'sold to
// another compound', what does that mean"); a thing pushed up a child's
// nose; visa and passport paperwork (a 90-day report, a passport photo,
// a spouse's name in a passport); a trip home for a festival; a friend's
// invitation to go and work (Thai). Lines written for this test.
func TestSet35Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "'resold to another company' what does that mean", false, ""},
		{"zh", "被转卖到别的园区是什么意思", false, ""},
		{"th", "โดนขายต่อให้บริษัทอื่น หมายความว่าอะไร", false, ""},
		{"id", "dijual ke perusahaan lain itu maksudnya apa", false, ""},
		{"hi", "dusri company ko bech diya, iska matlab kya hai", false, ""},
		{"tl", "binenta sa ibang kompanya, ano ibig sabihin nun", false, ""},
		// A relative named as sold is still the help path.
		{"en", "they told my cousin he was resold to another compound, what does that mean", true, ArticleOther},
		{"en", "my son pushed a bean up his nose and it's stuck, who do I call", false, ""},
		{"th", "เพื่อนชวนไปทำแอดมินที่ปอยเปต เงินดีมาก น่าสงสัยไหม", false, ""},
	})
	helpFirst := map[string]float64{ArticleSelf: 0.45, ArticleOther: 0.2, "-": 0.2}
	testDoubted(t, []doubtCase{
		{"en", "my 90 day report is due next week in Chiang Mai, can I do it online?", ArticleSelf, 0.4},
		{"en", "do passport photos need a white background?", ArticleSelf, 0.65},
		{"id", "foto paspor harus latar putih ga? takut ditolak", ArticleSelf, 0.65},
		{"hi", "passport me pati ka naam judwana hai, kya karna padega", ArticleOther, 0.4},
		{"tl", "kailan ang sinulog ngayong taon? uuwi kami ng cebu", ArticleOther, 0.76},
	}, helpFirst)
}
