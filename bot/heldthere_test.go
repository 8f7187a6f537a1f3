package bot

import "testing"

// A strong danger told of a relative or the writer in a named town or
// country keeps the help path although the message also names an everyday
// thing (a personal bank account to pay into) and the classifier leans to
// another article (money mules): distress.Finding.heldThere. A bank account
// frozen, a parcel held at customs and money lost to an agent with no one
// held stay off the help path. Lines written for this test (not from any
// evaluation or training set).
func TestHeldThereDespiteBankAccount(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		lang, text string
		help       bool
	}{
		{"en", "my sister has to pay a \"fine\" of 3000 dollars before the company in Poipet lets her leave, and the agent wants it sent to his personal bank account", true},
		{"en", "the boss in Myawaddy says my husband owes 5000 for his ticket and food and won't let him go until we pay into some private account", true},
		{"en", "my bank account in Thailand was frozen and the bank says I must pay a fee before they release it, is this real?", false},
		{"en", "my mum's parcel from Malaysia is held at customs and they want a release fee sent to a personal account, scam?", false},
		{"en", "my dad sent money to a personal bank account for a job in Cambodia and the agent vanished, can we get it back?", false},
		{"zh", "我弟弟在西港的公司，老板说要交三万块\"罚款\"才放他走，中介让我们转到他私人账户", true},
		{"zh", "我在泰国的银行账户被冻结了，银行说要先交手续费才能解冻，是真的吗？", false},
		{"zh", "我妈从马来西亚寄的包裹被海关扣了，要交放行费到个人账户，是骗局吗？", false},
		{"zh", "我爸给一个私人账户转了钱说是去柬埔寨的工作，后来中介不见了，钱能追回吗？", false},
		{"vi", "em gái tôi bị công ty ở Bavet bắt nộp tiền phạt 50 triệu mới cho về, môi giới bảo chuyển vào tài khoản cá nhân của nó", true},
		{"vi", "tài khoản ngân hàng của tôi ở Thái Lan bị khóa, ngân hàng bảo phải đóng phí mới mở lại, thật không?", false},
		{"vi", "bưu kiện của mẹ tôi gửi từ Malaysia bị giữ ở hải quan, họ đòi phí thông quan chuyển vào tài khoản cá nhân, lừa đảo không?", false},
		{"vi", "bố tôi chuyển tiền vào tài khoản cá nhân để đi làm ở Campuchia rồi môi giới biến mất, có lấy lại được không?", false},
		{"id", "suami saya ditahan di kantor di Bavet, bosnya bilang harus tebus 40 juta dulu baru boleh pulang, uangnya disuruh kirim ke rekening atas nama orang lain", true},
		{"id", "rekening bank saya di Thailand dibekukan, banknya bilang harus bayar biaya dulu biar dibuka lagi, beneran ga?", false},
		{"id", "paket ibu saya dari Malaysia ditahan bea cukai, disuruh bayar biaya pelepasan ke rekening pribadi, penipuan ga?", false},
		{"id", "bapak saya transfer uang ke rekening pribadi buat kerja di Kamboja terus agennya hilang, uangnya bisa balik ga?", false},
		{"ms", "syarikat kat Myawaddy kata abang saya kena bayar denda 20 ribu baru boleh keluar, ejen suruh masuk duit dalam akaun peribadi dia", true},
		{"ms", "akaun bank saya di Thailand dibekukan, bank kata kena bayar yuran dulu baru boleh buka semula, betul ke?", false},
		{"ms", "bungkusan mak saya dari Indonesia ditahan kastam, kena bayar yuran pelepasan ke akaun peribadi, scam ke?", false},
		{"ms", "ayah saya masuk duit dalam akaun peribadi untuk kerja di Kemboja lepas tu ejen hilang, boleh dapat balik tak?", false},
		{"th", "น้องสาวโดนบริษัทที่ปอยเปตเรียกค่าปรับ 80,000 บาทถึงจะปล่อยออกมา นายหน้าให้โอนเข้าบัญชีส่วนตัว", true},
		{"th", "บัญชีธนาคารของฉันที่มาเลเซียถูกอายัด ธนาคารบอกต้องจ่ายค่าธรรมเนียมก่อนถึงจะปลด จริงไหม", false},
		{"th", "พัสดุของแม่จากมาเลเซียติดศุลกากร ให้โอนค่าปล่อยของเข้าบัญชีส่วนตัว หลอกหรือเปล่า", false},
		{"th", "พ่อโอนเงินเข้าบัญชีส่วนตัวเพื่อไปทำงานที่กัมพูชา แล้วนายหน้าหายไปเลย เอาเงินคืนได้ไหม", false},
		{"hi", "मेरे भाई को म्यावाडी की कंपनी वाले छोड़ने से पहले 2 लाख का जुर्माना मांग रहे हैं, एजेंट कहता है उसके निजी खाते में डालो", true},
		{"hi", "thailand mein mera bank account freeze ho gaya, bank bol raha fee do tabhi khulega, sach hai kya?", false},
		{"hi", "meri mummy ka parcel malaysia se customs mein ruka hai, release fee personal account mein bhejne ko bola, scam hai?", false},
		{"hi", "papa ne cambodia ki job ke liye personal account mein paise bheje aur agent gayab ho gaya, paise wapas milenge?", false},
		{"tl", "pinagbabayad ang kapatid ko ng multa bago siya palabasin ng kumpanya sa Poipet, ipadala daw sa personal na bank account ng ahente", true},
		{"tl", "na freeze ang bank account ko sa Thailand, sabi ng bangko magbayad muna ng fee bago i unlock, totoo ba?", false},
		{"tl", "yung parcel ng nanay ko galing Malaysia na hold sa customs, pinapabayad ng release fee sa personal account, scam ba?", false},
		{"tl", "nagpadala si papa ng pera sa personal account para sa trabaho sa Cambodia tapos nawala na ang ahente, maibabalik pa ba?", false},
		// a bank account or a card frozen, a fee or a fine to release it
		{"en", "my bank account in Thailand was frozen and the bank says I must pay a fee before they release it, what should I do?", false},
		{"en", "my account in Cambodia is on hold, they say pay 200 dollars to release the funds, what do I do", false},
		{"en", "my mom's bank account in Malaysia got blocked and she must pay a penalty before they unblock it, what now?", false},
		{"zh", "我在泰国的银行账户被冻结了，要交钱才能解冻放出来，怎么办", false},
		{"vi", "tài khoản của tôi ở Thái Lan bị đóng băng, họ bảo nộp phạt mới cho rút tiền, phải làm sao", false},
		{"id", "rekening saya di Thailand diblokir, katanya harus bayar denda dulu baru bisa dibuka, gimana", false},
		{"id", "rekening ibu saya di Malaysia dibekukan, harus bayar dulu biar dilepas, gimana ini", false},
		{"ms", "akaun bank saya di Thailand dibekukan, kena bayar denda dulu baru boleh keluarkan duit, macam mana", false},
		{"th", "บัญชีของฉันที่ไทยโดนอายัด ต้องจ่ายค่าปรับก่อนถึงจะปลดให้ ทำไงดี", false},
		{"hi", "mera bank account thailand mein freeze hai, jurmana bharne ke baad hi chhodenge bol rahe, kya karu", false},
		{"tl", "na freeze ang bank account ko sa Thailand, kailangan magbayad ng multa bago i release, ano gagawin ko", false},
	} {
		wantHelpPath(t, b, c.lang, c.text, c.help)
	}
}
