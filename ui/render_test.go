package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/model"
)

func renderPlain(t *testing.T, md string, width int) string {
	t.Helper()
	g, err := newGlamourRenderer(NewStyles(true), width)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := g.render(md)
	if err != nil {
		t.Fatal(err)
	}
	return ansi.Strip(strings.Join(lines, "\n"))
}

// Article text is untrusted: Markdown syntax, HTML and entities in it are
// shown as written, never interpreted by Glamour.
func TestEscape_MarkdownShowsAsWritten(t *testing.T) {
	for _, text := range []string{
		"> not a quote",
		"# not a heading",
		"- not a list",
		"1. not a list",
		"    four spaces are not code",
		"*not emphasis* and _not_ and **not**",
		"[not a link](http://example.com) and <http://example.com>",
		"www.example.com and http://example.com stay text",
		"`not code` and ```fence```",
		"&#27;[31m is not an escape, &amp; is not &",
		"<b>not html</b> <script>x</script>",
		"~~not struck~~ | not | a table |",
		`back\slash \* stays \\ two \&#27; \_`,
		"---",
		"===",
		// Nested quotes take Glamour minutes when they reach it as syntax.
		strings.Repeat("> ", 500) + "deep",
		strings.Repeat("* [", 300) + "x",
	} {
		got := renderPlain(t, block{kind: blockParagraph, text: text}.markdown(nil, nil), 200)
		if len(text) > 150 {
			// Long texts wrap: compare the words.
			got = strings.Join(strings.Fields(got), " ")
		}
		if strings.TrimSpace(got) != strings.TrimSpace(text) {
			t.Errorf("%q rendered as %q", text, got)
		}
	}
}

// The highlight and cue delimiters the reader inserts work whatever
// punctuation surrounds the sentence, and never show as literal asterisks.
func TestHighlight_DelimitersAlwaysApply(t *testing.T) {
	for _, tc := range []struct{ text, sentence, cue string }{
		{`He said "it is over." Then he left.`, `"it is over."`, "over"},
		{"First one.Second one.", "Second one.", "Second"},
		{"(Quoted) aside.", "(Quoted)", "Quoted"},
		{"*Stars* here.", "*Stars* here.", "Stars"},
		{"Ünïcödé sentence — with dashes…", "Ünïcödé sentence", "Ünïcödé"},
	} {
		i := strings.Index(tc.text, tc.sentence)
		c := strings.Index(tc.text, tc.cue)
		hi := markSpan{Start: i, End: i + len(tc.sentence)}
		md := block{kind: blockParagraph, text: tc.text}.markdown([]markSpan{{Start: c, End: c + len(tc.cue)}}, &hi)
		g, _ := newGlamourRenderer(NewStyles(true), 200)
		lines, err := g.render(md)
		if err != nil {
			t.Fatal(err)
		}
		out := strings.Join(lines, "\n")
		if got := ansi.Strip(out); got != tc.text {
			t.Errorf("%q: text changed to %q", tc.text, got)
		}
		if !strings.Contains(out, "48;2;") {
			t.Errorf("%q: no highlight background in %q", tc.text, out)
		}
		if !strings.Contains(out, ";4") && !strings.Contains(out, "[4") {
			t.Errorf("%q: cue not underlined in %q", tc.text, out)
		}
	}
}

// Only SGR sequences survive Glamour's output: OSC (title, clipboard,
// hyperlinks), DCS, APC, cursor movement and C0/C1 controls are dropped.
func TestKeepSGR_DropsEverythingElse(t *testing.T) {
	in := "a\x1b[1mb\x1b[m" +
		"\x1b]0;title\x07" + "\x1b]52;c;aGk=\x1b\\" + "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\" +
		"\x1bP1$r\x1b\\" + "\x1b_apc\x1b\\" + "\x1b[2J\x1b[H\x1b[?1049h" + "\u009b31m" + "\x07\x08c\n" +
		"d\x1b[38;2;1;2;3me\x1b[m"
	got := keepSGR(in)
	// The 8-bit CSI loses its introducer; "31m" is left as harmless text.
	want := "a\x1b[1mb\x1b[mlink31mc\nd\x1b[38;2;1;2;3me\x1b[m"
	if got != want {
		t.Fatalf("keepSGR:\n got %q\nwant %q", got, want)
	}
}

// What reaches Glamour is bounded, so a huge paragraph cannot make it take
// minutes or gigabytes; the cut leaves valid UTF-8 and no dangling escape.
func TestBlockMarkdown_Bounded(t *testing.T) {
	text := strings.Repeat("> é* ", 100000)
	md := blockMarkdown(text, nil, nil)
	if len(md) > maxBlockBytes+len("…") {
		t.Fatalf("markdown is %d bytes, cap %d", len(md), maxBlockBytes)
	}
	if !strings.HasSuffix(md, "…") {
		t.Fatal("a cut paragraph does not say so")
	}
	out := renderPlain(t, md, 80)
	if strings.Contains(out, "&#") {
		t.Fatal("a cut entity shows as text")
	}
}

// Marks that are out of range, overlap or split a UTF-8 sequence are
// dropped, never sliced.
func TestCleanMarks(t *testing.T) {
	text := "héllo wörld"
	got := cleanMarks(text, []markSpan{{Start: 7, End: 12}, {Start: 0, End: 2}, {Start: 2, End: 3}, {Start: 1, End: 4}, {Start: 5, End: 99}, {Start: -1, End: 2}, {Start: 3, End: 3}})
	want := []markSpan{{Start: 1, End: 4}, {Start: 7, End: 12}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

// wrapOffsets never produces a line wider than the width, even for words
// longer than it and wide characters.
func TestWrapOffsets_FitWidth(t *testing.T) {
	text := "short words then averyveryverylongwordthatcannotfit and 日本語のテキスト wide"
	for w := 1; w < 30; w++ {
		for _, sp := range wrapOffsets(text, w) {
			line := text[sp.start:sp.end]
			if ansi.StringWidth(line) > w && ansi.StringWidth(line) > 2 {
				t.Fatalf("width %d: %q is %d wide", w, line, ansi.StringWidth(line))
			}
		}
	}
}

// Piped output is readable plain text with no escape sequences and the
// three lists under their titles.
func TestWritePlain(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePlain(&buf, fixture(), 80); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsRune(out, '\x1b') {
		t.Fatal("escape sequence in piped output")
	}
	for _, want := range []string{"Port strike enters its second week", "2024-03-05", "## What the union says",
		"Claims\n", "Open questions\n", "Unverified\n", "— The union", "cue: reportedly", "undated"} {
		if !strings.Contains(out, want) {
			t.Errorf("piped output lacks %q", want)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Errorf("line wider than 80: %q", l)
		}
	}
	_ = model.Briefing{}
}

// A wrapped list item in piped output is one item: its continuation lines
// are indented under its text, not bulleted again.
func TestWritePlain_ContinuationLinesIndented(t *testing.T) {
	long := strings.Repeat("The council said the budget would be reviewed again next spring. ", 3)
	a := &model.Article{ID: "x", Title: "Budget", Sections: []model.Section{{Paragraphs: []string{long}}},
		Claims: []model.Claim{{Text: long, At: model.Loc{End: len(long)}}}}
	var buf bytes.Buffer
	if err := WritePlain(&buf, &model.Briefing{Articles: []*model.Article{a, nil}}, 60); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	bullets, cont := 0, 0
	for i, l := range lines {
		if strings.HasPrefix(l, "  - ") {
			bullets++
			for _, c := range lines[i+1:] {
				if !strings.HasPrefix(c, "    ") || strings.HasPrefix(c, "    —") {
					break
				}
				cont++
			}
		}
	}
	if bullets != 1 || cont < 2 {
		t.Fatalf("%d bullets and %d continuation lines, want 1 and several:\n%s", bullets, cont, buf.String())
	}
}
