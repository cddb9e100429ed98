package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"

	"github.com/brief-reader/brief/model"
)

// gutterWidth is the column left of the text where the selected evidence's
// paragraph is marked; it keeps the mark visible without colour.
const gutterWidth = 2

// articlePane shows one article in a viewport. The article is rendered as
// separate blocks (title, date, headings, paragraphs) so an evidence
// location maps to known lines.
type articlePane struct {
	vp     viewport.Model
	index  int // article index in the briefing, -1 for none
	art    *model.Article
	blocks []block
	cues   [][]markSpan // cue marks per block, in block text offsets
	byLoc  map[[2]int]int

	w, h int // content size inside the border

	base      [][]string // lines per block: Glamour's, or plain fallback
	glamoured bool       // base came from Glamour for the current key

	hiBlock int      // block of the selected evidence, -1 for none
	hiSpan  markSpan // the sentence within it
	hiLines []string // that block rendered with the sentence highlighted, or nil

	starts []int // first content line of each block
	// content is every line shown, as the viewport has them: View slices
	// it at the viewport's offset instead of asking the viewport to
	// render, which pads and re-measures every line through lipgloss.
	content []string

	// gen counts content changes, so a frame can reuse the last drawing
	// while neither the content nor the scroll position changed.
	gen uint64
}

func newArticlePane() articlePane {
	vp := viewport.New()
	vp.MouseWheelEnabled = false
	vp.KeyMap = viewport.KeyMap{} // the root handles keys
	return articlePane{vp: vp, index: -1, hiBlock: -1}
}

// textWidth is the width Glamour wraps at.
func (p *articlePane) textWidth() int { return max(p.w-gutterWidth, 1) }

// SetSize sets the content size inside the border.
func (p *articlePane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.vp.SetWidth(max(w, 0))
	p.vp.SetHeight(max(h, 0))
}

// setArticle points the pane at another article; content follows through
// setBase.
func (p *articlePane) setArticle(i int, a *model.Article) {
	p.index, p.art = i, a
	p.blocks = nil
	p.cues = nil
	p.byLoc = map[[2]int]int{}
	p.hiBlock, p.hiLines = -1, nil
	p.base = nil
	p.glamoured = false
	if a == nil {
		p.rebuild(false)
		return
	}
	p.blocks = articleBlocks(a)
	for bi, bl := range p.blocks {
		if bl.kind == blockHeading || bl.kind == blockParagraph {
			p.byLoc[[2]int{bl.loc.Section, bl.loc.Paragraph}] = bi
		}
	}
	p.cues = make([][]markSpan, len(p.blocks))
	add := func(at model.Loc, marks []markSpan) {
		bi, ok := p.byLoc[[2]int{at.Section, at.Paragraph}]
		if !ok {
			return
		}
		for _, m := range marks {
			p.cues[bi] = append(p.cues[bi], markSpan{Start: at.Start + m.Start, End: at.Start + m.End})
		}
	}
	for _, c := range a.Claims {
		add(c.At, c.Marks)
	}
	for _, q := range a.OpenQuestions {
		add(q.At, q.Marks)
	}
	for _, d := range a.Unverified {
		add(d.At, d.Marks)
	}
	for bi := range p.cues {
		p.cues[bi] = cleanMarks(p.blocks[bi].text, p.cues[bi])
	}
	p.vp.SetYOffset(0)
}

// setBase installs the lines of every block, keeping the reading position.
func (p *articlePane) setBase(lines [][]string, glamoured bool) {
	if len(lines) != len(p.blocks) {
		return
	}
	p.base = lines
	p.glamoured = glamoured
	p.hiLines = nil
	p.rebuild(true)
}

// fallback fills the pane with plain-wrapped text while Glamour works.
func (p *articlePane) fallback(st Styles) {
	lines := make([][]string, len(p.blocks))
	for i, bl := range p.blocks {
		ls := plainWrap(bl, p.textWidth())
		for j, l := range ls {
			if bl.kind == blockTitle || bl.kind == blockHeading {
				ls[j] = st.ink.titleSel.paint(l)
			} else {
				ls[j] = st.ink.plain.paint(l)
			}
		}
		lines[i] = ls
	}
	p.setBase(lines, false)
}

// blockForLoc is the block an evidence location points into, or -1.
func (p *articlePane) blockForLoc(at model.Loc) int {
	if bi, ok := p.byLoc[[2]int{at.Section, at.Paragraph}]; ok {
		return bi
	}
	return -1
}

// anchor is the block at the top of the view and how far into it.
func (p *articlePane) anchor() (blockIdx, into int) {
	y := p.vp.YOffset()
	for i := len(p.starts) - 1; i >= 0; i-- {
		if p.starts[i] <= y {
			return i, y - p.starts[i]
		}
	}
	return 0, 0
}

// rebuild joins the blocks into the viewport's lines. With keep, the block
// that was at the top stays at the top (a resize or a re-render must not
// lose the reader's place).
func (p *articlePane) rebuild(keep bool) {
	p.gen++
	ab, into := p.anchor()
	var all []string
	p.starts = make([]int, len(p.base))
	for i, ls := range p.base {
		if i > 0 {
			all = append(all, "")
		}
		p.starts[i] = len(all)
		if i == p.hiBlock && p.hiLines != nil {
			ls = p.hiLines
		}
		for _, l := range ls {
			g := strings.Repeat(" ", gutterWidth)
			if i == p.hiBlock {
				g = "▌ "
			}
			all = append(all, g+l)
		}
	}
	p.content = all
	p.vp.SetContentLines(all)
	if keep && ab < len(p.starts) {
		n := len(p.base[ab])
		p.vp.SetYOffset(p.starts[ab] + min(into, max(n-1, 0)))
	}
}

// highlight selects evidence: block bi, sentence span, and scrolls it into
// view. hiLines arrive later from Glamour.
func (p *articlePane) highlight(bi int, sp markSpan, lines []string) {
	p.hiBlock, p.hiSpan, p.hiLines = bi, sp, lines
	p.rebuild(true)
	p.scrollToEvidence()
}

// clearHighlight removes the evidence highlight, keeping the position.
func (p *articlePane) clearHighlight() {
	if p.hiBlock < 0 {
		return
	}
	p.hiBlock, p.hiLines = -1, nil
	p.rebuild(true)
}

// setHighlightLines installs a highlighted rendering that arrived.
func (p *articlePane) setHighlightLines(lines []string) {
	p.hiLines = lines
	p.rebuild(true)
}

// scrollToEvidence brings the highlighted sentence into view: the block
// when it fits, otherwise the line where the sentence roughly starts.
func (p *articlePane) scrollToEvidence() {
	if p.hiBlock < 0 || p.hiBlock >= len(p.starts) {
		return
	}
	s := p.starts[p.hiBlock]
	n := len(p.base[p.hiBlock])
	if p.hiLines != nil {
		n = len(p.hiLines)
	}
	text := p.blocks[p.hiBlock].text
	line := s
	if len(text) > 0 {
		line = s + n*clamp(p.hiSpan.Start, 0, len(text))/len(text)
	}
	y, h := p.vp.YOffset(), p.h
	switch {
	case s >= y && s+n <= y+h:
		return // the whole paragraph is visible
	case n <= h:
		p.vp.SetYOffset(max(s-min(2, (h-n)/2), 0))
	case line < y || line >= y+h:
		p.vp.SetYOffset(max(line-1, 0))
	}
}

// scroll moves the view by d lines, up when d is negative.
func (p *articlePane) scroll(d int) {
	if d < 0 {
		p.vp.ScrollUp(-d)
	} else {
		p.vp.ScrollDown(d)
	}
}

// note is the scroll position for the bottom border.
func (p *articlePane) note() string {
	total := p.vp.TotalLineCount()
	if total <= p.h {
		return ""
	}
	return fmt.Sprintf("%d%%", int(p.vp.ScrollPercent()*100))
}

// View returns the visible lines, the gutter mark coloured. The box pads
// and cuts them to the pane's width.
func (p *articlePane) View(st Styles) []string {
	if p.w <= 0 || p.h <= 0 {
		return nil
	}
	if p.art == nil {
		return []string{"  " + st.Panel.Empty.Render("No article selected.")}
	}
	y := clamp(p.vp.YOffset(), 0, len(p.content))
	vis := p.content[y:min(y+p.h, len(p.content))]
	lines := make([]string, len(vis))
	for i, l := range vis {
		if strings.HasPrefix(l, "▌") {
			l = st.ink.gutter + l[len("▌"):]
		}
		lines[i] = l
	}
	return lines
}
