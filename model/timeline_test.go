package model

import (
	"testing"
	"time"
)

func TestFindDates_ResolvesAgainstArticleDate(t *testing.T) {
	tests := []struct {
		name, pub, text  string
		phrase, date     string
		precision        string
		unresolved, none bool
	}{
		{"weekday is the article's own day", "2024-02-07", "On Wednesday, missiles hit the base.", "On Wednesday", "2024-02-07", PrecisionDay, false, false},
		{"weekday is the latest such day before", "2024-02-09", "Rockets were fired on Wednesday.", "on Wednesday", "2024-02-07", PrecisionDay, false, false},
		{"last weekday before the article's own", "2024-02-07", "It began last Wednesday.", "last Wednesday", "2024-01-31", PrecisionDay, false, false},
		{"possessive weekday", "2024-02-09", "Wednesday's strike killed two.", "Wednesday", "2024-02-07", PrecisionDay, false, false},
		{"weekday in a sentence about the future", "2024-02-07", "The talks will resume on Friday.", "on Friday", "2024-02-09", PrecisionDay, false, false},
		{"last week is a week", "2024-02-07", "Strikes hit 80 targets last week.", "last week", "2024-W05", PrecisionWeek, false, false},
		{"earlier this month is a month", "2024-02-20", "Earlier this month the envoy left.", "Earlier this month", "2024-02", PrecisionMonth, false, false},
		{"last year", "2024-02-20", "The deal was signed last year.", "last year", "2023", PrecisionYear, false, false},
		{"in October after the article's month is last year's", "2024-02-11", "The war began in October.", "in October", "2023-10", PrecisionMonth, false, false},
		{"in October before the article's month is this year's", "2024-11-02", "The war began in October.", "in October", "2024-10", PrecisionMonth, false, false},
		{"in October about the future is the next one", "2024-02-11", "Elections will be held in October.", "in October", "2024-10", PrecisionMonth, false, false},
		{"month and year stay a month", "", "The New York Times, in a June 2024 report, said so.", "June 2024", "2024-06", PrecisionMonth, false, false},
		{"made in September 2024", "", "The announcement, made in September 2024, was clear.", "September 2024", "2024-09", PrecisionMonth, false, false},
		{"back in 2020 is a year", "2024-02-07", "A similar strike back in 2020 killed a general.", "back in 2020", "2020", PrecisionYear, false, false},
		{"day month year", "", "The ceasefire began on 2 February 2024.", "2 February 2024", "2024-02-02", PrecisionDay, false, false},
		{"weekday with full date is one date", "", "Sunday, February 11, 2024", "Sunday, February 11, 2024", "2024-02-11", PrecisionDay, false, false},
		{"month day takes the nearest year", "2024-02-11", "Talks open on March 3 in Doha.", "March 3", "2024-03-03", PrecisionDay, false, false},
		{"month day in January counts back", "2025-01-05", "The raid on December 28 left ten dead.", "December 28", "2024-12-28", PrecisionDay, false, false},
		{"yesterday", "2024-03-01", "Officials confirmed it yesterday.", "yesterday", "2024-02-29", PrecisionDay, false, false},
		{"weeks ago", "2024-02-07", "The base was hit two weeks ago.", "two weeks ago", "2024-W04", PrecisionWeek, false, false},
		{"undated weekday stays unresolved", "", "On Wednesday, missiles hit the base.", "On Wednesday", "", PrecisionDay, true, false},
		{"undated last week stays unresolved", "", "It happened last week.", "last week", "", PrecisionWeek, true, false},
		{"may the verb is no date", "2024-02-07", "Officials may meet to march on 3 roads.", "", "", "", false, true},
		{"counts are not years", "2024-02-07", "The coalition has 2,500 troops and 1500 vehicles.", "", "", "", false, true},
		{"impossible day", "", "It happened on February 30, 2024.", "", "", "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, ok := time.Time{}, false
			if tt.pub != "" {
				pub, _ = time.Parse("2006-01-02", tt.pub)
				ok = true
			}
			got := findDates(tt.text, pub, ok)
			if tt.none {
				for _, m := range got {
					if m.phrase != "" && m.date.prec == PrecisionDay && m.resolved && m.phrase != "on 3" {
						t.Errorf("found %q", m.phrase)
					}
				}
				if len(got) != 0 {
					t.Errorf("found dates %+v", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("found %d dates: %+v", len(got), got)
			}
			m := got[0]
			if m.phrase != tt.phrase || m.date.prec != tt.precision || m.resolved == tt.unresolved {
				t.Errorf("got phrase %q precision %s resolved %v", m.phrase, m.date.prec, m.resolved)
			}
			if tt.text[m.start:m.end] != m.phrase {
				t.Errorf("span %d:%d is %q, not the phrase", m.start, m.end, tt.text[m.start:m.end])
			}
			if m.resolved && m.date.String() != tt.date {
				t.Errorf("date %s, want %s", m.date, tt.date)
			}
		})
	}
}

// TestTimeline_OrderedAndLinked pins the order (resolved by date, then
// unresolved in text order) and that every entry leads to its sentence.
func TestTimeline_OrderedAndLinked(t *testing.T) {
	a := written("a", "2024-02-07", "A drone strike hit Baghdad on Wednesday. It followed attacks last week.", "A similar strike back in 2020 killed a general.")
	u := written("u", "", "On Monday the militia said it would disarm. The plan dates from September 2023.")
	b := analyzed(u, a)
	var got []string
	for _, ev := range b.Timeline {
		got = append(got, ev.Date+" "+ev.Phrase+" "+ev.Ref.Article)
		if ev.Kind == EventMentioned {
			art := b.Articles[0]
			if ev.Ref.Article == "a" {
				art = b.Articles[1]
			}
			if art.Text(ev.Ref.At)[ev.Ref.At.Start:ev.Ref.At.End] != ev.Ref.Text {
				t.Errorf("%q: ref does not point at its sentence", ev.Phrase)
			}
			if ev.Ref.Text[ev.Mark.Start:ev.Mark.End] != ev.Phrase {
				t.Errorf("%q: mark does not point at the phrase", ev.Phrase)
			}
		}
	}
	want := []string{
		"2020 back in 2020 a",
		"2023-09 September 2023 u",
		"2024-W05 last week a",
		"2024-02-07 2024-02-07 a",
		"2024-02-07 on Wednesday a",
		" On Monday u",
	}
	if len(got) != len(want) {
		t.Fatalf("timeline %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d = %q, want %q", i, got[i], want[i])
		}
	}
	if last := b.Timeline[len(b.Timeline)-1]; last.Resolved || last.Date != "" {
		t.Errorf("undated relative entry resolved: %+v", last)
	}
}

// TestDateCues_SkipsOnlyPatternsThatCannotMatch pins that the cheap word
// test in front of the date patterns changes no result: it may only skip a
// pattern whose every match would have been dropped anyway.
func TestDateCues_SkipsOnlyPatternsThatCannotMatch(t *testing.T) {
	texts := []string{
		"On Wednesday, missiles hit the base.", "It may march on Sunday.", "In may 2024 nothing happened.",
		"The vote on 3 March 2024 was close.", "Talks began March 3rd, 2023 and ended 2024-02-07.",
		"Back in 2020, in mid-June 2021, early May, the 2019 report.", "Two weeks ago; three days ago; a year ago.",
		"Last night, this morning, tonight, tomorrow and yesterday.", "The past week, earlier this month, next year.",
		"It was Auguſt 3, 2024.", "A Sunday-school in Mayfield, Marchmont and Decatur.", "SEPT 4, 2024: MONDAY",
		"On Sept. 4 and Jan 5th they met; Dec, 2020.", "Hostages_2024 and 2024_x and 12345 and 123.", "",
		"A 2024-13-45 date and 1999-12-31.", "He said ago; weeks; months; years later.", "Wednesday's strike killed two.",
		"The March rally, the 2024 budget, IN MARCH, In The Year 1999, BACK-2001, the COMING year, Previous month.",
		"Since may, THROUGH June; by-2020; mid-2021; early-2019; of 2018; a 2017 deal; an 1850s house.",
	}
	for _, a := range generatedArticles(60) {
		for _, s := range a.Sections {
			texts = append(texts, s.Heading)
			for _, p := range s.Paragraphs {
				for _, sp := range Sentences(p) {
					texts = append(texts, p[sp.Start:sp.End])
				}
			}
		}
	}
	pub := time.Date(2024, 2, 7, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		for _, ok := range []bool{true, false} {
			got := resolveDates(text, dateCandidates(text), pub, ok)
			want := resolveDates(text, matchDatePatterns(text), pub, ok)
			if len(got) != len(want) {
				t.Fatalf("%q: %d dates with cues, %d without", text, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%q: date %d is %+v with cues, %+v without", text, i, got[i], want[i])
				}
			}
		}
	}
}

// FuzzDateCues checks the same on any text.
func FuzzDateCues(f *testing.F) {
	for _, s := range []string{"On Wednesday, March 3, 2024.", "in may 2020", "two weeks ago", "2024-02-07",
		"Back in the year 2020, early March of 2023, last night, earlier the past week, 3rd March 2024, Sept. 4",
		"In mid-may 2019 and on Tuesday, 4 June, 2024-13-01 and 5 Dec, since last Friday, a 2021 report"} {
		f.Add(s)
	}
	pub := time.Date(2024, 2, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		got := resolveDates(text, dateCandidates(text), pub, true)
		want := resolveDates(text, matchDatePatterns(text), pub, true)
		if len(got) != len(want) {
			t.Fatalf("%q: %d dates with cues, %d without", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: date %d is %+v with cues, %+v without", text, i, got[i], want[i])
			}
		}
	})
}

// TestAboutFuture_MatchesTheRegexp pins the word test in front of futureRe.
func TestAboutFuture_MatchesTheRegexp(t *testing.T) {
	for _, text := range []string{"", "It will rain.", "WILL it?", "willing", "The vote is set to pass.", "a set of",
		"Plans to expand", "planned", "due to rain", "overdue", "the upcoming vote", "scheduled", "Shall we", "ſhall we",
		"expected to", "expected", "unexpected to"} {
		if got, want := aboutFuture(text), futureRe.MatchString(text); got != want {
			t.Errorf("%q: aboutFuture %v, futureRe %v", text, got, want)
		}
	}
}

// findDates finds the date phrases of a sentence and resolves them against
// the article's date (ok false: the article has none). Phrases that overlap
// keep the longest, so "Sunday, February 11, 2024" is one date.
func findDates(text string, pub time.Time, ok bool) []dateMatch {
	return resolveDates(text, dateCandidates(text), pub, ok)
}
