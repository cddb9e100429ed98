package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrap detection: a file whose lines are almost all at most
// maxWrapWidth runes long is read as hard-wrapped, and a line of at least
// wrapFill of the widest line is taken to run on into the next.
const (
	maxWrapWidth = 120
	minWrapWidth = 40
	wrapFill     = 0.6
)

// normLine normalises a line's white space only: runs of white space become
// one space, the ends are trimmed, and a space before , . ; : ! ? ) is
// dropped when that mark ends a word ("strikes ." becomes "strikes.", but
// "rose .5 points" keeps its space). Bytes other than white space are copied
// as they are, invalid UTF-8 included.
func normLine(l string) string {
	if normalLine(l) {
		return l
	}
	return normLineBuild(l)
}

// normLineBuild is normLine building the normalised line.
func normLineBuild(l string) string {
	var b strings.Builder
	b.Grow(len(l))
	space := false
	for i := 0; i < len(l); {
		r, size := utf8.DecodeRuneInString(l[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if space && b.Len() > 0 && !(strings.ContainsRune(",.;:!?)", r) && !wordAt(l, i+size)) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(l[i : i+size])
		i += size
	}
	return b.String()
}

// normalLine reports, without allocating, that normLine would return l
// unchanged: its only white space is single ASCII spaces between words,
// none before punctuation. Most lines of an article are like that.
func normalLine(l string) bool {
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c == ' ':
			if i == 0 || i == len(l)-1 || strings.IndexByte(",.;:!?) ", l[i+1]) >= 0 {
				return false
			}
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
		default:
			r, size := utf8.DecodeRuneInString(l[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// wordAt reports whether a letter or digit starts at l[i:].
func wordAt(l string, i int) bool {
	if i >= len(l) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// textUnits splits plain text into units. Blank lines end a block; within a
// block each line is its own unit (files that put one paragraph on each
// line) unless it runs on into the next (joins).
func textUnits(lines []string) []unit {
	width := wrapWidth(lines)
	var units []unit
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			units = append(units, unit{text: strings.Join(cur, " "), single: len(cur) == 1})
			cur = cur[:0]
		}
	}
	prev := ""
	for _, l := range lines {
		if l == "" {
			flush()
			prev = ""
			continue
		}
		if prev == "" || !joins(prev, l, width) {
			flush()
		}
		cur = append(cur, l)
		prev = l
	}
	flush()
	return units
}

// wrapWidth returns the width a hard-wrapped file is wrapped at, or 0 when
// the file is not hard-wrapped (one paragraph per line, long lines).
func wrapWidth(lines []string) int {
	n, long, widest := 0, 0, 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		n++
		w := utf8.RuneCountInString(l)
		switch {
		case w > maxWrapWidth:
			long++
		case w > widest:
			widest = w
		}
	}
	if n == 0 || long*10 > n || widest < minWrapWidth {
		return 0
	}
	return widest
}

// joins reports whether line next continues line prev in the same
// paragraph: prev fills a hard-wrapped line and does not end a sentence
// before a capitalised line, or next plainly continues a sentence left open
// (it starts in lower case after a line without closing punctuation).
func joins(prev, next string, width int) bool {
	if isBoilerplate(next) || isBoilerplate(prev) || isEmailHeader(next) || isEmailHeader(prev) {
		return false
	}
	open := !endsSentence(prev)
	r, _ := utf8.DecodeRuneInString(next)
	if open && unicode.IsLower(r) {
		return true
	}
	if width == 0 || float64(utf8.RuneCountInString(prev)) < wrapFill*float64(width) {
		return false
	}
	return open || !startsUpper(next)
}

// endsSentence reports whether a line ends with sentence punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’)]»")
	last, _ := utf8.DecodeLastRuneInString(l)
	return last == '.' || last == '!' || last == '?' || last == '…'
}

// Markdown block syntax, matched on normalised lines.
var (
	reATX        = lazyRE(`^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?$`)
	reSetext     = lazyRE(`^(?:=+|-+)$`)
	reRule       = lazyRE(`^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	reBullet     = lazyRE(`^[-*+•]\s+`)
	reOrdered    = lazyRE(`^\d{1,9}[.)]\s+`)
	reQuote      = lazyRE(`^(?:>\s?)+`)
	reCodeFence  = lazyRE("^(?:```|~~~)")
	reHeadingEnd = lazyRE(`\s+#+$`)
)

// markdownUnits splits Markdown into units. Structural markers are removed
// ("#" of headings, list bullets, ">" of quotes, rules, code fences); inline
// syntax (emphasis, links) is kept verbatim. Lines of one paragraph are
// joined, each list item is its own paragraph, and ordered list numbers are
// kept since they carry meaning.
func markdownUnits(lines []string) []unit {
	var units []unit
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			units = append(units, unit{text: strings.Join(cur, " "), single: len(cur) == 1})
			cur = cur[:0]
		}
	}
	inCode := false
	for _, l := range lines {
		if reCodeFence.MatchString(l) {
			flush()
			inCode = !inCode
			continue
		}
		if inCode {
			if l != "" {
				units = append(units, unit{text: l, single: true})
			}
			continue
		}
		if q := reQuote.FindString(l); q != "" {
			l = strings.TrimSpace(l[len(q):])
		}
		switch {
		case l == "":
			flush()
		case reSetext.MatchString(l) && len(cur) > 0:
			level := 2
			if l[0] == '=' {
				level = 1
			}
			units = append(units, unit{text: strings.Join(cur, " "), level: level})
			cur = cur[:0]
		case reRule.MatchString(l):
			flush()
		case reATX.MatchString(l):
			flush()
			m := reATX.FindStringSubmatch(l)
			h := strings.TrimSpace(reHeadingEnd.ReplaceAllString(m[2], ""))
			if h != "" {
				units = append(units, unit{text: h, level: len(m[1])})
			}
		case reBullet.MatchString(l):
			flush()
			cur = append(cur, l[len(reBullet.FindString(l)):])
		case reOrdered.MatchString(l):
			flush()
			cur = append(cur, l)
		case isEmailHeader(l):
			// An e-mail's header lines are written one under another
			// with no blank line; each is a unit of its own.
			flush()
			units = append(units, unit{text: l, single: true})
		default:
			cur = append(cur, l)
		}
	}
	flush()
	return units
}

// reEmailHeader is a header line of an e-mail pasted above its text:
// "From: The Morning Brief <news@…>", "Sent: Thursday, July 10, 2025
// 9:02 AM", "Reply-To: …". Group 1 is the field's name.
var reEmailHeader = lazyRE(`^(?i)(from|to|sent|date|subject|cc|bcc|reply-to)\s*:\s*\S`)

// maxEmailHeader is the longest e-mail header line read as one.
const maxEmailHeader = 200

// isEmailHeader reports whether a line is an e-mail header field (see
// reEmailHeader). The cheap test on the first byte and a colon in the
// first dozen bytes runs on every line.
func isEmailHeader(l string) bool {
	if len(l) < 4 || len(l) > maxEmailHeader {
		return false
	}
	switch l[0] | 0x20 {
	case 'f', 't', 's', 'd', 'c', 'b', 'r':
	default:
		return false
	}
	if strings.IndexByte(headOf(l, 12), ':') < 0 {
		return false
	}
	return reEmailHeader.MatchString(l)
}

// emailHeaderField returns the lower-case name of an e-mail header line's
// field ("from", "subject") and its value.
func emailHeaderField(l string) (field, value string) {
	name, value, _ := strings.Cut(l, ":")
	return strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(value)
}

// isEntryHeading reports whether the line under a live blog's timestamp
// is the entry's heading: short, capitalised, and either shaped like a
// heading or one sentence ending in an abbreviation's period ("Polls
// close at 9 p.m."), which a heading may do.
func isEntryHeading(t string) bool {
	if len(t) > maxHeadingBytes || !startsUpper(t) && !startsWithDigit(t) {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > maxHeadingWords {
		return false
	}
	if headingShape(t) {
		return true
	}
	last := strings.TrimSuffix(words[len(words)-1], ".")
	return len(last) < len(words[len(words)-1]) && strings.Contains(last, ".") && len(Sentences(t)) == 1
}

// minParagraphWords is the fewest words of a line read as a paragraph of
// text when telling a subheading from a list item.
const minParagraphWords = 8

// headsParagraph reports whether the next unit is a paragraph of text: a
// line right above one is its subheading, not an item of the list of
// links before it.
func headsParagraph(next []unit) bool {
	if len(next) == 0 || next[0].level != 0 {
		return false
	}
	t := next[0].text
	return endsSentence(t) && len(strings.Fields(t)) >= minParagraphWords && !isBoilerplate(t)
}
