package model

import (
	"strings"
	"testing"
)

// FuzzExtract feeds arbitrary paragraphs and headings to the extractor,
// split by the real splitter and by a splitter that cuts anywhere: it must
// not panic, and every item must slice to its text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`"We will respond," said the spokesman, Ali Saleh. He added that it was over.`,
		"It is curreently unknown what happened?", "according to", ", said", "’tis ‘said’",
		"A source, who asked not to be named, said the U.S. Inc. had 2,500 troops.",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, p string, cut int) {
		a := &Article{ID: "fuzz", Sections: []Section{{Heading: p, Paragraphs: []string{p, strings.ToUpper(p)}}}}
		extractWith(a, Sentences)
		checkExtraction(t, a)
		extractWith(a, func(s string) []Span { return []Span{{0, cut}, {cut, len(s)}, {cut - 1, cut + 2}} })
		checkExtraction(t, a)
	})
}
