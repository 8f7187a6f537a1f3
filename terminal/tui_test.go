package terminal

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/scambot/scambot/bot"
	"github.com/scambot/scambot/bot/bottest"
	"github.com/scambot/scambot/lang"
	"github.com/scambot/scambot/offer"
	"github.com/scambot/scambot/printable/printabletest"
)

// The full-screen chat driven as a person would: typing, pasting,
// pressing Enter and Ctrl-C, on a 100×40 terminal.

func startTUI(t *testing.T) *teatest.TestModel {
	t.Helper()
	b := bottest.Core(t)
	// The language detector loads its models on first use: not on the
	// clock of a test's wait.
	lang.Detect("boleh tak saya tahu macam mana nak buat laporan")
	m := newModel(context.Background(), b, "")
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 40))
	waitFor(t, tm, "Check a job offer")
	return tm
}

// waitFor waits until the screen shows want (the output stream, read as
// it comes).
func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(want))
	}, teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func typeAndSend(tm *teatest.TestModel, s string) {
	tm.Type(s)
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
}

func paste(tm *teatest.TestModel, s string) {
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true})
}

// finish quits with Ctrl-C and returns the model, failing if the program
// is still running a second later.
func finish(t *testing.T, tm *teatest.TestModel) *model {
	t.Helper()
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	return tm.FinalModel(t, teatest.WithFinalTimeout(time.Second)).(*model)
}

// lastReply is the newest bot output.
func lastReply(t *testing.T, m *model) output {
	t.Helper()
	for i := len(m.entries) - 1; i >= 0; i-- {
		if !m.entries[i].user {
			return m.entries[i].out
		}
	}
	t.Fatal("no reply")
	return output{}
}

func TestTUIMultiLinePasteIsCheckedAsOneOffer(t *testing.T) {
	tm := startTUI(t)
	offerText := "URGENT HIRING - customer service in Sihanoukville, Cambodia\n" +
		"Salary 3000 USD per month, no experience needed\n\n" +
		"Free flight and visa, the company keeps your passport\n" +
		"Contact us on Telegram only\n" +
		"Send a copy of your passport today"
	paste(tm, offerText)
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Signs found")
	m := finish(t, tm)
	var users, checks int
	for _, e := range m.entries {
		if e.user {
			users++
		} else if e.out.Reply != nil && e.out.Reply.Kind == bot.KindCheck {
			checks++
		}
	}
	if users != 1 || checks != 1 {
		t.Fatalf("%d messages sent and %d checks for one pasted offer", users, checks)
	}
	r := lastReply(t, m)
	if r.Reply.Check.Level == "low" || !strings.Contains(r.Offer, "Contact us on Telegram only\nSend a copy") {
		t.Errorf("check of the paste: level %s, offer %q", r.Reply.Check.Level, r.Offer)
	}
	// The offer is shown with its signal words highlighted.
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	view := highlightOffer(r.Offer, r.Reply.Check)
	if !strings.Contains(view, "\x1b[") || !strings.Contains(view, "Sihanoukville") {
		t.Errorf("offer not highlighted: %q", view)
	}
}

func TestTUIHotlinesCountryContacts(t *testing.T) {
	tm := startTUI(t)
	typeAndSend(tm, "/hotlines")
	waitFor(t, tm, "Vietnam")
	idx := -1
	for i, c := range bottest.Core(t).Countries("en") {
		if c == "Vietnam" {
			idx = i + 1
		}
	}
	if idx < 0 {
		t.Fatal("no Vietnam in the hotlines")
	}
	typeAndSend(tm, strconv.Itoa(idx))
	waitFor(t, tm, "113")
	m := finish(t, tm)
	r := lastReply(t, m)
	if r.Reply == nil || r.Reply.Title != "Vietnam" || !strings.Contains(r.Reply.Body, "113") {
		t.Errorf("choice %d after /hotlines: %+v", idx, r.Reply)
	}
}

func TestTUITopicOpensInFull(t *testing.T) {
	tm := startTUI(t)
	typeAndSend(tm, "/topic trapped-what-to-do")
	waitFor(t, tm, "STAY SAFE FIRST") // the first section's heading
	m := finish(t, tm)
	content, _ := m.render(100)
	for _, h := range []string{"STAY SAFE FIRST", "WHO TO CONTACT", "WHAT TO SEND", "IF YOU ARE BEING TAKEN NOW", "Sources", "https://"} {
		if !strings.Contains(content, h) {
			t.Errorf("topic lacks %q", h)
		}
	}
}

func TestTUIChoicesWork(t *testing.T) {
	tm := startTUI(t)
	typeAndSend(tm, "3") // the welcome's third button: I need help now
	waitFor(t, tm, "Hotlines")
	typeAndSend(tm, "/topics")
	waitFor(t, tm, "Money mules")
	m := finish(t, tm)
	if r := lastReply(t, m); len(r.Choices) < 27 {
		t.Errorf("/topics offers %d choices", len(r.Choices))
	}
}

func TestTUIUnsureAsksWithChoices(t *testing.T) {
	tm := startTUI(t)
	typeAndSend(tm, "Hiring now: customer service job in Cambodia, salary $2000 a month, free flight and hotel, no experience needed, apply on Telegram")
	waitFor(t, tm, "Check it as a job offer")
	typeAndSend(tm, "1")
	waitFor(t, tm, "Signs found")
	m := finish(t, tm)
	if r := lastReply(t, m); r.Reply == nil || r.Reply.Kind != bot.KindCheck {
		t.Errorf("choosing 'check it' gave %+v", r)
	}
}

func TestTUIHistoryWithArrows(t *testing.T) {
	tm := startTUI(t)
	typeAndSend(tm, "what is pig butchering")
	waitFor(t, tm, "Sources")
	tm.Send(tea.KeyMsg{Type: tea.KeyUp})
	m := finish(t, tm)
	if got := m.ta.Value(); got != "what is pig butchering" {
		t.Errorf("Up recalls %q", got)
	}
}

func TestTUICtrlCQuitsAtOnce(t *testing.T) {
	tm := startTUI(t)
	start := time.Now()
	finish(t, tm)
	if d := time.Since(start); d > time.Second {
		t.Errorf("Ctrl-C took %v", d)
	}
}

func TestTUIShowsNoControlSequencesFromUsers(t *testing.T) {
	tm := startTUI(t)
	paste(tm, "/check URGENT job in Sihanoukville "+printabletest.Hostile+" salary $3000, free flight, send passport")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Signs found")
	m := finish(t, tm)
	content, _ := m.render(100)
	// Only the chat's own styling may use ESC; nothing else unsafe.
	var bad []rune
	for _, r := range printabletest.Found(content) {
		if r != 0x1b {
			bad = append(bad, r)
		}
	}
	// Nor the payload of a sequence whose ESC alone was dropped. Hostile's
	// raw 8-bit CSI byte reaches the chat as U+FFFD already (a key
	// message carries runes, as a UTF-8 terminal decodes them), after
	// which its "31m" is ordinary text.
	var left []string
	for _, l := range printabletest.Leftovers(content) {
		if l != "31mD" {
			left = append(left, l)
		}
	}
	if len(bad) > 0 || len(left) > 0 || strings.Contains(content, "\x1b]") ||
		strings.Contains(content, "\x1b[2J") {
		t.Errorf("user text reached the screen unescaped: %q %q\n%s", bad, left, content)
	}
}

// TestHighlightOfferMarksWhatTheWebMarks: the chat marks the words
// offer.Result.Highlights names — a rule's in red, a counter-signal's in
// green — and not the learned model's phrases, which its explanation lists.
func TestHighlightOfferMarksWhatTheWebMarks(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	text := "Contact us on Telegram, licensed agency"
	res := &offer.Result{
		Signals: []offer.Signal{
			{Rule: "model.scam-like", Category: "model", Spans: []offer.Span{{Start: 8, End: 10}}},
			{Rule: "channel.telegram", Category: "channel", Spans: []offer.Span{{Start: 14, End: 22}}},
		},
		Counter: []offer.Signal{{Category: "counter", Spans: []offer.Span{{Start: 24, End: 39}}}},
	}
	want := "Contact us on " + styleMark.Render("Telegram") + ", " + styleCounter.Render("licensed agency")
	if got := highlightOffer(text, res); got != want {
		t.Errorf("highlightOffer = %q, want %q", got, want)
	}
}
