// Command scambot is a chat bot for scam-compound awareness: it answers
// questions from a curated knowledge base and checks job offers for the
// signs of a trafficking lure, on Telegram, Discord or a local terminal.
//
// Usage:
//
//	scambot [run]                 run the bot (Telegram/Discord when their tokens are set, else a terminal chat)
//	scambot web                   serve the web site and JSON API
//	scambot ask [--json] [Q...]   answer a question (or one per stdin line)
//	scambot check [--json] [F...] check job offers (files or stdin)
//	scambot kb lint [DIR]         validate the knowledge base
//	scambot kb contacts [-o FILE] report every number and its verification status
//	scambot eval questions FILE   accuracy on a question set
//	scambot eval offers DIR       recall and false positives on an offer set
//	scambot version | help
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/printable"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version or VCS revision is shown.
var version = ""

const usage = `scambot: answers questions about scam compounds and checks job offers for lure signs.

Usage:
  scambot [run]                     run the bot: Telegram and/or Discord when TELEGRAM_TOKEN /
                                    DISCORD_TOKEN are set, otherwise a chat in this terminal
  scambot web                       serve the web site and JSON API on WEB_ADDR (default 127.0.0.1:8080)
  scambot ask [--json] [QUESTION]   answer QUESTION, or one question per line of stdin
  scambot check [--json] [FILE...]  check job offers in FILEs (stdin when none or "-")
  scambot kb lint [DIR]             validate the knowledge base (embedded, plus DIR or KNOWLEDGE_DIR)
  scambot kb contacts [-o FILE]     report every number in the knowledge base and its verification status
  scambot eval questions FILE.tsv   top-1 accuracy and abstentions on a question set
  scambot eval offers DIR           recall on DIR/lure and false positives on DIR/legit
  scambot version                   print the version
  scambot help                      print this help

Each command takes -h. Configuration is read from the environment (see .env.example).
`

const kbUsage = `usage: scambot kb lint [DIR]
       scambot kb contacts [-o FILE]

lint validates the knowledge base (embedded, plus DIR or KNOWLEDGE_DIR); contacts
writes the report of every hotline number and its verification. Each takes -h.
`

const evalUsage = `usage: scambot eval questions FILE.tsv...
       scambot eval offers DIR

Measures the answers on a question set, or the offer check on a set of lures and
legitimate offers. Example sets ship in testdata/eval. See: scambot eval questions -h
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches a command line and returns the exit code: 0 success, 1
// failure, 2 usage error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "run"
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	// Every human-readable output goes through package printable: user
	// text (offers, questions, file names, paths in errors) can carry
	// escape sequences and bidi overrides. --json output is left exact
	// (encoding/json escapes control characters itself); ask and check
	// wrap stdout themselves when it is not JSON, the chat renders its own.
	stderr = printable.NewWriter(stderr)
	human := printable.NewWriter(stdout)
	switch cmd {
	case "run":
		return runBot(ctx, args, stdin, stdout, stderr)
	case "web":
		return runWeb(ctx, args, stderr)
	case "ask":
		// Ctrl-C stops a read from the terminal at once.
		return runAsk(ctx, args, newInterruptible(ctx, stdin), stdout, stderr)
	case "check":
		return runCheck(ctx, args, newInterruptible(ctx, stdin), stdout, stderr)
	case "kb":
		return subcommand(args, kbUsage, human, stderr, map[string]func([]string) int{
			"lint":     func(a []string) int { return runLint(ctx, a, human, stderr) },
			"contacts": func(a []string) int { return runContacts(ctx, a, stdout, stderr) },
		})
	case "eval":
		return subcommand(args, evalUsage, human, stderr, map[string]func([]string) int{
			"questions": func(a []string) int { return runEvalQuestions(ctx, a, human, stderr) },
			"offers":    func(a []string) int { return runEvalOffers(ctx, a, human, stderr) },
		})
	case "version", "--version", "-version":
		fs := newFlagSet("version", "usage: scambot version\n\nPrints the version (the VCS revision the binary was built from, when known).\n", stderr)
		if code, stop := parseFlags(fs, args); stop {
			return code
		}
		if fs.NArg() > 0 {
			fs.Usage()
			return 2
		}
		fmt.Fprintln(human, "scambot", versionString())
		return 0
	case "help", "-h", "-help", "--help":
		fmt.Fprint(human, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "scambot: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
}

// subcommand runs the one of subs that args[0] names, with the rest of
// args. -h, -help, --help and help print usage to help and exit 0; a
// missing or unknown name prints it to stderr and exits 2.
func subcommand(args []string, usage string, help, stderr io.Writer, subs map[string]func([]string) int) int {
	if len(args) > 0 {
		switch args[0] {
		case "-h", "-help", "--help", "help":
			fmt.Fprint(help, usage)
			return 0
		}
		if f, ok := subs[args[0]]; ok {
			return f(args[1:])
		}
	}
	fmt.Fprint(stderr, usage)
	return 2
}

func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	return "dev"
}

// core is the platform-free bot with the pieces it is built from.
type core struct {
	kb      *knowledge.Base
	answers *answer.Engine
	offers  *offer.Checker
	bot     *bot.Bot
}

// newCore loads the knowledge base (embedded, plus KNOWLEDGE_DIR) and
// builds the index and the offer checker.
func newCore(ctx context.Context) (*core, error) {
	if err := checkKnowledgeDir(os.Getenv("KNOWLEDGE_DIR")); err != nil {
		return nil, err
	}
	kb, err := knowledge.Load(os.Getenv("KNOWLEDGE_DIR"))
	if err != nil {
		return nil, fmt.Errorf("loading knowledge base: %w", err)
	}
	eng, err := answer.NewEngine(ctx, kb)
	if err != nil {
		return nil, err
	}
	chk := offer.New()
	return &core{kb: kb, answers: eng, offers: chk, bot: bot.New(kb, eng, chk)}, nil
}

// newLogger writes structured logs to w at LOG_LEVEL (debug, info, warn,
// error; default info), as text or, with LOG_FORMAT=json, as JSON.
func newLogger(w io.Writer, defaultLevel slog.Level) *slog.Logger {
	level := defaultLevel
	var wrong []string
	if v := os.Getenv("LOG_LEVEL"); v != "" {
		if err := level.UnmarshalText([]byte(v)); err != nil {
			level = defaultLevel
			wrong = append(wrong, fmt.Sprintf("LOG_LEVEL %q is not debug, info, warn or error: using %s", v, strings.ToLower(defaultLevel.String())))
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	var logger *slog.Logger
	switch format := os.Getenv("LOG_FORMAT"); {
	case strings.EqualFold(format, "json"):
		logger = slog.New(slog.NewJSONHandler(w, opts))
	case format == "" || strings.EqualFold(format, "text"):
		logger = slog.New(slog.NewTextHandler(w, opts))
	default:
		logger = slog.New(slog.NewTextHandler(w, opts))
		wrong = append(wrong, fmt.Sprintf("LOG_FORMAT %q is not text or json: using text", format))
	}
	// Said at warning level, which every level but error shows: a typo
	// in a supervisor's environment file should not go unnoticed.
	for _, msg := range wrong {
		logger.Warn(msg)
	}
	return logger
}

// newFlagSet returns a flag set for a subcommand that reports errors and
// usage on stderr; usage is the text before the flag list.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// validLang reports whether a --lang value is empty (detect) or a
// language the bot speaks, and says so on stderr when it is not.
func validLang(cmd, code string, stderr io.Writer) bool {
	if code == "" || lang.Valid(code) {
		return true
	}
	fmt.Fprintf(stderr, "scambot %s: unsupported language %q (supported: %s)\n", cmd, code, strings.Join(lang.Supported, ", "))
	return false
}

// parseFlags parses args; when the command must stop (-h, or a usage
// error already reported by fs) it returns the exit code and true.
func parseFlags(fs *flag.FlagSet, args []string) (code int, stop bool) {
	switch err := fs.Parse(args); {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		return 0, true
	default:
		return 2, true
	}
}
