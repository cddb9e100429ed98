package serve

import (
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

const (
	// maxEnv is how many env requests a session may make: enough for LANG,
	// LC_* and COLORTERM, too few to fill memory with environment.
	maxEnv = 32
	// maxEnvBytes caps one env request; the SSH packet limit alone allows
	// hundreds of kilobytes.
	maxEnvBytes = 1024
	// maxTermBytes caps the TERM name in a pty-req.
	maxTermBytes = 256
)

// sessionChannel accepts a connection's first session channel and hands it
// to the SSH library's session handler through a filter on its requests.
// Later session channels are rejected: one connection, one session, so the
// per-connection limits are per-session limits too.
func (s *Server) sessionChannel(srv *ssh.Server, sc *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	c := stateOf(ctx)
	if c == nil || c.sessions.Add(1) > 1 {
		s.refused(sc.RemoteAddr(), "second session channel")
		_ = nc.Reject(gossh.Prohibited, "brief allows one session per connection")
		return
	}
	ssh.DefaultSessionHandler(srv, sc, &filteredChannel{NewChannel: nc, s: s, ctx: ctx, remote: sc.RemoteAddr().String()}, ctx)
}

// otherChannel rejects every channel type but "session": direct-tcpip (port
// forwarding), x11 and auth-agent channels.
func (s *Server) otherChannel(_ *ssh.Server, sc *gossh.ServerConn, nc gossh.NewChannel, _ ssh.Context) {
	s.refused(sc.RemoteAddr(), "channel type "+quote(nc.ChannelType()))
	_ = nc.Reject(gossh.Prohibited, "brief serves an interactive terminal only")
}

// globalRequest refuses global requests: remote port forwarding
// (tcpip-forward) and whatever else a client asks for. Keepalives are
// answered too, with "no", which is all OpenSSH needs from them.
func (s *Server) globalRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	switch req.Type {
	case "tcpip-forward", "cancel-tcpip-forward", "streamlocal-forward@openssh.com":
		s.refused(ctx.RemoteAddr(), "global request "+quote(req.Type))
	}
	return false, nil
}

// filteredChannel wraps a new session channel so that its requests pass
// through filterRequests before the SSH library sees them.
type filteredChannel struct {
	gossh.NewChannel
	s      *Server
	ctx    ssh.Context
	remote string
}

// Accept accepts the channel and returns its filtered request stream.
func (f *filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go f.filterRequests(reqs, out)
	return ch, out, nil
}

// filterRequests refuses the session requests brief never honours, caps the
// ones a client could repeat to use up memory, and clamps the window sizes
// in pty-req and window-change so that nothing downstream (the session's
// Pty, the program's first size) ever sees a size past the maximum.
func (f *filteredChannel) filterRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	env := 0
	envRefused := false
	for req := range in {
		pass := true
		switch req.Type {
		case "env":
			env++
			if env > maxEnv || len(req.Payload) > maxEnvBytes {
				pass = false
				if !envRefused {
					envRefused = true
					f.s.refusedRemote(f.remote, "env request over the cap")
				}
			}
		case "auth-agent-req@openssh.com", "x11-req":
			pass = false
			f.s.refusedRemote(f.remote, "session request "+quote(req.Type))
		case "pty-req":
			pass = clampPtyReq(req, f.s.cfg.MaxWidth, f.s.cfg.MaxHeight)
		case "window-change":
			pass = clampWindowChange(req, f.s.cfg.MaxWidth, f.s.cfg.MaxHeight)
		}
		if !pass {
			if req.WantReply {
				_ = req.Reply(false, nil)
			}
			continue
		}
		select {
		case out <- req:
		case <-f.ctx.Done():
			if req.WantReply {
				_ = req.Reply(false, nil)
			}
		}
	}
}

// ptyReq is the payload of a pty-req (RFC 4254 section 6.2).
type ptyReq struct {
	Term             string
	Columns, Rows    uint32
	WidthPx, HeightP uint32
	Modes            string
}

// windowChange is the payload of a window-change (RFC 4254 section 6.7).
type windowChange struct {
	Columns, Rows    uint32
	WidthPx, HeightP uint32
}

// clampPtyReq rewrites a pty-req's size in place to at most maxW x maxH. It
// reports false for a request to refuse: unparsable, or with a TERM name
// longer than any real terminal's.
func clampPtyReq(req *gossh.Request, maxW, maxH int) bool {
	var p ptyReq
	if err := gossh.Unmarshal(req.Payload, &p); err != nil || len(p.Term) > maxTermBytes {
		return false
	}
	p.Columns, p.Rows = clampDim(p.Columns, maxW), clampDim(p.Rows, maxH)
	p.WidthPx, p.HeightP = 0, 0
	req.Payload = gossh.Marshal(&p)
	return true
}

// clampWindowChange rewrites a window-change's size in place.
func clampWindowChange(req *gossh.Request, maxW, maxH int) bool {
	var w windowChange
	if err := gossh.Unmarshal(req.Payload, &w); err != nil {
		return false
	}
	w.Columns, w.Rows = clampDim(w.Columns, maxW), clampDim(w.Rows, maxH)
	w.WidthPx, w.HeightP = 0, 0
	req.Payload = gossh.Marshal(&w)
	return true
}

// clampDim caps one client-sent dimension. Zero stays zero: RFC 4254 says
// a zero dimension is to be ignored, and the program's filter does so.
func clampDim(v uint32, max int) uint32 {
	if int64(v) > int64(max) {
		return uint32(max)
	}
	return v
}
