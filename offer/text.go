package offer

// langPack is the wording of results in one language: rule explanations,
// the level summaries and the advice (indexed by adviceKey).
type langPack struct {
	rules   map[string]string
	summary map[Level]string
	advice  []string
}

// packs holds the eight languages; each lives in text_<code>.go.
var packs = map[string]*langPack{
	"en": {rules: textEN, summary: summaryEN, advice: adviceEN},
	"zh": &packZH, "vi": &packVI, "id": &packID, "ms": &packMS, "th": &packTH, "hi": &packHI, "tl": &packTL,
}

// pack returns the wording for l, English when l is not supported.
func pack(l string) *langPack {
	if p, ok := packs[l]; ok {
		return p
	}
	return packs["en"]
}

// ruleText returns the explanation of rule id in language l, English when
// there is no translation.
func ruleText(id, l string) string {
	if t, ok := pack(l).rules[id]; ok {
		return t
	}
	return textEN[id]
}

var summaryEN = map[Level]string{
	High:   "High risk: this offer shows several signs of a trafficking lure or job scam.",
	Medium: "Some warning signs: check this offer carefully before you reply or travel.",
	Low:    "No common lure signs found — this does not mean the offer is safe.",
}

var adviceEN = []string{
	advVerify:     "Check the company yourself: find its official website and office address, and call it on a number you found yourself.",
	advRedFlags:   "Do not travel until you have a written contract and a work permit for the country you will work in.",
	advNoPay:      "Do not pay any fee or deposit to get this job.",
	advTask:       "Do not top up or deposit money to unlock tasks or withdraw earnings: you will not get it back.",
	advMule:       "Never let anyone use your bank account to receive or pass on money.",
	advReport:     "You can report this offer to the platform where you saw it and to the police or an anti-trafficking hotline.",
	advTrapped:    "If you or someone you know is already there and cannot leave, read what to do and contact a hotline.",
	advNoPassport: "Do not send your passport or ID until you have verified the employer.",
}

var textEN = map[string]string{
	"pay.too-high":                   "The pay is far above the usual pay for this kind of entry-level work. Lures promise pay that is too good to be true.",
	"pay.too-good":                   "High pay with no experience or skills needed: real employers do not pay beginners this much.",
	"pay.multiple":                   "It promises several times what you earn now. This is a common hook in trafficking lures.",
	"pay.easy-money":                 "\"Easy work, high pay\" is the classic wording of recruitment scams.",
	"pay.crypto":                     "Pay in crypto (USDT) is hard to trace and common in scam compounds.",
	"travel.paid":                    "The employer pays your travel. Real employers do this only after interviews and a signed contract.",
	"travel.free-package":            "Free flight, housing and food for entry-level work is how compounds recruit: you may be asked to \"repay\" it later.",
	"travel.tourist-visa":            "Working on a tourist or visa-free entry is illegal work: you would have no legal protection and could be trapped.",
	"travel.visa-later":              "\"Papers will be sorted out after you arrive\" means you travel without a work permit.",
	"travel.pickup":                  "Being picked up and driven to the workplace means you do not control where you go. Victims are often taken across borders this way.",
	"destination.hotspot":            "This place is known for scam compounds where people are held and forced to commit fraud.",
	"destination.border-crossing":    "Being taken across a border by the recruiter is a strong sign of trafficking.",
	"destination.vague":              "The workplace is vague (a region, not an address). Real employers name the city and the office.",
	"destination.later":              "The exact address is only given later. You could not check the workplace before you go.",
	"channel.messaging-only":         "The recruiter can only be reached by a chat app, with no company website or office address to check.",
	"channel.explicitly-only":        "You are told to use one chat app only. Scammers avoid channels that can be traced.",
	"process.no-interview":           "No interview: real employers interview people before hiring them.",
	"process.chat-interview":         "The \"interview\" is only a chat or a voice message. Real employers do a proper interview.",
	"process.contract-on-arrival":    "The contract is only signed after you arrive. You should have a written contract before you travel.",
	"process.unsolicited":            "You were contacted without applying, or told you were selected. Be careful with unexpected offers.",
	"documents.passport-early":       "They ask for your passport early. Scammers use passport copies to book one-way travel and to control you.",
	"documents.passport-held":        "The employer wants to keep your passport. Holding a worker's passport is illegal and a sign of forced labour.",
	"documents.bank-details":         "They ask for your bank details. These can be used to move stolen money through your account.",
	"money.fee":                      "You are asked to pay a fee or deposit. Real employers do not charge workers to get a job.",
	"money.fee-mentioned":            "Fees or a deposit are mentioned. Ask who pays them: a real employer never makes the worker pay to be hired.",
	"destination.risk-country":       "Scam compounds in this country recruit with exactly this kind of offer. Check the employer, the city and the address before anything else.",
	"destination.border-area":        "The job is in or via a border area. Scam compounds sit just across these borders.",
	"pressure.urgency":               "Urgency (\"leave next week\", \"limited slots\") is used to stop you from checking.",
	"pressure.secrecy":               "They ask you to keep it secret. Lures want to stop family and friends from warning you.",
	"task.deposit-to-unlock":         "Paid tasks that later need a deposit or top-up are a task scam: you will lose the money you put in.",
	"task.vip-levels":                "Tasks with \"VIP\" or premium levels are how task scams lead you to pay in later.",
	"task.paid-clicks":               "Being paid to like videos or rate products is how task scams begin.",
	"mule.receive-forward":           "Receiving money in your account and passing it on is money laundering. You would be the one held responsible.",
	"mule.rent-account":              "Renting or selling your bank account is a crime: it is used to launder stolen money.",
	"task.gambling":                  "Online casino and gambling jobs in the region are often inside scam compounds.",
	"task.investment-chat":           "Chatting with people to steer them into \"investment products\" is the work of pig-butchering scams.",
	"combo.travel-vague-chat":        "Free travel, a vague job or place, and contact only by chat app: together this is the typical trafficking lure.",
	"combo.abroad-no-checks":         "A job abroad without a real interview: nobody has checked you, and you cannot check them.",
	"counter.verifiable-company":     "A named company with an address or website is given. Check that it really exists and that the offer comes from it.",
	"counter.address":                "A physical address is given. You can check it on a map or visit it.",
	"counter.website":                "A website is given. Check that the job is also listed on the company's own site.",
	"counter.licence":                "A licence or registration number is given. Check it with the government register.",
	"counter.formal-interview":       "A formal interview or test is described (video, in person, several rounds).",
	"counter.contract-before-travel": "A contract is signed before travel or before starting work.",
	"counter.work-permit":            "A work permit or work visa is arranged before travel.",
	"counter.no-fee":                 "The offer says it never charges fees.",
	"counter.passport-kept":          "The offer says you keep your own passport.",
	"counter.statutory-benefits":     "Legal benefits (social security, pension fund, insurance) are listed.",
	"counter.skills-required":        "Real qualifications or experience are required, as in a normal hiring process.",
}
