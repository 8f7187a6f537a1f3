package distress

import "testing"

// The twenty-second blind set's kinds, with lines written for this test:
// a fever is no everyday sign unless the keeping is said, the boss's claim
// that the writer owes, "any number that answers"; a fishbone in the
// throat, a SIM tray stuck, a friendzone, a business park in Chinese.
func TestSet22Kinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "the boss says we owe 8k for the transfer, guards on every floor, I have a fever and no doctor", true, ArticleSelf},
		{"en", "stuck at home with the flu all week, any tips to get better fast", false, ""},
		{"hi", "machhli ka kanta gale me atak gaya, kya karu", false, ""},
		{"tl", "naipit yung sim tray, paano tanggalin", false, ""},
		{"id", "terjebak macet 3 jam di tol, bisa minta refund tol ga", false, ""},
		{"zh", "我们公司在工业园区，园区管委会的电话是多少", false, ""},
		// The twenty-third's help miss, its kind in English and Indonesian:
		// a last message warning not to send money, then days of silence.
		{"en", "my wife's last text said never send money to anyone whatever they say. nothing for 6 days", true, ArticleOther},
		{"en", "my bank says never send money to anyone who calls asking for it, good advice?", false, ""},
		{"id", "pesan terakhir adik: jangan kirim uang ke siapa pun. udah 4 hari gak ada kabar", true, ArticleOther},
	})
}
