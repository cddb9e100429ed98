package model

import (
	"strings"
)

// unit is one block of an article before it is classified: a paragraph, a
// heading, or a line of metadata or boilerplate.
type unit struct {
	text string
	// single is true when the unit is one source line standing alone; only
	// such a line can be a plain-text heading, headline, byline or date line.
	single bool
	// level is the level of a Markdown heading, 0 for anything else.
	level int
	// plain is true for a line of the header block that a byline or date
	// line separates from the text below (a kicker, a scoreline): it heads
	// nothing, so it is never a section heading.
	plain bool
	// entryHead is true for the short line right under a live blog's
	// timestamp ("22:47" / "Polls close at 9 p.m."): the entry's heading,
	// even when it ends with an abbreviation's period.
	entryHead bool
}

// reDateDashPrefix is an unlabelled date set off by a dash at the start of
// the first paragraph: "February 11, 2024 — Iraq's parliament…". Group 1 is
// the date.
var reDateDashPrefix = lazyRE(`(?i)^(` + dateWeekdayRe + `(?:` + dateMonthRe + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+` + dateMonthRe + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}))\s*[-–—|]\s+`)

// maxFooterUnits is how many units from the end of an article an e-mail
// newsletter's footer is looked for in.
const maxFooterUnits = 6

// Limits of a plain-text section heading: headings are short.
const (
	maxHeadingWords = 15
	maxHeadingBytes = 120
)

// parseStructure finds the title, date, author and sections of cleaned
// article text. Metadata lines (headline, date lines, bylines) and page
// boilerplate are taken out of the body; every other line is kept, changed
// in white space only.
//
// The rules, in order:
//   - Lines: \r\n and \r become \n; runs of white space become one space and
//     a space before , . ; : ! ? ) is dropped (normLine).
//   - Paragraphs: in Markdown, blank lines and block syntax separate them; in
//     plain text, blank lines do when the file has any, and every line is a
//     paragraph when it has none. Lines of a blank-separated block are joined
//     when the file is hard-wrapped (textUnits).
//   - Metadata anywhere: boilerplate lines, bylines, labelled date lines
//     ("Published: …") and repeats of the headline are dropped.
//   - Top of the article, before the first paragraph or heading: bare date
//     lines are taken as the date; a "date 2024-02-07" or "February 11, 2024
//     —" prefix of the first paragraph is taken and removed; the first
//     headline-shaped line (looksLikeHeadline), or the first Markdown "#"
//     heading, is the title, with any date stamp suffix dropped.
//   - Date: front matter first, then dates of metadata lines, then the
//     headline's stamp, then a wire dateline of the first paragraph
//     ("CITY, March 3, 2024 (Agency) -", kept in the text). A date without a
//     year gives no date; dates inside body sentences are never read.
//   - Headings: Markdown headings; otherwise short one-line units shaped like
//     a heading (headingShape) that are followed by a paragraph. Three or
//     more such lines in a row are a list, not headings.
func parseStructure(text string, meta Meta) *Article {
	a := &Article{Source: meta.Source, URL: meta.URL, Author: meta.Author}
	p := parser{a: a}
	if d, ok := parseDate(meta.Date); ok {
		p.setDate(d, rankFrontMatter)
	}

	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	lines := make([]string, len(raw))
	for i, l := range raw {
		lines[i] = normLine(l)
	}
	var units []unit
	if meta.Markdown {
		units = markdownUnits(lines)
	} else {
		units = textUnits(lines)
	}

	a.Title = meta.Title
	if a.Title != "" {
		a.TitleSource = TitleFromText
	}
	body := p.takeMetadata(units, meta.Markdown)
	a.Sections = buildSections(body, meta.Markdown)

	if a.Title == "" {
		a.TitleSource = TitleDerived
		a.Title = derivedTitle(a.Sections)
	}
	return a
}

// Strength of the evidence for a date: a stronger source replaces a weaker.
const (
	rankNone = iota
	rankWire
	rankStamp
	rankUpdated
	rankLine
	rankFrontMatter
)

// parser carries the article being filled and how sure its date is.
type parser struct {
	a        *Article
	dateRank int
	// titleHead is the title without its date stamp, for the title
	// headFor; it is worked out once, not for every line compared.
	titleHead, headFor string
}

// repeatsTitle reports whether line repeats the article's title.
func (p *parser) repeatsTitle(line string) bool {
	if p.headFor != p.a.Title || p.titleHead == "" {
		p.titleHead, _ = splitDateSuffix(p.a.Title)
		p.headFor = p.a.Title
	}
	return repeatsHead(line, p.titleHead)
}

func (p *parser) setDate(d string, rank int) {
	if d == "" || rank <= p.dateRank {
		return
	}
	p.a.Date = &d
	p.dateRank = rank
}

// takeMetadata removes headline, date lines, bylines and boilerplate from
// the units, filling the article's title, date and author, and returns the
// body units in order.
func (p *parser) takeMetadata(units []unit, markdown bool) []unit {
	a := p.a
	body := make([]unit, 0, len(units))
	seenContent := false
	firstPara := true
	contact := false // inside a press release's block of contact details
	list := -1       // items seen of a list of other stories under "Most read", or -1 outside one
	// seenPara is true after the first paragraph that is not a heading-
	// shaped line: until then the lines are the header block, where
	// bylines, kickers and date lines sit in any order.
	seenPara := false
	stamp := false // the unit before was a live blog's timestamp
	// repeat is true right after a repeat of the headline in the header
	// block (a newsletter's masthead, a page's title over its story): a
	// line under it is its tagline or standfirst, not a section heading.
	repeat := false
	// header marks the last body unit as a header-block line, when
	// metadata follows it before any paragraph.
	header := func() {
		if !seenPara && len(body) > 0 && body[len(body)-1].level == 0 {
			body[len(body)-1].plain = true
		}
	}
	for i, u := range units {
		t := u.text
		if seenContent && u.single && reCommentsHeader.MatchString(t) {
			break // readers' comments follow
		}
		afterStamp, afterRepeat := stamp, repeat
		stamp, repeat = false, false
		if u.single && isBoilerplate(t) {
			contact = reContactLabel.MatchString(t) || contact && u.level == 0
			switch {
			case seenContent && reListLabel.MatchString(stripEmphasis(t)):
				list = 0
			case u.level != 0:
				list = -1
			}
			continue
		}
		// A newsletter's masthead and footer sit at its ends, so only the
		// header block and the last few paragraphs are tested.
		if u.level == 0 && (!seenPara || i >= len(units)-maxFooterUnits) && isEmailFooter(t) {
			continue
		}
		if contact && u.single && u.level == 0 && isContactDetail(t) {
			continue
		}
		if list >= 0 && u.single && u.level == 0 && isListItem(t) && !(list > 0 && headsParagraph(units[i+1:])) {
			list++
			continue
		}
		contact, list = false, -1
		if !seenPara && u.single && u.level == 0 && isEmailHeader(t) {
			// An e-mail's header is metadata: the sender is the
			// publisher, never someone the text reports. "Date:" or
			// "Sent:" gives the date, "Subject:" the title (below).
			field, value := emailHeaderField(t)
			switch field {
			case "subject":
				if a.Title != "" {
					continue
				}
			case "date", "sent":
				if d, _, ok := parseDateLine(value); ok {
					p.setDate(d, rankLine)
				}
				continue
			default:
				continue
			}
		}
		if u.single && u.level == 0 && isTimestampLine(t) {
			stamp = true
			continue
		}
		if u.single && u.level == 0 {
			// A date line or byline may be set in emphasis:
			// "*Published 13 February 2024*", "_By Jane Doe_".
			m := stripEmphasis(t)
			if d, updated, ok := parseDateLine(m); ok {
				labelled := reDateLabel.MatchString(headOf(m, 64))
				if !seenPara || labelled {
					rank := rankLine
					if updated {
						rank = rankUpdated
					}
					p.setDate(d, rank)
					header()
					continue
				}
			} else if len(m) <= 80 && strings.ContainsAny(m, "/.") && reAmbiguousDateLine.MatchString(m) {
				continue // a labelled date that cannot be read is still metadata
			}
			if author, d, ok := parseByline(m); ok {
				if a.Author == "" {
					a.Author = author
				}
				p.setDate(d, rankLine)
				header()
				continue
			}
		}
		if a.Title != "" && (u.single || u.level > 0) && len(t) <= 2*len(a.Title)+40 && p.repeatsTitle(t) {
			repeat = !seenPara
			continue // a repeated headline
		}
		if !seenContent && a.Title == "" && u.single && u.level == 0 && isMasthead(t) && headlineFollows(units[i+1:]) {
			continue // a site's name or a kicker above the headline
		}
		if !seenPara && u.single && u.level == 0 && len(t) <= 64 && mayBeDeskCredit(t) && reDeskCredit.MatchString(t) {
			if a.Author == "" {
				a.Author = t
			}
			header()
			continue // "Express News Service": the desk's byline
		}
		if !seenContent && a.Title == "" && hasMore(units[i+1:]) {
			if markdown && u.level == 1 {
				a.Title, a.TitleSource = stripSiteSuffix(t), TitleFromText
				continue
			}
			if u.single && u.level == 0 && looksLikeHeadline(t) {
				head, d := splitDateSuffix(stripSubjectLabel(t))
				a.Title, a.TitleSource = stripSiteSuffix(head), TitleFromText
				p.setDate(d, rankStamp)
				continue
			}
		}
		if !seenContent && u.level == 0 {
			t = p.takeDatePrefix(t)
			if t == "" {
				continue
			}
		}
		if firstPara && u.level == 0 && !(u.single && isHeadingCandidate(t)) {
			firstPara = false
			if m := reWireDateline.FindStringSubmatch(t); m != nil && m[3] != "" {
				d, _ := makeDate(m[3], monthNumber(m[1]), m[2])
				p.setDate(d, rankWire)
			}
		}
		seenContent = true
		u.text = t
		u.entryHead = afterStamp && u.single && u.level == 0 && isEntryHeading(t)
		u.plain = afterRepeat && u.level == 0
		if !(u.single && isHeadingCandidate(t)) && !u.entryHead {
			seenPara = true
		}
		body = append(body, u)
	}
	return body
}

// takeDatePrefix takes a date that opens the first paragraph as metadata
// ("date 2024-02-07 In a recent…") and returns the paragraph without it.
func (p *parser) takeDatePrefix(t string) string {
	for _, re := range []*lazyRegexp{reDatePrefix, reDateDashPrefix} {
		m := re.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		d, ok := parseDate(t[m[2]:m[3]])
		if !ok {
			continue
		}
		p.setDate(d, rankLine)
		return strings.TrimSpace(t[m[1]:])
	}
	return t
}

// maxMastheadWords is the most words of a site's name or a kicker above a
// headline.
const maxMastheadWords = 2

// minMastheadHeadline is the fewest words of the headline under a masthead:
// a headline is a clause, a site's name a word or two.
const minMastheadHeadline = 5

// isMasthead reports whether a line at the top of an article can be a
// site's name or a section kicker ("TechWire", "Security", "The Ledger"):
// one or two words, each capitalised, with no sentence punctuation. A
// two-word headline in sentence case ("Rates rise") is not one.
func isMasthead(t string) bool {
	if len(t) > 40 || strings.ContainsAny(t, "?!.,:;") {
		return false
	}
	words := strings.Fields(stripEmphasis(t))
	if len(words) == 0 || len(words) > maxMastheadWords {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// headlineFollows reports whether a headline comes within the next few
// lines, after only other masthead-shaped lines: a single line shaped
// like a headline, of at least minMastheadHeadline words, with text after
// it. Only then is a short line above it the site's name, not the title.
func headlineFollows(units []unit) bool {
	for i, u := range units {
		if i >= 3 {
			return false
		}
		if isBoilerplate(u.text) {
			continue
		}
		if u.level == 0 && u.single && isMasthead(u.text) {
			continue
		}
		if !(u.single || u.level == 1) || len(strings.Fields(u.text)) < minMastheadHeadline {
			return false
		}
		return (u.level == 1 || looksLikeHeadline(u.text)) && hasMore(units[i+1:])
	}
	return false
}

// reDeskCredit is a news desk or agency credited on a line of its own in
// the header block: "Express News Service", "Metro Desk", "Our Bureau".
var reDeskCredit = lazyRE(`^(?:\p{Lu}[\pL&'’.-]*\s+){0,3}(?:News\s+Service|News\s+Desk|News\s+Bureau|Wire\s+Service|Desk|Bureau)$`)

// mayBeDeskCredit is a cheap test that reDeskCredit could match: the
// line ends in one of its last words.
func mayBeDeskCredit(t string) bool {
	return strings.HasSuffix(t, "Service") || strings.HasSuffix(t, "Desk") || strings.HasSuffix(t, "Bureau")
}

// hasMore reports whether anything but boilerplate follows: a headline heads
// an article, so a lone line is not one.
func hasMore(units []unit) bool {
	for _, u := range units {
		if !isBoilerplate(u.text) {
			return true
		}
	}
	return false
}

// isHeadingCandidate reports whether a one-line unit is shaped like a
// section heading: short, capitalised, not ending like a sentence.
func isHeadingCandidate(t string) bool {
	if len(t) > maxHeadingBytes {
		return false
	}
	n := len(strings.Fields(t))
	return n >= 1 && n <= maxHeadingWords && headingShape(t)
}

// buildSections groups body units under their headings. In Markdown that
// uses "#" headings only those are headings; elsewhere a one-line unit
// shaped like a heading is one when a paragraph follows it, and a run of
// three or more such lines is read as a list of paragraphs.
func buildSections(body []unit, markdown bool) []Section {
	explicit := false
	for _, u := range body {
		if u.level > 0 {
			explicit = true
			break
		}
	}
	cand := make([]bool, len(body))
	if !(markdown && explicit) {
		for i, u := range body {
			cand[i] = u.single && u.level == 0 && !u.plain && (u.entryHead || isHeadingCandidate(u.text))
		}
	}
	// An interview's turns are paragraphs, even a short question one
	// ("Q: Why now?") that is shaped like a question heading.
	texts := make([]string, len(body))
	for i, u := range body {
		texts[i] = u.text
	}
	for i, t := range interviewTurns(texts, "", nil) {
		if t.body > 0 {
			cand[i] = false
		}
	}
	if len(body) > 1 && cand[0] && !cand[1] && !body[0].entryHead && isStandfirst(body[0].text) {
		cand[0] = false
	}
	heading := make([]bool, len(body))
	for i := 0; i < len(body); {
		if body[i].level > 0 {
			heading[i] = true
			i++
			continue
		}
		if !cand[i] {
			i++
			continue
		}
		if body[i].entryHead {
			// A live blog's entry heading heads its entry alone.
			heading[i] = i+1 < len(body)
			i++
			continue
		}
		j := i
		for j < len(body) && cand[j] && body[j].level == 0 && !body[j].entryHead {
			j++
		}
		// body[i:j] is a run of heading-shaped lines; it heads paragraphs
		// only when a paragraph follows and it is not list-long.
		if j < len(body) && body[j].level == 0 && !body[j].entryHead && j-i <= 2 {
			for k := i; k < j; k++ {
				heading[k] = true
			}
		}
		i = j
	}

	sections := []Section{}
	cur := Section{Paragraphs: []string{}}
	started := false
	for i, u := range body {
		if heading[i] {
			if started {
				sections = append(sections, cur)
			}
			cur = Section{Heading: u.text, Paragraphs: []string{}}
			started = true
			continue
		}
		cur.Paragraphs = append(cur.Paragraphs, u.text)
		started = true
	}
	if started {
		sections = append(sections, cur)
	}
	return sections
}

// minStandfirstWords is the fewest words of a standfirst: section headings
// are shorter.
const minStandfirstWords = 6

// isStandfirst reports whether the line that opens the body, under the
// headline, reads as its standfirst ("Ministers promise 300,000 new homes
// a year by 2030"): a summary line of a sentence's length, which starts
// the story rather than heading a part of it. A question is a heading.
func isStandfirst(line string) bool {
	return len(strings.Fields(line)) >= minStandfirstWords && !extractIsQuestion(line)
}

// derivedTitle makes a title from the first paragraph, or from the first
// heading when there is no paragraph.
func derivedTitle(sections []Section) string {
	for _, s := range sections {
		if len(s.Paragraphs) > 0 {
			return deriveTitle(s.Paragraphs[0])
		}
	}
	for _, s := range sections {
		if s.Heading != "" {
			return deriveTitle(s.Heading)
		}
	}
	return ""
}
