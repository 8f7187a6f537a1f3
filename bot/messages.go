package bot

import (
	"embed"

	"github.com/scambot/scambot/catalog"
)

// Strings is the interface text every platform uses outside the articles,
// in one language. The text itself is data: locales/<lang>.yaml, one file
// per language, keyed by the yaml tags below (en.yaml is the complete
// reference; a key another language leaves out falls back to English).
// Values are Markdown-subset text (see package markup); those with %s or
// %d are format strings. Adapters use the button and command fields for
// their keyboards and command lists; strings only one platform needs live
// with that platform.
type Strings struct {
	// Replies.
	WelcomeTitle      string `yaml:"welcome_title"`
	Welcome           string `yaml:"welcome"`
	HelpTitle         string `yaml:"help_title"`
	HelpIntro         string `yaml:"help_intro"`
	HelpOutro         string `yaml:"help_outro"`
	HelpNowTitle      string `yaml:"help_now_title"`
	HelpNow           string `yaml:"help_now"`
	PrivacyTitle      string `yaml:"privacy_title"`
	Privacy           string `yaml:"privacy"`
	AbstainTitle      string `yaml:"abstain_title"`
	Abstain           string `yaml:"abstain"`
	AbstainNext       string `yaml:"abstain_next"`
	YieldedHelp       string `yaml:"yielded_help"`
	Sources           string `yaml:"sources"`
	Related           string `yaml:"related"`
	FellBack          string `yaml:"fell_back"`          // %s: the language's name
	QuestionTruncated string `yaml:"question_truncated"` // %d: bytes read
	OfferTruncated    string `yaml:"offer_truncated"`    // %d: bytes read
	EmptyQuestion     string `yaml:"empty_question"`
	OtherLanguage     string `yaml:"other_language"` // a question in a language the bot cannot read
	EmptyOffer        string `yaml:"empty_offer"`
	AskPrompt         string `yaml:"ask_prompt"`
	CheckPrompt       string `yaml:"check_prompt"`
	Unsure            string `yaml:"unsure"` // asked when a message could be a question or an offer
	CheckTitle        string `yaml:"check_title"`
	ScoreOf           string `yaml:"score_of"` // %d: score
	SignalsFound      string `yaml:"signals_found"`
	NoSignals         string `yaml:"no_signals"`
	CounterFound      string `yaml:"counter_found"`
	NextSteps         string `yaml:"next_steps"`
	TopicsTitle       string `yaml:"topics_title"`
	HotlinesTitle     string `yaml:"hotlines_title"`
	HotlinesPick      string `yaml:"hotlines_pick"`
	UnknownCountry    string `yaml:"unknown_country"` // %s: what the user typed
	UnknownTopic      string `yaml:"unknown_topic"`
	BadCallback       string `yaml:"bad_callback"`      // forged or expired button data
	Failure           string `yaml:"failure"`           // an internal error, without details
	LangChosen        string `yaml:"lang_chosen"`       // %s: the language's name
	SmallTalkThanks   string `yaml:"small_talk_thanks"` // reply to "thanks"
	SmallTalkBye      string `yaml:"small_talk_bye"`    // reply to "bye"
	SmallTalkMore     string `yaml:"small_talk_more"`   // reply to "ok", "yes", "no"

	// Buttons.
	ButtonCheck       string `yaml:"button_check"`
	ButtonAsk         string `yaml:"button_ask"`
	ButtonHelpNow     string `yaml:"button_help_now"`
	ButtonWhy         string `yaml:"button_why"`
	ButtonVerify      string `yaml:"button_verify"`
	ButtonReport      string `yaml:"button_report"`
	ButtonTopics      string `yaml:"button_topics"`
	ButtonHotlines    string `yaml:"button_hotlines"`
	ButtonSomeoneElse string `yaml:"button_someone_else"`
	ButtonIsOffer     string `yaml:"button_is_offer"`
	ButtonIsQuestion  string `yaml:"button_is_question"`
	ButtonReadMore    string `yaml:"button_read_more"`

	// Command descriptions (Telegram setMyCommands, Discord localizations;
	// the ones only one platform has are in package telegram or discord).
	CmdCheck    string `yaml:"cmd_check"`
	CmdAsk      string `yaml:"cmd_ask"`
	CmdTopics   string `yaml:"cmd_topics"`
	CmdHotlines string `yaml:"cmd_hotlines"`
	CmdAbout    string `yaml:"cmd_about"`
	CmdPrivacy  string `yaml:"cmd_privacy"`
}

//go:embed locales/*.yaml
var localeFiles embed.FS

// Locales is the catalog of every language's Strings, checked when the
// program starts (and by the tests, so a bad file never ships).
var Locales = catalog.MustLoad[Strings](localeFiles, "locales", "bot/locales")

// Messages returns the interface strings in language l, English for an
// unknown language.
func Messages(l string) *Strings { return Locales.Get(l) }
