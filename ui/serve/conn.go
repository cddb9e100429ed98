package serve

import (
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// stateKey finds a connection's *conn in its ssh.Context.
type stateKey struct{}

// conn is one client connection: the net.Conn the SSH server reads, plus
// what the server knows about it. Its slot is given back, and one log line
// written, when both the connection has closed and its session handler (if
// any) has returned, so a session counts against the limits until its
// program has really stopped.
type conn struct {
	net.Conn
	srv    *Server
	ctx    ssh.Context
	client string // per-client limit key
	adm    admission
	refuse string // why, when adm is refusing
	start  time.Time

	idle    time.Duration // transport idle backstop
	dlMu    sync.Mutex
	outerDL time.Time // deadline the SSH library asked for (handshake, max)

	sessions  atomic.Int32 // session channels opened
	startedAt atomic.Bool  // a session handler has started
	noSession *time.Timer  // closes a connection that never starts a session
	linger    *time.Timer  // closes a connection whose session is over

	mu       sync.Mutex
	refs     int
	closed   bool
	user     string
	key      string
	term     string
	size     string
	ended    string
	released bool
}

// The transport's idle deadline is kept here rather than by the SSH
// library's IdleTimeout: charm.land/ssh v0.4.2 then rewrites its handshake
// deadline while its read loop reads it (a data race, fixed in v0.4.3).
// With IdleTimeout unset the library only sets deadlines through
// SetDeadline, which combines them with the idle one.

// Read implements net.Conn, pushing the idle deadline back.
func (c *conn) Read(p []byte) (int, error) {
	c.applyDeadline()
	return c.Conn.Read(p)
}

// Write implements net.Conn, pushing the idle deadline back.
func (c *conn) Write(p []byte) (int, error) {
	c.applyDeadline()
	return c.Conn.Write(p)
}

// SetDeadline records the SSH library's deadline and applies the earlier
// of it and the idle deadline.
func (c *conn) SetDeadline(t time.Time) error {
	c.dlMu.Lock()
	c.outerDL = t
	c.dlMu.Unlock()
	return c.applyDeadline()
}

func (c *conn) applyDeadline() error {
	c.dlMu.Lock()
	defer c.dlMu.Unlock()
	dl := c.outerDL
	if c.idle > 0 {
		if idle := time.Now().Add(c.idle); dl.IsZero() || idle.Before(dl) {
			dl = idle
		}
	}
	return c.Conn.SetDeadline(dl)
}

// stateOf returns the connection behind ctx, or nil.
func stateOf(ctx ssh.Context) *conn {
	c, _ := ctx.Value(stateKey{}).(*conn)
	return c
}

// Close closes the connection and, once its session is done too, releases it.
func (c *conn) Close() error {
	err := c.Conn.Close()
	c.mu.Lock()
	first := !c.closed
	c.closed = true
	c.mu.Unlock()
	if first {
		c.unref()
	}
	return err
}

// ref holds the connection's slot while a session handler runs.
func (c *conn) ref() {
	c.mu.Lock()
	c.refs++
	c.mu.Unlock()
}

// unref drops a hold; the last one releases the slot and logs the connection.
func (c *conn) unref() {
	c.mu.Lock()
	c.refs--
	done := c.refs < 0 && !c.released // -1: the connection's own hold is gone too
	if done {
		c.released = true
	}
	c.mu.Unlock()
	if done {
		c.release()
	}
}

func (c *conn) release() {
	if c.noSession != nil {
		c.noSession.Stop()
	}
	c.mu.Lock()
	if c.linger != nil {
		c.linger.Stop()
	}
	c.mu.Unlock()
	c.srv.slots.put(c.client, c.adm)
	c.srv.forget(c)
	c.mu.Lock()
	// No session was opened: take what authentication learnt. (Context.User
	// panics before authentication, so the value is read directly.)
	if user, ok := c.ctx.Value(ssh.ContextKeyUser).(string); ok && c.user == "" {
		c.user = quote(user)
		if pk, ok := c.ctx.Value(ssh.ContextKeyPublicKey).(ssh.PublicKey); ok {
			c.key = gossh.FingerprintSHA256(pk)
		}
	}
	ended := c.ended
	if ended == "" {
		ended = "closed before a session"
	}
	kv := []any{
		"remote", c.RemoteAddr().String(),
		"user", c.user,
		"key", c.key,
		"term", c.term,
		"size", c.size,
		"duration", time.Since(c.start).Round(time.Millisecond),
		"ended", ended,
	}
	c.mu.Unlock()
	c.srv.log.Info("connection closed", kv...)
}

// closeSoon closes the connection shortly after its one session ended, if
// the client has not hung up by then (OpenSSH does at once; other clients
// may keep an idle connection and its slot). The delay lets the client read
// the notice and exit status before the socket goes.
func (c *conn) closeSoon() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.linger == nil && !c.closed {
		c.linger = time.AfterFunc(lingerAfterSession, func() { _ = c.Conn.Close() })
	}
}

// setEnded records how the connection ended, keeping the first reason given.
func (c *conn) setEnded(why string) {
	c.mu.Lock()
	if c.ended == "" {
		c.ended = why
	}
	c.mu.Unlock()
}

// setClient records who the client said it was. The user name and TERM are
// the client's own words, so they are quoted: a name holding a newline or
// an escape sequence cannot forge a log line or drive the log's terminal.
func (c *conn) setClient(user string, key gossh.PublicKey, term string, w, h int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.user = quote(user)
	if key != nil {
		c.key = gossh.FingerprintSHA256(key)
	} else {
		c.key = "none (keyboard-interactive)"
	}
	c.term = quote(term)
	if w > 0 || h > 0 {
		c.size = strconv.Itoa(w) + "x" + strconv.Itoa(h)
	}
}
