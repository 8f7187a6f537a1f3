package discord

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/offer"
)

// checkLimits fails the test if any message breaks a Discord limit.
func checkLimits(t *testing.T, msgs [][]*discordgo.MessageEmbed) {
	t.Helper()
	for _, m := range msgs {
		if len(m) == 0 || len(m) > maxEmbeds {
			t.Errorf("message with %d embeds", len(m))
		}
		total := 0
		for _, e := range m {
			total += embedSize(e)
			for name, c := range map[string]struct {
				s   string
				max int
			}{
				"title": {e.Title, maxTitle}, "description": {e.Description, maxDescription},
			} {
				if len(c.s) > c.max || !utf8.ValidString(c.s) {
					t.Errorf("%s: %d bytes (max %d), valid UTF-8 %v", name, len(c.s), c.max, utf8.ValidString(c.s))
				}
			}
			if len(e.Fields) > maxFields {
				t.Errorf("%d fields", len(e.Fields))
			}
			for _, f := range e.Fields {
				if len(f.Name) > maxFieldName || len(f.Value) > maxFieldValue || f.Name == "" || f.Value == "" {
					t.Errorf("field name %d bytes, value %d bytes", len(f.Name), len(f.Value))
				}
				if !utf8.ValidString(f.Name) || !utf8.ValidString(f.Value) {
					t.Errorf("field not valid UTF-8")
				}
			}
			if e.Footer != nil && len(e.Footer.Text) > maxFooter {
				t.Errorf("footer %d bytes", len(e.Footer.Text))
			}
		}
		if total > maxEmbedTotal {
			t.Errorf("message of %d characters (max %d)", total, maxEmbedTotal)
		}
	}
}

func TestLimits(t *testing.T) {
	para := strings.Repeat("Recruiters promise high pay and free flights. ", 30)
	long := strings.Repeat(para+"\n\n", 12) // ~17 KB: several embeds, several messages
	var sigs []offer.Signal
	for i := 0; i < 40; i++ {
		sigs = append(sigs, offer.Signal{
			Rule: "r", Category: "pay", Text: strings.Repeat("Pay far above the norm. ", 60),
			Matched: []string{strings.Repeat("$9,999 ", 50), "@everyone", "**bold**", "\xff\xfe"},
		})
	}
	var sources []knowledge.Source
	for i := 0; i < 200; i++ {
		sources = append(sources, knowledge.Source{Publisher: "UNODC", Title: "Casinos, money laundering and underground banking", Year: 2024})
	}
	cases := []struct {
		name string
		r    bot.Reply
	}{
		{"long article", bot.Reply{Kind: bot.KindAnswer, Lang: "en", Body: long, Notice: "A notice", Sources: sources}},
		{"one huge word", bot.Reply{Kind: bot.KindAnswer, Lang: "th", Body: strings.Repeat("ก", 20000)}},
		{"empty", bot.Reply{Kind: bot.KindInfo, Lang: "en"}},
		{"invalid UTF-8", bot.Reply{Kind: bot.KindInfo, Lang: "en", Body: "a\xffb" + strings.Repeat("\xc3", 5000)}},
		{"many signals", bot.Reply{Kind: bot.KindCheck, Lang: "en", Check: &offer.Result{
			Score: 99, Level: offer.High, Signals: sigs, Counter: sigs[:5],
			Advice: []offer.Advice{{Text: strings.Repeat("Verify. ", 300)}},
		}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			msgs := pack(replyEmbeds(c.r), c.r.Lang)
			checkLimits(t, msgs)
			var text strings.Builder
			for _, m := range msgs {
				for _, e := range m {
					text.WriteString(embedText(e))
				}
			}
			if strings.Contains(text.String(), "@everyone") {
				t.Errorf("an @everyone mention survived rendering")
			}
		})
	}
	// Nothing of a long article is lost: it is split, not cut.
	msgs := pack(replyEmbeds(cases[0].r), cases[0].r.Lang)
	if len(msgs) < 2 {
		t.Errorf("a 17 KB article fits in %d message(s)", len(msgs))
	}
	n := 0
	for _, m := range msgs {
		for _, e := range m {
			n += strings.Count(e.Description, "Recruiters promise")
		}
	}
	if n != 30*12 {
		t.Errorf("split article has %d sentences, want %d", n, 30*12)
	}
	// Too many signals end in a notice, not silently.
	e := replyEmbeds(cases[4].r)[0]
	if last := e.Fields[len(e.Fields)-3]; !strings.Contains(last.Value, "more signs not shown") {
		t.Errorf("no notice for signals left out: %+v", last)
	}
}

func TestAlertEmbedLimits(t *testing.T) {
	var sigs []offer.Signal
	for i := 0; i < 30; i++ {
		sigs = append(sigs, offer.Signal{Category: "travel", Text: strings.Repeat("x", 2000), Matched: []string{strings.Repeat("y", 2000)}})
	}
	r := bot.Reply{Kind: bot.KindCheck, Lang: "en", Check: &offer.Result{Level: offer.Medium, Signals: sigs}}
	m := &discordgo.Message{ID: "3", ChannelID: "2", GuildID: "1", Author: &discordgo.User{ID: "4"}}
	e := alertEmbed(m, r)
	checkLimits(t, pack([]*discordgo.MessageEmbed{e}, "en"))
	if e.Color != colorMedium || e.URL != "https://discord.com/channels/1/2/3" {
		t.Errorf("alert colour %#x url %q", e.Color, e.URL)
	}
	done := resolved(e, "en", "Dismissed by <@5>")
	checkLimits(t, pack([]*discordgo.MessageEmbed{done}, "en"))
	if !strings.Contains(embedText(done), "Dismissed by <@5>") {
		t.Errorf("outcome lost when shrinking the alert")
	}
}

func TestLevels(t *testing.T) {
	for _, c := range []struct {
		level     offer.Level
		threshold string
		alert     bool
		color     int
	}{
		{offer.High, "high", true, colorHigh},
		{offer.High, "medium", true, colorHigh},
		{offer.Medium, "high", false, colorMedium},
		{offer.Medium, "medium", true, colorMedium},
		{offer.Low, "medium", false, colorLow},
		{offer.Low, "high", false, colorLow},
	} {
		if got := atLeast(c.level, c.threshold); got != c.alert {
			t.Errorf("atLeast(%s, %s) = %v", c.level, c.threshold, got)
		}
		if got := levelColor(c.level); got != c.color {
			t.Errorf("levelColor(%s) = %#x", c.level, got)
		}
	}
}

func TestButtons(t *testing.T) {
	r := bot.Reply{Lang: "en", Actions: []bot.Action{
		{Kind: bot.ActionTopic, Arg: "task-scams", Label: strings.Repeat("L", 200)},
		{Kind: bot.ActionTopic, Arg: "Bad Id!", Label: "x"},
		{Kind: bot.ActionCheck, Label: "check"},
		{Kind: bot.ActionHotlines, Label: "h"},
		{Kind: bot.ActionHelpNow, Label: "help"},
		{Kind: bot.ActionTopics, Label: "all"},
		{Kind: bot.ActionTopic, Arg: "a", Label: "a"},
		{Kind: bot.ActionTopic, Arg: "b", Label: "b"},
	}}
	rowsOut := buttons(r, true)
	var ids []string
	for _, row := range rowsOut {
		for _, c := range row.(discordgo.ActionsRow).Components {
			b := c.(discordgo.Button)
			if len(b.Label) > maxButtonLabel {
				t.Errorf("label of %d bytes", len(b.Label))
			}
			if _, ok := parseButton(b.CustomID); !ok {
				t.Errorf("emitted custom ID %q does not parse", b.CustomID)
			}
			ids = append(ids, b.CustomID)
		}
		if n := len(row.(discordgo.ActionsRow).Components); n > 5 {
			t.Errorf("row of %d buttons", n)
		}
	}
	want := []string{"sb1:t:task-scams", "sb1:hot", "sb1:help", "sb1:topics", "sb1:t:a", "sb1:t:b", "sb1:pub"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("buttons = %v, want %v", ids, want)
	}
}

func TestParseButton(t *testing.T) {
	for _, c := range []struct {
		id   string
		ok   bool
		want button
	}{
		{"sb1:t:task-scams", true, button{kind: "t", arg: "task-scams"}},
		{"sb1:topics", true, button{kind: "topics"}},
		{"sb1:hot", true, button{kind: "hot"}},
		{"sb1:hot:Philippines", true, button{kind: "hot", arg: "Philippines"}},
		{"sb1:help", true, button{kind: "help"}},
		{"sb1:pub", true, button{kind: "pub"}},
		{"sb1:dis", true, button{kind: "dis"}},
		{"sb1:del:201:556", true, button{kind: "del", ch: "201", msg: "556"}},
		{"sb1:del:201", false, button{}},
		{"sb1:del:2x1:556", false, button{}},
		{"sb1:del:201:556:7", false, button{}},
		{"sb1:del:123456789012345678901:1", false, button{}},
		{"sb1:t:", false, button{}},
		{"sb1:t:A", false, button{}},
		{"sb1:t:a:b", false, button{}},
		{"sb1:pub:x", false, button{}},
		{"sb1:hot:a:b", false, button{}},
		{"sb1:nope", false, button{}},
		{"sb2:t:a", false, button{}},
		{"", false, button{}},
		{"sb1:t:" + strings.Repeat("a", 100), false, button{}},
	} {
		got, ok := parseButton(c.id)
		if ok != c.ok || got != c.want {
			t.Errorf("parseButton(%q) = %+v, %v; want %+v, %v", c.id, got, ok, c.want, c.ok)
		}
		if ok {
			if back := got.id(); back != c.id {
				t.Errorf("round trip %q -> %q", c.id, back)
			}
		}
	}
}

func FuzzParseButton(f *testing.F) {
	for _, s := range []string{"sb1:t:task-scams", "sb1:del:1:2", "sb1:hot:Viet Nam", "\xff", "sb1:::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, ok := parseButton(s)
		if !ok {
			return
		}
		if b.id() != s {
			t.Errorf("%q parses but prints as %q", s, b.id())
		}
	})
}

func TestLimiter(t *testing.T) {
	now := time.Unix(1000, 0)
	l := newLimiter(2, time.Minute)
	l.now = func() time.Time { return now }
	steps := []struct {
		advance time.Duration
		key     string
		want    bool
	}{
		{0, "g1", true}, {0, "g1", true}, {0, "g1", false}, {0, "g2", true},
		{59 * time.Second, "g1", false}, {time.Second, "g1", true}, {0, "g1", true}, {0, "g1", false},
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		if got := l.allow(s.key); got != s.want {
			t.Errorf("step %d: allow(%s) = %v, want %v", i, s.key, got, s.want)
		}
	}
}

func TestMessageLink(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"https://discord.com/channels/1/2/3", true},
		{"<https://ptb.discord.com/channels/1/2/3>", true},
		{"https://discordapp.com/channels/1/2/3", true},
		{"https://discord.com/channels/1/2/3 and more text", false},
		{"http://discord.com/channels/1/2/3", false},
		{"https://evil.com/channels/1/2/3", false},
		{"https://discord.com/channels/1/2/x", false},
	} {
		if got := messageLink.MatchString(c.in); got != c.ok {
			t.Errorf("messageLink(%q) = %v", c.in, got)
		}
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"DISCORD_TOKEN": " tok ", "DISCORD_API_URL": "http://127.0.0.1:1", "DISCORD_GUILD_ID": "5", "DISCORD_SCAN": "Yes"}
	c := ConfigFromEnv(func(k string) string { return env[k] })
	if c.Token != "tok" || c.APIURL != "http://127.0.0.1:1" || c.GuildID != "5" || !c.Scan {
		t.Errorf("ConfigFromEnv = %+v", c)
	}
	if ConfigFromEnv(func(string) string { return "" }).Scan {
		t.Error("scan on by default")
	}
	for _, v := range []string{"0", "off", "No"} {
		if c := ConfigFromEnv(func(k string) string { return map[string]string{"DISCORD_SCAN": v}[k] }); c.Scan || c.envErr != nil {
			t.Errorf("DISCORD_SCAN=%s: scan %v, err %v", v, c.Scan, c.envErr)
		}
	}
	c = ConfigFromEnv(func(k string) string { return map[string]string{"DISCORD_TOKEN": "t", "DISCORD_SCAN": "maybe"}[k] })
	if _, err := New(c, &bot.Bot{}, nil); err == nil || !strings.Contains(err.Error(), "DISCORD_SCAN") {
		t.Errorf("DISCORD_SCAN=maybe: New = %v, want an error naming the setting", err)
	}
}

func TestNewValidates(t *testing.T) {
	for _, c := range []Config{{}, {Token: "t", APIURL: "ftp://x"}, {Token: "t", APIURL: "://"}} {
		if _, err := New(c, &bot.Bot{}, nil); err == nil {
			t.Errorf("New(%+v) accepted", c)
		}
	}
}
