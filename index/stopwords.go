package index

import "strings"

// Stop words: the function words of chat questions, which say nothing
// about the topic. Kept short on purpose: a word that carries meaning in
// this domain ("help", "where", "job", "money") is never a stop word.
var stopLists = map[string]string{
	"en": `a an and are as at be been but by can could did do does doing for from had has have having he her him his
		how i if in into is it its me my myself of on or our she so some such than that the their them then there these
		they this those to too very was we were what when which who whom why will with would you your yours
		am im i'm ive i've dont don't please pls plz hi hello hey ok okay just really also any anyone someone
		about get got go going tell know want need u ur r`,
	"vi": `la cai gi vay the nao sao a o nhi ha ak ah oi roi thi ma va cua cho voi nay kia do nhung cac mot
		toi minh em anh chi ban no co khong ko k dc duoc bi thi phai nen`,
	"id": `apa itu ini yang yg dan di ke dari untuk utk dengan dgn atau ya sih dong deh kok kan nya aja saja
		aku saya gue gw kamu anda dia mereka kita kami ada adalah juga lagi udah sudah bisa gimana gmn bagaimana`,
	"ms": `apa itu ini yang yg dan di ke dari untuk utk dengan dgn atau ya je ni tu kah lah pun
		aku saya kau awak dia mereka kita kami ada adalah juga lagi dah sudah boleh macam mana camne nak kat`,
	"tl": `ang ng na sa mga si ni ay ba po yung iyong yun ito iyan iyon ko mo ka ako ikaw siya kami tayo sila
		lang din rin naman kasi pa at o kung kapag pag para may mayroon wala ano paano bakit saan sino`,
	"hi": `का की के है हैं था थे थी में से को पर और या यह ये वह वो क्या कैसे क्यों कौन मैं मेरा मेरी मेरे हम आप
		लिया लिय लिए लिये गया गय गयी गई उसका उसक उसकी उसके उन उनका ले कर करें करे करूं करना कि पता पत चल चलेगा वाले वाल वाला
		बात बातों जा रहा रहे रही हो होते होता होती कुछ कोई सब अब तो भी ही इस उस जो जब तक दिया दिय
		ka ki ke hai hain tha the thi me mein se ko par aur ya ye yeh vo woh kya kaise kyu kyon kaun main mera meri mere hum aap
		kar kare karu karun karna raha rahe rahi gaya gayi diya liya liye lie wala wale wali ab to bhi hi kuch koi sab ho hota
		hoti pe pata chal jo jab tak is us un`,
}

func stopWords(lang string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopLists[lang]) {
		m[w] = true
	}
	if lang != "en" {
		// Chat in every language mixes in English function words.
		for _, w := range strings.Fields(stopLists["en"]) {
			if len(w) > 2 {
				m[w] = true
			}
		}
	}
	return m
}

// breakChars are, per dense-script language, the function characters that
// split a run before bigrams are made (see Analyzer.breaks). Chinese
// questions are full of them: 是什么, 怎么办, 我们, 了, 吗, 啊.
var breakChars = map[string]string{
	"zh": "的了是吗呢啊吧呀哦嘛么什怎咋我你他她它们这那哪个些在有和与就都也还很太又再才被把让给对从向于而且或如果要会能可以想",
}

func breakRunes(lang string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range breakChars[lang] {
		m[r] = true
	}
	return m
}

// breakWords are, per dense-script language, whole function words that
// end a run like breakChars do. Thai letters are too ambiguous to break on
// one at a time, but its particles and question words are long and
// distinctive: ครับ, ค่ะ, อะไร, ยังไง.
var breakWords = map[string][]string{
	"th": {"ครับ", "ค่ะ", "คะ", "นะคะ", "นะ", "อะไร", "ยังไง", "อย่างไร", "ไหม", "มั้ย", "บ้าง", "หรือเปล่า", "หน่อย", "แล้ว", "เลย", "ดี", "คือ", "ว่า", "ของ", "และ", "หรือ", "ที่", "จะ", "ได้", "ไม่", "มี", "ให้", "เป็น", "กับ", "ใน", "ก็", "ต้อง", "ทำ", "ผม", "ฉัน", "เขา", "เรา"},
}
