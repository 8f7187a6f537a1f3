package bot

import "github.com/scambot/scambot/lang"

var tagalog = Strings{
	WelcomeTitle: "Hi, ako si scambot.",
	Welcome: "Tinutulungan kitang makita ang mga pekeng job offer na nagdadala ng mga tao sa scam compound (\"fraud factory\"), at sinasagot ko ang mga tanong tungkol dito, may kasamang source.\n\n" +
		"- **May job offer ka?** I-paste o i-forward mo sa akin at iche-check ko kung may mga karaniwang senyales ng trafficking.\n" +
		"- **May tanong ka?** I-type mo lang, halimbawa: *ano ang task scam?*\n" +
		"- **Ikaw o may kakilala kang na-trap?** I-tap ang *Kailangan ko ng tulong ngayon*.",
	HelpTitle:    "Paano gamitin ang scambot",
	HelpIntro:    "Mag-paste ng job offer at iche-check ko ang mga senyales ng panloloko; mag-type ng tanong at sasagutin ko mula sa piniling knowledge base, kasama ang mga source. Mga command:",
	HelpOutro:    "Hindi ko kailanman sinasabing ligtas ang isang offer: sinasabi ko kung ano ang nakita ko at ang hindi. Hindi ko sine-save ang mga message mo.",
	HelpNowTitle: "Kung ikaw o ibang tao ay nasa panganib ngayon",
	HelpNow:      "Unahin ang kaligtasan mo. Kung kaya, palihim na ipadala ang eksaktong lokasyon mo, mga litrato ng building at mga pangalan ng mga taong may hawak sa iyo sa embassy (para sa mga Pilipino, ang Philippine Embassy), sa pamilya mo o sa pulis. Huwag komprontahin ang mga guard. Nasa button sa ibaba ang mga hotline ayon sa bansa.",
	PrivacyTitle: "Privacy",
	Privacy: "- **Hindi ko kailanman sine-save** ang text ng mga message mo o ng mga offer na tsine-check mo. Binabasa ang mga ito sa memory para masagot ka, tapos kinakalimutan.\n" +
		"- Ang logs ay nagtatala lang ng uri ng event, command, gaano katagal at kung gumana: walang text, walang pangalan o numero.\n" +
		"- Puwede kong itago ang napili mong language (Telegram) at ang scan settings ng isang community (Discord: channel ID at alert threshold).\n" +
		"- Ang feedback buttons ay nagtatala lang kung aling artikulo ang na-rate at ang boto.\n" +
		"- Huwag magpadala ng password, OTP o bank details kaninuman, kasama ang mga bot.",
	AbstainTitle:      "Wala akong magandang sagot diyan.",
	Abstain:           "Sakop ng knowledge base ko ang mga scam compound, pekeng job offer, online scam at kung saan hihingi ng tulong. Wala akong nakitang artikulong maayos na sumasagot dito, at mas gusto kong sabihin iyon kaysa manghula.",
	AbstainNext:       "Puwede mong tingnan ang lahat ng topic, mag-check ng job offer gamit ang /check, o alamin kung saan magre-report ng scam. Kung may nasa panganib ngayon, i-tap ang *Kailangan ko ng tulong ngayon*.",
	Sources:           "Mga source",
	Related:           "Kaugnay na topic",
	FellBack:          "Wala pa ang artikulong ito sa %s, kaya narito ito sa English.",
	QuestionTruncated: "Mahaba ang message mo, kaya ang unang %d bytes lang ang binasa ko.",
	OfferTruncated:    "Mahaba ang offer, kaya ang unang %d bytes lang ang tsine-check ko.",
	EmptyQuestion:     "Walang salitang mababasa ko sa message na iyan. Mag-type ng tanong, o mag-paste ng job offer na iche-check.",
	EmptyOffer:        "Walang text na iche-check. I-paste o i-forward ang job offer.",
	AskPrompt:         "Ano ang gusto mong malaman? I-type ang tanong mo.",
	CheckPrompt:       "I-paste o i-forward ang job offer na gusto mong i-check ko.",
	Unsure:            "Gusto mo bang i-check ko ito bilang job offer, o sagutin bilang tanong?",
	CheckTitle:        "Check ng job offer",
	ScoreOf:           "score %d/100",
	SignalsFound:      "Mga senyales na nakita:",
	NoSignals:         "Wala akong nakita sa mga karaniwang senyales ng panloloko na hinahanap ko. Hindi ibig sabihin nito na ligtas ang offer: nagbabago ang mga modus, at puwede akong may makaligtaan.",
	CounterFound:      "Nakita rin (nagpapababa ito ng score, pero hindi kailanman nagpapatunay na totoo ang offer):",
	NextSteps:         "Ano ang susunod na gagawin:",
	TopicsTitle:       "Mga topic",
	HotlinesTitle:     "Mga hotline",
	HotlinesPick:      "Pumili ng bansa:",
	UnknownCountry:    "Wala akong nakalistang hotline para sa “%s”. Ito ang mga bansang alam ko:",
	UnknownTopic:      "Hindi ko alam ang topic na iyan. Narito ang listahan:",
	Flood:             "Mas mabilis kang magpadala ng message kaysa kaya kong sagutin. Maghintay muna ng isang minuto, tapos ipadala ulit ang tanong mo.",
	BadCallback:       "Hindi na gumagana ang button na iyan. Pakisubukan ulit.",
	Failure:           "May nagkaproblema sa side ko. Pakisubukan ulit maya-maya.",
	LangChosen:        "Sasagot na ako sa %s mula ngayon.",
	LangPick:          "Pumili ng language:",
	FeedbackThanks:    "Salamat sa feedback.",
	NotInGroup:        "Pakigamit ito sa private chat kasama ako.",

	ButtonCheck:       "🔍 I-check ang job offer",
	ButtonAsk:         "❓ Magtanong",
	ButtonHelpNow:     "🆘 Kailangan ko ng tulong ngayon",
	ButtonWhy:         "Bakit ito mahalaga",
	ButtonVerify:      "Paano i-verify",
	ButtonReport:      "I-report",
	ButtonTopics:      "📚 Lahat ng topic",
	ButtonHotlines:    "☎️ Mga hotline",
	ButtonSomeoneElse: "Ibang tao ang na-trap",
	ButtonIsOffer:     "I-check bilang job offer",
	ButtonIsQuestion:  "Sagutin bilang tanong",
	ButtonPrev:        "◀️ Bumalik",
	ButtonNext:        "Susunod ▶️",
	ButtonReadMore:    "Basahin ang buong artikulo",
	ButtonPostPublic:  "I-post ang sagot sa lahat",
	ButtonDelete:      "Burahin ang message",
	ButtonDismiss:     "Isara",

	CmdStart:        "Simula: ano ang kaya kong gawin",
	CmdCheck:        "I-check ang job offer para sa mga senyales ng panloloko",
	CmdAsk:          "Magtanong tungkol sa scam at scam compound",
	CmdTopics:       "Tingnan ang lahat ng topic",
	CmdTopic:        "Buksan ang isang topic",
	CmdHotlines:     "Mga hotline at saan hihingi ng tulong, ayon sa bansa",
	CmdLang:         "Piliin ang language ng mga sagot ko",
	CmdHelp:         "Paano gamitin ang bot na ito",
	CmdAbout:        "Ano ang bot na ito at ang mga limitasyon nito",
	CmdPrivacy:      "Ano ang itinatago at ano ang hindi kailanman itinatago",
	CmdScan:         "Para sa moderator: i-scan ang mga channel para sa recruitment post",
	CmdCheckMessage: "I-check ang job offer",
}

func init() { catalog[lang.Tagalog] = &tagalog }
