package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/scambot/scambot/web"
)

func TestWebCommandUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"web", "-h"}, nil, &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "WEB_ADDR") {
		t.Errorf("web -h: exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := run(context.Background(), []string{"web", "extra"}, nil, &out, &errOut); code != 2 {
		t.Errorf("web extra: exit %d, want 2", code)
	}
	t.Setenv("WEB_RATE", "many")
	errOut.Reset()
	if code := run(context.Background(), []string{"web"}, nil, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "WEB_RATE") {
		t.Errorf("web with a bad WEB_RATE: exit %d, %q", code, errOut.String())
	}
}

// TestWebAPIMatchesCLI: GET /api/ask and POST /api/check answer with
// exactly the objects `scambot ask --json` and `scambot check --json`
// print for the same input.
func TestWebAPIMatchesCLI(t *testing.T) {
	ctx := context.Background()
	c, err := newCore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	srv := web.New(web.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	srv.SetBot(c.bot)
	const (
		question = "what is pig butchering"
		offerTxt = "URGENT hiring! Customer service job in Cambodia, salary $3000/month, no experience needed. Free flight. Contact us on Telegram. Send a copy of your passport."
	)
	var cli, errOut bytes.Buffer
	if code := run(ctx, []string{"ask", "--json", "--lang", "en", question}, nil, &cli, &errOut); code != 0 {
		t.Fatalf("ask --json: exit %d: %s", code, errOut.String())
	}
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/api/ask?lang=en&q="+url.QueryEscape(question), nil))
	if got, want := strings.TrimSpace(w.Body.String()), strings.TrimSpace(cli.String()); got != want {
		t.Errorf("GET /api/ask =\n%s\nscambot ask --json =\n%s", got, want)
	}

	cli.Reset()
	if code := run(ctx, []string{"check", "--json"}, strings.NewReader(offerTxt), &cli, &errOut); code != 0 {
		t.Fatalf("check --json: exit %d: %s", code, errOut.String())
	}
	body, _ := json.Marshal(map[string]string{"text": offerTxt})
	r := httptest.NewRequest("POST", "/api/check", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	w = httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, r)
	if got, want := strings.TrimSpace(w.Body.String()), strings.TrimSpace(cli.String()); got != want {
		t.Errorf("POST /api/check =\n%s\nscambot check --json =\n%s", got, want)
	}
}
