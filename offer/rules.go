package offer

import (
	"bytes"

	"github.com/scambot/scambot/knowledge"
)

// rule is one heuristic. fire reports whether it applies and records the
// hits it relied on in s.ev (they become the signal's spans).
type rule struct {
	id, cat, article string
	weight           int
	hard             bool // counter-signals cannot cancel it
	hardWithOthers   bool // …but only when another lure signal fired too
	fire             func(s *scan) bool
}

// Article ids in the knowledge base, from its one list of topic constants
// (which a test cross-checks with knowledge.Topics).
const (
	artRedFlags   = knowledge.TopicJobOfferRedFlags
	artVerify     = knowledge.TopicVerifyAJobOffer
	artTask       = knowledge.TopicTaskScams
	artMule       = knowledge.TopicMoneyMules
	artRecruit    = knowledge.TopicHowRecruitmentWorks
	artWhere      = knowledge.TopicWhereTheyOperate
	artReport     = knowledge.TopicReportAScam
	artTrapped    = knowledge.TopicTrappedWhatToDo
	artPig        = knowledge.TopicPigButchering
	windowNear    = 40 // letters of normalised text (see scan.within): about a clause
	windowNegator = 28
	// feeAmountWindow: a fee and its amount, in one sentence.
	feeAmountWindow = 60
)

// resolve applies negations and overlaps before the rules run.
func (s *scan) resolve() {
	s.drop(cMessaging, cNotApp, 0)
	s.dropNumberAbbrev()
	s.dropHeadings(cTask)
	s.employerPays()
	// "No placement fee", "Fee: none", but not "Visa and ticket free,
	// medical fee RM 500": a negation denies a fee in its own clause (after
	// the fee, across a colon too).
	s.dropNegatedFee()
	// "We will never ask a candidate to pay a fee or deposit crypto": the
	// promise denies every money word after it in its sentence, however far
	// (up to an "only" or "but"). A negation just before an ask verb is
	// such a promise, however it is worded ("kami tidak memungut…").
	s.deriveOrdered(cNoAsk, cNotWord, cAskVerb, 12)
	for _, c := range []concept{cFee, cTopup, cPayVerb, cTransferService, cCryptoPay, cBankDetails} {
		s.dropAfterInSentence(c, cNoAsk)
	}
	// "Beware of anyone asking you to transfer money to a personal
	// account": the warning's clause describes a scam, not this offer.
	for _, c := range warned {
		s.dropAfterInClause(c, cWarning)
	}
	s.dropPackageFees()
	s.drop(cFee, cNoFee, 0)
	s.drop(cSkilled, cNoExp, 0)
	s.notNeeded()
	s.drop(cGambling, cNoGambling, 0)
	s.dropNegated(cPassport, cPassportKept, windowNear, windowNear)
	// "Paspor disimpan HRD", "passport will be kept by the company": a
	// passport word, then a hold word.
	s.derive(cPassportHeld, cPassport, cHoldWord, 10)
	// "You keep your own passport" is the opposite of a hold, even when
	// its words contain the hold phrase ("tự giữ hộ chiếu").
	s.drop(cPassportHeld, cPassportKept, 0)
	s.dropNegated(cTouristVisa, cFeeNegator, 32, 24)
	// "免费体验，之后需自行垫付": a negation in another clause does not
	// deny a top-up.
	s.dropNegated(cTopup, cFeeNegator, windowNegator, windowNegator)
	s.dropNegated(cTopup, cNoFee, windowNear, windowNear)
	s.url, s.addr = s.findURL(), s.findAddress()
	// Proximity-derived phrases: the parts make the concept.
	s.derive(cPaidTravel, cTravelNoun, cProvided, 20)
	s.derive(cLongDrive, cDriveWord, cHoursWord, 20)
	// "jalan darat 8 jam" is a road journey, not a street address.
	if s.addr.e > 0 {
		for _, d := range s.list(cDriveWord) {
			if gap(d, s.addr) == 0 {
				s.addr = hit{}
				break
			}
		}
	}
	s.derive(cVisaLater, cVisaWord, cLaterWord, 30)
	// "returned … with the first salary", "वापस कर दिए जाएंगे … पहली
	// सैलरी": a refund word next to the start of work, in either order.
	s.derive(cRefundLater, cRefundWord, cJobStart, 30)
	s.derive(cSecret, cKeep, cPrivate, 20)
	s.deriveReship()
	s.deriveLicenceNumber()
	// "no recruitment fee", "tanpa biaya penempatan": a negation just
	// before a fee word is a no-fee statement, however worded.
	s.deriveOrdered(cNoFee, cFeeNegator, cFee, 12)
	s.derive(cPersonalAccount, cReceiveMoney, cReceiveMoney, 0)
	s.derive(cForwardFunds, cSendOn, cSendOn, 0)
	s.dropWarnedSentences()
}

// described are the lure concepts a warning sentence can describe.
var described = []concept{cPaidTravel, cFreeHousing, cTouristVisa, cVisaLater, cPickup, cLongDrive, cCrossBorder,
	cHotspot, cBorderTown, cVagueDest, cAddrLater, cRiskCountry, cAbroad, cMessaging, cNoInterview, cUnsolicited,
	cSecret, cUrgent, cEasyWork, cNoExp, cPayMultiple, cTask, cLikeRate, cTopup, cVIP, cCryptoPay, cDebtRelief,
	cFee, cPayVerb, cTransferService, cBankDetails, cPersonalAccount, cReceiveMoney, cSendOn, cForwardFunds,
	cRentAccount, cReship, cSideJob, cTypingRole, cGambling, cPigRole, cPassportHeld, cVagueEmployer, cRefundLater}

// dropWarnedSentences: "Waspada penipuan lowongan ke Kamboja yang
// menjanjikan gaji besar, tiket gratis dan tanpa pengalaman lewat
// WhatsApp." A warning followed in its sentence by a promise verb describes
// a scam's offer: every lure word and pay amount from the warning to the
// sentence end is the scam's, not this offer's. Without a promise verb
// ("Hati-hati penipuan, kami perusahaan resmi, tiket gratis…") the
// sentence is the offer's own.
func (s *scan) dropWarnedSentences() {
	if s.cnt[cWarning] == 0 || s.cnt[cPromiseVerb] == 0 {
		return
	}
	for _, w := range s.list(cWarning) {
		end := s.sentenceEnd(w.e)
		promised := false
		for _, p := range s.list(cPromiseVerb) {
			if p.s >= w.e && p.e <= end {
				promised = true
				break
			}
		}
		if !promised {
			continue
		}
		for _, c := range described {
			s.removeIf(c, func(h hit) bool { return h.s >= w.s && h.e <= end })
		}
		k := 0
		for _, p := range s.pays {
			if p.s >= w.s && p.e <= end {
				continue
			}
			s.pays[k] = p
			k++
		}
		s.pays = s.pays[:k]
		if s.daily.s >= w.s && s.daily.e <= end {
			s.daily = hit{}
		}
	}
}

// sentenceEnd is the offset of the first sentence end at or after i (or
// the end of the text).
func (s *scan) sentenceEnd(i int32) int32 {
	b := s.n.b
	for ; int(i) < len(b); i++ {
		switch b[i] {
		case '\n', '!', '?':
			return i
		case '.':
			if i == 0 || int(i)+1 >= len(b) || !isDigit(b[i-1]) || !isDigit(b[i+1]) {
				return i
			}
		}
		if b[i] == 0xE3 && int(i)+2 < len(b) && b[i+1] == 0x80 && b[i+2] == 0x82 { // 。
			return i
		}
	}
	return int32(len(b))
}

// dropNegatedFee removes the fee hits a negator denies: one overlapping
// the fee, one before it in its clause, or one after it in its clause or
// across a colon or dash ("Placement fee: none", "Biaya – gratis"), all
// within windowNegator letters.
func (s *scan) dropNegatedFee() {
	if s.cnt[cFeeNegator] == 0 {
		return
	}
	s.removeIf(cFee, func(h hit) bool {
		for _, n := range s.list(cFeeNegator) {
			var negated bool
			switch {
			case gap(n, h) == 0:
				negated = true
			case n.e <= h.s:
				negated = s.within(n, h, windowNegator) && !s.clauseBreak(n.e, h.s) ||
					s.within(n, h, 60) && s.listBefore(n.e, h.s)
			default:
				negated = s.within(h, n, windowNegator) && !s.sentenceOrCommaBreak(h.e, n.s)
			}
			if negated {
				return true
			}
		}
		return false
	})
}

// listBefore reports whether b[lo:hi] is a list whose last item the fee
// ends: only commas break it (no sentence end, colon or line break), and an
// "or" comes after its last comma ("no registration, training, software or
// activation fee"). "Visa and ticket free, medical fee" is two clauses.
func (s *scan) listBefore(lo, hi int32) bool {
	b := s.n.b
	last := int32(-1)
	for i := lo; i < hi; i++ {
		switch b[i] {
		case '\n', '.', ';', ':', '!', '?', '|':
			return false
		case ',':
			last = i
		}
	}
	if last < 0 {
		return false
	}
	tail := b[last:hi]
	for _, or := range listOr {
		if bytes.Contains(tail, or) {
			return true
		}
	}
	return false
}

// listOr are the words that join a list's last item, per language.
var listOr = [][]byte{[]byte(" or "), []byte(" nor "), []byte(" atau "), []byte(" hay "), []byte(" hoac "),
	[]byte(" o "), []byte(" ya "), []byte(" या "), []byte("หรือ"), []byte("或")}

// sentenceOrCommaBreak reports a comma, semicolon, sentence end or line
// break between byte offsets lo and hi (a colon or dash does not count, nor
// a Thai space: "ค่าดำเนินการ ฟรี" is "processing fee: free").
func (s *scan) sentenceOrCommaBreak(lo, hi int32) bool {
	for i := lo; i < hi && int(i) < len(s.n.b); i++ {
		switch s.n.b[i] {
		case '\n', '.', ',', ';', '!', '?', '|':
			return true
		}
	}
	return false
}

// warned are the concepts a warning denies in its clause.
var warned = []concept{cFee, cTopup, cPayVerb, cTransferService, cCryptoPay, cBankDetails,
	cPersonalAccount, cReceiveMoney, cSendOn, cForwardFunds, cRentAccount, cPassportHeld, cTouristVisa}

// dropAfterInClause removes the hits of c that follow a hit of by in the
// same clause (no comma, colon or sentence end between them).
func (s *scan) dropAfterInClause(c, by concept) {
	s.dropAfter(c, by, s.clauseBreak)
}

// dropPackageFees removes the fee words added to a pay amount with "+" or
// "plus": "SGD 2,200 + 服务费", "Lương 10-14 triệu + phí dịch vụ" is a
// hotel's service charge shared with staff, not a fee to pay.
func (s *scan) dropPackageFees() {
	b := s.n.b
	s.removeIf(cFee, func(f hit) bool {
		i := int(f.s)
		for i > 0 && b[i-1] == ' ' {
			i--
		}
		switch {
		case i > 0 && b[i-1] == '+':
			i--
		case i >= 4 && string(b[i-4:i]) == "plus":
			i -= 4
		default:
			return false
		}
		return s.payEndsAt(i)
	})
}

// payEndsAt reports whether a parsed pay amount ends at byte i of the
// normalised text (spaces between allowed): "SGD 2,200 +".
func (s *scan) payEndsAt(i int) bool {
	b := s.n.b
	for i > 0 && b[i-1] == ' ' {
		i--
	}
	for _, p := range s.pays {
		if int(p.e) == i {
			return true
		}
	}
	return false
}

// employerPays: "the hospital … will pay the permit fee", "Bệnh viện …
// chi trả phí visa". A payment verb whose subject is the employer (named
// before it in the sentence, with no "you" between) is the employer paying:
// the verb is no payment asked of the worker, and the fee it governs (just
// after it, in its clause) is not a fee to pay. Later fees in the sentence
// keep their weight ("…will pay the ticket; the processing fee of $300 is
// yours").
func (s *scan) employerPays() {
	if s.cnt[cEmployerSubj] == 0 || s.cnt[cPayVerb] == 0 {
		return
	}
	k := 0
	for _, v := range s.list(cPayVerb) {
		if !s.employerBefore(v) {
			s.hits[cPayVerb][k] = v
			k++
			continue
		}
		j := 0
		for _, f := range s.list(cFee) {
			object := f.e > v.s && (f.s <= v.e || s.within(v, f, 12) && !s.clauseBreak(v.e, f.s))
			if !object {
				s.hits[cFee][j] = f
				j++
			}
		}
		s.cnt[cFee] = uint8(j)
	}
	s.cnt[cPayVerb] = uint8(k)
}

// employerBefore reports whether an employer-subject precedes v with no
// worker-subject between them: in its clause (within 60 letters), or
// opening its sentence, whose verbs it governs across commas ("Bệnh viện
// bảo lãnh visa, chi trả phí visa"; within 100 letters). "护照公司代办，先交
// 押金" is a company in one clause and a deposit asked in the next.
func (s *scan) employerBefore(v hit) bool {
	for _, e := range s.list(cEmployerSubj) {
		if e.e > v.s {
			continue
		}
		sameClause := s.within(e, v, 60) && !s.clauseBreak(e.e, v.s)
		if !sameClause && (!s.opensSentence(e) || !s.within(e, v, 100) || s.sentenceBreak(e.e, v.s)) {
			continue
		}
		you := false
		for _, w := range s.list(cWorkerSubj) {
			if w.s >= e.e && w.e <= v.s {
				you = true
				break
			}
		}
		if !you {
			return true
		}
	}
	return false
}

// opensSentence reports whether h is the first words of its sentence or
// line (after spaces, a bullet or a number).
func (s *scan) opensSentence(h hit) bool {
	b := s.n.b
	i := int(h.s)
	for i > 0 && (b[i-1] == ' ' || b[i-1] == '\t' || b[i-1] == '-' || b[i-1] == '*' || b[i-1] == ')') {
		i--
	}
	if i == 0 {
		return true
	}
	switch b[i-1] {
	case '\n', '.', '!', '?', ':', ';':
		return true
	}
	return i >= 3 && string(b[i-3:i]) == "。"
}

// notNeeded: "ga perlu ijazah", "no degree", "डिग्री की ज़रूरत नहीं": a
// qualification said not to be needed is the absence of a requirement, a
// no-exp sign, not a counter-signal. The negation comes before the word
// (within 12 letters) or, in Hindi, just after it (within 6), in its clause.
func (s *scan) notNeeded() {
	if s.cnt[cNotNeeded] == 0 {
		return
	}
	k := 0
	for _, h := range s.list(cSkilled) {
		negated := hit{}
		for _, n := range s.list(cNotNeeded) {
			switch {
			case n.e <= h.s && s.within(n, h, 12) && !s.clauseBreak(n.e, h.s),
				n.s >= h.e && s.within(h, n, 6) && !s.clauseBreak(h.e, n.s):
				negated = hit{min(n.s, h.s), max(n.e, h.e)}
			}
			if negated.e > 0 {
				break
			}
		}
		if negated.e == 0 {
			s.hits[cSkilled][k] = h
			k++
			continue
		}
		if s.cnt[cNoExp] < maxHits {
			s.hits[cNoExp][s.cnt[cNoExp]] = negated
			s.cnt[cNoExp]++
		}
	}
	s.cnt[cSkilled] = uint8(k)
}

// dropHeadings removes the hits of c that head a line and end in ':' —
// "Tugas:", "Tasks:" introduce a list of duties in an ordinary ad, not
// paid tasks.
func (s *scan) dropHeadings(c concept) {
	b := s.n.b
	s.removeIf(c, func(h hit) bool {
		return (h.s == 0 || b[h.s-1] == '\n') && int(h.e) < len(b) && b[h.e] == ':'
	})
}

// dropNumberAbbrev removes the negator "no" where it abbreviates "number"
// ("Licence No. 123", "No 5 Jalan…").
func (s *scan) dropNumberAbbrev() {
	b := s.n.b
	s.removeIf(cFeeNegator, func(h hit) bool {
		if string(b[h.s:h.e]) != "no" {
			return false
		}
		i := int(h.e)
		if i < len(b) && b[i] == '.' {
			i++
		}
		i = skipSpaces(b, i)
		return i < len(b) && isDigit(b[i])
	})
}

// derive adds to dst a hit covering each pair of a and b hits that are at
// most win bytes apart on one line.
func (s *scan) derive(dst, a, b concept, win int) {
	for _, x := range s.list(a) {
		for _, y := range s.list(b) {
			if s.cnt[dst] >= maxHits {
				return
			}
			if !s.within(x, y, win) || s.paraBreak(x, y) {
				continue
			}
			h := hit{min(x.s, y.s), max(x.e, y.e)}
			dup := false
			for _, o := range s.list(dst) {
				if gap(o, h) == 0 {
					dup = true
					break
				}
			}
			if !dup {
				s.hits[dst][s.cnt[dst]] = h
				s.cnt[dst]++
			}
			break
		}
	}
}

// deriveReship: parcels received at home and repacked or sent on
// ("tatanggap ka ng mga parcel sa bahay mo, ire-repack at ipapadala"), the
// three parts within 60 letters of the parcel word, in one paragraph. A
// parcel sorter's warehouse job has no home in it.
func (s *scan) deriveReship() {
	if s.cnt[cParcel] == 0 || s.cnt[cHomeWord] == 0 || s.cnt[cReshipVerb] == 0 || s.cnt[cReship] >= maxHits {
		return
	}
	for _, p := range s.list(cParcel) {
		if s.isNear(p, cHomeWord, 60) && s.isNear(p, cReshipVerb, 60) {
			s.hits[cReship][s.cnt[cReship]] = p
			s.cnt[cReship]++
			return
		}
	}
}

// deriveLicenceNumber: a licence word with a number after it, within 8
// letters on its line ("Govt. Licence 1234/067/68", "牌照号码：58231"),
// is a licence to check.
func (s *scan) deriveLicenceNumber() {
	b := s.n.b
	for _, h := range s.list(cLicenceWord) {
		if s.cnt[cLicence] >= maxHits {
			return
		}
		i, n := int(h.e), 0
		for i < len(b) && n < 8 && b[i] != '\n' && !isDigit(b[i]) {
			n += runeLetters(b[i])
			i++
			for i < len(b) && b[i]&0xC0 == 0x80 {
				i++
			}
		}
		if i < len(b) && isDigit(b[i]) {
			s.hits[cLicence][s.cnt[cLicence]] = hit{h.s, int32(i + 1)}
			s.cnt[cLicence]++
		}
	}
}

// deriveOrdered adds to dst a hit covering a hit of a followed by a hit of
// b at most win letters later in the same clause.
func (s *scan) deriveOrdered(dst, a, b concept, win int) {
	for _, x := range s.list(a) {
		for _, y := range s.list(b) {
			if s.cnt[dst] >= maxHits {
				return
			}
			if y.s < x.e || !s.within(x, y, win) || s.clauseBreak(x.e, y.s) {
				continue
			}
			s.hits[dst][s.cnt[dst]] = hit{x.s, y.e}
			s.cnt[dst]++
			break
		}
	}
}

// feeToPay: a fee or deposit the worker is asked to pay, with an amount or a
// payment verb next to it ("registration fee ₹45,000", "pay the visa fee").
// A bare mention ("fees", "deposit") is weaker: it may describe costs the
// employer covers.
func (s *scan) feeToPay() bool {
	mark := len(s.ev)
	for _, f := range s.list(cFee) {
		for _, p := range s.pays {
			// An amount in another sentence is not this fee's ("Gaji RM
			// 1.700/bulan. … Biaya penempatan sesuai Kepmenaker"); within
			// its sentence it may be a little further than a clause ("biaya
			// medical check up + pelatihan + administrasi sebesar Rp …").
			h := hit{p.s, p.e}
			if s.within(f, h, feeAmountWindow) && !s.paraBreak(f, h) && s.sameSentence(f, h) {
				// The nearest amount is the fee's (not the salary
				// before it on a Thai line without punctuation).
				best := h
				for _, q := range s.pays {
					if g := (hit{q.s, q.e}); gap(f, g) < gap(f, best) && s.within(f, g, feeAmountWindow) && !s.paraBreak(f, g) && s.sameSentence(f, g) {
						best = g
					}
				}
				s.ev = append(s.ev, f, best)
				return true
			}
		}
		for _, v := range s.list(cPayVerb) {
			if s.within(f, v, 30) && !s.paraBreak(f, v) {
				s.ev = append(s.ev, f, v)
				return true
			}
		}
	}
	// "Payment should be made … via Western Union": paying through a
	// money-transfer service or a wallet is a fee to a person, whatever
	// the fee is called.
	for _, t := range s.list(cTransferService) {
		for _, v := range s.list(cPayVerb) {
			if s.within(t, v, 120) && !s.paraBreak(t, v) {
				s.ev = append(s.ev, v, t)
				return true
			}
		}
	}
	s.ev = s.ev[:mark]
	return false
}

// sameSentence reports whether no sentence end lies between hits a and b.
func (s *scan) sameSentence(a, b hit) bool {
	lo, hi := a.e, b.s
	if b.e <= a.s {
		lo, hi = b.e, a.s
	}
	return hi <= lo || !s.sentenceBreak(lo, hi)
}

// officialFees: the fees are set by law and paid to an office with a
// receipt. Such fees still deserve a question, but they are not the
// fee-to-a-recruiter that marks a scam. A licence number alone does not
// count: it is a counter-signal, and counter-signals never excuse a fee.
func (s *scan) officialFees() bool {
	return s.has(cOfficialFee)
}

// contractFirst: "contract signed before you travel", "sign the contract
// first", "出发前签订…合同": the "before" comes after the contract, or a
// before-travel phrase is next to it.
func (s *scan) contractFirst() bool {
	for _, c := range s.list(cContract) {
		for _, b := range s.list(cBefore) {
			if b.s >= c.e && s.within(c, b, 30) && !s.paraBreak(c, b) {
				s.ev = append(s.ev, c, b)
				return true
			}
		}
	}
	return s.near(cContract, cPermitOK, 30)
}

// payHigh adds the first pay amount above the norm to the evidence.
func (s *scan) payHigh() bool {
	for _, p := range s.pays {
		if p.tooHigh() {
			s.ev = append(s.ev, hit{p.s, p.e})
			return true
		}
	}
	return false
}

// verifiable reports whether the offer gives a way to check the employer
// independently: a website/URL, an e-mail address on a domain, or a street
// address.
func (s *scan) verifiable() bool {
	return s.hasURL() || s.hasAddress()
}

// hasAddress: an address word with a number next to it ("12F Harborview
// Center, 118 Paseo de Roxas", "Lot 22, Jalan…", "ชั้น 15").
func (s *scan) hasAddress() bool {
	if s.addr.e > 0 {
		s.ev = append(s.ev, s.addr)
	}
	return s.addr.e > 0
}

// findAddress computes hasAddress once per scan: a digit within 16
// letters of an address word ("ซอยอารีย์ 1" counts like "Soi Ari 1").
func (s *scan) findAddress() hit {
	b := s.n.b
	for _, h := range s.list(cAddress) {
		lo, hi := int(h.s), int(h.e)
		for n := 0; n < 16 && lo > 0; n += runeLetters(b[lo]) {
			lo--
			for lo > 0 && b[lo]&0xC0 == 0x80 {
				lo--
			}
		}
		for n := 0; n < 16 && hi < len(b); {
			n += runeLetters(b[hi])
			hi++
			for hi < len(b) && b[hi]&0xC0 == 0x80 {
				hi++
			}
		}
		for i := lo; i < hi; i++ {
			if isDigit(b[i]) && !listNumber(b, i) {
				return h
			}
		}
	}
	return hit{}
}

// listNumber reports whether the digit at b[i] numbers a list item ("4.
// Office address and contract on arrival"): first on its line, followed by
// '.' or ')'.
func listNumber(b []byte, i int) bool {
	j := i
	for j > 0 && b[j-1] == ' ' {
		j--
	}
	if j > 0 && b[j-1] != '\n' {
		return false
	}
	k := i
	for k < len(b) && isDigit(b[k]) {
		k++
	}
	return k < len(b) && (b[k] == '.' || b[k] == ')')
}

// hasURL finds a web address or an e-mail domain in the normalised text.
func (s *scan) hasURL() bool {
	if s.url.e > 0 {
		s.ev = append(s.ev, s.url)
	}
	return s.url.e > 0
}

// findURL computes hasURL once per scan.
func (s *scan) findURL() hit {
	b := s.n.b
	for i := 0; i+2 < len(b); i++ {
		if b[i] != '.' || i == 0 || !isAlnum(b[i-1]) || !isLetter(b[i+1]) {
			continue
		}
		// The label after the dot must be a plausible TLD: 2-6 letters.
		j := i + 1
		for j < len(b) && isLetter(b[j]) {
			j++
		}
		if n := j - i - 1; n < 2 || n > 6 || (j < len(b) && isDigit(b[j])) {
			continue
		}
		tld := string(b[i+1 : j])
		switch tld {
		case "com", "net", "org", "io", "co", "my", "ph", "vn", "id", "th", "kh", "in", "sg", "cn", "gov", "edu", "asia", "jobs", "info", "biz":
		default:
			continue
		}
		st := i - 1
		for st > 0 && (isAlnum(b[st-1]) || b[st-1] == '-' || b[st-1] == '.' || b[st-1] == '@' || b[st-1] == '_' || b[st-1] == '/' || b[st-1] == ':') {
			st--
		}
		h := hit{int32(st), int32(j)}
		if string(b[st:min(st+4, len(b))]) == "t.me" || string(b[st:min(st+5, len(b))]) == "wa.me" {
			continue // a chat link is not a website
		}
		return h
	}
	return hit{}
}

// messagingOnly: a chat app is the contact and nothing verifiable is given.
func (s *scan) messagingOnly() bool {
	if !s.has(cMessaging) {
		return false
	}
	mark := len(s.ev)
	if s.verifiable() {
		s.ev = s.ev[:mark]
		return false
	}
	s.any(cMessaging)
	// The number or handle next to the app is part of the evidence.
	if p, ok := s.phoneNear(s.hits[cMessaging][0], windowNear); ok {
		s.ev = append(s.ev, p)
	}
	return true
}

// phoneNear finds a phone number (at least 8 digits, with spaces, dashes,
// dots or brackets between them, optionally after '+') within win bytes
// after h on the same line.
func (s *scan) phoneNear(h hit, win int) (hit, bool) {
	b := s.n.b
	end := min(int(h.e)+win, len(b))
	for i := int(h.e); i < end; i++ {
		if b[i] == '\n' {
			break
		}
		if !isDigit(b[i]) && b[i] != '+' {
			continue
		}
		j, digits := i, 0
		for j < len(b) && (isDigit(b[j]) || b[j] == '+' || ((b[j] == ' ' || b[j] == '-' || b[j] == '.' || b[j] == '(' || b[j] == ')') && j+1 < len(b) && (isDigit(b[j+1]) || b[j+1] == '('))) {
			if isDigit(b[j]) {
				digits++
			}
			j++
		}
		for j > i && !isDigit(b[j-1]) && b[j-1] != ')' {
			j--
		}
		if digits >= 8 && digits <= 15 {
			return hit{int32(i), int32(j)}, true
		}
		i = j
	}
	return hit{}, false
}

func allRules() []*rule {
	return []*rule{
		// pay
		{id: "pay.too-high", cat: "pay", article: artRedFlags, weight: 15, fire: func(s *scan) bool {
			return !s.has(cSkilled) && s.payHigh()
		}},
		{id: "pay.too-good", cat: "pay", article: artRedFlags, weight: 10, fire: func(s *scan) bool {
			return !s.has(cSkilled) && s.payHigh() && s.any(cNoExp, cEasyWork)
		}},
		{id: "pay.multiple", cat: "pay", article: artRedFlags, weight: 12, fire: func(s *scan) bool {
			return s.any(cPayMultiple)
		}},
		{id: "pay.easy-money", cat: "pay", article: artRedFlags, weight: 8, fire: func(s *scan) bool {
			return s.any(cEasyWork)
		}},
		{id: "pay.debt-relief", cat: "pay", article: artRedFlags, weight: 12, fire: func(s *scan) bool {
			return s.any(cDebtRelief)
		}},
		{id: "pay.crypto", cat: "pay", article: artRedFlags, weight: 10, fire: func(s *scan) bool {
			return s.any(cCryptoPay)
		}},
		// travel and visa
		{id: "travel.paid", cat: "travel", article: artRecruit, weight: 8, fire: func(s *scan) bool {
			return s.any(cPaidTravel)
		}},
		{id: "travel.free-package", cat: "travel", article: artRedFlags, weight: 12, fire: func(s *scan) bool {
			return s.has(cPaidTravel) && s.has(cFreeHousing) && !s.has(cSkilled) && s.any(cPaidTravel, cFreeHousing)
		}},
		{id: "travel.tourist-visa", cat: "travel", article: artRedFlags, weight: 28, hard: true, fire: func(s *scan) bool {
			return s.any(cTouristVisa)
		}},
		{id: "travel.visa-later", cat: "travel", article: artRedFlags, weight: 14, fire: func(s *scan) bool {
			return s.any(cVisaLater)
		}},
		{id: "travel.pickup", cat: "travel", article: artWhere, weight: 12, fire: func(s *scan) bool {
			return s.any(cPickup) && (s.has(cBorderTown) || s.has(cHotspot) || s.has(cCrossBorder) || s.has(cVagueDest) || s.has(cPaidTravel) || s.has(cLongDrive))
		}},
		// A flight paid or booked, then hours on the road: the airport is in
		// a capital and the workplace is over a border. A driver waiting
		// is not needed for the sign (the drive is what crosses).
		{id: "travel.long-drive", cat: "travel", article: artWhere, weight: 14, fire: func(s *scan) bool {
			return s.has(cLongDrive) && (s.has(cPickup) || s.has(cPaidTravel) || s.has(cTravelNoun)) &&
				s.any(cLongDrive) && s.any(cPickup, cPaidTravel, cTravelNoun)
		}},
		// destination
		{id: "destination.border-area", cat: "destination", article: artWhere, weight: 10, fire: func(s *scan) bool {
			return !s.has(cHotspot) && s.any(cBorderTown)
		}},
		{id: "destination.hotspot", cat: "destination", article: artWhere, weight: 30, hard: true, hardWithOthers: true, fire: func(s *scan) bool {
			return s.any(cHotspot)
		}},
		{id: "destination.border-crossing", cat: "destination", article: artWhere, weight: 25, hard: true, fire: func(s *scan) bool {
			return s.any(cCrossBorder)
		}},
		{id: "destination.risk-country", cat: "destination", article: artWhere, weight: 8, fire: func(s *scan) bool {
			return !s.has(cHotspot) && !s.verifiable() &&
				(s.has(cPaidTravel) || s.has(cFreeHousing) || s.has(cNoExp) || s.has(cEasyWork) || s.payHigh()) && s.any(cRiskCountry)
		}},
		{id: "process.vague-employer", cat: "process", article: artVerify, weight: 10, fire: func(s *scan) bool {
			return !s.verifiable() && !s.has(cCompany) && s.has(cVagueEmployer) &&
				(s.has(cAbroad) || s.has(cRiskCountry) || s.has(cPaidTravel) || s.has(cVagueDest) || s.has(cBorderTown)) && s.any(cVagueEmployer)
		}},
		{id: "destination.vague", cat: "destination", article: artRedFlags, weight: 14, fire: func(s *scan) bool {
			return s.any(cVagueDest)
		}},
		{id: "destination.later", cat: "destination", article: artRedFlags, weight: 12, fire: func(s *scan) bool {
			return s.any(cAddrLater)
		}},
		// channel
		{id: "channel.messaging-only", cat: "channel", article: artVerify, weight: 12, fire: func(s *scan) bool {
			return s.messagingOnly()
		}},
		{id: "channel.explicitly-only", cat: "channel", article: artVerify, weight: 6, fire: func(s *scan) bool {
			return s.near(cMessaging, cOnly, 12)
		}},
		// process
		{id: "process.no-interview", cat: "process", article: artRedFlags, weight: 15, fire: func(s *scan) bool {
			return s.any(cNoInterview)
		}},
		{id: "process.chat-interview", cat: "process", article: artRedFlags, weight: 12, fire: func(s *scan) bool {
			// An interview in person or by video, with a chat app only to
			// book it, is no chat interview.
			return !s.has(cNoInterview) && !s.has(cFormalInterview) && (s.near(cInterview, cChat, windowNear) || s.near(cInterview, cMessaging, windowNear))
		}},
		{id: "process.contract-on-arrival", cat: "process", article: artRedFlags, weight: 18, fire: func(s *scan) bool {
			for _, c := range s.list(cContract) {
				if s.isNear(c, cBefore, 24) {
					continue
				}
				for _, a := range s.list(cArrival) {
					if s.within(c, a, 80) && !s.paraBreak(c, a) {
						s.ev = append(s.ev, c, a)
						return true
					}
				}
			}
			return false
		}},
		{id: "process.unsolicited", cat: "process", article: artRedFlags, weight: 5, fire: func(s *scan) bool {
			return s.any(cUnsolicited)
		}},
		// documents
		{id: "documents.passport-early", cat: "documents", article: artRedFlags, weight: 15, fire: func(s *scan) bool {
			return !s.has(cPassportKept) && s.near(cPassport, cSendDoc, 30)
		}},
		{id: "documents.passport-held", cat: "documents", article: artTrapped, weight: 30, hard: true, fire: func(s *scan) bool {
			return s.any(cPassportHeld)
		}},
		{id: "documents.bank-details", cat: "documents", article: artMule, weight: 10, fire: func(s *scan) bool {
			return s.any(cBankDetails)
		}},
		// money
		{id: "money.fee", cat: "money", article: artRedFlags, weight: 30, hard: true, fire: func(s *scan) bool {
			return !s.officialFees() && s.feeToPay()
		}},
		// "Rs 28,000 for visa and medical, returned with your first
		// salary": the promised refund is what makes an advance fee look
		// safe, and the fee need not be next to a payment word.
		{id: "money.refundable-fee", cat: "money", article: artRedFlags, weight: 18, fire: func(s *scan) bool {
			return s.has(cFee) && s.has(cRefundLater) && s.any(cFee) && s.any(cRefundLater)
		}},
		{id: "money.fee-mentioned", cat: "money", article: artRedFlags, weight: 12, fire: func(s *scan) bool {
			mark := len(s.ev)
			if !s.officialFees() && s.feeToPay() {
				s.ev = s.ev[:mark]
				return false
			}
			s.ev = s.ev[:mark]
			return s.any(cFee)
		}},
		// pressure
		{id: "pressure.urgency", cat: "pressure", article: artRedFlags, weight: 8, fire: func(s *scan) bool {
			return s.any(cUrgent)
		}},
		{id: "pressure.secrecy", cat: "pressure", article: artRedFlags, weight: 15, fire: func(s *scan) bool {
			return s.any(cSecret)
		}},
		// the work itself
		{id: "task.deposit-to-unlock", cat: "task", article: artTask, weight: 40, hard: true, fire: func(s *scan) bool {
			return (s.has(cTask) || s.has(cLikeRate)) && s.has(cTopup) && s.any(cTask, cLikeRate) && s.any(cTopup, cVIP)
		}},
		{id: "task.vip-levels", cat: "task", article: artTask, weight: 15, fire: func(s *scan) bool {
			return (s.has(cTask) || s.has(cLikeRate)) && !s.has(cTopup) && s.has(cVIP) && s.any(cTask, cLikeRate) && s.any(cVIP)
		}},
		{id: "task.paid-clicks", cat: "task", article: artTask, weight: 20, fire: func(s *scan) bool {
			return s.any(cLikeRate)
		}},
		{id: "mule.receive-forward", cat: "mule", article: artMule, weight: 40, hard: true, fire: func(s *scan) bool {
			return s.has(cPersonalAccount) && s.has(cForwardFunds) && (s.has(cCommission) || s.has(cBankDetails) || s.has(cEasyWork) || !s.verifiable()) &&
				s.any(cPersonalAccount, cForwardFunds)
		}},
		{id: "mule.rent-account", cat: "mule", article: artMule, weight: 40, hard: true, fire: func(s *scan) bool {
			return s.any(cRentAccount)
		}},
		{id: "mule.reshipping", cat: "mule", article: artMule, weight: 30, hard: true, fire: func(s *scan) bool {
			return s.any(cReship)
		}},
		{id: "task.gambling", cat: "task", article: artWhere, weight: 12, fire: func(s *scan) bool {
			return s.any(cGambling)
		}},
		{id: "task.investment-chat", cat: "task", article: artPig, weight: 20, fire: func(s *scan) bool {
			return s.any(cPigRole)
		}},
		// combinations: each part is weak, together they are the lure
		{id: "combo.travel-vague-chat", cat: "travel", article: artRedFlags, weight: 15, fire: func(s *scan) bool {
			return s.has(cPaidTravel) && (s.has(cVagueDest) || s.has(cAddrLater) || s.has(cNoExp) || s.has(cTypingRole)) &&
				!s.has(cSkilled) && s.has(cMessaging) && !s.verifiable() && s.any(cPaidTravel, cVagueDest, cMessaging)
		}},
		// A short chat lure: no one sign is strong, and its words change
		// with every message, but four of these kinds together are the
		// pattern (a greeting out of the blue, a country on the route, high
		// pay, free travel, "a little English is enough", "answer quick",
		// a chat app only), when nothing in it can be checked.
		{id: "combo.chat-lure", cat: "process", article: artRedFlags, weight: 14, fire: func(s *scan) bool {
			if s.verifiable() || s.has(cSkilled) {
				return false
			}
			mark := len(s.ev)
			kinds := 0
			for _, g := range [][]concept{
				{cUnsolicited},
				{cRiskCountry, cBorderTown, cVagueDest, cAbroad, cHotspot},
				{cPaidTravel, cFreeHousing},
				{cNoExp, cEasyWork},
				{cUrgent},
				{cMessaging},
				{cPayMultiple},
			} {
				if s.any(g...) {
					kinds++
				}
			}
			if s.payHigh() {
				kinds++
			}
			if kinds < 4 {
				s.ev = s.ev[:mark]
				return false
			}
			return true
		}},
		// A side job online or from a phone, with pay quoted per day: the
		// first message of a task scam ("like and follow", "rate
		// products"), sent out of the blue, before any task is named.
		// Pay per day for a few hours on a phone is the sign, in any
		// money; or the side job with two other weak signs. It weighs
		// "medium" on its own: the opener need not greet out of the blue
		// (no ordinary offer in the dev, training or committed sets fires it).
		{id: "combo.phone-side-job", cat: "pay", article: artRedFlags, weight: 22, fire: func(s *scan) bool {
			if s.verifiable() || s.has(cSkilled) || !s.has(cSideJob) {
				return false
			}
			mark := len(s.ev)
			s.any(cSideJob)
			if s.daily.e != 0 {
				s.ev = append(s.ev, s.daily)
				return true
			}
			kinds := 0
			for _, g := range [][]concept{{cUnsolicited}, {cNoExp, cEasyWork}, {cMessaging}, {cUrgent}} {
				if s.any(g...) {
					kinds++
				}
			}
			if s.payHigh() {
				kinds++
			}
			if kinds < 2 {
				s.ev = s.ev[:mark]
				return false
			}
			return true
		}},
		{id: "combo.abroad-no-checks", cat: "process", article: artRedFlags, weight: 10, fire: func(s *scan) bool {
			return (s.has(cPaidTravel) || s.has(cAbroad) || s.has(cVagueDest)) &&
				(s.has(cNoInterview) || s.near(cInterview, cChat, windowNear) || s.near(cInterview, cMessaging, windowNear)) &&
				s.any(cPaidTravel, cAbroad, cVagueDest)
		}},

		// counter-signals
		{id: "counter.verifiable-company", cat: "counter", article: artVerify, weight: -8, fire: func(s *scan) bool {
			return s.has(cCompany) && (s.hasAddress() || s.hasURL()) && s.any(cCompany)
		}},
		{id: "counter.address", cat: "counter", article: artVerify, weight: -6, fire: func(s *scan) bool {
			return s.hasAddress()
		}},
		{id: "counter.website", cat: "counter", article: artVerify, weight: -6, fire: func(s *scan) bool {
			return s.hasURL() || s.any(cWebsite)
		}},
		{id: "counter.licence", cat: "counter", article: artVerify, weight: -10, fire: func(s *scan) bool {
			return s.any(cLicence)
		}},
		{id: "counter.formal-interview", cat: "counter", article: artRecruit, weight: -10, fire: func(s *scan) bool {
			return s.any(cFormalInterview)
		}},
		{id: "counter.contract-before-travel", cat: "counter", article: artRecruit, weight: -10, fire: func(s *scan) bool {
			return s.contractFirst()
		}},
		{id: "counter.work-permit", cat: "counter", article: artRecruit, weight: -10, fire: func(s *scan) bool {
			return s.near(cPermit, cPermitOK, 60)
		}},
		{id: "counter.no-fee", cat: "counter", article: artVerify, weight: -8, fire: func(s *scan) bool {
			return s.any(cNoFee)
		}},
		{id: "counter.passport-kept", cat: "counter", article: artVerify, weight: -5, fire: func(s *scan) bool {
			return s.any(cPassportKept)
		}},
		{id: "counter.statutory-benefits", cat: "counter", article: artVerify, weight: -8, fire: func(s *scan) bool {
			return s.any(cStatutory)
		}},
		{id: "counter.skills-required", cat: "counter", article: artVerify, weight: -6, fire: func(s *scan) bool {
			return s.any(cSkilled)
		}},
	}
}
