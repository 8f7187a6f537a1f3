package lang

import (
	"strings"
	"testing"
)

// Realistic chat lines, written for these tests (not taken from the eval
// sets): informal, abbreviated, without diacritics, code-switched.
var detectCases = []struct {
	want, text string
}{
	// English, including loanword-heavy and terse lines.
	{English, "is this job offer real or a scam?"},
	{English, "my brother went to cambodia for a call center job and now he can't leave"},
	{English, "they took my passport, what do i do"},
	{English, "how do i report a telegram account that recruits people"},
	{English, "got a msg on whatsapp offering 1500 usd/month for typing, sounds fishy"},
	{English, "Is it normal for an agency to ask for a visa fee upfront?"},
	{English, "help pls stuck in myawaddy"},
	{English, "who should I call if my friend is being held"},
	{English, "anyone know if this company in Sihanoukville is legit"},
	{English, "lost 3k on a crypto app, can I get it back?"},

	// Chinese, alone and mixed with Latin words.
	{Chinese, "这个工作是不是骗子"},
	{Chinese, "我朋友在柬埔寨被扣了护照怎么办"},
	{Chinese, "telegram上有人说高薪招客服，包机票，靠谱吗"},
	{Chinese, "杀猪盘是什么意思"},
	{Chinese, "被骗了20万usdt还能追回来吗"},
	{Chinese, "怎么举报诈骗"},
	{Chinese, "西港那边的公司能去吗？"},
	{Chinese, "救命 我在妙瓦底"},

	// Vietnamese, with and without diacritics, abbreviated.
	{Vietnamese, "cho mk hoi cong ty nay co uy tin ko"},
	{Vietnamese, "em bi lua mat 50tr roi, gio lam sao lay lai dc"},
	{Vietnamese, "ban minh sang campuchia lam roi mat lien lac luon"},
	{Vietnamese, "viec nhe luong cao la lua dao phai ko a"},
	{Vietnamese, "co ai biet so dien thoai dai su quan o phnom penh k"},
	{Vietnamese, "tôi bị giữ hộ chiếu, không về được"},
	{Vietnamese, "Làm sao để biết tin tuyển dụng là thật hay giả?"},
	{Vietnamese, "ho bat nap tien truoc moi cho rut, vay co phai scam ko"},
	{Vietnamese, "anh oi giup em voi"},
	{Vietnamese, "nguoi ta hua tra 30 trieu 1 thang, chi can biet danh may"},

	// Indonesian: colloquial, abbreviated.
	{Indonesian, "kak ini lowongan beneran atau penipuan sih"},
	{Indonesian, "adik sy ga bisa pulang dari kamboja, paspornya ditahan"},
	{Indonesian, "gmn cara lapor ke polisi kalo udah transfer"},
	{Indonesian, "ada yg tau agen ini resmi ngga?"},
	{Indonesian, "gw ditawarin kerja di thailand gaji 20jt, aman ga ya"},
	{Indonesian, "tolong bantu saya, saya dikurung dan disuruh nipu orang"},
	{Indonesian, "udah deposit 5 juta tapi uangnya ga bisa ditarik"},
	{Indonesian, "kenapa mereka minta foto KTP sama paspor dulu"},
	{Indonesian, "Bagaimana cara mengecek perusahaan penyalur tenaga kerja?"},

	// Malay: colloquial, abbreviated.
	{Malay, "tawaran kerja ni betul ke tak"},
	{Malay, "adik aku kena tipu, duit dah habis, nak buat apa"},
	{Malay, "camne nak check ejen tu berdaftar ke tak"},
	{Malay, "kawan sy kat kemboja tak boleh balik, majikan ambil pasport"},
	{Malay, "boleh ke saya report kat polis kalau scam online"},
	{Malay, "dia kata gaji rm8k sebulan kerja oversea, pelik la"},
	{Malay, "sape boleh tolong, abang saya kena tahan kat myanmar"},
	{Malay, "saya tak tahu nak mengadu kat mana"},
	{Malay, "Bagaimana saya boleh menyemak sama ada syarikat itu sah?"},

	// Tagalog and Taglish.
	{Tagalog, "totoo ba yung job offer sa cambodia na 50k per month?"},
	{Tagalog, "yung kapatid ko hindi na makauwi galing myanmar"},
	{Tagalog, "paano po mag-report ng scammer sa facebook"},
	{Tagalog, "na-scam ako sa task online, nag-deposit ako ng 10k"},
	{Tagalog, "may nag-message sakin na hiring daw sa thailand, legit ba?"},
	{Tagalog, "ano gagawin ko kinuha nila passport ko"},
	{Tagalog, "sino pwede tawagan pag may kakilala na na-traffic"},
	{Tagalog, "pa-help naman po, di ko alam kung scam to"},
	{Tagalog, "Saan ako pwedeng humingi ng tulong?"},

	// Hindi: Devanagari and romanised.
	{Hindi, "मेरा भाई कंबोडिया में फंस गया है"},
	{Hindi, "ये नौकरी असली है या फ्रॉड?"},
	{Hindi, "मेरा bank account किसी ने मांगा है, देना चाहिए?"},
	{Hindi, "bhai ye job offer sahi hai kya?"},
	{Hindi, "mera dost thailand gaya tha job ke liye, ab wapas nahi aa pa raha"},
	{Hindi, "agent ne passport le liya aur paise maang raha hai"},
	{Hindi, "kaise pata kare ki company fake hai ya nahi"},
	{Hindi, "mujhe telegram pe job mila tha, ab woh log deposit mang rahe"},
	{Hindi, "cyber crime ki complaint kaha karu"},
	{Hindi, "koi help karo yaar, bahut paisa chala gaya"},

	// Thai.
	{Thai, "งานนี้หลอกลวงหรือเปล่า"},
	{Thai, "เพื่อนโดนยึดพาสปอร์ตที่กัมพูชา ทำไงดี"},
	{Thai, "มีคนชวนไปทำงาน admin ที่เมียวดี เงินเดือนดีมาก"},
	{Thai, "แจ้งความออนไลน์ได้ที่ไหน"},
	{Thai, "โดนscamไป5หมื่น ทำไงได้บ้าง"},
	{Thai, "สวัสดีครับ"},
	{Thai, "line มาชวนทำงานเสริม กดไลค์ ได้เงินจริงไหม"},
	{Thai, "ช่วยด้วย"},
}

func TestDetect(t *testing.T) {
	for _, c := range detectCases {
		got, conf := Detection(c.text)
		if got != c.want {
			t.Errorf("Detection(%q) = %s (%.2f), want %s", c.text, got, conf, c.want)
		}
		if conf < 0 || conf > 1 {
			t.Errorf("Detection(%q) confidence %v outside [0,1]", c.text, conf)
		}
		if d := Detect(c.text); d != got {
			t.Errorf("Detect(%q) = %s, Detection = %s", c.text, d, got)
		}
	}
}

// Text with no language in it falls back to English with no confidence.
func TestDetectFallback(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n\t ",
		"😭😭🙏",
		"🇰🇭✈️💰",
		"123456",
		"+855 12 345 678",
		"ok",
		"OK!!",
		"?",
		"https://t.me/joinchat/AbCdEf123",
		"www.example.com/jobs?id=42",
		"hr.recruit@gmail.com",
		"@kerja_kh_hr",
		"scam",
		"telegram scam",
		"\xff\xfe\xfd",
		"Привет, как дела",
		"안녕하세요",
	} {
		got, conf := Detection(text)
		if got != English {
			t.Errorf("Detection(%q) = %s, want fallback %s", text, got, English)
		}
		if conf > 0.3 {
			t.Errorf("Detection(%q) confidence %.2f, want low", text, conf)
		}
	}
}

// Bad input must not panic and must stay cheap.
func TestDetectBadInput(t *testing.T) {
	huge := strings.Repeat("toi dang bi giu o campuchia ", 100000) // 2.8 MB
	if got := Detect(huge); got != Vietnamese {
		t.Errorf("huge input: got %s", got)
	}
	for _, text := range []string{
		"\x00\x01\x02",
		"ti\xe1\xbb\x83ng vi\xe1", // cut mid-rune
		strings.Repeat("\xe0\xa4", 5000),
		strings.Repeat("-", 10000),
		"a-" + strings.Repeat("-b", 3000),
		strings.Repeat("杀", 4000) + "abc",
		"na-- ng-- -- i-",
	} {
		Detection(text) // must not panic
	}
}

// Confidence should reflect evidence: a long unambiguous line beats a
// one-word one.
func TestDetectionConfidence(t *testing.T) {
	_, weak := Detection("apa")
	_, strong := Detection("gimana cara lapor penipuan kalo udah transfer uangnya ya")
	if !(strong > weak) {
		t.Errorf("confidence: long Indonesian %.2f not above one word %.2f", strong, weak)
	}
	if _, c := Detection("这个工作是不是骗子"); c < 0.8 {
		t.Errorf("confidence of a Chinese line %.2f, want ≥ 0.8", c)
	}
}

// Detection is called from many chat handlers at once; the trigram model
// is built once and shared.
func TestDetectConcurrent(t *testing.T) {
	done := make(chan bool)
	for i := range 8 {
		go func() {
			for j := range 20 {
				c := detectCases[(i*20+j)%len(detectCases)]
				Detection(c.text)
				Detection("resep nasi goreng kampung yang enak")
			}
			done <- true
		}()
	}
	for range 8 {
		<-done
	}
}
