package distress

import "testing"

// outOfScope is the key of the classifier's out-of-scope probability in
// the probabilities Net and YieldsTo take (answer.None).
const outOfScope = "-"

// Kinds that lost the help path when the classifier was retrained with the
// eighteenth training wave (everyday trouble in danger words, which pushed
// the classifier's out-of-scope probability up), with lines written for
// this test: a fee to be let go "cleared", money asked before a release in
// Vietnamese typed without marks, a writer out but with the passport still
// held, the driver going round a checkpoint, a writer who cannot take a
// call and asks someone to raise the alarm.
func TestWave18Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "boss says I can go home once my recruitment fee is cleared, they keep saying I owe more", true, ArticleSelf},
		{"en", "my son can come home from scout camp once the trip fee is paid, right?", false, ""},
		{"vi", "cong ty doi 5 nghin do moi tha anh toi, gio lam sao", true, ArticleOther},
		{"vi", "em ở Bavet tòa 2 tầng 4, đừng gọi lại em, báo giúp em với", true, ArticleSelf},
		{"vi", "anh ơi em đang họp đừng gọi lại, có hàng thì báo giúp em nhé", false, ""},
		{"vi", "đừng gọi lại em nha, em đang ngủ", false, ""},
		{"hi", "ड्राइवर चेकपोस्ट से नहीं गया, हमें कहाँ ले जा रहा है पता नहीं, डर लग रहा है", true, ArticleSelf},
		{"ms", "kami dalam van, driver tak lalu checkpoint, ikut jalan kebun sawit", true, ArticleSelf},
	})
	// Out, but the passport still at their office: the "they" are the
	// captors, so a help article is not doubted as a general question's.
	f := Detect("sudah kabur tapi paspor masih ditahan di kantor mereka, harus gimana", "id")
	if f.Doubts(ArticleSelf, 0.75) {
		t.Errorf("id: out with the passport still held is doubted (%v)", f.Cues)
	}
}

// TestHidingIsNotDismissed: a writer hiding from guards is not an
// everyday "stuck" however sure the classifier is that it is out of scope.
func TestHidingIsNotDismissed(t *testing.T) {
	f := Detect("hiding in the bathroom now, guards outside the door, phone almost dead", "en")
	if !f.Urgent {
		t.Fatalf("not urgent: %v", f.Cues)
	}
	if f.Dismissed(0.9) {
		t.Errorf("dismissed at 0.9 (%v)", f.Cues)
	}
}

// TestHotlineAskDoesNotYield: someone who tells of punishment and asks
// for a number to call gets the hotlines, however sure the classifier is
// of the article about life inside.
func TestHotlineAskDoesNotYield(t *testing.T) {
	probs := map[string]float64{"life-inside-compounds": 0.7, ArticleSelf: 0.1, outOfScope: 0.05}
	f := Detect("không đạt chỉ tiêu là bị đánh, bị phạt đứng ngoài nắng. có số nào gọi được không", "vi")
	if !f.Urgent {
		t.Fatalf("not urgent: %v", f.Cues)
	}
	if f.YieldsTo("life-inside-compounds", 0.85, probs) {
		t.Errorf("yields to the article about life inside (%v)", f.Cues)
	}
}

// TestNetCountsTheHotlines: a grounded message whose classifier splits
// between the hotlines and a help article takes the help path.
func TestNetCountsTheHotlines(t *testing.T) {
	f := Detect("my cousin went quiet two weeks ago, his last location pin was near the Myanmar border. who do we even call", "en")
	if f.Urgent {
		t.Skipf("urgent by the cues alone (%v)", f.Cues)
	}
	probs := map[string]float64{ArticleHotlines: 0.47, ArticleOther: 0.43, outOfScope: 0.05}
	if n := Net(f, probs); !n.Urgent || n.Article != ArticleOther {
		t.Errorf("net: urgent %v %s, want the help path (%v)", n.Urgent, n.Article, f.Cues)
	}
	// Not a message with nothing of the help path's world.
	g := Detect("my cousin went quiet two weeks ago, who do we even call", "en")
	if n := Net(g, probs); n.Urgent {
		t.Errorf("ungrounded: taken by the net (%v)", g.Cues)
	}
}

// TestWave18Everyday: everyday keeping that the eighteenth wave's lines
// showed the cues taking for danger, with lines written for this test: a
// flood or a strike that strands a relative, a toy "kidnapped" for sweets,
// a visit to an ordinary jail, animals or a lorry seized by officials. A
// relative held in a compound during a flood still gets the help path.
func TestWave18Everyday(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the ferry workers are on strike and my daughter is stuck on the island with her class, who decides when they come back?", false, ""},
		{"en", "my daughter says her teddy will be returned for a ransom of biscuits, cute game ideas?", false, ""},
		{"en", "what can I bring when visiting my cousin in prison, he's on remand for a fight", false, ""},
		{"zh", "发洪水了，我爸妈被困在二楼出不来，打什么电话求救", false, ""},
		{"vi", "lũ lên nhanh quá, bà nội kẹt trên gác không xuống được, gọi số nào", false, ""},
		{"id", "banjir sepinggang, nenek terjebak di lantai dua, harus telpon siapa", false, ""},
		{"ms", "banjir teruk, mak terperangkap dalam rumah, nak call siapa", false, ""},
		{"th", "น้ำท่วมบ้าน ตาติดอยู่บนหลังคา ต้องโทรหาใคร", false, ""},
		{"hi", "बाढ़ में दादी छत पर फँसी हैं, किसको फोन करें", false, ""},
		{"tl", "baha na hanggang dibdib, si lolo naiipit sa bubong, sino tatawagan", false, ""},
		{"hi", "bhai ko company ne band kamre mein rakha hai, passport le liya, Myawaddy mein hai", true, ArticleOther},
	})
}
