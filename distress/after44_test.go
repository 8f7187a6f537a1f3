package distress

import "testing"

// Kinds read in the forty-fourth blind set's misses, with lines written
// for this test: a child calling home ("alo mẹ ơi") who is not let go
// home and is punished below the quota (Vietnamese), a Chhattisgarhi
// daughter who cannot get out; and everyday trouble that asks "what do
// we do now" of a relative: exams failed or practised for, a sting, an
// animal in the roof, a fever, a car's child lock.
func TestAfter44Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"vi", "alo mẹ ơi, ở đây họ không cho con về, chưa đủ chỉ tiêu là bị đánh", true, ArticleSelf},
		{"hi", "मोर भाई ह कंबोडिया म फँसे हे, कहिस इहाँ ले निकले नइ सकत", true, ArticleOther},
		{"en", "my granddaughter is stuck on her maths past papers, how can I help her revise?", false, ""},
		{"en", "my son failed his form five exams, what do we do now?", false, ""},
	})
	testDoubted(t, []doubtCase{
		{"en", "possums in the church roof again, who do we call to get them out?", ArticleSelf, 0.7},
		{"id", "ponakan saya disengat ubur ubur di pantai, harus ke puskesmas?", ArticleOther, 0.7},
		{"th", "ลูกโดนผึ้งต่อยที่แขน บวมมาก ต้องไปหาหมอไหม", ArticleOther, 0.7},
		{"tl", "may lagnat si bunso at ayaw kumain, dadalhin ba sa ospital?", ArticleOther, 0.7},
	}, nil)
}
