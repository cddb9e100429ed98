package model

import "testing"

// Each sentence here is on its own in its paragraph; detail is the cue of
// an unverified detail, or "<nil>" for a claim the article makes itself
// (an open question carries no cue, so its detail only documents which
// rule is meant).
func checkPanels(t *testing.T, cases []struct{ text, panel, detail string }) {
	t.Helper()
	for _, c := range cases {
		a := extractSentences(c.text)
		panel, detail := panelOf(a, c.text)
		if panel != c.panel || c.detail != "" && c.panel != "open_questions" && detail != c.detail {
			t.Errorf("%q: got %q %q, want %q %q", c.text, panel, detail, c.panel, c.detail)
		}
	}
}

func TestAsserts_PresentAndScheduledFacts(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		// A status in plain words: "critical condition" is no commentary.
		{"Three of the passengers are in critical condition.", "claims", "<nil>"},
		{"Two men face serious charges.", "claims", "<nil>"},
		// An action under way, when the sentence says who.
		{"Firefighters from Lyon are battling the blaze.", "claims", "<nil>"},
		{"Residents are living in fear.", "", ""},
		{"Analysts are watching closely.", "", ""},
		{"Tensions are rising across the region.", "", ""},
		// A passive with its agent is an event, negated or not.
		{"The drug is not approved by the regulator.", "claims", "<nil>"},
		{"The paper is owned by a Swiss publishing group.", "claims", "<nil>"},
		// Adverbs between the auxiliary and the participle.
		{"The vaccine was generally well tolerated.", "claims", "<nil>"},
		// A weekday with a possessive dates the sentence.
		{"The club will learn its opponents in Friday's draw.", "claims", "<nil>"},
	})
}

func TestAsserts_WriterWeighing(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"Several ministers evidently shared those doubts in 2023.", "", ""},
		{"None of this means the plan failed in 2024.", "", ""},
		{"That is not to say the 2019 deal collapsed.", "", ""},
		{"The visit is widely seen as a signal to Moscow.", "", ""},
	})
}

func TestUnverified_MoreCues(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"The trial, which has not yet been peer reviewed, enrolled 400 patients.", "unverified", "not peer reviewed"},
		{"The findings were posted as a preprint in March.", "unverified", "not peer reviewed"},
		{"The merger was agreed on Monday, according to three people briefed on the talks.", "unverified", "unnamed sources"},
		{"People with direct knowledge of the plan said it would cost $2 billion.", "unverified", "unnamed sources"},
		{"The footage shows what appears to be a drone over the base.", "unverified", "appeared to be"},
		{"A video appeared to show troops crossing the river.", "unverified", "appears to show"},
		{"There were reports of gunfire near the airport.", "unverified", "unconfirmed reports"},
		{"The link to the outbreak has not been demonstrated.", "unverified", "not demonstrated"},
	})
}

func TestQuestion_NotDecidedNotGiven(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"The board did not decide when the vote would be held.", "open_questions", "not decided"},
		{"Ministers have not settled how the fund will be paid for.", "open_questions", "not decided"},
		{"The airline did not give a timeline for the repairs.", "open_questions", "no details were given"},
		{"The company didn't provide a forecast for next year.", "open_questions", "no details were given"},
		{"I'm not going to comment on the budget.", "open_questions", cueDeclinedToComment},
		{"We won't speculate about the cause.", "open_questions", cueDeclinedToComment},
		// Settling a dispute is an event, not a gap.
		{"The two firms settled the dispute in 2022.", "claims", "<nil>"},
	})
}

func TestQuestion_StatementWithoutDetailsIsAClaim(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"The charity said it had received 40 similar complaints, but did not give details.", "claims", "The charity"},
		{"The charity did not give details of the complaints.", "open_questions", ""},
	})
}

func TestUnverified_DisclaimerMarksTheClaimBefore(t *testing.T) {
	a := extractSentences(
		"The governor said 40 people had died in the floods.",
		"The figure could not be independently verified.",
		"Rescue teams reached the valley on Monday.",
	)
	if p, _ := panelOf(a, "The governor said 40 people had died in the floods."); p != "unverified" {
		t.Errorf("the disclaimed claim is in %q, want unverified", p)
	}
	if p, _ := panelOf(a, "Rescue teams reached the valley on Monday."); p != "claims" {
		t.Errorf("a claim after the disclaimer is in %q, want claims", p)
	}
	// A long sentence that carries its own cue disclaims only itself.
	b := extractSentences(
		"The governor said 40 people had died in the floods.",
		"Officials in the capital said separately that reports of looting in three towns could not be verified by the police.",
	)
	if p, _ := panelOf(b, "The governor said 40 people had died in the floods."); p != "claims" {
		t.Errorf("a claim before a long sentence with its own cue is in %q, want claims", p)
	}
}

func TestRound3Cues(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"The ministry gave no estimate of when power would return.", "open_questions", ""},
		{"The coach stopped short of saying whether he would resign.", "open_questions", ""},
		{"Neither airline would comment.", "open_questions", ""},
		{"Investigators have not ruled out sabotage.", "open_questions", ""},
		{"The committee has not ruled on the appeal since 2023.", "claims", "<nil>"},
		{"The Chronicle has learned that the mayor will resign.", "unverified", "it is understood"},
		{"One bystander said the car was travelling at 70 mph.", "unverified", "single eyewitness"},
		{"The militia claimed responsibility for the blast.", "unverified", "claimed"},
		{"He claimed to have met the president twice.", "unverified", "claimed"},
		// Not a distancing "claimed", nor a newsroom's "understands".
		{"The blaze claimed the lives of three firefighters in 2021.", "claims", "<nil>"},
		{"She claimed the world title in 2019.", "claims", "<nil>"},
		{"Neither man was injured in the crash on Friday.", "claims", "<nil>"},
	})
}

func TestQuestion_NobodyHasSaid(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"No group has said it was behind the attack.", "open_questions", ""},
		{"Nobody has claimed responsibility for the fire.", "open_questions", ""},
		{"No one has explained why the alarm failed.", "open_questions", ""},
	})
}

func TestUnverified_GeneralDisclaimerStaysPut(t *testing.T) {
	a := extractSentences(
		"Gunmen seized six workers from a hotel on Monday, officials said.",
		"Several details have not been confirmed.",
	)
	if p, _ := panelOf(a, "Gunmen seized six workers from a hotel on Monday, officials said."); p != "claims" {
		t.Errorf("a general disclaimer moved the claim before it to %q", p)
	}
}

func TestUnverified_DisclaimerDoesNotReachPastAQuestion(t *testing.T) {
	a := extractTest(testSection{heading: "What we don't know", paras: [][]string{{
		"The governor said 40 people had died in the floods.",
		"Whether the dam was inspected.",
		"The figure could not be independently verified.",
	}}})
	if p, _ := panelOf(a, "The governor said 40 people had died in the floods."); p != "claims" {
		t.Errorf("a disclaimer after a question reached the claim before it: %q", p)
	}
}
