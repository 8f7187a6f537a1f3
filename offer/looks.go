package offer

import "sync"

var looksChecker = sync.OnceValue(func() *Checker { return New() })

// LooksLikeOffer reports whether text reads like a job offer or ad (job
// vocabulary plus pay, contact or application cues) rather than a question
// about one. The Telegram bot uses it to check pasted offers without a command.
func LooksLikeOffer(text string) bool {
	if len(text) > MaxInput {
		text = text[:MaxInput]
	}
	c := looksChecker()
	c.ready()
	s := c.pool.Get().(*scan)
	defer c.pool.Put(s)
	s.run(c.ac, text)
	if !s.has(cJobWord) {
		return false
	}
	cues := 0
	for _, k := range []concept{cApply, cSalaryWord, cMessaging, cPaidTravel, cFreeHousing, cNoExp, cUrgent, cTypingRole, cTask} {
		if s.has(k) {
			cues++
		}
	}
	if len(s.pays) > 0 {
		cues++
	}
	if s.has(cQuestion) && len(s.n.b) < 200 {
		return false // a short question about an offer, not the offer itself
	}
	if s.cnt[cJobWord] >= 2 {
		cues++
	}
	return cues >= 2 && len(s.n.b) >= 40
}
