package distress

import "testing"

// The thirtieth blind set's help kinds: a plea typed last by someone with
// no one else named, others "still there" told by one who got out,
// someone "bought" by another company and a man who wants money to walk
// him out, a young man of the writer's church. Lines written for this
// test.
func TestSet30HelpKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "they took my phone today. myawaddy. help", true, ArticleSelf},
		{"hi", "passport le liya, myanmar border. bachao", true, ArticleSelf},
		{"id", "hp diambil, di kamboja sekarang. tolong", true, ArticleSelf},
		{"vi", "bị thu điện thoại rồi, đang ở campuchia. cứu", true, ArticleSelf},
		{"zh", "护照被收了，在缅甸，救命", true, ArticleSelf},
		{"th", "โดนยึดพาสปอร์ตอยู่ที่ชายแดนพม่า ช่วยด้วย", true, ArticleSelf},
		{"tl", "kinuha passport ko, nasa cambodia ako ngayon. tulong", true, ArticleSelf},
		{"en", "I escaped two weeks ago but nine girls from my floor are still there. Who can I send the location to?", true, ArticleOther},
		{"en", "my nephew was bought by another company last month and now a broker wants 4000 usdt to drive him to the border", true, ArticleOther},
		{"en", "a boy from our village is stuck in a compound in Laos, what should I tell him to send and to whom?", true, ArticleOther},
		// A plea word that is not the last word, or help asked about,
		// keeps its sense.
		{"en", "is there help for people who were sold in Laos, how does it work", false, ""},
	})
}

// The thirtieth set's everyday kinds: a thing sold, money for a hospital
// bill in a romance scammer's story, trivia about a country's name. Lines
// written for this test.
func TestSet30EverydayKinds(t *testing.T) {
	testUrgent(t, []urgentCase{
		{"en", "we sold our house in Cebu last year, do we owe capital gains tax?", false, ""},
		{"en", "the gallery put a red sticker on it, does that mean it was sold already?", false, ""},
		{"en", "why is Thailand called the land of smiles", false, ""},
		{"tl", "yung bf ng pinsan ko sa online laging humihingi ng pera pang ospital, paano namin siya kukumbinsihin na scam yan", false, ""},
		{"en", "my uncle's online girlfriend keeps demanding money for hospital bills, how do we convince him", false, ""},
		// Money demanded to release him keeps the help path.
		{"en", "they are demanding money to release my uncle from the compound", true, ArticleOther},
	})
}
