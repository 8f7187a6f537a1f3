package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/scambot/scambot/web"
)

// runWeb implements `scambot web`: the web site and JSON API alone. It
// listens before the knowledge base is indexed, so /healthz can say 503
// until it is ready.
func runWeb(ctx context.Context, args []string, stderr io.Writer) int {
	fs := newFlagSet("web", "usage: scambot web\n\n"+
		"Serves the web site (check an offer, ask a question, topics, hotlines) and the JSON API\n"+
		"(GET /api/ask, POST /api/check, GET /healthz) on WEB_ADDR (default "+web.DefaultAddr+").\n"+
		"WEB_RATE: requests per minute per client (default 60, 0: off); WEB_TRUST_PROXY=1: the\n"+
		"client address is the last X-Forwarded-For entry (only behind a reverse proxy).\n"+
		"SIGINT/SIGTERM: stops taking requests, finishes those in flight, exits 0.\n", stderr)
	if code, stop := parseFlags(fs, args); stop {
		return code
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	logger := newLogger(stderr, slog.LevelInfo)
	slog.SetDefault(logger)
	cfg, err := web.ConfigFromEnv(os.Getenv)
	if err != nil {
		fmt.Fprintln(stderr, "scambot web:", err)
		return 2
	}
	cfg.Logger = logger
	srv := web.New(cfg)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		logger.Error("start failed", "err", err)
		return 1
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()
	start := time.Now()
	c, err := newCore(ctx)
	if err == nil {
		err = c.answers.Warm(ctx)
	}
	if err != nil {
		if ctx.Err() != nil { // stopped while starting: not a failure
			<-served
			return 0
		}
		logger.Error("start failed", "err", err)
		return 1
	}
	logger.Info("knowledge base indexed", "articles", len(c.kb.All()), "languages", len(c.kb.Langs()), "took", time.Since(start).Round(time.Millisecond))
	srv.SetBot(c.bot)
	if err := <-served; err != nil {
		logger.Error("stopped with an error", "err", err)
		return 1
	}
	logger.Info("stopped")
	return 0
}
