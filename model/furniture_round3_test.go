package model

import (
	"strings"
	"testing"
)

// Texts written for these tests: header blocks with date lines of several
// parts, e-mail headers, credits, mastheads above a headline, live-blog
// stamps with a dot, and council titles.

const round3Body = "\n\nWater supply to the eastern suburbs was cut on Tuesday after a main burst.\n\nRepairs took ten hours.\n"

func TestParseDateLine_ExtraParts(t *testing.T) {
	tests := []struct {
		line, date string
		ok         bool
	}{
		{"Mumbai | Published on: March 11, 2025 08:30 IST", "2025-03-11", true},
		{"Published: 22:14, 8 February 2025 | Updated: 09:10, 9 February 2025", "2025-02-08", true},
		{"Published 12 March 2025 · Fact check desk", "2025-03-12", true},
		{"Published: 22:14, 8 February 2025", "2025-02-08", true},
		{"Thursday, July 10, 2025", "2025-07-10", true},
		{"March 18, 2025 08:30 IST", "2025-03-18", true},
		// a sentence beside a date is no date line
		{"Ferries stopped on 8 February 2025 | the union said talks had failed.", "", false},
		{"Home | World | Politics", "", false},
	}
	for _, tt := range tests {
		d, _, ok := parseDateLine(tt.line)
		if ok != tt.ok || d != tt.date {
			t.Errorf("parseDateLine(%q) = %q, %v; want %q, %v", tt.line, d, ok, tt.date, tt.ok)
		}
	}
}

func TestStructure_DateLinesWithPartsLeaveTheBody(t *testing.T) {
	for _, line := range []string{
		"Mumbai | Published on: March 11, 2025 08:30 IST",
		"Published: 22:14, 8 February 2025 | Updated: 09:10, 9 February 2025",
		"*Published 12 March 2025 · Fact check desk*",
	} {
		a := Parse("t", "Water cuts hit eastern suburbs\n\n"+line+round3Body, Meta{})
		if dateOf(a) == "<nil>" {
			t.Errorf("%q: no date", line)
		}
		if strings.Contains(bodyText(a), "Published") {
			t.Errorf("%q left in the body:\n%s", line, bodyText(a))
		}
	}
}

func TestStructure_EmailHeadersAreMetadata(t *testing.T) {
	text := "Subject: Heat and water\nFrom: The Morning Brief <news@brief.example>\nTo: reader@example.com\n" +
		"Thursday, July 10, 2025\n\nView this email in your browser" + round3Body
	a := Parse("t", text, Meta{})
	if a.Title != "Heat and water" {
		t.Errorf("title = %q", a.Title)
	}
	if got := dateOf(a); got != "2025-07-10" {
		t.Errorf("date = %s", got)
	}
	for _, s := range []string{"From:", "Morning Brief", "To:", "Thursday", "browser"} {
		if strings.Contains(bodyText(a), s) || strings.Contains(strings.Join(headings(a), " "), s) {
			t.Errorf("%q left in the body:\n%s", s, bodyText(a))
		}
	}
	// "Sent:" and "Date:" give the date.
	a = Parse("t", "From: Ana Ruiz <ana@x.example>\nSent: Friday, 4 April 2025 09:02\nSubject: Road closures this week"+round3Body, Meta{})
	if got := dateOf(a); got != "2025-04-04" || a.Title != "Road closures this week" {
		t.Errorf("Sent: date = %s, title = %q", got, a.Title)
	}
	// A "From:" sentence inside the story is text.
	a = Parse("t", "Water cuts hit eastern suburbs"+round3Body+"\nFrom: the start, residents complained.\n", Meta{})
	if !strings.Contains(bodyText(a), "From: the start") {
		t.Errorf("a body line taken as a header:\n%s", bodyText(a))
	}
}

func TestBoilerplate_CreditsAreFurniture(t *testing.T) {
	tests := []struct {
		line      string
		furniture bool
	}{
		{"This article originally appeared in The Harbour Ledger and is republished here with permission.", true},
		{"This story was originally published by Coast Weekly.", true},
		{"A version of this article first appeared on Quay Notes.", true},
		{"AP writer Ana Ruiz contributed from Santiago.", true},
		{"Kit Farrow contributed reporting from Lima.", true},
		// a story about where something appeared, a contribution in the news
		{"The photo originally appeared in a local paper, the agency said.", false},
		{"The city contributed funds from its reserve to the repairs.", false},
		{"Residents contributed from their savings.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(tt.line); got != tt.furniture {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
	a := Parse("t", "This article originally appeared in The Harbour Ledger and is republished here with permission.\n\nWater cuts hit eastern suburbs"+round3Body, Meta{})
	if a.Title != "Water cuts hit eastern suburbs" {
		t.Errorf("title = %q, want the headline under the cross-post note", a.Title)
	}
}

func TestTitle_MastheadAboveHeadline(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"site name and kicker", "TechWire\n\nSecurity\n\nFitness app exposes location data of two million users" + round3Body,
			"Fitness app exposes location data of two million users"},
		{"two-word site name", "The Ledger\n\nCouncil votes to close the old harbour bridge" + round3Body,
			"Council votes to close the old harbour bridge"},
		// A short headline in sentence case stays the title.
		{"short headline", "Rates rise\n\nCentral bank lifts its main rate for a third time" + round3Body, "Rates rise"},
		// A masthead-shaped line with no headline under it is kept.
		{"no headline under it", "Harbour Notes\n\nShort one" + round3Body, "Harbour Notes"},
	}
	for _, tt := range tests {
		a := Parse("t", tt.text, Meta{})
		if a.Title != tt.title {
			t.Errorf("%s: title = %q, want %q", tt.name, a.Title, tt.title)
		}
		if strings.Contains(bodyText(a), tt.title) {
			t.Errorf("%s: title left in the body", tt.name)
		}
	}
}

func TestStructure_DeskCreditIsNoHeading(t *testing.T) {
	a := Parse("t", "Water cuts hit eastern suburbs\n\nExpress News Service"+round3Body, Meta{})
	if h := headings(a); len(h) != 1 || h[0] != "" {
		t.Errorf("headings = %q", h)
	}
	if a.Author != "Express News Service" {
		t.Errorf("author = %q", a.Author)
	}
}

func TestTimestamp_DotWithZone(t *testing.T) {
	tests := []struct {
		line  string
		stamp bool
	}{
		{"22.52 AEDT", true}, {"9.05 BST", true}, {"22:52 AEDT", true}, {"10.31am", true},
		{"10.30", false}, {"22.75 AEDT", false}, {"3.5 GW", false},
	}
	for _, tt := range tests {
		if got := isTimestampLine(tt.line); got != tt.stamp {
			t.Errorf("isTimestampLine(%q) = %v, want %v", tt.line, got, tt.stamp)
		}
	}
	a := Parse("t", "Storm live: power cuts spread\n\n22.52 AEDT\n\nPower cut to 40,000 homes\n\nThe grid operator said 40,000 homes had lost power.\n\n22.40 AEDT\n\nWinds reach 120km/h\n\nGusts of 120km/h were recorded at the airport.\n", Meta{})
	want := []string{"Power cut to 40,000 homes", "Winds reach 120km/h"}
	if h := headings(a); strings.Join(h, "|") != strings.Join(want, "|") {
		t.Errorf("headings = %q, want %q", h, want)
	}
}

func TestSentences_CouncilTitles(t *testing.T) {
	for _, p := range []string{
		"The motion was tabled by Coun. Aiden Marsh, who chairs the committee.",
		"Ald. Rosa Vick voted against it.",
	} {
		if n := len(Sentences(p)); n != 1 {
			t.Errorf("%q: %d sentences, want 1", p, n)
		}
	}
}
