package markup

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name, md, html, discord, plain string
	}{
		{"plain", "hello", "hello", "hello", "hello"},
		{"bold", "a **b** c", "a <b>b</b> c", "a **b** c", "a b c"},
		{"italic", "an *it* word", "an <i>it</i> word", "an *it* word", "an it word"},
		{"link", "see [OHCHR](https://www.ohchr.org/)", `see <a href="https://www.ohchr.org/">OHCHR</a>`, "see [OHCHR](https://www.ohchr.org/)", "see OHCHR (https://www.ohchr.org/)"},
		{"heading", "## Where", "<b>Where</b>", "**Where**", "WHERE"},
		{"bullet", "- one\n- two", "• one\n• two", "• one\n• two", "• one\n• two"},
		{"html escaped", "<script>&", "&lt;script&gt;&amp;", `<script\>&`, "<script>&"},
		{"unmatched bold", "a ** b", "a ** b", `a \*\* b`, "a ** b"},
		{"multiplication", "5 * 3 * 2", "5 * 3 * 2", `5 \* 3 \* 2`, "5 * 3 * 2"},
		{"snake_case", "my_var_name", "my_var_name", `my\_var\_name`, "my_var_name"},
		{"javascript link stays text", "[x](javascript:alert(1))", "[x](javascript:alert(1))", `\[x\]\(javascript:alert\(1\)\)`, "[x](javascript:alert(1))"},
		{"escaped markers", `\*\*not bold\*\*`, "**not bold**", `\*\*not bold\*\*`, "**not bold**"},
		{"mention defused", "@everyone", "@everyone", "@\u200beveryone", "@everyone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTML(tt.md); got != tt.html {
				t.Errorf("HTML(%q) = %q, want %q", tt.md, got, tt.html)
			}
			if got := Discord(tt.md); got != tt.discord {
				t.Errorf("Discord(%q) = %q, want %q", tt.md, got, tt.discord)
			}
			if got := Plain(tt.md); got != tt.plain {
				t.Errorf("Plain(%q) = %q, want %q", tt.md, got, tt.plain)
			}
		})
	}
}

func TestEscapeKeepsUserTextLiteral(t *testing.T) {
	for _, s := range []string{
		"**bold** [x](https://e.com) _i_ `code` <b>&amp;",
		`back\slash \* and ~~strike~~ ||spoiler|| > quote # h`,
		"title:* +-\" \\",
		"\xff\xfe invalid",
		"",
	} {
		md := Escape(s)
		if got := Plain(md); got != string([]rune(s)) {
			t.Errorf("Plain(Escape(%q)) = %q", s, got)
		}
		if got := HTML(md); strings.Contains(got, "<b>") || strings.Contains(got, "<a ") {
			t.Errorf("HTML(Escape(%q)) made markup: %q", s, got)
		}
	}
}

// TestDiscordQuotedLinesStayText: a user's multi-line text quoted in a
// reply (escaped, as every user string is) renders on Discord with no line
// Discord would read as a list item, heading, subtext or quote.
func TestDiscordQuotedLinesStayText(t *testing.T) {
	tests := []struct{ user, discord string }{
		{"- item", `\- item`},
		{"* item", `\* item`},
		{"+ item", `\+ item`},
		{"1. first", `1\. first`},
		{"12. twelfth", `12\. twelfth`},
		{"3) third", `3\) third`},
		{"# heading", `\# heading`},
		{"### heading", `\#\#\# heading`},
		{"-# subtext", `\-\# subtext`},
		{"> quote", `\> quote`},
		{">>> quote", `\>\>\> quote`},
		{"   - indented", `   \- indented`},
		{"\t1. tabbed", "\t1\\. tabbed"},
		// Ordinary text is left as it reads.
		{"1.5 million", "1.5 million"},
		{"2026. A year", `2026\. A year`},
		{"see [8] and x - y", `see \[8\] and x - y`},
		{"salary 1. 000", "salary 1. 000"},
	}
	for _, tt := range tests {
		for _, md := range []string{Escape(tt.user), "**Quoted:**\n" + Escape(tt.user)} {
			got := Discord(md)
			want := tt.discord
			if strings.HasPrefix(md, "**") {
				want = "**Quoted:**\n" + want
			}
			if got != want {
				t.Errorf("Discord(Escape(%q)) = %q, want %q", tt.user, got, want)
			}
		}
	}
	// Our own constructs are untouched: bullets are rendered as "• ",
	// italics open with "*" and no space.
	if got := Discord("- one\n*it* two\n**b**"); got != "• one\n*it* two\n**b**" {
		t.Errorf("own markup changed: %q", got)
	}
}

func TestSplit(t *testing.T) {
	para := strings.Repeat("word ", 30) // 150 bytes
	long := strings.Join([]string{para, para, para, para}, "\n\n")
	cjk := strings.Repeat("诈骗园区", 200) // one 2,400-byte "word"
	tests := []struct {
		name string
		md   string
		max  int
	}{
		{"fits", "short", 100},
		{"paragraphs", long, 320},
		{"one long paragraph", strings.Repeat("abc ", 500), 200},
		{"no spaces", cjk, 100},
		{"html growth", strings.Repeat("<&> ", 300), 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pieces := Split(tt.md, tt.max, HTML)
			if len(pieces) == 0 {
				t.Fatal("no pieces")
			}
			var joined strings.Builder
			for i, p := range pieces {
				if n := len(HTML(p)); n > tt.max {
					t.Errorf("piece %d renders to %d bytes > %d", i, n, tt.max)
				}
				if !utf8.ValidString(p) {
					t.Errorf("piece %d is not valid UTF-8", i)
				}
				joined.WriteString(p)
			}
			strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if strip(joined.String()) != strip(tt.md) {
				t.Errorf("split lost or changed text")
			}
		})
	}
}

func FuzzRender(f *testing.F) {
	for _, s := range []string{"**a**", "[x](https://a)", "## h\n- b", "\\", "*_*", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = HTML(s)
		_ = Discord(s)
		if got := Plain(Escape(s)); got != s && utf8.ValidString(s) {
			t.Errorf("Plain(Escape(%q)) = %q", s, got)
		}
		for _, p := range Split(s, 64, HTML) {
			if len(HTML(p)) > 64 && utf8.RuneCountInString(p) > 1 {
				t.Errorf("piece too long: %q", p)
			}
		}
	})
}

func TestWeb(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"paragraphs", "one\ntwo\n\nthree", "<p>one<br>\ntwo</p>\n<p>three</p>\n"},
		{"heading and list", "## Where\n- a **b**\n- [c](https://x.org/?a=1&b=2)\nafter",
			"<h2>Where</h2>\n<ul>\n<li>a <strong>b</strong></li>\n<li><a href=\"https://x.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">c</a></li>\n</ul>\n<p>after</p>\n"},
		{"markup escaped", "<script>alert(1)</script> & \"x\"", "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;x&#34;</p>\n"},
		{"tg link shows its label", "[open](tg://resolve?domain=x)", "<p>open</p>\n"},
		{"javascript link stays text", "[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"},
		{"italic", "*it*", "<p><em>it</em></p>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Web(tt.md); got != tt.want {
				t.Errorf("Web(%q) =\n%q\nwant\n%q", tt.md, got, tt.want)
			}
		})
	}
}
