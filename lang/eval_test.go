package lang

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalDir holds the project's development question sets.
const evalDir = "../../shared/eval"

// TestEvalQuestions measures detection on the shared question sets (one
// question per line, language in column 2) and the repository's held-out
// sets, and holds it above a floor a little under what was measured (370 of
// 371 when written), so a regression fails.
func TestEvalQuestions(t *testing.T) {
	var total, right int
	perLang := map[string][2]int{}
	for _, path := range []string{
		filepath.Join(evalDir, "questions-multilingual.tsv"),
		filepath.Join(evalDir, "questions.tsv"),
		// Held-out sets kept in the repository, when present.
		"../testdata/eval/questions-extra-multilingual.tsv",
		"../testdata/eval/questions-extra.tsv",
	} {
		f, err := os.Open(path)
		if os.IsNotExist(err) && strings.HasPrefix(path, "../testdata") {
			continue
		}
		if os.IsNotExist(err) {
			t.Skipf("eval set absent: %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 3 || cols[1] == "lang" {
				continue
			}
			want, text := cols[1], cols[2]
			got, conf := Detection(text)
			c := perLang[want]
			c[1]++
			total++
			if got == want {
				c[0]++
				right++
			} else {
				t.Logf("%s detected as %s (%.2f): %s", want, got, conf, text)
			}
			perLang[want] = c
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for l, c := range perLang {
		t.Logf("%s: %d/%d", l, c[0], c[1])
	}
	for l, c := range perLang {
		if a := float64(c[0]) / float64(c[1]); a < 0.85 {
			t.Errorf("%s: accuracy %.3f below floor 0.85", l, a)
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("accuracy %d/%d = %.3f", right, total, acc)
	if total == 0 {
		t.Fatal("no questions read")
	}
	if acc < 0.95 {
		t.Errorf("accuracy %.3f below floor 0.95", acc)
	}
}

// TestEvalOffers runs detection over the job offers, shared and held-out,
// whose file names carry their language (NN-<lang>-…). Offers are long and
// formal, the easy case: every one must be right.
func TestEvalOffers(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(evalDir, "offers", "*", "*.txt"))
	extra, _ := filepath.Glob(filepath.Join("..", "testdata", "eval", "offers-extra*", "*", "*.txt"))
	files = append(files, extra...)
	if len(files) == 0 {
		t.Skip("no offers")
	}
	var right int
	for _, path := range files {
		parts := strings.SplitN(filepath.Base(path), "-", 3)
		if len(parts) < 3 || !Valid(parts[1]) {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(string(b)); got == parts[1] {
			right++
		} else {
			t.Errorf("%s detected as %s", filepath.Base(path), got)
		}
	}
	t.Logf("offers %d/%d", right, len(files))
}
