package model

import "testing"

// Round 3 of attribution: quotations introduced by a colon or spread over
// several sentences, the listener of "told", and more reporting verbs,
// each pinned by sentences written for the test.

func TestAttr3_ToldNamesTheListenerNotTheSpeaker(t *testing.T) {
	// In "X told Y" X speaks; Y (a body, an outlet, reporters) listens.
	runPanelCases(t, []panelCase{
		{"The bridge needs new bearings, the city's engineer, Hong Li, told council.", "claims", "Hong Li"},
		{"Kim Patel, of the RMT union, told the BBC: 'Our members are exhausted.'", "claims", "Kim Patel"},
		{"The depot will close in May, a manager told reporters.", "claims", "a manager"},
		{"Farmer Joe Bell told the inquiry the river had flooded twice.", "claims", "Farmer Joe Bell"},
		// an inverted "said" still names the speaker after it
		{"The vote was rigged, said the opposition leader, Ana Costa.", "claims", "Ana Costa"},
	})
}

func TestAttr3_MoreReportingVerbs(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"Counsel for the state, Ravi Desai, submitted that the order was unlawful.", "claims", "Ravi Desai"},
		{"The defence submitted that the evidence had been planted.", "claims", "The defence"},
		{"One broker has projected that sales will fall 4% this year.", "claims", "One broker"},
		{"Half of the wells held unsafe water, the researchers found.", "claims", "the researchers"},
		{"Most of the damage was done by one storm, the inspectors concluded.", "claims", "the inspectors"},
		{"Chief executive Dana Ruiz apologized in a statement on Friday.", "claims", "Chief executive Dana Ruiz"},
		// a noun at the end is no reporting verb
		{"Two men face serious charges.", "claims", "<nil>"},
		{"The council published its findings.", "claims", "<nil>"},
	})
}

func TestAttr3_ComparisonWithWhatOthersSayIsNoSource(t *testing.T) {
	// "than X describe" compares the article's figure with theirs.
	a := extractSentences("The official toll is far lower than local residents describe.")
	checkExtraction(t, a)
	if _, who := panelOf(a, "The official toll is far lower than local residents describe."); who == "local residents" {
		t.Errorf("got speaker %q, want none", who)
	}
	runPanelCases(t, []panelCase{
		{"The toll is higher than officials admit, residents said.", "claims", "residents"},
	})
}

func TestAttr3_ColonIntroducesAQuotation(t *testing.T) {
	// Any verb of speech or manner before a colon and a quotation names
	// its speaker, and the quotation's next sentence continues it.
	runAttrSeqCases(t, []attrSeqCase{
		{[]string{"Coach Lena Hart was angry after the defeat.", `Hart raged: "We were robbed.`}, "Hart"},
		{[]string{"Coach Lena Hart was angry after the defeat.", `Hart raged: "We were robbed.`, `Robbed."`}, "Hart"},
		{[]string{"Striker Ben Ade was sent off in the second half.", `He added: "I'll probably get a ban."`}, "Striker Ben Ade"},
		{[]string{`After the match, Ade snapped on radio: "I never touched him."`}, "Ade"},
		{[]string{`The union's Kim Patel told the BBC: 'Our members are exhausted.'`}, "The union's Kim Patel"},
	})
	runPanelCases(t, []panelCase{
		// a copula or a list before the colon introduces no one's words
		{`The rules are clear: "no fans on the pitch".`, "", ""},
		{`The sign read as follows: "Closed for repairs."`, "", ""},
	})
}

func TestAttr3_QuotationSpeakerNamedAfterItsLastSentence(t *testing.T) {
	// Every sentence inside one pair of quotation marks is the speaker's
	// whose tag follows the last one; the earlier ones wait for it.
	intro := "Resident Mary Cole fled on Tuesday."
	for _, q := range [][]string{
		{`"The sky turned black.`, `We took the dog," she said.`},
		{`"The sky turned black.`, `The air was hot.`, `We took the dog," she said.`},
		{`“The sky turned black.`, `We took the dog,” she said.`},
		{`'The sky turned black.`, `We took the dog,' she said.`},
		{`"The sky turned black.`, `We took the dog," said Cole.`},
	} {
		a := extractSentences(append([]string{intro}, q...)...)
		checkExtraction(t, a)
		for _, s := range q {
			if panel, who := panelOf(a, s); panel != "claims" || who != "Resident Mary Cole" && who != "Cole" {
				t.Errorf("%q in %q: got %s %q, want claims of Cole", s, q, panel, who)
			}
		}
	}
	// No speaker named before the paragraph ends: nobody's.
	a := extractSentences(`"The sky turned black.`, `We took the dog."`)
	checkExtraction(t, a)
	if len(a.Claims) != 0 {
		t.Errorf("unattributed quotation: got claims %+v, want none", a.Claims)
	}
	// A held sentence that is a question still goes to the questions.
	a = extractSentences(intro, `"Why did nobody warn us?`, `We had minutes," she said.`)
	if panel, _ := panelOf(a, `"Why did nobody warn us?`); panel != "open_questions" {
		t.Errorf("held question: got %q, want open_questions", panel)
	}
	// The tag's words, once the quotation is closed, are not quoted: a
	// sentence inside the quotation is not read for a reporting verb.
	a = extractSentences(intro, `"Officials said it was safe.`, `It was not," she said.`)
	if _, who := panelOf(a, `"Officials said it was safe.`); who != "Resident Mary Cole" {
		t.Errorf("quoted 'Officials said': got %q, want Resident Mary Cole", who)
	}
}

func TestAttr3_StatementThenQuotedPronoun(t *testing.T) {
	// "apologized in a statement" speaks; the quotation after it is the
	// same person's once the article has named them as one.
	runAttrSeqCases(t, []attrSeqCase{
		{[]string{"Chief executive Dana Ruiz faced the board on Monday.", "Ruiz apologized in a statement.", `"We let our users down," she said.`}, "Ruiz"},
		{[]string{"Ruiz apologized in a statement.", `"We let our users down," she said.`}, ""},
	})
}
