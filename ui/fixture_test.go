package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brief-reader/brief/model"
)

// fixture is a hand-built briefing, so the snapshots do not change when the
// extractor improves: headings, a date and no date, claims with and without
// attribution, questions, unverified details with cues, hostile Markdown
// characters and a long article.
func fixture() *model.Briefing {
	str := func(s string) *string { return &s }

	a := &model.Article{
		ID: "port-strike", Title: "Port strike enters its second week", TitleSource: model.TitleFromText,
		Date: str("2024-03-05"),
		Sections: []model.Section{
			{Paragraphs: []string{
				"Dock workers at the city's main port stayed off the job for an eighth day on Tuesday. Shipping lines said dozens of vessels were waiting offshore.",
			}},
			{Heading: "What the union says", Paragraphs: []string{
				"The union said its members would not return until the pay offer was improved. Officials familiar with the talks said a deal was close, but they could not be named.",
				"It is not clear how long the port's reserves of fuel will last.",
			}},
			{Heading: "Reaction", Paragraphs: []string{
				"Local businesses reportedly lost millions. The mayor urged both sides to meet again.",
			}},
		},
	}
	para := func(a *model.Article, sec, p int, sentence string) model.Loc {
		text := a.Text(model.Loc{Section: sec, Paragraph: p})
		i := strings.Index(text, sentence)
		if i < 0 {
			panic("fixture sentence not found: " + sentence)
		}
		return model.Loc{Section: sec, Paragraph: p, Start: i, End: i + len(sentence)}
	}
	mark := func(text, word string) []model.Span {
		i := strings.Index(text, word)
		return []model.Span{{Start: i, End: i + len(word)}}
	}
	s1 := "Shipping lines said dozens of vessels were waiting offshore."
	s2 := "The union said its members would not return until the pay offer was improved."
	s3 := "Dock workers at the city's main port stayed off the job for an eighth day on Tuesday."
	s4 := "It is not clear how long the port's reserves of fuel will last."
	s5 := "Officials familiar with the talks said a deal was close, but they could not be named."
	s6 := "Local businesses reportedly lost millions."
	a.Claims = []model.Claim{
		{Text: s3, At: para(a, 0, 0, s3)},
		{Text: s1, Attribution: str("Shipping lines"), At: para(a, 0, 0, s1), Marks: mark(s1, "said")},
		{Text: s2, Attribution: str("The union"), At: para(a, 1, 0, s2), Marks: mark(s2, "said")},
	}
	a.OpenQuestions = []model.Question{{Text: s4, At: para(a, 1, 1, s4), Marks: mark(s4, "not clear")}}
	a.Unverified = []model.Detail{
		{Text: s5, Cue: "anonymous officials", At: para(a, 1, 0, s5), Marks: mark(s5, "could not be named")},
		{Text: s6, Cue: "reportedly", At: para(a, 2, 0, s6), Marks: mark(s6, "reportedly")},
	}

	b := &model.Article{
		ID: "markup", Title: "Markup *stays* literal: <b>#1</b> & [links](x)", TitleSource: model.TitleFromText,
		Sections: []model.Section{{Paragraphs: []string{
			"> not a quote, *not emphasis*, # not a heading, [not](a link), _under_ `code` &#27; &amp; stay as written.",
			"    Four leading spaces are not a code block. 1. Not a list.",
		}}},
	}

	c := &model.Article{ID: "long", Title: "A long article", TitleSource: model.TitleDerived, Date: str("2023-11-30")}
	var paras []string
	for i := range 40 {
		paras = append(paras, fmt.Sprintf("Paragraph %d of the long article, with enough words in it to wrap across more than one line at most widths the reader supports.", i+1))
	}
	last := "Investigators believe the fire started in the kitchen, according to a police spokesman."
	paras = append(paras, last)
	c.Sections = []model.Section{{Heading: "Background", Paragraphs: paras}}
	c.Claims = []model.Claim{
		{Text: paras[0], At: model.Loc{Section: 0, Paragraph: 0, Start: 0, End: len(paras[0])}},
		{Text: last, Attribution: str("a police spokesman"), At: model.Loc{Section: 0, Paragraph: 40, Start: 0, End: len(last)}, Marks: mark(last, "according to")},
	}
	c.Unverified = []model.Detail{{Text: last, Cue: "believe", At: model.Loc{Section: 0, Paragraph: 40, Start: 0, End: len(last)}, Marks: mark(last, "believe")}}

	// Analysed, with nothing found: the reader's snapshots must not change
	// with the cross-article analysis, which has tests of its own.
	return &model.Briefing{Articles: []*model.Article{a, b, c}, Corroborations: []model.Corroboration{}}
}

// drain runs cmd and every command it leads to, feeding the messages back
// to the model, so tests see the state after Glamour's commands finish.
func drain(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0; n++ {
		if n > 1000 {
			t.Fatal("commands do not settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
		case articleRenderedMsg, highlightRenderedMsg, briefingAnalyzedMsg, firstFrameShownMsg, filterDoneMsg:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// newTestModel is a reader sized w x h, with every render finished.
func newTestModel(t testing.TB, b *model.Briefing, w, h int, dark bool) *Model {
	t.Helper()
	m := New(b, Options{})
	m.settle = 0 // tests do not wait for a terminal
	_, cmd := m.Update(tea.BackgroundColorMsg{Color: bg(dark)})
	drain(t, m, cmd)
	resize(t, m, w, h)
	return m
}

func resize(t testing.TB, m *Model, w, h int) {
	t.Helper()
	_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	drain(t, m, cmd)
}

// keyMsg builds the key press a terminal would send for a key name.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// press sends keys and runs what they lead to; it returns the last command
// so tests can check for tea.Quit.
func press(t testing.TB, m *Model, keys ...string) tea.Cmd {
	t.Helper()
	var last tea.Cmd
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		last = cmd
		drain(t, m, cmd)
	}
	return last
}

// snapshot renders the view for a fixed 256-colour profile, so snapshots do
// not depend on the terminal the tests run in.
func snapshot(m *Model) string {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.ANSI256}
	_, _ = w.Write([]byte(m.Render()))
	return buf.String()
}

// plainScreen is the screen without styling, for behaviour assertions.
func plainScreen(m *Model) string {
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	_, _ = w.Write([]byte(m.Render()))
	return buf.String()
}
