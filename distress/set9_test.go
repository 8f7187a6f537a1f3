package distress

import "testing"

// TestCoachedAtImmigration (set 9): someone on the way who was told to lie
// to immigration ("say you are a tourist, the work visa comes there") is
// about to be taken: a [lastleg] cue, the writer's own when the message is
// told from the airport with the subject dropped. A traveller asking what
// to say at immigration on a holiday is not. Lines written for this test.
func TestCoachedAtImmigration(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "at the airport now, the agent says tell immigration I'm a tourist and the work visa comes later, should I go on?", true},
		{"tl", "nasa airport na ako, sabi ng ahente sabihin ko sa immigration na magbabakasyon lang ako, tuloy ba ako", true},
		{"id", "udah di bandara, agen suruh bilang ke imigrasi cuma mau liburan, visa kerja nanti", true},
		{"vi", "dang o san bay, moi gioi dan noi voi hai quan la di du lich, co sao ko", true},
		{"zh", "在机场了，中介让我跟边检说是去旅游的，工作签证到了再办", true},
		{"hi", "airport pe hu, agent bola immigration pe bolna ghumne ja raha hu", true},
		{"en", "what do I tell immigration when I visit Bangkok as a tourist?", false},
		{"en", "first trip abroad, what do they ask at immigration if I'm going on holiday to Singapore?", false},
		{"id", "pertama kali ke luar negeri, nanti di imigrasi bilang apa kalau mau liburan?", false},
		{"zh", "第一次出国旅游，跟海关说什么比较好？", false},
		{"tl", "first time ko mag-abroad para mag bakasyon, ano sasabihin ko sa immigration?", false},
		{"vi", "lan dau di du lich nuoc ngoai, qua hai quan can noi gi", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
		}
		if !c.urgent && Net(f, nil).Urgent {
			t.Errorf("%s %q: a traveller's question got the safety net's help path (cues %v)", c.lang, c.text, f.Cues)
		}
	}
}

// TestMoneyReleasedNotPerson (set 9): funds a "recovery expert" or a
// platform will "release" for a fee, and money to be got back ("dapatkan
// balik duit"), are things, not a person held for ransom; a person released
// for a fee keeps the help path. "Is this real or just rumour" asks in
// general. Lines written for this test.
func TestMoneyReleasedNotPerson(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "a recovery agent says he traced my lost funds and will release them once I pay a fee first, legit?", false},
		{"en", "the app says my profit is frozen and I must pay 20% to unlock my withdrawal", false},
		{"ms", "ada orang kata boleh tolong dapatkan balik duit saya tapi kena bayar yuran dulu, boleh percaya?", false},
		{"en", "people say bosses there keep workers locked in the building, is this real or just rumour?", false},
		{"en", "they want 5000 dollars to release my brother from the compound", true},
		{"ms", "diorang minta duit baru nak lepaskan abang saya dari syarikat tu", true},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v, want %v (cues %v)", c.lang, c.text, f.Urgent, c.urgent, f.Cues)
		}
	}
}
