package ui

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// cellWidth is ansi.StringWidth with a fast path. Almost every line the
// reader draws is ASCII text, SGR sequences and a few box-drawing and
// punctuation symbols, all one cell wide and never part of a larger
// grapheme cluster; measuring those does not need grapheme segmentation,
// which is most of what a frame used to cost. Anything else (wide
// characters, combining marks, emoji, other escape sequences) is measured
// by ansi.StringWidth, so the result is always the same as its.
func cellWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			// Only CSI sequences (ESC [ params final) are skipped here.
			j := i + 1
			if j >= len(s) || s[j] != '[' {
				return ansi.StringWidth(s)
			}
			j++
			for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
				j++
			}
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			if j >= len(s) || s[j] < 0x40 || s[j] > 0x7e {
				return ansi.StringWidth(s)
			}
			i = j + 1
		case c >= 0x20 && c < 0x7f:
			w++
			i++
		case c < 0x80:
			return ansi.StringWidth(s) // controls: let ansi decide
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !narrowSymbol(r) {
				return ansi.StringWidth(s)
			}
			// A following combining mark or variation selector would join
			// this symbol's cluster; those are not narrow symbols, so the
			// slow path measures the whole string then.
			w++
			i += n
		}
	}
	return w
}

// narrowSymbol reports the non-ASCII symbols the reader itself draws that
// are one cell wide in every width table: box drawing, block elements,
// general punctuation (dashes, ellipsis, quotes, bullet), arrows, the
// middle dot, guillemets and small triangles.
func narrowSymbol(r rune) bool {
	switch {
	case r >= 0x2500 && r <= 0x259f: // box drawing, block elements
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2039 && r <= 0x203a: // dashes, quotes, bullet, ellipsis, ‹ ›
		return true
	case r >= 0x2190 && r <= 0x2193: // ← ↑ → ↓
		return true
	case r == 0xb7, r == 0xa0, r == 0x25b8, r == 0x25be: // · nbsp ▸ ▾
		return true
	}
	return false
}
