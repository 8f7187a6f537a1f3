package bot

import (
	"context"
	"testing"

	"github.com/scambot/scambot/knowledge"
)

// The kinds of message issue 9 found failing, with lines written for this
// test (not from any evaluation or training set). Each kind has a floor
// below its measured rate, so one wobble does not fail the build but a
// regression in the kind does; the help path has no floor but 100%.
func TestFailureKinds(t *testing.T) {
	type line struct{ lang, text, want string } // want "" = must not answer
	kinds := []struct {
		name  string
		floor float64
		lines []line
	}{
		{"narrative ending in a question (help path)", 1, []line{
			{"en", "Last spring my younger brother answered an ad for a casino job in Sihanoukville. He flew from Manila with two friends. Now he writes only at 2am, says the boss keeps everyone's passports and they get beaten when they miss targets. My mother cries every day. What can we do?", knowledge.TopicHelpSomeoneTrapped},
			{"en", "i came here for a customer service job but its not what they said, they lock the gate at night and say i owe 3000 for the flight. i have my phone hidden. what now", knowledge.TopicTrappedWhatToDo},
			{"vi", "con trai tôi đi làm ở Campuchia từ tháng 3, hôm qua nó nhắn là công ty không cho về, bắt phải nộp 5000 đô mới thả. Gia đình tôi nên làm gì bây giờ?", knowledge.TopicHelpSomeoneTrapped},
			{"id", "suami saya berangkat ke myanmar lewat agen, katanya kerja di hotel. sekarang dia bilang dipukuli dan hpnya disita, cuma bisa kabar sebentar malam. kami harus gimana?", knowledge.TopicHelpSomeoneTrapped},
			{"th", "ลูกสาวไปทำงานที่ปอยเปตได้สองเดือน ตอนนี้เขาบอกว่าโดนขังและโดนยึดพาสปอร์ต ครอบครัวควรทำอย่างไรดีคะ", knowledge.TopicHelpSomeoneTrapped},
			{"tl", "yung bunso namin umalis papuntang cambodia para daw sa online job, ngayon sabi niya hindi sila pinapalabas at binubugbog sila pag kulang ang quota. ano po ang dapat naming gawin?", knowledge.TopicHelpSomeoneTrapped},
			{"hi", "mera chhota bhai teen mahine pehle thailand gaya tha job ke liye, ab keh raha hai ki use myanmar le gaye aur wahan band karke rakha hai, hum kya karein", knowledge.TopicHelpSomeoneTrapped},
			{"zh", "我表姐去年说去泰国做客服，结果被带到缅甸的园区，现在说护照被扣了，每天被逼着骗人，我们家该找谁？", knowledge.TopicHelpSomeoneTrapped},
		}},
		{"consequence and reason questions", 0.8, []line{
			{"en", "can the workers in those compounds simply quit and walk out?", knowledge.TopicLifeInsideCompounds},
			{"en", "why would an educated person travel there on their own?", knowledge.TopicWhoGetsTrafficked + "|" + knowledge.TopicHowRecruitmentWorks},
			{"en", "roughly how many people are stuck in scam centres in southeast asia", knowledge.TopicWhatAreFraudFactories},
			{"en", "the checker found nothing suspicious in my offer, so can I trust it?", knowledge.TopicCheckCommand},
			{"en", "are governments outside the region doing anything about these scam centres", knowledge.TopicInternationalAction},
			{"en", "how come the police don't close these places down", knowledge.TopicWhyTheyPersist},
		}},
		// Issue 9's second round: the reasons behind the lure and the
		// life inside, asked without the topic's name.
		{"reasons behind the lure and life inside", 0.7, []line{
			{"en", "if it's all a scam, why does the company cover the flight and the hotel?", knowledge.TopicHowRecruitmentWorks + "|" + knowledge.TopicJobOfferRedFlags},
			{"en", "where does the name pig butchering come from", knowledge.TopicPigButchering},
			{"en", "what do the bosses do to workers who refuse to scam", knowledge.TopicLifeInsideCompounds},
			{"en", "are the workers allowed to use their own mobiles in there", knowledge.TopicLifeInsideCompounds},
			{"en", "how do they get people over the border without anyone noticing", knowledge.TopicHowRecruitmentWorks},
			{"en", "if the offer check shows no warning signs does that mean the job is real", knowledge.TopicCheckCommand},
			{"id", "kenapa penipuan ini disebut jagal babi", knowledge.TopicPigButchering},
			{"vi", "người trong đó có được giữ điện thoại không", knowledge.TopicLifeInsideCompounds},
		}},
		// Messages that share words with an emergency but are not one:
		// they may miss their article, never get the help path.
		{"not an emergency", 0.5, []line{
			{"en", "is it normal to hand my passport to the recruiter before I travel?", knowledge.TopicVerifyAJobOffer + "|" + knowledge.TopicJobOfferRedFlags + "|" + knowledge.TopicHowRecruitmentWorks},
			{"en", "does this bot keep a copy of the messages I send?", knowledge.TopicAboutThisBot},
			{"en", "my colleague put his savings into a fake trading site and it's gone, what should he do", knowledge.TopicLostMoney + "|" + knowledge.TopicInvestmentCryptoScams},
			{"en", "what kinds of fraud are the trafficked people forced to commit", knowledge.TopicScamTypes},
			{"en", "can you phone the police on my behalf", knowledge.TopicAboutThisBot},
		}},
		// Emergencies written without the usual words: the help path,
		// always.
		{"emergency without the usual words", 1, []line{
			{"en", "flying out tomorrow, the recruiter has kept my passport since last week and now I'm really scared", knowledge.TopicTrappedWhatToDo},
			{"en", "the manager says I can leave once I pay back 4000 dollars for the trip and food", knowledge.TopicTrappedWhatToDo},
			{"en", "my sister reached the company near the Myanmar border on monday and hasn't answered since, what can we do", knowledge.TopicHelpSomeoneTrapped},
		}},
		{"near-domain traps", 0.8, []line{
			{"en", "at what weight should I send my pigs to slaughter", ""},
			{"en", "how much is the visa on arrival for a holiday in Siem Reap", ""},
			{"en", "what font should I use on my resume", ""},
			{"en", "how do I add people to a whatsapp group", ""},
			{"en", "is Phnom Penh one hour ahead of Jakarta", ""},
			{"en", "should I buy ethereum this month", ""},
			{"vi", "cách làm thịt heo quay giòn bì", ""},
			{"id", "berapa biaya visa turis ke thailand", ""},
		}},
	}
	b := newTestBot(t)
	for _, k := range kinds {
		right := 0
		for _, l := range k.lines {
			r, err := b.Ask(context.Background(), l.text, "")
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if r.Kind == KindAnswer && r.Article != nil {
				got = r.Article.ID
			}
			if k.name == "not an emergency" && (got == knowledge.TopicTrappedWhatToDo || got == knowledge.TopicHelpSomeoneTrapped) {
				t.Errorf("%s %q: got the help path (%s)", l.lang, l.text, got)
			}
			if got == l.want || (got != "" && contains(l.want, got)) {
				right++
			} else {
				t.Logf("%s: %s %q: got %q, want %q", k.name, l.lang, l.text, got, l.want)
			}
		}
		rate := float64(right) / float64(len(k.lines))
		t.Logf("%s: %d/%d", k.name, right, len(k.lines))
		if rate < k.floor {
			t.Errorf("%s: %.0f%% right, floor %.0f%%", k.name, 100*rate, 100*k.floor)
		}
	}
}

// contains reports whether id is one of the "|"-separated ids in want.
func contains(want, id string) bool {
	for len(want) > 0 {
		i := 0
		for i < len(want) && want[i] != '|' {
			i++
		}
		if want[:i] == id {
			return true
		}
		if i == len(want) {
			break
		}
		want = want[i+1:]
	}
	return false
}
