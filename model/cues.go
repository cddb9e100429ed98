package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the word-level machinery the extractor reads sentences
// with: a tokenizer that keeps byte offsets (so every cue can be marked in
// the reader) and a tiny pattern language over lower-cased words. All
// identifiers carry the "cue" prefix because other files of the package
// have their own tokens.

// cueKind says what a cueTok is.
type cueKind uint8

const (
	cueWord  cueKind = iota // letters, with inner apostrophes, hyphens and abbreviation dots
	cueNum                  // starts with a digit: "2,500", "3.5", "2020s"
	cuePunct                // one punctuation rune
	cueQuote                // an opening or closing quotation mark
)

// cueTok is one token of a sentence with its byte offsets in it.
type cueTok struct {
	start, end int
	text       string
	// lower is text lower-cased with typographic apostrophes made straight,
	// so that tables spell "didn't" once.
	lower string
	kind  cueKind
	// quoted is true for tokens inside a quotation: the words of a speaker,
	// not of the article.
	quoted bool
}

// isWord reports whether t is a word or a number.
func (t cueTok) isWord() bool { return t.kind == cueWord || t.kind == cueNum }

// capitalised reports whether t starts with an upper-case letter.
func (t cueTok) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// cueAbbrevs are abbreviations whose period belongs to the word, so that
// "Apple Inc. said" keeps its subject together.
var cueAbbrevs = cueSet("inc", "corp", "co", "ltd", "jr", "sr", "dr", "mr", "mrs", "ms",
	"st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "prof", "adm", "cmdr", "brig")

// cueSet builds an immutable lookup table.
func cueSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cueIsAcronym reports a word of two or more letters, all upper case
// ("US", "U.S.", "ISIL").
func cueIsAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

func cueIsQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»', '„':
		return true
	}
	return false
}

func cueIsWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most of an English text: no table look-up
		l := r | 0x20
		return 'a' <= l && l <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// cueRuneAt decodes the rune at i, or returns (0, 0) at the end of s.
func cueRuneAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// cueRuneBefore decodes the rune ending at i, or returns 0 at the start.
func cueRuneBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// cueTokenize splits a sentence into tokens. Apostrophes and hyphens between
// letters stay inside words ("Iraq's", "Iran-backed", "didn't"), as do
// digit groups ("2,500", "3.5") and abbreviation dots ("U.S.", "Inc.").
// Quotation marks are tracked so that every token knows whether it is
// inside a quotation.
func cueTokenize(s string) []cueTok {
	return cueTokenizeInto(make([]cueTok, 0, len(s)/5+1), s)
}

// cueTokenizeInto is cueTokenize appending to toks[:0], so that a caller
// tokenizing sentence after sentence reuses one buffer.
func cueTokenizeInto(toks []cueTok, s string) []cueTok {
	toks = toks[:0]
	inDouble, inSingle := false, false
	// ASCII letters are lowered for the whole sentence at once (other bytes
	// copied), so that a token of ASCII letters takes its lower case as a
	// slice of one string instead of allocating its own.
	asciiLower := cueASCIILower(s)
	add := func(start, end int, kind cueKind) {
		text := s[start:end]
		var lower string
		if cueIsASCII(text) {
			lower = asciiLower[start:end]
		} else {
			lower = strings.ToLower(text)
			if strings.ContainsRune(lower, '’') {
				lower = strings.ReplaceAll(lower, "’", "'")
			}
		}
		if kind == cueWord && cueIsAcronym(text) {
			// "US", "IT", "WHO": a name, never the pronoun or the word.
			lower = text
		}
		toks = append(toks, cueTok{start: start, end: end, text: text, lower: lower, kind: kind, quoted: inDouble || inSingle})
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case cueIsWordRune(r):
			j := cueScanWord(s, i)
			kind := cueWord
			if unicode.IsDigit(r) {
				kind = cueNum
			}
			add(i, j, kind)
			i = j
		case cueIsQuote(r):
			prev := cueRuneBefore(s, i)
			next, _ := cueRuneAt(s, i+w)
			opening := prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev)
			switch r {
			case '“', '«', '„':
				inDouble = true
			case '”', '»':
				add(i, i+w, cueQuote)
				inDouble = false
				i += w
				continue
			case '"':
				if inDouble && !opening {
					add(i, i+w, cueQuote)
					inDouble = false
					i += w
					continue
				}
				inDouble = !inDouble
			case '‘':
				inSingle = true
			case '\'', '’':
				switch {
				case inSingle && !cueIsWordRune(next):
					add(i, i+w, cueQuote)
					inSingle = false
					i += w
					continue
				case opening && cueIsWordRune(next):
					inSingle = true
				default:
					// A stray apostrophe ("the soldiers' families"): not a quote.
					add(i, i+w, cuePunct)
					i += w
					continue
				}
			}
			add(i, i+w, cueQuote)
			i += w
		default:
			add(i, i+w, cuePunct)
			i += w
		}
	}
	return toks
}

// cueASCIILower returns s with its ASCII capitals lowered, byte for byte.
func cueASCIILower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}

func cueIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cueScanWord returns the end of the word starting at i.
func cueScanWord(s string, i int) int {
	j := i
	dots := false
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if cueIsWordRune(r) {
			j += w
			continue
		}
		next, _ := cueRuneAt(s, j+w)
		prev := cueRuneBefore(s, j)
		joins := false
		switch r {
		case '\'', '’', '-', '‐', '&':
			joins = cueIsWordRune(next) && cueIsWordRune(prev)
		case ',':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case '.':
			joins = cueIsWordRune(next) && cueIsWordRune(prev) && !unicode.IsSpace(next)
			if joins {
				dots = true
			}
		}
		if !joins {
			break
		}
		j += w
	}
	// A closing abbreviation dot: "U.S." or "Inc.".
	if r, _ := cueRuneAt(s, j); r == '.' {
		word := strings.ToLower(s[i:j])
		lastSeg := word[strings.LastIndexByte(word, '.')+1:]
		if (dots && utf8.RuneCountInString(lastSeg) == 1) || cueAbbrevs[word] {
			j++
			// "U.K.-based" is one word, as "UK-based" is.
			if r, w := cueRuneAt(s, j); (r == '-' || r == '‐') && j+w < len(s) {
				if next, _ := cueRuneAt(s, j+w); cueIsWordRune(next) {
					return cueScanWord(s, j+w)
				}
			}
		}
	}
	return j
}

// cueElem is one position of a cuePattern.
type cueElem struct {
	alts []string // exact words, or prefixes when they end in '*'
	// exact and prefixes are alts split by kind when the pattern is
	// compiled, so matching a word is one map look-up and a few prefix
	// tests rather than a scan of every alternative.
	exact    map[string]bool
	prefixes []string
	// optional elements may be skipped; context elements must match but are
	// left out of the marked span ("the" in "the alleged attacker").
	optional, context bool
	// gap > 0 skips up to gap words or commas; alts is empty then.
	gap int
}

// compile fills exact and prefixes from alts.
func (e *cueElem) compile() {
	e.exact = make(map[string]bool, len(e.alts))
	for _, a := range e.alts {
		if p, ok := strings.CutSuffix(a, "*"); ok {
			e.prefixes = append(e.prefixes, p)
		} else {
			e.exact[a] = true
		}
	}
}

func (e cueElem) matches(w string) bool {
	if e.exact[w] {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cuePattern is a sequence of elements matched against consecutive word
// tokens, case-insensitively. Its spelling, in cuePat, is space-separated
// elements: "a|b|c*" (alternatives, '*' a prefix), "[a|b]" (optional),
// "^a|b" (context, unmarked), "~N" (a gap of up to N words or commas, which
// lets a typo or an adverb sit in the middle: "is curreently unknown").
type cuePattern []cueElem

// cuePat compiles a pattern spelling. It panics on a malformed spelling,
// which only the package's own tables can contain.
func cuePat(spec string) cuePattern {
	var p cuePattern
	for _, f := range strings.Fields(spec) {
		var e cueElem
		if strings.HasPrefix(f, "~") {
			n := 0
			for _, c := range f[1:] {
				if c < '0' || c > '9' {
					panic("cuePat: bad gap in " + spec)
				}
				n = n*10 + int(c-'0')
			}
			if n == 0 {
				panic("cuePat: empty gap in " + spec)
			}
			p = append(p, cueElem{gap: n})
			continue
		}
		if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
			e.optional = true
			f = f[1 : len(f)-1]
		}
		if strings.HasPrefix(f, "^") {
			e.context = true
			f = f[1:]
		}
		e.alts = strings.Split(f, "|")
		e.compile()
		p = append(p, e)
	}
	if len(p) == 0 || p[0].gap > 0 || p[0].optional {
		panic("cuePat: pattern must start with a plain element: " + spec)
	}
	return p
}

// cueHit is one match of a pattern: the marked tokens first..last.
type cueHit struct {
	first, last int
}

// span returns the hit's byte range within the sentence.
func (h cueHit) span(toks []cueTok) Span {
	return Span{Start: toks[h.first].start, End: toks[h.last].end}
}

// matchAt matches the pattern starting exactly at token i.
func (p cuePattern) matchAt(toks []cueTok, i int) (cueHit, bool) {
	return p.match(0, toks, i, cueHit{first: -1, last: -1})
}

func (p cuePattern) match(k int, toks []cueTok, i int, h cueHit) (cueHit, bool) {
	if k == len(p) {
		return h, h.first >= 0
	}
	e := p[k]
	if e.gap > 0 {
		for n := 0; n <= e.gap; n++ {
			if n > 0 {
				j := i + n - 1
				if j >= len(toks) || !(toks[j].isWord() || toks[j].text == ",") {
					break
				}
			}
			if r, ok := p.match(k+1, toks, i+n, h); ok {
				return r, true
			}
		}
		return cueHit{}, false
	}
	if i < len(toks) && toks[i].isWord() && e.matches(toks[i].lower) {
		nh := h
		if !e.context {
			if nh.first < 0 {
				nh.first = i
			}
			nh.last = i
		}
		if r, ok := p.match(k+1, toks, i+1, nh); ok {
			return r, true
		}
	}
	if e.optional {
		return p.match(k+1, toks, i, h)
	}
	return cueHit{}, false
}

// cueRule is a pattern with the canonical phrase it stands for.
type cueRule struct {
	pat   cuePattern
	label string
}

// cueRuleSet is a table of rules indexed by the words their first element
// accepts. Every pattern starts with a plain element that must match the
// token a hit starts at, so only the rules indexed under a token's word
// (or one of its prefixes) are tried there: finding cues costs one look-up
// per token, not one match attempt per token and rule.
type cueRuleSet struct {
	rules []cueRule
	// first maps a word to the rules (indices, ascending) whose first
	// element accepts it exactly; firstPrefix does the same for prefix
	// alternatives ("confirm*"), whose lengths are prefixLens.
	first       map[string][]int
	firstPrefix map[string][]int
	prefixLens  []int
}

// cueRules compiles pairs of (spelling, label) into an indexed rule set.
func cueRules(pairs ...string) cueRuleSet {
	set := cueRuleSet{first: map[string][]int{}, firstPrefix: map[string][]int{}}
	lens := map[int]bool{}
	for i := 0; i+1 < len(pairs); i += 2 {
		r := cueRule{pat: cuePat(pairs[i]), label: pairs[i+1]}
		idx := len(set.rules)
		set.rules = append(set.rules, r)
		head := r.pat[0]
		for w := range head.exact {
			set.first[w] = appendOnce(set.first[w], idx)
		}
		for _, p := range head.prefixes {
			set.firstPrefix[p] = appendOnce(set.firstPrefix[p], idx)
			lens[len(p)] = true
		}
	}
	for n := range lens {
		set.prefixLens = append(set.prefixLens, n)
	}
	slices.Sort(set.prefixLens)
	return set
}

// appendOnce appends i unless it is already the last element (rules are
// added in ascending order, so that is the only place a duplicate can be).
func appendOnce(list []int, i int) []int {
	if n := len(list); n > 0 && list[n-1] == i {
		return list
	}
	return append(list, i)
}

// cueFound is a rule that matched, with where.
type cueFound struct {
	label string
	at    Span
}

// cueStart is a rule that may match from a token: its first element
// accepts the token.
type cueStart struct {
	rule, tok int
}

// cueFind returns every match of every rule, ordered by position. Overlaps
// between rules are kept: the first found at a position names the cue.
//
// It finds what running each rule's cuePattern.find over toks would, in
// the same order: each rule's hits are non-overlapping, left to right.
func cueFind(set cueRuleSet, toks []cueTok) []cueFound {
	var buf [32]cueStart
	starts := buf[:0]
	for i, t := range toks {
		if !t.isWord() {
			continue
		}
		for _, r := range set.first[t.lower] {
			starts = append(starts, cueStart{r, i})
		}
		for _, n := range set.prefixLens {
			if n > len(t.lower) {
				break
			}
			for _, r := range set.firstPrefix[t.lower[:n]] {
				starts = append(starts, cueStart{r, i})
			}
		}
	}
	if len(starts) == 0 {
		return nil
	}
	slices.SortFunc(starts, func(a, b cueStart) int {
		if a.rule != b.rule {
			return a.rule - b.rule
		}
		return a.tok - b.tok
	})
	var out []cueFound
	rule, next := -1, 0
	for _, st := range starts {
		if st.rule != rule {
			rule, next = st.rule, 0
		}
		if st.tok < next {
			// Inside the previous hit of the same rule, or a duplicate.
			continue
		}
		if h, ok := set.rules[rule].pat.matchAt(toks, st.tok); ok {
			out = append(out, cueFound{label: set.rules[rule].label, at: h.span(toks)})
			next = h.last + 1
		}
	}
	cueSortFound(out)
	return out
}

// cueSortFound orders cues by start, keeping table order for ties (the tables
// list the more specific phrase first).
func cueSortFound(f []cueFound) {
	for i := 1; i < len(f); i++ {
		for j := i; j > 0 && f[j].at.Start < f[j-1].at.Start; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
}
