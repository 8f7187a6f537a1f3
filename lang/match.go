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

// Reply picks the language to reply in, the one rule every platform uses:
//
//  1. the user's own choice (/lang), when it is a supported language;
//  2. else the language of text, when detection is sure of it (confidence
//     0.3 or more: a script, or several telling words);
//  3. else the platform's locale for the user (Telegram's language_code,
//     Discord's client or server locale), when it maps to a supported
//     language;
//  4. else detection's best guess, English when text carries no signal.
//
// choice is a language code ("" for none); locale a raw platform locale
// ("vi-VN", "fil"); text what the user wrote ("" for a button or a command
// without text).
func Reply(choice, locale, text string) string {
	if Valid(choice) {
		return choice
	}
	code, conf := English, 0.0
	if text != "" {
		code, conf = Detection(text)
	}
	if conf >= 0.3 {
		return code
	}
	if l := Match(locale); l != "" {
		return l
	}
	return code
}
