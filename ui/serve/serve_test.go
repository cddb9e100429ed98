package serve

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// The reader is only worth serving if a PTY session shows it, follows the
// client's keys and window size.
func TestSession_ShowsModelAndFollowsKeysAndResize(t *testing.T) {
	ts := startServer(t, Config{})
	tm := openTerm(t, ts.dial(t), 80, 24)
	tm.waitFor("<size=80x24 keys=0 last=>")
	tm.press("j")
	tm.waitFor("<size=80x24 keys=1 last=j>")
	if err := tm.sess.WindowChange(30, 100); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("<size=100x30 keys=1 last=j>")
	tm.press("q")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit status after q = %d, want 0", code)
	}
	waitFor(t, "connection logged as quit", func() bool {
		return strings.Contains(ts.logs.String(), "ended=quit")
	})
}

// The factory hears the client's terminal, clamped, and its colour profile
// comes from the client's TERM, not from the server's environment.
func TestSession_NewModelGetsClientTerminal(t *testing.T) {
	got := make(chan Session, 1)
	ts := startServer(t, Config{NewModel: func(s Session) tea.Model { got <- s; return &testModel{} }})
	tm := openTerm(t, ts.dial(t), 90, 30)
	s := <-got
	if s.Width != 90 || s.Height != 30 || s.Term != "xterm-256color" {
		t.Errorf("session = %+v, want 90x30 xterm-256color", s)
	}
	if s.Profile.String() != "ANSI256" {
		t.Errorf("profile = %v, want ANSI256 from TERM=xterm-256color", s.Profile)
	}
	tm.press("q")
	tm.exit()
}

// Anything but an interactive terminal is refused with one line that says
// what to do, and a non-zero exit, so scripts see the failure.
func TestRefusesNonInteractive(t *testing.T) {
	ts := startServer(t, Config{})
	cases := map[string]func(*gossh.Session) error{
		"exec": func(s *gossh.Session) error { return s.Run("cat /etc/passwd") },
		"exec with pty": func(s *gossh.Session) error {
			if err := s.RequestPty("xterm", 24, 80, nil); err != nil {
				return err
			}
			return s.Run("ls")
		},
		"shell without pty": func(s *gossh.Session) error {
			if err := s.Shell(); err != nil {
				return err
			}
			return s.Wait()
		},
	}
	for name, run := range cases {
		t.Run(name, func(t *testing.T) {
			sess, err := ts.dial(t).NewSession()
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr syncBuffer
			sess.Stdout, sess.Stderr = &stdout, &stderr
			err = run(sess)
			if code := exitStatus(err); code != 1 {
				t.Errorf("exit status = %d (%v), want 1", code, err)
			}
			if got := stdout.String() + stderr.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, "ssh -t") {
				t.Errorf("client was told %q, want one line mentioning ssh -t", got)
			}
		})
	}
}

// An sftp client gets the same line. (Go's client cannot Wait on a
// subsystem session, so the exit status is not checked here.)
func TestRefusesSubsystem(t *testing.T) {
	ts := startServer(t, Config{})
	sess, err := ts.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := sess.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestSubsystem("sftp"); err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(stderr)
	if !strings.Contains(string(got), "ssh -t") {
		t.Errorf("sftp client was told %q", got)
	}
}

// Forwarding of any kind would turn the demo into a proxy.
func TestRefusesForwarding(t *testing.T) {
	ts := startServer(t, Config{})
	c := ts.dial(t)
	if conn, err := c.Dial("tcp", ts.addr); err == nil {
		conn.Close()
		t.Error("local port forwarding (direct-tcpip) was allowed")
	}
	if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Error("remote port forwarding (tcpip-forward) was allowed")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := agent.RequestAgentForwarding(sess); err == nil {
		t.Error("agent forwarding was allowed")
	}
	if ok, _ := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single        bool
		Proto, Cookie string
		Screen        uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok {
		t.Error("X11 forwarding was allowed")
	}
	// One session channel per connection.
	if s2, err := c.NewSession(); err == nil {
		s2.Close()
		t.Error("a second session channel on one connection was allowed")
	}
}

// A client may not pile up environment in the server's memory.
func TestCapsEnvRequests(t *testing.T) {
	ts := startServer(t, Config{})
	sess, err := ts.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	accepted := 0
	for i := range 2 * maxEnv {
		if sess.Setenv("LC_TEST"+string(rune('A'+i%26)), "x") == nil {
			accepted++
		}
	}
	if accepted != maxEnv {
		t.Errorf("accepted %d env requests, want the cap %d", accepted, maxEnv)
	}
	if sess.Setenv("LANG", strings.Repeat("x", 2*maxEnvBytes)) == nil {
		t.Error("an oversized env request was accepted")
	}
}

// The global and per-client limits hold, and a client over one is told why.
func TestLimits_SessionsAndPerClient(t *testing.T) {
	t.Run("global", func(t *testing.T) {
		ts := startServer(t, Config{MaxSessions: 2})
		a := openTerm(t, ts.dial(t), 80, 24)
		b := openTerm(t, ts.dial(t), 80, 24)
		a.waitFor("keys=0")
		b.waitFor("keys=0")
		over := openTerm(t, ts.dial(t), 80, 24)
		if code := over.exit(); code != 1 {
			t.Errorf("over-limit exit status = %d, want 1", code)
		}
		if !strings.Contains(over.errOut.String(), "server is full") {
			t.Errorf("over-limit client was told %q", over.errOut.String())
		}
		a.press("q")
		a.exit()
		waitFor(t, "slot released", func() bool { active, _, _ := ts.slots.counts(); return active == 1 })
		c := openTerm(t, ts.dial(t), 80, 24)
		c.waitFor("keys=0")
	})
	t.Run("per client", func(t *testing.T) {
		ts := startServer(t, Config{MaxPerClient: 1})
		a := openTerm(t, ts.dial(t), 80, 24)
		a.waitFor("keys=0")
		over := openTerm(t, ts.dial(t), 80, 24)
		over.exit()
		if !strings.Contains(over.errOut.String(), "too many sessions from your address") {
			t.Errorf("over-limit client was told %q", over.errOut.String())
		}
	})
	t.Run("connection rate", func(t *testing.T) {
		ts := startServer(t, Config{ConnRate: 0.001, ConnBurst: 2})
		for range 2 {
			ts.dial(t)
		}
		if c, err := ts.dialAuth("reader", gossh.PublicKeys(newKey(t))); err == nil {
			c.Close()
			t.Error("third connection in a burst of 2 was allowed")
		}
	})
}

// Idle means no key press: output from the reader does not keep a session
// alive, key presses do.
func TestIdleTimeout(t *testing.T) {
	ts := startServer(t, Config{IdleTimeout: 400 * time.Millisecond})
	tm := openTerm(t, ts.dial(t), 80, 24)
	tm.waitFor("keys=0")
	for range 4 { // 800ms of activity, longer than the timeout
		time.Sleep(200 * time.Millisecond)
		tm.press("j")
	}
	tm.waitFor("keys=4")
	select {
	case err := <-tm.done:
		t.Fatalf("session ended while keys were pressed: %v", err)
	default:
	}
	if code := tm.exit(); code != 1 {
		t.Errorf("idle exit status = %d, want 1", code)
	}
	if !strings.Contains(tm.errOut.String(), "without a key press") {
		t.Errorf("idle client was told %q", tm.errOut.String())
	}
}

func TestMaxSessionLength(t *testing.T) {
	ts := startServer(t, Config{MaxSession: 300 * time.Millisecond})
	tm := openTerm(t, ts.dial(t), 80, 24)
	tm.waitFor("keys=0")
	tm.exit()
	if !strings.Contains(tm.errOut.String(), "at most") {
		t.Errorf("client was told %q", tm.errOut.String())
	}
}

// A client-chosen size must not choose the server's memory use: a stock
// Wish + Bubble Tea server allocates the whole screen for a pty-req or
// window-change of any size.
func TestClampsSizes(t *testing.T) {
	ts := startServer(t, Config{})
	base := heapInuse()

	huge := openTerm(t, ts.dial(t), 100000, 100000)
	huge.waitFor("<size=500x200 keys=0")

	tm := openTerm(t, ts.dial(t), 80, 24)
	tm.waitFor("<size=80x24 keys=0")
	if err := tm.sess.WindowChange(100000, 100000); err != nil {
		t.Fatal(err)
	}
	tm.press("j")
	tm.waitFor("<size=500x200 keys=1")
	// An in-band resize report in the input stream (xterm mode 2048) is a
	// size the client sends too.
	tm.press("\x1b[48;100000;100000;0;0t")
	tm.press("k")
	tm.waitFor("keys=2")
	if strings.Contains(tm.screen(), "100000") {
		t.Error("an unclamped size reached the model")
	}

	grown := heapInuse() - base
	t.Logf("heap growth with two 500x200 sessions: %.1f MiB", float64(grown)/(1<<20))
	if grown > 64<<20 {
		t.Errorf("heap grew by %d MiB for two clamped sessions", grown>>20)
	}
}

func heapInuse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse)
}

// A panic ends its own session only; the server and the other sessions
// keep going.
func TestPanicIsolation(t *testing.T) {
	for _, key := range []string{"p", "c", "b", "v"} {
		t.Run(key, func(t *testing.T) {
			ts := startServer(t, Config{})
			other := openTerm(t, ts.dial(t), 80, 24)
			other.waitFor("keys=0")
			victim := openTerm(t, ts.dial(t), 80, 24)
			victim.waitFor("keys=0")
			victim.press(key)
			if code := victim.exit(); code != 1 {
				t.Errorf("panicked session exit status = %d, want 1", code)
			}
			if !strings.Contains(victim.errOut.String(), "internal error") {
				t.Errorf("client was told %q", victim.errOut.String())
			}
			other.press("j")
			other.waitFor("keys=1")
			again := openTerm(t, ts.dial(t), 80, 24)
			again.waitFor("keys=0")
			waitFor(t, "panic logged with stack", func() bool {
				l := ts.logs.String()
				return strings.Contains(l, "panic in session") && strings.Contains(l, "goroutine")
			})
		})
	}
}

// A factory that panics ends that session only.
func TestPanicInNewModel(t *testing.T) {
	ts := startServer(t, Config{NewModel: func(Session) tea.Model { panic("factory") }})
	tm := openTerm(t, ts.dial(t), 80, 24)
	if code := tm.exit(); code != 1 {
		t.Errorf("exit status = %d, want 1", code)
	}
	tm2 := openTerm(t, ts.dial(t), 80, 24)
	tm2.exit()
}

// Shutdown ends open sessions with a notice instead of waiting for them.
func TestShutdownEndsSessions(t *testing.T) {
	ts := startServer(t, Config{})
	var terms []*term
	for range 3 {
		tm := openTerm(t, ts.dial(t), 80, 24)
		tm.waitFor("keys=0")
		terms = append(terms, tm)
	}
	took := ts.stop()
	if took > 5*time.Second {
		t.Errorf("shutdown took %v, want under 5s", took)
	}
	t.Logf("shutdown with 3 sessions took %v", took)
	for _, tm := range terms {
		tm.exit()
		if !strings.Contains(tm.errOut.String(), "shutting down") {
			t.Errorf("client was told %q", tm.errOut.String())
		}
	}
	if _, err := ts.dialAuth("reader", gossh.PublicKeys(newKey(t))); err == nil {
		t.Error("server accepted a connection after shutdown")
	}
}

// With authorized keys only those keys get in, and nothing else is offered.
func TestAuthorizedKeysOnly(t *testing.T) {
	allowed, other := newKey(t), newKey(t)
	path := t.TempDir() + "/authorized_keys"
	if err := os.WriteFile(path, append([]byte("# the team\n"), gossh.MarshalAuthorizedKey(allowed.PublicKey())...), 0o600); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{AuthorizedKeys: path})
	if c, err := ts.dialAuth("a", gossh.PublicKeys(allowed)); err != nil {
		t.Errorf("authorized key refused: %v", err)
	} else {
		c.Close()
	}
	if c, err := ts.dialAuth("a", gossh.PublicKeys(other)); err == nil {
		c.Close()
		t.Error("unlisted key let in")
	}
	askedPassword := false
	if c, err := ts.dialAuth("a",
		gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil }),
		gossh.PasswordCallback(func() (string, error) { askedPassword = true; return "x", nil }),
	); err == nil {
		c.Close()
		t.Error("keyboard-interactive let in with authorized keys set")
	}
	if askedPassword {
		t.Error("server offered password authentication")
	}
}

// The open demo takes keyboard-interactive without prompts, never passwords.
func TestOpenDemoAuth(t *testing.T) {
	ts := startServer(t, Config{})
	prompts := -1
	c, err := ts.dialAuth("guest", gossh.KeyboardInteractive(func(_, _ string, q []string, _ []bool) ([]string, error) {
		prompts = len(q)
		return nil, nil
	}))
	if err != nil {
		t.Fatalf("keyboard-interactive refused: %v", err)
	}
	c.Close()
	if prompts > 0 {
		t.Errorf("keyboard-interactive asked %d questions", prompts)
	}
	askedPassword := false
	if c, err := ts.dialAuth("guest", gossh.PasswordCallback(func() (string, error) { askedPassword = true; return "", nil })); err == nil {
		c.Close()
		t.Error("password-only client let in")
	}
	if askedPassword {
		t.Error("server offered password authentication")
	}
}

// A user name is the client's own text: it must not be able to forge a log
// line.
func TestLogsEscapeClientStrings(t *testing.T) {
	ts := startServer(t, Config{})
	c, err := ts.dialAuth("eve\nlevel=ERROR msg=forged", gossh.PublicKeys(newKey(t)))
	if err != nil {
		t.Fatal(err)
	}
	tm := openTerm(t, c, 80, 24)
	tm.press("q")
	tm.exit()
	c.Close()
	waitFor(t, "connection logged", func() bool { return strings.Contains(ts.logs.String(), "connection closed") })
	for _, line := range strings.Split(ts.logs.String(), "\n") {
		if strings.HasPrefix(line, "level=ERROR") || strings.HasPrefix(line, "ERRO") {
			t.Errorf("forged log line: %q", line)
		}
	}
	if !strings.Contains(ts.logs.String(), `eve\\nlevel`) && !strings.Contains(ts.logs.String(), `eve\nlevel`) {
		t.Errorf("user name not logged escaped:\n%s", ts.logs.String())
	}
}

// The host key is made once, private, and reused.
func TestHostKey_CreatedPrivateAndReused(t *testing.T) {
	path := t.TempDir() + "/sub/host_ed25519"
	s1, err := New(Config{HostKeyPath: path, NewModel: func(Session) tea.Model { return &testModel{} }, Logger: nopLogger()})
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode = %v, want 0600", fi.Mode().Perm())
	}
	s2, err := New(Config{HostKeyPath: path, NewModel: func(Session) tea.Model { return &testModel{} }, Logger: nopLogger()})
	if err != nil {
		t.Fatal(err)
	}
	if s1.Fingerprint() != s2.Fingerprint() || !strings.HasPrefix(s1.Fingerprint(), "SHA256:") {
		t.Errorf("fingerprints %q and %q: key not reused", s1.Fingerprint(), s2.Fingerprint())
	}
	data, _ := os.ReadFile(path)
	if !bytes.Contains(data, []byte("OPENSSH PRIVATE KEY")) {
		t.Error("host key is not an OpenSSH private key")
	}
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// After many sessions come and go, the server holds no more goroutines or
// heap than before: nothing per session outlives it.
func TestManySessionsLeaveNoResidue(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	ts := startServer(t, Config{MaxSessions: 100})
	// Warm up once so lazily built package state is in the baseline.
	runSession(t, ts)
	time.Sleep(100 * time.Millisecond)
	baseG, baseHeap := runtime.NumGoroutine(), heapInuse()

	const workers = 8
	var wg sync.WaitGroup
	errs := make(chan error, n)
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				if err := runSessionErr(ts); err != nil {
					errs <- err
				}
			}
		}()
	}
	start := time.Now()
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	t.Logf("%d sessions in %v", n, time.Since(start))

	var g int
	var heap int64
	waitFor(t, "goroutines back to baseline", func() bool {
		g, heap = runtime.NumGoroutine(), heapInuse()
		return g <= baseG+2
	})
	t.Logf("goroutines %d -> %d, heap %.1f -> %.1f MiB", baseG, g, float64(baseHeap)/(1<<20), float64(heap)/(1<<20))
	if heap > baseHeap+8<<20 {
		t.Errorf("heap grew from %d to %d bytes over %d sessions", baseHeap, heap, n)
	}
	active, refusing, clients := ts.slots.counts()
	if active != 0 || refusing != 0 || clients != 0 {
		t.Errorf("slots not released: active %d, refusing %d, clients %d", active, refusing, clients)
	}
	ts.mu.Lock()
	conns := len(ts.conns)
	ts.mu.Unlock()
	if conns != 0 {
		t.Errorf("%d connections still tracked", conns)
	}
}

func runSession(t testing.TB, ts *testServer) {
	t.Helper()
	if err := runSessionErr(ts); err != nil {
		t.Fatal(err)
	}
}

// runSessionErr opens a session, waits for the first screen, quits.
func runSessionErr(ts *testServer) error {
	c, err := ts.dialAuth("reader", gossh.PublicKeys(newKeyNoT()))
	if err != nil {
		return err
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return err
	}
	defer sess.Close()
	out := &syncBuffer{}
	sess.Stdout = out
	in, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "keys=0") {
		if time.Now().After(deadline) {
			return errors.New("no first screen")
		}
		time.Sleep(2 * time.Millisecond)
	}
	if _, err := in.Write([]byte("q")); err != nil {
		return err
	}
	return sess.Wait()
}
