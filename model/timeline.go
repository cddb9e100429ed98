package model

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Date precisions: a date is never made more precise than its text.
const (
	PrecisionYear  = "year"
	PrecisionMonth = "month"
	PrecisionWeek  = "week"
	PrecisionDay   = "day"
)

// Event kinds.
const (
	// EventPublished is an article's own date.
	EventPublished = "published"
	// EventMentioned is a date the article's text gives.
	EventMentioned = "mentioned"
)

// Event is one dated entry of the timeline.
type Event struct {
	// Date is "2024", "2024-06", "2024-W05" (ISO week) or "2024-02-07",
	// as precise as the text and no more; empty when unresolved.
	Date string `json:"date"`
	// Precision is PrecisionYear, PrecisionMonth, PrecisionWeek or
	// PrecisionDay: what the phrase gives, even when unresolved.
	Precision string `json:"precision"`
	// Resolved is false for relative dates ("on Wednesday") in an article
	// with no date to count from.
	Resolved bool `json:"resolved"`
	// Kind is EventPublished or EventMentioned.
	Kind string `json:"kind"`
	// Phrase is the date as written.
	Phrase string `json:"phrase"`
	// Ref is the sentence that gives the date. For a publication date not
	// written in the text it points at the start of the article, with the
	// title as its text.
	Ref Ref `json:"ref"`
	// Mark is the phrase's byte range within Ref.Text, when it is there.
	Mark *Span `json:"mark,omitempty"`
}

const monthRe = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`
const weekdayRe = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
const numWordRe = `(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`

// datePattern is one way English news writes a date.
type datePattern struct {
	re   *lazyRegexp
	kind int
}

const (
	dDMY     = iota // 2 February 2024
	dMDY            // February 2, 2024
	dISO            // 2024-02-07
	dMY             // September 2024
	dMD             // March 3
	dDM             // 3 March
	dMonth          // in October
	dYear           // back in 2020
	dWeekday        // on Wednesday
	dDayWord        // yesterday
	dUnit           // last week, earlier this month
	dAgo            // two weeks ago
)

// The month and weekday alternatives are matched case-insensitively and
// then required to start with a capital, so "may" and "march" the verbs are
// not dates.
var datePatterns = []datePattern{
	{lazyRE(`(?i)\b(?:` + weekdayRe + `,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRe + `)\.?,?\s+(\d{4})\b`), dDMY},
	{lazyRE(`(?i)\b(?:` + weekdayRe + `,?\s+)?(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`), dMDY},
	{lazyRE(`\b(\d{4})-(\d{2})-(\d{2})\b`), dISO},
	{lazyRE(`(?i)\b(?:(?:early|late|mid)[\s-]+)?(` + monthRe + `)\.?,?\s+(?:of\s+)?(\d{4})\b`), dMY},
	{lazyRE(`(?i)\b(?:` + weekdayRe + `,?\s+)?(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`), dMD},
	{lazyRE(`(?i)\b(?:` + weekdayRe + `,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRe + `)\b`), dDM},
	{lazyRE(`(?i)\b(in|since|until|by|during|from|through|last|this|next)\s+(?:(?:early|late|mid)[\s-]+)?(` + monthRe + `)\b`), dMonth},
	{lazyRE(`(?i)\b(?:back\s+in|in\s+the\s+year|in|since|until|by|during|from|through|before|after|around|early|late|mid|of|a|an|the)[\s-]+(\d{4})\b`), dYear},
	{lazyRE(`(?i)\b(?:(last|this|next|on|since|until|by|from|early|late)\s+)?(` + weekdayRe + `)\b`), dWeekday},
	{lazyRE(`(?i)\b(yesterday|today|tonight|tomorrow|last\s+night|this\s+morning)\b`), dDayWord},
	{lazyRE(`(?i)\b(?:(earlier|later)\s+)?(?:the\s+)?(last|this|next|past|previous|coming)\s+(week|month|year)\b`), dUnit},
	{lazyRE(`(?i)\b(` + numWordRe + `)\s+(day|week|month|year)s?\s+ago\b`), dAgo},
}

// futureRe marks a sentence about what is to come: its bare month or
// weekday then points forward from the article's date, not back.
var futureRe = lazyRE(`(?i)\b(?:will|shall|scheduled|upcoming|expected\s+to|set\s+to|plans?\s+to|due\s+to)\b`)

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// fuzzyDate is a date at some precision: the first day of its period and
// the precision.
type fuzzyDate struct {
	t    time.Time
	prec string
}

func (f fuzzyDate) String() string {
	switch f.prec {
	case PrecisionYear:
		return f.t.Format("2006")
	case PrecisionMonth:
		return f.t.Format("2006-01")
	case PrecisionWeek:
		y, w := f.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return f.t.Format("2006-01-02")
}

// end is the day after the period, for ordering.
func (f fuzzyDate) end() time.Time {
	switch f.prec {
	case PrecisionYear:
		return f.t.AddDate(1, 0, 0)
	case PrecisionMonth:
		return f.t.AddDate(0, 1, 0)
	case PrecisionWeek:
		return f.t.AddDate(0, 0, 7)
	}
	return f.t.AddDate(0, 0, 1)
}

func day(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
}

func monthStart(y, m int) time.Time { return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }

func weekStart(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return t.AddDate(0, 0, -wd)
}

// articleDate parses an article's YYYY-MM-DD date.
func articleDate(a *Article) (time.Time, bool) {
	if a == nil || a.Date == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", strings.TrimSpace(*a.Date))
	return t, err == nil
}

// dateMatch is one date phrase found in a sentence.
type dateMatch struct {
	start, end int
	phrase     string
	date       fuzzyDate
	resolved   bool
}

// dateCand is a match of one date pattern, not yet resolved: matching is the
// costly part and does not depend on the article's date, so a sentence is
// matched once and resolved as often as needed.
type dateCand struct {
	start, end int
	sub        []string
	kind       int
}

// dateCandidates matches the date patterns a sentence can hold, longest
// first: "in September 2024" is a month of a year and not a bare month;
// between equals the more specific pattern, then the earliest, for a
// stable choice.
func dateCandidates(text string) []dateCand {
	var words []dateWord
	return dateCandidatesBuf(text, &words)
}

// dateCandidatesBuf is dateCandidates with memory for the sentence's
// words, reused from call to call.
func dateCandidatesBuf(text string, buf *[]dateWord) []dateCand {
	// (?i) also folds two non-ASCII letters onto ASCII ones (ſ onto s,
	// the Kelvin sign onto k): a sentence with either runs every pattern
	// on the whole of it.
	if strings.ContainsRune(text, '\u017f') || strings.ContainsRune(text, '\u212a') {
		return matchDatePatterns(text)
	}
	words := dateWords((*buf)[:0], text)
	*buf = words
	var have wordClass
	for _, w := range words {
		have |= w.class
	}
	var cands []dateCand
	var windows [][2]int
	for _, p := range datePatterns {
		r := patternWords[p.kind]
		if have&r.need != r.need {
			continue
		}
		// Each match holds a word of the pattern's class, with at most
		// before words before it and after words after it: the pattern
		// runs on those stretches of the sentence only, joined where they
		// overlap. They begin and end at word edges, where \b sees the
		// same as in the whole sentence, and every match lies within one,
		// so the pattern finds there what it finds in the whole.
		// A stretch without the words the pattern needs is skipped: none
		// of its matches would be kept, and they could not have hidden
		// others, which lie in other stretches.
		windows = windows[:0] // first and last word of each stretch
		for i, w := range words {
			if w.class&r.in == 0 {
				continue
			}
			lo, hi := max(0, i-r.before), min(len(words)-1, i+r.after)
			if n := len(windows); n > 0 && lo <= windows[n-1][1] {
				windows[n-1][1] = max(windows[n-1][1], hi)
				continue
			}
			windows = append(windows, [2]int{lo, hi})
		}
		for _, wi := range windows {
			var in wordClass
			for _, w := range words[wi[0] : wi[1]+1] {
				in |= w.class
			}
			if in&r.need != r.need {
				continue
			}
			win := [2]int{words[wi[0]].start, words[wi[1]].end}
			part := text[win[0]:win[1]]
			for _, loc := range p.re.FindAllStringSubmatchIndex(part, -1) {
				sub := make([]string, len(loc)/2)
				for g := range sub {
					if loc[2*g] >= 0 {
						sub[g] = part[loc[2*g]:loc[2*g+1]]
					}
				}
				cands = append(cands, dateCand{win[0] + loc[0], win[0] + loc[1], sub, p.kind})
			}
		}
	}
	sortDateCands(cands)
	return cands
}

// wordClass says what a word can be in a date pattern, as bits.
type wordClass uint16

const (
	wcMonth      wordClass = 1 << iota // a month's name or abbreviation, any case
	wcCapMonth                         // the same, capitalised
	wcWeekday                          // a weekday's name, any case
	wcCapWeekday                       // the same, capitalised
	wcYear                             // four digits
	wcDigit                            // holds a digit
	wcDayWord                          // yesterday, today, tonight, tomorrow, night, morning
	wcUnit                             // week, month, year
	wcAgo                              // ago
	wcMonthLead                        // the words before a bare month: in, since, last...
	wcYearLead                         // the words before a bare year: in, back, the, of...
	wcUnitLead                         // the words before a week, month or year: last, next, past...
)

// patternWords says, for each pattern, which words the sentence must have
// for it to matter (need), which words every match holds (in), and how many
// words a match can take before and after such a word. A pattern whose
// only matches have a lower-case month or weekday is skipped: those are
// never resolved as dates ("may", "march").
var patternWords = [dAgo + 1]struct {
	need, in      wordClass
	before, after int
}{
	dDMY:     {wcCapMonth | wcYear, wcMonth, 2, 1}, // [Sunday] 11 February 2024
	dMDY:     {wcCapMonth | wcYear, wcMonth, 1, 2}, // [Sunday] February 11 2024
	dISO:     {wcYear, wcYear, 0, 2},               // 2024-02-11
	dMY:      {wcCapMonth | wcYear, wcMonth, 1, 2}, // [mid] February [of] 2024
	dMD:      {wcCapMonth | wcDigit, wcMonth, 1, 1},
	dDM:      {wcCapMonth | wcDigit, wcMonth, 2, 0},
	dMonth:   {wcCapMonth | wcMonthLead, wcMonth, 2, 0}, // in [early] February
	dYear:    {wcYear | wcYearLead, wcYear, 3, 0},       // in the year 2024
	dWeekday: {wcCapWeekday, wcWeekday, 1, 0},           // last Sunday
	dDayWord: {wcDayWord, wcDayWord, 1, 0},              // last night
	dUnit:    {wcUnit | wcUnitLead, wcUnit, 3, 0},       // earlier the past week
	dAgo:     {wcAgo, wcAgo, 2, 0},                      // two weeks ago
}

// aboutFuture is futureRe.MatchString(text), run only when the sentence
// has one of the words every match of it holds.
func aboutFuture(text string) bool {
	if strings.ContainsRune(text, '\u017f') || strings.ContainsRune(text, '\u212a') {
		return futureRe.MatchString(text)
	}
	var buf [9]byte
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		switch string(lowerASCII(buf[:], text[i:j])) {
		case "will", "shall", "scheduled", "upcoming", "expected", "set", "plan", "plans", "due":
			return futureRe.MatchString(text)
		}
		i = j
	}
	return false
}

// dateWord is one word of a sentence as the date patterns see words: a
// run of ASCII letters, digits and underscores (regexp's \b is ASCII).
type dateWord struct {
	start, end int
	class      wordClass
}

// dateWords splits a sentence into words and classes them, appending to
// words.
func dateWords(words []dateWord, text string) []dateWord {
	var buf [12]byte
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		digits := 0
		for j < len(text) && isWordByte(text[j]) {
			if text[j] >= '0' && text[j] <= '9' {
				digits++
			}
			j++
		}
		w := text[i:j]
		var c wordClass
		if digits > 0 {
			c |= wcDigit
			if digits == 4 && len(w) == 4 {
				c |= wcYear
			}
		} else if len(w) <= len(buf) {
			l := lowerASCII(buf[:], w)
			upper := w[0] >= 'A' && w[0] <= 'Z'
			_, month := months[string(l)]
			if _, abbr := monthAbbrev[string(l)]; abbr {
				month = true
			}
			_, weekday := weekdays[string(l)]
			switch {
			case month:
				c |= wcMonth
				if upper {
					c |= wcCapMonth
				}
			case weekday:
				c |= wcWeekday
				if upper {
					c |= wcCapWeekday
				}
			}
			switch string(l) {
			case "yesterday", "today", "tonight", "tomorrow", "night", "morning":
				c |= wcDayWord
			case "week", "month", "year":
				c |= wcUnit
			case "ago":
				c |= wcAgo
			}
			// The first words of the alternatives of dMonth, dYear and
			// dUnit: every match of those patterns has one.
			switch string(l) {
			case "in", "since", "until", "by", "during", "from", "through":
				c |= wcMonthLead | wcYearLead
			case "last", "this", "next":
				c |= wcMonthLead | wcUnitLead
			case "back", "before", "after", "around", "early", "late", "mid", "of", "a", "an", "the":
				c |= wcYearLead
			case "past", "previous", "coming":
				c |= wcUnitLead
			}
		}
		words = append(words, dateWord{i, j, c})
		i = j
	}
	return words
}

// matchDatePatterns runs every date pattern on the whole of text.
func matchDatePatterns(text string) []dateCand {
	var cands []dateCand
	for _, p := range datePatterns {
		for _, loc := range p.re.FindAllStringSubmatchIndex(text, -1) {
			sub := make([]string, len(loc)/2)
			for g := range sub {
				if loc[2*g] >= 0 {
					sub[g] = text[loc[2*g]:loc[2*g+1]]
				}
			}
			cands = append(cands, dateCand{loc[0], loc[1], sub, p.kind})
		}
	}
	sortDateCands(cands)
	return cands
}

// sortDateCands puts the candidates longest first, then the more specific
// pattern, then the earliest.
func sortDateCands(cands []dateCand) {
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].end-cands[i].start, cands[j].end-cands[j].start
		if li != lj {
			return li > lj
		}
		if cands[i].kind != cands[j].kind {
			return cands[i].kind < cands[j].kind // the more specific pattern
		}
		return cands[i].start < cands[j].start
	})
}

// resolveDates keeps the candidates that do not overlap a longer one and
// are dates after all, resolved against the article's date, in text order.
func resolveDates(text string, cands []dateCand, pub time.Time, ok bool) []dateMatch {
	if len(cands) == 0 {
		return nil
	}
	// Whether the sentence is about the future matters to bare months and
	// weekdays only; the test is a regexp, so it runs when one is there.
	future, knowFuture := false, false
	var out []dateMatch
	for _, c := range cands {
		taken := false
		for _, o := range out {
			if c.start < o.end && o.start < c.end {
				taken = true
				break
			}
		}
		if taken {
			continue
		}
		if (c.kind == dMonth || c.kind == dWeekday) && !knowFuture {
			future, knowFuture = aboutFuture(text), true
		}
		m, good := resolveDate(c.kind, c.sub, pub, ok, future)
		if !good {
			continue
		}
		m.start, m.end, m.phrase = c.start, c.end, text[c.start:c.end]
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// isWordByte is an ASCII word character, as regexp's \b sees one.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func capitalised(w string) bool { return w != "" && isCapWord(w) }

func monthNum(w string) (int, bool) {
	if !capitalised(w) {
		return 0, false
	}
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	if m, ok := months[l]; ok {
		return m, true
	}
	m, ok := monthAbbrev[l]
	return m, ok
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func plausibleYear(y int) bool { return y >= 1800 && y <= 2199 }

// resolveDate turns a matched phrase into a date. Absolute dates keep the
// precision they are written at; relative ones need the article's date and
// stay unresolved without it. good is false when the match is not a date
// after all ("May 2" of a lower-case "may", day 31 of February).
func resolveDate(kind int, sub []string, pub time.Time, ok, future bool) (m dateMatch, good bool) {
	switch kind {
	case dDMY, dMDY:
		d, mo, y := atoi(sub[1]), sub[2], atoi(sub[3])
		if kind == dMDY {
			d, mo = atoi(sub[2]), sub[1]
		}
		mn, isMonth := monthNum(mo)
		t, valid := day(y, mn, d)
		if !isMonth || !valid || !plausibleYear(y) {
			return m, false
		}
		return dateMatch{date: fuzzyDate{t, PrecisionDay}, resolved: true}, true
	case dISO:
		t, valid := day(atoi(sub[1]), atoi(sub[2]), atoi(sub[3]))
		if !valid || !plausibleYear(t.Year()) {
			return m, false
		}
		return dateMatch{date: fuzzyDate{t, PrecisionDay}, resolved: true}, true
	case dMY:
		mn, isMonth := monthNum(sub[1])
		y := atoi(sub[2])
		if !isMonth || !plausibleYear(y) {
			return m, false
		}
		return dateMatch{date: fuzzyDate{monthStart(y, mn), PrecisionMonth}, resolved: true}, true
	case dMD, dDM:
		mo, d := sub[1], atoi(sub[2])
		if kind == dDM {
			mo, d = sub[2], atoi(sub[1])
		}
		mn, isMonth := monthNum(mo)
		if _, valid := day(2000, mn, d); !isMonth || !valid { // 2000: a leap year
			return m, false
		}
		m.date.prec = PrecisionDay
		if !ok {
			return m, true
		}
		// The year that puts the day nearest the article's date: news
		// writes "March 3" for days within a few months either way.
		best, found := time.Time{}, false
		for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
			t, valid := day(y, mn, d)
			if valid && (!found || absDur(t.Sub(pub)) < absDur(best.Sub(pub))) {
				best, found = t, true
			}
		}
		if !found {
			return m, false
		}
		m.date.t, m.resolved = best, true
		return m, true
	case dMonth:
		mn, isMonth := monthNum(sub[2])
		if !isMonth {
			return m, false
		}
		m.date.prec = PrecisionMonth
		if !ok {
			return m, true
		}
		// A bare month is the latest such month up to the article's
		// (news reports what has happened), or the next one in a sentence
		// about the future; "last" and "next" say which explicitly.
		y, pm := pub.Year(), int(pub.Month())
		switch mod := strings.ToLower(sub[1]); {
		case mod == "last":
			if mn >= pm {
				y--
			}
		case mod == "next":
			if mn <= pm {
				y++
			}
		case mod == "this":
		case future:
			if mn < pm {
				y++
			}
		default:
			if mn > pm {
				y--
			}
		}
		m.date.t, m.resolved = monthStart(y, mn), true
		return m, true
	case dYear:
		y := atoi(sub[1])
		if !plausibleYear(y) {
			return m, false
		}
		return dateMatch{date: fuzzyDate{monthStart(y, 1), PrecisionYear}, resolved: true}, true
	case dWeekday:
		if !capitalised(sub[2]) {
			return m, false
		}
		m.date.prec = PrecisionDay
		if !ok {
			return m, true
		}
		wd := weekdays[strings.ToLower(sub[2])]
		back := (int(pub.Weekday()) - wd + 7) % 7 // days back to the latest such day
		t := pub.AddDate(0, 0, -back)
		switch mod := strings.ToLower(sub[1]); {
		case mod == "last" && back == 0:
			t = t.AddDate(0, 0, -7)
		case mod == "next" || (future && mod != "last" && back != 0):
			t = t.AddDate(0, 0, 7)
		}
		m.date.t, m.resolved = t, true
		return m, true
	case dDayWord:
		m.date.prec = PrecisionDay
		if !ok {
			return m, true
		}
		off := 0
		switch w := strings.Join(strings.Fields(strings.ToLower(sub[1])), " "); w {
		case "yesterday", "last night":
			off = -1
		case "tomorrow":
			off = 1
		}
		m.date.t, m.resolved = pub.AddDate(0, 0, off), true
		return m, true
	case dUnit:
		unit := strings.ToLower(sub[3])
		n := 0
		switch strings.ToLower(sub[2]) {
		case "last", "past", "previous":
			n = -1
		case "next", "coming":
			n = 1
		}
		return relUnit(unit, n, pub, ok), true
	case dAgo:
		n, isWord := numberWords[strings.ToLower(sub[1])]
		if !isWord {
			n = atoi(sub[1])
		}
		if n < 1 || n > 500 {
			return m, false
		}
		return relUnit(strings.ToLower(sub[2]), -n, pub, ok), true
	}
	return m, false
}

// relUnit is the week, month or year n units from the article's date, or a
// day for "n days ago".
func relUnit(unit string, n int, pub time.Time, ok bool) dateMatch {
	var m dateMatch
	switch unit {
	case "day":
		m.date.prec = PrecisionDay
		if ok {
			m.date.t = pub.AddDate(0, 0, n)
		}
	case "week":
		m.date.prec = PrecisionWeek
		if ok {
			m.date.t = weekStart(pub.AddDate(0, 0, 7*n))
		}
	case "month":
		m.date.prec = PrecisionMonth
		if ok {
			m.date.t = monthStart(pub.Year(), int(pub.Month())).AddDate(0, n, 0)
		}
	default:
		m.date.prec = PrecisionYear
		if ok {
			m.date.t = monthStart(pub.Year()+n, 1)
		}
	}
	m.resolved = ok
	return m
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// timed is an event with what orders it.
type timed struct {
	ev         Event
	date       fuzzyDate
	art, order int
}

// buildTimeline lists each article's date and the dates its sentences give,
// resolved dates in order first, unresolved ones after, in text order.
//
// dates are the sentences' date candidates, from sentenceDates.
func buildTimeline(b *Briefing, units []sentence, dates [][]dateCand) []Event {
	// Resolving is done on both cores, each sentence into its own slot.
	resolved := make([][]dateMatch, len(units))
	parallel(len(units), func(ui int) {
		if len(dates[ui]) > 0 {
			pub, ok := articleDate(b.Articles[units[ui].art])
			resolved[ui] = resolveDates(units[ui].ref.Text, dates[ui], pub, ok)
		}
	})
	n := len(b.Articles)
	for _, ms := range resolved {
		n += len(ms)
	}
	all := make([]timed, 0, n)
	pubLinked := make([]bool, len(b.Articles))
	for ui, s := range units {
		a := b.Articles[s.art]
		pub, ok := articleDate(a)
		for _, m := range resolved[ui] {
			ev := Event{Precision: m.date.prec, Resolved: m.resolved, Kind: EventMentioned, Phrase: m.phrase,
				Ref: s.ref, Mark: &Span{Start: m.start, End: m.end}}
			if m.resolved {
				ev.Date = m.date.String()
			}
			// The date line of the article itself is its publication
			// entry, not a second event.
			if ok && !pubLinked[s.art] && m.resolved && m.date.prec == PrecisionDay && m.date.t.Equal(pub) && dateLine(s.ref.Text, m) {
				ev.Kind = EventPublished
				pubLinked[s.art] = true
			}
			all = append(all, timed{ev: ev, date: m.date, art: s.art, order: ui})
		}
	}
	for ai, a := range b.Articles {
		pub, ok := articleDate(a)
		if !ok || pubLinked[ai] {
			continue
		}
		all = append(all, timed{
			ev: Event{Date: pub.Format("2006-01-02"), Precision: PrecisionDay, Resolved: true, Kind: EventPublished,
				Phrase: *a.Date, Ref: Ref{Article: a.ID, At: Loc{Section: 0, Paragraph: 0}, Text: a.Title}},
			date: fuzzyDate{pub, PrecisionDay}, art: ai, order: -1,
		})
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, c := all[i], all[j]
		if a.ev.Resolved != c.ev.Resolved {
			return a.ev.Resolved
		}
		if a.ev.Resolved {
			if !a.date.t.Equal(c.date.t) {
				return a.date.t.Before(c.date.t)
			}
			if e1, e2 := a.date.end(), c.date.end(); !e1.Equal(e2) {
				return e1.Before(e2)
			}
		}
		if a.art != c.art {
			return a.art < c.art
		}
		return a.order < c.order
	})
	out := make([]Event, len(all))
	for i, t := range all {
		out[i] = t.ev
	}
	return out
}

// dateLine reports whether a sentence is little more than the date: a
// dateline such as "Sunday, February 11, 2024".
func dateLine(text string, m dateMatch) bool {
	rest := strings.TrimSpace(text[:m.start] + text[m.end:])
	return len(rest) <= 12
}
