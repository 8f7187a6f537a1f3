package distress

import "testing"

// TestRelativeAsSourceOrAsker: a relative, a friend or a teacher who only
// tells or asks about people in general ("my teacher said young people are
// held in buildings", "my grandson asks me why people can't just walk
// out") names no one in danger, and neither does a mother stuck in a lift
// or a lock screen: the cues and the safety net's cue rule give them no help
// path. The same words said of the relative keep it.
func TestRelativeAsSourceOrAsker(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       string // the article of Net(Detect(text), nil), "" for none
	}{
		// The relative or a teacher is the source.
		{"en", "my teacher said young people are held in buildings and forced to cheat", ""},
		{"en", "our pastor mentioned that young people are kept in buildings and made to scam, is that real?", ""},
		{"zh", "我们牧师说有年轻人被关在楼里逼着骗人，真的假的", ""},
		{"vi", "cô giáo em nói có nhiều người trẻ bị nhốt trong các tòa nhà và bị ép lừa đảo, thật không", ""},
		{"id", "pendeta kami bilang anak anak muda dikurung di gedung dan dipaksa nipu, beneran?", ""},
		{"ms", "ustaz kami cakap budak budak muda dikurung dalam bangunan dan dipaksa menipu, betul ke?", ""},
		{"th", "ครูบอกว่าวัยรุ่นถูกขังในตึกแล้วถูกบังคับให้หลอกคน จริงไหม", ""},
		{"hi", "hamare pandit ji ne bataya ki young log buildings me band kar ke fraud karwate hain, sach hai?", ""},
		{"tl", "sabi ng pastor namin maraming kabataan ang kinukulong sa mga building at pinipilit manloko, totoo ba?", ""},
		{"en", "a friend said they have targets and if you miss them you get punished, how bad does it get", ""},
		{"zh", "朋友说他们有业绩指标，完不成就要受罚，到底有多严重", ""},
		{"vi", "bạn em nói bên đó có chỉ tiêu, không đạt là bị phạt, nặng cỡ nào", ""},
		{"id", "temen aku bilang mereka ada target, kalo gak capai dihukum, separah apa sih", ""},
		{"ms", "kawan saya cakap diorang ada target, kalau tak capai kena hukum, teruk mana", ""},
		{"hi", "dost ne kaha unke target hote hain aur pura na karo to saza milti hai, kitna bura hota hai", ""},
		{"tl", "sabi ng kaibigan ko may quota daw sila at pag di naabot pinaparusahan, gaano kalala", ""},
		{"en", "my grandma told me young people get locked up in those buildings and have to scam all day, why?", ""},
		{"en", "my neighbour explained that youngsters are held there and beaten when they miss targets, is it true", ""},
		{"en", "my coworker says the young ones there are beaten if they fail, how bad is it really", ""},
		{"zh", "我妈说现在很多年轻人被骗到那边关起来，为什么会这样", ""},
		{"vi", "bà tôi bảo giới trẻ bị lừa sang đó rồi bị nhốt, sao lại vậy", ""},
		{"id", "nenek aku bilang anak muda banyak dikurung di sana, kok bisa ya", ""},
		{"ms", "nenek saya kata anak muda ramai kena kurung kat sana, kenapa jadi macam tu", ""},
		{"th", "ยายบอกว่าวัยรุ่นโดนหลอกไปขังไว้ ทำไมถึงเป็นแบบนั้น", ""},
		{"hi", "मेरी दादी कहती हैं कि जवान लोगों को वहाँ बंद कर देते हैं, ऐसा क्यों", ""},
		{"tl", "sabi ni lola maraming kabataan ang kinukulong doon, bakit ganun", ""},
		// The relative is the asker.
		{"en", "my daughter wants to know why people can't escape from there", ""},
		{"en", "my son keeps asking me how people end up locked in those compounds", ""},
		{"zh", "我儿子老问我那些人为什么不跑", ""},
		{"vi", "con tôi cứ hỏi tại sao người ta không trốn ra được", ""},
		{"id", "anak saya nanya kenapa orang orang di sana gak kabur aja", ""},
		{"ms", "anak saya tanya kenapa orang kat sana tak lari je", ""},
		{"th", "ลูกถามว่าทำไมคนที่โดนขังไม่หนีออกมา", ""},
		{"hi", "mera beta puchta hai ki log wahan se bhaagte kyun nahi", ""},
		{"tl", "tanong ng anak ko bakit hindi tumatakas ang mga tao dun", ""},
		{"en", "my grandson asks me why people cannot just walk out of these buildings", ""},
		{"zh", "我孙子问我为什么那些人不能直接从楼里走出来", ""},
		{"vi", "cháu tôi hỏi sao người ta không tự đi ra khỏi mấy tòa nhà đó", ""},
		{"id", "cucu saya nanya kenapa orang orang gak bisa keluar aja dari gedung itu", ""},
		{"ms", "cucu saya tanya kenapa orang tak boleh keluar je dari bangunan tu", ""},
		{"th", "หลานถามว่าทำไมคนพวกนั้นไม่เดินออกจากตึกไปเลย", ""},
		{"hi", "mera pota puchta hai ki log un buildings se nikal kyun nahi jaate", ""},
		{"tl", "tanong ng apo ko bakit hindi na lang lumabas ang mga tao sa mga building na yun", ""},
		{"en", "my mum reckons young people are locked in buildings over there and forced to scam", ""},
		{"en", "my daughter wonders why the people locked inside don't just escape", ""},
		{"zh", "我妈妈讲过年轻人会被关在楼里逼着诈骗", ""},
		{"zh", "我女儿想知道为什么那些人被关着不逃", ""},
		{"vi", "mẹ tôi kể là thanh niên bị giữ trong các tòa nhà và bị ép lừa người", ""},
		{"vi", "con gái tôi muốn biết vì sao người ta bị nhốt mà không bỏ trốn", ""},
		{"id", "ibu aku cerita remaja dikurung di gedung gedung dan dipaksa nipu", ""},
		{"id", "anak saya pengen tahu kenapa orang yang dikurung di sana gak kabur", ""},
		{"ms", "mak saya cerita remaja dikurung dalam bangunan dan dipaksa menipu", ""},
		{"ms", "anak saya nak tahu kenapa orang yang dikurung kat sana tak lari", ""},
		{"th", "แม่เล่าว่าวัยรุ่นถูกขังในตึกแล้วถูกบังคับให้โกง", ""},
		{"th", "ลูกสาวอยากรู้ว่าทำไมคนที่ถูกขังไม่หนี", ""},
		{"hi", "mummy ne bataya ki naujawan logon ko band karke fraud karwate hain", ""},
		{"hi", "beti janna chahti hai ki band kiye gaye log bhaag kyun nahi jaate", ""},
		{"tl", "gusto malaman ng anak ko kung bakit hindi tumatakas ang mga taong nakakulong", ""},
		// A lift someone is stuck in.
		{"en", "my mom was stuck in the lift of our apartment for 20 minutes, who is responsible for maintaining the lift?", ""},
		{"en", "my mother got trapped in the elevator for half an hour, who fixes it", ""},
		{"zh", "我妈被困在小区电梯里二十分钟，电梯归谁维修", ""},
		{"vi", "mẹ em bị kẹt trong thang máy chung cư 20 phút, ai chịu trách nhiệm bảo trì thang máy", ""},
		{"id", "ibu saya terjebak di lift apartemen 20 menit, siapa yang tanggung jawab perawatan lift", ""},
		{"ms", "mak saya tersangkut dalam lif kondo 20 minit, siapa yang jaga penyelenggaraan lif", ""},
		{"th", "แม่ติดอยู่ในลิฟต์คอนโด 20 นาที ใครต้องดูแลซ่อมลิฟต์", ""},
		{"hi", "meri mummy society ki lift me 20 minute fas gayi, lift ki maintenance kiski zimmedari hai", ""},
		{"tl", "na-stuck si mama sa elevator ng condo ng 20 minuto, sino ang responsable sa maintenance", ""},
		{"en", "my dad got stuck in the elevator at the mall, who do we complain to", ""},
		{"en", "the lift in my building traps people every week, my grandma was stuck for an hour", ""},
		{"zh", "我爸被困在电梯里半小时了，物业不管怎么办", ""},
		{"vi", "bố em bị kẹt thang máy ở trung tâm thương mại, khiếu nại ở đâu", ""},
		{"id", "bapak saya kejebak di lift mall setengah jam, lapor ke mana ya", ""},
		{"ms", "ayah saya tersangkut dalam lif pasaraya setengah jam, nak buat aduan kat mana", ""},
		{"th", "พ่อติดลิฟต์ที่ห้างครึ่งชั่วโมง ร้องเรียนที่ไหนได้", ""},
		{"hi", "papa mall ki lift me aadha ghanta fase rahe, complaint kahan kare", ""},
		{"tl", "na-trap si papa sa elevator ng mall ng kalahating oras, saan magrereklamo", ""},
		// A phone's lock screen.
		{"en", "how to turn off notifications on lock screen so no one sees my messages", ""},
		{"zh", "手机锁屏怎么不显示微信内容", ""},
		{"en", "how do I hide message previews on the lock screen in whatsapp", ""},
		{"zh", "微信怎么在锁屏上隐藏消息预览", ""},
		{"vi", "làm sao ẩn xem trước tin nhắn trên màn hình khóa zalo", ""},
		{"id", "cara sembunyikan pratinjau pesan di layar kunci whatsapp", ""},
		{"ms", "macam mana nak sorok pratonton mesej kat skrin kunci whatsapp", ""},
		{"th", "ซ่อนข้อความบนหน้าจอล็อกในไลน์ยังไง", ""},
		{"hi", "whatsapp me lock screen par message preview kaise chhupaye", ""},
		{"tl", "paano itago ang message preview sa lock screen ng messenger", ""},
		// Told of the relative: the help path.
		{"en", "my brother says they beat him and he cannot leave", ArticleOther},
		{"en", "my friend said they took her passport and lock her in", ArticleOther},
		{"en", "my sister said young people there are locked up and she cannot leave either", ArticleOther},
		{"en", "my mom asks why they still hold my brother's passport and beat him", ArticleOther},
		{"en", "my cousin got a lift to the border and now he is locked in the compound", ArticleOther},
		{"en", "my cousin is locked in the compound, they beat him, the elevator is guarded", ArticleOther},
		{"en", "my aunt told me young people there are beaten and my cousin is one of them, he cannot leave", ArticleOther},
		{"en", "my dad wants to know why they took my brother's passport, he is stuck in the compound", ArticleOther},
		{"hi", "meri maa kehti hai ki log wahan bhai ko maarte hain aur wo nikal nahi sakta", ArticleOther},
		{"zh", "我哥说他们打他，他走不了", ArticleOther},
		{"zh", "我朋友说他们收了她的护照，把她锁起来了", ArticleOther},
		{"zh", "我姐说那边的年轻人都被关着，她也出不来", ArticleOther},
		{"vi", "anh trai em nói họ đánh anh ấy và anh ấy không về được", ArticleOther},
		{"vi", "bạn em kể họ lấy hộ chiếu của bạn ấy và nhốt bạn ấy lại", ArticleOther},
		{"id", "kakak aku bilang mereka mukulin dia dan dia gak bisa pulang", ArticleOther},
		{"id", "temen aku cerita paspornya diambil dan dia dikurung", ArticleOther},
		{"id", "temen aku bilang anak muda di sana dikurung, dan dia juga gak bisa keluar", ArticleOther},
		{"ms", "abang saya cakap diorang pukul dia dan dia tak boleh balik", ArticleOther},
		{"ms", "kawan saya cerita pasport dia kena rampas dan dia dikurung", ArticleOther},
		{"th", "พี่ชายบอกว่าพวกมันตีเขาและเขาออกมาไม่ได้", ArticleOther},
		{"th", "เพื่อนเล่าว่าโดนยึดพาสปอร์ตและโดนขังไว้", ArticleOther},
		{"th", "แม่ถามว่าทำไมคนพวกนั้นยึดพาสปอร์ตพี่ชายไว้", ArticleOther},
		{"hi", "mere bhai ne bola wo log use maarte hain aur wo nikal nahi sakta", ArticleOther},
		{"hi", "meri dost ne bataya unhone uska passport le liya aur use band kar diya", ArticleOther},
		{"hi", "mera bhai puchta hai ki log usko kyun maarte hain, wo nikal nahi sakta", ArticleOther},
		{"hi", "bhai ko border tak lift mili thi, ab usko band kar diya hai aur passport le liya", ArticleOther},
		{"en", "my brother got a lift to the border, now they took his passport and lock him in", ArticleOther},
		{"tl", "sabi ng kuya ko binubugbog daw siya at hindi siya makaalis", ArticleOther},
		{"tl", "kwento ng kaibigan ko kinuha ang passport niya at kinulong siya", ArticleOther},
		{"tl", "tanong ni mama bakit kinulong nila si kuya", ArticleOther},
		{"tl", "binubugbog ang mga tao dun, pati si kuya, tulong", ArticleOther},
		{"tl", "sabi ni kuya binubugbog ang mga tao dun at hindi siya makaalis", ArticleOther},
		{"zh", "我妈说我哥在那边的人手里被打，走不了", ArticleOther},
		{"zh", "我妈说那边的人把我哥关起来了", ArticleOther},
		// The writer asking ("I want to know why", "cho em hỏi", "mau tanya",
		// "tanong ko lang") tells of the writer: the help path.
		{"en", "i want to know why people here beat me and won't let me leave", ArticleSelf},
		{"en", "I asked why people here keep me locked in the room", ArticleSelf},
		{"zh", "我想问为什么那些人打我不让我走", ArticleSelf},
		{"vi", "cho em hỏi sao người ta không cho em về, họ giữ hộ chiếu của em", ArticleSelf},
		{"id", "aku mau tanya kenapa mereka nahan paspor aku dan gak boleh pulang", ArticleSelf},
		{"ms", "saya nak tanya kenapa diorang pukul saya dan tak bagi balik", ArticleSelf},
		{"th", "ผมถามว่าทำไมคนที่นี่ตีผมและไม่ให้ออกไป", ArticleSelf},
		{"hi", "main puchta hoon ki log mujhe kyun maarte hain aur jaane nahi dete", ArticleSelf},
		{"tl", "tanong ko lang bakit ayaw nila akong pauwiin at kinuha nila passport ko", ArticleSelf},
	} {
		f := Detect(c.text, c.lang)
		if got := Net(f, nil); got.Article != c.want {
			t.Errorf("%s %q: article %q (urgent by the cues %v, cues %+v), want %q", c.lang, c.text, got.Article, f.Urgent, f.Cues, c.want)
		}
	}
}

// TestAskerNamesNoOne: a relative who asks, and the writer asked, are named
// inside the hearsay cue and are not the ones in danger: the message names
// no one, so the cues doubt a classifier's unsure help article (Doubts) as
// they doubt any general question that names no one.
func TestAskerNamesNoOne(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"ms", "cucu saya tanya kenapa orang tak boleh keluar je dari bangunan tu"},
		{"vi", "con gái tôi muốn biết vì sao người ta bị nhốt mà không bỏ trốn"},
		{"id", "anak saya pengen tahu kenapa orang yang dikurung di sana gak kabur"},
	} {
		f := Detect(c.text, c.lang)
		if self, other, pronoun := f.named(); self || other || pronoun {
			t.Errorf("%s %q: names someone (cues %+v)", c.lang, c.text, f.Cues)
		}
		if !f.Doubts(ArticleOther, yieldScore-0.1) {
			t.Errorf("%s %q: an unsure help article is not doubted (cues %+v)", c.lang, c.text, f.Cues)
		}
	}
}
