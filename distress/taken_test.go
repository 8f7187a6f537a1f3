package distress

import "testing"

// TestAboutToBeTaken: the last leg of a lure told before leaving (the agent
// holds the papers, a crossing that skips the border post, a boat to the
// other side for the job) is the help path in every language, for the
// writer and for a relative, even when the message says the trip is
// planned; a visa "sorted there" alone is a red flag to check, not the help
// path. A middleman who offers to get a relative out for money is the help
// path too. Lines written for this test.
func TestAboutToBeTaken(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
		article    string
	}{
		{"en", "i leave on friday, the recruiter already has my passport and we will go around the checkpoint at night. who do i call if something happens", true, ArticleSelf},
		{"en", "my cousin goes next week, she handed her papers to the agent to keep and they take a boat across for the job", true, ArticleOther},
		{"en", "a guy says he can get my dad out if we pay 8000 usdt, should we trust him", true, ArticleOther},
		{"en", "the offer says the work visa gets sorted later, what should i check before i accept", false, ""},
		{"vi", "tuần sau tui đi, cty giữ hộ chiếu rồi, họ dẫn đi đường tắt né cửa khẩu, tui run quá", true, ArticleSelf},
		{"vi", "anh trai em sắp đi, đã nộp giấy tờ cho cò giữ, đi ghe sang bên kia làm việc", true, ArticleOther},
		{"vi", "co nguoi nhan tin bao chuoc duoc chong em ra neu chuyen 30 trieu, that ko", true, ArticleOther},
		{"vi", "em định sang thái làm, họ nói visa làm bên đó, trước khi đồng ý nên kiểm tra gì", false, ""},
		{"id", "lusa aku berangkat, paspor aku agen yang pegang, lewat jalur tikus ke seberang. takut bgt", true, ArticleSelf},
		{"id", "ada org bilang bisa keluarin adik saya kalo tf 40jt dulu, percaya gak ya", true, ArticleOther},
		{"id", "aku mau kerja di thailand, katanya visa kerja diurus di sana, apa yang perlu dicek sebelum setuju", false, ""},
		{"ms", "minggu depan saya gerak, ejen pegang passport saya, kami ikut jalan tikus. takut la", true, ArticleSelf},
		{"ms", "ada orang ckp boleh keluarkan adik aku kalau transfer 15k, boleh caya ke", true, ArticleOther},
		{"tl", "sa linggo na alis ko, hawak na ng ahente ang passport ko at dadaan kami sa backdoor. kinakabahan ako", true, ArticleSelf},
		{"tl", "may nag-chat sa amin, kaya daw ilabas ang kuya ko basta magpadala kami ng 80k", true, ArticleOther},
		{"hi", "kal nikalna hai, agent ne mera passport rakh liya aur bina checkpost ke le jayega, darr lag raha hai", true, ArticleSelf},
		{"hi", "ek aadmi keh raha hai bhai ko chhuda dega agar 3 lakh bhej do, kya karein", true, ArticleOther},
		{"th", "พรุ่งนี้ฉันจะไปแล้ว นายหน้าเก็บพาสปอร์ตไว้ จะพาไปทางที่ไม่ผ่านด่าน กลัวมาก", true, ArticleSelf},
		{"th", "มีคนโทรมาว่าพาพี่ชายฉันออกมาได้ถ้าโอนห้าหมื่น", true, ArticleOther},
		{"zh", "我后天就走了，中介拿着我的护照，说不走口岸，我很怕", true, ArticleSelf},
		{"zh", "有人说能把我弟弟捞出来，只要先转三万", true, ArticleOther},
		// Money to withdraw, not a person to free: a fee-to-withdraw scam.
		{"ms", "apps pelaburan tu kata sy boleh keluarkan untung kalau bayar yuran proses dulu", false, ""},
		{"id", "admin bilang saldo aku bisa keluarin kalo tf pajak 10% dulu", false, ""},
		{"th", "เว็บบอกว่าจะถอนเงินออกมาได้ถ้าจ่ายภาษีก่อน", false, ""},
		{"zh", "平台说能把我的钱提出来，只要先交税", false, ""},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent || c.urgent && f.Article != c.article {
			t.Errorf("%s %q: urgent %v (%s, strength %d, cues %+v), want %v %s", c.lang, c.text, f.Urgent, f.Article, f.Strength, f.Cues, c.urgent, c.article)
		}
	}
}

// TestRelativeAboutToBeTaken: a relative who plans to go ([planning]) is
// about to be taken when the crossing skips the border post ([lastleg]),
// while a pick-up at the border alone is still a red flag to check.
func TestRelativeAboutToBeTaken(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "my sister is planning to go next week, the recruiter will take them around the checkpoint", true},
		{"vi", "em gái em định sang campuchia làm, cò dẫn đi đường tắt né cửa khẩu", true},
		{"id", "adik saya mau berangkat kerja ke kamboja, lewat jalur tikus katanya", true},
		{"vi", "bạn em rủ sang campuchia làm, có người đón ở biên giới, trước khi đồng ý nên kiểm tra gì", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent || c.urgent && f.Article != ArticleOther {
			t.Errorf("%s %q: urgent %v (%s, planning %v, cues %+v), want %v", c.lang, c.text, f.Urgent, f.Article, f.Planning(), f.Cues, c.urgent)
		}
	}
}
