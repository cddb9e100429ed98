package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/model"
)

// newLoadingModel is a reader sized w x h that starts with the first
// `first` articles of b, of a briefing of total sources still being read.
// Arrivals are fed by the test with arrive; the model's own wait for them
// returns nothing new.
func newLoadingModel(t testing.TB, b *model.Briefing, first, total, w, h int) *Model {
	t.Helper()
	start := &model.Briefing{Articles: b.Articles[:first]}
	m := New(start, Options{Loading: &Loading{Read: first, Total: total, Next: func() Arrivals {
		return Arrivals{} // the test delivers with arrive
	}}})
	m.settle, m.arrivalEvery = 0, 0
	_, cmd := m.Update(tea.BackgroundColorMsg{Color: bg(true)})
	drain(t, m, cmd)
	resize(t, m, w, h)
	return m
}

// arrive hands the model more of the briefing, as the stream would.
func arrive(t testing.TB, m *Model, a Arrivals) {
	t.Helper()
	_, cmd := m.Update(arrivalsMsg{a: a})
	drain(t, m, cmd)
}

// The reader keeps what the person is looking at while articles arrive:
// new ones go at the bottom, and the cursor, the selection, the list's
// scroll and the article shown (and its scroll) stay put. A list that
// jumped while a folder loads would make the reader unusable for its
// first seconds.
func TestLoading_AppendsWithoutMovingCursor(t *testing.T) {
	b := variedBriefing(400)
	m := newLoadingModel(t, b, 40, 400, 160, 45)
	press(t, m, "G", "k", "k")
	press(t, m, "tab", "j", "j", "shift+tab")
	sel, cur, off := m.list.selected(), m.list.cursor, m.list.offset
	artIdx, artOff := m.article.index, m.article.vp.YOffset()
	if off == 0 {
		t.Fatal("test setup: the list is not scrolled")
	}
	before := plainScreen(m)
	arrive(t, m, Arrivals{Articles: b.Articles[40:300], Read: 300, Total: 400})
	if m.list.selected() != sel || m.list.cursor != cur || m.list.offset != off {
		t.Errorf("list moved: selected %d cursor %d offset %d, was %d %d %d",
			m.list.selected(), m.list.cursor, m.list.offset, sel, cur, off)
	}
	if m.article.index != artIdx || m.article.vp.YOffset() != artOff {
		t.Errorf("article moved: %d at %d, was %d at %d", m.article.index, m.article.vp.YOffset(), artIdx, artOff)
	}
	if len(m.list.visible) != 300 || m.list.visible[299] != 299 {
		t.Errorf("%d rows, want 300 in order", len(m.list.visible))
	}
	after := plainScreen(m)
	if !strings.Contains(after, "reading 300 / 400") || !strings.Contains(before, "reading 40 / 400") {
		t.Errorf("the list's title does not count up:\n%s\n%s", firstLine(before), firstLine(after))
	}
	// Once everything is in, the title is the plain count again and the
	// keys reach the new articles.
	arrive(t, m, Arrivals{Articles: b.Articles[300:], Read: 400, Total: 400, Done: true})
	if !strings.Contains(firstLine(plainScreen(m)), "Articles 400") {
		t.Errorf("title after loading: %s", firstLine(plainScreen(m)))
	}
	press(t, m, "G")
	if m.list.selected() != 399 || m.article.index != 399 {
		t.Errorf("G after loading selects %d, shows %d; want 399", m.list.selected(), m.article.index)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// An active filter also looks at articles that arrive after it was typed,
// on the key path for a few and in a command for many; what it showed
// already stays on top and the selection stays.
func TestLoading_FilterMatchesLateArrivals(t *testing.T) {
	b := variedBriefing(1200)
	late := &model.Article{ID: "late", Title: "Zebra crossing opens downtown",
		Sections: []model.Section{{Paragraphs: []string{"A new crossing opened."}}}}
	deep := &model.Article{ID: "deep", Title: "Council notes",
		Sections: []model.Section{{Paragraphs: []string{"The zebra herd was seen near the port."}}}}
	m := newLoadingModel(t, b, 50, 1300, 160, 45)
	press(t, m, "/", "h", "a", "r", "b", "enter")
	shown := append([]int(nil), m.list.visible...)
	if len(shown) == 0 {
		t.Fatal("test setup: 'harb' matches nothing")
	}
	press(t, m, "j")
	sel := m.list.selected()

	// A few arrivals: filtered at once.
	arrive(t, m, Arrivals{Articles: b.Articles[50:60], Read: 60, Total: 1300})
	if got := m.list.visible[:len(shown)]; fmt.Sprint(got) != fmt.Sprint(shown) {
		t.Fatalf("rows shown before the arrivals changed: %v, was %v", got, shown)
	}
	want := filterAll(b.Articles[:60], "harb")
	if len(m.list.visible) != len(want) {
		t.Errorf("%d rows after 10 arrivals, a fresh filter gives %d", len(m.list.visible), len(want))
	}
	if m.list.selected() != sel {
		t.Errorf("selection moved from %d to %d", sel, m.list.selected())
	}

	// Many arrivals: filtered in a command, appended when it returns.
	arrive(t, m, Arrivals{Articles: b.Articles[60:1200], Read: 1200, Total: 1300})
	want = filterAll(b.Articles[:1200], "harb")
	if len(m.list.visible) != len(want) || m.list.pending() {
		t.Errorf("%d rows after 1,140 arrivals (pending %v), a fresh filter gives %d", len(m.list.visible), m.list.pending(), len(want))
	}

	// A new query, and an article matching it only in its text arrives.
	press(t, m, "esc", "/", "z", "e", "b", "r", "a")
	if len(m.list.visible) != 0 {
		t.Fatalf("test setup: 'zebra' matches %d articles", len(m.list.visible))
	}
	arrive(t, m, Arrivals{Articles: []*model.Article{late, deep}, Read: 1202, Total: 1300})
	if len(m.list.visible) != 2 || m.list.visible[0] != 1200 || m.list.visible[1] != 1201 {
		t.Fatalf("zebra rows %v, want [1200 1201]", m.list.visible)
	}
	if !strings.Contains(plainScreen(m), "Zebra crossing") {
		t.Error("the late match is not on the screen")
	}
	// Backspacing to a prefix made before the arrivals finds them too.
	press(t, m, "backspace", "backspace")
	want = filterAll(m.b.Articles, "zeb")
	if len(m.list.visible) != len(want) {
		t.Errorf("'zeb' after backspace: %d rows, a fresh filter gives %d", len(m.list.visible), len(want))
	}
}

// filterAll is the filter's result for q over arts, made in one go.
func filterAll(arts []*model.Article, q string) []int {
	titles := make([]string, len(arts))
	for i, a := range arts {
		titles[i] = titleOf(a)
	}
	return filterJob{query: q, arts: arts, titles: titles}.run().visible
}

// The cross-article analysis is of the whole briefing: it does not start
// while articles are still arriving (it would run twice, or be wrong), the
// overview says it is waiting, and it starts when the last one is in.
func TestLoading_AnalysisWaitsForTheEnd(t *testing.T) {
	b := fixture()
	m := newLoadingModel(t, b, 1, 3, 160, 45)
	if m.analysing || m.analysed {
		t.Fatal("the analysis started with one article of three")
	}
	press(t, m, "o")
	if m.analysing || !strings.Contains(plainScreen(m), "Waiting for every article to be read (1 / 3)") {
		t.Fatalf("overview while loading:\n%s", plainScreen(m))
	}
	arrive(t, m, Arrivals{Articles: b.Articles[1:2], Read: 2, Total: 3})
	if m.analysing || m.analysed {
		t.Fatal("the analysis started with two articles of three")
	}
	arrive(t, m, Arrivals{Articles: b.Articles[2:], Read: 3, Total: 3, Done: true})
	if !m.analysed {
		t.Fatal("the analysis did not run once loading was done")
	}
	if strings.Contains(plainScreen(m), "Waiting") {
		t.Error("the overview still waits after loading")
	}
}

// Files skipped while loading add up in the status line and the w list.
func TestLoading_WarningsAccumulate(t *testing.T) {
	b := fixture()
	m := newLoadingModel(t, b, 1, 5, 160, 45)
	if strings.Contains(plainScreen(m), "skipped") {
		t.Fatal("a status line before any file was skipped")
	}
	arrive(t, m, Arrivals{Warnings: []string{"a.png: binary file (image/png)"}, Read: 2, Total: 5})
	arrive(t, m, Arrivals{Articles: b.Articles[1:], Warnings: []string{"b.txt: empty file\x1b[31m"}, Read: 5, Total: 5, Done: true})
	scr := plainScreen(m)
	if !strings.Contains(scr, "2 files skipped") {
		t.Errorf("status line:\n%s", scr)
	}
	press(t, m, "w")
	scr = plainScreen(m)
	if !strings.Contains(scr, "a.png: binary file") || !strings.Contains(scr, "b.txt: empty file") || strings.Contains(m.Render(), "\x1b[31m") {
		t.Errorf("warnings list:\n%s", scr)
	}
}

// The list's title shows the progress on one line at every size, in the
// longest form that fits.
func TestLoading_ProgressFitsEveryWidth(t *testing.T) {
	b := variedBriefing(20)
	for _, sz := range [][2]int{{160, 45}, {70, 20}, {30, 8}, {40, 12}} {
		m := newLoadingModel(t, b, 20, 12345, sz[0], sz[1])
		lines := strings.Split(m.Render(), "\n")
		if len(lines) != sz[1] {
			t.Errorf("%dx%d: %d lines", sz[0], sz[1], len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w != sz[0] {
				t.Errorf("%dx%d: line %d is %d cells", sz[0], sz[1], i, w)
			}
		}
		top := ""
		for _, l := range lines {
			if l := ansi.Strip(l); strings.HasPrefix(l, "╭") {
				top = l // the list's top edge, below the tabs when narrow
				break
			}
		}
		t.Logf("%dx%d: %s", sz[0], sz[1], top)
		if sz[0] >= 30 && !strings.Contains(top, "20") {
			t.Errorf("%dx%d: no progress in %q", sz[0], sz[1], top)
		}
		if strings.Contains(top, "…") {
			t.Errorf("%dx%d: progress cut: %q", sz[0], sz[1], top)
		}
	}
}

// BenchmarkArrivals is the Update for one batch of 500 arriving articles
// (what 80 ms of parsing yields on two cores), without and with a filter
// typed: the event loop's cost per batch, between key presses.
func BenchmarkArrivals(b *testing.B) {
	br := variedBriefing(501)
	for _, q := range []string{"", "harb"} {
		b.Run("filter="+q, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				m := newLoadingModel(b, br, 1, 1000, 160, 45)
				if q != "" {
					press(b, m, append(append([]string{"/"}, strings.Split(q, "")...), "enter")...)
				}
				b.StartTimer()
				_, cmd := m.Update(arrivalsMsg{a: Arrivals{Articles: br.Articles[1:], Read: 501, Total: 1000}})
				_ = cmd // the next wait and any filtering run off the event loop
			}
		})
	}
}
