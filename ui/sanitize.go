package ui

import "strings"

// safeText removes what a terminal would act on rather than show: C0 and
// C1 controls (ESC starts every escape sequence), DEL and bidirectional
// overrides. Article text is cleaned by the model; this is for strings the
// reader gets from elsewhere, such as file names in warnings and ids.
func safeText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
			return -1
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return -1
		}
		return r
	}, s)
}

// flat turns tabs and line breaks into spaces, byte for byte, so offsets
// into the string stay valid. The model keeps tabs and newlines in text;
// on screen a tab would move the cursor past the width computed for it
// and break the pane's border.
func flat(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\v\f") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '\v', '\f':
			return ' '
		}
		return r
	}, s)
}
