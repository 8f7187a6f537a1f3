package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/scambot/scambot/knowledge"
)

// Small talk gets a short reply in the user's language with the menu, never
// the "no good answer" text; questions about the bot get about-this-bot.
// Lines written for this test.
func TestAskSmallTalk(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		text, chosen, lang string
		kind               Kind
		article            string
	}{
		{"hello!", "", "en", KindInfo, ""},
		{"thank you so much", "", "en", KindInfo, ""},
		{"ok", "", "en", KindInfo, ""},
		{"bye", "", "en", KindInfo, ""},
		{"what can you do?", "", "en", KindAnswer, knowledge.TopicAboutThisBot},
		{"who made you", "", "en", KindAnswer, knowledge.TopicAboutThisBot},
		{"how do I use this", "", "en", KindAnswer, knowledge.TopicAboutThisBot},
		{"xin chào", "", "vi", KindInfo, ""},
		{"谢谢", "", "zh", KindInfo, ""},
		{"makasih ya", "", "id", KindInfo, ""},
		{"terima kasih banyak", "ms", "ms", KindInfo, ""},
		{"สวัสดีครับ", "", "th", KindInfo, ""},
		{"धन्यवाद", "", "hi", KindInfo, ""},
		{"salamat po", "", "tl", KindInfo, ""},
		{"ano kaya mong gawin", "", "tl", KindAnswer, knowledge.TopicAboutThisBot},
		{"hello", "th", "th", KindInfo, ""},
	} {
		r, err := b.Ask(context.Background(), c.text, c.chosen)
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != c.kind || r.Lang != c.lang {
			t.Errorf("%q: kind %s lang %s, want %s %s", c.text, r.Kind, r.Lang, c.kind, c.lang)
		}
		if c.article != "" && (r.Article == nil || r.Article.ID != c.article) {
			t.Errorf("%q: article %+v, want %s", c.text, r.Article, c.article)
		}
		if strings.Contains(r.Body, Messages(r.Lang).AbstainTitle) || len(r.Actions) == 0 {
			t.Errorf("%q: abstains or offers no menu: %q", c.text, r.Body)
		}
	}
}

// Text with no letters gets the empty-question reply in the chosen
// language, or English: never a language guessed from emoji.
func TestAskNoLetters(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct{ text, chosen, want string }{
		{"👍", "", "en"}, {"?!?", "", "en"}, {"🙏🙏", "vi", "vi"}, {"...", "th", "th"},
	} {
		r, err := b.Ask(context.Background(), c.text, c.chosen)
		if err != nil {
			t.Fatal(err)
		}
		if r.Lang != c.want || r.Kind != KindInfo {
			t.Errorf("%q (chosen %q): lang %s kind %s, want %s info", c.text, c.chosen, r.Lang, r.Kind, c.want)
		}
	}
}

// A request that the bot itself act for the writer asks what the bot can
// do (distress.Finding.AsksBot): about-this-bot, not the hotlines or "no
// good answer" (the 75th to 87th blind sets). Danger told beside it keeps
// the help path. Lines written for this test.
func TestAskBotToAct(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		text, want string
	}{
		{"could you please phone the consulate for me, I don't speak the language", knowledge.TopicAboutThisBot},
		{"will u write to the recruiter on my behalf or should i do it", knowledge.TopicAboutThisBot},
		{"they keep my passport and won't let me go out, can you call the police for me", knowledge.TopicTrappedWhatToDo},
	} {
		r, err := b.Ask(context.Background(), c.text, "")
		if err != nil {
			t.Fatal(err)
		}
		if r.Article == nil || r.Article.ID != c.want {
			t.Errorf("%q: article %+v, want %s", c.text, r.Article, c.want)
		}
	}
}
