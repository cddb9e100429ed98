package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View implements tea.Model. It only arranges what the children already
// prepared; it never renders Markdown.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// Render is the screen as a string: exactly the window's height in lines,
// each exactly its width, so nothing stale survives a redraw.
func (m *Model) Render() string {
	if !m.ready {
		return ""
	}
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	var lines []string
	switch {
	case m.lay.mode == layoutTooSmall:
		lines = m.viewTooSmall()
	case m.screen == screenHelp:
		lines = m.viewHelp()
	case m.screen == screenWarnings:
		lines = m.viewWarnings()
	case m.screen == screenOverview:
		lines = m.viewOverview()
	default:
		lines = m.viewMain()
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	lines = lines[:h]
	for i, l := range lines {
		lines[i] = fit(l, w)
	}
	return strings.Join(lines, "\n")
}

func (m *Model) viewTooSmall() []string {
	msg := ""
	for _, cand := range []string{
		fmt.Sprintf("Window too small: make it at least %d×%d", minWidth, minHeight),
		fmt.Sprintf("Too small: need %d×%d", minWidth, minHeight),
		"Too small",
	} {
		msg = cand
		if ansi.StringWidth(cand) <= m.width {
			break
		}
	}
	lines := make([]string, m.height)
	lines[m.height/2] = m.styles.Footer.Warn.Render(ansi.Truncate(msg, m.width, ""))
	return lines
}

func (m *Model) viewMain() []string {
	st := m.styles
	l := m.lay
	screen := make([][]string, l.h)
	// put places a pane's box, whose lines are exactly r.w cells wide.
	put := func(r rect, block []string) {
		for i := 0; i < r.h && r.y+i < len(screen); i++ {
			line := ""
			if i < len(block) {
				line = block[i]
			} else {
				line = strings.Repeat(" ", r.w)
			}
			screen[r.y+i] = append(screen[r.y+i], line)
		}
	}
	// Each pane is drawn again only when what it shows changed; the
	// others reuse their last drawing.
	drawList := func() {
		on := m.focus == focusList
		key := paneKey{w: l.list.w, h: l.list.h, focused: on, theme: m.themeGen, gen: m.list.gen,
			a: m.list.offset, b: m.list.cursor, flag: m.list.filtering}
		put(l.list, m.memo[memoList].get(key, func() []string {
			title := m.listTitle(l.list.w-4, on)
			note := ""
			if n := len(m.list.visible); n > 0 && m.list.selected() >= 0 {
				note = thousands(m.list.cursor+1) + "/" + thousands(n)
			}
			return box(st, title, note, m.list.View(st, on), l.list.w, l.list.h, on)
		}))
	}
	drawArticle := func() {
		on := m.focus == focusArticle
		key := paneKey{w: l.article.w, h: l.article.h, focused: on, theme: m.themeGen, gen: m.article.gen,
			a: m.article.vp.YOffset()}
		put(l.article, m.memo[memoArticle].get(key, func() []string {
			title := st.PaneTitle.Render("Article")
			if on {
				title = st.PaneTitleOn.Render("Article")
			}
			return box(st, title, m.article.note(), m.article.View(st), l.article.w, l.article.h, on)
		}))
	}
	drawPanel := func(i int) {
		p := &m.panels[i]
		on := m.focus.panelIndex() == i
		key := paneKey{w: l.panels[i].w, h: l.panels[i].h, focused: on, theme: m.themeGen, gen: p.gen,
			a: p.offset, b: p.cursor}
		put(l.panels[i], m.memo[memoPanels+i].get(key, func() []string {
			return box(st, p.title(st), p.note(), p.View(st, on), l.panels[i].w, l.panels[i].h, on)
		}))
	}
	switch l.mode {
	case layoutNarrow:
		screen[l.tabs.y] = []string{m.viewTabs()}
		switch m.focus {
		case focusList:
			drawList()
		case focusArticle:
			drawArticle()
		default:
			drawPanel(m.focus.panelIndex())
			if l.article.y != l.panels[m.focus.panelIndex()].y {
				drawArticle()
			}
		}
	default:
		drawList()
		drawArticle()
		for i := range m.panels {
			drawPanel(i)
		}
	}
	out := make([]string, 0, l.h)
	for y := range l.footer.y {
		out = append(out, strings.Join(screen[y], ""))
	}
	return append(out, m.viewFooter()...)
}

// listTitle is the list's title for a top edge of room cells: "Articles"
// and their number, or while the briefing is still read, the progress in
// the longest form that fits, so the edge stays one line at any width.
func (m *Model) listTitle(room int, on bool) string {
	st := m.styles
	name := st.PaneTitle.Render("Articles")
	if on {
		name = st.PaneTitleOn.Render("Articles")
	}
	if !m.loading.active {
		return name + st.List.Meta.Render(" "+thousands(len(m.b.Articles)))
	}
	read, total := thousands(m.loading.read), thousands(m.loading.total)
	if s := " · reading " + read + " / " + total; cellWidth("Articles"+s) <= room {
		return name + st.List.Meta.Render(s)
	}
	pct := "0%"
	if m.loading.total > 0 {
		pct = strconv.Itoa(m.loading.read*100/m.loading.total) + "%"
	}
	for _, s := range []string{"Reading " + read + " / " + total, "Reading " + read + "/" + total, read + "/" + total, "Reading " + pct} {
		if cellWidth(s) <= room {
			return st.List.Meta.Render(s)
		}
	}
	return st.List.Meta.Render(pct)
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// tabLabels are the narrow layout's tabs, long and short forms.
func tabLabels(short bool) [focusCount]string {
	if short {
		return [focusCount]string{"List", "Text", "Claims", "Open", "Unverif."}
	}
	return [focusCount]string{"Articles", "Article", "Claims", "Open questions", "Unverified"}
}

// tabLayout places the tab labels: the long labels when they fit, else the
// short ones, else only the focused tab between arrows.
func (m *Model) tabLayout() (labels [focusCount]string, xs [focusCount]int, single bool) {
	for _, short := range []bool{false, true} {
		labels = tabLabels(short)
		x := 0
		for i, lb := range labels {
			xs[i] = x
			x += ansi.StringWidth(lb) + 3
		}
		if x-3 <= m.width {
			return labels, xs, false
		}
	}
	return tabLabels(true), xs, true
}

func (m *Model) viewTabs() string {
	st := m.styles
	labels, _, single := m.tabLayout()
	if single {
		return st.Tabs.Sep.Render("‹ ") + st.Tabs.Active.Render(labels[m.focus]) + st.Tabs.Sep.Render(" ›")
	}
	var sb strings.Builder
	for i, lb := range labels {
		if i > 0 {
			sb.WriteString(st.Tabs.Sep.Render(" │ "))
		}
		if focus(i) == m.focus {
			sb.WriteString(st.Tabs.Active.Render(lb))
		} else {
			sb.WriteString(st.Tabs.Inactive.Render(lb))
		}
	}
	return sb.String()
}

// tabAt is the tab under column x of the tab bar.
func (m *Model) tabAt(x int) (focus, bool) {
	labels, xs, single := m.tabLayout()
	if single {
		if x < 2 {
			return (m.focus + focusCount - 1) % focusCount, true
		}
		return (m.focus + 1) % focusCount, true
	}
	for i := range labels {
		if x >= xs[i] && x < xs[i]+ansi.StringWidth(labels[i]) {
			return focus(i), true
		}
	}
	return 0, false
}

func (m *Model) viewFooter() []string {
	key := footerKey{width: m.width, theme: m.themeGen, h: m.lay.footer.h, focus: m.focus,
		filtering: m.list.filtering, overview: m.screen == screenOverview}
	if m.footer.set && m.footer.key == key {
		return m.footer.lines
	}
	m.footer = footerMemo{key: key, lines: m.drawFooter(), set: true}
	return m.footer.lines
}

func (m *Model) drawFooter() []string {
	var out []string
	if n := len(m.opts.Warnings); n > 0 && m.lay.footer.h > 1 {
		s := "s"
		if n == 1 {
			s = ""
		}
		out = append(out, m.styles.Footer.Warn.Render(fmt.Sprintf("⚠ %d file%s skipped", n, s))+
			m.styles.Footer.Help.Render(" · press w to list"))
	}
	return append(out, " "+m.help.ShortHelpView(m.helpKeys().ShortHelp()))
}

// helpBody is the help screen's text at the current width: the key
// columns side by side when they fit, else one under another, so no key is
// cut off in a narrow window.
func (m *Model) helpBody() []string {
	st := m.styles
	iw, _ := inner(rect{w: m.width, h: m.height})
	hm := m.help
	hm.SetWidth(max(iw-2, 1))
	groups := m.helpKeys().FullHelp()
	total := 0
	for _, g := range groups {
		total += lipgloss.Width(hm.FullHelpView([][]key.Binding{g})) + 4
	}
	body := []string{""}
	if total-4 <= iw-2 {
		for _, l := range strings.Split(hm.FullHelpView(groups), "\n") {
			body = append(body, " "+l)
		}
	} else {
		for i, g := range groups {
			if i > 0 {
				body = append(body, "")
			}
			for _, l := range strings.Split(hm.FullHelpView([][]key.Binding{g}), "\n") {
				body = append(body, " "+l)
			}
		}
	}
	note := func(s string) string { return "   " + st.HelpScreen.Desc.Render(s) }
	return append(body, "",
		" "+st.HelpScreen.Title.Render("Reading"),
		note("Move through Claims, Open questions or Unverified:"),
		note("the sentence is highlighted in the article."),
		"   "+st.HelpScreen.Desc.Render("Cue words (reporting verbs, hedges) are ")+st.Panel.Cue.Render("underlined")+st.HelpScreen.Desc.Render("."),
		note("Mouse: the wheel scrolls the pane under it, a click selects."),
		"",
		" "+st.HelpScreen.Title.Render("Overview"),
		note("o opens who and what the articles name, the claims"),
		note("several articles report, and a timeline; enter opens"),
		note("an entry's article at its sentence."),
		"",
		note("esc or ? closes this help"),
	)
}

func (m *Model) viewHelp() []string {
	st := m.styles
	body := m.helpBody()
	_, ih := inner(rect{w: m.width, h: m.height})
	off := min(m.helpOffset, max(len(body)-ih, 0))
	body = body[off:]
	note := ""
	if len(body) > ih {
		note = "↓ more"
		if off > 0 {
			note = "↑↓ more"
		}
	} else if off > 0 {
		note = "↑ more"
	}
	return box(st, st.PaneTitleOn.Render("Help"), note, body, m.width, m.height, true)
}

// viewOverview is the overview screen: the tabs and their lists in one box,
// with the footer below.
func (m *Model) viewOverview() []string {
	st := m.styles
	r := m.lay.overview
	body := m.overview.View(st)
	if m.loading.active && !m.analysed {
		// The analysis is of every article: it starts once all are read.
		body = body[:min(len(body), m.overview.header())]
		msg := "Waiting for every article to be read (" + thousands(m.loading.read) + " / " + thousands(m.loading.total) + ")…"
		for _, sp := range wrapOffsets(msg, max(r.w-6, 1)) {
			body = append(body, "  "+st.Panel.Empty.Render(msg[sp.start:sp.end]))
		}
	}
	out := box(st, st.PaneTitleOn.Render("Overview"), m.overview.note(), body, r.w, r.h, true)
	return append(out, m.viewFooter()...)
}

func (m *Model) viewWarnings() []string {
	st := m.styles
	iw, _ := inner(rect{w: m.width, h: m.height})
	body := []string{""}
	for _, w := range m.opts.Warnings {
		for _, sp := range wrapOffsets(w, max(iw-4, 1)) {
			prefix := "   "
			if sp.start == 0 {
				prefix = " • "
			}
			body = append(body, prefix+st.Panel.Text.Render(w[sp.start:sp.end]))
		}
	}
	body = append(body, "", " "+st.HelpScreen.Desc.Render("esc or w closes this list"))
	return box(st, st.Footer.Warn.Render("Skipped files"), "", body, m.width, m.height, true)
}
