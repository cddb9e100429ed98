package ui

import (
	"testing"

	"charm.land/lipgloss/v2"
)

// Every style drawn by concatenating its escape sequences must give what
// lipgloss's Render gives, or the cached drawing would differ from the
// goldens; an underlined style (rendered rune by rune) must not take the
// shortcut at all.
func TestInk_AgreesWithRender(t *testing.T) {
	texts := []string{"", "x", " a b ", "Port strike enters its second week", "日本語 wide", "naïve café",
		"e\u0301 combining", "👍🏽 ok", "…", "▌ ", "─────", "tab\there", "two\nlines"}
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		for name, k := range map[string]ink{
			"title": st.ink.title, "titleSel": st.ink.titleSel, "meta": st.ink.meta, "plain": st.ink.plain,
			"panelText": st.ink.panelText, "who": st.ink.who, "also": st.ink.also, "help": st.ink.help,
			"cue": st.ink.cue, "border": st.borders[0], "borderOn": st.borders[1],
		} {
			for _, s := range texts {
				if got, want := k.paint(s), k.style.Render(s); got != want {
					t.Errorf("dark=%v %s: paint(%q) = %q, Render gives %q", dark, name, s, got, want)
				}
			}
		}
	}
	if newInk(lipgloss.NewStyle().Underline(true)).exact {
		t.Error("an underlined style takes the concatenation shortcut")
	}
}
