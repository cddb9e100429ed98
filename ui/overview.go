package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/model"
)

// ovTab is the overview's tab.
type ovTab int

const (
	tabEntities ovTab = iota
	tabCorroborated
	tabTimeline
	tabCount
)

// ovTabTitles are the overview's tab titles.
var ovTabTitles = [tabCount]string{"Entities", "Corroborated", "Timeline"}

// rowKind says what one row of an overview list shows.
type rowKind int

const (
	rowNote     rowKind = iota // a heading or a message; never selected
	rowEntity                  // an entity with its counts
	rowMention                 // a sentence of the expanded entity
	rowGroup                   // a corroborated group: count, conflict, shared
	rowGroupRef                // one article's sentence in a group
	rowSingle                  // a claim resting on one source
	rowEvent                   // a timeline entry
)

// ovRow is one row of an overview list: indices into the analysis rather
// than copies, so building the rows of a large briefing is cheap.
type ovRow struct {
	kind rowKind
	i, j int    // entity, corroboration or event index; sentence within it
	text string // a note's text
}

// ovList is one tab's rows with its selection and scroll position. Rows
// have varying heights (they wrap), so the list scrolls by rows and works
// out heights only for the rows near the view.
type ovList struct {
	rows   []ovRow
	cursor int // selected row
	offset int // first row shown
}

// overview is the cross-article screen: entities, corroborated claims and
// the timeline, one tab each. It reads the session's analysed briefing.
type overview struct {
	// b is the analysed briefing, nil until the analysis has arrived.
	b    *model.Briefing
	arts []*model.Article
	byID map[string]int
	// counts are the tabs' item counts, shown in the tab bar each frame
	// and worked out once with the data.
	counts [tabCount]int

	tab      ovTab
	lists    [tabCount]ovList
	expanded int // the entity whose sentences are listed, or -1

	w, h int // content size inside the border, tab bar included
}

func newOverview() overview { return overview{expanded: -1} }

// header is the lines above the list: the tab bar, and a blank line when
// there is room for it.
func (o *overview) header() int {
	if o.h >= 6 {
		return 2
	}
	return 1
}

// listH is the lines the list has.
func (o *overview) listH() int { return max(o.h-o.header(), 0) }

// SetSize sets the content size inside the border; each tab keeps its
// selection in view.
func (o *overview) SetSize(w, h int, st Styles) {
	o.w, o.h = w, h
	for t := range o.lists {
		o.ensureVisible(ovTab(t), st)
	}
}

// setData installs the analysed briefing and builds every tab's rows.
func (o *overview) setData(b *model.Briefing, byID map[string]int, st Styles) {
	o.b, o.arts, o.byID = b, b.Articles, byID
	o.counts = [tabCount]int{tabEntities: len(b.Entities), tabTimeline: len(b.Timeline)}
	for _, c := range b.Corroborations {
		if !c.SingleSource {
			o.counts[tabCorroborated]++
		}
	}
	o.expanded = -1
	o.lists[tabEntities] = ovList{rows: o.entityRows()}
	o.lists[tabCorroborated] = ovList{rows: corroborationRows(b.Corroborations)}
	var ev []ovRow
	for i := range b.Timeline {
		ev = append(ev, ovRow{kind: rowEvent, i: i})
	}
	if len(ev) == 0 {
		ev = []ovRow{{kind: rowNote, text: "No dates found in the articles."}}
	}
	o.lists[tabTimeline] = ovList{rows: ev}
	for t := range o.lists {
		l := &o.lists[t]
		l.cursor = l.nextSelectable(0, 1)
		o.ensureVisible(ovTab(t), st)
	}
}

func (o *overview) entityRows() []ovRow {
	if o.b == nil || len(o.b.Entities) == 0 {
		return []ovRow{{kind: rowNote, text: "No people, organisations, groups or places found."}}
	}
	rows := make([]ovRow, 0, len(o.b.Entities))
	for i, e := range o.b.Entities {
		rows = append(rows, ovRow{kind: rowEntity, i: i})
		if i == o.expanded {
			for j := range e.Sentences {
				rows = append(rows, ovRow{kind: rowMention, i: i, j: j})
			}
		}
	}
	return rows
}

// corroborationRows lists the groups first, each followed by its articles'
// sentences, then the single-source claims under their own heading.
func corroborationRows(cs []model.Corroboration) []ovRow {
	var groups, singles []ovRow
	for i, c := range cs {
		if c.SingleSource {
			singles = append(singles, ovRow{kind: rowSingle, i: i})
			continue
		}
		groups = append(groups, ovRow{kind: rowGroup, i: i})
		for j := range c.Claims {
			groups = append(groups, ovRow{kind: rowGroupRef, i: i, j: j})
		}
	}
	var rows []ovRow
	if len(groups) == 0 {
		rows = append(rows, ovRow{kind: rowNote, text: "No claim is reported by more than one article."})
	} else {
		rows = append(rows, ovRow{kind: rowNote, text: "Reported by several articles"})
		rows = append(rows, groups...)
	}
	if len(singles) > 0 {
		rows = append(rows, ovRow{kind: rowNote, text: "Single source: in one article only, resting on one source"})
		rows = append(rows, singles...)
	}
	return rows
}

// toggle expands the selected entity's sentences, or folds them away.
func (o *overview) toggle(st Styles) {
	l := &o.lists[tabEntities]
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return
	}
	r := l.rows[l.cursor]
	if r.kind != rowEntity && r.kind != rowMention {
		return
	}
	if o.expanded == r.i {
		o.expanded = -1
	} else {
		o.expanded = r.i
	}
	l.rows = o.entityRows()
	// The selection stays on the entity, wherever its row is now.
	for pos, row := range l.rows {
		if row.kind == rowEntity && row.i == r.i {
			l.cursor = pos
			break
		}
	}
	o.ensureVisible(tabEntities, st)
}

func (r ovRow) selectable() bool { return r.kind != rowNote }

// nextSelectable is the first selectable row from pos in direction d (1 or
// -1), then the other way; pos itself when none is.
func (l *ovList) nextSelectable(pos, d int) int {
	if len(l.rows) == 0 {
		return 0
	}
	pos = clamp(pos, 0, len(l.rows)-1)
	for _, dir := range []int{d, -d} {
		for p := pos; p >= 0 && p < len(l.rows); p += dir {
			if l.rows[p].selectable() {
				return p
			}
		}
	}
	return pos
}

// move moves the selection by d rows, skipping headings, and reports
// whether it moved.
func (o *overview) move(d int, st Styles) bool {
	l := &o.lists[o.tab]
	if len(l.rows) == 0 || d == 0 {
		return false
	}
	old := l.cursor
	dir := 1
	if d < 0 {
		dir = -1
	}
	l.cursor = l.nextSelectable(l.cursor+d, dir)
	o.ensureVisible(o.tab, st)
	return l.cursor != old
}

// page is how many rows a page move goes: the rows now in view.
func (o *overview) page(st Styles) int {
	l := &o.lists[o.tab]
	n, used := 0, 0
	for p := l.offset; p < len(l.rows); p++ {
		used += len(o.rowLines(l.rows[p], st))
		if used > o.listH() {
			break
		}
		n++
	}
	return max(n-1, 1)
}

// ensureVisible scrolls tab t so its selected row is in view, and so no
// space is left empty below the last row. Only the rows that can share
// the view with the selection are measured.
func (o *overview) ensureVisible(t ovTab, st Styles) {
	l := &o.lists[t]
	h := o.listH()
	if len(l.rows) == 0 || h <= 0 {
		l.offset = 0
		return
	}
	l.cursor = clamp(l.cursor, 0, len(l.rows)-1)
	height := func(p int) int { return len(o.rowLines(l.rows[p], st)) }
	if l.cursor < l.offset {
		l.offset = l.cursor
		// Show the heading just above the first row of a section.
		if p := l.offset - 1; p >= 0 && !l.rows[p].selectable() && height(p)+height(l.cursor) <= h {
			l.offset = p
		}
	}
	// Every row is at least one line: rows more than h before the
	// selection cannot be on screen with it.
	l.offset = max(l.offset, l.cursor-h+1)
	used := 0
	for p := l.offset; p <= l.cursor; p++ {
		used += height(p)
	}
	for used > h && l.offset < l.cursor {
		used -= height(l.offset)
		l.offset++
	}
	// The lowest offset that still shows the last row whole: never scroll
	// past the end, for example after the window grows.
	low, used := len(l.rows), 0
	for low > 0 && used+height(low-1) <= h {
		used += height(low - 1)
		low--
	}
	l.offset = clamp(min(l.offset, low), 0, len(l.rows)-1)
}

// selectedRow is the selected row of the current tab, if it can be opened.
func (o *overview) selectedRow() (ovRow, bool) {
	l := &o.lists[o.tab]
	if l.cursor < 0 || l.cursor >= len(l.rows) || !l.rows[l.cursor].selectable() {
		return ovRow{}, false
	}
	return l.rows[l.cursor], true
}

// refOf is the sentence a row points at, if it points at one.
func (o *overview) refOf(r ovRow) (model.Ref, bool) {
	b := o.b
	switch r.kind {
	case rowMention:
		if r.i < len(b.Entities) && r.j < len(b.Entities[r.i].Sentences) {
			return b.Entities[r.i].Sentences[r.j], true
		}
	case rowGroup, rowGroupRef, rowSingle:
		if r.i < len(b.Corroborations) && r.j < len(b.Corroborations[r.i].Claims) {
			return b.Corroborations[r.i].Claims[r.j], true
		}
	case rowEvent:
		if r.i < len(b.Timeline) {
			return b.Timeline[r.i].Ref, true
		}
	}
	return model.Ref{}, false
}

// rowAt is the row under content line y of the list, or -1.
func (o *overview) rowAt(y int, st Styles) int {
	l := &o.lists[o.tab]
	if y < 0 {
		return -1
	}
	line := 0
	for p := l.offset; p < len(l.rows) && line < o.listH(); p++ {
		line += len(o.rowLines(l.rows[p], st))
		if y < line {
			return p
		}
	}
	return -1
}

// note is the selection's position for the bottom border: which entity,
// group or event of how many.
func (o *overview) note() string {
	if o.b == nil {
		return ""
	}
	r, ok := o.selectedRow()
	if !ok {
		return ""
	}
	n := [tabCount]int{len(o.b.Entities), len(o.b.Corroborations), len(o.b.Timeline)}[o.tab]
	return fmt.Sprintf("%d/%d", r.i+1, n)
}

// count is the number of entries a tab lists, for its title.
func (o *overview) count(t ovTab) int { return o.counts[t] }

// View renders the tab bar and the rows in view, at most h lines.
func (o *overview) View(st Styles) []string {
	if o.w <= 0 || o.h <= 0 {
		return nil
	}
	out := []string{o.viewTabs(st)}
	if o.header() > 1 {
		out = append(out, "")
	}
	if o.b == nil {
		return append(out, "  "+st.Panel.Empty.Render("Analysing the briefing…"))
	}
	l := &o.lists[o.tab]
	h := o.listH()
	for p := l.offset; p < len(l.rows) && len(out) < o.h; p++ {
		sel := p == l.cursor && l.rows[p].selectable()
		for _, line := range o.rowLines(l.rows[p], st) {
			if len(out) >= o.header()+h {
				break
			}
			marker := "  "
			if sel {
				marker = st.Panel.Marker.Render("▌ ")
			}
			out = append(out, marker+line)
		}
	}
	return out
}

// ovTabLayout places the tab labels: titles with counts when they fit,
// then titles alone, else only the current tab between arrows.
func (o *overview) tabLayout() (labels [tabCount]string, xs [tabCount]int, single bool) {
	for _, withCount := range []bool{true, false} {
		x := 0
		for t := range tabCount {
			labels[t] = ovTabTitles[t]
			if withCount && o.b != nil {
				labels[t] += " " + strconv.Itoa(o.count(t))
			}
			xs[t] = x
			x += ansi.StringWidth(labels[t]) + 3
		}
		if x-3 <= o.w-1 {
			return labels, xs, false
		}
	}
	return ovTabTitles, xs, true
}

// viewTabs is the tab bar, one cell in from the border.
func (o *overview) viewTabs(st Styles) string {
	labels, _, single := o.tabLayout()
	if single {
		return " " + st.Tabs.Sep.Render("‹ ") + st.Tabs.Active.Render(labels[o.tab]) + st.Tabs.Sep.Render(" ›")
	}
	sb := strings.Builder{}
	sb.WriteString(" ")
	for t, lb := range labels {
		if t > 0 {
			sb.WriteString(st.Tabs.Sep.Render(" │ "))
		}
		if ovTab(t) == o.tab {
			sb.WriteString(st.Tabs.Active.Render(lb))
		} else {
			sb.WriteString(st.Tabs.Inactive.Render(lb))
		}
	}
	return sb.String()
}

// tabAt is the tab under column x of the tab bar.
func (o *overview) tabAt(x int) (ovTab, bool) {
	x-- // the bar's leading space
	labels, xs, single := o.tabLayout()
	if single {
		if x < 2 {
			return (o.tab + tabCount - 1) % tabCount, true
		}
		return (o.tab + 1) % tabCount, true
	}
	for t := range labels {
		if x >= xs[t] && x < xs[t]+ansi.StringWidth(labels[t]) {
			return ovTab(t), true
		}
	}
	return 0, false
}

// articleTitle is the title of the article with the given ID, shortened to
// at most w cells: the whole width the row has, however wide the window.
func (o *overview) articleTitle(id string, w int) string {
	t := "(" + safeText(id) + ")"
	if i, ok := o.byID[id]; ok && i < len(o.arts) {
		t = titleOf(o.arts[i])
	}
	return ansi.Truncate(t, max(w, 1), "…")
}

// wrapLines wraps plain text to w cells, each line rendered with style.
func wrapLines(text string, w int, style interface{ Render(...string) string }) []string {
	text = flat(text)
	var out []string
	for _, sp := range wrapOffsets(text, max(w, 1)) {
		out = append(out, style.Render(text[sp.start:sp.end]))
	}
	return out
}

// indent puts n spaces before every line.
func indent(lines []string, n int) []string {
	pad := strings.Repeat(" ", n)
	for i, l := range lines {
		lines[i] = pad + l
	}
	return lines
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// rowLines renders one row at the list's width, without the selection
// marker (two cells are left for it). It is called only for rows near the
// view.
func (o *overview) rowLines(r ovRow, st Styles) []string {
	tw := max(o.w-3, 1) // the marker's two cells, and one before the border
	b := o.b
	switch r.kind {
	case rowNote:
		return wrapLines(r.text, tw, st.Ov.Heading)
	case rowEntity:
		if b == nil || r.i >= len(b.Entities) {
			return []string{""}
		}
		e := b.Entities[r.i]
		sign := "▸ "
		if r.i == o.expanded {
			sign = "▾ "
		}
		lines := wrapLines(sign+e.Name, tw, st.Ov.Name)
		stats := fmt.Sprintf("%s · in %s · %s · %s naming it · source of %s", e.Kind,
			plural(len(e.Articles), "article", "articles"), plural(e.Mentions, "mention", "mentions"),
			plural(len(e.Claims), "claim", "claims"), plural(e.SourceOf, "claim", "claims"))
		lines = append(lines, indent(wrapLines(stats, tw-2, st.List.Meta), 2)...)
		if r.i == o.expanded && len(e.Forms) > 1 {
			lines = append(lines, indent(wrapLines("written as: "+strings.Join(e.Forms, " · "), tw-2, st.Panel.Who), 2)...)
		}
		return lines
	case rowMention:
		ref, ok := o.refOf(r)
		if !ok {
			return []string{""}
		}
		head := st.List.Meta.Render(o.articleTitle(ref.Article, tw-4))
		if o.namesClaim(b.Entities[r.i], ref) {
			head += st.Ov.Badge.Render(" · claim")
		}
		lines := []string{"    " + head}
		return append(lines, indent(wrapLines(ref.Text, tw-4, st.Panel.Text), 4)...)
	case rowGroup:
		if b == nil || r.i >= len(b.Corroborations) {
			return []string{""}
		}
		c := b.Corroborations[r.i]
		head := st.Ov.Count.Render("in " + plural(c.Articles, "article", "articles"))
		if c.Conflict {
			head += "  " + st.Ov.Conflict.Render("⚠ conflict")
		}
		lines := []string{head}
		if c.Conflict && c.Note != "" {
			lines = append(lines, indent(wrapLines(c.Note, tw-2, st.Ov.Conflict), 2)...)
		}
		if len(c.Shared) > 0 {
			lines = append(lines, indent(wrapLines("shared: "+strings.Join(c.Shared, " · "), tw-2, st.Panel.Who), 2)...)
		}
		return lines
	case rowGroupRef:
		ref, ok := o.refOf(r)
		if !ok {
			return []string{""}
		}
		lines := []string{"  " + st.List.Meta.Render(o.articleTitle(ref.Article, tw-2))}
		return append(lines, indent(wrapLines(ref.Text, tw-4, st.Panel.Text), 4)...)
	case rowSingle:
		ref, ok := o.refOf(r)
		if !ok {
			return []string{""}
		}
		c := b.Corroborations[r.i]
		badge := "single source"
		if c.Anonymous {
			badge = "anonymous source"
		}
		head := st.Ov.Single.Render(badge)
		if c.Source != "" {
			head += st.Panel.Who.Render(" · " + flat(c.Source))
		}
		lines := []string{ansi.Truncate(head, tw, "…")}
		if c.Note != "" {
			lines = append(lines, indent(wrapLines(c.Note, tw-2, st.Panel.Who), 2)...)
		}
		lines = append(lines, "  "+st.List.Meta.Render(o.articleTitle(ref.Article, tw-2)))
		return append(lines, indent(wrapLines(ref.Text, tw-4, st.Panel.Text), 4)...)
	case rowEvent:
		if b == nil || r.i >= len(b.Timeline) {
			return []string{""}
		}
		return o.eventLines(b.Timeline[r.i], tw, st)
	}
	return []string{""}
}

// namesClaim reports whether a sentence naming an entity is one of the
// claims that name it.
func (o *overview) namesClaim(e model.Entity, ref model.Ref) bool {
	for _, c := range e.Claims {
		if c.Article == ref.Article && c.At.Section == ref.At.Section && c.At.Paragraph == ref.At.Paragraph &&
			c.At.Start < ref.At.End && ref.At.Start < c.At.End {
			return true
		}
	}
	return false
}

// dateLabel is an event's date at the precision the text gives.
func dateLabel(ev model.Event) string {
	if !ev.Resolved {
		return "unresolved"
	}
	d := safeText(ev.Date)
	if ev.Precision == model.PrecisionWeek {
		// "2024-W05" reads as "2024 wk 5".
		if y, w, ok := strings.Cut(d, "-W"); ok {
			if n, err := strconv.Atoi(w); err == nil {
				return fmt.Sprintf("%s wk %d", y, n)
			}
		}
	}
	return d
}

// dateCol is the width of the timeline's date column.
const dateCol = 12

func (o *overview) eventLines(ev model.Event, tw int, st Styles) []string {
	label := dateLabel(ev)
	ls := st.Ov.Date
	if !ev.Resolved {
		ls = st.Ov.Conflict
	}
	col := dateCol
	if tw < 40 {
		col = 2 // too narrow for a column: the date gets its own line
	}
	title := o.articleTitle(ev.Ref.Article, tw-col)
	var first []string
	if col == dateCol {
		pad := strings.Repeat(" ", max(dateCol-ansi.StringWidth(label), 1))
		first = []string{ls.Render(label) + pad + st.List.Meta.Render(title)}
	} else {
		first = []string{ls.Render(label), "  " + st.List.Meta.Render(title)}
	}
	var info string
	switch {
	case !ev.Resolved:
		info = fmt.Sprintf("“%s”: relative, and the article has no date to count from", flat(ev.Phrase))
	case ev.Kind == model.EventPublished:
		info = "published"
	}
	lines := first
	if info != "" {
		lines = append(lines, indent(wrapLines(info, tw-col, st.Panel.Who), col)...)
	}
	// A publication date the text does not give points at the title;
	// there is no sentence to show.
	if ev.Ref.At.Start >= ev.Ref.At.End {
		return lines
	}
	text := flat(ev.Ref.Text)
	var marks []markSpan
	if ev.Mark != nil {
		marks = cleanMarks(text, []markSpan{*ev.Mark})
	}
	for _, sp := range wrapOffsets(text, max(tw-col, 1)) {
		lines = append(lines, strings.Repeat(" ", col)+styleRanges(text, sp.start, sp.end, marks, st.ink.panelText, st.ink.cue))
	}
	return lines
}
