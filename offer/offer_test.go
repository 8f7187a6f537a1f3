package offer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var testChecker = func() *Checker { c := New(); c.ready(); return c }()

func fired(r Result, id string) *Signal {
	for i := range r.Signals {
		if r.Signals[i].Rule == id {
			return &r.Signals[i]
		}
	}
	for i := range r.Counter {
		if r.Counter[i].Rule == id {
			return &r.Counter[i]
		}
	}
	return nil
}

// TestRules checks each rule on short positive and negative texts in the
// languages it covers.
func TestRules(t *testing.T) {
	tests := []struct {
		rule string
		lang string
		text string
		want bool
	}{
		// pay
		{"pay.too-high", "en", "Salary: $1,500 – $3,000 / month, no experience needed", true},
		{"pay.too-high", "en", "Salary: $250–$320/month + tips", false},
		{"pay.too-high", "en", "Senior engineer, degree required. Salary USD 3,000/month", false},
		{"pay.too-high", "zh", "底薪1.2万，月入2-3万不是梦", true},
		{"pay.too-high", "zh", "月薪 RM 4,000–5,000", false},
		{"pay.too-high", "vi", "Thu nhập 25–35 triệu/tháng", true},
		{"pay.too-high", "vi", "Lương cứng 8.000.000 – 9.500.000 VNĐ", false},
		{"pay.too-high", "id", "Gaji: Rp 15 – 25 juta per bulan", true},
		{"pay.too-high", "id", "Gaji pokok Rp 5.400.000 (sesuai UMP)", false},
		{"pay.too-high", "ms", "Gaji RM6-9k sebulan", true},
		{"pay.too-high", "ms", "Gaji pokok RM 1,800 + elaun syif", false},
		{"pay.too-high", "th", "เงินเดือน 35,000 – 50,000 บาท", true},
		{"pay.too-high", "th", "เงินเดือน 15,000–17,000 บาท", false},
		{"pay.too-high", "hi", "सैलरी: 1,500 USDT महीना", true},
		{"pay.too-high", "hi", "सैलरी: ₹22,000–₹30,000 प्रति माह", false},
		{"pay.too-high", "tl", "Sahod: ₱60,000–₱90,000/month", true},
		{"pay.too-high", "en", "Rate: PHP 95/hour", false},
		{"pay.too-good", "en", "Earn 1.5k USD per month, no experience needed!", true},
		{"pay.multiple", "en", "pay is like 3x what you make at the shop", true},
		{"pay.easy-money", "vi", "VIEC NHE LUONG CAO, tuyen gap", true},
		{"pay.crypto", "en", "Salary paid in USDT every month", true},
		// travel and visa
		{"travel.tourist-visa", "en", "You enter with a tourist visa first, the company changes it later.", true},
		{"travel.tourist-visa", "zh", "入境先办旅游签，到了以后公司统一办理工作手续。", true},
		{"travel.tourist-visa", "id", "Berangkat pakai visa turis dulu.", true},
		{"travel.tourist-visa", "th", "ไม่ต้องใช้วีซ่าทำงาน เดินทางไปก่อนได้เลย", true},
		{"travel.tourist-visa", "hi", "टूरिस्ट वीज़ा पर जाना है", true},
		{"travel.tourist-visa", "en", "Work visa and work permit sponsored by the company before you travel.", false},
		{"travel.visa-later", "en", "HR sorts out the paperwork after you settle in.", true},
		{"travel.free-package", "ms", "Tiket kapal terbang, visa & penginapan PERCUMA", true},
		{"travel.free-package", "vi", "Bao vé xe, bao ăn ở", true},
		{"travel.pickup", "en", "Our agent will pick you up at Bangkok airport and drive you to Mae Sot.", true},
		// destination
		{"destination.hotspot", "en", "Office in Sihanoukville, Cambodia", true},
		{"destination.hotspot", "zh", "柬埔寨西港 客服", true},
		{"destination.hotspot", "th", "สถานที่: เมียวดี", true},
		{"destination.hotspot", "hi", "आपको गाड़ी से म्यावाडी ले जाएगा", true},
		{"destination.hotspot", "en", "Office in Phnom Penh, Cambodia", false},
		{"destination.border-crossing", "vi", "Có người đón tận nơi, đưa qua cửa khẩu", true},
		{"destination.border-crossing", "th", "มีรถมารับที่แม่สอด พาข้ามไปถึงที่ทำงาน", true},
		{"destination.border-crossing", "en", "our car picks you up and takes you across", true},
		{"destination.vague", "en", "our regional operations office in Southeast Asia", true},
		{"destination.vague", "zh", "招聘东南亚分公司运营助理", true},
		{"destination.vague", "zh", "处理中国及东南亚客户的订单咨询", false},
		{"destination.later", "en", "they'll send the exact address when you're confirmed", true},
		// channel
		{"channel.messaging-only", "en", "Contact HR on Telegram @hr_job", true},
		{"channel.messaging-only", "en", "T3legram: @hr_job", true},
		{"channel.messaging-only", "en", "whats@pp +855 12 345 678", true},
		{"channel.messaging-only", "en", "WhatsApp +63 900 000 0000 or apply at careers.example.com", false},
		{"channel.messaging-only", "en", "add me on tele gram: jobs_hr", true},
		{"channel.messaging-only", "zh", "有意者请加飞机：@xigang_hr", true},
		{"channel.messaging-only", "zh", "公司报销飞机票，坐飞机到吉隆坡", false},
		{"channel.messaging-only", "th", "สนใจทักไลน์: @admin_job", true},
		{"channel.messaging-only", "vi", "Liên hệ Zalo 0900 000 000", true},
		// process
		{"process.no-interview", "en", "No interview hassle, fast process.", true},
		{"process.no-interview", "zh", "不需要面试，聊天了解即可。", true},
		{"process.no-interview", "id", "Tanpa interview, langsung proses!", true},
		{"process.no-interview", "en", "Interview: video call and an in-person final round.", false},
		{"process.chat-interview", "en", "Interview only by chat, very simple.", true},
		{"process.chat-interview", "vi", "Phỏng vấn qua tin nhắn thôi em", true},
		{"process.chat-interview", "th", "สัมภาษณ์ผ่านแชทได้", true},
		{"process.chat-interview", "hi", "इंटरव्यू व्हाट्सऐप पर ही हो जाएगा", true},
		{"process.contract-on-arrival", "en", "Contract signed after arrival.", true},
		{"process.contract-on-arrival", "id", "kontrak ditandatangani di lokasi", true},
		{"process.contract-on-arrival", "th", "สัญญาจ้างจะเซ็นเมื่อไปถึงสำนักงาน", true},
		{"process.contract-on-arrival", "en", "Contract signed before arrival.", false},
		// documents
		{"documents.passport-early", "en", "Please send me your passport photo page today", true},
		{"documents.passport-early", "vi", "Gửi ảnh CCCD + hộ chiếu để giữ chỗ nhé", true},
		{"documents.passport-early", "hi", "अपने पासपोर्ट की फोटो आज ही भेजें", true},
		{"documents.passport-early", "ms", "Sila bawa 2 keping gambar berukuran pasport", false},
		{"documents.passport-early", "en", "You keep your passport at all times; we only need a copy for the visa.", false},
		{"documents.passport-held", "en", "HR will hold it for safekeeping: bring your passport", true},
		// money
		{"money.fee", "en", "You only need to pay the visa processing fee of USD 350.", true},
		{"money.fee", "hi", "रजिस्ट्रेशन फीस ₹45,000 लगेगी", true},
		{"money.fee", "en", "Recruitment fee: 1,000 THB deposit to hold your slot", true},
		{"money.fee", "en", "We never charge applicants any fee.", false},
		{"money.fee", "vi", "Công ty KHÔNG thu bất kỳ khoản phí nào của ứng viên.", false},
		{"money.fee", "zh", "费用由公司承担", false},
		{"money.fee", "en", "all fees paid by us", false},
		{"money.fee", "en", "Licence No. 123-LB. Pay the placement fee of USD 800 to our officer.", true},
		{"money.fee", "en", "Medical exam fee USD 80, paid directly to the clinic with an official receipt.", false},
		{"task.deposit-to-unlock", "hi", "Typing ke tasks, koi deposit nahi, koi fees nahi.", false},
		// pressure
		{"pressure.urgency", "en", "Departure next week, limited slots!", true},
		{"pressure.secrecy", "en", "Don't tell too many people ok", true},
		{"pressure.secrecy", "zh", "内部推荐岗位，请勿外传！", true},
		{"pressure.secrecy", "ms", "Jangan kongsi iklan ini", true},
		{"pressure.secrecy", "hi", "घर पर ज़्यादा किसी को मत बताना", true},
		{"pressure.secrecy", "tl", "Huwag sabihin sa pamilya mo", true},
		// task and mule
		{"task.deposit-to-unlock", "en", "Earn by liking videos! VIP level 1 only needs a ₱1,000 top-up.", true},
		{"task.deposit-to-unlock", "id", "Tugas premium perlu deposit dulu (mulai Rp 100.000)", true},
		{"task.deposit-to-unlock", "zh", "点赞任务，充值后解锁高级任务", true},
		{"task.paid-clicks", "en", "Get paid to like videos and follow accounts", true},
		{"mule.receive-forward", "en", "Receive payments into your personal bank account and transfer the funds to our supplier", true},
		{"mule.receive-forward", "en", "Salary paid semi-monthly via bank transfer.", false},
		{"mule.rent-account", "zh", "高价收购银行卡，出租银行卡日结", true},
		{"mule.rent-account", "th", "รับเช่าบัญชี ได้เงินทุกวัน", true},
		{"task.gambling", "en", "Online casino game host", true},
		{"task.gambling", "en", "We have no gambling or betting products.", false},
		{"task.investment-chat", "zh", "引导客户了解平台的理财产品", true},
		// combinations
		{"combo.travel-vague-chat", "en", "Customer service job, free flight, Southeast Asia, Telegram @x", true},
		{"combo.travel-vague-chat", "en", "Customer service job, free flight, Southeast Asia, Telegram @x, office: 12 Main Street", false},
		// counter-signals
		{"counter.licence", "en", "DMW Licence No. DMW-118-LB-0721-R", true},
		{"counter.licence", "vi", "Giấy phép hoạt động số 999/LĐTBXH-GP", true},
		{"counter.formal-interview", "en", "Process: video interview then final interview at our office.", true},
		{"counter.formal-interview", "id", "Tahapan seleksi: tes online → interview HR", true},
		{"counter.contract-before-travel", "en", "Signed contract before you travel", true},
		{"counter.contract-before-travel", "zh", "出发前签订书面劳动合同", true},
		{"counter.contract-before-travel", "en", "boss doesn't like people talking before the contract", false},
		{"counter.work-permit", "en", "Work permit issued before departure", true},
		{"counter.work-permit", "hi", "वर्क परमिट कंपनी वहीं बनवाएगी", false},
		{"counter.no-fee", "th", "บริษัทไม่มีการเรียกเก็บเงินจากผู้สมัครทุกกรณี", true},
		{"counter.address", "en", "Walk-in: 12F Harborview Center, 118 Paseo de Roxas", true},
		{"counter.website", "en", "Apply at careers.lumenharbor.example.com", true},
		{"counter.website", "en", "Telegram t.me/jobs_hr", false},
		{"counter.statutory-benefits", "id", "BPJS Kesehatan & BPJS Ketenagakerjaan", true},
		// Tagalog/Taglish and romanised Hindi
		{"travel.paid", "tl", "Hiring po! Libreng airfare papuntang Thailand", true},
		{"travel.paid", "tl", "Sagot ng agency ang pamasahe at visa", true},
		{"travel.paid", "tl", "Ang aplikante ang bibili ng sariling ticket.", false},
		{"travel.paid", "hi", "Free ticket aur visa, data entry job", true},
		{"travel.paid", "hi", "Ticket ka kharcha khud uthana hoga", false},
		{"travel.free-package", "tl", "Libreng plane ticket, libreng accommodation at pagkain", true},
		{"travel.free-package", "hi", "Ticket company dega, rehna aur khana free", true},
		{"travel.tourist-visa", "tl", "Turista muna kayo aalis, may escort sa airport", true},
		{"travel.tourist-visa", "tl", "Di na kailangan dumaan sa DMW, direct na", true},
		{"travel.tourist-visa", "tl", "Walang OEC, tourist lang ang dating", true},
		{"travel.tourist-visa", "tl", "Working visa, dadaan sa DMW bago umalis", false},
		{"travel.tourist-visa", "hi", "Tourist visa pe bhejenge, eMigrate ki zarurat nahi", true},
		{"travel.tourist-visa", "hi", "Employment visa, eMigrate registered agency", false},
		{"travel.visa-later", "tl", "Iko-convert ang visa pagdating sa Bangkok", true},
		{"travel.visa-later", "hi", "Work visa wahan pahunchkar banega", true},
		{"travel.visa-later", "hi", "Visa wahan jaake banega, chinta mat karo", true},
		{"travel.visa-later", "hi", "Employment visa jaane se pehle lag jayega", false},
		{"travel.pickup", "tl", "Libreng pamasahe, may susundo sa airport at ihahatid kayo sa Mae Sot", true},
		{"travel.pickup", "hi", "Free ticket, agent airport pe lene aayega aur Myawaddy le jayega", true},
		{"travel.pickup", "hi", "Interview office me hoga, Andheri branch", false},
		{"destination.border-crossing", "hi", "Mae Sot se border cross karwayenge", true},
		{"destination.vague", "hi", "Thailand ke paas ek padosi desh me office hai", true},
		{"destination.later", "tl", "Sasabihin na lang ang address pagdating", true},
		{"destination.later", "hi", "Company ka pata baad me batayenge", true},
		{"destination.later", "hi", "Office ka pata: Plot 12, Sector 18, Gurugram", false},
		{"process.no-interview", "tl", "No interview po, alis agad", true},
		{"process.no-interview", "tl", "Di na kailangan ng interview, basta may passport", true},
		{"process.no-interview", "tl", "Walk-in interview sa office namin sa Ermita", false},
		{"process.no-interview", "hi", "Interview nahi hoga, seedha joining", true},
		{"process.no-interview", "hi", "Interview office me hoga, documents saath laana", false},
		{"process.chat-interview", "hi", "Interview WhatsApp call pe hi ho jayega", true},
		{"process.contract-on-arrival", "tl", "Pipirmahan ang kontrata pagkarating sa site", true},
		{"process.contract-on-arrival", "tl", "May kontrata bago umalis, pirmado sa DMW", false},
		{"process.contract-on-arrival", "hi", "Contract wahan pahunchne ke baad sign hoga", true},
		{"process.contract-on-arrival", "hi", "Contract jaane se pehle sign hoga, wahan pahunchne ke baad joining", false},
		{"process.unsolicited", "hi", "Badhai ho, aapka selection ho gaya hai", true},
		{"documents.passport-early", "tl", "Paki-send ng picture ng pasaporte ngayon", true},
		{"documents.passport-early", "hi", "Passport ki copy bhej do aaj hi", true},
		{"documents.passport-early", "hi", "Passport aapke paas hi rahega, sirf copy bhejna visa ke liye", false},
		{"documents.passport-held", "tl", "Kukunin ang passport pagdating para safe", true},
		{"documents.passport-held", "hi", "Passport company ke paas rahega", true},
		{"documents.passport-held", "hi", "Passport aapke paas rahega", false},
		{"documents.bank-details", "hi", "Salary ke liye bank details bhejo", true},
		{"money.fee", "tl", "Reservation fee ₱15,000, i-send sa GCash", true},
		{"money.fee", "tl", "Cash bond ₱10,000, babayaran bago umalis", true},
		{"money.fee", "tl", "Walang placement fee, sagot ng employer", false},
		{"money.fee", "tl", "Ang placement fee ay babayaran ng employer", false},
		{"money.fee", "hi", "Registration fees dena hoga ₹20,000, UPI pe bhejo", true},
		{"money.fee", "hi", "Processing charge Paytm pe bhejo", true},
		{"money.fee", "hi", "Koi fees nahi, kisi ko paise mat do", false},
		{"money.fee", "tl", "Medical fee ₱2,500, magbayad sa Palawan Express", true},
		{"pressure.urgency", "tl", "Limited slots lang, alis agad next week", true},
		{"pressure.urgency", "hi", "Seats kam hai, jaldi join karo", true},
		{"pressure.urgency", "hi", "Interview har Somvar, office me", false},
		{"pressure.secrecy", "tl", "Wag mong sabihin sa pamilya mo ha", true},
		{"pressure.secrecy", "tl", "Atin-atin lang muna ito, wag i-post", true},
		{"pressure.secrecy", "tl", "Ipaalam sa pamilya ang detalye ng employer", false},
		{"pressure.secrecy", "hi", "Ghar walon ko mat batana abhi", true},
		{"pressure.secrecy", "hi", "Family ko offer letter dikhayein", false},
		{"pay.too-good", "hi", "Koi experience nahi chahiye, salary 2,000 USD per month", true},
		{"pay.too-good", "tl", "Kahit walang exp, sahod ₱90,000 kada buwan", true},
		{"pay.too-good", "hi", "Salary ₹25,000 per month, fresher bhi chalega", false},
		{"pay.easy-money", "tl", "Type type lang, chill na trabaho", true},
		{"pay.multiple", "hi", "Yahan se teen guna salary milegi", true},
		{"counter.licence", "tl", "POEA License No. 123-LB-456, DMW licensed", true},
		{"counter.licence", "hi", "RA License number B-1234/DEL/PER, eMigrate registered", true},
		{"counter.licence", "hi", "eMigrate ki zarurat nahi", false},
		{"counter.formal-interview", "tl", "Personal interview sa opisina namin sa Ermita", true},
		{"counter.formal-interview", "hi", "Interview office mein hoga, Monday se Friday", true},
		{"counter.formal-interview", "hi", "Interview nahi hoga", false},
		{"counter.contract-before-travel", "tl", "May kontrata bago umalis", true},
		{"counter.contract-before-travel", "hi", "Contract sign karke hi jaana hai", true},
		{"counter.work-permit", "tl", "Working visa, dadaan sa DMW bago lumipad", true},
		{"counter.work-permit", "hi", "Employment visa jaane se pehle lagega", true},
		{"counter.work-permit", "hi", "Visa wahan jaake banega", false},
		{"counter.no-fee", "tl", "Walang babayaran ang aplikante", true},
		{"counter.no-fee", "hi", "Koi fees nahi, koi registration fee nahi", true},
		{"counter.no-fee", "hi", "Registration fees dena hoga", false},
		{"counter.passport-kept", "tl", "Hawak mo ang passport mo palagi", true},
		{"counter.passport-kept", "hi", "Passport aapke paas rahega", true},
	}
	for _, tt := range tests {
		r := testChecker.CheckLang(tt.text, "en")
		if got := fired(r, tt.rule) != nil; got != tt.want {
			var ids []string
			for _, s := range append(r.Signals, r.Counter...) {
				ids = append(ids, s.Rule)
			}
			t.Errorf("%s [%s] %q: fired=%v, want %v (fired: %v)", tt.rule, tt.lang, tt.text, got, tt.want, ids)
		}
	}
}

// TestCounterNeverCancelsHard: verifiable details lower the score but a
// fee, a tourist visa for work or a border compound stays flagged.
func TestCounterNeverCancelsHard(t *testing.T) {
	const verifiable = "\nCompany: Example Co., Ltd. Office: 3rd floor, 27 Norodom Blvd. Website https://example.com. " +
		"Video interview and in-person final interview. Contract signed before you travel. Work permit approved before departure. " +
		"EPF, SOCSO, annual leave. Degree required."
	for _, lure := range []string{
		"Registration fee USD 500, pay to our agent before the interview.",
		"Enter with a tourist visa, we arrange everything.",
		"Office in Shwe Kokko, Myanmar. No interview needed.",
		"Rate products and get paid. VIP tasks need a top-up of 100 USD first.",
	} {
		plain := testChecker.Check(lure)
		with := testChecker.Check(lure + verifiable)
		if with.Level == Low {
			t.Errorf("%q with verifiable details: level low (score %d), want flagged", lure, with.Score)
		}
		if len(with.Counter) == 0 {
			t.Errorf("%q: no counter-signals found in the verifiable details", lure)
		}
		if with.Score > plain.Score {
			t.Errorf("%q: counter-signals raised the score %d → %d", lure, plain.Score, with.Score)
		}
	}
}

// TestHotspotAlone: a verifiable job in a town known for compounds is not
// held to the hard floor when nothing else about the offer is a lure sign.
func TestHotspotAlone(t *testing.T) {
	plain := testChecker.Check("Front desk agent wanted at our hotel in Sihanoukville.")
	if plain.Level == Low {
		t.Errorf("hotspot without any detail: level low (score %d), want flagged", plain.Score)
	}
	verified := testChecker.Check("Front desk agent wanted at our hotel in Sihanoukville. Company: Example Co., Ltd., " +
		"12 Ekareach Street. Work permit via the Ministry of Labour before arrival, contract signed before you travel, " +
		"video interview and in-person final interview. Website https://example.com")
	if verified.Score >= plain.Score {
		t.Errorf("verifiable details did not lower the score: %d → %d", plain.Score, verified.Score)
	}
}

func TestSpans(t *testing.T) {
	text := "🔥 ＵＲＧＥＮＴ: Contact  T3legram @hr — FREE air ticket! Sihanoukville. Send passport copy. Tuyển gấp, việc nhẹ lương cao."
	r := testChecker.Check(text)
	if len(r.Signals) < 4 {
		t.Fatalf("only %d signals: %+v", len(r.Signals), r.Signals)
	}
	for _, s := range append(r.Signals, r.Counter...) {
		if len(s.Spans) == 0 || len(s.Spans) != len(s.Matched) {
			t.Errorf("%s: %d spans, %d matched", s.Rule, len(s.Spans), len(s.Matched))
		}
		for i, sp := range s.Spans {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("%s: bad span %v", s.Rule, sp)
			}
			if s.Matched[i] != text[sp.Start:sp.End] {
				t.Errorf("%s: Matched %q != text slice %q", s.Rule, s.Matched[i], text[sp.Start:sp.End])
			}
		}
	}
	want := map[string]string{
		"destination.hotspot":    "Sihanoukville",
		"channel.messaging-only": "T3legram",
		"travel.paid":            "FREE air ticket",
		"pay.easy-money":         "việc nhẹ lương cao",
		"pressure.urgency":       "ＵＲＧＥＮＴ",
	}
	for id, m := range want {
		s := fired(r, id)
		if s == nil {
			t.Errorf("%s did not fire", id)
			continue
		}
		if !contains(s.Matched, m) {
			t.Errorf("%s matched %q, want %q among them", id, s.Matched, m)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestNormalize covers the filter dodges the normaliser undoes.
func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"T3legram", "telegram"},
		{"whats@pp", "whatsapp"},
		{"t e l e g r a m", "telegram"},
		{"T.E.L.E.G.R.A.M", "telegram"},
		{"Ｔｅｌｅｇｒａｍ", "telegram"},
		{"１５００", "1500"},
		{"Việc Nhẹ Lương Cao", "viec nhe luong cao"},
		{"Đi ngay", "di ngay"},
		{"don't", "dont"},
		{"visa-free", "visa free"},
		{"hr@example.com", "hr@example.com"},
		{"RM5k", "rm5k"},
		{"a\u200bb", "ab"},
		{"🔥hot🔥job", "hot job"},
		{"๓๕,๐๐๐ บาท", "35,000 บาท"},
	}
	var n normText
	for _, tt := range tests {
		normalize(&n, tt.in)
		if got := strings.TrimSpace(string(n.b)); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if len(n.off) != len(n.b) {
			t.Errorf("normalize(%q): %d offsets for %d bytes", tt.in, len(n.off), len(n.b))
		}
	}
}

func TestPayParsing(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi float64
		cur    currency
		per    period
	}{
		{"Salary: $1,500 – $3,000 / month", 1500, 3000, curUSD, perMonth},
		{"earn 1.5k USD per month", 1500, 1500, curUSD, perMonth},
		{"$2,000-3,000 monthly", 2000, 3000, curUSD, perMonth},
		{"月入2-3万", 20000, 30000, curCNY, perMonth},
		{"月薪1.5万-2.5万人民币", 15000, 25000, curCNY, perMonth},
		{"Thu nhập 25-35 triệu/tháng", 25e6, 35e6, curVND, perMonth},
		{"Gaji Rp 15–25 juta per bulan", 15e6, 25e6, curIDR, perMonth},
		{"Rp 300rb – 1,5jt per hari", 300e3, 1.5e6, curIDR, perDay},
		{"Gaji RM6-9k sebulan", 6000, 9000, curMYR, perMonth},
		{"35,000 baht a month", 35000, 35000, curTHB, perMonth},
		{"सैलरी ₹45,000 प्रति माह", 45000, 45000, curINR, perMonth},
		{"2,000 USDT/month", 2000, 2000, curUSD, perMonth},
		{"CAD 17.60/hour", 17.6, 17.6, curCAD, perHour},
		{"Lương 8.000.000 VNĐ", 8e6, 8e6, curVND, perMonth},
		{"Komisi Rp 15.000 per tugas", 15000, 15000, curIDR, perTask},
		{"₱500–₱3,000 per day", 500, 3000, curPHP, perDay},
		{"NT$ 28,590 per month", 28590, 28590, curTWD, perMonth},
		{"S$ 4,000 per month", 4000, 4000, curSGD, perMonth},
		{"Annual salary USD 24,000", 24000, 24000, curUSD, perYear},
		{"年薪20万", 200000, 200000, curCNY, perYear},
	}
	for _, tt := range tests {
		var s scan
		s.run(testChecker.ac, tt.in)
		if len(s.pays) == 0 {
			t.Errorf("%q: no amount parsed", tt.in)
			continue
		}
		p := s.pays[0]
		if p.lo != tt.lo || p.hi != tt.hi || p.cur != tt.cur || p.per != tt.per {
			t.Errorf("%q: got lo=%v hi=%v cur=%d per=%d, want %v %v %d %d", tt.in, p.lo, p.hi, p.cur, p.per, tt.lo, tt.hi, tt.cur, tt.per)
		}
	}
	// No currency, no amount: ages and dates are not pay.
	var s scan
	s.run(testChecker.ac, "Age 18–35, start on 15.06")
	if len(s.pays) != 0 {
		t.Errorf("ages parsed as pay: %+v", s.pays)
	}
}

func TestTruncation(t *testing.T) {
	long := strings.Repeat("Lương cao, việc nhẹ. ", 4000) // multi-byte runes across the cut
	r := testChecker.Check(long)
	if !r.Truncated {
		t.Fatal("Truncated not set")
	}
	for _, s := range r.Signals {
		for _, sp := range s.Spans {
			if sp.End > MaxInput {
				t.Errorf("span %v beyond MaxInput", sp)
			}
		}
	}
	if r := testChecker.Check("short"); r.Truncated {
		t.Error("short input marked truncated")
	}
}

func TestLevelsAndAdvice(t *testing.T) {
	r := testChecker.Check("Hello, how are you?")
	if r.Level != Low || r.Score != 0 {
		t.Errorf("small talk: %s %d", r.Level, r.Score)
	}
	if len(r.Advice) == 0 || r.Advice[0].Article == "" {
		t.Error("no advice for a low result")
	}
	for _, l := range []string{"en", "zh", "vi", "id", "ms", "th", "hi", "tl", "xx"} {
		for _, lv := range []Level{High, Medium, Low} {
			s := lv.Summary(l)
			if s == "" {
				t.Errorf("no summary for %s/%s", lv, l)
			}
		}
	}
	if !strings.Contains(Low.Summary("en"), "does not mean") {
		t.Error("low summary must say that no signs found is not a verdict")
	}
}

func TestLooksLikeOffer(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"URGENT HIRING! Customer service in Cambodia, salary $1,500/month, free flight. Contact Telegram @hr", true},
		{"【高薪急招】柬埔寨西港 客服/打字员 月入2-3万 包吃包住 有意者请加飞机", true},
		{"Tuyển nhân viên chăm sóc khách hàng, lương 1.000 USD/tháng, liên hệ Zalo 0900 000 000", true},
		{"LOWONGAN KERJA: Admin online, gaji Rp 15 juta per bulan, hubungi WA", true},
		{"รับสมัครด่วน งานแอดมินออนไลน์ เงินเดือน 35,000 บาท สนใจทักไลน์", true},
		{"नौकरी: डेटा एंट्री, सैलरी $1,200 प्रति माह, संपर्क टेलीग्राम पर", true},
		{"JAWATAN KOSONG: Khidmat pelanggan, gaji RM 6,000 sebulan, hubungi Telegram", true},
		{"Hiring na! Trabaho sa call center, sahod ₱25,000 kada buwan, mag-apply na sa Telegram", true},
		{"is this job offer a scam?", false},
		{"how do I report a scam", false},
		{"What is a scam compound?", false},
		{"hello", false},
	}
	for _, tt := range tests {
		if got := LooksLikeOffer(tt.text); got != tt.want {
			t.Errorf("LooksLikeOffer(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, in := range []string{"", "\xff\xfe\xfd", strings.Repeat("\x00", 100), "$", "1,", "Rp", "万", "-", "@", "t e l"} {
		r := testChecker.Check(in)
		if r.Level == "" || !utf8.ValidString(r.Lang) {
			t.Errorf("%q: bad result %+v", in, r)
		}
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Salary $1,500 – $3,000 / month, Telegram @hr, Sihanoukville",
		"月入2-3万 西港 飞机", "Việc nhẹ lương cao 25-35 triệu", "T3legram whats@pp t e l e g r a m",
		"Rp 300rb – 1,5jt per hari", "RM6-9k", "\xff1.5k", "๓๕,๐๐๐ บาท",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := testChecker.Check(text)
		if r.Score < 0 || r.Score > 100 {
			t.Fatalf("score %d", r.Score)
		}
		in := text
		if len(in) > MaxInput {
			in = in[:MaxInput]
		}
		// Rune boundaries as decoding sees them (an invalid byte is a
		// rune of its own).
		bound := map[int]bool{len(text): true}
		for i := range text {
			bound[i] = true
		}
		for _, s := range append(r.Signals, r.Counter...) {
			if len(s.Spans) != len(s.Matched) {
				t.Fatalf("%s: spans/matched mismatch", s.Rule)
			}
			for i, sp := range s.Spans {
				if sp.Start < 0 || sp.End > len(in) || sp.Start >= sp.End {
					t.Fatalf("%s: span %v outside input of %d bytes", s.Rule, sp, len(in))
				}
				if !bound[sp.Start] || !bound[sp.End] {
					t.Fatalf("%s: span %v not on rune boundaries", s.Rule, sp)
				}
				if s.Matched[i] != text[sp.Start:sp.End] {
					t.Fatalf("%s: matched %q != slice", s.Rule, s.Matched[i])
				}
				if utf8.ValidString(text) && !utf8.ValidString(s.Matched[i]) {
					t.Fatalf("%s: invalid UTF-8 in matched text", s.Rule)
				}
			}
			if !utf8.ValidString(s.Text) {
				t.Fatalf("%s: invalid UTF-8 explanation", s.Rule)
			}
		}
		for _, a := range r.Advice {
			if !utf8.ValidString(a.Text) {
				t.Fatal("invalid UTF-8 advice")
			}
		}
	})
}

// TestTranslations: every rule is explained in every language, every
// language has all advice, and no text is left over from a removed rule.
func TestTranslations(t *testing.T) {
	ids := map[string]bool{modelRule: true}
	for _, r := range testChecker.rules {
		ids[r.id] = true
	}
	for code, p := range packs() {
		if u := Locales.Untranslated()[code]; len(u) > 0 {
			t.Errorf("%s: untranslated %v", code, u)
		}
		for id := range ids {
			if p.rules[id] == "" {
				t.Errorf("%s: no text for %s", code, id)
			}
		}
		for id := range p.rules {
			if !ids[id] {
				t.Errorf("%s: text for unknown rule %s", code, id)
			}
		}
		if len(p.advice) != len(adviceArticle) {
			t.Errorf("%s: %d advice texts, want %d", code, len(p.advice), len(adviceArticle))
		}
		for i, a := range p.advice {
			if a == "" {
				t.Errorf("%s: advice %d empty", code, i)
			}
		}
		for _, lv := range []Level{High, Medium, Low} {
			if p.summary[lv] == "" {
				t.Errorf("%s: no summary for %s", code, lv)
			}
		}
	}
}

// TestResultLanguage: explanations follow the offer's language unless one
// is asked for.
func TestResultLanguage(t *testing.T) {
	zh := "【高薪急招】柬埔寨西港 客服 月入2-3万，包吃包住，机票报销，请加飞机 @hr，不需要面试"
	r := testChecker.Check(zh)
	if r.Lang != "zh" {
		t.Fatalf("lang %q, want zh", r.Lang)
	}
	if s := fired(r, "destination.hotspot"); s == nil || s.Text != Locales.Get("zh").DestinationHotspot {
		t.Errorf("hotspot not explained in Chinese: %+v", s)
	}
	r = testChecker.CheckLang(zh, "en")
	if s := fired(r, "destination.hotspot"); s == nil || s.Text != Locales.Get("en").DestinationHotspot {
		t.Errorf("hotspot not explained in English on request: %+v", s)
	}
}

// TestRomanisedAndTagalog: offers in romanised Hindi and Tagalog.
func TestRomanisedAndTagalog(t *testing.T) {
	tests := []struct{ text, rule string }{
		{"Thailand mein data entry job, salary $1,500 per month, koi interview nahi, passport ki photo bhejo", "process.no-interview"},
		{"Thailand mein data entry job, salary $1,500 per month, koi interview nahi, passport ki photo bhejo", "documents.passport-early"},
		{"Tourist visa pe jana hai, permit wahan banega. Ghar pe mat batana.", "travel.tourist-visa"},
		{"Tourist visa pe jana hai, permit wahan banega. Ghar pe mat batana.", "pressure.secrecy"},
		{"Registration fees ₹45,000 lagegi, aadhi abhi.", "money.fee"},
		{"Trabaho sa Cambodia, walang interview, libreng pamasahe at tirahan. Huwag sabihin sa pamilya.", "process.no-interview"},
		{"Trabaho sa Cambodia, walang interview, libreng pamasahe at tirahan. Huwag sabihin sa pamilya.", "pressure.secrecy"},
		{"Kailangan mong magbayad ng placement fee na ₱20,000 bago umalis.", "money.fee"},
	}
	for _, tt := range tests {
		if fired(testChecker.Check(tt.text), tt.rule) == nil {
			t.Errorf("%s did not fire on %q", tt.rule, tt.text)
		}
	}
}

func TestPhoneEvidence(t *testing.T) {
	text := "Contact HR on WhatsApp: +855 12 345 678 (Ms. Lin)"
	s := fired(testChecker.Check(text), "channel.messaging-only")
	if s == nil {
		t.Fatal("channel.messaging-only did not fire")
	}
	if !contains(s.Matched, "+855 12 345 678") {
		t.Errorf("phone number not in evidence: %q", s.Matched)
	}
}

func TestConcurrent(t *testing.T) {
	texts := []string{
		"Salary $1,500 – $3,000 / month, Telegram @hr, Sihanoukville, send passport copy",
		"【高薪急招】柬埔寨西港 客服 月入2-3万",
		"We never charge applicants any fee. Walk-in: 12F Harborview Center, 118 Paseo de Roxas",
	}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = testChecker.Check(s).Score
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- true }()
			for i := 0; i < 50; i++ {
				k := i % len(texts)
				if got := testChecker.Check(texts[k]).Score; got != want[k] {
					t.Errorf("concurrent check of %d: score %d, want %d", k, got, want[k])
					return
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

// TestArticlesExist: every article a signal or advice links to is in the
// knowledge base (skipped when the articles are not next to the package).
func TestArticlesExist(t *testing.T) {
	dir := "../knowledge/articles/en"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("knowledge articles not found:", err)
	}
	ids := map[string]bool{modelArticle: true}
	for _, r := range testChecker.rules {
		ids[r.article] = true
	}
	for _, a := range adviceArticle {
		ids[a] = true
	}
	for id := range ids {
		if _, err := os.Stat(filepath.Join(dir, id+".md")); err != nil {
			t.Errorf("article %q: %v", id, err)
		}
	}
}

// Whether one rule fires on a text: fees paid through money-transfer
// services, lookalike words, negated tourist visas and pay norms.
func TestRuleOnText(t *testing.T) {
	c := New()
	tests := []struct {
		name, text, rule string
		want             bool
	}{
		// Paying through a money-transfer service is a fee to a person,
		// whatever it is called; a receipt screenshot does not make a fee
		// official.
		{"western union", "To proceed you must cover the sponsorship costs, GBP 900 in total. Payment should be made via Western Union to our agent.", "money.fee", true},
		{"crypto wallet", "Please pay the onboarding cost to this USDT wallet address before your flight is booked.", "money.fee", true},
		{"receipt screenshot", "Reservation fee ₱15,000. I-send sa GCash at i-screenshot ang resibo.", "money.fee", true},
		{"official fee", "The visa fee of USD 50 is set by law and paid directly to the embassy; keep the official receipt.", "money.fee", false},
		{"salary by transfer", "Salary USD 900/month paid by bank transfer on the 25th. No fees at any stage.", "money.fee", false},
		// Words that contain or resemble a signal's phrase without meaning it.
		{"thai online is not LINE", "สมัครสอบออนไลน์ได้ที่เว็บไซต์ของกรมการจัดหางาน", "channel.messaging-only", false},
		{"thai airfare is not free travel", "ผู้สมัครจ่ายค่าตั๋วเครื่องบินเอง", "travel.paid", false},
		{"malay plane ticket is not free travel", "Calon perlu beli tiket kapal terbang sendiri.", "travel.paid", false},
		// A tourist visa the recruiter refuses is no lure; one it proposes
		// stays a lure however near another "no" stands.
		{"tourist visa first", "Most staff come on a tourist visa first and HR fixes the papers later.", "travel.tourist-visa", true},
		{"no across a sentence", "No experience. Tourist visa is fine, work permit later.", "travel.tourist-visa", true},
		{"no across a comma", "No need work visa, tourist visa ok.", "travel.tourist-visa", true},
		{"never on a tourist visa", "We never send anyone on a tourist visa; the work permit is issued before you fly.", "travel.tourist-visa", false},
		{"tl refuses tourist visa", "Hindi kami tumatanggap ng tourist visa para sa trabaho.", "travel.tourist-visa", false},
		{"hi refuses visit visa", "Employment visa hi hoga, visit visa pe kisi ko nahi bhejte.", "travel.tourist-visa", false},
		// Pay is judged against the norm of its own currency: "¥" in an
		// offer for Japan is yen, and the ordinary wage of a rich country
		// is not "far above the norm".
		{"ringgit in Chinese", "柬埔寨客服，月薪8000令吉，包吃包住", "pay.too-high", true},
		{"Taiwan dollars in Chinese", "柬埔寨客服，月薪台幣15萬，包吃包住", "pay.too-high", true},
		{"Hong Kong dollars in Chinese", "柬埔寨客服，月薪港幣4萬，包吃住", "pay.too-high", true},
		{"ordinary Taipei pay", "台北客服，月薪新臺幣32,000，勞健保", "pay.too-high", false},
		{"ordinary KL pay in ringgit", "吉隆坡客服，月薪马币3500，要求一年经验", "pay.too-high", false},
		{"yen in japan", "Caregiver in Japan (SSW visa). Salary ¥200,000 per month, dormitory provided.", "pay.too-high", false},
		{"yuan", "缅北客服 月薪¥20000，包吃包住", "pay.too-high", true},
		{"taiwan minimum wage", "Factory operator in Taiwan, NT$ 28,590 per month plus overtime.", "pay.too-high", false},
		{"canadian trades wage", "Welder in Alberta, CAD 30.50 per hour, LMIA approved.", "pay.too-high", false},
		{"cambodia typing job", "Typing job in Cambodia, $2,500 per month, no experience.", "pay.too-high", true},
		// Vietnamese folded without diacritics: "chị" (a recruiter's title)
		// is not "chỉ" (only); keeping your own passport is not a hold.
		{"vi chi is not only", "Zalo · Chị Lan, phòng nhân sự. Gọi tổng đài khách sạn để xác minh chị.", "channel.explicitly-only", false},
		{"vi only via zalo", "Chỉ liên hệ qua Zalo, không gọi điện.", "channel.explicitly-only", true},
		{"vi thoi is not only", "Liên hệ Zalo thời gian làm việc 8h–17h.", "channel.explicitly-only", false},
		{"vi bao is not paid", "Vé máy bay bao nhiêu tiền thì ứng viên tự trả.", "travel.paid", false},
		{"vi labour is not laos", "Tuyển lao động phổ thông tại Bình Dương, không cần kinh nghiệm, có ký túc xá miễn phí.", "destination.risk-country", false},
		{"vi laos", "Tuyển nhân viên làm việc tại Lào, không cần kinh nghiệm, bao ăn ở miễn phí.", "destination.risk-country", true},
		{"vi anh is not a photo", "Anh có hộ chiếu chưa? Nếu chưa thì làm trước khi phỏng vấn.", "documents.passport-early", false},
		{"vi ve is not a ticket", "Hỏi thêm về chế độ: bảo hiểm miễn phí, nghỉ phép 12 ngày.", "travel.paid", false},
		{"vi dong is not pay", "Lương 9 triệu đồng, thêm phụ cấp 500 nghìn đồng.", "money.fee", false},
		{"vi keep your passport", "Khách sạn không thu phí, em tự giữ hộ chiếu của mình nhé.", "documents.passport-held", false},
		// Malay task scams and Indonesian money mules in their own words.
		{"ms product reviewer deposit", "Tekan suka dan beri 5 bintang. Untuk tugasan premium anda perlu top-up baki dahulu.", "task.deposit-to-unlock", true},
		{"id payment assistant mule", "Menerima transfer dari pelanggan ke rekening pribadi Anda, lalu meneruskan dana ke rekening admin. Komisi 2% per transaksi.", "mule.receive-forward", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Check(tt.text)
			got := false
			for _, s := range res.Signals {
				if s.Rule == tt.rule {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%s fired = %v, want %v (signals %v)", tt.rule, got, tt.want, ruleIDs(res.Signals))
			}
		})
	}
}

// A friend's or relative's "referral" with a vague place, a pay multiple,
// costs covered, secrecy and a bypassed agency is the subtle lure; the
// same chat pointing to a licensed agency is not.
func TestReferralLures(t *testing.T) {
	c := New()
	tests := []struct {
		name, text string
		flagged    bool
	}{
		{"tl referral", "Pare, may kakilala ako abroad, chat support lang daw, triple ng sweldo mo dito. Sila na bahala sa ticket at tirahan. Hindi pa niya masabi yung exact na lugar. Wag mo muna ipost ha, at hindi na dadaan sa agency para mabilis.", true},
		{"hi referral", "Bhai mere dost ki company bahar hai, 3-4 guna paisa milega. Ticket aur rehna company dekh legi. Jagah abhi nahi bata sakta, boss address bhejega. Ghar pe abhi kisi ko mat batana, agent ke chakkar mein mat padna.", true},
		{"tl licensed agency", "Pare, nag-hire yung DMW-licensed agency na pinasukan ko, License No. DMW-000-LB-00000. Walk-in interview sa opisina nila sa Ermita, walang placement fee, may kontrata bago umalis.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Check(tt.text)
			if got := res.Level != Low; got != tt.flagged {
				t.Errorf("level %s (score %d), flagged=%v want %v; signals %v", res.Level, res.Score, got, tt.flagged, ruleIDs(res.Signals))
			}
		})
	}
}

func ruleIDs(sigs []Signal) []string {
	var out []string
	for _, s := range sigs {
		out = append(out, s.Rule)
	}
	return out
}

// TestTraditionalChinese: traditional characters fold to simplified ones
// before matching (OpenCC data), so Taiwan, Hong Kong and Malaysia wording
// fires the same rules as mainland wording.
func TestTraditionalChinese(t *testing.T) {
	tests := []struct{ trad, simp string }{
		{"機票報銷", "机票报销"},
		{"包吃包住，機票公司出", "包吃包住，机票公司出"},
		{"不需要經驗", "不需要经验"},
		{"緬甸妙瓦底", "缅甸妙瓦底"},
		{"臺灣", "台湾"},
	}
	var a, b normText
	for _, tt := range tests {
		normalize(&a, tt.trad)
		normalize(&b, tt.simp)
		if string(a.b) != string(b.b) {
			t.Errorf("%s folds to %q, want %q", tt.trad, a.b, b.b)
		}
		if len(a.off) != len(a.b) {
			t.Errorf("%s: offsets lost", tt.trad)
		}
	}
	r := testChecker.Check("高薪誠聘！柬埔寨西港客服，月薪NT$10萬起，包吃包住，機票報銷，不需要經驗，有意者私訊LINE")
	if r.Level != High || fired(r, "travel.paid") == nil {
		t.Errorf("traditional lure: %s %+v", r.Level, r.Signals)
	}
	if s := fired(r, "travel.paid"); s != nil && !strings.Contains(strings.Join(s.Matched, " "), "機票") {
		t.Errorf("spans must quote the original characters: %q", s.Matched)
	}
}

// TestBreadth: the kinds of lure that used to slip through, each written
// here in its own words (not copied from any evaluation set), and the
// ordinary offers that look like them.
func TestBreadth(t *testing.T) {
	tests := []struct {
		name, text string
		flagged    bool
		rule       string // "" = any
	}{
		{"short chat lure", "hello dear, we have job for you in Laos, salary 1200 dollar per month, visa and ticket free, little english is enough. answer quick", true, "combo.chat-lure"},
		{"advance fee in ordinary words", "Good news! We need 5 workers for a hotel in Dubai. $400 for visa processing and medical, refunded after you start. Pay to our agent's account by bank transfer.", true, "money.fee"},
		{"order-boosting task scam", "Earn daily! Complete simulated orders to boost merchant ranking, commission per order, VIP levels unlocked with USDT top-ups, trial bonus 15 USDT, invitation code 5521, finish a set of 40 orders to withdraw.", true, "task.deposit-to-unlock"},
		{"vi order collaborator", "Tuyển CTV đơn hàng online, hoa hồng mỗi đơn 8%, nạp tiền để lên cấp VIP, hoàn thành 30 đơn mới được rút.", true, "task.deposit-to-unlock"},
		{"zh we pay the ticket, tell no one", "你好，朋友介绍的，缅甸那边缺客服，月薪两万，机票我们出，别跟别人说。", true, "pressure.secrecy"},
		{"zh traditional", "你好，朋友介紹的，緬甸那邊缺客服，月薪兩萬，機票我們出，別跟別人說。", true, "pressure.secrecy"},
		{"flight then a long drive", "Company books your flight to Phnom Penh; our driver picks you up at the airport, then about 6 hours drive to the office. Passport copy first.", true, "travel.pickup"},
		{"reshipping", "Work from home as a package handler: receive parcels at home, repack and ship them with labels we email. $30 per parcel.", true, "mule.reshipping"},
		{"player support abroad", "Player support agent for a gaming company overseas, $2,000/month, free flight and dorm, contact on Telegram.", true, "task.gambling"},
		{"tl encoder, details later", "Encoder sa abroad, malaki sahod, saka na ang detalye, i-PM lang ang passport mo.", true, "destination.later"},
		{"fake embassy job fee", "Embassy job vacancy: drivers and clerks needed. Pay the $150 application fee to the officer's account to be shortlisted.", true, "money.fee"},
		{"zh advance on wages, debts paid", "誠聘海外客服，月薪NT$8萬，公司幫忙出機票，預支薪水，幫你還債，私訊LINE了解。", true, "pay.debt-relief"},
		{"unnamed employer abroad", "We place you with a big company in Thailand, flight paid, salary $1500, contact on WhatsApp.", true, "process.vague-employer"},
		{"id licensed P3MI", "PT Sinar Jaya, P3MI resmi berizin Kemnaker, merekrut operator pabrik ke Malaysia. Biaya sesuai peraturan dengan tanda terima resmi. Kontrak ditandatangani sebelum berangkat.", false, ""},
		{"DMW-licensed agency", "DMW-licensed agency hiring factory workers for Taiwan. Placement fee only as allowed by law with official receipt, contract signed before departure.", false, ""},
		{"Bangkok call centre", "Call center agents wanted in Bangkok, 22,000 THB, no experience needed, training provided, apply via LINE @bkkcall", false, ""},
		{"bakery SMS", "Sunrise bakery needs a helper from Monday, 6am shift, call 0812 555 0199", false, ""},
		{"confidential materials", "Mail clerk: handle time-sensitive material like confidential, urgent packages; scan incoming mail.", false, ""},
		{"direct deposit", "Sales representatives, weekly pay by direct deposit, benefits after 90 days. Interviews at our office.", false, ""},
		{"salary by mobile money", "Shop assistant in Nairobi, salary paid monthly by mobile money, interview at the shop on Moi Avenue 12.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testChecker.Check(tt.text)
			got := r.Level == High || r.Level == Medium
			if got != tt.flagged {
				t.Errorf("level %s (%d), want flagged=%v: %+v", r.Level, r.Score, tt.flagged, ruleIDs(r.Signals))
			}
			if tt.rule != "" && fired(r, tt.rule) == nil {
				t.Errorf("%s did not fire: %v", tt.rule, ruleIDs(r.Signals))
			}
		})
	}
}
