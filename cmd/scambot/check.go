package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/printable"
	"github.com/scambot/scambot/wire"
)

// runCheck implements `scambot check [--json] [FILE...]`: stdin when no
// file or "-". Exit 0 when every input was read, 1 when a file could not be
// read or holds no text (the others are still checked), 2 for usage errors.
func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", fmt.Sprintf("usage: scambot check [--json] [--lang CODE] [FILE...]\n\n"+
		"Checks job offers for the signs of a trafficking lure or job scam.\n"+
		"Reads stdin when no FILE is given or FILE is \"-\". Inputs above %d bytes are truncated (reported).\n"+
		"An offer in a language the check cannot read gets level \"unknown\" (--json: \"supported\": false).\n"+
		"Exit status 1 when an input cannot be read or holds no text (--json: an {\"error\"} line), 2 for usage errors.\n\n",
		offer.MaxInput), stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per input, on one line")
	inLang := fs.String("lang", "", "language of the explanations (default: the offer's language)")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if !validLang("check", *inLang, stderr) {
		return 2
	}
	if !*asJSON {
		stdout = printable.NewWriter(stdout)
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	chk := offer.New()
	code := 0
	for _, f := range files {
		if ctx.Err() != nil {
			return 0 // Ctrl-C: stop quietly
		}
		text, err := readInput(f, stdin)
		if ctx.Err() != nil {
			return 0
		}
		if err != nil {
			fmt.Fprintln(stderr, "scambot check:", err)
			code = 1
			continue
		}
		name := f
		if f == "-" {
			name = ""
		}
		if err := offer.Readable(text); err != nil {
			// Empty, binary or letterless input: say so, never a verdict.
			code = 1
			if *asJSON {
				b, _ := json.Marshal(wire.CheckError{File: name, Error: err.Error()})
				fmt.Fprintf(stdout, "%s\n", b)
				continue
			}
			fmt.Fprintf(stderr, "scambot check: %s: %v\n", displayName(f), err)
			continue
		}
		if !*asJSON {
			// The words around each sign are cut from the text: a cut
			// through an escape sequence would leave its payload
			// ("8;;http://…") as text the Writer cannot tell from words.
			// So the human output checks, and quotes, the text with
			// sequences removed whole; --json spans index the input as is.
			text = printable.Sequences(text)
		}
		res := chk.CheckLang(text, *inLang)
		if *asJSON {
			j := wire.FromResult(res)
			j.File = name
			b, err := json.Marshal(j)
			if err != nil {
				fmt.Fprintln(stderr, "scambot check:", err)
				return 1
			}
			fmt.Fprintf(stdout, "%s\n", b)
			continue
		}
		if len(files) > 1 {
			fmt.Fprintf(stdout, "== %s\n", f)
		}
		printResult(stdout, res, text)
	}
	return code
}

// displayName names an input in messages.
func displayName(f string) string {
	if f == "-" {
		return "standard input"
	}
	return f
}

// readInput reads a file, or stdin for "-", at most a little over the
// checker's cap (the checker truncates and reports it).
func readInput(name string, stdin io.Reader) (string, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, 4*offer.MaxInput))
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", name, err)
	}
	return string(b), nil
}

// printResult writes the human form: the level, each signal with the words
// it was found in, counter-signals and advice.
func printResult(w io.Writer, res offer.Result, text string) {
	m := bot.Messages(res.Lang)
	h := [3]string{m.SignalsFound, m.CounterFound, m.NextSteps}
	fmt.Fprintf(w, "%s (%d/100, %s)\n", res.Level.Summary(res.Lang), res.Score, res.Level)
	if res.Unsupported != "" {
		fmt.Fprintf(w, "Note: this offer looks written in %s, which the check cannot read yet; only place names and numbers were looked at.\n", res.Unsupported)
	}
	if res.Truncated {
		fmt.Fprintf(w, "Note: the text was longer than %d bytes; only the beginning was checked.\n", offer.MaxInput)
	}
	if len(res.Signals) > 0 {
		fmt.Fprintf(w, "\n%s\n", h[0])
		for _, s := range res.Signals {
			fmt.Fprintf(w, "  - [%s] %s\n", s.Rule, s.Text)
			for _, sp := range s.Spans {
				fmt.Fprintf(w, "      %s\n", highlight(text, sp))
			}
		}
	}
	if len(res.Counter) > 0 {
		fmt.Fprintf(w, "\n%s\n", h[1])
		for _, s := range res.Counter {
			fmt.Fprintf(w, "  + [%s] %s\n", s.Rule, s.Text)
			if q := markup.Plain(bot.QuoteMatched(s.Matched)); q != "" {
				fmt.Fprintf(w, "      found: %s\n", q)
			}
		}
	}
	if len(res.Advice) > 0 {
		fmt.Fprintf(w, "\n%s\n", h[2])
		for _, a := range res.Advice {
			fmt.Fprintf(w, "  * %s (article: %s)\n", a.Text, a.Article)
		}
	}
	fmt.Fprintln(w)
}

// highlight shows a span in its context: "…send your «passport copy» + 1…".
func highlight(text string, sp offer.Span) string {
	const ctx = 32
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return ""
	}
	from, to := max(sp.Start-ctx, 0), min(sp.End+ctx, len(text))
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(oneLine(text[from:sp.Start]))
	b.WriteString("«" + oneLine(text[sp.Start:sp.End]) + "»")
	b.WriteString(oneLine(text[sp.End:to]))
	if to < len(text) {
		b.WriteString("…")
	}
	return strings.ToValidUTF8(b.String(), "\uFFFD")
}

// oneLine turns line breaks and tabs into spaces, keeping the width.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// runEvalOffers implements `scambot eval offers DIR`: recall on DIR/lure,
// false-positive rate on DIR/legit (flagged = high or medium), per language,
// and the misses with their score and rules.
func runEvalOffers(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval offers", "usage: scambot eval offers DIR\n\nRecall on DIR/lure/*.txt and false-positive rate on DIR/legit/*.txt\n"+
		"(flagged = level high or medium), overall and per language.\n", stderr)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	dir := fs.Arg(0)
	type tally struct{ n, flagged int }
	type miss struct {
		kind, file string
		res        offer.Result
	}
	var (
		chk    = offer.New()
		total  = map[string]*tally{}            // kind
		byLang = map[string]map[string]*tally{} // kind → lang
		misses []miss
		code   int
	)
	for _, kind := range []string{"lure", "legit"} {
		files, err := filepath.Glob(filepath.Join(dir, kind, "*.txt"))
		if err != nil || len(files) == 0 {
			fmt.Fprintf(stderr, "scambot eval offers: no %s/*.txt in %s\n", kind, dir)
			return 1
		}
		sort.Strings(files)
		total[kind] = &tally{}
		byLang[kind] = map[string]*tally{}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				fmt.Fprintln(stderr, "scambot eval offers:", err)
				return 1
			}
			b, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(stderr, "scambot eval offers:", err)
				code = 1
				continue
			}
			res := chk.Check(string(b))
			l := fileLang(filepath.Base(f))
			if l == "" {
				l = res.Lang
			}
			flagged := res.Level == offer.High || res.Level == offer.Medium
			for _, t := range []*tally{total[kind], tallyFor(byLang[kind], l)} {
				t.n++
				if flagged {
					t.flagged++
				}
			}
			if flagged != (kind == "lure") {
				misses = append(misses, miss{kind, filepath.Base(f), res})
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	lu, le := total["lure"], total["legit"]
	fmt.Fprintf(stdout, "recall %.1f%% (%d/%d lures flagged)   false positives %.1f%% (%d/%d legit flagged)\n\n",
		pct(lu.flagged, lu.n), lu.flagged, lu.n, pct(le.flagged, le.n), le.flagged, le.n)
	fmt.Fprintf(stdout, "%-6s %14s %14s\n", "lang", "recall", "FPR")
	langs := map[string]bool{}
	for _, m := range byLang {
		for l := range m {
			langs[l] = true
		}
	}
	var order []string
	for l := range langs {
		order = append(order, l)
	}
	sort.Strings(order)
	for _, l := range order {
		col := func(kind string) string {
			t := byLang[kind][l]
			if t == nil {
				return "-"
			}
			return fmt.Sprintf("%5.1f%% (%d/%d)", pct(t.flagged, t.n), t.flagged, t.n)
		}
		fmt.Fprintf(stdout, "%-6s %14s %14s\n", l, col("lure"), col("legit"))
	}
	if len(misses) > 0 {
		fmt.Fprintln(stdout, "\nmisses:")
		for _, m := range misses {
			var ids []string
			for _, s := range m.res.Signals {
				ids = append(ids, s.Rule)
			}
			for _, s := range m.res.Counter {
				ids = append(ids, s.Rule)
			}
			what := "missed lure"
			if m.kind == "legit" {
				what = "false positive"
			}
			fmt.Fprintf(stdout, "  %s %s: score %d (%s) rules: %s\n", what, m.file, m.res.Score, m.res.Level, strings.Join(ids, " "))
		}
	}
	return code
}

func tallyFor[T any](m map[string]*T, k string) *T {
	t, ok := m[k]
	if !ok {
		t = new(T)
		m[k] = t
	}
	return t
}

// fileLang reads the language from a file name "NN-<lang>-…".
func fileLang(name string) string {
	parts := strings.SplitN(name, "-", 3)
	if len(parts) == 3 && lang.Valid(parts[1]) {
		return parts[1]
	}
	return ""
}
