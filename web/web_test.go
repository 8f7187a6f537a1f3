package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/printable"
	"github.com/scambot/scambot/wire"
)

// lure is an offer with several signs; hostile carries markup and script
// in every place user text can go.
const (
	lure    = "URGENT hiring! Customer service job in Cambodia, salary $3000/month, no experience needed. Free flight and visa. Contact us on Telegram. Send a copy of your passport."
	hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`
)

// newTestServer is a ready server with the rate limit off, logging into
// logs.
func newTestServer(t *testing.T, cfg Config) (*Server, *bottest.Logs) {
	t.Helper()
	logs := &bottest.Logs{}
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	s := New(cfg)
	s.SetBot(bottest.Core(t))
	return s, logs
}

// do runs one request through the whole handler.
func do(t *testing.T, h http.Handler, method, target, body string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, target, strings.NewReader(body))
	} else {
		r = httptest.NewRequest(method, target, nil)
	}
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func form(vals ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(vals); i += 2 {
		v.Set(vals[i], vals[i+1])
	}
	return v.Encode()
}

var formHeader = map[string]string{"Content-Type": "application/x-www-form-urlencoded"}

func TestRoutes(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	h := s.Handler()
	tests := []struct {
		name, method, target, body string
		header                     map[string]string
		status                     int
		contains                   []string
	}{
		{"home", "GET", "/", "", nil, 200, []string{`<html lang="en">`, `action="/check"`, `name="text"`, `action="/ask"`, `href="/help"`, `href="/topics/pig-butchering"`, `hreflang="vi"`}},
		{"home in Vietnamese by ?lang", "GET", "/?lang=vi", "", nil, 200, []string{`<html lang="vi">`, "Kiểm tra lời mời làm việc", `href="/topics/pig-butchering?lang=vi"`, `name="lang" value="vi"`}},
		{"home by Accept-Language", "GET", "/", "", map[string]string{"Accept-Language": "ko-KR,ko;q=0.9,th;q=0.8,en;q=0.5"}, 200, []string{`<html lang="th">`}},
		{"check", "POST", "/check", form("text", lure), formHeader, 200, []string{`class="level level-high"`, "<mark>Cambodia</mark>", `<sup><a href="#s`, `id="s1"`, `href="/topics/job-offer-red-flags"`, "never means an offer is fine"}},
		{"check with no signs keeps the reminder", "POST", "/check", form("text", "We sell fresh bread and cakes every morning at the corner shop."), formHeader, 200, []string{"level-low", "does not mean the offer is safe", "never means an offer is fine"}},
		{"check in the offer's language", "POST", "/check", form("text", "Tuyển gấp nhân viên làm việc tại Campuchia, lương 2000 USD, bao vé máy bay, không cần kinh nghiệm, liên hệ Telegram."), formHeader, 200, []string{`<html lang="vi">`, "<mark>"}},
		{"a sure text language beats Accept-Language", "POST", "/check", form("text", "Tuyển gấp nhân viên làm việc tại Campuchia, lương 2000 USD, bao vé máy bay, không cần kinh nghiệm, liên hệ Telegram."), map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "en-US,en"}, 200, []string{`<html lang="vi">`, `href="/topics/job-offer-red-flags?lang=vi"`}},
		{"Accept-Language when the text says little", "GET", "/ask?q=ok", "", map[string]string{"Accept-Language": "id-ID"}, 200, []string{`<html lang="id">`}},
		{"?lang beats the text", "GET", "/ask?q=what+is+pig+butchering&lang=zh", "", nil, 200, []string{`<html lang="zh">`, `name="lang" value="zh"`}},
		{"an offer the check cannot read", "POST", "/check", form("text", "캄보디아 고수익 해외 취업! 경험 필요 없음, 항공권 무료, 텔레그램으로 연락하세요. 여권 사본을 보내주세요."), formHeader, 200, []string{"level-unknown", "Korean", "never means an offer is fine"}},
		{"check empty", "POST", "/check", form("text", "   "), formHeader, 422, []string{`name="text"`, `role="alert"`}},
		{"check by GET goes home", "GET", "/check", "", nil, 303, nil},
		{"ask", "GET", "/ask?q=what+is+pig+butchering", "", nil, 200, []string{"<h1>Pig butchering", "ic3.gov", `href="/topics/romance-scams"`}},
		{"ask abstains with ways on", "GET", "/ask?q=best+pizza+recipe+with+pineapple", "", nil, 200, []string{`href="/topics"`, `href="/help"`}},
		{"ask empty", "GET", "/ask?q=", "", nil, 200, []string{`name="q"`}},
		{"topics", "GET", "/topics", "", nil, 200, []string{`href="/topics/hotlines"`}},
		{"topic", "GET", "/topics/pig-butchering?lang=zh", "", nil, 200, []string{`<html lang="zh">`, "<h2>", "<ul>"}},
		{"unknown topic", "GET", "/topics/nope", "", nil, 404, []string{"Page not found"}},
		{"hotlines", "GET", "/hotlines", "", nil, 200, []string{"/hotlines?country=", "<h2>"}},
		{"hotlines for a country", "GET", "/hotlines?country=Philippines", "", nil, 200, []string{"Philippines"}},
		{"help now", "GET", "/help", "", nil, 200, []string{"/hotlines"}},
		{"privacy", "GET", "/privacy", "", nil, 200, []string{"never store"}},
		{"stylesheet", "GET", "/static/style.css", "", nil, 200, []string{"mark{"}},
		{"unknown page", "GET", "/wp-admin.php", "", nil, 404, []string{"Page not found"}},
		{"wrong method", "DELETE", "/check", "", nil, 405, nil},
		{"wrong method on the API", "PUT", "/api/ask", "", nil, 405, nil},
		{"healthz", "GET", "/healthz", "", nil, 200, []string{"ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.method, tt.target, tt.body, tt.header)
			if w.Code != tt.status {
				t.Fatalf("%s %s: status %d, want %d\n%s", tt.method, tt.target, w.Code, tt.status, w.Body.String())
			}
			for _, c := range tt.contains {
				if !strings.Contains(w.Body.String(), c) {
					t.Errorf("%s %s: body lacks %q", tt.method, tt.target, c)
				}
			}
			if ct := w.Header().Get("Content-Type"); strings.HasPrefix(ct, "text/html") && w.Body.Len() > 50<<10 {
				t.Errorf("%s %s: page weighs %d bytes, want < 50 KB", tt.method, tt.target, w.Body.Len())
			}
		})
	}
}

// TestEveryLanguage renders the pages in each language: the switcher, the
// lang attribute and the site's own strings follow.
func TestEveryLanguage(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	for _, l := range lang.Supported {
		for _, target := range []string{"/", "/topics", "/hotlines", "/ask?q=passport"} {
			sep := "?"
			if strings.Contains(target, "?") {
				sep = "&"
			}
			w := do(t, s.Handler(), "GET", target+sep+"lang="+l, "", nil)
			if w.Code != 200 {
				t.Fatalf("%s in %s: status %d", target, l, w.Code)
			}
			body := w.Body.String()
			if !strings.Contains(body, `<html lang="`+l+`">`) || !strings.Contains(body, Locales.Get(l).Footer) {
				t.Errorf("%s in %s: not in that language", target, l)
			}
			if len(body) > 50<<10 {
				t.Errorf("%s in %s weighs %d bytes, want < 50 KB", target, l, len(body))
			}
			if !strings.Contains(body, `aria-current="true">`+lang.Name(l)+"<") {
				t.Errorf("%s in %s: the switcher does not mark the current language", target, l)
			}
		}
	}
}

// TestEscaping puts markup and script into every field a user controls.
func TestEscaping(t *testing.T) {
	hostile := hostile + "\x1b[2J\x07\u202e\x00\u2066\xff"
	s, _ := newTestServer(t, Config{})
	h := s.Handler()
	cases := []struct{ method, target, body string }{
		{"POST", "/check", form("text", lure+" "+hostile)},
		{"POST", "/check", form("text", hostile+" Cambodia "+hostile, "lang", hostile)},
		{"GET", "/ask?" + form("q", hostile+" pig butchering", "lang", hostile), ""},
		{"GET", "/ask?" + form("q", hostile), ""},
		{"GET", "/hotlines?" + form("country", hostile), ""},
		{"GET", "/topics/" + url.PathEscape(hostile), ""},
		{"GET", "/?" + form("lang", hostile, "x", hostile), ""},
	}
	for _, c := range cases {
		hdr := map[string]string{"Accept-Language": hostile, "X-Forwarded-For": hostile}
		if c.method == "POST" {
			hdr["Content-Type"] = formHeader["Content-Type"]
		}
		w := do(t, h, c.method, c.target, c.body, hdr)
		body := w.Body.String()
		for _, bad := range []string{"<script>", "<img", `"'&`} {
			if strings.Contains(body, bad) {
				t.Errorf("%s %s: %q reached the page unescaped", c.method, c.target, bad)
			}
		}
		// The question in the ask box and the offer (shown, and kept for
		// the language switcher) used to keep ESC, BEL and U+202E.
		if i := strings.IndexFunc(body, printable.Unsafe); i >= 0 {
			t.Errorf("%s %s: control or bidi character %q in the page: %q", c.method, c.target, body[i:i+utf8.RuneLen([]rune(body[i:])[0])], body[max(0, i-60):i])
		}
	}
	// The offer shown back keeps the text, escaped.
	w := do(t, h, "POST", "/check", form("text", lure+" "+hostile), formHeader)
	if !strings.Contains(w.Body.String(), "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Errorf("the offer is not shown back escaped")
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	for _, target := range []string{"/", "/api/ask?q=passport", "/nope", "/healthz"} {
		w := do(t, s.Handler(), "GET", target, "", nil)
		hd := w.Header()
		if got := hd.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'none'") || strings.Contains(got, "unsafe") {
			t.Errorf("%s: CSP %q", target, got)
		}
		if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: nosniff/referrer headers missing: %v", target, hd)
		}
		if hd.Get("Set-Cookie") != "" {
			t.Errorf("%s: sets a cookie", target)
		}
	}
	// No page loads anything from elsewhere.
	w := do(t, s.Handler(), "GET", "/", "", nil)
	for _, ext := range []string{"<script", "src=\"http", "href=\"http", "@import", "fonts."} {
		if strings.Contains(w.Body.String(), ext) {
			t.Errorf("home page loads or links %q", ext)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	big := strings.Repeat("a", MaxBody+1)
	w := do(t, s.Handler(), "POST", "/check", form("text", big), formHeader)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST /check over 64 KB: status %d, want 413", w.Code)
	}
	w = do(t, s.Handler(), "POST", "/api/check", big, map[string]string{"Content-Type": "text/plain"})
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST /api/check over 64 KB: status %d, want 413", w.Code)
	}
	// Just under the limit is checked (and cut to what the checker reads).
	w = do(t, s.Handler(), "POST", "/api/check", lure+strings.Repeat(" x", (MaxBody-len(lure))/2-1), map[string]string{"Content-Type": "text/plain"})
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"truncated":true`) {
		t.Errorf("POST /api/check just under 64 KB: status %d %s", w.Code, w.Body.String()[:min(200, w.Body.Len())])
	}
}

func TestRateLimit(t *testing.T) {
	s, _ := newTestServer(t, Config{Rate: 6}) // bursts of 5
	h := s.Handler()
	from := func(addr, xff string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/topics", nil)
		r.RemoteAddr = addr + ":1234"
		if xff != "" {
			r.Header.Set("X-Forwarded-For", xff)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for i := range 5 {
		if w := from("192.0.2.1", ""); w.Code != 200 {
			t.Fatalf("request %d: status %d", i+1, w.Code)
		}
	}
	w := from("192.0.2.1", "")
	if w.Code != http.StatusTooManyRequests {
		t.Fatalf("6th request in a burst of 5: status %d, want 429", w.Code)
	}
	if ra := w.Header().Get("Retry-After"); ra != "10" {
		t.Errorf("Retry-After %q, want 10 (6 a minute)", ra)
	}
	// Another client is not affected; X-Forwarded-For is ignored without
	// WEB_TRUST_PROXY, so it cannot be used to dodge the limit.
	if w := from("192.0.2.2", ""); w.Code != 200 {
		t.Errorf("another client: status %d", w.Code)
	}
	if w := from("192.0.2.1", "198.51.100.7"); w.Code != http.StatusTooManyRequests {
		t.Errorf("X-Forwarded-For without trust: status %d, want 429", w.Code)
	}
	// /healthz and the stylesheet are not counted.
	for _, p := range []string{"/healthz", "/static/style.css"} {
		r := httptest.NewRequest("GET", p, nil)
		r.RemoteAddr = "192.0.2.1:1"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			t.Errorf("%s over the limit: status %d", p, w.Code)
		}
	}
	// The API says it in JSON.
	r := httptest.NewRequest("GET", "/api/ask?q=x", nil)
	r.RemoteAddr = "192.0.2.1:1"
	aw := httptest.NewRecorder()
	h.ServeHTTP(aw, r)
	if aw.Code != 429 || !strings.HasPrefix(aw.Header().Get("Content-Type"), "application/json") {
		t.Errorf("API over the limit: %d %s", aw.Code, aw.Header().Get("Content-Type"))
	}
}

func TestRateLimitBehindProxy(t *testing.T) {
	s, _ := newTestServer(t, Config{Rate: 6, TrustProxy: true})
	h := s.Handler()
	from := func(xff string) int {
		r := httptest.NewRequest("GET", "/topics", nil)
		r.RemoteAddr = "127.0.0.1:5555" // the proxy
		r.Header.Set("X-Forwarded-For", xff)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for range 5 {
		from("203.0.113.9")
	}
	if c := from("203.0.113.9"); c != 429 {
		t.Errorf("client over its limit behind the proxy: %d, want 429", c)
	}
	if c := from("203.0.113.10"); c != 200 {
		t.Errorf("another client behind the same proxy: %d, want 200", c)
	}
	// A client cannot pick its address: the proxy appends the real one.
	if c := from("10.9.9.9, 203.0.113.9"); c != 429 {
		t.Errorf("spoofed first entry: %d, want 429", c)
	}
}

func TestClientAddr(t *testing.T) {
	for _, tt := range []struct {
		remote, xff string
		trust       bool
		want        string
	}{
		{"192.0.2.1:5000", "", false, "192.0.2.1"},
		{"192.0.2.1:5000", "198.51.100.7", false, "192.0.2.1"},
		{"127.0.0.1:5000", "198.51.100.7", true, "198.51.100.7"},
		{"127.0.0.1:5000", "10.0.0.1, 198.51.100.7", true, "198.51.100.7"},
		{"127.0.0.1:5000", "not an address", true, "127.0.0.1"},
		{"[2001:db8:1:2:3:4:5:6]:443", "", false, "2001:db8:1:2::/64"},
		{"127.0.0.1:5000", "2001:db8:1:2:aaaa::1", true, "2001:db8:1:2::/64"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tt.remote
		if tt.xff != "" {
			r.Header.Set("X-Forwarded-For", tt.xff)
		}
		if got := clientAddr(r, tt.trust); got != tt.want {
			t.Errorf("clientAddr(%s, XFF %q, trust %v) = %q, want %q", tt.remote, tt.xff, tt.trust, got, tt.want)
		}
	}
}

func TestLimiterRefillsAndForgets(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	l := newLimiter(60, func() time.Time { return now })
	for range 10 {
		if d := l.allow("a"); d != 0 {
			t.Fatalf("within the burst: wait %v", d)
		}
	}
	if d := l.allow("a"); d <= 0 || d > time.Second {
		t.Fatalf("over the burst at 60/min: wait %v, want (0, 1s]", d)
	}
	now = now.Add(time.Second)
	if d := l.allow("a"); d != 0 {
		t.Fatalf("a second later: wait %v", d)
	}
	now = now.Add(5 * time.Minute)
	l.allow("b")
	if _, ok := l.clients["a"]; ok {
		t.Errorf("an idle client's bucket is kept")
	}
}

func TestAPIAsk(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	w := do(t, s.Handler(), "GET", "/api/ask?q=what+is+pig+butchering&lang=en", "", nil)
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, %s", w.Code, w.Header().Get("Content-Type"))
	}
	// Exactly the object of `scambot ask --json`: the same fields, built
	// by the same function.
	var got map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	rep, err := bottest.Core(t).Ask(context.Background(), "what is pig butchering", "en")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(wire.FromReply(rep))
	if strings.TrimSpace(w.Body.String()) != string(want) {
		t.Errorf("GET /api/ask =\n%s\nwant\n%s", w.Body.String(), want)
	}
	if got["answered"] != true || got["article"].(map[string]any)["id"] != "pig-butchering" {
		t.Errorf("not answered with pig-butchering: %v", got)
	}
	for _, tt := range []struct {
		target string
		status int
	}{
		{"/api/ask?q=", 400},
		{"/api/ask?q=passport&lang=xx", 400},
		{"/api/ask?q=passport&q=visa", 400},
		{"/api/ask?q=passport&lang=en&lang=vi", 400},
		{"/api/ask?q=" + url.QueryEscape(hostile), 200},
		{"/api/ask?q=pasaporte+ko&lang=tl", 200},
	} {
		w := do(t, s.Handler(), "GET", tt.target, "", nil)
		if w.Code != tt.status || !json.Valid(w.Body.Bytes()) {
			t.Errorf("GET %s: %d %s, want %d and JSON", tt.target, w.Code, w.Body.String(), tt.status)
		}
	}
}

func TestAPICheck(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	h := s.Handler()
	jsonBody, _ := json.Marshal(map[string]string{"text": lure, "lang": ""})
	for _, tt := range []struct {
		name, body, ctype string
	}{
		{"json", string(jsonBody), "application/json"},
		{"plain text", lure, "text/plain; charset=utf-8"},
		{"no content type", lure, ""},
	} {
		w := do(t, h, "POST", "/api/check", tt.body, map[string]string{"Content-Type": tt.ctype})
		if w.Code != 200 {
			t.Fatalf("%s: status %d %s", tt.name, w.Code, w.Body.String())
		}
		var c wire.Check
		if err := json.Unmarshal(w.Body.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if c.Level != "high" || len(c.Signals) == 0 || !c.Supported || c.Lang != "en" {
			t.Errorf("%s: %+v", tt.name, c)
		}
		for _, sg := range c.Signals {
			for i, sp := range sg.Spans {
				if lure[sp[0]:sp[1]] != sg.Matched[i] {
					t.Errorf("%s: span %v is %q, matched says %q", tt.name, sp, lure[sp[0]:sp[1]], sg.Matched[i])
				}
			}
		}
	}
	w := do(t, h, "POST", "/api/check?lang=vi", lure, map[string]string{"Content-Type": "text/plain"})
	if !strings.Contains(w.Body.String(), `"lang":"vi"`) {
		t.Errorf("?lang=vi with a plain body: %s", w.Body.String())
	}
	for _, tt := range []struct {
		name, body, ctype string
		status            int
	}{
		{"empty", "", "text/plain", 422},
		{"blank json", `{"text":"  "}`, "application/json", 422},
		{"binary", "\x00\x01\x02\xff\xfe", "application/octet-stream", 422},
		{"bad json", `{"text": `, "application/json", 400},
		{"unknown field", `{"txt": "hello"}`, "application/json", 400},
		{"two objects", `{"text": "first offer"} {"text": "second offer"}`, "application/json", 400},
		{"trailing data", `{"text": "first offer"} x`, "application/json", 400},
		{"bad lang", `{"text": "hello there", "lang": "<b>"}`, "application/json", 400},
		// Repeated keys: encoding/json would keep the last one silently.
		{"repeated key", `{"text":"a","text":"b"}`, "application/json", 400},
		{"repeated key other case", `{"text":"` + lure + `","TEXT":"b"}`, "application/json", 400},
		{"repeated lang", `{"text":"` + lure + `","lang":"en","lang":"vi"}`, "application/json", 400},
	} {
		w := do(t, h, "POST", "/api/check", tt.body, map[string]string{"Content-Type": tt.ctype})
		var e struct{ Error string }
		if w.Code != tt.status || json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error == "" {
			t.Errorf("%s: %d %s, want %d with an error", tt.name, w.Code, w.Body.String(), tt.status)
		}
	}
	if w := do(t, h, "GET", "/api/check", "", nil); w.Code != 405 {
		t.Errorf("GET /api/check: %d, want 405", w.Code)
	}
}

// TestCORS: pages on other sites may call the API from a browser.
func TestCORS(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	h := s.Handler()
	w := do(t, h, "OPTIONS", "/api/check", "", map[string]string{"Origin": "https://community.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
	if w.Code != 204 || w.Header().Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(w.Header().Get("Access-Control-Allow-Headers"), "Content-Type") {
		t.Errorf("preflight: %d %v", w.Code, w.Header())
	}
	for _, target := range []string{"/api/ask?q=passport", "/api/nope"} {
		if w := do(t, h, "GET", target, "", map[string]string{"Origin": "https://community.example"}); w.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("GET %s: no Access-Control-Allow-Origin", target)
		}
	}
	// The pages are not for other sites' scripts.
	if w := do(t, h, "GET", "/", "", map[string]string{"Origin": "https://community.example"}); w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("a page allows cross-origin reads")
	}
}

// TestNotReady: before SetBot every page and the API say 503, and so does
// /healthz.
func TestNotReady(t *testing.T) {
	s := New(Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for _, target := range []string{"/healthz", "/", "/api/ask?q=x", "/topics"} {
		w := do(t, s.Handler(), "GET", target, "", nil)
		if w.Code != 503 {
			t.Errorf("%s before the index is built: %d, want 503", target, w.Code)
		}
	}
	s.SetBot(bottest.Core(t))
	if w := do(t, s.Handler(), "GET", "/healthz", "", nil); w.Code != 200 {
		t.Errorf("/healthz when ready: %d", w.Code)
	}
}

// TestServeAndShutdown runs the real server: /healthz turns 503 as soon as
// shutdown starts and Serve returns nil.
func TestServeAndShutdown(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("/healthz: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if !s.stopping.Load() {
		t.Error("not marked as stopping")
	}
	if w := do(t, s.Handler(), "GET", "/healthz", "", nil); w.Code != 503 {
		t.Errorf("/healthz while stopping: %d, want 503", w.Code)
	}
}

// TestLogsHoldNoText: the access log has the route, never the offer, the
// question or the path as typed.
func TestLogsHoldNoText(t *testing.T) {
	s, logs := newTestServer(t, Config{})
	h := s.Handler()
	do(t, h, "POST", "/check", form("text", "SECRETOFFER "+lure), formHeader)
	do(t, h, "GET", "/ask?q=SECRETQUESTION", "", nil)
	do(t, h, "POST", "/api/check", "SECRETAPI "+lure, nil)
	do(t, h, "GET", "/SECRETPATH", "", nil)
	do(t, h, "GET", "/topics/SECRETTOPIC", "", nil)
	do(t, h, "GET", "/healthz", "", nil)
	out := logs.String()
	if strings.Contains(out, "route=/healthz") {
		t.Errorf("a health probe is logged at info level:\n%s", out)
	}
	for _, secret := range []string{"SECRET", "q=", "Cambodia"} {
		if strings.Contains(out, secret) {
			t.Errorf("log holds %q:\n%s", secret, out)
		}
	}
	for _, want := range []string{"route=/check", "route=/ask", "route=/api/check", "route=(other)", "route=/topics/{id}", "status=404"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
}

func TestAcceptLanguage(t *testing.T) {
	for _, tt := range []struct{ h, want string }{
		{"", ""},
		{"vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi"},
		{"en;q=0.5, zh-TW;q=0.9", "zh"},
		{"fil-PH", "tl"},
		{"ko,ja", ""},
		{"th;q=0, en", "en"},
		{"hi;q=abc, ms", "ms"},
		{"*", ""},
	} {
		if got := acceptLanguage(tt.h); got != tt.want {
			t.Errorf("acceptLanguage(%q) = %q, want %q", tt.h, got, tt.want)
		}
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	c, err := ConfigFromEnv(env(nil))
	if err != nil || c.Addr != DefaultAddr || c.Rate != 60 || c.TrustProxy {
		t.Errorf("defaults: %+v %v", c, err)
	}
	c, err = ConfigFromEnv(env(map[string]string{"WEB_ADDR": ":9000", "WEB_RATE": "0", "WEB_TRUST_PROXY": "1"}))
	if err != nil || c.Addr != ":9000" || c.Rate != 0 || !c.TrustProxy {
		t.Errorf("set: %+v %v", c, err)
	}
	for _, bad := range []map[string]string{{"WEB_RATE": "-1"}, {"WEB_RATE": "lots"}, {"WEB_TRUST_PROXY": "maybe"}} {
		if _, err := ConfigFromEnv(env(bad)); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// TestHighlight: the page marks what offer.Result.Highlights names, a
// signal's words numbered and linked to its explanation, a
// counter-signal's without a number, and escapes everything else.
func TestHighlight(t *testing.T) {
	text := "Free flight to <Cambodia> & licensed agency"
	res := &offer.Result{
		Signals: []offer.Signal{
			{Category: "model", Spans: []offer.Span{{Start: 0, End: 11}, {Start: 15, End: 25}}},
			{Category: "travel", Spans: []offer.Span{{Start: 0, End: 11}}},
			{Category: "destination", Spans: []offer.Span{{Start: 16, End: 24}, {Start: -1, End: 3}, {Start: 50, End: 99}}},
		},
		Counter: []offer.Signal{{Category: "counter", Spans: []offer.Span{{Start: 28, End: 43}}}},
	}
	got := string(highlight(text, res))
	want := `<mark>Free flight</mark><sup><a href="#s2">2</a></sup> to &lt;` +
		`<mark>Cambodia</mark><sup><a href="#s3">3</a></sup>&gt; &amp; ` +
		`<mark class="counter">licensed agency</mark>`
	if got != want {
		t.Errorf("highlight =\n%s\nwant\n%s", got, want)
	}
}

// TestUnreadableOfferIsNoPass: an offer in a language the check cannot
// read gets no score and no "none of the signs found".
func TestUnreadableOfferIsNoPass(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	w := do(t, s.Handler(), "POST", "/check", form("text", "캄보디아 고수익 해외 취업! 경험 필요 없음, 항공권 무료, 텔레그램으로 연락하세요."), formHeader)
	body := w.Body.String()
	if !strings.Contains(body, "level-unknown") {
		t.Fatalf("level is not unknown:\n%s", body)
	}
	for _, bad := range []string{"/100", "I found none"} {
		if strings.Contains(body, bad) {
			t.Errorf("the page says %q about an offer it could not read", bad)
		}
	}
}

func TestRepeatedKey(t *testing.T) {
	for _, tt := range []struct {
		json, key string
	}{
		{`{"text":"a"}`, ""},
		{`{"text":"a","text":"b"}`, "text"},
		{`{"text":"a","Text":"b"}`, "Text"},
		{`{"a":{"x":1,"x":2}}`, "x"},
		{`{"a":{"x":1},"b":{"x":2}}`, ""},
		{`[{"x":1},{"x":1}]`, ""},
		{`{"a":[1,{"k":"v","K":"w"}]}`, "K"},
		{`{"a":[{"k":1}],"k":2}`, ""},
		{`{"text":"text","lang":"text"}`, ""},
		{`{"a":"b","b":"a"}`, ""},
		{`{"a":{},"b":[],"c":null,"d":true,"e":1.5,"a":0}`, "a"},
		{`{}`, ""},
		{`null`, ""},
		{`"text"`, ""},
		{`{"text":"a"} {"text":"b"}`, ""}, // only the first value; the caller rejects the rest
	} {
		key, ok := repeatedKey([]byte(tt.json))
		if key != tt.key || ok != (tt.key != "") {
			t.Errorf("repeatedKey(%s) = %q, %v; want %q", tt.json, key, ok, tt.key)
		}
	}
	s, _ := newTestServer(t, Config{})
	if w := do(t, s.Handler(), "POST", "/api/check?lang=en&lang=vi", lure, map[string]string{"Content-Type": "text/plain"}); w.Code != 400 || !strings.Contains(w.Body.String(), "lang given 2 times") {
		t.Errorf("repeated ?lang=: %d %s", w.Code, w.Body.String())
	}
	// The API names the key in a clear 400.
	w := do(t, s.Handler(), "POST", "/api/check", `{"text":"first offer","text":"second offer"}`, map[string]string{"Content-Type": "application/json"})
	if w.Code != 400 || !strings.Contains(w.Body.String(), `key \"text\" appears more than once`) {
		t.Errorf("repeated text: %d %s", w.Code, w.Body.String())
	}
}
