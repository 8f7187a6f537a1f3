package offer

// The concepts the rules are written over. Their phrases are in the lex_*.go
// files, grouped by theme, each listing all eight languages (English,
// Chinese, Vietnamese, Indonesian, Malay, Thai, Hindi in Devanagari and
// romanised, Tagalog).
const (
	// travel and visa
	cPaidTravel  concept = iota // the employer pays the flight/ticket
	cFreeHousing                // free dorm, board and lodging
	cTouristVisa                // tourist / visa-free / visa-exempt entry, "no work visa needed"
	cVisaLater                  // papers sorted out after arrival
	cPickup                     // picked up at the airport / escorted to the workplace
	cCrossBorder                // taken across the border
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
	// role and pay
	cTypingRole
	cGambling
	cNoGambling
	cPigRole
	cNoExp
	cEasyWork
	cSkilled
	cPayMultiple
	cSalaryWord
	cCryptoPay
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
	// offer detection
	cJobWord
	cApply
	cQuestion

	nConcepts
)

// lexicons lists every phrase table.
var lexicons = [][]lexEntry{lexTravel, lexProcess, lexMoney, lexCounter, lexParts}
