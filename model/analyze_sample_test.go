package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// loadSamples parses the briefing's own sample articles.
func loadSamples(t *testing.T) *Briefing {
	t.Helper()
	paths, err := filepath.Glob("../content/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Skip("no sample articles")
	}
	b := &Briefing{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(p)
		id = id[:len(id)-len(filepath.Ext(id))]
		b.Articles = append(b.Articles, Parse(id, string(data), Meta{}))
	}
	return b
}

// TestAnalyze_Samples logs the analysis of the sample briefing for a person
// to read; its assertions are only those the general rules must meet.
func TestAnalyze_Samples(t *testing.T) {
	b := loadSamples(t)
	Analyze(b)
	for _, e := range b.Entities {
		t.Logf("entity %-40s %-12s arts=%d mentions=%d claims=%d source_of=%d forms=%q", e.Name, e.Kind, len(e.Articles), e.Mentions, len(e.Claims), e.SourceOf, e.Forms)
	}
	for _, c := range b.Corroborations {
		t.Logf("corroboration n=%d conflict=%v single=%v anon=%v source=%q note=%q shared=%q", c.Articles, c.Conflict, c.SingleSource, c.Anonymous, c.Source, c.Note, c.Shared)
		for _, r := range c.Claims {
			t.Logf("    %s %+v %q", r.Article, r.At, r.Text)
		}
	}
	for _, ev := range b.Timeline {
		t.Logf("event %-10s %-6s resolved=%v %-9s %q in %s %q", ev.Date, ev.Precision, ev.Resolved, ev.Kind, ev.Phrase, ev.Ref.Article, ev.Ref.Text)
	}
	if os.Getenv("BRIEF_DUMP") != "" {
		data, _ := json.MarshalIndent(struct {
			E []Entity        `json:"entities"`
			C []Corroboration `json:"corroborations"`
			T []Event         `json:"timeline"`
		}{b.Entities, b.Corroborations, b.Timeline}, "", " ")
		_ = os.WriteFile(os.Getenv("BRIEF_DUMP"), data, 0o644)
	}
}
