package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtract_SampleArticlesInvariants parses the sample articles and checks
// only what must hold for any article: every item's location slices to its
// text, its marks fall inside it, no sentence is in two panels, and every
// attribution is words of its sentence or of an earlier one. It logs the
// extraction (go test -v -run SampleArticles) so a person can read it.
func TestExtract_SampleArticlesInvariants(t *testing.T) {
	paths, err := filepath.Glob("../content/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Skipf("no sample articles: %v", err)
	}
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		a := Parse(id, string(raw), Meta{})
		checkExtraction(t, a)
		t.Log(describeExtraction(a))
	}
}

// checkExtraction asserts the invariants of an article's panels.
func checkExtraction(t *testing.T, a *Article) {
	t.Helper()
	if a.Claims == nil || a.OpenQuestions == nil || a.Unverified == nil {
		t.Errorf("%s: nil panel (JSON would show null)", a.ID)
	}
	seen := map[Loc]string{}
	claim := func(l Loc, panel string) {
		if p, ok := seen[l]; ok {
			t.Errorf("%s: sentence at %+v in %s and %s", a.ID, l, p, panel)
		}
		seen[l] = panel
	}
	check := func(panel, text string, at Loc, marks []Span) {
		t.Helper()
		claim(at, panel)
		src := a.Text(at)
		if at.Start < 0 || at.End > len(src) || at.Start >= at.End || src[at.Start:at.End] != text {
			t.Errorf("%s: %s %q: location %+v does not slice to it", a.ID, panel, text, at)
		}
		for _, m := range marks {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Errorf("%s: %s %q: mark %+v outside the text", a.ID, panel, text, m)
			}
		}
	}
	for _, c := range a.Claims {
		check("claims", c.Text, c.At, c.Marks)
		if c.Attribution != nil && !attributionBefore(a, c.At, *c.Attribution) {
			t.Errorf("%s: attribution %q is not in %q or before it", a.ID, *c.Attribution, c.Text)
		}
	}
	for _, q := range a.OpenQuestions {
		check("open_questions", q.Text, q.At, q.Marks)
	}
	for _, u := range a.Unverified {
		check("unverified", u.Text, u.At, u.Marks)
		if u.Cue == "" {
			t.Errorf("%s: unverified %q without a cue", a.ID, u.Text)
		}
	}
}

// attributionBefore reports whether who occurs in the article at or
// before the end of the location.
func attributionBefore(a *Article, at Loc, who string) bool {
	for si, s := range a.Sections {
		if strings.Contains(s.Heading, who) && si <= at.Section {
			return true
		}
		for pi, p := range s.Paragraphs {
			if si > at.Section || si == at.Section && pi > at.Paragraph {
				return false
			}
			if si == at.Section && pi == at.Paragraph {
				p = p[:at.End]
			}
			if strings.Contains(p, who) {
				return true
			}
		}
	}
	return false
}

// describeExtraction renders the panels for reading.
func describeExtraction(a *Article) string {
	var b strings.Builder
	b.WriteString("\n=== " + a.ID + "\n")
	for _, c := range a.Claims {
		who := "—"
		if c.Attribution != nil {
			who = *c.Attribution
		}
		b.WriteString("CLAIM [" + who + "] " + markText(c.Text, c.Marks) + "\n")
	}
	for _, q := range a.OpenQuestions {
		b.WriteString("OPEN  " + markText(q.Text, q.Marks) + "\n")
	}
	for _, u := range a.Unverified {
		b.WriteString("UNVER (" + u.Cue + ") " + markText(u.Text, u.Marks) + "\n")
	}
	return b.String()
}

// markText brackets the marked spans of text.
func markText(text string, marks []Span) string {
	var b strings.Builder
	last := 0
	for _, m := range marks {
		if m.Start < last || m.End > len(text) {
			continue
		}
		b.WriteString(text[last:m.Start] + "⟦" + text[m.Start:m.End] + "⟧")
		last = m.End
	}
	b.WriteString(text[last:])
	return b.String()
}
