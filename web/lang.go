package web

import (
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/scambot/scambot/lang"
)

// requestLang reads what a request says about its language: choice is
// ?lang= (or the form's lang field) when it names a supported language,
// locale the client's most preferred supported language in
// Accept-Language; either may be "". lang.Reply turns them, with the
// user's text, into the page's language: the choice, else the text's
// language when detection is sure, else the locale.
func requestLang(r *http.Request) (choice, locale string) {
	if l := r.FormValue("lang"); lang.Valid(l) {
		choice = l
	}
	return choice, acceptLanguage(r.Header.Get("Accept-Language"))
}

// acceptLanguage returns the supported language the client prefers most,
// by quality value, "" when it names none. It reads at most 16 entries: a
// header is no place for a long list.
func acceptLanguage(h string) string {
	type pref struct {
		code string
		q    float64
		i    int
	}
	var prefs []pref
	for i, part := range strings.SplitN(h, ",", 17) {
		if i == 16 {
			break
		}
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 || f > 1 {
				continue
			}
			q = f
		}
		if q == 0 {
			continue
		}
		if c := lang.Match(tag); c != "" {
			prefs = append(prefs, pref{c, q, i})
		}
	}
	sort.SliceStable(prefs, func(a, b int) bool { return prefs[a].q > prefs[b].q })
	if len(prefs) == 0 {
		return ""
	}
	return prefs[0].code
}
