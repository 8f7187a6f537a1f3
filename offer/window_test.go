package offer

import (
	"strings"
	"testing"
)

// TestWindowsCountLetters: proximity windows count letters, so a Hindi or
// Thai clause combines like a Latin one of the same length, and Chinese
// keeps its old reach.
func TestWindowsCountLetters(t *testing.T) {
	tests := []struct {
		name    string
		gapText string // between the two hits
		win     int
		want    bool
	}{
		{"latin inside", strings.Repeat("a", 30), 40, true},
		{"latin outside", strings.Repeat("a", 41), 40, false},
		{"devanagari 30 letters (90 bytes)", strings.Repeat("क", 30), 40, true},
		{"devanagari 41 letters", strings.Repeat("क", 41), 40, false},
		{"thai 35 letters", strings.Repeat("ก", 35), 40, true},
		{"chinese 13 characters (39 bytes)", strings.Repeat("中", 13), 40, true},
		{"chinese 14 characters (42 bytes)", strings.Repeat("中", 14), 40, false},
		{"vietnamese folded", strings.Repeat("ư", 35), 40, true},
	}
	for _, tt := range tests {
		var s scan
		s.n.b = []byte("x" + tt.gapText + "y")
		a, b := hit{0, 1}, hit{int32(len(s.n.b) - 1), int32(len(s.n.b))}
		if got := s.within(a, b, tt.win); got != tt.want {
			t.Errorf("%s: within(%d) = %v, want %v (letters %d)", tt.name, tt.win, got, tt.want, s.letters(a, b))
		}
		if got := s.within(b, a, tt.win); got != tt.want {
			t.Errorf("%s reversed: within(%d) = %v, want %v", tt.name, tt.win, got, tt.want)
		}
	}
}
