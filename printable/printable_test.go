package printable_test

import (
	"bytes"
	"github.com/scambot/scambot/printable"
	"github.com/scambot/scambot/printable/printabletest"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, ไทย, 中文, tiếng Việt\n\tok", "plain text, ไทย, 中文, tiếng Việt\n\tok"},
		{"a\x1b[2Jb", "ab"},
		{"a\x1b[38;5;196mred\x1b[0m", "ared"},
		{"title\x1b]0;pwned\x07end", "titleend"},
		{"st\x1b]0;pwned\x1b\\end", "stend"},
		{"unterminated \x1b]0;the verdict follows\nverdict", "unterminated ]0;the verdict follows\nverdict"},
		{"c1\u009b2Jx", "c12Jx"},
		{"raw\x9b", "raw\ufffd"},
		{"\u202eevil\u202c", "evil"},
		{"\u2067iso\u2069 \u200f", "iso "},
		{"line\r\nnext\rover", "line\nnext\nover"},
		{"nul\x00bell\x07bs\x08del\x7f", "nulbellbsdel"},
		{"bad \xff\xfe utf8", "bad \ufffd\ufffd utf8"},
		{"reset\x1bcX", "resetX"},
		{"charset\x1b(0X", "charsetX"},
		{"lone esc\x1b", "lone esc"},
		{"sep\u2028x", "sep\nx"},
		{"emoji 👩‍👩‍👧 ok", "emoji 👩‍👩‍👧 ok"},
	}
	for _, tt := range tests {
		if got := printable.String(tt.in); got != tt.want {
			t.Errorf("printable.String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if bad := printabletest.Found(printable.String(printabletest.Hostile)); len(bad) > 0 {
		t.Errorf("printable.String(printabletest.Hostile) keeps %q", bad)
	}
	if got := printable.Line("a\nb\tc\x1b[2J"); got != "a b c" {
		t.Errorf("Line = %q", got)
	}
}

func TestWriterSplitsRunesAcrossWrites(t *testing.T) {
	var out bytes.Buffer
	w := printable.NewWriter(&out)
	in := []byte("中文 tiếng\u202e Việt" + printabletest.Hostile)
	for i := range in {
		if _, err := w.Write(in[i : i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "中文 tiếng Việt") {
		t.Errorf("got %q", out.String())
	}
	if bad := printabletest.Found(out.String()); len(bad) > 0 {
		t.Errorf("byte-by-byte writes keep %q", bad)
	}
}

func FuzzString(f *testing.F) {
	f.Add(printabletest.Hostile)
	f.Add("\x1b]")
	f.Fuzz(func(t *testing.T, s string) {
		out := printable.String(s)
		if bad := printabletest.Found(out); len(bad) > 0 {
			t.Errorf("printable.String(%q) keeps %q", s, bad)
		}
		if printable.String(out) != out {
			t.Errorf("not idempotent on %q", s)
		}
	})
}
