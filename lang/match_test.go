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
