package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/brief-reader/brief/internal/genbriefing"
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

// TestAnalyze_SamplesMeetGeneralRules checks on the real articles what the
// general rules must achieve there: the two spellings of one militia meet,
// and the drone attack that two articles report in their own words groups.
func TestAnalyze_SamplesMeetGeneralRules(t *testing.T) {
	b := loadSamples(t)
	Analyze(b)
	first := exportJSON(t, b)
	Analyze(b)
	if !bytes.Equal(first, exportJSON(t, b)) {
		t.Error("samples export differently on a second run")
	}
	kh := entityNamed(t, b, "Kata'ib Hezbollah")
	if !slices.Contains(kh.Forms, "Kataib Hezbollah") || len(kh.Articles) < 3 {
		t.Errorf("Kataib/Kata'ib Hezbollah not one entity across three articles: %+v", kh.Forms)
	}
	found := false
	for _, g := range groups(b) {
		for _, r := range g.Claims {
			if strings.Contains(r.Text, "Jordan") {
				found = true
			}
		}
	}
	if !found {
		t.Error("the drone attack in Jordan reported by two articles is not grouped")
	}
}

// BenchmarkAnalyze runs the cross-article analysis on twenty copies of the
// samples (many overlaps) and on a generated folder of 100 articles. The
// large folders are BenchmarkAnalyze1k and BenchmarkAnalyze10k.
func BenchmarkAnalyze(b *testing.B) {
	b.Run("samples-x20", func(b *testing.B) {
		one := loadSamples(&testing.T{})
		// Twenty copies of the briefing: a large folder with many overlaps.
		var arts []*Article
		for i := range 20 {
			for _, a := range one.Articles {
				c := *a
				c.ID = fmt.Sprintf("%s-%d", a.ID, i)
				arts = append(arts, &c)
			}
		}
		b.ReportAllocs()
		for b.Loop() {
			Analyze(&Briefing{Articles: arts})
		}
	})
	b.Run("generated-100", func(b *testing.B) { benchmarkAnalyze(b, 100) })
}

// BenchmarkAnalyze1k analyses 1,000 generated articles; quick enough for
// the short mode of CI with -benchtime 1x.
func BenchmarkAnalyze1k(b *testing.B) { benchmarkAnalyze(b, 1000) }

// BenchmarkAnalyze10k analyses 10,000 generated articles, the folder of
// years of saved articles that issue 7 sets as the bar. Compared with
// BenchmarkAnalyze1k it shows whether the cost grows linearly. Skipped
// with -short.
func BenchmarkAnalyze10k(b *testing.B) {
	if testing.Short() {
		b.Skip("10,000 articles skipped in short mode")
	}
	benchmarkAnalyze(b, 10000)
}

// benchmarkAnalyze times Analyze of n generated articles (parsing them is
// not timed) and reports the live heap it leaves, so memory is seen
// beside time.
func benchmarkAnalyze(b *testing.B, n int) {
	arts := generatedArticles(n)
	b.ReportAllocs()
	b.ResetTimer()
	var br *Briefing
	for b.Loop() {
		br = &Briefing{Articles: arts}
		Analyze(br)
	}
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
	b.ReportMetric(float64(len(br.Corroborations)), "corroborations")
	runtime.KeepAlive(br)
}

// TestAnalyze_DeterministicAtScale pins that a large briefing exports the
// same bytes on one core as on two, and run after run: the analysis works
// on both cores and merges their results, and neither the schedule nor map
// order may leak into the export.
func TestAnalyze_DeterministicAtScale(t *testing.T) {
	arts := generatedArticles(1000)
	export := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		b := &Briefing{Articles: arts}
		Analyze(b)
		data, err := json.Marshal(struct {
			E []Entity
			C []Corroboration
			T []Event
		}{b.Entities, b.Corroborations, b.Timeline})
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	one := export(1)
	if !bytes.Equal(one, export(2)) {
		t.Error("the analysis of 1,000 articles differs between one core and two")
	}
	if !bytes.Equal(one, export(2)) {
		t.Error("the analysis of 1,000 articles differs between two runs")
	}
	if !bytes.Contains(one, []byte(`"SingleSource":false`)) && !bytes.Contains(one, []byte(`"single_source":false`)) {
		t.Error("no group among 1,000 articles: the test proves little")
	}
}

// generatedArticles parses n generated articles, on every core.
func generatedArticles(n int) []*Article {
	g := genbriefing.New(1)
	texts := make([]genbriefing.Article, n)
	for i := range texts {
		texts[i] = g.Next()
	}
	arts := make([]*Article, n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				name := texts[i].Name
				arts[i] = Parse(strings.TrimSuffix(name, filepath.Ext(name)), texts[i].Text,
					Meta{Markdown: filepath.Ext(name) == ".md"})
			}
		})
	}
	wg.Wait()
	return arts
}
