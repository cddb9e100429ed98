package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
)

// palette is the reader's handful of colours. Everything on screen, Glamour
// included, is styled from one palette so the dark and light variants stay
// consistent.
type palette struct {
	Text      string // body text
	Muted     string // dates, counts, help descriptions
	Subtle    string // unfocused borders
	Accent    string // focused borders, titles, selection marker
	Heading   string // section headings
	Cue       string // cue words (reporting verbs, hedges)
	HiFg      string // evidence highlight foreground
	HiBg      string // evidence highlight background
	Warn      string // warnings status line
	ClaimC    string // Claims panel title
	QuestionC string // Open questions panel title
	UnverC    string // Unverified panel title
}

func darkPalette() palette {
	return palette{
		Text: "#D8D8D8", Muted: "#8A8A8A", Subtle: "#4A4A4A", Accent: "#7AA2F7",
		Heading: "#E0AF68", Cue: "#73DACA", HiFg: "#1A1B26", HiBg: "#E0AF68",
		Warn: "#F7768E", ClaimC: "#9ECE6A", QuestionC: "#BB9AF7", UnverC: "#FF9E64",
	}
}

func lightPalette() palette {
	return palette{
		Text: "#2B2B2B", Muted: "#6B6B6B", Subtle: "#B8B8B8", Accent: "#2F5BD3",
		Heading: "#8A4B00", Cue: "#006D6D", HiFg: "#1A1A1A", HiBg: "#FFD866",
		Warn: "#B00020", ClaimC: "#2E7D32", QuestionC: "#6A1B9A", UnverC: "#B34700",
	}
}

// Styles are every lipgloss style the reader uses, grouped by area, plus the
// Glamour style config made from the same palette.
type Styles struct {
	Dark bool

	Border        color.Color
	BorderFocused color.Color
	PaneTitle     lipgloss.Style
	PaneTitleOn   lipgloss.Style
	PanelTitle    [3]lipgloss.Style

	List struct {
		Title       lipgloss.Style
		TitleSel    lipgloss.Style
		Meta        lipgloss.Style
		Marker      lipgloss.Style
		Filter      lipgloss.Style
		FilterInput lipgloss.Style
		Empty       lipgloss.Style
	}

	Article struct {
		Gutter lipgloss.Style
		Plain  lipgloss.Style
	}

	Panel struct {
		Text   lipgloss.Style
		Who    lipgloss.Style
		Cue    lipgloss.Style
		Marker lipgloss.Style
		Empty  lipgloss.Style
		// Also marks a claim other articles report too.
		Also lipgloss.Style
	}

	// Ov styles the overview's lists.
	Ov struct {
		Heading  lipgloss.Style // section headings and messages
		Name     lipgloss.Style // an entity's name
		Count    lipgloss.Style // "in N articles"
		Conflict lipgloss.Style // a conflict and its note; unresolved dates
		Single   lipgloss.Style // the single-source badge
		Badge    lipgloss.Style // "claim" beside an entity's sentence
		Date     lipgloss.Style // the timeline's date column
	}

	Tabs struct {
		Active   lipgloss.Style
		Inactive lipgloss.Style
		Sep      lipgloss.Style
	}

	Footer struct {
		Warn lipgloss.Style
		Help lipgloss.Style
	}

	// Help styles the bubbles help view (footer and help screen).
	Help help.Styles

	HelpScreen struct {
		Title lipgloss.Style
		Desc  lipgloss.Style
	}

	// Glamour renders article text; its Strong and Emph styles are
	// reserved for the evidence highlight and cue words, because article
	// text is escaped and can never produce emphasis of its own.
	Glamour ansi.StyleConfig

	// borders colour the pane borders, unfocused and focused, made once
	// from Border and BorderFocused.
	borders [2]ink

	// ink is the styles drawn on every frame, taken once per theme.
	ink struct {
		title, titleSel, meta, plain, panelText, who, also, help, cue ink
		// The selection markers, focused and not, and the article's
		// evidence gutter, styled already.
		listMarker, listMarkerOff, panelMarker, gutter string
	}
}

// NewStyles builds the reader's styles for a dark or light background.
func NewStyles(dark bool) Styles {
	p := lightPalette()
	if dark {
		p = darkPalette()
	}
	c := lipgloss.Color
	var s Styles
	s.Dark = dark
	s.Border = c(p.Subtle)
	s.BorderFocused = c(p.Accent)
	s.PaneTitle = lipgloss.NewStyle().Foreground(c(p.Muted)).Bold(true)
	s.PaneTitleOn = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true)
	s.PanelTitle = [3]lipgloss.Style{
		lipgloss.NewStyle().Foreground(c(p.ClaimC)).Bold(true),
		lipgloss.NewStyle().Foreground(c(p.QuestionC)).Bold(true),
		lipgloss.NewStyle().Foreground(c(p.UnverC)).Bold(true),
	}

	s.List.Title = lipgloss.NewStyle().Foreground(c(p.Text))
	s.List.TitleSel = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true)
	s.List.Meta = lipgloss.NewStyle().Foreground(c(p.Muted))
	s.List.Marker = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true)
	s.List.Filter = lipgloss.NewStyle().Foreground(c(p.Accent))
	s.List.FilterInput = lipgloss.NewStyle().Foreground(c(p.Text))
	s.List.Empty = lipgloss.NewStyle().Foreground(c(p.Muted)).Italic(true)

	s.Article.Gutter = lipgloss.NewStyle().Foreground(c(p.HiBg)).Bold(true)
	s.Article.Plain = lipgloss.NewStyle().Foreground(c(p.Text))

	s.Panel.Text = lipgloss.NewStyle().Foreground(c(p.Text))
	s.Panel.Who = lipgloss.NewStyle().Foreground(c(p.Muted)).Italic(true)
	s.Panel.Cue = lipgloss.NewStyle().Foreground(c(p.Cue)).Underline(true)
	s.Panel.Marker = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true)
	s.Panel.Empty = lipgloss.NewStyle().Foreground(c(p.Muted)).Italic(true)
	s.Panel.Also = lipgloss.NewStyle().Foreground(c(p.ClaimC))

	s.Ov.Heading = lipgloss.NewStyle().Foreground(c(p.Heading)).Bold(true)
	s.Ov.Name = lipgloss.NewStyle().Foreground(c(p.Text)).Bold(true)
	s.Ov.Count = lipgloss.NewStyle().Foreground(c(p.ClaimC)).Bold(true)
	s.Ov.Conflict = lipgloss.NewStyle().Foreground(c(p.Warn)).Bold(true)
	s.Ov.Single = lipgloss.NewStyle().Foreground(c(p.UnverC)).Bold(true)
	s.Ov.Badge = lipgloss.NewStyle().Foreground(c(p.ClaimC))
	s.Ov.Date = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true)

	s.Tabs.Active = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true).Underline(true)
	s.Tabs.Inactive = lipgloss.NewStyle().Foreground(c(p.Muted))
	s.Tabs.Sep = lipgloss.NewStyle().Foreground(c(p.Subtle))

	s.Footer.Warn = lipgloss.NewStyle().Foreground(c(p.Warn)).Bold(true)
	s.Footer.Help = lipgloss.NewStyle().Foreground(c(p.Muted))

	s.Help = help.Styles{
		ShortKey:       lipgloss.NewStyle().Foreground(c(p.Text)),
		ShortDesc:      lipgloss.NewStyle().Foreground(c(p.Muted)),
		ShortSeparator: lipgloss.NewStyle().Foreground(c(p.Subtle)),
		Ellipsis:       lipgloss.NewStyle().Foreground(c(p.Subtle)),
		FullKey:        lipgloss.NewStyle().Foreground(c(p.Text)).Bold(true),
		FullDesc:       lipgloss.NewStyle().Foreground(c(p.Muted)),
		FullSeparator:  lipgloss.NewStyle().Foreground(c(p.Subtle)),
	}

	s.HelpScreen.Title = lipgloss.NewStyle().Foreground(c(p.Accent)).Bold(true)
	s.HelpScreen.Desc = lipgloss.NewStyle().Foreground(c(p.Muted))

	s.Glamour = glamourStyle(p)
	s.borders = [2]ink{newInk(lipgloss.NewStyle().Foreground(s.Border)), newInk(lipgloss.NewStyle().Foreground(s.BorderFocused))}
	s.ink.title, s.ink.titleSel, s.ink.meta = newInk(s.List.Title), newInk(s.List.TitleSel), newInk(s.List.Meta)
	s.ink.plain, s.ink.panelText, s.ink.who = newInk(s.Article.Plain), newInk(s.Panel.Text), newInk(s.Panel.Who)
	s.ink.also, s.ink.help, s.ink.cue = newInk(s.Panel.Also), newInk(s.Footer.Help), newInk(s.Panel.Cue)
	s.ink.listMarker, s.ink.listMarkerOff = s.List.Marker.Render("▌ "), s.List.Meta.Render("▌ ")
	s.ink.panelMarker, s.ink.gutter = s.Panel.Marker.Render("▌ "), s.Article.Gutter.Render("▌")
	return s
}

// glamourStyle is a Glamour style config made from the palette. It is built
// here, never taken from Glamour's "auto" style, which would query the local
// terminal (wrong for an SSH client).
func glamourStyle(p palette) ansi.StyleConfig {
	str := func(s string) *string { return &s }
	yes := func() *bool { b := true; return &b }
	zero := uint(0)
	return ansi.StyleConfig{
		Document: ansi.StyleBlock{
			StylePrimitive: ansi.StylePrimitive{Color: str(p.Text)},
			Margin:         &zero,
		},
		Paragraph: ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.Text)}},
		Heading: ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{
			Color: str(p.Heading), Bold: yes(),
		}},
		H1: ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{
			Color: str(p.Accent), Bold: yes(),
		}},
		H2: ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{
			Prefix: "§ ", Color: str(p.Heading), Bold: yes(),
		}},
		H6: ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{
			Color: str(p.Muted), Bold: new(bool),
		}},
		Text:   ansi.StylePrimitive{},
		Emph:   ansi.StylePrimitive{Color: str(p.Cue), Underline: yes()},
		Strong: ansi.StylePrimitive{Color: str(p.HiFg), BackgroundColor: str(p.HiBg), Bold: yes()},
	}
}

// Mono adapts the styles to a terminal without colours (NO_COLOR, or a
// profile of ASCII): colours are dropped on output, so the evidence
// highlight becomes reverse video and the selected row stays bold.
func (s Styles) Mono() Styles {
	yes := true
	s.Glamour.Strong.Inverse = &yes
	s.Glamour.Strong.BackgroundColor = nil
	s.Glamour.Strong.Color = nil
	return s
}
