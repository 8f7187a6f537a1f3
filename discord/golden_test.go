package discord

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/internal/golden"
	"github.com/scambot/scambot/markup"
)

// TestGolden renders the golden replies as the JSON Discord receives: the
// messages of an ephemeral reply (embeds, buttons under the last one) and,
// for an offer check, the moderators' scan alert. The files are
// testdata/golden/discord/*.json at the repository root; -update rewrites
// them.
func TestGolden(t *testing.T) {
	_, cases := bottest.GoldenReplies(t)
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			msgs, comps := render(tc.Reply, true)
			type message struct {
				Embeds     []*discordgo.MessageEmbed    `json:"embeds"`
				Components []discordgo.MessageComponent `json:"components,omitempty"`
			}
			out := struct {
				Messages []message                    `json:"messages"`
				Alert    *discordgo.MessageEmbed      `json:"alert,omitempty"`
				AlertBtn []discordgo.MessageComponent `json:"alert_components,omitempty"`
			}{}
			for i, m := range msgs {
				msg := message{Embeds: m}
				if i == len(msgs)-1 {
					msg.Components = comps
				}
				out.Messages = append(out.Messages, msg)
			}
			if tc.Reply.Kind == bot.KindCheck {
				posted := &discordgo.Message{ID: "556", ChannelID: "201", GuildID: "100", Author: &discordgo.User{ID: "400"}}
				out.Alert = alertEmbed(posted, tc.Reply)
				out.Alert.Timestamp = "" // the time it was posted
				out.AlertBtn = alertButtons(posted, tc.Reply.Lang)
			}
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false) // readable: "<@400>", not "\u003c@400\u003e"
			enc.SetIndent("", "  ")
			if err := enc.Encode(out); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "discord/"+tc.Name+".json", b.Bytes())
		})
	}
}

// TestCheckUsesCoreRendering: every sign, counter-sign and next step in
// the check embed and the alert is the core's rendering (bot.RenderCheck,
// which Reply.Body is made of too), not a copy of its rules.
func TestCheckUsesCoreRendering(t *testing.T) {
	_, cases := bottest.GoldenReplies(t)
	checked := 0
	for _, tc := range cases {
		if tc.Reply.Kind != bot.KindCheck {
			continue
		}
		checked++
		v := bot.RenderCheck(*tc.Reply.Check, tc.Reply.Lang)
		e := checkEmbed(tc.Reply)
		alert := alertEmbed(&discordgo.Message{ID: "1", ChannelID: "2", GuildID: "3", Author: &discordgo.User{ID: "4"}}, tc.Reply)
		for i, s := range v.Signals {
			want := markup.Discord(s.Text)
			if i >= len(e.Fields) || e.Fields[i].Value != want || alert.Fields[i].Value != want {
				t.Errorf("%s: sign %d is not the core's line %q", tc.Name, i, want)
			}
			if !strings.Contains(tc.Reply.Body, s.Text) {
				t.Errorf("%s: the core's body lacks its own line %q", tc.Name, s.Text)
			}
		}
		all := ""
		for _, f := range e.Fields {
			all += f.Value + "\n"
		}
		for _, line := range append(counterTexts(v), v.Advice...) {
			if !strings.Contains(all, markup.Discord(line)) {
				t.Errorf("%s: %q missing from the embed", tc.Name, line)
			}
		}
		if !strings.Contains(e.Description, markup.Discord(v.Summary)) || !strings.Contains(alert.Description, markup.Discord(v.Summary)) {
			t.Errorf("%s: summary %q not in the embed or the alert", tc.Name, v.Summary)
		}
	}
	if checked == 0 {
		t.Fatal("no offer check among the golden replies")
	}
}

func counterTexts(v bot.CheckView) []string {
	var out []string
	for _, c := range v.Counter {
		out = append(out, c.Text)
	}
	return out
}
