package model

// Meta is what an article's container says about it: its front matter, or
// the kind of file it came from. Empty fields are unknown.
type Meta struct {
	Title  string
	Date   string
	Source string
	URL    string
	Author string
	// Markdown is true for .md and .markdown files, whose "#" headings and
	// Markdown syntax are read as such.
	Markdown bool
}

// Parse builds an Article from an article's decoded UTF-8 text. The text is
// untrusted: it is cleaned before anything else reads it.
func Parse(id, text string, meta Meta) *Article {
	text = Clean(text)
	meta = cleanMeta(meta)
	a := parseStructure(text, meta)
	a.ID = id
	extract(a)
	attributeRelease(a)
	return a
}

func cleanMeta(m Meta) Meta {
	m.Title = Clean(m.Title)
	m.Date = Clean(m.Date)
	m.Source = Clean(m.Source)
	m.URL = Clean(m.URL)
	m.Author = Clean(m.Author)
	return m
}
