package offer

// Parts of phrases that the rules combine by proximity, so that a lure
// worded in a new way ("flight and visa provided", "we convert your status
// later", "keep this opportunity private") is still caught without listing
// every wording.
var lexParts = []lexEntry{
	{cTravelNoun, []string{
		"flight", "flights", "air ticket", "air tickets", "ticket", "tickets", "airfare", "air fare", "plane ticket",
		"travel", "travel costs", "transport", "transportation",
		"机票", "路费", "往返机票", "车票", "vé máy bay", "vé xe", "vé tàu", "vé khứ hồi", "chi phí đi lại", // not bare "vé": folded it is "về" "tiket", "tiket pesawat",
		"ongkos", "tambang", "ตั๋ว", "ตั๋วเครื่องบิน", "ค่าเดินทาง", "ค่าตั๋ว", "टिकट", "फ्लाइट", "हवाई टिकट", "किराया",
		"pamasahe", "tiket kapal terbang",
	}},
	{cProvided, []string{
		"sila na bahala", "kami na bahala", "sila na daw bahala", "sagot na nila", "company dekh legi", "company dekhegi", "company sambhalegi", "company ka zimma", "company uthayegi",
		// tl, hi (romanised)
		"sagot ng agency", "sagot ng employer", "sagot ng company", "free hai", "company degi", "company dega",
		"provided", "covered", "paid", "free", "included", "arranged", "on us", "company covers", "covers", "we cover",
		"paid for", "sponsored", "by the company", "by company",
		"包", "报销", "公司出", "免费", "公司承担", "bao vé", "bao trọn", "bao chi phí", "miễn phí", "công ty lo", "hỗ trợ", "ditanggung", "disediakan",
		"gratis", "percuma", "dibiayai", "ditaja", "ฟรี", "ออกให้", "บริษัทออก", "บริษัทจ่าย", "फ्री", "मुफ्त", "कंपनी देगी",
		"कंपनी का", "libre", "sagot ng kumpanya", "bayad ng kumpanya",
	}},
	{cVisaWord, []string{
		// tl, hi (romanised)
		"kagaz", "kagzaat", "dokumento",
		"visa", "work permit", "permit", "papers", "paperwork", "status", "documents",
		"签证", "手续", "工作证", "giấy tờ", "giấy phép", "visa", "dokumen", "permit kerja", "izin kerja", "surat-surat",
		"วีซ่า", "เอกสาร", "ใบอนุญาต", "वीज़ा", "वीजा", "परमिट", "कागज़", "कागजात", "papeles",
	}},
	{cLaterWord, []string{
		// tl, hi (romanised)
		"baad me", "baad mein", "wahan jaake", "wahin", "pahunchne ke baad", "pagkarating",
		"later", "after arrival", "after you arrive", "once you arrive", "when you arrive", "on arrival", "upon arrival",
		"after you settle", "when you get there", "once there", "over there",
		"到了以后", "到了再", "之后再", "落地后", "到当地后", "sang rồi", "sau khi sang", "sang đó", "làm sau",
		"nanti", "kemudian", "setelah tiba", "setelah sampai", "di sana", "selepas sampai", "ภายหลัง", "ทีหลัง",
		"เมื่อไปถึง", "बाद में", "वहीं", "वहाँ पहुँचकर", "pagdating", "doon na",
	}},
	{cRiskCountry, []string{
		"cambodia", "campuchia", "kamboja", "kemboja", "柬埔寨", "กัมพูชา", "कंबोडिया", "cambodge",
		"myanmar", "burma", "缅甸", "miến điện", "พม่า", "เมียนมา", "म्यांमार",
		"laos", "lao pdr", "老挝", "ลาว", "लाओस",
		// Not a bare "lào": folded it is "lao", as in "lao động" (labour).
		"nước lào", "tại lào", "bên lào", "qua lào", "sang lào",
	}},
	{cKeep, []string{
		// tl, hi (romanised)
		"rakhna", "rakhein", "rakho",
		"keep", "keeping", "keep it", "stay", "giữ", "simpan", "rahsiakan", "เก็บ", "रखना", "रखें", "itago",
	}},
	{cPrivate, []string{
		"private", "secret", "confidential", "quiet", "to yourself", "between us", "bí mật", "rahasia", "rahsia",
		"ความลับ", "गुप्त", "sikreto", "lihim",
	}},
	{cReceiveMoney, []string{
		"menerima transfer", "terima transfer dari", "menerima wang", "menerima bayaran",
		"receive payments", "receive transfers", "receive funds", "receive money", "receive customer payments",
		"receiving payments", "accept payments", "收款", "代收", "接收款项", "nhận tiền", "nhận chuyển khoản",
		"terima transfer", "terima dana", "menerima pembayaran", "menerima dana", "terima wang", "รับโอน", "รับเงินโอน",
		"पैसे प्राप्त", "पेमेंट रिसीव", "पैसे लेना", "tumanggap ng pera", "tumanggap ng bayad",
	}},
	{cSendOn, []string{
		"meneruskan dana", "meneruskan uang", "meneruskan wang", "teruskan dana", "salurkan dana", "menyalurkan dana",
		"send them to", "send it to our", "send the money to", "transfer to our", "transfer them to", "forward them",
		"forward the", "pass on", "pass it on", "withdraw and send", "transfer the funds", "to our account",
		"转到", "转给", "转出", "代付", "chuyển lại", "chuyển cho", "chuyển tiếp", "kirim ke rekening", "transfer ke rekening",
		"teruskan", "pindahkan", "โอนต่อ", "โอนเข้าบัญชีบริษัท", "आगे भेज", "ट्रांसफर कर", "ipasa", "ipadala sa",
	}},
	{cCommission, []string{
		"commission", "% commission", "keep 5%", "keep 10%", "percent", "hoa hồng", "komisi", "komisen", "ค่าคอม",
		"佣金", "提成", "कमीशन", "komisyon",
	}},
}
