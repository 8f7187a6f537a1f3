package distress

import "testing"

// Kinds read in the forty-seventh blind set's misses, with lines written
// for this test. Everyday: a parent who keeps a child past a custody
// weekend, a shop's guard holding a child taken for a shoplifter, a
// relative who sold land, a farm animal or a timeshare, a hospital that
// will not discharge over a bill, someone under rubble or a fallen tree, a
// cow down a well. Not everyday: a person sold to another company, the
// driver who says the rest is on foot across a river, a friend driven from
// the airport toward the border when the office was to be in Bangkok.
func TestAfter47Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my ex kept our daughter two days past her custody weekend, do I call the police?", false, ""},
		{"en", "store security held my nephew for shoplifting until his dad came, can they do that?", false, ""},
		{"en", "my brother sold his share of the farm without asking us, can he do that?", false, ""},
		{"en", "the hospital won't discharge my gran until the bill is paid, is that legal?", false, ""},
		{"tl", "ibinenta ni tito ang lupa ni lola nang walang paalam, pwede ba yun?", false, ""},
		{"id", "satpam mall nahan adikku karena dikira nyuri, padahal ada struk. boleh gitu?", false, ""},
		{"ms", "guard pasar raya tahan adik saya sebab ingat dia mencuri, boleh ke?", false, ""},
		{"vi", "con bò nhà tôi rơi xuống giếng, kẹt dưới đó từ trưa, gọi ai tới giúp", false, ""},
		{"th", "ต้นไม้ล้มทับรถพ่อ ติดอยู่ในรถ ทำไงดี", false, ""},
		{"en", "what is the boat racing festival in Luang Prabang and when is it held?", false, ""},
		{"en", "how would a person end up owing money to the firm that flew them out, and what's this I keep hearing about people resold?", false, ""},
		{"en", "my son was sold to another compound by his boss, he says he cannot leave", true, ArticleOther},
		{"tl", "ibinenta daw siya ng agency sa ibang kumpanya sa Cambodia, hindi siya makaalis", true, ArticleOther},
	})
	net := []struct{ lang, text string }{
		{"vi", "đang ngồi trên xe, tài xế bảo tới bờ sông thì lội qua, không phải đường như công ty hứa"},
		{"hi", "bhai ka msg aaya airport se gaadi mein border ki taraf le ja rahe hain, bola tha office bangkok mein hai"},
	}
	for _, c := range net {
		f := Detect(c.text, c.lang)
		if f.Urgent {
			continue
		}
		if n := Net(f, map[string]float64{ArticleSelf: 0.7, outOfScope: 0.1}); !n.Urgent {
			t.Errorf("%s %q: neither urgent nor taken by the net (%v)", c.lang, c.text, f.Cues)
		}
	}
	testDoubted(t, []doubtCase{
		{"en", "my ex kept our daughter two days past her custody weekend, do I call the police?", ArticleOther, 0.7},
		{"id", "anak tetangga dibawa kabur ayahnya ke Makassar, mereka udah cerai. lapor ke mana?", ArticleOther, 0.7},
		{"zh", "前夫不让我见孩子，抚养权是判给我的，该找谁", ArticleOther, 0.7},
		{"th", "น้องชายขังตัวเองในห้องมาสามวัน ไม่ยอมกินข้าว ทำไงดี", ArticleOther, 0.7},
	}, nil)
}
