package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCheckInputs: what `scambot check --json` says for offers it can
// read, offers in a language it cannot read, and input that is not text.
func TestCheckInputs(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		code      int
		level     string
		supported bool
		errText   string
	}{
		{"english lure", "Urgent! Typing job in Sihanoukville, $2,500/month, free flight and housing, no experience. Telegram @hr", 0, "high", true, ""},
		{"korean, nothing readable", "안녕하세요! 고수익 알바 모집합니다. 월 500만원 이상, 숙소 무료 제공. 경험 없어도 됩니다. 연락 주세요.", 0, "unknown", false, ""},
		{"korean naming a compound town", "시아누크빌 고수익 알바 모집, 월 1000만원, 항공권 제공, 텔레그램 연락", 0, "medium", false, ""},
		{"empty", "", 1, "", false, "no text"},
		{"only spaces and emoji", "  \n 🙂🙂 \t", 1, "", false, "no text"},
		{"binary", "\x00\x01\x02PK\x03\x04\xff\xfe", 1, "", false, "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, tt.in, "check", "--json")
			if code != tt.code {
				t.Errorf("exit %d, want %d (%s)", code, tt.code, stderr)
			}
			var j struct {
				Level     string `json:"level"`
				Supported bool   `json:"supported"`
				Error     string `json:"error"`
			}
			if err := json.Unmarshal([]byte(out), &j); err != nil {
				t.Fatalf("%v: %q", err, out)
			}
			if j.Level != tt.level || j.Supported != tt.supported || !strings.Contains(j.Error, tt.errText) {
				t.Errorf("got %s", out)
			}
		})
	}
	code, _, stderr := runCmd(t, "", "check")
	if code != 1 || !strings.Contains(stderr, "no text to check") {
		t.Errorf("empty input, human form: exit %d, %q", code, stderr)
	}
}
