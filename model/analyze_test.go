package model

import (
	"bytes"
	"encoding/json"
	"testing"
)

// written builds an article by hand: one section, the given paragraphs, and
// every sentence a claim, so the tests do not depend on the extractor.
func written(id, date string, paras ...string) *Article {
	a := &Article{ID: id, Title: id, Sections: []Section{{Paragraphs: paras}}}
	if date != "" {
		a.Date = &date
	}
	for pi, p := range paras {
		for _, sp := range Sentences(p) {
			a.Claims = append(a.Claims, Claim{Text: p[sp.Start:sp.End], At: Loc{Section: 0, Paragraph: pi, Start: sp.Start, End: sp.End}})
		}
	}
	return a
}

// attribute sets the attribution of the article's claim that contains text.
func attribute(t *testing.T, a *Article, text, source string) {
	t.Helper()
	for i := range a.Claims {
		if bytes.Contains([]byte(a.Claims[i].Text), []byte(text)) {
			a.Claims[i].Attribution = &source
			return
		}
	}
	t.Fatalf("no claim contains %q", text)
}

func analyzed(arts ...*Article) *Briefing {
	b := &Briefing{Articles: arts}
	Analyze(b)
	return b
}

func exportJSON(t *testing.T, b *Briefing) []byte {
	t.Helper()
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestAnalyze_Deterministic pins that the same briefing always exports the
// same bytes: exports are diffed and golden-tested, and map order must never
// leak into them.
func TestAnalyze_Deterministic(t *testing.T) {
	build := func() *Briefing {
		a := written("a", "2024-02-07",
			"A US drone strike in Baghdad killed three members of the Kataib Hezbollah militia on Wednesday. Officials said the commander was among the dead.",
			"The strike followed a drone attack that killed three American soldiers in Jordan last week.")
		b := written("b", "2024-02-08",
			"Kata'ib Hezbollah said a U.S. strike in Baghdad killed one of its commanders on Wednesday.",
			"The group was blamed for the attack in Jordan in which three US soldiers died.")
		c := written("c", "", "Iran denied any role. The Islamic State of Iraq and the Levant (ISIL) claimed a bombing in Kabul back in 2020.")
		attribute(t, a, "commander was among", "Officials")
		return analyzed(a, b, c)
	}
	first := exportJSON(t, build())
	for range 5 {
		if again := exportJSON(t, build()); !bytes.Equal(first, again) {
			t.Fatalf("export differs between runs:\n%s\n%s", first, again)
		}
	}
	b := build()
	Analyze(b)
	if again := exportJSON(t, b); !bytes.Equal(first, again) {
		t.Fatal("analysing twice changes the result")
	}
}

// TestAnalyze_NilAndEmpty pins that bad input never panics and that an
// empty briefing exports empty lists, not nulls.
func TestAnalyze_NilAndEmpty(t *testing.T) {
	Analyze(nil)
	b := analyzed()
	if b.Entities == nil || b.Corroborations == nil || b.Timeline == nil {
		t.Fatalf("empty briefing has nil lists: %+v", b)
	}
	odd := &Article{ID: "odd", Sections: []Section{{Heading: "", Paragraphs: []string{"", "  ", "(ISIL)", "'s", "- -", "U.S.-"}}},
		Claims: []Claim{{Text: "x", At: Loc{Section: 5, Paragraph: 9, Start: 3, End: 1}}}}
	analyzed(odd, nil)
}

// FuzzAnalyze pins that no article text makes Analyze panic or produce a
// reference outside its article.
func FuzzAnalyze(f *testing.F) {
	f.Add("On Wednesday the U.S. (US) struck Kata'ib Hezbollah's base in Iraq.", "2024-02-07")
	f.Add("The Islamic State of Iraq and the Levant (ISIL) said 3 of the 4 soldiers died last week.", "")
	f.Add("Iraq Considers Ending America-Led Coalition's Mission, 11 FEB\n\nal- -'s ( ) May 31, 2024", "2024-02-30")
	f.Fuzz(func(t *testing.T, text, date string) {
		a := Parse("a", text, Meta{Date: date})
		c := Parse("b", text+" "+text, Meta{})
		b := analyzed(a, c)
		check := func(r Ref) {
			art := a
			if r.Article == "b" {
				art = c
			}
			s := art.Text(r.At)
			if r.At.Start < 0 || r.At.End > len(s) || r.At.Start > r.At.End {
				if r.At != (Loc{}) {
					t.Fatalf("ref %+v outside its text %q", r.At, s)
				}
			}
		}
		for _, e := range b.Entities {
			for _, r := range e.Sentences {
				check(r)
			}
		}
		for _, g := range b.Corroborations {
			for _, r := range g.Claims {
				check(r)
			}
		}
		for _, ev := range b.Timeline {
			check(ev.Ref)
		}
	})
}
