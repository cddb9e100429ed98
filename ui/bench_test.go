package ui

import (
	"fmt"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-reader/brief/content"
	"github.com/brief-reader/brief/model"
)

// bigBriefing is n articles like the fixture's, for measuring that View
// costs what is visible, not what is loaded.
func bigBriefing(n int) *model.Briefing {
	base := fixture().Articles[0]
	// Marked analysed (nothing found): these measure the reader, and the
	// analysis of 10,000 copies of one article is a model benchmark.
	b := &model.Briefing{Corroborations: []model.Corroboration{}}
	for i := range n {
		a := *base
		a.ID = fmt.Sprintf("a%05d", i)
		a.Title = fmt.Sprintf("Article number %d about the port strike", i)
		b.Articles = append(b.Articles, &a)
	}
	return b
}

func BenchmarkView10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	press(b, m, "G")
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkMoveList10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := "j"
		if i%2 == 1 {
			k = "k"
		}
		m.Update(keyMsg(k)) // the render command is not run: Update's own cost
	}
}

// BenchmarkFilter10k is a filtering of all 10,000 articles from scratch
// (the first key of a query), as its command runs it: titles, then text,
// then fuzzy titles.
func BenchmarkFilter10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	for _, q := range []string{"port 99", "zq"} { // many matches; none, so all text is read
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = filterJob{query: q, arts: m.list.arts, titles: m.list.titles}.run()
			}
		})
	}
}

func BenchmarkRenderArticle(b *testing.B) {
	m := newTestModel(b, fixture(), 160, 45, true)
	key := m.renderKey()
	b.ResetTimer()
	for b.Loop() {
		_ = renderArticleCmd(key, m.cacheKey(key, -1, markSpan{}), nil, m.article.blocks, m.article.cues, m.styles)()
	}
}

func BenchmarkViewSmall(b *testing.B) {
	m := newTestModel(b, fixture(), 160, 45, true)
	press(b, m, "G")
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// bigAnalysed is bigBriefing with a large analysis filled in by hand: an
// entity, a group and two timeline entries per article.
func bigAnalysed(n int) *model.Briefing {
	b := bigBriefing(n)
	for i, a := range b.Articles {
		r := model.Ref{Article: a.ID, At: a.Claims[0].At, Text: a.Claims[0].Text}
		b.Entities = append(b.Entities, model.Entity{Name: fmt.Sprintf("Entity %d", i), Kind: model.KindPlace,
			Mentions: 2, Articles: []string{a.ID}, Sentences: []model.Ref{r, r}, Claims: []model.Ref{r}})
		b.Corroborations = append(b.Corroborations, model.Corroboration{Articles: 2, Claims: []model.Ref{r, r}, Shared: []string{"port"}})
		b.Timeline = append(b.Timeline,
			model.Event{Date: "2024-03-05", Precision: model.PrecisionDay, Resolved: true, Kind: model.EventPublished, Ref: r},
			model.Event{Date: "2024-W09", Precision: model.PrecisionWeek, Resolved: true, Kind: model.EventMentioned, Ref: r})
	}
	return b
}

// BenchmarkOverviewView10k is one frame of the overview's timeline at the
// bottom of 20,000 entries: it must cost what is visible.
func BenchmarkOverviewView10k(b *testing.B) {
	m := newTestModel(b, bigAnalysed(10000), 160, 45, true)
	press(b, m, "o", "3", "G")
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkOverviewMove10k is a move to the other end of the timeline and
// back, with the scrolling it causes.
func BenchmarkOverviewMove10k(b *testing.B) {
	m := newTestModel(b, bigAnalysed(10000), 160, 45, true)
	press(b, m, "o", "3")
	b.ResetTimer()
	for b.Loop() {
		m.Update(keyMsg("G"))
		m.Update(keyMsg("g"))
	}
}

// keyFrame is one key press as the program handles it: Update, then View.
// Commands are not run: what they cost happens off the key path.
func keyFrame(m *Model, k string) {
	m.Update(keyMsg(k))
	_ = m.View()
}

// BenchmarkKeyListMove10k is moving in the list of 10,000, each move
// showing an article not rendered yet (the plain fallback).
func BenchmarkKeyListMove10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	press(b, m, "G")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		keyFrame(m, [2]string{"k", "j"}[i%2])
	}
}

// BenchmarkKeyScroll10k is scrolling the article a line at a time.
func BenchmarkKeyScroll10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	press(b, m, "tab")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		keyFrame(m, [2]string{"j", "k"}[i%2])
	}
}

// BenchmarkKeySwitchCached10k is moving between two articles whose
// Glamour renderings are cached.
func BenchmarkKeySwitchCached10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	press(b, m, "j", "k") // renders both
	if !m.article.glamoured {
		b.Fatal("not rendered")
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		keyFrame(m, [2]string{"j", "k"}[i%2])
	}
}

// BenchmarkKeyFilter10k is typing one more character of a filter and
// taking it back, over 10,000 titles and texts: the key path only (Update
// and View), as for the other keys. The filtering the new character starts
// runs in a command (BenchmarkKeyFilterDone10k); backspace shows the
// prefix's kept result.
func BenchmarkKeyFilter10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	press(b, m, "/", "p", "o", "r")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		keyFrame(m, [2]string{"t", "backspace"}[i%2])
	}
}

// BenchmarkKeyFilterDone10k is the same with the commands the keys start
// run to the end, so the off-path work of narrowing from the prefix's
// result (here every article, as every text has "port") is counted.
func BenchmarkKeyFilterDone10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	press(b, m, "/", "p", "o", "r")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, cmd := m.Update(keyMsg([2]string{"t", "backspace"}[i%2]))
		drain(b, m, cmd)
		_ = m.View()
	}
}

// BenchmarkKeyFilterType10k is typing a whole query into a fresh filter
// over 10,000 articles and clearing it, every command run: the first key
// reads everything, the next ones narrow.
func BenchmarkKeyFilterType10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range []string{"/", "s", "t", "r", "i", "k", "e", " ", "9", "esc"} {
			_, cmd := m.Update(keyMsg(k))
			drain(b, m, cmd)
			_ = m.View()
		}
	}
}

// BenchmarkFirstFrameEmbedded is the reader's part of the first frame of
// the five embedded articles: New, the first size, the first View.
func BenchmarkFirstFrameEmbedded(b *testing.B) {
	br, err := content.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		m := New(br, Options{})
		m.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
		_ = m.View()
	}
}

// BenchmarkFirstFrame10k is the same with 10,000 articles loaded.
func BenchmarkFirstFrame10k(b *testing.B) {
	br := bigBriefing(10000)
	b.ReportAllocs()
	for b.Loop() {
		m := New(br, Options{Analyzed: true})
		m.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
		_ = m.View()
	}
}

// BenchmarkRenderArticleShared is an article taken from the shared cache
// by another session's render command.
func BenchmarkRenderArticleShared(b *testing.B) {
	m := newTestModel(b, fixture(), 160, 45, true)
	key := m.renderKey()
	cache := NewRenderCache(1 << 20)
	cmd := renderArticleCmd(key, m.cacheKey(key, -1, markSpan{}), cache, m.article.blocks, m.article.cues, m.styles)
	_ = cmd()
	b.ReportAllocs()
	for b.Loop() {
		_ = cmd()
	}
}

// BenchmarkKeyRetained10k is what a session keeps from frames: after a
// warm-up, many list moves (each article rendered, its commands run, so
// every cache fills) and scrolls, with the model alive, reporting the live
// heap grown per frame. The caches are bounded, so it should be about
// zero: anything else is per-frame garbage retained.
func BenchmarkKeyRetained10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	frames := 300
	if testing.Short() {
		frames = 100
	}
	run := func() {
		for i := range frames {
			_, cmd := m.Update(keyMsg("j"))
			drain(b, m, cmd)
			_ = m.View()
			if i%10 == 0 {
				keyFrame(m, "tab") // article: scroll, then back to the list
				keyFrame(m, "j")
				keyFrame(m, "shift+tab")
			}
		}
	}
	var before, after runtime.MemStats
	for b.Loop() {
		run() // warm-up: caches fill to their bounds
		runtime.GC()
		runtime.ReadMemStats(&before)
		run()
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(frames), "retained-B/frame")
}
