package lang

import "testing"

func TestMatch(t *testing.T) {
	for _, c := range []struct{ locale, want string }{
		{"vi", Vietnamese},
		{"vi-VN", Vietnamese},
		{"pt-BR", ""},
		{"zh-CN", Chinese},
		{"zh-TW", Chinese},
		{"zh-Hant-HK", Chinese},
		{"zh_hans", Chinese},
		{"en-GB", English},
		{"en-US", English},
		{"EN", English},
		{"id", Indonesian},
		{"in", Indonesian},
		{"id-ID", Indonesian},
		{"fil", Tagalog},
		{"fil-PH", Tagalog},
		{"tl", Tagalog},
		{"ms-MY", Malay},
		{"ms_MY.UTF-8", Malay},
		{"hi-IN", Hindi},
		{"th", Thai},
		{"th-TH", Thai},
		{"ja", ""},
		{"ko-KR", ""},
		{"es-ES", ""},
		{"", ""},
		{"-", ""},
		{"  en  ", English},
		{"english", ""},
		{"\xff\xfe", ""},
	} {
		if got := Match(c.locale); got != c.want {
			t.Errorf("Match(%q) = %q, want %q", c.locale, got, c.want)
		}
	}
}

// Every Match result must be a supported language.
func TestMatchValid(t *testing.T) {
	for k, v := range locales {
		if !Valid(v) {
			t.Errorf("locale %q maps to unsupported %q", k, v)
		}
	}
}

// The cue lists must hold folded lowercase ASCII words (pairs joined by
// '_'), or they will never match what scan produces.
func TestCueListsFolded(t *testing.T) {
	for w := range cues {
		for i := 0; i < len(w); i++ {
			if c := w[i]; !('a' <= c && c <= 'z' || c == '_') {
				t.Errorf("cue %q: byte %q cannot match a folded word", w, c)
				break
			}
		}
	}
}

func TestViSyllable(t *testing.T) {
	for _, w := range []string{"toi", "nguoi", "khong", "duoc", "nghieng", "quyen", "gi", "giu", "chieu", "oi", "uy", "truong", "nhieu", "thuy"} {
		if !viSyllable(w) {
			t.Errorf("viSyllable(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"what", "is", "scam", "kerja", "paano", "bhai", "mga", "ng", "ketipu", "you", "report", "campuchia", ""} {
		if viSyllable(w) {
			t.Errorf("viSyllable(%q) = true, want false", w)
		}
	}
}

func TestReply(t *testing.T) {
	tests := []struct {
		name, choice, locale, text, want string
	}{
		{"choice wins over text and locale", Thai, "vi-VN", "what is a task scam", Thai},
		{"unsupported choice is ignored", "fr", "", "apa itu penipuan kerja", Indonesian},
		{"sure detection wins over locale", "", "vi-VN", "saya kena tipu, apa yang perlu saya buat", Malay},
		{"script is sure", "", "en-US", "什么是杀猪盘", Chinese},
		{"no signal: locale", "", "vi-VN", "ok 👍", Vietnamese},
		{"no signal, POSIX locale", "", "tl_PH.UTF-8", "scam?", Tagalog},
		{"no signal, no locale: English", "", "", "ok 👍", English},
		{"no text: locale", "", "hi-IN", "", Hindi},
		{"no text, unsupported locale: English", "", "fr-FR", "", English},
		{"no text, nothing: English", "", "", "", English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Reply(tt.choice, tt.locale, tt.text); got != tt.want {
				t.Errorf("Reply(%q, %q, %q) = %q, want %q", tt.choice, tt.locale, tt.text, got, tt.want)
			}
		})
	}
}
