package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/brief-reader/brief/content"
)

// TestScreen snapshots the whole screen at the three layouts, dark and
// light, with a claim selected so the evidence highlight is in the picture.
// Regenerate with: go test ./ui -update, then read every changed file.
func TestScreen(t *testing.T) {
	for _, size := range [][2]int{{160, 45}, {100, 30}, {60, 20}} {
		for _, dark := range []bool{true, false} {
			theme := "light"
			if dark {
				theme = "dark"
			}
			t.Run(fmt.Sprintf("%dx%d_%s", size[0], size[1], theme), func(t *testing.T) {
				m := newTestModel(t, fixture(), size[0], size[1], dark)
				golden.RequireEqual(t, []byte(snapshot(m)))
			})
			t.Run(fmt.Sprintf("%dx%d_%s_evidence", size[0], size[1], theme), func(t *testing.T) {
				m := newTestModel(t, fixture(), size[0], size[1], dark)
				press(t, m, "tab", "tab", "j", "j")
				golden.RequireEqual(t, []byte(snapshot(m)))
			})
		}
	}
}

// TestHelpScreen snapshots the full help, dark and light.
func TestHelpScreen(t *testing.T) {
	for _, dark := range []bool{true, false} {
		name := "light"
		if dark {
			name = "dark"
		}
		t.Run(name, func(t *testing.T) {
			m := newTestModel(t, fixture(), 100, 30, dark)
			press(t, m, "?")
			golden.RequireEqual(t, []byte(snapshot(m)))
		})
	}
}

// TestEmbeddedScreen snapshots the embedded briefing. It changes whenever
// extraction improves; regenerate it then and read it.
func TestEmbeddedScreen(t *testing.T) {
	b, err := content.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, b, 160, 45, true)
	press(t, m, "tab", "tab")
	golden.RequireEqual(t, []byte(plainScreen(m)))
}
