package terminal

import (
	"context"
	"strings"
	"testing"

	"github.com/scambot/scambot/bot/bottest"
)

func chat(t *testing.T, input string) string {
	t.Helper()
	var out strings.Builder
	c := &Chat{Bot: bottest.Core(t), In: strings.NewReader(input), Out: &out}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestChatFlows(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string
	}{
		{"question", "what is pig butchering?\n", []string{"sha zhu pan", "Sources", "/topic "}},
		{"check inline", "/check Free flight to Sihanoukville, $3000 a month, no experience, send passport copy on Telegram\n",
			[]string{"score", "Sihanoukville"}},
		{"check block", "/check\nURGENT hiring in Myawaddy\nsalary 50,000 baht, no experience\n\n", []string{"score", "Myawaddy"}},
		{"topics", "/topics\n", []string{"pig-butchering", "for-moderators"}},
		{"topic", "/topic money-mules\n", []string{"money mule"}},
		{"topic in full", "/topic trapped-what-to-do\n", []string{"STAY SAFE FIRST", "AFTER YOU ARE OUT", "https://"}},
		{"welcome choice", "3\n", []string{"Hotlines"}},
		{"unsure then choice", "Hiring now: customer service job in Cambodia, salary $2000 a month, free flight and hotel, no experience needed, apply on Telegram\n1\n",
			[]string{"Check it as a job offer", "score"}},
		{"unknown topic", "/topic nope\n", []string{"know that topic", "(/topic pig-butchering)"}},
		{"hotlines", "/hotlines philippines\n", []string{"1326"}},
		{"lang", "/lang xx\n/lang vi\n/lang auto\n", []string{"Unknown language", "Tiếng Việt", "Language: detected"}},
		{"help", "/help\n", []string{"/check", "/hotlines"}},
		{"privacy", "/privacy\n", []string{"never"}},
		{"about", "/about\n", []string{"scambot"}},
		{"unknown command", "/frob\n", []string{"Unknown command"}},
		{"quit stops", "/quit\nwhat is pig butchering\n", nil},
		{"hostile", "title:*\n+-\"\n\\\n🙏🙏\n\xff\xfe\n", []string{"I don't have a good answer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := chat(t, tt.input)
			for _, w := range tt.want {
				if !strings.Contains(strings.ToLower(out), strings.ToLower(w)) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if tt.name == "quit stops" && strings.Contains(out, "sha zhu pan") {
				t.Error("kept answering after /quit")
			}
		})
	}
}

// A line longer than the reader's cap used to end the line-mode chat with
// "bufio.Scanner: token too long"; it is cut and the chat goes on.
func TestChatHugeLineKeepsGoing(t *testing.T) {
	huge := strings.Repeat("a", 1<<20)
	for _, input := range []string{
		huge + "\nwhat is pig butchering?\n",
		"/check\n" + huge + "\n\nwhat is pig butchering?\n",
	} {
		if out := chat(t, input); !strings.Contains(out, "sha zhu pan") {
			t.Errorf("no answer after a 1 MB line:\n%.2000s", out[max(0, len(out)-2000):])
		}
	}
}

// /topic takes an id as typed on a phone keyboard (capitalised), and /topic
// alone lists the topics without calling the empty id unknown.
func TestTopicArgument(t *testing.T) {
	out := chat(t, "/topic Pig-Butchering\n")
	if strings.Contains(out, "know that topic") || !strings.Contains(out, "sha zhu pan") {
		t.Errorf("/topic Pig-Butchering:\n%s", out)
	}
	out = chat(t, "/topic\n")
	if strings.Contains(out, "know that topic") || !strings.Contains(out, "(/topic pig-butchering)") {
		t.Errorf("/topic alone:\n%s", out)
	}
}
