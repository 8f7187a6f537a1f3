package offer

// Recruiter channel, process, documents and pressure phrases.
var lexProcess = []lexEntry{
	{cMessaging, []string{
		"telegram", "telegarm", "tele gram", "t.me", "tg:", "tg @", "whatsapp", "whats app", "whatsap", "wa:", "wa.me",
		"via wa", "telegram/wa", "wechat", "we chat", "weixin", "line id", "line:", "via line", "on line only",
		"add line", "line @", "line oa", "voice call on line", "zalo", "signal app", "viber", "kakaotalk",
		"飞机", "纸飞机", "电报", "微信", "加v", "加微", "tele:", "tele @",
		"nhắn zalo", "qua telegram", "qua zalo",
		"ไลน์", "ทักไลน์", "ทาง line", "แอดไลน์", "เทเลแกรม",
		"टेलीग्राम", "व्हाट्सऐप", "व्हाट्सएप", "वॉट्सऐप", "वीचैट",
	}},
	{cNotApp, []string{
		"飞机票", "坐飞机", "飞机场", "乘飞机", "搭飞机", "飞机航班", "打飞机", "bottom line:", "hotline:",
		"ออนไลน์", // Thai "online" contains ไลน์ (LINE)
	}},
	{cOnly, []string{
		"only", "just", "solely", "exclusively",
		"只", "仅", "只能", "只用",
		// Not a bare "chỉ": folded to "chi" it is also "chị" (older
		// sister), the usual way to name a recruiter in Vietnamese.
		// Nor "thôi" in any form: folded to "thoi" it is also "thời" (time).
		"chỉ qua", "chỉ liên hệ", "chỉ nhắn", "chỉ dùng", "chỉ trao đổi", "chỉ làm việc qua",
		"hanya", "saja", "sahaja", "cuma",
		"เท่านั้น", "เพียง",
		"सिर्फ़", "सिर्फ", "केवल", "ही", "sirf", "bas",
		"lang", "lamang",
	}},
	{cInterview, []string{
		"interview", "interviews", "interviewed", "assessment", "screening",
		"面试", "面谈", "phỏng vấn", "wawancara", "temuduga", "temu duga", "interview kerja",
		"สัมภาษณ์", "इंटरव्यू", "साक्षात्कार", "panayam",
	}},
	{cChat, []string{
		// tl, hi (romanised)
		"sa chat lang", "sa messenger lang", "chat pe", "chat par", "call pe hi",
		"chat", "by chat", "via chat", "chat only", "chat assessment", "messages", "text", "voice call", "voice message",
		"telegram chat", "online test on whatsapp", "short online test",
		"聊天", "语音", "聊一下", "文字", "tin nhắn", "nhắn tin", "chat qua", "pesan", "obrolan", "mesej",
		"แชท", "ข้อความ", "चैट", "मैसेज", "व्हाट्सऐप पर", "chat lang",
	}},
	{cNoInterview, []string{
		// tl, hi (romanised)
		"no interview po", "di na kailangan ng interview", "hindi na kailangan mag interview", "di na kailangan mag interview", "walang interbyu", "interview nahi hoga", "bina interview ke", "interview ki jarurat nahi", "interview ki zaroorat nahi",
		"interview nahi", "koi interview nahi", "interview ki zarurat nahi", "walang interview", "no interview na", "hindi na kailangan ng interview",
		"no interview", "no need interview", "no need for interview", "no need for a formal interview", "don't need interview",
		"we don't need interview", "without interview", "no interview hassle", "no interview needed", "interview not required",
		"不需要面试", "无需面试", "免面试", "不用面试", "直接上岗",
		"không cần phỏng vấn", "không phỏng vấn", "không cần gặp trực tiếp",
		"tanpa interview", "tanpa wawancara", "tidak perlu interview", "tak perlu interview", "tanpa temuduga", "tak perlu datang pejabat",
		"ไม่ต้องสัมภาษณ์", "ไม่มีสัมภาษณ์", "ไม่ต้องเดินทางมา",
		"बिना इंटरव्यू", "इंटरव्यू की ज़रूरत नहीं", "कोई इंटरव्यू नहीं", "bina interview",
		"walang interview", "hindi na kailangan ng interview",
	}},
	{cContract, []string{
		"contract", "contracts", "employment contract", "agreement",
		"合同", "合约", "劳动合同", "hợp đồng", "kontrak", "perjanjian kerja", "surat perjanjian",
		"สัญญา", "สัญญาจ้าง", "कॉन्ट्रैक्ट", "अनुबंध", "कांट्रैक्ट", "kontrata",
	}},
	{cArrival, []string{
		// tl, hi (romanised)
		"pagkarating", "pagdating doon", "pagdating sa site", "pahunchne ke baad", "pahuchne ke baad", "wahan pahunch kar", "wahan jaake",
		"arrival", "on arrival", "upon arrival", "after arrival", "when you arrive", "you arrive", "arrive", "on site",
		"到达", "到了", "抵达", "到当地", "到公司后", "到公司", "到了公司",
		"khi sang", "sang tới nơi", "đến nơi", "tới nơi", "khi đến",
		"setelah tiba", "sesampai", "di lokasi", "setibanya", "apabila tiba", "selepas tiba",
		"ไปถึง", "เมื่อถึง", "ถึงที่ทำงาน",
		"पहुँचकर", "पहुंचकर", "पहुँचने के बाद", "वहाँ पहुँच", "pahunchkar",
		"pagdating",
	}},
	{cBefore, []string{
		// tl, hi (romanised)
		"pehle", "se pehle", "bago ang", "sign karke",
		"before", "prior to", "first", "beforehand",
		"前", "之前", "trước", "trước khi", "sebelum", "ก่อน", "पहले", "bago",
	}},
	{cUnsolicited, []string{
		// tl, hi (romanised)
		"nakita ko profile mo", "nakita namin ang resume mo", "nakita namin cv mo", "aapka selection ho gaya", "aap select ho gaye", "aapka cv dekha", "aapki profile dekhi",
		"found your cv", "saw your profile", "saw your cv", "we found your profile", "you have been shortlisted",
		"you have been selected", "congratulations", "are you still looking for work", "looking for a job?",
		"看到您在求职群", "看到你的简历", "thấy em ứng tuyển", "thấy bạn ứng tuyển",
		"kami menemukan cv", "anda terpilih", "ขอแสดงความยินดี",
		"आपका चयन", "napili ka",
	}},
	{cPassport, []string{
		"passport ki photo", "passport copy",
		"passport", "passports", "passport bio-page", "bio page", "护照", "hộ chiếu", "paspor", "pasport",
		"พาสปอร์ต", "หนังสือเดินทาง", "पासपोर्ट", "pasaporte",
	}},
	{cSendDoc, []string{
		// tl, hi (romanised)
		"bhej do", "bhejiye", "bhejna", "send karo",
		"bhejo", "bhejein", "photo bhejo", "ipadala", "isend",
		"send", "send me", "reply with", "copy", "photo", "scan", "number", "photo page", "provide",
		"发", "照片", "首页", "复印件", "扫描",
		"gửi", "ảnh chụp", "chụp ảnh", "ảnh hộ chiếu", "chụp", "trang đầu", // not bare "ảnh": folded it is "anh" (you)
		"kirim", "kirimkan", "foto", "salinan", "hantar", "gambar", "imbasan",
		"ส่ง", "รูป", "สำเนา",
		"भेजें", "भेजो", "फोटो", "कॉपी", "नंबर", "bhejo",
		"ipadala", "litrato",
	}},
	{cPassportKept, []string{
		// tl, hi (romanised)
		"sa inyo ang pasaporte", "hawak mo ang pasaporte", "hawak mo ang passport", "hindi namin kukunin ang passport", "hindi kukunin ang pasaporte", "passport aapke paas rahega", "passport aapke paas hi rahega", "passport apne paas rakhein", "passport nahi rakhenge",
		"you keep your passport", "keep your passport at all times", "candidate keeps", "originals are returned",
		"photocopying only", "never ask for money or your passport", "never ask for your passport", "never hold your passport",
		"passport-size", "passport size", "passport-sized",
		"护照由本人保管", "不扣押护照", "hộ chiếu do người lao động giữ", "không giữ hộ chiếu",
		"tự giữ hộ chiếu", "giữ hộ chiếu của mình", "hộ chiếu do bạn giữ", "hộ chiếu do em giữ", "bạn tự giữ",
		"paspor tetap dipegang", "paspor dipegang sendiri", "berukuran pasport", "saiz pasport",
		"ไม่ยึดพาสปอร์ต", "पासपोर्ट आपके पास", "पासपोर्ट साइज़",
	}},
	{cPassportHeld, []string{
		// tl, hi (romanised)
		"kukunin ang passport", "kukunin ang pasaporte", "hawak ng employer ang passport", "hawak ng kumpanya ang passport", "i surrender ang passport", "isurrender ang passport", "passport company rakhegi", "passport company ke paas rahega", "passport hum rakhenge",
		"hold it for safekeeping", "hold your passport", "keep your passport for", "passport for safekeeping",
		"surrender your passport", "hand over your passport", "company keeps your passport",
		"护照交给公司", "护照由公司保管", "收护照", "扣护照",
		"giữ hộ chiếu của", "nộp hộ chiếu", "công ty giữ hộ chiếu",
		"paspor ditahan", "paspor disimpan perusahaan", "serahkan paspor", "pasport disimpan syarikat",
		"ยึดพาสปอร์ต", "เก็บพาสปอร์ตไว้", "पासपोर्ट जमा", "पासपोर्ट कंपनी रखेगी",
		"itatago ang pasaporte",
	}},
	{cBankDetails, []string{
		// tl, hi (romanised)
		"bank account mo", "bank details mo", "bank details bhejo", "account number bhejo", "khata number",
		"bank name, account number", "bank details", "account number", "bank account details", "your bank login",
		"银行卡号", "银行账户信息", "số tài khoản", "nomor rekening", "no akaun bank", "nombor akaun",
		"เลขบัญชี", "बैंक खाता नंबर", "अकाउंट नंबर", "account number mo",
	}},
	{cUrgent, []string{
		// tl, hi (romanised)
		"alis agad", "aalis agad", "alis na agad", "deploy agad", "limited slot", "limited slots po", "kailangan na agad", "alis next week", "alis ngayong linggo", "ngayong linggo", "sa susunod na linggo", "last batch", "huling batch", "jaldi join karo", "jaldi apply karo", "jaldi karein", "seat kam hai", "seats kam hai", "agle hafte", "is hafte", "aaj hi",
		"jaldi karo", "abhi join karo", "seats limited", "agle hafte flight", "aalis na next week", "limited slots lang", "madaliang alis",
		"urgent", "urgently", "urgent hiring", "asap", "hiring now", "leave next week", "departure next week",
		"fly next", "we fly next", "limited slots", "slots left", "only 8 left", "limited seats", "fly within",
		"fly out within", "start within", "within 2 weeks", "within 10 days", "within 3 days", "as soon as possible",
		"before the 15th", "this batch", "next week", "this week", "start immediately", "start tomorrow", "slots today", "today only", "don't miss", "failure to pay on time",
		"forfeit your slot", "first come first served", "leave this week", "arrive before",
		"急招", "急聘", "下周", "名额有限", "先到先得", "这周就能", "马上出发", "尽快",
		"tuyển gấp", "cần gấp", "đi ngay", "đi luôn", "tuần này", "tuần sau", "số lượng có hạn", "trong tuần",
		"berangkat cepat", "segera", "slot terbatas", "terbatas", "minggu depan", "minggu ini", "tempat terhad", "bertolak minggu depan",
		"ด่วน", "ภายในสัปดาห์นี้", "จำนวนจำกัด", "รับจำนวนจำกัด", "สัปดาห์หน้า",
		"सीमित", "अगले हफ़्ते", "अगले हफ्ते", "जल्दी", "आज ही",
		"madalian", "limitado", "agad-agad",
	}},
	{cSecret, []string{
		"wag mo muna ipost", "wag mo ipost", "huwag mo munang ipost", "wag mo muna sabihin", "wag mo munang sabihin", "huwag mo munang sabihin", "discuss mat karna", "kisi se discuss mat", "kisi ko abhi mat", "abhi kisi ko mat",
		// tl, hi (romanised)
		"wag sabihin", "wag mong sabihin", "huwag mong sabihin", "wag ipagsabi", "wag ipaalam", "wag ipost", "huwag ipost", "wag i post", "tayo tayo lang", "atin atin lang", "wag sasabihin", "mat batana", "mat batao", "mat bolna", "kisi ko mat bolna", "ghar walon ko mat batana", "family ko mat batana", "kisi ko nahi batana", "gupt rakhna", "post mat karna", "share mat karna",
		"ghar pe mat batana", "kisi ko mat batao", "kisi ko na batayein", "secret rakhna", "huwag ipaalam", "sikreto lang", "atin-atin lang",
		"don't tell", "do not tell", "dont tell", "keep this confidential", "keep it confidential", "keep this offer confidential",
		"confidential", "keep it secret", "secret", "do not share", "don't share", "don't post", "better not post",
		"not post about it", "not public yet", "for my friends only", "don't tell too many people",
		"请勿外传", "保密", "不要告诉", "别告诉", "内部推荐", "不要外传",
		"không được nói", "đừng nói", "giữ bí mật", "đừng chia sẻ",
		"jangan bilang", "rahasia", "jangan kongsi", "jangan beritahu", "rahsia", "jangan sebar",
		"อย่าบอก", "ห้ามบอก", "เป็นความลับ",
		"मत बताना", "मत बताओ", "गुप्त", "किसी को न बताएं", "kisi ko mat batana",
		"huwag sabihin", "sikreto", "huwag ipagsabi",
	}},
}
