// Package golden compares rendered output with files kept under the
// repository's testdata/golden/, so that a change to how replies look on a
// platform shows up as a readable diff in review. Run the tests with
// -update to rewrite the files after an intended change, then read the
// diff before committing it.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The -update flag. Another golden-file library in the same test binary
// (teatest's, in package terminal) may define it first: then both share
// it. Packages initialise in import-path order, so that one is first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata/golden instead of comparing")
	}
}

// updating reports whether -update was given.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// Dir is testdata/golden at the repository root, seen from a package
// directory one level down (telegram, discord, terminal).
const Dir = "../testdata/golden"

// Check compares got with the file name (a path under Dir), or rewrites
// the file with -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join(Dir, filepath.FromSlash(name))
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with: go test ./%s -run %s -update)", err, pkg(), t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the rendering (if the change is intended: go test ./%s -run '%s' -update, then review the diff)\n%s",
			path, pkg(), t.Name(), diff(string(want), string(got)))
	}
}

// pkg is the package directory the test runs in, for the hint.
func pkg() string {
	wd, err := os.Getwd()
	if err != nil {
		return "..."
	}
	return filepath.Base(wd)
}

// diff shows the first lines that differ, with a little context: enough
// to see what changed without a diff tool.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 12; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			continue
		}
		b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl + "\n")
		shown++
	}
	return b.String()
}
