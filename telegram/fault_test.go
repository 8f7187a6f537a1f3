package telegram

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

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
	want := strings.SplitN(bot.Messages(lang.Thai).LangNotSaved, "%s", 2)[0]
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
