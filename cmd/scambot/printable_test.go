package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scambot/scambot/printable/printabletest"
)

// TestNoControlSequencesInAnyHumanOutput feeds escape sequences and bidi
// overrides through every human-readable output of the CLI (answers,
// checks with their quoted context, file names, errors, evaluation
// reports, the line-mode chat, logs) and finds none in what is printed,
// nor the payload of one whose ESC alone was removed.
func TestNoControlSequencesInAnyHumanOutput(t *testing.T) {
	h := printabletest.Hostile
	offerText := "URGENT hiring " + h + " in Sihanoukville, salary $3000" + h + " no experience, free flight, " +
		"send your passport copy " + h + " on Telegram. " + h
	dir := t.TempDir()
	evil := filepath.Join(dir, "offer\x1b[2J\u202e.txt")
	must(t, os.WriteFile(evil, []byte(offerText), 0o600))
	tsv := filepath.Join(dir, "q.tsv")
	must(t, os.WriteFile(tsv, []byte("expect\tlang\tquestion\nmoney-mules\ten\twhat is "+strings.ReplaceAll(h, "\n", " ")+" pig butchering\n"), 0o600))
	offers := filepath.Join(dir, "offers")
	for _, kind := range []string{"lure", "legit"} {
		must(t, os.MkdirAll(filepath.Join(offers, kind), 0o700))
		must(t, os.WriteFile(filepath.Join(offers, kind, "01-en-\x1b]0;x\x07\u202e.txt"), []byte(offerText), 0o600))
	}
	t.Setenv("LOG_LEVEL", "debug")

	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"ask argument", "", []string{"ask", "what is pig butchering " + h}},
		{"ask stdin", "what is " + h + "\nhello " + h + "\n", []string{"ask"}},
		{"check file", "", []string{"check", evil}},
		{"check two files", "", []string{"check", evil, evil}},
		{"check stdin", offerText, []string{"check"}},
		{"check stdin lang", offerText, []string{"check", "--lang", "vi"}},
		{"check missing file", "", []string{"check", evil + ".missing"}},
		{"check binary", "\x00\x1b[2J\u202e", []string{"check"}},
		{"check bad lang", "", []string{"check", "--lang", h}},
		{"ask bad lang", "", []string{"ask", "--lang", h, "x"}},
		{"eval questions", "", []string{"eval", "questions", tsv}},
		{"eval offers", "", []string{"eval", "offers", offers}},
		{"eval missing", "", []string{"eval", "questions", evil + ".missing"}},
		{"kb lint dir", "", []string{"kb", "lint", evil}},
		{"unknown command", "", []string{h}},
		{"chat", offerText + "\n/check " + offerText + "\n/topic " + h + "\n/hotlines " + h + "\n/lang " + h + "\n/" + h + "\n" + h + "\n", []string{"run"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, errOut := runCmd(t, tt.stdin, tt.args...)
			if out == "" && errOut == "" {
				t.Fatal("no output at all")
			}
			if bad := printabletest.Found(out); len(bad) > 0 {
				t.Errorf("stdout carries %q:\n%s", bad, out)
			}
			if bad := printabletest.Found(errOut); len(bad) > 0 {
				t.Errorf("stderr carries %q:\n%s", bad, errOut)
			}
			if left := printabletest.Leftovers(out + errOut); len(left) > 0 {
				t.Errorf("output carries leftovers of escape sequences %q:\n%s\n%s", left, out, errOut)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestCheckExcerptsCutNoSequence: the words quoted around each sign are a
// window cut from the offer; wherever the cut falls, no hyperlink address
// or colour code is left behind as text (the window once began inside an
// OSC 8 link and showed "8;;http://…").
func TestCheckExcerptsCutNoSequence(t *testing.T) {
	links := []string{
		"\x1b]8;;https://hr-fast.example/apply\x1b\\apply here\x1b]8;;\x1b\\",
		"\u009d8;;https://hr-fast.example/apply\u009capply here\u009d8;;\u009c",
		"\x1b[1;31mapply here\x1b[0m",
	}
	for _, link := range links {
		for pad := 0; pad < 40; pad += 3 {
			offerText := "URGENT hiring " + link + strings.Repeat(".", pad) + " in Sihanoukville, salary $3000 a month, " +
				link + " send your passport copy " + link
			_, out, errOut := runCmd(t, offerText, "check")
			for _, left := range []string{"8;;", "https", "example", "31m", "0m"} {
				if strings.Contains(out+errOut, left) {
					t.Errorf("link %q, pad %d: output shows %q:\n%s%s", link, pad, left, out, errOut)
				}
			}
		}
	}
}
