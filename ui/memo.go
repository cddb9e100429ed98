package ui

// paneKey is everything a pane's boxed drawing depends on. Two frames with
// the same key draw the same lines, so the second reuses the first's: a key
// press redraws only the panes it changed.
type paneKey struct {
	w, h    int
	focused bool
	theme   uint64 // the model's style generation
	gen     uint64 // the pane's content generation
	a, b    int    // scroll position and selection
	flag    bool   // the list's filter line is being edited
}

// paneMemo is one pane's last drawing and what it was drawn from.
type paneMemo struct {
	key   paneKey
	lines []string
	set   bool
}

// get returns the memoised lines for key, or draws them.
func (p *paneMemo) get(key paneKey, draw func() []string) []string {
	if p.set && p.key == key {
		return p.lines
	}
	p.key, p.lines, p.set = key, draw(), true
	return p.lines
}

// The panes with a memo, in Model.memo.
const (
	memoList = iota
	memoArticle
	memoPanels // three, one per panel
	memoCount  = memoPanels + 3
)

// footerKey is what the footer's drawing depends on.
type footerKey struct {
	width, h int
	theme    uint64
	// The help shown: the key map itself never changes in a session.
	focus               focus
	filtering, overview bool
}

// footerMemo is the footer's last drawing: the short help is measured and
// styled key by key, too slow to repeat on every frame.
type footerMemo struct {
	key   footerKey
	lines []string
	set   bool
}
