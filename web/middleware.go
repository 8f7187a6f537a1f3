package web

import (
	"log/slog"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// csp allows only this site's own stylesheet: no scripts, no frames, no
// third-party anything; forms post only here.
const csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the headers every response carries.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// accessLog logs one line per request: method, the route pattern (never
// the path as typed, which could carry text, nor the query string), status,
// size and latency. No addresses, no user agents, no text.
func (s *Server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" || route == "/" {
			route = "(other)"
		}
		if i := strings.IndexByte(route, ' '); i >= 0 {
			route = route[i+1:] // the method is logged on its own
		}
		// Probes and the stylesheet are logged only at debug level: a
		// health check every few seconds would drown the people's requests.
		level := slog.LevelInfo
		switch route {
		case "/healthz", "/readyz", "/metrics", "/static/style.css", "/favicon.ico":
			level = slog.LevelDebug
		}
		s.log.Log(r.Context(), level, "web request", "method", r.Method, "route", route, "status", sw.status,
			"bytes", sw.bytes, "ms", float64(time.Since(start).Microseconds())/1000)
	})
}

// rateLimit gives each client address a token bucket (limiter); over it,
// 429 with Retry-After. /healthz, /readyz, /metrics and the stylesheet are not counted: a
// health checker and a page's own stylesheet must not use up a person's
// requests.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	if s.limit == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" || strings.HasPrefix(r.URL.Path, "/static/") {
			next.ServeHTTP(w, r)
			return
		}
		if wait := s.limit.allow(clientAddr(r, s.cfg.TrustProxy)); wait > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			s.tooMany(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// clientAddr is the address a request is limited by: the connection's
// peer, or behind a trusted proxy the last X-Forwarded-For entry (the one
// the proxy appended; earlier entries are whatever the client sent). An
// IPv6 address counts by its /64, which one subscriber usually holds
// whole: otherwise a client could take a new address for every request.
func clientAddr(r *http.Request, trustProxy bool) string {
	if trustProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			last := xff[len(xff)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			if ip := net.ParseIP(strings.TrimSpace(last)); ip != nil {
				return bucketKey(ip)
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := net.ParseIP(host); ip != nil {
		return bucketKey(ip)
	}
	return host
}

func bucketKey(ip net.IP) string {
	if ip.To4() != nil {
		return ip.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// limiter holds a token bucket per client address: perMin tokens a
// minute, bursts of up to a sixth of that (at least 5), so a person can
// open a few pages in a row but a script cannot hammer the checker.
// Buckets idle long enough to be full again are dropped, so memory stays
// bounded by the clients of the last few minutes.
type limiter struct {
	mu      sync.Mutex
	every   rate.Limit
	burst   int
	now     func() time.Time
	clients map[string]*bucket
	swept   time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(perMin int, now func() time.Time) *limiter {
	return &limiter{
		every:   rate.Limit(float64(perMin) / 60),
		burst:   max(5, perMin/6),
		now:     now,
		clients: map[string]*bucket{},
		swept:   now(),
	}
}

// allow takes a token for addr; when there is none it returns how long
// until there is one (and takes nothing).
func (l *limiter) allow(addr string) time.Duration {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b, ok := l.clients[addr]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(l.every, l.burst)}
		l.clients[addr] = b
	}
	b.seen = now
	res := b.lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return d
	}
	return 0
}

// sweep drops buckets that have been idle long enough to refill, once a
// minute at most.
func (l *limiter) sweep(now time.Time) {
	if now.Sub(l.swept) < time.Minute {
		return
	}
	l.swept = now
	full := time.Duration(float64(l.burst)/float64(l.every)*float64(time.Second)) + time.Second
	for k, b := range l.clients {
		if now.Sub(b.seen) > full {
			delete(l.clients, k)
		}
	}
}
