package web

import (
	_ "embed"
	"net/http"
)

//go:embed static/style.css
var styleCSS []byte

// serveStyle serves the one stylesheet. It is the same for every page and
// changes only with the binary, so browsers may keep it for a day.
func serveStyle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	_, _ = w.Write(styleCSS)
}
