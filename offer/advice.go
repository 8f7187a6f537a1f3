package offer

// Summary is a one-line verdict for the level, in language l. It never
// calls an offer safe.
func (l Level) Summary(lang string) string {
	m, ok := summaries[lang]
	if !ok {
		m = summaries["en"]
	}
	if s, ok := m[l]; ok {
		return s
	}
	return m[Low]
}

var summaries = map[string]map[Level]string{
	"en": {
		High:   "High risk: this offer shows several signs of a trafficking lure or job scam.",
		Medium: "Some warning signs: check this offer carefully before you reply or travel.",
		Low:    "No common lure signs found — this does not mean the offer is safe.",
	},
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

var adviceText = map[string][]string{
	"en": {
		advVerify:     "Check the company yourself: find its official website and office address, and call it on a number you found yourself.",
		advRedFlags:   "Do not travel until you have a written contract and a work permit for the country you will work in.",
		advNoPay:      "Do not pay any fee or deposit to get this job.",
		advTask:       "Do not top up or deposit money to unlock tasks or withdraw earnings: you will not get it back.",
		advMule:       "Never let anyone use your bank account to receive or pass on money.",
		advReport:     "You can report this offer to the platform where you saw it and to the police or an anti-trafficking hotline.",
		advTrapped:    "If you or someone you know is already there and cannot leave, read what to do and contact a hotline.",
		advNoPassport: "Do not send your passport or ID until you have verified the employer.",
	},
}

// advice picks next steps for the fired signals.
func advice(sigs []Signal, lv Level, l string) []Advice {
	t, ok := adviceText[l]
	if !ok {
		t = adviceText["en"]
	}
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
	if lv != Low {
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
