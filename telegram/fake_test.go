package telegram

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	tele "gopkg.in/telebot.v3"
)

// fakeAPI is a local Bot API server: it serves queued updates through
// getUpdates (long polling with a short wait), records every call and
// can be told to fail the next calls of a method.
type fakeAPI struct {
	t     testing.TB
	srv   *httptest.Server
	token string

	mu       sync.Mutex
	calls    []apiCall
	updates  []map[string]any
	nextID   int
	msgID    int
	failures map[string][]failure
	delay    map[string]time.Duration // answer this method only after a delay
	notify   chan struct{}            // a new update is queued
	changed  chan struct{}            // a call was recorded
	sendSeen map[int64]time.Time      // first sendMessage per chat (load test)
	given    map[int64]time.Time      // when getUpdates handed out a chat's first update
	polls    []map[string]any         // getUpdates parameters, in order
	maxPoll  time.Duration            // cap on the long-poll wait
	badHTML  []string                 // texts Telegram would refuse ("can't parse entities")
}

type apiCall struct {
	Method string
	Params map[string]any
	At     time.Time
	Done   time.Time // when the response was written
}

// failure is a canned error response; drop closes the connection instead.
type failure struct {
	status int
	body   string
	drop   bool
}

const testToken = "123456:SECRET-test-token"

// takeBadHTML returns and forgets the texts refused as Telegram HTML.
func (f *fakeAPI) takeBadHTML() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	bad := f.badHTML
	f.badHTML = nil
	return bad
}

// telegramTags are the tags of Telegram's HTML parse mode.
var telegramTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true, "s": true, "strike": true,
	"del": true, "a": true, "code": true, "pre": true, "tg-spoiler": true, "span": true, "blockquote": true, "tg-emoji": true,
}

// telegramHTML checks text as Telegram's HTML parse mode does: only its
// tags, properly nested; every other '<', '>' and '&' escaped, with the
// entities it knows; at most 4096 UTF-16 units of text once parsed.
func telegramHTML(text string) error {
	var open []string
	n := 0 // UTF-16 units of the parsed text
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case '<':
			j := strings.IndexByte(text[i:], '>')
			if j < 0 {
				return fmt.Errorf("unclosed tag at byte %d", i)
			}
			tag := text[i+1 : i+j]
			if name, ok := strings.CutPrefix(tag, "/"); ok {
				if len(open) == 0 || open[len(open)-1] != name {
					return fmt.Errorf("unexpected end tag </%s> at byte %d", name, i)
				}
				open = open[:len(open)-1]
			} else {
				name, attrs, _ := strings.Cut(tag, " ")
				if !telegramTags[name] {
					return fmt.Errorf("unsupported tag <%s> at byte %d", name, i)
				}
				if name == "a" && !strings.HasPrefix(attrs, `href="`) {
					return fmt.Errorf("<a> without href at byte %d", i)
				}
				open = append(open, name)
			}
			i += j + 1
		case '&':
			j := strings.IndexByte(text[i:], ';')
			ent := ""
			if j > 0 {
				ent = text[i+1 : i+j]
			}
			switch {
			case ent == "lt" || ent == "gt" || ent == "amp" || ent == "quot":
			case len(ent) > 1 && ent[0] == '#' && strings.Trim(ent[1:], "0123456789") == "":
			default:
				return fmt.Errorf("unescaped '&' at byte %d", i)
			}
			n++
			i += j + 1
		case '>':
			return fmt.Errorf("unescaped '>' at byte %d", i)
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			n += len(utf16.Encode([]rune{r}))
			i += size
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("unclosed <%s>", open[len(open)-1])
	}
	if n > 4096 {
		return fmt.Errorf("%d UTF-16 units, over 4096", n)
	}
	return nil
}

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{
		t: t, token: testToken, nextID: 1, msgID: 1000,
		failures: map[string][]failure{},
		delay:    map[string]time.Duration{},
		notify:   make(chan struct{}, 1),
		changed:  make(chan struct{}, 1),
		sendSeen: map[int64]time.Time{},
		given:    map[int64]time.Time{},
		maxPoll:  500 * time.Millisecond,
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	t.Cleanup(func() {
		for _, bad := range f.takeBadHTML() {
			t.Errorf("Telegram would refuse this message: %s", bad)
		}
	})
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	method, ok := strings.CutPrefix(r.URL.Path, "/bot"+f.token+"/")
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
		return
	}
	var params map[string]any
	if err := json.NewDecoder(r.Body).Decode(&params); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"ok":false,"error_code":400,"description":"Bad Request: invalid JSON"}`)
		return
	}
	if method == "getUpdates" {
		f.mu.Lock()
		f.polls = append(f.polls, params)
		f.mu.Unlock()
		f.getUpdates(w, r, params)
		return
	}
	call := apiCall{Method: method, Params: params, At: time.Now()}
	f.mu.Lock()
	var fail *failure
	if q := f.failures[method]; len(q) > 0 {
		fail = &q[0]
		f.failures[method] = q[1:]
	}
	delay := f.delay[method]
	if method == "sendMessage" && fail == nil {
		if id, ok := params["chat_id"].(float64); ok {
			if _, seen := f.sendSeen[int64(id)]; !seen {
				f.sendSeen[int64(id)] = call.At
			}
		}
	}
	f.msgID++
	msgID := f.msgID
	f.mu.Unlock()

	if delay > 0 {
		time.Sleep(delay)
	}
	defer func() {
		call.Done = time.Now()
		f.mu.Lock()
		f.calls = append(f.calls, call)
		f.mu.Unlock()
		select {
		case f.changed <- struct{}{}:
		default:
		}
	}()
	if fail != nil {
		if fail.drop {
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			conn.Close()
			return
		}
		w.WriteHeader(fail.status)
		fmt.Fprint(w, fail.body)
		return
	}
	var result any = true
	switch method {
	case "getMe":
		result = map[string]any{"id": 999, "is_bot": true, "first_name": "Scambot", "username": "scam_test_bot"}
	case "sendMessage", "editMessageText":
		if text, _ := params["text"].(string); params["parse_mode"] == "HTML" {
			if err := telegramHTML(text); err != nil {
				f.mu.Lock()
				f.badHTML = append(f.badHTML, fmt.Sprintf("%v in %q", err, text))
				f.mu.Unlock()
				w.WriteHeader(http.StatusBadRequest)
				fmt.Fprintf(w, `{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities: %s"}`, err)
				return
			}
		}
		chatID, _ := params["chat_id"].(float64)
		if method == "editMessageText" {
			id, _ := params["message_id"].(float64)
			msgID = int(id)
		}
		result = map[string]any{
			"message_id": msgID, "date": time.Now().Unix(),
			"chat": map[string]any{"id": int64(chatID), "type": "private"},
			"text": params["text"],
		}
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request, params map[string]any) {
	offset := 0
	if o, ok := params["offset"].(float64); ok {
		offset = int(o)
	}
	timeout := 0.0
	if t, ok := params["timeout"].(float64); ok {
		timeout = t
	}
	// A short long poll: tests push updates while the bot waits.
	f.mu.Lock()
	maxPoll := f.maxPoll
	f.mu.Unlock()
	deadline := time.After(min(time.Duration(timeout*float64(time.Second)), maxPoll))
	for {
		f.mu.Lock()
		var keep, out []map[string]any
		for _, u := range f.updates {
			if int(u["update_id"].(int)) >= offset {
				keep = append(keep, u)
			}
		}
		f.updates = keep
		out = append(out, keep...)
		if len(out) > 100 {
			out = out[:100]
		}
		now := time.Now()
		for _, u := range out {
			if m, ok := u["message"].(map[string]any); ok {
				id := m["chat"].(map[string]any)["id"].(int64)
				if _, seen := f.given[id]; !seen {
					f.given[id] = now
				}
			}
		}
		f.mu.Unlock()
		if len(out) > 0 {
			json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": out})
			return
		}
		select {
		case <-f.notify:
		case <-deadline:
			fmt.Fprint(w, `{"ok":true,"result":[]}`)
			return
		case <-r.Context().Done():
			return
		}
	}
}

// push queues an update; the update_id is assigned here.
func (f *fakeAPI) push(u map[string]any) {
	f.mu.Lock()
	u["update_id"] = f.nextID
	f.nextID++
	f.updates = append(f.updates, u)
	f.mu.Unlock()
	select {
	case f.notify <- struct{}{}:
	default:
	}
}

func (f *fakeAPI) fail(method string, fs ...failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], fs...)
}

// callsOf returns the recorded calls of the given methods (all when none).
func (f *fakeAPI) callsOf(methods ...string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if len(methods) == 0 || contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// waitCalls waits until at least n calls of the methods have been
// recorded since mark (an index into all calls) and returns them.
func (f *fakeAPI) waitCalls(mark int, n int, methods ...string) []apiCall {
	f.t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		f.mu.Lock()
		var out []apiCall
		for _, c := range f.calls[min(mark, len(f.calls)):] {
			if len(methods) == 0 || contains(methods, c.Method) {
				out = append(out, c)
			}
		}
		f.mu.Unlock()
		if len(out) >= n {
			return out
		}
		select {
		case <-f.changed:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			f.t.Fatalf("waited for %d %v calls, got %d: %v", n, methods, len(out), summarize(out))
			return nil
		}
	}
}

// mark is the number of calls recorded so far.
func (f *fakeAPI) mark() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

func summarize(calls []apiCall) []string {
	var out []string
	for _, c := range calls {
		s := c.Method
		if t, ok := c.Params["text"].(string); ok {
			s += ": " + strings.ReplaceAll(t[:min(len(t), 60)], "\n", " ")
		}
		out = append(out, s)
	}
	return out
}

// Update builders.

var nextMsgID = struct {
	sync.Mutex
	n int
}{n: 1}

func newMsgID() int {
	nextMsgID.Lock()
	defer nextMsgID.Unlock()
	nextMsgID.n++
	return nextMsgID.n
}

func user(id int64) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": "U" + strconv.FormatInt(id, 10), "language_code": "en"}
}

func privateMsg(chat int64, text string) map[string]any {
	return map[string]any{"message": map[string]any{
		"message_id": newMsgID(), "date": time.Now().Unix(),
		"chat": map[string]any{"id": chat, "type": "private"},
		"from": user(chat), "text": text,
	}}
}

func groupMsg(chat, from int64, text string) map[string]any {
	return map[string]any{"message": map[string]any{
		"message_id": newMsgID(), "date": time.Now().Unix(),
		"chat": map[string]any{"id": chat, "type": "supergroup", "title": "Group"},
		"from": user(from), "text": text,
	}}
}

func callback(chat int64, msgID int, data string) map[string]any {
	return map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.Itoa(newMsgID()), "from": user(chat), "chat_instance": "x", "data": data,
		"message": map[string]any{
			"message_id": msgID, "date": time.Now().Unix(),
			"chat": map[string]any{"id": chat, "type": "private"},
			"from": map[string]any{"id": 999, "is_bot": true, "first_name": "Scambot"},
			"text": "earlier reply",
		},
	}}
}

func inlineQuery(from int64, query string) map[string]any {
	return map[string]any{"inline_query": map[string]any{
		"id": "iq" + strconv.Itoa(newMsgID()), "from": user(from), "query": query, "offset": "",
	}}
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

func teleUser(name string) tele.User { return tele.User{ID: 999, IsBot: true, Username: name} }
