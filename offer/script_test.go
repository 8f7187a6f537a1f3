package offer

import "testing"

func TestUnreadable(t *testing.T) {
	tests := []struct{ text, want string }{
		{"안녕하세요! 고수익 알바 모집합니다. 월 500만원 이상", "Korean"},
		{"高収入！カンボジアでのお仕事、月給50万円以上、航空券と寮は無料、経験不要。", "Japanese"},
		{"ကမ္ဘောဒီးယား အလုပ်ခေါ်နေသည်၊ လစာ ဒေါ်လာ ၁၅၀၀", "Burmese"},
		{"ការងារនៅក្រុងព្រះសីហនុ ប្រាក់ខែខ្ពស់", "Khmer"},
		{"Работа в Камбодже, высокая зарплата", "Russian"},
		{"高薪招聘，柬埔寨客服，月薪两万，包吃包住", ""},
		{"高薪誠聘，柬埔寨客服，機票報銷", ""},
		{"รับสมัครแอดมิน เงินเดือนดี", ""},
		{"दुबई में नौकरी, सैलरी 80,000", ""},
		{"Tuyển nhân viên, lương cao", ""},
		{"Typing job in Cambodia, contact 김 on Telegram", ""},
		{"Trabajo en Camboya, salario 2000 dólares al mes, boleto de avión gratis, no se necesita experiencia. Contacto por Telegram.", "Spanish"},
		{"Trabalho no Camboja, salário de 2000 dólares por mês, passagem aérea grátis, sem experiência.", "Portuguese"},
		{"Travail au Cambodge, salaire 2000 dollars par mois, billet d'avion gratuit, pas besoin d'expérience, écrivez-nous sur Telegram.", "French"},
		{"Arbeit in Kambodscha, Gehalt 2000 Dollar im Monat, kostenloser Flug, keine Erfahrung nötig, wir zahlen alles.", "German"},
		{"Kazi Cambodia, mshahara dola 2000 kwa mwezi, tiketi ya ndege bure, hakuna uzoefu unaohitajika.", "Swahili"},
		{"Job in Los Angeles for the summer, salary $20 per hour, contact us on our site.", ""},
		{"Trabaho sa Cambodia, sahod $1500 kada buwan, libre ang ticket, walang experience, para sa mga walang trabaho.", ""},
		{"Kerja di Kamboja, gaji 25 juta per bulan, tiket gratis, tanpa pengalaman, untuk semua.", ""},
		{"Tuyển nhân viên làm việc tại Campuchia, lương 2000 USD, bao vé máy bay, không cần kinh nghiệm.", ""},
		{"Cần tuyển gấp: làm việc tại Nha Trang, lương cao, liên hệ anh Nam.", ""},
		{"Tuyen nhan vien lam viec tai Campuchia, luong cao, da co nha o, do cong ty lo, com trua mien phi, con nao can thi nhan tin, sao lai khong", ""},
		{"Trabaho sa Dubai, una sa lahat walang placement fee, para sa mga may experience, sweldo 1500 kada buwan", ""},
		{"Lowongan kerja, gaji 5 juta per bulan, untuk lulusan SMA, kirim CV ke kantor kami di Jalan Merdeka", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := unreadable(tt.text); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestUnsupportedNeverLow(t *testing.T) {
	tests := []struct {
		text string
		want Level
	}{
		{"안녕하세요! 고수익 알바 모집합니다. 월 500만원 이상, 숙소 무료 제공. 연락 주세요.", Unknown},
		{"カンボジアでのお仕事、シアヌークビル、月給50万円以上、航空券無料", Medium},
		{"မြဝတီ အလုပ်ခေါ်နေသည်၊ Telegram ဆက်သွယ်ပါ", Medium},
		{"ការងារនៅ ប៉ោយប៉ែត ប្រាក់ខែខ្ពស់ Telegram", Medium},
	}
	for _, tt := range tests {
		r := testChecker.Check(tt.text)
		if r.Level != tt.want || r.Unsupported == "" {
			t.Errorf("%q: %s (%q), want %s", tt.text, r.Level, r.Unsupported, tt.want)
		}
		if len(r.Advice) < 3 {
			t.Errorf("%q: the general red flags are missing: %+v", tt.text, r.Advice)
		}
		if r.Level.Summary(r.Lang) == Low.Summary(r.Lang) {
			t.Errorf("%q: reads as a low result", tt.text)
		}
	}
}

func TestReadable(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"", false}, {"   \n\t", false}, {"🙂🙂🙂 123 !!", false}, {"\x00abc", false}, {"\xff\xfe\xfd\xfca", false},
		{"a", true}, {"高薪", true}, {"Job offer: $500", true},
	}
	for _, tt := range tests {
		if err := Readable(tt.text); (err == nil) != tt.ok {
			t.Errorf("%q: %v", tt.text, err)
		}
	}
}
