package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// lineSpan is one wrapped line as a byte range of the original text, so
// styles given as byte ranges (cue marks) can be applied after wrapping.
type lineSpan struct{ start, end int }

// wrapOffsets word-wraps plain text to width cells and returns each line's
// byte range. Spaces at a break are dropped; a word longer than the width
// is broken between grapheme clusters.
func wrapOffsets(text string, width int) []lineSpan {
	width = max(width, 1)
	var lines []lineSpan
	lineStart, lineW := -1, 0
	lastEnd := 0
	i := 0
	for i < len(text) {
		// Skip spaces between words.
		if text[i] == ' ' || text[i] == '\n' || text[i] == '\t' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		word := text[i:j]
		ww := cellWidth(word)
		switch {
		case lineStart >= 0 && lineW+1+ww <= width:
			lineW += 1 + ww
			lastEnd = j
		case ww <= width:
			if lineStart >= 0 {
				lines = append(lines, lineSpan{lineStart, lastEnd})
			}
			lineStart, lineW, lastEnd = i, ww, j
		default:
			// Break a long word into pieces of at most width cells.
			if lineStart >= 0 {
				lines = append(lines, lineSpan{lineStart, lastEnd})
			}
			lineStart, lineW = i, 0
			g := uniseg.NewGraphemes(word)
			for g.Next() {
				from, to := g.Positions()
				cw := g.Width()
				if lineW+cw > width && lineW > 0 {
					lines = append(lines, lineSpan{lineStart, i + from})
					lineStart, lineW = i+from, 0
				}
				lineW += cw
				lastEnd = i + to
			}
		}
		i = j
	}
	if lineStart >= 0 {
		lines = append(lines, lineSpan{lineStart, lastEnd})
	}
	if len(lines) == 0 {
		lines = []lineSpan{{0, 0}}
	}
	return lines
}

// styleRanges renders text[from:to] with base, and the parts that fall in
// marks with mark. Marks must be sorted and valid byte ranges.
func styleRanges(text string, from, to int, marks []markSpan, base, mark ink) string {
	var sb strings.Builder
	pos := from
	for _, m := range marks {
		s, e := max(m.Start, from), min(m.End, to)
		if s >= e || s < pos {
			continue
		}
		if s > pos {
			sb.WriteString(base.paint(text[pos:s]))
		}
		sb.WriteString(mark.paint(text[s:e]))
		pos = e
	}
	if pos < to {
		sb.WriteString(base.paint(text[pos:to]))
	}
	return sb.String()
}

// cleanMarks returns the marks that are valid byte ranges of text on rune
// boundaries, sorted and without overlaps. Marks come from the extractor
// and are not trusted to be well-formed.
func cleanMarks(text string, marks []markSpan) []markSpan {
	var out []markSpan
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		if !utf8RuneStart(text, m.Start) || !utf8RuneStart(text, m.End) {
			continue
		}
		out = append(out, m)
	}
	sortSpans(out)
	kept := out[:0]
	last := -1
	for _, m := range out {
		if m.Start >= last {
			kept = append(kept, m)
			last = m.End
		}
	}
	return kept
}

func utf8RuneStart(s string, i int) bool {
	return i == len(s) || i < len(s) && utf8.RuneStart(s[i])
}

func sortSpans(s []markSpan) {
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}
