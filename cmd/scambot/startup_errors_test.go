package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scambot/scambot/store"
)

// An article in KNOWLEDGE_DIR that fails the lint stops the start with
// the lint's own message, naming the file.
func TestKnowledgeDirFailingLintIsRefused(t *testing.T) {
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "en"), 0o700))
	article := "---\nid: extra-topic\ntitle: \"An extra topic\"\nlang: en\nsummary: A topic with no questions and no sources.\n" +
		"updated: 2026-12-01\n---\nThis job offer is safe.\n"
	must(t, os.WriteFile(filepath.Join(dir, "en", "extra-topic.md"), []byte(article), 0o600))
	t.Setenv("KNOWLEDGE_DIR", dir)
	for _, args := range [][]string{{"ask", "what is pig butchering"}, {"run"}} {
		code, _, stderr := runCmd(t, "", args...)
		if code != 1 || !strings.Contains(stderr, "extra-topic.md") || !strings.Contains(stderr, "KNOWLEDGE_DIR "+dir) ||
			!strings.Contains(stderr, "kb lint") {
			t.Errorf("scambot %s: exit %d, stderr:\n%s", args[0], code, stderr)
		}
	}
	_, lintOut, _ := runCmd(t, "", "kb", "lint")
	_, _, stderr := runCmd(t, "", "ask", "x")
	for _, line := range strings.Split(stderr, "\n") {
		if p := strings.TrimSpace(line); strings.Contains(p, "extra-topic.md:") && !strings.Contains(lintOut, p) {
			t.Errorf("start-up says %q, kb lint does not", p)
		}
	}
}

// A data directory that cannot be created or written is named in the error.
func TestDataDirErrorsNameThePath(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	must(t, os.WriteFile(file, nil, 0o600))
	dirs := []string{filepath.Join(file, "data")} // under a file: cannot be created
	if f, err := os.CreateTemp("/proc/self", "x"); err != nil {
		dirs = append(dirs, "/proc/self") // exists, not writable even as root
	} else {
		f.Close()
		os.Remove(f.Name())
	}
	for _, d := range dirs {
		t.Setenv("SCAMBOT_DATA_DIR", d)
		t.Setenv("TELEGRAM_TOKEN", "123:never-used")
		t.Setenv("TELEGRAM_API_URL", "http://127.0.0.1:1")
		code, _, stderr := runCmd(t, "", "run")
		if code != 1 || !strings.Contains(stderr, d) || !strings.Contains(stderr, "SCAMBOT_DATA_DIR") {
			t.Errorf("SCAMBOT_DATA_DIR=%s: exit %d, stderr:\n%s", d, code, stderr)
		}
	}
}

// An SQLite settings file from before the bbolt store is named in the log
// at start, with what was in it, so that no setting is lost silently.
func TestLegacySQLiteFileIsReported(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, store.LegacySQLiteFile)
	must(t, os.WriteFile(old, append([]byte("SQLite format 3\x00"), make([]byte, 84)...), 0o600))
	var logs bytes.Buffer
	st, err := openStore(context.Background(), config{dataDir: dir}, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, want := range []string{"level=WARN", old, "/scan", "/lang", "set again"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log does not say %q:\n%s", want, logs.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); err != nil {
		t.Errorf("the new settings file was not created: %v", err)
	}
}
