// Package printabletest has what tests in any package need to show that no
// control sequence or bidi override reaches an output.
package printabletest

import "github.com/scambot/scambot/printable"

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
