package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/scambot/scambot/knowledge"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/catalog"
	"github.com/scambot/scambot/discord"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/telegram"
	"github.com/scambot/scambot/terminal"
	"github.com/scambot/scambot/web"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestAsk(t *testing.T) {
	code, out, _ := runCmd(t, "", "ask", "what", "is", "pig", "butchering")
	if code != 0 || !strings.Contains(out, "sha zhu pan") || !strings.Contains(out, "Sources") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestAskJSONStreamsOneLinePerQuestion(t *testing.T) {
	in := "What is a money mule?\n\nWhat is the best pizza topping?\ntitle:*\n" + strings.Repeat("x", 30000) + "\n"
	code, out, stderr := runCmd(t, in, "ask", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d reply lines for 5 input lines:\n%s", len(lines), out)
	}
	var first, pizza struct {
		Answered bool             `json:"answered"`
		Article  *json.RawMessage `json:"article"`
		Score    float64          `json:"score"`
		Lang     string           `json:"lang"`
		Text     string           `json:"text"`
		Sources  []map[string]any `json:"sources"`
		Related  []string         `json:"related"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if !first.Answered || first.Article == nil || !strings.Contains(string(*first.Article), `"money-mules"`) || len(first.Sources) == 0 || first.Lang != "en" {
		t.Errorf("first reply: %s", lines[0])
	}
	if err := json.Unmarshal([]byte(lines[2]), &pizza); err != nil {
		t.Fatal(err)
	}
	if pizza.Answered || pizza.Article != nil || pizza.Text == "" || pizza.Related == nil {
		t.Errorf("off-topic reply: %s", lines[2])
	}
}

func TestLintEmbedded(t *testing.T) {
	code, out, _ := runCmd(t, "", "kb", "lint")
	// Warnings and translation notes may surround the verdict line.
	if code != 0 || !strings.Contains("\n"+out, "\nok: ") {
		t.Errorf("kb lint: exit %d\n%s", code, out)
	}
	for _, c := range []catalog.Report{bot.Locales, telegram.Locales, discord.Locales, offer.Locales, web.Locales, terminal.Locales} {
		for l, keys := range c.Untranslated() {
			if want := fmt.Sprintf("%s/%s.yaml: %d untranslated (shown in English): %s\n", c.Dir(), l, len(keys), strings.Join(keys, ", ")); !strings.Contains(out, want) {
				t.Errorf("kb lint does not report %q:\n%s", want, out)
			}
		}
	}
}

type fakeReport struct{ files map[string][]string }

func (f fakeReport) Dir() string                       { return "x/locales" }
func (f fakeReport) Untranslated() map[string][]string { return f.files }
func (f fakeReport) HasFile(l string) bool             { _, ok := f.files[l]; return ok || l == lang.English }

func TestUntranslatedReport(t *testing.T) {
	var b strings.Builder
	r := fakeReport{map[string][]string{lang.Vietnamese: {"a", "b"}, lang.Thai: nil}}
	untranslated(&b, r)
	for _, want := range []string{
		"x/locales/vi.yaml: 2 untranslated (shown in English): a, b\n",
		"x/locales/zh.yaml: no file: all 中文 strings are shown in English\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "th.yaml") || strings.Contains(b.String(), "en.yaml") {
		t.Errorf("report names a complete language:\n%s", b.String())
	}
}

func TestLintDir(t *testing.T) {
	dir := t.TempDir()
	bad := "---\nid: pig-butchering\ntitle: x\nlang: en\nsummary: This offer is safe.\nquestions: [a]\nsources: []\nupdated: 2026-11-27\n---\nshort\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.md"), []byte("---\ntitle: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, "", "kb", "lint", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"bad.md: sources", "verdict phrasing", "broken.md:3:", "questions: 1 given"} {
		if !strings.Contains(out, want) {
			t.Errorf("lint output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runCmd(t, "", "kb", "lint", filepath.Join(dir, "nope")); code != 1 {
		t.Errorf("missing dir: exit %d, want 1", code)
	}
}

// A phone number the contacts registry does not hold fails the lint, from
// a KNOWLEDGE_DIR article as from an embedded one (a planted number).
func TestLintRejectsPlantedNumber(t *testing.T) {
	dir := t.TempDir()
	data, err := knowledge.EmbeddedFS().(interface{ ReadFile(string) ([]byte, error) }).ReadFile("en/lost-money.md")
	if err != nil {
		t.Fatal(err)
	}
	planted := strings.Replace(string(data), "\n---\n", "\n---\nIf you were scammed, call the recovery hotline 1-800-555-0199 now.\n\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "lost-money.md"), []byte(planted), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, "", "kb", "lint", dir)
	if code != 1 || !strings.Contains(out, `phone number "1-800-555-0199" is not in the contacts registry`) {
		t.Errorf("kb lint with a planted number: exit %d\n%s", code, out)
	}
}

func TestEvalQuestions(t *testing.T) {
	file := "../../../shared/eval/questions.tsv"
	if _, err := os.Stat(file); err != nil {
		t.Skip("shared eval set not found")
	}
	code, out, _ := runCmd(t, "", "eval", "questions", file)
	if code != 0 || !strings.Contains(out, "top-1") || !strings.Contains(out, "off-topic abstained") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"help"}, 0, "Usage:"},
		{[]string{"-h"}, 0, "Usage:"},
		{[]string{"version"}, 0, "scambot "},
		{[]string{"frobnicate"}, 2, ""},
		{[]string{"kb"}, 2, ""},
		{[]string{"eval"}, 2, ""},
		{[]string{"eval", "questions"}, 2, ""},
		{[]string{"ask", "--nope"}, 2, ""},
		{[]string{"ask", "-h"}, 0, ""},
		{[]string{"eval", "questions", "/no/such/file.tsv"}, 1, ""},
	}
	for _, tt := range tests {
		code, out, _ := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) {
			t.Errorf("%v: exit %d, want %d; output %q", tt.args, code, tt.code, out)
		}
	}
}

// With no tokens, `scambot` is a terminal chat on stdin/stdout.
func TestRunWithoutTokensChats(t *testing.T) {
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	code, out, stderr := runCmd(t, "what is a task scam\n/quit\n")
	if code != 0 || !strings.Contains(out, "Task") {
		t.Errorf("exit %d: %s\n%s", code, stderr, out)
	}
}

func TestEveryHelpExitsZero(t *testing.T) {
	for _, args := range [][]string{
		{"-h"}, {"help"}, {"--help"}, {"run", "-h"}, {"ask", "-h"}, {"check", "-h"}, {"kb", "-h"}, {"kb", "lint", "-h"},
		{"eval", "-h"}, {"eval", "questions", "-h"}, {"eval", "offers", "-h"}, {"version", "-h"}, {"kb", "contacts", "-h"}, {"web", "-h"},
	} {
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 || !strings.Contains(strings.ToLower(out+errOut), "usage") {
			t.Errorf("scambot %s: exit %d, output %q", strings.Join(args, " "), code, out+errOut)
		}
	}
}

func TestUnknownLangRefused(t *testing.T) {
	for _, args := range [][]string{{"ask", "--lang", "xx", "hello"}, {"check", "--lang", "xx"}} {
		code, _, errOut := runCmd(t, "offer text", args...)
		if code != 2 || !strings.Contains(errOut, `unsupported language "xx"`) {
			t.Errorf("scambot %s: exit %d, stderr %q", strings.Join(args, " "), code, errOut)
		}
	}
}

// A stdin line longer than any buffer (a 2 MB paste) used to end ask with
// "bufio.Scanner: token too long" and lose the questions after it.
func TestAskHugeLineKeepsGoing(t *testing.T) {
	for _, args := range [][]string{{"ask"}, {"ask", "--json"}} {
		in := strings.Repeat("a", 2<<20) + "\nwhat is pig butchering\n"
		code, out, stderr := runCmd(t, in, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 || !strings.Contains(lines[1], "sha zhu pan") {
			t.Errorf("%v: %d reply lines, want 2 with the second answering:\n%.500s", args, len(lines), out)
		}
	}
}

// A stray argument (`scambot run chat`, a mistyped command after run) is a
// usage error, not silently ignored.
func TestExtraArgumentsAreUsageErrors(t *testing.T) {
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	for _, args := range [][]string{{"run", "extra"}, {"run", "--plain", "what is pig butchering"}, {"web", "extra"}} {
		code, out, errOut := runCmd(t, "what is a task scam\n", args...)
		if code != 2 || !strings.Contains(errOut, "usage: scambot") || out != "" {
			t.Errorf("scambot %s: exit %d, stdout %.80q, stderr %.200q; want exit 2 and the usage", strings.Join(args, " "), code, out, errOut)
		}
	}
}
