package offer

// Travel, visa and destination phrases.
var lexTravel = []lexEntry{
	{cPaidTravel, []string{
		// tl, hi (romanised)
		"libreng plane ticket", "libre ang plane ticket", "libreng airfare", "libre ang airfare", "libreng biyahe", "libre ang biyahe", "sagot ng agency ang ticket", "sagot ng agency ang pamasahe", "sagot ng employer ang ticket", "sagot ng company ang ticket", "free ticket aur visa", "ticket aur visa free", "ticket ka kharcha company", "flight ka kharcha company", "ticket company dega", "hawai ticket free", "air ticket free",
		"ticket free hai", "ticket company degi", "flight free", "ticket ka kharcha company", "libre ang ticket", "libre ang flight", "sagot ang pamasahe",
		// en
		"free flight", "free air ticket", "free ticket", "free airfare", "flight paid", "flights paid",
		"ticket paid", "ticket covered", "ticket to bangkok covered", "company pays your flight", "company pays the flight",
		"company pays ticket", "company pays your ticket", "pays your flight", "pay your flight", "covers your flight",
		"cover your flight", "covers the flight", "will cover your flight", "flight covered", "airfare paid",
		"flight, visa and apartment fully paid", "fully paid by company", "book your ticket", "book ticket",
		"sort out the ticket", "travel + housing", "travel and housing", "flight and furnished", "relocation support",
		"flight over", "free travel", "travel paid", "ticket provided",
		// zh
		"机票报销", "报销机票", "包机票", "免费机票", "承担往返机票", "承担机票", "机票签证全部", "机票全包", "报销路费", "包路费",
		// vi
		"bao vé", "bao vé máy bay", "miễn phí vé", "hỗ trợ chi phí đi lại", "hỗ trợ vé", "công ty lo vé", "bao chi phí đi lại",
		// id / ms
		"tiket pesawat gratis", "tiket gratis", "tiket ditanggung", "tiket pesawat ditanggung", "tiket kapal terbang percuma",
		"tiket percuma", "tiket disediakan", "ongkos ditanggung",
		// th
		"ออกค่าเดินทาง", "ออกค่าตั๋ว", "ตั๋วเครื่องบินฟรี", "ออกค่าตั๋วเครื่องบิน", "ฟรีค่าเดินทาง", "ฟรีตั๋ว", // not bare ค่าตั๋วเครื่องบิน: "airfare" says nothing of who pays
		// hi
		"फ्री टिकट", "मुफ्त टिकट", "टिकट कंपनी", "फ्री फ्लाइट", "free ticket milega", "ticket free",
		// tl
		"libreng pamasahe", "libreng ticket", "libre ang pamasahe", "sagot ng kumpanya ang ticket", "libreng flight",
	}},
	{cFreeHousing, []string{
		// tl, hi (romanised)
		"libreng accommodation", "libre ang accommodation", "libreng staff house", "libreng kain", "libre ang pagkain", "libreng bahay", "libre ang tirahan at pagkain", "libre ang kain at tirahan", "rehna aur khana free", "khana aur rehna free", "khana peena free", "rehne ki vyavastha free", "rehne khane ki suvidha", "free room aur khana", "rehna khana company", "khana free",
		"rehna khana free", "khana rehna free", "rehna free", "libreng tirahan at pagkain", "libre ang tirahan",
		"free accommodation", "free dorm", "free dormitory", "free housing", "free food", "free meals", "free 3 meals",
		"accommodation & meals", "stay in company dormitory", "dormitory for free", "place to stay", "shared housing",
		"apartment fully paid", "accommodation inside the compound", "dorm inside", "food also free", "staff housing",
		"包吃包住", "包食宿", "员工宿舍", "提供住宿", "免费住宿",
		"bao ăn ở", "chỗ ở ban đầu", "miễn phí chỗ ở", "bao ăn", "bao ở",
		"mess + makan", "mess gratis", "tempat tinggal gratis", "penginapan percuma", "penginapan gratis", "asrama percuma",
		"ที่พักฟรี", "มีที่พักและอาหารฟรี", "จัดที่พักให้", "ที่พักและอาหาร",
		"रहना-खाना", "रहना खाना", "फ्री रहना", "rehna khana free", "free rehna",
		"libreng tirahan", "libreng pagkain", "libreng dorm",
	}},
	{cTouristVisa, []string{
		"hindi na dadaan sa agency", "di na dadaan sa agency", "hindi na kailangan ng agency", "agent ke chakkar mein mat", "agent-wagent ke chakkar", "bina agent ke jaana",
		// tl, hi (romanised)
		"turista muna", "bilang turista", "as tourist muna", "tourist visa ang gagamitin", "mag tourist visa", "tourist visa lang po", "may escort sa airport", "escort sa immigration", "may backer sa immigration", "lusot sa immigration", "di na kailangan dumaan sa dmw", "hindi na kailangan dumaan sa dmw", "di na dadaan sa dmw", "hindi na dadaan sa dmw", "di na kailangan dumaan sa poea", "hindi na kailangan dumaan sa poea", "di na dadaan sa poea", "hindi na dadaan sa poea", "walang oec", "no oec", "no need oec", "di na kailangan ng oec", "hindi na kailangan ng oec", "tourist visa pe bhejenge", "tourist visa se jana", "tourist visa par bhejenge", "visit visa par", "visiting visa pe", "emigrate ki zarurat nahi", "emigrate ki zaroorat nahi", "emigrate ki jarurat nahi", "emigrate nahi chahiye", "bina emigrate", "emigration clearance ki zarurat nahi", "ecr check ki zarurat nahi", "work visa ki zarurat nahi", "work visa nahi chahiye",
		"tourist visa pe jana", "tourist visa par jana", "visit visa pe", "tourist visa lang", "tourist visa muna",
		"tourist visa", "visit visa", "visa-free entry", "visa free entry", "visa-exempt", "visa exempt entry",
		"visa on arrival", "no work visa needed", "no need work visa", "no need for a work visa", "don't need a work visa",
		"travel as a tourist", "enter as a tourist", "go as a tourist", "visa exemption", "visa waiver", "no visa needed",
		"no need visa", "no visa required", "不用签证", "不需要签证", "无需签证", "không cần visa", "tidak perlu visa",
		"tak perlu visa", "tanpa visa kerja", "ไม่ต้องใช้วีซ่า", "वीज़ा की ज़रूरत नहीं", "hindi kailangan ng visa",
		"旅游签", "旅游签证", "落地签", "免签入境", "商务签过去", "旅游签过去",
		"visa du lịch", "đi du lịch trước", "đi diện du lịch", "miễn thị thực",
		"visa turis", "visa kunjungan", "visa pelancong", "visa lawatan", "bebas visa", "visa melancong",
		"วีซ่าท่องเที่ยว", "ไม่ต้องใช้วีซ่าทำงาน", "ไม่ต้องทำวีซ่า", "ฟรีวีซ่า", "ใช้วีซ่าท่องเที่ยว",
		"टूरिस्ट वीज़ा", "टूरिस्ट वीजा", "पर्यटक वीज़ा", "विज़िट वीज़ा", "tourist visa pe", "tourist visa par",
		"tourist visa lang", "visa-free", "turista visa",
	}},
	{cVisaLater, []string{
		// tl, hi (romanised)
		"aayusin pagdating", "aayusin na lang pagdating", "iko convert ang visa", "i convert ang visa pagdating", "convert ang visa pagdating", "papalitan ang visa pagdating", "doon na ang working visa", "doon na lang aayusin", "doon na ang papeles", "visa wahan banega", "permit wahan banega", "wahan jaake banega", "wahan pahunchkar banega", "wahan jakar banega", "visa baad me banega", "visa baad mein banega", "visa convert ho jayega", "company wahan bana degi", "company wahin banwayegi",
		"change it later", "changed later", "change the visa later", "company will change it", "sorts out the paperwork",
		"paperwork after", "paperwork later", "papers later", "visa processed after arrival", "visa after arrival",
		"work permit after arrival", "company will handle the rest", "everything arranged on arrival",
		"no need to worry about documents", "permit there", "permit will be done there",
		"到了以后公司统一办理", "到了再办", "到当地再办", "落地后办理", "工作手续", "到了以后",
		"sang rồi làm giấy tờ", "công ty lo hết giấy tờ", "làm giấy tờ sau", "sang đó làm visa",
		"visa diurus", "visa diuruskan", "permit diurus di sana", "dokumen diurus di sana", "urus permit kemudian",
		"ดำเนินเรื่องเอกสารให้ภายหลัง", "เอกสารภายหลัง", "ทำเอกสารทีหลัง", "ไปก่อนได้เลย", "เดินทางไปก่อน",
		"वहीं बनवाएगी", "वहीं बनेगा", "वहाँ जाकर बनेगा", "वहां बनवा", "permit wahan",
		"aayusin doon", "doon na aayusin",
	}},
	{cPickup, []string{
		// tl, hi (romanised)
		"sunduin sa airport", "may susundo sa airport", "may sundo sa airport", "susunduin kayo", "sasalubungin sa airport", "ihahatid kayo sa", "ihahatid sa site", "ihahatid papunta", "agent airport pe lene aayega", "airport pe lene aayega", "airport par lene aayega", "airport pe lene aayenge", "lene aayega", "airport pe receive karega", "airport se pick", "gaadi se le jayega", "gaadi le jayegi", "company ki gaadi",
		"pick you up", "picks you up", "pick-up from the airport", "airport pick up", "airport pickup", "meet you at the airport",
		"drive you to", "drives you to", "take you to the workplace", "car from airport", "car from the airport",
		"company car", "escort you", "escorted", "meet you at", "our driver", "driver will", "take you to the office",
		"take you to the company", "xe đón", "đón ở", "đưa sang", "antar ke lokasi", "dijemput sopir",
		"接机", "专人接送", "专车接送", "专车", "机场接", "有人接",
		"đón tận nơi", "có người đón", "đón tại sân bay", "đưa đón",
		"dijemput di bandara", "dijemput", "dijemput di lapangan terbang", "diambil di lapangan terbang",
		"มีรถมารับ", "รับที่สนามบิน", "มีคนมารับ", "รถรับส่ง",
		"एजेंट मिलेगा", "गाड़ी से", "कंपनी की गाड़ी", "गाड़ी ले जाएगी", "airport par agent",
		"susunduin sa airport", "susunduin",
	}},
	{cCrossBorder, []string{
		// tl, hi (romanised)
		"border cross karenge", "border cross karwayenge", "border cross karna", "nadi paar", "ilog tatawirin", "tatawirin ang ilog",
		"border cross karwa", "border paar karwa", "itatawid sa border", "tatawid ng border",
		"across the border", "cross the border", "crossing the border", "takes you across", "take you across",
		"across the river", "border crossing", "over the border", "through the checkpoint",
		"过境", "偷渡", "过边境", "带你过去", "走小路",
		"qua cửa khẩu", "qua biên giới", "vượt biên", "đưa qua",
		"menyeberang perbatasan", "lewat jalur darat", "melintasi sempadan", "menyeberang sempadan",
		"พาข้าม", "ข้ามไป", "ข้ามชายแดน", "ข้ามแดน", "ข้ามฝั่ง",
		"बॉर्डर पार", "सीमा पार", "border paar",
		"tawid ng border", "tatawid",
	}},
	{cHotspot, []string{
		"佤邦", "wa state", "勐波", "小勐拉", "dongmei", "huanya", "hpa lu", "min let pan", "सिहानोकविल", "बावेत", "kk园", "电诈园区", "scam park",
		"sihanoukville", "sihanouk ville", "preah sihanouk", "kampong som", "西港", "西哈努克", "สีหนุวิลล์", "सिहानoukville",
		"bavet", "巴域", "บาเวต", "poipet", "波贝", "ปอยเปต", "पोइपेट",
		"myawaddy", "myawadi", "妙瓦底", "เมียวดี", "म्यावाडी", "म्यावडी",
		"shwe kokko", "shwekokko", "亚太新城", "kk park", "kk园区", "kk 园区",
		"golden triangle", "金三角", "สามเหลี่ยมทองคำ", "गोल्डन ट्रायंगल", "गोल्डन ट्राएंगल", "kings romans",
		"tachileik", "tachilek", "大其力", "ท่าขี้เหล็ก",
		"laukkaing", "果敢", "kokang", "mong la", "勐拉", "boten", "磨丁",
		"o'smach", "osmach", "thai border casino", "border casino",
	}},
	{cBorderTown, []string{
		"mae sot", "maesot", "美索", "แม่สอด", "मे सोत", "chiang rai", "清莱", "เชียงราย", "mae sai", "แม่สาย",
		"biên giới", "perbatasan", "sempadan", "ชายแดน", "सीमा",
		"near the border", "border area", "border zone", "border town", "gần biên giới", "vùng biên", "dekat perbatasan",
		"kawasan sempadan", "ใกล้ชายแดน", "边境", "बॉर्डर के पास", "malapit sa border",
		"myanmar border", "burma border", "ฝั่งพม่า", "缅北", "缅甸边境", "biên giới campuchia",
	}},
	{cVagueDest, []string{
		// tl, hi (romanised)
		"malapit sa thailand", "kalapit bansa", "dito lang sa asia", "padosi desh", "thailand ke paas", "asia me kahin",
		"southeast asia", "south east asia", "se asia", "sea region", "office in southeast asia", "abroad in the region",
		"near thailand", "near the thai border", "neighbouring country", "neighboring country", "asean branches", "somewhere in asia",
		"东南亚分公司", "东南亚某国", "东南亚国家", "地点:东南亚", "地点: 东南亚", "东南亚办公室", "去东南亚", "在东南亚", "东南亚工作", "海外分公司", "国外工作",
		"khu vực đông nam á", "đông nam á", "nước láng giềng",
		"asia tenggara", "negara tetangga", "negara jiran",
		"ภูมิภาคอาเซียน", "สาขาในภูมิภาค", "ประเทศเพื่อนบ้าน", "เอเชียตะวันออกเฉียงใต้",
		"दक्षिण-पूर्व एशिया", "दक्षिण पूर्व एशिया", "पड़ोसी देश",
		"timog-silangang asya", "kalapit na bansa",
	}},
	{cAbroad, []string{
		// tl, hi (romanised)
		"pa abroad", "sa abroad", "bidesh", "videsh me naukri", "videsh mein naukri", "bahar ke desh", "videshi naukri",
		"abroad", "overseas", "work abroad", "海外", "国外", "出国", "nước ngoài", "luar negeri", "luar negara",
		"ต่างประเทศ", "विदेश", "ओवरसीज़", "videsh", "ibang bansa",
	}},
	{cAddrLater, []string{
		"exact na lugar", "hindi pa masabi ang lugar", "hindi pa nya masabi", "hindi pa niya masabi", "lugar ibibigay", "ibibigay ng boss", "address bhejega", "address bhej dega", "address bhejenge", "jagah abhi nahi bata", "jagah abhi exactly nahi", "location abhi nahi bata", "jagah nahi bata sakta",
		// tl, hi (romanised)
		"address pagdating", "sasabihin na lang ang address", "ibibigay na lang ang address", "location ibibigay later", "address baad me", "address baad mein", "pata baad me", "pata baad mein", "location baad me batayenge", "jagah baad me",
		"send the exact address", "address when you're confirmed", "address later", "location will be shared",
		"site details will be provided", "details will be provided by our local team", "address after",
		"地址到了再说", "具体地址", "地点保密",
		"địa chỉ sẽ báo sau", "địa điểm báo sau",
		"alamat menyusul", "lokasi dirahasiakan", "alamat akan diberi kemudian",
		"แจ้งสถานที่ภายหลัง", "บอกสถานที่ทีหลัง",
		"पता बाद में", "जगह बाद में",
		"ibibigay ang address",
	}},
}
