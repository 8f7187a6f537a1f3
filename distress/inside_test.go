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
// who seems odd, staying in because of the rain, a loan signed at a bank)
// are not urgent. Lines written for this test (not from any evaluation or
// training set).
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
	} {
		f := Detect(c.text, c.lang)
		if f.Urgent != c.urgent {
			t.Errorf("%s %q: urgent %v (strength %d, cues %+v), want %v", c.lang, c.text, f.Urgent, f.Strength, f.Cues, c.urgent)
		}
	}
}
