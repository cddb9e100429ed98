package ui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/model"
)

// listPane is the article list. It keeps the visible order as indices into
// the briefing and renders only the rows that fit, so a briefing of
// thousands of articles costs nothing extra per frame.
type listPane struct {
	arts    []*model.Article
	visible []int // indices into arts, in display order
	cursor  int   // position in visible
	offset  int   // first visible row shown
	w, h    int   // content size inside the border

	filtering bool   // typing a filter
	query     string // the filter, applied as it is typed

	// gen counts changes to what the rows show other than the cursor
	// and offset (the filter), so a frame can reuse the last drawing.
	gen uint64

	titles []string // for matching, built once

	// seq counts query changes: a filtering made for an older query is
	// not shown. steps are the results of the query's prefixes, shortest
	// first, the last one shown when it is the query's own.
	seq   uint64
	steps []filterStep
	// extending is set while the articles that arrived after the shown
	// result are filtered in a command.
	extending bool
}

// titleLines is how many lines a title may wrap to: two in a narrow list,
// so titles are readable rather than cut after a few words; one when the
// list is too short to show several articles otherwise.
func (l *listPane) titleLines() int {
	if l.w >= 60 || l.h < 12 {
		return 1
	}
	return 2
}

// metaLines is one line for date and counts when they fit (or the list
// is short), else two.
func (l *listPane) metaLines() int {
	if l.w >= 48 || l.h < 12 {
		return 1
	}
	return 2
}

// rowHeight is the fixed number of lines per article, so scrolling and
// clicks map to rows with arithmetic, whatever the titles.
func (l *listPane) rowHeight() int { return l.titleLines() + l.metaLines() }

func newListPane(arts []*model.Article) listPane {
	l := listPane{arts: arts}
	l.titles = make([]string, len(arts))
	for i, a := range arts {
		l.titles[i] = titleOf(a)
	}
	l.resetVisible()
	return l
}

func (l *listPane) resetVisible() {
	l.gen++
	l.visible = make([]int, len(l.arts))
	for i := range l.arts {
		l.visible[i] = i
	}
}

// SetSize sets the content size inside the border.
func (l *listPane) SetSize(w, h int) {
	l.w, l.h = w, h
	l.clampOffset()
}

// selected is the index in the briefing of the selected article, or -1.
func (l *listPane) selected() int {
	if l.cursor < 0 || l.cursor >= len(l.visible) {
		return -1
	}
	return l.visible[l.cursor]
}

func (l *listPane) rows() int { return max(l.bodyHeight()/l.rowHeight(), 1) }

// bodyHeight is the rows available for articles, below the filter line.
func (l *listPane) bodyHeight() int {
	if l.filtering || l.query != "" {
		return max(l.h-1, 0)
	}
	return l.h
}

func (l *listPane) move(d int) {
	if len(l.visible) == 0 {
		return
	}
	l.cursor = clamp(l.cursor+d, 0, len(l.visible)-1)
	l.clampOffset()
}

func (l *listPane) top()    { l.move(-len(l.visible)) }
func (l *listPane) bottom() { l.move(len(l.visible)) }

func (l *listPane) clampOffset() {
	n := l.rows()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+n {
		l.offset = l.cursor - n + 1
	}
	l.offset = clamp(l.offset, 0, max(len(l.visible)-n, 0))
}

// selectIndex moves the cursor to the briefing index i if it is visible.
func (l *listPane) selectIndex(i int) {
	for pos, v := range l.visible {
		if v == i {
			l.cursor = pos
			l.clampOffset()
			return
		}
	}
}

// rowAt is the visible position under content row y, or -1.
func (l *listPane) rowAt(y int) int {
	if l.filtering || l.query != "" {
		y--
	}
	if y < 0 {
		return -1
	}
	pos := l.offset + y/l.rowHeight()
	if pos >= len(l.visible) {
		return -1
	}
	return pos
}

// clearQuery shows every article again. Results still being made for an
// earlier query are dropped when they arrive.
func (l *listPane) clearQuery() {
	prev := l.selected()
	l.seq++
	l.query = ""
	l.steps = nil
	l.resetVisible()
	l.cursor = 0
	if prev >= 0 {
		l.selectIndex(prev)
	}
	l.clampOffset()
}

// setQuery shows the query at once and filters for it: from the result of
// a prefix kept from earlier keys when there is one (typing narrows,
// backspace returns to a result already made), on the key path when few
// articles are left to look at, else in the returned command.
func (l *listPane) setQuery(q string) tea.Cmd {
	if q == "" {
		l.clearQuery()
		return nil
	}
	l.seq++
	l.gen++
	l.query = q
	// Keep the results of the query's prefixes only: the rest can neither
	// be returned to by backspace nor narrowed from.
	kept := l.steps[:0]
	for _, st := range l.steps {
		if strings.HasPrefix(q, st.query) {
			kept = append(kept, st)
		}
	}
	clear(l.steps[len(kept):])
	l.steps = kept
	if n := len(l.steps); n > 0 && l.steps[n-1].query == q {
		l.show(l.steps[n-1])
		return l.extendCmd()
	}
	j := filterJob{seq: l.seq, query: q, arts: l.arts, titles: l.titles}
	if n := len(l.steps); n > 0 {
		// Narrow the prefix's result, and look at every article that
		// arrived after it was made.
		j.cand, j.from = l.steps[n-1].set, l.steps[n-1].upto
	}
	if j.candidates() <= syncFilterMax {
		l.keep(j.seq, j.run())
		return l.extendCmd()
	}
	return filterCmd(j)
}

// add takes the briefing's articles after more were read: arts is every
// article, the new ones at its end. They go below the rows shown, so the
// cursor, the selection and the scroll stay where they are. With a
// filter, the new articles are filtered for it (in the returned command
// when there are many).
func (l *listPane) add(arts []*model.Article) tea.Cmd {
	from := len(l.arts)
	if len(arts) <= from {
		return nil
	}
	l.gen++
	l.arts = arts
	for _, a := range arts[from:] {
		l.titles = append(l.titles, titleOf(a))
	}
	if l.query == "" {
		// Without a query visible is the list's own slice, never a
		// step's, so it may grow in place.
		for i := from; i < len(arts); i++ {
			l.visible = append(l.visible, i)
		}
		return nil
	}
	return l.extendCmd()
}

// extendCmd filters, for the query shown, the articles that arrived after
// its result was made, unless that is already under way; a few are
// filtered at once.
func (l *listPane) extendCmd() tea.Cmd {
	n := len(l.steps)
	if l.extending || l.query == "" || n == 0 || l.steps[n-1].query != l.query {
		return nil // no query, or its result is still being made
	}
	st := l.steps[n-1]
	if st.upto >= len(l.arts) {
		return nil
	}
	j := filterJob{seq: l.seq, query: st.query, arts: l.arts, titles: l.titles, from: st.upto}
	if j.candidates() <= syncFilterMax {
		l.merge(j.run(), j.from)
		return nil
	}
	l.extending = true
	return extendCmd(j)
}

// merge appends to the step of more's query ending at from the result for
// the articles after it. The rows shown only grow at the bottom.
func (l *listPane) merge(more filterStep, from int) {
	for i := range l.steps {
		st := l.steps[i]
		if st.query != more.query || st.upto != from {
			continue
		}
		shown := i == len(l.steps)-1 && st.query == l.query
		l.steps[i] = st.extend(more)
		if shown {
			l.gen++
			l.visible = l.steps[i].visible
			if l.cursor >= len(l.visible) || l.cursor < 0 {
				l.cursor = 0
			}
			l.clampOffset()
		}
		return
	}
}

// pending reports that the rows shown are not yet the typed query's.
func (l *listPane) pending() bool {
	n := len(l.steps)
	return l.query != "" && (n == 0 || l.steps[n-1].query != l.query)
}

// keep takes a finished filtering: it is kept while its query is a prefix
// of the one typed, and shown when it is the latest.
func (l *listPane) keep(seq uint64, st filterStep) {
	if !strings.HasPrefix(l.query, st.query) || l.query == "" {
		return // the query went elsewhere: not a prefix to come back to
	}
	i := len(l.steps)
	for i > 0 && len(l.steps[i-1].query) >= len(st.query) {
		if l.steps[i-1].query == st.query {
			// Made already (the query was typed again while its first
			// filtering ran): show what is kept if it is the query's.
			if seq == l.seq && st.query == l.query {
				l.show(l.steps[i-1])
			}
			return
		}
		i--
	}
	l.steps = append(l.steps, filterStep{})
	copy(l.steps[i+1:], l.steps[i:])
	l.steps[i] = st
	if len(l.steps) > maxFilterSteps {
		// The shortest prefixes go first: backspacing that far is rare.
		n := copy(l.steps, l.steps[1:])
		l.steps[n] = filterStep{}
		l.steps = l.steps[:n]
	}
	if seq == l.seq && st.query == l.query {
		l.show(st)
	}
}

// show makes a result the rows, keeping the selected article selected
// when it is among them.
func (l *listPane) show(st filterStep) {
	prev := l.selected()
	l.gen++
	l.visible = st.visible
	l.cursor = 0
	if prev >= 0 {
		l.selectIndex(prev)
	}
	l.clampOffset()
}

func articleText(a *model.Article) string {
	var sb strings.Builder
	for _, s := range a.Sections {
		sb.WriteString(s.Heading)
		sb.WriteByte('\n')
		for _, p := range s.Paragraphs {
			sb.WriteString(p)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// counts is the "3 claims · 1 open · 2 unverified" summary.
func counts(a *model.Article) string {
	n := strconv.Itoa
	claims := n(len(a.Claims)) + " claims"
	if len(a.Claims) == 1 {
		claims = "1 claim"
	}
	return claims + " · " + n(len(a.OpenQuestions)) + " open · " + n(len(a.Unverified)) + " unverified"
}

// countsFit is counts in at most w cells where a shorter label does it, so
// a narrow list shows all three numbers before anything is cut.
func countsFit(a *model.Article, w int) string {
	full := counts(a)
	if cellWidth(full) <= w {
		return full
	}
	if short := strings.TrimSuffix(full, "unverified") + "unv."; cellWidth(short) <= w {
		return short
	}
	return full
}

// titleOf is the article's title, or a placeholder so no row is blank.
func titleOf(a *model.Article) string {
	if a.Title == "" {
		return "Untitled (" + safeText(a.ID) + ")"
	}
	return flat(a.Title)
}

func dateOf(a *model.Article) string {
	if a.Date == nil || *a.Date == "" {
		return "undated"
	}
	return flat(*a.Date)
}

// View renders the visible rows, exactly h lines of at most w cells.
func (l *listPane) View(st Styles, focused bool) []string {
	out := make([]string, 0, l.h)
	if l.filtering || l.query != "" {
		cursor := ""
		if l.filtering {
			cursor = "█"
		}
		line := st.List.Filter.Render("/ ") + st.List.FilterInput.Render(l.query+cursor)
		switch {
		case l.pending():
			line += st.List.Meta.Render("  …") // the rows are a shorter query's
		case !l.filtering:
			line += st.List.Meta.Render("  " + thousands(len(l.visible)) + "/" + thousands(len(l.arts)))
		}
		out = append(out, fit(line, l.w))
	}
	if len(l.visible) == 0 {
		msg := "No articles."
		if l.query != "" {
			msg = "No match. esc clears the filter."
		}
		out = append(out, fit(st.List.Empty.Render(msg), l.w))
		return out
	}
	end := min(l.offset+l.rows(), len(l.visible))
	ink := &st.ink
	for pos := l.offset; pos < end && len(out) < l.h; pos++ {
		a := l.arts[l.visible[pos]]
		t := l.titles[l.visible[pos]]
		marker, style := "  ", ink.title
		if pos == l.cursor {
			marker, style = ink.listMarker, ink.titleSel
			if !focused {
				marker = ink.listMarkerOff
			}
		}
		if l.titleLines() == 1 {
			out = append(out, fit(marker+style.paint(t), l.w))
		} else {
			out = append(out, wrapTitle(t, l.w-2, marker, style)...)
		}
		if l.metaLines() == 1 {
			out = append(out, fit(marker+ink.meta.paint(dateOf(a)+" · "+counts(a)), l.w))
		} else {
			out = append(out, fit(marker+ink.meta.paint(dateOf(a)), l.w), fit(marker+ink.meta.paint(countsFit(a, l.w-2)), l.w))
		}
	}
	if len(out) > l.h {
		out = out[:l.h]
	}
	return out
}

// wrapTitle wraps a title to two lines of w cells, the second cut with an
// ellipsis, each line led by the row marker.
func wrapTitle(title string, w int, marker string, style ink) []string {
	w = max(w, 1)
	spans := wrapOffsets(title, w)
	first := title[spans[0].start:spans[0].end]
	second := ""
	if len(spans) > 1 {
		second = title[spans[1].start:]
		if ansi.StringWidth(second) > w {
			second = ansi.Truncate(second, w, "…")
		}
	}
	return []string{fit(marker+style.paint(first), w+2), fit(marker+style.paint(second), w+2)}
}
