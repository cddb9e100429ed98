package model

import (
	"strings"
	"testing"
)

func TestEscapeMarkdown_KeepsSyntaxLiteral(t *testing.T) {
	cases := map[string]string{
		"plain words":        "plain words",
		"# not a heading":    `\# not a heading`,
		"> not a quote":      `\> not a quote`,
		"*not emphasis*":     `\*not emphasis\*`,
		"[link](x)":          `\[link\](x)`,
		"&#27; entity":       `\&#27; entity`,
		"3.5% rise":          "3.5% rise",
		"- not a bullet":     `\- not a bullet`,
		"1. not a list":      `1\. not a list`,
		"ends in 2.":         "ends in 2.",
		"a_b|c~d`e<f>":       "a\\_b\\|c\\~d\\`e\\<f\\>",
		"Kata'ib — “quotes”": "Kata'ib — “quotes”",
	}
	for in, want := range cases {
		if got := EscapeMarkdown(in); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMarkdown_ListsEveryArticleAndPanel(t *testing.T) {
	who := "the ministry"
	b := &Briefing{Articles: []*Article{{
		ID: "a", Title: "Talks stall", Sections: []Section{{Heading: "Why?", Paragraphs: []string{"The ministry said talks stalled."}}},
		Claims:     []Claim{{Text: "The ministry said talks stalled.", Attribution: &who}},
		Unverified: []Detail{},
	}, {ID: "b", Title: "Second"}}}
	out := Markdown(b)
	for _, want := range []string{"## Talks stall", "## Second", "### Why?", "*the ministry*", "#### Open questions\n\nNone found.", "undated"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}
