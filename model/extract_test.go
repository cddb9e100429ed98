package model

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/internal/genbriefing"
)

// article builds an article from sections of paragraphs, each paragraph
// given as its sentences; the sentences are joined with one space and
// split back exactly there, so these tests do not depend on the sentence
// splitter.
type testSection struct {
	heading string
	paras   [][]string
}

func extractTest(sections ...testSection) *Article {
	a := &Article{ID: "test"}
	spans := map[string][]Span{}
	for _, s := range sections {
		sec := Section{Heading: s.heading}
		for _, sents := range s.paras {
			var b strings.Builder
			var sp []Span
			for k, x := range sents {
				if k > 0 {
					b.WriteString(" ")
				}
				sp = append(sp, Span{Start: b.Len(), End: b.Len() + len(x)})
				b.WriteString(x)
			}
			sec.Paragraphs = append(sec.Paragraphs, b.String())
			spans[b.String()] = sp
		}
		a.Sections = append(a.Sections, sec)
	}
	extractWith(a, func(p string) []Span { return spans[p] })
	return a
}

// extractSentences extracts one paragraph of sentences.
func extractSentences(sents ...string) *Article {
	return extractTest(testSection{paras: [][]string{sents}})
}

// panelOf returns the panel a sentence went to ("claims", "open_questions",
// "unverified" or "") and its attribution or cue.
func panelOf(a *Article, text string) (panel, detail string) {
	for _, c := range a.Claims {
		if c.Text == text {
			if c.Attribution == nil {
				return "claims", "<nil>"
			}
			return "claims", *c.Attribution
		}
	}
	for _, q := range a.OpenQuestions {
		if q.Text == text {
			return "open_questions", ""
		}
	}
	for _, u := range a.Unverified {
		if u.Text == text {
			return "unverified", u.Cue
		}
	}
	return "", ""
}

type panelCase struct {
	text, panel, detail string
}

// runPanelCases extracts each text as a one-sentence article and checks
// its panel and attribution (claims, "<nil>" for none) or cue (unverified).
func runPanelCases(t *testing.T, cases []panelCase) {
	t.Helper()
	for _, c := range cases {
		a := extractSentences(c.text)
		checkExtraction(t, a)
		panel, detail := panelOf(a, c.text)
		if panel != c.panel || (c.detail != "" && detail != c.detail) {
			t.Errorf("%q\n  got %s %q, want %s %q", c.text, panel, detail, c.panel, c.detail)
		}
	}
}

func TestClaim_ReportingVerbs(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"The ministry said that five soldiers were killed in the attack.", "claims", "The ministry"},
		{"Police confirmed the arrest of two men on Sunday.", "claims", "Police"},
		{"The agency revealed that the dam had been damaged.", "claims", "The agency"},
		{"The US State Department announced new sanctions against the company.", "claims", "US State Department"},
		{"A spokesman for the ministry stated that the border was closed.", "claims", "A spokesman for the ministry"},
		{"The union's president warned that the strike would continue.", "claims", "The union's president"},
		{"The army denied that its troops fired on protesters.", "claims", "The army"},
		{"The company has also claimed that the fire started in a warehouse.", "claims", "The company"},
		{"Officials in Baghdad noted that the curfew was lifted.", "claims", "Officials in Baghdad"},
		{"The general told reporters that the base was hit twice.", "claims", "The general"},
		{"The minister said in a statement that aid convoys had resumed.", "claims", "The minister"},
		{"Analysts say the decision was expected.", "claims", "Analysts"},
		{"The report says that 40 schools were closed.", "claims", "The report"},
		{"Iran's foreign ministry spokesman Nasser Kanaani on Monday said the talks had ended.", "claims", "Iran's foreign ministry spokesman Nasser Kanaani"},
	})
}

func TestClaim_AccordingTo(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"Five people died in the fire, according to the health ministry.", "claims", "the health ministry"},
		{"According to the report, troops withdrew from the town on Monday.", "claims", "the report"},
		{"according to the report, the United States responded with strikes.", "claims", "the report"},
		{"Militias announced they would disarm,according to the report.", "claims", "the report"},
		{"According to the World Health Organization, 300 cases were recorded.", "claims", "World Health Organization"},
	})
}

func TestClaim_QuoteThenSpeaker(t *testing.T) {
	runPanelCases(t, []panelCase{
		{`"We will respond at a time of our choosing," the minister said.`, "claims", "the minister"},
		{`"We will respond at a time of our choosing," said Ali Hassan.`, "claims", "Ali Hassan"},
		{`“The base was hit twice,” said the spokesman, Omar Farid.`, "claims", "Omar Farid"},
		{`"The attack killed four people," a police spokesman said in a statement.`, "claims", "a police spokesman"},
		{`"It was a mistake," he said.`, "", ""}, // no one to resolve "he" to
	})
}

func TestClaim_Parenthetical(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"The governor, who visited the site on Monday, said the fire was contained.", "claims", "The governor"},
		{"Jane Doe, a spokeswoman for the agency, said the talks had ended.", "claims", "Jane Doe"},
		{"The spokesman for the Interior Ministry, Saad Maan, warned that more attacks were planned.", "claims", "Saad Maan"},
		{"Echoing those fears, the military spokesman for the Prime Minister, Yahya Rasool, warned that the border was unsafe.", "claims", "Yahya Rasool"},
		{"The New York Times, in a June report, revealed that the plan had been shelved.", "claims", "New York Times"},
		{"The rebels, who control much of the north, say they will not disarm.", "claims", "The rebels"},
		{"The strikes, the military said, targeted weapons depots.", "claims", "the military"},
		{"Smith, 45, said he saw the blast.", "claims", "Smith"},
	})
}

func TestClaim_RelativeSubject(t *testing.T) {
	// The head of "who" speaks; a verb before it ("mollify") is not part of
	// the speaker.
	runPanelCases(t, []panelCase{
		{"The statement did little to mollify local officials who described the raid as an outrage.", "claims", "local officials"},
	})
}

func TestClaim_CalledWithQuotation(t *testing.T) {
	runPanelCases(t, []panelCase{
		{`Mayor Jane Park called the vote "a win for every neighborhood."`, "claims", "Mayor Jane Park"},
		// no quotation: "called" names, nobody speaks
		{"A militia called the Northern Brigade seized the town on Monday.", "claims", "<nil>"},
	})
}

func TestClaim_DeedsAreNotSpeech(t *testing.T) {
	// Words that look like reporting verbs but name deeds or things: the
	// sentence is the article's own assertion.
	runPanelCases(t, []panelCase{
		{"The attack claimed the lives of 12 soldiers on Friday.", "claims", "<nil>"},
		{"The US added three groups to its sanctions list in May.", "claims", "<nil>"},
		{"The reported talks collapsed on Tuesday.", "claims", "<nil>"},
	})
}

func TestClaim_ArticleAssertsEvents(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"Rebels seized the airport on Tuesday.", "claims", "<nil>"},
		{"The blast killed 12 people near the market.", "claims", "<nil>"},
		{"The coalition consists of 2,500 troops stationed at four bases.", "claims", "<nil>"},
		{"In response, the army launched strikes against positions in the north.", "claims", "<nil>"},
		{"Three people were arrested after the protest.", "claims", "<nil>"},
	})
}

func TestClaim_CommentaryIsNotAClaim(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"This marks a significant shift in the region's politics.", "", ""},
		{"The situation in the country is fraught with complexity.", "", ""},
		{"It is important to note that the talks stalled in 2019.", "", ""},
		{"The move could reshape the balance of power in the region.", "", ""},
		{"The strikes highlight the extreme volatility of the region.", "", ""},
		{"The decision underscores the government's resolve after the 2020 attack.", "", ""},
		{"Their continued retaliatory actions paint a different picture.", "", ""},
		{"The transition suggests that the window for talks may be closing.", "", ""},
		{"Growing tensions have sparked concerns about the stability of the region.", "", ""},
		{"This dialogue is crucial to ensure stability.", "", ""},
		{"The withdrawal may leave a vacuum in the region.", "", ""},
		{"We believe the ceasefire was signed too late.", "", ""},
	})
}

func TestClaim_PronounResolvesToPreviousSpeaker(t *testing.T) {
	cases := []struct {
		sents []string
		want  string
	}{
		{[]string{"Maria Lopez, the mayor, said the bridge reopened on Friday.", "She added that repairs cost $2 million."}, "Maria Lopez"},
		{[]string{"The ministry said the talks ended on Monday.", "It added that a new round was planned."}, "The ministry"},
		{[]string{"Officials said the road was closed on Sunday.", "They warned that delays would last a week."}, "Officials"},
		{[]string{`"We are ready," the commander said.`, "He said the troops were in position."}, "the commander"},
		{[]string{"Ali Hassan said the market burned down.", "Rescuers searched the rubble on Monday.", "He said six people were missing."}, "Ali Hassan"},
		// a title naming an organisation still heads a person
		{[]string{`Council member Tom Reyes said he was "deeply disappointed."`, "He said the cuts were never debated."}, "Council member Tom Reyes"},
		// a named subject that says nothing itself is the plainest antecedent
		{[]string{"Deputy Mayor Robert Lee will serve as acting mayor.", "He said he would order a review."}, "Deputy Mayor Robert Lee"},
		{[]string{"Ana Torres resigned from the board on Friday.", "She said she had done nothing wrong."}, "Ana Torres"},
	}
	for _, c := range cases {
		a := extractSentences(c.sents...)
		checkExtraction(t, a)
		last := c.sents[len(c.sents)-1]
		if panel, who := panelOf(a, last); panel != "claims" || who != c.want {
			t.Errorf("%q: got %s %q, want claims %q", c.sents, panel, who, c.want)
		}
	}
}

func TestClaim_PronounUnclearIsNotGuessed(t *testing.T) {
	// Attributing nothing is better than attributing to the wrong person.
	cases := [][]testSection{
		// another person named in between
		{{paras: [][]string{{"The mayor said the bridge reopened on Friday.", "The governor visited the site on Monday.", "He said the repairs were finished."}}}},
		// a pronoun of the wrong kind: "she" cannot be the ministry
		{{paras: [][]string{{"The ministry said the talks ended on Monday.", "She said the repairs were finished."}}}},
		// too far back
		{{paras: [][]string{{"Ali Hassan said the market burned down.", "Rain fell on Monday.", "Roads flooded on Tuesday.", "Schools closed on Wednesday.", "He said the repairs were finished."}}}},
		// a named subject with another person in its sentence
		{{paras: [][]string{{"Governor Ann Park met Tom Reyes on Monday.", "He said the repairs were finished."}}}},
		{{paras: [][]string{{"Ana Torres met the governor on Monday.", "She said the repairs were finished."}}}},
		// a sentence opening with a date is no named subject
		{{paras: [][]string{{"On Monday Ali Hassan's shop burned down.", "He said the repairs were finished."}}}},
		// a heading in between
		{{paras: [][]string{{"Ali Hassan said the market burned down."}}}, {heading: "Aftermath", paras: [][]string{{"He said the repairs were finished."}}}},
	}
	for _, secs := range cases {
		a := extractTest(secs...)
		checkExtraction(t, a)
		if panel, who := panelOf(a, "He said the repairs were finished."); panel != "" {
			t.Errorf("%v: got %s %q, want no panel", secs, panel, who)
		}
		if panel, who := panelOf(a, "She said the repairs were finished."); panel != "" {
			t.Errorf("%v: got %s %q, want no panel", secs, panel, who)
		}
	}
}

func TestClaim_QuotationContinuesSpeaker(t *testing.T) {
	a := extractSentences(`"We are ready," the commander said.`, `"The enemy will not pass."`)
	if panel, who := panelOf(a, `"The enemy will not pass."`); panel != "claims" || who != "the commander" {
		t.Errorf("got %s %q, want claims %q", panel, who, "the commander")
	}
	// A quotation nobody is named for is nobody's claim.
	a = extractSentences(`"The enemy will not pass."`)
	if panel, _ := panelOf(a, `"The enemy will not pass."`); panel != "" {
		t.Errorf("unattributed quotation went to %s", panel)
	}
}

func TestQuestion_Cues(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"Who ordered the strike?", "open_questions", ""},
		{`The minister asked: "Where is the money?"`, "open_questions", ""},
		{"It remains unclear whether the talks will resume.", "open_questions", ""},
		{"it is unknown whether the ship was armed.", "open_questions", ""},
		{"It is curreently unknown what caused the fire.", "open_questions", ""},
		{"The cause of the blast is still unknown.", "open_questions", ""},
		{"The statement does not clarify who ordered the strike.", "open_questions", ""},
		{"Police did not say how many people were arrested.", "open_questions", ""},
		{"The army did not disclose the location of the base.", "open_questions", ""},
		{"It was not immediately clear who fired first.", "open_questions", ""},
		{"The embassy declined to comment on the report.", "open_questions", ""},
		{"Officials refused to say how the prisoners escaped.", "open_questions", ""},
		{"No details were given about the victims.", "open_questions", ""},
		{"Questions remain about how the project was funded.", "open_questions", ""},
		{"The decision has raised questions about oversight of the agency.", "open_questions", ""},
		{"It is too early to say whether the policy worked.", "open_questions", ""},
	})
}

func TestQuestion_RemainsToBeSeen(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"It remains to be seen whether the ceasefire will hold.", "open_questions", ""},
		{"As talks continue, it remains to be seen if the deal survives.", "open_questions", ""},
	})
}

func TestQuestion_Heading(t *testing.T) {
	a := extractTest(testSection{heading: "What was hit in the strike?", paras: [][]string{{"The blast killed 12 people near the market."}}},
		testSection{heading: "Aftermath", paras: [][]string{{"Rescuers worked through the night on Friday."}}})
	checkExtraction(t, a)
	if len(a.OpenQuestions) != 1 {
		t.Fatalf("got %d open questions, want the question heading only: %+v", len(a.OpenQuestions), a.OpenQuestions)
	}
	q := a.OpenQuestions[0]
	if q.At != (Loc{Section: 0, Paragraph: -1, Start: 0, End: len(q.Text)}) || q.Text != "What was hit in the strike?" {
		t.Errorf("heading question: %+v", q)
	}
}

func TestUnverified_Reportedly(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"The commander was reportedly killed in the strike.", "unverified", "reportedly"},
		{"Reportedly, the convoy turned back at the border.", "unverified", "reportedly"},
	})
}

func TestUnverified_Cues(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"The group allegedly smuggled weapons across the border.", "unverified", "allegedly"},
		{"The alleged attacker fled on foot.", "unverified", "alleged"},
		{"The purportedly leaked memo names three officers.", "unverified", "purportedly"},
		{"The militants are believed to be hiding in the hills.", "unverified", "believed to"},
		{"The tunnel is said to be two kilometres long.", "unverified", "said to be"},
		{"Unconfirmed reports put the death toll at 40.", "unverified", "unconfirmed"},
		{"The footage could not be independently verified.", "unverified", "could not be independently verified"},
		{"The claim could not be verified.", "unverified", "could not be verified"},
		{"There was no confirmation from the government.", "unverified", "no confirmation"},
		{"The BBC has not been able to confirm the figures.", "unverified", "has not been able to confirm"},
		{"A source confirmed that the minister had resigned.", "unverified", "anonymous source"},
		{"An official said the convoy was attacked at dawn.", "unverified", "anonymous source"},
		{"Sources said the deal was signed on Friday.", "unverified", "unnamed sources"},
		{"According to sources close to the palace, the king is ill.", "unverified", "according to sources"},
		{"An aide, speaking on condition of anonymity, said the vote was delayed.", "unverified", "condition of anonymity"},
		{"People familiar with the matter said the merger collapsed.", "unverified", "unnamed sources"},
		{"Police have not yet confirmed the death.", "unverified", "not confirmed"},
		{"The ministry hasn't verified the figures.", "unverified", "not confirmed"},
		{"It is understood that an inquiry has been opened.", "unverified", "it is understood"},
		// understanding something is no hedge
		{"The court understood that the law applied to 3 cases.", "claims", ""},
	})
}

func TestUnverified_NamedSpeakerStillFlagged(t *testing.T) {
	// The speaker is known, but the article flags the detail itself.
	runPanelCases(t, []panelCase{
		{"Police said the man allegedly stole a car on Monday.", "unverified", "allegedly"},
		// "The source" refers back to a source already named: attributed.
		{"The source said the talks had stalled.", "claims", "The source"},
	})
}

func TestPrecedence_QuestionOverUnverified(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"It remains unclear whether the commander was reportedly killed.", "open_questions", ""},
		{"Officials did not say whether the sources were reliable.", "open_questions", ""},
		{"The ministry said it was unclear who fired first.", "open_questions", ""},
	})
}

func TestEachSentenceInOnePanel(t *testing.T) {
	a := extractTest(
		testSection{paras: [][]string{{
			"Rebels seized the airport on Tuesday.",
			"The commander was reportedly killed.",
			"It remains unclear whether reportedly allegedly the ministry said so.",
			"The ministry said the reported clash was unconfirmed.",
			"This marks a significant shift.",
		}}},
		testSection{heading: "Why now?", paras: [][]string{{"Who knows?", "Police said three people were arrested."}}},
	)
	checkExtraction(t, a)
	if got := len(a.Claims) + len(a.OpenQuestions) + len(a.Unverified); got != 7 {
		t.Errorf("got %d items, want 7 (every sentence but the commentary, plus the heading):\n%s", got, describeExtraction(a))
	}
}

func TestLocSlicesToText(t *testing.T) {
	a := &Article{Sections: []Section{
		{Heading: "  What happened?  ", Paragraphs: []string{"  Rebels seized the airport on Tuesday.   Police said three people were arrested.  "}},
	}}
	// Spans padded with white space, as a splitter may return them.
	extractWith(a, func(p string) []Span {
		i := strings.Index(p, "Police")
		return []Span{{0, i}, {i, len(p)}}
	})
	checkExtraction(t, a)
	if len(a.Claims) != 2 || len(a.OpenQuestions) != 1 {
		t.Fatalf("got %s", describeExtraction(a))
	}
	for _, c := range a.Claims {
		if c.Text != strings.TrimSpace(c.Text) {
			t.Errorf("claim not trimmed: %q", c.Text)
		}
	}
	if q := a.OpenQuestions[0]; q.Text != "What happened?" || a.Text(q.At)[q.At.Start:q.At.End] != q.Text {
		t.Errorf("heading question %+v", q)
	}
}

func TestMarks_CoverCueWords(t *testing.T) {
	cases := []struct{ text, mark string }{
		{"The ministry said that five soldiers were killed.", "said"},
		{"Five people died, according to the health ministry.", "according to"},
		{"The commander was reportedly killed.", "reportedly"},
		{"It remains unclear whether the talks will resume.", "remains unclear"},
		{"It is curreently unknown what caused the fire.", "is curreently unknown"},
		{"The alleged attacker fled on foot.", "alleged"},
		{"A source confirmed the resignation.", "A source"},
	}
	for _, c := range cases {
		a := extractSentences(c.text)
		var marks []Span
		switch {
		case len(a.Claims) == 1:
			marks = a.Claims[0].Marks
		case len(a.OpenQuestions) == 1:
			marks = a.OpenQuestions[0].Marks
		case len(a.Unverified) == 1:
			marks = a.Unverified[0].Marks
		}
		found := false
		for _, m := range marks {
			found = found || c.text[m.Start:m.End] == c.mark
		}
		if !found {
			t.Errorf("%q: marks %v do not cover %q", c.text, marks, c.mark)
		}
	}
}

func TestExtract_EmptyPanelsAreEmptyLists(t *testing.T) {
	a := &Article{}
	extractWith(a, Sentences)
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{`"claims":[]`, `"open_questions":[]`, `"unverified":[]`} {
		if !strings.Contains(string(b), f) {
			t.Errorf("JSON lacks %s: %s", f, b)
		}
	}
}

func TestExtract_BadSpansDoNotPanic(t *testing.T) {
	p := "Rebels seized the airport on Tuesday. Ünïcödé “quoted” text."
	a := &Article{Sections: []Section{{Heading: "?", Paragraphs: []string{p, ""}}}}
	extractWith(a, func(string) []Span {
		return []Span{{-5, 3}, {10, 2}, {0, 1000}, {0, 0}, {38, 40}, {39, 41}, {0, 37}, {0, 37}}
	})
	for _, c := range a.Claims {
		if a.Text(c.At)[c.At.Start:c.At.End] != c.Text {
			t.Errorf("bad loc %+v", c)
		}
	}
}

func TestExtract_OddTextDoesNotPanic(t *testing.T) {
	for _, s := range []string{
		`"`, `'`, "’", "“”", ",", ", said", "said", "according to", "according to ,", "He said.",
		`"…," said`, `"…," said ,`, ", , , said the", "A, B, C, said", "the the the said",
		"It is", "?", "according to him", "’tis said’", "U.S.", "3.5.", "Inc.", "-", "—said—",
		strings.Repeat("the spokesman for ", 50) + "said it.",
		strings.Repeat(", ", 100) + "said X.",
	} {
		a := extractSentences(s)
		checkExtraction(t, a)
	}
}

func TestTokenize_KeepsWordsAndOffsets(t *testing.T) {
	s := `Iraq,according to the U.S. "We won't go," he said; Iran-backed groups' 2,500 troops.`
	want := []string{"Iraq", ",", "according", "to", "the", "U.S.", `"`, "We", "won't", "go", ",", `"`, "he", "said", ";", "Iran-backed", "groups", "'", "2,500", "troops", "."}
	toks := cueTokenize(s)
	var got []string
	for _, tk := range toks {
		if s[tk.start:tk.end] != tk.text {
			t.Errorf("token %q does not slice to itself", tk.text)
		}
		got = append(got, tk.text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
	for _, tk := range toks {
		inQuote := tk.text == "We" || tk.text == "won't" || tk.text == "go"
		if tk.isWord() && tk.quoted != inQuote {
			t.Errorf("%q quoted=%v", tk.text, tk.quoted)
		}
	}
}

func TestCuePattern_GapsOptionalAndContext(t *testing.T) {
	cases := []struct {
		spec, text, want string
	}{
		{"is|was ~2 unknown", "It is curreently unknown what happened.", "is curreently unknown"},
		{"is|was ~2 unknown", "It is not at all yet unknown.", ""},
		{"could not ~1 be [independently] verified", "It could not be independently verified.", "could not be independently verified"},
		{"could not ~1 be [independently] verified", "It could not be verified.", "could not be verified"},
		{"^the|an alleged", "The alleged plot failed.", "alleged"},
		{"^the|an alleged", "Police alleged that he lied.", ""},
		{"remain* unclear", "It remained unclear.", "remained unclear"},
		{"said that", "He said, that is", ""},
	}
	for _, c := range cases {
		toks := cueTokenize(c.text)
		hits := cuePat(c.spec).find(toks)
		got := ""
		if len(hits) > 0 {
			sp := hits[0].span(toks)
			got = c.text[sp.Start:sp.End]
		}
		if got != c.want {
			t.Errorf("%q in %q: got %q, want %q", c.spec, c.text, got, c.want)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	p := strings.Repeat(`The US Central Command confirmed the strikes on Monday. "We will respond," said the spokesman, Ali Saleh. It remains unclear whether the commander was reportedly killed. This marks a significant shift. `, 10)
	a := &Article{Sections: []Section{{Paragraphs: []string{p}}}}
	b.ReportAllocs()
	for b.Loop() {
		extract(a)
	}
}

// TestExtract_WireStory walks a multi-paragraph story written for the test,
// split by the real sentence splitter, and pins the panel of each sentence:
// speakers carried by a pronoun and by a continued quotation, an open
// question, unverified cues and commentary left out.
func TestExtract_WireStory(t *testing.T) {
	a := &Article{ID: "wire", Sections: []Section{{Paragraphs: []string{
		`Russian drones struck an energy facility in the Kharkiv region overnight, cutting power to 200,000 homes, the regional governor said on Sunday.`,
		`"The attack lasted more than three hours," Governor Oleh Syniehubov said on Telegram. "Emergency crews are working to restore supply." He added that two workers were injured.`,
		`Russia's defence ministry said its forces had shot down 12 drones over the Belgorod region. Reuters could not independently verify the reports.`,
		`It was not immediately clear whether the facility would be repaired before winter. The strike comes as diplomats prepare for talks, which could mark a turning point in the conflict.`,
		`A senior official, who spoke on condition of anonymity, said the talks may be postponed.`,
	}}}}
	extractWith(a, Sentences)
	checkExtraction(t, a)
	want := []panelCase{
		{"Russian drones struck an energy facility in the Kharkiv region overnight, cutting power to 200,000 homes, the regional governor said on Sunday.", "claims", "the regional governor"},
		{`"The attack lasted more than three hours," Governor Oleh Syniehubov said on Telegram.`, "claims", "Governor Oleh Syniehubov"},
		{`"Emergency crews are working to restore supply."`, "claims", "Governor Oleh Syniehubov"},
		{"He added that two workers were injured.", "claims", "Governor Oleh Syniehubov"},
		// The newsroom's disclaimer right after it covers the claim.
		{"Russia's defence ministry said its forces had shot down 12 drones over the Belgorod region.", "unverified", "could not be independently verified"},
		{"Reuters could not independently verify the reports.", "unverified", "could not be independently verified"},
		{"It was not immediately clear whether the facility would be repaired before winter.", "open_questions", ""},
		{"The strike comes as diplomats prepare for talks, which could mark a turning point in the conflict.", "", ""},
		{"A senior official, who spoke on condition of anonymity, said the talks may be postponed.", "unverified", "condition of anonymity"},
	}
	for _, c := range want {
		panel, detail := panelOf(a, c.text)
		if panel != c.panel || detail != c.detail && c.panel != "open_questions" {
			t.Errorf("%q\n  got %s %q, want %s %q", c.text, panel, detail, c.panel, c.detail)
		}
	}
	if t.Failed() {
		t.Log(describeExtraction(a))
	}
}

// cueFind tries only the rules indexed under each token's word; it must
// find exactly what trying every rule at every token finds, in the same
// order, or the index has dropped a rule (a prefix, a context word, an
// acronym kept in upper case).
func TestCueFind_SameAsEveryRuleEverywhere(t *testing.T) {
	naive := func(set cueRuleSet, toks []cueTok) []cueFound {
		var out []cueFound
		for _, r := range set.rules {
			for _, h := range r.pat.find(toks) {
				out = append(out, cueFound{label: r.label, at: h.span(toks)})
			}
		}
		cueSortFound(out)
		return out
	}
	texts := []string{
		"It remains unclear whether the alleged attacker, who reportedly fled, was named.",
		"Officials did not say, and the WHO would not confirm, whether it is curreently unknown.",
		"Questions about the deal remain. The US said it was widely believed that no details were given.",
	}
	g := genbriefing.New(3)
	for range 30 {
		texts = append(texts, strings.Split(g.Next().Text, ". ")...)
	}
	n := 0
	for _, s := range texts {
		toks := cueTokenize(s)
		for _, set := range []cueRuleSet{cueQuestionRules, cueUnverifiedRules, cueVetoRules} {
			got, want := cueFind(set, toks), naive(set, toks)
			n += len(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q:\n got %v\nwant %v", s, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no cue found at all: the texts do not exercise the rules")
	}
}

// find returns the pattern's non-overlapping matches, left to right.
func (p cuePattern) find(toks []cueTok) []cueHit {
	var hits []cueHit
	for i := 0; i < len(toks); i++ {
		if h, ok := p.matchAt(toks, i); ok {
			hits = append(hits, h)
			i = h.last
		}
	}
	return hits
}

// TestClaim_ClosingAttributionIsTheSource: "…, X said." at the end of a
// sentence names where the article has the whole sentence from, even when
// a reporting verb with its own subject comes earlier.
func TestClaim_ClosingAttributionIsTheSource(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"Health workers reported 1,200 new cases last week, the World Health Organization said.", "claims", "World Health Organization"},
		{"Rebels announced a truce on Monday, the army said on Tuesday.", "claims", "the army"},
		{"The mayor announced a curfew on Monday, officials said.", "claims", "officials"},
		// no comma before the closing verb: the first verb's subject speaks
		{"The mayor said the council approved the plan on Monday.", "claims", "The mayor"},
		// a closing pronoun is not taken over a named speaker
		{"The ministry announced that 3 people died on Monday, it said.", "claims", "The ministry"},
	})
}

// TestClaim_SpeakerWithBracketedShortForm: a name that ends in its
// bracketed short form speaks, brackets kept as written.
func TestClaim_SpeakerWithBracketedShortForm(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"The World Health Organization (WHO) said 35 people had died.", "claims", "World Health Organization (WHO)"},
		{"Cases rose to 1,200 last week, the Office for National Statistics (ONS) said.", "claims", "Office for National Statistics (ONS)"},
	})
}

// TestQuestion_QuotedQuestionWithAsker: a quoted question followed by who
// asked it is an explicit open question, and its asker is the antecedent
// of a following "He said".
func TestQuestion_QuotedQuestionWithAsker(t *testing.T) {
	a := extractSentences(`"Why are people dying so fast?" asked Serge Ngalebato, a doctor at the hospital.`, "He said most victims were children.")
	checkExtraction(t, a)
	if panel, _ := panelOf(a, `"Why are people dying so fast?" asked Serge Ngalebato, a doctor at the hospital.`); panel != "open_questions" {
		t.Errorf("quoted question went to %q, want open_questions", panel)
	}
	if panel, who := panelOf(a, "He said most victims were children."); panel != "claims" || who != "Serge Ngalebato" {
		t.Errorf("pronoun: got %s %q, want claims %q", panel, who, "Serge Ngalebato")
	}
	runPanelCases(t, []panelCase{
		// a quotation that is not a question stays the asker's claim
		{`"The wards are full," added Dr. Ann Lee.`, "claims", "Dr. Ann Lee"},
		// "asked" with an object is no report
		{"The union asked members to vote on the offer by Friday.", "claims", "<nil>"},
		// a question inside a statement is not the sentence's point
		{`"Who pays?" is the question the council answered on Monday, officials said.`, "claims", "officials"},
	})
}

// TestClaim_AbbreviationHyphenInParenthetical: "U.K.-based" is one word,
// so a parenthetical holding it still lets the subject before it speak.
func TestClaim_AbbreviationHyphenInParenthetical(t *testing.T) {
	runPanelCases(t, []panelCase{
		{`Mr. Smith, a U.K.-based analyst with a Ph.D. in economics, said the vote was "historic."`, "claims", "Mr. Smith"},
		{"A U.S.-based charity said 40 people had died.", "claims", "A U.S.-based charity"},
	})
}

// TestClaim_ModalInRelativeClauseStillReports: a modal that describes a
// noun ("a law that would allow …") leaves the sentence's event reported;
// a modal of the sentence's own makes it speculation.
func TestClaim_ModalInRelativeClauseStillReports(t *testing.T) {
	runPanelCases(t, []panelCase{
		{"A federal judge on Thursday blocked a Texas law that would allow police to arrest migrants.", "claims", "<nil>"},
		{"Parliament passed a bill on Monday which could see 3,000 jobs cut.", "claims", "<nil>"},
		{"The strike could reshape the region after the 2020 attack.", "", ""},
		{"The vote was close on Monday, and that could matter in 2026.", "", ""},
	})
}

// TestExtract_EditorsNoteIsNotAClaim: a correction or amendment note is the
// publisher speaking about the article, not reporting: its sentences are
// kept in the text but go to no panel; an "Update:" paragraph reports news
// and is still read.
func TestExtract_EditorsNoteIsNotAClaim(t *testing.T) {
	a := extractTest(testSection{paras: [][]string{
		{"The council approved the lanes on Thursday."},
		{"Correction: An earlier version of this article misstated the length.", "It is 15 kilometres, not 50."},
		{"This article was amended on 14 March 2024 to correct the cost."},
		{"Editor's note: The reporter's spouse works for the council."},
		{"An earlier version of this story incorrectly said the vote was unanimous."},
		{"Update, March 15: The council has since published the route map."},
	}})
	for text, want := range map[string]string{
		"The council approved the lanes on Thursday.":                               "claims",
		"Correction: An earlier version of this article misstated the length.":      "",
		"It is 15 kilometres, not 50.":                                              "",
		"This article was amended on 14 March 2024 to correct the cost.":            "",
		"Editor's note: The reporter's spouse works for the council.":               "",
		"An earlier version of this story incorrectly said the vote was unanimous.": "",
		"Update, March 15: The council has since published the route map.":          "claims",
	} {
		if got, _ := panelOf(a, text); got != want {
			t.Errorf("%q: panel %q, want %q", text, got, want)
		}
	}
}

// TestQuestion_BareClauseUnderUnknownsHeading: under "What we don't know"
// an item written as a bare wh-clause is an open question; other sentences
// there, and wh-clauses under other headings, are read as usual.
func TestQuestion_BareClauseUnderUnknownsHeading(t *testing.T) {
	a := extractTest(
		testSection{heading: "What we know", paras: [][]string{{"How the fire started is known: a faulty heater."}}},
		testSection{heading: "What we don't know", paras: [][]string{
			{"How the virus reached the farms."},
			{"- Whether any workers have been infected."},
			{"The ministry said it would test all farms."},
		}},
	)
	for text, want := range map[string]string{
		"How the virus reached the farms.":                "open_questions",
		"- Whether any workers have been infected.":       "open_questions",
		"The ministry said it would test all farms.":      "claims",
		"How the fire started is known: a faulty heater.": "claims",
	} {
		if got, _ := panelOf(a, text); got != want {
			t.Errorf("%q: panel %q, want %q", text, got, want)
		}
	}
}
