// Command trainmodel trains the topic classifier embedded in package
// answer: `go generate ./answer` runs it. The same data and options give
// the same model file.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
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
	seed = flag.Uint64("seed", answer.DefaultTrainOptions.Seed, "shuffling seed; another seed measures how much a data change moves the figures by chance")
	searchWeight = flag.Float64("search-weight", answer.DefaultTrainOptions.SearchWeight, "the search's weight; 0 chooses it on the held-out lines")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "trainmodel:", err)
		os.Exit(1)
	}
}

var verbose *bool

// dump is where -dump writes the cross-validated predictions.
var dump *string

// seed is the training's shuffling seed (-seed).
var seed *uint64

// searchWeight is the search weight (-search-weight).
var searchWeight *float64

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
	opt := answer.DefaultTrainOptions
	opt.Seed = *seed
	opt.SearchWeight = *searchWeight
	m, rep, err := answer.Train(ctx, kb, samples, fixed, opt)
	if err != nil {
		return err
	}
	prec, groups := helpPrecision(rep.HeldOut, rep.Threshold)
	m.Meta.HelpPrecision = prec
	m.Meta.Trained = map[string]any{"samples": rep.Samples, "article_questions": rep.Fixed, "data": dir, "help_path": groups}
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
	printUnfamiliar(rep)
	printHelpPrecision(groups, prec)
	printBotTradeOff(rep, m)
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
		f, onPath := helpPath(h, rep.Threshold)
		got := botGot(h, f, rep.Threshold)
		switch {
		case onPath && f.Net:
			helpOK++
			helpNet++
			if *verbose {
				fmt.Printf("  help line rescued: %s %s (model: %s %.2f)\n", h.Lang, h.Text, h.Article, h.Score)
			}
		case onPath:
			helpOK++
			helpCue++
		case f.Urgent:
			// The cues yielded to a classifier sure of another article
			// (never a help article): a miss.
			if *verbose {
				fmt.Printf("  help line yielded: %s %s (model: %s %.2f)\n", h.Lang, h.Text, h.Article, h.Score)
			}
		case helpArticles[got]:
			helpOK++
		case got == "":
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
		f, onPath := helpPath(h, rep.Threshold)
		switch {
		case onPath && f.Net:
			netFalse["net"]++
			if *verbose {
				fmt.Printf("  other line rescued: %s %s %s\n", h.Class, h.Lang, h.Text)
			}
		case onPath:
			netFalse["cues"]++
		case f.Urgent:
			netFalse["yielded"]++
		case helpArticles[botGot(h, f, rep.Threshold)]:
			netFalse["model"]++
		}
	}
	fmt.Printf("other lines given the help path: by the cues %d, by the safety net %d, by the model %d (the cues yielded to the model on %d)\n", netFalse["cues"], netFalse["net"], netFalse["model"], netFalse["yielded"])
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

// helpPath returns the finding with which the bot answers a held-out line
// on the help path, and whether it does, as bot.Ask decides: the urgent
// cues unless they yield to a classifier sure of another article
// (distress.Finding.YieldsTo), or the safety net (distress.Net) where the
// bot would otherwise abstain.
func helpPath(h answer.HeldOut, threshold float64) (distress.Finding, bool) {
	f := distress.Detect(h.Text, h.Lang)
	probs := answer.CandidateProbs(h.Candidates, h.OutOfScope)
	if f.Urgent && f.Dismissed(h.OutOfScope) {
		f = f.Dismiss()
	}
	if f.Urgent {
		if f.YieldsTo(h.Article, h.Score, probs) {
			return f, false
		}
		return f.ForWhom(probs), true
	}
	if botGot(h, f, threshold) != "" {
		return f, false
	}
	n := distress.Net(f, probs)
	return n, n.Urgent
}

// helpRight reports whether a help-path answer to a line of class class is
// right: the line asks for help out (held, someone held) or for a number
// to call, and every help-path answer gives the what-to-do article, the
// hotlines of the countries named and the "help now" action.
func helpRight(class string) bool {
	return class == knowledge.TopicTrappedWhatToDo || class == knowledge.TopicHelpSomeoneTrapped || class == knowledge.TopicHotlines
}

// helpLine is one held-out line the help path answers.
type helpLine struct {
	right bool
	// own is the classifier's calibrated score for the help path's
	// article when the engine answers with that same article (0
	// otherwise): the bot then gives the higher of the two.
	own float64
}

// groupFigures is what the model file's Trained says of one evidence
// group: held-out lines the help path answers, those right, and those on
// which the group's score is the one given (the classifier's own score for
// the same article is lower), with those right.
type groupFigures struct {
	Lines     int `json:"lines"`
	Right     int `json:"right"`
	Used      int `json:"used"`
	UsedRight int `json:"used_right"`
}

// minHelpGroup is the fewest held-out lines a group needs for its precision
// to be stored; a thinner group gets answer.DefaultHelpPrecision.
const minHelpGroup = 20

// helpZ is the normal quantile of the one-sided 95% lower confidence
// bound on a group's precision.
const helpZ = 1.645

// helpPrecision measures the help path's precision by evidence group
// (distress.Finding.Evidence) on the cross-validated lines. A group's score
// is the largest v (in steps of 0.001) that is at most the 95% lower
// confidence bound (Wilson) of the share right among the group's lines on
// which v would be the score given, those where the classifier's own
// score for the same article is lower than v: the lines the classifier is
// sure of are the easy ones, and counting them would flatter the rest.
func helpPrecision(hs []answer.HeldOut, threshold float64) (map[string]float64, map[string]groupFigures) {
	lines := map[string][]helpLine{}
	for _, h := range hs {
		f, ok := helpPath(h, threshold)
		if !ok {
			continue
		}
		l := helpLine{right: helpRight(h.Class)}
		if h.Got == f.Article {
			l.own = h.Score
		}
		g := f.Evidence()
		lines[g] = append(lines[g], l)
	}
	prec := map[string]float64{}
	figs := map[string]groupFigures{}
	for g, ls := range lines {
		fig := groupFigures{Lines: len(ls)}
		for _, l := range ls {
			if l.right {
				fig.Right++
			}
		}
		if len(ls) < minHelpGroup {
			figs[g] = fig
			continue
		}
		for i := 1000; i > 0; i-- {
			v := float64(i) / 1000
			var n, right int
			for _, l := range ls {
				if l.own < v {
					n++
					if l.right {
						right++
					}
				}
			}
			if v <= wilsonLower(right, n, helpZ) {
				prec[g] = v
				fig.Used, fig.UsedRight = n, right
				break
			}
		}
		figs[g] = fig
	}
	return prec, figs
}

// wilsonLower is the Wilson score lower bound of a share right/n at normal
// quantile z (0 when n is 0).
func wilsonLower(right, n int, z float64) float64 {
	if n == 0 {
		return 0
	}
	p, nn := float64(right)/float64(n), float64(n)
	return (p + z*z/(2*nn) - z*math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn))) / (1 + z*z/nn)
}

// printHelpPrecision prints the help path's precision by evidence group.
func printHelpPrecision(figs map[string]groupFigures, prec map[string]float64) {
	fmt.Println("help path by evidence group (held-out): lines right, lines where the group's score is given right, score stored")
	for _, g := range distress.EvidenceGroups {
		f := figs[g]
		p, ok := prec[g]
		stored := fmt.Sprintf("%.3f", p)
		if !ok {
			stored = fmt.Sprintf("none (default %.2f)", answer.DefaultHelpPrecision)
		}
		fmt.Printf("  %-8s %4d/%4d %5.1f%%  %4d/%4d %5.1f%%  %s\n", g, f.Right, f.Lines, pct(f.Right, f.Lines), f.UsedRight, f.Used, pct(f.UsedRight, f.Used), stored)
	}
}

// printBotTradeOff prints the abstention/accuracy trade-off of the score
// the bot gives on the held-out lines: the help path's answers scored by
// their group (the higher of that and the classifier's own score for the
// same article: answer.Model.HelpScore), the classifier's answers by its
// calibrated score. The groups' scores are measured on these same lines,
// so the help path's part is in-sample.
func printBotTradeOff(rep *answer.TrainReport, m *answer.Model) {
	fmt.Println("trade-off as the bot scores (held-out, help path included): threshold answered accuracy-of-answered")
	type scored struct {
		score float64
		right bool
	}
	var all []scored
	for _, h := range rep.HeldOut {
		if f, ok := helpPath(h, rep.Threshold); ok {
			s := m.HelpScore(f.Evidence(), f.Article, h.Got, h.Score)
			all = append(all, scored{s, helpRight(h.Class)})
			continue
		}
		got := botGot(h, distress.Detect(h.Text, h.Lang), rep.Threshold)
		if got == "" {
			all = append(all, scored{-1, false})
			continue
		}
		all = append(all, scored{h.Score, h.Class != answer.None && got == h.Class})
	}
	for _, th := range []float64{0.5, 0.6, 0.65, 0.8, 0.9} {
		var ans, right int
		for _, s := range all {
			if s.score >= th {
				ans++
				if s.right {
					right++
				}
			}
		}
		fmt.Printf("  %.2f  %5.1f%%  %5.1f%%\n", th, pct(ans, len(all)), pct(right, ans))
	}
}

// printUnfamiliar prints what the unfamiliar-words rule did to each
// language's held-out answers, and where the model applies it.
func printUnfamiliar(rep *answer.TrainReport) {
	var langs []string
	for l := range rep.Unfamiliar {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	fmt.Println("unfamiliar-words rule (held-out answers withheld): wrong ones caught, right ones lost")
	for _, l := range langs {
		t := rep.Unfamiliar[l]
		state := "off"
		if t.On {
			state = "on"
		}
		fmt.Printf("  %s  %3d  %3d  %s\n", l, t.WrongCaught, t.RightLost, state)
	}
}
