package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Prefs are the per-user preferences of one platform. User ids of
// different platforms live in separate key spaces.
type Prefs struct {
	s        *Store
	platform string
}

// Prefs returns the preferences of platform ("telegram", "discord"...).
func (s *Store) Prefs(platform string) *Prefs {
	return &Prefs{s: s, platform: platform}
}

// Lang returns the user's chosen language, "" when none is stored.
func (p *Prefs) Lang(ctx context.Context, userID int64) (string, error) {
	var l string
	err := p.s.db.QueryRowContext(ctx,
		`SELECT lang FROM user_prefs WHERE platform = ? AND user_id = ?`, p.platform, userID).Scan(&l)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: reading language: %w", err)
	}
	return l, nil
}

// SetLang stores the user's chosen language; "" forgets it.
func (p *Prefs) SetLang(ctx context.Context, userID int64, lang string) error {
	var err error
	if lang == "" {
		_, err = p.s.db.ExecContext(ctx,
			`DELETE FROM user_prefs WHERE platform = ? AND user_id = ?`, p.platform, userID)
	} else {
		_, err = p.s.db.ExecContext(ctx, `INSERT INTO user_prefs (platform, user_id, lang) VALUES (?, ?, ?)
			ON CONFLICT (platform, user_id) DO UPDATE SET lang = excluded.lang`, p.platform, userID, lang)
	}
	if err != nil {
		return fmt.Errorf("store: setting language: %w", err)
	}
	return nil
}
