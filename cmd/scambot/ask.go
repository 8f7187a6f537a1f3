package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lines"
	"github.com/scambot/scambot/markup"
	"github.com/scambot/scambot/printable"
	"github.com/scambot/scambot/wire"
)

func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("ask", "usage: scambot ask [--json] [--lang CODE] [QUESTION...]\n\n"+
		"Answers QUESTION, or with no arguments one question per line of stdin, one reply per line.\n\n", stderr)
	asJSON := fs.Bool("json", false, "write each reply as one JSON object on one line")
	chosen := fs.String("lang", "", "answer in this language (en, zh, vi, id, ms, th, hi, tl); default: detect")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if !validLang("ask", *chosen, stderr) {
		return 2
	}
	if !*asJSON {
		stdout = printable.NewWriter(stdout)
	}
	slog.SetDefault(newLogger(stderr, slog.LevelWarn))
	c, err := newCore(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "scambot:", err)
		return 1
	}
	out := bufio.NewWriter(stdout)
	answerOne := func(q string, oneLine bool) error {
		r, err := c.bot.Ask(ctx, q, *chosen)
		if err != nil {
			return err
		}
		if *asJSON {
			if err := json.NewEncoder(out).Encode(wire.FromReply(r)); err != nil {
				return err
			}
		} else {
			text := markup.Plain(r.Markdown())
			if len(r.Related) > 0 {
				text += "\n\n" + bot.Messages(r.Lang).Related + ": " + relatedList(r.Related)
			}
			if oneLine {
				text = strings.Join(strings.Fields(text), " ")
			}
			if _, err := fmt.Fprintln(out, text); err != nil {
				return err
			}
		}
		// Flush per reply: a caller piping questions in reads answers as
		// they come.
		return out.Flush()
	}
	if fs.NArg() > 0 {
		if err := answerOne(strings.Join(fs.Args(), " "), false); err != nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
		return 0
	}
	// A line of any length is one question (cut at 1 MB), never an error
	// that loses the questions after it.
	sc := lines.NewReader(stdin, 1<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			break
		}
		if err := answerOne(sc.Text(), true); err != nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		if ctx.Err() != nil {
			return 0 // Ctrl-C: stop quietly
		}
		fmt.Fprintln(stderr, "scambot: reading stdin:", err)
		return 1
	}
	return 0
}

func relatedList(ts []bot.TopicRef) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Title + " (/topic " + t.ID + ")"
	}
	return strings.Join(parts, "; ")
}
