package lang

import "strings"

// Match picks the supported language for a client locale such as "vi",
// "pt-BR", "zh-CN", "zh-TW", "en-GB", "id", "fil"/"tl", "ms-MY", "hi-IN";
// "" when none fits. It reads the primary language subtag only (BCP 47 or
// POSIX form, any case) and knows the ISO 639-2/3 codes and the legacy
// aliases clients still send ("in" for Indonesian, "fil" for Filipino).
// Chinese in any script or region maps to zh.
func Match(locale string) string {
	locale = strings.TrimSpace(locale)
	if i := strings.IndexAny(locale, "-_.@"); i >= 0 {
		locale = locale[:i]
	}
	if len(locale) > 8 {
		return ""
	}
	return locales[strings.ToLower(locale)]
}

var locales = map[string]string{
	"en": English, "eng": English,
	"zh": Chinese, "zho": Chinese, "chi": Chinese, "cmn": Chinese, "yue": Chinese,
	"vi": Vietnamese, "vie": Vietnamese,
	"id": Indonesian, "in": Indonesian, "ind": Indonesian,
	"ms": Malay, "msa": Malay, "may": Malay, "zsm": Malay, "zlm": Malay,
	"th": Thai, "tha": Thai,
	"hi": Hindi, "hin": Hindi,
	"tl": Tagalog, "tgl": Tagalog, "fil": Tagalog,
}
