package index

import (
	"regexp"
	"strings"
)

// synonym maps the many names people use for one thing to the words the
// articles use, so "scam park" finds what is written about "scam
// compounds". It is query expansion done in code rather than Bleve's
// synonym sources: the groups are few, the expansion is visible in tests,
// and the same rewrite feeds the confidence figures.
type synonym struct {
	re        *regexp.Regexp
	canonical string
	// hints are literal prefixes of the variants: when none occurs in the
	// lower-cased text, the regular expression cannot match and is skipped,
	// which keeps expansion cheap on every question.
	hints []string
}

// synonymGroups: canonical phrase first, then the variants (regular
// expressions, matched on lower-cased text at word boundaries for Latin
// scripts, anywhere for Han and Thai).
var synonymGroups = map[string][][]string{
	"en": {
		{"scam compound", `fraud[- ]?factor(?:y|ies)`, `scam[- ]?(?:cent(?:re|er)s?|parks?|hubs?|farms?|dens?|camps?|factor(?:y|ies)|bases?|zones?|buildings?)`, `fraud (?:compounds?|cent(?:re|er)s?|hubs?)`, `cyber ?scam (?:compounds?|cent(?:re|er)s?)`},
		{"pig butchering", `sha ?zhu ?pan`, `pig[- ]?(?:butcher(?:ing)?|slaughter(?:ing)?)`, `butchering scam`, `pig[- ]?killing`, `fattening (?:up )?the pig`},
		{"trafficked", `kidnapp?ed`, `abducted`, `enslaved`, `got sold`, `been sold`, `was sold`, `were sold`, `human trafficking`},
		{"trapped", `stuck`, `held captive`, `locked (?:up|in)`, `detained`, `can'?t (?:leave|escape|go home)`, `not allowed to leave`},
		{"job offer", `vacanc(?:y|ies)`, `job (?:ads?|posts?|postings?|listings?|adverts?)`, `hiring posts?`, `work offers?`},
		{"hotline", `help ?lines?`, `phone numbers?`, `numbers? to call`, `emergency numbers?`},
		{"crypto", `bitcoin`, `usdt`, `tether`, `cryptocurrenc(?:y|ies)`},
		{"money mule", `rent(?:ing)? (?:my |your |a )?bank accounts?`, `sell(?:ing)? (?:my |your |a )?bank accounts?`, `lend(?:ing)? (?:my |your |a )?bank accounts?`, `borrow(?:ing)? (?:my |your |a )?bank accounts?`, `receive money for (?:someone|others|them)`, `forward money for (?:someone|others|them)`, `transfer money for (?:someone|others|them)`},
		// A nationality and its country are one search term: "Cambodian
		// police" is about Cambodia.
		{"cambodia", `cambodians?`, `khmer`},
		{"myanmar", `burmese`, `burma`},
		{"laos", `laotians?`, `lao`},
		{"thailand", `thais?`},
		{"philippines", `filipin[oa]s?`, `pinoys?`},
		{"vietnam", `vietnamese`, `viet nam`},
		{"india", `indians?`},
		{"china", `chinese`},
		{"indonesia", `indonesians?`},
		{"malaysia", `malaysians?`},
		{"task scam", `order boosting`, `lik(?:e|ing) (?:videos?|products?|posts?) for money`, `rat(?:e|ing) (?:videos?|products?|posts?) for money`, `paid to like`},
	},
}

var synonymsByLang = func() map[string][]synonym {
	out := map[string][]synonym{}
	for l, groups := range synonymGroups {
		for _, g := range groups {
			pattern := `(?i)\b(?:` + strings.Join(g[1:], "|") + `)\b`
			syn := synonym{re: regexp.MustCompile(pattern), canonical: g[0]}
			for _, alt := range g[1:] {
				prefix, _ := regexp.MustCompile(alt).LiteralPrefix()
				if prefix == "" {
					syn.hints = nil // this variant has no literal start: always try
					break
				}
				syn.hints = append(syn.hints, prefix)
			}
			out[l] = append(out[l], syn)
		}
	}
	return out
}()

// Expand returns text with every known variant of a synonym group
// replaced by its canonical phrase ("sha zhu pan", "pig killing" ->
// "pig butchering"): the topic classifier reads the same concepts the
// search does.
func Expand(lang, text string) string {
	out, _ := expand(lang, text)
	return out
}

// expand returns text with every known variant replaced by its canonical
// phrase, and whether anything was replaced.
func expand(lang, text string) (string, bool) {
	changed := false
	lower := strings.ToLower(text)
	for _, l := range []string{lang, "en"} {
		for _, s := range synonymsByLang[l] {
			if !s.mayMatch(lower) {
				continue
			}
			if s.re.MatchString(text) {
				text = s.re.ReplaceAllString(text, s.canonical)
				changed = true
			}
		}
		if lang == "en" {
			break
		}
	}
	return text, changed
}

func (s synonym) mayMatch(lower string) bool {
	if s.hints == nil {
		return true
	}
	for _, h := range s.hints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}
