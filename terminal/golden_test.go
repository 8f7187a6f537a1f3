package terminal

import (
	"strings"
	"testing"

	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/internal/golden"
)

// TestGolden renders the golden replies as the line-mode terminal chat
// prints them, with their numbered choices.
// The files are testdata/golden/terminal/*.txt at the repository root;
// -update rewrites them.
func TestGolden(t *testing.T) {
	core, cases := bottest.GoldenReplies(t)
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			var out strings.Builder
			c := &Chat{Bot: core, Out: &out}
			s := &session{bot: core}
			c.show(s.reply(tc.Reply))
			golden.Check(t, "terminal/"+tc.Name+".txt", []byte(out.String()))
		})
	}
}
