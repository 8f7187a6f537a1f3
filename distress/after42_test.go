package distress

import "testing"

// Kinds read in the forty-second blind set's misses, with lines written
// for this test. A message with nothing of the help path's world (no
// danger word, place, country, hotline, helping body or journey; only
// someone named and "what do I do") leaves the classifier's help article
// in doubt however sure it is: the safety net still answers a strong lean
// (Net). Help messages the cross-validated lines showed with no such cue
// now have one: a driver who wants the passport, police "in on it",
// "the person inside", a way home "if we pay", a boss who counts the
// ticket as a debt, tricked into coming here.
func TestAfter42Kinds(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "how long will the ferry company hold my seat if I book online and pay later?"},
		{"en", "a policeman wants a statement from me about the burglary next door, will I have to go to court?"},
		{"th", "จะนั่งรถเพื่อนไปต่างจังหวัด ควรช่วยค่าน้ำมันเท่าไหร่ดี"},
	} {
		f := Detect(c.text, c.lang)
		if f.ofItsWorld() || !f.Doubts(ArticleSelf, 0.95) {
			t.Errorf("%s %q: the help article at 0.95 is not doubted (%v)", c.lang, c.text, f.Cues)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "the pickup guy at the airport wants my passport and says the office is in another city, what do i do"},
		{"en", "can we trust the police there or are they in on it?"},
		{"en", "should the family call the person inside every night?"},
		{"tl", "yung sundo sa airport hinihingi passport ko, kinakabahan ako"},
		{"hi", "pata nahi main kis jagah pe hoon, koi madad karo"},
	} {
		if f := Detect(c.text, c.lang); !f.ofItsWorld() || f.Doubts(ArticleSelf, 0.95) {
			t.Errorf("%s %q: the help article at 0.95 is doubted (%v)", c.lang, c.text, f.Cues)
		}
	}
	testUrgent(t, []urgentCase{
		{"id", "katanya kakak boleh pulang kalo bayar 50 juta, kami gak punya uang", true, ""},
		{"id", "kantornya gak ngelepasin adik, udah dua bulan", true, ArticleOther},
		{"zh", "老板说来回机票和住宿都算我欠的，做不到业绩就不能走", true, ArticleSelf},
		{"vi", "em bi lua sang day lam viec, gio ko dc ve", true, ArticleSelf},
	})
}
