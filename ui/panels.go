package ui

import (
	"fmt"

	"github.com/brief-reader/brief/model"
)

// panelTitles are the side panels' titles, in focus order.
var panelTitles = [3]string{"Claims", "Open questions", "Unverified"}

// panelItem is one claim, question or unverified detail as a panel shows it.
type panelItem struct {
	text  string
	marks []markSpan
	note  string // attribution or cue, shown under the text
	also  string // "also in N articles" (other articles), when corroborated
	at    model.Loc
}

// panel is one side panel: a scrolling list of wrapped items.
type panel struct {
	kind   int // 0 claims, 1 open questions, 2 unverified
	items  []panelItem
	cursor int
	offset int // first line shown
	w, h   int

	// Wrapped lines per item for the current width, built in SetSize or
	// setArticle, so View only slices.
	lines  [][]string
	starts []int // first line of each item
	total  int

	// article is the briefing index of the article shown; wraps keeps
	// each article's wrapped items per width, so moving back and forth in
	// the list does not wrap and style them again. It is emptied when the
	// styles or the items' notes change, and when it grows past maxCached.
	article int
	wraps   map[panelWrapKey]*panelWrap

	// gen counts re-wraps, so a frame can reuse the last drawing while
	// neither the items nor the selection and scroll changed.
	gen uint64
}

// panelItems lists an article's claims (0), open questions (1) or
// unverified details (2). also, from corroborationIndex, says which of them
// other articles report too; it may be nil.
func panelItems(a *model.Article, kind int, also map[refKey]int) []panelItem {
	if a == nil {
		return nil
	}
	alsoOf := func(at model.Loc) string { return alsoIn(also[refKey{a.ID, at}]) }
	var items []panelItem
	switch kind {
	case 0:
		for _, c := range a.Claims {
			who := "the article itself"
			if c.Attribution != nil && *c.Attribution != "" {
				who = *c.Attribution
			}
			items = append(items, panelItem{flat(c.Text), cleanMarks(c.Text, c.Marks), "— " + flat(who), alsoOf(c.At), c.At})
		}
	case 1:
		for _, q := range a.OpenQuestions {
			items = append(items, panelItem{flat(q.Text), cleanMarks(q.Text, q.Marks), "", "", q.At})
		}
	case 2:
		for _, d := range a.Unverified {
			items = append(items, panelItem{flat(d.Text), cleanMarks(d.Text, d.Marks), "cue: " + flat(d.Cue), alsoOf(d.At), d.At})
		}
	}
	return items
}

// panelWrapKey names one article's items wrapped at one width.
type panelWrapKey struct{ article, w int }

// panelWrap is an article's items and their wrapped, styled lines.
type panelWrap struct {
	items  []panelItem
	lines  [][]string
	starts []int
	total  int
}

// setArticle shows article a (briefing index i) from the top, its items
// wrapped at the current width, from the cache when they were before.
func (p *panel) setArticle(i int, a *model.Article, also map[refKey]int, st Styles) {
	p.article = i
	p.cursor, p.offset = 0, 0
	if w, ok := p.wraps[panelWrapKey{i, p.w}]; ok {
		p.install(w)
		return
	}
	p.items = panelItems(a, p.kind, also)
	p.wrap(st)
}

// SetSize sets the content size inside the border and re-wraps the items.
func (p *panel) SetSize(w, h int, st Styles) {
	p.w, p.h = w, h
	if pw, ok := p.wraps[panelWrapKey{p.article, w}]; ok {
		p.install(pw)
		return
	}
	p.wrap(st)
}

// rewrap wraps the items again after the styles or the items changed,
// dropping every wrapping kept.
func (p *panel) rewrap(st Styles) {
	clear(p.wraps)
	p.wrap(st)
}

func (p *panel) install(w *panelWrap) {
	p.gen++
	p.items, p.lines, p.starts, p.total = w.items, w.lines, w.starts, w.total
	p.ensureVisible()
}

// wrap wraps and styles the items at the current width and keeps the
// result for the article.
func (p *panel) wrap(st Styles) {
	w := &panelWrap{items: p.items, lines: make([][]string, len(p.items)), starts: make([]int, len(p.items))}
	tw := max(p.w-2, 1) // two cells for the selection marker
	for i, it := range p.items {
		var ls []string
		for _, sp := range wrapOffsets(it.text, tw) {
			ls = append(ls, styleRanges(it.text, sp.start, sp.end, it.marks, st.ink.panelText, st.ink.cue))
		}
		if it.note != "" {
			for _, sp := range wrapOffsets(it.note, tw) {
				ls = append(ls, st.ink.who.paint(it.note[sp.start:sp.end]))
			}
		}
		if it.also != "" {
			for _, sp := range wrapOffsets(it.also, tw) {
				ls = append(ls, st.ink.also.paint(it.also[sp.start:sp.end]))
			}
		}
		w.lines[i] = ls
		w.starts[i] = w.total
		w.total += len(ls) + 1 // a blank line between items
	}
	if p.wraps == nil || len(p.wraps) >= maxCached {
		p.wraps = make(map[panelWrapKey]*panelWrap)
	}
	p.wraps[panelWrapKey{p.article, p.w}] = w
	p.install(w)
}

func (p *panel) move(d int) bool {
	if len(p.items) == 0 {
		return false
	}
	old := p.cursor
	p.cursor = clamp(p.cursor+d, 0, len(p.items)-1)
	p.ensureVisible()
	return p.cursor != old
}

// ensureVisible scrolls so the selected item is in view (its top, when it
// is taller than the panel).
func (p *panel) ensureVisible() {
	if len(p.items) == 0 || p.h <= 0 {
		p.offset = 0
		return
	}
	s := p.starts[p.cursor]
	e := s + len(p.lines[p.cursor])
	if e > p.offset+p.h {
		// Put the item at the top rather than its end at the bottom, so
		// no half item from before is left dangling above it.
		p.offset = s
	}
	if s < p.offset {
		p.offset = s
	}
	p.offset = clamp(p.offset, 0, max(p.total-1-p.h, 0))
}

// itemAt is the item under content row y, or -1.
func (p *panel) itemAt(y int) int {
	line := p.offset + y
	for i := range p.items {
		if line >= p.starts[i] && line < p.starts[i]+len(p.lines[i]) {
			return i
		}
	}
	return -1
}

func (p *panel) selectedItem() *panelItem {
	if p.cursor < 0 || p.cursor >= len(p.items) {
		return nil
	}
	return &p.items[p.cursor]
}

// title is the panel title with its count.
func (p *panel) title(st Styles) string {
	t := st.PanelTitle[p.kind].Render(panelTitles[p.kind])
	return t + st.List.Meta.Render(fmt.Sprintf(" %d", len(p.items)))
}

// note is the position shown in the bottom border.
func (p *panel) note() string {
	if len(p.items) == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", p.cursor+1, len(p.items))
}

// View renders the visible lines only.
func (p *panel) View(st Styles, focused bool) []string {
	out := make([]string, 0, p.h)
	if len(p.items) == 0 {
		if p.h > 0 {
			out = append(out, "  "+st.Panel.Empty.Render("None found."))
		}
		return out
	}
	// Find the first item that reaches the offset, then emit lines.
	first := 0
	for first < len(p.items)-1 && p.starts[first+1] <= p.offset {
		first++
	}
	for i := first; i < len(p.items) && len(out) < p.h; i++ {
		sel := i == p.cursor
		for j, l := range p.lines[i] {
			line := p.starts[i] + j
			if line < p.offset {
				continue
			}
			if len(out) >= p.h {
				break
			}
			marker := "  "
			if sel {
				if focused {
					marker = st.ink.panelMarker
				} else {
					marker = st.ink.listMarkerOff
				}
			}
			out = append(out, marker+l)
		}
		if len(out) < p.h && p.starts[i]+len(p.lines[i]) >= p.offset {
			out = append(out, "")
		}
	}
	return out
}
