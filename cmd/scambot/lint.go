package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/catalog"
	"github.com/scambot/scambot/discord"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/smalltalk"
	"github.com/scambot/scambot/telegram"
	"github.com/scambot/scambot/terminal"
	"github.com/scambot/scambot/web"
)

// runLint implements `scambot kb lint [DIR]`: the embedded articles plus
// DIR (or KNOWLEDGE_DIR), checked as the one base the bot would load, and
// a report of the interface strings each language still shows in English.
func runLint(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("kb lint", "usage: scambot kb lint [DIR]\n\n"+
		"Validates the embedded knowledge base together with the articles in DIR\n"+
		"(default: $KNOWLEDGE_DIR), the offer check's word lists (offer/lexicon), the help\n"+
		"path's cues (distress/cues) and the small-talk phrases (smalltalk/phrases).\n"+
		"Exit status 1 when there are problems.\n"+
		"Also lists, per language, the interface strings (bot/locales, telegram/locales,\n"+
		"discord/locales, offer/locales, web/locales, terminal/locales) not yet translated, which\n"+
		"are shown in English: a report, not a problem.\n", stderr)
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
	articles, probs, err := lintKnowledge(dir)
	if err != nil {
		fmt.Fprintln(stderr, "scambot:", err)
		return 1
	}
	defer untranslated(stdout, bot.Locales, telegram.Locales, discord.Locales, offer.Locales, web.Locales, terminal.Locales)
	for _, p := range probs {
		fmt.Fprintln(stdout, p)
	}
	// The offer check's word lists and rule texts are data too.
	lexProbs := offer.LintData()
	// So are the help path's cues and the small-talk phrases.
	lexProbs = append(lexProbs, distress.LintData()...)
	lexProbs = append(lexProbs, smalltalk.LintData()...)
	for _, p := range lexProbs {
		fmt.Fprintln(stdout, p)
	}
	// Warnings (contacts due for re-verification, unverified numbers
	// repeated in prose) are printed above but do not fail the lint.
	if errs := knowledge.Errors(probs); len(errs)+len(lexProbs) > 0 {
		fmt.Fprintf(stdout, "%d problem(s) in %d article(s) and the contacts registry, %d in the offer check's, help path's and small talk's data\n", len(errs), len(articles), len(lexProbs))
		return 1
	}
	fmt.Fprintf(stdout, "ok: %d articles, contacts registry, offer check data; %d warning(s)\n", len(articles), len(probs))
	return 0
}

// lintKnowledge lints the embedded articles with those of dir (if not
// empty) laid over them, as the bot would load them.
func lintKnowledge(dir string) ([]*knowledge.Article, []knowledge.Problem, error) {
	articles, errs := knowledge.LoadFS(knowledge.EmbeddedFS(), "articles")
	if dir != "" {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, nil, fmt.Errorf("%s is not a readable directory", dir)
		}
		extra, extraErrs := knowledge.LoadFS(os.DirFS(dir), dir)
		articles = knowledge.Overlay(articles, extra)
		errs = append(errs, extraErrs...)
	}
	return articles, knowledge.Lint(articles, errs), nil
}

// checkKnowledgeDir refuses a KNOWLEDGE_DIR whose articles fail the lint:
// the bot would otherwise serve an article that breaks a rule (no
// sources, calls an offer safe, markup a platform cannot show) without
// anyone noticing. Only the directory's own problems count: the embedded
// base is checked by the tests, and a contact due for re-checking there
// must not stop a running service.
func checkKnowledgeDir(dir string) error {
	if dir == "" {
		return nil
	}
	_, probs, err := lintKnowledge(dir)
	if err != nil {
		return fmt.Errorf("KNOWLEDGE_DIR: %w", err)
	}
	var own []string
	for _, p := range knowledge.Errors(probs) {
		if rel, err := filepath.Rel(dir, p.Path); err == nil && !strings.HasPrefix(rel, "..") {
			own = append(own, "  "+p.String())
		}
	}
	if len(own) == 0 {
		return nil
	}
	const show = 10
	more := ""
	if len(own) > show {
		more = fmt.Sprintf("\n  … and %d more", len(own)-show)
		own = own[:show]
	}
	return fmt.Errorf("KNOWLEDGE_DIR %s: %d article problem(s); fix them (scambot kb lint %s lists them all) or unset KNOWLEDGE_DIR:\n%s%s",
		dir, len(own), dir, strings.Join(own, "\n"), more)
}

// untranslated reports, per catalog and language, the keys that fall back
// to English, so a translator knows what is left to do.
func untranslated(w io.Writer, cats ...catalog.Report) {
	for _, c := range cats {
		u := c.Untranslated()
		for _, l := range lang.Supported {
			keys := u[l]
			switch {
			case !c.HasFile(l) && l != lang.English:
				fmt.Fprintf(w, "%s/%s.yaml: no file: all %s strings are shown in English\n", c.Dir(), l, lang.Name(l))
			case len(keys) > 0:
				fmt.Fprintf(w, "%s/%s.yaml: %d untranslated (shown in English): %s\n", c.Dir(), l, len(keys), strings.Join(keys, ", "))
			}
		}
	}
}
