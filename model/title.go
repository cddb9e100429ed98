package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDerivedTitle is the longest derived title, in bytes before the ellipsis.
const maxDerivedTitle = 100

// reDateSuffix is a date stamp after a headline, set off by a comma, a dash,
// a bar or brackets: ", 11 FEB", " - February 11, 2024", " (11 Feb 2024)",
// " | 2024-02-11", " -- Tuesday, November 10, 2026" (the weekday goes with
// its date). A date run into the headline's words ("Vote Set for 11 May")
// is part of the headline and stays. Group 1 is the date.
var reDateSuffix = lazyRE(`(?i)(?:\s*,|\s+(?:--|[-–—|]))\s*\(?(` +
	dateWeekdayRe + `\d{1,2}(?:st|nd|rd|th)?\s+` + dateMonthRe + `(?:,?\s+\d{4})?|` +
	dateWeekdayRe + dateMonthRe + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|` +
	`\d{4}-\d{2}-\d{2})\)?$|\s+\((` +
	`\d{1,2}\s+` + dateMonthRe + `(?:,?\s+\d{4})?|` + dateMonthRe + `\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})\)$`)

// maxDateSuffix bounds the length of a headline's date stamp with its
// separator: ", (Wednesday) 11th September, 2024)" and the like.
const maxDateSuffix = 64

// splitDateSuffix returns the headline without its date stamp, and the
// stamp's date when it has a year.
func splitDateSuffix(line string) (head, date string) {
	// A stamp is a few words at the end: the pattern runs on the line's
	// tail only, since unanchored at its start it would otherwise be tried
	// at every position of every line compared with the title.
	off := tailOf(line, maxDateSuffix)
	loc := reDateSuffix.FindStringSubmatchIndex(line[off:])
	if loc == nil || off+loc[0] == 0 {
		return line, ""
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += off
		}
	}
	stamp := ""
	for g := 1; g <= 2; g++ {
		if loc[2*g] >= 0 {
			stamp = line[loc[2*g]:loc[2*g+1]]
		}
	}
	d, _ := parseDate(stamp)
	return strings.TrimSpace(line[:loc[0]]), d
}

// reSubjectLabel is an e-mail's subject label before a newsletter's
// headline: "Subject: ", "Subject: Fwd: ".
var reSubjectLabel = lazyRE(`^(?i:subject|subj)\s*:\s*(?:(?i:re|fwd?)\s*:\s*)*`)

// stripSubjectLabel returns a headline line without an e-mail's subject
// label: the label is the message's furniture, not the headline's words.
func stripSubjectLabel(line string) string {
	if len(line) < 5 || line[0]|0x20 != 's' {
		return line
	}
	if loc := reSubjectLabel.FindStringIndex(line); loc != nil && loc[1] < len(line) {
		return line[loc[1]:]
	}
	return line
}

// reSiteSuffix is a site's or section's name that a web page's title
// carries after its headline: " | World News", " - BBC News", " — The
// Guardian", " | example.com". Only a short run of capitalised words
// ending in a word that names a news outlet (or a domain) counts, so a
// real part of the headline after a dash stays ("Rates rise - again").
var reSiteSuffix = lazyRE(`\s+(?:\||-|–|—|::)\s+(?:[\p{Lu}\d][\pL\d.&'’-]*\s+){0,3}` +
	`(?:News|Online|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Mail|Mirror|Chronicle|Observer|` +
	`Reuters|Bloomberg|CNN|BBC|NPR|AP|AFP|[\pL\d-]+\.(?:com|co\.uk|org|net|news))$`)

// maxSiteSuffix bounds the site suffix with its separator.
const maxSiteSuffix = 60

// stripSiteSuffix returns a headline without a site's name after it (see
// reSiteSuffix), when at least three words of headline are left.
func stripSiteSuffix(line string) string {
	off := tailOf(line, maxSiteSuffix)
	loc := reSiteSuffix.FindStringIndex(line[off:])
	if loc == nil {
		return line
	}
	head := strings.TrimSpace(line[:off+loc[0]])
	if len(strings.Fields(head)) < 3 {
		return line
	}
	return head
}

// repeatsHead is sameHeadline with b's date stamp already removed: the
// parser compares many lines with one title.
func repeatsHead(a, b string) bool {
	if !fieldsMayStartWith(a, b) {
		return false
	}
	a, _ = splitDateSuffix(a)
	return a != "" && strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// fieldsMayStartWith is a cheap test that line's head (line without a date
// stamp, a prefix of line) could have the same words as head: all words of
// head but the last must open line, case aside (the stamp may be glued to
// the last one: "Headline, 11 Feb"). Every paragraph is compared with the
// title, and most fail on the first word, before any regular expression.
func fieldsMayStartWith(line, head string) bool {
	for {
		hw, hrest := nextField(head)
		if hw == "" {
			return true
		}
		if next, _ := nextField(hrest); next == "" {
			return true // head's last word: not compared
		}
		lw, lrest := nextField(line)
		if !strings.EqualFold(lw, hw) {
			return false
		}
		head, line = hrest, lrest
	}
}

// nextField returns the first white-space-separated word of s ("" when
// there is none) and the rest after it.
func nextField(s string) (string, string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

// looksLikeHeadline reports whether a line can be an article's headline: a
// short line of at least two words that starts with a capital or digit and
// does not end like a sentence or a clause.
func looksLikeHeadline(line string) bool {
	words := strings.Fields(line)
	return len(words) >= 2 && len(words) <= 25 && len(line) <= 200 && headingShape(line)
}

// headingShape holds the cues shared by headlines and section headings: it
// opens with a capital or digit (after quotes) and ends without the
// punctuation of a sentence or clause (. , ; : … or a dash); a question mark
// is allowed, for question headings.
func headingShape(line string) bool {
	open := strings.TrimLeft(line, "\"'“‘([«*_")
	r, _ := utf8.DecodeRuneInString(open)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	end := strings.TrimRight(line, "\"'”’)]»*_")
	last, _ := utf8.DecodeLastRuneInString(end)
	switch last {
	case '.', ',', ';', ':', '…', '-', '–', '—', '/', '&', '(', utf8.RuneError:
		return false
	}
	return true
}

// reTitleDateline is a wire dateline that opens a story's first sentence:
// a capitalised place ("KYIV", "SAN JOSE, Calif."), an optional date, an
// optional agency in brackets or slashes, then a dash. The place is in
// capitals, which sets it apart from a sentence's first words.
var reTitleDateline = lazyRE(`^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\pL.' ]{1,30})?` +
	`(?:,\s*(?i:` + dateMonthRe + `)\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^()]{1,40}\)|/[^/\s][^/]{0,40}/)?\s*(?:--|-|–|—)\s+`)

// maxTitleDateline bounds a dateline's length.
const maxTitleDateline = 120

// deriveTitle makes a headline from a paragraph's first sentence, without
// a wire dateline that opens it: the whole sentence without its full stop when it is short, otherwise its first words
// up to maxDerivedTitle bytes, cut at a word and ended with an ellipsis.
func deriveTitle(p string) string {
	spans := Sentences(p)
	if len(spans) == 0 {
		return ""
	}
	s := p[spans[0].Start:spans[0].End]
	if loc := reTitleDateline.FindStringIndex(headOf(s, maxTitleDateline)); loc != nil && loc[1] < len(s) {
		// A wire dateline names where the story was filed, not what
		// happened: "KYIV, Ukraine (AP) — Russian drones struck…".
		s = s[loc[1]:]
	}
	if len(s) <= maxDerivedTitle {
		if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
			s = s[:len(s)-1]
		}
		return s
	}
	cut := strings.LastIndexFunc(s[:maxDerivedTitle+1], unicode.IsSpace)
	if cut <= 0 {
		// One giant word: cut at a rune boundary.
		cut = maxDerivedTitle
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}
