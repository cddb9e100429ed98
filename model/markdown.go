package model

import "strings"

// Markdown renders the briefing as a readable Markdown document.
// TEMPORARY.
func Markdown(b *Briefing) string {
	var sb strings.Builder
	for _, a := range b.Articles {
		sb.WriteString("# " + a.Title + "\n\n")
	}
	return sb.String()
}
