package offer

import (
	"embed"
	"reflect"
	"strings"
	"sync"

	"github.com/scambot/scambot/catalog"
	"github.com/scambot/scambot/lang"
)

// The wording of results is data: one file per language in locales/, the
// level summaries, the advice and why each rule matters, keyed by rule id.
// A translator edits those files; a missing key is shown in English and
// listed by `scambot kb lint`.
//
//go:embed locales/*.yaml
var localeFiles embed.FS

// Locales are the result texts of the offer check, per language.
var Locales = catalog.MustLoad[resultStrings](localeFiles, "locales", "offer/locales")

// resultStrings are the keys of a locales/<lang>.yaml file. Rule keys are
// the rule ids of rules.go (TestRuleTextsComplete checks both ways).
type resultStrings struct {
	SummaryHigh                 string `yaml:"summary_high"`
	SummaryMedium               string `yaml:"summary_medium"`
	SummaryLow                  string `yaml:"summary_low"`
	SummaryUnknown              string `yaml:"summary_unknown"`
	AdviceVerify                string `yaml:"advice_verify"`
	AdviceRedFlags              string `yaml:"advice_red_flags"`
	AdviceNoPay                 string `yaml:"advice_no_pay"`
	AdviceTask                  string `yaml:"advice_task"`
	AdviceMule                  string `yaml:"advice_mule"`
	AdviceReport                string `yaml:"advice_report"`
	AdviceTrapped               string `yaml:"advice_trapped"`
	AdviceNoPassport            string `yaml:"advice_no_passport"`
	PayTooHigh                  string `yaml:"pay.too-high"`
	PayTooGood                  string `yaml:"pay.too-good"`
	PayMultiple                 string `yaml:"pay.multiple"`
	PayEasyMoney                string `yaml:"pay.easy-money"`
	PayCrypto                   string `yaml:"pay.crypto"`
	TravelPaid                  string `yaml:"travel.paid"`
	TravelFreePackage           string `yaml:"travel.free-package"`
	TravelTouristVisa           string `yaml:"travel.tourist-visa"`
	TravelVisaLater             string `yaml:"travel.visa-later"`
	TravelPickup                string `yaml:"travel.pickup"`
	DestinationBorderArea       string `yaml:"destination.border-area"`
	DestinationHotspot          string `yaml:"destination.hotspot"`
	DestinationBorderCrossing   string `yaml:"destination.border-crossing"`
	DestinationRiskCountry      string `yaml:"destination.risk-country"`
	DestinationVague            string `yaml:"destination.vague"`
	DestinationLater            string `yaml:"destination.later"`
	ChannelMessagingOnly        string `yaml:"channel.messaging-only"`
	ChannelExplicitlyOnly       string `yaml:"channel.explicitly-only"`
	ProcessNoInterview          string `yaml:"process.no-interview"`
	ProcessChatInterview        string `yaml:"process.chat-interview"`
	ProcessContractOnArrival    string `yaml:"process.contract-on-arrival"`
	ProcessUnsolicited          string `yaml:"process.unsolicited"`
	DocumentsPassportEarly      string `yaml:"documents.passport-early"`
	DocumentsPassportHeld       string `yaml:"documents.passport-held"`
	DocumentsBankDetails        string `yaml:"documents.bank-details"`
	MoneyFee                    string `yaml:"money.fee"`
	MoneyFeeMentioned           string `yaml:"money.fee-mentioned"`
	PressureUrgency             string `yaml:"pressure.urgency"`
	PressureSecrecy             string `yaml:"pressure.secrecy"`
	TaskDepositToUnlock         string `yaml:"task.deposit-to-unlock"`
	TaskVipLevels               string `yaml:"task.vip-levels"`
	TaskPaidClicks              string `yaml:"task.paid-clicks"`
	MuleReceiveForward          string `yaml:"mule.receive-forward"`
	MuleRentAccount             string `yaml:"mule.rent-account"`
	TaskGambling                string `yaml:"task.gambling"`
	TaskInvestmentChat          string `yaml:"task.investment-chat"`
	ComboTravelVagueChat        string `yaml:"combo.travel-vague-chat"`
	ComboAbroadNoChecks         string `yaml:"combo.abroad-no-checks"`
	CounterVerifiableCompany    string `yaml:"counter.verifiable-company"`
	CounterAddress              string `yaml:"counter.address"`
	CounterWebsite              string `yaml:"counter.website"`
	CounterLicence              string `yaml:"counter.licence"`
	CounterFormalInterview      string `yaml:"counter.formal-interview"`
	CounterContractBeforeTravel string `yaml:"counter.contract-before-travel"`
	CounterWorkPermit           string `yaml:"counter.work-permit"`
	CounterNoFee                string `yaml:"counter.no-fee"`
	CounterPassportKept         string `yaml:"counter.passport-kept"`
	CounterStatutoryBenefits    string `yaml:"counter.statutory-benefits"`
	MuleReshipping              string `yaml:"mule.reshipping"`
	ComboChatLure               string `yaml:"combo.chat-lure"`
	MoneyRefundableFee          string `yaml:"money.refundable-fee"`
	TravelLongDrive             string `yaml:"travel.long-drive"`
	ComboPhoneSideJob           string `yaml:"combo.phone-side-job"`
	PayDebtRelief               string `yaml:"pay.debt-relief"`
	ProcessVagueEmployer        string `yaml:"process.vague-employer"`
	ModelScamLike               string `yaml:"model.scam-like"`
	CounterSkillsRequired       string `yaml:"counter.skills-required"`
}

// langPack is the wording of one language indexed for the check.
type langPack struct {
	rules   map[string]string
	summary map[Level]string
	advice  []string
}

var packs = sync.OnceValue(func() map[string]*langPack {
	out := map[string]*langPack{}
	for _, l := range lang.Supported {
		s := Locales.Get(l)
		p := &langPack{
			rules:   map[string]string{},
			summary: map[Level]string{High: s.SummaryHigh, Medium: s.SummaryMedium, Low: s.SummaryLow, Unknown: s.SummaryUnknown},
			advice: []string{
				advVerify: s.AdviceVerify, advRedFlags: s.AdviceRedFlags, advNoPay: s.AdviceNoPay, advTask: s.AdviceTask,
				advMule: s.AdviceMule, advReport: s.AdviceReport, advTrapped: s.AdviceTrapped, advNoPassport: s.AdviceNoPassport,
			},
		}
		v, t := reflect.ValueOf(s).Elem(), reflect.TypeFor[resultStrings]()
		for i := range t.NumField() {
			if k := t.Field(i).Tag.Get("yaml"); strings.Contains(k, ".") { // a rule id, "pay.too-high"
				p.rules[k] = v.Field(i).String()
			}
		}
		out[l] = p
	}
	return out
})

// pack returns the wording for l, English when l is not supported.
func pack(l string) *langPack {
	if p, ok := packs()[l]; ok {
		return p
	}
	return packs()[lang.English]
}

// ruleText returns the explanation of rule id in language l (English when
// it is not translated).
func ruleText(id, l string) string { return pack(l).rules[id] }
