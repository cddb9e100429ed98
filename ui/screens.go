package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/model"
)

// evidenceTarget is a sentence opened from the overview: it is highlighted
// in its article like a panel's evidence.
type evidenceTarget struct {
	set     bool
	article int
	at      model.Loc
}

// setAnalysis installs the cross-article analysis of src in the session's
// own briefing and in what shows it: the overview and the panels' "also in
// N articles".
func (m *Model) setAnalysis(src *model.Briefing) {
	m.b.Entities, m.b.Corroborations, m.b.Timeline = src.Entities, src.Corroborations, src.Timeline
	m.analysed = true
	m.also = corroborationIndex(m.b)
	m.overview.setData(m.b, m.byID, m.styles)
	if a := m.article.art; a == nil {
		for i := range m.panels {
			clear(m.panels[i].wraps) // wrapped with the notes from before
		}
	} else {
		for i := range m.panels {
			p := &m.panels[i]
			cur, off := p.cursor, p.offset
			p.items = panelItems(a, i, m.also)
			p.cursor, p.offset = clamp(cur, 0, max(len(p.items)-1, 0)), off
			p.rewrap(m.styles)
		}
	}
}

// handleAnalyzed takes the analysis when it arrives. One made for another
// briefing, or a second one, changes nothing: the first result stands and
// the overview's selection is not reset under the reader.
func (m *Model) handleAnalyzed(msg briefingAnalyzedMsg) {
	if m.analysed || msg.from != m.b || msg.result == nil {
		return
	}
	m.setAnalysis(msg.result)
}

func (m *Model) handleOverviewKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	o := &m.overview
	st := m.styles
	switch {
	case key.Matches(msg, k.Back, k.Overview):
		m.screen = screenMain
	case key.Matches(msg, k.Help):
		m.openHelp()
	case key.Matches(msg, k.NextTab):
		o.tab = (o.tab + 1) % tabCount
	case key.Matches(msg, k.PrevTab):
		o.tab = (o.tab + tabCount - 1) % tabCount
	case key.Matches(msg, k.Tab1):
		o.tab = tabEntities
	case key.Matches(msg, k.Tab2):
		o.tab = tabCorroborated
	case key.Matches(msg, k.Tab3):
		o.tab = tabTimeline
	case key.Matches(msg, k.Up):
		o.move(-1, st)
	case key.Matches(msg, k.Down):
		o.move(1, st)
	case key.Matches(msg, k.PageUp, k.HalfUp):
		o.move(-o.page(st), st)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		o.move(o.page(st), st)
	case key.Matches(msg, k.Top):
		o.move(-len(o.lists[o.tab].rows), st)
	case key.Matches(msg, k.Bottom):
		o.move(len(o.lists[o.tab].rows), st)
	case key.Matches(msg, k.Open):
		return m.activateOverviewRow()
	}
	return nil
}

// activateOverviewRow acts on the selected row: an entity folds its
// sentences out or in, anything else opens its sentence in the reader.
func (m *Model) activateOverviewRow() tea.Cmd {
	o := &m.overview
	r, ok := o.selectedRow()
	if !ok || o.b == nil {
		return nil
	}
	if r.kind == rowEntity {
		o.toggle(m.styles)
		return nil
	}
	if ref, ok := o.refOf(r); ok {
		return m.openRef(ref)
	}
	return nil
}

// openRef shows the reader at a sentence: its article selected in the
// list (the filter is cleared if it hides it), the article pane focused,
// scrolled to the sentence and highlighted as a panel's evidence is.
func (m *Model) openRef(ref model.Ref) tea.Cmd {
	idx, ok := m.byID[ref.Article]
	if !ok {
		return nil
	}
	m.screen = screenMain
	m.list.filtering = false
	m.list.selectIndex(idx)
	if m.list.selected() != idx {
		m.list.clearQuery()
		m.list.selectIndex(idx)
	}
	m.focus = focusArticle
	m.relayout()
	// A location with no text (a publication date only the front matter
	// gives) opens the article at its top.
	m.target = evidenceTarget{set: ref.At.Start < ref.At.End, article: idx, at: ref.At}
	cmd := m.showArticle(false)
	return tea.Batch(cmd, m.syncEvidence(true))
}

func (m *Model) handleOverviewClick(ms tea.Mouse) tea.Cmd {
	o := &m.overview
	r := m.lay.overview
	x, y := ms.X-r.x-1, ms.Y-r.y-1 // inside the border
	if x < 0 || x >= o.w || y < 0 || y >= o.h {
		return nil
	}
	if y == 0 {
		if t, ok := o.tabAt(x); ok {
			o.tab = t
		}
		return nil
	}
	pos := o.rowAt(y-o.header(), m.styles)
	l := &o.lists[o.tab]
	if pos < 0 || !l.rows[pos].selectable() {
		return nil
	}
	if pos == l.cursor {
		// A click on the selected row opens it, as enter does.
		return m.activateOverviewRow()
	}
	l.cursor = pos
	o.ensureVisible(o.tab, m.styles)
	return nil
}

// openHelp shows the full help, remembering the screen to return to.
func (m *Model) openHelp() {
	m.helpFrom = m.screen
	m.helpOffset = 0
	m.screen = screenHelp
}

func (m *Model) handleHelpKey(msg tea.KeyPressMsg) {
	k := m.keys
	page := max(m.height-3, 1)
	switch {
	case key.Matches(msg, k.Back, k.Help):
		m.screen = m.helpFrom
	case key.Matches(msg, k.Up):
		m.scrollHelp(-1)
	case key.Matches(msg, k.Down):
		m.scrollHelp(1)
	case key.Matches(msg, k.PageUp, k.HalfUp):
		m.scrollHelp(-page)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		m.scrollHelp(page)
	case key.Matches(msg, k.Top):
		m.helpOffset = 0
	case key.Matches(msg, k.Bottom):
		m.helpOffset = m.helpMaxOffset()
	}
}

// scrollHelp moves the help by d lines, within its length.
func (m *Model) scrollHelp(d int) {
	m.helpOffset = clamp(m.helpOffset+d, 0, m.helpMaxOffset())
}

// helpMaxOffset is the last useful first line: the end of the help at the
// bottom of the window.
func (m *Model) helpMaxOffset() int {
	_, ih := inner(rect{w: m.width, h: m.height})
	return max(len(m.helpBody())-ih, 0)
}
