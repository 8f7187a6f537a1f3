// Package terminal is the local chat adapter: the same core as Telegram
// and Discord, on stdin and stdout, so anyone can try the bot with one
// command and no tokens.
package terminal

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lines"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
)

// Chat runs a conversation on a reader and a writer.
type Chat struct {
	Bot *bot.Bot
	In  io.Reader
	Out io.Writer
	// Prompt is printed before each message; empty for none (when input
	// is not a terminal, e.g. piped).
	Prompt string
	// Locale is the user's locale ("vi_VN.UTF-8", from $LC_ALL, $LC_MESSAGES
	// or $LANG); "" for none. It decides the reply language when a message
	// does not show its own (see lang.Reply).
	Locale string
}

// commands are the chat's commands, described in language l.
func commands(l string) []bot.Command {
	t := texts(l)
	return []bot.Command{
		{Name: "/check", Desc: t.CmdCheck},
		{Name: "/ask", Desc: t.CmdAsk},
		{Name: "/topics", Desc: t.CmdTopics},
		{Name: "/topic ID", Desc: t.CmdTopic},
		{Name: "/hotlines [COUNTRY]", Desc: t.CmdHotlines},
		{Name: "/helpnow", Desc: t.CmdHelpNow},
		{Name: "/lang CODE", Desc: t.CmdLang},
		{Name: "/help", Desc: t.CmdHelp},
		{Name: "/about", Desc: t.CmdAbout},
		{Name: "/privacy", Desc: t.CmdPrivacy},
		{Name: "/quit", Desc: t.CmdQuit},
	}
}

// Run reads messages until EOF, /quit or ctx is done: one message per
// line (this is the mode for piped input; a terminal gets the full-screen
// chat, see TUI). A number chooses one of the last reply's choices.
func (c *Chat) Run(ctx context.Context) error {
	// A line longer than the cap is cut, not an error that would end the
	// chat (the offer check reads only MaxInput bytes and says so).
	sc := lines.NewReader(c.In, offer.MaxInput*4)
	s := &session{bot: c.Bot, locale: c.Locale}
	c.show(s.reply(c.Bot.Welcome(s.replyLang(""))))
	c.printf("%s\n", texts(s.replyLang("")).TypeHelp)
	for {
		if ctx.Err() != nil {
			return nil
		}
		c.printf("%s", c.Prompt)
		if !sc.Scan() {
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if line == "/check" {
			// In line mode an offer spans lines up to an empty one.
			l := s.replyLang("")
			c.printf("%s\n%s\n", markup.Plain(bot.Messages(l).CheckPrompt), texts(l).EndOffer)
			line = "/check " + readBlock(sc)
		}
		out := s.handle(ctx, line)
		if out.Quit {
			return nil
		}
		c.show(out)
	}
}

// show prints an output as plain text with its numbered choices.
func (c *Chat) show(o output) {
	if o.Reply == nil && o.Text == "" {
		return
	}
	c.printf("\n%s\n", markup.Plain(o.Markdown()))
	if len(o.Choices) > 0 {
		c.printf("\n")
		for i, ch := range o.Choices {
			c.printf("  %2d. %s%s\n", i+1, markup.Plain(ch.Label), topicHint(ch.Action))
		}
	}
	c.printf("\n")
}

// topicHint shows the command a topic choice stands for, so it can be
// typed later too.
func topicHint(a bot.Action) string {
	if a.Kind == bot.ActionTopic {
		return "  (/topic " + a.Arg + ")"
	}
	return ""
}

func (c *Chat) printf(format string, args ...any) {
	fmt.Fprintf(c.Out, format, args...)
}

// readBlock reads lines up to an empty line or EOF, capped at what the
// offer check reads (the check truncates and says so beyond that).
func readBlock(sc *lines.Reader) string {
	var b strings.Builder
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			break
		}
		if b.Len() <= offer.MaxInput {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
