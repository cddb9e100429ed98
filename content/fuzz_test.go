package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseArticle loads an article from arbitrary file bytes: decoding,
// binary checks, front matter and parsing. It must never panic, and what it
// accepts must be clean, valid UTF-8.
func FuzzParseArticle(f *testing.F) {
	paths, _ := filepath.Glob("articles/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
	}
	for _, s := range []string{
		"", " \n", "\xef\xbb\xbfBOM text.", "\xff\xfeH\x00i\x00", "\xfe\xff\x00H\x00i", "\xff\xfe\x00\x00",
		"Caf\xe9 \x93quoted\x94.", "\x89PNG\r\n\x1a\n\x00\x00", "\x1b]0;t\x07\x1b]52;c;eA==\x07Text.",
		"---\ntitle: T\ndate: 2024-01-02\nauthors: [a, {name: b}]\n---\nBody said.",
		"---\ntitle: \"x\n---\nBody.", "---\na: &a [*a, *a]\ntitle: *a\n---\nBody.",
		"---\n" + strings.Repeat("[", 5000) + "\n---\ntitle: x\n", "---\n...\n", "---\r\ntitle: x\r\n---\r\nBody.",
	} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		a, warns := parseArticle("id", data, markdown)
		if a == nil && len(warns) == 0 {
			t.Fatal("refused without a reason")
		}
		if a == nil {
			return
		}
		for _, s := range []string{a.Title, a.Source, a.URL, a.Author} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\x1b\x07\r\u009b\u009d\u202e") {
				t.Fatalf("unclean field %q", s)
			}
		}
		for _, s := range a.Sections {
			for _, p := range append([]string{s.Heading}, s.Paragraphs...) {
				if !utf8.ValidString(p) || strings.ContainsAny(p, "\x00\x1b\x07\r\u009b\u009d\u202e") {
					t.Fatalf("unclean text %q", p)
				}
			}
		}
	})
}
