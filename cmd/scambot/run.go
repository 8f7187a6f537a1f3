package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/scambot/scambot/printable"
	"github.com/scambot/scambot/terminal"
)

// runBot implements `scambot [run]`: the platforms whose tokens are set,
// or a terminal chat when none is.
func runBot(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("run", "usage: scambot [run]\n\n"+
		"Runs Telegram when TELEGRAM_TOKEN is set, Discord when DISCORD_TOKEN is set and the web site\n"+
		"when WEB_ADDR is set (all in one process). With none, starts a chat in this terminal on the embedded\n"+
		"knowledge base: full screen when stdin and stdout are a terminal, one message per line\n"+
		"otherwise. Configuration: see .env.example.\n\n", stderr)
	plain := fs.Bool("plain", false, "terminal chat: one message per line even on a terminal")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "scambot run: unexpected argument %q (to ask one question: scambot ask QUESTION)\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	cfg := configFromEnv()
	if !cfg.anyPlatform() {
		// The chat owns the terminal: log only warnings, to stderr.
		slog.SetDefault(newLogger(stderr, slog.LevelWarn))
		c, err := newCore(ctx)
		if err != nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
		if !*plain && isTerminal(stdin) && isTerminal(stdout) {
			if err := terminal.RunTUI(ctx, c.bot, posixLocale(), stdin, stdout); err != nil {
				fmt.Fprintln(stderr, "scambot:", err)
				return 1
			}
			return 0
		}
		// Ctrl-C ends a read from the terminal at once; user text in the
		// replies is made printable.
		chat := &terminal.Chat{Bot: c.bot, In: newInterruptible(ctx, stdin), Out: printable.NewWriter(stdout), Locale: posixLocale()}
		if isTerminal(stdin) {
			chat.Prompt = "> "
		}
		if err := chat.Run(ctx); err != nil && ctx.Err() == nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
		return 0
	}
	logger := newLogger(stderr, slog.LevelInfo)
	slog.SetDefault(logger)
	o := newOps(logger)
	if cfg.metricsAddr != "" && cfg.metricsAddr != cfg.webAddr {
		// Up before the index is built: /healthz answers and /readyz
		// says 503 while the bot starts.
		_, done, err := serveOps(ctx, cfg.metricsAddr, o.handler(), logger)
		if err != nil {
			logger.Error("start failed", "err", err)
			return 1
		}
		defer func() { <-done }()
	}
	// Say what the first seconds are spent on: nothing else is logged
	// until the index is built.
	logger.Info("loading and indexing the knowledge base", "knowledge_dir", os.Getenv("KNOWLEDGE_DIR"))
	c, err := newCore(ctx)
	if err != nil {
		logger.Error("start failed", "err", err)
		return 1
	}
	c.bot.SetObserver(o.metrics)
	start := time.Now()
	if err := c.answers.Warm(ctx); err != nil {
		logger.Error("start failed", "err", err)
		return 1
	}
	o.index.Set(true, "")
	logger.Info("knowledge base indexed", "articles", len(c.kb.All()), "languages", len(c.kb.Langs()), "took", time.Since(start).Round(time.Millisecond))
	if err := runPlatforms(ctx, cfg, c, o, logger); err != nil {
		logger.Error("stopped with an error", "err", err)
		return 1
	}
	logger.Info("stopped")
	return 0
}

// isTerminal reports whether r is an interactive terminal (a character
// device), to decide whether to show a prompt.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// posixLocale is the user's locale for messages, in POSIX precedence.
func posixLocale() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			return l
		}
	}
	return ""
}
