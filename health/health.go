// Package health answers a load balancer's or orchestrator's two
// questions: is the process alive (/healthz), and should it get traffic
// (/readyz: the index is built, the database answers, the platforms are
// connected). Reasons for failing stay in the log: the response names the
// failing check, never an error text that could show a host or user name.
package health

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Timeout bounds one readiness check.
const Timeout = 2 * time.Second

// Check reports nil when its part is ready.
type Check func(ctx context.Context) error

// Checker holds named readiness checks. It is safe for concurrent use.
type Checker struct {
	log     *slog.Logger
	timeout time.Duration // Timeout; tests shorten it

	mu     sync.Mutex
	checks []named
	failed map[string]bool // last result per check, to log changes only
}

type named struct {
	name  string
	check Check
}

// New returns a Checker with no checks (ready). log receives a line when a
// check starts or stops failing; nil means slog.Default().
func New(log *slog.Logger) *Checker {
	if log == nil {
		log = slog.Default()
	}
	return &Checker{log: log, timeout: Timeout, failed: map[string]bool{}}
}

// Add registers a readiness check under name ("index", "database",
// "telegram"…).
func (c *Checker) Add(name string, check Check) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checks = append(c.checks, named{name, check})
}

// Result is one check's outcome.
type Result struct {
	Name string
	Err  error
}

// Run runs every check, concurrently, each bounded by Timeout, and
// returns the results in the order the checks were added.
func (c *Checker) Run(ctx context.Context) (ready bool, results []Result) {
	c.mu.Lock()
	checks := append([]named(nil), c.checks...)
	c.mu.Unlock()
	results = make([]Result, len(checks))
	var wg sync.WaitGroup
	for i, n := range checks {
		wg.Go(func() {
			cctx, cancel := context.WithTimeout(ctx, c.timeout)
			defer cancel()
			results[i] = Result{Name: n.name, Err: n.check(cctx)}
		})
	}
	wg.Wait()
	ready = true
	c.mu.Lock()
	for _, r := range results {
		failing := r.Err != nil
		if failing {
			ready = false
		}
		if failing != c.failed[r.Name] {
			if failing {
				c.log.Warn("not ready", "check", r.Name, "err", r.Err)
			} else {
				c.log.Info("ready again", "check", r.Name)
			}
			c.failed[r.Name] = failing
		}
	}
	c.mu.Unlock()
	return ready, results
}

// Live serves /healthz: 200 "ok" while the process can answer HTTP at all.
func Live() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok")
	})
}

// Ready serves /readyz: 200 when every check passes, 503 otherwise, with
// one "name: ok" or "name: failing" line per check.
func (c *Checker) Ready() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ready, results := c.Run(r.Context())
		var b strings.Builder
		for _, res := range results {
			state := "ok"
			if res.Err != nil {
				state = "failing"
			}
			fmt.Fprintf(&b, "%s: %s\n", res.Name, state)
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if !ready {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		fmt.Fprint(w, b.String())
	})
}

// Flag is a readiness check that passes once Set(true) was called; the
// zero value fails with "not yet". For "index built", "connected".
type Flag struct {
	mu  sync.Mutex
	ok  bool
	why string
}

// Set records the state; why says what is missing when ok is false.
func (f *Flag) Set(ok bool, why string) {
	f.mu.Lock()
	f.ok, f.why = ok, why
	f.mu.Unlock()
}

// Check implements Check.
func (f *Flag) Check(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ok {
		return nil
	}
	if f.why == "" {
		return fmt.Errorf("not yet")
	}
	return fmt.Errorf("%s", f.why)
}

// Func turns a boolean (an adapter's Connected) into a Check failing with
// why.
func Func(ok func() bool, why string) Check {
	return func(context.Context) error {
		if ok() {
			return nil
		}
		return fmt.Errorf("%s", why)
	}
}
