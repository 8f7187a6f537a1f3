package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Alert thresholds: the lowest offer-check level that raises an alert.
const (
	ThresholdHigh   = "high"
	ThresholdMedium = "medium"
)

// Guild is one Discord guild's scan settings. The zero value (no watched
// channels) means scanning is off.
type Guild struct {
	ID string
	// Watched are the channel ids whose new messages are checked, sorted.
	Watched []string
	// ModLog is the channel alerts go to; "" when unset.
	ModLog string
	// Threshold is ThresholdHigh or ThresholdMedium.
	Threshold string
}

// Watches reports whether channelID is watched.
func (g Guild) Watches(channelID string) bool {
	for _, c := range g.Watched {
		if c == channelID {
			return true
		}
	}
	return false
}

// Guild returns a guild's settings, defaults when none are stored.
func (s *Store) Guild(ctx context.Context, guildID string) (Guild, error) {
	g := Guild{ID: guildID, Threshold: ThresholdHigh}
	err := s.db.QueryRowContext(ctx,
		`SELECT modlog, threshold FROM guild_settings WHERE guild_id = ?`, guildID).Scan(&g.ModLog, &g.Threshold)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return Guild{}, fmt.Errorf("store: reading guild settings: %w", err)
	}
	rows, err := s.db.QueryContext(ctx,
		`SELECT channel_id FROM watched_channels WHERE guild_id = ? ORDER BY channel_id`, guildID)
	if err != nil {
		return Guild{}, fmt.Errorf("store: reading watched channels: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return Guild{}, fmt.Errorf("store: reading watched channels: %w", err)
		}
		g.Watched = append(g.Watched, c)
	}
	if err := rows.Err(); err != nil {
		return Guild{}, fmt.Errorf("store: reading watched channels: %w", err)
	}
	return g, nil
}

// Watch turns scanning of one channel on or off.
func (s *Store) Watch(ctx context.Context, guildID, channelID string, on bool) error {
	var err error
	if on {
		_, err = s.db.ExecContext(ctx,
			`INSERT OR IGNORE INTO watched_channels (guild_id, channel_id) VALUES (?, ?)`, guildID, channelID)
	} else {
		_, err = s.db.ExecContext(ctx,
			`DELETE FROM watched_channels WHERE guild_id = ? AND channel_id = ?`, guildID, channelID)
	}
	if err != nil {
		return fmt.Errorf("store: updating watched channel: %w", err)
	}
	return nil
}

// SetModLog sets the channel alerts go to ("" to unset).
func (s *Store) SetModLog(ctx context.Context, guildID, channelID string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, modlog) VALUES (?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET modlog = excluded.modlog`, guildID, channelID)
	if err != nil {
		return fmt.Errorf("store: setting mod-log channel: %w", err)
	}
	return nil
}

// SetThreshold sets the alert threshold, ThresholdHigh or ThresholdMedium.
func (s *Store) SetThreshold(ctx context.Context, guildID, threshold string) error {
	if threshold != ThresholdHigh && threshold != ThresholdMedium {
		return fmt.Errorf("store: invalid threshold %q", threshold)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO guild_settings (guild_id, threshold) VALUES (?, ?)
		ON CONFLICT (guild_id) DO UPDATE SET threshold = excluded.threshold`, guildID, threshold)
	if err != nil {
		return fmt.Errorf("store: setting threshold: %w", err)
	}
	return nil
}
