package serve

import (
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// guarded runs a session's model with every call recovered: a panic in
// Init, Update, View or in a command the model returned is handed to
// onPanic (which logs it with its stack and ends this one session) instead
// of reaching Bubble Tea's own handler, which prints to the server's stderr.
// Commands inside tea.Sequence are out of reach (their message type is
// unexported); Bubble Tea's own recovery still ends the session for those.
type guarded struct {
	m       tea.Model
	onPanic func(v any, stack []byte)
}

// Init implements tea.Model.
func (g *guarded) Init() (cmd tea.Cmd) {
	defer g.recover(func() { cmd = nil })
	return g.wrap(g.m.Init())
}

// Update implements tea.Model.
func (g *guarded) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	defer g.recover(func() { cmd = nil })
	m, c := g.m.Update(msg)
	if m != nil {
		g.m = m
	}
	return g, g.wrap(c)
}

// View implements tea.Model.
func (g *guarded) View() (v tea.View) {
	defer g.recover(func() { v = tea.NewView("") })
	return g.m.View()
}

// recover must be deferred directly; reset sets the named results for the
// panicking call.
func (g *guarded) recover(reset func()) {
	if r := recover(); r != nil {
		g.onPanic(r, debug.Stack())
		reset()
	}
}

// wrap recovers panics in cmd, and in the commands of a batch it returns.
func (g *guarded) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer g.recover(func() { msg = nil })
		msg = cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(b))
			for i, c := range b {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}
