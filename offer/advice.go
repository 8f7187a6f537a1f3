package offer

// Summary is a one-line verdict for the level, in language l. It never
// calls an offer safe.
func (l Level) Summary(lang string) string {
	p := pack(lang)
	if s, ok := p.summary[l]; ok && s != "" {
		return s
	}
	return p.summary[Low]
}

type adviceKey int

const (
	advVerify adviceKey = iota
	advRedFlags
	advNoPay
	advTask
	advMule
	advReport
	advTrapped
	advNoPassport
)

var adviceArticle = [...]string{
	advVerify: artVerify, advRedFlags: artRedFlags, advNoPay: artRedFlags, advTask: artTask, advMule: artMule,
	advReport: artReport, advTrapped: artTrapped, advNoPassport: artRedFlags,
}

// advice picks next steps for the fired signals.
func advice(sigs []Signal, lv Level, l string) []Advice {
	t := pack(l).advice
	var keys []adviceKey
	add := func(k adviceKey) {
		for _, o := range keys {
			if o == k {
				return
			}
		}
		keys = append(keys, k)
	}
	for _, s := range sigs {
		switch s.Rule {
		case "money.fee":
			add(advNoPay)
		case "task.deposit-to-unlock", "task.paid-clicks":
			add(advTask)
		case "mule.receive-forward", "mule.rent-account", "documents.bank-details":
			add(advMule)
		case "documents.passport-early", "documents.passport-held":
			add(advNoPassport)
		}
	}
	add(advVerify)
	if lv != Low { // Unknown too: the general red flags are all we can give
		add(advRedFlags)
		add(advReport)
	}
	if lv == High {
		add(advTrapped)
	}
	out := make([]Advice, len(keys))
	for i, k := range keys {
		out[i] = Advice{Text: t[k], Article: adviceArticle[k]}
	}
	return out
}
