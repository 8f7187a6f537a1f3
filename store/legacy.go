package store

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
)

// sqliteMagic opens every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// FindLegacySQLite returns the path of the SQLite settings file an older
// release left in dir, if there is one. It held Discord /scan settings
// (watched channels, mod-log channel, threshold, alert language per
// server), /lang choices per user, and short-lived update claims; the
// bbolt store starts empty, so the caller says so in the log and the
// settings are set again (README, "Settings from before the bbolt store").
func FindLegacySQLite(dir string) (string, bool) {
	path := filepath.Join(dir, LegacySQLiteFile)
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteMagic) {
		return "", false
	}
	return path, true
}
