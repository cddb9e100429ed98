package model

// Sentences splits a paragraph into sentences, as byte spans of p.
// TEMPORARY: replaced by the segmenter of issue 2.
func Sentences(p string) []Span {
	if p == "" {
		return nil
	}
	return []Span{{0, len(p)}}
}
