// Package bottest holds what the platform adapters' tests share: the real
// core (the embedded knowledge base, its Bleve index and the offer
// checker, built once per test binary) and a log sink safe for concurrent
// handlers.
package bottest

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/scambot/scambot/answer"
	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/knowledge"
	"github.com/scambot/scambot/offer"
)

var (
	once sync.Once
	core *bot.Bot
	err  error
)

// Core returns the shared core, failing the test if it cannot be built.
func Core(tb testing.TB) *bot.Bot {
	tb.Helper()
	once.Do(func() {
		var kb *knowledge.Base
		kb, err = knowledge.Load("")
		if err != nil {
			return
		}
		var eng *answer.Engine
		eng, err = answer.NewEngine(context.Background(), kb)
		if err != nil {
			return
		}
		core = bot.New(kb, eng, offer.New())
	})
	if err != nil {
		tb.Fatalf("building the core: %v", err)
	}
	return core
}

// Logs collects log output written by concurrent handlers, so a test can
// check that no message text or token was logged.
type Logs struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Logs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// Reset forgets what was written so far.
func (l *Logs) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.Reset()
}

func (l *Logs) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
