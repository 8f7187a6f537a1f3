package distress

import "testing"

// The cues alone (before any classifier) answer, in every language, a
// writer who finds they are inside a compound without naming it ("I think
// I'm in one of those places"), sees its signs on arrival (barbed wire,
// guards at the gate), was taken across a river or a border at night and
// given another job than promised, is told by the pick-up driver that the
// last leg goes to the border first or finds the one who came to pick them
// up suspicious, is told at a transit airport to throw away the return
// ticket and not to talk to immigration, asks from inside whether the
// police there can be trusted when the guards are close to them, may go
// home only once paid, may not go outside the fence with armed men
// watching, was forced to sign a debt, or asks whether to just run or
// whether it is too risky; and a go-between who "knows the police" asks
// for more. Everyday messages with the same words (a night boat trip, a
// condominium's guards, cancelling one's own ticket, the police here in
// general, wanting to join a company "like that", a ride-hailing driver
// who seems odd, a day trip to a border market, staying in because of the
// rain, a loan signed at a bank) are not urgent. Lines written for this
// test (not from any evaluation or training set).
func TestInsideWithoutNamingIt(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		urgent     bool
	}{
		{"en", "can the police here be trusted? the guards are friends with the police", true},
		{"en", "help, i think im in one of those places now", true},
		{"en", "just arrived, barbed wire everywhere and guards at the gate, what do i do", true},
		{"en", "they took us across the river by boat last night, this is not the job they promised", true},
		{"en", "we landed at the airport, the driver who picked us up says we go to mae sot first, not what they told us", true},
		{"en", "transit in dubai, the agent told me to throw away my return ticket and not talk to immigration", true},
		{"zh", "救命 我好像进了那种地方", true},
		{"zh", "刚到，门口有保安，到处是铁丝网，我该怎么办", true},
		{"zh", "我昨天半夜被带过河，现在在一栋楼里，根本不是说好的工作", true},
		{"zh", "到了机场，接机司机说先去美索，跟计划不一样，我要不要上车", true},
		{"zh", "在吉隆坡转机，中介让我把回程机票扔掉，不要跟移民局说话", true},
		{"zh", "这里的警察能信吗？保安跟警察很熟", true},
		{"id", "tolong aku kayaknya udah dibawa ke tempat kayak gitu", true},
		{"id", "baru sampe, ada kawat berduri, satpam jaga di gerbang, tembok tinggi. aku harus gimana", true},
		{"id", "tadi malem kami dibawa nyebrang sungai, ini bukan kerjaan yg dijanjikan", true},
		{"id", "aku udh di bandara, supir jemputan bilang ke mae sot dulu. beda sm rencana. naik gak?", true},
		{"id", "transit di KL, agen suruh aku buang tiket pulang dan jangan ngomong sama imigrasi", true},
		{"id", "polisi sini bisa dipercaya gak? satpamnya kayak akrab sm polisi", true},
		{"ms", "tolong, rasanya aku dah masuk tempat macam tu", true},
		{"ms", "baru sampai, ada dawai berduri, pengawal jaga pintu pagar, tembok tinggi. saya nak buat apa", true},
		{"ms", "semalam kami dibawa seberang sungai naik bot tengah malam, ni bukan kerja yang dijanjikan", true},
		{"ms", "saya dah sampai airport, driver yang jemput cakap pergi mae sot dulu, lain dari plan", true},
		{"ms", "transit kat KLIA, ejen suruh saya buang tiket balik dan jangan cakap dengan imigresen", true},
		{"ms", "polis kat sini boleh percaya ke? pengawal tu rapat dengan polis", true},
		{"vi", "cứu em, hình như em vào chỗ kiểu đó rồi", true},
		{"vi", "em vừa tới nơi, rào kẽm gai, lính gác cổng, phải làm sao", true},
		{"vi", "tối qua bị chở qua sông bằng thuyền, em đang ở trong toà nhà, ko phải việc như đã hứa", true},
		{"vi", "em đang ở sân bay, tài xế đón nói đi mae sot trước, khác kế hoạch, có nên lên xe ko", true},
		{"vi", "quá cảnh ở KL, người môi giới bảo em xé vé về và đừng nói gì với nhập cảnh", true},
		{"vi", "công an ở đây có tin được ko? thấy bảo vệ với cảnh sát quen nhau", true},
		{"th", "ช่วยด้วย เหมือนจะเข้ามาในที่แบบนั้นแล้ว", true},
		{"th", "เพิ่งมาถึง มีรั้วลวดหนาม ยามเฝ้าประตู กำแพงสูง ทำไงดี", true},
		{"th", "เมื่อคืนผมโดนพาข้ามแม่น้ำตอนดึก ไม่ใช่งานที่สัญญาไว้", true},
		{"th", "ถึงสนามบินแล้ว คนขับที่มารับบอกว่าจะไปแม่สอดก่อน ไม่ตรงกับแผน ผมควรขึ้นรถไหม", true},
		{"th", "ต่อเครื่องที่กัวลาลัมเปอร์ นายหน้าบอกให้ทิ้งตั๋วขากลับ อย่าคุยกับตม ผมควรทำยังไง", true},
		{"th", "ตำรวจที่นี่ไว้ใจได้มั้ย ยามสนิทกับตำรวจ", true},
		{"hi", "bachao, lagta hai main waisi hi jagah pahuch gaya", true},
		{"hi", "अभी पहुँचा हूँ, कँटीले तार, गेट पे गार्ड, क्या करूँ", true},
		{"hi", "कल रात हमें नदी पार करवाई, ये वो नौकरी नहीं जिसका वादा था", true},
		{"hi", "airport pe hu, driver bol raha pehle mae sot jayenge, plan alag tha, kya karu", true},
		{"hi", "KL me transit hai, agent bola return ticket phenk do aur immigration se baat mat karna. kya karu", true},
		{"hi", "yahan ki police pe bharosa kar sakte hai? guard ki police se dosti hai", true},
		{"tl", "tulong, parang napunta ako sa ganung lugar", true},
		{"tl", "kakarating lang namin, may barbed wire, may guard sa gate, mataas na pader. ano gagawin ko", true},
		{"tl", "kagabi pinatawid kami ng ilog sakay ng bangka, hindi ito yung trabahong pinangako", true},
		{"tl", "nasa airport na ako, yung driver na sumundo sa amin dadaan muna daw sa mae sot. sasakay ba ako?", true},
		{"tl", "nasa transit ako sa KL, itapon ko daw yung return ticket at wag kausapin ang immigration", true},
		{"tl", "mapagkakatiwalaan ba yung pulis dito? close daw yung mga guard sa pulis", true},
		{"en", "at the airport in phnom penh now, the man who came to pick me up seems off. what do i do", true},
		{"vi", "em vừa xuống sân bay, người đón em trông đáng ngờ lắm, em phải làm sao", true},
		{"hi", "main airport pe hu, jo lene aaya wo theek nahi lag raha, kya karu", true},
		{"zh", "我刚到金边机场，来接我的那个司机感觉不对劲，我该怎么办", true},
		{"id", "aku baru mendarat, yg jemput aku kok mencurigakan, aku harus gimana", true},
		{"ms", "saya baru sampai airport, driver yang jemput saya nampak pelik, saya nak buat apa", true},
		{"tl", "nasa airport ako ngayon, kakaiba yung sumundo sa akin, ano gagawin ko", true},
		{"ms", "bos cakap boleh pulang kalau bayar 5000, saya mana ada duit, tolong", true},
		{"th", "ออกนอกตึกไม่ได้ มีคนถือปืนคุมตลอด กลัวมาก", true},
		{"en", "we took a boat at night to the island in el nido, any tips?", false},
		{"en", "the police here are corrupt, any tips for tourists?", false},
		{"en", "I visited one of those places in Bangkok, a rooftop bar", false},
		{"en", "our apartment has guards at the gate and high walls, is that normal in manila?", false},
		{"en", "the driver says we go to the hotel first, then the tour", false},
		{"en", "can I throw away my return ticket if I decide to stay longer?", false},
		{"en", "my new job is not what they promised, the salary is lower. can I quit?", false},
		{"zh", "我们晚上坐船游漓江，推荐一下", false},
		{"zh", "小区门口有保安，晚上安全吗", false},
		{"zh", "你去过那种地方吗？", false},
		{"zh", "我进了那种群，天天推荐股票", false},
		{"zh", "司机说先去酒店放行李", false},
		{"id", "mau tanya harga tiket pesawat naik gak bulan depan", false},
		{"id", "aku mau masuk perusahaan kayak gitu, gimana caranya", false},
		{"id", "naik speedboat malam ke gili aman gak", false},
		{"id", "pagar rumah tembok tinggi biayanya berapa", false},
		{"ms", "nak masuk syarikat macam tu, apa syaratnya", false},
		{"ms", "minggu ni nak buat apa ya", false},
		{"ms", "polis kat sini baik-baik, tak payah risau", false},
		{"vi", "có nên vào làm cho công ty như vậy không", false},
		{"vi", "bảo vệ công ty em nói gì đó", false},
		{"vi", "đi thuyền trên sông ban đêm ở Hội An đẹp không", false},
		{"vi", "công an ở đây làm hộ chiếu mất bao lâu", false},
		{"th", "ทัวร์ล่องเรือตอนกลางคืนที่เชียงคาน", false},
		{"th", "เราจะไปแม่สอดก่อนแล้วไปอุ้มผาง แนะนำที่เที่ยวหน่อย", false},
		{"th", "คอนโดมียามเฝ้าประตูตลอด ปลอดภัยไหม", false},
		{"hi", "घर की दीवार ऊँची करनी है, कितना खर्च आएगा", false},
		{"hi", "raat ko naav ki sair varanasi me kitne ki hai", false},
		{"hi", "yahan ki police bahut acchi hai", false},
		{"tl", "sakay kami ng bangka sa gabi sa el nido, ang ganda", false},
		{"tl", "gusto kong pumasok sa ganyang kumpanya, paano mag apply", false},
		{"tl", "may guard sa gate ng subdivision namin, safe ba", false},
		{"en", "my grab driver seems weird, is it safe to take grab at night in bangkok?", false},
		{"id", "aku takut supir ojol aneh, aman gak sih naik ojol malam", false},
		{"ms", "driver grab tu pelik, selamat ke naik malam-malam", false},
		{"tl", "kakaiba yung driver ng grab kanina, safe ba mag grab sa gabi", false},
		{"hi", "mera cab driver theek nahi lag raha tha, kya complaint karu", false},
		{"zh", "我朋友来接我，但是他迟到了，我该等吗", false},
		{"th", "ออกนอกบ้านไม่ได้เพราะฝนตก ทำอะไรดี", false},
		{"en", "they forced me to sign a paper saying i owe them 9000 dollars. what now", true},
		{"hi", "mujhe zabardasti karz ke kagaz pe sign karwaya, ab kya karu", true},
		{"zh", "他们逼我签了一张二十万的欠条，我该怎么办", true},
		{"id", "aku dipaksa tanda tangan surat utang 100 juta, sekarang gimana", true},
		{"ms", "saya dipaksa sign surat hutang 30 ribu, nak buat apa", true},
		{"vi", "em bị ép ký giấy nợ 200 triệu, giờ phải làm sao", true},
		{"th", "ผมโดนบังคับให้เซ็นสัญญาหนี้ห้าแสน ทำยังไงดี", true},
		{"tl", "pinilit akong pumirma ng utang na 300k, ano gagawin ko", true},
		{"vi", "sắp bị đưa vào khu đó rồi, em nên làm gì trước", true},
		{"hi", "main abhi andar hu, kabhi bhi phone le lenge, kisko message karu", true},
		{"en", "the bank made me sign a loan agreement for my car, can I cancel it?", false},
		{"id", "aku mau tanda tangan pinjaman di bank, aman gak", false},
		{"vi", "em muốn ký giấy vay ngân hàng mua nhà, cần giấy tờ gì", false},
		{"tl", "pumirma ako ng loan sa bangko para sa bahay, ok lang ba", false},
		{"hi", "bank me loan ke kagaz pe sign karna hai, kya dhyan rakhein", false},
		{"hi", "sidha bhaag jaun ya ruk jaun? bahut risky lag raha hai", true},
		{"th", "ผมควรหนีเลยไหม กลัวโดนจับได้", true},
		{"th", "ประตูทางออกมีคนถือปืนคุมตลอด ผมจะออกไปยังไง", true},
		{"hi", "ek aadmi bolta hai uski police ke jaankar se pehchan hai, bhai ko chhuda dega, ab aur paise maang raha", true},
		{"tl", "nasa loob ng compound yung bff ko, pinadala niya yung pin ng location", true},
		{"en", "my bestie is locked inside a building in myawaddy, what do we do", true},
		{"th", "ผมเห็นคนถือปืนในห้าง น่ากลัวมาก", false},
		{"th", "หนีเลยดีกว่า ฝนจะตกแล้ว", false},
		{"hi", "kya thailand jaana risky hai", false},
		{"tl", "nasa loob ako ng building ng opisina namin, anong oras ang lunch", false},
		{"en", "my bestie and I want to visit bangkok in june, any tips?", false},
		{"en", "pls help, pretty sure this is one of those scam places, they wont let us out", true},
		{"en", "i think we got taken to one of those compounds. what now", true},
		{"en", "we just got here, theres razor wire on the walls and armed guards at the gate", true},
		{"en", "we were put on a boat at night and crossed into myanmar. this isnt the job they promised", true},
		{"en", "they drove us across the border in the middle of the night, now we are in some building", true},
		{"en", "landed in bangkok, the pickup guy says we are driving to the border tonight, that was never the plan", true},
		{"en", "are the cops here on the bosses side? the guards drink with the police every night", true},
		{"zh", "救救我，我应该是被骗进那种园区了", true},
		{"zh", "我们刚到，四周都是铁丝网，大门口有保安拿着枪", true},
		{"zh", "中介让我在转机的时候把回程票扔了，别跟海关说实话", true},
		{"zh", "这里的警察靠得住吗？老板跟警察关系很好", true},
		{"id", "tolongin aku, kayaknya aku udah dibawa ke tempat penipuan itu", true},
		{"id", "sampe sini ada kawat berduri di tembok, penjaga di gerbang bawa senjata", true},
		{"id", "semalam kami diseberangin sungai naik perahu, ini bukan kerjaan yg dijanjiin", true},
		{"id", "jemputan di bandara bilang kita langsung ke perbatasan, beda sama yg dijanjiin. aku harus gimana", true},
		{"id", "agennya nyuruh aku buang tiket balik pas transit, dan jangan cerita apa2 ke imigrasi", true},
		{"id", "bisa percaya polisi disini gak? bosnya deket sama polisi", true},
		{"ms", "tolong, saya rasa saya dah dibawa ke syarikat macam tu", true},
		{"ms", "sampai sini ada dawai berduri, pengawal jaga pintu pagar bawa senjata", true},
		{"ms", "malam tadi kami dibawa menyeberang sungai naik bot, kerja ni bukan yang dijanjikan", true},
		{"ms", "driver yang jemput kat airport cakap terus ke sempadan, lain dari plan asal. saya patut ikut ke", true},
		{"ms", "ejen suruh buang tiket balik masa transit dan jangan bercakap dengan imigresen", true},
		{"ms", "polis sini boleh harap ke? bos rapat dengan polis", true},
		{"vi", "cứu em với, hình như em bị lừa vào mấy chỗ đó rồi", true},
		{"vi", "vừa tới nơi thì thấy rào kẽm gai, có lính gác cổng cầm súng, em sợ quá", true},
		{"vi", "đêm qua tụi em bị dẫn qua sông bằng ghe, giờ làm việc không giống như đã hứa", true},
		{"vi", "xuống sân bay, tài xế đón bảo đi thẳng ra biên giới, khác với kế hoạch, em có nên đi ko", true},
		{"vi", "đến chỗ quá cảnh người môi giới bắt em xé vé khứ hồi, dặn đừng nói gì với hải quan", true},
		{"vi", "cảnh sát ở đây có tin được không? sếp với công an thân lắm", true},
		{"th", "ช่วยด้วย ผมคิดว่าโดนพามาที่แบบนั้นแล้ว", true},
		{"th", "มาถึงแล้ว มีลวดหนามรอบตึก มียามถือปืนเฝ้าประตู ผมกลัวมาก", true},
		{"th", "นายหน้าบอกให้ทิ้งตั๋วขากลับตอนต่อเครื่อง แล้วอย่าบอกอะไรตม", true},
		{"th", "ตำรวจแถวนี้เชื่อได้ไหม ยามสนิทกับตำรวจมาก", true},
		{"hi", "bachao, lagta hai mujhe usi tarah ki company me le aaye hain", true},
		{"hi", "yahan pahuch ke dekha chaaro taraf kantile taar aur gate pe guard khade hain", true},
		{"hi", "kal raat humko nadi paar karwayi naav se, ye wo kaam nahi jiska wada kiya tha", true},
		{"hi", "airport pe pickup wala bol raha hai seedha border chalenge, plan me ye nahi tha", true},
		{"hi", "transit me agent ne bola wapsi ka ticket phenk do aur immigration waalon se baat mat karna", true},
		{"hi", "yahan ki police pe bharosa karu? guard ki police se setting hai", true},
		{"tl", "tulong po, mukhang dinala kami sa ganyang lugar", true},
		{"tl", "pagdating namin may barbed wire sa pader at may guard sa gate na may baril", true},
		{"tl", "kagabi itinawid kami ng ilog gamit bangka, hindi ito yung trabahong ipinangako", true},
		{"tl", "sabi ng ahente itapon ko daw yung return ticket pag transit at wag makipag-usap sa immigration", true},
		{"tl", "mapagkakatiwalaan ba ang pulis dito? kaibigan ng amo namin ang mga pulis", true},
		{"en", "the driver is taking us to the border market tomorrow for shopping, is it worth it?", false},
		{"en", "my boss drinks with the police chief every friday, is that normal in thailand?", false},
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v (strength %d, cues %+v), want %v", c.lang, c.text, f.Urgent, f.Strength, f.Cues, c.urgent)
		}
	}
}

// The same emergencies told by a relative or a friend get the relatives'
// article (help-someone-trapped) from the cues alone; a relative's last leg
// told from the airport is in TestRelativeLastLeg. Lines written for this
// test.
func TestRelativeInsideWithoutNamingIt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "my brother texted that he thinks he ended up in one of those places, help"},
		{"en", "my daughter says there is barbed wire around the building and guards at every gate"},
		{"en", "my son was taken across the river by boat at night, not the job they promised him"},
		{"en", "my sister landed in bangkok and the pickup guy says they go to mae sot first"},
		{"en", "the agent told my cousin to throw away his return ticket and not talk to immigration"},
		{"en", "my husband says the guards there are friends with the police, can we trust the police?"},
		{"zh", "我弟弟说他好像进了那种地方，救救他"},
		{"zh", "我女儿说楼外面都是铁丝网，门口有保安"},
		{"zh", "我儿子昨晚被带着半夜过河，说不是说好的工作"},
		{"zh", "我妹妹刚到曼谷，接她的司机说先去美索"},
		{"zh", "中介让我表哥把回程机票扔掉，不要跟移民局说话"},
		{"zh", "我老公说那边的保安跟警察很熟，警察能信吗"},
		{"id", "adikku bilang kayaknya dia udah dibawa ke tempat gituan, tolong"},
		{"id", "anakku cerita ada kawat berduri dan satpam jaga di gerbang"},
		{"id", "suamiku semalam dibawa nyebrang sungai, katanya bukan kerjaan yang dijanjikan"},
		{"id", "agen nyuruh sepupuku buang tiket pulang dan jangan ngomong sama imigrasi"},
		{"id", "adikku bilang satpamnya akrab sama polisi, bisa dipercaya gak polisinya"},
		{"ms", "adik saya kata dia rasa dah masuk tempat macam tu, tolong"},
		{"ms", "anak saya kata ada dawai berduri dan pengawal jaga pintu pagar"},
		{"ms", "suami saya dibawa seberang sungai malam tadi, bukan kerja yang dijanjikan"},
		{"ms", "ejen suruh sepupu saya buang tiket balik dan jangan cakap dengan imigresen"},
		{"ms", "abang saya kata pengawal rapat dengan polis kat sana"},
		{"vi", "em trai mình nói hình như nó bị đưa vào chỗ kiểu đó rồi, cứu với"},
		{"vi", "con gái tôi kể có rào kẽm gai và lính gác cổng"},
		{"vi", "chồng tôi bị chở qua sông ban đêm, không phải việc như đã hứa"},
		{"vi", "người môi giới bảo anh họ tôi xé vé về và đừng nói gì với nhập cảnh"},
		{"vi", "chồng em nói bảo vệ ở đó quen với công an, có tin được công an không"},
		{"th", "น้องชายบอกว่าเหมือนโดนพามาที่แบบนั้นแล้ว ช่วยด้วย"},
		{"th", "ลูกสาวบอกว่ามีรั้วลวดหนามรอบตึก มียามเฝ้าประตู"},
		{"th", "แฟนโดนพาข้ามแม่น้ำตอนดึก บอกว่าไม่ใช่งานที่สัญญาไว้"},
		{"th", "นายหน้าบอกให้ลูกพี่ลูกน้องทิ้งตั๋วขากลับ อย่าคุยกับตม"},
		{"th", "สามีบอกว่ายามสนิทกับตำรวจที่นั่น ตำรวจเชื่อได้ไหม"},
		{"hi", "mera bhai keh raha hai lagta hai wo waisi jagah pahuch gaya, bachao"},
		{"hi", "meri beti ne bataya wahan kantile taar hain aur gate pe guard"},
		{"hi", "mere bete ko kal raat nadi paar karwayi, wo kaam nahi jiska wada tha"},
		{"hi", "agent ne mere cousin ko bola return ticket phenk do aur immigration se baat mat karna"},
		{"hi", "mere pati bol rahe guard ki police se dosti hai, police pe bharosa kare?"},
		{"tl", "sabi ng kapatid ko parang napunta siya sa ganung lugar, tulong"},
		{"tl", "kwento ng anak ko may barbed wire at may guard sa gate"},
		{"tl", "pinatawid ang asawa ko ng ilog kagabi, hindi yung trabahong pinangako"},
		{"tl", "sinabihan ng ahente ang pinsan ko na itapon ang return ticket at wag kausapin ang immigration"},
		{"tl", "sabi ng asawa ko close daw ang mga guard sa pulis doon, mapagkakatiwalaan ba ang pulis"},
	} {
		f := Detect(c.text, c.lang)
		if !f.Urgent || f.Article != ArticleOther {
			t.Errorf("%s %q: urgent %v, article %q (strength %d, cues %+v), want %q", c.lang, c.text, f.Urgent, f.Article, f.Strength, f.Cues, ArticleOther)
		}
	}
}

// The last leg of the lure told from the airport by a relative or a friend
// (the pick-up driver says the border or Mae Sot first, not the hotel) gets
// help-someone-trapped in every language: "airport" does not doubt a strong
// transit concept said of a relative (decide). "sabi ng" and "katanya" (X
// said) that report the pick-up's words to someone named are not general
// questions (dropNotInDanger), for the writer's own last leg too. A relative
// flying for a holiday and picked up by the hotel, a general question about
// how the last leg works, or hearsay about the pick-up that names no one,
// get no help path, from the cues or from the safety net's cue rule. Lines
// written for this test.
func TestRelativeLastLeg(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		article    string // "" when the help path must not answer
	}{
		{"en", "my brother is at the airport in bangkok now and the pickup driver says they go to the border first, not the hotel. what do we do", ArticleOther},
		{"en", "my daughter just texted from the airport, the driver who picked her up says they go straight to myawaddy", ArticleOther},
		{"en", "my sister is flying to bangkok for a holiday next week, the hotel will pick her up at the airport", ""},
		{"en", "how does the last part usually work, do the drivers at the airport take people across the border?", ""},
		{"en", "my brother was driven across the border from the airport last year, he is back now. how did it work?", ""},
		{"zh", "我表妹刚到机场，接机的司机说先去边境，不去酒店，怎么办", ArticleOther},
		{"zh", "我妹妹下周去曼谷旅游，酒店会派车到机场接她", ""},
		{"zh", "一般是怎么过去的？机场接人的司机会把人带过边境吗", ""},
		{"id", "kakakku udah di bandara, katanya supir jemputan mau langsung ke perbatasan, bukan ke hotel", ArticleOther},
		{"id", "kami udah mendarat, supir jemputan katanya ke mae sot dulu, bukan ke hotel", ArticleSelf},
		{"id", "adikku liburan ke bangkok minggu depan, nanti dijemput hotel di bandara", ""},
		{"id", "biasanya gimana sih, supir jemputan di bandara bawa orang nyebrang perbatasan ya?", ""},
		{"id", "katanya supir jemputan bawa orang ke perbatasan ya? gimana cara kerjanya", ""},
		{"ms", "adik saya dah sampai airport, driver yang jemput kata terus ke sempadan, bukan ke hotel", ArticleOther},
		{"ms", "kakak saya pergi bercuti ke bangkok minggu depan, hotel akan jemput dia di airport", ""},
		{"ms", "biasanya macam mana, driver yang jemput kat airport bawa orang lintas sempadan ke?", ""},
		{"vi", "em gái tôi vừa xuống sân bay, tài xế đón nói đi mae sot trước chứ không về khách sạn", ArticleOther},
		{"vi", "em gái tôi tuần sau đi du lịch bangkok, khách sạn sẽ đón ở sân bay", ""},
		{"vi", "thường thì đoạn cuối thế nào, tài xế đón ở sân bay có chở người qua biên giới không?", ""},
		{"th", "น้องสาวอยู่ที่สนามบินแล้ว คนขับที่มารับบอกว่าจะพาไปชายแดนก่อน ไม่ใช่โรงแรม", ArticleOther},
		{"th", "น้องสาวจะไปเที่ยวกรุงเทพอาทิตย์หน้า โรงแรมจะมารับที่สนามบิน", ""},
		{"th", "ปกติเขาพาคนข้ามชายแดนยังไง คนขับที่มารับที่สนามบินพาไปเลยเหรอ", ""},
		{"hi", "meri behen airport pe hai, pickup wala driver bol raha seedha border jayenge, hotel nahi", ArticleOther},
		{"hi", "meri behen agle hafte bangkok ghumne ja rahi hai, hotel wale airport pe lene aayenge", ""},
		{"hi", "aam taur pe kaise hota hai, airport se driver logon ko border paar le jate hain kya?", ""},
		{"tl", "nasa airport na ang kuya ko, sabi ng driver na sumundo dadaan muna daw sa mae sot bago sa hotel", ArticleOther},
		{"tl", "nasa airport na kami, sabi ng driver na sumundo sa amin tatawid daw kami ng ilog mamaya", ArticleSelf},
		{"tl", "magbabakasyon ang ate ko sa bangkok next week, susunduin siya ng hotel sa airport", ""},
		{"tl", "paano ba karaniwan, yung driver sa airport ba ang nagtatawid sa mga tao sa border?", ""},
		{"tl", "sabi ng iba, yung sundo daw dadalhin ka sa border, totoo ba?", ""},
	} {
		f := Detect(c.text, c.lang)
		if c.article == "" {
			if f.Urgent || Net(f, nil).Urgent {
				t.Errorf("%s %q: urgent %v, by the net %v (strength %d, cues %+v), want no help path", c.lang, c.text, f.Urgent, Net(f, nil).Urgent, f.Strength, f.Cues)
			}
			continue
		}
		if !f.Urgent || f.Article != c.article {
			t.Errorf("%s %q: urgent %v, article %q (strength %d, cues %+v), want %q", c.lang, c.text, f.Urgent, f.Article, f.Strength, f.Cues, c.article)
		}
	}
}
