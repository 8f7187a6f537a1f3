package lang

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadCues(t *testing.T) {
	base := map[string]string{
		"cues/neutral.txt":     "# loanwords\nscam ok\n",
		"cues/tl-prefixes.txt": "nag i\n",
	}
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string
	}{
		{"valid", map[string]string{"cues/vi.yaml": "\"3\": khong dc\n\"0.6\": a\n", "cues/id+ms.yaml": "\"2\": yang\n"}, ""},
		{"unknown language", map[string]string{"cues/fr.yaml": "\"3\": le\n"}, `"fr" is not a Latin-script language`},
		{"shared with an unknown language", map[string]string{"cues/id+xx.yaml": "\"3\": yang\n"}, `"xx" is not`},
		{"weight not a number", map[string]string{"cues/vi.yaml": "strong: khong\n"}, `weight "strong"`},
		{"weight too high", map[string]string{"cues/vi.yaml": "\"5\": khong\n"}, `weight "5"`},
		{"not folded", map[string]string{"cues/vi.yaml": "\"3\": không\n"}, `"không" is not folded`},
		{"upper case", map[string]string{"cues/en.yaml": "\"2\": The\n"}, `"The" is not folded`},
		{"digit", map[string]string{"cues/id.yaml": "\"3\": wkwk2\n"}, `"wkwk2" is not folded`},
		{"repeated word", map[string]string{"cues/ms.yaml": "\"3\": tak nak\n\"1\": tak\n"}, `"tak" is listed twice`},
		{"not a mapping", map[string]string{"cues/ms.yaml": "- tak\n"}, "lang/cues/ms.yaml"},
		{"bad neutral word", map[string]string{"cues/vi.yaml": "\"3\": khong\n", "cues/neutral.txt": "scam Scam\n"}, `neutral.txt:1: "Scam"`},
		{"no cues at all", map[string]string{}, "no cue words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range base {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			for name, body := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			c, n, p, err := loadCues(fsys)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("loadCues: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Fatalf("loadCues succeeded, want an error with %q", tt.wantErr)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Fatalf("loadCues error %q, want one with %q", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if c["khong"][iVI] != 3 || c["a"][iVI] != 0.6 {
				t.Errorf("vi cues = %v, %v", c["khong"], c["a"])
			}
			if y := c["yang"]; y[iID] != 2 || y[iMS] != 2 || y[iEN] != 0 {
				t.Errorf("id+ms cue counts %v, want 2 for Indonesian and Malay only", y)
			}
			if !n["scam"] || !p["nag"] {
				t.Errorf("neutral %v, prefixes %v", n, p)
			}
		})
	}
}
