package metrics

import (
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/distress"
	"github.com/scambot/scambot/offer"
)

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestNilRecordsNothing(t *testing.T) {
	var m *Metrics
	m.Update("telegram", "message")
	m.Observe(bot.OpAsk, bot.Reply{}, nil, time.Millisecond)
	m.Retry("telegram", "network")
	m.RateLimited("discord")
	m.Queue("telegram", 1)
	m.Reconnect("discord")
	m.DatabaseError("lang")
}

// A value outside the fixed lists becomes "other": a caller passing user
// text by mistake cannot put it in a label.
func TestStrayLabelValuesBecomeOther(t *testing.T) {
	m := New()
	secret := "my passport was taken by Mr Lee"
	m.Update(secret, secret)
	m.Retry("telegram", secret)
	m.DatabaseError(secret)
	m.Observe(bot.OpCheck, bot.Reply{Kind: bot.Kind(secret), Check: &offer.Result{Level: offer.Level(secret)}}, nil, 0)
	out := scrape(t, m)
	if strings.Contains(out, "passport") {
		t.Fatalf("user text in the exposition:\n%s", out)
	}
	for _, want := range []string{
		`scambot_updates_total{kind="other",platform="other"} 1`,
		`scambot_send_retries_total{platform="telegram",reason="other"} 1`,
		`scambot_database_errors_total{op="other"} 1`,
		`scambot_replies_total{kind="other"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s", want)
		}
	}
}

func TestReplyKind(t *testing.T) {
	for _, c := range []struct {
		r    bot.Reply
		err  error
		want string
	}{
		{bot.Reply{Kind: bot.KindAnswer}, nil, "answer"},
		{bot.Reply{Kind: bot.KindAbstain}, nil, "abstain"},
		{bot.Reply{Kind: bot.KindAnswer, Urgent: &distress.Finding{}}, nil, "help"},
		{bot.Reply{Kind: bot.KindCheck}, nil, "check"},
		{bot.Reply{}, errors.New("index closed"), "error"},
	} {
		if got := ReplyKind(c.r, c.err); got != c.want {
			t.Errorf("ReplyKind(%+v, %v) = %q, want %q", c.r.Kind, c.err, got, c.want)
		}
	}
}

func TestObserveChecksByLevel(t *testing.T) {
	m := New()
	for _, l := range []offer.Level{offer.High, offer.High, offer.Low, offer.Unknown} {
		m.Observe(bot.OpCheck, bot.Reply{Kind: bot.KindCheck, Check: &offer.Result{Level: l}}, nil, time.Millisecond)
	}
	out := scrape(t, m)
	for _, want := range []string{
		`scambot_offer_checks_total{level="high"} 2`,
		`scambot_offer_checks_total{level="low"} 1`,
		`scambot_offer_checks_total{level="unknown"} 1`,
		`scambot_check_duration_seconds_count 4`,
		`scambot_replies_total{kind="check"} 4`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s", want)
		}
	}
}
