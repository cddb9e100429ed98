package ui

import (
	"container/list"
	"fmt"
	"sync"

	"github.com/brief-reader/brief/model"
)

// RenderCache holds Glamour renderings shared by every session of a server:
// a hundred SSH sessions at the same size reading the same article render
// it once, not a hundred times. It is bounded by an estimate of the bytes
// it holds and evicts the least recently used renderings past it. It is
// safe for concurrent use. The server makes one and passes it to each
// session in Options; the reader keeps no package-level cache.
type RenderCache struct {
	mu       sync.Mutex
	maxBytes int64
	bytes    int64
	order    *list.List // of *cacheEntry, most recently used first
	entries  map[cacheKey]*list.Element
	inflight map[cacheKey]*renderCall
}

// cacheKey names one rendering: the article (by identity: sessions share
// the briefing's articles, and two articles may carry the same ID), the
// width, the theme and the colour profile, and for a highlighted block,
// the block and the sentence (block is -1 for the whole article).
type cacheKey struct {
	art        *model.Article
	width      int
	dark, mono bool
	block      int
	start, end int
}

type cacheEntry struct {
	key   cacheKey
	lines [][]string
	size  int64
}

// renderCall is a rendering in progress; sessions that want the same one
// wait for it instead of rendering it again.
type renderCall struct {
	done  chan struct{}
	lines [][]string
	err   error
}

// NewRenderCache returns a shared cache holding about maxBytes of rendered
// text (at least one rendering is always kept).
func NewRenderCache(maxBytes int64) *RenderCache {
	return &RenderCache{
		maxBytes: max(maxBytes, 0),
		order:    list.New(),
		entries:  map[cacheKey]*list.Element{},
		inflight: map[cacheKey]*renderCall{},
	}
}

// get returns a rendering if the cache holds it.
func (c *RenderCache) get(k cacheKey) ([][]string, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[k]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cacheEntry).lines, true
	}
	return nil, false
}

// do returns the rendering for k: from the cache, from a session already
// making it, or made by render and then kept. Errors are not kept.
func (c *RenderCache) do(k cacheKey, render func() ([][]string, error)) ([][]string, error) {
	if c == nil {
		return render()
	}
	c.mu.Lock()
	if el, ok := c.entries[k]; ok {
		c.order.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*cacheEntry).lines, nil
	}
	if call, ok := c.inflight[k]; ok {
		c.mu.Unlock()
		<-call.done
		return call.lines, call.err
	}
	call := &renderCall{done: make(chan struct{})}
	c.inflight[k] = call
	c.mu.Unlock()

	// A panic in the renderer must neither leave the others waiting nor
	// leave its call behind for every later caller: it ends the call with
	// an error, then goes on up (serve ends only that session).
	defer func() {
		if p := recover(); p != nil {
			call.lines, call.err = nil, fmt.Errorf("rendering failed: %v", p)
			c.finish(k, call)
			panic(p)
		}
	}()
	call.lines, call.err = render()
	c.finish(k, call)
	return call.lines, call.err
}

// finish ends a render call: it is no longer in flight, its result is kept
// if it has one, and its waiters are released.
func (c *RenderCache) finish(k cacheKey, call *renderCall) {
	c.mu.Lock()
	delete(c.inflight, k)
	if call.err == nil {
		c.add(k, call.lines)
	}
	c.mu.Unlock()
	close(call.done)
}

// add stores a rendering and evicts the least recently used past the
// bound. The caller holds mu.
func (c *RenderCache) add(k cacheKey, lines [][]string) {
	if _, ok := c.entries[k]; ok {
		return
	}
	e := &cacheEntry{key: k, lines: lines, size: linesSize(lines)}
	c.entries[k] = c.order.PushFront(e)
	c.bytes += e.size
	for c.bytes > c.maxBytes && c.order.Len() > 1 {
		last := c.order.Back()
		old := last.Value.(*cacheEntry)
		c.order.Remove(last)
		delete(c.entries, old.key)
		c.bytes -= old.size
	}
}

// Len is the number of renderings held.
func (c *RenderCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// Bytes is the estimated size of the renderings held.
func (c *RenderCache) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}

// linesSize estimates the memory a rendering holds: its text and the
// string and slice headers.
func linesSize(lines [][]string) int64 {
	n := int64(24 * (len(lines) + 1))
	for _, ls := range lines {
		for _, l := range ls {
			n += int64(len(l)) + 16
		}
	}
	return n
}
