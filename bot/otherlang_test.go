package bot

import (
	"context"
	"testing"
)

// A question in a language the bot cannot read (Burmese and Khmer are
// spoken where the compounds are) is told so, not just "I don't have a
// good answer": the reply says which languages it reads, and still offers
// the help buttons.
func TestAskOtherLanguage(t *testing.T) {
	b := newTestBot(t)
	for _, c := range []struct {
		q, chosen string
		other     bool
	}{
		{"ဒီအလုပ်က လိမ်လည်မှုလား။ မြန်မာပြည်မှာ အလုပ်ကမ်းလှမ်းချက်", "", true},
		{"ការងារនេះជាការបោកប្រាស់មែនទេ? នៅកម្ពុជា", "", true},
		{"이 일자리는 사기인가요? 캄보디아에서 일하는 것", "", true},
		{"この仕事は詐欺ですか？カンボジアで働く", "vi", true},
		{"هل هذا العرض احتيال؟ العمل في كمبوديا", "", true},
		{"What is the best pizza topping?", "", false},
	} {
		r, err := b.Ask(context.Background(), c.q, c.chosen)
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != KindAbstain {
			t.Errorf("%q: kind %s, want abstain", c.q, r.Kind)
			continue
		}
		want := ""
		if c.other {
			want = Messages(r.Lang).OtherLanguage
		}
		if r.Notice != want || c.other && want == "" {
			t.Errorf("%q (lang %s): notice %q, want %q", c.q, r.Lang, r.Notice, want)
		}
		if c.chosen != "" && r.Lang != c.chosen {
			t.Errorf("%q: lang %s, want the chosen %s", c.q, r.Lang, c.chosen)
		}
		if len(r.Actions) == 0 || r.Actions[len(r.Actions)-1].Kind != ActionHelpNow {
			t.Errorf("%q: actions %+v, want the help-now button last", c.q, r.Actions)
		}
	}
}
