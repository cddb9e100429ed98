package model

import "testing"

// A party that declines to comment, does not answer a request for comment
// or cannot be reached leaves the reader a question the article could not
// get answered: it belongs to the open questions, whoever the party is.
func TestQuestion_NoCommentLeavesAQuestion(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"A spokesman for the navy declined to comment.", "open_questions", ""},
		{"The spokesman declined to comment.", "open_questions", ""},
		{"The bank declined to comment on the report.", "open_questions", ""},
		{"Lawyers for the mayor refused to comment.", "open_questions", ""},
		{"The company would not comment on the lawsuit.", "open_questions", ""},
		{"Officials in Lisbon did not respond to requests for comment.", "open_questions", ""},
		{"The club did not immediately respond to a request for comment.", "open_questions", ""},
		{"The regulator has not responded to repeated requests for comment from reporters.", "open_questions", ""},
		{"The embassy didn't reply to an emailed request for comment on Friday.", "open_questions", ""},
		{"Representatives of the singer could not be reached for comment.", "open_questions", ""},
		{"The minister could not immediately be reached for comment.", "open_questions", ""},
		{"Her office did not return calls seeking comment.", "open_questions", ""},
		{"The airline did not immediately return messages on Sunday.", "open_questions", ""},
		{"There was no immediate comment from the army.", "open_questions", ""},
		{"The union was not available for comment.", "open_questions", ""},
		// A party answering, or a place out of reach, is no gap.
		{"The village could not be reached by road after the floods.", "", ""},
		{"The ministry responded to the attack with airstrikes on Monday.", "claims", "<nil>"},
		{"The ministry said it had responded to 300 requests for aid.", "claims", "The ministry"},
		{"Officials returned calls from 40 families on Tuesday.", "claims", "<nil>"},
	})
}

// The marks sit on the words that say the question was not answered.
func TestMarks_NoCommentCueWords(t *testing.T) {
	cases := []struct{ text, mark string }{
		{"A spokesman for the navy declined to comment.", "declined to comment"},
		{"The club did not immediately respond to a request for comment.", "did not immediately respond to a request for comment"},
		{"Representatives of the singer could not be reached for comment.", "could not be reached for comment"},
		{"Her office did not return calls seeking comment.", "did not return calls"},
	}
	for _, c := range cases {
		a := extractSentences(c.text)
		if len(a.OpenQuestions) != 1 {
			t.Errorf("%q: not an open question:\n%s", c.text, describeExtraction(a))
			continue
		}
		found := false
		for _, m := range a.OpenQuestions[0].Marks {
			found = found || c.text[m.Start:m.End] == c.mark
		}
		if !found {
			t.Errorf("%q: marks %v do not cover %q", c.text, a.OpenQuestions[0].Marks, c.mark)
		}
	}
}

// When the party that would not comment goes on to state something, or
// the statement is made and the refusal is a side remark of the same
// subject, the sentence's best fit is the statement: a claim by that
// party. When the refusal is what someone reports, or the sentence has a
// question of its own, it stays an open question.
func TestPrecedence_StatementOutranksSideRefusal(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"The ministry, which declined to comment on the casualties, said the strike hit a depot.", "claims", "The ministry"},
		{"The ministry declined to comment on the casualties but said the strike hit a depot.", "claims", "The ministry"},
		{"The ministry said the strike hit a depot but declined to comment on the casualties.", "claims", "The ministry"},
		{"Hamas, which declined to comment, said 40 people died.", "claims", "Hamas"},
		{"The firm, which did not respond to a request for comment, said in a filing that sales fell 5%.", "claims", "The firm"},
		// The refusal is the content of the report.
		{"A spokesman said the ministry declined to comment on the casualties.", "open_questions", ""},
		{"The ministry declined to comment on the casualties, a spokesman said.", "open_questions", ""},
		// Another gap in the same sentence keeps it a question.
		{"The ministry, which declined to comment, said it was unclear who fired first.", "open_questions", ""},
		{"The ministry declined to comment but said it was not yet known how many died.", "open_questions", ""},
	})
}

// A claim reported as made without support is a detail the article has
// not been able to confirm.
func TestUnverified_NoEvidenceProvided(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"It did not provide evidence for the claim.", "unverified", "no evidence provided"},
		{"The group did not provide any evidence to back its account.", "unverified", "no evidence provided"},
		{"The minister offered no evidence for the accusation.", "unverified", "no evidence provided"},
		{"The army said, without providing evidence, that the fighters used the hospital.", "unverified", "no evidence provided"},
		{"The president claimed without evidence that the vote was rigged.", "unverified", "no evidence provided"},
		{"Police provided no evidence that the men were armed.", "unverified", "no evidence provided"},
		{"The agency hasn't presented proof of the attack.", "unverified", "no evidence provided"},
		// Evidence that was provided is no hedge.
		{"The prosecutor provided evidence that the money was moved in 2019.", "claims", "<nil>"},
		{"Police said there was no evidence of foul play.", "claims", "Police"},
	})
}

// "She declined to comment but said …" finds its speaker as any pronoun
// does: in the sentence before.
func TestClaim_PronounRefusalThenStatement(t *testing.T) {
	first := "Mayor Ana Ruiz said the budget was ready."
	second := "She declined to comment on the deficit but said taxes would not rise."
	a := extractSentences(first, second)
	checkExtraction(t, a)
	if panel, who := panelOf(a, second); panel != "claims" || who != "Mayor Ana Ruiz" {
		t.Errorf("got %s %q, want a claim by Mayor Ana Ruiz:\n%s", panel, who, describeExtraction(a))
	}
}
