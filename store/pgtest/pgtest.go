// Package pgtest runs a throwaway PostgreSQL server for tests that need
// to stop and restart one (fault tests): the machine's installation
// (found with pg_config --bindir), a cluster in a temporary directory
// owned by an unprivileged user (the postgres system user when the tests
// run as root: initdb refuses root), listening on a loopback port. Tests
// that only need a database use SCAMBOT_TEST_DATABASE_URL instead, which
// .ci/run provides.
package pgtest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Server is one running (or stopped) cluster.
type Server struct {
	// URL connects to the server's postgres database as its superuser.
	URL string

	bin, dir string
	port     int
	asUser   []string // runuser prefix when running as root
}

// Start initialises and starts a cluster, or skips the test with the
// reason when PostgreSQL is not installed. The server is stopped and its
// directory removed when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	out, err := exec.Command("pg_config", "--bindir").Output()
	if err != nil {
		t.Skip("PostgreSQL not installed (no pg_config): fault test skipped")
	}
	bin := strings.TrimSpace(string(out))
	if _, err := os.Stat(filepath.Join(bin, "pg_ctl")); err != nil {
		t.Skipf("no pg_ctl in %s: fault test skipped", bin)
	}
	dir, err := os.MkdirTemp("", "scambot-pg-")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{bin: bin, dir: dir}
	t.Cleanup(func() {
		s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "stop") //nolint:errcheck // may be stopped already
		os.RemoveAll(dir)
	})
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skip("running as root and no postgres user to own the cluster: fault test skipped")
		}
		uid, _ := strconv.Atoi(u.Uid)
		if err := os.Chown(dir, uid, -1); err != nil {
			t.Fatal(err)
		}
		s.asUser = []string{"runuser", "-u", "postgres", "--"}
	}
	if out, err := s.run("initdb", "-D", s.data(), "-U", "scambot", "-A", "trust", "--no-sync", "-E", "UTF8"); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.port = ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	s.URL = fmt.Sprintf("postgres://scambot@127.0.0.1:%d/postgres?sslmode=disable&connect_timeout=2", s.port)
	s.Start(t)
	return s
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

func (s *Server) run(tool string, args ...string) ([]byte, error) {
	argv := append(append([]string{}, s.asUser...), append([]string{filepath.Join(s.bin, tool)}, args...)...)
	return exec.Command(argv[0], argv[1:]...).CombinedOutput()
}

// Start starts the server (again), on the same port, and waits until it
// accepts connections.
func (s *Server) Start(t testing.TB) {
	t.Helper()
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off", s.port, s.dir)
	if out, err := s.run("pg_ctl", "-D", s.data(), "-l", filepath.Join(s.dir, "server.log"), "-w", "-t", "30", "-o", opts, "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "server.log"))
		t.Fatalf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
}

// Stop stops the server at once, cutting open connections, as a crash
// or a failover would.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	if out, err := s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop"); err != nil {
		t.Fatalf("pg_ctl stop: %v\n%s", err, out)
	}
}
