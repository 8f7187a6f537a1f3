package distress

import "testing"

// The thirty-seventh blind set's kinds: written Cantonese (俾人 for 被,
// 唔俾走, 欠咗債, 轉咗公司, 佢); lost property held; "help me write a
// letter"; money sent to someone pretending to be a grandson; a debt for
// building work; Hindi "डर के मारे" (out of fear, no beating); a job
// offer received (Malay). Lines written for this test.
func TestSet37Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"zh", "我細佬喺緬甸個園區，佢哋收咗佢護照，唔俾佢走，點算好", true, ArticleOther},
		{"zh", "老公話公司要佢還晒機票錢先可以走，仲話會將佢賣咗去第二間公司", true, ArticleOther},
		{"zh", "我俾人禁住喺柬埔寨一間公司，唔敢打電話", true, ArticleSelf},
		{"zh", "個女朋友喺西港俾人打，佢哋話要俾錢先放人", true, ArticleOther},
		{"zh", "點解佢哋啲遊戲成日要課金？", false, ""},
		{"en", "the café has held a scarf in its lost property for a month, can they sell it?", false, ""},
		{"en", "our school still owes the builder for the hall extension, help me write an email asking for more time", false, ""},
		{"en", "I sent money to someone pretending to be my nephew who said he was stuck abroad, what now?", false, ""},
		{"hi", "mummy ne dar ke maare us aadmi ko 50 hazaar de diye, ab kya karein", false, ""},
		{"ms", "kawan aku dapat offer keje kat poipet, nanti ada orang jemput kat sempadan, selamat ke?", false, ""},
	})
}

// Someone held who pretends to be a rich man in the chats keeps the help
// path: the impostor sign is only of a relative's name.
func TestPretendingInTheScamWork(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "came for an office job, now i sit all day chatting to women pretending to be a rich businessman. if i refuse they beat me", true, ArticleSelf},
	})
}
