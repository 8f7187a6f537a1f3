package knowledge

import (
	"strings"
	"testing"
)

func TestLoadVerdictsStrict(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"unknown field", "en:\n  verdict: 'safe'\n  negation: 'not'\n  extra: x\n", "extra"},
		{"not a code", "english:\n  verdict: 'safe'\n  negation: 'not'\n", "not a language code"},
		{"missing negation", "en:\n  verdict: 'safe'\n", "both verdict and negation"},
		{"bad pattern", "en:\n  verdict: '(safe'\n  negation: 'not'\n", "en verdict"},
		{"repeated language", "en:\n  verdict: 'a'\n  negation: 'b'\nen:\n  verdict: 'c'\n  negation: 'd'\n", "already defined"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadVerdicts([]byte(c.body))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}

// TestVerdictsEveryLanguage: the embedded file flags a plain verdict and
// lets a negated one pass in every language it has, and a language with
// articles but no patterns is reported rather than left unchecked.
func TestVerdictsEveryLanguage(t *testing.T) {
	cases := map[string][2]string{ // flagged, negated
		"en": {"This offer is safe.", "This does not mean the offer is safe."},
		"zh": {"这个工作是安全的。", "这不代表工作是安全的。"},
		"vi": {"Công việc này là an toàn.", "Điều đó không có nghĩa công việc là an toàn."},
		"id": {"Lowongan ini pasti aman.", "Itu tidak berarti lowongan ini pasti aman."},
		"ms": {"Tawaran ini adalah selamat.", "Itu tidak bermakna tawaran ini adalah selamat."},
		"tl": {"Ang alok na ito ay ligtas.", "Hindi ibig sabihin na ang alok ay ligtas."},
		"th": {"งานนี้ปลอดภัยแน่นอน", "ไม่ได้แปลว่างานนี้ปลอดภัยแน่นอน"},
		"hi": {"यह नौकरी सुरक्षित है।", "इसका मतलब यह नहीं कि नौकरी सुरक्षित है।"},
	}
	if len(cases) != len(verdicts) {
		t.Errorf("verdicts.yaml has %d languages, this test %d: add a case", len(verdicts), len(cases))
	}
	flagged := func(l, body string) bool {
		a, err := Parse("a.md", []byte(strings.NewReplacer("lang: en", "lang: "+l, "Body text.", body).Replace(good)))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range Lint([]*Article{a}, nil) {
			if strings.Contains(p.Msg, "verdict phrasing") {
				return true
			}
		}
		return false
	}
	for l, c := range cases {
		if !flagged(l, c[0]) {
			t.Errorf("%s: %q not flagged", l, c[0])
		}
		if flagged(l, c[1]) {
			t.Errorf("%s: negated %q flagged", l, c[1])
		}
	}
	a, err := Parse("a.md", []byte(strings.Replace(good, "lang: en", "lang: xx", 1)))
	if err != nil {
		t.Fatal(err)
	}
	var reported bool
	for _, p := range Lint([]*Article{a}, nil) {
		reported = reported || strings.Contains(p.Msg, `no verdict patterns for "xx"`)
	}
	if !reported {
		t.Error("a language without verdict patterns is not reported")
	}
}
