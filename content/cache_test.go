package content

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/internal/genbriefing"
	"github.com/brief-reader/brief/model"
)

// cacheFiles lists the cache files under the test's XDG_CACHE_HOME.
func cacheFiles(t *testing.T) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_CACHE_HOME"), "brief", "*.cache"))
	return m
}

// loadTracked loads paths as Load does and says how many articles came
// from the cache.
func loadTracked(t *testing.T, paths []string, opts Options) (*model.Briefing, int) {
	t.Helper()
	b, _, err := Load(paths, opts)
	if err != nil {
		t.Fatal(err)
	}
	// Load again the internal way, without writing, to count the hits the
	// cache now gives.
	if opts.MaxSize == 0 {
		opts.MaxSize = DefaultMaxSize
	}
	sources := expand(paths)
	results := make([]result, len(sources))
	parseAll(sources, results, opts, openCache(paths, opts))
	hits := 0
	for _, r := range results {
		if r.hit {
			hits++
		}
	}
	return b, hits
}

func briefingJSON(t *testing.T, b *model.Briefing) string {
	t.Helper()
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// writeGenerated writes n generated articles into a new folder.
func writeGenerated(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := genbriefing.Write(dir, n, 5); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The second load of a folder comes from the cache and gives exactly the
// briefing a parse gives: the cache is invisible but for speed.
func TestCache_SecondLoadIsIdentical(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := writeGenerated(t, 40)
	write(t, dir, "fm.md", []byte("---\ntitle: [broken\n---\n\n"+good))
	fresh, _, err := Load([]string{dir}, Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := loadTracked(t, []string{dir}, Options{})
	second, hits := loadTracked(t, []string{dir}, Options{})
	if hits != 41 {
		t.Errorf("%d articles from the cache, want 41", hits)
	}
	want := briefingJSON(t, fresh)
	if got := briefingJSON(t, first); got != want {
		t.Error("first load differs from a load without cache")
	}
	if got := briefingJSON(t, second); got != want {
		t.Error("cached load differs from a load without cache")
	}
	_, warns, _ := Load([]string{dir}, Options{})
	if len(warns) != 1 || !strings.HasSuffix(warns[0].Path, "fm.md") {
		t.Errorf("front matter warning lost in the cache: %v", warns)
	}
}

// An edited, added or removed file is what it now is, whatever the cache
// holds.
func TestCache_ChangedFilesAreParsedAgain(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	a := write(t, dir, "a.txt", []byte(good))
	write(t, dir, "b.txt", []byte(good))
	loadTracked(t, []string{dir}, Options{})

	// Same size, new content and time.
	edited := strings.Replace(good, "Monday", "Friday", 1)
	if err := os.WriteFile(a, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Minute)
	if err := os.Chtimes(a, future, future); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "c.txt", []byte("The port reopened on Tuesday, officials said.\n\nShips sailed.\n"))
	b, hits := loadTracked(t, []string{dir}, Options{})
	if hits != 3 {
		t.Errorf("after the reload, %d hits, want 3 (the cache rewritten with all)", hits)
	}
	if got := allText(b.Articles[0]); !strings.Contains(got, "Friday") {
		t.Errorf("edited file shows stale text: %q", got)
	}
	if len(b.Articles) != 3 {
		t.Errorf("got %d articles, want 3", len(b.Articles))
	}
	if err := os.Remove(a); err != nil {
		t.Fatal(err)
	}
	b, _ = loadTracked(t, []string{dir}, Options{})
	if got := strings.Join(ids(b), ","); got != "b,c" {
		t.Errorf("after removing a: %s", got)
	}
}

// A damaged cache file (flipped bits, truncated, garbage) is ignored and
// replaced: it never changes or breaks a load.
func TestCache_CorruptFileIsIgnored(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := writeGenerated(t, 5)
	want := briefingJSON(t, func() *model.Briefing { b, _ := loadTracked(t, []string{dir}, Options{}); return b }())
	files := cacheFiles(t)
	if len(files) != 1 {
		t.Fatalf("cache files: %v", files)
	}
	orig, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	for name, damage := range map[string]func([]byte) []byte{
		"flipped":   func(b []byte) []byte { b[len(b)/2] ^= 0x40; return b },
		"truncated": func(b []byte) []byte { return b[:len(b)-7] },
		"garbage":   func([]byte) []byte { return []byte("not a cache at all") },
		"empty":     func([]byte) []byte { return nil },
		"header":    func(b []byte) []byte { return b[:len(cacheMagic)+3] },
	} {
		t.Run(name, func(t *testing.T) {
			bad := damage(append([]byte(nil), orig...))
			if err := os.WriteFile(files[0], bad, 0o600); err != nil {
				t.Fatal(err)
			}
			b, _, err := Load([]string{dir}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := briefingJSON(t, b); got != want {
				t.Error("a damaged cache changed the briefing")
			}
			if _, hits := loadTracked(t, []string{dir}, Options{}); hits != 5 {
				t.Errorf("the damaged cache was not rewritten: %d hits", hits)
			}
		})
	}
}

// A valid file whose entry does not decode (a bug, or a hand edit that
// kept the checksum) costs that entry a parse, no more.
func TestCache_BadEntryIsParsedAgain(t *testing.T) {
	c := &articleCache{payload: "\x05garbage", entries: map[string]cacheEntry{
		"/x.txt": {stamp: fileStamp{1, 2}, off: 0, n: 8},
	}}
	if _, _, ok := c.lookup("/x.txt", fileStamp{1, 2}, false); ok {
		t.Error("garbage entry decoded")
	}
}

// NoCache, BRIEF_NO_CACHE and standard input leave no cache behind.
func TestCache_OptOuts(t *testing.T) {
	dir := writeGenerated(t, 3)
	for name, load := range map[string]func(t *testing.T){
		"option": func(t *testing.T) { Load([]string{dir}, Options{NoCache: true}) },
		"env": func(t *testing.T) {
			t.Setenv(NoCacheEnv, "1")
			Load([]string{dir}, Options{})
		},
		"stdin": func(t *testing.T) {
			Load([]string{dir, "-"}, Options{Stdin: strings.NewReader(good)})
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Setenv("XDG_CACHE_HOME", t.TempDir())
			load(t)
			if f := cacheFiles(t); len(f) != 0 {
				t.Errorf("cache written: %v", f)
			}
		})
	}
}

// Old cache files beyond the bound are removed when a new one is written.
func TestCache_BoundedNumberOfFiles(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for i := range maxCacheFiles + 3 {
		dir := t.TempDir()
		write(t, dir, "a.txt", []byte(good))
		Load([]string{dir}, Options{})
		// Distinct modification times order the files.
		for j, f := range cacheFiles(t) {
			old := time.Now().Add(-time.Duration(i*100+j) * time.Second)
			os.Chtimes(f, old, old)
		}
	}
	if n := len(cacheFiles(t)); n > maxCacheFiles {
		t.Errorf("%d cache files, want at most %d", n, maxCacheFiles)
	}
}

// Every field of an article survives the encoding, nil and empty slices
// apart, with texts that are not slices of their location stored as such.
func TestCacheCodec_RoundTrip(t *testing.T) {
	var arts []*model.Article
	g := genbriefing.New(9)
	for range 30 {
		a := g.Next()
		arts = append(arts, model.Parse(a.Name, a.Text, model.Meta{Markdown: strings.HasSuffix(a.Name, ".md")}))
	}
	date, attr := "2024-02-11", "officials"
	arts = append(arts, &model.Article{ID: "odd", Date: &date, Source: "S", URL: "u", Author: "A",
		Sections:      []model.Section{{Heading: "H", Paragraphs: []string{}}, {Paragraphs: []string{"One. Two."}}},
		Claims:        []model.Claim{{Text: "not the slice", Attribution: &attr, At: model.Loc{Section: 1, Start: 0, End: 4}, Marks: []model.Span{}}},
		OpenQuestions: []model.Question{{Text: "H", At: model.Loc{Paragraph: -1, End: 1}}},
		Unverified:    []model.Detail{{Text: "x", Cue: "reportedly", At: model.Loc{Section: 9, Start: -1}}},
	}, &model.Article{})
	for _, a := range arts {
		var e encoder
		warns := []Warning{{Reason: "front matter ignored"}}
		e.article(a, warns)
		d := &decoder{s: string(e.b)}
		got, gotWarns, err := d.article()
		if err != nil || d.i != len(d.s) {
			t.Fatalf("%s: %v at %d of %d", a.ID, err, d.i, len(d.s))
		}
		if !reflect.DeepEqual(got, a) || !reflect.DeepEqual(gotWarns, warns) {
			t.Errorf("%s: round trip differs:\n got %+v\nwant %+v", a.ID, got, a)
		}
	}
}

// FuzzCacheDecode feeds arbitrary bytes to the entry decoder: a damaged
// cache must give an error, never a panic or a huge allocation.
func FuzzCacheDecode(f *testing.F) {
	var e encoder
	g := genbriefing.New(2)
	a := g.Next()
	e.article(model.Parse("x", a.Text, model.Meta{}), nil)
	f.Add(e.b)
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &decoder{s: string(data)}
		d.article()
	})
}

func TestCache_EmbeddedBriefing(t *testing.T) {
	cacheHome := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cacheHome)
	fresh, err := EmbeddedWith(Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cacheHome, "brief", embeddedCacheName+".cache")); err == nil {
		t.Fatal("NoCache wrote the cache")
	}
	first, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cacheHome, "brief", embeddedCacheName+".cache")); err != nil {
		t.Fatalf("the first start did not write the cache: %v", err)
	}
	second, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	want := briefingJSON(t, fresh)
	for name, b := range map[string]*model.Briefing{"first": first, "cached": second} {
		if got := briefingJSON(t, b); got != want {
			t.Errorf("%s embedded briefing differs from a parse without cache", name)
		}
	}
}
