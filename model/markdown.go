package model

import (
	"fmt"
	"strings"
)

// Markdown renders the briefing as a readable Markdown document: each
// article's text, then what a careful reader wants beside it.
func Markdown(b *Briefing) string {
	var sb strings.Builder
	sb.WriteString("# Briefing\n\n")
	for _, a := range b.Articles {
		fmt.Fprintf(&sb, "- %s (%s)\n", EscapeMarkdown(a.Title), dateOrUndated(a))
	}
	for _, a := range b.Articles {
		writeArticleMarkdown(&sb, a)
	}
	return sb.String()
}

func writeArticleMarkdown(sb *strings.Builder, a *Article) {
	fmt.Fprintf(sb, "\n---\n\n## %s\n\n", EscapeMarkdown(a.Title))
	fmt.Fprintf(sb, "*%s* · `%s`\n\n", dateOrUndated(a), a.ID)
	for _, s := range a.Sections {
		if s.Heading != "" {
			fmt.Fprintf(sb, "### %s\n\n", EscapeMarkdown(s.Heading))
		}
		for _, p := range s.Paragraphs {
			sb.WriteString(EscapeMarkdown(p))
			sb.WriteString("\n\n")
		}
	}
	sb.WriteString("#### Claims\n\n")
	if len(a.Claims) == 0 {
		sb.WriteString("None found.\n\n")
	}
	for _, c := range a.Claims {
		who := "the article itself"
		if c.Attribution != nil {
			who = *c.Attribution
		}
		fmt.Fprintf(sb, "- %s — *%s*\n", EscapeMarkdown(c.Text), EscapeMarkdown(who))
	}
	sb.WriteString("\n#### Open questions\n\n")
	if len(a.OpenQuestions) == 0 {
		sb.WriteString("None found.\n\n")
	}
	for _, q := range a.OpenQuestions {
		fmt.Fprintf(sb, "- %s\n", EscapeMarkdown(q.Text))
	}
	sb.WriteString("\n#### Unverified\n\n")
	if len(a.Unverified) == 0 {
		sb.WriteString("None found.\n\n")
	}
	for _, d := range a.Unverified {
		fmt.Fprintf(sb, "- %s — *%s*\n", EscapeMarkdown(d.Text), EscapeMarkdown(d.Cue))
	}
}

func dateOrUndated(a *Article) string {
	if a.Date == nil {
		return "undated"
	}
	return *a.Date
}

// markdownInline are the characters Markdown (CommonMark and GFM) may read
// as syntax anywhere in a line.
const markdownInline = "\\`*_[]<>&|~"

// EscapeMarkdown escapes one line of article text so that a Markdown renderer
// shows it as written: emphasis, links, HTML, entities and block markers
// (headings, quotes, lists) stay literal, while ordinary punctuation is left
// alone so the Markdown stays readable as text.
func EscapeMarkdown(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	lead := strings.TrimLeft(s, " ")
	sb.WriteString(s[:len(s)-len(lead)])
	if n := listNumber(lead); n > 0 {
		// "1. text" or "1) text" would start an ordered list.
		sb.WriteString(lead[:n])
		sb.WriteByte('\\')
		lead = lead[n:]
	} else if lead != "" && strings.ContainsRune("#+-=", rune(lead[0])) {
		sb.WriteByte('\\')
	}
	for _, r := range lead {
		if r < 128 && strings.ContainsRune(markdownInline, r) {
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// listNumber returns the length of a leading run of digits that is followed
// by "." or ")" and then a space or the end, as an ordered list item starts;
// otherwise 0.
func listNumber(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != '.' && s[i] != ')') {
		return 0
	}
	if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' {
		return 0
	}
	return i
}
