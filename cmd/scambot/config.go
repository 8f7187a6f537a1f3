package main

import "os"

// config is what `scambot run` reads from the environment to decide what to
// start; each adapter reads its own variables (telegram.ConfigFromEnv,
// discord.ConfigFromEnv). .env.example documents every variable and the
// README has the table.
type config struct {
	dataDir       string // SCAMBOT_DATA_DIR, default "data"
	databaseURL   string // DATABASE_URL: postgres://… for a shared PostgreSQL; the bbolt settings file in dataDir when unset
	metricsAddr   string // METRICS_ADDR: /healthz, /readyz and /metrics; off when unset
	telegramToken string // TELEGRAM_TOKEN: Telegram on when set
	discordToken  string // DISCORD_TOKEN: Discord on when set
	webAddr       string // WEB_ADDR: the web site on when set (web.ConfigFromEnv reads the rest)
}

func configFromEnv() config {
	return config{
		dataDir:       envOr("SCAMBOT_DATA_DIR", "data"),
		databaseURL:   os.Getenv("DATABASE_URL"),
		metricsAddr:   os.Getenv("METRICS_ADDR"),
		telegramToken: os.Getenv("TELEGRAM_TOKEN"),
		discordToken:  os.Getenv("DISCORD_TOKEN"),
		webAddr:       os.Getenv("WEB_ADDR"),
	}
}

func (c config) anyPlatform() bool {
	return c.telegramToken != "" || c.discordToken != "" || c.webAddr != ""
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
