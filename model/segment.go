package model

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// extraAbbrevs are abbreviations common in English news copy that the
// pre-trained punkt model does not know; a period after them does not end a
// sentence unless the next word is a likely sentence starter.
var extraAbbrevs = []string{
	"fig", "figs", "sec", "secs", "etc", "approx", "dept", "mt", "nos", "vol",
	"vols", "al", "cf", "rev", "capt", "cmdr", "brig", "pvt", "cpl", "hon",
	"pres", "supt", "det", "insp", "govt", "univ", "assn", "apr", "mar",
	"e.g", "i.e", "e.u", "pp", "messrs", "sens", "reps", "gens",
	// council titles: "Coun. Aiden Marsh", "Ald. Rosa Vick"
	"coun", "couns", "ald",
}

// punkt is the sentence tokenizer, built once on first use. After
// construction nothing writes to it: Tokenize only reads the trained model
// (maps and compiled regexps) and allocates its tokens per call, so one
// tokenizer serves concurrent callers (SSH sessions, parallel loaders).
var punkt = sync.OnceValues(newPunkt)

//go:generate go run ../internal/punktgen

func newPunkt() (*sentences.DefaultSentenceTokenizer, error) {
	training, err := punktStorage(punktEnglish)
	if err != nil {
		return nil, err
	}
	for _, a := range extraAbbrevs {
		training.AbbrevTypes.Add(a)
	}
	tok, err := english.NewSentenceTokenizer(training)
	if err != nil {
		return nil, err
	}
	tok.Annotations = append(tok.Annotations, numberEndAnnotation{})
	return tok, nil
}

// punktStorage reads punkt parameters written as punktgen writes them (a
// line each: kind, key, tab, value) into the library's storage. The keys
// are slices of the text, which is a constant: nothing is copied.
func punktStorage(text string) (*sentences.Storage, error) {
	st := sentences.NewStorage()
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		key, val, ok := strings.Cut(line, "\t")
		if !ok || len(key) < 1 {
			return nil, fmt.Errorf("punkt parameters, line %d: no key and value", n)
		}
		v, err := strconv.Atoi(val)
		if err != nil {
			return nil, fmt.Errorf("punkt parameters, line %d: %w", n, err)
		}
		var set sentences.SetString
		switch key[0] {
		case 'a':
			set = st.AbbrevTypes
		case 'c':
			set = st.Collocations
		case 's':
			set = st.SentStarters
		case 'o':
			set = st.OrthoContext
		default:
			return nil, fmt.Errorf("punkt parameters, line %d: unknown kind %q", n, key[0])
		}
		set[key[1:]] = v
	}
	return st, nil
}

// numberEndAnnotation restores the sentence break after a number that ends a
// sentence ("The war began in 2003. It ended in 2011."). The English model
// reads any "2003." as a list number and never breaks there, which in news
// copy (years, counts, percentages) glues sentences together. A number is
// still read as a list marker when it opens the text ("1. First point").
// It also breaks after "No." that no number follows (the answer "No.",
// not the abbreviation of "number"; isNumberAbbrevWithoutNumber).
type numberEndAnnotation struct{}

// Annotate implements sentences.AnnotateTokens.
func (numberEndAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		t, next := tokens[i], tokens[i+1]
		if t.SentBreak || !(i > 0 && isNumberWithPeriod(t.Tok) || isNumberAbbrevWithoutNumber(t.Tok, next.Tok)) {
			continue
		}
		if startsUpper(next.Tok) {
			t.SentBreak = true
		}
	}
	return tokens
}

// isNumberAbbrevWithoutNumber reports whether tok is "No." or "Nos.", the
// abbreviations of "number", with no number after it: "No. 10 Downing
// Street" abbreviates, but in "A: No. Every country that tried it…" the
// word is the answer and its period ends a sentence.
func isNumberAbbrevWithoutNumber(tok, next string) bool {
	// Every word is tested: most fail on their length or last byte.
	if len(tok) < 3 || len(tok) > 8 || tok[len(tok)-1] != '.' {
		return false
	}
	tok = strings.TrimLeft(tok, "\"'“‘([«")
	if tok != "No." && tok != "Nos." && tok != "NO." && tok != "NOS." {
		return false
	}
	next = strings.TrimLeft(next, "\"'“‘([«")
	return next == "" || !(next[0] >= '0' && next[0] <= '9' || next[0] == '#')
}

// isNumberWithPeriod reports whether tok is digits (with , . % separators),
// ending in a single period: "2003.", "3.5%.", "1,200.".
func isNumberWithPeriod(tok string) bool {
	if len(tok) < 2 || tok[len(tok)-1] != '.' || tok[len(tok)-2] == '.' {
		return false
	}
	body := strings.TrimRight(tok[:len(tok)-1], "%")
	if body == "" || body[0] < '0' || body[0] > '9' {
		return false
	}
	for _, r := range body {
		if !(r >= '0' && r <= '9' || r == ',' || r == '.') {
			return false
		}
	}
	return true
}

// startsUpper reports whether s begins, after opening quotes or brackets,
// with an upper-case letter.
func startsUpper(s string) bool {
	s = strings.TrimLeft(s, "\"'“‘([«")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Sentences splits a paragraph into its sentences, as byte spans of p in
// order. Each span is trimmed of surrounding white space, and together they
// cover every non-space character of p, so p[s.Start:s.End] is each sentence
// verbatim and no text is lost.
//
// Splitting uses the punkt model of github.com/neurosnap/sentences, which
// knows abbreviations (U.S., Dr., Inc.), initials, decimals and closing
// quotes; see numberEndAnnotation for the one rule tuned here. Its cost is
// linear in len(p): see punktBreaks for how it is kept small.
func Sentences(p string) []Span {
	if strings.TrimSpace(p) == "" {
		return nil
	}
	tok, err := punkt()
	if err != nil {
		// The model is embedded in the binary, so this cannot happen in a
		// build that compiled; still, one sentence loses nothing.
		if s, ok := trimSpan(p, 0, len(p)); ok {
			return []Span{s}
		}
		return nil
	}
	var spans []Span
	last := 0
	for _, pos := range punktBreaks(tok, p) {
		if pos <= last || pos > len(p) {
			continue
		}
		if s, ok := trimSpan(p, last, pos); ok {
			spans = append(spans, s)
		}
		last = pos
	}
	if last < len(p) {
		if s, ok := trimSpan(p, last, len(p)); ok {
			spans = append(spans, s)
		}
	}
	return spans
}

// punktWord is one white-space-separated word as punkt's word tokenizer
// cuts it: the text and the byte offset just after it.
type punktWord struct {
	text string
	pos  int
}

// punktWords cuts p into words exactly as sentences.DefaultWordTokenizer
// does, quirks included (a final word ending in a multi-byte rune is not
// a token; CJK full stops end a word), but without allocating a token and
// six regexp pointers per word.
func punktWords(text string, words []punktWord) []punktWord {
	n := len(text)
	lastSpace := 0
	for i, char := range text {
		cjk := sentences.IsCjkPunct(char)
		if !unicode.IsSpace(char) && !cjk && i != n-1 {
			continue
		}
		if cjk {
			i += utf8.RuneLen(char)
		}
		cursor := i
		if i == n-1 {
			cursor = n
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		words = append(words, punktWord{word, cursor})
		lastSpace = cursor
	}
	return words
}

// punktCanBreak reports whether punkt could ever put a sentence break after
// the word: every one of its rules (and numberEndAnnotation) needs a
// sentence-ending mark in the word itself.
func punktCanBreak(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '.', '!', '?':
			return true
		case 0xE3, 0xEF: // lead bytes of 。 and ！？
			if strings.ContainsAny(w[i:], "。！？") {
				return true
			}
		}
	}
	return false
}

// punktBreaks returns the offsets of p after which punkt ends a sentence,
// then len(p), as tok.SentencePositions(p) does, with the same result; see
// punktNative for how.
func punktBreaks(tok *sentences.DefaultSentenceTokenizer, p string) []int {
	return punktNative(tok.Storage, p)
}

// trimSpan returns p[start:end] trimmed of white space as a span of p, and
// false when nothing but white space is left.
func trimSpan(p string, start, end int) (Span, bool) {
	seg := p[start:end]
	lead := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
	seg = strings.TrimSpace(seg)
	if seg == "" {
		return Span{}, false
	}
	return Span{Start: start + lead, End: start + lead + len(seg)}, true
}
