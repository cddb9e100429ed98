package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// KeyMap is every key binding of the reader, with its help text.
type KeyMap struct {
	Up, Down           key.Binding
	PageUp, PageDown   key.Binding
	HalfUp, HalfDown   key.Binding
	Top, Bottom        key.Binding
	NextArt, PrevArt   key.Binding
	NextPane, PrevPane key.Binding
	Open, Back         key.Binding
	Filter             key.Binding
	Warnings           key.Binding
	Help, Quit         key.Binding
	// Overview opens the cross-article overview from the reader.
	Overview key.Binding
	// NextTab, PrevTab and Tab1..Tab3 switch the overview's tabs.
	NextTab, PrevTab key.Binding
	Tab1, Tab2, Tab3 key.Binding
	// Accept and Cancel apply while typing a filter.
	Accept, Cancel key.Binding
}

// DefaultKeyMap returns the reader's keys: arrows and vim keys.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, k, d string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, d))
	}
	return KeyMap{
		Up:       b([]string{"up", "k"}, "↑/k", "up"),
		Down:     b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   b([]string{"pgup", "b"}, "pgup/b", "page up"),
		PageDown: b([]string{"pgdown", "f", "space"}, "pgdn/f", "page down"),
		HalfUp:   b([]string{"ctrl+u", "u"}, "u", "half page up"),
		HalfDown: b([]string{"ctrl+d", "d"}, "d", "half page down"),
		Top:      b([]string{"g", "home"}, "g", "top"),
		Bottom:   b([]string{"G", "end"}, "G", "bottom"),
		NextArt:  b([]string{"n", "right", "l"}, "n/→", "next article"),
		PrevArt:  b([]string{"p", "left", "h"}, "p/←", "prev article"),
		NextPane: b([]string{"tab"}, "tab", "next pane"),
		PrevPane: b([]string{"shift+tab"}, "⇧tab", "prev pane"),
		Open:     b([]string{"enter"}, "enter", "open"),
		Back:     b([]string{"esc"}, "esc", "back"),
		Filter:   b([]string{"/"}, "/", "filter"),
		Warnings: b([]string{"w"}, "w", "skipped files"),
		Help:     b([]string{"?"}, "?", "help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
		Overview: b([]string{"o"}, "o", "overview"),
		NextTab:  b([]string{"tab", "right", "l"}, "tab/→", "next tab"),
		PrevTab:  b([]string{"shift+tab", "left", "h"}, "⇧tab/←", "prev tab"),
		Tab1:     b([]string{"1"}, "1", "entities"),
		Tab2:     b([]string{"2"}, "2", "corroborated"),
		Tab3:     b([]string{"3"}, "3", "timeline"),
		Accept:   b([]string{"enter"}, "enter", "apply filter"),
		Cancel:   b([]string{"esc"}, "esc", "clear filter"),
	}
}

// keyHelp adapts the key map to help.KeyMap for the pane in focus.
type keyHelp struct {
	k         KeyMap
	focus     focus
	filtering bool
	warnings  bool
	overview  bool // the overview screen is shown
}

var _ help.KeyMap = keyHelp{}

// ShortHelp implements help.KeyMap: the keys that matter in the focused pane.
func (h keyHelp) ShortHelp() []key.Binding {
	k := h.k
	if h.filtering {
		return []key.Binding{k.Accept, k.Cancel}
	}
	if h.overview {
		return []key.Binding{k.Up, k.Down, withHelp(k.NextTab, "tab/←→", "tabs"), withHelp(k.Open, "enter", "open"),
			withHelp(k.Back, "esc", "reader"), k.Help, k.Quit}
	}
	var bs []key.Binding
	switch h.focus {
	case focusList:
		bs = []key.Binding{k.Up, k.Down, k.Open, k.Filter, k.NextPane, k.Overview}
	case focusArticle:
		bs = []key.Binding{k.Up, k.Down, k.PageDown, k.NextArt, k.NextPane, k.Back}
	default:
		bs = []key.Binding{withHelp(k.Up, "↑/k", "prev item"), withHelp(k.Down, "↓/j", "next item"), k.NextArt, k.NextPane, k.Back}
	}
	if h.warnings {
		bs = append(bs, k.Warnings)
	}
	return append(bs, k.Help, k.Quit)
}

// FullHelp implements help.KeyMap.
func (h keyHelp) FullHelp() [][]key.Binding {
	k := h.k
	g := [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom},
		{k.NextPane, k.PrevPane, k.Open, k.Back, k.NextArt, k.PrevArt},
		{k.Filter, k.Overview, k.Help, k.Quit},
		{k.NextTab, k.PrevTab, k.Tab1, k.Tab2, k.Tab3},
	}
	if h.warnings {
		g[2] = append(g[2], k.Warnings)
	}
	return g
}

func withHelp(b key.Binding, k, d string) key.Binding {
	b.SetHelp(k, d)
	return b
}
