package telegram

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
)

// flakyPrefs is MemPrefs whose database can be "lost".
type flakyPrefs struct {
	MemPrefs
	down atomic.Bool
}

var errDBDown = errors.New("store: database unavailable")

func (p *flakyPrefs) Lang(ctx context.Context, userID int64) (string, error) {
	if p.down.Load() {
		return "", errDBDown
	}
	return p.MemPrefs.Lang(ctx, userID)
}

func (p *flakyPrefs) SetLang(ctx context.Context, userID int64, l string) error {
	if p.down.Load() {
		return errDBDown
	}
	return p.MemPrefs.SetLang(ctx, userID, l)
}

// TestStoreDown: without the database, questions and checks are answered
// as before, /lang works for the reply and says the choice was not saved,
// and everything is back once the database is.
func TestStoreDown(t *testing.T) {
	h := start(t, nil)
	h.say(1, "/lang vi")
	h.prefs.down.Store(true)

	if r := text(h.say(2, "what is pig butchering")); !strings.Contains(strings.ToLower(r), "pig butchering") {
		t.Errorf("question not answered with the database down: %q", r)
	}
	r := text(h.say(3, "/check We hire in Sihanoukville, 3000 USD a month, we keep your passport, free flight"))
	if !strings.Contains(r, "<b>Sihanoukville</b>") { // the signal quoted in the check result
		t.Errorf("offer not checked with the database down: %q", r)
	}
	r = text(h.say(4, "/lang th"))
	want := strings.SplitN(texts(lang.Thai).LangNotSaved, "%s", 2)[0]
	if !strings.Contains(r, want) {
		t.Errorf("/lang with the database down said %q, want the not-saved notice", r)
	}
	h.waitLog("storing language preference")

	h.prefs.down.Store(false)
	r = text(h.say(4, "/lang th"))
	if want := strings.SplitN(bot.Messages(lang.Thai).LangChosen, "%s", 2)[0]; !strings.Contains(r, want) {
		t.Errorf("/lang after recovery said %q", r)
	}
	if l, _ := h.prefs.Lang(context.Background(), 1); l != lang.Vietnamese {
		t.Errorf("choice made before the outage lost: %q", l)
	}
}

// memClaims is a shared claim table, as replicas see in the database.
type memClaims struct {
	mu    sync.Mutex
	taken map[int64]bool
	busy  map[int64]bool // being handled by another replica
	fail  bool
}

func (c *memClaims) Claim(_ context.Context, id int64) (bool, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fail {
		return false, false, errDBDown
	}
	if c.busy[id] {
		return false, true, nil
	}
	if c.taken[id] {
		return false, false, nil // handled already
	}
	c.taken[id] = true
	return true, false, nil
}

func (c *memClaims) Done(context.Context, int64) error { return nil }

// TestWebhookClaims: an update another replica already claimed is
// acknowledged and not answered; without the database it is answered.
func TestWebhookClaims(t *testing.T) {
	claims := &memClaims{taken: map[int64]bool{777001: true}, busy: map[int64]bool{777004: true}}
	h := start(t, func(c *Config) {
		c.WebhookURL = "https://bot.example.org/hook"
		c.ListenAddr = "127.0.0.1:0"
		c.WebhookSecret = "s3cret"
		c.Claims = claims
	})
	<-h.b.listening
	post := func(id int, chat int64, want int) {
		u := privateMsg(chat, "/privacy")
		u["update_id"] = id
		body, _ := jsonMarshal(u)
		req, _ := http.NewRequest(http.MethodPost, "http://"+h.b.addr.String()+"/hook", bytes.NewReader(body))
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("update %d: status %d, want %d", id, resp.StatusCode, want)
		}
	}
	mark := h.f.mark()
	post(777001, 71, http.StatusOK)                 // handled by another replica
	post(777004, 74, http.StatusServiceUnavailable) // being handled by another: Telegram will resend
	post(777002, 72, http.StatusOK)
	claims.mu.Lock()
	claims.fail = true
	claims.mu.Unlock()
	post(777003, 73, http.StatusOK) // database down: answered anyway
	h.f.waitCalls(mark, 2, "sendMessage")
	time.Sleep(100 * time.Millisecond) // a reply to 71 would have come by now
	var chats []float64
	for _, c := range h.f.callsOf()[mark:] {
		if c.Method == "sendMessage" {
			chats = append(chats, c.Params["chat_id"].(float64))
		}
	}
	// Workers answer concurrently: 73's reply may go out before 72's.
	slices.Sort(chats)
	if len(chats) != 2 || chats[0] != 72 || chats[1] != 73 {
		t.Errorf("replies went to chats %v, want 72 and 73 only", chats)
	}
}
