package ui

import (
	"fmt"
	"testing"

	"github.com/brief-reader/brief/model"
)

// bigBriefing is n articles like the fixture's, for measuring that View
// costs what is visible, not what is loaded.
func bigBriefing(n int) *model.Briefing {
	base := fixture().Articles[0]
	b := &model.Briefing{}
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

func BenchmarkFilter10k(b *testing.B) {
	m := newTestModel(b, bigBriefing(10000), 160, 45, true)
	b.ResetTimer()
	for b.Loop() {
		m.list.setQuery("port 99")
	}
}

func BenchmarkRenderArticle(b *testing.B) {
	m := newTestModel(b, fixture(), 160, 45, true)
	key := m.renderKey()
	b.ResetTimer()
	for b.Loop() {
		_ = renderArticleCmd(key, m.article.blocks, m.article.cues, m.styles)()
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
