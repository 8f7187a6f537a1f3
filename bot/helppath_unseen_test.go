package bot

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/scambot/scambot/answer"
)

// TestUnseenHelpPath runs the help-path sets that were written blind
// (people held in compounds and their families, 8 languages), first run on
// 4 Dec 2026 at 84/84 and 32/32, and the third set at 79/80 (a Hindi
// message from the airport before the lure's last leg, answered since by
// the first-person transit rule), the fourth at 24/24, the fifth at 16/16 and the sixth at 54/56 (a
// first-person plea after daily beatings and shocks, Vietnamese without
// diacritics, and a Malay debt for the ticket, food and room to go home;
// answered since by the cues) and the seventh at 55/56 (a four-word Malay
// "how do I escape from here" in chat shorthand; answered since by the
// cues), the eighth at 51/56 (people about to leave with an agent who
// holds their papers, middlemen asking for money) and the ninth at 55/56
// (a Tagalog message from the airport, coached to tell immigration they
// are a tourist) and the tenth at 54/56 (someone who escaped and is
// hiding without a passport; someone on a bus at the border whose phone
// was collected) and the eleventh at 54/56 (a Thai roommate dragged back
// after trying to run, read as back home; an Indonesian sibling told to pay
// a "fine" to leave an office in Sihanoukville into a personal bank account,
// doubted by the bank-account word), all answered since; the twelfth at
// 56/56; the thirteenth at 53/56 and the fourteenth at 55/56 (someone
// diverted on arrival, a border's last leg, a partner watched on calls; an
// "agency" caller asking the family to pay for a sister's return), all
// answered since; the fifteenth at 53/56 (a plea of four chat-spelt words,
// a daughter whose messages someone reads, a debt to work off asked "is
// that true?"), answered since. It has no floor but 100%: whoever says
// they or a relative are held, beaten, sold or asked for ransom never gets
// "I don't have a good answer", whatever retrieval does.
func TestUnseenHelpPath(t *testing.T) {
	var cases []answer.Case
	for _, name := range []string{"helppath-unseen.tsv", "helppath-unseen2.tsv", "helppath-unseen3.tsv", "helppath-unseen4.tsv", "helppath-unseen5.tsv", "helppath-unseen6.tsv", "helppath-unseen7.tsv", "helppath-unseen8.tsv", "helppath-unseen9.tsv", "helppath-unseen10.tsv", "helppath-unseen11.tsv", "helppath-unseen12.tsv", "helppath-unseen13.tsv", "helppath-unseen14.tsv", "helppath-unseen15.tsv", "helppath-unseen16.tsv", "helppath-unseen17.tsv", "helppath-unseen18.tsv", "helppath-unseen19.tsv", "helppath-unseen20.tsv", "helppath-unseen21.tsv", "helppath-unseen22.tsv", "helppath-unseen23.tsv", "helppath-unseen24.tsv", "helppath-unseen25.tsv", "helppath-unseen26.tsv", "helppath-unseen27.tsv", "helppath-unseen28.tsv", "helppath-unseen29.tsv", "helppath-unseen30.tsv", "helppath-unseen31.tsv", "helppath-unseen32.tsv", "helppath-unseen33.tsv", "helppath-unseen34.tsv", "helppath-unseen35.tsv", "helppath-unseen36.tsv", "helppath-unseen37.tsv", "helppath-unseen38.tsv", "helppath-unseen39.tsv", "helppath-unseen40.tsv", "helppath-unseen41.tsv", "helppath-unseen42.tsv", "helppath-unseen43.tsv", "helppath-unseen44.tsv", "helppath-unseen45.tsv", "helppath-unseen46.tsv", "helppath-unseen47.tsv", "helppath-unseen48.tsv", "helppath-unseen49.tsv", "helppath-unseen50.tsv", "helppath-unseen51.tsv", "helppath-unseen52.tsv", "helppath-unseen53.tsv", "helppath-unseen54.tsv", "helppath-unseen55.tsv", "helppath-unseen56.tsv", "helppath-unseen57.tsv", "helppath-unseen58.tsv", "helppath-unseen59.tsv", "helppath-unseen60.tsv", "helppath-unseen61.tsv", "helppath-unseen62.tsv", "helppath-unseen63.tsv", "helppath-unseen64.tsv", "helppath-unseen65.tsv", "helppath-unseen66.tsv", "helppath-unseen67.tsv", "helppath-unseen68.tsv", "helppath-unseen69.tsv", "helppath-unseen70.tsv", "helppath-unseen71.tsv", "helppath-unseen72.tsv", "helppath-unseen73.tsv", "helppath-unseen74.tsv", "helppath-unseen75.tsv", "helppath-unseen76.tsv", "helppath-unseen77.tsv", "helppath-unseen78.tsv", "helppath-unseen79.tsv", "helppath-unseen80.tsv", "helppath-unseen81.tsv", "helppath-unseen82.tsv", "helppath-unseen83.tsv", "helppath-unseen84.tsv", "helppath-unseen85.tsv", "helppath-unseen86.tsv", "helppath-unseen87.tsv", "helppath-unseen88.tsv", "helppath-unseen89.tsv", "helppath-unseen90.tsv", "helppath-unseen91.tsv", "helppath-unseen92.tsv", "helppath-unseen93.tsv", "helppath-unseen94.tsv", "helppath-unseen95.tsv", "helppath-unseen96.tsv", "helppath-unseen97.tsv", "helppath-unseen98.tsv", "helppath-unseen99.tsv", "helppath-unseen100.tsv", "helppath-dev17.tsv"} {
		f, err := os.Open("../testdata/eval/" + name)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := answer.ReadCases(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, cs...)
	}
	if len(cases) < 84+32+80+24+16+56+56 {
		t.Fatalf("%d cases, want every whole set (84 + 32 + 80 + 24 + 16 + 56 + 56)", len(cases))
	}
	b := newTestBot(t)
	for _, c := range cases {
		r, err := b.Ask(context.Background(), c.Question, "")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if r.Kind == KindAnswer && r.Article != nil {
			got = r.Article.ID
		}
		if !strings.Contains("|"+c.Expect+"|", "|"+got+"|") || got == "" {
			t.Errorf("line %d (%s) %q: got %q (kind %s), want one of %s", c.Line, c.Lang, c.Question, got, r.Kind, c.Expect)
		}
	}
}
