package distress

import "testing"

// Kinds read in the fifty-third blind set's misses, with lines written for
// this test. Someone who went where the compounds are and has not come back
// is a family's message about a job abroad gone silent, in every language,
// and "never came back" is never "came back" (it once read as someone back
// home); not back from school or a night out is no danger, and neither is
// not back for a business trip or a marriage. Things sold by the family
// ("sold her old car"), money owed to it, a contract one is "locked into",
// the house one is confined to by gout, a stay held up longer than planned,
// a border gate closed for the night: everyday.
func TestAfter53Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "my nephew went to Cambodia for work last year and never came back, where do we start?", true, ArticleOther},
		{"ms", "anak saudara saya pergi Kemboja kerja tahun lepas, sampai sekarang tak balik. apa nak buat", true, ArticleOther},
		{"id", "keponakan saya berangkat ke Kamboja buat kerja, sampai sekarang belum pulang. harus mulai dari mana?", true, ArticleOther},
		{"vi", "cháu tôi đi Campuchia làm việc từ năm ngoái đến giờ không thấy về, phải bắt đầu từ đâu?", true, ArticleOther},
		{"th", "หลานชายไปทำงานที่กัมพูชาตั้งแต่ปีที่แล้ว ยังไม่กลับมาเลย ต้องเริ่มจากตรงไหน", true, ArticleOther},
		{"zh", "我外甥去年去柬埔寨打工，到现在都没回来，该从哪里开始找？", true, ArticleOther},
		{"hi", "mera bhatija pichhle saal Cambodia kaam ke liye gaya, abhi tak wapas nahi aaya, kahan se shuru karein?", true, ArticleOther},
		{"tl", "yung pamangkin ko pumunta ng Cambodia para magtrabaho noong isang taon, hindi pa rin nakakauwi. saan kami magsisimula?", true, ArticleOther},
		{"en", "my son hasn't come home from school yet and it's 7pm, should I call the police?", false, ""},
		{"id", "anak saya belum pulang dari sekolah, sudah jam 8 malam, lapor polisi atau tunggu?", false, ""},
		{"en", "my dad never came back from Cambodia, he married there and lives in Siem Reap now. can I still inherit his house?", false, ""},
		{"zh", "我老公出差去了柬埔寨还没回来，他的航班延误了，怎么查航班？", false, ""},
		{"en", "My mother sold her old car to a guy at the market and he still owes her money. Can she go to small claims?", false, ""},
		{"en", "my uncle sold the house and the buyer owes us 20000, what can we do", false, ""},
		{"en", "my brother is sold on buying a motorbike but he can't ride", false, ""},
		{"en", "my cousin is locked into a two year phone contract and wants to switch, can he leave early?", false, ""},
		{"en", "my grandad is confined to the house with gout again, what foods should he avoid?", false, ""},
		{"en", "my sister got held up in Manila longer than planned because of her visa papers, will her boss keep her job?", false, ""},
		{"ms", "atuk pergi Golok beli barang, pintu sempadan dah tutup, dia tersangkut sebelah sana sampai pagi, boleh ke dia tidur sana?", false, ""},
		{"en", "they sold her to another company in myawaddy, what can we do", true, ArticleOther},
		{"en", "my brother was sold to a compound in cambodia", true, ArticleOther},
	})
}
