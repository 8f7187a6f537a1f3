package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/scambot/scambot/answer"
)

// runEvalQuestions implements `scambot eval questions FILE.tsv`.
func runEvalQuestions(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval questions", "usage: scambot eval questions FILE.tsv...\n\n"+
		"Prints top-1 accuracy, abstentions and confident wrong answers (overall and per\n"+
		"language) for files of expect<TAB>lang<TAB>question lines, and lists the misses.\n", stderr)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	slog.SetDefault(newLogger(stderr, slog.LevelWarn))
	c, err := newCore(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "scambot:", err)
		return 1
	}
	for i, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
		cases, err := answer.ReadCases(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "scambot: %s: %v\n", name, err)
			return 1
		}
		rep, err := c.answers.Evaluate(ctx, cases)
		if err != nil {
			fmt.Fprintf(stderr, "scambot: %s: %v\n", name, err)
			return 1
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s: %d questions\n", name, len(cases))
		if err := rep.Write(stdout); err != nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
	}
	return 0
}
