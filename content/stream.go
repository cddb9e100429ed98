package content

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/brief-reader/brief/model"
)

// Batch is the next run of a Stream: the articles and warnings of the
// sources read since the previous batch, in the final order of the
// briefing (the order Load gives, with the IDs Load gives).
type Batch struct {
	// Articles continue the briefing where the previous batch ended.
	Articles []*model.Article
	// Warnings are for the same sources as Articles, in their order.
	Warnings []Warning
	// Read is how many sources (files, standard input, paths refused
	// before reading) are behind this batch and the ones before it, out
	// of Total.
	Read, Total int
	// Done is set on the last batch: every source has been read, or the
	// stream was closed.
	Done bool
}

// Stream reads articles like Load, and hands them over as they become
// ready instead of all at the end, so a reader can show the first ones
// while the rest are parsed. Files are parsed in parallel (one worker per
// CPU); a batch holds only the in-order prefix finished so far, so the
// order and IDs are those of Load whatever worker finishes first.
//
// A Stream is read by one goroutine with Next and must be closed.
type Stream struct {
	total  int
	cancel context.CancelFunc
	// finished is closed when the workers and the collector are gone and
	// the cache is written.
	finished chan struct{}
	// started counts the sources a worker began to read.
	started atomic.Int64

	mu      sync.Mutex
	pending Batch
	ended   bool          // the last sources are in pending
	taken   bool          // Next returned the last batch
	ready   chan struct{} // one signal: pending has something, or ended
	// hold keeps the first batch back while every source in it came
	// from the cache: a warm open then delivers everything at once.
	hold bool
}

// Open starts reading paths, with the same rules as Load (see Load for
// folders, refusals, decoding, IDs and the cache). The paths are expanded
// into the list of sources before it returns, so Total is known; reading
// and parsing go on in the background until every source is read or ctx
// is cancelled or Close is called. The cache of parsed articles is written
// when every source has been read, not when the stream is cut short.
func Open(ctx context.Context, paths []string, opts Options) (*Stream, error) {
	if opts.MaxSize < 0 {
		return nil, fmt.Errorf("size limit %d: must not be negative", opts.MaxSize)
	}
	if opts.MaxSize == 0 {
		opts.MaxSize = DefaultMaxSize
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if len(paths) == 0 {
		return nil, errors.New("no articles given")
	}
	sources := expand(paths)
	cache := openCache(paths, opts)
	ctx, cancel := context.WithCancel(ctx)
	s := &Stream{
		total:    len(sources),
		cancel:   cancel,
		finished: make(chan struct{}),
		ready:    make(chan struct{}, 1),
		hold:     cache != nil && len(cache.entries) > 0,
	}
	s.pending.Total = len(sources)
	go s.run(ctx, sources, opts, cache)
	return s, nil
}

// Total is the number of sources: files found, standard input, and paths
// refused before reading.
func (s *Stream) Total() int { return s.total }

// Next waits for articles or warnings not yet handed over and returns all
// there are, or the last batch (Done) once everything is read. After the
// last batch it returns an empty batch with Done set at once.
func (s *Stream) Next() Batch {
	for {
		s.mu.Lock()
		if s.taken {
			b := Batch{Read: s.pending.Read, Total: s.total, Done: true}
			s.mu.Unlock()
			return b
		}
		if s.ended || (!s.hold && (len(s.pending.Articles) > 0 || len(s.pending.Warnings) > 0)) {
			b := s.pending
			b.Done = s.ended
			s.taken = s.ended
			s.pending = Batch{Read: b.Read, Total: s.total}
			s.mu.Unlock()
			return b
		}
		s.mu.Unlock()
		<-s.ready
	}
}

// Close stops reading (the workers finish the file they are on) and waits
// until every goroutine of the stream has returned, and the cache is
// written if everything had been read. It may be called more than once
// and from any goroutine.
func (s *Stream) Close() {
	s.cancel()
	<-s.finished
}

// signal tells a waiting Next that there is something to take.
func (s *Stream) signal() {
	select {
	case s.ready <- struct{}{}:
	default:
	}
}

// run is the collector: it starts the workers, gathers their results in
// source order into batches, and writes the cache at the end.
func (s *Stream) run(ctx context.Context, sources []source, opts Options, cache *articleCache) {
	defer close(s.finished)
	results := make([]result, len(sources))
	resolved := make([]bool, len(sources))
	ids := newIDAssigner(sources)
	finished := make(chan int, 64)

	workers := max(min(runtime.GOMAXPROCS(0), len(sources)), 1)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				s.started.Add(1)
				results[i] = loadSource(sources[i], opts, cache)
				finished <- i
			}
		})
	}
	go func() {
		defer func() {
			close(jobs)
			wg.Wait()
			close(finished)
		}()
		for i := range sources {
			if sources[i].refused != nil {
				continue
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	for i := range sources {
		if sources[i].refused != nil {
			resolved[i] = true
		}
	}
	next := 0
	deliver := func() {
		var arts []*model.Article
		var warns []Warning
		parsed := false
		for next < len(sources) && resolved[next] {
			src, r := sources[next], results[next]
			if src.refused == nil && r.article != nil {
				id, ok := ids.assign(next, resolved, results)
				if !ok {
					break // the ID depends on a later file not yet read
				}
				r.article.ID = id
				arts = append(arts, r.article)
				parsed = parsed || !r.hit
			}
			if src.refused != nil {
				warns = append(warns, *src.refused)
			} else {
				warns = append(warns, r.warnings...)
			}
			next++
		}
		s.mu.Lock()
		s.pending.Articles = append(s.pending.Articles, arts...)
		s.pending.Warnings = append(s.pending.Warnings, warns...)
		s.pending.Read = next
		if parsed {
			s.hold = false
		}
		s.mu.Unlock()
		if len(arts) > 0 || len(warns) > 0 {
			s.signal()
		}
	}
	deliver() // paths refused before any reading
	for i := range finished {
		resolved[i] = true
		// Also when next is not i: next may be waiting for its ID on
		// a later source, which may be i.
		if next < len(sources) && resolved[next] {
			deliver()
		}
	}
	complete := next == len(sources)
	s.mu.Lock()
	s.ended = true
	s.mu.Unlock()
	s.signal()
	// Once every source is read the cache is written even if the stream
	// is being closed: a reader quit right after loading opens warm next
	// time.
	if complete && cache != nil {
		saveCache(cache, sources, results)
	}
}

// idAssigner gives each article, as the in-order prefix reaches it, the
// ID Load has always given: its file's ID, or for a later file with the
// same ID the first free suffix "-2", "-3"…, where every ID some loaded
// file has on its own is reserved. Which files load is known only once
// they are read, so a suffix that another, later file's own ID could
// claim waits until that file is read.
type idAssigner struct {
	sources []source
	bySelf  map[string][]int // sources by their own ID
	given   map[string]bool  // IDs given so far, own and suffixed
}

func newIDAssigner(sources []source) *idAssigner {
	a := &idAssigner{sources: sources, bySelf: map[string][]int{}, given: map[string]bool{}}
	for i, src := range sources {
		if src.refused == nil {
			a.bySelf[src.id] = append(a.bySelf[src.id], i)
		}
	}
	return a
}

// assign returns the ID of the article of source i, every source before
// it having been assigned, or false when it depends on a source not yet
// resolved.
func (a *idAssigner) assign(i int, resolved []bool, results []result) (string, bool) {
	own := a.sources[i].id
	if !a.given[own] {
		// The first loaded source of an ID keeps it: a suffix is never
		// given when a loaded source has it as its own ID.
		a.given[own] = true
		return own, true
	}
	for n := 2; ; n++ {
		id := own + "-" + strconv.Itoa(n)
		if a.given[id] {
			continue
		}
		loaded, known := a.claimed(id, resolved, results)
		if !known {
			return "", false
		}
		if loaded {
			continue
		}
		a.given[id] = true
		return id, true
	}
}

// claimed reports whether a source whose own ID is id loaded an article
// (so the ID is reserved for it), and whether that is known yet.
func (a *idAssigner) claimed(id string, resolved []bool, results []result) (loaded, known bool) {
	known = true
	for _, j := range a.bySelf[id] {
		if !resolved[j] {
			known = false
			continue
		}
		if results[j].article != nil {
			return true, true
		}
	}
	return false, known
}
