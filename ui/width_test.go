package ui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCellWidth_AgreesWithAnsi pins that the fast path never disagrees with
// ansi.StringWidth: a wrong width would garble the borders.
func TestCellWidth_AgreesWithAnsi(t *testing.T) {
	cases := []string{
		"", "plain", "\x1b[1;38;2;1;2;3mbold\x1b[m text", "╭─ Title ─╮", "▌ selected", "a · b — c … ‹ › ▸ ▾",
		"日本語", "e\u0301", "─\u0301", "x\ufe0f", "👍🏽", "\x1b]8;;http://x\x07link\x1b]8;;\x07", "tab\there",
		"\x1b[", "\x1b[12", "\x1b", "del\x7f", "ｗｉｄｅ", "\u00a0nbsp", "‘quoted’ “double”", "\u200bzwsp",
	}
	for r := rune(0x2000); r < 0x2600; r++ {
		cases = append(cases, string(r), "a"+string(r)+"b")
	}
	for _, s := range cases {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
}

func FuzzCellWidth(f *testing.F) {
	f.Add("╭─ a\x1b[1mb\x1b[m ─╮")
	f.Add("日本\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	})
}
