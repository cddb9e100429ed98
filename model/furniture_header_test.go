package model

import (
	"slices"
	"strings"
	"testing"
)

// Texts written for these tests: the header block of news pages (bylines
// with roles, kickers, date lines under a byline), captions, live-blog
// timestamps, topic lists and e-mail newsletter furniture.

func TestParseByline_RoleAfterComma(t *testing.T) {
	tests := []struct {
		line, author string
		ok           bool
	}{
		{"By Mara Quint, Transport correspondent", "Mara Quint", true},
		{"By Olu Ade and Kit Farrow, senior staff writers", "Olu Ade and Kit Farrow", true},
		{"By Lena Brook, Reuters", "Lena Brook, Reuters", true},
		{"Interview by Pavel Orlov", "Pavel Orlov", true},
		{"By Piers Gant, our chief political correspondent", "Piers Gant", true},
		// not bylines: a sentence, a clause with a lower-case word that is no role
		{"By Easter, prices had doubled.", "", false},
		{"By noon, crowds were gathering", "", false},
		{"By Jo Hale, who was there", "", false},
	}
	for _, tt := range tests {
		author, _, ok := parseByline(tt.line)
		if ok != tt.ok || author != tt.author {
			t.Errorf("parseByline(%q) = %q, %v; want %q, %v", tt.line, author, ok, tt.author, tt.ok)
		}
	}
}

func TestStructure_HeaderBlock(t *testing.T) {
	tests := []struct {
		name, text, date string
		headings         []string
	}{
		{"byline with role then date",
			"Ferry strike halts island crossings\n\nBy Mara Quint, Transport correspondent\n\n3 April 2025\n\nFerries to the islands were cancelled on Thursday as crews walked out.\n\nThe union said talks had failed.\n",
			"2025-04-03", []string{""}},
		{"kicker then byline then date",
			"Harbour club wins the league on the final day\n\nHarbour 3 Millbay 0\n\nBy Kit Farrow at Quay Park\n\nSunday 11 May 2025\n\nHarbour won the league title with a three-goal win on Sunday.\n\nThe crowd stayed on the pitch for an hour.\n",
			"2025-05-11", []string{""}},
		{"interview credit",
			"Talking to the last lighthouse keeper\n\nInterview by Pavel Orlov\n\nJune 2, 2025\n\nAnwen Price kept the light at Carrick Point for 31 years.\n\nShe retired when it was automated.\n",
			"2025-06-02", []string{""}},
		// A date line after the first paragraph is the body's (a timeline's
		// entry), not the publication date.
		{"a date in the body stays text",
			"Council sets budget\n\nThe council set its budget on Monday after a long debate.\n\n3 April 2025\n\nThe vote was close.\n",
			"<nil>", []string{"", "3 April 2025"}},
		{"masthead repeat then tagline",
			"Subject: The Harbour Letter -- Monday, March 2, 2026\n\nTHE HARBOUR LETTER\nNews from the quays, every Monday\n\nGood morning. Three things today.\n\n1. FERRY FARES RISE\n\nFares rose by 4% on Monday, the operator said.\n",
			"2026-03-02", []string{"", "1. FERRY FARES RISE"}},
	}
	for _, tt := range tests {
		a := Parse("t", tt.text, Meta{})
		if got := dateOf(a); got != tt.date {
			t.Errorf("%s: date = %s, want %s", tt.name, got, tt.date)
		}
		if got := headings(a); !slices.Equal(got, tt.headings) {
			t.Errorf("%s: headings = %q, want %q", tt.name, got, tt.headings)
		}
		for _, furniture := range []string{"By ", "Interview by", "THE HARBOUR LETTER", "Subject:"} {
			if strings.Contains(bodyText(a), furniture) {
				t.Errorf("%s: %q left in the body:\n%s", tt.name, furniture, bodyText(a))
			}
		}
	}
}

func TestStructure_CaptionsAreFurniture(t *testing.T) {
	tests := []struct {
		line      string
		furniture bool
	}{
		{"Crews clear the road near Ashby on Monday. Photograph: Ana Ruiz/EPA", true},
		{"Crews clear the road near Ashby on Monday. (Photo: Reuters)", true},
		{"A ferry leaves the harbour at dawn. Credit: Kit Farrow", true},
		{"The minister at the launch. (AP Photo/Ana Ruiz)", true},
		{"Photo: Ana Ruiz/Getty Images", true},
		// sentences that mention photos stay
		{"The agency said the photo was taken on Monday.", false},
		{"He posted a photo: it showed the flooded road.", false},
		{"Credit: the council approved a loan of £4m.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(tt.line); got != tt.furniture {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.line, got, tt.furniture)
		}
	}
	text := "Storm floods coastal towns\n\nWater rose two metres in the harbour overnight, officials said.\n\nCrews clear the road near Ashby on Monday. Photograph: Ana Ruiz/EPA\n\nSchools will stay closed on Tuesday.\n"
	a := Parse("t", text, Meta{})
	if got := headings(a); !slices.Equal(got, []string{""}) {
		t.Errorf("caption taken as a heading: %q", got)
	}
	if strings.Contains(bodyText(a), "Photograph") {
		t.Errorf("caption left in the body:\n%s", bodyText(a))
	}
}

func TestStructure_LiveBlogTimestamps(t *testing.T) {
	for _, line := range []string{"22:47", "9:05 p.m.", "10.31am", "14:02 GMT", "07:30 BST"} {
		if !isTimestampLine(line) {
			t.Errorf("isTimestampLine(%q) = false", line)
		}
	}
	for _, line := range []string{"10.30", "2025", "22:47 The count begins.", "3:1"} {
		if isTimestampLine(line) {
			t.Errorf("isTimestampLine(%q) = true", line)
		}
	}
	text := "Budget day live: the chancellor's statement\n\n" +
		"14:10\nMarkets open lower\n\nShares fell 1% in early trade, dealers said.\n\n" +
		"13:45\nStatement starts at 2 p.m.\n\nThe chancellor will speak for about an hour.\n\n" +
		"13:20\nThe chancellor has left Downing Street with the red box.\n\nShe did not speak to reporters.\n"
	a := Parse("t", text, Meta{})
	want := []string{"Markets open lower", "Statement starts at 2 p.m.", ""}
	if got := headings(a); !slices.Equal(got[:min(len(got), 2)], want[:2]) {
		t.Errorf("headings = %q, want the entries' headings first: %q", got, want[:2])
	}
	body := bodyText(a)
	for _, stamp := range []string{"14:10", "13:45", "13:20"} {
		if strings.Contains(body, stamp) {
			t.Errorf("timestamp %s left in the body:\n%s", stamp, body)
		}
	}
	// An entry that opens with a whole sentence is text, not a heading.
	if !strings.Contains(body, "The chancellor has left Downing Street with the red box.") || slices.Contains(headings(a), "The chancellor has left Downing Street with the red box.") {
		t.Errorf("entry sentence misread: headings %q", headings(a))
	}
}

func TestStructure_TopicListsAndRelatedBoxes(t *testing.T) {
	text := "Wildfire closes motorway\n\nA wildfire closed the motorway for six hours on Sunday, police said.\n\n" +
		"Related\nFire season: the numbers so far\nWhy the hills burn\n\nHow the fire spread\n\n" +
		"The fire began in dry scrub near a lay-by and crossed two valleys in an afternoon.\n\n" +
		"Topics\nWildfires\nRoads\nWeather\n"
	a := Parse("t", text, Meta{})
	if got, want := headings(a), []string{"", "How the fire spread"}; !slices.Equal(got, want) {
		t.Errorf("headings = %q, want %q", got, want)
	}
	body := bodyText(a)
	for _, gone := range []string{"Why the hills burn", "Fire season", "Topics", "Wildfires\n", "Roads", "Weather"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q left in the body:\n%s", gone, body)
		}
	}
}

func TestStructure_EmailFooter(t *testing.T) {
	tests := []struct {
		p      string
		footer bool
	}{
		{"You are receiving this email because you signed up at harbourletter.example.", true},
		{"That's all for today. Forward this email to a friend, or unsubscribe here.", true},
		{"View this email in your browser", true},
		{"Manage your preferences", true},
		{"Click here to unsubscribe.", true},
		// stories about e-mail stay
		{"The regulator said firms must let customers unsubscribe from marketing emails in one click.", false},
		{"\"You are receiving this email because your account was compromised,\" the fake message said.", false},
		{"Subscribers to the newsletter rose by 20% last year.", false},
	}
	for _, tt := range tests {
		if got := isEmailFooter(tt.p); got != tt.footer {
			t.Errorf("isEmailFooter(%q) = %v, want %v", tt.p, got, tt.footer)
		}
	}
}

func TestTitle_EmailSubjectSiteSuffixAndDateline(t *testing.T) {
	tests := []struct {
		name, text, title, date string
	}{
		{"subject label and weekday stamp",
			"Subject: The Harbour Letter -- Monday, March 2, 2026\n\nFares rose by 4% on Monday, the operator said.\n",
			"The Harbour Letter", "2026-03-02"},
		{"forwarded subject",
			"Subject: Fwd: Council approves new ferry terminal\n\nThe council approved the terminal on Monday.\n",
			"Council approves new ferry terminal", "<nil>"},
		{"site suffix after a bar",
			"Flood closes three bridges in the valley | World News\n\nThree bridges were closed on Monday.\n",
			"Flood closes three bridges in the valley", "<nil>"},
		{"outlet after a dash",
			"Rail fares to rise by 5% from March - Harbour Times\n\nFares will rise in March, the operator said.\n",
			"Rail fares to rise by 5% from March", "<nil>"},
		{"a real headline part after a dash stays",
			"Interest rates rise - again\n\nThe bank raised rates on Thursday.\n",
			"Interest rates rise - again", "<nil>"},
		{"a short headline keeps its suffix",
			"Storm News | Harbour Times\n\nA storm hit the coast on Monday.\n",
			"Storm News | Harbour Times", "<nil>"},
		{"derived title without a wire dateline",
			"LISBON, Portugal (AP) — Firefighters contained a blaze in the hills north of the city on Tuesday. Nobody was hurt.\n",
			"Firefighters contained a blaze in the hills north of the city on Tuesday", "<nil>"},
		{"derived title without a dated dateline",
			"OSLO, March 3 (Reuters) - Norway's wealth fund sold its stake in two miners. It gave no reason.\n",
			"Norway's wealth fund sold its stake in two miners", "<nil>"},
	}
	for _, tt := range tests {
		a := Parse("t", tt.text, Meta{})
		if a.Title != tt.title || dateOf(a) != tt.date {
			t.Errorf("%s: title %q date %s, want %q %s", tt.name, a.Title, dateOf(a), tt.title, tt.date)
		}
	}
}

func TestCurrencyNoteIsFurniture(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"($1 = 10.52 Swedish crowns)", true},
		{"(£1 = $1.2712)", true},
		{"(1 euro = 1.08 dollars)", true},
		{"(The ministry said 1 = 1.)", false},
		{"(Reporting by Jane Doe; Editing by Tom Roe)", true}, // a wire credit, as before
		{"($1 billion was pledged in 2023.)", false},
	} {
		if got := isBoilerplate(c.line); got != c.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
