package ui

// focus is the pane that receives keys.
type focus int

const (
	focusList focus = iota
	focusArticle
	focusClaims
	focusQuestions
	focusUnverified
	focusCount
)

// panelIndex is the side panel a focus stands for, or -1.
func (f focus) panelIndex() int {
	if f >= focusClaims && f <= focusUnverified {
		return int(f - focusClaims)
	}
	return -1
}

// screen is what fills the window.
type screen int

const (
	screenMain screen = iota
	screenHelp
	screenWarnings
	screenOverview
)

// layoutMode is how the panes share the window, chosen from its size.
type layoutMode int

const (
	layoutTooSmall layoutMode = iota
	layoutNarrow              // one pane at a time with a tab bar
	layoutMedium              // list and article, panels below
	layoutWide                // list, article and panels side by side
)

// The size thresholds. Below minWidth x minHeight no pane has room for a
// line of text inside its border, so the reader asks for a larger window.
const (
	minWidth     = 20
	minHeight    = 6
	mediumWidth  = 80
	wideWidth    = 120
	mediumHeight = 18 // below this, medium and wide fall back to narrow
)

// rect is a screen rectangle in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes for one window size; it is computed once
// per size (and footer height), never in View.
type layout struct {
	mode    layoutMode
	w, h    int
	tabs    rect // narrow only
	list    rect
	article rect
	panels  [3]rect
	footer  rect // status line (when warnings) and help line
	// overview is the overview screen's box, above the footer.
	overview rect
}

// computeLayout divides a w x h window. footerH is the number of lines the
// footer needs (help, plus a status line when there are warnings).
func computeLayout(w, h, footerH int, f focus) layout {
	l := layout{w: w, h: h}
	if w < minWidth || h < minHeight {
		l.mode = layoutTooSmall
		return l
	}
	if h-footerH < 4 {
		footerH = 1
	}
	l.footer = rect{0, h - footerH, w, footerH}
	bodyH := h - footerH
	l.overview = rect{0, 0, w, bodyH}
	switch {
	case w >= wideWidth && h >= mediumHeight:
		l.mode = layoutWide
		listW := clamp(w*24/100, 28, 44)
		panelW := clamp(w*30/100, 34, 56)
		artW := w - listW - panelW
		l.list = rect{0, 0, listW, bodyH}
		l.article = rect{listW, 0, artW, bodyH}
		// Three panels stacked; the remainder goes to the first ones.
		y := 0
		for i := range 3 {
			ph := bodyH / 3
			if i < bodyH%3 {
				ph++
			}
			l.panels[i] = rect{listW + artW, y, panelW, ph}
			y += ph
		}
	case w >= mediumWidth && h >= mediumHeight:
		l.mode = layoutMedium
		topH := bodyH * 60 / 100
		botH := bodyH - topH
		listW := clamp(w*30/100, 24, 36)
		l.list = rect{0, 0, listW, topH}
		l.article = rect{listW, 0, w - listW, topH}
		x := 0
		for i := range 3 {
			pw := w / 3
			if i < w%3 {
				pw++
			}
			l.panels[i] = rect{x, topH, pw, botH}
			x += pw
		}
	default:
		l.mode = layoutNarrow
		l.tabs = rect{0, 0, w, 1}
		body := rect{0, 1, w, bodyH - 1}
		l.list, l.article = body, body
		l.panels = [3]rect{body, body, body}
		// A focused panel shares the screen with the article when there
		// is room, so the evidence highlight is seen as it moves.
		if f.panelIndex() >= 0 && body.h >= 14 {
			ph := body.h * 2 / 5
			l.panels = [3]rect{}
			l.panels[f.panelIndex()] = rect{0, 1, w, ph}
			l.article = rect{0, 1 + ph, w, body.h - ph}
		}
	}
	return l
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// inner is the content area of a bordered pane.
func inner(r rect) (w, h int) {
	return max(r.w-2, 0), max(r.h-2, 0)
}
