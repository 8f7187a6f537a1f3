package discord

import (
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
)

// Command and option names. Names stay English (Discord requires
// lowercase ASCII-like names to be stable); descriptions are localized.
const (
	cmdAsk      = "ask"
	cmdTopic    = "topic"
	cmdTopics   = "topics"
	cmdHotlines = "hotlines"
	cmdAbout    = "about"
	cmdPrivacy  = "privacy"
	cmdCheck    = "check"
	cmdScan     = "scan"
	cmdCheckMsg = "Check job offer" // message context menu

	optQuestion = "question"
	optID       = "id"
	optCountry  = "country"
	optOffer    = "offer"
	optPublic   = "public"
	optChannel  = "channel"
	optLevel    = "level"
	optLanguage = "language"
	langAuto    = "auto" // /scan language: follow the server's locale

	scanEnable    = "enable"
	scanDisable   = "disable"
	scanModLog    = "modlog"
	scanThreshold = "threshold"
	scanShow      = "show"
	scanLanguage  = "language"
)

// discordLocales maps the supported languages to Discord's locale codes.
// Malay and Tagalog have no Discord locale.
var discordLocales = map[string]discordgo.Locale{
	lang.Chinese:    discordgo.ChineseCN,
	lang.Vietnamese: discordgo.Vietnamese,
	lang.Indonesian: discordgo.Locale("id"),
	lang.Thai:       discordgo.Thai,
	lang.Hindi:      discordgo.Hindi,
}

// text is one string of either catalog, in language l.
type text func(l string) string

// shared picks a field of the strings every platform shares.
func shared(f func(*bot.Strings) string) text {
	return func(l string) string { return f(bot.Messages(l)) }
}

// own picks a field of the Discord-only strings.
func own(f func(*Strings) string) text { return func(l string) string { return f(texts(l)) } }

// localized returns the translations of one string, keyed by Discord
// locale, leaving out languages that fall back to English.
func localized(field text) map[discordgo.Locale]string {
	en := field(lang.English)
	out := map[discordgo.Locale]string{}
	for l, loc := range discordLocales {
		if s := field(l); s != "" && s != en {
			out[loc] = clip(s, 100)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// commands is the full command set, registered with one bulk overwrite.
func commands() []*discordgo.ApplicationCommand {
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	anywhere := &[]discordgo.InteractionContextType{
		discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM,
	}
	// describe sets an option's description and its translations.
	describe := func(o *discordgo.ApplicationCommandOption, field text) *discordgo.ApplicationCommandOption {
		o.Description = clip(field(lang.English), 100)
		if loc := localized(field); loc != nil {
			o.DescriptionLocalizations = loc
		}
		return o
	}
	public := describe(&discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionBoolean,
		Name: optPublic,
	}, own(func(s *Strings) string { return s.OptPublic }))
	slash := func(name string, field text, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommand {
		c := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        name,
			Description: clip(field(lang.English), 100),
			Options:     opts,
			Contexts:    anywhere,
		}
		if loc := localized(field); loc != nil {
			c.DescriptionLocalizations = &loc
		}
		return c
	}
	str := func(name string, field text, auto bool, maxLen int) *discordgo.ApplicationCommandOption {
		return describe(&discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: name,
			Required: true, Autocomplete: auto, MaxLength: maxLen,
		}, field)
	}
	channel := func(desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionChannel, Name: optChannel, Description: desc, Required: true,
			ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews, discordgo.ChannelTypeGuildForum},
		}
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}

	scan := slash(cmdScan, own(func(s *Strings) string { return s.CmdScan }),
		sub(scanEnable, "Check new messages in a channel for recruitment lures", channel("Channel to watch")),
		sub(scanDisable, "Stop checking a channel", channel("Channel to stop watching")),
		sub(scanModLog, "Set the channel where alerts are posted", channel("Mod-log channel")),
		sub(scanThreshold, "Lowest level that raises an alert", &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: optLevel, Description: "Alert level", Required: true,
			Choices: []*discordgo.ApplicationCommandOptionChoice{
				{Name: "high (fewer alerts)", Value: "high"},
				{Name: "medium (more alerts)", Value: "medium"},
			},
		}),
		sub(scanLanguage, "Language of the alerts (default: the server's language)", &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: optLanguage, Description: "Language", Required: true,
			Choices: languageChoices(),
		}),
		sub(scanShow, "Show this server's scan settings"),
	)
	scan.DefaultMemberPermissions = ptr(int64(discordgo.PermissionManageGuild))
	scan.Contexts = guildOnly

	checkMsg := &discordgo.ApplicationCommand{
		Type:     discordgo.MessageApplicationCommand,
		Name:     cmdCheckMsg,
		Contexts: guildOnly,
	}
	if loc := localized(own(func(s *Strings) string { return s.CmdCheckMessage })); loc != nil {
		for k, v := range loc {
			loc[k] = clip(v, 32)
		}
		checkMsg.NameLocalizations = &loc
	}

	return []*discordgo.ApplicationCommand{
		slash(cmdAsk, shared(func(s *bot.Strings) string { return s.CmdAsk }),
			str(optQuestion, own(func(s *Strings) string { return s.OptQuestion }), true, 2000), public),
		slash(cmdCheck, shared(func(s *bot.Strings) string { return s.CmdCheck }),
			str(optOffer, own(func(s *Strings) string { return s.OptOffer }), false, 6000), public),
		slash(cmdTopic, own(func(s *Strings) string { return s.CmdTopic }),
			str(optID, own(func(s *Strings) string { return s.OptTopic }), true, 100), public),
		slash(cmdTopics, shared(func(s *bot.Strings) string { return s.CmdTopics }), public),
		slash(cmdHotlines, shared(func(s *bot.Strings) string { return s.CmdHotlines }),
			describe(&discordgo.ApplicationCommandOption{
				Type: discordgo.ApplicationCommandOptionString, Name: optCountry, Autocomplete: true, MaxLength: 100,
			}, own(func(s *Strings) string { return s.OptCountry })), public),
		slash(cmdAbout, shared(func(s *bot.Strings) string { return s.CmdAbout })),
		slash(cmdPrivacy, shared(func(s *bot.Strings) string { return s.CmdPrivacy })),
		scan,
		checkMsg,
	}
}

// languageChoices are /scan language's choices: the server's language,
// then every supported language by its own name.
func languageChoices() []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{{Name: "auto (the server's language)", Value: langAuto}}
	for _, l := range lang.Supported {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: lang.Name(l) + " (" + l + ")", Value: l})
	}
	return out
}

// register replaces the application's commands with one bulk overwrite,
// in the configured guild or globally.
func (b *Bot) register() error {
	_, appID := b.self()
	if appID == "" {
		return fmt.Errorf("discord: READY carried no application id")
	}
	if _, err := b.s.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, commands()); err != nil {
		return fmt.Errorf("discord: registering commands: %w", err)
	}
	return nil
}
