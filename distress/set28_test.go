package distress

import "testing"

// The twenty-eighth blind set's help kind, in every language: someone who
// got out tells of others still inside and asks how to get them out. The
// writer is not "back" (the way out is not over for them), and the others
// are the ones held. Lines written for this test.
func TestSet28OthersStillInside(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "I got out of the building in Myawaddy last week. Ten other Kenyans are still inside and get fined when they miss target. How do I get them help without putting them at risk?", true, ArticleOther},
		{"ms", "saya dah lari dari syarikat tu bulan lepas, masih ada 4 orang kawan dalam bangunan tu, macam mana nak tolong diorang", true, ArticleOther},
		{"id", "aku udah berhasil kabur kemarin, tapi masih ada 3 teman di dalam gedung itu, harus lapor ke mana", true, ArticleOther},
		{"vi", "em đã trốn ra được tuần trước, vẫn còn mấy người bạn ở trong đó, làm sao để cứu họ", true, ArticleOther},
		{"zh", "我上周逃出来了，还有五个老乡在里面，怎么才能救他们出来", true, ArticleOther},
		{"th", "ผมหนีออกมาได้แล้ว แต่ยังมีเพื่อนอีกสามคนอยู่ข้างใน ต้องแจ้งใครครับ", true, ArticleOther},
		{"hi", "main to bhaag aaya par abhi bhi 5 ladke andar fanse hain, unko kaise nikalein", true, ArticleOther},
		{"tl", "nakatakas na ako pero may lima pa kaming kasama sa loob, paano sila matutulungan", true, ArticleOther},
		// Everyday "still in" keeps its sense.
		{"ms", "orang masih dalam proses permohonan visa, berapa lama biasanya", false, ""},
		{"en", "my money is still inside the app, how do I withdraw it", false, ""},
	})
}

// The twenty-eighth set's general and planning kinds: whether people
// inside are willing or forced (a general question, which a sure
// classifier answers), how to know whether a company is real, asking an
// embassy about a company, whether an offer sounds right (someone not
// gone yet), and a partner's phone and cheating (everyday). Lines written
// for this test.
func TestSet28GeneralAndPlanning(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		kind       kind
	}{
		{"en", "do the workers there go willingly or are they forced?", kindGeneral},
		{"zh", "那些人是自愿去的还是被迫的", kindGeneral},
		{"vi", "họ tự nguyện làm hay bị ép vậy", kindGeneral},
		{"id", "mereka kerja di sana sukarela atau dipaksa sih", kindGeneral},
		{"ms", "diorang kerja situ rela ke dipaksa", kindGeneral},
		{"th", "คนในนั้นเต็มใจทำหรือถูกบังคับ", kindGeneral},
		{"hi", "wo log apni marzi se jaate hain ya zabardasti", kindGeneral},
		{"tl", "kusa ba silang pumupunta o pinipilit", kindGeneral},
		{"en", "how can I tell if the agency is legit before my sister signs anything", kindPlanning},
		{"en", "should I email the embassy to ask about the employer first", kindPlanning},
		{"vi", "làm sao biết công ty bên Campuchia có thật không", kindPlanning},
		{"id", "gimana cara cek perusahaan di kamboja itu resmi atau nggak", kindPlanning},
		{"ms", "camne nak check syarikat tu berdaftar ke tak", kindPlanning},
		{"zh", "怎么确认这家公司是不是正规的", kindPlanning},
		{"th", "จะรู้ได้ยังไงว่าบริษัทนี้มีจริง", kindPlanning},
		{"hi", "kaise pata karein ki agency asli hai ya fake", kindPlanning},
		{"tl", "paano malalaman kung legit yung agency na nag-offer", kindPlanning},
	} {
		f := Detect(c.text, c.lang)
		if !f.has(c.kind) {
			t.Errorf("%s %q: no %v cue (cues %v)", c.lang, c.text, c.kind, f.Cues)
		}
	}
	testUrgent(t, []urgentCase{
		{"en", "my gf keeps her phone face down and changed her password, is she cheating on me", false, ""},
		{"en", "should we call our embassy to ask about the company before he accepts the job", false, ""},
		// Money asked to release him: the family writes about him.
		{"en", "they want 3000 dollars to release him, should we pay?", true, ArticleOther},
		// A phone taken keeps the help path.
		{"en", "the boss keeps my phone locked in his office and I cannot leave", true, ArticleSelf},
	})
}

// The writer as the seller of a thing is everyday; someone sold keeps the
// help path. Lines written for this test.
func TestWriterSoldAThing(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "We sold our old van to a dealer in Accra last month and he still hasn't paid us, what can we do?", false, ""},
		{"en", "they sold me to another company and I cannot leave", true, ArticleSelf},
		{"en", "I was sold to another compound last week, please help", true, ArticleSelf},
		{"tl", "binenta ko na yung motor ko, paano ilipat ang rehistro", false, ""},
		{"tl", "binenta daw si kuya sa ibang kumpanya sa myanmar", true, ArticleOther},
		{"hi", "maine apni purani bike bech di, RC transfer kaise hoga", false, ""},
		{"hi", "bhai ko dusri company ko bech diya, ab wo nikal nahi pa raha", true, ArticleOther},
	})
}

// A dense cue never straddles punctuation: "三十万，一直" holds no "万一"
// (in case). Line written for this test.
func TestDenseCueNotAcrossPunctuation(t *testing.T) {
	f := Detect("我妈被骗了三十万，一直以为对方是真心的", "zh")
	if f.has(kindHypothetical) {
		t.Errorf("a hypothetical cue across a comma: %v", f.Cues)
	}
	if f := Detect("万一到了那边被扣护照怎么办", "zh"); !f.has(kindHypothetical) {
		t.Errorf("万一 itself: no hypothetical cue (%v)", f.Cues)
	}
}
