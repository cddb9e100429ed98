package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/brief-reader/brief/model"
)

// ref points at a sentence of an article of the fixture, failing loudly if
// the sentence is not where the test says.
func ref(a *model.Article, sec, para int, sentence string) model.Ref {
	text := a.Text(model.Loc{Section: sec, Paragraph: para})
	i := strings.Index(text, sentence)
	if i < 0 {
		panic("fixture sentence not found: " + sentence)
	}
	return model.Ref{Article: a.ID, At: model.Loc{Section: sec, Paragraph: para, Start: i, End: i + len(sentence)}, Text: sentence}
}

// markOf is the byte range of phrase within a ref's sentence.
func markOf(r model.Ref, phrase string) *model.Span {
	i := strings.Index(r.Text, phrase)
	return &model.Span{Start: i, End: i + len(phrase)}
}

// analysedFixture is the fixture with a fourth, corroborating article, an
// undated one, and the cross-article analysis filled in by hand, so the
// overview's snapshots do not change when the analysis improves: entities
// with variants, a group with a conflict and one without, single-source
// claims (named and anonymous) and a timeline at every precision with an
// unresolved entry and one deep in a long article.
func analysedFixture() *model.Briefing {
	str := func(s string) *string { return &s }
	b := fixture()
	strike, long := b.Articles[0], b.Articles[2]

	talks := &model.Article{
		ID: "port-talks", Title: "Port talks resume as the strike reaches a ninth day", TitleSource: model.TitleFromText,
		Date: str("2024-03-06"),
		Sections: []model.Section{{Paragraphs: []string{
			"Dock workers at the main port were on strike for a ninth day on Wednesday. The union said its members would go back once the pay offer was improved.",
			"The dispute began in 2023. Talks first broke down in February. Last week, the port authority warned of fuel shortages.",
		}}},
	}
	d1 := "Dock workers at the main port were on strike for a ninth day on Wednesday."
	d2 := "The union said its members would go back once the pay offer was improved."
	talks.Claims = []model.Claim{
		{Text: d1, At: ref(talks, 0, 0, d1).At},
		{Text: d2, Attribution: str("The union"), At: ref(talks, 0, 0, d2).At},
	}

	backlog := &model.Article{
		ID: "backlog", Title: "Shipping backlog grows", TitleSource: model.TitleDerived,
		Sections: []model.Section{{Paragraphs: []string{"Last week, dozens of ships waited offshore, a shipping agent said."}}},
	}
	firePara := "The fire was first reported on 12 November 2023, the fire service said."
	long.Sections[0].Paragraphs = append(long.Sections[0].Paragraphs, firePara)
	b.Articles = append(b.Articles, talks, backlog)

	s2 := ref(strike, 1, 0, "The union said its members would not return until the pay offer was improved.")
	s3 := ref(strike, 0, 0, "Dock workers at the city's main port stayed off the job for an eighth day on Tuesday.")
	t1, t2 := ref(talks, 0, 0, d1), ref(talks, 0, 0, d2)
	b.Entities = []model.Entity{
		{Name: "The union", Kind: model.KindOrganisation, Forms: []string{"The union", "the union's"}, Mentions: 3,
			Articles: []string{strike.ID, talks.ID}, Sentences: []model.Ref{s2, ref(strike, 1, 0, "Officials familiar with the talks said a deal was close, but they could not be named."), t2},
			Claims: []model.Ref{s2, t2}, SourceOf: 2},
		{Name: "Dock workers", Kind: model.KindGroup, Forms: []string{"Dock workers"}, Mentions: 2,
			Articles: []string{strike.ID, talks.ID}, Sentences: []model.Ref{s3, t1}, Claims: []model.Ref{s3, t1}},
		{Name: "Port authority", Kind: model.KindOrganisation, Forms: []string{"port authority"}, Mentions: 1,
			Articles: []string{talks.ID}, Sentences: []model.Ref{ref(talks, 0, 1, "Last week, the port authority warned of fuel shortages.")}},
	}
	b.Corroborations = []model.Corroboration{
		{Articles: 2, Claims: []model.Ref{s3, t1}, Shared: []string{"Dock workers", "strike", "main port"},
			Conflict: true, Note: "day of the strike: eighth vs ninth"},
		{Articles: 2, Claims: []model.Ref{s2, t2}, Shared: []string{"The union", "pay offer"}},
		{Articles: 1, SingleSource: true, Source: "Shipping lines", Claims: []model.Ref{ref(strike, 0, 0, "Shipping lines said dozens of vessels were waiting offshore.")}, Shared: []string{}},
		{Articles: 1, SingleSource: true, Anonymous: true, Note: `the article marks it unconfirmed ("reportedly")`,
			Claims: []model.Ref{ref(strike, 2, 0, "Local businesses reportedly lost millions.")}, Shared: []string{}},
	}
	began := ref(talks, 0, 1, "The dispute began in 2023.")
	fire := ref(long, 0, 41, firePara)
	feb := ref(talks, 0, 1, "Talks first broke down in February.")
	week := ref(talks, 0, 1, "Last week, the port authority warned of fuel shortages.")
	ships := ref(backlog, 0, 0, "Last week, dozens of ships waited offshore, a shipping agent said.")
	title := func(a *model.Article) model.Ref { return model.Ref{Article: a.ID, Text: a.Title} }
	b.Timeline = []model.Event{
		{Date: "2023", Precision: model.PrecisionYear, Resolved: true, Kind: model.EventMentioned, Phrase: "in 2023", Ref: began, Mark: markOf(began, "in 2023")},
		{Date: "2023-11-12", Precision: model.PrecisionDay, Resolved: true, Kind: model.EventMentioned, Phrase: "12 November 2023", Ref: fire, Mark: markOf(fire, "12 November 2023")},
		{Date: "2023-11-30", Precision: model.PrecisionDay, Resolved: true, Kind: model.EventPublished, Phrase: "2023-11-30", Ref: title(long)},
		{Date: "2024-02", Precision: model.PrecisionMonth, Resolved: true, Kind: model.EventMentioned, Phrase: "in February", Ref: feb, Mark: markOf(feb, "in February")},
		{Date: "2024-W09", Precision: model.PrecisionWeek, Resolved: true, Kind: model.EventMentioned, Phrase: "Last week", Ref: week, Mark: markOf(week, "Last week")},
		{Date: "2024-03-05", Precision: model.PrecisionDay, Resolved: true, Kind: model.EventPublished, Phrase: "2024-03-05", Ref: title(strike)},
		{Date: "2024-03-05", Precision: model.PrecisionDay, Resolved: true, Kind: model.EventMentioned, Phrase: "on Tuesday", Ref: s3, Mark: markOf(s3, "on Tuesday")},
		{Date: "2024-03-06", Precision: model.PrecisionDay, Resolved: true, Kind: model.EventMentioned, Phrase: "on Wednesday", Ref: t1, Mark: markOf(t1, "on Wednesday")},
		{Precision: model.PrecisionWeek, Kind: model.EventMentioned, Phrase: "Last week", Ref: ships, Mark: markOf(ships, "Last week")},
	}
	return b
}

// openOverview is a reader of the analysed fixture showing the overview.
func openOverview(t testing.TB, w, h int, dark bool) *Model {
	t.Helper()
	m := newTestModel(t, analysedFixture(), w, h, dark)
	press(t, m, "o")
	if m.screen != screenOverview {
		t.Fatalf("o did not open the overview (screen %d)", m.screen)
	}
	return m
}

// TestOverviewScreen snapshots the overview's three tabs at two sizes, with
// an entity's sentences folded out, a conflict, single-source claims and a
// timeline at every precision in the picture.
// Regenerate with: go test ./ui -update, then read every changed file.
func TestOverviewScreen(t *testing.T) {
	cases := []struct {
		w, h int
		dark bool
	}{{160, 45, true}, {80, 24, true}, {160, 45, false}}
	for _, c := range cases {
		theme := "light"
		if c.dark {
			theme = "dark"
		}
		for _, tab := range []struct{ name, keys string }{{"entities", "1 enter j"}, {"corroborated", "2"}, {"timeline", "3"}} {
			if !c.dark && tab.name != "corroborated" {
				continue
			}
			t.Run(fmt.Sprintf("%dx%d_%s_%s", c.w, c.h, theme, tab.name), func(t *testing.T) {
				m := openOverview(t, c.w, c.h, c.dark)
				press(t, m, strings.Fields(tab.keys)...)
				golden.RequireEqual(t, []byte(snapshot(m)))
			})
		}
	}
}

// o opens the overview from the list and esc returns to the reader as it
// was: the overview is a look across the briefing, not a new place.
func TestOverview_OpensAndEscReturns(t *testing.T) {
	m := newTestModel(t, analysedFixture(), 160, 45, true)
	press(t, m, "j")
	press(t, m, "o")
	scr := plainScreen(m)
	for _, want := range []string{"Overview", "Entities 3", "Corroborated 2", "Timeline 9", "The union"} {
		if !strings.Contains(scr, want) {
			t.Errorf("overview lacks %q:\n%s", want, scr)
		}
	}
	if !strings.Contains(scr, "o overview") && !strings.Contains(scr, "esc reader") {
		t.Errorf("footer does not say how to leave:\n%s", scr)
	}
	press(t, m, "esc")
	if m.screen != screenMain || m.list.selected() != 1 || m.focus != focusList {
		t.Fatalf("esc: screen %d selected %d focus %d", m.screen, m.list.selected(), m.focus)
	}
	// The help lists the overview's key.
	press(t, m, "?")
	if !strings.Contains(plainScreen(m), "overview") {
		t.Fatal("help does not mention the overview")
	}
}

// Tabs switch with tab/shift+tab, the arrows and 1/2/3, and wrap around.
func TestOverview_TabsSwitch(t *testing.T) {
	m := openOverview(t, 160, 45, true)
	steps := []struct {
		key  string
		want ovTab
	}{
		{"tab", tabCorroborated}, {"tab", tabTimeline}, {"tab", tabEntities},
		{"shift+tab", tabTimeline}, {"right", tabEntities}, {"left", tabTimeline},
		{"1", tabEntities}, {"3", tabTimeline}, {"2", tabCorroborated},
	}
	for _, s := range steps {
		press(t, m, s.key)
		if m.overview.tab != s.want {
			t.Fatalf("after %s: tab %d, want %d", s.key, m.overview.tab, s.want)
		}
	}
	if !strings.Contains(plainScreen(m), "⚠ conflict") || !strings.Contains(plainScreen(m), "day of the strike: eighth vs ninth") {
		t.Fatalf("conflict not flagged with its note:\n%s", plainScreen(m))
	}
	if !strings.Contains(plainScreen(m), "anonymous source") || !strings.Contains(plainScreen(m), "single source · Shipping lines") {
		t.Fatalf("single-source claims not marked:\n%s", plainScreen(m))
	}
}

// The timeline shows each date at the precision its text gives, never
// more: a week stays a week, a year a year; an unresolved date says so
// with its phrase.
func TestOverview_TimelineDates(t *testing.T) {
	m := openOverview(t, 160, 45, true)
	press(t, m, "3")
	scr := plainScreen(m)
	for _, want := range []string{"2023 ", "2023-11-12", "2024-02 ", "2024 wk 9", "2024-03-06", "unresolved",
		"“Last week”: relative, and the article has no date to count from", "published"} {
		if !strings.Contains(scr, want) {
			t.Errorf("timeline lacks %q:\n%s", want, scr)
		}
	}
}

// Enter on a timeline entry opens its article at the sentence: the reader
// comes back with that article selected, the article pane focused, scrolled
// so the sentence is in view and highlighted as panel evidence is. A
// sentence deep in a long article is the case that needs the scroll.
func TestOverview_EnterOpensArticleAtSentence(t *testing.T) {
	m := openOverview(t, 160, 45, true)
	press(t, m, "3", "j") // the second entry: the long article's last paragraph
	r, ok := m.overview.selectedRow()
	if !ok {
		t.Fatal("no timeline entry selected")
	}
	ev := m.b.Timeline[r.i]
	press(t, m, "enter")
	if m.screen != screenMain || m.focus != focusArticle {
		t.Fatalf("enter: screen %d focus %d, want the reader's article pane", m.screen, m.focus)
	}
	if m.list.selected() != 2 || m.article.index != 2 {
		t.Fatalf("opened article %d (list %d), want 2", m.article.index, m.list.selected())
	}
	want := m.article.blockForLoc(ev.Ref.At)
	if want < 0 || m.article.hiBlock != want {
		t.Fatalf("highlighted block %d, want %d", m.article.hiBlock, want)
	}
	if m.article.vp.YOffset() == 0 {
		t.Fatal("the article did not scroll to the sentence")
	}
	if !strings.Contains(plainScreen(m), "The fire was first reported on 12 November 2023") {
		t.Fatalf("the sentence is not on screen:\n%s", plainScreen(m))
	}
	if m.article.hiLines == nil || !strings.Contains(strings.Join(m.article.View(m.styles), "\n"), "48;2;") {
		t.Fatal("the sentence is not rendered with the highlight")
	}
	// Moving on to the panels hands the highlight to them; coming back to
	// the article does not bring the opened sentence back.
	press(t, m, "tab", "shift+tab")
	if m.article.hiBlock != -1 {
		t.Fatal("the opened sentence stays highlighted after the panels took over")
	}
}

// Enter on an entity folds its sentences out; enter on one of them opens
// it; a group's sentence opens its own article, even when the list filter
// hides that article.
func TestOverview_EntitiesExpandAndGroupsOpen(t *testing.T) {
	m := openOverview(t, 160, 45, true)
	press(t, m, "enter")
	if m.overview.expanded != 0 || !strings.Contains(plainScreen(m), "written as: The union · the union's") {
		t.Fatalf("enter did not fold out the entity:\n%s", plainScreen(m))
	}
	press(t, m, "j", "j", "enter") // its second sentence: the officials
	if m.screen != screenMain || m.article.index != 0 || m.article.hiBlock != m.article.blockForLoc(model.Loc{Section: 1, Paragraph: 0}) {
		t.Fatalf("entity sentence: screen %d article %d block %d", m.screen, m.article.index, m.article.hiBlock)
	}
	press(t, m, "esc", "/", "l", "o", "n", "g", "enter")
	press(t, m, "o", "2", "j", "j", "enter") // the group's second article
	if m.article.index != 3 || m.list.query != "" {
		t.Fatalf("group sentence opened %d with filter %q, want 3 and no filter", m.article.index, m.list.query)
	}
	// The fold survives leaving and coming back.
	press(t, m, "o", "1")
	if m.overview.expanded != 0 {
		t.Fatal("the folded-out entity was reset")
	}
}

// A click selects a row, a second click on it opens it; clicking a tab
// switches to it; the wheel moves the selection.
func TestOverview_Mouse(t *testing.T) {
	m := openOverview(t, 160, 45, true)
	click := func(x, y int) {
		_, cmd := m.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
		drain(t, m, cmd)
	}
	_, xs, _ := m.overview.tabLayout()
	click(2+xs[tabTimeline]+1, 1)
	if m.overview.tab != tabTimeline {
		t.Fatalf("click on the Timeline tab: tab %d", m.overview.tab)
	}
	m.Update(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
	if m.overview.lists[tabTimeline].cursor != 1 {
		t.Fatalf("wheel: cursor %d, want 1", m.overview.lists[tabTimeline].cursor)
	}
	// The first row's lines start below the tab bar and the blank line.
	y := 1 + m.overview.header()
	click(5, y)
	if m.overview.lists[tabTimeline].cursor != 0 {
		t.Fatalf("click: cursor %d, want 0", m.overview.lists[tabTimeline].cursor)
	}
	click(5, y)
	if m.screen != screenMain {
		t.Fatal("a second click on the selected entry did not open it")
	}
}

// The analysis runs in a command started with the first frame, never
// before it; until it arrives the overview says so. It fills the session's
// own copy: the briefing SSH sessions share is never written. A second or
// stale result changes nothing.
func TestOverview_AnalysisArrivesAfterFirstFrame(t *testing.T) {
	shared := fixture()
	shared.Corroborations = nil // not analysed
	m := New(shared, Options{})
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
	if m.analysed {
		t.Fatal("analysed inside Update")
	}
	if !strings.Contains(plainScreen(m), "Dock workers at the city") {
		t.Fatal("the first frame waits for the analysis")
	}
	// Opening the overview before the first frame is out starts the
	// analysis there; the first frame then starts no second one.
	_, openCmd := m.Update(keyMsg("o"))
	if !strings.Contains(plainScreen(m), "Analysing the briefing…") {
		t.Fatalf("no analysing note:\n%s", plainScreen(m))
	}
	for _, k := range []string{"down", "enter", "tab"} { // harmless before the analysis
		m.Update(keyMsg(k))
	}
	got := analysesFrom(m, cmd)
	got = append(got, analysesFrom(m, openCmd)...)
	if len(got) != 1 {
		t.Fatalf("%d analysis results, want 1", len(got))
	}
	m.Update(got[0])
	if !m.analysed || strings.Contains(plainScreen(m), "Analysing") {
		t.Fatalf("the analysis did not arrive:\n%s", plainScreen(m))
	}
	if shared.Entities != nil || shared.Corroborations != nil || shared.Timeline != nil {
		t.Fatal("the shared briefing was written")
	}
	// A duplicate, and a result for another briefing, change nothing.
	before := m.overview.lists
	other := analysedFixture()
	m.Update(briefingAnalyzedMsg{from: m.b, result: other})
	m.Update(briefingAnalyzedMsg{from: other, result: other})
	if len(m.b.Timeline) == len(other.Timeline) && len(m.b.Entities) == len(other.Entities) && len(other.Entities) > 0 &&
		m.b.Entities[0].Name == other.Entities[0].Name {
		t.Fatal("a duplicate result replaced the first")
	}
	if fmt.Sprint(before) != fmt.Sprint(m.overview.lists) {
		t.Fatal("a duplicate result reset the overview")
	}
	// An analysed briefing starts no analysis.
	m = New(analysedFixture(), Options{})
	if _, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30}); hasAnalysis(cmd) {
		t.Fatal("an analysed briefing is analysed again")
	}
	m = New(&model.Briefing{Articles: fixture().Articles}, Options{Analyzed: true})
	if _, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30}); hasAnalysis(cmd) {
		t.Fatal("Options.Analyzed is not honoured")
	}
}

func hasAnalysis(c tea.Cmd) bool {
	if c == nil {
		return false
	}
	switch msg := c().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if hasAnalysis(c) {
				return true
			}
		}
	case briefingAnalyzedMsg:
		return true
	}
	return false
}

// A corroborated claim says in how many other articles it is; a claim no
// other article reports says nothing.
func TestClaims_AlsoInNArticles(t *testing.T) {
	m := newTestModel(t, analysedFixture(), 160, 45, true)
	press(t, m, "tab", "tab")
	var also []string
	for _, it := range m.panels[0].items {
		also = append(also, it.also)
	}
	// Claims: s3 (grouped), s1 (single source), s2 (grouped).
	if fmt.Sprint(also) != fmt.Sprint([]string{"also in 1 article", "", "also in 1 article"}) {
		t.Fatalf("also notes %q", also)
	}
	if !strings.Contains(plainScreen(m), "also in 1 article") {
		t.Fatalf("not on screen:\n%s", plainScreen(m))
	}
	// The note arrives with a late analysis too, on the article shown.
	shared := analysedFixture()
	an := *shared
	shared.Entities, shared.Corroborations, shared.Timeline = nil, nil, nil
	m = newTestModel(t, shared, 160, 45, true)
	m.analysed = false // set the model's own analysis aside to deliver the hand-made one
	m.Update(briefingAnalyzedMsg{from: m.b, result: &an})
	if m.panels[0].items[0].also != "also in 1 article" {
		t.Fatalf("a late analysis did not reach the open article's claims: %q", m.panels[0].items[0].also)
	}
	var buf strings.Builder
	if err := WritePlain(&buf, &an, 80); err != nil || !strings.Contains(buf.String(), "    also in 1 article\n") {
		t.Fatalf("piped output lacks the note (%v)", err)
	}
}

// Every size from 1x1 to 200x60, and 500x200, renders the overview without
// panic and within the window, on every tab and with an entity folded out.
func TestOverview_EverySizeFitsTheWindow(t *testing.T) {
	m := openOverview(t, 80, 24, true)
	press(t, m, "enter", "j", "j")
	check := func(w, h int) {
		resize(t, m, w, h)
		lines := strings.Split(m.Render(), "\n")
		if len(lines) > h {
			t.Fatalf("%dx%d: %d lines", w, h, len(lines))
		}
		for i, l := range lines {
			if lw := ansi.StringWidth(l); lw > w {
				t.Fatalf("%dx%d tab %d: line %d is %d wide: %q", w, h, m.overview.tab, i, lw, l)
			}
		}
		if w >= minWidth && h >= minHeight && len(lines) != h {
			t.Fatalf("%dx%d: %d lines, want the window filled", w, h, len(lines))
		}
	}
	for _, tab := range []string{"1", "2", "3"} {
		press(t, m, tab, "G")
		for w := 1; w <= 200; w += 7 {
			for h := 1; h <= 60; h += 3 {
				check(w, h)
				press(t, m, "k")
			}
		}
		for _, s := range [][2]int{{500, 200}, {20, 6}, {21, 7}, {39, 8}, {40, 9}} {
			check(s[0], s[1])
		}
	}
}

// The analysis command runs beside the session: it may only read the
// articles the session is showing. Under -race this catches a write.
func TestOverview_AnalysisRunsBesideTheSession(t *testing.T) {
	shared := fixture()
	shared.Corroborations = nil
	m := New(shared, Options{})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	done := make(chan tea.Msg)
	go func() { done <- analyzeCmd(m.b)() }()
	for _, k := range []string{"j", "tab", "tab", "j", "G", "o", "3"} {
		m.Update(keyMsg(k))
		_ = m.Render()
	}
	m.Update(<-done)
	if !m.analysed {
		t.Fatal("the analysis was not taken")
	}
}

// A briefing of thousands of articles is not analysed behind the reader's
// back: the analysis costs seconds of both cores and hundreds of megabytes,
// so it starts when the overview is first opened, and only once.
func TestOverview_LargeBriefingAnalysedOnOpen(t *testing.T) {
	b := variedBriefing(eagerAnalysisLimit + 1)
	m := New(b, Options{})
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
	if n := len(analysesFrom(m, cmd)); n != 0 {
		t.Fatalf("%d analyses started with the first frame of a large briefing, want 0", n)
	}
	_, cmd = m.Update(keyMsg("o"))
	if cmd == nil || !m.analysing {
		t.Fatal("opening the overview did not start the analysis")
	}
	if !strings.Contains(plainScreen(m), "Analysing the briefing…") {
		t.Fatalf("no analysing note:\n%s", plainScreen(m))
	}
	m.Update(keyMsg("esc"))
	if _, again := m.Update(keyMsg("o")); again != nil {
		t.Fatal("reopening the overview started a second analysis")
	}
}

// analysesFrom runs cmd and what it leads to through the first frame, and
// returns the analysis results it delivers without applying them.
func analysesFrom(m *Model, cmd tea.Cmd) []briefingAnalyzedMsg {
	var got []briefingAnalyzedMsg
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case briefingAnalyzedMsg:
			got = append(got, msg)
		case firstFrameShownMsg:
			// The analysis starts once the first frame is out.
			_, next := m.Update(msg)
			run(next)
		}
	}
	run(cmd)
	return got
}
