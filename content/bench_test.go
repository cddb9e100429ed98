package content

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/internal/genbriefing"
)

// BenchmarkLoadFolder loads a folder of 200 articles of about 6 KB beside a
// sparse 100 MB file, which must cost nothing: B/op stays a small multiple
// of the articles' 1.2 MB.
func BenchmarkLoadFolder(b *testing.B) {
	dir := b.TempDir()
	para := "The minister said on Tuesday that talks had stalled, according to two officials. " +
		"It was not clear whether the ceasefire would hold. Police reportedly detained three people.\n\n"
	for i := range 200 {
		p := filepath.Join(dir, fmt.Sprintf("sub%d", i%7), fmt.Sprintf("a%03d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.Repeat(para, 32)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Load([]string{dir}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLongLine parses a megabyte without a line break or a full
// stop, the shape of a minified or mangled file: time and memory must stay
// proportional to the size.
func BenchmarkLoadLongLine(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"words", strings.Repeat("word ", 1<<18)},
		{"commas", strings.Repeat("officials said, ", 1<<16)},
		{"quotes", strings.Repeat("\u201cyes\u201d ", 1<<17)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			data := []byte(bc.text)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if a, _ := parseArticle("long", data, false); a == nil {
					b.Fatal("refused")
				}
			}
		})
	}
}

// BenchmarkLoadFolder10k loads a generated folder of 10,000 articles
// (about 27 MB; 1,000 with -short): cold parses every file (no cache),
// warm reads them back from the cache the first load wrote.
func BenchmarkLoadFolder10k(b *testing.B) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	dir := b.TempDir()
	size, err := genbriefing.Write(dir, n, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	for _, bc := range []struct {
		name string
		opts Options
	}{{"cold", Options{NoCache: true}}, {"warm", Options{}}} {
		b.Run(bc.name, func(b *testing.B) {
			if !bc.opts.NoCache {
				if _, _, err := Load([]string{dir}, bc.opts); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				br, _, err := Load([]string{dir}, bc.opts)
				if err != nil || len(br.Articles) != n {
					b.Fatal(err)
				}
			}
		})
	}
}
