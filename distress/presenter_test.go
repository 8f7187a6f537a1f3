package distress

import "testing"

// TestPresenter (set 11): someone preparing a talk, a lesson, a handout, a
// sermon, an article or a school project asks a general question for
// others: the writer ("I", "our", "my class") is the speaker, not someone
// in danger, so the cues and the safety net leave it to the classifier,
// and a help article it is not sure of is doubted. A relative named in
// danger keeps the help path, and so does a writer who tells of two harms
// (TestPresenterTwoHarms). Lines written for this test.
func TestPresenter(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "I'm preparing slides for my year 10 class on modern slavery: how are people kept locked inside those scam buildings?", false},
		{"en", "we're writing an article for the parish bulletin, why do people held in the compounds not just run?", false},
		{"en", "Our school is running an awareness assembly next week; are workers in those places beaten if they miss targets?", false},
		{"zh", "我在准备一个防骗讲座，想问问园区里的人是不是被关着不让走", false},
		{"zh", "给学生们讲一讲：那些被卖到缅北的人护照会被收走吗", false},
		{"vi", "mình đang soạn giáo án cho lớp 9, người bị giữ trong mấy khu lừa đảo sống ra sao", false},
		{"id", "saya lagi nyiapin materi penyuluhan buat siswa SMA, gimana kehidupan orang yang dikurung di kompleks scam itu?", false},
		{"ms", "saya tengah sediakan tazkirah untuk jemaah surau, macam mana kehidupan orang yang dikurung dalam kompleks scam tu?", false},
		{"th", "กำลังเตรียมสไลด์สอนนักเรียน ม.5 คนที่ถูกขังในตึกแก๊งคอลเซ็นเตอร์โดนทำร้ายไหม", false},
		{"hi", "main school me awareness session ke liye presentation bana raha hu, compound me band logon ko maarte hain kya?", false},
		{"hi", "छात्रों को समझाना है कि कंपाउंड में फंसे लोगों का पासपोर्ट क्यों छीन लेते हैं", false},
		{"tl", "naghahanda ako ng lesson plan para sa klase ko, ano ang buhay ng mga nakakulong sa mga scam compound?", false},
		{"en", "I teach civics. How would you describe for sixteen-year-olds the places where people are locked in and forced to scam?", false},
		// The kids named are the audience, not relatives in danger.
		{"en", "how do I explain to my kids what happens to people held in those compounds?", false},
		// A relative in danger keeps the help path, whatever the writer was doing.
		{"en", "how do I explain to my kids that their father is locked in a compound in Myawaddy?", true},
		{"en", "I'm drafting a sermon but my nephew just messaged from Shwe Kokko, they beat him and keep his passport", true},
		{"zh", "我在写一篇文章的时候我表弟打电话说他在妙瓦底被关起来了，护照也被收了", true},
		{"vi", "tôi đang chuẩn bị bài giảng thì em trai gọi về, nó bị nhốt ở campuchia, bị lấy hộ chiếu", true},
		{"id", "lagi bikin artikel tapi adik saya barusan kabar dari myawaddy, paspornya ditahan dan dia dikurung", true},
		{"ms", "saya nak siapkan slaid tapi abang saya telefon dari kemboja, pasport dia kena rampas dan dia dikurung", true},
		{"th", "กำลังเขียนบทความอยู่ น้องชายโทรมาบอกว่าโดนขังที่เมียวดี โดนยึดพาสปอร์ต", true},
		{"hi", "main lecture taiyar kar raha tha tab bhai ka phone aaya, use myawaddy me band kar rakha hai aur passport le liya", true},
		{"tl", "gumagawa ako ng handout nang tumawag si kuya, nakakulong daw siya sa myawaddy at kinuha passport niya", true},
		// A task the writer did before, or is made to do, is no talk
		// prepared for others: a teacher or a student lured abroad (the
		// concepts weigh 3 or more: the writer stays named), a report to
		// the boss.
		{"id", "aku mahasiswa lagi nyusun skripsi waktu ditawari kerja di kamboja, sekarang dikurung dan paspor ditahan", true},
		{"en", "I was teaching a class in Bangkok when an agent offered me a job in Myanmar, now they took my passport and lock us in", true},
		{"en", "they make me write a report to the boss every night and beat me when I miss the target, I am locked in", true},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
			continue
		}
		if c.urgent {
			if !IsHelpArticle(f.Article) && f.Article != ArticleHotlines {
				t.Errorf("%s %q: article %s", c.lang, c.text, f.Article)
			}
			continue
		}
		if !f.has(kindGeneral) || !f.nobodyNamed() {
			t.Errorf("%s %q: want a general question that names no one (cues %v)", c.lang, c.text, f.Cues)
		}
		if Net(f, map[string]float64{ArticleSelf: 0.5, "life-inside-compounds": 0.3}).Urgent {
			t.Errorf("%s %q: the safety net gave the help path (cues %v)", c.lang, c.text, f.Cues)
		}
		if !f.Doubts(ArticleSelf, 0.7) {
			t.Errorf("%s %q: a help article the classifier is not sure of is not doubted (cues %v)", c.lang, c.text, f.Cues)
		}
	}
}

// TestPresenterTwoHarms (set 11): with danger concepts weighing 3 or more,
// the writer of a presenter's message stays named (a student lured abroad
// tells of the thesis being written then): the message is urgent, as a
// general question, and the cues yield only to a classifier sure of
// another article. Lines written for this test.
func TestPresenterTwoHarms(t *testing.T) {
	sure := map[string]float64{"life-inside-compounds": 0.93, ArticleSelf: 0.04}
	for _, c := range []struct{ lang, text string }{
		{"vi", "mình đang soạn giáo án cho lớp 9, người bị giữ trong mấy khu lừa đảo có bị đánh không"},
		{"id", "saya lagi nyiapin materi penyuluhan buat siswa SMA, orang yang dikurung di kompleks scam itu dipukuli gak?"},
		{"ms", "saya tengah sediakan tazkirah untuk jemaah surau, betul ke orang dalam kompleks scam tu dikurung dan dipukul?"},
		{"tl", "naghahanda ako ng lesson plan para sa klase ko, binubugbog ba yung mga nakakulong sa mga scam compound?"},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent || f.Evidence() != EvidenceGeneral {
			t.Errorf("%s %q: urgent %v evidence %q, want urgent, general (cues %v)", c.lang, c.text, f.Urgent, f.Evidence(), f.Cues)
			continue
		}
		if !f.YieldsTo("life-inside-compounds", 0.93, sure) {
			t.Errorf("%s %q: does not yield to a sure classifier (cues %v)", c.lang, c.text, f.Cues)
		}
		if f.YieldsTo("life-inside-compounds", 0.7, sure) {
			t.Errorf("%s %q: yields to a classifier that is not sure (cues %v)", c.lang, c.text, f.Cues)
		}
	}
}
