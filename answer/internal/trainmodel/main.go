// Command trainmodel trains the topic classifier embedded in package
// answer: `go generate ./answer` runs it. The same data and options give
// the same model file.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/knowledge"
)

func main() {
	data := flag.String("data", "train", "directory of questions-<lang>.tsv training files")
	out := flag.String("out", "model.bin", "model file to write")
	verbose = flag.Bool("v", false, "list the held-out help questions that abstain")
	dump = flag.String("dump", "", "also write the cross-validated predictions to this JSON file")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "trainmodel:", err)
		os.Exit(1)
	}
}

var verbose *bool

// dump is where -dump writes the cross-validated predictions.
var dump *string

func run(dir, out string) error {
	ctx := context.Background()
	kb, err := knowledge.Load("")
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no training files in %s", dir)
	}
	sort.Strings(files)
	var samples []answer.Sample
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		cases, err := answer.ReadCases(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, c := range cases {
			class := c.Expect
			if class == "" {
				class = answer.None
			} else if _, _, ok := kb.Article(class, "en"); !ok {
				return fmt.Errorf("%s:%d: unknown topic %q", f, c.Line, class)
			}
			samples = append(samples, answer.Sample{Lang: c.Lang, Text: c.Question, Class: class})
		}
	}
	var fixed []answer.Sample
	for _, a := range kb.All() {
		fixed = append(fixed, answer.Sample{Lang: a.Lang, Text: a.Title, Class: a.ID})
		for _, q := range a.Questions {
			fixed = append(fixed, answer.Sample{Lang: a.Lang, Text: q, Class: a.ID})
		}
	}
	m, rep, err := answer.Train(ctx, kb, samples, fixed, answer.DefaultTrainOptions)
	if err != nil {
		return err
	}
	m.Meta.Trained = map[string]any{"samples": rep.Samples, "article_questions": rep.Fixed, "data": dir}
	b, err := m.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes): %d training questions + %d article questions, search weight %.2f, threshold %.2f\n",
		out, len(b), rep.Samples, rep.Fixed, rep.SearchWeight, rep.Threshold)
	printReport(rep)
	if *dump != "" {
		b, err := json.Marshal(rep.HeldOut)
		if err != nil {
			return err
		}
		if err := os.WriteFile(*dump, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// printReport prints the cross-validated figures per language and the
// abstention/accuracy trade-off.
func printReport(rep *answer.TrainReport) {
	type tally struct{ on, right, wrong, off, offAbst, argmax int }
	per := map[string]*tally{}
	all := &tally{}
	for _, h := range rep.HeldOut {
		t := per[h.Lang]
		if t == nil {
			t = &tally{}
			per[h.Lang] = t
		}
		for _, t := range []*tally{t, all} {
			if h.Class == answer.None {
				t.off++
				if h.Got == "" {
					t.offAbst++
				}
				continue
			}
			t.on++
			if h.Article == h.Class {
				t.argmax++
			}
			switch h.Got {
			case h.Class:
				t.right++
			case "":
			default:
				t.wrong++
			}
		}
	}
	langs := make([]string, 0, len(per))
	for l := range per {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	fmt.Println("held-out (cross-validated): lang top1 off-topic-abstained confident-wrong")
	for _, l := range append(langs, "all") {
		t := all
		if l != "all" {
			t = per[l]
		}
		wrongAll := t.wrong + (t.off - t.offAbst)
		fmt.Printf("  %-4s %5.1f%% (%d/%d)  %5.1f%% (%d/%d)  %4.1f%%  (best article right, answered or not: %.1f%%)\n", l,
			pct(t.right, t.on), t.right, t.on, pct(t.offAbst, t.off), t.offAbst, t.off, pct(wrongAll, t.on+t.off), pct(t.argmax, t.on))
	}
	// The messages the help path exists for: how many get a help article
	// (trapped, someone trapped, hotlines) from the cues or from the
	// held-out model, and how many would abstain.
	helpArticles := map[string]bool{knowledge.TopicTrappedWhatToDo: true, knowledge.TopicHelpSomeoneTrapped: true, knowledge.TopicHotlines: true}
	var helpN, helpOK, helpCue, helpNet, helpAbst int
	for _, h := range rep.HeldOut {
		if h.Class != knowledge.TopicTrappedWhatToDo && h.Class != knowledge.TopicHelpSomeoneTrapped {
			continue
		}
		helpN++
		f := distress.Detect(h.Text, h.Lang)
		h.Got = botGot(h, f, rep.Threshold)
		switch {
		case f.Urgent && f.YieldsTo(h.Article, h.Score, answer.CandidateProbs(h.Candidates, h.OutOfScope)):
			if h.Article == h.Class {
				helpOK++
			} else if *verbose {
				fmt.Printf("  help line yielded: %s %s (model: %s %.2f)\n", h.Lang, h.Text, h.Article, h.Score)
			}
		case f.Urgent:
			helpOK++
			helpCue++
		case helpArticles[h.Got]:
			helpOK++
		case h.Got == "" && distress.Net(f, answer.CandidateProbs(h.Candidates, h.OutOfScope)).Urgent:
			helpOK++
			helpNet++
		case h.Got == "":
			helpAbst++
			if *verbose {
				fmt.Printf("  help line abstained: %s %s (model: %s %.2f)\n", h.Lang, h.Text, h.Article, h.Score)
			}
		}
	}
	fmt.Printf("help-path lines (trapped / someone trapped): %d; help article %d (%.1f%%; %d by the cues, %d by the safety net), abstained %d\n",
		helpN, helpOK, pct(helpOK, helpN), helpCue, helpNet, helpAbst)
	// What the cues and the safety net cost elsewhere: other lines given
	// the help path instead of their answer or an abstention.
	netFalse := map[string]int{}
	for _, h := range rep.HeldOut {
		if h.Class == knowledge.TopicTrappedWhatToDo || h.Class == knowledge.TopicHelpSomeoneTrapped || h.Class == knowledge.TopicHotlines {
			continue
		}
		f := distress.Detect(h.Text, h.Lang)
		h.Got = botGot(h, f, rep.Threshold)
		switch {
		case f.Urgent && f.YieldsTo(h.Article, h.Score, answer.CandidateProbs(h.Candidates, h.OutOfScope)):
			netFalse["yielded"]++
		case f.Urgent:
			netFalse["cues"]++
		case h.Got == "" && distress.Net(f, answer.CandidateProbs(h.Candidates, h.OutOfScope)).Urgent:
			netFalse["net"]++
			if *verbose {
				fmt.Printf("  other line rescued: %s %s %s\n", h.Class, h.Lang, h.Text)
			}
		case helpArticles[h.Got]:
			netFalse["model"]++
		}
	}
	fmt.Printf("other lines given the help path: by the cues %d, by the safety net %d, by the model %d (the cues yielded to the model on %d)\n", netFalse["cues"], netFalse["net"], netFalse["model"], netFalse["yielded"])
	for _, th := range []float64{} {
		var ok, fp, abst int
		for _, h := range rep.HeldOut {
			isHelp := h.Class == knowledge.TopicTrappedWhatToDo || h.Class == knowledge.TopicHelpSomeoneTrapped
			f := distress.Detect(h.Text, h.Lang)
			got := h.Got
			if got == "" && helpArticles[h.Article] && h.Score >= th {
				got = h.Article
			}
			if f.Urgent {
				got = f.Article
			}
			if isHelp {
				if helpArticles[got] {
					ok++
				} else if got == "" {
					abst++
				}
			} else if helpArticles[got] && h.Class != knowledge.TopicHotlines {
				fp++
			}
		}
		fmt.Printf("  help threshold %.2f: help lines answered with help %d, abstained %d; other lines given a help article %d\n", th, ok, abst, fp)
	}
	fmt.Println("trade-off (held-out): threshold answered accuracy-of-answered")
	ths := []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9}
	i := sort.SearchFloat64s(ths, rep.Threshold)
	if i == len(ths) || ths[i] != rep.Threshold {
		// The rule's own threshold, in order.
		ths = append(ths[:i], append([]float64{rep.Threshold}, ths[i:]...)...)
	}
	for _, th := range ths {
		var ans, right int
		for _, h := range rep.HeldOut {
			if h.Score >= th {
				ans++
				if h.Class != answer.None && h.Article == h.Class {
					right++
				}
			}
		}
		fmt.Printf("  %.2f  %5.1f%%  %5.1f%%\n", th, pct(ans, len(rep.HeldOut)), pct(right, ans))
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// botGot is the article the bot answers a held-out line with before the
// safety net, as bot.Ask decides: a help article that met only the help
// articles' lower threshold needs a grounded message (distress.Grounded),
// and no help article answers everyday trouble (distress.Everyday).
func botGot(h answer.HeldOut, f distress.Finding, threshold float64) string {
	if (h.Got == knowledge.TopicTrappedWhatToDo || h.Got == knowledge.TopicHelpSomeoneTrapped) && h.Score < threshold && !f.Grounded() {
		return ""
	}
	if h.Got != "" && f.Doubts(h.Got, h.Score) {
		return ""
	}
	return h.Got
}
