// Package printabletest has what tests in any package need to show that no
// control sequence or bidi override reaches an output.
package printabletest

import (
	"strconv"
	"strings"

	"github.com/scambot/scambot/printable"
)

// Hostile is a text made of the sequences a terminal would act on: screen
// clear, window title, hidden and recoloured text, cursor moves, a C1 CSI,
// carriage returns, and bidi overrides and isolates. Tests in other
// packages feed it through their outputs.
const Hostile = "A\x1b[2J\x1b[H\x1b]0;pwned\x07B\x1b[8mhidden\x1b[0m\x1b[31mred\x1b[m" +
	"C\x9b31mD\u202eevil\u202c\u2066iso\u2069\u200fE\rF\x00\x08\x7f\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\" +
	"\x1bcG\x1b(0H\u2028I\ufeffJ"

// Found returns the unsafe characters in s, for tests in any package that
// must show none reached an output.
func Found(s string) []rune {
	var bad []rune
	for _, r := range s {
		if r == '\r' || printable.Unsafe(r) {
			bad = append(bad, r)
		}
	}
	return bad
}

// leftovers are pieces of Hostile's sequences that show when only their
// ESC or C1 introducer was removed: a window title, a hyperlink and its
// address, a screen clear, colour codes.
var leftovers = []string{"pwned", "]8;", "http://x", "[2J", "31mD", "8mhidden"}

// Leftovers returns the pieces of Hostile's escape sequences found in s,
// for tests that must show sequences were removed whole, not just their
// ESC.
//
// Hostile quoted with %q (an error message naming a bad argument) shows
// each sequence written out in full, ESC included: that is not a leftover.
func Leftovers(s string) []string {
	s = strings.ReplaceAll(s, strconv.Quote(Hostile), "")
	var found []string
	for _, l := range leftovers {
		if strings.Contains(s, l) {
			found = append(found, l)
		}
	}
	return found
}
