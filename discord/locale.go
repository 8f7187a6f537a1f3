package discord

import (
	"embed"

	"github.com/scambot/scambot/catalog"
)

// Strings is the interface text only Discord needs (moderation, embeds,
// slash-command options), in one language; the text shared with the other
// platforms is bot.Strings. The text itself is data: locales/<lang>.yaml,
// keyed by the yaml tags below, English the complete reference. Texts
// with <#%s> (channel) or <@%s> (member) mentions are raw Discord syntax.
type Strings struct {
	// Buttons.
	ButtonPostPublic string `yaml:"button_post_public"`
	ButtonDelete     string `yaml:"button_delete"`
	ButtonDismiss    string `yaml:"button_dismiss"`

	// Command descriptions (Discord localizations).
	CmdTopic        string `yaml:"cmd_topic"`
	CmdScan         string `yaml:"cmd_scan"`
	CmdCheckMessage string `yaml:"cmd_check_message"`

	// Discord command options.
	OptQuestion string `yaml:"opt_question"`
	OptOffer    string `yaml:"opt_offer"`
	OptTopic    string `yaml:"opt_topic"`
	OptCountry  string `yaml:"opt_country"`
	OptPublic   string `yaml:"opt_public"`

	// Discord moderation and embeds. Texts with <#%s> (channel) or <@%s>
	// (member) mentions are raw Discord syntax and must keep it.
	NoScan             string `yaml:"no_scan"` // /about note when the bot runs without the message content intent
	NeedManageMsgs     string `yaml:"need_manage_msgs"`
	NeedManageServer   string `yaml:"need_manage_server"`
	GuildOnly          string `yaml:"guild_only"`
	LinkOtherGuild     string `yaml:"link_other_guild"`
	LinkOtherChannel   string `yaml:"link_other_channel"`
	LinkUnreadable     string `yaml:"link_unreadable"`
	MessageNoText      string `yaml:"message_no_text"`    // the Check job offer menu on a message with no text (a picture)
	ScanEnabled        string `yaml:"scan_enabled"`       // %s: channel id, inside <#%s>
	ScanDisabled       string `yaml:"scan_disabled"`      // %s: channel id, inside <#%s>
	ScanModLogSet      string `yaml:"scan_mod_log_set"`   // %s: channel id, inside <#%s>
	ScanThresholdSet   string `yaml:"scan_threshold_set"` // %s: level ("high" or "medium"), inside **%s**
	ScanSettingsTitle  string `yaml:"scan_settings_title"`
	ScanWatchedNone    string `yaml:"scan_watched_none"`
	ScanWatched        string `yaml:"scan_watched"` // followed by the channel mentions
	ScanModLogNone     string `yaml:"scan_mod_log_none"`
	ScanModLog         string `yaml:"scan_mod_log"`   // %s: channel id, inside <#%s>
	ScanThreshold      string `yaml:"scan_threshold"` // %s: level ("high" or "medium")
	ScanLimit          string `yaml:"scan_limit"`     // %d: alerts per minute
	ScanNoIntent       string `yaml:"scan_no_intent"`
	ScanNoStore        string `yaml:"scan_no_store"`
	ScanLangSet        string `yaml:"scan_lang_set"`      // %s: the language's own name
	ScanLangSetAuto    string `yaml:"scan_lang_set_auto"` // %s: the language's own name
	ScanLang           string `yaml:"scan_lang"`          // %s: the language's own name
	ScanLangAuto       string `yaml:"scan_lang_auto"`     // %s: the language's own name
	AlertTitle         string `yaml:"alert_title"`
	AlertFooter        string `yaml:"alert_footer"`
	AlertPosted        string `yaml:"alert_posted"`         // %s: author id, %s: channel id, %s: message link, in that order
	AlertOutcome       string `yaml:"alert_outcome"`        // field heading for what a moderator did
	AlertSomeModerator string `yaml:"alert_some_moderator"` // stands in for a moderator who cannot be mentioned
	AlertDismissed     string `yaml:"alert_dismissed"`      // %s: moderator
	AlertDeleted       string `yaml:"alert_deleted"`        // %s: moderator
	AlertGone          string `yaml:"alert_gone"`           // %s: moderator
	AlertDeleteFailed  string `yaml:"alert_delete_failed"`
	Shortened          string `yaml:"shortened"`    // note when something was cut to fit Discord's limits
	MoreSignals        string `yaml:"more_signals"` // %d: signs left out

	// Headings of offer-check signals, by rule category (offer.Signal.Category).
	SignalHeading  string `yaml:"signal_heading"` // a signal without a category
	CatPay         string `yaml:"cat_pay"`
	CatTravel      string `yaml:"cat_travel"`
	CatDestination string `yaml:"cat_destination"`
	CatChannel     string `yaml:"cat_channel"`
	CatProcess     string `yaml:"cat_process"`
	CatDocuments   string `yaml:"cat_documents"`
	CatMoney       string `yaml:"cat_money"`
	CatPressure    string `yaml:"cat_pressure"`
	CatTask        string `yaml:"cat_task"`
	CatMule        string `yaml:"cat_mule"`
	CatCounter     string `yaml:"cat_counter"`
}

//go:embed locales/*.yaml
var localeFiles embed.FS

// Locales is the catalog of every language's Discord Strings.
var Locales = catalog.MustLoad[Strings](localeFiles, "locales", "discord/locales")

// texts returns the Discord strings in language l, English for an unknown
// language.
func texts(l string) *Strings { return Locales.Get(l) }
