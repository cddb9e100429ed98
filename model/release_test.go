package model

import (
	"strings"
	"testing"
)

const testRelease = `FOR IMMEDIATE RELEASE

Northwind Robotics Opens Plant in Ohio

DAYTON, Ohio, May 4, 2026 /PRNewswire/ -- Northwind Robotics Corp. today announced the opening of its first US factory.

The plant employs 300 people and will build 20,000 robot arms a year.

"This is a proud day for us," said Kim Ode, chief executive of Northwind.

Forward-Looking Statements

This press release contains forward-looking statements. Actual results may differ materially, and the company expects no obligation to update them in 2027.
`

func TestPressReleaseSpeaksForItsIssuer(t *testing.T) {
	a := Parse("r", testRelease, Meta{})
	var issuer, ceo, plant bool
	for _, c := range a.Claims {
		who := "<nil>"
		if c.Attribution != nil {
			who = *c.Attribution
		}
		switch {
		case strings.HasPrefix(c.Text, "The plant employs"):
			plant = who == "Northwind Robotics Corp."
		case strings.Contains(c.Text, "proud day"):
			ceo = who == "Kim Ode"
		case strings.Contains(c.Text, "today announced"):
			issuer = strings.HasPrefix(who, "Northwind Robotics")
		case strings.Contains(c.Text, "forward-looking") || strings.Contains(c.Text, "obligation"):
			t.Errorf("the legal notice is no claim: %q", c.Text)
		}
	}
	if !issuer || !plant || !ceo {
		t.Errorf("issuer %v, plant fact given to the issuer %v, quote kept by its speaker %v; claims %+v", issuer, plant, ceo, a.Claims)
	}
}

func TestNewsStoryAboutAReleaseIsNoRelease(t *testing.T) {
	a := Parse("n", "Robot Maker Opens Plant\n\nNorthwind Robotics said in a press release on Monday that it had opened a plant.\n\nThe plant employs 300 people.\n", Meta{})
	for _, c := range a.Claims {
		if strings.HasPrefix(c.Text, "The plant employs") && c.Attribution != nil {
			t.Errorf("a news story's own fact was given to %q", *c.Attribution)
		}
	}
}

// Found by FuzzParseArticle: a relative pronoun right after a one-token
// subject at the start ("0 who Adds") sliced its clause backwards.
func TestRelativeAfterOneTokenSubject(t *testing.T) {
	for _, s := range []string{"0 who Adds", "X who said", "Officials who say"} {
		Parse("f", s, Meta{})
	}
}
