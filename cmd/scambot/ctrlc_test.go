package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestMain lets a test run this binary as scambot itself (in a
// pseudo-terminal, as a person would run it).
func TestMain(m *testing.M) {
	if os.Getenv("SCAMBOT_TEST_MAIN") == "1" {
		os.Args = append([]string{"scambot"}, strings.Fields(os.Getenv("SCAMBOT_TEST_ARGS"))...)
		main()
		return
	}
	os.Exit(m.Run())
}

// screen collects what the program writes to its terminal.
// It answers the terminal queries a real terminal answers (Lip Gloss asks
// for the background colour, and the cursor position as a sentinel, when
// the program starts), so nothing waits for a reply that never comes.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
	tty io.Writer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if bytes.Contains(p, []byte("\x1b]11;?")) {
		io.WriteString(s.tty, "\x1b]11;rgb:0000/0000/0000\x1b\\")
	}
	if bytes.Contains(p, []byte("\x1b[6n")) {
		io.WriteString(s.tty, "\x1b[1;1R")
	}
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// Ctrl-C in a terminal ends the chat, and ask and check reading the
// terminal, at once with status 0. How promptly is not a timing assertion here (a
// loaded CI machine can stall any process for seconds); the bound only
// catches a program that ignores the signal, and the time taken is logged.
func TestCtrlCExitsZero(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the bot in a pseudo-terminal")
	}
	tests := []struct {
		name  string
		args  string
		input string // typed before Ctrl-C
		ready string // on screen when the program is waiting
	}{
		{"chat", "", "", "Check a job offer"},
		{"ask on stdin", "ask", "what is pig butchering\r", "sha zhu pan"},
		{"check on stdin", "check", "URGENT hiring in Sihanoukville\r", "Sihanoukville"}, // the terminal's echo
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), "SCAMBOT_TEST_MAIN=1", "SCAMBOT_TEST_ARGS="+tt.args,
				"TELEGRAM_TOKEN=", "DISCORD_TOKEN=", "TERM=xterm-256color")
			tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 100})
			if err != nil {
				t.Skipf("no pseudo-terminal here: %v", err)
			}
			defer tty.Close()
			out := screen{tty: tty}
			go io.Copy(&out, tty)
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			if tt.input != "" {
				time.Sleep(500 * time.Millisecond)
				io.WriteString(tty, tt.input)
			}
			deadline := time.Now().Add(90 * time.Second) // the machine may be busy
			for !strings.Contains(out.String(), tt.ready) {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("never showed %q:\n%s", tt.ready, out.String())
				}
				time.Sleep(20 * time.Millisecond)
			}
			time.Sleep(100 * time.Millisecond)
			start := time.Now()
			io.WriteString(tty, "\x03") // Ctrl-C
			select {
			case err := <-exited:
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					t.Errorf("exit status %d after Ctrl-C, want 0", ee.ExitCode())
				} else if err != nil {
					t.Error(err)
				}
				t.Logf("exited %v after Ctrl-C", time.Since(start))
			case <-time.After(15 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 15 s after Ctrl-C:\n%s", out.String())
			}
		})
	}
}
