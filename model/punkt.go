package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
)

// This file decides punkt's sentence breaks natively. The rules, and the
// trained English parameters they read (abbreviation types, collocations,
// sentence starters, orthographic contexts), are those of
// github.com/neurosnap/sentences with its English tokenizer and the
// numberEndAnnotation of segment.go, applied in the same four passes with
// the same quirks, so the breaks are identical (TestPunktBreaks and
// FuzzPunktBreaks compare with the library). What differs is the cost: the
// library allocates a token with six regular expressions per word and
// runs several of them on every word; here a word is a string and an
// offset, and the few patterns are plain byte tests.

// pkTok is one word being annotated.
type pkTok struct {
	tok       string
	pos       int
	brk, abbr bool
	// can is punktCanBreak(tok), worked out once.
	can bool
}

// The orthographic context flags of the training data.
const (
	pkOrthoBegUc = 1 << 1
	pkOrthoMidUc = 1 << 2
	pkOrthoUnkUc = 1 << 3
	pkOrthoBegLc = 1 << 4
	pkOrthoMidLc = 1 << 5
	pkOrthoUnkLc = 1 << 6
	pkOrthoUc    = pkOrthoBegUc + pkOrthoMidUc + pkOrthoUnkUc
	pkOrthoLc    = pkOrthoBegLc + pkOrthoMidLc + pkOrthoUnkLc
)

// pkNumeric is the library's number pattern, for word types.
var pkNumeric = lazyRE(`-?[\.,]?\d[\d,\.-]*\.?$`)

// pkPunct are the words that are one punctuation mark.
const pkPunct = ";:,.!?；：，。！？"

// punktNative annotates the words of one paragraph and returns the
// offsets after which a sentence ends, then len(p).
func punktNative(st *sentences.Storage, p string) []int {
	var buf [64]punktWord
	words := punktWords(p, buf[:0])
	var out []int
	if len(p) == 0 {
		return append(out, 0)
	}
	if len(words) == 0 {
		// As the library does: text with no word it can cut (one word
		// ending in a multi-byte rune) is one token.
		words = append(words, punktWord{p, len(p)})
	}
	// A paragraph's words fit on the stack; only long ones allocate.
	var tbuf [128]pkTok
	toks := tbuf[:0]
	for _, w := range words {
		toks = append(toks, pkTok{tok: w.text, pos: w.pos, can: punktCanBreak(w.text)})
	}
	// Pass 1: the word itself (sentences.TypeBasedAnnotation).
	for i := range toks {
		if toks[i].can {
			pkTypeAnnotation(st, &toks[i])
		}
	}
	// Pass 2: the word and the next (sentences.TokenBasedAnnotation).
	for i := 0; i+1 < len(toks); i++ {
		pkTokenAnnotation(st, &toks[i], &toks[i+1])
	}
	// Pass 3: abbreviations with inner periods (english.MultiPunctWordAnnotation).
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].can {
			pkMultiPunct(st, &toks[i], &toks[i+1])
		}
	}
	// Pass 4: numberEndAnnotation.
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if !t.brk && (i > 0 && isNumberWithPeriod(t.tok) || isNumberAbbrevWithoutNumber(t.tok, toks[i+1].tok)) && startsUpper(toks[i+1].tok) {
			t.brk = true
		}
	}
	for _, t := range toks {
		if t.brk {
			out = append(out, t.pos)
		}
	}
	return append(out, len(p))
}

func pkTypeAnnotation(st *sentences.Storage, t *pkTok) {
	tok := t.tok
	if pkHasSentEndChars(tok) {
		t.brk = true
		return
	}
	if pkHasPeriodFinal(tok) && !strings.HasSuffix(tok, "..") {
		// The library cuts by the rune count as a byte index; kept as is.
		noPeriod := strings.ToLower(tok[:utf8.RuneCountInString(tok)-1])
		last := noPeriod[strings.LastIndexByte(noPeriod, '-')+1:]
		if st.AbbrevTypes[noPeriod] != 0 || st.AbbrevTypes[last] != 0 {
			t.abbr = true
		} else {
			t.brk = true
		}
	}
}

func pkTokenAnnotation(st *sentences.Storage, one, two *pkTok) {
	if !pkHasPeriodFinal(one.tok) {
		return
	}
	typ := pkTypeNoPeriod(one.tok)
	nextTyp := pkTypeNoSentPeriod(two)
	initial := pkIsInitial(one.tok)
	if st.Collocations[typ+","+nextTyp] != 0 {
		one.brk, one.abbr = false, true
		return
	}
	if (one.abbr || strings.HasSuffix(one.tok, "..")) && !initial {
		if pkOrtho(st, two) == 1 {
			one.brk = true
			return
		}
		if pkFirstUpper(two.tok) && st.SentStarters[nextTyp] != 0 {
			one.brk = true
			return
		}
	}
	if one.tok == "." && two.tok == "." {
		one.brk, two.brk = false, false
		return
	}
	if initial || typ == "##number##" {
		h := pkOrtho(st, two)
		if h == 0 {
			one.brk, one.abbr = false, true
			return
		}
		if h == -1 && initial && pkFirstUpper(two.tok) && st.OrthoContext[nextTyp]&pkOrthoLc == 0 {
			one.brk, one.abbr = false, true
		}
	}
}

func pkMultiPunct(st *sentences.Storage, one, two *pkTok) {
	tok := one.tok
	if pkIsListNumber(tok) || tok == "N°." {
		one.brk = false
		return
	}
	if strings.HasSuffix(tok, ".") && two.tok == "." {
		one.brk = false
		return
	}
	unreliable := pkHasUnreliableEndChars(tok)
	coord := pkIsCoordinatePartTwo(tok)
	if !pkHasAbbr(tok) && tok != "." && !unreliable && !coord {
		return
	}
	if pkIsInitial(tok) {
		return
	}
	one.abbr, one.brk = true, false
	nextTyp := pkTypeNoSentPeriod(two)
	if pkOrtho(st, two) == 1 {
		one.brk = true
		return
	}
	if pkFirstUpper(two.tok) && (st.SentStarters[nextTyp] != 0 || unreliable || tok == "." || coord) {
		one.brk = true
	}
}

// pkOrtho is the orthographic heuristic: 1 when the word starts a
// sentence, 0 when it does not, -1 when unknown.
func pkOrtho(st *sentences.Storage, t *pkTok) int {
	for _, r := range pkPunct {
		if len(t.tok) == utf8.RuneLen(r) && strings.ContainsRune(t.tok, r) {
			return 0
		}
	}
	ctx := st.OrthoContext[pkTypeNoSentPeriod(t)]
	if pkFirstUpper(t.tok) && ctx&pkOrthoLc > 0 && ctx&pkOrthoMidUc == 0 {
		return 1
	}
	if pkFirstLower(t.tok) && (ctx&pkOrthoUc > 0 || ctx&pkOrthoBegLc == 0) {
		return 0
	}
	return -1
}

// pkType is the word's type: lower case, a trailing number replaced by
// "##number##", commas dropped.
func pkType(tok string) string {
	typ := strings.ToLower(tok)
	if strings.ContainsAny(typ, "0123456789") {
		typ = pkNumeric.ReplaceAllString(typ, "##number##")
	}
	if len(typ) == 1 {
		return typ
	}
	if strings.IndexByte(typ, ',') >= 0 {
		typ = strings.ReplaceAll(typ, ",", "")
	}
	return typ
}

func pkTypeNoPeriod(tok string) string {
	typ := pkType(tok)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

func pkTypeNoSentPeriod(t *pkTok) string {
	if t.brk {
		return pkTypeNoPeriod(t.tok)
	}
	return pkType(t.tok)
}

func pkFirstUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsUpper(r)
}

func pkFirstLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsLower(r)
}

func pkHasPeriodFinal(tok string) bool {
	return strings.HasSuffix(tok, ".") || strings.HasSuffix(tok, "。")
}

// pkSentEnders and pkUnreliableEnders are the English tokenizer's endings.
var (
	pkSentEnders = []string{`."`, `.'`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`}
	pkSentInner        = []string{`.[`, `.(`, `."`, `.'`, `?[`, `?(`, `![`, `!(`}
	pkUnreliableEnders = []string{`."`, `.'`, `.)`, `.’`, `.”`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!"`, `!'`, `!)`, `!’`, `!”`}
)

func pkHasSentEndChars(tok string) bool {
	for _, e := range pkSentEnders {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	for _, e := range pkSentInner {
		if strings.Contains(tok, e) {
			return true
		}
	}
	return false
}

func pkHasUnreliableEndChars(tok string) bool {
	for _, e := range pkUnreliableEnders {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	return false
}

// pkIsInitial is `^[A-Za-z]\.$`.
func pkIsInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && pkASCIILetter(tok[0])
}

func pkASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func pkASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// pkIsWordByte is RE2's \w.
func pkIsWordByte(c byte) bool { return pkASCIILetter(c) || pkASCIIDigit(c) || c == '_' }

// pkIsListNumber is `^\d+.?\)?$` ('.' being any character but a newline).
func pkIsListNumber(tok string) bool {
	i := 0
	for i < len(tok) && pkASCIIDigit(tok[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	rest := tok[i:]
	if rest == "" || rest == ")" {
		return true
	}
	r, size := utf8.DecodeRuneInString(rest)
	after := rest[size:]
	return r != '\n' && (after == "" || after == ")")
}

// pkIsCoordinatePartTwo is `^[0-9]*\.[0-9]*\.[0-9]*\.$`.
func pkIsCoordinatePartTwo(tok string) bool {
	dots := 0
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c == '.':
			dots++
		case !pkASCIIDigit(c):
			return false
		}
	}
	return dots == 3 && strings.HasSuffix(tok, ".")
}

// pkHasAbbr reports a match of `((?:[\w]\.)+[\w]*\.)` anywhere in tok:
// a word character, a period, word characters, a period.
func pkHasAbbr(tok string) bool {
	for i := 0; i+1 < len(tok); i++ {
		if !pkIsWordByte(tok[i]) || tok[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(tok) && pkIsWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}
