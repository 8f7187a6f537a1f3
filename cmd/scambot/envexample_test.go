package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/scambot/scambot/store"
)

// .env.example is what a newcomer copies: it must list every variable
// the README's configuration table names, and describe the settings
// store the code really uses.
func TestEnvExampleMatchesREADME(t *testing.T) {
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	ex := string(example)
	for _, m := range regexp.MustCompile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|").FindAllStringSubmatch(string(readme), -1) {
		if !regexp.MustCompile("(?m)^" + m[1] + "=").MatchString(ex) {
			t.Errorf(".env.example has no %s= line, which the README's table lists", m[1])
		}
	}
	if !strings.Contains(ex, store.FileName) {
		t.Errorf(".env.example does not name the settings file %s", store.FileName)
	}
	if strings.Contains(strings.ToLower(ex), "sqlite") {
		t.Errorf(".env.example still describes the SQLite settings database, which is no longer used")
	}
}
