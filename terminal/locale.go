package terminal

import (
	"embed"

	"github.com/scambot/scambot/catalog"
)

// Strings is the interface text only the terminal chat needs: its hints,
// its own remarks and the descriptions of its commands. The text is data:
// locales/<lang>.yaml (en.yaml is the reference; a key another language
// leaves out falls back to English and `scambot kb lint` lists it).
type Strings struct {
	Placeholder     string `yaml:"placeholder"`
	Keys            string `yaml:"keys"`
	You             string `yaml:"you"`
	MoreLines       string `yaml:"more_lines"`
	TypeHelp        string `yaml:"type_help"`
	EndOffer        string `yaml:"end_offer"`
	LangAuto        string `yaml:"lang_auto"`
	UnknownLanguage string `yaml:"unknown_language"`
	UnknownCommand  string `yaml:"unknown_command"`
	CmdCheck        string `yaml:"cmd_check"`
	CmdAsk          string `yaml:"cmd_ask"`
	CmdTopics       string `yaml:"cmd_topics"`
	CmdTopic        string `yaml:"cmd_topic"`
	CmdHotlines     string `yaml:"cmd_hotlines"`
	CmdHelpNow      string `yaml:"cmd_helpnow"`
	CmdLang         string `yaml:"cmd_lang"`
	CmdHelp         string `yaml:"cmd_help"`
	CmdAbout        string `yaml:"cmd_about"`
	CmdPrivacy      string `yaml:"cmd_privacy"`
	CmdQuit         string `yaml:"cmd_quit"`
}

//go:embed locales/*.yaml
var localeFiles embed.FS

// Locales is the catalog of every language's terminal Strings.
var Locales = catalog.MustLoad[Strings](localeFiles, "locales", "terminal/locales")

func texts(l string) *Strings { return Locales.Get(l) }
