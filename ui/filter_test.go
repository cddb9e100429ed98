package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/model"
)

// containsFold must agree with lower-casing a copy: the filter used to
// match that way, and matching in place must not change what is found.
func TestContainsFold_AgreesWithToLower(t *testing.T) {
	cases := []struct{ s, q string }{
		{"Port Strike", "port"}, {"Port Strike", "strike"}, {"PORT", "rt"}, {"abc", "abcd"},
		{"", "a"}, {"x", ""}, {"Ünïcode Straße", "straße"}, {"ÜNÏCODE", "ünï"},
		{"Kelvin \u212a", "k"}, {"\u0130stanbul", "istanbul"}, {"caf\xe9 bad utf8", "\ufffd"},
		{"aaab", "aab"}, {"ΣΊΣΥΦΟΣ", "σίσυφοσ"}, {"mixed Case Words", "case w"}, {"tab\there", "b\th"},
		{"naïve", "ï"}, {"NAÏVE", "aïv"}, {"end", "d"}, {"ends", "ds"},
	}
	for _, c := range cases {
		lq := strings.ToLower(c.q)
		want := strings.Contains(strings.ToLower(c.s), lq)
		if got := containsFold(c.s, lq); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", c.s, lq, got, want)
		}
	}
}

func FuzzContainsFold(f *testing.F) {
	for _, s := range []string{"Port Strike", "\u212a\u0130ß", "ΣΊΣΥΦΟΣ", "caf\xe9"} {
		f.Add(s, "rt s")
		f.Add(s, "k")
	}
	f.Fuzz(func(t *testing.T, s, q string) {
		lq := strings.ToLower(q)
		if got, want := containsFold(s, lq), strings.Contains(strings.ToLower(s), lq); got != want {
			t.Fatalf("containsFold(%q, %q) = %v, want %v", s, lq, got, want)
		}
	})
}

// variedBriefing is n articles whose titles and text differ, so queries
// match some by title, some by text only and some fuzzily.
func variedBriefing(n int) *model.Briefing {
	words := []string{"port", "strike", "Mayor", "council", "budget", "storm", "ÉLECTION", "harbour", "court", "rates"}
	b := &model.Briefing{}
	for i := range n {
		w1, w2, w3 := words[i%len(words)], words[(i/3)%len(words)], words[(i/7)%len(words)]
		b.Articles = append(b.Articles, &model.Article{
			ID:    fmt.Sprintf("v%04d", i),
			Title: fmt.Sprintf("%s and %s report %d", w1, w2, i),
			Sections: []model.Section{
				{Heading: "Background " + w3, Paragraphs: []string{fmt.Sprintf("The %s said on day %d that %s talks went on.", w2, i%31, w3)}},
			},
		})
	}
	return b
}

// fromScratch is the filter's answer for q over every article, the
// reference the incremental and asynchronous paths must reproduce.
func fromScratch(l *listPane, q string) []int {
	if q == "" {
		out := make([]int, len(l.arts))
		for i := range out {
			out[i] = i
		}
		return out
	}
	return filterJob{query: q, arts: l.arts, titles: l.titles}.run().visible
}

// Typing narrows from the prefix's result and backspace reuses a kept one;
// either way the rows and their order must be those of filtering the
// whole briefing for the query, or the shortcut changed what is found.
func TestFilter_IncrementalMatchesFromScratch(t *testing.T) {
	for _, n := range []int{40, 1000} { // on the key path, and in commands
		m := newTestModel(t, variedBriefing(n), 160, 45, true)
		press(t, m, "/")
		check := func(step string) {
			t.Helper()
			if want := fromScratch(&m.list, m.list.query); !slices.Equal(m.list.visible, want) {
				t.Fatalf("n=%d %s: query %q shows %v, want %v", n, step, m.list.query, head(m.list.visible), head(want))
			}
		}
		for _, typed := range []string{"port", "Mayor", "prt", "électi", "council 1", "said on day 3"} {
			for _, r := range typed {
				press(t, m, string(r))
				check("typing")
			}
			for range len([]rune(typed)) {
				press(t, m, "backspace")
				check("backspace")
			}
		}
	}
}

func head(v []int) []int { return v[:min(len(v), 12)] }

// A filtering finished after the query changed is not shown: results
// arrive in any order from commands, and the rows must always be the
// typed query's (or, until they arrive, an earlier one's, marked pending).
func TestFilter_StaleResultsDropped(t *testing.T) {
	m := newTestModel(t, variedBriefing(1000), 160, 45, true)
	press(t, m, "/")
	_, c1 := m.Update(keyMsg("p"))
	_, c2 := m.Update(keyMsg("o"))
	if c1 == nil || c2 == nil {
		t.Fatal("filtering 1,000 articles from scratch ran on the key path")
	}
	if m.list.query != "po" || !strings.Contains(plainScreen(m), "/ po") {
		t.Fatal("the typed query is not shown at once")
	}
	if !m.list.pending() || !strings.Contains(plainScreen(m), "…") {
		t.Fatal("rows from before the query are not marked pending")
	}
	msg2, msg1 := c2(), c1()
	m.Update(msg2)
	want := fromScratch(&m.list, "po")
	if !slices.Equal(m.list.visible, want) {
		t.Fatal("the latest result is not shown")
	}
	m.Update(msg1) // "p", older: kept for backspace, not shown
	if !slices.Equal(m.list.visible, want) || m.list.pending() {
		t.Fatalf("a stale result replaced the rows: %v", head(m.list.visible))
	}
	_, cmd := m.Update(keyMsg("backspace"))
	if cmd != nil {
		t.Fatal("backspace to a kept prefix filtered again")
	}
	if !slices.Equal(m.list.visible, fromScratch(&m.list, "p")) {
		t.Fatal("backspace does not show the prefix's result")
	}
	// esc while a filtering runs: its result must not bring rows back.
	_, c3 := m.Update(keyMsg("z"))
	press(t, m, "esc")
	if c3 != nil {
		m.Update(c3())
	}
	if len(m.list.visible) != 1000 || m.list.query != "" {
		t.Fatalf("a result arriving after esc filtered the list: %d rows, query %q", len(m.list.visible), m.list.query)
	}
}

// The selected article stays selected when a result arriving from a
// command still contains it, and the article pane follows the selection
// when it does not.
func TestFilter_AsyncResultKeepsSelection(t *testing.T) {
	m := newTestModel(t, variedBriefing(1000), 160, 45, true)
	press(t, m, "j", "j", "j") // article 3: "port and port report 3"
	press(t, m, "/")
	_, cmd := m.Update(keyMsg("r"))
	_, next := m.Update(cmd())
	drain(t, m, next)
	if m.list.selected() != 3 {
		t.Fatalf("selection moved to %d, want 3 (it matches)", m.list.selected())
	}
	for _, k := range []string{"o", "u", "r", "t", " ", "9", "9", "9"} {
		press(t, m, k)
	}
	if sel := m.list.selected(); sel >= 0 && m.article.index != sel {
		t.Fatalf("article pane shows %d, selection is %d", m.article.index, sel)
	}
}

// containsFold looks for a query's first ASCII letter in both cases and,
// for i and k, at the lead byte of the only non-ASCII runes that
// lower-case to ASCII letters. Any other such rune would be missed.
func TestFoldLead_CoversEveryRuneLoweringToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		lr := unicode.ToLower(r)
		if lr >= utf8.RuneSelf {
			continue
		}
		lead, ok := foldLead(byte(lr))
		if enc := string(r); !ok || enc[0] != lead {
			t.Errorf("%U lower-cases to %q, not covered by foldLead", r, lr)
		}
	}
}
