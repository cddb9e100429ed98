// Command loadtest opens N concurrent PTY sessions against brief's SSH
// server and against the smallest Wish + Bubble Tea app, in the same run,
// and prints first-screen and key-to-frame latency and each server's memory.
// A third server, package serve running the minimal app's model, separates
// the cost of the hardening from the cost of the reader.
//
//	go build -o /tmp/brief . && go run ./ui/serve/cmd/loadtest -brief /tmp/brief -n 100
//
// Each server runs as its own process so that its memory is its own: peak
// RSS is read from /proc (Linux). The clients share the machine's cores with
// the server, so on a small machine the latencies include client work.
package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/activeterm"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/brief-reader/brief/ui/serve"
)

func main() {
	n := flag.Int("n", 100, "concurrent sessions per server")
	brief := flag.String("brief", "", "path to the brief binary (built with go build); empty skips it")
	key := flag.String("key", "j", "key pressed in each session once its first screen is up")
	width := flag.Int("width", 120, "terminal width")
	height := flag.Int("height", 40, "terminal height")
	serveMinimal := flag.String("serve-minimal", "", "internal: serve the minimal app on this address")
	serveHardened := flag.String("serve-hardened", "", "internal: serve the minimal model through package serve on this address")
	hostKey := flag.String("host-key", "", "internal: host key for -serve-minimal")
	flag.Parse()

	if *serveHardened != "" {
		err := serve.Run(signalContext(), serve.Config{
			Listen: *serveHardened, HostKeyPath: *hostKey, MaxSessions: *n, MaxPerClient: *n,
			NewModel: func(serve.Session) tea.Model { return &minimal{} },
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *serveMinimal != "" {
		if err := runMinimal(*serveMinimal, *hostKey); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}

	dir, err := os.MkdirTemp("", "brief-loadtest")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	self, err := os.Executable()
	if err != nil {
		fatal(err)
	}

	var results []result
	if *brief != "" {
		addr := freeAddr()
		nStr := strconv.Itoa(*n)
		cmd := exec.Command(*brief, "serve", "--listen", addr,
			"--host-key", filepath.Join(dir, "brief_host"),
			"--max-sessions", nStr, "--max-per-client", nStr)
		results = append(results, measure("brief serve", cmd, addr, *n, *key, *width, *height))
	}
	addr := freeAddr()
	cmd := exec.Command(self, "-n", strconv.Itoa(*n), "-serve-hardened", addr, "-host-key", filepath.Join(dir, "hardened_host"))
	results = append(results, measure("package serve, minimal model", cmd, addr, *n, *key, *width, *height))
	addr = freeAddr()
	cmd = exec.Command(self, "-serve-minimal", addr, "-host-key", filepath.Join(dir, "minimal_host"))
	results = append(results, measure("minimal Wish + Bubble Tea", cmd, addr, *n, *key, *width, *height))

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "server\tsessions ok\tfirst screen p50\tp95\tmax\tkey→frame p50\tp95\tmax\tRSS idle\tRSS peak\tper session\t\n")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d/%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.name, r.ok, r.n,
			ms(pct(r.first, 50)), ms(pct(r.first, 95)), ms(pct(r.first, 100)),
			ms(pct(r.key, 50)), ms(pct(r.key, 95)), ms(pct(r.key, 100)),
			mib(r.idleRSS), mib(r.peakRSS), mib((r.peakRSS-r.idleRSS)/int64(max(r.ok, 1))))
	}
	_ = tw.Flush()
	for _, r := range results {
		for _, e := range r.errs {
			fmt.Fprintf(os.Stderr, "%s: %s\n", r.name, e)
		}
	}
}

// result is one server's figures.
type result struct {
	name             string
	n, ok            int
	first, key       []time.Duration
	idleRSS, peakRSS int64 // bytes
	errs             []string
}

// measure starts the server, opens n sessions at once, waits for each first
// screen, presses key in each, and stops the server.
func measure(name string, cmd *exec.Cmd, addr string, n int, key string, w, h int) result {
	r := result{name: name, n: n}
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		r.errs = append(r.errs, err.Error())
		return r
	}
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}()
	if err := waitListening(addr); err != nil {
		r.errs = append(r.errs, err.Error()+"; server output: "+logs.String())
		return r
	}
	time.Sleep(200 * time.Millisecond)
	r.idleRSS, _ = procMem(cmd.Process.Pid)

	// Sample RSS too: VmHWM is the kernel's peak, the samples guard against
	// a kernel that does not report it.
	ctx, stopSampling := context.WithCancel(context.Background())
	var sampledPeak int64
	var sampling sync.WaitGroup
	sampling.Add(1)
	go func() {
		defer sampling.Done()
		for ctx.Err() == nil {
			if rss, _ := procMem(cmd.Process.Pid); rss > sampledPeak {
				sampledPeak = rss
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()

	type outcome struct {
		first, key time.Duration
		err        error
	}
	out := make(chan outcome, n)
	var ready, pressed sync.WaitGroup
	ready.Add(n)
	pressed.Add(1)
	for range n {
		go func() {
			s, first, err := open(addr, w, h)
			ready.Done()
			if err != nil {
				out <- outcome{err: err}
				return
			}
			defer s.close()
			pressed.Wait() // all sessions are up before any key is pressed
			lat, err := s.pressAndWait(key)
			out <- outcome{first: first, key: lat, err: err}
		}()
	}
	ready.Wait()
	pressed.Done()
	for range n {
		o := <-out
		if o.err != nil {
			r.errs = append(r.errs, o.err.Error())
			continue
		}
		r.ok++
		r.first = append(r.first, o.first)
		r.key = append(r.key, o.key)
	}
	_, hwm := procMem(cmd.Process.Pid)
	stopSampling()
	sampling.Wait()
	r.peakRSS = max(hwm, sampledPeak)
	return r
}

// session is one client session.
type session struct {
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.Writer
	mu     sync.Mutex
	out    bytes.Buffer
	grew   chan struct{} // signalled on every write
}

func (s *session) Write(p []byte) (int, error) {
	s.mu.Lock()
	s.out.Write(p)
	s.mu.Unlock()
	select {
	case s.grew <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (s *session) snapshot() (int, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Len(), s.out.String()
}

// firstScreenText is how much visible text makes a first screen: more than
// the terminal queries a program sends before its first frame.
const firstScreenText = 20

// open dials, requests a PTY and the shell, and returns once the first
// screen is up, with the time from dial to first screen.
func open(addr string, w, h int) (*session, time.Duration, error) {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(priv)
	start := time.Now()
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "load",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         30 * time.Second,
	})
	if err != nil {
		return nil, 0, fmt.Errorf("dial: %w", err)
	}
	sess, err := client.NewSession()
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("session: %w", err)
	}
	s := &session{client: client, sess: sess, grew: make(chan struct{}, 1)}
	sess.Stdout = s
	sess.Stderr = s
	if s.stdin, err = sess.StdinPipe(); err != nil {
		s.close()
		return nil, 0, err
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		s.close()
		return nil, 0, fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		s.close()
		return nil, 0, fmt.Errorf("shell: %w", err)
	}
	deadline := time.After(60 * time.Second)
	for {
		_, text := s.snapshot()
		if len(strings.TrimSpace(ansi.Strip(text))) >= firstScreenText {
			return s, time.Since(start), nil
		}
		select {
		case <-s.grew:
		case <-deadline:
			s.close()
			return nil, 0, fmt.Errorf("no first screen; got %q", text)
		}
	}
}

// pressAndWait lets the output settle, presses key and returns the time
// until the next output arrives.
func (s *session) pressAndWait(key string) (time.Duration, error) {
	quiet := time.NewTimer(150 * time.Millisecond)
	for settled := false; !settled; {
		select {
		case <-s.grew:
			quiet.Reset(150 * time.Millisecond)
		case <-quiet.C:
			settled = true
		}
	}
	before, _ := s.snapshot()
	start := time.Now()
	if _, err := io.WriteString(s.stdin, key); err != nil {
		return 0, fmt.Errorf("press: %w", err)
	}
	deadline := time.After(30 * time.Second)
	for {
		if n, _ := s.snapshot(); n > before {
			return time.Since(start), nil
		}
		select {
		case <-s.grew:
		case <-deadline:
			return 0, errors.New("no frame after the key press")
		}
	}
}

func (s *session) close() {
	_ = s.sess.Close()
	_ = s.client.Close()
}

// runMinimal serves the smallest Wish + Bubble Tea app: the stock
// middleware, activeterm, a model that shows a line and counts keys.
func runMinimal(addr, hostKey string) error {
	srv, err := wish.NewServer(
		wish.WithAddress(addr),
		wish.WithHostKeyPath(hostKey),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithMiddleware(
			bubbletea.Middleware(func(ssh.Session) (tea.Model, []tea.ProgramOption) { return &minimal{}, nil }),
			activeterm.Middleware(),
		),
	)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return srv.Serve(ln)
}

// signalContext is cancelled on SIGINT or SIGTERM.
func signalContext() context.Context {
	ctx, _ := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	return ctx
}

// minimal is the smallest useful model: text that changes on a key press.
type minimal struct{ keys int }

func (m *minimal) Init() tea.Cmd { return nil }

func (m *minimal) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if k.String() == "q" {
			return m, tea.Quit
		}
		m.keys++
	}
	return m, nil
}

func (m *minimal) View() tea.View {
	return tea.NewView(fmt.Sprintf("Hello from the smallest Wish + Bubble Tea app.\nKeys pressed: %d\n", m.keys))
}

// procMem returns a process's current and peak resident set size (VmRSS,
// VmHWM) in bytes.
func procMem(pid int) (rss, hwm int64) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		field, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			continue
		}
		switch field {
		case "VmRSS":
			rss = kb << 10
		case "VmHWM":
			hwm = kb << 10
		}
	}
	return rss, hwm
}

func freeAddr() string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitListening(addr string) error {
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("server on %s never listened", addr)
}

// pct is the p-th percentile of ds (nearest rank); 100 is the maximum.
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p+99)/100 - 1
	return s[max(0, min(i, len(s)-1))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

func fatal(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
