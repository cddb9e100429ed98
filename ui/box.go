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
	sw := ansi.StringWidth(s)
	if sw > w {
		// The cut may drop a style's reset: end with one so the style does
		// not bleed into the border.
		s = ansi.Truncate(s, w, "…") + "\x1b[m"
		sw = ansi.StringWidth(s)
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

// box draws a rounded border of exactly w x h cells around body, with a
// title set into the top edge and an optional note (scroll position) in the
// bottom edge. Every returned line is exactly w cells wide, so panes can be
// joined side by side without garbling.
func box(st Styles, title string, note string, body []string, w, h int, focused bool) []string {
	if w < 2 || h < 2 {
		return blank(w, h)
	}
	bc := st.Border
	if focused {
		bc = st.BorderFocused
	}
	bs := lipgloss.NewStyle().Foreground(bc)
	iw := w - 2
	out := make([]string, 0, h)

	// Top edge: ╭─ Title ───╮
	top := strings.Repeat("─", iw)
	if title != "" && iw >= 3 {
		t := ansi.Truncate(title, iw-2, "…")
		tw := ansi.StringWidth(t)
		top = bs.Render("─") + " " + t + " " + bs.Render(strings.Repeat("─", max(iw-tw-3, 0)))
		if tw+3 > iw {
			top = bs.Render("─") + fit(t, iw-1)
		}
		out = append(out, bs.Render("╭")+top+bs.Render("╮"))
	} else {
		out = append(out, bs.Render("╭"+top+"╮"))
	}

	side := bs.Render("│")
	for i := range h - 2 {
		line := ""
		if i < len(body) {
			line = body[i]
		}
		out = append(out, side+fit(line, iw)+side)
	}

	bottom := strings.Repeat("─", iw)
	if note != "" && ansi.StringWidth(note)+4 <= iw {
		nw := ansi.StringWidth(note)
		out = append(out, bs.Render("╰"+strings.Repeat("─", iw-nw-3)+" ")+st.Footer.Help.Render(note)+bs.Render(" ─╯"))
	} else {
		out = append(out, bs.Render("╰"+bottom+"╯"))
	}
	return out
}
