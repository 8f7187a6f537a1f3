package distress

import "testing"

// TestStarvation: food withheld to punish or control ("they don't give us
// food", "not fed for two days") is the starvation concept, and a room one
// is locked in as punishment (a dark room) is violence, in every language.
// A diet, a fast, being hungry on a trip or a hotel door that will not open
// are not. "urgent" is the cues' answer; "net" a message that names no one
// ("two days without food, target not met"), which the safety net answers
// when retrieval abstains; "none" neither.
func TestStarvation(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       string
		article    string
	}{
		{"en", "they dont give us any food since yesterday because we missed the target", "urgent", ArticleSelf},
		{"en", "not fed for two days, locked in the dorm", "urgent", ArticleSelf},
		{"en", "locked in a room with no food as punishment, please help", "urgent", ArticleSelf},
		{"en", "my brother says they starve him when he refuses to scam", "urgent", ArticleOther},
		{"en", "I'm on a diet, no food after 8pm, is that healthy", "none", ""},
		{"en", "I'm starving, where can I eat near the night market", "none", ""},
		{"en", "my hotel room door is locked and the key card does not work, who do I call", "none", ""},
		{"zh", "他们两天不给我们饭吃，说没完成业绩", "urgent", ArticleSelf},
		{"zh", "被锁在小屋里，三天没吃东西了", "urgent", ArticleSelf},
		{"zh", "我弟说没完成任务就被关小黑屋，不给吃饭", "urgent", ArticleOther},
		{"zh", "在减肥，晚上八点以后不吃东西可以吗", "none", ""},
		{"zh", "今天太忙了还没吃饭，附近有什么好吃的", "none", ""},
		{"zh", "酒店房间的门锁了打不开，前台电话多少", "none", ""},
		{"vi", "họ không cho tụi em ăn hai ngày rồi vì không đủ chỉ tiêu", "urgent", ArticleSelf},
		{"vi", "em bị nhốt trong phòng tối, bị bỏ đói", "urgent", ArticleSelf},
		{"vi", "em trai tôi bị nhốt, họ không cho nó ăn cơm", "urgent", ArticleOther},
		{"vi", "đang ăn kiêng, sau 8 giờ tối không ăn gì có tốt không", "none", ""},
		{"vi", "tôi đói bụng quá, gần đây có quán nào ngon", "none", ""},
		{"id", "udah dua hari gak dikasih makan karena gak capai target", "net", ""},
		{"id", "aku dikunci di kamar gelap sebagai hukuman", "urgent", ArticleSelf},
		{"id", "adikku bilang dia tidak diberi makan kalau menolak nipu orang", "urgent", ArticleOther},
		{"id", "lagi diet, gak makan setelah jam 8 malam, sehat gak", "none", ""},
		{"id", "aku lapar banget, warung yang enak di dekat sini apa", "none", ""},
		{"ms", "dah dua hari tak diberi makan sebab tak capai target", "net", ""},
		{"ms", "kami dikurung dalam bilik gelap, tak bagi makan", "urgent", ArticleSelf},
		{"ms", "abang saya kata dia dibiarkan kelaparan kalau tak ikut arahan", "urgent", ArticleOther},
		{"ms", "saya tengah diet, tak makan lepas pukul 8 malam, ok ke", "none", ""},
		{"ms", "lapar gila, kedai makan sedap dekat sini mana", "none", ""},
		{"th", "เขาไม่ให้กินข้าวมาสองวันแล้ว เพราะทำยอดไม่ถึง", "urgent", ArticleOther},
		{"th", "ถูกขังในห้องมืด ปล่อยให้อดมาสองวัน", "urgent", ArticleSelf},
		{"th", "น้องชายบอกว่าโดนอดข้าวเพราะไม่ยอมหลอกคน", "urgent", ArticleOther},
		{"th", "กำลังลดน้ำหนัก งดกินหลังสองทุ่ม ดีไหม", "none", ""},
		{"th", "หิวมาก แถวนี้มีร้านอาหารอร่อยไหม", "none", ""},
		{"hi", "do din se khana nahi de rahe, target pura nahi hua isliye", "net", ""},
		{"hi", "मुझे अंधेरे कमरे में बंद कर दिया है, खाना नहीं देते", "urgent", ArticleSelf},
		{"hi", "भाई को भूखा रखते हैं जब वो स्कैम करने से मना करता है", "urgent", ArticleOther},
		{"hi", "diet pe hoon, raat 8 baje ke baad khana nahi khata, theek hai?", "none", ""},
		{"hi", "bahut bhookh lagi hai, paas me accha restaurant kaunsa hai", "none", ""},
		{"tl", "dalawang araw na kaming hindi pinapakain dahil hindi naabot ang quota", "urgent", ArticleSelf},
		{"tl", "kinulong ako sa madilim na kwarto bilang parusa", "urgent", ArticleSelf},
		{"tl", "sabi ng kapatid ko ginugutom daw sila pag ayaw mang scam", "urgent", ArticleOther},
		{"tl", "nagda diet ako, walang kain pagkatapos ng 8pm, okay lang ba", "none", ""},
		{"tl", "gutom na ako, saan may masarap na kainan dito", "none", ""},
	} {
		f := Detect(c.text, c.lang)
		n := Net(f, nil)
		got := "none"
		switch {
		case f.Urgent:
			got = "urgent"
		case n.Urgent:
			got = "net"
		}
		if got != c.want || f.Urgent && f.Article != c.article {
			t.Errorf("%s %q: %s %s (strength %d, cues %+v), want %s %s", c.lang, c.text, got, f.Article, f.Strength, f.Cues, c.want, c.article)
		}
	}
}
