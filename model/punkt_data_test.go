package model

import (
	"maps"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
)

// The generated parameters must be the library's: run `go generate
// ./model` after updating github.com/neurosnap/sentences.
func TestPunktDataMatchesLibrary(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	ours, err := punktStorage(punktEnglish)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		lib, ours sentences.SetString
	}{
		{"abbreviations", lib.AbbrevTypes, ours.AbbrevTypes},
		{"collocations", lib.Collocations, ours.Collocations},
		{"sentence starters", lib.SentStarters, ours.SentStarters},
		{"orthographic context", lib.OrthoContext, ours.OrthoContext},
	} {
		if !maps.Equal(c.lib, c.ours) {
			t.Errorf("%s differ from the library's (%d vs %d entries): run go generate ./model", c.name, len(c.lib), len(c.ours))
		}
	}
}

func TestPunktStorageRejectsMalformed(t *testing.T) {
	for _, bad := range []string{"anokey\n", "xkind\t1\n", "ofoo\tbar\n", "\t1\n"} {
		if _, err := punktStorage(bad); err == nil {
			t.Errorf("punktStorage(%q): no error", bad)
		}
	}
}

func BenchmarkPunktStorage(b *testing.B) {
	for b.Loop() {
		if _, err := punktStorage(punktEnglish); err != nil {
			b.Fatal(err)
		}
	}
}
