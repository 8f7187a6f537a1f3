package web

import (
	"io"
	"log/slog"
	"net/http"
	"testing"

	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/internal/golden"
)

// TestGolden renders the site's pages for the golden replies (fixture
// articles and a fixed offer result, see bottest.GoldenReplies) through
// the real handler: the whole HTML page each. The files are
// testdata/golden/web/*.html at the repository root; -update rewrites them.
func TestGolden(t *testing.T) {
	core, _ := bottest.GoldenReplies(t)
	s := New(Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	s.SetBot(core)
	h := s.Handler()
	offer := form("text", "A fixture offer: the fixed checker ignores it.")
	for _, tc := range []struct {
		name, method, target, body string
	}{
		{"home-zh", "GET", "/?lang=zh", ""},
		{"answer-en", "GET", "/ask?q=golden+question&lang=en", ""},
		{"answer-vi", "GET", "/ask?q=golden+question&lang=vi", ""},
		{"article-en", "GET", "/topics/pig-butchering?lang=en", ""},
		{"abstain-en", "GET", "/ask?q=a+question+no+fixture+answers&lang=en", ""},
		{"check-en", "POST", "/check?lang=en", offer},
		{"check-th", "POST", "/check?lang=th", offer},
		{"helpnow-en", "GET", "/help?lang=en", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := map[string]string{}
			if tc.method == "POST" {
				header["Content-Type"] = "application/x-www-form-urlencoded"
			}
			w := do(t, h, tc.method, tc.target, tc.body, header)
			if w.Code != http.StatusOK {
				t.Fatalf("%s %s: status %d", tc.method, tc.target, w.Code)
			}
			golden.Check(t, "web/"+tc.name+".html", w.Body.Bytes())
		})
	}
}
