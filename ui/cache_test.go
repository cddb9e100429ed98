package ui

import (
	"sync"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/model"
)

// TestRenderCache_SecondSessionRendersNothing pins the point of the shared
// cache: a session opening an article another session already rendered at
// the same size and theme shows Glamour's rendering at once, with no render
// command of its own.
func TestRenderCache_SecondSessionRendersNothing(t *testing.T) {
	cache := NewRenderCache(1 << 20)
	b := fixture()
	first := New(b, Options{RenderCache: cache})
	_, cmd := first.Update(tea.BackgroundColorMsg{Color: bg(true)})
	drain(t, first, cmd)
	resize(t, first, 160, 45)
	if !first.article.glamoured || cache.Len() == 0 {
		t.Fatalf("first session: glamoured %v, cache holds %d", first.article.glamoured, cache.Len())
	}

	second := New(b, Options{RenderCache: cache})
	second.Update(tea.BackgroundColorMsg{Color: bg(true)})
	second.Update(tea.WindowSizeMsg{Width: 160, Height: 45}) // its commands are not run
	if !second.article.glamoured {
		t.Fatal("second session shows the plain fallback although the article is in the shared cache")
	}
	if got, want := plainScreen(second), plainScreen(first); got != want {
		t.Errorf("second session's screen differs from the first's:\n%s\n---\n%s", got, want)
	}
}

// TestRenderCache_KeyedByWidthAndTheme checks that another width or theme
// is not served a rendering made for a different one.
func TestRenderCache_KeyedByWidthAndTheme(t *testing.T) {
	cache := NewRenderCache(1 << 20)
	b := fixture()
	m := New(b, Options{RenderCache: cache})
	_, cmd := m.Update(tea.BackgroundColorMsg{Color: bg(true)})
	drain(t, m, cmd)
	resize(t, m, 160, 45)
	for _, c := range []struct {
		w    int
		dark bool
	}{{100, true}, {160, false}} {
		o := New(b, Options{RenderCache: cache})
		o.Update(tea.BackgroundColorMsg{Color: bg(c.dark)})
		o.Update(tea.WindowSizeMsg{Width: c.w, Height: 45})
		if o.article.glamoured {
			t.Errorf("width %d dark %v: served a rendering made for another width or theme", c.w, c.dark)
		}
	}
}

// TestRenderCache_BoundedLRU checks the byte bound evicts the least
// recently used rendering and keeps the one just used.
func TestRenderCache_BoundedLRU(t *testing.T) {
	lines := [][]string{{string(make([]byte, 1000))}}
	per := linesSize(lines)
	c := NewRenderCache(2*per + per/2)
	arts := []*model.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	key := func(i int) cacheKey { return cacheKey{art: arts[i], width: 80, block: -1} }
	render := func() ([][]string, error) { return lines, nil }
	_, _ = c.do(key(0), render)
	_, _ = c.do(key(1), render)
	if _, ok := c.get(key(0)); !ok { // a is now the most recent
		t.Fatal("a evicted too early")
	}
	_, _ = c.do(key(2), render)
	if _, ok := c.get(key(1)); ok {
		t.Error("b, the least recently used, was kept past the bound")
	}
	if _, ok := c.get(key(0)); !ok {
		t.Error("a, used recently, was evicted")
	}
	if c.Bytes() > 2*per+per/2 {
		t.Errorf("cache holds %d bytes, bound %d", c.Bytes(), 2*per+per/2)
	}
}

// TestRenderCache_ConcurrentRendersOnce checks that sessions asking for the
// same rendering at once wait for one render rather than each making it.
func TestRenderCache_ConcurrentRendersOnce(t *testing.T) {
	c := NewRenderCache(1 << 20)
	k := cacheKey{art: &model.Article{}, width: 80, block: -1}
	var calls atomic.Int32
	gate := make(chan struct{})
	render := func() ([][]string, error) {
		calls.Add(1)
		<-gate
		return [][]string{{"x"}}, nil
	}
	var wg sync.WaitGroup
	results := make([][][]string, 20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _ = c.do(k, render)
		}()
	}
	for calls.Load() == 0 {
		// wait for the first render to start
	}
	close(gate)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("rendered %d times, want 1", n)
	}
	for i, r := range results {
		if len(r) != 1 || r[0][0] != "x" {
			t.Errorf("session %d got %v", i, r)
		}
	}
}

// A renderer that panics ends its call: the next caller renders again
// rather than getting the dead call's empty result.
func TestRenderCache_PanicDoesNotStick(t *testing.T) {
	c := NewRenderCache(1 << 20)
	k := cacheKey{}
	func() {
		defer func() { _ = recover() }()
		_, _ = c.do(k, func() ([][]string, error) { panic("boom") })
	}()
	lines, err := c.do(k, func() ([][]string, error) { return [][]string{{"ok"}}, nil })
	if err != nil || len(lines) != 1 {
		t.Fatalf("after a panic: %v, %v; want the new rendering", lines, err)
	}
}
