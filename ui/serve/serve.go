// Package serve runs a Bubble Tea model over SSH for strangers: one
// program per interactive session, with limits on everything a client
// controls (sizes, sessions, connections, time) and nothing the client sends
// ever reaching a shell. It knows nothing of the reader: Config.NewModel
// makes each session's model.
package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// Config configures the SSH server. Zero values take the defaults below.
type Config struct {
	// Listen is the TCP address, 127.0.0.1:23234 by default: listening on
	// all interfaces is an explicit choice.
	Listen string
	// HostKeyPath is the host key, created (ed25519, mode 0600) on first
	// start; DefaultHostKeyPath when empty.
	HostKeyPath string
	// AuthorizedKeys, when set, names an authorized_keys file: only those
	// keys get in. When empty the server is an open demo: any public key,
	// or keyboard-interactive with no prompts. Passwords are never asked.
	AuthorizedKeys string
	// MaxSessions caps concurrent sessions (100).
	MaxSessions int
	// MaxPerClient caps concurrent sessions from one client address, an
	// IPv6 /64 counting as one address (5).
	MaxPerClient int
	// IdleTimeout ends a session after this long without a key press (10m).
	IdleTimeout time.Duration
	// MaxSession ends a session this long after it started (1h).
	MaxSession time.Duration
	// HandshakeTimeout bounds the SSH handshake, authentication included (10s).
	HandshakeTimeout time.Duration
	// ConnRate and ConnBurst limit new connections per client address with
	// a token bucket: ConnBurst at once, then ConnRate a second
	// (1/s, and 2 x MaxPerClient but at least 10).
	ConnRate  float64
	ConnBurst int
	// MaxWidth and MaxHeight clamp every size a client sends (500 x 200).
	MaxWidth, MaxHeight int
	// NewModel makes the model for one session. It is called once per
	// session, on that session's goroutine.
	NewModel func(Session) tea.Model
	// Logger receives the server's structured log; a charm logger on
	// stderr when nil.
	Logger *log.Logger
}

// Defaults for Config's zero values.
const (
	DefaultListen       = "127.0.0.1:23234"
	DefaultMaxSessions  = 100
	DefaultMaxPerClient = 5
	DefaultIdleTimeout  = 10 * time.Minute
	DefaultMaxSession   = time.Hour
	DefaultMaxWidth     = 500
	DefaultMaxHeight    = 200
)

const (
	// maxRefusing is how many over-limit connections may finish their
	// handshake at once to be told why; beyond that they are closed at once.
	maxRefusing = 8
	// maxRateClients bounds the rate limiter's map.
	maxRateClients = 10000
	// sessionStartTimeout closes a connection that has not started a
	// session this long after it arrived, so an idle authenticated
	// connection cannot hold a slot.
	sessionStartTimeout = 30 * time.Second
	// lingerAfterSession is how long a connection may stay once its session
	// is over.
	lingerAfterSession = time.Second
	// backstop is added to the session limits to give the transport's own
	// timers, which end connections the session code could not (a client
	// that stopped reading, a stuck write).
	backstop = time.Minute
	// shutdownGrace is how long shutdown waits for clients to close their
	// connections after their sessions were ended, before closing them.
	shutdownGrace = 2 * time.Second
)

func (c Config) withDefaults() Config {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.MaxPerClient <= 0 {
		c.MaxPerClient = DefaultMaxPerClient
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.MaxSession <= 0 {
		c.MaxSession = DefaultMaxSession
	}
	if c.HandshakeTimeout <= 0 {
		c.HandshakeTimeout = 10 * time.Second
	}
	if c.ConnRate <= 0 {
		c.ConnRate = 1
	}
	if c.ConnBurst <= 0 {
		c.ConnBurst = max(10, 2*c.MaxPerClient)
	}
	if c.MaxWidth <= 0 {
		c.MaxWidth = DefaultMaxWidth
	}
	if c.MaxHeight <= 0 {
		c.MaxHeight = DefaultMaxHeight
	}
	if c.Logger == nil {
		c.Logger = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true, Prefix: "serve"})
	}
	return c
}

// Server is an SSH server for one model factory. Make it with New and run
// it with Serve; Run does both.
type Server struct {
	cfg         Config
	log         *log.Logger
	ssh         *ssh.Server
	fingerprint string
	authorized  map[string]struct{}

	slots *slots
	rate  *rateLimiter

	shutdownCtx context.Context
	shutdown    context.CancelFunc

	mu       sync.Mutex
	conns    map[string]*conn // live connections by remote address
	handlers int              // session handlers running
}

// New prepares a server: it loads or creates the host key and reads the
// authorized keys, so configuration errors show before anything listens.
func New(cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	if cfg.NewModel == nil {
		return nil, errors.New("serve: Config.NewModel is nil")
	}
	s := &Server{
		cfg:   cfg,
		log:   cfg.Logger,
		slots: newSlots(cfg.MaxSessions, cfg.MaxPerClient, maxRefusing),
		rate:  newRateLimiter(cfg.ConnRate, cfg.ConnBurst, maxRateClients),
		conns: map[string]*conn{},
	}
	s.shutdownCtx, s.shutdown = context.WithCancel(context.Background())

	path := cfg.HostKeyPath
	if path == "" {
		var err error
		if path, err = DefaultHostKeyPath(); err != nil {
			return nil, err
		}
	}
	signer, created, loose, err := loadOrCreateHostKey(path)
	if err != nil {
		return nil, err
	}
	s.fingerprint = gossh.FingerprintSHA256(signer.PublicKey())
	if created {
		s.log.Info("created host key", "path", path, "fingerprint", s.fingerprint)
	}
	if loose {
		s.log.Warn("host key is readable by others; chmod 600 it", "path", path)
	}
	if cfg.AuthorizedKeys != "" {
		if s.authorized, err = loadAuthorizedKeys(cfg.AuthorizedKeys); err != nil {
			return nil, err
		}
	}

	auth := []ssh.Option{wish.WithPublicKeyAuth(s.publicKey)}
	if s.authorized == nil {
		auth = append(auth, wish.WithKeyboardInteractiveAuth(
			func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }))
	}
	// The host key goes first: wish.NewServer would otherwise write a
	// fresh id_ed25519 into the working directory.
	opts := append([]ssh.Option{
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithAddress(cfg.Listen),
		wish.WithVersion("brief"),
		wish.WithMaxTimeout(cfg.MaxSession + backstop),
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler { return s.handle }),
		ssh.WrapConn(s.connCallback),
	}, auth...)
	if s.ssh, err = wish.NewServer(opts...); err != nil {
		return nil, fmt.Errorf("configure SSH server: %w", err)
	}
	s.ssh.ConnectionFailedCallback = s.connFailed
	s.ssh.HandshakeTimeout = cfg.HandshakeTimeout
	s.ssh.ChannelHandlers = map[string]ssh.ChannelHandler{
		"session": s.sessionChannel,
		"default": s.otherChannel, // direct-tcpip, x11, agent channels
	}
	s.ssh.RequestHandlers = map[string]ssh.RequestHandler{"default": s.globalRequest}
	s.ssh.SubsystemHandlers = map[string]ssh.SubsystemHandler{"default": s.refuseSubsystem}
	// Nil port forwarding callbacks deny all forwarding; the tcpip handlers
	// are not even registered. No PasswordHandler: passwords are never asked.
	return s, nil
}

// Fingerprint is the host key's SHA256 fingerprint, as ssh prints it.
func (s *Server) Fingerprint() string { return s.fingerprint }

// Run serves cfg.Listen until ctx is done, then ends every session with a
// notice and returns within about five seconds. Pass a context cancelled
// on SIGINT and SIGTERM.
func Run(ctx context.Context, cfg Config) error {
	s, err := New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Listen, err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done (or ln fails), then shuts down: it
// stops accepting, ends every session with a notice, waits briefly for
// clients to hang up and closes the connections that remain. It returns
// within about three seconds of ctx being done.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.log.Info("serving",
		"address", ln.Addr().String(),
		"fingerprint", s.fingerprint,
		"auth", s.authMode(),
		"max_sessions", s.cfg.MaxSessions,
		"max_per_client", s.cfg.MaxPerClient,
		"idle_timeout", s.cfg.IdleTimeout,
		"max_session", s.cfg.MaxSession,
	)
	errc := make(chan error, 1)
	go func() { errc <- s.ssh.Serve(ln) }()

	var serveErr error
	defer func() { _ = ln.Close() }() // in case Serve had not tracked it yet
	select {
	case <-ctx.Done():
		s.log.Info("shutting down")
	case serveErr = <-errc:
		if errors.Is(serveErr, ssh.ErrServerClosed) {
			serveErr = nil
		}
	}
	s.stop()
	return serveErr
}

// stop ends everything. Wish's Shutdown alone waits for sessions to end on
// their own, which a reader left open never does, so the sessions are told
// to end first.
func (s *Server) stop() {
	graceCtx, cancelGrace := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancelGrace()
	done := make(chan error, 1)
	go func() { done <- s.ssh.Shutdown(graceCtx) }() // closes the listener first
	s.shutdown()                                     // every session ends with a notice
	if err := <-done; err != nil {
		s.log.Warn("closing connections still open after shutdown grace", "error", err)
	}
	_ = s.ssh.Close()

	// Programs stop within milliseconds once their connection is gone;
	// bound the wait all the same.
	deadline := time.Now().Add(time.Second)
	for s.running() > 0 {
		if time.Now().After(deadline) {
			s.log.Warn("sessions still stopping at exit", "sessions", s.running())
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.log.Info("stopped")
}

// authMode names the access policy for the start log.
func (s *Server) authMode() string {
	if s.authorized != nil {
		return "authorized keys"
	}
	return "open demo"
}

// enter and leave count running session handlers (a WaitGroup would not
// allow handlers starting while shutdown waits).
func (s *Server) enter() {
	s.mu.Lock()
	s.handlers++
	s.mu.Unlock()
}

func (s *Server) leave() {
	s.mu.Lock()
	s.handlers--
	s.mu.Unlock()
}

func (s *Server) running() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handlers
}

// connCallback runs when a connection arrives, before the handshake: it
// drops clients over their connection rate and admits the connection to a
// session slot, or to a refusal place where it will be told why, or drops it.
func (s *Server) connCallback(ctx ssh.Context, nc net.Conn) net.Conn {
	remote := nc.RemoteAddr()
	if s.shutdownCtx.Err() != nil {
		return nil
	}
	key := clientKey(remote)
	if !s.rate.allow(key, time.Now()) {
		s.refused(remote, "connection rate")
		return nil
	}
	adm, why := s.slots.take(key)
	if adm == dropped {
		s.refused(remote, why+" (no refusal place left)")
		return nil
	}
	c := &conn{Conn: nc, srv: s, ctx: ctx, client: key, idle: s.cfg.IdleTimeout + backstop, adm: adm, refuse: why, start: time.Now()}
	c.noSession = time.AfterFunc(sessionStartTimeout, func() {
		if !c.startedAt.Load() {
			c.setEnded("no session started in " + sessionStartTimeout.String())
			_ = c.Conn.Close()
		}
	})
	ctx.SetValue(stateKey{}, c)
	s.mu.Lock()
	s.conns[remote.String()] = c
	s.mu.Unlock()
	return c
}

// forget drops a released connection from the live set.
func (s *Server) forget(c *conn) {
	s.mu.Lock()
	if s.conns[c.RemoteAddr().String()] == c {
		delete(s.conns, c.RemoteAddr().String())
	}
	s.mu.Unlock()
}

// connFailed logs a connection that failed its handshake or authentication.
// The SSH library passes its own wrapper, so the connection is found by
// its remote address.
func (s *Server) connFailed(nc net.Conn, err error) {
	s.mu.Lock()
	c := s.conns[nc.RemoteAddr().String()]
	s.mu.Unlock()
	if c != nil {
		c.setEnded("handshake failed: " + err.Error())
		return // logged when the connection is released
	}
	s.refused(nc.RemoteAddr(), "handshake failed: "+err.Error())
}

// publicKey admits any key in the open demo, else only authorized ones.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.authorized == nil {
		return true
	}
	_, ok := s.authorized[string(key.Marshal())]
	return ok
}

// refused logs a refusal.
func (s *Server) refused(remote net.Addr, why string) {
	addr := "unknown"
	if remote != nil {
		addr = remote.String()
	}
	s.refusedRemote(addr, why)
}

func (s *Server) refusedRemote(remote, why string) {
	s.log.Info("refused", "remote", remote, "why", why)
}

// quote escapes a client-supplied string for a log line with
// strconv.Quote, so that control characters and newlines show as escapes
// whatever the log's formatter does. The outer quotes are dropped because
// the formatter adds its own where needed.
func quote(v string) string {
	q := strconv.Quote(v)
	return q[1 : len(q)-1]
}
