package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// wordRe finds words: dotted abbreviations ("U.S."), and letters or digits
// with inner apostrophes ("Kata'ib", "Iraq's"). Hyphens split words, so that
// "Iran-backed" yields "Iran" and the hyphen is kept as the gap. It is the
// specification: wordSpans does its work, faster, and is tested against it.
var wordRe = lazyRE(`(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*['’ʼ]?`)

// token is one word of a sentence.
type token struct {
	s          string // the word, a possessive ending removed
	start, end int    // byte offsets of s in the sentence
	gap        string // the text between the previous word and this one
	cap        bool   // starts with a capital letter
	poss       bool   // was written with a possessive ending
	glued      bool   // joined to the previous word by a hyphen
	initial    bool   // opens a sentence, a quotation or a clause after a colon
}

var possessives = []string{"'s", "’s", "ʼs", "'", "’", "ʼ"}

// tokenize splits text into words with what separates them.
func tokenize(text string) []token { return tokenizeInto(nil, text) }

// tokenizeInto is tokenize reusing dst's memory: the analysis splits every
// sentence of a briefing more than once, and a buffer per worker spares
// the collector most of that garbage.
func tokenizeInto(dst []token, text string) []token {
	toks := dst[:0]
	prev := 0
	for p, i := 0, 0; ; i++ {
		start, end := nextWordSpan(text, p)
		if start < 0 {
			break
		}
		p = end
		l := [2]int{start, end}
		w := text[l[0]:l[1]]
		t := token{start: l[0], end: l[1], gap: text[prev:l[0]]}
		for _, suf := range possessives {
			if len(w) > len(suf) && strings.HasSuffix(w, suf) {
				w = w[:len(w)-len(suf)]
				t.end -= len(suf)
				t.poss = true
				break
			}
		}
		t.s = w
		t.glued = i > 0 && (t.gap == "-" || t.gap == "‐")
		t.cap = isCapWord(w)
		t.initial = i == 0 || opensClause(t.gap, toks[i-1].s)
		prev = l[1]
		toks = append(toks, t)
	}
	return toks
}

// wordSpans finds what wordRe finds, by a scan that makes wordRe's
// leftmost-first choices: every sentence of a briefing is split into words,
// and the regexp was most of the cost of the analysis. At each character,
// two or more capitals each followed by a full stop, else a run of letters,
// marks and digits with inner apostrophes and an optional final one.
func wordSpans(text string) [][2]int {
	out := make([][2]int, 0, len(text)/5+1)
	for p := 0; ; {
		start, end := nextWordSpan(text, p)
		if start < 0 {
			return out
		}
		out = append(out, [2]int{start, end})
		p = end
	}
}

// nextWordSpan is the first word at or after byte p, or -1, -1.
func nextWordSpan(text string, p int) (start, end int) {
	for p < len(text) {
		r, n := utf8.DecodeRuneInString(text[p:])
		if !isWordRune(r) {
			p += n
			continue
		}
		// (?:\p{Lu}\.){2,}
		e, reps := p, 0
		for e < len(text) {
			c, cn := utf8.DecodeRuneInString(text[e:])
			if !unicode.IsUpper(c) || e+cn >= len(text) || text[e+cn] != '.' {
				break
			}
			e += cn + 1
			reps++
		}
		if reps >= 2 {
			return p, e
		}
		// [\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*['’ʼ]?
		e = wordRun(text, p)
		for {
			a, an := utf8.DecodeRuneInString(text[e:])
			if e >= len(text) || !isApostrophe(a) {
				break
			}
			if next := wordRun(text, e+an); next > e+an {
				e = next
				continue
			}
			e += an // the final apostrophe
			break
		}
		return p, e
	}
	return -1, -1
}

// wordRun is the end of the run of letters, marks and digits at p.
func wordRun(text string, p int) int {
	for p < len(text) {
		r, n := utf8.DecodeRuneInString(text[p:])
		if !isWordRune(r) {
			break
		}
		p += n
	}
	return p
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// opensClause reports whether the gap before a word makes it the first word
// of a sentence or quotation, where capitals say nothing about names.
func opensClause(gap, prev string) bool {
	if strings.ContainsAny(gap, ":\"“‘'") {
		return true
	}
	if strings.ContainsAny(gap, ".!?") {
		// "Dr. Smith": the full stop ends an abbreviation, not a sentence.
		return !titles[strings.ToLower(prev)]
	}
	return false
}

func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isAcronym reports whether w is written as an abbreviation: at least two
// letters, capitals all through, dots allowed ("ISIL", "U.S.", "DoD").
func isAcronym(w string) bool {
	upper, lower := 0, 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			if i == 0 {
				return false
			}
			lower++
		case r == '.':
		default:
			return false
		}
	}
	return upper >= 2 && lower <= 1 && utf8.RuneCountInString(w) <= 10
}

func spaceOnly(s string) bool {
	return strings.TrimSpace(s) == ""
}

// mergeKey is the form under which spelling variants of one name meet:
// diacritics, apostrophes, hyphens, dots and spaces removed, case folded,
// a leading "the" dropped. "Kata'ib Hezbollah", "Kataib Hezbollah" and
// "Katāib Hezbollah" share one key, as do "U.S." and "US".
func mergeKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
