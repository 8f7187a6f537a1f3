package bot

import (
	"reflect"
	"sync"

	"github.com/scambot/scambot/lang"
)

// Strings is every piece of interface text the bot says outside the
// articles, in one language. Values are Markdown-subset text (see package
// markup); those with %s or %d are format strings. Adapters use the
// button and command fields for their keyboards and command lists.
type Strings struct {
	// Replies.
	WelcomeTitle, Welcome              string
	HelpTitle, HelpIntro, HelpOutro    string
	HelpNowTitle, HelpNow              string
	PrivacyTitle, Privacy              string
	AbstainTitle, Abstain, AbstainNext string
	Sources, Related                   string
	FellBack                           string // %s: the language's name
	QuestionTruncated                  string // %d: bytes read
	OfferTruncated                     string // %d: bytes read
	EmptyQuestion, EmptyOffer          string
	AskPrompt, CheckPrompt             string
	Unsure                             string // asked when a message could be a question or an offer
	CheckTitle                         string
	ScoreOf                            string // %d: score
	SignalsFound, NoSignals            string
	CounterFound, NextSteps            string
	TopicsTitle, HotlinesTitle         string
	HotlinesPick                       string
	UnknownCountry                     string // %s: what the user typed
	UnknownTopic                       string
	Flood                              string // one polite notice when a user sends too fast
	BadCallback                        string // forged or expired button data
	Failure                            string // an internal error, without details
	LangChosen                         string // %s: the language's name
	LangPick                           string
	FeedbackThanks                     string
	NotInGroup                         string // a command that only works in a private chat

	// Buttons.
	ButtonCheck, ButtonAsk, ButtonHelpNow           string
	ButtonWhy, ButtonVerify, ButtonReport           string
	ButtonTopics, ButtonHotlines, ButtonSomeoneElse string
	ButtonIsOffer, ButtonIsQuestion                 string
	ButtonPrev, ButtonNext, ButtonReadMore          string
	ButtonPostPublic, ButtonDelete, ButtonDismiss   string

	// Command descriptions (Telegram setMyCommands, Discord localizations).
	CmdStart, CmdCheck, CmdAsk, CmdTopics, CmdTopic string
	CmdHotlines, CmdLang, CmdHelp, CmdAbout         string
	CmdPrivacy, CmdScan, CmdCheckMessage            string
	// Discord command options.
	OptQuestion, OptOffer, OptTopic, OptCountry, OptPublic string

	// Discord moderation and embeds. Texts with <#%s> (channel) or <@%s>
	// (member) mentions are raw Discord syntax and must keep it.
	DiscordNoScan           string // /about note when the bot runs without the message content intent
	DiscordNeedManageMsgs   string
	DiscordNeedManageServer string
	DiscordGuildOnly        string
	DiscordLinkOtherGuild   string
	DiscordLinkOtherChannel string
	DiscordLinkUnreadable   string
	ScanEnabled             string // %s: channel id, inside <#%s>
	ScanDisabled            string // %s: channel id, inside <#%s>
	ScanModLogSet           string // %s: channel id, inside <#%s>
	ScanThresholdSet        string // %s: level ("high" or "medium"), inside **%s**
	ScanSettingsTitle       string
	ScanWatchedNone         string
	ScanWatched             string // followed by the channel mentions
	ScanModLogNone          string
	ScanModLog              string // %s: channel id, inside <#%s>
	ScanThreshold           string // %s: level ("high" or "medium")
	ScanLimit               string // %d: alerts per minute
	ScanNoIntent            string
	ScanNoStore             string
	AlertTitle, AlertFooter string
	AlertPosted             string // %s: author id, %s: channel id, %s: message link, in that order
	AlertOutcome            string // field heading for what a moderator did
	AlertSomeModerator      string // stands in for a moderator who cannot be mentioned
	AlertDismissed          string // %s: moderator
	AlertDeleted            string // %s: moderator
	AlertGone               string // %s: moderator
	AlertDeleteFailed       string
	Shortened               string // note when something was cut to fit Discord's limits
	MoreSignals             string // %d: signs left out

	// Headings of offer-check signals, by rule category (offer.Signal.Category).
	SignalHeading                                   string // a signal without a category
	CatPay, CatTravel, CatDestination, CatChannel   string
	CatProcess, CatDocuments, CatMoney, CatPressure string
	CatTask, CatMule, CatCounter                    string
}

var english = Strings{
	WelcomeTitle: "Hi, I'm scambot.",
	Welcome: "I help you spot fake job offers that lead people into scam compounds (\"fraud factories\"), and I answer questions about them with sources.\n\n" +
		"- **Got a job offer?** Paste or forward it and I will check it for the usual signs of a trafficking lure.\n" +
		"- **Have a question?** Just type it, for example: *what is a task scam?*\n" +
		"- **Are you or someone you know trapped?** Tap *I need help now*.",
	HelpTitle:    "How to use scambot",
	HelpIntro:    "Paste a job offer and I check it for lure signs; type a question and I answer from a curated knowledge base, naming my sources. Commands:",
	HelpOutro:    "I never call an offer safe: I say what I found and what I did not. I do not keep your messages.",
	HelpNowTitle: "If you or someone else is in danger now",
	HelpNow:      "Put your safety first. If you can, quietly send your exact location, photos of the building and the names of the people holding you to your embassy, your family or the police. Do not confront guards. Hotlines by country are under the button below.",
	PrivacyTitle: "Privacy",
	Privacy: "- I **never store** the text of your messages or the offers you check. They are read in memory to answer you, then forgotten.\n" +
		"- Logs record only the kind of event, the command, how long it took and whether it worked: never text, never names or numbers.\n" +
		"- I may keep your language choice (Telegram) and a community's scan settings (Discord: channel ids and alert threshold).\n" +
		"- Feedback buttons record only which article was rated and the vote.\n" +
		"- Do not send passwords, one-time codes or bank details to anyone, including bots.",
	AbstainTitle:      "I don't have a good answer to that.",
	Abstain:           "My knowledge base covers scam compounds, job-offer lures, online scams and where to get help. I could not find an article that answers this well, and I would rather say so than guess.",
	AbstainNext:       "You can browse all topics, check a job offer with /check, or see where to report a scam. If someone is in danger now, tap *I need help now*.",
	Sources:           "Sources",
	Related:           "Related topics",
	FellBack:          "This article is not yet available in %s, so here it is in English.",
	QuestionTruncated: "Your message was long, so I read only its first %d bytes.",
	OfferTruncated:    "The offer was long, so I checked only its first %d bytes.",
	EmptyQuestion:     "That message has no words I can read. Type a question, or paste a job offer to check.",
	EmptyOffer:        "There is no text to check. Paste or forward the job offer.",
	AskPrompt:         "What would you like to know? Type your question.",
	CheckPrompt:       "Paste or forward the job offer you want me to check.",
	Unsure:            "Do you want me to check this as a job offer, or answer it as a question?",
	CheckTitle:        "Job offer check",
	ScoreOf:           "score %d/100",
	SignalsFound:      "Signs found:",
	NoSignals:         "I found none of the common lure signs I look for. That does not mean the offer is safe: lures change, and I can miss things.",
	CounterFound:      "Also found (these lower the score, but never prove an offer is real):",
	NextSteps:         "What to do next:",
	TopicsTitle:       "Topics",
	HotlinesTitle:     "Hotlines",
	HotlinesPick:      "Choose a country:",
	UnknownCountry:    "I have no hotlines listed for “%s”. Here are the countries I know:",
	UnknownTopic:      "I don't know that topic. Here is the list:",
	Flood:             "You are sending messages faster than I can answer. Please wait a minute, then send your question again.",
	BadCallback:       "That button is no longer valid. Please try again.",
	Failure:           "Something went wrong on my side. Please try again in a moment.",
	LangChosen:        "I will answer in %s from now on.",
	LangPick:          "Choose your language:",
	FeedbackThanks:    "Thanks for the feedback.",
	NotInGroup:        "Please use this in a private chat with me.",

	ButtonCheck:       "🔍 Check a job offer",
	ButtonAsk:         "❓ Ask a question",
	ButtonHelpNow:     "🆘 I need help now",
	ButtonWhy:         "Why this matters",
	ButtonVerify:      "How to verify",
	ButtonReport:      "Report",
	ButtonTopics:      "📚 All topics",
	ButtonHotlines:    "☎️ Hotlines",
	ButtonSomeoneElse: "Someone else is trapped",
	ButtonIsOffer:     "Check it as a job offer",
	ButtonIsQuestion:  "Answer it as a question",
	ButtonPrev:        "◀️ Back",
	ButtonNext:        "Next ▶️",
	ButtonReadMore:    "Read the full article",
	ButtonPostPublic:  "Post answer publicly",
	ButtonDelete:      "Delete message",
	ButtonDismiss:     "Dismiss",

	CmdStart:        "Start: what I can do",
	CmdCheck:        "Check a job offer for lure signs",
	CmdAsk:          "Ask a question about scams and scam compounds",
	CmdTopics:       "Browse all topics",
	CmdTopic:        "Open one topic",
	CmdHotlines:     "Hotlines and where to get help, by country",
	CmdLang:         "Choose the language I answer in",
	CmdHelp:         "How to use this bot",
	CmdAbout:        "What this bot is and its limits",
	CmdPrivacy:      "What is kept and what is never kept",
	CmdScan:         "Moderators: scan channels for recruitment posts",
	CmdCheckMessage: "Check job offer",
	OptQuestion:     "Your question, e.g. what is a scam compound?",
	OptOffer:        "The job offer text, or a link to a message in this server",
	OptTopic:        "Topic (start typing)",
	OptCountry:      "Country (start typing); leave empty for the list",
	OptPublic:       "Show the answer to everyone in the channel (default: only you)",

	DiscordNoScan:           "Channel scanning is turned off on this bot: it was started without the message content intent (DISCORD_SCAN). Slash commands and the *Check job offer* message menu work as usual.",
	DiscordNeedManageMsgs:   "Only members with the Manage Messages permission can use these buttons.",
	DiscordNeedManageServer: "Only members with the Manage Server permission can change scanning.",
	DiscordGuildOnly:        "This only works in a server.",
	DiscordLinkOtherGuild:   "I can only check messages from this server. Paste the offer's text instead.",
	DiscordLinkOtherChannel: "I can fetch messages only from this channel. For a message elsewhere, use the *Check job offer* menu on it (right-click or long-press → Apps), or paste its text.",
	DiscordLinkUnreadable:   "I could not read that message. Paste its text, or use the *Check job offer* menu on the message (right-click or long-press → Apps).",
	ScanEnabled:             "Scanning <#%s> for recruitment lures from now on.",
	ScanDisabled:            "Stopped scanning <#%s>.",
	ScanModLogSet:           "Alerts will be posted in <#%s>. Make sure I can view, send and embed links there.",
	ScanThresholdSet:        "Alerts from level **%s** up.",
	ScanSettingsTitle:       "Scan settings",
	ScanWatchedNone:         "Watched channels: none (scanning is off)",
	ScanWatched:             "Watched channels:",
	ScanModLogNone:          "Mod-log channel: not set (no alerts are posted until it is: /scan modlog)",
	ScanModLog:              "Mod-log channel: <#%s>",
	ScanThreshold:           "Alert threshold: %s",
	ScanLimit:               "Alert limit: %d per minute",
	ScanNoIntent:            "⚠️ This bot runs without the message content intent (DISCORD_SCAN), so it cannot read new messages: settings are saved but nothing is scanned.",
	ScanNoStore:             "Message text is never stored.",
	AlertTitle:              "Possible recruitment lure",
	AlertFooter:             "Nothing was deleted automatically. Read the message before acting.",
	AlertPosted:             "Posted by <@%s> in <#%s>: [jump to message](%s)",
	AlertOutcome:            "Outcome",
	AlertSomeModerator:      "a moderator",
	AlertDismissed:          "Dismissed by %s",
	AlertDeleted:            "Message deleted by %s",
	AlertGone:               "The message was already gone (%s tried to delete it)",
	AlertDeleteFailed:       "I could not delete the message: check that I have Manage Messages in that channel.",
	Shortened:               "(Shortened to fit Discord's limits.)",
	MoreSignals:             "%d more signs not shown.",

	SignalHeading:  "Signal",
	CatPay:         "Pay",
	CatTravel:      "Travel",
	CatDestination: "Destination",
	CatChannel:     "Channel",
	CatProcess:     "Process",
	CatDocuments:   "Documents",
	CatMoney:       "Money",
	CatPressure:    "Pressure",
	CatTask:        "Task",
	CatMule:        "Mule",
	CatCounter:     "Counter",
}

// catalog holds the translations, one file each (messages_<lang>.go adds
// its own entry in an init function). A missing or empty field falls back
// to English, so a partial translation never shows a blank.
var catalog = map[string]*Strings{
	lang.English: &english,
}

var (
	mergeOnce sync.Once
	merged    map[string]*Strings
)

func withFallback(s *Strings) *Strings {
	out := *s
	v, en := reflect.ValueOf(&out).Elem(), reflect.ValueOf(english)
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).String() == "" {
			v.Field(i).Set(en.Field(i))
		}
	}
	return &out
}

// Messages returns the interface strings in language l, English for an
// unknown language.
func Messages(l string) *Strings {
	mergeOnce.Do(func() {
		merged = make(map[string]*Strings, len(catalog))
		for l, s := range catalog {
			merged[l] = withFallback(s)
		}
	})
	if s, ok := merged[l]; ok {
		return s
	}
	return merged[lang.English]
}
