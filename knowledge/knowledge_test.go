package knowledge

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// The embedded base must pass its own lint: every topic, every field,
// every language complete.
func TestEmbeddedBaseLints(t *testing.T) {
	articles, errs := LoadFS(EmbeddedFS(), "articles")
	for _, p := range Errors(Lint(articles, errs)) {
		t.Error(p)
	}
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range Topics {
		if _, ok := kb.Get(id, "en"); !ok {
			t.Errorf("topic %s has no English article", id)
		}
	}
}

const good = `---
id: pig-butchering
title: "Pig butchering"
lang: en
summary: A long con. It ends with a fake investment.
questions: [a, b, c, d, e]
tags: [x]
related: [romance-scams]
sources:
  - publisher: UN OHCHR
    title: Report
    url: https://www.ohchr.org/
    year: 2023
updated: 2026-11-27
---
## What it is
Body text.
`

func TestParse(t *testing.T) {
	a, err := Parse("a.md", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "pig-butchering" || a.Lang != "en" || len(a.Questions) != 5 || a.Sources[0].Year != 2023 {
		t.Errorf("parsed %+v", a)
	}
	if len(a.Sections) != 1 || a.Sections[0].Heading != "What it is" || a.Sections[0].Text != "Body text." {
		t.Errorf("sections %+v", a.Sections)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data string
		line       int
		want       string
	}{
		{"no front matter", "# hi\n", 1, "missing front matter"},
		{"unclosed", "---\nid: x\n", 1, "not closed"},
		{"bad yaml", "---\nid: x\ntitle: [unclosed\n---\nbody\n", 3, "front matter"},
		{"unknown field", "---\nid: x\ncolour: red\n---\nbody\n", 3, "colour"},
		{"binary", "---\nid: \xff\n---\n", 0, "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.md", []byte(tt.data))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a ParseError", err)
			}
			if pe.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v (line %d), want line %d containing %q", err, pe.Line, tt.line, tt.want)
			}
		})
	}
}

func TestLintFindsProblems(t *testing.T) {
	bad := strings.NewReplacer(
		"related: [romance-scams]", "related: [no-such-topic]",
		"Body text.", "Good news: this offer is safe to accept.\n\n### Deep heading\n| a | b |",
		"questions: [a, b, c, d, e]", "questions: [a]",
		"updated: 2026-11-27", "updated: last week",
	).Replace(good)
	fsys := fstest.MapFS{
		"en/pig-butchering.md": {Data: []byte(bad)},
		"en/dup.md":            {Data: []byte(good)},
		"en/broken.md":         {Data: []byte("---\nid: [\n---\n")},
	}
	articles, errs := LoadFS(fsys, "kb")
	probs := Lint(articles, errs)
	var all strings.Builder
	for _, p := range probs {
		all.WriteString(p.String() + "\n")
	}
	for _, want := range []string{
		"kb/en/broken.md:3:",
		`duplicate article id "pig-butchering"`,
		`related: unknown topic id "no-such-topic"`,
		`verdict phrasing "is safe"`,
		`only "## " headings`,
		"tables are not",
		"questions: 1 given",
		`updated "last week" is not a date`,
		`missing article "hotlines" in language "en"`,
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, all.String())
		}
	}
}

func TestLintAllowsNegatedVerdict(t *testing.T) {
	a, err := Parse("a.md", []byte(strings.Replace(good, "Body text.", "A low score does not mean the offer is safe.", 1)))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Lint([]*Article{a}, nil) {
		if strings.Contains(p.Msg, "verdict") {
			t.Errorf("negated verdict flagged: %s", p)
		}
	}
}

func TestStaleTranslation(t *testing.T) {
	en, _ := Parse("en.md", []byte(good))
	vi, _ := Parse("vi.md", []byte(strings.NewReplacer("lang: en", "lang: vi", "updated: 2026-11-27", "updated: 2025-01-01").Replace(good)))
	var found bool
	for _, p := range Lint([]*Article{en, vi}, nil) {
		if strings.Contains(p.Msg, "stale translation") {
			found = true
		}
	}
	if !found {
		t.Error("stale translation not reported")
	}
}

func TestLoadDirOverrides(t *testing.T) {
	dir := t.TempDir()
	base, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := base.Get("pig-butchering", "en")
	data, err := EmbeddedFS().(interface{ ReadFile(string) ([]byte, error) }).ReadFile("en/pig-butchering.md")
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), orig.Title, "Replaced title", 1))
	if err := os.WriteFile(filepath.Join(dir, "pb.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	kb, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := kb.Get("pig-butchering", "en"); a.Title != "Replaced title" {
		t.Errorf("title = %q, want the replacement", a.Title)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing KNOWLEDGE_DIR loaded without error")
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte("no front matter"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "bad.md:1") {
		t.Errorf("bad article: err = %v, want file:line", err)
	}
}

func TestVerdictOtherLanguages(t *testing.T) {
	tests := []struct {
		lang, body string
		flagged    bool
	}{
		{"hi", "यह नौकरी सुरक्षित है।", true},
		{"hi", "इसका मतलब यह नहीं कि नौकरी सुरक्षित है।", false},
		{"hi", "नया ऑफर सुरक्षित है।", true}, // "न" inside a word is no negation
		{"zh", "这个工作是安全的。", true},
		{"zh", "这不代表工作是安全的。", false},
		{"vi", "Công việc này là an toàn.", true},
		{"vi", "Điều đó không có nghĩa công việc là an toàn.", false},
	}
	for _, tt := range tests {
		a, err := Parse("a.md", []byte(strings.NewReplacer("lang: en", "lang: "+tt.lang, "Body text.", tt.body).Replace(good)))
		if err != nil {
			t.Fatal(err)
		}
		var got bool
		for _, p := range Lint([]*Article{a}, nil) {
			if strings.Contains(p.Msg, "verdict") {
				got = true
			}
		}
		if got != tt.flagged {
			t.Errorf("%s %q: flagged=%v, want %v", tt.lang, tt.body, got, tt.flagged)
		}
	}
}
