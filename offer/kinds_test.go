package offer

import "testing"

// TestKinds checks the kinds of offer the engine must tell apart, written
// independently of the development set: hard negatives (real jobs abroad,
// crypto-industry and BPO jobs, recruiters on chat apps with verifiable
// details) must stay low; subtle lures worded differently from the
// lexicon's phrases must still be flagged.
func TestKinds(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		flagged bool
	}{
		{"job abroad with relocation", "We are hiring Customer Support Agents (English) for our Dubai office. Salary AED 4,500/month. Visa, flight and shared accommodation provided by the company. 2 rounds of video interview. Apply: careers@gulfcare.example.com, Office 1204, Al Moosa Tower, Sheikh Zayed Road.", false},
		{"crypto-industry job", "Crypto exchange hiring Customer Support Specialist (remote). Salary 1,500–2,000 USDT/month. Requirements: 1+ year in customer support, fluent English. Process: application → written test → two video interviews. Apply at careers.bitnova.example.com", false},
		{"telegram recruiter with office", "📢 Tuyển dụng qua Telegram: Nhân viên CSKH tiếng Trung làm việc tại Phnom Penh. Lương 800–1.000 USD/tháng. Văn phòng: Tầng 5, số 22 đường 57, BKK1. Phỏng vấn trực tiếp tại văn phòng. Liên hệ Telegram @hr_pp hoặc website hrpp.example.com", false},
		{"licensed agency", "Room attendants for a 5-star hotel in Dubai. Recruited by licensed agency (DMW License No. 123-LB). Free airfare and accommodation, no placement fee. Contract signed before departure, work visa issued before you fly.", false},
		{"local BPO, no experience", "Hiring! Call center agents in Cebu, no experience needed, PHP 18,000–22,000/month plus allowances. Walk-in interview Mon-Fri at 3F IT Park Tower 1, Lahug. Message us on Messenger or Telegram for questions.", false},
		{"zh job with employment pass", "诚聘：吉隆坡中文客服，月薪RM 3,500–4,200，要求一年以上客服经验。公司负责申请就业准证，准证批准后才出发。面试：视频面试两轮。联系微信：hr_kl2024 或邮箱 hr@klcs.example.com", false},
		{"th local admin on LINE", "รับสมัครพนักงานแอดมินออนไลน์ ทำงานที่กรุงเทพฯ เงินเดือน 18,000 บาท ไม่ต้องมีประสบการณ์ สัมภาษณ์ที่บริษัท อาคารสาทรทาวเวอร์ ชั้น 12 สนใจทักไลน์ @adminbkk", false},
		{"id local CS on WhatsApp", "Kami merekrut Customer Service untuk kantor di Jakarta. Gaji Rp 6.000.000. Hubungi WA 0812-0000-0000 untuk jadwal interview di kantor kami, Jl. Sudirman No. 10.", false},

		{"zh admin job in HCMC", "招聘：胡志明市外资企业行政助理，月薪1200-1500万越南盾，要求大专以上学历，两年工作经验。面试地点：第一郡黎利路88号12楼。简历发送至 hr@vnfirm.example.com", false},
		{"vi accountant in Hanoi", "Tuyển nhân viên kế toán làm việc tại Hà Nội, lương 12-15 triệu, yêu cầu tốt nghiệp đại học chuyên ngành kế toán, 2 năm kinh nghiệm. Phỏng vấn trực tiếp tại văn phòng số 15 Láng Hạ. Email: tuyendung@abc.example.com", false},
		{"id G-to-G nurses", "Lowongan: Perawat untuk rumah sakit di Jepang melalui program G to G BP2MI. Gaji 200.000 yen/bulan. Pelatihan bahasa Jepang 6 bulan. Kontrak ditandatangani sebelum berangkat. Tanpa biaya penempatan.", false},
		{"ms local sales on WhatsApp", "Jawatan kosong: Jurujual di kedai telefon, Johor Bahru. Gaji RM 2,000 + komisen. Tiada pengalaman, latihan diberi. Temuduga di kedai kami, No. 12 Jalan Wong Ah Fook. WhatsApp 012-000 0000.", false},
		{"hi call centre in Pune", "भर्ती: पुणे में कॉल सेंटर एग्जीक्यूटिव, सैलरी ₹18,000–₹25,000 प्रति माह, फ्रेशर्स आवेदन करें। वॉक-इन इंटरव्यू: ऑफ़िस नंबर 5, बाणेर रोड। कोई फीस नहीं।", false},
		{"licensed casino resort", "Casino dealer wanted at a licensed integrated resort in Manila. PHP 30,000/month + tips, shuttle service, dormitory available. Requirements: 1 year experience. Walk-in at HR office, Entertainment City, Parañaque. PAGCOR-licensed.", false},
		{"relocation for an engineer", "Software engineer position in Singapore, SGD 7,000/month, 3+ years experience, Employment Pass sponsored, relocation allowance and flight paid. Three interview rounds. Apply at careers.sgtech.example.com", false},
		{"crypto moderators paid in USDT", "Looking for crypto community moderators (remote) for our Telegram group. USD 800/month, paid in USDT. Requirements: 1 year moderating experience. Video interview. Website: cryptocomm.example.com", false},

		{"employer pays the permit fee", "Offer of employment: Staff Nurse, Royal Harbour Hospital, Auckland. Salary NZD 78,000 a year. The hospital will sponsor your work visa and will pay the visa fee, your council registration fee and a one-way flight. Sign the contract before 15 March.", false},
		{"vi employer pays the visa fee", "Thư mời làm việc: kỹ sư cơ khí tại nhà máy ở Osaka, lương 280.000 yên/tháng. Công ty bảo lãnh visa kỹ sư, chi trả phí visa và vé máy bay. Hợp đồng ký trước khi xuất cảnh.", false},
		{"ms policy never to ask for a top-up", "Jawatan: Penulis kandungan sambilan, Syarikat Media Cerah Sdn Bhd, Petaling Jaya. RM30 sejam. Proses: tugasan ujian berbayar, kemudian temu duga. Kami tidak akan minta anda bayar yuran, top up atau deposit.", false},

		{"warning against scams in an ordinary ad", "Lowongan operator produksi PT Sinar Logam, Cikarang. Gaji sesuai UMK, BPJS. Wawancara di kantor kami. Waspada terhadap oknum yang meminta transfer uang ke rekening pribadi atas nama perusahaan.", false},
		{"service charge added to the salary", "Hotel in Kuala Lumpur hiring waiters: salary RM 2,100 + service charge, staff meals, EPF and SOCSO. Walk-in interview at the HR office, Level 2, Jalan Ampang.", false},
		{"hourly pay at a local shop", "Hi Ben, this is Maria from the bakery on Rose Street. We need someone for Saturday mornings, $17/hr, 6am to noon. Call the shop if you're interested.", false},
		{"zh fees disclosed with an invoice", "赴新加坡建筑工人项目，我司持对外劳务合作经营资格证，月薪约3500新元。报名前公布全部收费明细，每笔收费开具发票，护照自行保管。", false},

		{"id policy not to collect money, own wording", "Lowongan staf gudang PT Maju Bersama, Bekasi. Gaji UMK + lembur, BPJS. Interview di kantor. Perusahaan tidak memungut biaya apa pun, termasuk deposit atau transfer ke rekening siapa pun.", false},
		{"th policy not to charge", "รับสมัครพนักงานคลังสินค้า บริษัท สยามโลจิสติกส์ จำกัด บางนา เงินเดือน 15,000 บาท ประกันสังคม สัมภาษณ์ที่บริษัท บริษัทไม่เรียกเก็บค่าสมัครหรือเงินมัดจำใด ๆ ทั้งสิ้น", false},

		{"no-ask ended by 'only'", "Factory job in Malaysia, RM 4,500 a month, flight provided. We do not charge placement fees, only a medical and visa fee of RM 1,800 paid to our agent before you fly. Reply fast, few slots left.", true},
		// The shortest chat lure: a risk country, pay said to be high, a visa
		// said to be free, and nothing else (it scored 0).
		{"one-line chat lure, no figures", "Job in Laos high salary free visa", true},
		{"ms one-line chat lure", "Kerja kat Kemboja, gaji tinggi, tiket free", true},
		{"coached to lie at immigration", "Pre, confirmed na yung work mo sa Phnom Penh. Si boss ang bahala sa ticket. Sa immigration huwag mong sabihin na magtatrabaho ka, sabihin sa immigration na bakasyon lang.", true},
		{"order-submitting task with top-ups", "Hello! Part-time role: submit orders for online merchants to raise their product ranking, 5% commission per order. Finish a set before withdrawal. Top-up 200 USDT to reach VIP2.", true},
		{"th bank account opening for pay", "รับเปิดบัญชีออมทรัพย์ ได้ค่าตอบแทนบัญชีละ 2,000 บาท แค่ส่งสมุดบัญชีและบัตร ATM ให้ทีมงาน ทักไลน์ได้เลย", true},
		{"ms secrecy in a chat", "Kak, kerja kilang kat Thailand tu confirm. Tiket flight boss belikan, gaji RM5000. Jangan bagitau orang kampung dulu ya.", true},
		{"id licensed agency, regulated placement fee", "PT Duta Kerja Abadi (P3MI berizin, SIP3MI No. 5/777/2022) mencari operator pabrik untuk Johor, Malaysia. Gaji RM 1.800/bulan + lembur. Biaya penempatan sesuai Kepmenaker dan dibayar di kantor dengan kuitansi resmi. Tes di kantor Cirebon, Jl. Siliwangi No. 12.", false},
		{"hi expense returned once work starts", "नमस्ते, दुबई के होटल में हाउसकीपिंग की नौकरी पक्की है, सैलरी 70,000 महीना। मेडिकल और टिकट का खर्चा 30,000 पहले देना होगा, काम शुरू होते ही लौटा देंगे। पैसे भेजो आज ही।", true},
		{"vi local restaurant, interview in person, Zalo to book", "Cần gấp nhân viên phụ bếp tại Quận 3, TP.HCM, lương 8 triệu, không cần kinh nghiệm. Đến trực tiếp quán 12 Võ Văn Tần để phỏng vấn, hoặc nhắn Zalo chị quản lý để hẹn giờ.", false},
		{"th cafe, LINE to book an interview at the shop", "ร้านขนมปังแถวลาดพร้าวรับพนักงานขายหน้าร้าน วันละ 450 บาท ไม่ต้องมีประสบการณ์ ทักไลน์ร้านเพื่อนัดสัมภาษณ์ที่ร้าน ซอยลาดพร้าว 71", false},
		{"tl reshipping parcels from home, own wording", "Sideline sa bahay! Tatanggapin mo lang ang mga package sa bahay mo, i-repack at ipapadala sa address sa abroad. ₱400 bawat isa.", true},
		{"numbered list is no address", "Hiring for our partner in South-East Asia:\n1. Chat support, USD 1,500\n2. Flight provided\n3. Office address and contract given on arrival\nSend your passport photo on Telegram.", true},
		{"hotel abroad through a licensed agent, licence number without 'No.'", "Now recruiting Room Attendants for a resort in the Maldives. USD 600/month + service charge, free accommodation, meals and airfare. No recruitment fee. Interviews in Colombo by the resort's HR. Agent: Lanka Overseas, Govt. Licence 2231/04/19.", false},
		{"hi age limit is no border", "दुबई में सुरक्षा गार्ड की भर्ती, वेतन 2,000 दिरहम, आयु सीमा 21-35 वर्ष, कंपनी वीज़ा और टिकट देगी। लाइसेंस नंबर B-0987/DEL/PER/1000+/5/1234/2021. इंटरव्यू दिल्ली ऑफ़िस में।", false},
		{"zh booked flight, then a driver and hours by car", "活儿定了，老板帮你订好去仰光的机票，落地有司机接你，再坐十来个小时车到厂里，工资多少到了再说。", true},
		{"no fee of any listed kind", "Remote transcriptionist, Ledger Lines Ltd. USD 9 per audio hour, paid monthly. Typing test and video interview. There is no registration, training, equipment or onboarding fee, and we never ask for deposits.", false},
		{"free travel does not excuse the next clause's fee", "Factory job in Osaka, salary JPY 250,000 a month. Visa and air ticket free, medical and processing fee USD 450 paid to our coordinator before departure. Reply today.", true},
		{"zh shop-boost task with a top-up after a free trial", "线上商城助力员，手机操作，每天两小时，日结200-800元。前三单免费体验，之后需自行垫付货款，完成后本金加佣金一起返还。", true},
		{"ordinary ad with a scam warning that lists the red flags", "Lowongan pramuniaga Alfamart Semarang, gaji UMK, BPJS. Waspada penipuan lowongan ke Kamboja yang menjanjikan gaji besar, tiket gratis dan tanpa pengalaman lewat WhatsApp. Lamar hanya di situs resmi kami.", false},
		{"a warning word without a promise verb is the lure's own sentence", "Hati-hati penipuan, kami perusahaan resmi, tiket gratis ke Kamboja, gaji 20 juta, tanpa pengalaman, hubungi WA sekarang.", true},
		{"hi policy sentence ends at the danda", "सऊदी अरब में ड्राइवर की नौकरी, वेतन 90,000 रुपये महीना। हम कभी पैसे नहीं माँगते। वीज़ा प्रोसेसिंग फीस ₹30,000 एजेंट के खाते में जमा करें।", true},
		{"th negation in the clause before a fee", "งานโรงงานที่เกาหลี เงินเดือน 60,000 บาท ไม่ต้องมีประสบการณ์ ค่าดำเนินการ 30,000 บาท โอนเข้าบัญชีก่อนเดินทาง", true},
		{"th fee said to be free after the word", "รับสมัครพนักงานร้านอาหารที่เชียงใหม่ เงินเดือน 12,000 บาท ค่าสมัคร ฟรี สัมภาษณ์ที่ร้าน ถนนนิมมานเหมินท์ ซอย 9", false},
		{"passport held by HR in a zone", "Kerja admin online di kawasan ekonomi khusus, gaji USD 1.500, makan dan mess di dalam area. Paspor akan disimpan oleh HRD selama kontrak. Berangkat minggu ini.", true},
		{"fee split with a plus, paid to a manager", "恭喜！迪拜酒店服务员，月薪9000元，包吃住。办理签证前请先转账4200元（签证费+培训费）到主管个人微信，到岗后退还。", true},
		{"id chat lure, no diploma needed", "halo kak, ada kerjaan di luar negri gaji $1800 sebulan, tiket pesawat ditanggung, gak perlu ijazah, cepetan ya kak kuota terbatas", true},
		{"hi advance fee refunded later", "बधाई! सिंगापुर के गोदाम में पैकर की नौकरी, वेतन 2 लाख रुपये महीना। जाने से पहले प्रोसेसिंग चार्ज के 40,000 रुपये भरने होंगे, यह रकम काम शुरू होने पर पहली तनख्वाह में वापस कर देंगे।", true},
		{"employer pays the ticket, you pay the fee", "Our company in Dubai will pay your ticket. You pay the processing fee of USD 400 to our agent before departure. No interview, start next week.", true},
		{"zh deposit for Laos", "招聘电销，地点：老挝，底薪8000+高提成，不需要任何经验，护照公司代办，先交2000元押金。联系微信 lw_hr88", true},
		{"vi TikTok task scam", "Tuyển CTV làm việc online tại nhà, mỗi ngày 300k-800k, chỉ cần like video TikTok, nạp tiền để nhận nhiệm vụ VIP, hoa hồng cao. Liên hệ Telegram.", true},
		{"ms top-up task scam", "Kerja sambilan dari rumah! Like dan follow akaun TikTok, dapat RM50 sehari. Selepas 3 tugasan percuma, tambah nilai RM100 untuk naik taraf VIP.", true},
		{"th mule", "งานเสริมรายได้ดี รับเงินโอนเข้าบัญชีแล้วโอนต่อให้บริษัท ได้ค่าคอม 5% ต่อครั้ง สนใจทักไลน์", true},
		{"hi processing fee", "दुबई में हेल्पर की नौकरी, सैलरी 80,000 रुपये महीना, वीज़ा और टिकट फ्री, सिर्फ़ 30,000 रुपये प्रोसेसिंग फीस जमा करें। इंटरव्यू नहीं होगा। जल्दी संपर्क करें व्हाट्सऐप पर।", true},
		{"tl tourist visa", "Hiring: Chat support sa Cambodia, sahod $1,500 kada buwan, libre ang pamasahe at tirahan, tourist visa muna, walang interview. Mag-message sa Telegram.", true},
		{"crypto payment processing", "Work from home opportunity! Earn $200 daily processing payments for our company. You'll receive funds in your account and send them to our partners via crypto. Keep 10% as commission.", true},
		{"chat interview abroad", "Hi, our company in Dubai needs customer service staff, USD 1,200/month, flight and visa provided, interview via WhatsApp, start next week. Message me for details.", true},
		{"visa exemption, convert later", "We're looking for marketing assistants to join our team in Thailand. Package THB 40,000 + commission. The company arranges your travel; you'll come in on visa exemption and we convert the status later. DM me.", true},
		{"abroad, passport by chat", "Opportunity to work abroad! Customer service. Company covers ticket and housing. Send your CV and passport copy via Telegram @jobs_abroad.", true},
		{"vi pickup at the border", "Chào bạn, bên mình cần người làm online cho công ty bên Campuchia, lương 20 triệu, bao ăn ở, có xe đón ở biên giới. Nhắn Zalo mình nhé, đi luôn tuần này.", true},
		{"driver at the border town", "Dear candidate, we are pleased to offer you a Customer Success role at our Myanmar office. Salary USD 1,800 monthly. Our driver will meet you at Mae Sot and take you to the office. Please keep this opportunity private.", true},
		{"review task scam", "Part time job: earn by reviewing hotels on Google Maps. Training tasks are free, then join our VIP group. Contact our mentor on Telegram.", true},
		{"payment agent", "Need a payment agent: you receive transfers from our customers and send them to our account, keeping 5% commission. Simple work from home.", true},
		{"zh no visa, taken across", "招聘海外客服，工作地点：缅甸。月薪2万起，包吃住，机票公司出，无需经验，不用签证，有专人带你过去。联系飞机 @mm_hr", true},
		{"id Cambodia admin", "Dicari admin chat online untuk perusahaan di Kamboja. Gaji 1.000 USD. Tiket & visa ditanggung. Berangkat minggu ini, kirim foto paspor ke WA.", true},
		{"crypto chat role", "Looking for friendly English speakers to chat with clients online and introduce our crypto investment platform. Base USD 1,000 + high commission. Relocation to Malaysia, all expenses paid. Contact via Telegram only.", true},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		if got := r.Level != Low; got != tt.flagged {
			var ids []string
			for _, s := range append(r.Signals, r.Counter...) {
				ids = append(ids, s.Rule)
			}
			t.Errorf("%s: level %s (score %d), want flagged=%v; rules %v", tt.name, r.Level, r.Score, tt.flagged, ids)
		}
	}
}

// TestPhoneSideJob checks combo.phone-side-job: a side job online or from a
// phone with pay quoted per day (in any money, or none) is the opening of a
// task scam even when it is short; a part-time job in a shop paid per day, or
// an online job that can be checked, is not.
func TestPhoneSideJob(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"en per day, no currency", "Hi, we offer online part time work, 30 minutes only, earn 400-900 per day. Interested?", true},
		{"id daily before amount", "Ada kerja online santai, daily 150rb-400rb, cukup pakai HP. Minat kak?", true},
		{"tl no day pay, two weak signs", "Hello dear po! May online sideline kami, gamit cellphone, madaling trabaho. PM lang.", true},
		{"th per day", "งานออนไลน์ ทำผ่านมือถือ วันละ 300-1,500 บาท", true},
		{"shop part time per day", "Part-time cashier needed at our bakery on Jalan Besar, RM80 per day, weekends only. Call 012-345 6789.", false},
		{"online job with address", "Online part time English tutor, $25 per day minimum, office at 21 Orchard Road, apply on tutors.example.com", false},
		{"side job, nothing else", "Looking for a side job online myself, any tips?", false},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		got := false
		for _, s := range r.Signals {
			if s.Rule == "combo.phone-side-job" {
				got = true
				if len(s.Spans) == 0 {
					t.Errorf("%s: combo.phone-side-job has no spans", tt.name)
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: combo.phone-side-job fired=%v, want %v (level %s, score %d)", tt.name, got, tt.want, r.Level, r.Score)
		}
	}
}

// TestNoAskScope checks that a stated policy never to ask for money denies
// the money words after it in its sentence, however far, and only there.
func TestNoAskScope(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool // money.fee or money.fee-mentioned fires
	}{
		{"en policy, far", "Apply on our website. We will never ask applicants at any stage of hiring to pay a registration fee or send a deposit.", false},
		{"id policy", "Perusahaan tidak pernah meminta pelamar kerja untuk membayar biaya apa pun atau mengirim deposit.", false},
		{"zh policy", "本公司招聘全过程不会要求求职者缴纳任何押金或费用。", false},
		{"fee in the next sentence", "We never ask candidates for their bank login or passwords online. A training fee of $200 must be paid before you start.", true},
		{"fee before the policy", "Pay the $150 processing fee first and wait for the visa. Our recruiters will never ask for more.", true},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		got := false
		for _, s := range r.Signals {
			if s.Rule == "money.fee" || s.Rule == "money.fee-mentioned" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: fee signal=%v, want %v (level %s, score %d)", tt.name, got, tt.want, r.Level, r.Score)
		}
	}
}

// TestLongDrive checks travel.long-drive: a paid or booked flight, then
// hours on the road (the airport in a capital, the workplace over a
// border), in the eight languages' words for a road journey and hours.
func TestLongDrive(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"en", "Your ticket to Bangkok is booked. At the airport our driver takes you on, about 7 hours by car to the office.", true},
		{"zh", "机票公司出，到了机场有人接，再坐车五六个小时就到公司。", true},
		{"tl", "Sagot ng boss ang ticket papuntang Bangkok, tapos may susundo, biyahe ng 6 na oras papunta sa opisina.", true},
		{"no travel named", "The warehouse is a 2 hours drive from the city; shuttle bus for staff.", false},
		{"drive without hours", "Flight provided. We drive you to the hotel by car.", false},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		got := false
		for _, s := range r.Signals {
			if s.Rule == "travel.long-drive" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: travel.long-drive fired=%v, want %v (level %s, score %d)", tt.name, got, tt.want, r.Level, r.Score)
		}
	}
}

// TestOrdinaryPostings checks causes of false alarms in ordinary postings:
// a "Tasks:" heading over a list of duties is not paid tasks, an interview
// in person at the shop outweighs a WhatsApp contact, and a licensed
// manning or recruitment agency is a licence.
func TestOrdinaryPostings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		absent string // a rule that must not fire
		want   string // a rule (signal or counter) that must fire; "" for none
	}{
		{"id duties heading", "Lowongan staf dukungan pelanggan bursa kripto\nTugas: menjawab pertanyaan pengguna, membantu deposit dan penarikan dana", "task.deposit-to-unlock", ""},
		{"zh in-person interview", "招聘门市兼职，时薪八十元，有意者请亲临门市面试，或WhatsApp人事部查询", "", "counter.formal-interview"},
		{"en manning agency", "Deck cadet on a bulk carrier, hired through a licensed manning agency; USD 900/month, flight to join the vessel paid.", "", "counter.licence"},
		{"task heading mid-line still counts", "Tugas harian: like video, isi saldo untuk naik VIP", "", "task.deposit-to-unlock"},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		fired := map[string]bool{}
		for _, s := range append(r.Signals, r.Counter...) {
			fired[s.Rule] = true
		}
		if tt.absent != "" && fired[tt.absent] {
			t.Errorf("%s: %s fired (level %s, score %d)", tt.name, tt.absent, r.Level, r.Score)
		}
		if tt.want != "" && !fired[tt.want] {
			t.Errorf("%s: %s did not fire (level %s, score %d, rules %v)", tt.name, tt.want, r.Level, r.Score, fired)
		}
	}
}

// TestRefundableFee checks money.refundable-fee: a fee promised back once
// work starts is still a fee, even far from any payment word.
func TestRefundableFee(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"en", "Congratulations! For the medical and visa processing charges, kindly arrange USD 350 within this week. Do not worry, it is refunded with your first salary.", true},
		{"id", "Biaya medical Rp 3 juta ditransfer dulu ya, nanti dikembalikan bersama gaji pertama.", true},
		{"refund without a fee", "Your travel receipts are refunded with your first salary.", false},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		got := false
		for _, s := range r.Signals {
			if s.Rule == "money.refundable-fee" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: money.refundable-fee fired=%v, want %v (level %s, score %d)", tt.name, got, tt.want, r.Level, r.Score)
		}
	}
}
