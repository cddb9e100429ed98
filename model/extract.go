package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// extract fills the article's claims, open questions and unverified
// details from its sections, splitting paragraphs with Sentences.
func extract(a *Article) { extractWith(a, Sentences) }

// Each sentence goes to at most one panel. The precedence, strongest first:
//
//  1. Open question: the sentence ends in "?" or says something is not
//     known ("it remains unclear whether", "did not say", "remains to be
//     seen") or was not answered ("declined to comment", "did not respond
//     to a request for comment"). Its point is the gap, even when it also
//     carries a hedge ("it is unclear whether the strike reportedly …") or
//     a speaker. The one exception: a party's refusal to comment told as
//     an aside of its own statement ("X, which declined to comment, said
//     Y"; "X said Y but declined to comment on Z") is a claim, see
//     extractRefusalAside.
//  2. Unverified: a hedge or unconfirmed cue ("reportedly", "could not be
//     independently verified") or an unnamed source ("a source said").
//     A named speaker does not lift the flag: "X said the man allegedly …"
//     is still a detail the article has not confirmed.
//  3. Claim: a statement with a speaker (who says it), or an assertion of
//     the article's own with something reportable (a past event, a number
//     or date) and no analysis, speculation or evaluation.
//  4. Nothing: commentary, background and unattributed quotations.

// extractPanel says which list a sentence goes to.
type extractPanel uint8

const (
	extractNoPanel extractPanel = iota
	extractToClaims
	extractToQuestions
	extractToUnverified
)

// extractResult is the classification of one sentence.
type extractResult struct {
	panel extractPanel
	// attribution is the claim's speaker, nil when the article asserts it.
	attribution *string
	cue         string
	marks       []Span
	// held is set for a sentence that opens a quotation left open with no
	// speaker yet (`"The sky turned black.`): its speaker may be named
	// after the quotation's last sentence, so the caller holds it.
	held bool
	// closes is the speaker of a sentence that continues an open
	// quotation (`We took the dog," she said.`): the sentences held since
	// the quotation opened are that speaker's too.
	closes *attrSpeaker
}

// extractWindow is how many sentences back a pronoun may find its speaker.
const extractWindow = 3

// extractRecent is one earlier sentence of the current section, as far as
// pronoun resolution needs it.
type extractRecent struct {
	speaker *attrSpeaker
	// mentions are the kinds of people the sentence names besides its
	// speaker: another person between "Ali said" and "He added" makes "he"
	// ambiguous.
	mentionsPerson, mentionsGroup, mentionsOrg bool
	// quote is true when the sentence quotes its speaker, so that a
	// following quotation continues it; open is true when the quotation
	// is left open at the sentence's end, which in news writing means it
	// goes on in the next paragraph, opened again with a quotation mark.
	quote, open bool
	para        int
	// subject is the named person a sentence without a speaker opens
	// with ("Deputy Mayor Robert Lee will serve …"), when it names no
	// other person: the antecedent a following "He said" most plainly
	// has.
	subject *attrSpeaker
}

// extractState is what the extractor remembers across the sentences of one
// article. It is reset at each section: a speaker does not carry over a
// heading.
type extractState struct {
	recent []extractRecent
	// toks is the token buffer classify reuses from sentence to sentence;
	// nothing keeps a sentence's tokens past its classification.
	toks []cueTok
	// voice is who speaks the current paragraph when the article is an
	// interview and the paragraph is an answer: its sentences are theirs
	// without a "said".
	voice *attrSpeaker
	// persons are the surnames (lower case) of the people the article has
	// named as people so far ("Judge Lorna Haskell", "Daniel Cray, 51,"):
	// a later bare "Haskell said" is then a person, whom "she" can follow.
	// Names carry over headings; the article is one cast.
	persons map[string]bool
	// quoteOpen is true when the last sentence, in paragraph quotePara,
	// ended inside a quotation: the next sentence of that paragraph
	// starts inside it, which the tokenizer, seeing one sentence, cannot
	// know.
	quoteOpen bool
	quotePara int
	// heldToks is the token buffer for re-reading held sentences.
	heldToks []cueTok
}

// extractHeld is a sentence held until its quotation names a speaker.
type extractHeld struct {
	text string
	at   Loc
}

// notePerson records the last word of a person's name.
func (st *extractState) notePerson(t cueTok) {
	if !t.capitalised() || t.kind != cueWord || attrOrgWords[t.lower] || attrPersonNouns[t.lower] {
		return
	}
	if st.persons == nil {
		st.persons = map[string]bool{}
	}
	st.persons[t.lower] = true
}

// isPerson reports whether the one-word phrase ts names a person the
// article introduced earlier.
func (st *extractState) isPerson(ts []cueTok) bool {
	return len(ts) == 1 && ts[0].capitalised() && st.persons[ts[0].lower]
}

// noteNames records the people a sentence names unmistakably: a name
// after a title or role ("Judge Lorna Haskell", "lawyer Elena Fuchs"), and
// a name followed by an age or a role in apposition ("Daniel Cray, 51,",
// "Cray, the founder of …").
func (st *extractState) noteNames(toks []cueTok) {
	for k := 0; k < len(toks); k++ {
		if !toks[k].capitalised() || toks[k].kind != cueWord || attrPersonNouns[toks[k].lower] || cueDeterminers[toks[k].lower] {
			continue
		}
		end := k
		for end < len(toks) && end-k < 4 && toks[end].kind == cueWord && toks[end].capitalised() &&
			!attrOrgWords[toks[end].lower] && !attrPersonNouns[toks[end].lower] {
			end++
		}
		if end == k {
			continue
		}
		// A title before the name ("Judge", "Dr": every honorific is a
		// person noun) or a role after it makes it a person's.
		if k > 0 && attrPersonNouns[toks[k-1].lower] || extractApposedRole(toks, end) {
			st.notePerson(toks[end-1])
		}
		k = end
	}
}

// extractApposedRole reports whether toks[i:] opens with an age or a
// role set off by a comma after a name: ", 51," or ", the founder of".
func extractApposedRole(toks []cueTok, i int) bool {
	if i+1 >= len(toks) || toks[i].text != "," {
		return false
	}
	if toks[i+1].kind == cueNum && (i+2 >= len(toks) || toks[i+2].text == ",") {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if !toks[k].isWord() {
			return false
		}
		if attrPersonNouns[toks[k].lower] {
			return cueDeterminers[toks[i+1].lower]
		}
	}
	return false
}

func (st *extractState) newSection() { st.recent = st.recent[:0] }

func (st *extractState) push(r extractRecent) {
	st.recent = append(st.recent, r)
	if len(st.recent) > extractWindow {
		st.recent = st.recent[len(st.recent)-extractWindow:]
	}
}

// resolve returns the speaker a pronoun refers to: the latest speaker of the
// matching kind within the window, provided no sentence since names another
// candidate of that kind. "It" only reaches back one sentence: it is too
// often about a thing.
func (st *extractState) resolve(pronoun string) (attrSpeaker, bool) {
	want := attrPerson
	window := extractWindow
	switch pronoun {
	case "they":
		want = attrGroup
	case "it":
		want, window = attrOrg, 1
	}
	for k := len(st.recent) - 1; k >= 0 && len(st.recent)-k <= window; k-- {
		r := st.recent[k]
		if r.speaker != nil && r.speaker.kind == want {
			return *r.speaker, true
		}
		if r.speaker == nil && want == attrPerson && r.subject != nil {
			return *r.subject, true
		}
		if r.speaker != nil ||
			want == attrPerson && r.mentionsPerson ||
			want == attrGroup && r.mentionsGroup ||
			want == attrOrg && r.mentionsOrg {
			return attrSpeaker{}, false
		}
	}
	return attrSpeaker{}, false
}

// extractWith is extract with the sentence splitter as a parameter, so that
// tests can walk paragraphs split where they say.
func extractWith(a *Article, split func(string) []Span) {
	a.Claims, a.OpenQuestions, a.Unverified = []Claim{}, []Question{}, []Detail{}
	var st extractState
	// An interview's turns, numbered over the paragraphs of all sections.
	var paras []string
	var breaks []bool
	for si, sec := range a.Sections {
		for pi := range sec.Paragraphs {
			breaks = append(breaks, si > 0 && pi == 0)
		}
		paras = append(paras, sec.Paragraphs...)
	}
	turns := interviewTurns(paras, a.Title, breaks)
	flat := 0
	// lastClaim is the index in a.Claims of the claim the sentence just
	// before made, or -1, for a disclaimer that follows it.
	lastClaim := -1
	// held are the sentences of the current paragraph inside a quotation
	// that has named no speaker yet.
	var held []extractHeld
	emit := func(text string, at Loc, r extractResult) {
		prevClaim := lastClaim
		lastClaim = -1
		switch r.panel {
		case extractToClaims:
			lastClaim = len(a.Claims)
			a.Claims = append(a.Claims, Claim{Text: text, Attribution: r.attribution, At: at, Marks: r.marks})
		case extractToQuestions:
			a.OpenQuestions = append(a.OpenQuestions, Question{Text: text, At: at, Marks: r.marks})
		case extractToUnverified:
			if prevClaim >= 0 && extractDisclaims(r.cue, text) {
				// "X said 40 people died. The figure could not be
				// independently verified.": the disclaimer is about
				// the claim before it, which is unverified too.
				c := a.Claims[prevClaim]
				a.Claims = a.Claims[:prevClaim]
				a.Unverified = append(a.Unverified, Detail{Text: c.Text, Cue: r.cue, At: c.At})
			}
			a.Unverified = append(a.Unverified, Detail{Text: text, Cue: r.cue, At: at, Marks: r.marks})
		}
	}
	for si, sec := range a.Sections {
		st.newSection()
		lastClaim = -1
		if start, end, ok := extractTrim(sec.Heading, 0, len(sec.Heading)); ok && extractIsQuestion(sec.Heading[start:end]) {
			a.OpenQuestions = append(a.OpenQuestions, Question{
				Text:  sec.Heading[start:end],
				At:    Loc{Section: si, Paragraph: -1, Start: start, End: end},
				Marks: extractQMark(sec.Heading[start:end]),
			})
		}
		unknowns := reUnknownsHeading.MatchString(sec.Heading)
		for pi, p := range sec.Paragraphs {
			var turn interviewTurn
			if turns != nil {
				turn = turns[flat]
			}
			flat++ // counted before any paragraph is skipped: turns are numbered over all
			if extractIsNote(p) {
				lastClaim = -1
				continue // the publisher's note on the article, not its report
			}
			st.voice = nil
			if turn.role == interviewAnswer {
				st.voice = &attrSpeaker{phrase: turn.speaker, kind: attrPerson}
			}
			done := turn.body // end of the last sentence taken (or the turn's label): sentences never overlap
			held = held[:0]
			for _, sp := range split(p) {
				start, end, ok := extractTrim(p, max(sp.Start, turn.body), sp.End)
				if !ok || start < done {
					continue
				}
				done = end
				text := p[start:end]
				at := Loc{Section: si, Paragraph: pi, Start: start, End: end}
				if turn.role == interviewQuestion && extractIsQuestion(text) {
					// The interviewer's question is answered in the text,
					// unless the answer refuses it.
					lastClaim = -1
					if turn.evaded {
						a.OpenQuestions = append(a.OpenQuestions, Question{Text: text, At: at, Marks: extractQMark(text)})
					}
					continue
				}
				if extractIsNote(text) {
					lastClaim = -1
					continue // "The interview has been edited for length." inside a paragraph
				}
				if unknowns && reWhClause.MatchString(text) {
					lastClaim = -1
					// "How the virus spread." under "What we don't know"
					// is an open question written as a bare clause.
					a.OpenQuestions = append(a.OpenQuestions, Question{Text: text, At: at})
					continue
				}
				r := st.classify(text, pi)
				if r.held {
					held = append(held, extractHeld{text: text, at: at})
					lastClaim = -1
					continue
				}
				if r.closes != nil {
					// `"The sky turned black. We took the dog," she said.`:
					// the quotation's earlier sentences are hers too.
					for _, h := range held {
						emit(h.text, h.at, st.classifyHeld(h.text, *r.closes))
					}
				}
				held = held[:0]
				emit(text, at, r)
			}
		}
	}
}

// extractDisclaimerCues are the unverified cues that, in a short sentence
// of their own, disclaim the claim just before: "He offered no evidence."
// "The figure could not be independently verified."
var extractDisclaimerCues = cueSet("no evidence provided", "could not be independently verified",
	"could not be verified", "has not been independently verified", "has not been verified",
	"not confirmed", "unable to confirm", "has not been able to confirm", "unconfirmed", "not demonstrated")

// extractDisclaims reports whether an unverified sentence is a short
// disclaimer of the one before it.
func extractDisclaims(cue, text string) bool {
	if !extractDisclaimerCues[cue] || len(strings.Fields(text)) > 14 {
		return false
	}
	// It must point back ("The figure…", "It…", "Reuters could not…"),
	// not speak of details in general ("Several details have not been
	// confirmed").
	first, _ := nextField(strings.TrimLeft(text, "\"'“‘(*_"))
	var buf [16]byte
	return !extractVagueSubjects[string(lowerASCII(buf[:], first))]
}

// extractVagueSubjects open a disclaimer about details in general, not
// about the claim before it.
var extractVagueSubjects = cueSet("several", "some", "many", "other", "further", "more", "most",
	"few", "certain", "various", "numerous", "much", "all", "details", "parts")

// extractIsNote reports whether a paragraph or sentence is an editor's
// note about the article (reEditorsNote), behind a cheap test of its first
// words.
func extractIsNote(s string) bool {
	return extractMayBeNote(s) && reEditorsNote.MatchString(headOf(s, 200))
}

// extractMayBeNote is a cheap test that a paragraph or sentence could be
// an editor's note about the article, as reEditorsNote reads one: it
// opens with a correction or editor's label, or with "this", "the", "an"
// or "a" and then the piece itself or "earlier", "previous"… It looks at
// two words, so the pattern runs on few sentences.
func extractMayBeNote(s string) bool {
	s = strings.TrimLeft(s, "*_")
	first, rest := nextField(s)
	var buf [16]byte
	switch k := extractNoteFirst[string(lowerASCII(buf[:], strings.TrimRight(first, ":*_")))]; {
	case k == 1:
		return true
	case k == 2:
		second, _ := nextField(rest)
		return extractNoteSecond[string(lowerASCII(buf[:], second))]
	}
	return false
}

// extractNoteFirst are a note's first words: 1 for a label, 2 for a
// determiner that needs the second word.
var extractNoteFirst = map[string]int{"correction": 1, "corrections": 1, "clarification": 1,
	"editor's": 1, "editor’s": 1, "editors'": 1, "editors": 1, "editor": 1,
	"this": 2, "the": 2, "an": 2, "a": 2}

// extractNoteSecond are the words that follow "this", "the", "an" or "a"
// at the start of a note about the piece.
var extractNoteSecond = cueSet("article", "story", "report", "post", "piece", "interview", "transcript",
	"conversation", "earlier", "previous", "older", "original", "version")

// reEditorsNote opens a paragraph that is the publisher's note on the
// article rather than its report: a correction, clarification or editor's
// note, or a sentence saying the article itself was changed. Its
// sentences stay in the text but are neither claims nor questions.
//
// The pattern is anchored once, outside the alternation, so the matcher
// tries only the paragraph's start rather than every position in it.
var reEditorsNote = lazyRE(`(?i)^(?:\*+|_+)?(?:(?:corrections?|clarification|editor['’]?s\s+note)\b[^.:]{0,40}:|` +
	`(?:this|the|an\s+earlier|a\s+previous|an\s+(?:older|original))\s+(?:version\s+of\s+this\s+)?(?:article|story|report|post|piece|interview|transcript|conversation)\s+(?:was|has\s+been|have\s+been|is\s+being|misstated|incorrectly|wrongly|said|stated|gave|reported)\b[^.]{0,20}\b(?:amended|corrected|updated|changed|edited|condensed|misstated|incorrectly|wrongly|said|stated|gave|reported)\b)`)

// reUnknownsHeading heads a section listing what is not known, whose
// items are often bare clauses ("Whether anyone was hurt.").
var reUnknownsHeading = lazyRE(`(?i)\b(?:what|things)\s+(?:we|they|officials|police)\s+(?:still\s+)?(?:don['’]?t|do\s+not|do\s+n['’]t)\s+know\b|` +
	`\b(?:unanswered|open|remaining|key)\s+questions\b|\bwhat\s+(?:is|remains|we\s+don['’]?t\s+know\s+is)\s+(?:still\s+)?(?:unknown|unclear)\b`)

// reWhClause is a sentence that opens with a question word, as the items
// of a list of unknowns do.
var reWhClause = lazyRE(`^(?:[-*•]\s+|\d{1,3}[.)]\s+)?(?:How|Whether|Why|When|Who|Whom|Whose|What|Where|Which|If)\b`)

// extractTrim clamps [start, end) to s and trims surrounding white space. It
// reports false for an empty or invalid span, so a faulty splitter cannot
// make the extractor panic or emit an empty item.
func extractTrim(s string, start, end int) (int, int, bool) {
	if start < 0 || end > len(s) || start >= end {
		return 0, 0, false
	}
	for start < end {
		r, w := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	// Offsets must fall on rune boundaries for the slice to be the text.
	if start >= end || !utf8.RuneStart(s[start]) || end < len(s) && !utf8.RuneStart(s[end]) {
		return 0, 0, false
	}
	return start, end, true
}

// extractIsQuestion reports whether a sentence is a question: its last
// character, after closing quotes and brackets, is a question mark.
func extractIsQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || cueIsQuote(r) || strings.ContainsRune(")]}*_", r)
	})
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// extractQMark marks the last question mark of an explicit question.
func extractQMark(s string) []Span {
	i := strings.LastIndex(s, "?")
	if i < 0 {
		return nil
	}
	return []Span{{Start: i, End: i + 1}}
}

// classify puts one sentence in its panel and records what later sentences
// need to resolve pronouns.
func (st *extractState) classify(s string, para int) extractResult {
	st.toks = cueTokenizeInto(st.toks, s)
	toks := st.toks
	cont := st.quoteOpen && st.quotePara == para && len(toks) > 0 && toks[0].kind != cueQuote
	if cont {
		extractReopen(toks)
	}
	st.quoteOpen, st.quotePara = extractEndsInQuote(toks), para
	rec := extractRecent{para: para}
	rec.mentionsPerson, rec.mentionsGroup, rec.mentionsOrg = extractMentions(toks)

	found, hasAttr := attrFind(s, toks)
	qs := cueFind(cueQuestionRules, toks)
	if !hasAttr {
		// "X declined to comment but said Y": the reporting verb's subject
		// is the refusal's, which attrFind does not reach across.
		found, hasAttr = extractRefusalThenSays(s, toks, qs)
	}
	var speaker *attrSpeaker
	if hasAttr {
		if found.pronoun != "" {
			if sp, ok := st.resolve(found.pronoun); ok {
				speaker = &sp
			}
		} else {
			sp := found.speaker
			if sp.kind == attrOrg && st.isPerson(toks[attrTokAt(toks, found.who.Start):attrTokAt(toks, found.who.End)]) {
				sp.kind = attrPerson // "Haskell said", after "Judge Lorna Haskell"
			}
			speaker = &sp
		}
	}
	st.noteNames(toks)
	opensWithQuote := len(toks) > 0 && toks[0].kind == cueQuote
	if speaker == nil && !hasAttr {
		// A quotation on its own continues the speaker of the sentence
		// before it in the same paragraph ("…," he said. "We will …"), or
		// of the paragraph before when that one left its quotation open.
		// A sentence inside a quotation left open by the sentence before
		// continues it too: a quotation runs until its closing mark.
		if n := len(st.recent); n > 0 && st.recent[n-1].speaker != nil {
			prev := st.recent[n-1]
			if opensWithQuote && (prev.quote && prev.para == para || prev.open && prev.para == para-1) ||
				prev.open && prev.para == para {
				sp := *prev.speaker
				speaker = &sp
			}
		}
	}
	if speaker == nil && !hasAttr && st.voice != nil && extractWords(toks) >= 3 {
		// An answer's sentences are the interviewee's; a bare "No." or
		// "Absolutely." says nothing on its own.
		sp := *st.voice
		speaker = &sp
	}
	if speaker == nil && !hasAttr && (opensWithQuote || cont) && st.quoteOpen {
		// Not pushed: a held sentence is no antecedent of its own.
		return extractResult{held: true}
	}
	rec.speaker = speaker
	rec.quote = speaker != nil && extractHasQuote(toks)
	rec.open = rec.quote && extractEndsInQuote(toks)
	if speaker != nil && speaker.kind == attrPerson {
		if k := attrTokAt(toks, found.who.End); k > 0 && found.who.End > found.who.Start {
			st.notePerson(toks[k-1])
		}
	}
	if speaker == nil && !hasAttr {
		if sp, n, ok := st.extractSubject(s, toks); ok {
			if !extractOtherPerson(toks[n:]) {
				rec.subject = &sp
				st.notePerson(toks[n-1])
			}
		}
	}
	st.push(rec)
	r := st.decide(s, toks, found, hasAttr, speaker, qs, opensWithQuote)
	if cont && speaker != nil {
		r.closes = speaker
	}
	return r
}

// classifyHeld classifies a held sentence of a quotation whose speaker
// the quotation's later sentence named. Its words are all quoted.
func (st *extractState) classifyHeld(s string, speaker attrSpeaker) extractResult {
	st.heldToks = cueTokenizeInto(st.heldToks, s)
	toks := st.heldToks
	for k := range toks {
		toks[k].quoted = true
	}
	qs := cueFind(cueQuestionRules, toks)
	return st.decide(s, toks, attrFound{}, false, &speaker, qs, true)
}

// extractReopen corrects the quotation flags of a sentence that starts
// inside a quotation opened by the sentence before: its words up to the
// first quotation mark are quoted and that mark closes. A straight '"'
// read alone looks like an opening mark, so after it the tokenizer's flags
// are the reverse of the truth; a curly one it already read as closing.
// A lone "'" after a word ("the dog,' she said") is a closing mark too.
func extractReopen(toks []cueTok) {
	for k := range toks {
		t := &toks[k]
		if t.kind == cueQuote || t.kind == cuePunct && (t.text == "'" || t.text == "’") {
			t.kind, t.quoted = cueQuote, true
			if t.text == `"` {
				for j := k + 1; j < len(toks); j++ {
					toks[j].quoted = !toks[j].quoted
				}
			}
			return
		}
		t.quoted = true
	}
}

// decide puts a sentence whose tokens, attribution and speaker are known
// in its panel.
func (st *extractState) decide(s string, toks []cueTok, found attrFound, hasAttr bool, speaker *attrSpeaker, qs []cueFound, opensWithQuote bool) extractResult {
	// 1. Open questions.
	if speaker != nil && extractRefusalAside(qs, found, toks) {
		qs = nil
	}
	if extractIsQuestion(s) || len(qs) > 0 || speaker != nil && extractQuotedQuestion(s, toks) {
		r := extractResult{panel: extractToQuestions}
		for _, q := range qs {
			r.marks = append(r.marks, q.at)
		}
		if len(r.marks) == 0 {
			r.marks = extractQMark(s)
		}
		return r
	}

	// 2. Unverified details.
	us := cueFind(cueUnverifiedRules, toks)
	if speaker != nil && speaker.anonymous != "" {
		// After the words the article flags itself with: "speaking on
		// condition of anonymity" names the cue better than "an aide".
		us = append(us, cueFound{label: speaker.anonymous, at: found.who})
	}
	if len(us) > 0 {
		r := extractResult{panel: extractToUnverified, cue: us[0].label}
		for _, u := range us {
			if u.at.End > u.at.Start { // a continued speaker has no words here
				r.marks = extractAddSpan(r.marks, u.at)
			}
		}
		return r
	}

	// 3. Claims.
	if speaker != nil {
		phrase := speaker.phrase
		r := extractResult{panel: extractToClaims, attribution: &phrase}
		if found.cue.End > found.cue.Start {
			r.marks = []Span{found.cue}
		}
		return r
	}
	if hasAttr || opensWithQuote {
		// A speaker we could not resolve, or a quotation nobody is named
		// for: reported speech, but not the article's own assertion, and
		// guessing the speaker would mislead.
		return extractResult{}
	}
	if extractAsserts(toks) {
		return extractResult{panel: extractToClaims}
	}
	return extractResult{}
}

// extractAddSpan adds sp unless it overlaps a span already there (two rules may
// mark the same words).
func extractAddSpan(spans []Span, sp Span) []Span {
	for _, o := range spans {
		if sp.Start < o.End && o.Start < sp.End {
			return spans
		}
	}
	return append(spans, sp)
}

// extractHasQuote reports whether the sentence quotes someone.
func extractHasQuote(toks []cueTok) bool {
	for _, t := range toks {
		if t.quoted && t.isWord() {
			return true
		}
	}
	return false
}

// extractWords counts a sentence's words.
func extractWords(toks []cueTok) int {
	n := 0
	for _, t := range toks {
		if t.isWord() {
			n++
		}
	}
	return n
}

// extractEndsInQuote reports whether a sentence ends inside a quotation:
// its last token is quoted and is not the closing mark.
func extractEndsInQuote(toks []cueTok) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	return last.quoted && last.kind != cueQuote
}

// extractMentions reports which kinds of people a sentence names, so a
// later pronoun knows whether its antecedent is ambiguous.
func extractMentions(toks []cueTok) (person, group, org bool) {
	for k, t := range toks {
		if !t.isWord() {
			continue
		}
		switch {
		case attrPersonNouns[t.lower]:
			person = true
		case attrGroupNouns[t.lower]:
			group = true
		case attrOrgWords[t.lower]:
			org = true
		}
		if extractNamePair(toks, k) {
			person = true
		}
	}
	return person, group, org
}

// extractSubject reads a personal name that opens a sentence, or its main
// clause after a fronted adjunct ("In a statement, Cray apologized …"), as
// its subject: two to six capitalised words (titles and name particles
// allowed), or one the article has already named as a person, followed by
// a lower-case word, the verb ("Deputy Mayor Robert Lee will serve …"). It
// returns the speaker and the index of the token after the name. A phrase
// opening with a function word, a date word or an organisation is no
// personal subject, nor is a possessor ("Ali Hassan's shop burned").
func (st *extractState) extractSubject(s string, toks []cueTok) (attrSpeaker, int, bool) {
	lo := 0
	for c := 1; c < len(toks) && c <= 14; c++ {
		if toks[c].text == "," {
			if attrFrontedUntil(toks, c) {
				lo = c + 1
			}
			break
		}
	}
	n := lo
	for n < len(toks) && n-lo < 6 {
		t := toks[n]
		if t.kind != cueWord || t.quoted || cueStop[t.lower] || cueNounPreps[t.lower] || cueDeterminers[t.lower] || isWeekday(t.text) {
			break
		}
		if _, month := monthNumbers[strings.TrimSuffix(t.lower, ".")]; month {
			break
		}
		if !t.capitalised() && !(n > lo && (attrNameParticles[t.lower] || attrPersonNouns[t.lower])) {
			break
		}
		n++
	}
	if n == lo || n >= len(toks) {
		return attrSpeaker{}, 0, false
	}
	if next := toks[n]; next.kind != cueWord || next.capitalised() || next.quoted {
		return attrSpeaker{}, 0, false
	}
	if last := toks[n-1].lower; strings.HasSuffix(last, "'s") {
		return attrSpeaker{}, 0, false
	}
	if n-lo == 1 && !st.isPerson(toks[lo:n]) || n-lo > 1 && attrKindOf(toks[lo:n]) != attrPerson {
		return attrSpeaker{}, 0, false
	}
	return attrSpeaker{phrase: s[toks[lo].start:toks[n-1].end], kind: attrPerson}, n, true
}

// extractNamePair reports whether toks[k] and the word after it, both
// capitalised inside the sentence, may be a personal name: neither an
// organisation's word, the first no determiner ("The Hague" is not one).
func extractNamePair(toks []cueTok, k int) bool {
	t := toks[k]
	return k > 0 && t.capitalised() && k+1 < len(toks) && toks[k+1].capitalised() && toks[k+1].isWord() &&
		!attrOrgWords[toks[k+1].lower] && !attrOrgWords[t.lower] && !cueDeterminers[t.lower]
}

// extractOtherPerson reports whether the rest of a sentence after its
// subject names another person, as extractMentions does, except a role
// after "as", which is the subject's own ("will serve as acting mayor").
func extractOtherPerson(toks []cueTok) bool {
	for k, t := range toks {
		if !t.isWord() {
			continue
		}
		if attrPersonNouns[t.lower] {
			if !(k >= 1 && toks[k-1].lower == "as" || k >= 2 && toks[k-2].lower == "as") {
				return true
			}
			continue
		}
		if extractNamePair(toks, k) {
			return true
		}
	}
	return false
}

// extractQuotedQuestion reports a sentence that opens with a quoted
// question and then names who asked it (`"Why are people dying?" asked a
// doctor.`): an explicit question the article leaves open, though its
// last mark is a full stop.
func extractQuotedQuestion(s string, toks []cueTok) bool {
	if len(toks) < 3 || toks[0].kind != cueQuote {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].kind == cueQuote && (k+1 == len(toks) || !toks[k+1].quoted) {
			return strings.HasSuffix(strings.TrimRight(s[:toks[k].start], " "), "?") && extractAskerFollows(toks[k+1:])
		}
	}
	return false
}

// extractAskerFollows reports whether the tokens after a quotation are only
// its attribution: a few words with a reporting verb, up to a comma or the
// end ("asked a doctor, …", "she asked."), not a clause of the article's.
func extractAskerFollows(toks []cueTok) bool {
	verb := false
	for k, t := range toks {
		if !t.isWord() {
			return verb && (t.text == "," || t.text == "." || t.text == "!")
		}
		if k >= 6 {
			return false
		}
		if _, ok := attrVerbs[t.lower]; ok {
			verb = true
		}
	}
	return verb
}

// extractRefusalAside reports whether every question cue of a sentence is a
// party's refusal to comment told on the side of a statement that party
// makes in the same sentence: the speaker comes before the refusal, and
// either the reporting verb follows it ("X, which declined to comment,
// said Y"; "X declined to comment on Z but said Y") or the refusal is a
// second predicate of the speaker's, joined by a conjunction ("X said Y but
// declined to comment on Z"). The statement is what the sentence reports
// and the refusal its footnote. When the refusal is itself what is
// reported ("a spokesman said the ministry declined to comment", "the
// ministry declined to comment, a spokesman said") or the sentence has
// another gap, the question stands.
func extractRefusalAside(qs []cueFound, found attrFound, toks []cueTok) bool {
	if len(qs) == 0 || found.cue.End <= found.cue.Start {
		return false
	}
	for _, q := range qs {
		if !cueNoAnswerLabels[q.label] || found.who.End > q.at.Start {
			return false
		}
		if found.cue.Start >= q.at.End {
			continue
		}
		if found.cue.End > q.at.Start || !extractConjunctionBefore(toks, q.at.Start) {
			return false
		}
	}
	return true
}

// extractConjunctionBefore reports whether the word right before byte
// offset at is a coordinating conjunction ("but", "and", "while"), so the
// phrase starting there shares the subject before it.
func extractConjunctionBefore(toks []cueTok, at int) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].end > at {
			continue
		}
		switch toks[k].lower {
		case "but", "and", "while", "though", "although", "yet":
			return true
		case "did", "does", "do", "has", "have", "had", "would", "will", "could", "was", "were":
			continue // the cue may start at "not": "but did not give details"
		}
		return false
	}
	return false
}

// extractRefusalThenSays reads the attribution of "X declined to comment
// (on Y) but said Z" and "X did not respond to requests for comment and
// added that Z": the subject before a party's refusal is the subject of a
// reporting verb coordinated after it. Every question cue must be such a
// refusal, and only words and commas (the refusal's object) may stand
// between it and the conjunction.
func extractRefusalThenSays(s string, toks []cueTok, qs []cueFound) (attrFound, bool) {
	if len(qs) == 0 {
		return attrFound{}, false
	}
	for _, q := range qs {
		if !cueNoAnswerLabels[q.label] {
			return attrFound{}, false
		}
	}
	first, last := -1, -1
	for k, t := range toks {
		if t.start == qs[0].at.Start {
			first = k
		}
		if t.end == qs[len(qs)-1].at.End {
			last = k
		}
	}
	if first < 1 || last < first {
		return attrFound{}, false
	}
	v := -1
	for j := last + 1; j < len(toks) && j-last <= 12; j++ {
		t := toks[j]
		if t.quoted || !t.isWord() && t.text != "," {
			return attrFound{}, false
		}
		if t.lower == "but" || t.lower == "and" {
			v = j + 1
			break
		}
	}
	for v >= 0 && v < len(toks) && attrSkipBeforeVerb[toks[v].lower] {
		v++
	}
	if v < 0 || v >= len(toks) || toks[v].quoted || toks[v].kind != cueWord {
		return attrFound{}, false
	}
	if _, ok := attrVerbs[toks[v].lower]; !ok {
		return attrFound{}, false
	}
	if attrNeedsQuote[toks[v].lower] && !attrQuoteFollows(toks, v) {
		return attrFound{}, false
	}
	cue := Span{Start: toks[v].start, End: toks[v].end}
	i := attrSkipAdjuncts(toks, first-1)
	if i < 0 {
		return attrFound{}, false
	}
	if pr, ok := attrPronouns[toks[i].lower]; ok && toks[i].lower == pr {
		return attrFound{pronoun: pr, cue: cue, who: Span{Start: toks[i].start, End: toks[i].end}}, true
	}
	lo, ok := attrNPBefore(toks, i)
	if !ok {
		return attrFound{}, false
	}
	return attrMake(s, toks, lo, i, cue, false), true
}
