package content

import (
	"context"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/model"
)

// parseAll reads every source not refused, one after another, writing
// results[i] for sources[i]: the plain reference the tests compare the
// stream with, and how the cache tests count hits without writing.
func parseAll(sources []source, results []result, opts Options, cache *articleCache) {
	for i := range sources {
		if sources[i].refused == nil {
			results[i] = loadSource(sources[i], opts, cache)
		}
	}
}

// referenceIDs is how Load gave IDs before it streamed, kept as the
// definition the stream must match: after every article is loaded, a
// later article whose ID is taken gets the first free suffix "-2",
// "-3"…, every loaded article's own ID being reserved first.
func referenceIDs(articles []*model.Article) {
	taken := make(map[string]bool, len(articles))
	for _, a := range articles {
		taken[a.ID] = true
	}
	first := make(map[string]bool, len(articles))
	for _, a := range articles {
		if !first[a.ID] {
			first[a.ID] = true
			continue
		}
		for n := 2; ; n++ {
			id := a.ID + "-" + strconv.Itoa(n)
			if !taken[id] {
				taken[id] = true
				a.ID = id
				break
			}
		}
	}
}

// referenceLoad loads paths one source at a time, with no stream, no
// cache and IDs given at the end.
func referenceLoad(t *testing.T, paths []string) ([]string, []string) {
	t.Helper()
	opts := Options{MaxSize: DefaultMaxSize, NoCache: true}
	sources := expand(paths)
	results := make([]result, len(sources))
	parseAll(sources, results, opts, nil)
	var arts []*model.Article
	var warns []string
	for i, src := range sources {
		if src.refused != nil {
			warns = append(warns, src.refused.String())
			continue
		}
		for _, w := range results[i].warnings {
			warns = append(warns, w.String())
		}
		if a := results[i].article; a != nil {
			arts = append(arts, a)
		}
	}
	referenceIDs(arts)
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.ID + "=" + a.Title
	}
	return out, warns
}

// drain reads a stream to its end, checking that progress only grows and
// that Done comes once, last.
func drain(t *testing.T, s *Stream) ([]*model.Article, []Warning, int) {
	t.Helper()
	var arts []*model.Article
	var warns []Warning
	read, batches := 0, 0
	for {
		b := s.Next()
		batches++
		if b.Read < read || b.Total != s.Total() {
			t.Fatalf("batch %d: read %d of %d after %d of %d", batches, b.Read, b.Total, read, s.Total())
		}
		read = b.Read
		arts = append(arts, b.Articles...)
		warns = append(warns, b.Warnings...)
		if b.Done {
			if read != s.Total() {
				t.Errorf("done after %d of %d sources", read, s.Total())
			}
			if again := s.Next(); !again.Done || len(again.Articles) > 0 {
				t.Error("Next after the last batch is not an empty last batch")
			}
			return arts, warns, batches
		}
	}
}

// writeTricky makes a folder where IDs collide in every way the rule
// covers: the same name in several folders, a file whose own name is a
// suffix another would take, the same for a file that fails to load (so
// its name is free), and bad files between the good ones.
func writeTricky(t *testing.T) string {
	dir := writeGenerated(t, 60)
	write(t, dir, "a/news.txt", []byte(good))
	write(t, dir, "b/news.txt", []byte(good))
	write(t, dir, "b/news-2.txt", []byte{}) // empty: does not reserve news-2
	write(t, dir, "c/news.txt", []byte("# Third\n\n"+good))
	write(t, dir, "d/report.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2})
	write(t, dir, "e/report.txt", []byte(good))
	write(t, dir, "f/report.txt", []byte(good))
	write(t, dir, "g/story.txt", []byte(good))
	write(t, dir, "h/story.txt", []byte(good))
	write(t, dir, "zz/story-2.txt", []byte(good)) // last: reserves story-2
	write(t, dir, "zz/story-2.md", []byte("   \n"))
	write(t, dir, "notes.pdf", []byte(good))
	return dir
}

// The stream gives the articles, IDs and warnings the sequential
// reference gives, in its order, whatever the workers' timing.
func TestStream_OrderAndIDsMatchReference(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := writeTricky(t)
	paths := []string{dir, filepath.Join(dir, "g", "story.txt"), filepath.Join(dir, "missing.txt")}
	wantArts, wantWarns := referenceLoad(t, paths)
	for _, c := range []struct {
		name string
		opts Options
	}{{"cold", Options{NoCache: true}}, {"fills the cache", Options{}}, {"from the cache", Options{}}} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(context.Background(), paths, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			arts, warns, _ := drain(t, s)
			s.Close()
			var got []string
			for _, a := range arts {
				got = append(got, a.ID+"="+a.Title)
			}
			if strings.Join(got, "\n") != strings.Join(wantArts, "\n") {
				t.Errorf("articles\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantArts, "\n"))
			}
			var gotW []string
			for _, w := range warns {
				gotW = append(gotW, w.String())
			}
			if strings.Join(gotW, "\n") != strings.Join(wantWarns, "\n") {
				t.Errorf("warnings\n%s\nwant\n%s", strings.Join(gotW, "\n"), strings.Join(wantWarns, "\n"))
			}
		})
	}
	// The cases the folder was made for, spelled out.
	joined := "\n" + strings.Join(wantArts, "\n")
	for _, id := range []string{"news", "news-2", "news-3", "report", "report-2", "story", "story-3", "story-2"} {
		if !strings.Contains(joined, "\n"+id+"=") {
			t.Errorf("no article %q in %v", id, wantArts)
		}
	}
}

// Load is the stream drained: the same briefing and warnings.
func TestStream_LoadIsTheStreamDrained(t *testing.T) {
	dir := writeTricky(t)
	b, warns, err := Load([]string{dir}, Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), []string{dir}, Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts, swarns, _ := drain(t, s)
	if briefingJSON(t, b) != briefingJSON(t, &model.Briefing{Articles: arts}) {
		t.Error("Load and the stream give different briefings")
	}
	if len(warns) != len(swarns) {
		t.Errorf("%d warnings from Load, %d from the stream", len(warns), len(swarns))
	}
}

// A warm open hands over everything in its first batch: the reader then
// starts complete rather than counting up through articles it already
// has.
func TestStream_WarmCacheDeliversEverythingAtOnce(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := writeGenerated(t, 80)
	if _, _, err := Load([]string{dir}, Options{}); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := s.Next()
	if len(b.Articles) != 80 || !b.Done {
		t.Errorf("first warm batch: %d articles, done %v; want 80, done", len(b.Articles), b.Done)
	}
}

// Closing a stream part way stops the workers (they do not go on through
// the folder) and leaves no goroutine behind; Next then ends.
func TestStream_CloseStopsWorkers(t *testing.T) {
	dir := writeGenerated(t, 600)
	before := runtime.NumGoroutine()
	s, err := Open(context.Background(), []string{dir}, Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	first := s.Next()
	if len(first.Articles) == 0 {
		t.Fatal("no articles in the first batch")
	}
	s.Close()
	s.Close() // twice is fine
	if n := s.started.Load(); n >= int64(s.Total()) {
		t.Errorf("workers began %d of %d files after Close", n, s.Total())
	}
	for {
		if b := s.Next(); b.Done {
			break
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines after Close, %d before\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Cancelling the context does what Close does.
func TestStream_ContextCancelEnds(t *testing.T) {
	dir := writeGenerated(t, 300)
	ctx, cancel := context.WithCancel(context.Background())
	s, err := Open(ctx, []string{dir}, Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	done := make(chan struct{})
	go func() {
		for !s.Next().Done {
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the stream did not end after its context was cancelled")
	}
	s.Close()
}

// A folder with nothing readable gives its warnings and ends; Load turns
// that into NothingLoadedError.
func TestStream_NothingReadable(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", nil)
	write(t, dir, "b.txt", []byte(" \n"))
	s, err := Open(context.Background(), []string{dir}, Options{NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts, warns, _ := drain(t, s)
	if len(arts) != 0 || len(warns) != 2 {
		t.Errorf("%d articles, %d warnings; want 0 and 2", len(arts), len(warns))
	}
}
