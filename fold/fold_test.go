package fold

import (
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
