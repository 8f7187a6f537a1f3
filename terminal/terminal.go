// Package terminal is the local chat adapter: the same core as Telegram
// and Discord, on stdin and stdout, so anyone can try the bot with one
// command and no tokens.
package terminal

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
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

	lang string // the /lang choice; "" detects per message
}

var commands = []bot.Command{
	{Name: "/check", Desc: "check a job offer: /check followed by the text, or /check alone, then paste the offer and end with an empty line"},
	{Name: "/ask", Desc: "ask a question (plain text works too)"},
	{Name: "/topics", Desc: "list all topics"},
	{Name: "/topic ID", Desc: "open one topic, e.g. /topic pig-butchering"},
	{Name: "/hotlines [COUNTRY]", Desc: "hotlines and where to get help"},
	{Name: "/lang CODE", Desc: "answer in en, zh, vi, id, ms, th, hi or tl (/lang auto to detect)"},
	{Name: "/help", Desc: "this help"},
	{Name: "/about", Desc: "what this bot is and its limits"},
	{Name: "/privacy", Desc: "what is kept and what is never kept"},
	{Name: "/quit", Desc: "leave"},
}

// Run reads messages until EOF, /quit or ctx is done.
func (c *Chat) Run(ctx context.Context) error {
	sc := bufio.NewScanner(c.In)
	sc.Buffer(make([]byte, 64<<10), offer.MaxInput*4)
	c.show(c.Bot.Welcome(lang.English))
	c.printf("Type /help for commands.\n")
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
		if !c.handle(ctx, line, sc) {
			return nil
		}
	}
}

// handle answers one message; false means quit.
func (c *Chat) handle(ctx context.Context, line string, sc *bufio.Scanner) bool {
	cmd, arg, isCmd := splitCommand(line)
	if !isCmd {
		switch c.Bot.Route(line) {
		case bot.RouteCheck:
			c.show(c.Bot.Check(line, c.replyLang(line)))
		default:
			c.ask(ctx, line)
		}
		return true
	}
	switch cmd {
	case "quit", "exit":
		return false
	case "check":
		if arg == "" {
			c.printf("%s\n(End the offer with an empty line.)\n", markup.Plain(bot.Messages(c.replyLang(arg)).CheckPrompt))
			arg = readBlock(sc)
		}
		c.show(c.Bot.Check(arg, c.replyLang(arg)))
	case "ask":
		if arg == "" {
			c.printf("%s\n", markup.Plain(bot.Messages(c.replyLang(arg)).AskPrompt))
			return true
		}
		c.ask(ctx, arg)
	case "topics":
		l := c.replyLang("")
		c.printf("%s:\n", bot.Messages(l).TopicsTitle)
		for _, t := range c.Bot.Topics(l) {
			c.printf("  %-26s %s\n", t.ID, t.Title)
		}
	case "topic":
		r, ok := c.Bot.Topic(strings.TrimSpace(arg), c.replyLang(""))
		if !ok {
			c.printf("%s /topics\n", markup.Plain(bot.Messages(c.replyLang("")).UnknownTopic))
			return true
		}
		c.show(r)
	case "hotlines":
		c.show(c.Bot.Hotlines(arg, c.replyLang("")))
	case "lang":
		code := strings.ToLower(strings.TrimSpace(arg))
		switch {
		case code == "auto" || code == "":
			c.lang = ""
			c.printf("Language: detected from each message.\n")
		case lang.Valid(code):
			c.lang = code
			c.printf("%s\n", fmt.Sprintf(bot.Messages(code).LangChosen, lang.Name(code)))
		default:
			c.printf("Unknown language %q. Choose one of: %s, or auto.\n", arg, strings.Join(lang.Supported, ", "))
		}
	case "help", "start":
		c.show(c.Bot.Help(c.replyLang(""), commands))
	case "about":
		c.show(c.Bot.About(c.replyLang(""), ""))
	case "privacy":
		c.show(c.Bot.Privacy(c.replyLang("")))
	default:
		c.printf("Unknown command /%s. Type /help for the list.\n", cmd)
	}
	return true
}

func (c *Chat) ask(ctx context.Context, q string) {
	r, err := c.Bot.Ask(ctx, q, c.replyLang(q))
	if err != nil {
		c.printf("%s\n", markup.Plain(bot.Messages(c.replyLang(q)).Failure))
		return
	}
	c.show(r)
}

// replyLang is the language to reply to text in ("" for a command
// without text).
func (c *Chat) replyLang(text string) string {
	return lang.Reply(c.lang, c.Locale, text)
}

// show prints a reply as plain text with its related topics.
func (c *Chat) show(r bot.Reply) {
	c.printf("\n%s\n", markup.Plain(r.Markdown()))
	if len(r.Related) > 0 {
		c.printf("\n%s:\n", bot.Messages(r.Lang).Related)
		for _, t := range r.Related {
			c.printf("  /topic %-26s %s\n", t.ID, t.Title)
		}
	}
	c.printf("\n")
}

func (c *Chat) printf(format string, args ...any) {
	fmt.Fprintf(c.Out, format, args...)
}

// splitCommand splits "/cmd rest" into "cmd" and "rest".
func splitCommand(line string) (cmd, arg string, ok bool) {
	if !strings.HasPrefix(line, "/") {
		return "", "", false
	}
	cmd, arg, _ = strings.Cut(line[1:], " ")
	return strings.ToLower(cmd), strings.TrimSpace(arg), true
}

// readBlock reads lines up to an empty line or EOF, capped at what the
// offer check reads (the check truncates and says so beyond that).
func readBlock(sc *bufio.Scanner) string {
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
