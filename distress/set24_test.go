package distress

import "testing"

// The twenty-fourth blind set's kinds, in several languages. Lines written
// for this test.
func TestSet24EverydayKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		// Something sticky in the hair, paper in a printer, hair in a drain.
		{"en", "my son got glue stuck in his hair at school, how do i wash it out", false, ""},
		{"en", "the paper is jammed in the office printer again", false, ""},
		{"hi", "printer me kagaz baar baar fas jata hai, kya karu", false, ""},
		{"tl", "laging naiipit ang papel sa printer namin, paano ayusin", false, ""},
		{"hi", "sink ke pipe me kachra fas gaya hai, pani nahi ja raha", false, ""},
		// Heat or damp trapped in a house; a program stuck in a loop.
		{"en", "moisture keeps getting trapped behind our bathroom tiles", false, ""},
		{"en", "my script's for loop is stuck and the cpu fan goes crazy", false, ""},
		// Caught in the middle of a family's quarrel.
		{"en", "im stuck in the middle of my parents' fight about money, how do i stay out of it", false, ""},
		{"id", "aku terjebak di tengah pertengkaran kakak sama ipar, harus gimana biar netral", false, ""},
		{"hi", "main mummy aur bhabhi ke jhagde me beech me fas gaya hu, kya karu", false, ""},
		{"tl", "naiipit ako sa away ng nanay at asawa ko, ano gagawin ko", false, ""},
		// A kidnapping or a ransom in a film, a novel or a party game.
		{"en", "who was the actor that played the kidnapper in that 90s ransom film", false, ""},
		{"en", "ideas for a murder mystery party where the host gets kidnapped", false, ""},
		{"vi", "phim về vụ bắt cóc đòi tiền chuộc nào hay nhất", false, ""},
		{"hi", "kidnapping aur firauti wali koi achhi web series batao", false, ""},
		{"tl", "anong magandang pelikula tungkol sa kidnapping at ransom", false, ""},
		// Customers who owe the writer's shop.
		{"tl", "marami nang may utang sa sari sari store ko, paano maningil nang maayos", false, ""},
		// The same words of real danger keep the help path.
		{"en", "my daughter is stuck in a compound in myanmar, they beat her", true, ArticleOther},
		{"en", "they kidnapped my brother and want ransom, what do we do", true, ArticleOther},
		{"vi", "con tôi bị bắt cóc sang campuchia, họ đòi tiền chuộc", true, ArticleOther},
		{"hi", "mera bhai myanmar me fas gaya hai, passport le liya", true, ArticleOther},
		{"tl", "naipit ang kapatid ko sa kumpanya sa cambodia, ayaw siyang pauwiin", true, ArticleOther},
		// Told after arriving: taken on to another country.
		{"en", "my niece got a job offer in Thailand but when she got there they took her by boat to Myanmar. what do we do?", true, ArticleOther},
		{"id", "keponakan saya dapat tawaran kerja di Thailand, tapi sampai sana malah dibawa naik perahu ke Myanmar", true, ArticleOther},
		{"tl", "yung pamangkin ko inalok ng trabaho sa Thailand pero pagdating doon dinala sila sa Myanmar", true, ArticleOther},
		// The pick-up at the airport says the way goes on across a border.
		{"hi", "main airport pe hu, jo lene aaya wo keh raha aage pehle bangkok phir border paar jana hai", true, ArticleSelf},
		{"hi", "humko dubai bolke laaye the ab laos le ja rahe hai", true, ""},
		{"tl", "hotline ng embassy para sa kaibigan kong ayaw pakawalan ng amo niya", true, ""},
	})
}

// An everyday sign with no danger word at all takes away the safety net's
// strong lean: a "how do I get it out?" leans to the help articles.
func TestSet24NetNoDangerWord(t *testing.T) {
	lean := map[string]float64{ArticleOther: 0.5, ArticleSelf: 0.2}
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"vi", "tóc con gái bị dính kẹo cao su, gỡ sao cho khỏi phải cắt", false},
		{"zh", "我夹在我妈和我老婆中间，两边都不讨好，怎么办", false},
		{"hi", "ghar ke aangan me saanp ghus aaya hai, kisko call kare", false},
		// No everyday sign: the lean still rescues.
		{"id", "adik saya nggak bisa dihubungi sejak sampai di sana, tolong", true},
	} {
		if got := Net(Detect(c.text, c.lang), lean).Urgent; got != c.want {
			t.Errorf("%s %q: urgent by the net %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}
