// Package serve runs the reader over SSH, one program per session.
package serve

import (
	"context"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Config configures the SSH server.
// TEMPORARY: issue 4 replaces this file.
type Config struct {
	Listen         string
	HostKeyPath    string
	AuthorizedKeys string
	MaxSessions    int
	IdleTimeout    time.Duration
	MaxSession     time.Duration
	// NewModel makes the program for one session.
	NewModel func() tea.Model
}

// Run serves until ctx is done.
func Run(ctx context.Context, cfg Config) error {
	return errors.New("serve is not implemented yet")
}
