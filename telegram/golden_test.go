package telegram

import (
	"strings"
	"testing"

	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/internal/golden"
)

// TestGolden renders the golden replies as Telegram receives them in a
// private chat: each message's HTML, then the inline keyboard, one row a
// line ("[label → callback data]"). The files are
// testdata/golden/telegram/*.txt at the repository root; -update
// rewrites them.
func TestGolden(t *testing.T) {
	core, cases := bottest.GoldenReplies(t)
	b := &Bot{core: core}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			var out strings.Builder
			c := &conv{lang: tc.Reply.Lang}
			for i, p := range b.pieces(c, tc.Reply.Markdown()) {
				if i > 0 {
					out.WriteString("--- next message\n")
				}
				out.WriteString(p + "\n")
			}
			out.WriteString("--- keyboard\n")
			for _, row := range b.keyboard(c, tc.Reply, false) {
				for i, btn := range row {
					if i > 0 {
						out.WriteString(" ")
					}
					out.WriteString("[" + btn.Text + " → " + btn.Data + "]")
				}
				out.WriteString("\n")
			}
			golden.Check(t, "telegram/"+tc.Name+".txt", []byte(out.String()))
		})
	}
}
