package telegram

import (
	"strconv"
	"strings"
	"testing"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
)

// /privacy says "never store the text": the one exception, the text held
// until an "offer or question?" button is pressed (in the database, with
// DATABASE_URL), must be told, with its real time limit, in every language.
func TestPrivacyTellsTheHeldText(t *testing.T) {
	minutes := strconv.Itoa(int(memoTTL.Minutes()))
	for _, l := range lang.Supported {
		if p := bot.Messages(l).Privacy; !strings.Contains(p, minutes) {
			t.Errorf("%s: /privacy does not say the text of an unsure message is held for at most %s minutes:\n%s", l, minutes, p)
		}
		// The about-this-bot article ("what it stores") says it too.
		r, ok := core.FullArticle("about-this-bot", l)
		if !ok || r.Lang != l || !strings.Contains(r.Markdown(), minutes) {
			t.Errorf("%s: about-this-bot does not say the text of an unsure message is held for at most %s minutes", l, minutes)
		}
	}
}
