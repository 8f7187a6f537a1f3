package discord

import (
	"strings"
	"unicode/utf8"
)

// Buttons carry a custom ID that comes back in the interaction. Anyone can
// send any custom ID, so each one is parsed strictly and its argument
// checked before use; anything else gets the "no longer valid" reply.
//
//	sb1:t:<topic id>          open a topic
//	sb1:topics                list the topics
//	sb1:hot[:<country>]       hotlines
//	sb1:help                  urgent help
//	sb1:pub                   post this ephemeral answer publicly
//	sb1:del:<channel>:<msg>   delete a scanned message (moderators)
//	sb1:dis                   dismiss an alert (moderators)
const idPrefix = "sb1:"

type button struct {
	kind string // "t", "topics", "hot", "help", "pub", "del", "dis"
	arg  string // topic id or country
	ch   string // for "del"
	msg  string // for "del"
}

func (b button) id() string {
	switch b.kind {
	case "t", "hot":
		if b.arg != "" {
			return idPrefix + b.kind + ":" + b.arg
		}
	case "del":
		return idPrefix + "del:" + b.ch + ":" + b.msg
	}
	return idPrefix + b.kind
}

// parseButton parses a custom ID; ok is false for anything malformed.
// Topic ids and countries are checked against the knowledge base by the
// caller.
func parseButton(id string) (button, bool) {
	if len(id) > 100 || !strings.HasPrefix(id, idPrefix) {
		return button{}, false
	}
	parts := strings.Split(id[len(idPrefix):], ":")
	switch b := (button{kind: parts[0]}); b.kind {
	case "topics", "help", "pub", "dis":
		if len(parts) != 1 {
			return button{}, false
		}
		return b, true
	case "t":
		if len(parts) != 2 || !isSlug(parts[1]) {
			return button{}, false
		}
		b.arg = parts[1]
		return b, true
	case "hot":
		if len(parts) > 2 {
			return button{}, false
		}
		if len(parts) == 2 {
			if parts[1] == "" || !utf8.ValidString(parts[1]) {
				return button{}, false
			}
			b.arg = parts[1]
		}
		return b, true
	case "del":
		if len(parts) != 3 || !isSnowflake(parts[1]) || !isSnowflake(parts[2]) {
			return button{}, false
		}
		b.ch, b.msg = parts[1], parts[2]
		return b, true
	}
	return button{}, false
}

// isSlug reports a knowledge-base article id: lowercase letters, digits
// and hyphens.
func isSlug(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// isSnowflake reports a Discord id: 1 to 20 decimal digits.
func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
