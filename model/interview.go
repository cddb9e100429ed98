package model

import (
	"slices"
	"strings"
)

// An interview printed as questions and answers marks each turn with a
// label: "Q:" and "A:", or the speaker's name in capitals as transcripts
// do ("AVERY: We have 52 votes."). The questions are the interviewer's and
// are answered in the text, so they are neither open questions nor claims;
// the answers are the interviewee's statements, and each is a claim of
// theirs even though no "said" follows it.

// interviewRole is what a paragraph is in an interview.
type interviewRole uint8

const (
	interviewNone     interviewRole = iota
	interviewQuestion               // the interviewer's turn
	interviewAnswer                 // the interviewee's turn, or its continuation
)

// interviewTurn is one paragraph's place in an interview: its role, who
// answers (for an answer), and where the text begins after the label.
type interviewTurn struct {
	role    interviewRole
	speaker string
	body    int
	// evaded is set on a question whose answer opens by refusing it ("I'm
	// not going to comment on that", "I won't put a date on it"): the
	// question is left open.
	evaded bool
}

// reTurnLabel is a turn label opening a paragraph, emphasis allowed around
// it ("**Q:**", "_A._", "Question:", "AVERY:", "SEN. AVERY:"). Group 1 is
// the label. "Q." and "A." need a space after, so that "A.B. Smith" is no
// label.
var reTurnLabel = lazyRE(`^[*_]{0,2}((?:Q|A|Question|Answer)|\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2})[*_]{0,2}\s*[:.][*_]{0,2}\s+`)

// notSpeakers are capitalised labels that open a paragraph without being
// anyone's turn: a newsroom's notes and signposts.
var notSpeakers = cueSet("update", "updated", "note", "correction", "clarification", "editor's note",
	"editors' note", "watch", "read", "read more", "photo", "photos", "video", "breaking", "live",
	"analysis", "opinion", "exclusive", "warning", "source", "sources", "related", "also", "more",
	"tags", "topics", "file", "caption", "credit", "image", "listen", "see also", "disclosure",
	"contact", "media contact", "about", "background", "context", "summary", "tl;dr", "ps", "p.s.")

// turnLabel returns a paragraph's turn label, normalised ("Q", "A" or
// the name as printed) and the offset where the turn's words begin.
func turnLabel(p string) (label string, body int, ok bool) {
	if len(p) < 4 {
		return "", 0, false
	}
	head := headOf(p, 64)
	if bare := strings.TrimLeft(head, "*_"); !strings.Contains(head, ":") &&
		!strings.HasPrefix(bare, "Q.") && !strings.HasPrefix(bare, "A.") {
		return "", 0, false // most paragraphs: no label, no pattern run
	}
	m := reTurnLabel.FindStringSubmatchIndex(head)
	if m == nil || m[1] >= len(p) {
		return "", 0, false
	}
	label = p[m[2]:m[3]]
	sep := p[m[3]:m[1]]
	switch strings.ToLower(label) {
	case "q", "question":
		return "Q", m[1], true
	case "a", "answer":
		return "A", m[1], true
	}
	// A name label takes a colon ("AVERY:"), never a full stop, and is a
	// word of at least two letters that is not a signpost.
	if !strings.Contains(sep, ":") || len(label) < 2 || notSpeakers[strings.ToLower(strings.Trim(label, ".'’"))] {
		return "", 0, false
	}
	return label, m[1], true
}

// interviewTurns reads an article's paragraphs, in order, as an interview
// and returns each one's turn, or nil when the article is not one. intro
// is the text before the interview (title and opening paragraphs), where
// the interviewee is introduced by name.
//
// It is an interview when it has both a "Q" and an "A" label, or when two
// speakers' labels each open at least two paragraphs, taking turns: a
// single capitalised label ("WASHINGTON: …", "UPDATE: …") is never read as
// one. A name label whose paragraphs are mostly questions is the
// interviewer's. A paragraph without a label continues the turn before it.
//
// breaks, when not nil, marks the paragraphs that open a new section: a
// turn does not continue across a heading, so a newsletter's sign-off
// under the next heading is nobody's answer.
func interviewTurns(paras []string, title string, breaks []bool) []interviewTurn {
	labels := make([]string, len(paras))
	bodies := make([]int, len(paras))
	count := map[string]int{}
	asks := map[string]int{}
	first := -1
	for i, p := range paras {
		l, b, ok := turnLabel(p)
		if !ok {
			continue
		}
		labels[i], bodies[i] = l, b
		count[l]++
		if strings.HasSuffix(strings.TrimRight(p, " *_\"”’'"), "?") {
			asks[l]++
		}
		if first < 0 {
			first = i
		}
	}
	qa := count["Q"] > 0 && count["A"] > 0
	var names []string
	for l, n := range count {
		if l != "Q" && l != "A" && n >= 2 {
			names = append(names, l)
		}
	}
	if !qa && len(names) < 2 {
		return nil
	}
	// The introduction (the paragraphs before the first turn) names the
	// interviewee; a headline is title-cased, so a name is only looked for
	// there when a speaker's label says which.
	intro := paras[:max(first, 0)]
	withTitle := append([]string{title}, intro...)
	interviewee := ""
	if qa {
		// The interviewee is introduced just before the questions: the
		// nearest paragraph naming someone, not the page's masthead.
		near := slices.Clone(intro)
		slices.Reverse(near)
		interviewee = introducedName(near, "")
		if interviewee == "" {
			interviewee = "the interviewee"
		}
	}
	turns := make([]interviewTurn, len(paras))
	cur := interviewTurn{}
	for i, l := range labels {
		if i < len(breaks) && breaks[i] {
			cur = interviewTurn{}
		}
		switch {
		case l == "":
			if cur.role != interviewNone {
				turns[i] = interviewTurn{role: cur.role, speaker: cur.speaker}
			}
			continue
		case qa && l == "Q":
			cur = interviewTurn{role: interviewQuestion}
		case qa && l == "A":
			cur = interviewTurn{role: interviewAnswer, speaker: interviewee}
		case !qa && count[l] >= 2 && 2*asks[l] > count[l]:
			cur = interviewTurn{role: interviewQuestion}
		case !qa && count[l] >= 2:
			name := introducedName(withTitle, l)
			if name == "" {
				name = capsToName(l)
			}
			cur = interviewTurn{role: interviewAnswer, speaker: name}
		default:
			cur = interviewTurn{}
			continue
		}
		turns[i] = interviewTurn{role: cur.role, speaker: cur.speaker, body: bodies[i]}
	}
	for i := range turns {
		if turns[i].role == interviewQuestion && turns[i].body > 0 && i+1 < len(turns) &&
			turns[i+1].role == interviewAnswer && turns[i+1].body > 0 {
			turns[i].evaded = evades(paras[i+1][turns[i+1].body:])
		}
	}
	return turns
}

// evades reports whether an answer's first sentence refuses the question
// or says the answer is not known.
func evades(answer string) bool {
	spans := Sentences(answer)
	if len(spans) == 0 {
		return false
	}
	first := answer[spans[0].Start:spans[0].End]
	return len(cueFind(cueQuestionRules, cueTokenize(first))) > 0
}

// introducedName finds the person an interview's introduction names: the
// first personal name in its texts, or, given a label ("AVERY"), the first
// name whose last word is the label. It returns "" when there is none.
func introducedName(texts []string, label string) string {
	for _, text := range texts {
		toks := cueTokenize(text)
		for i := 0; i < len(toks); i++ {
			j := i
			for j < len(toks) && j-i < 4 && toks[j].kind == cueWord && toks[j].capitalised() &&
				!cueStop[toks[j].lower] && !cueDeterminers[toks[j].lower] && !attrPersonNouns[toks[j].lower] {
				j++
			}
			if j-i < 2 {
				continue
			}
			run := toks[i:j]
			if attrNameLike(run) && (label == "" || strings.EqualFold(run[len(run)-1].text, label)) {
				return text[run[0].start:run[len(run)-1].end]
			}
			i = j - 1
		}
	}
	return ""
}

// capsToName writes a capitals label as a name: "AVERY" → "Avery".
func capsToName(label string) string {
	words := strings.Fields(strings.ToLower(label))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
