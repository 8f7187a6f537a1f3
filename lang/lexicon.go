package lang

import "strings"

// Latin-script candidates, as indices into a score vector.
const (
	iEN = iota
	iVI
	iID
	iMS
	iTL
	iHI
	nLatin
)

var latinCodes = [nLatin]string{English, Vietnamese, Indonesian, Malay, Tagalog, Hindi}

// both marks cues shared by Indonesian and Malay: they add to both, so that
// the pair beats the other languages while only the distinctive words
// (gimana/macam mana, uang/duit, nggak/tak) decide between the two.
const both = -1

// A cue list: words (or word pairs joined with '_') that, seen in a chat
// line, count weight towards lang. The lists favour function words,
// particles and chat abbreviations: people switch nouns and verbs into
// English ("scam", "report", "deposit") but keep their own grammar words.
// Weights: 3 unmistakable, 2 strong, 1 common, below 1 shared with another
// language.
type cueList struct {
	lang   int
	weight float32
	words  string
}

var cueLists = []cueList{
	// English function words and question words. Content words are left out
	// on purpose: they are the ones borrowed by the other languages.
	{iEN, 2, `the what how does where who which why should would could your you are was were there
		they their them this these those have has been with from about will if when than into
		please anyone someone something anything my we our us his her she he is it its not did
		get got being doing know need want any after before because really happened happen`},
	{iEN, 1, `of for and or can i an in on at by do be am me so no yes to go tell help stuck just log tab
		ate may`},

	// Vietnamese, folded to ASCII so that diacritic-less typing matches. The
	// syllable-shape test in vietnamese.go carries the words not listed here.
	{iVI, 3, `khong duoc dc hok hong ntn vay gi toi minh chung nhung cua voi nguoi lam viec tien bao
		nhieu nao roi giu chieu phai sao nghe noi hoai nhan moi xong nap rut duong nong tai
		khoan tuyen cach nau ngon nhu ngoai cung thi neu khi trong tren duoi nay oi nhe nha cty
		luong trieu nghin ngan nuoc giup cuu gia dinh lua dao biet muon lay mat thay hay chuyen
		troi ui dzay zay vs cx mk ns bt sdt luon lien lac hoi dien thoai truoc hua danh uy thiet
		thuc giay phep ca chu`},
	{iVI, 2, `dung dang ve den kia ak uh tr ninh`},
	{iVI, 0.6, `a k j bi chi em anh ban di can co ng la o ho bo me con da se ma de tu do day the nam
		bat tra so tin vao ko hang an`},
	{iVI, 3, `lua_dao ho_chieu viet_nam tai_khoan lam_sao the_nao nhu_the bao_nhieu lam_viec
		nuoc_ngoai cong_ty gia_dinh dai_su su_quan cong_an canh_sat xuat_khau lao_dong duong_day
		day_nong nhan_tin tuyen_dung tra_tien nap_tien rut_tien campuchia ngan_hang viec_nhe
		luong_cao co_sao khong_duoc di_lam cam_on ho_tro to_cao dang_ky
		vien_cskh`},

	// Indonesian and Malay share most of their vocabulary.
	{both, 2, `apa yang yg itu ini dan atau untuk utk dengan dgn dari saya aku kamu mereka kami kita
		tidak tdk boleh sudah belum blm kerja bekerja pekerjaan gaji penipuan penipu tipu macam
		mana bagaimana berapa siapa kenapa mengapa tolong bantu bantuan harus perlu akan sebelum
		lepas selalu sebenarnya kawan keluarga luar negara masuk berita tanda tawaran perangkap
		maksud pergi tahan ditahan jual beli risiko kalau kalo langkah pertama lapor melapor
		laporan bank apakah saja juga lagi sangat sgt terus dulu sekarang nanti orang diri
		sendiri dapat dpt juta ribu sama menang dunia`},
	{both, 1, `ke di ada dia buat baru org kau tu kena dekat balik sah`},
	// Indonesian: colloquial Jakarta particles and words Malaysians do not use.
	{iID, 3, `gimana gmn gmna nggak ngga gak ga gk enggak udah udh aja uang kantor banget bgt dong sih
		kok deh nih tuh lho loh kayak kyk emang gue gw lu bener beneran gitu gini pake cuma
		bikin nanya lowongan loker ketipu disekap jt rb rupiah rp bisa karena krn butuh kasih
		dikasih kemana dimana biar lanjut polisi pabrik pemerintah kamboja teman mending
		tolongin mau agen akun nomor rekening paspor perusahaan negeri luar_negeri setelah
		ngerekrut dilakuin nipu nyuruh ngasih ngomong ngapain dapet bilang temen doang kayaknya
		soalnya makanya entar ntar pengen pingin kerjaan bokap nyokap sampe terdaftar toko mobil
		penyalur mbak makasih siap wkwk wkwkwk`},
	{iID, 1, `lo`},
	// Malay: particles, spellings and words Indonesians do not use.
	{iMS, 3, `tak nak kat camne camana mcm macam_mana duit oversea pejabat polis kerajaan kemboja
		kerana sebab mahu awak korang berlesen semak ejen akaun nombor syarikat kilang selepas
		boleh_ke luar_negara ke_tak kena_tipu kena_tahan balai majikan rm ringgit sbb tgk bleh
		blh kot sahaja pasport dah hantar wang cakap tengok ape sape pelik mengadu berdaftar
		menyemak sikit ker pon kedai jawatan agensi encik`},
	{iMS, 2, `tu ni je lah kena betul ramai`},
	{iMS, 1, `la x`},

	// Tagalog (and Taglish): case markers and particles survive code-switching.
	{iTL, 3, `ang ng mga yung ung po opo paano pano naman nmn kasi kc lang lng siya sya sakin akin ako
		ikaw kami tayo sila nila namin natin niyo nyo mo daw raw kung kapag wala meron dito
		diyan doon nandito nasa iyan yun tapos talaga gusto gagawin gawin tulong tulungan pera
		trabaho bayad sahod ahensya delikado totoo peke niloko naloko manloloko magkano saan
		kailan hindi sige salamat kuya pinsan kapatid nanay tatay anak kaibigan pinas pinoy
		pinay ngayon kanina bukas ano sino bakit pwede pede puwede ginawa kinuha malaman umalis
		papunta pumunta tawag tawagan maganda magandang gabi nasaan ganito ganyan lahat kayo
		tanong sagot mabuti kilala kakilala humingi makauwi galing nga pala muna ulit siguro
		baka parang sobra grabe amo kompanya ahente utang nawala nakuha binayaran magbayad
		nagbayad kailangan kelangan asan dyan dun nung ganun ganon ayaw pakiusap saklolo pulis
		embahada tropa pare tol tlga nman sna nlng dpat`},
	{iTL, 2, `ba sa ko ka pa rin si kay ito yan oo pag alam`},
	{iTL, 1, `na at may din kaya dapat di eh`},

	// Hindi as typed in Latin letters (Hinglish).
	{iHI, 3, `hai hain kya kyu kyun kyon mera meri mere tera teri tere nahi nahin nhi karu karun karo
		karna karne kaise kaisa kaisi paisa paise bhai bhaiya raha rahe rahi gaya gayi gaye hua
		hui tha thi aur yeh woh kuch koi kab kahan pehle bhi diye diya bolo bata batao chahiye
		sakta sakte sakti hoon hun mujhe mujhko hum humko unka uska aap apna apne kaam naukri
		ghar wala wale wali jaldi abhi chakkar dhokha rupaye lakh yaar didi madad kripya kaun
		kitna kitne accha acha theek thik haan matlab samajh pata lagta jana jaana chala chali
		dost baad phir fir lekin toh jab kar mein ab liye wapas maang mang kare kaha bahut bohot
		zyada jyada mila mili hoga hogi karega karenge denge bhej bheja bhejo laga sach jhooth
		jhoot asli nakli fasa phas phasa phans bachao samjho dekho achha bilkul zaroor jarur
		shayad kyunki kyuki isliye waha yaha wahan yahan kisi kisne kise kisko usko unko humein
		hame hamara hamare tumhara aapka aapki aapke unke uske iske inka vaise waise aise jaise
		kitni thana kamai videsh bahar desh logo logon dhanyavad dhanyawad shukriya`},
	{iHI, 2, `ye wo sab sabse bol ek agar sirf bas dena log jo liya mil ji`},
	{iHI, 1, `ho ka ki ke ko se me pe par na lo le de tab to`},
}

// cue is what one word contributes to each Latin-script language.
type cue [nLatin]float32

var cues = func() map[string]cue {
	m := make(map[string]cue, 1024)
	for _, l := range cueLists {
		for _, w := range strings.Fields(l.words) {
			c := m[w]
			if l.lang == both {
				c[iID] = max(c[iID], l.weight)
				c[iMS] = max(c[iMS], l.weight)
			} else {
				c[l.lang] = max(c[l.lang], l.weight)
			}
			m[w] = c
		}
	}
	return m
}()

// neutral words are borrowed by every language the bot sees; they say
// nothing about the language of the line and are kept away from the trigram model too.
var neutral = set(`scam scams scammer scammers scamming passport report reported facebook fb
	telegram tiktok youtube video videos like likes deposit online task tasks ok okay oke wa
	whatsapp gcash bank agency agent legit job jobs work hotline number compound compounds
	hub trap trapped cambodia myanmar thailand laos philippines malaysia indonesia india
	vietnam china crypto bitcoin usdt app link admin cs customer service call center centre
	casino park kk visa ticket boss company office manager bonus salary fraud police embassy fake offer
	account pig butchering recruit recruitment recruiter interview hr email gmail zalo line
	wechat viber instagram ig dm chat message sms text`)

// tlPrefixes are Tagalog verb prefixes that, written with a hyphen, attach
// to borrowed words: nag-offer, na-trap, i-report, magla-like, pinag-deposit.
var tlPrefixes = set(`nag na mag ma i ipa pinag pag naka maka nakaka makaka magpa nagpa
	mala magla nagla pa ka ika`)
