package model

import (
	"strings"
	"testing"
)

func TestTurnLabel(t *testing.T) {
	for _, c := range []struct {
		in, label, body string
	}{
		{"Q: How bad is it?", "Q", "How bad is it?"},
		{"**Q:** How bad is it?", "Q", "How bad is it?"},
		{"Q. How bad is it?", "Q", "How bad is it?"},
		{"Question: How bad is it?", "Q", "How bad is it?"},
		{"A: Rents rose.", "A", "Rents rose."},
		{"_A._ Rents rose.", "A", "Rents rose."},
		{"Answer: Rents rose.", "A", "Rents rose."},
		{"AVERY: We have 52 votes.", "AVERY", "We have 52 votes."},
		{"SEN. AVERY: We have 52 votes.", "SEN. AVERY", "We have 52 votes."},
		{"**BELL:** Will it pass?", "BELL", "Will it pass?"},
		// Not turns.
		{"UPDATE: Police have arrested a man.", "", ""},
		{"Editor's note: This story was updated.", "", ""},
		{"AVERY. We have votes.", "", ""}, // a name takes a colon
		{"A.B. Smith said the plan was sound.", "", ""},
		{"As the storm neared: residents fled.", "", ""},
		{"The plan: cut costs.", "", ""},
		{"Q:", "", ""},
	} {
		label, body, ok := turnLabel(c.in)
		if c.label == "" {
			if ok {
				t.Errorf("turnLabel(%q) = %q, want no label", c.in, label)
			}
			continue
		}
		if !ok || label != c.label || c.in[body:] != c.body {
			t.Errorf("turnLabel(%q) = %q, %q, %v; want %q, %q", c.in, label, c.in[min(body, len(c.in)):], ok, c.label, c.body)
		}
	}
}

func TestInterviewTurnsNeedsBothSides(t *testing.T) {
	for _, paras := range [][]string{
		// One label is a dateline or a signpost, not an interview.
		{"WASHINGTON: The Senate passed the bill.", "It now goes to the House."},
		{"UPDATE: The road has reopened.", "Police said the crash injured two people."},
		// Only questions: a list of questions is not an interview.
		{"Q: Who pays?", "Nobody knows yet.", "Q: When?"},
		// A speaker label used once each is not a transcript.
		{"SMITH: We won.", "JONES: We lost."},
	} {
		if turns := interviewTurns(paras, "", nil); turns != nil {
			t.Errorf("interviewTurns(%q) = %v, want not an interview", paras, turns)
		}
	}
}

func TestInterviewTurnsRoles(t *testing.T) {
	paras := []string{
		"The housing commissioner, Maria Lopez, spoke to us about rents.",
		"Q: How bad is it?",
		"A: Rents rose 8% last year.",
		"They will rise again next year, our figures show.",
		"Q: And then?",
		"A: We build.",
	}
	turns := interviewTurns(paras, "Housing Chief Says Rents Will Rise", nil)
	want := []interviewRole{interviewNone, interviewQuestion, interviewAnswer, interviewAnswer, interviewQuestion, interviewAnswer}
	if len(turns) != len(want) {
		t.Fatalf("turns = %v", turns)
	}
	for i, r := range want {
		if turns[i].role != r {
			t.Errorf("paragraph %d (%q): role %d, want %d", i, paras[i], turns[i].role, r)
		}
		if r == interviewAnswer && turns[i].speaker != "Maria Lopez" {
			t.Errorf("paragraph %d: speaker %q, want Maria Lopez", i, turns[i].speaker)
		}
	}
}

func TestInterviewTranscriptSpeakers(t *testing.T) {
	paras := []string{
		"Senator John Avery of Ohio joined host Karen Bell to discuss the budget.",
		"BELL: Will the deal pass?",
		"AVERY: We have 52 votes.",
		"BELL: Is that enough?",
		"AVERY: It is more than enough.",
	}
	turns := interviewTurns(paras, "", nil)
	if turns == nil {
		t.Fatal("not read as an interview")
	}
	if turns[1].role != interviewQuestion || turns[3].role != interviewQuestion {
		t.Errorf("BELL asks the questions: %v", turns)
	}
	if turns[2].role != interviewAnswer || turns[2].speaker != "John Avery" {
		t.Errorf("AVERY's turn = %+v, want an answer by John Avery", turns[2])
	}
}

func TestExtractInterview(t *testing.T) {
	a := Parse("qa", strings.Join([]string{
		"Housing Chief Expects More Rent Rises",
		"The city's housing commissioner, Maria Lopez, spoke to us about the rent crisis.",
		"Q: How bad is it?",
		"A: Rents rose 8% last year, the fastest rise in a decade.",
		"Q: What will you do?",
		"A: We will build 5,000 new homes by 2027. No.",
		"Q: Who pays?",
		"A: The state, reportedly, though that is not settled.",
	}, "\n\n"), Meta{})
	for _, s := range a.Sections {
		if strings.HasPrefix(s.Heading, "Q") {
			t.Errorf("question %q read as a heading", s.Heading)
		}
	}
	if len(a.OpenQuestions) != 0 {
		t.Errorf("the interviewer's questions are not open: %+v", a.OpenQuestions)
	}
	want := map[string]bool{
		"Rents rose 8% last year, the fastest rise in a decade.": true,
		"We will build 5,000 new homes by 2027.":                 true,
	}
	for _, c := range a.Claims {
		if !want[c.Text] {
			t.Errorf("unexpected claim %q", c.Text)
			continue
		}
		delete(want, c.Text)
		if c.Attribution == nil || *c.Attribution != "Maria Lopez" {
			t.Errorf("claim %q attributed to %v, want Maria Lopez", c.Text, c.Attribution)
		}
	}
	for text := range want {
		t.Errorf("missing claim %q", text)
	}
	if len(a.Unverified) != 1 || !strings.HasPrefix(a.Unverified[0].Text, "The state, reportedly") {
		t.Errorf("a hedged answer is unverified: %+v", a.Unverified)
	}
}

func TestExtractQuoteContinuedInNextParagraph(t *testing.T) {
	a := Parse("q", strings.Join([]string{
		"Flood Damage Closes Three Bridges",
		`"The damage is extensive," said Mayor Jane Doe. "We have lost three bridges.`,
		`"We will need federal help to rebuild."`,
		`"Nobody saw it coming," a line with no speaker reads.`,
		`"This quote stands alone."`,
	}, "\n\n"), Meta{})
	got := map[string]string{}
	for _, c := range a.Claims {
		who := ""
		if c.Attribution != nil {
			who = *c.Attribution
		}
		got[c.Text] = who
	}
	if who := got[`"We will need federal help to rebuild."`]; who != "Mayor Jane Doe" {
		t.Errorf("continued quotation attributed to %q, want Mayor Jane Doe (claims %v)", who, got)
	}
	if _, ok := got[`"This quote stands alone."`]; ok {
		t.Errorf("a closed quotation does not carry its speaker to a later paragraph: %v", got)
	}
}

func TestEditedForLengthIsNoClaim(t *testing.T) {
	a := Parse("e", "Mayor Says Rents Will Fall\n\nThe mayor said rents would fall by 5% in 2027.\n\nThis interview has been edited for length and clarity.\n", Meta{})
	for _, c := range a.Claims {
		if strings.Contains(c.Text, "edited") {
			t.Errorf("the editor's note %q is a claim", c.Text)
		}
	}
}

func TestInterviewEvadedQuestionStaysOpen(t *testing.T) {
	paras := []string{
		"The minister, Ana Ruiz, spoke to us on Monday.",
		"Q: Will taxes rise?",
		"A: I'm not going to comment on the budget before it is published.",
		"Q: Will you run again?",
		"A: Yes, in 2028.",
		"Q: When will prices fall?",
		"A: Nobody knows, and anyone who says so is guessing.",
	}
	turns := interviewTurns(paras, "", nil)
	for i, want := range map[int]bool{1: true, 3: false, 5: true} {
		if turns[i].evaded != want {
			t.Errorf("%q: evaded = %v, want %v", paras[i], turns[i].evaded, want)
		}
	}
}

func TestExtractInterviewQuestionTurns(t *testing.T) {
	a := Parse("qa", strings.Join([]string{
		"Minister Expects Prices To Fall",
		"The finance minister, Ana Ruiz, spoke to us on Monday. This interview has been edited for length.",
		"Q: Critics say the plan cost $4 billion. Is that right?",
		"A: The plan cost $3 billion, and it paid for itself by 2025.",
		"Q: When will prices fall?",
		"A: I'm not going to put a date on it.",
	}, "\n\n"), Meta{})
	var critics bool
	for _, c := range a.Claims {
		if strings.HasPrefix(c.Text, "Critics say") {
			critics = c.Attribution != nil && *c.Attribution == "Critics"
		}
		if strings.Contains(c.Text, "edited") {
			t.Errorf("editor's note %q is a claim", c.Text)
		}
	}
	if !critics {
		t.Errorf("the interviewer's report of critics is their claim: %+v", a.Claims)
	}
	var open []string
	for _, q := range a.OpenQuestions {
		open = append(open, q.Text)
	}
	if !slicesContains(open, "When will prices fall?") || slicesContains(open, "Is that right?") {
		t.Errorf("open questions %q: want the evaded one only", open)
	}
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestInterviewIntervieweeIsTheNearestName(t *testing.T) {
	paras := []string{
		"From: The Evening Digest <news@example.com>",
		"Good evening. Here is the news.",
		"Dr. Mia Kovac runs the city's flood team. We spoke to her on Monday.",
		"Q: Is the city ready?",
		"A: We have 40 pumps on standby tonight.",
		"That's all for today.",
	}
	breaks := []bool{false, false, false, false, false, true}
	turns := interviewTurns(paras, "", breaks)
	if turns == nil || turns[4].speaker != "Mia Kovac" {
		t.Fatalf("answer speaker = %+v, want Mia Kovac", turns)
	}
	if turns[5].role != interviewNone {
		t.Errorf("a paragraph under the next heading continued the answer: %+v", turns[5])
	}
}

// An editor's note paragraph before the turns must not shift them: the
// turns are numbered over every paragraph, skipped or not.
func TestExtractInterviewAfterEditorsNote(t *testing.T) {
	a := Parse("qa", strings.Join([]string{
		"Minister Expects Rents To Rise",
		"The housing minister, Ana Ruiz, spoke to us on Monday.",
		"Editor's note: This interview has been edited for length.",
		"Q: Will rents rise this year?",
		"A: Rents will rise by about 4% in 2026.",
	}, "\n\n"), Meta{})
	if len(a.OpenQuestions) != 0 {
		t.Errorf("the answered question is open: %+v", a.OpenQuestions)
	}
	var found bool
	for _, c := range a.Claims {
		if strings.HasPrefix(c.Text, "Rents will rise") {
			found = c.Attribution != nil && *c.Attribution == "Ana Ruiz"
		}
	}
	if !found {
		t.Errorf("the answer is not Ana Ruiz's claim: %+v", a.Claims)
	}
}
