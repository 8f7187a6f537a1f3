package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/store/pgtest"
)

// botAPI is a fake Bot API shared by the replicas: it records every
// send with its time.
type botAPI struct {
	mu   sync.Mutex
	sent []sentMsg
}

type sentMsg struct {
	chat    int64
	text    string
	buttons []string
	at      time.Time
}

func (f *botAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, method, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	var p struct {
		ChatID      int64  `json:"chat_id"`
		Text        string `json:"text"`
		ReplyMarkup struct {
			InlineKeyboard [][]struct {
				CallbackData string `json:"callback_data"`
			} `json:"inline_keyboard"`
		} `json:"reply_markup"`
	}
	json.NewDecoder(r.Body).Decode(&p) //nolint:errcheck // test server
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 999, "is_bot": true, "first_name": "Scambot", "username": "scam_test_bot"}
	case "sendMessage", "editMessageText":
		m := sentMsg{chat: p.ChatID, text: p.Text, at: time.Now()}
		for _, row := range p.ReplyMarkup.InlineKeyboard {
			for _, b := range row {
				m.buttons = append(m.buttons, b.CallbackData)
			}
		}
		f.mu.Lock()
		f.sent = append(f.sent, m)
		n := len(f.sent)
		f.mu.Unlock()
		result = map[string]any{"message_id": 7000 + n, "date": time.Now().Unix(),
			"chat": map[string]any{"id": p.ChatID, "type": "private"}}
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result}) //nolint:errcheck // test server
}

func (f *botAPI) to(chat int64) []sentMsg {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []sentMsg
	for _, m := range f.sent {
		if m.chat == chat {
			out = append(out, m)
		}
	}
	return out
}

// replica is one scambot process in webhook mode.
type replica struct {
	hook, ops string
	cmd       *exec.Cmd
	log       *bottest.Logs
}

const replicaSecret = "replica-test-secret"

func (rp *replica) post(t testing.TB, update map[string]any) {
	body, _ := json.Marshal(update)
	req, _ := http.NewRequest(http.MethodPost, "http://"+rp.hook+"/hook", bytes.NewReader(body))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", replicaSecret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Errorf("posting to %s: %v", rp.hook, err)
		return
	}
	resp.Body.Close()
	// 503: the other replica is handling this update now; Telegram
	// would send it again later.
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("posting to %s: status %d", rp.hook, resp.StatusCode)
	}
}

// startReplicas builds the binary and starts n replicas on one database
// and one fake Bot API, and waits until each is ready.
func startReplicas(t testing.TB, n int, databaseURL, apiURL string) []*replica {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "scambot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var rs []*replica
	for i := range n {
		rp := &replica{hook: freeAddr(t), ops: freeAddr(t), log: &bottest.Logs{}}
		rp.cmd = exec.Command(bin, "run")
		var env []string
		for _, kv := range os.Environ() {
			k, _, _ := strings.Cut(kv, "=")
			if !strings.HasPrefix(k, "TELEGRAM_") && !strings.HasPrefix(k, "DISCORD_") && !strings.HasPrefix(k, "WEB_") &&
				k != "DATABASE_URL" && k != "METRICS_ADDR" && k != "SCAMBOT_DATA_DIR" {
				env = append(env, kv)
			}
		}
		rp.cmd.Env = append(env,
			"TELEGRAM_TOKEN=123:replica-test-token",
			"TELEGRAM_API_URL="+apiURL,
			"TELEGRAM_WEBHOOK_URL=https://bot.example.org/hook",
			"TELEGRAM_WEBHOOK_SECRET="+replicaSecret,
			"TELEGRAM_LISTEN_ADDR="+rp.hook,
			"METRICS_ADDR="+rp.ops,
			"DATABASE_URL="+databaseURL,
			fmt.Sprintf("SCAMBOT_DATA_DIR=%s", t.TempDir()),
		)
		rp.cmd.Stdout, rp.cmd.Stderr = rp.log, rp.log
		if err := rp.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			rp.cmd.Process.Signal(os.Interrupt) //nolint:errcheck // may have exited
			done := make(chan error, 1)
			go func() { done <- rp.cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("replica %d: %v\n%s", i, err, rp.log.String())
				}
			case <-time.After(15 * time.Second):
				rp.cmd.Process.Kill() //nolint:errcheck
				t.Errorf("replica %d did not stop within 15 s", i)
			}
			if strings.Contains(rp.log.String(), "panic") {
				t.Errorf("replica %d log has a panic:\n%s", i, rp.log.String())
			}
		})
		rs = append(rs, rp)
	}
	for i, rp := range rs {
		for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			if code, _ := httpGet(t, "http://"+rp.ops+"/readyz"); code == 200 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("replica %d never ready:\n%s", i, rp.log.String())
			}
		}
	}
	return rs
}

var nextUpdate = struct {
	sync.Mutex
	n int
}{n: 50000}

func update(chat int64, field string, body map[string]any) map[string]any {
	nextUpdate.Lock()
	nextUpdate.n++
	id := nextUpdate.n
	nextUpdate.Unlock()
	return map[string]any{"update_id": id, field: body}
}

func msg(chat int64, text string) map[string]any {
	return update(chat, "message", map[string]any{
		"message_id": chat, "date": time.Now().Unix(),
		"chat": map[string]any{"id": chat, "type": "private"},
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "T", "language_code": "en"},
		"text": text,
	})
}

func press(chat int64, data string) map[string]any {
	return update(chat, "callback_query", map[string]any{
		"id": fmt.Sprintf("cb%d", chat), "chat_instance": "x", "data": data,
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "T", "language_code": "en"},
		"message": map[string]any{"message_id": 1, "date": time.Now().Unix(),
			"chat": map[string]any{"id": chat, "type": "private"}, "text": "earlier reply"},
	})
}

var dumpLogs func()

func waitSent(t *testing.T, f *botAPI, chat int64, n int) []sentMsg {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if s := f.to(chat); len(s) >= n {
			return s
		}
	}
	t.Errorf("chat %d: %d replies, want %d", chat, len(f.to(chat)), n)
	if dumpLogs != nil {
		dumpLogs()
	}
	t.FailNow()
	return nil
}

// TestReplicas runs two replicas of the built binary in webhook mode on
// one PostgreSQL and one fake Bot API. Every update goes to both, a
// quarter of them a third time: each is answered exactly once. /lang made
// through one applies on the other, an "offer or question?" button sent
// by one works when pressed on the other, and together they keep to one
// ~30 messages/s budget.
func TestReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts PostgreSQL")
	}
	pg := pgtest.Start(t)
	f := &botAPI{}
	rs := startReplicas(t, 2, pg.URL, newTestServer(t, f))
	a, b := rs[0], rs[1]
	dumpLogs = func() {
		for i, rp := range rs {
			for _, line := range strings.Split(rp.log.String(), "\n") {
				if !strings.Contains(line, "outcome=ok") {
					t.Logf("replica %d: %s", i, line)
				}
			}
		}
	}
	defer func() { dumpLogs = nil }()

	// 60 questions at once, each to both replicas, 15 of them once more.
	const n = 60
	start := time.Now()
	var wg sync.WaitGroup
	for i := range n {
		u := msg(int64(9000+i), "what is pig butchering")
		targets := []*replica{a, b}
		if i%4 == 0 {
			targets = append(targets, rs[rand.IntN(2)])
		}
		for _, rp := range targets {
			wg.Go(func() { rp.post(t, u) })
		}
	}
	wg.Wait()
	for i := range n {
		waitSent(t, f, int64(9000+i), 1)
	}
	took := time.Since(start)
	time.Sleep(300 * time.Millisecond) // a duplicate would have gone out by now
	for i := range n {
		if s := f.to(int64(9000 + i)); len(s) != 1 {
			t.Errorf("chat %d got %d replies, want exactly 1", 9000+i, len(s))
		}
	}
	// One budget: 6 sends per 200 ms slot for both together. Any second
	// overlaps at most 6 slots (36 sends), but the times here are when a
	// send arrives, after the budget's database round trip and the POST:
	// on a loaded machine that lag reaches a slot or two (CI saw 42 in one
	// second). Allow two slots of lag (48): separate budgets per replica
	// (60/s) would put all 60 within about a second, and the total time
	// checked below fails them too.
	f.mu.Lock()
	var at []time.Time
	for _, m := range f.sent {
		at = append(at, m.at)
	}
	f.mu.Unlock()
	sort.Slice(at, func(i, j int) bool { return at[i].Before(at[j]) })
	worst := 0
	for i := range at {
		j := i
		for j < len(at) && at[j].Sub(at[i]) < time.Second {
			j++
		}
		worst = max(worst, j-i)
	}
	if worst > 48 {
		t.Errorf("%d sends within 1 s across both replicas, want at most 36 (+12 for arrival lag) under the shared budget", worst)
	}
	if took < 1500*time.Millisecond {
		t.Errorf("%d replies in %v: faster than one ~30/s budget allows", n, took)
	}
	t.Logf("%d updates sent to 2 replicas (%d posts): all answered once in %v (%.1f replies/s)", n, n*2+n/4, took.Round(time.Millisecond), float64(n)/took.Seconds())

	// /lang through one replica, then /privacy through the other.
	a.post(t, msg(8001, "/lang vi"))
	waitSent(t, f, 8001, 1)
	b.post(t, msg(8001, "/privacy"))
	if s := waitSent(t, f, 8001, 2); !strings.Contains(s[1].text, bot.Messages(lang.Vietnamese).PrivacyTitle) {
		t.Errorf("/privacy on the other replica after /lang vi: %q", s[1].text)
	}

	// A button sent by one replica, pressed on the other.
	a.post(t, msg(8002, "URGENT hiring! Customer service job in Sihanoukville, Cambodia. Salary $3000 per month, "+
		"no experience needed, free flight ticket and visa paid by the company. Contact the recruiter only on "+
		"Telegram and send a copy of your passport today, only 3 places left! Is this a real job?"))
	s := waitSent(t, f, 8002, 1)
	var check string
	for _, d := range s[0].buttons {
		if strings.HasPrefix(d, "u:") && strings.HasSuffix(d, ":c") {
			check = d
		}
	}
	if check == "" {
		t.Fatalf("no 'offer or question?' buttons: %q %v", s[0].text, s[0].buttons)
	}
	b.post(t, press(8002, check))
	if s := waitSent(t, f, 8002, 2); !strings.Contains(s[1].text, "Sihanoukville") {
		t.Errorf("button pressed on the other replica: %q", s[1].text)
	}
}

// BenchmarkReplicasWebhook is the load figure: two replicas on loopback
// take webhook updates paced at Telegram's ~30 messages/s (each update
// posted to both replicas), with replies going to a fake Bot API; it
// reports replies/s and the p50/p99 time from an update's first post to
// its reply. Run it with
//
//	go test ./cmd/scambot -run '^$' -bench ReplicasWebhook -benchtime 1x
func BenchmarkReplicasWebhook(b *testing.B) {
	pg := pgtest.Start(b)
	f := &botAPI{}
	rs := startReplicas(b, 2, pg.URL, newTestServer(b, f))
	const n, rate = 300, 30
	b.ResetTimer()
	for range b.N {
		f.mu.Lock()
		f.sent = nil
		f.mu.Unlock()
		posted := make(map[int64]time.Time, n)
		start := time.Now()
		var wg sync.WaitGroup
		for i := range n {
			chat := int64(20000 + i)
			u := msg(chat, "what is pig butchering")
			time.Sleep(time.Until(start.Add(time.Duration(i) * time.Second / rate)))
			posted[chat] = time.Now()
			for _, rp := range rs {
				wg.Go(func() { rp.post(b, u) })
			}
		}
		wg.Wait()
		var lat []time.Duration
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			f.mu.Lock()
			done := len(f.sent)
			f.mu.Unlock()
			if done >= n {
				break
			}
		}
		took := time.Since(start)
		f.mu.Lock()
		for _, m := range f.sent {
			lat = append(lat, m.at.Sub(posted[m.chat]))
		}
		f.mu.Unlock()
		if len(lat) != n {
			for i, rp := range rs {
				for _, line := range strings.Split(rp.log.String(), "\n") {
					if strings.Contains(line, "WARN") || strings.Contains(line, "ERROR") || (strings.Contains(line, "outcome=") && !strings.Contains(line, "outcome=ok")) {
						b.Logf("replica %d: %s", i, line)
					}
				}
			}
			b.Fatalf("%d replies to %d updates", len(lat), n)
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(float64(n)/took.Seconds(), "replies/s")
		b.ReportMetric(float64(lat[n/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[n*99/100].Microseconds())/1000, "p99-ms")
	}
}
