package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
)

// Session describes the client's terminal to Config.NewModel.
type Session struct {
	// Width and Height are the terminal's size in cells, already clamped.
	Width, Height int
	// Term is the client's TERM.
	Term string
	// Profile is the colour profile the session's output is rendered in,
	// worked out from the client's TERM and environment, never the server's.
	Profile colorprofile.Profile
}

// Why a session ended, as context causes.
var (
	errIdle       = errors.New("idle")
	errMaxSession = errors.New("session too long")
	errShutdown   = errors.New("server shutting down")
	errPanic      = errors.New("panic")
	errClientEOF  = errors.New("client closed its input")
)

// needTerminal is the one line a client that asks for anything but an
// interactive terminal gets.
const needTerminal = "brief: an interactive terminal is needed; connect with ssh -t and no command"

// handle serves one session: it checks the session is an interactive
// terminal and runs the reader in it until the client quits, goes idle,
// stays too long, the server shuts down or the model panics.
func (s *Server) handle(sess ssh.Session) {
	c := stateOf(sess.Context())
	if c == nil {
		// Every connection passes connCallback; this is unreachable.
		fmt.Fprintln(sess.Stderr(), "brief: internal error")
		_ = sess.Exit(1)
		return
	}
	c.ref()
	defer c.unref()
	defer c.closeSoon()
	c.startedAt.Store(true)
	s.enter()
	defer s.leave()
	defer func() {
		// A panic in the session's own plumbing (not the model, which is
		// guarded) ends this session only.
		if r := recover(); r != nil {
			c.setEnded("panic")
			s.log.Error("panic in session", "remote", c.RemoteAddr().String(), "panic", r, "stack", string(debug.Stack()))
			fmt.Fprintln(sess.Stderr(), "\r\nbrief: internal error; the session ended\r")
			_ = sess.Exit(1)
		}
	}()

	pty, winch, isPty := sess.Pty()
	c.setClient(sess.User(), sess.PublicKey(), pty.Term, pty.Window.Width, pty.Window.Height)

	switch {
	case c.refuse != "":
		s.refuse(sess, c, c.refuse, "brief: "+c.refuse+"; try again later")
		return
	case s.shutdownCtx.Err() != nil:
		s.refuse(sess, c, "server shutting down", "brief: the server is shutting down")
		return
	case sess.RawCommand() != "":
		s.refuse(sess, c, "exec "+quote(sess.RawCommand()), needTerminal)
		return
	case !isPty:
		s.refuse(sess, c, "no pty", needTerminal)
		return
	}

	code, why, notice := s.run(sess, pty, winch)
	c.setEnded(why)
	if notice != "" {
		fmt.Fprint(sess.Stderr(), "\r\n"+notice+"\r\n")
	}
	_ = sess.Exit(code)
}

// refuse tells the client why in one line and ends the session with status 1.
func (s *Server) refuse(sess ssh.Session, c *conn, why, line string) {
	s.refusedRemote(c.RemoteAddr().String(), why)
	c.setEnded("refused: " + why)
	// Nobody reads window changes on a refused session; drain them so the
	// SSH library's request loop never blocks on a full channel.
	if _, winch, ok := sess.Pty(); ok {
		go drain(winch)
	}
	fmt.Fprint(sess.Stderr(), line+"\r\n")
	_ = sess.Exit(1)
}

// refuseSubsystem answers subsystem requests (sftp and the like).
func (s *Server) refuseSubsystem(sess ssh.Session) {
	c := stateOf(sess.Context())
	if c == nil {
		_ = sess.Exit(1)
		return
	}
	c.ref()
	defer c.unref()
	defer c.closeSoon()
	c.startedAt.Store(true)
	c.setClient(sess.User(), sess.PublicKey(), "", 0, 0)
	s.refuse(sess, c, "subsystem "+quote(sess.Subsystem()), needTerminal)
}

func drain(winch <-chan ssh.Window) {
	for range winch {
	}
}

// run runs the session's program and reports the exit status, how the
// session ended and the notice for the client, if any.
func (s *Server) run(sess ssh.Session, pty ssh.Pty, winch <-chan ssh.Window) (code int, why, notice string) {
	ctx, cancel := context.WithCancelCause(sess.Context())
	defer cancel(nil)
	stopShutdown := context.AfterFunc(s.shutdownCtx, func() { cancel(errShutdown) })
	defer stopShutdown()
	idle := time.AfterFunc(s.cfg.IdleTimeout, func() { cancel(errIdle) })
	defer idle.Stop()
	maxLen := time.AfterFunc(s.cfg.MaxSession, func() { cancel(errMaxSession) })
	defer maxLen.Stop()

	var panicOnce sync.Once
	onPanic := func(v any, stack []byte) {
		panicOnce.Do(func() {
			s.log.Error("panic in session", "remote", sess.RemoteAddr().String(), "panic", v, "stack", string(stack))
		})
		cancel(errPanic)
	}

	w, h := s.clampSize(pty.Window.Width, pty.Window.Height, 80, 24)
	env := clientEnv(sess.Environ(), pty.Term)
	info := Session{Width: w, Height: h, Term: pty.Term, Profile: colorprofile.Env(env)}
	model := s.newModel(info, onPanic)
	if model == nil {
		drainAsync(winch)
		return 1, "panic", "brief: internal error; the session ended"
	}

	in := &sessionInput{r: sess, ctx: ctx, onEOF: func() { cancel(errClientEOF) }}
	p := tea.NewProgram(&guarded{m: model, onPanic: onPanic},
		tea.WithContext(ctx),
		tea.WithInput(in),
		tea.WithOutput(sess),
		tea.WithEnvironment(env),
		tea.WithColorProfile(info.Profile),
		tea.WithWindowSize(w, h),
		tea.WithFilter(s.filter(idle)),
		// Signals belong to the server: a program's handler would catch
		// the server's SIGINT and SIGTERM.
		tea.WithoutSignalHandler(),
	)

	// Forward window changes until the SSH library closes the channel,
	// which it does when the session's requests end. Send returns at once
	// after the program has stopped, so this also drains.
	go func() {
		defer func() {
			if r := recover(); r != nil {
				onPanic(r, debug.Stack())
				drain(winch)
			}
		}()
		for win := range winch {
			p.Send(tea.WindowSizeMsg{Width: win.Width, Height: win.Height})
		}
	}()

	_, err := p.Run()
	cause := context.Cause(ctx)
	switch {
	case errors.Is(cause, errPanic) || errors.Is(err, tea.ErrProgramPanic):
		if !errors.Is(cause, errPanic) {
			// Bubble Tea caught it (a command inside tea.Sequence) and has
			// printed the stack to the server's stderr.
			s.log.Error("panic in session", "remote", sess.RemoteAddr().String(), "error", err)
		}
		return 1, "panic", "brief: internal error; the session ended"
	case errors.Is(cause, errIdle):
		return 1, "idle", fmt.Sprintf("brief: session ended after %s without a key press", s.cfg.IdleTimeout)
	case errors.Is(cause, errMaxSession):
		return 1, "max session length", fmt.Sprintf("brief: session ended: sessions last at most %s", s.cfg.MaxSession)
	case errors.Is(cause, errShutdown):
		return 1, "server shutdown", "brief: the server is shutting down; goodbye"
	case errors.Is(cause, errClientEOF), sess.Context().Err() != nil:
		return 0, "client closed", ""
	case err == nil || errors.Is(err, tea.ErrInterrupted):
		return 0, "quit", ""
	default:
		s.log.Warn("session program failed", "remote", sess.RemoteAddr().String(), "error", err)
		return 1, "error: " + err.Error(), "brief: the session failed"
	}
}

func drainAsync(winch <-chan ssh.Window) { go drain(winch) }

// newModel calls Config.NewModel, turning a panic into a nil model.
func (s *Server) newModel(info Session, onPanic func(any, []byte)) (m tea.Model) {
	defer func() {
		if r := recover(); r != nil {
			onPanic(r, debug.Stack())
			m = nil
		}
	}()
	return s.cfg.NewModel(info)
}

// filter is the session program's message filter. It clamps every window
// size, whether from a window-change or from the client's input stream (an
// in-band resize report), so one client cannot make the renderer allocate
// a huge screen; it restarts the idle timer on every key press, since the
// transport's idle timer is reset by the reader's own output; and it turns
// a suspend into a resume, since suspending would stop the whole server.
func (s *Server) filter(idle *time.Timer) func(tea.Model, tea.Msg) tea.Msg {
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch m := msg.(type) {
		case tea.WindowSizeMsg:
			if m.Width <= 0 || m.Height <= 0 {
				return nil // RFC 4254: zero dimensions are ignored
			}
			m.Width, m.Height = s.clampSize(m.Width, m.Height, 1, 1)
			return m
		case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg:
			// A reader scrolled with the wheel is being read, too.
			idle.Reset(s.cfg.IdleTimeout)
		case tea.SuspendMsg:
			return tea.ResumeMsg{}
		}
		return msg
	}
}

// clampSize bounds a client-sent size to the configured maximum, using the
// fallback for a missing (zero or negative) dimension.
func (s *Server) clampSize(w, h, fallbackW, fallbackH int) (int, int) {
	if w <= 0 {
		w = fallbackW
	}
	if h <= 0 {
		h = fallbackH
	}
	return min(w, s.cfg.MaxWidth), min(h, s.cfg.MaxHeight)
}

// clientEnv keeps the variables that describe the client's terminal and
// drops the rest: the program needs TERM, the colour hints and the locale,
// and nothing else the client sends should reach it.
func clientEnv(environ []string, term string) []string {
	env := make([]string, 0, 8)
	for _, kv := range environ {
		k, _, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		switch {
		case k == "COLORTERM", k == "NO_COLOR", k == "CLICOLOR", k == "CLICOLOR_FORCE",
			k == "LANG", strings.HasPrefix(k, "LC_"):
			env = append(env, kv)
		}
	}
	return append(env, "TERM="+term)
}

// sessionInput is the program's input. It ends the session when the client
// closes its side (Bubble Tea would otherwise keep running without input
// until the idle timeout), and it rations input to inputRate bytes a second
// after a burst: reading slower pushes back on the client through SSH flow
// control, so a client streaming endless input (an unterminated escape
// sequence or paste the input decoder buffers whole) cannot grow the
// decoder's buffer faster than that.
type sessionInput struct {
	r      io.Reader
	ctx    context.Context
	onEOF  func()
	tokens float64
	last   time.Time
}

const (
	inputRate  = 32 << 10
	inputBurst = 64 << 10
)

// Read implements io.Reader.
func (in *sessionInput) Read(p []byte) (int, error) {
	if len(p) > inputBurst {
		p = p[:inputBurst]
	}
	n, err := in.r.Read(p)
	if errors.Is(err, io.EOF) {
		in.onEOF()
	}
	now := time.Now()
	if in.last.IsZero() {
		in.tokens = inputBurst
	} else {
		in.tokens = min(inputBurst, in.tokens+now.Sub(in.last).Seconds()*inputRate)
	}
	in.last = now
	in.tokens -= float64(n)
	if in.tokens < 0 {
		wait := time.Duration(-in.tokens / inputRate * float64(time.Second))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-in.ctx.Done():
			t.Stop()
		}
	}
	return n, err
}
