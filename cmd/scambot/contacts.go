package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/scambot/scambot/knowledge"
)

// runContacts implements `scambot kb contacts [-o FILE]`: the report of
// every number in the knowledge base and its verification status
// (docs/contacts-report.md is its output).
func runContacts(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("kb contacts", "usage: scambot kb contacts [-o FILE]\n\n"+
		"Writes a Markdown report of every phone number and reporting address in the\n"+
		"embedded knowledge base: source, verification date and status, and where the\n"+
		"articles repeat it. Regenerate docs/contacts-report.md with -o after editing\n"+
		"knowledge/contacts.yaml.\n", stderr)
	out := fs.String("o", "", "write the report to `FILE` instead of standard output")
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	articles, errs := knowledge.LoadFS(knowledge.EmbeddedFS(), "articles")
	if len(errs) > 0 {
		for _, err := range errs {
			fmt.Fprintln(stderr, "scambot:", err)
		}
		return 1
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "scambot:", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	if err := knowledge.ContactsReport(w, articles, time.Now()); err != nil {
		fmt.Fprintln(stderr, "scambot:", err)
		return 1
	}
	return 0
}
