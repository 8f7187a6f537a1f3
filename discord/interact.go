package discord

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
)

// workTimeout bounds the work behind one interaction. The interaction
// token itself stays valid for 15 minutes once acknowledged.
const workTimeout = 20 * time.Second

// locale is the Discord locale that speaks for the member: their client's
// when it is a supported language, else the server's.
func locale(i *discordgo.Interaction) string {
	if lang.Match(string(i.Locale)) == "" && i.GuildLocale != nil {
		return string(*i.GuildLocale)
	}
	return string(i.Locale)
}

// userLang is the language for interface text: the member's locale when
// supported, else English (lang.Reply with no text).
func userLang(i *discordgo.Interaction) string {
	return lang.Reply("", locale(i), "")
}

// textLang is the language to answer text the member sent in: its own when
// detection is sure, else the member's locale (lang.Reply).
func textLang(i *discordgo.Interaction, text string) string {
	return lang.Reply("", locale(i), text)
}

func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	b.track(func() {
		i := ic.Interaction
		start := time.Now()
		kind := "unknown"
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("interaction handler panicked", "kind", kind, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				_ = b.text(i, bot.Messages(userLang(i)).Failure, true)
			}
		}()
		var err error
		switch i.Type {
		case discordgo.InteractionApplicationCommand:
			kind = "command:" + commandName(i)
			b.cfg.Metrics.Update("discord", "command")
			err = b.command(i)
		case discordgo.InteractionApplicationCommandAutocomplete:
			kind = "autocomplete:" + commandName(i)
			b.cfg.Metrics.Update("discord", "autocomplete")
			err = b.autocomplete(i)
		case discordgo.InteractionMessageComponent:
			kind = "button"
			b.cfg.Metrics.Update("discord", "component")
			err = b.component(i)
		default:
			b.cfg.Metrics.Update("discord", "other")
			return
		}
		// Only the kind, the time and the outcome: never text or user ids.
		if err != nil {
			b.log.Warn("interaction failed", "kind", kind, "ms", time.Since(start).Milliseconds(), "err", redactToken(err, i.Token))
			return
		}
		b.log.Info("interaction", "kind", kind, "ms", time.Since(start).Milliseconds())
	})
}

// redactToken returns err's text without the interaction token: the
// callback and webhook URLs hold it, and network errors quote their URL,
// while whoever has the token can answer as the bot for 15 minutes.
func redactToken(err error, token string) string {
	if token == "" {
		return err.Error()
	}
	return strings.ReplaceAll(err.Error(), token, "[token]")
}

func commandName(i *discordgo.Interaction) string {
	if i.Type == discordgo.InteractionMessageComponent {
		return ""
	}
	if n := i.ApplicationCommandData().Name; len(n) <= 32 {
		return n
	}
	return "?"
}

// options flattens a command's options by name.
func options(opts []*discordgo.ApplicationCommandInteractionDataOption) map[string]*discordgo.ApplicationCommandInteractionDataOption {
	m := make(map[string]*discordgo.ApplicationCommandInteractionDataOption, len(opts))
	for _, o := range opts {
		m[o.Name] = o
	}
	return m
}

func optString(m map[string]*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	if o, ok := m[name]; ok {
		if s, ok := o.Value.(string); ok {
			return s
		}
	}
	return ""
}

func optBool(m map[string]*discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	if o, ok := m[name]; ok {
		if v, ok := o.Value.(bool); ok {
			return v
		}
	}
	return false
}

func (b *Bot) command(i *discordgo.Interaction) error {
	data := i.ApplicationCommandData()
	l := userLang(i)
	opts := options(data.Options)
	ephemeral := !optBool(opts, optPublic)
	if data.CommandType == discordgo.MessageApplicationCommand {
		return b.checkMessage(i, data)
	}
	switch data.Name {
	case cmdAsk:
		q := optString(opts, optQuestion)
		return b.deferred(i, ephemeral, func(ctx context.Context) (bot.Reply, error) {
			return b.core.Ask(ctx, q, textLang(i, q))
		})
	case cmdCheck:
		return b.checkCommand(i, optString(opts, optOffer), ephemeral)
	case cmdTopic:
		return b.reply(i, b.topic(optString(opts, optID), l), ephemeral)
	case cmdTopics:
		return b.reply(i, b.topics(l, ""), ephemeral)
	case cmdHotlines:
		return b.reply(i, b.core.Hotlines(optString(opts, optCountry), l), ephemeral)
	case cmdAbout:
		note := ""
		if !b.cfg.Scan {
			note = texts(l).NoScan
		}
		return b.reply(i, b.core.About(l, note), true)
	case cmdPrivacy:
		return b.reply(i, b.core.Privacy(l), true)
	case cmdScan:
		return b.scanCommand(i, data)
	}
	return b.text(i, bot.Messages(l).BadCallback, true)
}

// topic opens a topic by id; a typed title (autocomplete not picked)
// is matched too, else the list is shown.
func (b *Bot) topic(id, l string) bot.Reply {
	id = strings.TrimSpace(id)
	if !b.core.HasTopic(id) {
		if s := b.core.SuggestTopics(id, l, 1); len(s) == 1 && id != "" {
			id = s[0].ID
		} else {
			return b.topics(l, bot.Messages(l).UnknownTopic)
		}
	}
	r, ok := b.core.Topic(id, l)
	if !ok {
		return b.topics(l, bot.Messages(l).UnknownTopic)
	}
	return r
}

// topics lists every topic with its id, for /topic.
func (b *Bot) topics(l, intro string) bot.Reply {
	m := bot.Messages(l)
	var body strings.Builder
	body.WriteString("**" + m.TopicsTitle + "**")
	if intro != "" {
		body.WriteString("\n\n" + intro)
	}
	body.WriteString("\n")
	for _, t := range b.core.Topics(l) {
		body.WriteString("\n- " + markup.Escape(t.Title) + " — *" + markup.Escape(t.ID) + "*")
	}
	body.WriteString("\n\n" + markup.Escape("/topic id:"))
	return bot.Reply{Kind: bot.KindInfo, Lang: l, Title: m.TopicsTitle, Body: body.String()}
}

// messageLink matches a link to a message: guild, channel, message.
var messageLink = regexp.MustCompile(`^<?https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/(\d{1,20}|@me)/(\d{1,20})/(\d{1,20})>?$`)

// checkCommand checks offer text, or the message a link points to.
func (b *Bot) checkCommand(i *discordgo.Interaction, text string, ephemeral bool) error {
	l := userLang(i)
	m := messageLink.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return b.reply(i, b.core.Check(text, textLang(i, text)), ephemeral)
	}
	if i.GuildID == "" || m[1] != i.GuildID {
		return b.text(i, texts(l).LinkOtherGuild, true)
	}
	// The bot can read channels the member cannot: members may link only
	// to messages in the channel they are in; moderators (Manage Messages)
	// to any channel of this server.
	channelID, messageID := m[2], m[3]
	if channelID != i.ChannelID && !hasPerm(i, discordgo.PermissionManageMessages) {
		return b.text(i, texts(l).LinkOtherChannel, true)
	}
	// Fetching the message is a REST call: acknowledge first.
	return b.deferred(i, ephemeral, func(ctx context.Context) (bot.Reply, error) {
		unreadable := bot.Reply{Kind: bot.KindInfo, Lang: l, Body: texts(l).LinkUnreadable}
		if channelID != i.ChannelID {
			ch, err := b.s.Channel(channelID, discordgo.WithContext(ctx))
			if err != nil || ch.GuildID != i.GuildID {
				return unreadable, nil
			}
		}
		msg, err := b.s.ChannelMessage(channelID, messageID, discordgo.WithContext(ctx))
		if err != nil || strings.TrimSpace(msg.Content) == "" {
			return unreadable, nil
		}
		return b.core.Check(msg.Content, textLang(i, msg.Content)), nil
	})
}

// checkMessage serves the "Check job offer" message menu: the message
// comes resolved in the interaction, so no intent or fetch is needed.
func (b *Bot) checkMessage(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	var content string
	if data.Resolved != nil {
		if msg, ok := data.Resolved.Messages[data.TargetID]; ok && msg != nil {
			content = msg.Content
		}
	}
	if strings.TrimSpace(content) == "" {
		// A picture or a file: "use the menu" would send them back
		// to the menu they just used.
		return b.text(i, texts(userLang(i)).MessageNoText, true)
	}
	return b.reply(i, b.core.Check(content, textLang(i, content)), true)
}

func (b *Bot) autocomplete(i *discordgo.Interaction) error {
	data := i.ApplicationCommandData()
	l := userLang(i)
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range data.Options {
		if o.Focused {
			focused = o
		}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	if focused != nil {
		typed, _ := focused.Value.(string)
		switch data.Name + "/" + focused.Name {
		case cmdAsk + "/" + optQuestion:
			for _, q := range b.core.SuggestQuestions(typed, l, 25) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(q, maxChoice), Value: clip(q, maxChoice)})
			}
		case cmdTopic + "/" + optID:
			for _, t := range b.core.SuggestTopics(typed, l, 25) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(t.Title, maxChoice), Value: t.ID})
			}
		case cmdHotlines + "/" + optCountry:
			for _, c := range b.core.SuggestCountries(typed, l, 25) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: clip(c, maxChoice), Value: clip(c, maxChoice)})
			}
		}
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
}

func (b *Bot) component(i *discordgo.Interaction) error {
	l := userLang(i)
	btn, ok := parseButton(i.MessageComponentData().CustomID)
	if !ok {
		return b.text(i, bot.Messages(l).BadCallback, true)
	}
	switch btn.kind {
	case "t":
		r, ok := b.core.Topic(btn.arg, l)
		if !ok {
			return b.text(i, bot.Messages(l).BadCallback, true)
		}
		return b.reply(i, r, true)
	case "topics":
		return b.reply(i, b.topics(l, ""), true)
	case "hot":
		return b.reply(i, b.core.Hotlines(btn.arg, l), true)
	case "help":
		return b.reply(i, b.core.HelpNow(l), true)
	case "pub":
		return b.postPublic(i)
	case "del", "dis":
		return b.moderate(i, btn)
	}
	return b.text(i, bot.Messages(l).BadCallback, true)
}

// postPublic reposts one of the bot's own ephemeral answers in the channel,
// without the "Post answer publicly" button.
func (b *Bot) postPublic(i *discordgo.Interaction) error {
	selfID, _ := b.self()
	msg := i.Message
	if msg == nil || msg.Author == nil || msg.Author.ID != selfID || msg.Flags&discordgo.MessageFlagsEphemeral == 0 || len(msg.Embeds) == 0 {
		return b.text(i, bot.Messages(userLang(i)).BadCallback, true)
	}
	var keep []discordgo.MessageComponent
	for _, c := range msg.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		var btns []discordgo.MessageComponent
		for _, x := range row.Components {
			if bt, ok := x.(*discordgo.Button); ok {
				if p, ok := parseButton(bt.CustomID); ok && p.kind != "pub" && p.kind != "del" && p.kind != "dis" {
					btns = append(btns, discordgo.Button{Label: clip(bt.Label, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: bt.CustomID})
				}
			}
		}
		keep = append(keep, btns...)
	}
	embeds := msg.Embeds
	if len(embeds) > maxEmbeds {
		embeds = embeds[:maxEmbeds]
	}
	return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Embeds:          embeds,
			Components:      rows(keep),
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		},
	})
}

// flags returns the message flags for an (optionally) ephemeral reply.
func flags(ephemeral bool) discordgo.MessageFlags {
	if ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

var noMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}

// reply answers an interaction at once with a core reply: the first
// message as the response, any overflow as follow-ups.
func (b *Bot) reply(i *discordgo.Interaction, r bot.Reply, ephemeral bool) error {
	msgs, comps := render(r, ephemeral)
	first := &discordgo.InteractionResponseData{Embeds: msgs[0], Flags: flags(ephemeral), AllowedMentions: noMentions}
	if len(msgs) == 1 {
		first.Components = comps
	}
	err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: first,
	})
	if err != nil {
		return fmt.Errorf("responding: %w", err)
	}
	return b.followups(i, msgs[1:], comps, ephemeral)
}

// render lays out a core reply as Discord messages (embeds, at most a
// message's worth each) and the buttons that go under the last one.
func render(r bot.Reply, ephemeral bool) ([][]*discordgo.MessageEmbed, []discordgo.MessageComponent) {
	return pack(replyEmbeds(r), r.Lang), buttons(r, ephemeral)
}

func (b *Bot) followups(i *discordgo.Interaction, msgs [][]*discordgo.MessageEmbed, comps []discordgo.MessageComponent, ephemeral bool) error {
	for n, embeds := range msgs {
		p := &discordgo.WebhookParams{Embeds: embeds, Flags: flags(ephemeral), AllowedMentions: noMentions}
		if n == len(msgs)-1 {
			p.Components = comps
		}
		if _, err := b.s.FollowupMessageCreate(i, false, p); err != nil {
			return fmt.Errorf("follow-up: %w", err)
		}
	}
	return nil
}

// deferred acknowledges the interaction at once ("thinking..."), does the
// work, then edits the original response with the result.
func (b *Bot) deferred(i *discordgo.Interaction, ephemeral bool, work func(context.Context) (bot.Reply, error)) error {
	err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags(ephemeral)},
	})
	if err != nil {
		return fmt.Errorf("deferring: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
	defer cancel()
	r, werr := work(ctx)
	if werr != nil {
		l := userLang(i)
		r = bot.Reply{Kind: bot.KindInfo, Lang: l, Body: bot.Messages(l).Failure}
	}
	msgs := pack(replyEmbeds(r), r.Lang)
	comps := buttons(r, ephemeral)
	edit := &discordgo.WebhookEdit{Embeds: &msgs[0], AllowedMentions: noMentions}
	if len(msgs) == 1 {
		edit.Components = &comps
	}
	if _, err := b.s.InteractionResponseEdit(i, edit); err != nil {
		return errors.Join(werr, fmt.Errorf("editing response: %w", err))
	}
	if werr != nil {
		return werr
	}
	return b.followups(i, msgs[1:], comps, ephemeral)
}

// text answers with a short Markdown-subset text as plain content.
func (b *Bot) text(i *discordgo.Interaction, md string, ephemeral bool) error {
	return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         clip(markup.Discord(md), maxContent),
			Flags:           flags(ephemeral),
			AllowedMentions: noMentions,
		},
	})
}

// hasPerm reports whether the interaction's member has perm (or is an
// administrator). Discord computes these with channel overwrites applied.
func hasPerm(i *discordgo.Interaction, perm int64) bool {
	if i.Member == nil || i.GuildID == "" {
		return false
	}
	p := i.Member.Permissions
	return p&discordgo.PermissionAdministrator != 0 || p&perm == perm
}
