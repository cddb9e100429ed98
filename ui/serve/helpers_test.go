package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// testModel is a small model for the server's tests. Each state is drawn on
// a different row of an otherwise blank screen, so the renderer writes the
// whole token afresh and a test can find it in the stripped output.
type testModel struct {
	w, h int
	keys int
	last string
	n    int
}

func (m *testModel) Init() tea.Cmd { return nil }

func (m *testModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.n++
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q":
			return m, tea.Quit
		case "p":
			panic("test panic in Update")
		case "c":
			return m, func() tea.Msg { panic("test panic in a command") }
		case "b":
			return m, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("test panic in a batch") })
		}
		m.keys++
		m.last = msg.String()
		m.n++
	}
	return m, nil
}

func (m *testModel) View() tea.View {
	if m.last == "v" {
		panic("test panic in View")
	}
	rows := make([]string, 10)
	rows[m.n%len(rows)] = fmt.Sprintf("<size=%dx%d keys=%d last=%s>", m.w, m.h, m.keys, m.last)
	return tea.NewView(strings.Join(rows, "\n"))
}

// testServer is a server on a loopback port.
type testServer struct {
	*Server
	addr string
	logs *syncBuffer
	stop func() time.Duration // cancels Serve; returns how long it took to return
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServer runs a server with cfg's limits (zero fields take the test
// defaults) and the test model.
func startServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	if cfg.HostKeyPath == "" {
		cfg.HostKeyPath = t.TempDir() + "/host_ed25519"
	}
	if cfg.NewModel == nil {
		cfg.NewModel = func(Session) tea.Model { return &testModel{} }
	}
	if cfg.MaxPerClient == 0 {
		cfg.MaxPerClient = 50 // every test client is 127.0.0.1
	}
	if cfg.ConnBurst == 0 {
		cfg.ConnBurst = 10000
		cfg.ConnRate = 10000
	}
	logs := &syncBuffer{}
	cfg.Logger = log.NewWithOptions(logs, log.Options{Level: log.DebugLevel})
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := s.Serve(ctx, ln); err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	var once sync.Once
	var took time.Duration
	ts := &testServer{Server: s, addr: ln.Addr().String(), logs: logs}
	ts.stop = func() time.Duration {
		once.Do(func() {
			start := time.Now()
			cancel()
			<-done
			took = time.Since(start)
		})
		return took
	}
	t.Cleanup(func() {
		ts.stop()
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return ts
}

// newKey makes a client key.
func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial connects with a fresh key as user "reader".
func (ts *testServer) dial(t testing.TB) *gossh.Client {
	t.Helper()
	c, err := ts.dialAuth("reader", gossh.PublicKeys(newKey(t)))
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func (ts *testServer) dialAuth(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
}

// term is a client session with a PTY.
type term struct {
	t      testing.TB
	sess   *gossh.Session
	stdin  io.WriteCloser
	out    *syncBuffer
	errOut *syncBuffer
	done   chan error // Wait's result
}

// openTerm opens a PTY session of w x h running the shell (the reader).
func openTerm(t testing.TB, c *gossh.Client, w, h int) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	tm := &term{t: t, sess: sess, out: &syncBuffer{}, errOut: &syncBuffer{}, done: make(chan error, 1)}
	sess.Stdout = tm.out
	sess.Stderr = tm.errOut
	if tm.stdin, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatalf("pty-req: %v", err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatalf("shell: %v", err)
	}
	go func() { tm.done <- sess.Wait() }()
	t.Cleanup(func() { _ = sess.Close() })
	return tm
}

// screen is everything written so far, escape sequences removed.
func (tm *term) screen() string { return ansi.Strip(tm.out.String()) }

// waitFor waits until the output shows want.
func (tm *term) waitFor(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(tm.screen(), want) {
		if time.Now().After(deadline) {
			tm.t.Fatalf("output never showed %q; got %q (stderr %q)", want, tail(tm.screen()), tm.errOut.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// press sends keys as typed.
func (tm *term) press(keys string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.stdin, keys); err != nil {
		tm.t.Fatalf("press %q: %v", keys, err)
	}
}

// exit waits for the session to end and returns its exit status (-1 when
// it ended without one).
func (tm *term) exit() int {
	tm.t.Helper()
	select {
	case err := <-tm.done:
		return exitStatus(err)
	case <-time.After(10 * time.Second):
		tm.t.Fatalf("session did not end; output %q", tail(tm.screen()))
		return -1
	}
}

func exitStatus(err error) int {
	var ee *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitStatus()
	default:
		return -1
	}
}

func tail(s string) string {
	if len(s) > 300 {
		return "…" + s[len(s)-300:]
	}
	return s
}
