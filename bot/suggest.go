package bot

import (
	"strings"

	"github.com/scambot/scambot/lang"
)

// SuggestQuestions returns up to n example questions (and titles) that
// contain what the user has typed so far, for autocomplete. With nothing
// typed it returns the first question of each topic.
func (b *Bot) SuggestQuestions(typed, l string, n int) []string {
	if !lang.Valid(l) {
		l = lang.English
	}
	q := strings.ToLower(strings.TrimSpace(cleanInput(typed)))
	seen := map[string]bool{}
	var out []string
	add := func(s string) bool {
		k := strings.ToLower(s)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
		return len(out) >= n
	}
	// Titles and questions in the user's language first, then English.
	langs := []string{l}
	if l != lang.English {
		langs = append(langs, lang.English)
	}
	for _, ll := range langs {
		for _, id := range b.kb.IDs() {
			a, ok := b.kb.Get(id, ll)
			if !ok {
				continue
			}
			if q == "" {
				if len(a.Questions) > 0 && add(a.Questions[0]) {
					return out
				}
				continue
			}
			for _, s := range append([]string{a.Title}, a.Questions...) {
				if strings.Contains(strings.ToLower(s), q) && add(s) {
					return out
				}
			}
		}
	}
	return out
}

// SuggestTopics returns up to n topics whose id or title contains what the
// user has typed, titled in l.
func (b *Bot) SuggestTopics(typed, l string, n int) []TopicRef {
	q := strings.ToLower(strings.TrimSpace(cleanInput(typed)))
	var out []TopicRef
	for _, t := range b.Topics(l) {
		if q == "" || strings.Contains(t.ID, q) || strings.Contains(strings.ToLower(t.Title), q) {
			out = append(out, t)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// SuggestCountries returns up to n hotline countries matching typed.
func (b *Bot) SuggestCountries(typed, l string, n int) []string {
	q := strings.ToLower(strings.TrimSpace(cleanInput(typed)))
	var out []string
	for _, c := range b.Countries(l) {
		if q == "" || strings.Contains(strings.ToLower(c), q) {
			out = append(out, c)
			if len(out) == n {
				break
			}
		}
	}
	return out
}
