package bot

import "github.com/scambot/scambot/lang"

var malay = Strings{
	WelcomeTitle: "Hai, saya scambot.",
	Welcome: "Saya bantu anda kenal pasti tawaran kerja palsu yang membawa orang ke kompaun scam (\"kilang penipuan\"), dan saya jawab soalan tentangnya bersama sumber.\n\n" +
		"- **Dapat tawaran kerja?** Tampal atau forward kepada saya dan saya akan semak tanda-tanda biasa perangkap pemerdagangan orang.\n" +
		"- **Ada soalan?** Taip sahaja, contohnya: *scam tugasan tu apa?*\n" +
		"- **Anda atau orang yang anda kenal terperangkap?** Tekan *Saya perlukan bantuan sekarang*.",
	HelpTitle:    "Cara guna scambot",
	HelpIntro:    "Tampal tawaran kerja dan saya semak tanda umpannya; taip soalan dan saya jawab daripada pangkalan pengetahuan yang disusun rapi, bersama sumber. Arahan:",
	HelpOutro:    "Saya tidak pernah kata sesuatu tawaran itu selamat: saya beritahu apa yang saya jumpa dan apa yang tidak. Saya tidak simpan mesej anda.",
	HelpNowTitle: "Kalau anda atau orang lain dalam bahaya sekarang",
	HelpNow:      "Utamakan keselamatan anda. Kalau boleh, hantar secara senyap lokasi tepat anda, gambar bangunan dan nama orang yang menahan anda kepada kedutaan (bagi rakyat Malaysia, Kedutaan Besar Malaysia), keluarga atau polis. Jangan bersemuka dengan pengawal. Talian kecemasan mengikut negara ada di bawah butang di bawah.",
	PrivacyTitle: "Privasi",
	Privacy: "- Saya **tidak pernah menyimpan** teks mesej anda atau tawaran yang anda semak. Ia dibaca dalam memori untuk menjawab anda, kemudian dilupakan.\n" +
		"- Log hanya merekod jenis peristiwa, arahan, tempoh masa dan sama ada ia berjaya: tiada teks, tiada nama atau nombor.\n" +
		"- Saya mungkin simpan pilihan bahasa anda (Telegram) dan tetapan imbasan komuniti (Discord: ID channel dan ambang amaran).\n" +
		"- Butang maklum balas hanya merekod artikel mana yang dinilai dan undiannya.\n" +
		"- Jangan hantar kata laluan, kod OTP/TAC atau butiran bank kepada sesiapa, termasuk bot.",
	AbstainTitle:      "Saya tak ada jawapan yang baik untuk itu.",
	Abstain:           "Pangkalan pengetahuan saya merangkumi kompaun scam, umpan tawaran kerja, scam online dan tempat untuk dapatkan bantuan. Saya tak jumpa artikel yang menjawab soalan ini dengan baik, dan saya lebih rela berterus terang daripada meneka.",
	AbstainNext:       "Anda boleh lihat semua topik, semak tawaran kerja dengan /check, atau lihat tempat untuk report scam. Kalau ada orang dalam bahaya sekarang, tekan *Saya perlukan bantuan sekarang*.",
	Sources:           "Sumber",
	Related:           "Topik berkaitan",
	FellBack:          "Artikel ini belum ada dalam %s, jadi ini versi bahasa Inggeris.",
	QuestionTruncated: "Mesej anda panjang, jadi saya hanya baca %d bait pertama.",
	OfferTruncated:    "Tawaran itu panjang, jadi saya hanya semak %d bait pertama.",
	EmptyQuestion:     "Mesej itu tiada perkataan yang saya boleh baca. Taip soalan, atau tampal tawaran kerja untuk disemak.",
	EmptyOffer:        "Tiada teks untuk disemak. Tampal atau forward tawaran kerja itu.",
	AskPrompt:         "Apa yang anda nak tahu? Taip soalan anda.",
	CheckPrompt:       "Tampal atau forward tawaran kerja yang anda nak saya semak.",
	Unsure:            "Anda nak saya semak ini sebagai tawaran kerja, atau jawab sebagai soalan?",
	CheckTitle:        "Semakan tawaran kerja",
	ScoreOf:           "skor %d/100",
	SignalsFound:      "Tanda yang dijumpai:",
	NoSignals:         "Saya tak jumpa mana-mana tanda umpan biasa yang saya cari. Itu tidak bermaksud tawaran ini selamat: umpan sentiasa berubah, dan saya boleh terlepas pandang.",
	CounterFound:      "Turut dijumpai (ini merendahkan skor, tetapi tidak pernah membuktikan tawaran itu benar):",
	NextSteps:         "Apa nak buat seterusnya:",
	TopicsTitle:       "Topik",
	HotlinesTitle:     "Talian kecemasan",
	HotlinesPick:      "Pilih negara:",
	UnknownCountry:    "Saya tiada talian kecemasan untuk “%s”. Ini negara yang saya tahu:",
	UnknownTopic:      "Saya tak kenal topik itu. Ini senarainya:",
	Flood:             "Anda hantar mesej lebih laju daripada yang saya boleh jawab. Sila tunggu seminit, kemudian hantar soalan anda semula.",
	BadCallback:       "Butang itu sudah tidak sah. Sila cuba lagi.",
	Failure:           "Ada masalah di pihak saya. Sila cuba lagi sebentar lagi.",
	LangChosen:        "Mulai sekarang saya akan jawab dalam %s.",
	LangPick:          "Pilih bahasa anda:",
	FeedbackThanks:    "Terima kasih atas maklum balas anda.",
	NotInGroup:        "Sila guna ini dalam chat peribadi dengan saya.",

	ButtonCheck:       "🔍 Semak tawaran kerja",
	ButtonAsk:         "❓ Tanya soalan",
	ButtonHelpNow:     "🆘 Saya perlukan bantuan sekarang",
	ButtonWhy:         "Kenapa ini penting",
	ButtonVerify:      "Cara menyemak",
	ButtonReport:      "Laporkan",
	ButtonTopics:      "📚 Semua topik",
	ButtonHotlines:    "☎️ Talian kecemasan",
	ButtonSomeoneElse: "Orang lain terperangkap",
	ButtonIsOffer:     "Semak sebagai tawaran kerja",
	ButtonIsQuestion:  "Jawab sebagai soalan",
	ButtonPrev:        "◀️ Kembali",
	ButtonNext:        "Seterusnya ▶️",
	ButtonReadMore:    "Baca artikel penuh",
	ButtonPostPublic:  "Kongsi jawapan secara terbuka",
	ButtonDelete:      "Padam mesej",
	ButtonDismiss:     "Abaikan",

	CmdStart:        "Mula: apa yang saya boleh buat",
	CmdCheck:        "Semak tawaran kerja untuk tanda umpan",
	CmdAsk:          "Tanya soalan tentang scam dan kompaun scam",
	CmdTopics:       "Lihat semua topik",
	CmdTopic:        "Buka satu topik",
	CmdHotlines:     "Talian kecemasan dan tempat dapatkan bantuan, mengikut negara",
	CmdLang:         "Pilih bahasa jawapan saya",
	CmdHelp:         "Cara guna bot ini",
	CmdAbout:        "Apa bot ini dan hadnya",
	CmdPrivacy:      "Apa yang disimpan dan apa yang tidak pernah disimpan",
	CmdScan:         "Moderator: imbas channel untuk post perekrutan",
	CmdCheckMessage: "Semak tawaran kerja",
}

func init() { catalog[lang.Malay] = &malay }
