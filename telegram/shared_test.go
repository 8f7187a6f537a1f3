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

// memBudget is a SendBudget of n sends per slot, shared like the database's.
type memBudget struct {
	mu    sync.Mutex
	n     int
	per   time.Duration
	slots map[int64]int
}

func (b *memBudget) Take(context.Context) (time.Duration, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	slot := now.UnixNano() / int64(b.per)
	b.slots[slot]++
	if b.slots[slot] <= b.n {
		return 0, nil
	}
	return time.Duration((slot+1)*int64(b.per) - now.UnixNano()), nil
}

// TestSharedSendBudget: two replicas with no limits of their own keep to
// the one budget together.
func TestSharedSendBudget(t *testing.T) {
	budget := &memBudget{n: 3, per: 100 * time.Millisecond, slots: map[int64]int{}}
	withBudget := func(c *Config) { c.Budget = budget }
	a, b := start(t, withBudget), start(t, withBudget)
	ma, mb := a.f.mark(), b.f.mark()
	// Begin just after a slot boundary: the 4th slot then starts 300 ms
	// from now at the earliest.
	time.Sleep(time.Until(time.Now().Truncate(budget.per).Add(budget.per + 5*time.Millisecond)))
	start := time.Now()
	for i := range 6 {
		a.f.push(privateMsg(int64(500+i), "/privacy"))
		b.f.push(privateMsg(int64(600+i), "/privacy"))
	}
	a.f.waitCalls(ma, 6, "sendMessage")
	b.f.waitCalls(mb, 6, "sendMessage")
	// 12 sends at 3 per 100 ms slot need 4 slots, the first no earlier
	// than the one start is in, so the last cannot go before the 4th
	// begins. Measured from that slot, not from start: on a loaded machine
	// the sleep above overshoots and start lands later in its slot.
	if earliest := start.Truncate(budget.per).Add(3 * budget.per); time.Now().Before(earliest) {
		t.Errorf("12 sends went out %v before the 4th slot began: faster than a shared 30/s budget allows", time.Until(earliest))
	}
	budget.mu.Lock()
	defer budget.mu.Unlock()
	granted := 0
	for _, used := range budget.slots {
		granted += min(used, budget.n)
	}
	if granted != 12 {
		t.Errorf("%d sends granted by the budget, want 12", granted)
	}
}
