package telegram

import (
	"embed"

	"github.com/scambot/scambot/catalog"
)

// Strings is the interface text only the Telegram adapter needs (its own
// commands, paging, the flood notice, group and feedback notes), in one
// language; the text shared with the other platforms is bot.Strings. The
// text itself is data: locales/<lang>.yaml, keyed by the yaml tags below,
// English the complete reference.
type Strings struct {
	Flood          string `yaml:"flood"`          // one polite notice when a user sends too fast
	LangNotSaved   string `yaml:"lang_not_saved"` // %s: the language's name
	LangPick       string `yaml:"lang_pick"`
	FeedbackThanks string `yaml:"feedback_thanks"`
	NotInGroup     string `yaml:"not_in_group"`  // a command that only works in a private chat
	NoTextMedia    string `yaml:"no_text_media"` // a picture, voice message or file without text
	ButtonPrev     string `yaml:"button_prev"`
	ButtonNext     string `yaml:"button_next"`
	CmdStart       string `yaml:"cmd_start"`
	CmdLang        string `yaml:"cmd_lang"`
	CmdHelp        string `yaml:"cmd_help"`
}

//go:embed locales/*.yaml
var localeFiles embed.FS

// Locales is the catalog of every language's Telegram Strings.
var Locales = catalog.MustLoad[Strings](localeFiles, "locales", "telegram/locales")

// texts returns the Telegram strings in language l, English for an
// unknown language.
func texts(l string) *Strings { return Locales.Get(l) }
