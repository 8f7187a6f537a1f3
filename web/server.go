// Package web serves scambot as a web site and a small JSON API: check a
// job offer or ask a question without any messenger account. Pages are
// rendered on the server with html/template and work without JavaScript;
// every answer comes from the same core (bot.Bot) as the chat platforms.
//
// Nothing is stored: no cookies, no sessions, no logs of what people type.
// Each client address has a token-bucket rate limit, request bodies are
// capped, and every response carries a strict Content-Security-Policy.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/scambot/scambot/bot"
)

// MaxBody is the largest request body accepted; larger ones get 413. An
// offer is never that long, and the checker reads only its first 16 KB.
const MaxBody = 64 << 10

// Config is the server's configuration (see ConfigFromEnv).
type Config struct {
	Addr string // WEB_ADDR: where to listen, default 127.0.0.1:8080
	// Rate is requests per minute per client address (WEB_RATE, default
	// 60); 0 turns the limit off (for benchmarks behind a proxy that
	// limits).
	Rate int
	// TrustProxy makes the client address the last X-Forwarded-For entry
	// (WEB_TRUST_PROXY): set it only behind a reverse proxy that appends
	// it, or clients could pick their own address and dodge the limit.
	TrustProxy bool
	Logger     *slog.Logger
	// Ops, when set, serves /readyz and /metrics on this server too
	// (METRICS_ADDR equal to WEB_ADDR: one server for all).
	Ops http.Handler
}

// DefaultAddr is where `scambot web` listens when WEB_ADDR is unset: only
// this machine, so exposing it is a decision (a reverse proxy, or WEB_ADDR).
const DefaultAddr = "127.0.0.1:8080"

// ConfigFromEnv reads WEB_ADDR, WEB_RATE and WEB_TRUST_PROXY.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := Config{Addr: getenv("WEB_ADDR"), Rate: 60}
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if v := getenv("WEB_RATE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return c, fmt.Errorf("WEB_RATE=%q: want a number of requests per minute (0: no limit)", v)
		}
		c.Rate = n
	}
	switch strings.ToLower(getenv("WEB_TRUST_PROXY")) {
	case "", "0", "false", "no", "off":
	case "1", "true", "yes", "on":
		c.TrustProxy = true
	default:
		return c, fmt.Errorf("WEB_TRUST_PROXY=%q: want 1 or 0", getenv("WEB_TRUST_PROXY"))
	}
	return c, nil
}

// Server is the web site. Create it with New, then SetBot once the
// knowledge base is indexed: until then pages and /healthz answer 503.
type Server struct {
	cfg      Config
	log      *slog.Logger
	bot      atomic.Pointer[bot.Bot]
	stopping atomic.Bool
	limit    *limiter
	handler  http.Handler
}

// New returns a server; it serves nothing until Run or Handler is used.
func New(cfg Config) *Server {
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, log: cfg.Logger}
	if cfg.Rate > 0 {
		s.limit = newLimiter(cfg.Rate, time.Now)
	}
	s.handler = s.routes()
	return s
}

// SetBot makes the server ready: from now on it answers with b.
func (s *Server) SetBot(b *bot.Bot) { s.bot.Store(b) }

// Handler is the whole site with its middleware, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Run listens on the configured address and serves until ctx is
// cancelled, then stops taking requests, lets those in flight finish (at
// most 10 seconds) and returns nil.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve is Run on a listener the caller opened.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler: s.handler,
		// Slow clients cannot hold connections open: a phone on a slow
		// line still sends a 64 KB form well within these.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		// /healthz says 503 from now on, so a load balancer stops sending.
		s.stopping.Store(true)
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		done <- srv.Shutdown(sctx)
	}()
	s.log.Info("web serving", "addr", ln.Addr().String(), "rate_per_min", s.cfg.Rate, "trust_proxy", s.cfg.TrustProxy)
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: %w", err)
	}
	if err := <-done; err != nil {
		return fmt.Errorf("web: shutting down: %w", err)
	}
	return nil
}

// Addr is the configured listen address.
func (s *Server) Addr() string { return s.cfg.Addr }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	if s.cfg.Ops != nil {
		mux.Handle("GET /readyz", s.cfg.Ops)
		mux.Handle("GET /metrics", s.cfg.Ops)
	}
	mux.HandleFunc("GET /static/style.css", serveStyle)
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.Handle("GET /{$}", s.page(s.home))
	mux.Handle("POST /check", s.page(s.check))
	mux.Handle("GET /check", http.RedirectHandler("/", http.StatusSeeOther))
	mux.Handle("GET /ask", s.page(s.ask))
	mux.Handle("GET /topics", s.page(s.topics))
	mux.Handle("GET /topics/{id}", s.page(s.topic))
	mux.Handle("GET /hotlines", s.page(s.hotlines))
	mux.Handle("GET /help", s.page(s.helpNow))
	mux.Handle("GET /privacy", s.page(s.privacy))
	mux.Handle("GET /api/ask", s.api(s.apiAsk))
	mux.Handle("POST /api/check", s.api(s.apiCheck))
	mux.HandleFunc("OPTIONS /api/check", preflight)
	mux.HandleFunc("OPTIONS /api/ask", preflight)
	mux.HandleFunc("/", s.fallback)
	return s.accessLog(secure(s.rateLimit(mux)))
}

// fallback answers what no route took: 404, or 405 with Allow for a known
// path asked with the wrong method (the catch-all shadows the mux's own
// 405s); in JSON under /api/.
func (s *Server) fallback(w http.ResponseWriter, r *http.Request) {
	m, known := allowed[r.URL.Path]
	wrongMethod := known && r.Method != m && !(m == http.MethodGet && r.Method == http.MethodHead)
	if wrongMethod {
		w.Header().Set("Allow", m)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		allowCORS(w)
		if wrongMethod {
			writeJSON(w, http.StatusMethodNotAllowed, apiError{Error: "method not allowed: use " + m})
			return
		}
		writeJSON(w, http.StatusNotFound, apiError{Error: "no such API: see GET /api/ask and POST /api/check"})
		return
	}
	s.page(s.notFound).ServeHTTP(w, r)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	switch {
	case s.stopping.Load():
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "stopping")
	case s.bot.Load() == nil:
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "starting")
	default:
		fmt.Fprintln(w, "ok")
	}
}
