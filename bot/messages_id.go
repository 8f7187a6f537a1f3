package bot

import "github.com/scambot/scambot/lang"

var indonesian = Strings{
	WelcomeTitle: "Halo, saya scambot.",
	Welcome: "Saya membantu Anda mengenali lowongan kerja palsu yang menjerumuskan orang ke markas scam (\"pabrik penipuan\"), dan menjawab pertanyaan soal itu lengkap dengan sumbernya.\n\n" +
		"- **Dapat tawaran kerja?** Tempel atau teruskan (forward) ke sini, nanti saya cek tanda-tanda umum jebakan perdagangan orang.\n" +
		"- **Punya pertanyaan?** Ketik saja, misalnya: *apa itu penipuan kerja tugas?*\n" +
		"- **Anda atau orang yang Anda kenal terjebak?** Ketuk *Saya butuh bantuan sekarang*.",
	HelpTitle:    "Cara memakai scambot",
	HelpIntro:    "Tempel lowongan kerja dan saya cek tanda-tanda jebakannya; ketik pertanyaan dan saya jawab dari basis pengetahuan yang sudah dikurasi, dengan menyebut sumbernya. Perintah:",
	HelpOutro:    "Saya tidak pernah menyatakan sebuah lowongan aman: saya sebutkan apa yang saya temukan dan apa yang tidak. Saya tidak menyimpan pesan Anda.",
	HelpNowTitle: "Kalau Anda atau orang lain sedang dalam bahaya",
	HelpNow:      "Utamakan keselamatan Anda. Kalau bisa, kirim diam-diam lokasi persis Anda, foto gedungnya, dan nama orang yang menahan Anda ke KBRI, keluarga, atau polisi. Jangan melawan penjaga. Nomor darurat per negara ada di tombol di bawah.",
	PrivacyTitle: "Privasi",
	Privacy: "- Saya **tidak pernah menyimpan** isi pesan Anda atau lowongan yang Anda cek. Semuanya hanya dibaca di memori untuk menjawab, lalu dilupakan.\n" +
		"- Log hanya mencatat jenis kejadian, perintah, berapa lama prosesnya, dan berhasil atau tidak: tidak pernah teks, nama, atau nomor.\n" +
		"- Saya mungkin menyimpan pilihan bahasa Anda (Telegram) dan pengaturan scan sebuah komunitas (Discord: ID channel dan ambang peringatan).\n" +
		"- Tombol umpan balik hanya mencatat artikel mana yang dinilai dan nilainya.\n" +
		"- Jangan kirim password, kode OTP, atau data rekening ke siapa pun, termasuk bot.",
	AbstainTitle:      "Saya belum punya jawaban yang bagus untuk itu.",
	Abstain:           "Basis pengetahuan saya mencakup markas scam, jebakan lowongan kerja, penipuan online, dan tempat mencari bantuan. Saya tidak menemukan artikel yang menjawab ini dengan baik, dan saya lebih baik bilang begitu daripada menebak.",
	AbstainNext:       "Anda bisa melihat semua topik, mengecek lowongan kerja dengan /check, atau melihat cara melaporkan penipuan. Kalau ada yang sedang dalam bahaya, ketuk *Saya butuh bantuan sekarang*.",
	Sources:           "Sumber",
	Related:           "Topik terkait",
	FellBack:          "Artikel ini belum tersedia dalam %s, jadi ini versi bahasa Inggrisnya.",
	QuestionTruncated: "Pesan Anda panjang, jadi saya hanya membaca %d byte pertama.",
	OfferTruncated:    "Lowongannya panjang, jadi saya hanya mengecek %d byte pertama.",
	EmptyQuestion:     "Pesan itu tidak berisi kata yang bisa saya baca. Ketik pertanyaan, atau tempel lowongan kerja untuk dicek.",
	EmptyOffer:        "Tidak ada teks untuk dicek. Tempel atau teruskan lowongan kerjanya.",
	AskPrompt:         "Apa yang ingin Anda ketahui? Ketik pertanyaan Anda.",
	CheckPrompt:       "Tempel atau teruskan lowongan kerja yang ingin Anda cek.",
	Unsure:            "Mau saya cek ini sebagai lowongan kerja, atau saya jawab sebagai pertanyaan?",
	CheckTitle:        "Cek lowongan kerja",
	ScoreOf:           "skor %d/100",
	SignalsFound:      "Tanda yang ditemukan:",
	NoSignals:         "Saya tidak menemukan satu pun tanda jebakan umum yang saya cari. Itu tidak berarti lowongan ini aman: modus jebakan terus berubah, dan saya bisa melewatkan sesuatu.",
	CounterFound:      "Juga ditemukan (ini menurunkan skor, tetapi tidak pernah membuktikan lowongan itu nyata):",
	NextSteps:         "Langkah selanjutnya:",
	TopicsTitle:       "Topik",
	HotlinesTitle:     "Nomor darurat",
	HotlinesPick:      "Pilih negara:",
	UnknownCountry:    "Saya belum punya nomor darurat untuk “%s”. Ini negara yang saya ketahui:",
	UnknownTopic:      "Saya tidak mengenal topik itu. Ini daftarnya:",
	Flood:             "Anda mengirim pesan lebih cepat dari yang bisa saya jawab. Tunggu sebentar, lalu kirim lagi pertanyaan Anda.",
	BadCallback:       "Tombol itu sudah tidak berlaku. Silakan coba lagi.",
	Failure:           "Ada yang salah di sistem saya. Silakan coba lagi sebentar lagi.",
	LangChosen:        "Mulai sekarang saya akan menjawab dalam %s.",
	LangPick:          "Pilih bahasa Anda:",
	FeedbackThanks:    "Terima kasih atas masukannya.",
	NotInGroup:        "Silakan pakai ini di chat pribadi dengan saya.",

	ButtonCheck:       "🔍 Cek lowongan kerja",
	ButtonAsk:         "❓ Ajukan pertanyaan",
	ButtonHelpNow:     "🆘 Saya butuh bantuan sekarang",
	ButtonWhy:         "Kenapa ini penting",
	ButtonVerify:      "Cara memverifikasi",
	ButtonReport:      "Laporkan",
	ButtonTopics:      "📚 Semua topik",
	ButtonHotlines:    "☎️ Nomor darurat",
	ButtonSomeoneElse: "Orang lain yang terjebak",
	ButtonIsOffer:     "Cek sebagai lowongan kerja",
	ButtonIsQuestion:  "Jawab sebagai pertanyaan",
	ButtonPrev:        "◀️ Kembali",
	ButtonNext:        "Berikutnya ▶️",
	ButtonReadMore:    "Baca artikel lengkap",
	ButtonPostPublic:  "Tampilkan jawaban ke publik",
	ButtonDelete:      "Hapus pesan",
	ButtonDismiss:     "Abaikan",

	CmdStart:        "Mulai: apa yang bisa saya lakukan",
	CmdCheck:        "Cek lowongan kerja untuk tanda jebakan",
	CmdAsk:          "Tanya soal penipuan dan markas scam",
	CmdTopics:       "Lihat semua topik",
	CmdTopic:        "Buka satu topik",
	CmdHotlines:     "Nomor darurat dan tempat minta bantuan, per negara",
	CmdLang:         "Pilih bahasa jawaban",
	CmdHelp:         "Cara memakai bot ini",
	CmdAbout:        "Tentang bot ini dan batasannya",
	CmdPrivacy:      "Apa yang disimpan dan apa yang tidak pernah disimpan",
	CmdScan:         "Moderator: scan channel untuk postingan perekrutan",
	CmdCheckMessage: "Cek lowongan kerja",
}

func init() { catalog[lang.Indonesian] = &indonesian }
