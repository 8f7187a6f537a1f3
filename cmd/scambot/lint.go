package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/scambot/scambot/knowledge"
)

// runLint implements `scambot kb lint [DIR]`: the embedded articles plus
// DIR (or KNOWLEDGE_DIR), checked as the one base the bot would load.
func runLint(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("kb lint", "usage: scambot kb lint [DIR]\n\n"+
		"Validates the embedded knowledge base together with the articles in DIR\n"+
		"(default: $KNOWLEDGE_DIR). Exit status 1 when there are problems.\n", stderr)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	dir := os.Getenv("KNOWLEDGE_DIR")
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	articles, errs := knowledge.LoadFS(knowledge.EmbeddedFS(), "articles")
	if dir != "" {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "scambot: %s is not a readable directory\n", dir)
			return 1
		}
		extra, extraErrs := knowledge.LoadFS(os.DirFS(dir), dir)
		articles = knowledge.Overlay(articles, extra)
		errs = append(errs, extraErrs...)
	}
	probs := knowledge.Lint(articles, errs)
	for _, p := range probs {
		fmt.Fprintln(stdout, p)
	}
	if len(probs) > 0 {
		fmt.Fprintf(stdout, "%d problem(s) in %d article(s)\n", len(probs), len(articles))
		return 1
	}
	fmt.Fprintf(stdout, "ok: %d articles\n", len(articles))
	return 0
}
