package offer

// Money, task-scam, money-mule, role and pay phrases.
var lexMoney = []lexEntry{
	{cFee, []string{
		// tl, hi (romanised)
		"bayad sa agency", "cash bond", "reservation fee", "down payment", "downpayment", "pang processing", "bayad para sa slot", "registration charge", "registration charges", "processing charge", "visa charge", "visa ka kharcha", "medical charge", "security amount", "security money", "jamanat",
		"registration fees", "processing fees", "fees lagegi", "fees dena hoga", "placement fee", "processing fee", "bayad sa visa", "magbayad ng",
		"fee", "fees", "registration fee", "processing fee", "visa processing fee", "visa fee", "placement fee",
		"recruitment fee", "deposit", "security deposit", "training fee", "medical fee", "booking fee",
		"advance payment", "activation fee", "pay a deposit", "to hold your slot", "hold your slot",
		"费用", "押金", "保证金", "手续费", "中介费", "报名费", "服务费", "定金",
		"lệ phí", "đặt cọc", "tiền cọc", "phí môi giới", "phí hồ sơ", "phí visa", "nộp phí", "đóng phí", "khoản phí",
		"phí dịch vụ", "phí xuất cảnh", "phí đăng ký",
		"biaya administrasi", "biaya visa", "bayar biaya", "biaya penempatan", "dipungut biaya", "uang jaminan", "biaya pendaftaran", "biaya proses", "yuran", "bayaran pendaftaran", "wang pendahuluan", "deposit dulu",
		"ค่าธรรมเนียม", "มัดจำ", "ค่าดำเนินการ", "ค่าสมัคร", "ค่าหัว",
		"फीस", "शुल्क", "रजिस्ट्रेशन फीस", "जमा राशि", "registration fees", "processing charges",
		"bayad", "placement fee", "deposito",
	}},
	{cFeeNegator, []string{
		// tl, hi (romanised)
		"sagot ng agency", "sagot ng employer", "sagot ng kumpanya", "sagot ng company", "libre lahat", "koi fees nahi", "koi fee nahi", "nahi lagegi", "nahi lagega",
		"babayaran ng employer", "babayaran ng agency", "babayaran ng kumpanya", "employer ang magbabayad", "agency ang magbabayad",
		"no", "never", "not", "free of charge", "covers", "covers the fees", "paid by us", "fees paid by us",
		"all fees paid", "we pay", "waived", "zero", "without",
		"不", "无", "免", "由公司承担", "公司承担", "không", "miễn", "tidak", "tiada", "tanpa", "gratis", "percuma",
		"bukan", "ไม่", "ฟรี", "नहीं", "मुफ्त", "walang", "hindi", "libre",
		"nahi", "nahin", "bilkul nahi", "koi nahi", "none", "nil", "free", "dont", "do not", "will not", "wont", "never ask", "not required", "not needed",
		"capped", "mức trần", "theo quy định", "ditanggung", "dibayar oleh syarikat", "paid by the company",
		"paid by the employer", "covered by", "reimbursed", "employer pays", "company pays", "refund of",
		"công ty chịu", "công ty trả", "perusahaan menanggung", "majikan tanggung", "บริษัทออกให้", "बिल्कुल मुफ्त",
	}},
	{cOfficialFee, []string{
		// tl, hi (romanised)
		"sarkari fees", "sarkari fee", "sarkari rasid",
		// A bare "receipt" is not here: scammers ask for a screenshot of
		// the transfer receipt too. What marks a statutory fee is who
		// sets it and who is paid.
		"government fee", "government fees", "official fee", "official fees", "official receipt", "official receipts",
		"paid directly to", "issuing office", "issuing offices", "embassy", "capped by law", "prescribed by law",
		"set by law", "as regulated", "官方收费", "政府规定", "正规发票", "mức trần", "theo quy định", "biên lai hợp lệ",
		"resmi pemerintah", "biaya resmi", "resit rasmi", "bayaran kerajaan", "ค่าธรรมเนียมราชการ", "ตามประกาศ",
		"ตามที่กฎหมายกำหนด", "सरकारी फीस", "सरकारी रसीद", "opisyal na resibo",
	}},
	// Money-transfer services and wallets a worker is told to pay
	// through: employers do not collect fees by Western Union or into a
	// crypto wallet.
	{cTransferService, []string{
		// tl, hi (romanised)
		"palawan express", "cebuana lhuillier", "m lhuillier",
		"western union", "moneygram", "money gram", "ria money transfer", "crypto wallet", "usdt wallet",
		"bitcoin wallet", "wallet address", "trc20 address", "trc-20 address",
		"西联汇款", "速汇金", "钱包地址", "ví usdt", "ví tiền điện tử", "dompet kripto", "alamat dompet",
		"กระเป๋าคริปโต", "क्रिप्टो वॉलेट", "crypto wallet address",
	}},
	{cPayVerb, []string{
		// tl, hi (romanised)
		"bayaran", "babayaran", "ihulog sa", "i send sa gcash", "isend sa gcash", "send sa gcash", "padala sa gcash", "ipadala sa gcash", "sa gcash", "via gcash", "thru gcash", "gcash lang", "upi pe bhejo", "upi se bhejo", "upi kar do", "upi karo", "paytm pe bhejo", "paytm kar do", "paytm karo", "gpay karo", "gpay pe", "phonepe pe", "phonepe karo", "google pay pe", "jama karo", "jama karna hoga", "jama karein", "dena hoga", "dena padega", "dene honge", "bharna hoga", "bharna padega", "bhar do", "pay karo", "pay karna hoga", "transfer karo", "transfer kar do",
		"payment should be made", "payment must be made", "make the payment", "make payment", "send payment",
		"send the payment", "pay", "pay a", "pay the", "you pay", "need to pay", "must pay", "transfer", "send the money", "remit", "remittance",
		"交", "缴纳", "先交", "支付", "转账", "trả", "nộp", "đóng phí", "chuyển khoản", // not bare "đóng": folded it is "đồng" (the currency) and "động" "bayar", "transfer dulu", "bayaran",
		"จ่าย", "โอน", "ชำระ", "भुगतान", "देना", "देनी", "जमा करें", "लगेगी", "लगेगा", "magbayad", "ipadala ang bayad",
	}},
	{cTask, []string{
		"tugasan", "tugasan premium", "misi harian", "tugas harian",
		"返佣", "online tasks", "daily tasks", "simple tasks", "training tasks",
		"task", "tasks", "per task", "trial tasks", "premium tasks", "mission", "missions", "order task",
		"任务", "做单", "刷单", "nhiệm vụ", "làm nhiệm vụ", "tugas", "misi", "ภารกิจ", "งานกดไลก์", "टास्क", "kaam task",
	}},
	{cLikeRate, []string{
		"tekan suka", "klik suka", "beri 5 bintang", "bagi 5 bintang", "kasih bintang 5", "kasih bintang lima", "pengulas produk", "ulasan pembeli", "beri ulasan produk", "tulis ulasan produk", "memberi ulasan",
		"关注博主", "刷好评", "做任务返佣", "thả tim tiktok", "like tiktok", "follow tiktok", "like dan follow", "กดถูกใจ", "review hotels", "reviewing hotels", "rate hotels", "google maps reviews", "app ratings", "rate apps", "boost ratings",
		"like videos", "liking videos", "like youtube videos", "like posts", "follow accounts", "following accounts",
		"rate products", "product reviews", "rating products", "write reviews", "5-star reviews", "subscribe channels",
		"点赞", "关注抖音", "好评", "刷单", "评论商品",
		"like video", "thả tim", "đánh giá sản phẩm", "like bài",
		"memberi rating", "ulasan produk", "like video youtube", "follow akun", "menilai produk",
		"กดไลก์", "กดไลค์", "รีวิวสินค้า", "กดติดตาม",
		"लाइक", "वीडियो लाइक", "रेटिंग देना", "video like",
		"mag-like", "i-like ang video",
	}},
	{cTopup, []string{
		"垫资", "đóng tiền", "transfer dulu", "pay to unlock", "merchant balance", "recharge your account",
		"top-up", "top up", "topup", "recharge", "deposit", "prepay", "advance funds", "pay first", "upgrade fee",
		"充值", "垫付", "先付", "nạp tiền", "nạp", "ứng tiền", "deposit dulu", "isi saldo", "top up dulu", "tambah nilai",
		"เติมเงิน", "โอนก่อน", "रिचार्ज", "पहले पैसे", "mag-top up", "magdeposito",
	}},
	{cVIP, []string{
		"vip", "vip level", "vip group", "premium tasks", "premium", "higher commission", "level 1", "unlock",
		"会员", "高级任务", "cấp vip", "tugas premium", "grup premium", "ระดับ vip", "प्रीमियम", "mas mataas na komisyon",
	}},
	{cPersonalAccount, []string{
		"into your personal bank account", "personal bank account", "your personal account", "your own bank account",
		"your bank account", "receive payments", "receive funds", "receive money", "receive customer payments",
		"个人账户", "你的银行卡", "收款", "代收", "tài khoản cá nhân", "nhận tiền vào tài khoản",
		"rekening pribadi", "rekening anda", "akaun bank peribadi", "terima wang", "menerima dana", "terima dana",
		"บัญชีส่วนตัว", "รับเงินเข้าบัญชี", "अपने खाते में", "निजी खाते", "sariling bank account",
	}},
	{cForwardFunds, []string{
		"transfer the funds", "forward the money", "forward the funds", "send it on", "withdraw or transfer",
		"transfer it to", "% of every transaction", "of every transaction", "commission per transfer", "per transaction",
		"代付", "转出", "转给", "chuyển tiếp", "chuyển lại", "teruskan dana", "transfer balik", "pindahkan dana",
		"โอนต่อ", "ट्रांसफर कर", "आगे भेज", "ipasa ang pera",
	}},
	{cRentAccount, []string{
		"跑分", "收u", "代收代付", "出租微信", "出租支付宝", "cho mượn tài khoản", "pinjam rekening", "pinjamkan rekening", "ให้ยืมบัญชี", "खाता उधार", "account rental",
		"rent your bank account", "rent your account", "sell your bank account", "sell your account", "lend your account",
		"account for rent", "rent out your bank account", "lend us your account", "use your account to receive",
		"menyewakan rekening", "rekening disewa", "sewakan rekening", "jual beli rekening", "menjual rekening",
		"rekening untuk disewa", "sewa akun bank", "pinjam nama rekening", "menyewakan akaun", "sewa akaun bank",
		"jual akaun bank", "出租银行卡", "出租账户", "收购银行卡", "卖卡", "cho thuê tài khoản", "bán tài khoản",
		"sewa rekening", "jual rekening", "sewa akaun", "jual akaun", "บัญชีม้า", "เช่าบัญชี", "ขายบัญชี",
		"खाता किराए", "अकाउंट किराए", "bank account rent", "paupahan ang account",
	}},
	{cTypingRole, []string{
		"typing job", "typist", "typists", "typing", "data entry", "chat support", "online chat", "customer service",
		"customer support", "game host", "operator", "admin online", "online admin",
		"打字员", "打字", "客服", "网络客服", "运营助理", "đánh máy", "gõ chữ", "trực page", "chăm sóc khách hàng", "cskh",
		"mengetik", "admin online", "cs online", "menaip", "kerja menaip", "khidmat pelanggan",
		"พิมพ์ดีด", "แอดมินออนไลน์", "แอดมิน", "ดูแลลูกค้า", "डेटा एंट्री", "टाइपिंग", "कस्टमर सपोर्ट", "कॉल सेंटर",
		"encoder", "chat agent",
	}},
	{cGambling, []string{
		"网赌", "game bài", "tài xỉu", "slot online", "พนันออนไลน์", "บาคาร่า", "baccarat", "online betting", "sportsbook",
		"casino", "online casino", "gambling", "betting", "online gaming", "offshore gaming", "pogo", "game operators",
		"博彩", "菠菜", "赌场", "网投", "sòng bạc", "cá cược", "nhà cái", "judi", "kasino", "perjudian",
		"คาสิโน", "พนัน", "เว็บพนัน", "कैसीनो", "सट्टा", "sugal",
	}},
	{cNoGambling, []string{
		"no gambling", "not gambling", "no gambling or betting", "不涉及博彩", "không cờ bạc", "bukan judi", "ไม่ใช่พนัน",
	}},
	{cPigRole, []string{
		"聊天引流", "引流", "推广理财", "crypto investment platform", "introduce our investment", "introduce our crypto", "guide customers to invest", "tư vấn đầu tư", "mengajak investasi", "ชวนลงทุน", "निवेश के लिए", "find clients online to invest",
		"build rapport", "guide users through our investment", "investment products", "guide clients to invest",
		"investment platform", "make friends online", "chat with clients about investment", "trading platform",
		"理财产品", "引导客户", "投资平台", "聊客", "杀猪",
		"sản phẩm đầu tư", "hướng dẫn khách đầu tư", "produk investasi", "produk pelaburan",
		"ผลิตภัณฑ์การลงทุน", "निवेश प्रोडक्ट", "pamumuhunan",
	}},
	{cNoExp, []string{
		// tl, hi (romanised)
		"kahit walang exp", "walang exp", "no exp", "no experience po", "hindi kailangan ng experience", "di kailangan ng experience", "kahit fresh grad", "pwede ang walang experience", "koi experience nahi chahiye", "experience nahi chahiye", "experience ki jarurat nahi", "experience ki zaroorat nahi", "experience zaruri nahi", "bina anubhav", "anubhav ki zarurat nahi", "fresher bhi chalega", "freshers bhi apply",
		"experience ki zarurat nahi", "bina experience", "walang experience", "kahit walang karanasan", "no experience okay",
		"no experience", "no experience needed", "no experience required", "experience not required", "we train you",
		"无需经验", "无经验", "不需要经验", "零经验", "không cần kinh nghiệm", "tidak perlu pengalaman",
		"tanpa pengalaman", "tiada pengalaman", "tak perlu pengalaman", "ไม่ต้องมีประสบการณ์", "ไม่จำเป็นต้องมีประสบการณ์",
		"अनुभव की ज़रूरत नहीं", "अनुभव की जरूरत नहीं", "बिना अनुभव", "no experience chahiye", "walang karanasan",
		"kahit walang experience",
	}},
	{cEasyWork, []string{
		// tl, hi (romanised)
		"easy lang", "upo lang", "type type lang", "chat chat lang", "aasaan kaam", "asan kaam", "sirf typing", "bas typing", "sirf chat karna",
		"日结", "高薪日结", "躺赚", "ghar baithe", "घर बैठे कमाई", "làm tại nhà thu nhập cao", "cuan besar", "รายได้ดีมาก",
		"aasan kaam", "ghar baithe kamai", "madaling trabaho", "madaling pera",
		"easy job", "very easy", "easy work", "easy money", "simple work", "just by liking", "only need basic",
		"10–30 minutes a day", "1–2 hours per day", "work from home earn",
		"轻松", "高薪轻松", "会打字就行", "việc nhẹ lương cao", "việc nhẹ", "lương cao", "kerja santai", "gaji besar", "kerja mudah",
		"งานสบาย", "งานง่าย", "พิมพ์ดีดได้ก็พอ", "आसान काम", "सिर्फ़ चैट", "madaling trabaho",
	}},
	{cSkilled, []string{
		"degree", "bachelor", "bachelor's", "diploma", "years' experience", "years experience", "years of experience",
		"2+ years", "1+ year", "experience required", "certification", "certified", "tefl", "celta", "senior", "engineer",
		"accountant", "acca", "cams", "portfolio", "qualified",
		"developer", "architect", "analyst", "consultant", "nurse", "registered nurse", "doctor", "pilot", "chef",
		"本科", "大专", "学历", "以上工作经验", "年以上", "专业",
		"tốt nghiệp", "bằng cấp", "kinh nghiệm từ", "ijazah", "sarjana", "pendidikan minimal", "pengalaman minimal",
		"tahun pengalaman", "ปริญญาตรี", "วุฒิ", "ประสบการณ์อย่างน้อย", "ग्रेजुएट", "डिग्री", "अनुभव आवश्यक",
		"licensed professional",
	}},
	{cPayMultiple, []string{
		"triple ng kinikita", "doble ng kinikita", "triple ng sweldo", "doble ng sweldo", "tatlong beses ng sweldo", "guna paisa", "guna salary", "guna zyada", "guna jyada", "3-4 guna", "teen chaar guna", "do teen guna",
		// tl, hi (romanised)
		"doble ng sahod", "doble ang sahod", "triple ng sahod", "teen guna", "do guna salary", "double salary",
		"3x what you make", "2x what you make", "3x what", "2x what", "double your salary", "triple your salary",
		"way better than here", "3 times your salary", "3倍工资", "工资翻倍", "gấp 3 lần", "gấp đôi lương",
		"3 kali ganda", "gaji 3 kali", "3 เท่า", "तीन गुना", "दोगुनी सैलरी", "tatlong beses",
	}},
	{cSalaryWord, []string{
		// tl, hi (romanised)
		"tankhwah", "tankhwa", "pagar", "vetan", "kamai", "sahod kada buwan",
		"salary", "pay", "paid", "basic pay", "package", "remuneration", "earn", "earnings", "income", "wage", "wages",
		"compensation", "commission", "rate",
		"月薪", "月入", "底薪", "工资", "薪资", "薪水", "待遇", "收入",
		"lương", "thu nhập", "mức lương", "gaji", "upah", "pendapatan", "komisi", "ganjaran",
		"เงินเดือน", "รายได้", "ค่าจ้าง", "सैलरी", "वेतन", "तनख्वाह", "कमाई", "salary milegi",
		"sahod", "sweldo", "kita",
	}},
	{cCryptoPay, []string{
		"paid in usdt", "usdt", "paid in crypto", "salary in crypto", "in usdt", "usdt/usd", "泰达币", "u结算",
	}},
}
