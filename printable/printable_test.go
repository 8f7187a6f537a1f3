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
		// Unterminated: the introducer and its first word go, not the words after.
		{"unterminated \x1b]0;the verdict follows\nverdict", "unterminated  verdict follows\nverdict"},
		{"cut excerpt AB \x1b]8;;http://x.example/path", "cut excerpt AB "},
		{"esc in osc \x1b]0;a\x1b[0mb c", "esc in osc b c"},
		{"bad csi\x1b[31\nnext", "bad csi\nnext"},
		// OSC 8 hyperlinks: the link text stays, the address goes.
		{"see \x1b]8;;https://x.example/\x1b\\here\x1b]8;;\x1b\\ now", "see here now"},
		{"bel \x1b]8;id=1;https://x.example/\x07here\x1b]8;;\x07 now", "bel here now"},
		{"title \x1b]0;东京\x07end", "title end"},
		{"dcs\x1bPq#0;2;0;0;0\x1b\\end", "dcsend"},
		// C1 forms, in UTF-8 and as raw 8-bit bytes.
		{"c1\u009b2Jx", "c1x"},
		{"c1 osc \u009d8;;http://y\u009clink\u009d8;;\u009c.", "c1 osc link."},
		{"c1 dcs\u0090qpayload\u009cX", "c1 dcsX"},
		{"c1 apc\u009fpayload\x07X", "c1 apcX"},
		{"raw C\x9b31mD", "raw CD"},
		{"raw osc \x9d0;title\x07X", "raw osc X"},
		{"raw\x9b", "raw\ufffd"},
		{"raw\x9bhello", "raw\ufffdhello"},
		{"lone st\u009cX", "lone stX"},
		// The ESC already lost on the way: only OSC 8 leftovers are
		// recognisable; "[8]", "[1m]" and the like are ordinary text.
		{"]8;;http://x.example/\\link]8;;\\", "link"},
		{"click ]8;;https://x.example/a?b=c\\here]8;;\\ now", "click here now"},
		{"a]8;id=7;https://x\\b", "a b"},
		{"ref [8] and [1m] x]8 y; z]8;nolink [31mred", "ref [8] and [1m] x]8 y; z]8;nolink [31mred"},
		{"]\x1b[0m8;;http://joined\\x", "x"},
		// Quoted for the reader with its ESC written out: not a leftover.
		{`bad argument "\x1b]8;;http://x\x1b\\link"`, `bad argument "\x1b]8;;http://x\x1b\\link"`},
		{`printf '\e]8;;https://x\e\\'`, `printf '\e]8;;https://x\e\\'`},
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
		got := printable.String(tt.in)
		if got != tt.want {
			t.Errorf("printable.String(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := printable.String(got); again != got {
			t.Errorf("printable.String not idempotent on %q: %q then %q", tt.in, got, again)
		}
	}
	if bad := printabletest.Found(printable.String(printabletest.Hostile)); len(bad) > 0 {
		t.Errorf("printable.String(printabletest.Hostile) keeps %q", bad)
	}
	if left := printabletest.Leftovers(printable.String(printabletest.Hostile)); len(left) > 0 {
		t.Errorf("printable.String(printabletest.Hostile) keeps %q", left)
	}
	if got := printable.Line("a\nb\tc\x1b[2J"); got != "a b c" {
		t.Errorf("Line = %q", got)
	}
}

func TestSequences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain [8] text", "plain [8] text"},
		{"a\x00\x1b[2Jb\u202e\xff", "a\x00b\u202e\xff"},
		{"osc \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ end", "osc link end"},
		{"lost ]8;;http://x\\link]8;;\\ end", "lost link end"},
		{"c1 \u009b31mred\u0085", "c1 red\u0085"},
		{"raw \x9b31mred\x9b", "raw red\x9b"},
		{"东京\x1b]0;东\u009c!", "东京!"},
	}
	for _, tt := range tests {
		if got := printable.Sequences(tt.in); got != tt.want {
			t.Errorf("printable.Sequences(%q) = %q, want %q", tt.in, got, tt.want)
		}
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
	f.Add("]8;;http://x\\a]8;;\\")
	f.Add("]\x1b[0m8;id=1;\u009b1m;x")
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
