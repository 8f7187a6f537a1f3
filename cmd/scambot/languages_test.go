package main

import (
	"os"
	"strings"
	"testing"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/catalog"
	"github.com/scambot/scambot/discord"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/telegram"
	"github.com/scambot/scambot/terminal"
	"github.com/scambot/scambot/web"
)

// TestLanguagesComplete fails when a language is half added: every
// language in lang.Supported needs its own name, complete bot, telegram,
// offer and web locale files, a discord/locales/<lang>.yaml (Discord has
// no locale for some languages, so its command options may stay English),
// an embedded article for every topic, help-path cues and small-talk
// phrases (README, "Adding a language"). A locale file for a language that
// is not in lang.Supported fails to load at all.
func TestLanguagesComplete(t *testing.T) {
	articles, errs := knowledge.LoadFS(knowledge.EmbeddedFS(), "articles")
	if len(errs) > 0 {
		t.Fatalf("embedded articles: %v", errs)
	}
	have := map[string]bool{}
	for _, a := range articles {
		have[a.Lang+"/"+a.ID] = true
	}
	complete := []catalog.Report{bot.Locales, telegram.Locales, offer.Locales, web.Locales, terminal.Locales}
	for _, l := range lang.Supported {
		if lang.Name(l) == l {
			t.Errorf("%s: no name in lang", l)
		}
		for _, c := range complete {
			if !c.HasFile(l) {
				t.Errorf("%s: no %s/%s.yaml", l, c.Dir(), l)
			} else if keys := c.Untranslated()[l]; len(keys) > 0 {
				t.Errorf("%s/%s.yaml: %d keys untranslated: %v", c.Dir(), l, len(keys), keys)
			}
		}
		if !discord.Locales.HasFile(l) {
			t.Errorf("%s: no discord/locales/%s.yaml", l, l)
		}
		// Phrase files read by other packages' loaders, which accept any
		// subset of languages: the help path's cues and small talk.
		for _, f := range []string{"../../distress/cues/" + l + ".txt", "../../smalltalk/phrases/" + l + ".txt"} {
			if _, err := os.Stat(f); err != nil {
				t.Errorf("%s: no %s", l, strings.TrimPrefix(f, "../../"))
			}
		}
		var missing []string
		for _, id := range knowledge.Topics {
			if !have[l+"/"+id] {
				missing = append(missing, id)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: %d of %d articles missing in knowledge/articles/%s: %v", l, len(missing), len(knowledge.Topics), l, missing)
		}
	}
}
