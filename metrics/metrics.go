// Package metrics counts what scambot does, in Prometheus form
// (prometheus/client_golang), for dashboards and alerts. Every label value
// comes from a short fixed list (a platform, an update kind, a reply kind,
// a level, a reason, a store operation): never message text, a user id or
// a chat id, so a scrape cannot leak what people wrote and the series
// count stays bounded.
//
// A nil *Metrics is valid and records nothing, so adapters and tests that
// do not care need no set-up.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/offer"
)

// Metrics holds one process's collectors in their own registry.
type Metrics struct {
	reg *prometheus.Registry

	updates     *prometheus.CounterVec
	replies     *prometheus.CounterVec
	checks      *prometheus.CounterVec
	answerTime  prometheus.Histogram
	checkTime   prometheus.Histogram
	retries     *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	queue       *prometheus.GaugeVec
	reconnects  *prometheus.CounterVec
	dbErrors    *prometheus.CounterVec
}

// Allowed label values. Anything else is recorded as "other", so a caller
// passing a stray string cannot create a series per value.
var (
	platforms   = set("telegram", "discord", "terminal", "web")
	updateKinds = set("message", "command", "callback", "inline", "interaction", "autocomplete", "component", "modal", "edited", "other")
	replyKinds  = set("answer", "abstain", "help", "check", "topic", "info", "error")
	levels      = set(string(offer.High), string(offer.Medium), string(offer.Low), string(offer.Unknown))
	reasons     = set("rate_limited", "server_error", "network")
	storeOps    = set("guild", "watch", "modlog", "threshold", "guild_lang", "lang", "set_lang", "claim", "memo", "budget", "ping", "version")
)

// Latency buckets: an answer takes ~0.1–0.3 ms in process and a check
// ~0.1 ms; the tail goes up to a second on a loaded 2-core machine.
var latencyBuckets = []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1}

// New returns collectors registered in a fresh registry, with the Go
// runtime and process collectors beside them.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		updates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_updates_total",
			Help: "Updates received from a platform, by platform and kind.",
		}, []string{"platform", "kind"}),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_replies_total",
			Help: "Replies to questions and offer checks by kind: answer, abstain, help (the help path for someone held or in danger), check, error.",
		}, []string{"kind"}),
		checks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_offer_checks_total",
			Help: "Offer checks by level found.",
		}, []string{"level"}),
		answerTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "scambot_answer_duration_seconds",
			Help:    "Time to answer a question in the core (search and reply), excluding the platform.",
			Buckets: latencyBuckets,
		}),
		checkTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "scambot_check_duration_seconds",
			Help:    "Time to check an offer in the core, excluding the platform.",
			Buckets: latencyBuckets,
		}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_send_retries_total",
			Help: "Platform API calls resent, by platform and reason (rate_limited, server_error, network).",
		}, []string{"platform", "reason"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_rate_limited_total",
			Help: "429 Too Many Requests answers received from a platform.",
		}, []string{"platform"}),
		queue: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "scambot_send_queue_depth",
			Help: "Sends waiting for their turn under the platform's rate limits.",
		}, []string{"platform"}),
		reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_gateway_reconnects_total",
			Help: "Gateway connections lost and re-established (Discord).",
		}, []string{"platform"}),
		dbErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "scambot_database_errors_total",
			Help: "Settings store calls that failed, by operation.",
		}, []string{"op"}),
	}
	m.reg.MustRegister(m.updates, m.replies, m.checks, m.answerTime, m.checkTime,
		m.retries, m.rateLimited, m.queue, m.reconnects, m.dbErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the registry in the Prometheus text format (/metrics).
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Registry is the registry the collectors are in, for tests and for
// adding collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Update counts one update received from platform.
func (m *Metrics) Update(platform, kind string) {
	if m == nil {
		return
	}
	m.updates.WithLabelValues(only(platforms, platform), only(updateKinds, kind)).Inc()
}

// Observe implements bot.Observer: it counts a reply by kind (and level,
// for a check) and records how long the core took. err is the core's
// error, if any.
func (m *Metrics) Observe(op bot.Op, r bot.Reply, err error, took time.Duration) {
	if m == nil {
		return
	}
	switch op {
	case bot.OpAsk:
		m.answerTime.Observe(took.Seconds())
	case bot.OpCheck:
		m.checkTime.Observe(took.Seconds())
	}
	m.replies.WithLabelValues(ReplyKind(r, err)).Inc()
	if err == nil && r.Kind == bot.KindCheck && r.Check != nil {
		m.checks.WithLabelValues(only(levels, string(r.Check.Level))).Inc()
	}
}

// ReplyKind is the replies_total label of a reply: help for the help path,
// otherwise the reply's kind.
func ReplyKind(r bot.Reply, err error) string {
	switch {
	case err != nil:
		return "error"
	case r.Urgent != nil:
		return "help"
	}
	return only(replyKinds, string(r.Kind))
}

// Retry counts one resend of a platform API call; rateLimited marks a 429.
func (m *Metrics) Retry(platform, reason string) {
	if m == nil {
		return
	}
	m.retries.WithLabelValues(only(platforms, platform), only(reasons, reason)).Inc()
}

// RateLimited counts one 429 answer from platform.
func (m *Metrics) RateLimited(platform string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(only(platforms, platform)).Inc()
}

// Queue moves the send queue depth of platform by delta (+1 when a send
// starts waiting, -1 when it goes out or gives up).
func (m *Metrics) Queue(platform string, delta int) {
	if m == nil {
		return
	}
	m.queue.WithLabelValues(only(platforms, platform)).Add(float64(delta))
}

// Reconnect counts one gateway reconnection of platform.
func (m *Metrics) Reconnect(platform string) {
	if m == nil {
		return
	}
	m.reconnects.WithLabelValues(only(platforms, platform)).Inc()
}

// DatabaseError counts one failed store call.
func (m *Metrics) DatabaseError(op string) {
	if m == nil {
		return
	}
	m.dbErrors.WithLabelValues(only(storeOps, op)).Inc()
}

func set(vals ...string) map[string]bool {
	m := make(map[string]bool, len(vals))
	for _, v := range vals {
		m[v] = true
	}
	return m
}

func only(allowed map[string]bool, v string) string {
	if allowed[v] {
		return v
	}
	return "other"
}
