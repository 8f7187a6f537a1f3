package fold

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bị GIỮ", "bi giu"},
		{"can't leave!!", "cant leave"},
		{"helppp", "help"},
		{"ＰＡＳＳＰＯＲＴ", "passport"},
		{"फँसा", "फंसा"},
		{"被关", "被 关"},
		{"ถูกขัง", "ถู ก ขั ง"},
	} {
		var got []string
		for _, tk := range Tokens(c.in) {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

// Words that fold alike keep the marks that tell them apart, in one order
// wherever the tone mark sits, whether typed precomposed or combining.
func TestMarks(t *testing.T) {
	marks := func(s string) string {
		toks := Tokens(s)
		if len(toks) != 1 {
			t.Fatalf("Tokens(%q) = %d tokens, want 1", s, len(toks))
		}
		return toks[0].Marks
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"nợ", "nó", false},
		{"vẫn", "van", false},
		{"hủy", "huỷ", true},
		{"giữ", "gi\u01b0\u0303", true}, // ữ typed as ư plus a combining tilde
		{"GIỮ", "giữ", true},
		{"đi", "di", false},
		{"van", "VAN", true},
		{"helppp", "help", true},
	} {
		if got := marks(c.a) == marks(c.b); got != c.same {
			t.Errorf("marks(%q) = %q, marks(%q) = %q: same = %v, want %v", c.a, marks(c.a), c.b, marks(c.b), got, c.same)
		}
	}
	if m := marks("van"); m != "" {
		t.Errorf("marks(van) = %q, want none", m)
	}
}

// Punctuation between two tokens marks the second: the characters of one
// dense phrase never straddle it (distress), while a space does not count.
func TestBreak(t *testing.T) {
	toks := Tokens("三十万，一直 好")
	var got []bool
	for _, tk := range toks {
		got = append(got, tk.Break)
	}
	want := []bool{false, false, false, true, false, false}
	if !slices.Equal(got, want) {
		t.Errorf("breaks %v, want %v", got, want)
	}
	if toks := Tokens("my brother, they"); !toks[2].Break || toks[1].Break {
		t.Errorf("Latin breaks: %+v", toks)
	}
}
