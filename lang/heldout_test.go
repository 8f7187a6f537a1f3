package lang

import "testing"

// heldOut lines were written after the cue lists were tuned and are not
// used for tuning: they estimate accuracy on unseen chat. The first run
// scored as reported in the package's commit history; the floor below sits
// under it.
var heldOut = []struct{ want, text string }{
	{English, "hey so i got this dm about a remote job, pay is crazy high, thoughts?"},
	{English, "can someone check this link before I apply"},
	{English, "they want me to fly to bangkok first then drive to the border??"},
	{English, "what's the number for the embassy in phnom penh"},
	{English, "my cousin stopped replying after he took a job abroad"},
	{English, "The recruiter said no interview needed, just send my passport copy"},
	{English, "is a task job where you like videos a scam"},
	{English, "i paid the agency 2000 and now they blocked me"},

	{Vietnamese, "chi oi cho em hoi cty nay co that ko"},
	{Vietnamese, "e dc gioi thieu qua thai lan lam cskh luong 1500 do, co nen di ko"},
	{Vietnamese, "ban e bi ban qua myanmar r, gia dinh phai lam gi"},
	{Vietnamese, "may cai job tren tele tra luong cao co tin dc k"},
	{Vietnamese, "lam the nao de to cao mot trang lua dao"},
	{Vietnamese, "mình bị chặn liên lạc sau khi chuyển tiền"},
	{Vietnamese, "toi muon ve nuoc nhung ho khong cho"},
	{Vietnamese, "có ai từng đi làm ở bavet chưa"},

	{Indonesian, "min ini bener ga sih info loker ke kamboja"},
	{Indonesian, "sodara saya katanya kerja di myanmar tapi hp nya ga aktif"},
	{Indonesian, "kalo mau lapor penipuan online ke mana ya"},
	{Indonesian, "aku dijanjiin gaji gede tapi harus bayar biaya visa dulu"},
	{Indonesian, "apakah aman kerja jadi admin di poipet"},
	{Indonesian, "udah ditransfer tapi orangnya ngilang"},
	{Indonesian, "ada nomor kedutaan indonesia di phnom penh ga"},
	{Indonesian, "temen gue diajak kerja ke luar negeri lewat tiktok"},

	{Malay, "betul ke kerja kat kemboja gaji besar"},
	{Malay, "saya dah bayar deposit tapi diorang tak balas"},
	{Malay, "macam mana nak tau company ni scam ke tak"},
	{Malay, "anak sedara saya hilang lepas pergi bangkok, tak dapat call"},
	{Malay, "boleh tolong semak tawaran ni tak"},
	{Malay, "siapa nak kena hubungi kalau kawan kena tahan kat luar negara"},
	{Malay, "aku rasa ni scam la, dia suruh bayar dulu"},
	{Malay, "kena ke lapor kat balai polis atau online je"},

	{Tagalog, "legit po ba tong agency na to?"},
	{Tagalog, "pinapabayad ako ng processing fee bago umalis, normal ba yun"},
	{Tagalog, "yung kaibigan ko di na nagrereply simula nung pumunta sya sa cambodia"},
	{Tagalog, "saan ba pwede magsumbong pag na-scam online"},
	{Tagalog, "may alam ba kayong hotline ng embassy sa myanmar"},
	{Tagalog, "nagbayad na ako pero wala pa rin yung visa ko"},
	{Tagalog, "sabi nila work from home daw pero kailangan mag-deposit muna"},
	{Tagalog, "ingat kayo sa mga ganitong post"},

	{Hindi, "bhaiya ye company ka offer sahi lag raha hai kya"},
	{Hindi, "mere cousin ka phone band hai jab se woh laos gaya"},
	{Hindi, "kisi ne bola tha bas typing ka kaam hai, ab jaane nahi de rahe"},
	{Hindi, "complaint kaise darj karein cyber cell mein"},
	{Hindi, "agent 2 lakh maang raha hai visa ke liye, theek hai kya"},
	{Hindi, "hume kuch samajh nahi aa raha, please help"},
	{Hindi, "यह एजेंट भरोसेमंद है क्या"},
	{Hindi, "mujhe laga tha asli job hai"},

	{Chinese, "这个招聘是真的吗"},
	{Chinese, "我表哥去了缅甸就联系不上了"},
	{Thai, "งานนี้ได้เงินเดือนสูงมาก น่าสงสัยไหม"},
	{Thai, "ญาติไปทำงานกัมพูชาแล้วติดต่อไม่ได้"},
}

func TestDetectHeldOut(t *testing.T) {
	right := 0
	for _, c := range heldOut {
		got, conf := Detection(c.text)
		if got == c.want {
			right++
		} else {
			t.Logf("held-out: %q = %s (%.2f), want %s", c.text, got, conf, c.want)
		}
	}
	acc := float64(right) / float64(len(heldOut))
	t.Logf("held-out accuracy %d/%d = %.3f", right, len(heldOut), acc)
	if acc < 0.85 {
		t.Errorf("held-out accuracy %.3f below floor 0.85", acc)
	}
}
