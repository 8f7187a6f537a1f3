package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeBotAPI is a minimal Telegram Bot API: it serves a fixed list of
// updates once and records what the bot sends. failFirst sendMessage
// calls get a 429.
type fakeBotAPI struct {
	mu        sync.Mutex
	updates   []map[string]any
	sent      []map[string]any
	failFirst int
}

func (f *fakeBotAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, method, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	var params map[string]any
	json.NewDecoder(r.Body).Decode(&params) //nolint:errcheck // empty bodies are fine
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 999, "is_bot": true, "first_name": "Scambot", "username": "scam_test_bot"}
	case "getUpdates":
		offset, _ := params["offset"].(float64)
		f.mu.Lock()
		var out []map[string]any
		for _, u := range f.updates {
			if u["update_id"].(int) >= int(offset) {
				out = append(out, u)
			}
		}
		f.mu.Unlock()
		if len(out) == 0 {
			select { // a short long poll
			case <-r.Context().Done():
			case <-time.After(100 * time.Millisecond):
			}
		}
		result = out
	case "sendMessage":
		f.mu.Lock()
		if f.failFirst > 0 {
			f.failFirst--
			f.mu.Unlock()
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`)
			return
		}
		f.sent = append(f.sent, params)
		id := len(f.sent)
		f.mu.Unlock()
		chat, _ := params["chat_id"].(float64)
		result = map[string]any{"message_id": 5000 + id, "date": time.Now().Unix(),
			"chat": map[string]any{"id": int64(chat), "type": "private"}}
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result}) //nolint:errcheck // test server
}

func (f *fakeBotAPI) sentCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent)
}

// newTestServer serves h on loopback until the test ends and returns its URL.
func newTestServer(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// freeAddr returns a loopback address nothing listens on (for a moment).
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func httpGet(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// conversation is what five users say, one chat each.
var conversation = []struct {
	chat int64
	text string
}{
	{424242001, "/start"},
	{424242002, "what is pig butchering"},
	{424242003, "/check URGENT hiring customer service staff in Sihanoukville Cambodia, salary 3000 USD per month, " +
		"no experience needed, free flight ticket and visa, the company keeps your passport, contact us on WhatsApp only"},
	{424242004, "my brother is held in a compound in Myanmar, they beat him and now they ask us for ransom"},
	{424242005, "how long should sourdough bread dough rise overnight in the fridge"},
}

// TestMetricsAfterConversation runs the bot on a fake Telegram with
// METRICS_ADDR set, holds a short scripted conversation, and reads
// /healthz, /readyz and /metrics: the counters say what happened, and no
// label holds anything a user wrote or a user or chat id.
func TestMetricsAfterConversation(t *testing.T) {
	f := &fakeBotAPI{failFirst: 1}
	for i, c := range conversation {
		f.updates = append(f.updates, map[string]any{"update_id": 100 + i, "message": map[string]any{
			"message_id": 10 + i, "date": time.Now().Unix(),
			"chat": map[string]any{"id": c.chat, "type": "private"},
			"from": map[string]any{"id": c.chat, "is_bot": false, "first_name": "Test", "language_code": "en"},
			"text": c.text,
		}})
	}
	api := httptest.NewServer(f)
	defer api.Close()
	addr := freeAddr(t)
	t.Setenv("TELEGRAM_TOKEN", "123:test-token")
	t.Setenv("TELEGRAM_API_URL", api.URL)
	t.Setenv("TELEGRAM_WEBHOOK_URL", "")
	t.Setenv("DISCORD_TOKEN", "")
	t.Setenv("DATABASE_URL", "")
	t.Setenv("SCAMBOT_DATA_DIR", t.TempDir())
	t.Setenv("METRICS_ADDR", addr)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs bytes.Buffer
	exit := make(chan int, 1)
	go func() { exit <- runBot(ctx, nil, strings.NewReader(""), io.Discard, &logs) }()

	deadline := time.Now().Add(20 * time.Second)
	for f.sentCount() < len(conversation) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := f.sentCount(); n < len(conversation) {
		cancel()
		<-exit
		t.Fatalf("%d replies sent, want at least %d; log:\n%s", n, len(conversation), logs.String())
	}
	base := "http://" + addr
	if code, body := httpGet(t, base+"/healthz"); code != 200 {
		t.Errorf("/healthz: %d %s", code, body)
	}
	var code int
	var body string
	for time.Now().Before(deadline) { // the telegram check passes after a successful poll
		if code, body = httpGet(t, base+"/readyz"); code == 200 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code != 200 || !strings.Contains(body, "index: ok") || !strings.Contains(body, "database: ok") || !strings.Contains(body, "telegram: ok") {
		t.Errorf("/readyz: %d\n%s", code, body)
	}
	// An update is counted when its handler returns, just after its
	// reply went out.
	var metrics string
	for {
		code, metrics = httpGet(t, base+"/metrics")
		if code != 200 {
			t.Fatalf("/metrics: %d", code)
		}
		c, _ := sample(metrics, `scambot_updates_total{kind="command",platform="telegram"}`)
		m, _ := sample(metrics, `scambot_updates_total{kind="message",platform="telegram"}`)
		if int(c+m) >= len(conversation) || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}

	for _, want := range []struct {
		series string
		min    float64
	}{
		{`scambot_updates_total{kind="command",platform="telegram"}`, 2},
		{`scambot_updates_total{kind="message",platform="telegram"}`, 3},
		{`scambot_replies_total{kind="answer"}`, 1},
		{`scambot_replies_total{kind="abstain"}`, 1},
		{`scambot_replies_total{kind="help"}`, 1},
		{`scambot_replies_total{kind="check"}`, 1},
		{`scambot_offer_checks_total{level="high"}`, 1},
		{`scambot_answer_duration_seconds_count`, 3},
		{`scambot_check_duration_seconds_count`, 1},
		{`scambot_rate_limited_total{platform="telegram"}`, 1},
		{`scambot_send_retries_total{platform="telegram",reason="rate_limited"}`, 1},
		{`scambot_send_queue_depth{platform="telegram"}`, 0},
	} {
		got, ok := sample(metrics, want.series)
		if !ok || got < want.min {
			t.Errorf("%s = %v (present %v), want >= %v", want.series, got, ok, want.min)
		}
	}
	if got, _ := sample(metrics, `scambot_database_errors_total{op="lang"}`); got != 0 {
		t.Errorf("database errors counted on a healthy store: %v", got)
	}

	// No label value holds a word of the conversation, an id, or the token.
	var words []string
	for _, c := range conversation {
		words = append(words, strconv.FormatInt(c.chat, 10))
		for _, w := range strings.FieldsFunc(strings.ToLower(c.text), func(r rune) bool { return r == ' ' || r == ',' }) {
			if len(w) >= 5 && !strings.HasPrefix(w, "/") {
				words = append(words, w)
			}
		}
	}
	words = append(words, "test-token")
	labels := regexp.MustCompile(`(\w+)="((?:[^"\\]|\\.)*)"`)
	for _, line := range strings.Split(metrics, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, m := range labels.FindAllStringSubmatch(line, -1) {
			v := strings.ToLower(m[2])
			for _, w := range words {
				if strings.Contains(v, w) {
					t.Errorf("label %s=%q holds %q from the conversation: %s", m[1], m[2], w, line)
				}
			}
			if strings.HasPrefix(line, "scambot_") && !regexp.MustCompile(`^[a-z_]{1,20}$|^[0-9.e+]+$|^\+Inf$`).MatchString(m[2]) {
				t.Errorf("unexpected label value %s=%q: %s", m[1], m[2], line)
			}
		}
	}

	cancel()
	select {
	case c := <-exit:
		if c != 0 {
			t.Errorf("exit %d; log:\n%s", c, logs.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("did not stop")
	}
	if code, _ := httpGet(t, base+"/healthz"); code != 0 {
		t.Errorf("metrics server still answers after the bot stopped: %d", code)
	}
}

// sample returns the value of one series in a Prometheus text exposition.
func sample(exposition, series string) (float64, bool) {
	for _, line := range strings.Split(exposition, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return f, err == nil
		}
	}
	return 0, false
}

func TestMetricsAddrInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	t.Setenv("TELEGRAM_TOKEN", "123:test-token")
	t.Setenv("TELEGRAM_API_URL", "http://127.0.0.1:1")
	t.Setenv("METRICS_ADDR", ln.Addr().String())
	var logs bytes.Buffer
	if code := runBot(context.Background(), nil, strings.NewReader(""), io.Discard, &logs); code != 1 {
		t.Errorf("exit %d with METRICS_ADDR in use, want 1", code)
	}
	if !strings.Contains(logs.String(), "metrics server") {
		t.Errorf("log does not name the metrics server:\n%s", logs.String())
	}
}

// TestOneServerWhenMetricsAddrIsWebAddr: with METRICS_ADDR equal to
// WEB_ADDR the web server also serves /readyz and /metrics.
func TestOneServerWhenMetricsAddrIsWebAddr(t *testing.T) {
	addr := freeAddr(t)
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("DISCORD_TOKEN", "")
	t.Setenv("DATABASE_URL", "")
	t.Setenv("SCAMBOT_DATA_DIR", t.TempDir())
	t.Setenv("WEB_ADDR", addr)
	t.Setenv("METRICS_ADDR", addr)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs bytes.Buffer
	exit := make(chan int, 1)
	go func() { exit <- runBot(ctx, nil, strings.NewReader(""), io.Discard, &logs) }()
	base := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for {
		if code, _ := httpGet(t, base+"/readyz"); code == 200 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	for path, want := range map[string]string{
		"/readyz":  "database: ok",
		"/metrics": "# TYPE go_goroutines gauge",
		"/healthz": "",
	} {
		code, body := httpGet(t, base+path)
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("%s: %d %.200q; log:\n%s", path, code, body, logs.String())
		}
	}
	cancel()
	if c := <-exit; c != 0 {
		t.Errorf("exit %d; log:\n%s", c, logs.String())
	}
}
