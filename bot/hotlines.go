package bot

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
)

// hotlinesID is the article whose "## Country" sections list the contacts.
const hotlinesID = knowledge.TopicHotlines

// Countries lists the countries the hotlines article has a section for, in
// the article's order (the user's language where it is translated).
func (b *Bot) Countries(l string) []string {
	a, _, ok := b.kb.Article(hotlinesID, l)
	if !ok {
		return nil
	}
	var out []string
	for _, s := range a.Sections {
		if s.Heading != "" {
			out = append(out, s.Heading)
		}
	}
	return out
}

// Hotlines returns the contacts for one country, or the country list when
// country is empty or unknown. Country names match case-insensitively,
// by prefix ("phil", "viet") and in English too, so "Vietnam" works in a
// Vietnamese chat.
func (b *Bot) Hotlines(country, l string) Reply {
	if !lang.Valid(l) {
		l = lang.English
	}
	m := Messages(l)
	a, fellBack, ok := b.kb.Article(hotlinesID, l)
	if !ok {
		return b.info(l, m.HotlinesTitle, m.Failure, nil)
	}
	country = strings.TrimSpace(cleanInput(country))
	// Translated sections are headed "Local name (English name)", so an
	// English country name matches in every language.
	if country != "" {
		if i := matchCountry(b.Countries(l), country); i >= 0 {
			sec := a.Sections[sectionIndex(a.Sections, i)]
			sources, ok := a.ContactSources(sec.Heading)
			if !ok {
				sources = sectionSources(a.Sources, sec)
			}
			r := Reply{
				Kind:    KindTopic,
				Lang:    a.Lang,
				Title:   sec.Heading,
				Body:    "**" + markup.Escape(m.HotlinesTitle+": "+sec.Heading) + "**\n\n" + sec.Text,
				Article: &TopicRef{ID: a.ID, Title: a.Title},
				Sources: sources,
				Related: b.related(a, 3),
			}
			if fellBack {
				r.Notice = fmt.Sprintf(m.FellBack, lang.Name(l))
			}
			return r
		}
	}
	var body strings.Builder
	body.WriteString("**" + m.HotlinesTitle + "**\n\n" + strings.TrimSpace(a.Summary))
	if country != "" {
		body.WriteString("\n\n" + fmt.Sprintf(m.UnknownCountry, markup.Escape(country)))
	}
	overview, countries := b.hotlinesOverview(a)
	body.WriteString(overview)
	r := Reply{Kind: KindInfo, Lang: a.Lang, Title: m.HotlinesTitle, Body: body.String(), Sources: a.WrittenSources()}
	for _, c := range countries {
		r.Actions = append(r.Actions, Action{Kind: ActionHotlines, Arg: c, Label: c})
	}
	return r
}

// hotlinesOverview is what a reply about the hotlines as a whole shows after
// the summary, for /hotlines without a country and for a question that
// names none alike: the article's country-neutral opening (which line to
// choose, how to check a contact is real) and the countries to pick from.
func (b *Bot) hotlinesOverview(a *knowledge.Article) (string, []string) {
	var out strings.Builder
	if len(a.Sections) > 0 && a.Sections[0].Heading == "" && a.Sections[0].Text != "" {
		out.WriteString("\n\n" + strings.TrimSpace(a.Sections[0].Text))
	}
	countries := b.Countries(a.Lang)
	if len(countries) > 0 {
		out.WriteString("\n\n" + Messages(a.Lang).HotlinesPick + " " + markup.Escape(strings.Join(countries, " · ")))
	}
	return out.String(), countries
}

// matchCountry finds query among names: exact, then prefix, then
// substring, all case-insensitive. -1 when none matches.
func matchCountry(names []string, query string) int {
	q := strings.ToLower(query)
	for _, match := range []func(string) bool{
		func(n string) bool { return n == q },
		func(n string) bool { return strings.HasPrefix(n, q) },
		func(n string) bool { return len(q) >= 3 && strings.Contains(n, q) },
	} {
		for i, n := range names {
			if match(strings.ToLower(n)) {
				return i
			}
		}
	}
	return -1
}

// sectionIndex maps the i-th headed section to its index in secs (the text
// before the first heading is a section without one).
func sectionIndex(secs []knowledge.Section, i int) int {
	n := -1
	for j, s := range secs {
		if s.Heading != "" {
			n++
			if n == i {
				return j
			}
		}
	}
	return 0
}

// sectionSources keeps the sources a country's section cites: a source
// whose publisher, acronym ("CICC", "Polri") or publisher without its
// leading country word appears in the section. The whole list (a dozen
// countries' worth) would bury the two that matter; when nothing matches,
// every source is kept rather than none.
func sectionSources(all []knowledge.Source, sec knowledge.Section) []knowledge.Source {
	text := strings.ToLower(sec.Heading + "\n" + sec.Text)
	var out []knowledge.Source
	for _, s := range all {
		if citedIn(text, s) {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// citedIn reports whether text names source s: its web host, publisher,
// acronym or the publisher's first phrase. Translations cite the same
// sources in their own words ("nguồn: NCSC"), so several names are tried.
func citedIn(text string, s knowledge.Source) bool {
	for _, n := range sourceNames(s) {
		if len([]rune(n)) >= 3 && strings.Contains(text, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

func sourceNames(s knowledge.Source) []string {
	p := strings.TrimSpace(s.Publisher)
	names := []string{p}
	if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
		names = append(names, strings.TrimPrefix(u.Host, "www."))
	}
	if open := strings.LastIndex(p, "("); open >= 0 && strings.HasSuffix(p, ")") {
		names = append(names, p[open+1:len(p)-1]) // "… (CICC)"
		p = strings.TrimSpace(p[:open])
		names = append(names, p)
	}
	if before, _, ok := strings.Cut(p, ","); ok {
		names = append(names, before) // "Cục Lãnh sự, Bộ Ngoại giao"
	}
	// Dropping a leading country word needs a long remainder: "Ministry
	// of External Affairs" identifies a source, "National Police" does not.
	words := strings.Fields(p)
	if len(words) > 3 {
		rest := words[1:] // "India Ministry of …" is cited as "Ministry of …"
		names = append(names, strings.Join(rest, " "))
		var acronym strings.Builder // "National Cyber Security Centre" → "NCSC"
		for _, w := range rest {
			if r := []rune(w)[0]; unicode.IsUpper(r) {
				acronym.WriteRune(r)
			}
		}
		if acronym.Len() >= 3 {
			names = append(names, acronym.String())
		}
	}
	return names
}
