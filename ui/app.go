// Package ui is everything Bubble Tea: the reader and serving it over SSH.
package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brief-reader/brief/model"
)

// Options configure one reader session.
type Options struct {
	// Warnings are files that could not be loaded, each naming the file
	// and the reason; the reader shows a status line and lists them on w.
	Warnings []string
	// Analyzed says model.Analyze has run on the briefing (even if it found
	// nothing). Otherwise the reader runs it itself, off the first frame's
	// path, unless the briefing already carries its results.
	Analyzed bool
	// RenderCache, when set, is shared with the other sessions of a
	// server, so an article rendered at one size and theme by one session
	// is not rendered again by the next. Nil means the session's own
	// caches only.
	RenderCache *RenderCache
	// Loading, when set, says the briefing is the start of one still
	// being read: the reader shows it at once and takes in the rest as
	// it arrives. Nil means the briefing is complete.
	Loading *Loading
}

// Loading is a briefing still being read, for Options.Loading.
type Loading struct {
	// Read and Total are how many sources (files) are behind the
	// briefing given to New, and how many there are in all.
	Read, Total int
	// Next waits until more has been read and returns all of it; its
	// last result has Done set. It is called off the event loop, one call
	// at a time, never after the last result.
	Next func() Arrivals
}

// Arrivals is more of a briefing being read: articles to append, in
// order, and the files skipped among the sources read.
type Arrivals struct {
	Articles []*model.Article
	// Warnings name each file skipped and why, as Options.Warnings.
	Warnings []string
	// Read and Total are how many sources are behind the briefing now,
	// out of how many.
	Read, Total int
	// Done says every source is read: nothing more will arrive.
	Done bool
}

// loadState is the progress of a briefing still being read.
type loadState struct {
	active      bool
	read, total int
	next        func() Arrivals
	// analysisWanted is set when the overview was opened while loading:
	// the analysis starts as soon as the last article is in.
	analysisWanted bool
}

// maxCached bounds each render cache; past it the cache starts over, which
// only costs a re-render. Every SSH session has its own caches.
const maxCached = 64

func articlesOf(b *model.Briefing) []*model.Article {
	if b == nil {
		return nil
	}
	return b.Articles
}

// Model is the reader's root model. It owns the children (list, article,
// panels) as plain structs and routes messages to them.
type Model struct {
	b    *model.Briefing
	opts Options

	keys   KeyMap
	help   help.Model
	styles Styles
	dark   bool
	mono   bool // the terminal shows no colours (NO_COLOR, dumb terminals)

	ready bool // a WindowSizeMsg has arrived
	// started is set once the first frame has had time to reach the
	// screen; until then no Glamour render or analysis competes with it
	// for the CPU. settle is how long that is.
	started bool
	settle  time.Duration
	// arrivalEvery is how long the reader waits between taking in
	// articles still being read (arrivalInterval; 0 in tests).
	arrivalEvery time.Duration
	width        int
	height       int
	lay          layout

	focus  focus
	screen screen
	// helpFrom is the screen the help was opened from, to return to it.
	helpFrom screen
	// helpOffset is the first line of the help shown: the help scrolls
	// when the window is short.
	helpOffset int

	// analysed is true once the briefing carries the cross-article
	// analysis; also maps corroborated claims to their other articles.
	analysed bool
	// analysing is true while the analysis runs in its command.
	analysing bool
	loading   loadState
	also      map[refKey]int
	byID      map[string]int // article ID to index, first one wins

	// target is a sentence opened from the overview, highlighted in the
	// article while the article pane has focus.
	target   evidenceTarget
	overview overview

	list    listPane
	article articlePane
	panels  [3]panel

	// memo keeps each pane's last drawing; themeGen counts style changes,
	// which every pane's drawing depends on.
	memo     [memoCount]paneMemo
	footer   footerMemo
	themeGen uint64

	// Glamour results, per model (every SSH session has its own).
	rendered    map[renderKey][][]string
	highlighted map[highlightKey][]string
	pending     map[renderKey]bool
	pendingHi   map[highlightKey]bool
}

// New returns a reader for the briefing.
func New(b *model.Briefing, opts Options) *Model {
	// The briefing is shared read-only (by every SSH session); a copy
	// without nil articles keeps the panes from having to check.
	arts := make([]*model.Article, 0, len(articlesOf(b)))
	for _, a := range articlesOf(b) {
		if a != nil {
			arts = append(arts, a)
		}
	}
	orig := b
	b = &model.Briefing{Articles: arts}
	if orig != nil {
		// Slices of the shared analysis: read, never written.
		b.Entities, b.Corroborations, b.Timeline = orig.Entities, orig.Corroborations, orig.Timeline
	}
	warnings := make([]string, len(opts.Warnings))
	for i, w := range opts.Warnings {
		warnings[i] = safeText(w)
	}
	opts.Warnings = warnings
	m := &Model{
		b:           b,
		opts:        opts,
		keys:        DefaultKeyMap(),
		help:        help.New(),
		dark:        true,
		list:        newListPane(b.Articles),
		article:     newArticlePane(),
		rendered:    map[renderKey][][]string{},
		highlighted: map[highlightKey][]string{},
		pending:     map[renderKey]bool{},
		pendingHi:   map[highlightKey]bool{},
		byID:        make(map[string]int, len(arts)),
		overview:    newOverview(),
		settle:      firstFrameSettle,

		arrivalEvery: arrivalInterval,
	}
	m.indexIDs(0)
	if l := opts.Loading; l != nil && l.Next != nil {
		m.loading = loadState{active: true, read: l.Read, total: l.Total, next: l.Next}
	}
	if analyzed(b, opts) || len(arts) == 0 && !m.loading.active {
		m.setAnalysis(b)
	}
	for i := range m.panels {
		m.panels[i].kind = i
		m.panels[i].article = -1
	}
	m.setTheme(true, false)
	return m
}

// Init implements tea.Model: ask the terminal for its background so the
// palette matches it.
func (m *Model) Init() tea.Cmd {
	if m.loading.active {
		return tea.Batch(tea.RequestBackgroundColor, waitArrivalsCmd(m.loading.next, m.arrivalEvery))
	}
	return tea.RequestBackgroundColor
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.handleResize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		return m, m.handleTheme(msg.IsDark(), m.mono)
	case tea.ColorProfileMsg:
		return m, m.handleTheme(m.dark, msg.Profile <= colorprofile.Ascii)
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseClickMsg:
		return m, m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		return m, m.handleWheel(msg.Mouse())
	case articleRenderedMsg:
		return m, m.handleArticleRendered(msg)
	case highlightRenderedMsg:
		m.handleHighlightRendered(msg)
		return m, nil
	case briefingAnalyzedMsg:
		m.handleAnalyzed(msg)
		return m, nil
	case firstFrameShownMsg:
		return m, m.handleFirstFrameShown()
	case filterDoneMsg:
		return m, m.handleFilterDone(msg)
	case arrivalsMsg:
		return m, m.handleArrivals(msg.a)
	}
	return m, nil
}

func (m *Model) setTheme(dark, mono bool) {
	m.dark, m.mono = dark, mono
	m.themeGen++
	m.styles = NewStyles(dark)
	if mono {
		m.styles = m.styles.Mono()
	}
	m.help.Styles = m.styles.Help
	for i := range m.panels {
		m.panels[i].rewrap(m.styles)
	}
}

// handleTheme switches palette when the terminal's background or colour
// support becomes known; the article is rendered again in the new style.
func (m *Model) handleTheme(dark, mono bool) tea.Cmd {
	if dark == m.dark && mono == m.mono {
		return nil
	}
	m.setTheme(dark, mono)
	if !m.ready {
		return nil
	}
	return m.showArticle(true)
}

// footerHeight is the lines the footer needs: help, and a status line
// when files were skipped.
func (m *Model) footerHeight() int {
	if len(m.opts.Warnings) > 0 {
		return 2
	}
	return 1
}

func (m *Model) handleResize(w, h int) tea.Cmd {
	w, h = max(w, 0), max(h, 0)
	first := !m.ready
	m.ready = true
	if !first && w == m.width && h == m.height {
		return nil
	}
	m.width, m.height = w, h
	m.help.SetWidth(w)
	m.relayout()
	cmd := m.showArticle(!first)
	if first {
		// The first frame shows the plain fallback; Glamour and the
		// analysis start once it is on the screen.
		cmd = tea.Batch(cmd, firstFrameShownCmd(m.settle))
	}
	return cmd
}

// handleFirstFrameShown starts what the first frame did not need: Glamour
// for the article shown, and the analysis, which can take long on a big
// briefing (the overview says "analysing…" until it arrives).
func (m *Model) handleFirstFrameShown() tea.Cmd {
	if m.started {
		return nil
	}
	m.started = true
	cmd := m.showArticle(true)
	if len(m.b.Articles) <= eagerAnalysisLimit {
		cmd = tea.Batch(cmd, m.startAnalysis())
	}
	return cmd
}

// eagerAnalysisLimit is the largest briefing analysed as soon as the first
// frame is up. A larger one is analysed when the overview is first opened:
// analysing thousands of articles takes seconds of both cores and hundreds
// of megabytes, which a reader who never opens the overview should not pay.
const eagerAnalysisLimit = 500

// startAnalysis starts the cross-article analysis unless the briefing has it
// or it is already under way.
func (m *Model) startAnalysis() tea.Cmd {
	if m.analysed || m.analysing {
		return nil
	}
	if m.loading.active {
		// The analysis is of the whole set: it waits for the last
		// article rather than running twice.
		return nil
	}
	m.analysing = true
	return analyzeCmd(m.b)
}

// relayout computes the layout for the current size and focus and, when it
// changed, hands each child its size.
func (m *Model) relayout() {
	l := computeLayout(m.width, m.height, m.footerHeight(), m.focus)
	if l == m.lay {
		return
	}
	m.lay = l
	m.applySizes()
}

// applySizes hands each child its content size. It runs only when the
// layout changes.
func (m *Model) applySizes() {
	lw, lh := inner(m.lay.list)
	m.list.SetSize(lw, lh)
	aw, ah := inner(m.lay.article)
	m.article.SetSize(aw, ah)
	for i := range m.panels {
		pw, ph := inner(m.lay.panels[i])
		m.panels[i].SetSize(pw, ph, m.styles)
	}
	ow, oh := inner(m.lay.overview)
	m.overview.SetSize(ow, oh, m.styles)
}

// showArticle makes the article pane and panels show the list's selected
// article at the current width: from the cache, or with a plain fallback
// and a Glamour command. keep says the same article is being re-rendered
// (resize, theme), so the reading position and selection are kept.
func (m *Model) showArticle(keep bool) tea.Cmd {
	if !m.ready || m.lay.mode == layoutTooSmall {
		return nil
	}
	idx := m.list.selected()
	var a *model.Article
	if idx >= 0 {
		a = m.b.Articles[idx]
	}
	same := keep && idx == m.article.index
	if !same {
		m.article.setArticle(idx, a)
		for i := range m.panels {
			m.panels[i].setArticle(idx, a, m.also, m.styles)
		}
		if m.target.article != idx {
			m.target = evidenceTarget{}
		}
	}
	if a == nil {
		return nil
	}
	var hb int
	var hsp markSpan
	hadHi := same && m.article.hiBlock >= 0
	if hadHi {
		hb, hsp = m.article.hiBlock, m.article.hiSpan
	}
	key := m.renderKey()
	var cmds []tea.Cmd
	ck := m.cacheKey(key, -1, markSpan{})
	if lines, ok := m.rendered[key]; ok {
		m.article.setBase(lines, true)
	} else if lines, ok := m.opts.RenderCache.get(ck); ok && len(lines) == len(m.article.blocks) {
		m.keepRendered(key, lines)
		m.article.setBase(lines, true)
	} else {
		m.article.fallback(m.styles)
		if m.started && !m.pending[key] {
			m.pending[key] = true
			cmds = append(cmds, renderArticleCmd(key, ck, m.opts.RenderCache, m.article.blocks, m.article.cues, m.styles))
		}
	}
	if hadHi {
		// The reading position is kept, but evidence being looked at
		// must stay in view when the pane shrinks.
		m.article.hiBlock, m.article.hiSpan = hb, hsp
		m.article.rebuild(true)
		m.article.scrollToEvidence()
	}
	cmds = append(cmds, m.syncEvidence(false))
	return tea.Batch(cmds...)
}

// cacheKey is the shared cache's name for a rendering of the article shown:
// the whole article (block -1) or one block with span highlighted.
func (m *Model) cacheKey(k renderKey, block int, span markSpan) cacheKey {
	return cacheKey{art: m.article.art, width: k.width, dark: k.dark, mono: k.mono,
		block: block, start: span.Start, end: span.End}
}

// keepRendered stores an article rendering in the session's cache.
func (m *Model) keepRendered(k renderKey, lines [][]string) {
	if len(m.rendered) >= maxCached {
		clear(m.rendered)
	}
	m.rendered[k] = lines
}

func (m *Model) renderKey() renderKey {
	return renderKey{article: m.article.index, width: m.article.textWidth(), dark: m.dark, mono: m.mono}
}

// syncEvidence highlights the selected item of the focused panel in the
// article (or clears the highlight when no panel is focused). With scroll,
// the article scrolls to it.
func (m *Model) syncEvidence(scroll bool) tea.Cmd {
	at, ok := m.evidence()
	if !ok {
		m.article.clearHighlight()
		return nil
	}
	bi := m.article.blockForLoc(at)
	if bi < 0 {
		m.article.clearHighlight() // a location the article does not have
		return nil
	}
	sp := markSpan{Start: at.Start, End: at.End}
	hk := highlightKey{renderKey: m.renderKey(), block: bi, start: sp.Start, end: sp.End}
	lines, ok := m.highlighted[hk]
	ck := m.cacheKey(hk.renderKey, bi, sp)
	if !ok {
		if ls, hit := m.opts.RenderCache.get(ck); hit && len(ls) == 1 {
			lines, ok = ls[0], true
			m.keepHighlighted(hk, lines)
		}
	}
	if !m.article.glamoured {
		lines, ok = nil, false // the highlight is made with Glamour; wait for the base
	}
	if scroll || m.article.hiBlock != bi || m.article.hiSpan != sp {
		m.article.highlight(bi, sp, lines) // scrolls the evidence into view
	} else if ok {
		m.article.setHighlightLines(lines)
	}
	if ok || !m.article.glamoured || m.pendingHi[hk] {
		return nil
	}
	m.pendingHi[hk] = true
	return renderHighlightCmd(hk, ck, m.opts.RenderCache, m.article.blocks[bi], m.article.cues[bi], m.styles)
}

// keepHighlighted stores a highlighted block in the session's cache.
func (m *Model) keepHighlighted(k highlightKey, lines []string) {
	if len(m.highlighted) >= maxCached {
		clear(m.highlighted)
	}
	m.highlighted[k] = lines
}

// evidence is the sentence to highlight: the focused panel's selected
// item, or the sentence opened from the overview while the article pane
// has focus.
func (m *Model) evidence() (model.Loc, bool) {
	if pi := m.focus.panelIndex(); pi >= 0 {
		if it := m.panels[pi].selectedItem(); it != nil {
			return it.at, true
		}
		return model.Loc{}, false
	}
	t := m.target
	if t.set && m.focus == focusArticle && t.article == m.article.index {
		return t.at, true
	}
	return model.Loc{}, false
}

func (m *Model) handleArticleRendered(msg articleRenderedMsg) tea.Cmd {
	delete(m.pending, msg.key)
	if msg.err != nil {
		return nil // the plain fallback stays; it is readable
	}
	m.keepRendered(msg.key, msg.lines)
	if msg.key != m.renderKey() {
		return nil // stale: another article, width or theme is shown now
	}
	hb, hsp := m.article.hiBlock, m.article.hiSpan
	m.article.setBase(msg.lines, true)
	if hb >= 0 {
		m.article.hiBlock, m.article.hiSpan = hb, hsp
		m.article.rebuild(true)
		// Glamour's lines are not the fallback's: the evidence must
		// still be in view.
		m.article.scrollToEvidence()
		return m.syncEvidence(false)
	}
	return nil
}

func (m *Model) handleHighlightRendered(msg highlightRenderedMsg) {
	delete(m.pendingHi, msg.key)
	if msg.err != nil {
		return
	}
	m.keepHighlighted(msg.key, msg.lines)
	a := &m.article
	if msg.key.renderKey != m.renderKey() || !a.glamoured || msg.key.block != a.hiBlock ||
		msg.key.start != a.hiSpan.Start || msg.key.end != a.hiSpan.End {
		return
	}
	a.setHighlightLines(msg.lines)
}

// helpKeys is the help.KeyMap for the current focus.
func (m *Model) helpKeys() keyHelp {
	return keyHelp{k: m.keys, focus: m.focus, filtering: m.list.filtering, warnings: len(m.opts.Warnings) > 0,
		overview: m.screen == screenOverview}
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if key.Matches(msg, k.Quit) && !(m.list.filtering && msg.String() == "q") {
		return tea.Quit
	}
	if !m.ready {
		return nil
	}
	switch m.screen {
	case screenHelp:
		m.handleHelpKey(msg)
		return nil
	case screenWarnings:
		if key.Matches(msg, k.Back, k.Help, k.Warnings) {
			m.screen = screenMain
		}
		return nil
	case screenOverview:
		return m.handleOverviewKey(msg)
	}
	if m.list.filtering {
		return m.handleFilterKey(msg)
	}
	switch {
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil
	case key.Matches(msg, k.Overview):
		m.screen = screenOverview
		m.loading.analysisWanted = true
		return m.startAnalysis()
	case key.Matches(msg, k.Warnings) && len(m.opts.Warnings) > 0:
		m.screen = screenWarnings
		return nil
	case key.Matches(msg, k.NextPane):
		return m.setFocus((m.focus + 1) % focusCount)
	case key.Matches(msg, k.PrevPane):
		return m.setFocus((m.focus + focusCount - 1) % focusCount)
	case key.Matches(msg, k.Filter):
		m.focus = focusList
		m.relayout()
		m.list.filtering = true
		m.list.clampOffset()
		return m.syncEvidence(false)
	case key.Matches(msg, k.Back):
		if m.focus == focusList && m.list.query != "" {
			m.list.clearQuery()
			return m.showArticle(true)
		}
		return m.setFocus(focusList)
	case key.Matches(msg, k.NextArt):
		return m.moveArticle(1)
	case key.Matches(msg, k.PrevArt):
		return m.moveArticle(-1)
	}
	switch m.focus {
	case focusList:
		return m.handleListKey(msg)
	case focusArticle:
		m.handleArticleKey(msg)
		return nil
	default:
		return m.handlePanelKey(msg)
	}
}

func (m *Model) setFocus(f focus) tea.Cmd {
	m.focus = f
	m.target = evidenceTarget{} // the opened sentence gives way to the panes
	m.relayout()
	return m.syncEvidence(true)
}

func (m *Model) moveArticle(d int) tea.Cmd {
	old := m.list.selected()
	m.list.move(d)
	if m.list.selected() == old {
		return nil
	}
	return m.showArticle(false)
}

func (m *Model) handleListKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	old := m.list.selected()
	switch {
	case key.Matches(msg, k.Up):
		m.list.move(-1)
	case key.Matches(msg, k.Down):
		m.list.move(1)
	case key.Matches(msg, k.PageUp, k.HalfUp):
		m.list.move(-m.list.rows())
	case key.Matches(msg, k.PageDown, k.HalfDown):
		m.list.move(m.list.rows())
	case key.Matches(msg, k.Top):
		m.list.top()
	case key.Matches(msg, k.Bottom):
		m.list.bottom()
	case key.Matches(msg, k.Open):
		if m.list.selected() >= 0 {
			return m.setFocus(focusArticle)
		}
	}
	if m.list.selected() != old {
		return m.showArticle(false)
	}
	return nil
}

func (m *Model) handleFilterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	old := m.list.selected()
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Accept):
		m.list.filtering = false
	case key.Matches(msg, k.Cancel):
		m.list.filtering = false
		m.list.clearQuery()
	case msg.Code == tea.KeyBackspace:
		if q := []rune(m.list.query); len(q) > 0 {
			cmd = m.list.setQuery(string(q[:len(q)-1]))
		}
	case key.Matches(msg, k.Up):
		if msg.Text == "" {
			m.list.move(-1)
		} else {
			cmd = m.list.setQuery(m.list.query + msg.Text)
		}
	case key.Matches(msg, k.Down):
		if msg.Text == "" {
			m.list.move(1)
		} else {
			cmd = m.list.setQuery(m.list.query + msg.Text)
		}
	case msg.Text != "" && len(m.list.query) < 200:
		cmd = m.list.setQuery(m.list.query + msg.Text)
	}
	m.list.clampOffset()
	if m.list.selected() != old {
		return tea.Batch(cmd, m.showArticle(false))
	}
	return cmd
}

// handleFilterDone shows a filtering that finished off the key path, if
// the query is still the one it was made for.
func (m *Model) handleFilterDone(msg filterDoneMsg) tea.Cmd {
	old := m.list.selected()
	if msg.extends {
		m.list.extending = false
		m.list.merge(msg.step, msg.from)
	} else {
		m.list.keep(msg.seq, msg.step)
	}
	// Articles may have arrived while this filtering ran.
	cmd := m.list.extendCmd()
	if m.list.selected() != old {
		return tea.Batch(cmd, m.showArticle(false))
	}
	return cmd
}

// handleArrivals takes in articles and warnings read since the last
// arrivals. Articles go at the bottom of the list (and through the filter
// when one is typed), so nothing the reader is looking at moves. Once
// the last has arrived the analysis may start; until then the next
// arrivals are waited for.
func (m *Model) handleArrivals(a Arrivals) tea.Cmd {
	if !m.loading.active {
		return nil
	}
	m.loading.read, m.loading.total = a.Read, a.Total
	var cmds []tea.Cmd
	old := m.list.selected()
	if len(a.Articles) > 0 {
		from := len(m.b.Articles)
		m.b.Articles = append(m.b.Articles, a.Articles...)
		m.indexIDs(from)
		cmds = append(cmds, m.list.add(m.b.Articles))
	}
	m.list.gen++ // the list's title shows the progress
	if len(a.Warnings) > 0 {
		for _, w := range a.Warnings {
			m.opts.Warnings = append(m.opts.Warnings, safeText(w))
		}
		m.footer.set = false // the count of skipped files changed
		if m.ready {
			m.relayout() // the status line may be new
		}
	}
	if m.list.selected() != old {
		cmds = append(cmds, m.showArticle(false))
	}
	if !a.Done {
		return tea.Batch(append(cmds, waitArrivalsCmd(m.loading.next, m.arrivalEvery))...)
	}
	m.loading = loadState{analysisWanted: m.loading.analysisWanted}
	if m.started && (len(m.b.Articles) <= eagerAnalysisLimit || m.loading.analysisWanted) {
		cmds = append(cmds, m.startAnalysis())
	}
	return tea.Batch(cmds...)
}

// indexIDs adds the articles from from on to byID; the first article of an
// ID keeps it.
func (m *Model) indexIDs(from int) {
	for i := from; i < len(m.b.Articles); i++ {
		id := m.b.Articles[i].ID
		if _, ok := m.byID[id]; !ok {
			m.byID[id] = i
		}
	}
}

func (m *Model) handleArticleKey(msg tea.KeyPressMsg) {
	k := m.keys
	a := &m.article
	switch {
	case key.Matches(msg, k.Up):
		a.scroll(-1)
	case key.Matches(msg, k.Down):
		a.scroll(1)
	case key.Matches(msg, k.PageUp):
		a.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		a.vp.PageDown()
	case key.Matches(msg, k.HalfUp):
		a.vp.HalfPageUp()
	case key.Matches(msg, k.HalfDown):
		a.vp.HalfPageDown()
	case key.Matches(msg, k.Top):
		a.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		a.vp.GotoBottom()
	}
}

func (m *Model) handlePanelKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	p := &m.panels[m.focus.panelIndex()]
	moved := false
	switch {
	case key.Matches(msg, k.Up):
		moved = p.move(-1)
	case key.Matches(msg, k.Down):
		moved = p.move(1)
	case key.Matches(msg, k.PageUp, k.HalfUp):
		moved = p.move(-3)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		moved = p.move(3)
	case key.Matches(msg, k.Top):
		moved = p.move(-len(p.items))
	case key.Matches(msg, k.Bottom):
		moved = p.move(len(p.items))
	case key.Matches(msg, k.Open):
		return m.setFocus(focusArticle)
	}
	if moved {
		return m.syncEvidence(true)
	}
	return nil
}

// paneAt is the pane under a screen cell, honouring the narrow layout where
// only the focused pane is drawn.
func (m *Model) paneAt(x, y int) (focus, rect, bool) {
	l := m.lay
	if l.mode == layoutNarrow {
		if pi := m.focus.panelIndex(); pi >= 0 {
			if l.panels[pi].contains(x, y) {
				return m.focus, l.panels[pi], true
			}
			if l.article.y != l.panels[pi].y && l.article.contains(x, y) {
				return focusArticle, l.article, true
			}
			return 0, rect{}, false
		}
		if l.list.contains(x, y) {
			return m.focus, l.list, true
		}
		return 0, rect{}, false
	}
	if l.list.contains(x, y) {
		return focusList, l.list, true
	}
	if l.article.contains(x, y) {
		return focusArticle, l.article, true
	}
	for i, r := range l.panels {
		if r.contains(x, y) {
			return focusClaims + focus(i), r, true
		}
	}
	return 0, rect{}, false
}

func (m *Model) handleWheel(ms tea.Mouse) tea.Cmd {
	if !m.ready || m.lay.mode == layoutTooSmall {
		return nil
	}
	d := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		d = -3
	case tea.MouseWheelDown:
		d = 3
	default:
		return nil
	}
	switch m.screen {
	case screenHelp:
		m.scrollHelp(d)
		return nil
	case screenOverview:
		m.overview.move(d/3, m.styles)
		return nil
	case screenMain:
	default:
		return nil
	}
	f, _, ok := m.paneAt(ms.X, ms.Y)
	if !ok {
		return nil
	}
	switch f {
	case focusList:
		// The wheel moves the selection, one article a notch: a view
		// scrolled away from the selection would jump back on the next
		// key.
		return m.moveArticle(d / 3)
	case focusArticle:
		m.article.scroll(d)
	default:
		// Like the list: the wheel moves the selection one item a notch,
		// so the next key goes on from what is shown, and the evidence
		// follows when the panel has focus.
		if m.panels[f.panelIndex()].move(d/3) && m.focus == f {
			return m.syncEvidence(true)
		}
	}
	return nil
}

func (m *Model) handleClick(ms tea.Mouse) tea.Cmd {
	if !m.ready || m.lay.mode == layoutTooSmall || ms.Button != tea.MouseLeft {
		return nil
	}
	if m.screen == screenOverview {
		return m.handleOverviewClick(ms)
	}
	if m.screen != screenMain {
		return nil
	}
	if m.lay.mode == layoutNarrow && m.lay.tabs.contains(ms.X, ms.Y) {
		if f, ok := m.tabAt(ms.X); ok {
			return m.setFocus(f)
		}
		return nil
	}
	f, r, ok := m.paneAt(ms.X, ms.Y)
	if !ok {
		return nil
	}
	row := ms.Y - r.y - 1
	switch f {
	case focusList:
		m.focus = focusList
		if pos := m.list.rowAt(row); pos >= 0 && row < m.list.h {
			old := m.list.selected()
			m.list.cursor = pos
			m.list.clampOffset()
			if m.list.selected() != old {
				return tea.Batch(m.showArticle(false), m.syncEvidence(false))
			}
		}
		return m.syncEvidence(false)
	case focusArticle:
		return m.setFocus(focusArticle)
	default:
		p := &m.panels[f.panelIndex()]
		m.focus = f
		if i := p.itemAt(row); i >= 0 && row < p.h {
			p.cursor = i
			p.ensureVisible()
		}
		return m.syncEvidence(true)
	}
}
