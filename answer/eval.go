package answer

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Case is one line of an evaluation set: the expected topic id ("" for a
// question the bot must decline; several acceptable ids joined by "|") and
// the question.
type Case struct {
	Line     int
	Expect   string
	Lang     string
	Question string
}

// ReadCases parses the evaluation format: a header line, then
// expect<TAB>lang<TAB>question, with "-" as the expectation for off-topic
// questions.
func ReadCases(r io.Reader) ([]Case, error) {
	var out []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated columns, got %d", n, len(f))
		}
		if n == 1 && f[0] == "expect" {
			continue
		}
		c := Case{Line: n, Expect: f[0], Lang: f[1], Question: f[2]}
		if c.Expect == "-" {
			c.Expect = ""
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading cases: %w", err)
	}
	return out, nil
}

// Outcome is what happened to one case.
type Outcome struct {
	Case
	Got   string // answered topic id, "" when the engine abstained
	Lang  string // language of the answer
	Score float64
}

// Correct reports whether the outcome matches the expectation: the
// answer is one of the acceptable ids, or both are empty (declined).
func (o Outcome) Correct() bool { return Accepts(o.Expect, o.Got) }

// Accepts reports whether got is one of the "|"-separated ids of expect
// (as ../shared/eval/eval_questions.py scores them); "" accepts only "".
func Accepts(expect, got string) bool {
	if expect == "" || got == "" {
		return expect == got
	}
	for _, id := range strings.Split(expect, "|") {
		if id == got {
			return true
		}
	}
	return false
}

// Tally is the figures for a group of cases.
type Tally struct {
	OnTopic, Top1, Abstained, Wrong int // Wrong: answered with the wrong article
	OffTopic, OffAbstained          int
}

func (t *Tally) add(o Outcome) {
	if o.Expect == "" {
		t.OffTopic++
		if o.Got == "" {
			t.OffAbstained++
		}
		return
	}
	t.OnTopic++
	switch {
	case o.Correct():
		t.Top1++
	case o.Got == "":
		t.Abstained++
	default:
		t.Wrong++
	}
}

// Top1 is the share of on-topic questions answered with the right article.
func (t Tally) Top1Rate() float64 { return ratio(t.Top1, t.OnTopic) }

// OffAbstainRate is the share of off-topic questions declined.
func (t Tally) OffAbstainRate() float64 { return ratio(t.OffAbstained, t.OffTopic) }

// ConfidentWrongRate is the share of all answers given that were wrong:
// wrong on-topic answers plus off-topic questions answered.
func (t Tally) ConfidentWrongRate() float64 {
	answered := t.Top1 + t.Wrong + (t.OffTopic - t.OffAbstained)
	return ratio(t.Wrong+t.OffTopic-t.OffAbstained, answered)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the result of an evaluation run.
type Report struct {
	All      Tally
	ByLang   map[string]*Tally
	Outcomes []Outcome
}

// Evaluate runs every case through the engine. Each question is answered
// in the language the file gives for it, as a user's language choice.
func (e *Engine) Evaluate(ctx context.Context, cases []Case) (Report, error) {
	rep := Report{ByLang: map[string]*Tally{}}
	for _, c := range cases {
		res, err := e.Answer(ctx, c.Question, c.Lang)
		if err != nil {
			return rep, fmt.Errorf("line %d: %w", c.Line, err)
		}
		o := Outcome{Case: c, Lang: res.Lang, Score: res.Score}
		if res.Answered {
			o.Got = res.Article.ID
		}
		rep.Outcomes = append(rep.Outcomes, o)
		rep.All.add(o)
		t := rep.ByLang[c.Lang]
		if t == nil {
			t = &Tally{}
			rep.ByLang[c.Lang] = t
		}
		t.add(o)
	}
	return rep, nil
}

// Write prints the figures and the misses.
func (r Report) Write(w io.Writer) error {
	bw := &errWriter{w: w}
	line := func(name string, t Tally) {
		bw.printf("%-6s top-1 %5.1f%% (%d/%d)  abstained %d  wrong %d  off-topic abstained %5.1f%% (%d/%d)  confident-wrong %4.1f%%\n",
			name, 100*t.Top1Rate(), t.Top1, t.OnTopic, t.Abstained, t.Wrong,
			100*t.OffAbstainRate(), t.OffAbstained, t.OffTopic, 100*t.ConfidentWrongRate())
	}
	line("all", r.All)
	langs := make([]string, 0, len(r.ByLang))
	for l := range r.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	if len(langs) > 1 {
		for _, l := range langs {
			line(l, *r.ByLang[l])
		}
	}
	misses := 0
	for _, o := range r.Outcomes {
		if o.Correct() {
			continue
		}
		if misses == 0 {
			bw.printf("\nmisses:\n")
		}
		misses++
		exp, got := o.Expect, o.Got
		if exp == "" {
			exp = "-"
		}
		if got == "" {
			got = "(abstained)"
		}
		bw.printf("  line %d [%s] expected %s, got %s (confidence %.2f): %s\n", o.Line, o.Case.Lang, exp, got, o.Score, o.Question)
	}
	return bw.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
