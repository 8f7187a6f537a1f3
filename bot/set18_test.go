package bot

import "testing"

// The eighteenth blind set's English kinds, with lines written for this
// test: a relative named beside a danger in a question about which places
// or which parts of an offer should worry is answered by the article the
// classifier is sure of; someone held who asks which country's embassy to
// call keeps the help path.
func TestSet18Kinds(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"my daughter is going travelling in asia next month, which countries have those places where people are locked up to scam? she should avoid them", false},
		{"no contract yet, they will keep my passport 'for the visa' and the pay is huge. which parts of that should worry me?", false},
		{"which country's embassy do i call, they locked us in and took our passports", true},
	} {
		wantHelpPath(t, b, "en", c.text, c.want)
	}
}
