package model

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/brief-reader/brief/internal/genbriefing"
)

// benchTexts are article texts to parse: the sample articles, or a set of
// generated ones (varied news copy the samples are too few to stand for).
func benchTexts(b *testing.B, which string) []string {
	b.Helper()
	var texts []string
	switch which {
	case "samples":
		paths, _ := filepath.Glob("../content/articles/*.txt")
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	case "generated":
		g := genbriefing.New(1)
		for range 100 {
			texts = append(texts, g.Next().Text)
		}
	}
	if len(texts) == 0 {
		b.Skip("no texts")
	}
	return texts
}

// BenchmarkParse measures parsing and extraction, one core, in MB/s of
// article text: what loading a large folder costs per byte.
func BenchmarkParse(b *testing.B) {
	for _, which := range []string{"samples", "generated"} {
		b.Run(which, func(b *testing.B) {
			texts := benchTexts(b, which)
			n := 0
			for _, t := range texts {
				n += len(t)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					Parse("a", t, Meta{})
				}
			}
		})
	}
}
