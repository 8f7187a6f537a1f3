package telegram

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// SharedMemo keeps short-lived values where every replica sharing one
// database can take them (store.Memos). It only ever receives a keyed
// hash as the key and an encrypted value: no text, chat or user id in
// the clear.
type SharedMemo interface {
	Put(ctx context.Context, key, sealed string, expires time.Time) error
	Take(ctx context.Context, key string) (sealed string, found bool, err error)
}

// memos holds what a later update needs (the text behind an "offer or
// question?" button, what the next message is for). Alone it is this
// process's memory; with a SharedMemo, replicas share it, sealed with
// keys derived from the bot token, which every replica has and the
// database does not.
type memos struct {
	ns     string
	local  *memo
	shared SharedMemo
	aead   cipher.AEAD
	mac    []byte
	log    *slog.Logger
}

// newMemos returns memos in namespace ns; shared may be nil.
func newMemos(ns string, local *memo, shared SharedMemo, token string, log *slog.Logger) (*memos, error) {
	m := &memos{ns: ns, local: local, log: log}
	if shared == nil {
		return m, nil
	}
	keys, err := hkdf.Key(sha256.New, []byte(token), nil, "scambot telegram shared memo v1", 64)
	if err != nil {
		return nil, fmt.Errorf("telegram: deriving memo keys: %w", err)
	}
	block, err := aes.NewCipher(keys[:32])
	if err != nil {
		return nil, fmt.Errorf("telegram: memo cipher: %w", err)
	}
	if m.aead, err = cipher.NewGCM(block); err != nil {
		return nil, fmt.Errorf("telegram: memo cipher: %w", err)
	}
	m.shared, m.mac = shared, keys[32:]
	return m, nil
}

// id is the key as stored: a keyed hash, so the database cannot tell
// which chat or button it belongs to.
func (m *memos) id(key string) string {
	h := hmac.New(sha256.New, m.mac)
	h.Write([]byte(m.ns + "\x00" + key))
	return m.ns + ":" + base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

func (m *memos) seal(id, val string) string {
	nonce := make([]byte, m.aead.NonceSize())
	rand.Read(nonce)
	return base64.StdEncoding.EncodeToString(m.aead.Seal(nonce, nonce, []byte(val), []byte(id)))
}

func (m *memos) open(id, sealed string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(sealed)
	if err != nil || len(b) < m.aead.NonceSize() {
		return "", errors.New("malformed sealed memo")
	}
	n := m.aead.NonceSize()
	val, err := m.aead.Open(nil, b[:n], b[n:], []byte(id))
	if err != nil {
		return "", fmt.Errorf("opening sealed memo: %w", err)
	}
	return string(val), nil
}

// put keeps val under key for the memo's lifetime: shared when it can
// be, in this process otherwise (a press reaching this replica still works).
func (m *memos) put(ctx context.Context, key, val string) {
	now := time.Now()
	if m.shared != nil {
		id := m.id(key)
		err := m.shared.Put(ctx, id, m.seal(id, val), now.Add(m.local.ttl))
		if err == nil {
			return
		}
		m.log.Warn("shared memo unavailable, keeping it in this replica", "memo", m.ns, "err", err)
	}
	m.local.put(key, val, now)
}

// take returns and forgets the value under key.
func (m *memos) take(ctx context.Context, key string) (string, bool) {
	if v, ok := m.local.take(key, time.Now()); ok || m.shared == nil {
		return v, ok
	}
	id := m.id(key)
	sealed, found, err := m.shared.Take(ctx, id)
	if err != nil {
		m.log.Warn("reading shared memo", "memo", m.ns, "err", err)
		return "", false
	}
	if !found {
		return "", false
	}
	v, err := m.open(id, sealed)
	if err != nil {
		m.log.Warn("reading shared memo", "memo", m.ns, "err", err)
		return "", false
	}
	return v, true
}

// drop forgets key.
func (m *memos) drop(ctx context.Context, key string) {
	m.local.drop(key)
	if m.shared != nil {
		if _, _, err := m.shared.Take(ctx, m.id(key)); err != nil {
			m.log.Debug("dropping shared memo", "memo", m.ns, "err", err)
		}
	}
}
