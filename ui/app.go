// Package ui is everything Bubble Tea: the reader and serving it over SSH.
package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/model"
)

// Options configure one reader session.
// TEMPORARY: the reader of issue 3 replaces this file.
type Options struct {
	// Warnings are files that could not be loaded, shown in a status line.
	Warnings []string
}

// Model is the reader's root model.
type Model struct {
	b *model.Briefing
}

// New returns a reader for the briefing.
func New(b *model.Briefing, opts Options) *Model { return &Model{b: b} }

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

// View implements tea.Model.
func (m *Model) View() tea.View {
	s := ""
	for _, a := range m.b.Articles {
		s += a.Title + "\n"
	}
	return tea.NewView(s)
}

// Run shows the reader on the terminal, or prints the briefing when standard
// output is not a terminal.
func Run(ctx context.Context, b *model.Briefing, opts Options) error {
	_, err := tea.NewProgram(New(b, opts), tea.WithContext(ctx)).Run()
	return err
}
