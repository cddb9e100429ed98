package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func groups(b *Briefing) []Corroboration {
	var out []Corroboration
	for _, c := range b.Corroborations {
		if !c.SingleSource {
			out = append(out, c)
		}
	}
	return out
}

// TestCorroborate_GroupsSameEventInOtherWords pins grouping by what claims
// share (names, counts, dates, key words) rather than by wording.
func TestCorroborate_GroupsSameEventInOtherWords(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"drone attack", "A drone attack killed three American soldiers at a base in Jordan on Sunday.",
			"Three US troops died on Sunday when a drone struck their outpost in Jordan, the Pentagon said."},
		{"raid near a capital", "Israeli jets bombed a weapons depot near Damascus overnight, killing four fighters.",
			"Four militants died in an Israeli air raid on an arms store outside Damascus."},
		{"named commander", "A US strike in Baghdad killed Abu Taqwa, a commander of the Nujaba movement.",
			"The Nujaba movement said its commander Abu Taqwa died in an American drone strike."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := analyzed(written("a", "2024-01-29", "Officials gave no details. "+tt.a), written("b", "2024-01-30", tt.b+" Markets were calm."))
			gs := groups(b)
			if len(gs) != 1 {
				t.Fatalf("%d groups, want 1: %+v", len(gs), b.Corroborations)
			}
			g := gs[0]
			if g.Articles != 2 || len(g.Claims) != 2 || g.Claims[0].Text != tt.a || g.Claims[1].Text != tt.b {
				t.Errorf("group %+v", g)
			}
			if g.Conflict {
				t.Errorf("unexpected conflict: %s", g.Note)
			}
			if len(g.Shared) == 0 {
				t.Error("group does not say what its claims share")
			}
		})
	}
}

// TestCorroborate_UnrelatedNotGrouped pins the failure that matters most: on
// folders of unrelated articles, common words and countries must not make
// a false group.
func TestCorroborate_UnrelatedNotGrouped(t *testing.T) {
	pairs := [][2]string{
		{"The United States imposed new sanctions on Iranian oil exports on Monday.",
			"Iran said on Monday that the United States had violated its airspace with a drone."},
		{"A US strike in Syria killed a senior Islamic State leader.",
			"A US strike in Yemen killed two Houthi commanders."},
		{"Iraq's parliament voted to expel foreign troops from the country.",
			"Iraq's football team beat Jordan in the Asian Cup."},
		{"Three soldiers were wounded in a rocket attack on a base in Iraq.",
			"Three people were wounded in a car bomb attack in a Baghdad market."},
		{"The European Union agreed a new aid package for Ukraine after talks in Brussels.",
			"Ukraine said Russian drones attacked energy sites, and the European Union condemned the attack."},
		{"China's exports rose in March as factories reopened.",
			"The United States said China had agreed to talks on exports of chips in March."},
		{"Protesters in Tehran demanded the release of two journalists.",
			"Two journalists were released in Cairo after a court ruling."},
		{"Kurdish forces said on Tuesday that they had captured a senior Islamic State commander in a raid near Hasakah, ending a months-long hunt.",
			"The Islamic State claimed an attack on a Kurdish checkpoint that killed a commander and two guards near Raqqa on Tuesday."},
		{"Iraqi officials said the government would ask the US-led coalition to leave the country within a year.",
			"The US-led coalition said its troops had killed a senior militant leader in the north of the country."},
		{"The United Nations warned that the fighting in Sudan had forced millions of people from their homes, and aid agencies said food was running out.",
			"Fighting between the army and rebels in Sudan's west killed dozens of civilians, a local doctors' group said on Sunday."},
		{"A US delegation met Iraqi leaders in Baghdad to discuss the future of American troops in the country.",
			"A US drone strike in Baghdad killed a militia leader blamed for attacks on American troops."},
	}
	for _, p := range pairs {
		b := analyzed(written("a", "2024-03-04", p[0]), written("b", "2024-03-04", p[1]))
		if gs := groups(b); len(gs) != 0 {
			t.Errorf("unrelated claims grouped (shared %q):\n  %s\n  %s", gs[0].Shared, p[0], p[1])
		}
	}
}

func TestCorroborate_ConflictingNumbers(t *testing.T) {
	b := analyzed(written("a", "2024-05-07", "Gunmen killed three police officers in Kirkuk on Tuesday."),
		written("b", "2024-05-08", "Four police officers were shot dead by gunmen in Kirkuk on Tuesday."))
	gs := groups(b)
	if len(gs) != 1 {
		t.Fatalf("%d groups: %+v", len(gs), b.Corroborations)
	}
	if !gs[0].Conflict || !strings.Contains(gs[0].Note, "three police") || !strings.Contains(gs[0].Note, "Four police") {
		t.Errorf("conflict not flagged: %+v", gs[0])
	}
}

func TestCorroborate_ConflictingDates(t *testing.T) {
	b := analyzed(written("a", "2024-05-08", "Gunmen killed three police officers in Kirkuk on Tuesday."),
		written("b", "2024-05-08", "Gunmen shot dead three police officers in Kirkuk on Monday."))
	gs := groups(b)
	if len(gs) != 1 {
		t.Fatalf("%d groups: %+v", len(gs), b.Corroborations)
	}
	if !gs[0].Conflict || !strings.Contains(gs[0].Note, "2024-05-07") || !strings.Contains(gs[0].Note, "2024-05-06") {
		t.Errorf("date conflict not flagged: %+v", gs[0])
	}
}

// TestCorroborate_OneSentencePerArticle pins that a group shows each
// article once, with its best-matching sentence.
func TestCorroborate_OneSentencePerArticle(t *testing.T) {
	a := written("a", "2024-01-29", "A drone attack killed three American soldiers at a base in Jordan on Sunday.")
	b := written("b", "2024-01-30",
		"Three US troops died on Sunday when a drone struck their base in Jordan.",
		"The drone that killed the soldiers in Jordan was launched from Iraq.")
	c := written("c", "2024-01-31", "The Pentagon named the three soldiers killed by the drone in Jordan on Sunday.")
	br := analyzed(a, b, c)
	gs := groups(br)
	if len(gs) != 1 {
		t.Fatalf("%d groups: %+v", len(gs), br.Corroborations)
	}
	g := gs[0]
	if g.Articles != 3 || len(g.Claims) != 3 {
		t.Fatalf("group has %d articles, %d claims: %+v", g.Articles, len(g.Claims), g)
	}
	if g.Claims[1].Article != "b" || !strings.HasPrefix(g.Claims[1].Text, "Three US troops") {
		t.Errorf("article b's sentence is not its best match: %q", g.Claims[1].Text)
	}
}

func TestCorroborate_SingleSource(t *testing.T) {
	a := written("a", "2024-01-29",
		"The militia plans to hand over its heavy weapons next month.",
		"Jane Doe said the ministry had no money left.",
		"The river flooded two villages.")
	attribute(t, a, "hand over", "a source close to the militia")
	attribute(t, a, "no money", "Jane Doe")
	a.Unverified = []Detail{{Text: "The river flooded two villages.", Cue: "reportedly", At: a.Claims[2].At}}
	b := analyzed(a, written("b", "2024-01-29", "Markets in Tokyo closed higher."))
	var single []Corroboration
	for _, c := range b.Corroborations {
		if c.SingleSource {
			single = append(single, c)
		}
	}
	if len(single) != 3 {
		t.Fatalf("%d single-source entries, want 3: %+v", len(single), b.Corroborations)
	}
	if !single[0].Anonymous || single[0].Source != "a source close to the militia" {
		t.Errorf("anonymous source not marked: %+v", single[0])
	}
	if single[1].Anonymous || single[1].Source != "Jane Doe" {
		t.Errorf("named source marked anonymous: %+v", single[1])
	}
	if !strings.Contains(single[2].Note, "reportedly") {
		t.Errorf("article's own cue not shown: %+v", single[2])
	}
	for _, c := range b.Corroborations {
		if strings.Contains(c.Claims[0].Text, "Tokyo") {
			t.Errorf("unattributed claim marked single-source: %+v", c)
		}
	}
}

// TestCorroborate_GroupedClaimIsNotSingleSource pins that corroboration
// lifts a claim out of the single-source list even when it is attributed
// to "a source".
func TestCorroborate_GroupedClaimIsNotSingleSource(t *testing.T) {
	a := written("a", "2024-01-29", "A drone attack killed three American soldiers at a base in Jordan on Sunday.")
	attribute(t, a, "drone", "sources")
	b := analyzed(a, written("b", "2024-01-29", "Three US troops died on Sunday when a drone struck their outpost in Jordan."))
	for _, c := range b.Corroborations {
		if c.SingleSource {
			t.Errorf("corroborated claim listed as single-source: %+v", c)
		}
	}
}

// TestCorroborate_ChainDoesNotJoin pins complete linkage: a claim that
// resembles two others does not put those two in one group when they
// report different events.
func TestCorroborate_ChainDoesNotJoin(t *testing.T) {
	a := written("a", "2024-01-29", "A drone strike killed three soldiers at a base in Jordan on Sunday.")
	b := written("b", "2024-01-29", "Three soldiers died in a drone strike in Jordan on Sunday, and militias fired rockets at a base in Erbil.")
	c := written("c", "2024-01-29", "Militias fired rockets at a base in Erbil on Sunday, but nobody was hurt.")
	br := analyzed(a, b, c)
	for _, g := range groups(br) {
		arts := ""
		for _, r := range g.Claims {
			arts += r.Article
		}
		if strings.Contains(arts, "a") && strings.Contains(arts, "c") {
			t.Errorf("a and c grouped through b: %+v", g)
		}
	}
	if len(groups(br)) == 0 {
		t.Error("no group at all: a and b report the same strike")
	}
}

// TestCorroborate_DistantDatesNotGrouped pins that claims alike in every
// word but dated months apart are different events, not a conflict.
func TestCorroborate_DistantDatesNotGrouped(t *testing.T) {
	b := analyzed(written("a", "", "Gunmen killed three police officers in Kirkuk in March 2023."),
		written("b", "", "Gunmen shot dead three police officers in Kirkuk in October 2024."))
	if gs := groups(b); len(gs) != 0 {
		t.Errorf("grouped across 19 months: %+v", gs)
	}
}

func TestCorroborationOf_FindsTheClaimsGroup(t *testing.T) {
	a := written("a", "2024-01-29", "Markets were calm. A drone attack killed three American soldiers at a base in Jordan on Sunday.")
	b := analyzed(a, written("b", "2024-01-29", "Three US troops died on Sunday when a drone struck their outpost in Jordan."))
	g, ok := b.CorroborationOf("a", a.Claims[1].At)
	if !ok || g.Articles != 2 {
		t.Fatalf("group of the drone claim not found: %+v", b.Corroborations)
	}
	if _, ok := b.CorroborationOf("a", a.Claims[0].At); ok {
		t.Error("an ungrouped claim has a group")
	}
	var nilBriefing *Briefing
	if _, ok := nilBriefing.CorroborationOf("a", Loc{}); ok {
		t.Error("nil briefing has a group")
	}
}

// forCandidatePairs prunes by anchors and prefix filtering; it must keep every pair that
// sameEvent accepts when every pair is tried, or a corroboration is lost.
// The generated articles are close in wording, so many pairs are accepted.
func TestCandidatePairs_KeepsEveryAcceptedPair(t *testing.T) {
	for _, b := range []*Briefing{loadSamples(t), {Articles: generatedArticles(150)}} {
		units := briefingSentences(b)
		ents := findEntities(b, units)
		dates := sentenceDates(units)
		events := buildTimeline(b, units, dates)
		items, _ := prepareItems(b, units, ents, events, dates)
		cands := map[[2]int]bool{}
		forCandidatePairs(items, len(b.Articles), func(a, b int) { cands[[2]int{a, b}] = true })
		accepted := 0
		for i := range items {
			for j := i + 1; j < len(items); j++ {
				if items[i].art == items[j].art {
					continue
				}
				if _, ok := sameEvent(&items[i], &items[j]); ok {
					accepted++
					if !cands[[2]int{i, j}] {
						t.Errorf("accepted pair not a candidate: %q / %q", items[i].ref.Text, items[j].ref.Text)
					}
				}
			}
		}
		if accepted == 0 {
			t.Error("no pair accepted: the test proves nothing")
		}
		t.Logf("%d items, %d candidates, %d accepted", len(items), len(cands), accepted)
	}
}

// A sentence repeated across many articles (wire copy) is one group, but
// its copies are not all paired with each other: each claim keeps its
// maxPartners best matches, so time and memory stay linear in the copies.
// Below the bound every copy is in the group.
func TestCorroborate_RepeatedSentenceIsBounded(t *testing.T) {
	for _, n := range []int{20, 3 * maxPartners} {
		b := &Briefing{}
		for i := range n {
			b.Articles = append(b.Articles, Parse(fmt.Sprintf("a%03d", i),
				"Rebels killed 12 soldiers in Kirkuk on Monday, the army said in a statement.\n\nThe talks stalled.", Meta{}))
		}
		Analyze(b)
		most := 0
		for _, c := range b.Corroborations {
			if !c.SingleSource {
				most = max(most, c.Articles)
			}
		}
		if want := min(n, maxPartners+1); most != want {
			t.Errorf("%d copies: largest group has %d articles, want %d", n, most, want)
		}
	}
}

// numbersByRegexp is what findNumbers stands in for.
func numbersByRegexp(text string) [][2]int {
	var out [][2]int
	for _, loc := range numberRe.FindAllStringIndex(text, -1) {
		out = append(out, [2]int{loc[0], loc[1]})
	}
	return out
}

// TestFindNumbers_MatchesTheRegexp pins that the hand-written scan finds
// exactly what numberRe finds, so describing claims gives the same counts.
func TestFindNumbers_MatchesTheRegexp(t *testing.T) {
	texts := []string{
		"", "1,000 troops", "1,2345", "1,234,567.", "12,345,6789 x", "1,00 and 1,000,00", "3.5x and 3.5 and 3. and 4.x",
		"Twenty-two people; THOUSANDS fled; hundreds, dozens.", "two2 twofold fifty_ fifteen", "3rd 21st 2024 covid19 19covid",
		"4000,000 and 400,000,", "Sixty ſix seven", "the Kelvin sign: ten", "é12 and 12é and twoé", "_12 12_ 1.2.3",
	}
	for _, a := range generatedArticles(40) {
		for _, c := range a.Claims {
			texts = append(texts, c.Text)
		}
	}
	for _, text := range texts {
		if got, want := findNumbers(text), numbersByRegexp(text); !slices.Equal(got, want) {
			t.Errorf("%q: found %v, the regexp %v", text, got, want)
		}
		if got, want := isNumberWord(strings.ToLower(text)), numberRe.MatchString(strings.ToLower(text)); got != want {
			t.Errorf("%q: isNumberWord %v, the regexp %v", text, got, want)
		}
	}
}

// FuzzFindNumbers checks the same on any text.
func FuzzFindNumbers(f *testing.F) {
	for _, s := range []string{"1,000 troops", "3.5x", "Twenty-two", "1,234,5678", "two2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := findNumbers(text), numbersByRegexp(text); !slices.Equal(got, want) {
			t.Fatalf("%q: found %v, the regexp %v", text, got, want)
		}
		if got, want := isNumberWord(text), numberRe.MatchString(text); got != want {
			t.Fatalf("%q: isNumberWord %v, the regexp %v", text, got, want)
		}
	})
}

// forCandidatePairs calls yield, in ascending order of (a, b) with a < b,
// for each candidate pair of claims (see pairIndex.candidates).
func forCandidatePairs(items []item, maxDF int, yield func(a, b int)) {
	x := newPairIndex(items, maxDF)
	s := x.newScratch()
	for a := range items {
		x.candidates(a, s, func(b int) { yield(a, b) })
	}
}
