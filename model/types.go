// Package model holds the briefing's types and the pure functions that build
// them from article text: cleaning, parsing, sentence splitting and
// extraction of claims, open questions and unverified details.
//
// It imports no Charm package: the reader, the SSH server and the exports all
// show the same model.
package model

// Briefing is a set of parsed articles, in a stable order.
type Briefing struct {
	Articles []*Article `json:"articles"`
	// Entities, Corroborations and Timeline look across the articles; they
	// are filled by Analyze and empty until it runs.
	Entities       []Entity        `json:"entities"`
	Corroborations []Corroboration `json:"corroborations"`
	Timeline       []Event         `json:"timeline"`
}

// TitleSource says where an article's title came from.
const (
	// TitleFromText means the article carries its own headline.
	TitleFromText = "text"
	// TitleDerived means the title was made from the first sentence.
	TitleDerived = "derived"
)

// Article is one parsed news article.
type Article struct {
	// ID is the file name without its extension.
	ID string `json:"id"`
	// Title is the article's headline, or one derived from its first sentence.
	Title string `json:"title"`
	// TitleSource is TitleFromText or TitleDerived.
	TitleSource string `json:"title_source"`
	// Date is the publication date as YYYY-MM-DD, or nil when the text gives none.
	Date *string `json:"date"`
	// Source, URL and Author come from front matter when present.
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	Author string `json:"author,omitempty"`
	// Sections are the article's headings with their paragraphs, in order.
	Sections []Section `json:"sections"`

	Claims        []Claim    `json:"claims"`
	OpenQuestions []Question `json:"open_questions"`
	Unverified    []Detail   `json:"unverified"`
}

// Section is a heading and the paragraphs under it. Text before the first
// heading is a section with an empty heading.
type Section struct {
	Heading    string   `json:"heading"`
	Paragraphs []string `json:"paragraphs"`
}

// Loc locates a piece of text in an article: the section, the paragraph
// (-1 for the section heading) and byte offsets into that string, so that
// the slice [Start:End] is exactly the item's text.
type Loc struct {
	Section   int `json:"section"`
	Paragraph int `json:"paragraph"`
	Start     int `json:"start"`
	End       int `json:"end"`
}

// Span is a byte range [Start, End) within one string.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Claim is a sentence the article reports as fact.
type Claim struct {
	Text string `json:"text"`
	// Attribution is who says it, or nil when the article asserts it itself.
	Attribution *string `json:"attribution"`
	At          Loc     `json:"at"`
	// Marks are the cue words (reporting verbs, attribution phrases) within
	// Text, as byte ranges relative to Text.
	Marks []Span `json:"marks,omitempty"`
}

// Question is something the article says is not known or not answered.
type Question struct {
	Text  string `json:"text"`
	At    Loc    `json:"at"`
	Marks []Span `json:"marks,omitempty"`
}

// Detail is a detail reported without confirmation, with the cue that marks it.
type Detail struct {
	Text  string `json:"text"`
	Cue   string `json:"cue"`
	At    Loc    `json:"at"`
	Marks []Span `json:"marks,omitempty"`
}

// Text returns the string a location points into: a heading or a paragraph.
// It returns "" when the location is out of range.
func (a *Article) Text(l Loc) string {
	if l.Section < 0 || l.Section >= len(a.Sections) {
		return ""
	}
	s := a.Sections[l.Section]
	if l.Paragraph == -1 {
		return s.Heading
	}
	if l.Paragraph < 0 || l.Paragraph >= len(s.Paragraphs) {
		return ""
	}
	return s.Paragraphs[l.Paragraph]
}
