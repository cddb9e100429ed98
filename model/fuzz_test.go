package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// nastySeeds are inputs that have broken text handling elsewhere: escape
// sequences of every kind, bad encodings, huge lines, deep Markdown nesting.
var nastySeeds = []string{
	"",
	"\x1b]0;pwned\x07Title\n\nBody text. More text.",
	"\x1b]52;c;cm0gLXJmIH4=\x07Officials said it happened.",
	"\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ said the minister.",
	"\x1bPq#0;2;0;0;0\x1b\\\x1b_Gf=100\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\",
	"\u009b31m\u009d0;t\u009c\u0090d\u009c\u009fa\u009c",
	"\x1b]0;unterminated\nNext line said police.",
	"\x1b[", "\x1b", "\u009b", "\u009d", "\r", "\r\n\r\n", "\x00\x01\x02",
	"user\u202egnp.exe\u202c said \u2066x\u2069.",
	"\xff\xfe\xfd broken \xc3 bytes.",
	"# Heading\n\n> > > > > > > > > > > > nested\n\n* a\n  * b\n    * c\n\n[x](y) &#27; &amp;",
	strings.Repeat("> ", 300) + "deep",
	strings.Repeat("word ", 2000),
	"---\ntitle: x\n---\nBody. \"Quote,\" he said. It is not known why.",
	"Mr. A. B. Smith said... \"Really?\" It was unclear whether U.S. officials knew.",
	"\u2028\u2029\ufeff\u200b\u00ad",
}

// addSeeds seeds f with the shipped articles and the nasty cases.
func addSeeds(f *testing.F, add func(string)) {
	f.Helper()
	paths, _ := filepath.Glob("../content/articles/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		add(string(data))
	}
	for _, s := range nastySeeds {
		add(s)
	}
}

func FuzzClean(f *testing.F) {
	addSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, in string) {
		out := Clean(in)
		checkClean(t, out)
		if again := Clean(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
		// Only an invalid byte grows: one byte becomes a 3-byte U+FFFD.
		if len(out) > 3*len(in) {
			t.Fatalf("output %d bytes from %d", len(out), len(in))
		}
	})
}

func FuzzParse(f *testing.F) {
	addSeeds(f, func(s string) { f.Add(s, false, "") })
	f.Add("# T\n\nBody.", true, "\x1b]0;t\x07Front \u202etitle")
	f.Fuzz(func(t *testing.T, text string, markdown bool, title string) {
		a := Parse("id", text, Meta{Title: title, Date: title, Source: title, URL: title, Author: title, Markdown: markdown})
		checkArticle(t, a)
	})
}

// checkArticle fails the test if any text in a holds what Clean removes, or
// if any location does not slice to its item's text.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if a == nil {
		t.Fatal("Parse returned nil")
	}
	texts := []string{a.ID, a.Title, a.Source, a.URL, a.Author}
	if a.Date != nil {
		texts = append(texts, *a.Date)
	}
	for _, s := range a.Sections {
		texts = append(texts, s.Heading)
		texts = append(texts, s.Paragraphs...)
	}
	for _, c := range a.Claims {
		texts = append(texts, c.Text)
		if c.Attribution != nil {
			texts = append(texts, *c.Attribution)
		}
		checkLoc(t, a, c.At, c.Text, c.Marks)
	}
	for _, q := range a.OpenQuestions {
		texts = append(texts, q.Text)
		checkLoc(t, a, q.At, q.Text, q.Marks)
	}
	for _, d := range a.Unverified {
		texts = append(texts, d.Text, d.Cue)
		checkLoc(t, a, d.At, d.Text, d.Marks)
	}
	for _, s := range texts {
		checkClean(t, s)
	}
}

func checkLoc(t *testing.T, a *Article, l Loc, text string, marks []Span) {
	t.Helper()
	src := a.Text(l)
	if l.Start < 0 || l.End < l.Start || l.End > len(src) {
		t.Fatalf("location %+v out of range of %q", l, src)
	}
	if got := src[l.Start:l.End]; got != text {
		t.Fatalf("location %+v slices to %q, item text is %q", l, got, text)
	}
	if !utf8.ValidString(text) {
		t.Fatalf("location %+v cuts a rune: %q", l, text)
	}
	for _, m := range marks {
		if m.Start < 0 || m.End < m.Start || m.End > len(text) {
			t.Fatalf("mark %+v out of range of %q", m, text)
		}
	}
}
