package offer

import (
	"bytes"
)

// Pay parsing: amounts with a currency and a period, judged against a rough
// monthly norm for low-skill work in that currency. Lures promise two to five
// times the local norm for "typing" or "customer service" with no experience.

type currency uint8

const (
	curNone currency = iota
	curUSD           // also USDT/USDC: lures pay "in USDT"
	curTHB
	curPHP
	curMYR
	curIDR
	curVND
	curCNY
	curINR
	curJPY
	curSGD
	curEUR
	curCAD
	curGBP
	curAED // also SAR, QAR: Gulf currencies of similar value
	curKRW
	curHKD
	curTWD
	curAUD
	nCur
)

// payNorm is the monthly amount from which pay for entry-level work looks
// too good, per currency: about 2–3 times the going rate for low-skill
// office work in the region the currency is used. Skilled roles (degree,
// years of experience) are exempt, see rule pay.too-high.
var payNorm = [nCur]float64{
	curUSD: 1000, curTHB: 30000, curPHP: 45000, curMYR: 5000, curIDR: 12e6, curVND: 18e6,
	curCNY: 12000, curINR: 60000, curJPY: 400000, curSGD: 7000, curEUR: 3500, curCAD: 7000,
	curGBP: 3000, curAED: 8000, curKRW: 4e6, curHKD: 25000, curTWD: 60000, curAUD: 9000,
}

type period uint8

const (
	perNone period = iota
	perMonth
	perWeek
	perDay
	perHour
	perYear
	perTask // commissions per task are not pay
)

// payAmount is one parsed amount or range.
type payAmount struct {
	lo, hi float64
	cur    currency
	per    period
	s, e   int32 // normalised span
}

// monthly is the lower bound per month, or 0 when it cannot be judged.
func (p payAmount) monthly() float64 {
	switch p.per {
	case perMonth:
		return p.lo
	case perWeek:
		return p.lo * 4.3
	case perDay:
		return p.lo * 26
	case perHour:
		return p.lo * 176
	case perYear:
		return p.lo / 12
	}
	return 0
}

// tooHigh reports whether the pay is far above the norm. Pay by the hour
// is judged against four times the norm: hourly rates are how shops and
// remote employers in richer places pay ("$16/hr" at a grocery), while
// lures quote a month or a day.
func (p payAmount) tooHigh() bool {
	m := p.monthly()
	if p.per == perHour {
		m /= 4
	}
	return p.cur != curNone && m > 0 && m >= payNorm[p.cur]
}

type token struct {
	s string
	v currency
}

// Currency words before an amount ("RM6,000", "$1,500", "Rp 15").
//
// The bare "$" and "¥" come last: "NT$", "S$", "HK$" must win over "$"
// (the first token that fits is taken).
var curBefore = []token{
	{"us$", curUSD}, {"usd", curUSD}, {"usdt", curUSD}, {"rm", curMYR}, {"myr", curMYR},
	{"rp.", curIDR}, {"rp", curIDR}, {"idr", curIDR}, {"₱", curPHP}, {"php", curPHP}, {"thb", curTHB}, {"฿", curTHB},
	{"₹", curINR}, {"rs.", curINR}, {"rs", curINR}, {"inr", curINR}, {"vnd", curVND}, {"s$", curSGD}, {"sgd", curSGD},
	{"€", curEUR}, {"eur", curEUR}, {"cad", curCAD}, {"c$", curCAD}, {"rmb", curCNY}, {"cny", curCNY},
	{"jpy", curJPY}, {"人民币", curCNY}, {"£", curGBP}, {"gbp", curGBP}, {"aed", curAED}, {"sar", curAED},
	{"qar", curAED}, {"krw", curKRW}, {"₩", curKRW}, {"hk$", curHKD}, {"hkd", curHKD}, {"nt$", curTWD}, {"twd", curTWD},
	{"a$", curAUD}, {"aud", curAUD}, {"₫", curVND}, {"usdc", curUSD},
	// Chinese names as written in Taiwan, Hong Kong and Malaysia
	// (traditional characters arrive folded: 臺幣 is 台币).
	{"新台币", curTWD}, {"台币", curTWD}, {"港币", curHKD}, {"港元", curHKD}, {"马币", curMYR}, {"令吉", curMYR},
	{"新币", curSGD}, {"新元", curSGD}, {"美金", curUSD}, {"美元", curUSD}, {"泰铢", curTHB}, {"澳币", curAUD},
	{"$", curUSD}, {"¥", curCNY},
}

// Currency words after an amount ("35,000 baht", "1,500 USDT", "2万人民币").
var curAfter = []token{
	{"usdt", curUSD}, {"usdc", curUSD}, {"usd", curUSD}, {"us dollars", curUSD}, {"dollars", curUSD}, {"dollar", curUSD},
	{"美元", curUSD}, {"美金", curUSD}, {"baht", curTHB}, {"บาท", curTHB}, {"thb", curTHB}, {"php", curPHP}, {"pesos", curPHP},
	{"peso", curPHP}, {"myr", curMYR}, {"ringgit", curMYR}, {"vnd", curVND}, {"dong", curVND}, {"yen", curJPY},
	{"円", curJPY}, {"日元", curJPY}, {"人民币", curCNY}, {"元", curCNY}, {"块", curCNY}, {"rmb", curCNY}, {"rupees", curINR},
	{"rupee", curINR}, {"रुपये", curINR}, {"रुपए", curINR}, {"inr", curINR}, {"rupiah", curIDR}, {"idr", curIDR},
	{"cad", curCAD}, {"sgd", curSGD}, {"eur", curEUR}, {"euro", curEUR}, {"gbp", curGBP}, {"pounds", curGBP},
	{"aed", curAED}, {"dirhams", curAED}, {"dirham", curAED}, {"sar", curAED}, {"riyals", curAED}, {"riyal", curAED},
	{"qar", curAED}, {"krw", curKRW}, {"won", curKRW}, {"hkd", curHKD}, {"twd", curTWD}, {"aud", curAUD}, {"₫", curVND},
	{"vnđ", curVND}, {"d", curVND}, {"ডলার", curUSD}, {"डॉलर", curUSD},
	{"新台币", curTWD}, {"台币", curTWD}, {"港币", curHKD}, {"港元", curHKD}, {"马币", curMYR}, {"令吉", curMYR},
	{"新币", curSGD}, {"新元", curSGD}, {"泰铢", curTHB}, {"越南盾", curVND}, {"比索", curPHP}, {"卢比", curINR},
	{"印尼盾", curIDR}, {"韩元", curKRW}, {"澳币", curAUD}, {"迪拉姆", curAED},
}

// Multipliers after a number ("1.5k", "15 juta", "2万", "25 triệu").
var multipliers = []struct {
	s   string
	v   float64
	cur currency // implied currency when none is written
}{
	{"k", 1e3, curNone}, {"rb", 1e3, curIDR}, {"ribu", 1e3, curIDR}, {"jt", 1e6, curIDR}, {"juta", 1e6, curIDR},
	{"trieu", 1e6, curVND}, {"tr", 1e6, curVND}, {"million", 1e6, curNone}, {"mil", 1e6, curNone}, {"m", 1e6, curNone},
	{"lakh", 1e5, curINR}, {"lac", 1e5, curINR}, {"लाख", 1e5, curINR}, {"हजार", 1e3, curINR}, {"hazar", 1e3, curINR},
	{"万", 1e4, curCNY}, {"千", 1e3, curCNY}, {"หมื่น", 1e4, curTHB}, {"พัน", 1e3, curTHB}, {"nghin", 1e3, curVND},
	{"ngan", 1e3, curVND},
}

var periods = []struct {
	s string
	p period
}{
	{"/month", perMonth}, {"/mo", perMonth}, {"per month", perMonth}, {"a month", perMonth}, {"monthly", perMonth},
	{"month", perMonth}, {"/thang", perMonth}, {"thang", perMonth}, {"/bulan", perMonth}, {"per bulan", perMonth},
	{"sebulan", perMonth}, {"bulan", perMonth}, {"月", perMonth}, {"เดือน", perMonth}, {"महीना", perMonth},
	{"महीने", perMonth}, {"माह", perMonth}, {"buwan", perMonth}, {"kada buwan", perMonth},
	{"/week", perWeek}, {"per week", perWeek}, {"a week", perWeek}, {"weekly", perWeek}, {"周", perWeek}, {"minggu", perWeek},
	{"/day", perDay}, {"per day", perDay}, {"a day", perDay}, {"daily", perDay}, {"/hari", perDay}, {"per hari", perDay},
	{"sehari", perDay}, {"hari", perDay}, {"/ngay", perDay}, {"ngay", perDay}, {"天", perDay}, {"日", perDay}, {"วัน", perDay},
	{"दिन", perDay}, {"araw", perDay}, {"kada araw", perDay},
	{"/hour", perHour}, {"/hr", perHour}, {"per hour", perHour}, {"an hour", perHour}, {"hourly", perHour}, {"/jam", perHour},
	{"per jam", perHour}, {"/gio", perHour}, {"小时", perHour}, {"ชั่วโมง", perHour}, {"घंटा", perHour}, {"घंटे", perHour},
	{"/year", perYear}, {"per year", perYear}, {"a year", perYear}, {"annually", perYear}, {"per annum", perYear},
	{"p.a.", perYear}, {"/yr", perYear}, {"yearly", perYear}, {"/nam", perYear}, {"mot nam", perYear}, {"moi nam", perYear},
	{"per tahun", perYear}, {"setahun", perYear}, {"/tahun", perYear}, {"ต่อปี", perYear}, {"प्रति वर्ष", perYear},
	{"सालाना", perYear}, {"kada taon", perYear}, {"/年", perYear}, {"每年", perYear}, {"一年", perYear},
	{"per task", perTask}, {"/task", perTask}, {"a task", perTask}, {"per tugas", perTask}, {"tugas", perTask}, {"task", perTask},
	{"每单", perTask}, {"nhiem vu", perTask}, {"per order", perTask},
}

// Year words that may stand before the amount ("Annual salary:", "年薪").
var yearBefore = []string{"annual", "yearly", "per year", "年薪", "ctc", "luong nam", "gaji tahunan", "เงินเดือนต่อปี", "वार्षिक", "सालाना"}

// Month words that may stand before the amount ("Monthly remuneration:", "月薪").
var monthBefore = []string{"monthly", "per month", "月薪", "月入", "月收入", "hang thang", "bulanan", "รายเดือน", "मासिक", "buwanang"}

// Day words that may stand before the amount ("daily 3000", "每天300", "วันละ 500").
var dayBefore = []string{"daily", "per day", "每天", "日入", "日结", "วันละ", "moi ngay", "per hari", "har din", "kada araw"}

// periodFirst marks the bytes a period word can start with, so that the
// look-ahead only compares tokens where one can begin.
var periodFirst = func() (set [256]bool) {
	for _, p := range periods {
		set[p.s[0]] = true
	}
	return set
}()

// hasTokenAt reports whether tok is at b[i:], ending at a word end when it is Latin.
func hasTokenAt(b []byte, i int, tok string) bool {
	if len(b)-i < len(tok) || string(b[i:i+len(tok)]) != tok {
		return false
	}
	end := i + len(tok)
	last := tok[len(tok)-1]
	return !isLetter(last) || end >= len(b) || !isLetter(b[end])
}

func skipSpaces(b []byte, i int) int {
	for i < len(b) && b[i] == ' ' {
		i++
	}
	return i
}

// number parses a number at b[i:] ("1,500", "1.500.000", "1.5", "17.60").
// Groups of exactly three digits after ',' or '.' are thousands; anything
// else after a separator is a decimal part.
func number(b []byte, i int) (v float64, end int) {
	j := i
	for j < len(b) && isDigit(b[j]) {
		v = v*10 + float64(b[j]-'0')
		j++
	}
	var thousands byte // the separator of the groups so far
	for j+1 < len(b) && (b[j] == ',' || b[j] == '.') && isDigit(b[j+1]) {
		k := j + 1
		for k < len(b) && isDigit(b[k]) {
			k++
		}
		if k-j-1 == 3 {
			for _, c := range b[j+1 : k] {
				v = v*10 + float64(c-'0')
			}
			thousands = b[j]
			j = k
			continue
		}
		if b[j] == thousands {
			// "HK$17,000，5天工作": after thousands groups the same
			// separator starts the next clause, not decimals.
			break
		}
		f := 0.1
		for _, c := range b[j+1 : k] {
			v += float64(c-'0') * f
			f /= 10
		}
		j = k
		break
	}
	return v, j
}

// amountPart is one number with its multiplier and currency; impl is the
// currency a multiplier implies when none is written ("2万" is yuan, "25
// triệu" dong, "15 juta" rupiah).
type amountPart struct {
	v          float64
	mult       float64
	cur, impl  currency
	start, end int
}

func (s *scan) amountAt(i int) (a amountPart, ok bool) {
	b := s.n.b
	a.start = i
	// Currency before, allowing one space ("RM 6,000", "Rp 15").
	k := i
	if k > 0 && b[k-1] == ' ' {
		k--
	}
	for _, t := range curBefore {
		st := k - len(t.s)
		if st >= 0 && string(b[st:k]) == t.s && (st == 0 || !isLetter(b[st-1]) || !isLetter(t.s[0])) {
			a.cur, a.start = t.v, st
			break
		}
	}
	if a.cur == curNone && i > 0 && isLetter(b[i-1]) {
		return a, false // part of a word or handle ("abc123")
	}
	v, j := number(b, i)
	a.v, a.mult = v, 1
	m := skipSpaces(b, j)
	for _, t := range multipliers {
		if hasTokenAt(b, m, t.s) {
			a.mult, a.impl = t.v, t.cur
			j = m + len(t.s)
			break
		}
	}
	a.end = j
	if a.cur == curNone {
		c := skipSpaces(b, j)
		for _, t := range curAfter {
			if hasTokenAt(b, c, t.s) {
				if t.s == "d" && (c != j || a.v*a.mult < 1000) {
					break // "15.000.000đ", not "3 d…"
				}
				a.cur, a.end = t.v, c+len(t.s)
				break
			}
		}
	}
	return a, true
}

// parsePay finds amounts and ranges in the normalised text.
func (s *scan) parsePay() {
	b := s.n.b
	for i := 0; i < len(b); i++ {
		if !isDigit(b[i]) || (i > 0 && (isDigit(b[i-1]) || b[i-1] == '.' || b[i-1] == ',')) {
			continue
		}
		a, ok := s.amountAt(i)
		if !ok {
			for i < len(b) && isDigit(b[i]) {
				i++
			}
			continue
		}
		p := payAmount{lo: a.v * a.mult, hi: a.v * a.mult, cur: a.cur, s: int32(a.start), e: int32(a.end)}
		// A range: "1,500 – 3,000", "2-3万", "15 – 25 juta", "$1,500 – $3,000".
		j := skipSpaces(b, a.end)
		sep := 0
		switch {
		case j < len(b) && (b[j] == '-' || b[j] == '~'):
			sep = 1
		case hasTokenAt(b, j, "to"), hasTokenAt(b, j, "den"), hasTokenAt(b, j, "至"), hasTokenAt(b, j, "到"):
			sep = len("to")
			if b[j] >= 0x80 {
				sep = 3
			} else if b[j] == 'd' {
				sep = 3
			}
		}
		if sep > 0 {
			k := skipSpaces(b, j+sep)
			// Skip a currency written again before the second number.
			for _, t := range curBefore {
				if bytes.HasPrefix(b[k:], []byte(t.s)) {
					k = skipSpaces(b, k+len(t.s))
					break
				}
			}
			if k < len(b) && isDigit(b[k]) {
				if a2, ok := s.amountAt(k); ok {
					if a.mult == 1 && a2.mult != 1 {
						p.lo = a.v * a2.mult
						a.impl = a2.impl
					}
					p.hi = a2.v * a2.mult
					if p.cur == curNone {
						p.cur = a2.cur
					}
					if a.impl == curNone {
						a.impl = a2.impl
					}
					p.e = int32(a2.end)
				}
			}
		}
		if p.cur == curNone {
			p.cur = a.impl
		}
		// "¥" is both yuan and yen: in an offer for Japan it is yen.
		if p.cur == curCNY && bytes.HasPrefix(b[p.s:], []byte("¥")) && s.mentionsJapan() {
			p.cur = curJPY
		}
		if p.hi < p.lo {
			p.lo, p.hi = p.hi, p.lo
		}
		p.per = s.periodOf(int(p.s), int(p.e))
		// Pay quoted per day counts even without a currency: "500-2k per
		// day" for a side job is the opening of a task scam in any money.
		if p.per == perDay && s.daily.e == 0 {
			s.daily = hit{p.s, p.e}
		}
		if len(s.pays) < 16 && p.cur != curNone {
			s.pays = append(s.pays, p)
		}
		i = int(p.e) - 1
		if i < 0 {
			i = 0
		}
	}
}

// periodOf finds the pay period after the amount (same line, 40 bytes), or
// a month word just before it, or salary context (which means monthly).
func (s *scan) periodOf(st, end int) period {
	b := s.n.b
	for i := end; i < len(b) && i < end+40 && b[i] != '\n'; i++ {
		if !periodFirst[b[i]] || (i > end && isLetter(b[i-1]) && isLetter(b[i])) {
			continue
		}
		for _, p := range periods {
			if hasTokenAt(b, i, p.s) {
				return p.p
			}
		}
		if isDigit(b[i]) && i > end+2 {
			break // the next amount has its own period
		}
	}
	from := max(st-30, 0)
	line := bytes.LastIndexByte(b[from:st], '\n')
	if line >= 0 {
		from += line + 1
	}
	for _, w := range yearBefore {
		if bytes.Contains(b[from:st], []byte(w)) {
			return perYear
		}
	}
	for _, w := range monthBefore {
		if bytes.Contains(b[from:st], []byte(w)) {
			return perMonth
		}
	}
	for _, w := range dayBefore {
		if bytes.Contains(b[from:st], []byte(w)) {
			return perDay
		}
	}
	h := hit{int32(st), int32(end)}
	for _, y := range s.list(cSalaryWord) {
		if (y.e <= h.s && s.within(y, h, 40) || y.s >= h.e && s.within(h, y, 20)) && !s.paraBreak(h, y) {
			return perMonth
		}
	}
	return perNone
}

// japanWords name Japan in the normalised (lower-cased, folded) text.
var japanWords = [][]byte{[]byte("japan"), []byte("日本"), []byte("jepang"), []byte("jepun"), []byte("nhat ban"),
	[]byte("ญี่ปุ่น"), []byte("जापान"), []byte("hapon")}

func (s *scan) mentionsJapan() bool {
	for _, w := range japanWords {
		if bytes.Contains(s.n.b, w) {
			return true
		}
	}
	return false
}
