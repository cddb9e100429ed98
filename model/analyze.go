package model

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Ref points at one sentence of one article, so that a reader can open the
// article there and an export can be traced back to the text.
type Ref struct {
	// Article is the article's ID.
	Article string `json:"article"`
	// At locates the sentence within the article.
	At Loc `json:"at"`
	// Text is the sentence itself, for display without a second look-up.
	Text string `json:"text"`
}

// Analyze fills the briefing's cross-article views: the entities the
// articles name, the claims several articles corroborate (and those resting
// on one unnamed source), and a timeline of the dates they give.
//
// It reads only the articles, so it can be called again after they change;
// the result depends on nothing but the input (no map order, no clock), so
// the same briefing always exports byte-identical JSON. Call it once after
// loading, before showing or exporting the briefing.
func Analyze(b *Briefing) {
	if b == nil {
		return
	}
	units := briefingSentences(b)
	// The dates and the timeline do not depend on the entities: they are
	// found alongside, so that the cores stay busy while either is
	// gathering its results on one.
	var dates [][]dateCand
	var events []Event
	timelineDone := make(chan struct{})
	go func() {
		defer close(timelineDone)
		dates = sentenceDates(units)
		events = buildTimeline(b, units, dates)
	}()
	ents := findEntities(b, units)
	<-timelineDone
	b.Entities = ents.list
	b.Timeline = events
	b.Corroborations = corroborate(b, units, ents, events, dates)
}

// sentenceDates matches the date patterns of every sentence once, for the
// timeline and for the claims the corroboration compares: matching is the
// costly part of finding dates, and resolving does not need it again.
func sentenceDates(units []sentence) [][]dateCand {
	out := make([][]dateCand, len(units))
	workers := workerCount(len(units))
	bufs := make([][]dateWord, workers)
	parallelWorkers(len(units), workers, func(w, i int) { out[i] = dateCandidatesBuf(units[i].ref.Text, &bufs[w]) })
	return out
}

// parallel calls fn for every index below n on every core. Each call must
// write only to its own index's results, so that the outcome does not
// depend on which worker ran it, or when.
func parallel(n int, fn func(i int)) {
	parallelWorkers(n, workerCount(n), func(_, i int) { fn(i) })
}

// parallelBatch is how many indexes a worker takes at a time.
const parallelBatch = 64

// workerCount is how many workers n indexes are worth: one per core, and
// no more than there are batches.
func workerCount(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), (n+parallelBatch-1)/parallelBatch))
}

// parallelWorkers calls fn for every index below n on the given number of
// workers, telling it which worker (below workers) runs the call, so that
// each worker can have working memory of its own.
func parallelWorkers(n, workers int, fn func(w, i int)) {
	if workers <= 1 {
		for i := range n {
			fn(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				start := int(next.Add(parallelBatch)) - parallelBatch
				if start >= n {
					return
				}
				for i := start; i < min(n, start+parallelBatch); i++ {
					fn(w, i)
				}
			}
		})
	}
	wg.Wait()
}

// sentence is one sentence of one article, the unit every analysis works on.
type sentence struct {
	art int // index into Briefing.Articles
	ref Ref
}

// briefingSentences lists every heading and paragraph sentence of every
// article, in briefing order. Locations that fall outside their text (which
// a faulty segmenter could produce) are skipped rather than trusted.
func briefingSentences(b *Briefing) []sentence {
	// Splitting paragraphs into sentences is the costly part: each
	// article is split on whichever core is free, and the lists joined in
	// briefing order.
	per := make([][]sentence, len(b.Articles))
	parallel(len(b.Articles), func(ai int) {
		a := b.Articles[ai]
		if a == nil {
			return
		}
		var out []sentence
		for si, s := range a.Sections {
			if s.Heading != "" {
				out = append(out, sentence{art: ai, ref: Ref{Article: a.ID, At: Loc{Section: si, Paragraph: -1, Start: 0, End: len(s.Heading)}, Text: s.Heading}})
			}
			for pi, p := range s.Paragraphs {
				for _, sp := range Sentences(p) {
					if sp.Start < 0 || sp.End > len(p) || sp.Start >= sp.End {
						continue
					}
					out = append(out, sentence{art: ai, ref: Ref{Article: a.ID, At: Loc{Section: si, Paragraph: pi, Start: sp.Start, End: sp.End}, Text: p[sp.Start:sp.End]}})
				}
			}
		}
		per[ai] = out
	})
	n := 0
	for _, ss := range per {
		n += len(ss)
	}
	out := make([]sentence, 0, n)
	for _, ss := range per {
		out = append(out, ss...)
	}
	return out
}

// contains reports whether the location l covers the byte offset off of the
// same heading or paragraph as at.
func contains(l Loc, at Loc, off int) bool {
	return l.Section == at.Section && l.Paragraph == at.Paragraph && off >= l.Start && off < l.End
}

// CorroborationOf finds the group that holds the claim at a location of an
// article, for the reader's "also in N articles". Single-source entries are
// not groups and are not returned.
func (b *Briefing) CorroborationOf(article string, at Loc) (Corroboration, bool) {
	if b == nil {
		return Corroboration{}, false
	}
	for _, c := range b.Corroborations {
		if c.SingleSource {
			continue
		}
		for _, r := range c.Claims {
			if r.Article == article && r.At == at {
				return c, true
			}
		}
	}
	return Corroboration{}, false
}
