package web

import (
	"embed"

	"github.com/scambot/scambot/catalog"
)

// Strings is the text only the web site shows, in one language; everything
// the other platforms say too comes from bot.Messages. The text is data:
// locales/<lang>.yaml, read strictly by package catalog (en.yaml is the
// complete reference; a key another language leaves out is shown in
// English and listed by `scambot kb lint`). Values are plain text: the
// templates escape them.
type Strings struct {
	SiteTagline    string `yaml:"site_tagline"`
	Skip           string `yaml:"skip"`
	Language       string `yaml:"language"`
	Home           string `yaml:"home"`
	CheckHeading   string `yaml:"check_heading"`
	CheckLabel     string `yaml:"check_label"`
	CheckButton    string `yaml:"check_button"`
	AskHeading     string `yaml:"ask_heading"`
	AskLabel       string `yaml:"ask_label"`
	AskPlaceholder string `yaml:"ask_placeholder"`
	AskButton      string `yaml:"ask_button"`
	YourOffer      string `yaml:"your_offer"`
	Score          string `yaml:"score"`
	Words          string `yaml:"words"`
	ReadMore       string `yaml:"read_more"`
	Reminder       string `yaml:"reminder"`
	Unsupported    string `yaml:"unsupported"` // %s: a language's name
	CheckAnother   string `yaml:"check_another"`
	Countries      string `yaml:"countries"`
	AllCountries   string `yaml:"all_countries"`
	Footer         string `yaml:"footer"`
	NotFoundTitle  string `yaml:"not_found_title"`
	NotFound       string `yaml:"not_found"`
	TooLarge       string `yaml:"too_large"` // %d: kilobytes
	TooManyTitle   string `yaml:"too_many_title"`
	TooMany        string `yaml:"too_many"`
	BadRequest     string `yaml:"bad_request"`
	Starting       string `yaml:"starting"`
}

//go:embed locales/*.yaml
var localeFiles embed.FS

// Locales is the catalog of the site's strings in every language, checked
// when the program starts and by the tests.
var Locales = catalog.MustLoad[Strings](localeFiles, "locales", "web/locales")
