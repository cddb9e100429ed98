package ui

import (
	"bytes"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/model"
)

// A reader must be able to move through the list; the article pane follows
// the selection, or the panes would disagree about what is being read.
func TestList_MovingSelectsArticle(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	if got := m.list.selected(); got != 0 {
		t.Fatalf("selected %d at start, want 0", got)
	}
	press(t, m, "j")
	if m.list.selected() != 1 || m.article.index != 1 {
		t.Fatalf("after j: list %d, article %d; want 1, 1", m.list.selected(), m.article.index)
	}
	press(t, m, "G")
	if m.list.selected() != 2 {
		t.Fatalf("after G: %d, want 2", m.list.selected())
	}
	press(t, m, "k", "g")
	if m.list.selected() != 0 {
		t.Fatalf("after k g: %d, want 0", m.list.selected())
	}
	press(t, m, "down")
	if !strings.Contains(plainScreen(m), "Four leading spaces are not a code block.") {
		t.Fatal("article pane does not show the selected article")
	}
}

// Tab and shift+tab visit every pane in a fixed order and wrap around.
func TestFocus_TabCyclesPanes(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	want := []focus{focusArticle, focusClaims, focusQuestions, focusUnverified, focusList}
	for _, f := range want {
		press(t, m, "tab")
		if m.focus != f {
			t.Fatalf("focus %d, want %d", m.focus, f)
		}
	}
	press(t, m, "shift+tab")
	if m.focus != focusUnverified {
		t.Fatalf("shift+tab: focus %d, want Unverified", m.focus)
	}
}

// Enter opens the article; esc goes back to the list.
func TestEnterOpens_EscGoesBack(t *testing.T) {
	m := newTestModel(t, fixture(), 60, 20, true)
	press(t, m, "enter")
	if m.focus != focusArticle {
		t.Fatalf("enter: focus %d, want article", m.focus)
	}
	if !strings.Contains(plainScreen(m), "Dock workers") {
		t.Fatal("narrow layout does not show the opened article")
	}
	press(t, m, "esc")
	if m.focus != focusList {
		t.Fatalf("esc: focus %d, want list", m.focus)
	}
}

// Filtering keeps only matching articles, by title (fuzzy) and by text, and
// esc brings the whole list back.
func TestFilter_ByTitleAndText(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	press(t, m, "/", "l", "n", "g", "a", "r", "t")
	if len(m.list.visible) != 1 || m.list.visible[0] != 2 {
		t.Fatalf("fuzzy 'lngart' matched %v, want [2] (A long article)", m.list.visible)
	}
	if m.article.index != 2 {
		t.Fatalf("article pane shows %d, want the only match 2", m.article.index)
	}
	press(t, m, "esc")
	if len(m.list.visible) != 3 || m.list.filtering {
		t.Fatalf("esc did not clear the filter: %v", m.list.visible)
	}
	// "mayor" is only in the first article's text.
	press(t, m, "/", "m", "a", "y", "o", "r", "enter")
	if len(m.list.visible) != 1 || m.list.visible[0] != 0 {
		t.Fatalf("text filter 'mayor' matched %v, want [0]", m.list.visible)
	}
	if !strings.Contains(plainScreen(m), "/ mayor") {
		t.Fatal("the applied filter is not shown")
	}
	// q while typing a filter is text, not quit.
	press(t, m, "/")
	if cmd := press(t, m, "q"); isQuit(cmd) {
		t.Fatal("q quit while typing a filter")
	}
}

// Moving through a panel highlights the item's sentence in the article and
// scrolls it into view: the evidence must be visible, not just marked.
func TestEvidence_HighlightScrollsArticle(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	press(t, m, "G") // the long article; its last claim is at the bottom
	if m.article.vp.YOffset() != 0 {
		t.Fatalf("new article not at top: %d", m.article.vp.YOffset())
	}
	press(t, m, "tab", "tab", "j")
	if m.article.hiBlock < 0 {
		t.Fatal("no highlighted block")
	}
	if m.article.vp.YOffset() == 0 {
		t.Fatal("article did not scroll to the evidence")
	}
	scr := plainScreen(m)
	if !strings.Contains(scr, "Investigators believe the fire started") {
		t.Fatalf("evidence sentence not on screen:\n%s", scr)
	}
	// The sentence is rendered with the highlight style (Glamour's strong).
	if m.article.hiLines == nil {
		t.Fatal("highlighted rendering never arrived")
	}
	joined := strings.Join(m.article.View(m.styles), "\n")
	hi := m.styles.Glamour.Strong.BackgroundColor
	if hi == nil || !strings.Contains(joined, "48;2;") {
		t.Fatal("highlight background missing from the article pane")
	}
	// Leaving the panels clears the highlight.
	press(t, m, "esc")
	if m.article.hiBlock != -1 {
		t.Fatal("highlight stays after leaving the panels")
	}
}

// q and ctrl+c quit from anywhere.
func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newTestModel(t, fixture(), 100, 30, true)
		press(t, m, "tab")
		_, cmd := m.Update(keyMsg(k))
		if !isQuit(cmd) {
			t.Fatalf("%s does not quit", k)
		}
	}
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// Nothing is laid out before the first WindowSizeMsg: rendering at a guessed
// width would wrap the article wrongly (glow #878).
func TestWaitsForWindowSize(t *testing.T) {
	m := New(fixture(), Options{})
	if m.Render() != "" {
		t.Fatal("rendered before knowing the window size")
	}
	press(t, m, "j")
	if m.list.selected() != 0 {
		t.Fatal("keys acted before the first WindowSizeMsg")
	}
}

// Every size from 1x1 to 200x60 renders without panic, within the window:
// no line wider than the width, never more lines than the height. Panes
// and focus are varied so each layout is exercised.
func TestEverySizeFitsTheWindow(t *testing.T) {
	m := newTestModel(t, fixture(), 80, 24, true)
	press(t, m, "G", "tab", "tab", "j")
	check := func(w, h int) {
		resize(t, m, w, h)
		out := m.Render()
		lines := strings.Split(out, "\n")
		if len(lines) > h {
			t.Fatalf("%dx%d: %d lines", w, h, len(lines))
		}
		for i, l := range lines {
			if lw := ansi.StringWidth(l); lw > w {
				t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, l)
			}
		}
	}
	for w := 1; w <= 200; w += 3 {
		for h := 1; h <= 60; h += 2 {
			check(w, h)
		}
	}
	for _, s := range [][2]int{{500, 200}, {30, 8}, {19, 6}, {20, 5}, {80, 18}, {120, 17}, {79, 40}} {
		check(s[0], s[1])
	}
	// Every frame fills the window exactly, so nothing stale survives.
	for _, s := range [][2]int{{160, 45}, {100, 30}, {60, 20}, {30, 8}, {7, 3}} {
		resize(t, m, s[0], s[1])
		lines := strings.Split(m.Render(), "\n")
		if len(lines) != s[1] {
			t.Fatalf("%dx%d: %d lines", s[0], s[1], len(lines))
		}
		for i, l := range lines {
			if ansi.StringWidth(l) != s[0] {
				t.Fatalf("%dx%d: line %d is %d wide", s[0], s[1], i, ansi.StringWidth(l))
			}
		}
	}
}

// Resizing keeps the paragraph that was at the top of the article in view.
func TestResize_KeepsReadingPosition(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	press(t, m, "G", "tab")
	for range 30 {
		press(t, m, "j")
	}
	top, _ := m.article.anchor()
	text := m.article.blocks[top].text
	resize(t, m, 100, 30)
	resize(t, m, 70, 20)
	if !strings.Contains(plainScreen(m), text[:30]) {
		t.Fatalf("after resize the paragraph %q is no longer in view", text[:30])
	}
	resize(t, m, 1, 1)
	resize(t, m, 160, 45)
	if !strings.Contains(plainScreen(m), text[:30]) {
		t.Fatalf("after 1x1 and back the paragraph %q is no longer in view", text[:30])
	}
}

// A too small window shows one line asking for more room.
func TestTooSmall(t *testing.T) {
	m := newTestModel(t, fixture(), 15, 4, true)
	if !strings.Contains(plainScreen(m), "Too small") {
		t.Fatalf("no request for a larger window:\n%s", plainScreen(m))
	}
	resize(t, m, 30, 8)
	scr := plainScreen(m)
	if !strings.Contains(scr, "Port strike") {
		t.Fatalf("30x8 is not usable:\n%s", scr)
	}
}

// Warnings show as a status line and, on w, as a list.
func TestWarnings(t *testing.T) {
	m := New(fixture(), Options{Warnings: []string{"a.png: binary file", "empty.txt: empty", "evil\x1b]0;pwned\x07.txt: binary file"}})
	resize(t, m, 100, 30)
	if !strings.Contains(plainScreen(m), "3 files skipped") {
		t.Fatal("no status line for skipped files")
	}
	press(t, m, "w")
	scr := plainScreen(m)
	if !strings.Contains(scr, "a.png: binary file") || !strings.Contains(scr, "empty.txt: empty") {
		t.Fatalf("w does not list the skipped files:\n%s", scr)
	}
	// A file name cannot carry an escape sequence to the terminal.
	if strings.Contains(m.Render(), "\x1b]") || strings.ContainsRune(m.Render(), '\a') {
		t.Fatal("an OSC sequence from a file name reached the screen")
	}
	press(t, m, "esc")
	if m.screen != screenMain {
		t.Fatal("esc does not close the list")
	}
}

// Clicking selects a list row and a panel item; the wheel scrolls the pane
// under the pointer.
func TestMouse(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	// Second article: rows are 2 lines (or 3) below the top border.
	rh := m.list.rowHeight()
	_, cmd := m.Update(tea.MouseClickMsg{X: 3, Y: 1 + rh, Button: tea.MouseLeft})
	drain(t, m, cmd)
	if m.list.selected() != 1 {
		t.Fatalf("click selected %d, want 1", m.list.selected())
	}
	press(t, m, "G")
	before := m.article.vp.YOffset()
	r := m.lay.article
	m.Update(tea.MouseWheelMsg{X: r.x + 5, Y: r.y + 5, Button: tea.MouseWheelDown})
	if m.article.vp.YOffset() <= before {
		t.Fatal("wheel over the article did not scroll it")
	}
	pr := m.lay.panels[0]
	_, cmd = m.Update(tea.MouseClickMsg{X: pr.x + 3, Y: pr.y + 1 + m.panels[0].starts[1], Button: tea.MouseLeft})
	drain(t, m, cmd)
	if m.focus != focusClaims || m.panels[0].cursor != 1 {
		t.Fatalf("click on the second claim: focus %d cursor %d", m.focus, m.panels[0].cursor)
	}
	if m.article.hiBlock < 0 {
		t.Fatal("clicking a claim does not highlight it")
	}
}

// Items whose locations or marks are out of range are shown without a
// highlight instead of panicking: the extractor's output is not trusted.
func TestBadLocationsDoNotPanic(t *testing.T) {
	a := &model.Article{ID: "bad", Title: "Bad", Sections: []model.Section{{Paragraphs: []string{"héllo wörld."}}}}
	a.Claims = []model.Claim{
		{Text: "x", At: model.Loc{Section: 5, Paragraph: 0, Start: 0, End: 1}},
		{Text: "héllo", At: model.Loc{Section: 0, Paragraph: 0, Start: 2, End: 99}, Marks: []model.Span{{Start: 1, End: 2}, {Start: -1, End: 3}}},
		{Text: "wörld", At: model.Loc{Section: 0, Paragraph: 0, Start: 8, End: 3}, Marks: []model.Span{{Start: 0, End: 50}}},
	}
	m := newTestModel(t, &model.Briefing{Articles: []*model.Article{a}}, 120, 30, true)
	press(t, m, "tab", "tab", "j", "j", "G", "g")
	_ = m.Render()
}

// An empty briefing, a nil one and nil articles still render.
func TestEmptyBriefing(t *testing.T) {
	m := newTestModel(t, nil, 100, 30, true)
	press(t, m, "j", "tab")
	m = newTestModel(t, &model.Briefing{Articles: []*model.Article{nil}}, 100, 30, true)
	press(t, m, "j", "tab")
	m = newTestModel(t, &model.Briefing{}, 100, 30, true)
	press(t, m, "j", "tab", "tab", "j", "/", "x")
	if !strings.Contains(plainScreen(m), "No") {
		t.Fatalf("empty briefing screen:\n%s", plainScreen(m))
	}
}

// Without colours (NO_COLOR) the evidence highlight must still be visible:
// it becomes reverse video, which survives the ASCII profile.
func TestMono_HighlightIsReverseVideo(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	_, cmd := m.Update(tea.ColorProfileMsg{Profile: colorprofile.Ascii})
	drain(t, m, cmd)
	press(t, m, "tab", "tab", "j")
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	_, _ = w.Write([]byte(m.Render()))
	out := buf.String()
	if !strings.Contains(out, ";7m") && !strings.Contains(out, "[7m") && !strings.Contains(out, "[7;") {
		t.Fatalf("no reverse video in the monochrome screen:\n%q", out)
	}
}

// A Glamour result made for another width (the window was resized while it
// ran) is not shown: it would be wrapped wrongly (glow #945).
func TestStaleRenderIsDropped(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	old := m.renderKey()
	resize(t, m, 100, 30)
	stale := make([][]string, len(m.article.blocks))
	for i := range stale {
		stale[i] = []string{"STALE"}
	}
	m.Update(articleRenderedMsg{key: old, lines: stale})
	if strings.Contains(plainScreen(m), "STALE") {
		t.Fatal("a result for the old width was shown")
	}
	// The same message for the current key is shown.
	m.Update(articleRenderedMsg{key: m.renderKey(), lines: stale})
	if !strings.Contains(plainScreen(m), "STALE") {
		t.Fatal("a result for the current key was not shown")
	}
}

// The first frame has the article's text before Glamour has run: the plain
// fallback is shown while the command is pending.
func TestFirstFrameHasText(t *testing.T) {
	m := New(fixture(), Options{})
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
	if cmd == nil {
		t.Fatal("no render command")
	}
	if !strings.Contains(plainScreen(m), "Dock workers at the city") {
		t.Fatal("first frame has no article text")
	}
	if m.article.glamoured {
		t.Fatal("Glamour ran inside Update")
	}
}

// Exact matches rank above loose fuzzy ones: a word from an article's text
// brings that article before titles that merely contain its letters.
func TestFilter_ExactBeforeFuzzy(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	// "mayor" is only in the first article's text.
	press(t, m, "/", "m", "a", "y", "o", "r")
	if len(m.list.visible) == 0 || m.list.visible[0] != 0 {
		t.Fatalf("'mayor' ranks %v, want the article containing it first", m.list.visible)
	}
	press(t, m, "esc", "/", "w", "e", "e", "k")
	if len(m.list.visible) == 0 || m.list.visible[0] != 0 {
		t.Fatalf("'week' ranks %v, want the title containing it first", m.list.visible)
	}
}

// Tabs and newlines in the model's text never reach the screen, and are
// shown as single spaces: a raw tab moves the cursor further than its
// computed width (breaking borders), and lipgloss's tab expansion would
// make lines wider than they were wrapped for.
func TestTabsNeverReachTheScreen(t *testing.T) {
	date := "2024\t01"
	who := "the\tunion"
	text := "Tabbed\tclaim\nwith a break."
	a := &model.Article{ID: "tabs", Title: "A\ttabbed\ttitle", Date: &date, Author: "x\ty",
		Sections: []model.Section{{Heading: "Head\ting", Paragraphs: []string{text}}}}
	a.Claims = []model.Claim{{Text: text, Attribution: &who, At: model.Loc{End: len(text)}}}
	a.Unverified = []model.Detail{{Text: text, Cue: "re\tportedly", At: model.Loc{End: len(text)}}}
	for _, size := range [][2]int{{160, 45}, {100, 30}, {60, 20}} {
		m := New(&model.Briefing{Articles: []*model.Article{a}}, Options{})
		// Before Glamour's command runs: the plain fallback.
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if strings.ContainsAny(m.Render(), "\t\r") {
			t.Fatalf("%v: a tab reached the first frame", size)
		}
		m = newTestModel(t, &model.Briefing{Articles: []*model.Article{a}}, size[0], size[1], true)
		for _, f := range []focus{focusList, focusArticle, focusClaims, focusQuestions, focusUnverified} {
			m.focus = f
			m.relayout()
			if strings.ContainsAny(m.Render(), "\t\r") {
				t.Fatalf("%v focus %d: a tab reached the screen", size, f)
			}
		}
		if size[0] == 160 {
			m.focus = focusList
			m.relayout()
			scr := plainScreen(m)
			for _, want := range []string{"A tabbed title", "Tabbed claim with a break.", "— the union", "cue: re portedly", "2024 01"} {
				if !strings.Contains(scr, want) {
					t.Errorf("%q not on screen:\n%s", want, scr)
				}
			}
		}
	}
}

// The wheel over the list moves the selection, and the next key goes on
// from there: a view scrolled away from the selection used to jump back.
func TestWheel_MovesListSelection(t *testing.T) {
	m := newTestModel(t, bigBriefing(40), 100, 30, true)
	r := m.lay.list
	for range 12 {
		_, cmd := m.Update(tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 2, Button: tea.MouseWheelDown})
		drain(t, m, cmd)
	}
	if m.list.selected() != 12 || m.article.index != 12 {
		t.Fatalf("after 12 notches: selected %d, article %d; want 12", m.list.selected(), m.article.index)
	}
	offset := m.list.offset
	press(t, m, "j")
	if m.list.selected() != 13 || m.list.offset < offset {
		t.Fatalf("j after the wheel: selected %d offset %d (was %d)", m.list.selected(), m.list.offset, offset)
	}
	m.Update(tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 2, Button: tea.MouseWheelUp})
	if m.list.selected() != 12 {
		t.Fatalf("wheel up: selected %d, want 12", m.list.selected())
	}
}

// On a short window the help scrolls, so every key can be read.
func TestHelp_ScrollsOnShortWindows(t *testing.T) {
	m := newTestModel(t, fixture(), 70, 12, true)
	press(t, m, "?")
	last := "esc or ? closes this help"
	if strings.Contains(plainScreen(m), last) || !strings.Contains(plainScreen(m), "↓ more") {
		t.Fatalf("the help fits in 12 lines or does not say there is more:\n%s", plainScreen(m))
	}
	press(t, m, "G")
	if !strings.Contains(plainScreen(m), last) {
		t.Fatalf("G does not reach the end of the help:\n%s", plainScreen(m))
	}
	for range 40 {
		press(t, m, "k")
	}
	if !strings.Contains(plainScreen(m), "↑/k") {
		t.Fatalf("k does not come back to the top:\n%s", plainScreen(m))
	}
	// Narrow: the key groups stack rather than lose columns.
	resize(t, m, 40, 60)
	for _, want := range []string{"overview", "next tab", "filter"} {
		if !strings.Contains(plainScreen(m), want) {
			t.Errorf("40 columns: help lacks %q:\n%s", want, plainScreen(m))
		}
	}
	press(t, m, "esc")
	if m.screen != screenMain {
		t.Fatal("esc does not close the help")
	}
}

// The wheel over a side panel moves its selection, like the list: a view
// scrolled away from the selection would jump back on the next key. With
// the panel focused, the evidence highlight follows.
func TestWheel_MovesPanelSelection(t *testing.T) {
	m := newTestModel(t, fixture(), 160, 45, true)
	press(t, m, "tab", "tab") // Claims focused
	r := m.lay.panels[0]
	_, cmd := m.Update(tea.MouseWheelMsg{X: r.x + 3, Y: r.y + 2, Button: tea.MouseWheelDown})
	drain(t, m, cmd)
	if m.panels[0].cursor != 1 {
		t.Fatalf("wheel down over Claims: cursor %d, want 1", m.panels[0].cursor)
	}
	want := m.article.blockForLoc(m.panels[0].items[1].at)
	if m.article.hiBlock != want {
		t.Errorf("highlight on block %d, want %d (the second claim's)", m.article.hiBlock, want)
	}
	press(t, m, "j")
	if m.panels[0].cursor != 2 {
		t.Errorf("j after the wheel: cursor %d, want 2", m.panels[0].cursor)
	}
	// Over an unfocused panel the selection moves too; focus stays.
	u := m.lay.panels[2]
	m.Update(tea.MouseWheelMsg{X: u.x + 3, Y: u.y + 2, Button: tea.MouseWheelDown})
	if m.panels[2].cursor != 1 || m.focus != focusClaims {
		t.Errorf("wheel over Unverified: cursor %d focus %d", m.panels[2].cursor, m.focus)
	}
}

// The first frame's Update starts no Glamour render: the plain fallback is
// drawn first, and Glamour starts once the frame is out, so it does not
// compete with the first frame for the CPU.
func TestFirstFrame_GlamourWaits(t *testing.T) {
	m := New(fixture(), Options{})
	m.settle = 0
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
	if len(m.pending) != 0 || m.article.glamoured {
		t.Fatalf("Glamour started on the first frame: pending %d", len(m.pending))
	}
	if !strings.Contains(plainScreen(m), "Dock workers at the city") {
		t.Fatal("the first frame has no article text")
	}
	drain(t, m, cmd)
	if !m.article.glamoured {
		t.Fatal("Glamour never ran after the first frame")
	}
}
