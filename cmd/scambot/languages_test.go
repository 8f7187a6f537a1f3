package main

import (
	"testing"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/discord"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/web"
)

// TestLanguagesComplete fails when a language is half added: every
// language in lang.Supported needs its own name, a complete
// bot/locales/<lang>.yaml, a discord/locales/<lang>.yaml and an embedded
// article for every topic (README, "Adding a language"). A locale file for
// a language that is not in lang.Supported fails to load at all.
func TestLanguagesComplete(t *testing.T) {
	articles, errs := knowledge.LoadFS(knowledge.EmbeddedFS(), "articles")
	if len(errs) > 0 {
		t.Fatalf("embedded articles: %v", errs)
	}
	have := map[string]bool{}
	for _, a := range articles {
		have[a.Lang+"/"+a.ID] = true
	}
	botMissing := bot.Locales.Untranslated()
	for _, l := range lang.Supported {
		if lang.Name(l) == l {
			t.Errorf("%s: no name in lang", l)
		}
		if !bot.Locales.HasFile(l) {
			t.Errorf("%s: no bot/locales/%s.yaml", l, l)
		} else if keys := botMissing[l]; len(keys) > 0 {
			t.Errorf("bot/locales/%s.yaml: %d keys untranslated: %v", l, len(keys), keys)
		}
		if !discord.Locales.HasFile(l) {
			t.Errorf("%s: no discord/locales/%s.yaml", l, l)
		}
		if !web.Locales.HasFile(l) {
			t.Errorf("%s: no web/locales/%s.yaml", l, l)
		} else if keys := web.Locales.Untranslated()[l]; len(keys) > 0 {
			t.Errorf("web/locales/%s.yaml: %d keys untranslated: %v", l, len(keys), keys)
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
