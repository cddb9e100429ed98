package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/model"
)

// renderKey identifies one Glamour rendering of an article: which article,
// at which width, in which theme. A result whose key is no longer wanted
// is kept in the cache but not shown.
type renderKey struct {
	article int // index in the briefing
	width   int
	dark    bool
	mono    bool // no colours: the highlight is reverse video
}

// highlightKey identifies the rendering of one block with one item's
// sentence highlighted.
type highlightKey struct {
	renderKey
	block      int
	start, end int
}

// articleRenderedMsg is the fact that an article's blocks were rendered
// with Glamour for key; lines holds each block's lines.
type articleRenderedMsg struct {
	key   renderKey
	lines [][]string
	err   error
}

// highlightRenderedMsg is the fact that one block was rendered with an
// item's sentence highlighted.
type highlightRenderedMsg struct {
	key   highlightKey
	lines []string
	err   error
}

// renderArticleCmd renders every block of an article with Glamour off the
// event loop. Its inputs are copied so nothing is shared with Update.
// With a shared cache (may be nil), a rendering another session made or
// is making is used instead.
func renderArticleCmd(key renderKey, ck cacheKey, cache *RenderCache, blocks []block, cues [][]markSpan, st Styles) tea.Cmd {
	return func() tea.Msg {
		out, err := cache.do(ck, func() ([][]string, error) {
			g, err := newGlamourRenderer(st, key.width)
			if err != nil {
				return nil, err
			}
			out := make([][]string, len(blocks))
			for i, bl := range blocks {
				lines, err := g.render(bl.markdown(cues[i], nil))
				if err != nil {
					return nil, err
				}
				out[i] = lines
			}
			return out, nil
		})
		return articleRenderedMsg{key: key, lines: out, err: err}
	}
}

// renderHighlightCmd renders one block with a sentence highlighted, or
// takes it from the shared cache (may be nil).
func renderHighlightCmd(key highlightKey, ck cacheKey, cache *RenderCache, bl block, cues []markSpan, st Styles) tea.Cmd {
	return func() tea.Msg {
		out, err := cache.do(ck, func() ([][]string, error) {
			g, err := newGlamourRenderer(st, key.width)
			if err != nil {
				return nil, err
			}
			hi := markSpan{Start: key.start, End: key.end}
			lines, err := g.render(bl.markdown(cues, &hi))
			return [][]string{lines}, err
		})
		if err != nil || len(out) != 1 {
			return highlightRenderedMsg{key: key, err: err}
		}
		return highlightRenderedMsg{key: key, lines: out[0]}
	}
}

// briefingAnalyzedMsg is the fact that the cross-article analysis of the
// briefing from has finished; result holds it. A result for another
// briefing, or one that arrives after the analysis is already known, is
// dropped.
type briefingAnalyzedMsg struct {
	from   *model.Briefing
	result *model.Briefing
}

// analyzeCmd runs model.Analyze off the event loop on a shallow copy of b,
// made here rather than in the command so the command never reads the
// model's fields. The articles are shared and only read; the briefing
// itself is never written, since SSH sessions share it.
func analyzeCmd(b *model.Briefing) tea.Cmd {
	c := &model.Briefing{Articles: b.Articles}
	return func() tea.Msg {
		model.Analyze(c)
		return briefingAnalyzedMsg{from: b, result: c}
	}
}

// firstFrameSettle is how long after the first layout the first frame is
// taken to be on the screen: Bubble Tea writes frames on a 60 Hz ticker, so
// one tick and a little more.
const firstFrameSettle = 20 * time.Millisecond

// firstFrameShownMsg is the fact that the first frame has had time to be
// written.
type firstFrameShownMsg struct{}

// firstFrameShownCmd reports after d that the first frame is out.
func firstFrameShownCmd(d time.Duration) tea.Cmd {
	return func() tea.Msg {
		if d > 0 {
			time.Sleep(d)
		}
		return firstFrameShownMsg{}
	}
}

// filterDoneMsg is a filtering finished off the key path. seq is the
// list's query count when it started: the list shows it only if no key
// has changed the query since, and keeps it for backspacing if its query
// is still a prefix of the one typed.
type filterDoneMsg struct {
	seq  uint64
	step filterStep
	// extends says step is only the articles from from on, which arrived
	// after the step of the same query that ends there, to be appended
	// to it.
	extends bool
	from    int
}

// arrivalInterval is how often articles still being read are taken into
// the reader: each message then carries a few hundred articles, not one,
// so Update stays cheap and key presses are not queued behind arrivals.
const arrivalInterval = 80 * time.Millisecond

// arrivalsMsg is the fact that more of the briefing was read.
type arrivalsMsg struct {
	a Arrivals
}

// waitArrivalsCmd waits d, so arrivals are taken in batches, then for the
// next articles to be ready.
func waitArrivalsCmd(next func() Arrivals, d time.Duration) tea.Cmd {
	return func() tea.Msg {
		if d > 0 {
			time.Sleep(d)
		}
		return arrivalsMsg{a: next()}
	}
}
