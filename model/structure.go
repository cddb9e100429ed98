package model

import "strings"

// parseStructure finds the title, date and sections of cleaned text.
// TEMPORARY: replaced by the parser of issue 2.
func parseStructure(text string, meta Meta) *Article {
	a := &Article{Title: meta.Title, TitleSource: TitleFromText}
	var paras []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	a.Sections = []Section{{Paragraphs: paras}}
	return a
}
