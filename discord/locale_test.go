package discord

import (
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/scambot/scambot/lang"
)

// discordVerbs finds format verbs with the Discord syntax around them.
var discordVerbs = regexp.MustCompile(`<#%s>|<@%s>|\(%s\)|\*\*%s\*\*|%[sd]`)

// TestLocales fails when a supported language has no discord/locales file,
// or when a translation breaks the Discord syntax around a format verb
// (the catalog checks the verbs themselves). Keys a language leaves out
// fall back to English and are listed by `scambot kb lint`: Malay and
// Tagalog have no Discord locale, so their command options never show.
func TestLocales(t *testing.T) {
	en := reflect.ValueOf(*texts(lang.English))
	for _, l := range lang.Supported {
		if !Locales.HasFile(l) {
			t.Errorf("%s: no discord/locales/%s.yaml", l, l)
		}
		v := reflect.ValueOf(*texts(l))
		for i := range v.NumField() {
			got, want := v.Field(i).String(), en.Field(i).String()
			if g, w := discordVerbs.FindAllString(got, -1), discordVerbs.FindAllString(want, -1); !slices.Equal(g, w) {
				t.Errorf("%s: %s = %q has %q, want %q as in English", l, v.Type().Field(i).Name, got, g, w)
			}
		}
	}
	for l := range discordLocales {
		if u := Locales.Untranslated()[l]; len(u) > 0 {
			t.Errorf("discord/locales/%s.yaml: untranslated keys %v (the language has a Discord locale)", l, u)
		}
	}
}
