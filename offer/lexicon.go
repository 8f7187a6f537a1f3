package offer

// The concepts the rules are written over. Their phrases are data, one file
// per concept in lexicon/<name>.yaml (names in conceptNames), each listing
// all eight languages (English, Chinese, Vietnamese, Indonesian, Malay,
// Thai, Hindi in Devanagari and romanised, Tagalog).
const (
	// travel and visa
	cPaidTravel  concept = iota // the employer pays the flight/ticket
	cFreeHousing                // free dorm, board and lodging
	cTouristVisa                // tourist / visa-free / visa-exempt entry, "no work visa needed"
	cVisaLater                  // papers sorted out after arrival
	cPickup                     // picked up at the airport / escorted to the workplace
	cDriveWord
	cHoursWord
	cLongDrive   // a drive of hours: from the airport over a border, as compound recruiters arrange
	cCrossBorder // taken across the border
	// destination
	cHotspot    // scam-compound towns and zones
	cBorderTown // border towns on the way to them
	cVagueDest  // "Southeast Asia", "abroad in the region"
	cAddrLater  // address or site given later
	cAbroad     // abroad, overseas
	// channel
	cMessaging // Telegram, WhatsApp, WeChat, Line, Zalo…
	cNotApp    // words that contain an app's nickname: 飞机票 is a plane ticket, not Telegram
	cOnly      // "only", "just"
	// process
	cInterview
	cChat
	cNoInterview
	cContract
	cArrival
	cBefore
	cUnsolicited
	// documents
	cPassport
	cSendDoc
	cPassportKept
	cPassportHeld
	cBankDetails
	// money
	cFee
	cFeeNegator
	cRefundLater // a fee "refunded" once you start work
	cNoAsk       // a policy never to ask candidates for money; scope: the rest of the sentence
	cOfficialFee // fees set by law and paid to an office, with a receipt
	cPayVerb
	cTransferService // Western Union, MoneyGram, a crypto wallet address
	// pressure
	cUrgent
	cSecret
	// task and mule
	cTask
	cLikeRate
	cTopup
	cVIP
	cPersonalAccount
	cForwardFunds
	cRentAccount
	cReship // receive parcels at home and send them on
	// role and pay
	cTypingRole
	cGambling
	cNoGambling
	cPigRole
	cNoExp
	cEasyWork
	cSideJob // a side or part-time job done online or from a phone
	cSkilled
	cPayMultiple
	cSalaryWord
	cCryptoPay
	cDebtRelief    // an advance on wages, debts paid off
	cVagueEmployer // "a big company", "our client": no employer named
	// counter-signals
	cCompany
	cAddress
	cWebsite
	cLicence
	cFormalInterview
	cPermit
	cPermitOK
	cNoFee
	cStatutory
	// parts that rules combine by proximity (see resolve)
	cTravelNoun
	cProvided
	cVisaWord
	cLaterWord
	cRiskCountry
	cKeep
	cPrivate
	cReceiveMoney
	cSendOn
	cCommission
	cRefundWord   // "refunded", "वापस": with job-start, a refund-later promise
	cJobStart     // arrival, joining, the first salary
	cEmployerSubj // the employer as the one who pays ("the hospital will pay…")
	cWorkerSubj   // "you": the worker as the one who pays
	cNotNeeded    // "no need for": turns a qualification into its absence
	cWarning      // "beware of …": what follows in its clause is a scammer's ask, not this offer's
	cHoldWord     // "held by", "disimpan": after a passport word, the employer holds it
	cNotWord      // plain negation: before an ask-verb, a no-ask policy
	cAskVerb      // "ask", "collect", "memungut": asking a worker for money
	cExcept       // "only", "but": ends a no-ask policy's scope
	cParcel       // a parcel or package
	cHomeWord     // the worker's own home
	cReshipVerb   // repack, send on: with a parcel and a home word, reshipping
	cLicenceWord  // "licence", "牌照": followed by a number, a licence to check
	cPromiseVerb  // "promising": after a warning, its sentence describes a scam
	// offer detection
	cJobWord
	cApply
	cQuestion

	nConcepts
)

// conceptNames are the names the lexicon data files use.
var conceptNames = [nConcepts]string{
	cPaidTravel:      "paid-travel",
	cFreeHousing:     "free-housing",
	cTouristVisa:     "tourist-visa",
	cVisaLater:       "visa-later",
	cPickup:          "pickup",
	cDriveWord:       "drive-word",
	cHoursWord:       "hours-word",
	cLongDrive:       "long-drive",
	cCrossBorder:     "cross-border",
	cHotspot:         "hotspot",
	cBorderTown:      "border-town",
	cVagueDest:       "vague-destination",
	cAddrLater:       "address-later",
	cAbroad:          "abroad",
	cMessaging:       "messaging",
	cNotApp:          "not-app",
	cOnly:            "only",
	cInterview:       "interview",
	cChat:            "chat",
	cNoInterview:     "no-interview",
	cContract:        "contract",
	cArrival:         "arrival",
	cBefore:          "before",
	cUnsolicited:     "unsolicited",
	cPassport:        "passport",
	cSendDoc:         "send-doc",
	cPassportKept:    "passport-kept",
	cPassportHeld:    "passport-held",
	cBankDetails:     "bank-details",
	cFee:             "fee",
	cFeeNegator:      "fee-negator",
	cNoAsk:           "no-ask",
	cRefundLater:     "refund-later",
	cOfficialFee:     "official-fee",
	cPayVerb:         "pay-verb",
	cTransferService: "transfer-service",
	cUrgent:          "urgent",
	cSecret:          "secret",
	cTask:            "task",
	cLikeRate:        "like-rate",
	cTopup:           "topup",
	cVIP:             "vip",
	cPersonalAccount: "personal-account",
	cForwardFunds:    "forward-funds",
	cRentAccount:     "rent-account",
	cReship:          "reship",
	cTypingRole:      "typing-role",
	cGambling:        "gambling",
	cNoGambling:      "no-gambling",
	cPigRole:         "pig-role",
	cNoExp:           "no-exp",
	cEasyWork:        "easy-work",
	cSideJob:         "side-job",
	cSkilled:         "skilled",
	cPayMultiple:     "pay-multiple",
	cSalaryWord:      "salary-word",
	cCryptoPay:       "crypto-pay",
	cDebtRelief:      "debt-relief",
	cVagueEmployer:   "vague-employer",
	cCompany:         "company",
	cAddress:         "address",
	cWebsite:         "website",
	cLicence:         "licence",
	cFormalInterview: "formal-interview",
	cPermit:          "permit",
	cPermitOK:        "permit-ok",
	cNoFee:           "no-fee",
	cStatutory:       "statutory",
	cTravelNoun:      "travel-noun",
	cProvided:        "provided",
	cVisaWord:        "visa-word",
	cLaterWord:       "later-word",
	cRiskCountry:     "risk-country",
	cKeep:            "keep",
	cPrivate:         "private",
	cReceiveMoney:    "receive-money",
	cSendOn:          "send-on",
	cCommission:      "commission",
	cRefundWord:      "refund-word",
	cJobStart:        "job-start",
	cEmployerSubj:    "employer-subject",
	cWorkerSubj:      "worker-subject",
	cNotNeeded:       "not-needed",
	cWarning:         "warning",
	cHoldWord:        "hold-word",
	cNotWord:         "not-word",
	cAskVerb:         "ask-verb",
	cExcept:          "except",
	cParcel:          "parcel",
	cHomeWord:        "home-word",
	cReshipVerb:      "reship-verb",
	cLicenceWord:     "licence-word",
	cPromiseVerb:     "promise-verb",
	cJobWord:         "job-word",
	cApply:           "apply",
	cQuestion:        "question",
}
