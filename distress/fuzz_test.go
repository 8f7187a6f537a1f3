package distress

import (
	"strings"
	"testing"
)

// Any text, in any language set, gives a finding whose cues quote the text
// and never panics.
func FuzzDetect(f *testing.F) {
	for _, c := range detectCases {
		f.Add(c.text, c.lang)
	}
	f.Add("\xff\xfe..|*@=", "zz")
	f.Fuzz(func(t *testing.T, text, l string) {
		fd := Detect(text, l)
		for _, c := range fd.Cues {
			if !strings.Contains(text, c.Words) {
				t.Fatalf("cue %+v does not quote %q", c, text)
			}
		}
		if fd.Urgent && fd.Article == "" {
			t.Fatalf("urgent without an article: %+v", fd)
		}
	})
}
