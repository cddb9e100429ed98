package model

import (
	"strconv"
	"strings"
	"time"
)

// monthNumbers maps English month names and their usual abbreviations to numbers.
var monthNumbers = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

const (
	dateWeekdayRe = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`
	dateMonthRe   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	dateDayRe     = `(\d{1,2})(?:st|nd|rd|th)?`
	// dateTimeRe is an optional time of day after a date: "10:30", "10:30 AM GMT",
	// "at 3 p.m.", "T10:00:00Z".
	dateTimeRe = `(?:(?:\s*(?:,|\||-|–|—|at|@)?\s*|T)\d{1,2}(?::\d{2}){0,2}(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?`
)

// Date forms, each matching a whole string (after a label is removed). The
// groups differ by form; see parseDate.
var (
	reMDY = lazyRE(`(?i)^` + dateWeekdayRe + `(` + dateMonthRe + `)\s+` + dateDayRe + `,?\s+(\d{4})` + dateTimeRe + `$`)
	reDMY = lazyRE(`(?i)^` + dateWeekdayRe + dateDayRe + `\s+(` + dateMonthRe + `),?\s+(\d{4})` + dateTimeRe + `$`)
	reISO = lazyRE(`(?i)^` + dateWeekdayRe + `(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + dateTimeRe + `$`)
	// reNumeric is a day and month in numbers before a four-digit year:
	// "23/07/2023", "7.23.2023". Which number is the month is read from the
	// numbers themselves (see parseDate).
	reNumeric = lazyRE(`(?i)^` + dateWeekdayRe + `(\d{1,2})([/.])(\d{1,2})[/.](\d{4})` + dateTimeRe + `$`)
	// reDateLabel is a label that says a date is the publication date.
	reDateLabel = lazyRE(`(?i)^(?:date[d:]?|published(?:\s+on)?:?|posted(?:\s+on)?:?|updated(?:\s+on)?:?|last\s+updated(?:\s+on)?:?|first\s+published(?:\s+on)?:?)\s*:?\s*`)
	// reDatePrefix finds a labelled date opening a paragraph: "date
	// 2024-02-07 In a recent…". Group 1 is the date.
	reDatePrefix = lazyRE(`(?i)^(?:date[d:]?|published(?:\s+on)?:?|posted(?:\s+on)?:?)\s*:?\s*(\d{4}-\d{2}-\d{2}|` +
		dateWeekdayRe + dateMonthRe + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` + dateWeekdayRe + `\d{1,2}\s+` + dateMonthRe + `,?\s+\d{4})\s*[-–—|:]?\s+`)
	// reWireDateline is a wire-service dateline opening a paragraph:
	// "BAGHDAD, March 3 (Reuters) -", "PORT CITY, March 3, 2024 (AP) —",
	// and a press release's "SAN JOSE, Calif., Oct. 21, 2025 /PRNewswire/ --".
	// Group 1 is the month, 2 the day, 3 the optional year.
	reWireDateline = lazyRE(`^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?,\s*(` + `(?i:` + dateMonthRe + `))\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\([^()]{1,40}\)|/[^/\s][^/]{0,40}/)?\s*(?:-|–|—|--)\s`)
)

// reAmbiguousDateLine is a labelled all-number date that parseDate leaves
// unread because day and month could be either ("Published: 03/04/2024").
var reAmbiguousDateLine = lazyRE(`(?i)^(?:date[d:]?|published(?:\s+on)?|posted(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?)\s*:?\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}` + dateTimeRe + `$`)

// parseDate reads a date written in one of the common forms of English news
// (with an optional weekday, label and time of day) and returns it as
// YYYY-MM-DD. It fails on dates without a year: a day and month alone do not
// make a publication date.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return "", false
	}
	if t, err := time.Parse(time.RFC1123Z, s); err == nil {
		return t.Format(time.DateOnly), true
	}
	if t, err := time.Parse(time.RFC1123, s); err == nil {
		return t.Format(time.DateOnly), true
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		return makeDate(m[1], m[2], m[3])
	}
	if m := reMDY.FindStringSubmatch(s); m != nil {
		return makeDate(m[3], monthNumber(m[1]), m[2])
	}
	if m := reDMY.FindStringSubmatch(s); m != nil {
		return makeDate(m[3], monthNumber(m[2]), m[1])
	}
	if m := reNumeric.FindStringSubmatch(s); m != nil {
		// Day first in most of the world, month first in the US: only a
		// number above 12, or the same number twice, tells which; an
		// ambiguous date ("03/04/2024") gives none rather than a guess.
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		switch {
		case a > 12 || a == b:
			return makeDate(m[4], m[3], m[1])
		case b > 12:
			return makeDate(m[4], m[1], m[3])
		}
	}
	return "", false
}

// parseDateLine reads a whole line that is only a date, possibly labelled
// ("Published: 11 Feb 2024"). updated is true for "Updated" labels, whose
// date is a weaker guess at publication than a plain or "Published" one.
func parseDateLine(line string) (date string, updated bool, ok bool) {
	rest := line
	if loc := reDateLabel.FindStringIndex(headOf(line, 64)); loc != nil {
		rest = line[loc[1]:]
		updated = strings.Contains(strings.ToLower(line[:loc[1]]), "updated")
	}
	date, ok = parseDate(rest)
	if !ok && len(line) <= 130 && startsWithDigit(rest) {
		if rest2 := reLeadTime.FindStringIndex(rest); rest2 != nil {
			// A time before the date: "Published: 22:14, 8 February 2025".
			date, ok = parseDate(rest[rest2[1]:])
		}
	}
	if !ok && len(line) <= 130 && (strings.Contains(line, " | ") || strings.Contains(line, " · ") || strings.Contains(line, " • ")) {
		if d, upd, ok2 := parseDateParts(line); ok2 {
			return d, upd, true
		}
	}
	if !ok && rest == line && len(line) <= 130 && strings.ContainsAny(line, "0123456789") {
		// A dateline on its own line: "Brussels, 23 February 2024".
		if loc := reDatePlace.FindStringIndex(line); loc != nil {
			date, ok = parseDate(line[loc[1]:])
		}
	}
	return date, updated, ok
}

// reLeadTime is a time of day before a date: "22:14, ", "08:30 IST ",
// "9.05am - ".
var reLeadTime = lazyRE(`^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*(?:,|-|–|—|\|)?\s+`)

// maxDatePartWords is the most words a part of a date line beside its
// date may have: a place, a label or a desk's name ("Mumbai", "Fact check
// desk"), never a sentence.
const maxDatePartWords = 5

// parseDateParts reads a date line of parts set off by bars or middle
// dots ("Mumbai | Published on: March 11, 2025 08:30 IST", "Published 12
// March 2025 · Fact check desk", "Published: 22:14, 8 February 2025 |
// Updated: 09:10, 9 February 2025"): the first part that is a date gives
// it, and every other part must be short and no sentence, so a sentence
// that mentions a date is never a date line.
func parseDateParts(line string) (date string, updated, ok bool) {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(parts) < 2 || len(parts) > 4 {
		return "", false, false
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if date == "" {
			if d, upd, ok := parseDateLine(part); ok {
				date, updated = d, upd
				continue
			}
		}
		if reDateLabel.MatchString(part) && strings.ContainsAny(part, "0123456789") {
			continue // a second date ("Updated: …")
		}
		if n := len(strings.Fields(part)); n == 0 || n > maxDatePartWords || endsSentence(part) {
			return "", false, false
		}
	}
	return date, updated, date != ""
}

// reDatePlace is the place that opens a dateline line, before its date:
// "Brussels, ", "SAN JOSE, Calif., ". Group-free; the date follows.
var reDatePlace = lazyRE(`^\p{Lu}[\pL.'’ -]{1,40}(?:,\s*\p{Lu}[\pL.'’ -]{1,30})?,\s+`)

func monthNumber(name string) string {
	m := monthNumbers[strings.TrimSuffix(strings.ToLower(name), ".")]
	return strconv.Itoa(int(m))
}

// makeDate validates a year, month and day and formats them; "2024-02-30"
// is no date.
func makeDate(year, month, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	m, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil || y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format(time.DateOnly), true
}
