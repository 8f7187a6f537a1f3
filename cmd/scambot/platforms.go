package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/scambot/scambot/discord"
	"github.com/scambot/scambot/health"
	"github.com/scambot/scambot/store"
	"github.com/scambot/scambot/telegram"
	"github.com/scambot/scambot/web"
)

// runner is a platform adapter: it serves until ctx is cancelled, then
// finishes what is in flight and returns.
type runner interface {
	Run(ctx context.Context) error
}

// runPlatforms starts Telegram, Discord and/or the web site on one core and one settings
// store, and runs them until ctx is cancelled (SIGINT/SIGTERM) or one of
// them fails, which stops the others too.
func runPlatforms(ctx context.Context, cfg config, c *core, o *ops, logger *slog.Logger) error {
	st, err := openStore(ctx, cfg, logger)
	if err != nil {
		return fmt.Errorf("opening settings store: %w", err)
	}
	defer st.Close()
	logger.Info("settings store open", "backend", st.Backend())
	st.OnError(o.metrics.DatabaseError)
	o.health.Add("database", st.Ping)

	runners := map[string]runner{}
	if cfg.telegramToken != "" {
		tc := telegram.ConfigFromEnv(os.Getenv)
		tc.Logger = logger
		tc.Metrics = o.metrics
		if tc.WebhookURL != "" {
			tc.Claims = st.Claims("telegram") // replicas behind one webhook URL handle each update once
			if cfg.databaseURL != "" {
				// Replicas: a button pressed on one works on another.
				// Alone on the settings file, pending texts stay in memory.
				tc.Shared = st.Memos()
				// One ~30 messages/s budget for all replicas together, in
				// 200 ms slots of 6.
				tc.Budget = st.Budget("telegram", 6, 200*time.Millisecond)
			}
		}
		tb, err := telegram.New(tc, c.bot, st.Prefs("telegram"))
		if err != nil {
			return err
		}
		o.health.Add("telegram", health.Func(tb.Connected, "not connected"))
		runners["telegram"] = tb
	}
	if cfg.discordToken != "" {
		dc := discord.ConfigFromEnv(os.Getenv)
		dc.Logger = logger
		dc.Metrics = o.metrics
		db, err := discord.New(dc, c.bot, st)
		if err != nil {
			return err
		}
		o.health.Add("discord", health.Func(db.Connected, "gateway not connected"))
		runners["discord"] = db
	}

	if cfg.webAddr != "" {
		wc, err := web.ConfigFromEnv(os.Getenv)
		if err != nil {
			return err
		}
		wc.Logger = logger
		if cfg.metricsAddr == cfg.webAddr {
			wc.Ops = o.handler() // one server serves the site, /readyz and /metrics
		}
		ws := web.New(wc)
		ws.SetBot(c.bot) // the core is built and indexed by now
		runners["web"] = ws
	}

	o.started.Set(true, "")
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for name, r := range runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			logger.Info("platform starting", "platform", name)
			if err := r.Run(ctx); err != nil {
				mu.Lock()
				errs = append(errs, err) // adapters name themselves in their errors
				mu.Unlock()
				cancel() // one platform down stops the process, so a supervisor restarts it whole
			}
			logger.Info("platform stopped", "platform", name)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// openStore opens PostgreSQL when DATABASE_URL is set, the bbolt settings
// file in the data directory otherwise.
func openStore(ctx context.Context, cfg config, logger *slog.Logger) (*store.Store, error) {
	if cfg.databaseURL != "" {
		if !store.IsPostgresURL(cfg.databaseURL) {
			return nil, errors.New("DATABASE_URL must start with postgres:// or postgresql://")
		}
		return store.OpenPostgres(ctx, cfg.databaseURL)
	}
	if err := os.MkdirAll(cfg.dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("creating the data directory %s (SCAMBOT_DATA_DIR): %w", cfg.dataDir, err)
	}
	// Try writing first, so that the error names the directory and the
	// variable that set it rather than only the file.
	probe, err := os.CreateTemp(cfg.dataDir, ".write-test-*")
	if err != nil {
		return nil, fmt.Errorf("the data directory %s (SCAMBOT_DATA_DIR) is not writable: %w", cfg.dataDir, err)
	}
	probe.Close()
	os.Remove(probe.Name())
	path := filepath.Join(cfg.dataDir, store.FileName)
	st, err := store.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("%s (SCAMBOT_DATA_DIR): %w", path, err)
	}
	if old, ok := store.FindLegacySQLite(cfg.dataDir); ok {
		// Said at every start until the file is moved away: the settings
		// in it are not carried over (README, "Settings from before the
		// bbolt store").
		logger.Warn("an SQLite settings file from an older release is no longer read: Discord /scan settings and /lang choices saved in it must be set again; then move or delete it",
			"old", old, "now", path)
	}
	return st, nil
}
