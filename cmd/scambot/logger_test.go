package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

// A mistyped LOG_LEVEL or LOG_FORMAT (an operator's "degub") is said, not
// silently replaced by the default.
func TestLoggerSettingsMistyped(t *testing.T) {
	for _, c := range []struct {
		level, format string
		warn          string // the variable named in the warning; "" when nothing is wrong
	}{
		{"", "", ""},
		{"debug", "json", ""},
		{"WARN", "text", ""},
		{"degub", "", "LOG_LEVEL"},
		{"", "xml", "LOG_FORMAT"},
	} {
		t.Setenv("LOG_LEVEL", c.level)
		t.Setenv("LOG_FORMAT", c.format)
		var buf bytes.Buffer
		newLogger(&buf, slog.LevelWarn)
		got := buf.String()
		if c.warn == "" && got != "" || c.warn != "" && (!strings.Contains(got, c.warn) || !strings.Contains(got, c.level+c.format)) {
			t.Errorf("LOG_LEVEL=%q LOG_FORMAT=%q: logged %q, want a warning naming %q", c.level, c.format, got, c.warn)
		}
	}
}
