package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/model"
)

// maxBlockBytes bounds the Markdown of one heading or paragraph handed to
// Glamour. Escaped text cannot nest, so with this cap Glamour's time and
// memory stay proportional to what reaches it.
const maxBlockBytes = 32 << 10

// zwsp is a zero-width space. It is put just inside the emphasis delimiters
// the reader inserts so they are always left- and right-flanking, whatever
// punctuation the sentence starts or ends with; it is removed from Glamour's
// output.
const zwsp = "\u200b"

// escapeMarkdown makes article text literal for Glamour: every ASCII
// punctuation character is written as a numeric character reference
// ("&#42;"), which Markdown never reads as syntax and Glamour decodes back
// to the character. Backslash escapes are not enough: Glamour shows the
// backslash of escapes its parser does not split out ("\:", "\&"), and it
// decodes entities in text, so a literal "&#27;" must itself be encoded.
// Line breaks become spaces and leading spaces are dropped, so no block
// syntax (quotes, lists, code blocks, tables) can start.
func escapeMarkdown(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/4)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			sb.WriteByte(' ')
		case r == '\\':
			// Glamour turns "\\" into "\" after decoding entities (its
			// escape replacer); doubling keeps a backslash before "*" etc.
			sb.WriteString("&#92;&#92;")
		case r < 128 && (r >= '!' && r <= '/' || r >= ':' && r <= '@' || r >= '[' && r <= '`' || r >= '{' && r <= '~'):
			fmt.Fprintf(&sb, "&#%d;", r)
		case r == utf8.RuneError:
			sb.WriteRune('\uFFFD')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// span is a validated byte range in a block's text with how to style it.
type span struct {
	start, end int
	strong     bool // the selected item's sentence
}

// blockMarkdown turns one paragraph's text into escaped inline Markdown,
// with cue marks as emphasis and the selected sentence (hi, may be nil) as
// strong emphasis. Ranges that are out of bounds, split a UTF-8 sequence or
// cross the highlighted sentence's edges are dropped rather than trusted.
func blockMarkdown(text string, cues []markSpan, hi *markSpan) string {
	valid := func(s, e int) bool {
		return s >= 0 && e <= len(text) && s < e && utf8.RuneStart(byteAt(text, s)) &&
			(e == len(text) || utf8.RuneStart(text[e]))
	}
	var hs *span
	if hi != nil && valid(hi.Start, hi.End) {
		hs = &span{start: hi.Start, end: hi.End, strong: true}
	}
	var marks []span
	for _, c := range cues {
		if !valid(c.Start, c.End) {
			continue
		}
		if hs != nil && (c.Start < hs.start && c.End > hs.start || c.Start < hs.end && c.End > hs.end) {
			continue
		}
		marks = append(marks, span{start: c.Start, end: c.End})
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	// Drop overlapping marks: emphasis cannot overlap.
	kept := marks[:0]
	last := -1
	for _, m := range marks {
		if m.start >= last {
			kept = append(kept, m)
			last = m.end
		}
	}
	type edge struct {
		at   int
		open bool
		tok  string
	}
	var edges []edge
	if hs != nil {
		edges = append(edges, edge{hs.start, true, "**" + zwsp}, edge{hs.end, false, zwsp + "**"})
	}
	for _, m := range kept {
		edges = append(edges, edge{m.start, true, "*" + zwsp}, edge{m.end, false, zwsp + "*"})
	}
	// At one offset, closers come before openers; a strong opener goes
	// before an emphasis opener and its closer after the emphasis closer.
	sort.SliceStable(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.at != b.at {
			return a.at < b.at
		}
		if a.open != b.open {
			return !a.open
		}
		if a.open {
			return len(a.tok) > len(b.tok)
		}
		return len(a.tok) < len(b.tok)
	})
	var sb strings.Builder
	pos := 0
	for _, e := range edges {
		sb.WriteString(escapeMarkdown(text[pos:e.at]))
		sb.WriteString(e.tok)
		pos = e.at
	}
	sb.WriteString(escapeMarkdown(text[pos:]))
	return boundMarkdown(sb.String())
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// boundMarkdown caps a block's Markdown at maxBlockBytes without splitting
// an escape or a UTF-8 sequence. A cut can only leave an unclosed emphasis
// delimiter, which Markdown then shows as a literal "*": harmless.
func boundMarkdown(md string) string {
	if len(md) <= maxBlockBytes {
		return md
	}
	cut := maxBlockBytes
	for cut > 0 && !utf8.RuneStart(md[cut]) {
		cut--
	}
	// Do not end on a lone backslash: it would escape the ellipsis.
	n := 0
	for i := cut - 1; i >= 0 && md[i] == '\\'; i-- {
		n++
	}
	if n%2 == 1 {
		cut--
	}
	return md[:cut] + "…"
}

// blockKind says what an article block is.
type blockKind int

const (
	blockTitle blockKind = iota
	blockMeta
	blockHeading
	blockParagraph
)

// block is one separately rendered piece of an article: its title, its date
// line, a heading or a paragraph. Rendering blocks separately is what lets
// an evidence location map to known lines.
type block struct {
	kind blockKind
	loc  model.Loc // Section and Paragraph (-1 for a heading)
	text string
}

// articleBlocks lists an article's blocks in reading order.
func articleBlocks(a *model.Article) []block {
	bs := []block{{kind: blockTitle, text: titleOf(a)}}
	meta := "undated"
	if a.Date != nil {
		meta = *a.Date
	}
	for _, extra := range []string{a.Author, a.Source} {
		if extra != "" {
			meta += " · " + flat(extra)
		}
	}
	bs = append(bs, block{kind: blockMeta, text: meta})
	for si, s := range a.Sections {
		if s.Heading != "" {
			bs = append(bs, block{kind: blockHeading, loc: model.Loc{Section: si, Paragraph: -1}, text: s.Heading})
		}
		for pi, p := range s.Paragraphs {
			bs = append(bs, block{kind: blockParagraph, loc: model.Loc{Section: si, Paragraph: pi}, text: p})
		}
	}
	return bs
}

// markdown is a block's Markdown: the kind decides the heading level, the
// text is always escaped.
func (bl block) markdown(cues []markSpan, hi *markSpan) string {
	switch bl.kind {
	case blockTitle:
		return "# " + boundMarkdown(escapeMarkdown(bl.text))
	case blockMeta:
		return "###### " + boundMarkdown(escapeMarkdown(bl.text))
	case blockHeading:
		return "## " + strings.TrimLeft(blockMarkdown(bl.text, cues, hi), " ")
	default:
		return strings.TrimLeft(blockMarkdown(bl.text, cues, hi), " ")
	}
}

// glamourRenderer renders blocks at one width with one style config. It is
// made per render command and never shared between goroutines.
type glamourRenderer struct {
	tr    *glamour.TermRenderer
	width int
}

func newGlamourRenderer(st Styles, width int) (*glamourRenderer, error) {
	tr, err := glamour.NewTermRenderer(
		glamour.WithStyles(st.Glamour),
		glamour.WithWordWrap(max(width, 1)),
	)
	if err != nil {
		return nil, fmt.Errorf("glamour: %w", err)
	}
	return &glamourRenderer{tr: tr, width: max(width, 1)}, nil
}

// render returns the lines of one block, each at most width cells wide,
// with only SGR styling sequences kept.
func (g *glamourRenderer) render(md string) ([]string, error) {
	out, err := g.tr.Render(md)
	if err != nil {
		return nil, err
	}
	out = keepSGR(out)
	out = strings.ReplaceAll(out, zwsp, "")
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		l = trimRightStyled(l)
		if ansi.StringWidth(l) > g.width {
			l = ansi.Truncate(l, g.width, "")
		}
		lines[i] = l
	}
	// Blocks are joined with one blank line by the caller.
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines, nil
}

// keepSGR drops every escape sequence and control character from s except
// SGR (colour and attribute) sequences and newlines. Glamour passes some
// sequences through; nothing but styling may reach the screen.
func keepSGR(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	p := ansi.NewParser()
	state := byte(0)
	for len(s) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(s, state, p)
		if n <= 0 {
			break
		}
		switch {
		case width > 0:
			sb.WriteString(seq)
		case seq == "\n":
			sb.WriteString(seq)
		case isSGR(seq):
			sb.WriteString(seq)
		case len(seq) > 0 && seq[0] >= 0x20 && seq[0] != 0x7f && !ansi.HasEscPrefix(seq) && utf8.ValidString(seq) && !isC1(seq):
			// zero-width printable text such as combining marks
			sb.WriteString(seq)
		}
		s = s[n:]
		state = newState
	}
	return sb.String()
}

// trimRightStyled drops the styled padding Glamour puts after a line's
// text, ending the line with a reset when it had any styling.
func trimRightStyled(s string) string {
	p := ansi.NewParser()
	state := byte(0)
	end, styled := 0, false
	for i := 0; i < len(s); {
		seq, width, n, newState := ansi.DecodeSequence(s[i:], state, p)
		if n <= 0 {
			break
		}
		if width > 0 && strings.TrimSpace(seq) != "" {
			end = i + n
		} else if width == 0 && isSGR(seq) {
			styled = true
		}
		i += n
		state = newState
	}
	if !styled {
		return s[:end]
	}
	if end == 0 {
		return ""
	}
	return s[:end] + "\x1b[m"
}

// isSGR reports whether seq is "ESC [ params m" with only digits, ';' and
// ':' as parameters.
func isSGR(seq string) bool {
	if !strings.HasPrefix(seq, "\x1b[") || !strings.HasSuffix(seq, "m") {
		return false
	}
	for _, c := range seq[2 : len(seq)-1] {
		if (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

func isC1(seq string) bool {
	r, _ := utf8.DecodeRuneInString(seq)
	return r >= 0x80 && r <= 0x9f
}

// plainWrap is the fallback shown while Glamour works: the block text wrapped
// at width, unstyled but readable, so the first frame has the article.
func plainWrap(bl block, width int) []string {
	text := flat(bl.text)
	if len(text) > maxBlockBytes {
		cut := maxBlockBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	w := max(width, 1)
	s := ansi.Wrap(text, w, "")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(strings.TrimRight(l, " "), w, "")
	}
	return lines
}

// markSpan is a byte range within one block's text.
type markSpan = model.Span
