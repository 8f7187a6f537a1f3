package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/scambot/scambot/health"
	"github.com/scambot/scambot/metrics"
)

// ops is what a running bot tells its operators: metrics and readiness.
type ops struct {
	metrics *metrics.Metrics
	health  *health.Checker
	index   health.Flag // set once the index is built
	// started is set once every platform's own check is registered:
	// until then /readyz must not say ready on the index alone.
	started health.Flag
}

func newOps(logger *slog.Logger) *ops {
	o := &ops{metrics: metrics.New(), health: health.New(logger)}
	o.index.Set(false, "index not built yet")
	o.health.Add("index", o.index.Check)
	o.started.Set(false, "platforms not started yet")
	o.health.Add("platforms", o.started.Check)
	return o
}

// handler serves /healthz, /readyz and /metrics. Another server (the web
// front end on the same address) can mount it for those paths.
func (o *ops) handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", health.Live())
	mux.Handle("GET /readyz", o.health.Ready())
	mux.Handle("GET /metrics", o.metrics.Handler())
	return mux
}

// serveOps listens on addr and serves the ops handler until ctx is
// cancelled. It returns once listening, with the address it listens on
// and a channel that yields the server's end; a listen error is returned
// at once, so a wrong METRICS_ADDR stops the start-up.
func serveOps(ctx context.Context, addr string, h http.Handler, logger *slog.Logger) (net.Addr, <-chan error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("metrics server: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	done := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	context.AfterFunc(ctx, func() {
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx) //nolint:errcheck // closing anyway
	})
	logger.Info("metrics and health endpoints listening", "addr", ln.Addr().String())
	return ln.Addr(), done, nil
}
