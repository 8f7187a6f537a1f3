package discord

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/internal/golden"
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
