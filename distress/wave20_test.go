package distress

import "testing"

// Help messages in dialects, creoles and regional varieties (the kind the
// twentieth training wave's help lines showed the cues missing), with lines
// written for this test: a passport taken, a writer who cannot leave, someone
// sold on, in Patois, Pidgin, Sundanese, Javanese, Ambonese, Cebuano,
// Ilocano, Kapampangan, Chhattisgarhi, Bhojpuri, northern Thai and Isan.
func TestWave20DialectKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "dem tek mi paaspoat di fus day an now mi kyaa lef di building, wah fi du", true, ArticleSelf},
		{"en", "dem sell mi go one nex company inna Myawaddy, mi fraid", true, ArticleSelf},
		{"en", "I no fit comot from dis compound o, abeg wetin I go do", true, ArticleSelf},
		{"en", "my sister dey for Myanmar, dem no gree make she comot", true, ArticleOther},
		{"en", "mi son inna Cambodia an di boss nah mek him leave", true, ArticleOther},
		{"id", "abdi di Kamboja, paspor dicokot ku bos, teu meunang kaluar", true, ArticleSelf},
		{"id", "aku neng Myanmar saiki, ora oleh metu soko kantor, paspor dijupuk", true, ArticleSelf},
		{"id", "beta pung adik di Kamboja seng bisa pulang, bos tahan dia", true, ArticleOther},
		{"tl", "ang akong igsoon naa sa Cambodia, gikuha ang iyang passport, dili siya makagawas", true, ArticleOther},
		{"tl", "innala da ti pasaporte ko, saan nak a makaruar ditoy Myanmar", true, ArticleSelf},
		{"tl", "kinuwa de ing passport ku, e ku makalual keni Cambodia", true, ArticleSelf},
		{"hi", "मोला इहाँ कंबोडिया मा रखे हें, बाहिर नइ जा सकंव", true, ArticleSelf},
		{"hi", "हमार भइया म्यांमार में बा, कंपनी वाला घरे आवे ना देत", true, ArticleOther},
		{"th", "น้องสาวไปทำงานกัมพูชา เปิ้นเก็บบัตรกับพาสปอร์ตไว้หมด", true, ArticleOther},
		{"th", "ข่อยอยู่ตึกในพม่า เขาบ่ให้ออก ออกบ่ได้ ทำจั่งได๋", true, ArticleSelf},
		// Not the dialect words: a passport ready to be picked up, a car, a buffalo or land sold.
		{"en", "mi sell mi car to a man from Spanish Town, how fi do di papers", false, ""},
		// "mi" is a particle in Makassar Indonesian, not the writer; a Patois
		// speaker who saw a video asks about it.
		{"id", "katanya di sana hp disita semua, begitu mi aturannya kah?", false, ""},
		{"en", "mi see a video pon Facebook seh dem people cyaan leave di building, a true?", false, ""},
		{"hi", "हमार भैंस चाचा बेच दिहिन, अब हिस्सा कइसे मांगीं?", false, ""},
		{"hi", "bhai ne hamari zameen bech di bina pooche, kya karein", false, ""},
		{"id", "paspor abdi tos beres, iraha tiasa dicandak di kantor imigrasi?", false, ""},
	})
}
