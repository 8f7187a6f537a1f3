package offer

// Counter-signal phrases (verifiable details) and the vocabulary that tells a
// job offer from a question about one.
var lexCounter = []lexEntry{
	{cCompany, []string{
		"co., ltd", "co. ltd", "co.,ltd", "ltd.", "ltd", "limited", "inc.", "inc", "llc", "corp", "corporation",
		"sdn. bhd", "sdn bhd", "sdn. bhd.", "bhd", "pte ltd", "pte. ltd", "pvt ltd", "pvt. ltd", "plc",
		"有限公司", "股份有限公司", "公司：", "công ty tnhh", "công ty cổ phần", "tnhh",
		"pt ", "pt.", "cv.", "บริษัท", "จำกัด", "प्रा. लि", "प्राइवेट लिमिटेड", "लिमिटेड", "inc.,",
	}},
	{cAddress, []string{
		"floor", "tower", "building", "bldg", "street", "st.", "road", "rd.", "blvd", "boulevard", "avenue", "ave.",
		"suite", "jalan", "jl.", "jln", "sangkat", "khan", "plaza", "centre", "center",
		"office address", "address:", "visit us", "walk-in", "walk in", "visitors welcome", "apply in person",
		"办公地址", "地址", "大道", "楼", "号", "路", "欢迎来访",
		"địa chỉ", "tầng", "tòa nhà", "đường", "quận", "phường",
		"gedung", "lantai", "kav", "alamat", "kantor", "pejabat", "wisma", "menara",
		"ที่อยู่", "อาคาร", "ชั้น", "ถนน", "แขวง", "หมู่", "ซอย",
		"पता", "टावर", "मंज़िल", "मंजिल", "प्लॉट", "सेक्टर",
		"kalye", "gusali", "palapag",
	}},
	{cWebsite, []string{
		"website", "official website", "careers page", "apply at", "apply via", "apply online", "our website",
		"官网", "官方网站", "trang web", "website công ty", "situs resmi", "laman web", "เว็บไซต์", "वेबसाइट",
	}},
	{cLicence, []string{
		// tl, hi (romanised)
		"lisensyado ng dmw", "licensed ng dmw", "dmw licensed", "poea licensed", "poea license no", "dmw accredited", "poea accredited", "ra license", "ra licence", "ra license number", "ra licence no", "recruiting agent license", "mea registered", "mea approved", "emigrate registered", "registered on emigrate", "emigrate pe registered", "emigrate par registered", "protector of emigrants",
		"licence no", "license no", "licence number", "license number", "licensed agency", "licensed by", "dmw licence",
		"dmw license", "poea", "dmw", "registered with the ministry", "registered with the securities commission",
		"registered with", "ministry of labour", "ministry of labor", "permit no",
		"许可证", "营业执照", "商业部注册", "劳工部",
		"giấy phép hoạt động", "giấy phép", "lđtbxh", "cục quản lý lao động",
		"p3mi berizin", "sip3mi", "berizin", "izin resmi", "bp2mi", "lesen", "jtksm",
		"ใบอนุญาต", "กรมการจัดหางาน", "लाइसेंस", "पंजीकृत", "rpl", "lisensya",
	}},
	{cFormalInterview, []string{
		// tl, hi (romanised)
		"personal interview", "interview sa opisina", "interview sa office", "harapang interview", "final interview sa office", "interview office me hoga", "interview office mein hoga", "office me interview", "office mein interview",
		"video interview", "video call", "in-person interview", "in person", "face-to-face", "face to face", "panel interview",
		"final interview", "final round", "interview rounds", "two interviews", "three interview rounds", "walk-in interview",
		"on-site interview", "onsite interview", "demo lesson", "technical test", "written test", "typing test", "case study",
		"reference check", "background check", "interview at our office", "trade test", "take-home test",
		"视频面试", "终面", "笔试", "两轮", "面试流程", "现场面试",
		"phỏng vấn trực tiếp", "thi tay nghề", "phỏng vấn tại văn phòng",
		"wawancara langsung", "interview user", "tes online", "interview hr", "walk-in interview", "temuduga terbuka",
		"temu duga bersemuka", "seleksi",
		"สัมภาษณ์ที่บริษัท", "วิดีโอคอล", "สัมภาษณ์รอบแรก", "รอบสอง", "ทดสอบ",
		"इंटरव्यू प्रक्रिया", "ऑफ़िस में", "ऑफिस में", "राउंड", "वॉक-इन", "टेस्ट",
		"personal na interview", "harapang panayam",
	}},
	{cPermit, []string{
		// tl, hi (romanised)
		"employment visa",
		"work permit", "employment pass", "work visa", "employment card", "9(g)", "alien employment permit", "aep",
		"non-immigrant b", "non-b visa", "lmia", "residence card",
		"工作签证", "劳工证", "就业准证", "工作准证", "giấy phép lao động", "visa lao động", "visa kerja", "izin kerja",
		"permit kerja", "pas pekerjaan", "ใบอนุญาตทำงาน", "วีซ่าทำงาน", "वर्क परमिट", "वर्क वीज़ा", "working visa",
	}},
	{cPermitOK, []string{
		// tl, hi (romanised)
		"bago lumipad", "bago mag deploy", "dadaan sa dmw", "dadaan sa poea", "may oec", "with oec", "jaane se pehle", "flight se pehle", "travel se pehle", "departure se pehle",
		"before departure", "before you travel", "before travel", "before arrival", "before you start", "before start",
		"issued before", "approved", "sponsor", "sponsored", "we sponsor", "applies for", "arranged by", "through the ministry",
		"via dole", "proper channel", "once your visa is approved", "travel only once",
		"批准前无需出行", "依法申请", "正规办理", "出发前", "入职前", "trước khi xuất cảnh", "trước khi đi",
		"sebelum berangkat", "sebelum keberangkatan", "sebelum bertolak", "ก่อนเดินทาง", "ก่อนเริ่มงาน",
		"जाने से पहले", "यात्रा से पहले", "bago umalis",
	}},
	{cNoFee, []string{
		// tl, hi (romanised)
		"zero placement fee", "walang babayaran", "walang sisingilin", "wala kayong babayaran", "libre ang processing", "walang kahit anong bayad", "koi fees nahi", "koi fee nahi", "koi charge nahi", "fees nahi lagegi", "fee nahi lagegi", "koi registration fee nahi", "koi paise nahi lete", "paise nahi lete", "kisi ko paise na dein", "kisi ko paise mat do",
		"never charge", "no fee", "no fees", "no placement fee", "never ask for money", "free recruitment",
		"we never charge applicants", "never be asked to pay", "do not pay anyone", "beware of fixers",
		"recruitment is free", "không thu", "không thu bất kỳ khoản phí", "không mất phí", "miễn phí tuyển dụng",
		"gratis, tidak dipungut biaya", "tidak dipungut biaya", "tanpa dipungut biaya", "proses rekrutmen gratis", "hati-hati calo",
		"tiada bayaran", "percuma tanpa bayaran",
		"ไม่มีการเรียกเก็บเงิน", "ไม่เก็บค่าใช้จ่าย", "ไม่มีค่าใช้จ่าย", "ไม่มีค่านายหน้า", "ไม่ต้องผ่านนายหน้า",
		"फीस नहीं लेती", "कोई फीस नहीं", "पैसे माँगने वाले", "पैसे मांगने वाले", "सावधान रहें",
		"不收取任何费用", "不收费", "免费招聘", "walang bayad", "walang placement fee",
	}},
	{cStatutory, []string{
		"sss", "philhealth", "pag-ibig", "13th month", "hmo", "epf", "socso", "kwsp", "perkeso", "nssf", "bpjs",
		"bhxh", "bhyt", "social insurance", "provident fund", "pf, esi", "esi", "health insurance", "paid leave",
		"annual leave", "payslips", "社保", "公积金", "五险一金", "带薪年假", "医疗保险", "ประกันสังคม", "กองทุนสำรองเลี้ยงชีพ",
		"पीएफ", "ईएसआई", "थांग 13", "tháng 13", "thưởng tháng 13", "cuti tahunan", "bpjs ketenagakerjaan",
	}},
	{cJobWord, []string{
		// tl, hi (romanised)
		"naghahanap kami", "kailangan namin ng", "bharti", "rozgar", "sweldo",
		"hiring", "we're hiring", "we are hiring", "job", "jobs", "vacancy", "vacancies", "position", "salary", "apply",
		"recruit", "recruitment", "job offer", "work", "staff", "employee", "opening", "part-time", "full-time",
		"招聘", "招", "岗位", "工作", "月薪", "底薪", "急招", "诚聘", "薪资",
		"tuyển", "tuyển dụng", "việc làm", "lương", "công việc", "nhân viên",
		"lowongan", "loker", "dibutuhkan", "gaji", "kerja", "jawatan kosong", "pekerjaan", "kekosongan",
		"รับสมัคร", "ตำแหน่ง", "เงินเดือน", "งาน", "พนักงาน",
		"नौकरी", "भर्ती", "सैलरी", "वेतन", "पद", "naukri", "vacancy hai",
		"trabaho", "hiring na", "sahod", "bakante",
	}},
	{cApply, []string{
		// tl, hi (romanised)
		"kada buwan", "bawat buwan", "buwan buwan", "pm lang", "har mahine", "sampark karein", "contact karein", "apply karein",
		"contact", "send your cv", "send cv", "dm", "pm", "apply now", "message", "telegram", "whatsapp", "email",
		"联系", "加", "投递", "简历", "liên hệ", "gửi cv", "nhắn", "hubungi", "kirim cv", "hantar", "minat",
		"ติดต่อ", "สนใจ", "ส่งประวัติ", "संपर्क", "भेजें", "आवेदन", "makipag-ugnayan", "mag-apply",
		"benefits", "requirements", "qualifications", "syarat", "yêu cầu", "要求", "คุณสมบัติ", "योग्यता",
		"per month", "/month", "a month", "sebulan", "/bulan", "/tháng", "เดือน", "प्रति माह",
	}},
	{cQuestion, []string{
		// tl, hi (romanised)
		"scam ba ito", "legit ba ito", "legit ba", "scam ba", "fraud hai kya", "asli hai kya", "kya ye scam", "kya yeh scam", "kya ye fraud",
		"is this a scam", "is this legit", "is this real", "is it a scam", "how do i", "what should i do",
		"can you check", "should i", "is this job offer", "what is", "how can i", "report a scam",
		"是骗局吗", "是真的吗", "怎么办", "怎么举报", "có phải lừa đảo", "có lừa đảo không", "làm sao", "làm thế nào",
		"apakah ini penipuan", "bagaimana cara", "adakah ini penipuan", "bagaimana nak",
		"หลอกลวงไหม", "ใช่มิจฉาชีพไหม", "ทำอย่างไร", "ยังไง",
		"क्या यह धोखा", "कैसे", "क्या करूँ", "scam hai kya", "totoo ba", "paano",
	}},
}
