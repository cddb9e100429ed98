package ui

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"github.com/brief-reader/brief/model"
)

// The filter matches titles and text in place, case-insensitively, so it
// keeps no lower-cased copy of the articles (27 MB for 10,000 of them).
// Every way an article can match (title or text containing the query, or
// the title containing its letters in order) still holds for a shorter
// prefix of the query, so a longer query only has to look at what its
// prefix matched: typing narrows, and backspace returns to a result
// already made. Work over many articles runs in a command; the query is
// shown at once and results for a query since changed are dropped.

// syncFilterMax is the most candidate articles filtered on the key path:
// a few hundred articles' text is scanned in well under a millisecond, and
// answering at once saves a frame showing the previous result.
const syncFilterMax = 256

// maxFilterSteps bounds the prefix results kept; backspacing past the
// oldest one filters again.
const maxFilterSteps = 32

// filterStep is the result of one query: the ranked rows and the same
// articles in briefing order, the candidates for a longer query. Both
// slices are never written once made; the list shows visible directly.
type filterStep struct {
	query   string
	visible []int
	set     []int
	// upto is how many articles the list had when the step was made:
	// articles read since (a briefing still loading) are not in it yet.
	upto int
}

// extend returns the step with the result of the same query over the
// articles from st.upto on appended: the rows that arrived after it go
// below the rows already shown, so nothing on screen moves. New slices
// are made; a step's slices are never written.
func (st filterStep) extend(more filterStep) filterStep {
	return filterStep{
		query:   st.query,
		visible: slices.Concat(st.visible, more.visible),
		set:     slices.Concat(st.set, more.set),
		upto:    more.upto,
	}
}

// filterJob is everything one filtering needs, copied from the list so a
// command can run it beside the event loop: the articles and titles are
// only read, cand is never written.
type filterJob struct {
	seq    uint64
	query  string
	arts   []*model.Article
	titles []string
	// The candidates are cand (sorted indices below from) and every
	// article from from on: nil and 0 for every article, a shorter
	// query's set and upto to narrow it, nil and a step's upto for the
	// articles that arrived after that step.
	cand []int
	from int
}

// run filters the candidates. Precise matches come first: titles
// containing the query, then articles whose text contains it, then fuzzy
// title matches (best first, ties in briefing order), which catch
// abbreviations and typos but are loose on long titles.
func (j filterJob) run() filterStep {
	from := clamp(j.from, 0, len(j.arts))
	nc := len(j.cand)
	n := j.candidates()
	at := func(k int) int {
		if k < nc {
			return j.cand[k]
		}
		return from + k - nc
	}
	lq := strings.ToLower(j.query)
	seen := make([]bool, len(j.arts))
	var vis []int
	for k := range n {
		if i := at(k); containsFold(j.titles[i], lq) {
			seen[i] = true
			vis = append(vis, i)
		}
	}
	for k := range n {
		if i := at(k); !seen[i] && textContainsFold(j.arts[i], lq) {
			seen[i] = true
			vis = append(vis, i)
		}
	}
	// Fuzzy scores are each title's own, so leaving out the articles
	// already found ranks the rest as among every candidate; that is most
	// of them for a common word, and fuzzy allocates for each match.
	rest := make([]int, 0, n-len(vis))
	for k := range n {
		if i := at(k); !seen[i] {
			rest = append(rest, i)
		}
	}
	for _, m := range fuzzy.FindFrom(j.query, candTitles{titles: j.titles, cand: rest}) {
		i := rest[m.Index]
		seen[i] = true
		vis = append(vis, i)
	}
	set := make([]int, 0, len(vis))
	for k := range n {
		if i := at(k); seen[i] {
			set = append(set, i)
		}
	}
	return filterStep{query: j.query, visible: vis, set: set, upto: len(j.arts)}
}

// candTitles is the candidates' titles as a fuzzy.Source, in briefing
// order, so fuzzy's stable sort keeps ties in the order a full search
// would give.
type candTitles struct {
	titles []string
	cand   []int
}

// String is the k-th candidate's title.
func (c candTitles) String(k int) string { return c.titles[c.cand[k]] }

// Len is the number of candidates.
func (c candTitles) Len() int { return len(c.cand) }

// textContainsFold reports whether the article's text, as the filter has
// always seen it (title, then each heading and paragraph on its own line),
// contains lq case-insensitively. Each part is searched where it is; only
// a query spanning a line break needs them joined.
func textContainsFold(a *model.Article, lq string) bool {
	if strings.ContainsRune(lq, '\n') {
		return containsFold(titleOf(a)+"\n"+articleText(a), lq)
	}
	for _, s := range a.Sections {
		if containsFold(s.Heading, lq) {
			return true
		}
		for _, p := range s.Paragraphs {
			if containsFold(p, lq) {
				return true
			}
		}
	}
	return false
}

// asciiLower maps each byte to its ASCII lower case; other bytes are kept.
var asciiLower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

// foldLead is, for the two ASCII letters that a non-ASCII rune lower-cases
// to (U+0130 to i, U+212A Kelvin sign to k), the first byte of that rune's
// UTF-8: where such a rune may start a match. A test checks no other rune
// lower-cases to ASCII.
func foldLead(b byte) (byte, bool) {
	switch b {
	case 'i':
		return 0xC4, true // U+0130 is C4 B0
	case 'k':
		return 0xE2, true // U+212A is E2 84 AA
	}
	return 0, false
}

// containsFold is strings.Contains(strings.ToLower(s), lq) for a lq
// already lower-cased, without the copy: strings.ToLower maps rune by
// rune with unicode.ToLower, and so does this comparison. For a query
// starting with an ASCII byte, the places a match can start are found
// with strings.IndexByte (both cases of a letter), which is what makes
// reading every article's text on the first key affordable.
func containsFold(s, lq string) bool {
	if lq == "" {
		return true
	}
	b0 := lq[0]
	if b0 >= utf8.RuneSelf {
		return containsFoldRunes(s, lq)
	}
	// The next position of each byte that can start a match, from i on;
	// each is searched again only once passed, so s is read once per byte.
	var want [3]byte
	nb := 1
	want[0] = b0
	if b0 >= 'a' && b0 <= 'z' {
		want[1] = b0 - 'a' + 'A'
		nb++
	}
	if lead, ok := foldLead(b0); ok {
		want[nb] = lead
		nb++
	}
	var next [3]int
	for k := range nb {
		next[k] = -2 // not searched yet
	}
	for i := 0; i < len(s); {
		at := len(s)
		for k := range nb {
			if next[k] == -1 {
				continue // no more of this byte
			}
			if next[k] < i {
				next[k] = strings.IndexByte(s[i:], want[k])
				if next[k] < 0 {
					next[k] = -1
					continue
				}
				next[k] += i
			}
			at = min(at, next[k])
		}
		if at == len(s) {
			return false
		}
		if hasPrefixFold(s[at:], lq) {
			return true
		}
		i = at + 1
	}
	return false
}

// containsFoldRunes is containsFold for a query starting with a non-ASCII
// rune: every rune of s, as strings.ToLower decodes them (an invalid
// byte is one U+FFFD), is a possible start.
func containsFoldRunes(s, lq string) bool {
	for i := 0; i < len(s); {
		if s[i] >= utf8.RuneSelf && hasPrefixFold(s[i:], lq) {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// hasPrefixFold reports whether s lower-cased rune by rune starts with lq.
func hasPrefixFold(s, lq string) bool {
	i, k := 0, 0
	for k < len(lq) {
		if i >= len(s) {
			return false
		}
		sc, qc := s[i], lq[k]
		if sc < utf8.RuneSelf && qc < utf8.RuneSelf {
			if asciiLower[sc] != qc {
				return false
			}
			i++
			k++
			continue
		}
		rs, n := utf8.DecodeRuneInString(s[i:])
		rq, m := utf8.DecodeRuneInString(lq[k:])
		if unicode.ToLower(rs) != rq {
			return false
		}
		i += n
		k += m
	}
	return true
}

// filterCmd runs a filtering job off the key path.
func filterCmd(j filterJob) tea.Cmd {
	return func() tea.Msg {
		return filterDoneMsg{seq: j.seq, step: j.run()}
	}
}

// candidates is how many articles a job looks at.
func (j filterJob) candidates() int {
	return len(j.cand) + len(j.arts) - clamp(j.from, 0, len(j.arts))
}

// extendCmd filters the articles that arrived after a step off the key
// path; the result is appended to that step when it comes back.
func extendCmd(j filterJob) tea.Cmd {
	return func() tea.Msg {
		return filterDoneMsg{seq: j.seq, step: j.run(), extends: true, from: j.from}
	}
}
