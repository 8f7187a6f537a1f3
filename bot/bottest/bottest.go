// Package bottest gives tests of the platform adapters the real core: the
// embedded knowledge base, its Bleve index and the offer checker, built
// once per test binary.
package bottest

import (
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
