package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// maxBinary is the most a plain `go build ./cmd/scambot` may weigh, in
// bytes (40 MB). What it cost before: modernc.org/sqlite 6.3 MB, pgx's
// top level 4.5 MB, Bleve's top-level package 0.8 MB (README, *Measured*).
const maxBinary = 40_000_000

// TestBinarySize builds the binary exactly as a user would and fails when
// it grows past maxBinary, naming the size, so that a dependency that adds
// megabytes is noticed where it is added. -short skips it (a link takes a
// few seconds).
func TestBinarySize(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not building the binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out := filepath.Join(t.TempDir(), "scambot")
	cmd := exec.Command(goTool, "build", "-o", out, ".")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("go build ./cmd/scambot: %d bytes (%.2f MB; at most %.1f MB)", fi.Size(), float64(fi.Size())/1e6, float64(maxBinary)/1e6)
	if fi.Size() > maxBinary {
		t.Errorf("the binary is %.2f MB, over the %.0f MB limit: find what grew (go tool nm -size -sort size) before raising it",
			float64(fi.Size())/1e6, float64(maxBinary)/1e6)
	}
}
