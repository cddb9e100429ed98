package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fit makes s exactly w cells wide: truncated or padded with spaces.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := cellWidth(s)
	if sw > w {
		// The cut may drop a style's reset: end with one so the style does
		// not bleed into the border.
		s = ansi.Truncate(s, w, "…") + "\x1b[m"
		sw = cellWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// blank is h lines of w spaces.
func blank(w, h int) []string {
	out := make([]string, max(h, 0))
	for i := range out {
		out[i] = strings.Repeat(" ", max(w, 0))
	}
	return out
}

// ink is a style's escape sequences, taken once per theme, so text drawn
// on every frame (borders, rows, markers) is styled by concatenation, not
// by lipgloss's Render, which measures, splits and aligns on every call.
// Only styles for which concatenation gives exactly what Render gives use
// it: underlined styles are rendered rune by rune and go through Render.
type ink struct {
	open, close string
	empty       string // what Render makes of ""
	style       lipgloss.Style
	exact       bool
}

func newInk(st lipgloss.Style) ink {
	const probe = "x y"
	r := st.Render(probe)
	open, close, ok := strings.Cut(r, probe)
	return ink{open: open, close: close, empty: st.Render(""), style: st, exact: ok}
}

// paint styles s as the style's Render would. Text Render would change
// (tabs, line breaks, nothing at all) goes through Render.
func (k ink) paint(s string) string {
	if s == "" {
		return k.empty
	}
	if !k.exact || strings.ContainsAny(s, "\t\n\r") {
		return k.style.Render(s)
	}
	return k.open + s + k.close
}

// box draws a rounded border of exactly w x h cells around body, with a
// title set into the top edge and an optional note (scroll position) in the
// bottom edge. Every returned line is exactly w cells wide, so panes can be
// joined side by side without garbling.
func box(st Styles, title string, note string, body []string, w, h int, focused bool) []string {
	if w < 2 || h < 2 {
		return blank(w, h)
	}
	bs := st.borders[0]
	if focused {
		bs = st.borders[1]
	}
	iw := w - 2
	out := make([]string, 0, h)

	// Top edge: ╭─ Title ───╮
	if title != "" && iw >= 3 {
		t := title
		tw := cellWidth(t)
		if tw > iw-2 {
			t = ansi.Truncate(title, iw-2, "…")
			tw = cellWidth(t)
		}
		top := bs.paint("─") + " " + t + " " + bs.paint(strings.Repeat("─", max(iw-tw-3, 0)))
		if tw+3 > iw {
			top = bs.paint("─") + fit(t, iw-1)
		}
		out = append(out, bs.paint("╭")+top+bs.paint("╮"))
	} else {
		out = append(out, bs.paint("╭"+strings.Repeat("─", iw)+"╮"))
	}

	side := bs.paint("│")
	for i := range h - 2 {
		line := ""
		if i < len(body) {
			line = body[i]
		}
		out = append(out, side+fit(line, iw)+side)
	}

	if nw := cellWidth(note); note != "" && nw+4 <= iw {
		out = append(out, bs.paint("╰"+strings.Repeat("─", iw-nw-3)+" ")+st.ink.help.paint(note)+bs.paint(" ─╯"))
	} else {
		out = append(out, bs.paint("╰"+strings.Repeat("─", iw)+"╯"))
	}
	return out
}
