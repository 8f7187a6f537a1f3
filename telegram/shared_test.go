package telegram

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/lang"
)

// memShared is a SharedMemo in memory, as the database would hold it.
type memShared struct {
	mu   sync.Mutex
	m    map[string]string
	down bool
}

func (s *memShared) Put(_ context.Context, key, sealed string, _ time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.down {
		return errDBDown
	}
	s.m[key] = sealed
	return nil
}

func (s *memShared) Take(_ context.Context, key string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.down {
		return "", false, errDBDown
	}
	v, ok := s.m[key]
	delete(s.m, key)
	return v, ok, nil
}

// TestButtonsAcrossReplicas: the "offer or question?" buttons sent by one
// replica work when the press reaches another, the shared store holds
// neither the text nor the chat id in the clear, and a press is taken once.
func TestButtonsAcrossReplicas(t *testing.T) {
	shared := &memShared{m: map[string]string{}}
	withShared := func(c *Config) { c.Shared = shared }
	a, b := start(t, withShared), start(t, withShared)
	q := offerText + " Is this a real job?"
	if core.Route(q) != bot.RouteUnsure {
		t.Skipf("core routes the test text as %v, not RouteUnsure", core.Route(q))
	}
	const chat = 4242001
	bs := buttons(a.say(chat, q))
	if len(bs) != 2 {
		t.Fatalf("buttons = %v", bs)
	}
	shared.mu.Lock()
	for k, v := range shared.m {
		for _, leak := range []string{"real job", strconv.Itoa(chat), strings.Split(bs[0], ":")[1]} {
			if strings.Contains(k, leak) || strings.Contains(v, leak) {
				t.Errorf("shared memo %q=%q holds %q in the clear", k, v, leak)
			}
		}
	}
	shared.mu.Unlock()

	calls := b.do(callback(chat, 5, bs[0]), 2, "sendMessage", "answerCallbackQuery")
	var sent string
	for _, c := range calls {
		if c.Method == "sendMessage" {
			sent = text(c)
		}
	}
	wantCheck(t, sent)
	// Taken once: the other button, on the first replica, is now stale.
	c := a.do(callback(chat, 5, bs[1]), 1, "answerCallbackQuery")[0]
	if c.Params["text"] != bot.Messages(lang.English).BadCallback {
		t.Errorf("second press answered %v, want the bad-callback notice", c.Params["text"])
	}

	// A /check prompt on one replica, the offer sent to the other.
	a.say(chat, "/check")
	wantCheck(t, text(b.say(chat, offerText)))

	// Shared store down: the replica keeps the text itself; a press on
	// the same replica still works.
	shared.mu.Lock()
	shared.down = true
	shared.mu.Unlock()
	bs = buttons(a.say(chat, q))
	calls = a.do(callback(chat, 6, bs[1]), 2, "sendMessage", "answerCallbackQuery")
	for _, c := range calls {
		if c.Method == "answerCallbackQuery" && c.Params["text"] == bot.Messages(lang.English).BadCallback {
			t.Error("press on the same replica failed with the shared store down")
		}
	}
}
