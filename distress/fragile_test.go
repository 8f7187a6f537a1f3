package distress

import "testing"

// Chat forms the committed blind help sets hold in lines the classifier
// alone rescued, so that a training change could lose them: Malay "x bg
// balik" (not let go home) and a passport "kena ambik"; Indonesian "paspor
// msh di mrk" (still with them) and "lg di perbatasan" (at the border now);
// Thai "อยู่ที่นี่" (here, the subject dropped) with a location to be sent
// secretly; Indonesian at the airport told of the overland leg to a border
// after the flight; Hindi held in a scam company, which a [benign] "fell for a
// scam" cue held when its words could lie apart.
// Lines written for this test; contrasts stay off the help path.
func TestChatFormsOfHeld(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"ms", "adik aku kt kemboja x bg balik, pasport kena ambik", true, ""},
		{"ms", "bos x bg cuti raya tahun ni", false, ""},
		{"ms", "nak ambik pasport baru kat imigresen berapa lama", false, ""},
		{"id", "aku udh kabur, sembunyi di rumah warga, tapi paspor msh di mrk", true, ""},
		{"id", "lg di perbatasan, sopir suruh lewat jalan tikus, takut", true, ""},
		{"id", "paspor masih di kantor imigrasi buat perpanjangan", false, ""},
		{"id", "sy udh di bandara, agennya bilang dari bangkok nanti lanjut naik mobil ke perbatasan, harus gmn", true, ""},
		{"id", "udh di bandara mau liburan ke bangkok, naik apa ke pattaya", false, ""},
		{"th", "อยู่ที่นี่ หัวหน้ายังไม่ให้ลากลับบ้าน อยากแอบส่งโลเคชั่นให้ที่บ้าน", true, ""},
		{"th", "อยู่ที่นี่ร้านอาหารอร่อยไหม", false, ""},
		{"hi", "मैं म्यांमार में एक स्कैम कंपनी में फँसा हूँ, क्या करूँ?", true, ""},
		{"hi", "papa online task scam me fas gaye, 50 hazar gaye", false, ""},
	})
}
