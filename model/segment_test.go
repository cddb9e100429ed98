package model

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/brief-reader/brief/internal/genbriefing"
)

// sentenceTexts returns the sentences of p as strings, checking on the way
// that every span is in order, trimmed and inside p.
func sentenceTexts(t *testing.T, p string) []string {
	t.Helper()
	var out []string
	last := 0
	for _, s := range Sentences(p) {
		if s.Start < last || s.End > len(p) || s.Start >= s.End {
			t.Fatalf("bad span %+v after %d in %q", s, last, p)
		}
		txt := p[s.Start:s.End]
		if strings.TrimSpace(txt) != txt {
			t.Fatalf("span %+v not trimmed: %q", s, txt)
		}
		out = append(out, txt)
		last = s.End
	}
	return out
}

func checkSentences(t *testing.T, tests []struct {
	in   string
	want []string
}) {
	t.Helper()
	for _, tc := range tests {
		got := sentenceTexts(t, tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestSentences_Abbreviations(t *testing.T) {
	checkSentences(t, []struct {
		in   string
		want []string
	}{
		{"The U.S. military said it struck. Officials confirmed it.",
			[]string{"The U.S. military said it struck.", "Officials confirmed it."}},
		{"Dr. Smith met Mr. Jones at Acme Inc. on Friday. They talked.",
			[]string{"Dr. Smith met Mr. Jones at Acme Inc. on Friday.", "They talked."}},
		{"Gen. Brown arrived on Jan. 5 with Lt. Col. Smith. He left.",
			[]string{"Gen. Brown arrived on Jan. 5 with Lt. Col. Smith.", "He left."}},
		{"He cited e.g. trade, i.e. tariffs. Then he left.",
			[]string{"He cited e.g. trade, i.e. tariffs.", "Then he left."}},
		{"It happened in the U.S. The next day, more came.",
			[]string{"It happened in the U.S.", "The next day, more came."}},
		{"See Fig. 3 for details, etc. and more. Done.",
			[]string{"See Fig. 3 for details, etc. and more.", "Done."}},
		{"They met at 3 p.m. Tuesday. It rained.",
			[]string{"They met at 3 p.m. Tuesday.", "It rained."}},
	})
}

func TestSentences_Initials(t *testing.T) {
	checkSentences(t, []struct {
		in   string
		want []string
	}{
		{"J. R. R. Tolkien wrote it. He was British.",
			[]string{"J. R. R. Tolkien wrote it.", "He was British."}},
		{"A. Smith and B. Jones met. They agreed.",
			[]string{"A. Smith and B. Jones met.", "They agreed."}},
	})
}

func TestSentences_NumbersAndDecimals(t *testing.T) {
	checkSentences(t, []struct {
		in   string
		want []string
	}{
		{"Growth was 3.5% in 2023, up from 2.1%. Prices fell.",
			[]string{"Growth was 3.5% in 2023, up from 2.1%.", "Prices fell."}},
		{"The war started in 2003. It ended in 2011.",
			[]string{"The war started in 2003.", "It ended in 2011."}},
		{"Revenue was $3.5 billion. Profit rose 12.5%. Shares fell.",
			[]string{"Revenue was $3.5 billion.", "Profit rose 12.5%.", "Shares fell."}},
		{"1. First point is this. Second point.",
			[]string{"1. First point is this.", "Second point."}},
	})
}

func TestSentences_Quotes(t *testing.T) {
	checkSentences(t, []struct {
		in   string
		want []string
	}{
		{`"We will respond," he said. "It is over." The crowd left.`,
			[]string{`"We will respond," he said.`, `"It is over."`, "The crowd left."}},
		{"She asked, “Is it over?” Nobody answered.",
			[]string{"She asked, “Is it over?”", "Nobody answered."}},
		{"“Why now?” he asked. Nobody knew.",
			[]string{"“Why now?” he asked.", "Nobody knew."}},
		{"He said it was 'not complete.' The war went on.",
			[]string{"He said it was 'not complete.'", "The war went on."}},
	})
}

func TestSentences_Ellipses(t *testing.T) {
	checkSentences(t, []struct {
		in   string
		want []string
	}{
		{"Wait... what happened? Nobody knows.",
			[]string{"Wait... what happened?", "Nobody knows."}},
	})
}

func TestSentences_KeepsTextAsIs(t *testing.T) {
	checkSentences(t, []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"no full stop at all", []string{"no full stop at all"}},
		{"  Padded.  Text here  ", []string{"Padded.", "Text here"}},
		{"It is curreently unknown. the strikes went on in Iraq,according to them.",
			[]string{"It is curreently unknown.", "the strikes went on in Iraq,according to them."}},
		{"Ends in a quote “", []string{"Ends in a quote “"}},
	})
}

// TestSentences_CoversEveryCharacter pins the contract extraction relies on:
// no non-space character of a paragraph falls outside every sentence.
func TestSentences_CoversEveryCharacter(t *testing.T) {
	inputs := []string{
		"Hi. “Ok.” … . . . ?! U.S. 3.5. e.g. x",
		strings.Repeat("a. ", 1000),
		"。Chinese。full stops？ and ！ marks",
		"\xff\xfe broken. UTF-8 \xc3.",
	}
	for _, p := range inputs {
		covered := make([]bool, len(p))
		for _, s := range Sentences(p) {
			for i := s.Start; i < s.End; i++ {
				covered[i] = true
			}
		}
		for i := 0; i < len(p); i++ {
			if !covered[i] && !strings.ContainsRune(" \t\n", rune(p[i])) {
				t.Errorf("byte %d (%q) of %q not covered", i, p[i], p)
				break
			}
		}
	}
}

// TestSentences_BigInput checks that huge paragraphs without a full stop, or
// made of one giant word, are split without trouble; their cost is measured
// by BenchmarkSentences.
func TestSentences_BigInput(t *testing.T) {
	for _, p := range []string{
		strings.Repeat("word and more words ", 50000),
		strings.Repeat("x", 1<<20),
		strings.Repeat("a.", 1<<18),
	} {
		got := Sentences(p)
		if len(got) != 1 || got[0].Start != 0 {
			t.Errorf("len %d: got %d sentences", len(p), len(got))
		}
	}
}

// TestSentences_Concurrent runs the shared tokenizer from many goroutines;
// under -race it proves the tokenizer is only read.
func TestSentences_Concurrent(t *testing.T) {
	p := "Dr. Smith left. The U.S. said so. “Is it?” he asked."
	want := sentenceTexts(t, p)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if got := Sentences(p); len(got) != len(want) {
					t.Errorf("got %d sentences, want %d", len(got), len(want))
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkSentences(b *testing.B) {
	cases := map[string]string{
		"paragraph":    strings.Repeat("The U.S. military said on Friday it struck 3.5 targets. “We will respond,” he said. ", 10),
		"1MB_no_stop":  strings.Repeat("word and more words ", 1<<20/20),
		"1MB_one_word": strings.Repeat("x", 1<<20),
		"1MB_short":    strings.Repeat("Hi. ", 1<<18),
	}
	for name, p := range cases {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(p)))
			b.ReportAllocs()
			for b.Loop() {
				Sentences(p)
			}
		})
	}
}

// punktBreaks annotates only windows around the words that can end a
// sentence; it must agree with punkt run over the whole paragraph, which
// is what the windows stand in for. The texts gather punkt's corner cases
// (abbreviations, initials, list numbers, spaced ellipses, quotes, CJK
// stops, line breaks) and generated news copy.
func TestPunktBreaks_SameAsWholeParagraph(t *testing.T) {
	tok, err := punkt()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The U.S. military said it struck. Officials confirmed it.",
		"Dr. Smith met Mr. Jones at Acme Inc. on Friday. They talked.",
		"The war began in 2003. It ended in 2011. 1. First point.",
		"J. S. Bach wrote it. He was German.",
		"I never meant that.... She left the store. . . . Next one.",
		"She said, “This is great.” She left. Was it? Yes! “No.”",
		"Prices rose 3.5%. The bank, i.e. the Fed., said no. e.g. this.",
		"Line one.\nLine two.\n\nPara two. N°. 1026.253.553. That is it.",
		"中文。句子！好？ And then. More text here",
		"Ends with a multibyte quote.”",
		"a. b. c. d. e. f.",
		"1.) The first item. 2.) The second item. 3) Third.",
		"“Yes.”", "", "Gov. Smith and Sgt. Jones met No. 10. Then U.S.-backed forces left.",
		"He paid $1,200. It was 3.5%. Then 1. point. A.B.C. Corp. said. Mr. X. Y.",
		" .", ".", ". .", "?", "The end", "U.S. The", "x.\t\tY. z. Z.",
	}
	g := genbriefing.New(7)
	for range 40 {
		texts = append(texts, strings.Split(g.Next().Text, "\n\n")...)
	}
	for _, p := range texts {
		got := punktBreaks(tok, p)
		want := tok.SentencePositions(p)
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", p, got, want)
		}
	}
}

// FuzzPunktBreaks compares the native punkt with the library on arbitrary
// text: any difference is a rule transcribed wrongly.
func FuzzPunktBreaks(f *testing.F) {
	for _, s := range []string{"The U.S. said. He left.", "J. S. Bach. 1. Item. x.\ny.", "“Yes.” No! ... . . .", "N°. 1026.253.553. So"} {
		f.Add(s)
	}
	tok, err := punkt()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if got, want := punktBreaks(tok, p), tok.SentencePositions(p); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", p, got, want)
		}
	})
}
