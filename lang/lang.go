// Package lang names the languages scambot speaks and detects which one a
// piece of chat text is written in.
package lang

// The supported language codes (ISO 639-1). English is the fallback.
const (
	English    = "en"
	Chinese    = "zh"
	Vietnamese = "vi"
	Indonesian = "id"
	Malay      = "ms"
	Thai       = "th"
	Hindi      = "hi"
	Tagalog    = "tl"
)

// Supported lists every language the bot answers in, English first.
var Supported = []string{English, Chinese, Vietnamese, Indonesian, Malay, Thai, Hindi, Tagalog}

var names = map[string]string{
	English:    "English",
	Chinese:    "中文",
	Vietnamese: "Tiếng Việt",
	Indonesian: "Bahasa Indonesia",
	Malay:      "Bahasa Melayu",
	Thai:       "ไทย",
	Hindi:      "हिन्दी",
	Tagalog:    "Tagalog",
}

// Valid reports whether code is a supported language.
func Valid(code string) bool {
	_, ok := names[code]
	return ok
}

// Name returns the language's own name for itself ("Tiếng Việt"), or code.
func Name(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	return code
}

// Detect returns the supported language text is most likely written in,
// English when it cannot tell. See Detection for how.
func Detect(text string) string {
	code, _ := Detection(text)
	return code
}
