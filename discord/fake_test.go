package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// fakeDiscord is a local stand-in for Discord: the REST API (recording
// every request) and a gateway websocket that speaks enough of the
// protocol for discordgo (Hello, Identify/Resume, Ready/Resumed,
// heartbeats) and dispatches events the test injects.
type fakeDiscord struct {
	t         *testing.T
	srv       *httptest.Server
	appID     string
	botID     string
	sessionID string

	mu       sync.Mutex
	reqs     []request
	ops      []gwOp            // identify and resume packets received
	conn     *gwConn           // current gateway connection
	seq      int64             // last dispatched sequence number
	messages map[string]string // "channel/message" -> JSON of a message for GET
	limit    map[string]int    // "METHOD path" -> 429 answers still to give
	status   map[string]int    // "METHOD path" -> forced status code
	hangup   map[string]bool   // "METHOD path" -> close the connection without an answer
	changed  chan struct{}     // closed and replaced on every new request or op
	closes   int               // close frames received from the client
	// denyContent makes IDENTIFY with the message content intent fail
	// with close code 4014, as Discord does when the intent is not
	// enabled for the application.
	denyContent bool
}

type request struct {
	Method, Path string
	Body         []byte
}

// gwOp is an identify (2) or resume (6) packet from the client.
type gwOp struct {
	Op        int
	SessionID string
	Seq       int64
	Token     string
	Intents   int64
}

type gwConn struct {
	mu sync.Mutex
	c  *websocket.Conn
}

func (g *gwConn) send(v any) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.c.WriteJSON(v)
}

func newFake(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{
		t: t, appID: "111", botID: "222", sessionID: "sess-1",
		messages: map[string]string{}, limit: map[string]int{}, status: map[string]int{}, hangup: map[string]bool{},
		changed: make(chan struct{}),
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/gw") {
		f.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	path := r.URL.Path
	key := r.Method + " " + path
	f.mu.Lock()
	f.reqs = append(f.reqs, request{Method: r.Method, Path: path, Body: body})
	f.notify()
	if f.limit[key] > 0 {
		f.limit[key]--
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", "1")
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset-After", "0.05")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`)
		return
	}
	status, forced := f.status[key]
	hangup := f.hangup[key]
	f.mu.Unlock()
	if hangup {
		// A network failure: the client gets no HTTP answer at all.
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			conn.Close()
		}
		return
	}
	if forced {
		w.WriteHeader(status)
		io.WriteString(w, `{"message":"forced","code":0}`)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	parts := strings.Split(strings.TrimPrefix(path, api), "/")
	switch {
	case r.Method == "GET" && (path == api+"gateway" || path == api+"gateway/bot"):
		fmt.Fprintf(w, `{"url":"ws://%s/gw","shards":1}`, r.Host)
	case r.Method == "PUT" && parts[0] == "applications":
		w.Write(body) // bulk overwrite echoes the commands
	case r.Method == "POST" && parts[0] == "interactions":
		w.WriteHeader(http.StatusNoContent)
	case parts[0] == "webhooks":
		io.WriteString(w, `{"id":"900","channel_id":"200"}`)
	case parts[0] == "channels" && len(parts) == 2 && r.Method == "GET":
		g := "100"
		if parts[1] == foreignChannel {
			g = "999"
		}
		fmt.Fprintf(w, `{"id":%q,"guild_id":%q,"type":0}`, parts[1], g)
	case parts[0] == "channels" && len(parts) == 4 && r.Method == "GET":
		f.mu.Lock()
		m, ok := f.messages[parts[1]+"/"+parts[3]]
		f.mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `{"message":"Unknown Message","code":10008}`)
			return
		}
		io.WriteString(w, m)
	case parts[0] == "channels" && r.Method == "DELETE":
		w.WriteHeader(http.StatusNoContent)
	case parts[0] == "channels" && r.Method == "POST":
		fmt.Fprintf(w, `{"id":"800","channel_id":%q}`, parts[1])
	default:
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"message":"not in the fake","code":0}`)
	}
}

var upgrader = websocket.Upgrader{}

// foreignChannel belongs to another guild.
const foreignChannel = "301"

// api is the REST path prefix discordgo uses.
var api = "/api/v" + discordgo.APIVersion + "/"

func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	g := &gwConn{c: c}
	defer c.Close()
	if g.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}}) != nil {
		return
	}
	var first struct {
		Op int `json:"op"`
		D  struct {
			Token     string `json:"token"`
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
			Intents   int64  `json:"intents"`
		} `json:"d"`
	}
	if c.ReadJSON(&first) != nil {
		return
	}
	f.mu.Lock()
	f.ops = append(f.ops, gwOp{Op: first.Op, SessionID: first.D.SessionID, Seq: first.D.Seq, Token: first.D.Token, Intents: first.D.Intents})
	f.seq++
	seq := f.seq
	deny := f.denyContent && first.D.Intents&int64(discordgo.IntentsMessageContent) != 0
	if !deny && (first.Op == 2 || first.Op == 6) {
		// Current from now on: the client may act on READY before this
		// handler runs again.
		f.conn = g
	}
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		if f.conn == g {
			f.conn = nil
		}
		f.mu.Unlock()
	}()
	if deny {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4014, "Disallowed intent(s)."))
		return
	}
	switch first.Op {
	case 2:
		err = g.send(map[string]any{"op": 0, "t": "READY", "s": seq, "d": map[string]any{
			"v": 10, "session_id": f.sessionID,
			"user":        map[string]any{"id": f.botID, "username": "scambot", "bot": true},
			"application": map[string]any{"id": f.appID},
			"guilds":      []any{},
		}})
	case 6:
		err = g.send(map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}})
	default:
		return
	}
	if err != nil {
		return
	}
	f.mu.Lock()
	f.notify()
	f.mu.Unlock()
	for {
		mt, data, err := c.ReadMessage()
		if err != nil {
			if websocket.IsCloseError(err, websocket.CloseNormalClosure) {
				f.mu.Lock()
				f.closes++
				f.notify()
				f.mu.Unlock()
			}
			return
		}
		var p struct {
			Op int `json:"op"`
		}
		if mt == websocket.TextMessage && json.Unmarshal(data, &p) == nil && p.Op == 1 {
			g.send(map[string]any{"op": 11})
		}
	}
}

// dispatch sends an event to the bot over the current gateway connection.
func (f *fakeDiscord) dispatch(event string, d any) {
	f.t.Helper()
	var g *gwConn
	f.waitFor("a gateway connection", func() bool { return f.conn != nil })
	f.mu.Lock()
	g = f.conn
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	if err := g.send(map[string]any{"op": 0, "t": event, "s": seq, "d": d}); err != nil {
		f.t.Fatalf("dispatch %s: %v", event, err)
	}
}

// drop closes the gateway connection abruptly, as a network failure would.
func (f *fakeDiscord) drop() {
	f.mu.Lock()
	g := f.conn
	f.conn = nil
	f.mu.Unlock()
	if g != nil {
		g.c.Close()
	}
}

// waitFor waits until cond (called with f.mu held) holds.
func (f *fakeDiscord) waitFor(what string, cond func() bool) {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		f.mu.Lock()
		ok := cond()
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline:
			f.t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// waitReq waits for a request matching method and a path suffix or
// substring, made after the first `after` requests, and returns it.
func (f *fakeDiscord) waitReq(after int, method, pathPart string) request {
	f.t.Helper()
	var got request
	f.waitFor(method+" "+pathPart, func() bool {
		for _, r := range f.reqs[min(after, len(f.reqs)):] {
			if r.Method == method && strings.Contains(r.Path, pathPart) {
				got = r
				return true
			}
		}
		return false
	})
	return got
}

// count returns how many requests have been made so far.
func (f *fakeDiscord) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.reqs)
}

// find returns the requests made so far that match.
func (f *fakeDiscord) find(method, pathPart string) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []request
	for _, r := range f.reqs {
		if r.Method == method && strings.Contains(r.Path, pathPart) {
			out = append(out, r)
		}
	}
	return out
}
