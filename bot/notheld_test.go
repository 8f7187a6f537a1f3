package bot

import (
	"context"
	"testing"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/knowledge"
)

// Someone back home now is not held: the family asks about what happened
// (why, whether he is to blame), and the help path would answer a question
// no one asked (distress.Finding.Back: the classifier's help articles and
// the safety net; the cues too when the question is general). The same return words
// with someone still held keep the help path. Lines written for this test
// (not from any evaluation or training set).
func TestBackNowGeneralQuestion(t *testing.T) {
	back := []struct{ lang, text string }{
		{"en", "my uncle came back from a compound in Laos in March, they took his passport there and beat him. is it true most people there are forced?"},
		{"en", "my daughter got home from Cambodia last week after the raid, why do they keep workers for years?"},
		{"id", "adik saya sudah pulang dari Kamboja, paspornya dulu ditahan. penasaran, kenapa mereka mau kerja di sana?"},
		{"zh", "我表弟从缅甸回来了，护照被扣过，听说那些人通常怎么骗人的？"},
		// back now, no general question: the classifier leaned to the
		// relatives' article, and the safety net to the help path
		{"en", "my nephew came back from a Cambodian compound in May, the village calls him a scammer now, was it his fault?"},
		{"en", "our son returned from Myanmar, the police at home want to question him about the scams he was forced to do, will he be charged?"},
	}
	held := []struct{ lang, text string }{
		{"en", "my brother came back but his friend is still locked in the compound and they beat him, what can we do?"},
		{"en", "I got out last month but my sister is still held in Myawaddy, they took her passport, please help"},
		{"id", "saya sudah pulang tapi teman saya masih disekap di Myanmar, paspornya diambil, tolong"},
		{"tl", "nakauwi na ako pero yung kapatid ko nakakulong pa rin sa compound, kinuha passport niya, tulong"},
	}
	b := newTestBot(t)
	for _, c := range back {
		if id, ok := helpPath(t, b, c.text, c.lang); ok {
			t.Errorf("%s %q: someone back now, asked about in general, got the help path (%s)", c.lang, c.text, id)
		}
	}
	for _, c := range held {
		if id, ok := helpPath(t, b, c.text, c.lang); !ok {
			t.Errorf("%s %q: someone still held got %q, want the help path", c.lang, c.text, id)
		}
	}
}

// An app or a platform that will not let the writer withdraw unless a fee
// is paid is the investment scam's last step, not a person held for
// ransom: "let me … unless I pay" names money, not freedom. Someone held
// who also mentions withdrawing keeps the help path. Lines written for
// this test.
func TestMoneyAppNotHeld(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		text string
		help bool
	}{
		{"the trading site wont let me withdraw my profit unless i pay the unlock fee first, scam or not?", false},
		{"my usdt app says pay 15% before it will let me withdraw, should I?", false},
		{"they won't let me leave unless I pay 3000 usdt, I can't even withdraw my salary", true},
	} {
		wantHelpPath(t, b, "en", c.text, c.help)
	}
}

// A danger word said of people in general ("this is how graduates get
// tricked and sold", "videos about workers trafficked") with a relative
// who worries or warns asks about the scheme, not for a way out; a
// relative who is held keeps the help path even when the message also
// speaks of people in general. Lines written for this test.
func TestPeopleInGeneral(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		text string
		help bool
	}{
		{"my aunt keeps sending me videos about workers trafficked to Cambodia, I have an offer in Phnom Penh next month, how can I check the company first?", false},
		{"my dad says this is how graduates get tricked and sold, how do these agents find their victims?", false},
		{"my brother is trapped in a compound in Myawaddy, I read that people get sold between companies, they beat him, what can we do?", true},
		{"my sister is locked in a building in Cambodia, I heard about people sold to other compounds, help", true},
	} {
		wantHelpPath(t, b, "en", c.text, c.help)
	}
}

// A thing held, not a person: a parcel or a package held at customs and a
// small fee "to release it" is parcel phishing, in every language
// (distress.Finding.Thing: its words of holding and paying do not count).
// A person held at customs or in a compound keeps the help path. Lines
// written for this test.
func TestThingHeldNotPerson(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "got a text: your package is on hold at customs, pay the $1.50 release fee via this link. is it real", false},
		{"en", "courier sms says my parcel is stuck and i have to pay 2 dollars to get it released", false},
		{"zh", "收到短信说我的快递被海关扣了，付3块钱清关费才放行，是骗子吗", false},
		{"vi", "tin nhắn báo gói hàng của tôi bị hải quan giữ, đóng 20 nghìn phí thông quan để nhận", false},
		{"id", "sms bilang paket saya ditahan bea cukai, bayar 10 ribu biar dilepas, beneran gak", false},
		{"ms", "mesej kata parcel saya kena tahan kastam, bayar RM3 nak lepaskan, betul ke ni", false},
		{"th", "ได้ข้อความว่าพัสดุติดที่ศุลกากร ให้จ่าย 30 บาทเพื่อปล่อยของ ของจริงไหม", false},
		{"hi", "sms aaya parcel customs me atka hai, chhudane ke liye 25 rupaye bharo, sahi hai kya", false},
		{"tl", "may text na hawak daw ng customs ang parcel ko, magbayad ng 40 pesos para ma-release", false},
		{"en", "my brother is held at customs at the airport and they want money to release him", true},
		{"en", "we are held in a compound and they want 3000 each to release us, my package never came either", true},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}

// Someone who has not gone yet (a relative or friend planning or invited to
// take a job abroad, asking what to check) is verifying an offer, and a
// flight's check-in is travel: neither is the help path, in any language
// (distress.Finding.Planning). Someone already on the way, or harmed, and
// the writer's own last leg keep it. Lines written for this test.
func TestPlanningNotHeld(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "my cousin wants to fly to kuala lumpur and then on to laos for a 'customer support' job a stranger offered on telegram. what should she check before she agrees?", false},
		{"en", "a classmate is inviting me to work as an admin in poipet, free visa and someone will collect us at the border. what should I ask first?", false},
		{"th", "พี่สาวอยากไปทำงานที่กัมพูชา มีคนเสนองานแอดมิน มีคนมารับที่ชายแดนให้ ควรเช็คอะไรบ้าง", false},
		{"th", "บินไปพนมเปญจากดอนเมืองต้องเช็คอินก่อนกี่ชั่วโมง", false},
		{"zh", "我表哥打算去老挝做客服，说有人在边境接，签合同之前要注意什么", false},
		{"vi", "bạn em rủ sang campuchia làm admin, có người đón ở biên giới, trước khi đồng ý nên kiểm tra gì", false},
		{"id", "teman ngajak kerja admin di kamboja, nanti dijemput di perbatasan, apa yang perlu dicek sebelum setuju", false},
		{"ms", "sepupu saya nak kerja kat kemboja, ada orang jemput kat sempadan, apa patut check sebelum terima", false},
		{"tl", "gusto magtrabaho ng pinsan ko sa laos, may susundo daw sa border, ano dapat icheck bago pumayag", false},
		{"hi", "mera dost laos jana chahta hai call center job ke liye, jane se pehle kya check kare", false},
		{"en", "my sister landed in bangkok this morning and now they say a van will take her across the river to myawaddy tonight, what do we do?", true},
		{"en", "at the airport now, the recruiter says a car will take us across the border to the office, what should I do", true},
		{"en", "my brother was planning to come home but the boss took his passport and beats him", true},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}

// A general question about how it goes for people, from someone who read
// or heard of it ("I read that the driver keeps your passport and you owe
// for the ticket, is that how it works?"), asks how recruitment or life
// inside works: its "I" is a reader, not the one in danger
// (distress.dropNotInDanger), and it is not the help path. A writer who is
// also held keeps it. Lines written for this test.
func TestReaderAsksHowItGoes(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "i saw on tiktok that the guy who meets you at the airport keeps your passport and then says you owe them for the plane ticket. is that how it works?", false},
		{"en", "I heard the recruiters hold your documents and make you pay back the flight, is that how they do it?", false},
		{"id", "aku baca katanya penjemput di bandara langsung ambil paspor terus bilang harus ganti tiket, emang gitu caranya?", false},
		{"tl", "nabasa ko na kinukuha daw agad ang passport pagdating tapos may utang na sa ticket, ganun ba talaga?", false},
		{"en", "I heard they take passports and sell people there. I am locked in a building now, please help", true},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}

// leaning answers with a help article and, with the help articles left
// out, with next: a classifier that leans to the help articles on a
// question the cues say is not about a person held.
type leaning struct{ kb *knowledge.Base }

func (a leaning) answerWith(id string, l string) answer.Result {
	art, _, _ := a.kb.Article(id, l)
	return answer.Result{Answered: true, Article: art, Score: 0.7, Lang: l, QueryLang: l}
}

func (a leaning) Answer(_ context.Context, q, l string) (answer.Result, error) {
	return a.answerWith(knowledge.TopicHelpSomeoneTrapped, l), nil
}

func (a leaning) AnswerWithout(_ context.Context, q, l string, skip func(string) bool) (answer.Result, error) {
	if skip(knowledge.TopicVerifyAJobOffer) {
		return answer.Result{}, nil
	}
	return a.answerWith(knowledge.TopicVerifyAJobOffer, l), nil
}

// A help article the cues take away (someone not gone yet, a parcel) gives
// way to the classifier's next article, not to an abstention; a message
// the cues do not doubt keeps the classifier's help article. Lines written
// for this test.
func TestNextArticleWhenNotHeld(t *testing.T) {
	real := newTestBot(t)
	b := New(real.kb, leaning{real.kb}, real.offers)
	for _, c := range []struct{ text, want string }{
		{"my niece is planning to go to laos for a call centre job, what should she check before she accepts?", knowledge.TopicVerifyAJobOffer},
		{"my sister has not called for a week and we are so worried", knowledge.TopicHelpSomeoneTrapped},
	} {
		r, err := b.Ask(context.Background(), c.text, "en")
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != KindAnswer || r.Article == nil || r.Article.ID != c.want {
			t.Errorf("%q: kind %s article %+v, want %s", c.text, r.Kind, r.Article, c.want)
		}
	}
}

// outside is a classifier sure that every message is about something else.
type outside struct{}

func (outside) Answer(context.Context, string, string) (answer.Result, error) {
	return answer.Result{OutOfScope: 0.95}, nil
}

// One everyday danger word in a message the classifier reads as about
// something else is dismissed, and the safety net does not answer it
// either; a short cry and a place named keep the help path (see
// distress.Finding.Dismissed). Lines written for this test.
func TestDismissedByOutOfScope(t *testing.T) {
	real := newTestBot(t)
	b := New(real.kb, outside{}, real.offers)
	for _, c := range []struct {
		text string
		help bool
	}{
		{"the lever on our old espresso machine is stuck halfway and hot water drips out, worth repairing?", false},
		{"stuck here, cant leave", true},
		{"my son has been stuck in Cambodia for two months and cannot leave", true},
	} {
		wantHelpPath(t, b, "en", c.text, c.help)
	}
}
