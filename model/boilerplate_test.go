package model

import (
	"strings"
	"testing"
)

// TestBoilerplate_FurnitureOfOtherFormats pins furniture that wire copy,
// press releases, live blogs and Markdown posts leave on lines of their own:
// none of it is part of the story.
func TestBoilerplate_FurnitureOfOtherFormats(t *testing.T) {
	lines := []string{
		"(Reporting by Ann Lee in Cairo and Bo Kim in Seoul; Writing by Cy Dunn; Editing by Di Ross and Ed Fay, whose credit line runs long)",
		"Reporting by Ann Lee; Editing by Di Ross",
		"Ann Lee in Cairo contributed to this report.",
		"*Share this post:* [Twitter](https://twitter.com) | [Facebook](https://facebook.com)",
		"Share: Facebook, Twitter, Email",
		"Facebook Twitter LinkedIn",
		"Related: Floods close the coastal road",
		"READ MORE: Floods close the coastal road",
		"FOR IMMEDIATE RELEASE",
		"###",
		"-30-",
		"- ENDS -",
		"Updated 14:32 GMT",
		"Last updated: 3 hours ago",
		"press@example.com",
		"Tel: +44 20 7946 0000",
		"+1 408 555 0100",
		"Copyright 2024 The Daily Planet. All rights reserved.",
		"© 2024 Daily Planet Ltd",
		"Copyright © Daily Planet",
		"All rights reserved.",
		"Sign up for our newsletter",
		"Subscribe now!",
		"Follow us on Twitter @planet",
		"Click here to read our full coverage of the economy.",
		"Labels: food, local news",
		"*Tags: drones, delivery*",
		"Filed under: Politics",
		"Photo: Reuters/Yves Herman",
		"Image source, Getty Images",
		"![A clinic in the capital](https://example.com/clinic.jpg)",
		"020 7946 0000",
	}
	in := "The river rose. Roads closed.\n" + strings.Join(lines, "\n") + "\nThe water fell on Monday."
	body := bodyText(parseStructure(in, Meta{}))
	for _, l := range lines {
		if strings.Contains(body, l) {
			t.Errorf("boilerplate %q survived:\n%s", l, body)
		}
	}
	for _, keep := range []string{"The river rose. Roads closed.", "The water fell on Monday."} {
		if !strings.Contains(body, keep) {
			t.Errorf("lost %q", keep)
		}
	}
}

// TestBoilerplate_LookalikeSentencesKept: sentences that open like
// furniture are story text and must stay.
func TestBoilerplate_LookalikeSentencesKept(t *testing.T) {
	in := strings.Join([]string{
		"Reporting by the BBC showed that the dam had cracked.",
		"Related: the council has met twice since the flood.",
		"Updated figures show 40 people died.",
		"Contact with the crew was lost at 14:32.",
		"Watch: the minister said the footage was real.",
		"Copyright lawyers said the ruling was narrow.",
		"Subscribers to the service rose 12% in March.",
		"Photos: the minister said they were fake.",
		"Tags on the crates showed they came from Iran.",
	}, "\n")
	body := bodyText(parseStructure(in, Meta{}))
	for _, l := range strings.Split(in, "\n") {
		if !strings.Contains(body, l) {
			t.Errorf("lost %q:\n%s", l, body)
		}
	}
}

// TestBoilerplate_ContactBlockDropped: a press release's contact block is
// its label and the short lines of names and addresses under it; the text
// after the block is kept.
func TestBoilerplate_ContactBlockDropped(t *testing.T) {
	in := "Acme Opens Plant\n\nAcme opened a plant on Monday.\n\nMedia Contact:\nJohn Smith\nHead of Communications\npress@acme.example\n\nAcme was founded in 1990.\n"
	a := parseStructure(in, Meta{})
	body := bodyText(a)
	for _, gone := range []string{"Media Contact", "John Smith", "Head of Communications", "press@"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q survived:\n%s", gone, body)
		}
	}
	for _, keep := range []string{"Acme opened a plant on Monday.", "Acme was founded in 1990."} {
		if !strings.Contains(body, keep) {
			t.Errorf("lost %q:\n%s", keep, body)
		}
	}
}

// TestTitle_PressReleaseLabelIsNotTheTitle: "FOR IMMEDIATE RELEASE" above a
// press release's headline is furniture, so the headline is the title.
func TestTitle_PressReleaseLabelIsNotTheTitle(t *testing.T) {
	a := parseStructure("FOR IMMEDIATE RELEASE\n\nAcme Announces Record Revenue\n\nAcme said revenue rose 18%.", Meta{})
	if a.Title != "Acme Announces Record Revenue" {
		t.Errorf("title = %q", a.Title)
	}
}

// TestDate_PressReleaseDateline: a newswire's "/PRNewswire/ --" stands
// where a wire story puts its agency in brackets.
func TestDate_PressReleaseDateline(t *testing.T) {
	for in, want := range map[string]string{
		"SAN JOSE, Calif., Oct. 21, 2025 /PRNewswire/ -- Acme said revenue rose.": "2025-10-21",
		"LONDON, March 4, 2024 /Business Wire/ - Acme said revenue rose.":         "2024-03-04",
		"LONDON, March 4 /Business Wire/ - Acme said revenue rose.":               "<nil>",
		"LONDON, March 4, 2024 - Acme said revenue rose.":                         "2024-03-04",
	} {
		if got := dateOf(parseStructure(in, Meta{})); got != want {
			t.Errorf("%q: date %s, want %s", in, got, want)
		}
	}
}

// TestBoilerplate_ReadersCommentsDropped: a "2 comments:" header below a
// post starts the readers' comments, which are not the article.
func TestBoilerplate_ReadersCommentsDropped(t *testing.T) {
	in := "Bakery Wins Prize\n\nThe bakery won a prize on Saturday.\n\n2 comments:\n\nAnonymous said...\nCongratulations!\n\nJo said...\nWell done."
	body := bodyText(parseStructure(in, Meta{}))
	if !strings.Contains(body, "The bakery won a prize on Saturday.") {
		t.Errorf("lost the article:\n%s", body)
	}
	for _, gone := range []string{"2 comments", "Anonymous said", "Congratulations", "Well done"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q survived:\n%s", gone, body)
		}
	}
	// a counter at the top, before the article, is only a counter
	body = bodyText(parseStructure("Bakery Wins Prize\n\n2 comments:\n\nThe bakery won a prize on Saturday.", Meta{}))
	if !strings.Contains(body, "The bakery won a prize on Saturday.") {
		t.Errorf("lost the article after a top counter:\n%s", body)
	}
}

// TestDate_DatelineLineAndEmphasis: a "Place, date" line at the top and a
// date line set in emphasis are the publication date; the same line in
// the body is not.
func TestDate_DatelineLineAndEmphasis(t *testing.T) {
	cases := []struct {
		in       string
		markdown bool
		want     string
	}{
		{"EU Agrees Sanctions\n\nBrussels, 23 February 2024\n\nAmbassadors agreed a package.", false, "2024-02-23"},
		{"EU Agrees Sanctions\n\nSAN JOSE, Calif., Oct. 21, 2025\n\nAmbassadors agreed a package.", false, "2025-10-21"},
		{"# Cholera Spreads\n\n*Published 13 February 2024*\n\nCases rose last week.", true, "2024-02-13"},
		{"# Cholera Spreads\n\n**February 13, 2024**\n\nCases rose last week.", true, "2024-02-13"},
		{"Ambassadors agreed a package.\n\nBrussels, 23 February 2024\n\nThey met again.", false, "<nil>"},
		{"EU Agrees Sanctions\n\nBrussels, where talks began on 23 February 2024\n\nThey met again.", false, "<nil>"},
	}
	for _, c := range cases {
		a := parseStructure(c.in, Meta{Markdown: c.markdown})
		if got := dateOf(a); got != c.want {
			t.Errorf("%q: date %s, want %s", c.in, got, c.want)
		}
	}
}

// TestBoilerplate_SavedWebPageFurnitureDropped: text copied from a news
// site's page carries its skip link, navigation bar, cookie banner and
// "Most read" list; all go, the story and a headline-like line that is not
// under a list label stay, and the date line under the headline is read.
func TestBoilerplate_SavedWebPageFurnitureDropped(t *testing.T) {
	in := "Skip to content\nHome | World | Politics | Sport\nWe use cookies to improve your experience. By continuing you agree.\n" +
		"Bridge Closes After Crack Found\n12 March 2024\n\nThe Elm Street bridge was closed on Monday.\n\n" +
		"Engineers will inspect it this week.\n\nMost read\n1. Prices rise again\nStar retires after 20 years\n\n" +
		"Related Topics\nBridges\nTransport\n"
	a := parseStructure(in, Meta{})
	if a.Title != "Bridge Closes After Crack Found" || dateOf(a) != "2024-03-12" {
		t.Errorf("title %q date %s", a.Title, dateOf(a))
	}
	body := bodyText(a)
	for _, gone := range []string{"Skip", "Home |", "cookies", "Most read", "Prices rise", "Star retires", "Related", "Bridges", "Transport"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q survived:\n%s", gone, body)
		}
	}
	for _, keep := range []string{"The Elm Street bridge was closed on Monday.", "Engineers will inspect it this week."} {
		if !strings.Contains(body, keep) {
			t.Errorf("lost %q:\n%s", keep, body)
		}
	}
	for line, want := range map[string]bool{
		"Home › News › UK":                                                    true,
		"| Year | Revenue | Profit |":                                         false,
		"Red, white | blue | green and gold":                                  false,
		"Sales rose | fell | stayed flat.":                                    false,
		"We use cookies to track visitors, the regulator said in its ruling.": false,
		"This website uses cookies. Accept all cookies":                       true,
		"Regulators said the site uses cookies to track visitors.":            false,
	} {
		if got := isBoilerplate(line); got != want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", line, got, want)
		}
	}
}
