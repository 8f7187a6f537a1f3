package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/store"
)

// guild returns a guild's scan settings through a small cache; the cache
// is written through by the /scan commands.
func (b *Bot) guild(ctx context.Context, id string) (store.Guild, error) {
	b.mu.Lock()
	g, ok := b.guilds[id]
	b.mu.Unlock()
	if ok {
		return g, nil
	}
	g, err := b.store.Guild(ctx, id)
	if err != nil {
		return store.Guild{}, err
	}
	b.mu.Lock()
	b.guilds[id] = g
	b.mu.Unlock()
	return g, nil
}

// setLocale records a server's preferred locale (Server Settings →
// Community → Overview), which the gateway sends when the bot joins or
// connects and whenever it changes.
func (b *Bot) setLocale(g *discordgo.Guild) {
	if g == nil || g.ID == "" || g.Unavailable {
		return
	}
	b.mu.Lock()
	b.locales[g.ID] = string(g.PreferredLocale)
	b.mu.Unlock()
}

// alertLang is the language a guild's alerts are written in, for its
// moderators rather than for the poster: the one set with /scan language,
// else the server's preferred locale, else English (lang.Reply, with no
// text: the offer's own language does not count).
func (b *Bot) alertLang(g store.Guild) string {
	b.mu.Lock()
	loc := b.locales[g.ID]
	b.mu.Unlock()
	return lang.Reply(g.Lang, loc, "")
}

func (b *Bot) forget(guildID string) {
	b.mu.Lock()
	delete(b.guilds, guildID)
	b.mu.Unlock()
}

// scanCommand serves /scan. Discord hides it from members without Manage
// Server by default, but server admins can change that, so the permission
// is checked again on every use.
func (b *Bot) scanCommand(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	l := userLang(i)
	m := bot.Messages(l)
	d := texts(l)
	if i.GuildID == "" || i.Member == nil {
		return b.text(i, d.GuildOnly, true)
	}
	if !hasPerm(i, discordgo.PermissionManageGuild) {
		return b.text(i, d.NeedManageServer, true)
	}
	if len(data.Options) != 1 || data.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
		return b.text(i, m.BadCallback, true)
	}
	sub := data.Options[0]
	opts := options(sub.Options)
	ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
	defer cancel()
	gid := i.GuildID
	channel := optString(opts, optChannel)
	if sub.Name != scanThreshold && sub.Name != scanShow && sub.Name != scanLanguage && !isSnowflake(channel) {
		return b.text(i, m.BadCallback, true)
	}
	var err error
	var msg string
	switch sub.Name {
	case scanEnable:
		err = b.store.Watch(ctx, gid, channel, true)
		msg = fmt.Sprintf(d.ScanEnabled, channel)
	case scanDisable:
		err = b.store.Watch(ctx, gid, channel, false)
		msg = fmt.Sprintf(d.ScanDisabled, channel)
	case scanModLog:
		err = b.store.SetModLog(ctx, gid, channel)
		msg = fmt.Sprintf(d.ScanModLogSet, channel)
	case scanThreshold:
		level := optString(opts, optLevel)
		if level != store.ThresholdHigh && level != store.ThresholdMedium {
			return b.text(i, m.BadCallback, true)
		}
		err = b.store.SetThreshold(ctx, gid, level)
		msg = fmt.Sprintf(d.ScanThresholdSet, level)
	case scanLanguage:
		code := optString(opts, optLanguage)
		if code == langAuto {
			code = ""
		}
		if code != "" && !lang.Valid(code) {
			return b.text(i, m.BadCallback, true)
		}
		if err = b.store.SetLang(ctx, gid, code); err == nil {
			g, _ := b.guild(ctx, gid) // the cached settings, with the new language below
			g.Lang = code
			if code == "" {
				msg = fmt.Sprintf(d.ScanLangSetAuto, lang.Name(b.alertLang(g)))
			} else {
				msg = fmt.Sprintf(d.ScanLangSet, lang.Name(code))
			}
		}
	case scanShow:
	default:
		return b.text(i, m.BadCallback, true)
	}
	b.forget(gid)
	if err != nil {
		b.text(i, m.Failure, true) //nolint:errcheck // the store error is what matters
		return err
	}
	g, err := b.guild(ctx, gid)
	if err != nil {
		b.text(i, m.Failure, true) //nolint:errcheck
		return err
	}
	return b.respondRaw(i, strings.TrimSpace(msg+"\n\n"+b.settingsText(g, l)))
}

// settingsText describes a guild's scan settings; channel mentions are
// raw Discord syntax, so this does not go through markup.
func (b *Bot) settingsText(g store.Guild, l string) string {
	d := texts(l)
	var s strings.Builder
	s.WriteString("**" + d.ScanSettingsTitle + "**\n")
	if len(g.Watched) == 0 {
		s.WriteString(d.ScanWatchedNone + "\n")
	} else {
		s.WriteString(d.ScanWatched)
		for _, c := range g.Watched {
			s.WriteString(" <#" + c + ">")
		}
		s.WriteString("\n")
	}
	if g.ModLog == "" {
		s.WriteString(d.ScanModLogNone + "\n")
	} else {
		s.WriteString(fmt.Sprintf(d.ScanModLog, g.ModLog) + "\n")
	}
	s.WriteString(fmt.Sprintf(d.ScanThreshold, g.Threshold) + "\n")
	if g.Lang == "" {
		s.WriteString(fmt.Sprintf(d.ScanLangAuto, lang.Name(b.alertLang(g))) + "\n")
	} else {
		s.WriteString(fmt.Sprintf(d.ScanLang, lang.Name(g.Lang)) + "\n")
	}
	s.WriteString(fmt.Sprintf(d.ScanLimit, b.cfg.AlertsPerMinute) + "\n")
	if !b.cfg.Scan {
		s.WriteString(d.ScanNoIntent + "\n")
	}
	s.WriteString(d.ScanNoStore)
	return s.String()
}

// respondRaw sends bot-built Discord Markdown (with channel mentions)
// ephemerally. Nothing user-typed may reach it.
func (b *Bot) respondRaw(i *discordgo.Interaction, content string) error {
	return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         clip(content, maxContent),
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions,
		},
	})
}

func (b *Bot) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	b.cfg.Metrics.Update("discord", "message")
	b.track(func() {
		if err := b.scan(mc.Message); err != nil {
			b.log.Warn("scan failed", "err", err)
		}
	})
}

// scan checks a new message in a watched channel and alerts the mod-log
// channel when it reaches the guild's threshold. The text is read in
// memory only; nothing is stored or logged.
func (b *Bot) scan(m *discordgo.Message) error {
	if !b.cfg.Scan || m == nil || m.GuildID == "" || m.Author == nil || m.Author.Bot || m.WebhookID != "" {
		return nil
	}
	if selfID, _ := b.self(); m.Author.ID == selfID || strings.TrimSpace(m.Content) == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
	defer cancel()
	g, err := b.guild(ctx, m.GuildID)
	if err != nil {
		return err
	}
	if !g.Watches(m.ChannelID) || g.ModLog == "" {
		return nil
	}
	// Moderators read the alert: it is in their language, and quotes the
	// offer's own words as posted.
	r := b.core.Check(m.Content, b.alertLang(g))
	if r.Check == nil || !atLeast(r.Check.Level, g.Threshold) {
		return nil
	}
	if !b.alerts.allow(m.GuildID) {
		b.log.Warn("scan alert dropped: per-guild alert limit reached", "per_minute", b.cfg.AlertsPerMinute)
		return nil
	}
	_, err = b.s.ChannelMessageSendComplex(g.ModLog, &discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{alertEmbed(m, r)},
		Components:      alertButtons(m, r.Lang),
		AllowedMentions: noMentions,
	}, discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("posting alert: %w", err)
	}
	b.log.Info("scan alert posted")
	return nil
}

func messageURL(guildID, channelID, messageID string) string {
	return "https://discord.com/channels/" + guildID + "/" + channelID + "/" + messageID
}

// alertEmbed is the moderators' alert: link to the message, author,
// level and signals. Only the matched words are quoted, not the message.
func alertEmbed(m *discordgo.Message, r bot.Reply) *discordgo.MessageEmbed {
	res := r.Check
	v := bot.RenderCheck(*res, r.Lang)
	d := texts(r.Lang)
	link := messageURL(m.GuildID, m.ChannelID, m.ID)
	desc := markup.Discord(v.Summary) + "\n\n" + fmt.Sprintf(d.AlertPosted, m.Author.ID, m.ChannelID, link)
	return &discordgo.MessageEmbed{
		Title:       clip(d.AlertTitle, maxTitle),
		URL:         link,
		Description: clip(desc, maxDescription),
		Color:       levelColor(res.Level),
		Fields:      signalFields(v.Signals, r.Lang, maxFields-1),
		Footer:      &discordgo.MessageEmbedFooter{Text: clip(d.AlertFooter, maxFooter)},
		Timestamp:   time.Now().UTC().Format(time.RFC3339),
	}
}

func alertButtons(m *discordgo.Message, l string) []discordgo.MessageComponent {
	d := texts(l)
	return rows([]discordgo.MessageComponent{
		discordgo.Button{Label: clip(d.ButtonDelete, maxButtonLabel), Style: discordgo.DangerButton, CustomID: button{kind: "del", ch: m.ChannelID, msg: m.ID}.id()},
		discordgo.Button{Label: clip(d.ButtonDismiss, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: button{kind: "dis"}.id()},
	})
}

// moderate handles an alert's Delete and Dismiss buttons. The member
// needs Manage Messages, and the button must sit on one of this bot's
// alerts in this guild that points at the very message to delete: a
// forged custom ID cannot delete anything else.
func (b *Bot) moderate(i *discordgo.Interaction, btn button) error {
	l := userLang(i)
	msgs := bot.Messages(l)
	d := texts(l)
	if !hasPerm(i, discordgo.PermissionManageMessages) {
		return b.text(i, d.NeedManageMsgs, true)
	}
	selfID, _ := b.self()
	msg := i.Message
	if msg == nil || msg.Author == nil || msg.Author.ID != selfID || len(msg.Embeds) == 0 ||
		!strings.HasPrefix(msg.Embeds[0].URL, "https://discord.com/channels/"+i.GuildID+"/") {
		return b.text(i, msgs.BadCallback, true)
	}
	alert := msg.Embeds[0]
	if btn.kind == "del" && alert.URL != messageURL(i.GuildID, btn.ch, btn.msg) {
		return b.text(i, msgs.BadCallback, true)
	}
	mod := d.AlertSomeModerator
	if i.Member.User != nil && isSnowflake(i.Member.User.ID) {
		mod = "<@" + i.Member.User.ID + ">"
	}
	if btn.kind == "dis" {
		return b.s.InteractionRespond(i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{
				Embeds:          []*discordgo.MessageEmbed{resolved(alert, l, fmt.Sprintf(d.AlertDismissed, mod))},
				Components:      []discordgo.MessageComponent{},
				AllowedMentions: noMentions,
			},
		})
	}
	// Deleting is a REST call: acknowledge the click first.
	if err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
		return fmt.Errorf("deferring: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
	defer cancel()
	outcome := fmt.Sprintf(d.AlertDeleted, mod)
	err := b.s.ChannelMessageDelete(btn.ch, btn.msg, discordgo.WithContext(ctx))
	var rest *discordgo.RESTError
	switch {
	case errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusNotFound:
		outcome = fmt.Sprintf(d.AlertGone, mod)
		err = nil
	case err != nil:
		outcome = d.AlertDeleteFailed
	}
	embeds := []*discordgo.MessageEmbed{resolved(alert, l, outcome)}
	edit := &discordgo.WebhookEdit{Embeds: &embeds, AllowedMentions: noMentions}
	if err == nil {
		edit.Components = &[]discordgo.MessageComponent{}
	}
	if _, eerr := b.s.InteractionResponseEdit(i, edit); eerr != nil {
		return errors.Join(err, fmt.Errorf("updating alert: %w", eerr))
	}
	if err != nil {
		return fmt.Errorf("deleting message: %w", err)
	}
	return nil
}

// resolved copies an alert embed with a line saying what a moderator did,
// headed in language l.
func resolved(e *discordgo.MessageEmbed, l, outcome string) *discordgo.MessageEmbed {
	c := *e
	c.Fields = append([]*discordgo.MessageEmbedField(nil), e.Fields...)
	if len(c.Fields) >= maxFields {
		c.Fields = c.Fields[:maxFields-1]
	}
	c.Fields = append(c.Fields, &discordgo.MessageEmbedField{Name: clip(texts(l).AlertOutcome, maxFieldName), Value: clip(outcome, maxFieldValue)})
	shrink(&c, l)
	return &c
}
