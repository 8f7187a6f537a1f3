package distress

import "testing"

// TestSomeoneInside: punished for refusing to scam says who is forced to;
// someone inside who says to contact an NGO, or a relative still in there
// after the writer got out, is held. Refusing to lie to customers, asking
// why the people inside say they are working, and being still inside a mall
// are not the help path.
func TestSomeoneInside(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "no food today because I refused to scam the old man they gave me", true, ArticleSelf},
		{"en", "I lost my job because I refused to lie to customers about the warranty", false, ""},
		{"en", "a guy says someone inside says we should contact the ngo, are they real", true, ArticleOther},
		{"en", "why do people inside those places say they are just working", false, ""},
		{"en", "i escaped last month but my cousin is still in there and they kept his passport", true, ArticleOther},
		{"en", "I'm still inside the mall, where is the taxi stand", false, ""},
		{"zh", "因为不肯骗人，今天又被罚站一整天", true, ArticleSelf},
		{"zh", "因为不肯骗客户，我被公司开除了，能仲裁吗", false, ""},
		{"zh", "里面有人说可以找公益组织，靠谱吗", true, ArticleOther},
		{"zh", "为什么园区里面的人都说自己在上班", false, ""},
		{"zh", "我在园区里，能打什么电话求救", true, ArticleHotlines},
		{"vi", "em bị phạt nhịn đói vì không chịu lừa người ta", true, ArticleSelf},
		{"vi", "có người trong đó nhắn là liên hệ tổ chức nào thì được", true, ArticleOther},
		{"vi", "tôi vẫn còn ở trong trung tâm thương mại, bến taxi ở đâu", false, ""},
		{"id", "dihukum gak dikasih makan karena nolak nipu orang", true, ArticleSelf},
		{"id", "ada yang di dalam nyuruh hubungi LSM, itu beneran ada?", true, ArticleOther},
		{"id", "kenapa orang di dalam sana bilang mereka cuma kerja biasa", false, ""},
		{"ms", "kena denda sebab tak nak tipu orang, tak bagi makan semalam", true, ArticleSelf},
		{"ms", "ada orang kat dalam suruh hubungi NGO, betul ke wujud", true, ArticleOther},
		{"ms", "saya masih kat dalam mall, teksi kat mana", false, ""},
		{"th", "โดนอดข้าวเพราะไม่ยอมหลอกคน", true, ArticleSelf},
		{"th", "มีคนข้างในบอกให้ติดต่อมูลนิธิ มีจริงไหม", true, ArticleOther},
		{"th", "ทำไมคนข้างในถึงบอกว่าแค่ทำงานธรรมดา", false, ""},
		{"hi", "scam karne se mana kiya to mujhe khana nahi dete", true, ArticleSelf},
		{"hi", "andar se koi bola NGO se contact karo, kya wo asli hai", true, ArticleOther},
		{"hi", "maine dukaan wale ko mana kiya to usne discount nahi diya", false, ""},
		{"tl", "hindi kami pinapakain dahil ayaw naming mang scam", true, ArticleSelf},
		{"tl", "may nasa loob na nagsabi kontakin daw ang NGO, totoo ba sila", true, ArticleOther},
		{"tl", "nasa loob pa ako ng mall, saan ang sakayan ng taxi", false, ""},
	})
}
