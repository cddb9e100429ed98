package model

import "strings"

// Attribution: who a sentence says its content comes from. The speaker is
// found from the patterns of English news copy:
//
//	X said/confirmed/warned … (that) …      subject before a reporting verb
//	"…," X said.   "…," said X.             quote, then speaker
//	X, who …, said   X, a spokesman, said   parenthetical between subject and verb
//	the spokesman for Y, Yahya Rasool, said the name in the parenthetical is the speaker
//	…, according to X                       "according to" names the source
//	He said / She added / They warned       a pronoun, resolved by extractState
//
// Convention for the phrase: the article's own words, verbatim, with a
// leading "the" dropped only before a capitalised name ("The US Central
// Command" gives "US Central Command", "the report" stays "the report"), so
// that names read as names and common nouns keep their article.

// attrForm is how a reporting verb form behaves.
type attrForm uint8

const (
	attrFinite  attrForm = iota // "said", "says": a verb wherever it follows a subject
	attrBase                    // "say", "warn": a verb after a plural subject, never after "to" or a modal
	attrNounToo                 // "claims", "reports": also nouns, so a verb only before "that" or ":"
)

// attrVerbs are the reporting verbs, in the forms that follow a subject.
var attrVerbs = func() map[string]attrForm {
	m := map[string]attrForm{}
	finite := []string{
		"said", "says", "confirmed", "confirms", "revealed", "reveals", "added", "adds",
		"warned", "warns", "told", "tells", "stated", "announced", "announces", "noted",
		"claimed", "denied", "denies", "reported", "insisted", "insists", "argued", "argues",
		"explained", "explains", "acknowledged", "acknowledges", "admitted", "admits",
		"asserted", "asserts", "alleged", "alleges", "disclosed", "discloses", "declared",
		"declares", "maintained", "maintains", "stressed", "stresses", "emphasized",
		"emphasised", "emphasizes", "emphasises", "wrote", "writes", "tweeted", "accused",
		"accuses", "estimated", "estimates", "testified", "cautioned", "cautions", "predicted",
		"replied", "responded", "recalled", "observed", "conceded", "concedes", "countered",
		"contended", "described", "labelled", "labeled", "branded", "reiterated",
		"reiterates", "vowed", "vows", "pledged", "pledges", "promised",
		"urged", "urges", "asked", "informed", "briefed", "quoted", "complained", "objected",
		"specified", "clarified", "underlined", "affirmed", "reaffirmed", "alerted", "posted",
		"called", "calls", "dubbed", "termed",
		// a forecast or a verdict on news is the speaker's too: "the
		// company expects revenue of …", "experts welcomed the findings",
		// "the poll puts the party on 31 seats"
		"expects", "expected", "welcomed", "welcomes", "puts", "linked",
		// an apology is a statement: "Reyes apologized in a statement"
		"apologized", "apologised", "apologizes", "apologises",
		// blame is a claim about a cause: "the company blamed weak demand"
		"blamed", "blames",
	}
	for _, v := range finite {
		m[v] = attrFinite
	}
	for _, v := range []string{"say", "confirm", "reveal", "warn", "tell", "announce", "deny",
		"insist", "argue", "explain", "acknowledge", "admit", "assert", "allege", "disclose",
		"declare", "maintain", "stress", "emphasize", "emphasise", "write", "accuse",
		"estimate", "caution", "predict", "concede", "contend", "describe", "vow", "pledge",
		"promise", "urge", "reiterate", "expect", "welcome", "blame"} {
		m[v] = attrBase
	}
	// Nouns as well as verbs, or verbs that report only with a clause:
	// "the court found that …" but "troops found weapons".
	for _, v := range []string{"claims", "claim", "reports", "report", "states", "state",
		"notes", "note", "believes", "believed", "believe", "thinks", "estimate", "charges",
		"finds", "found", "concludes", "concluded", "rules", "ruled", "determined", "assessed",
		"charged", "indicated", "hinted", "signalled", "signaled", "suspects", "suspected",
		"fears", "feared",
		// court English and forecasts: "counsel submitted that …", "the
		// analyst has projected that …"
		"submitted", "submits", "projected", "projects",
		// advice reports with its clause: "doctors recommend that …"
		"recommend", "recommends", "recommended", "advise", "advises", "advised"} {
		m[v] = attrNounToo
	}
	return m
}()

// attrNeedsReport are verbs that are reporting verbs only when what is
// reported follows: "he added that …" but not "the US added three groups".
// attrNeedsQuote are verbs that report speech only with a quotation:
// "the mayor called the vote "a win"" but "a group called Hamas".
var attrNeedsQuote = cueSet("called", "calls", "dubbed", "termed")

// "Declared" is among them: "declared that …" reports, "declared a state
// of emergency" or "declared victory" is a deed.
var attrNeedsReport = cueSet("added", "adds", "noted", "posted", "asked", "responded",
	"replied", "briefed", "informed", "observed", "quoted", "declared", "declares", "declare")

// attrNotVerbAfter are words after which a reporting-verb form is a noun,
// an adjective, an infinitive, a passive or a negation, not a report.
var attrNotVerbAfter = cueSet("the", "a", "an", "this", "these", "those", "its", "his", "her",
	"their", "our", "my", "your", "of", "in", "on", "for", "with", "by", "from", "at", "to",
	"is", "are", "was", "were", "be", "been", "being", "am", "not", "no", "never",
	"will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does",
	"do", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't", "cannot")

// attrSkipBeforeVerb may stand between a subject and its verb.
var attrSkipBeforeVerb = cueSet("also", "has", "have", "had", "later", "previously", "earlier",
	"then", "separately", "further", "again", "recently", "repeatedly", "publicly",
	"privately", "initially", "subsequently", "originally", "officially", "formally",
	"quickly", "immediately", "swiftly", "firmly", "flatly", "strongly", "categorically",
	"explicitly", "angrily", "reportedly", "allegedly", "purportedly", "reportedly",
	"yesterday", "today", "tonight", "now", "once", "first", "last", "already", "since",
	"himself", "herself", "itself", "themselves", "jointly", "directly", "openly",
	"specifically", "reportedly", "however", "too")

// attrTimeNouns are the nouns of a time adjunct ("on Monday", "last week").
var attrTimeNouns = cueSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend")

// attrPronouns are the subject pronouns a speaker can be resolved from,
// with the object forms that follow "according to".
var attrPronouns = map[string]string{"he": "he", "she": "she", "they": "they", "it": "it",
	"him": "he", "her": "she", "them": "they"}

// attrPersonNouns head a phrase that names one person.
var attrPersonNouns = cueSet("spokesman", "spokeswoman", "spokesperson", "minister", "president",
	"official", "commander", "leader", "ambassador", "secretary", "general", "chief", "director",
	"adviser", "advisor", "analyst", "senator", "mayor", "governor", "king", "queen", "prince",
	"premier", "chancellor", "envoy", "diplomat", "aide", "officer", "lawmaker", "legislator",
	"representative", "member", "head", "chairman", "chairwoman", "chair", "ceo", "founder",
	"expert", "professor", "researcher", "witness", "resident", "source", "insider", "man",
	"woman", "person", "father", "mother", "journalist", "reporter", "correspondent", "judge",
	"lawyer", "attorney", "prosecutor", "colonel", "major", "captain", "lieutenant",
	"sergeant", "admiral", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh",
	"cleric", "pope", "emir", "sultan", "deputy", "manager", "economist", "scientist",
	"doctor", "nurse", "teacher", "student", "farmer", "activist", "candidate", "mp",
	"president-elect", "vice-president", "strategist", "negotiator", "mediator", "monitor",
	"executive", "boss", "coach", "patient", "victim", "owner", "player", "survivor",
	"neighbour", "neighbor", "chairperson", "counsel", "solicitor", "barrister", "physician",
	"surgeon", "epidemiologist", "author", "editor", "historian", "prof", "prof.", "sir",
	"dame", "lord", "lady", "rev", "rev.")

// attrGroupNouns head a phrase that names several people.
var attrGroupNouns = cueSet("officials", "analysts", "experts", "sources", "residents",
	"witnesses", "militants", "protesters", "lawmakers", "diplomats", "authorities", "police",
	"troops", "forces", "groups", "militias", "leaders", "critics", "observers", "activists",
	"investigators", "researchers", "scientists", "economists", "people", "members",
	"officers", "soldiers", "ministers", "insiders", "aides", "organizers", "organisers",
	"rebels", "fighters", "doctors", "medics", "workers", "negotiators", "mediators",
	"prosecutors", "lawyers", "judges", "voters", "citizens", "families", "survivors",
	"parents", "students", "teachers", "farmers", "unions", "governments", "countries",
	"states", "nations", "allies", "partners", "supporters", "opponents", "campaigners")

// attrOrgWords make a capitalised phrase an organisation, not a person.
var attrOrgWords = cueSet("department", "ministry", "command", "council", "agency", "office",
	"committee", "party", "army", "forces", "government", "times", "news", "post", "journal",
	"press", "service", "services", "bank", "fund", "union", "association", "institute",
	"university", "court", "house", "congress", "parliament", "senate", "pentagon",
	"commission", "authority", "organization", "organisation", "group", "company", "corp",
	"inc", "inc.", "corp.", "ltd", "network", "agency", "bureau", "board", "police", "military",
	"navy", "guard", "corps", "state", "states", "nations", "republic", "kingdom", "federation",
	"front", "movement", "brigade", "brigades", "hezbollah", "hamas", "reuters", "report",
	"statement", "channel", "tv", "radio", "television", "newspaper", "website", "magazine")

// attrNameParticles may be lower-case inside a personal name.
var attrNameParticles = cueSet("al", "bin", "ibn", "abu", "de", "del", "van", "von", "der",
	"da", "di", "du", "la", "le", "el", "bint", "ben")

// attrKind says what sort of speaker a phrase names, so that "he" only
// resolves to a person and "they" to a group.
type attrKind uint8

const (
	attrOrg    attrKind = iota // an organisation, a document, a place
	attrPerson                 // one named or titled person
	attrGroup                  // several people
)

// attrSpeaker is who a sentence attributes its content to.
type attrSpeaker struct {
	phrase string
	kind   attrKind
	// anonymous is the canonical unverified cue when the speaker is an
	// unnamed source ("anonymous source", "unnamed sources"), else "".
	anonymous string
}

// attrFound is the attribution of one sentence.
type attrFound struct {
	speaker attrSpeaker
	// pronoun is set ("he", "she", "they", "it") when the subject is a
	// pronoun that the caller must resolve; speaker is empty then.
	pronoun string
	// cue is the reporting verb or "according to", marked in the reader.
	cue Span
	// who is where the speaker's words are in the sentence.
	who Span
}

// attrContent reports whether t can be part of a noun phrase's body.
func attrContent(t cueTok) bool {
	return t.isWord() && !cueStop[t.lower] && !cueDeterminers[t.lower] && !cueNounPreps[t.lower]
}

// attrFind returns the sentence's attribution, if it has one. "According
// to X" wins over a reporting verb: in "militias announced …, according to
// the report" the article has it from the report. Otherwise the first
// reporting verb outside quotations with a speaker names the speaker.
func attrFind(s string, toks []cueTok) (attrFound, bool) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "according" || toks[i+1].lower != "to" || toks[i].quoted {
			continue
		}
		cue := Span{toks[i].start, toks[i+1].end}
		if i+2 < len(toks) {
			// "according to him" (but "according to her spokesman")
			if p, ok := attrPronouns[toks[i+2].lower]; ok && (i+3 >= len(toks) || !toks[i+3].isWord()) {
				return attrFound{pronoun: p, cue: cue, who: Span{toks[i+2].start, toks[i+2].end}}, true
			}
		}
		if lo, hi, ok := attrNPAfter(toks, i+2); ok {
			return attrMake(s, toks, lo, hi, cue, true), true
		}
	}
	if f, ok := attrClosing(s, toks); ok {
		return f, true
	}
	for v := range toks {
		if f, ok := attrFromVerb(s, toks, v); ok {
			return f, true
		}
	}
	if f, ok := attrColonQuote(s, toks); ok {
		return f, true
	}
	return attrParticiple(s, toks)
}

// attrColonQuote reads a quotation introduced by a colon after any verb of
// speech or manner, known or not: `Rowe fumed: "Never a penalty."`, `She
// hit back on radio: "…"`, `Li told the BBC: '…'`. The subject before the
// verb speaks. The colon must come early (a short clause) and open a
// quotation at once, and the verb must look like one (a past "-ed" or
// irregular past, a present "-s", or a reporting verb), not a copula: in
// "The rules are clear: "…"" nobody speaks.
func attrColonQuote(s string, toks []cueTok) (attrFound, bool) {
	c := -1
	for k := 1; k < len(toks) && k <= 16; k++ {
		if toks[k].quoted {
			return attrFound{}, false
		}
		if toks[k].text == ":" {
			c = k
			break
		}
	}
	if c < 0 || c+1 >= len(toks) || toks[c+1].kind != cueQuote {
		return attrFound{}, false
	}
	st := 0
	for k := 1; k < c; k++ {
		if toks[k].text == "," {
			if !attrFrontedUntil(toks, k) {
				return attrFound{}, false
			}
			st = k + 1
			break
		}
	}
	for _, t := range toks[st:c] {
		if !t.isWord() {
			return attrFound{}, false
		}
	}
	if st >= c {
		return attrFound{}, false
	}
	var f attrFound
	v := st + 1
	if p, ok := attrPronouns[toks[st].lower]; ok && toks[st].lower == p && p != "it" {
		f = attrFound{pronoun: p, who: Span{toks[st].start, toks[st].end}}
	} else {
		lo, hi, ok := attrNPAfter(toks, st)
		if !ok || lo != st || hi+1 >= c {
			return attrFound{}, false
		}
		f = attrMake(s, toks, lo, hi, Span{}, false)
		v = hi + 1
	}
	for v < c && (attrSkipBeforeVerb[toks[v].lower] || strings.HasSuffix(toks[v].lower, "ly") && v+1 < c) {
		v++
	}
	if v >= c || c-v > 5 || !attrVerbLike(toks[v]) {
		return attrFound{}, false
	}
	for _, t := range toks[v+1 : c] {
		if t.lower == "this" || t.lower == "these" || t.lower == "following" || t.lower == "as" {
			return attrFound{}, false // "… read as follows:", "… looked like this:"
		}
	}
	f.cue = Span{toks[v].start, toks[v].end}
	return f, true
}

// attrNotSpeech are lower-case verbs that introduce no one's words.
var attrNotSpeech = cueSet("is", "are", "was", "were", "be", "been", "has", "have", "had",
	"does", "did", "includes", "included", "contains", "contained", "follows", "reads",
	"means", "meant", "lists", "listed", "needs", "needed", "seems", "seemed", "remains", "remained")

// attrVerbLike reports whether t looks like a finite verb that can
// introduce a quotation.
func attrVerbLike(t cueTok) bool {
	if t.kind != cueWord || t.capitalised() || attrNotSpeech[t.lower] || cueStop[t.lower] {
		return false
	}
	if _, ok := attrVerbs[t.lower]; ok {
		return true
	}
	l := t.lower
	return cueIrregularPast[l] || len(l) > 4 && strings.HasSuffix(l, "ed") || len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

// attrParticiples report speech in a participle clause that shares the
// main clause's subject: "The lawyer asked for four years, arguing that
// …". "Citing" is not among them: what is cited is a reason, often the
// article's own.
var attrParticiples = cueSet("arguing", "saying", "claiming", "insisting", "warning", "adding",
	"noting", "stressing", "explaining", "alleging", "contending", "maintaining", "asserting")

// attrParticiple reads ", arguing that …" as speech of the sentence's
// subject, when the main clause before it has no subordinate clause whose
// subject it could be instead.
func attrParticiple(s string, toks []cueTok) (attrFound, bool) {
	v := -1
	for k := 1; k < len(toks); k++ {
		if attrParticiples[toks[k].lower] && !toks[k].quoted && toks[k-1].text == "," {
			v = k
			break
		}
	}
	if v < 0 {
		return attrFound{}, false
	}
	cue := Span{toks[v].start, toks[v].end}
	st := 0
	for c := 1; c < v-1; c++ {
		if toks[c].text == "," {
			if attrFrontedUntil(toks, c) {
				st = c + 1
			}
			break
		}
	}
	for _, t := range toks[st : v-1] {
		if t.quoted || attrSubordinators[t.lower] || t.lower == "who" || t.lower == "which" || t.lower == ";" {
			return attrFound{}, false
		}
	}
	if p, ok := attrPronouns[toks[st].lower]; ok && toks[st].lower == p && p != "it" {
		return attrFound{pronoun: p, cue: cue, who: Span{toks[st].start, toks[st].end}}, true
	}
	lo, hi, ok := attrNPAfter(toks, st)
	if !ok || hi+1 >= v-1 {
		return attrFound{}, false
	}
	if toks[hi+1].text == "," {
		// "The firm's lawyer, Ana Ruiz, asked …": the apposition names her.
		end := hi + 2
		for end < v-1 && toks[end].text != "," {
			end++
		}
		if end < v-1 && end > hi+2 && attrTitledName(toks[hi+2:end]) {
			return attrMake(s, toks, hi+2, end-1, cue, false), true
		}
		return attrFound{}, false
	}
	if !toks[hi+1].isWord() || toks[hi+1].capitalised() {
		return attrFound{}, false
	}
	return attrMake(s, toks, lo, hi, cue, false), true
}

// attrClosing reads an attribution that closes the sentence after a comma
// ("Workers reported 1,200 cases last week, the WHO said."): it names the
// article's source for the whole sentence, so it wins over a reporting verb
// earlier in it, whose subject is only part of what is reported.
func attrClosing(s string, toks []cueTok) (attrFound, bool) {
	end := len(toks)
	for end > 0 && (toks[end-1].kind == cuePunct || toks[end-1].kind == cueQuote) {
		end--
	}
	// a short time or place adjunct may follow: "…, officials said on Monday."
	for k := end - 1; k >= 0 && end-k <= 5; k-- {
		t := toks[k]
		if !t.isWord() || t.quoted {
			return attrFound{}, false
		}
		if _, ok := attrVerbs[t.lower]; !ok {
			continue
		}
		if k+1 < end {
			if l := toks[k+1].lower; l != "on" && l != "in" && l != "late" && l != "last" && l != "this" && l != "earlier" && l != "at" {
				return attrFound{}, false
			}
		}
		f, ok := attrFromVerb(s, toks, k)
		if !ok || f.pronoun != "" {
			return attrFound{}, false
		}
		// the speaker must follow a comma that closes what is reported
		lo := attrTokAt(toks, f.who.Start)
		if lo > 0 && cueDeterminers[toks[lo-1].lower] {
			lo-- // "the" dropped before a name
		}
		if lo == 0 || toks[lo-1].text != "," {
			return attrFound{}, false
		}
		return f, true
	}
	return attrFound{}, false
}

// attrFromVerb tries toks[v] as a reporting verb and finds its speaker.
func attrFromVerb(s string, toks []cueTok, v int) (attrFound, bool) {
	t := toks[v]
	form, ok := attrVerbs[t.lower]
	if !ok || t.quoted || t.kind != cueWord {
		return attrFound{}, false
	}
	if f, ok := attrPassiveAgent(s, toks, v); ok {
		return f, true
	}
	if v > 0 && attrNotVerbAfter[toks[v-1].lower] {
		return attrFound{}, false
	}
	next := attrNext(toks, v)
	switch {
	case t.lower == "linked" && (v == 0 || toks[v-1].lower != "have" && toks[v-1].lower != "has" && toks[v-1].lower != "had"):
		// "scientists have linked the heat to climate change" reports a
		// finding; "a group linked to Iran" names a tie.
		return attrFound{}, false
	case t.lower == "puts" && !attrFigureFollows(toks, v):
		// "the poll puts the party on 31 seats", not "puts pressure on"
		return attrFound{}, false
	case strings.HasPrefix(t.lower, "welcome") && v+1 < len(toks) && toks[v+1].kind == cueNum:
		// "the city welcomed 3 million visitors": a count, not a view
		return attrFound{}, false
	case form == attrNounToo && next != "that" && next != ":" && (v+1 >= len(toks) || toks[v+1].kind != cueQuote) && !(attrVerbAtEnd[t.lower] && attrLastWord(toks, v)):
		// A verb that is never a noun may also end the sentence: "…, the
		// researchers found." ("Two men face charges." ends in a noun).
		return attrFound{}, false
	case attrNeedsReport[t.lower] && !attrReportFollows(toks, v):
		// After a quotation the verb reports it: `"Why now?" asked X`,
		// `"…," added X`; the speaker must then follow and end the clause.
		if v > 0 && toks[v-1].kind == cueQuote || v > 1 && toks[v-1].text == "," && toks[v-2].kind == cueQuote {
			return attrInverted(s, toks, v, Span{t.start, t.end})
		}
		return attrFound{}, false
	case attrNeedsQuote[t.lower] && !attrQuoteFollows(toks, v):
		return attrFound{}, false
	case strings.HasPrefix(t.lower, "claim") && (next == "the" || next == "lives" || next == "life" || next == "responsibility"):
		// "the attack claimed the lives of", "claimed responsibility": deeds, not words.
		if next != "responsibility" {
			return attrFound{}, false
		}
	}
	cue := Span{t.start, t.end}
	i := attrSkipAdjuncts(toks, v-1)
	if i < 0 {
		return attrFound{}, false
	}
	p := toks[i]
	if p.quoted && p.kind != cueQuote {
		return attrFound{}, false
	}
	if p.text == ")" {
		return attrBracketed(s, toks, i, cue)
	}
	if p.kind == cueQuote || p.text == "," || p.text == ":" || p.text == "—" {
		// `"…," said the minister.` or `…, said the minister.`
		// Only a verb right after the mark is inverted: in "Acme, a
		// maker of robots, today announced a recall" the words after the
		// verb are its object.
		if i == v-1 && !attrListenerAfter[t.lower] {
			if f, ok := attrInverted(s, toks, v, cue); ok {
				return f, true
			}
		}
		if p.text != "," {
			return attrFound{}, false
		}
		return attrParenthetical(s, toks, i, cue, form)
	}
	if pr, ok := attrPronouns[p.lower]; ok && p.lower == pr {
		return attrFound{pronoun: pr, cue: cue, who: Span{p.start, p.end}}, true
	}
	if form == attrBase && !attrPluralBefore(toks, i) {
		return attrFound{}, false
	}
	relative := p.lower == "who" || p.lower == "that" || p.lower == "which"
	if relative {
		// "Iraqi officials who labelled …": the relative's head speaks.
		i--
		if i >= 1 && toks[i].text == "," && p.lower != "that" {
			// "… first reported by the Financial Times, which said …"
			i--
		}
	}
	lo, ok := attrNPBefore(toks, i)
	if !ok {
		return attrFound{}, false
	}
	if lo > 0 && toks[lo-1].lower == "than" {
		// "… lower than local residents describe": a comparison with
		// what others say, not the article's source.
		return attrFound{}, false
	}
	if relative && attrOpensClause(toks, lo) && !attrHasVerb(toks[min(lo+1, i):i]) {
		// "A fund manager who told investors he had beaten the market
		// was sentenced": the relative clause only says which manager;
		// the sentence's own verb is a deed.
		return attrFound{}, false
	}
	if attrSideClause(toks, lo) {
		// "…, awarded after a review found that …": the subject of a
		// subordinate clause is not the article's source.
		return attrFound{}, false
	}
	return attrMake(s, toks, lo, i, cue, false), true
}

// attrListenerAfter are reporting verbs whose object is the one spoken to:
// in "…, Hong Li, told council" or "Dorran, of the union, told the BBC:"
// the words after the verb are the audience, never the speaker.
var attrListenerAfter = cueSet("told", "tells", "tell", "informed", "briefed", "alerted",
	"accused", "accuses", "urged", "urges")

// attrVerbAtEnd are the clause-reporting verbs that are no nouns, so that
// at the end of a sentence they still report what came before.
var attrVerbAtEnd = cueSet("found", "finds", "concluded", "concludes", "determined", "believe",
	"believes", "believed", "fear", "fears", "feared", "suspect", "suspected", "thinks")

// attrLastWord reports whether toks[v] is the sentence's last word: only
// punctuation and quotation marks follow.
func attrLastWord(toks []cueTok, v int) bool {
	for _, t := range toks[v+1:] {
		if t.kind != cuePunct && t.kind != cueQuote {
			return false
		}
	}
	return true
}

// attrHasVerb reports a lower-case past-tense word among ts: "The decision
// angered residents who said …" is a clause, not a subject phrase.
func attrHasVerb(ts []cueTok) bool {
	for _, t := range ts {
		if t.kind != cueWord || t.capitalised() {
			continue
		}
		if cueIrregularPast[t.lower] || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !cueEdAdjectives[t.lower] {
			return true
		}
	}
	return false
}

// attrSubordinators open a subordinate clause: a reporting verb whose
// subject follows one is part of a side remark, not of the main clause.
var attrSubordinators = cueSet("after", "before", "when", "whenever", "while", "because",
	"since", "although", "though", "if", "unless", "until", "once", "whereas")

// attrSideClause reports whether the noun phrase starting at lo is the
// subject of a subordinate clause ("after a review found that …").
func attrSideClause(toks []cueTok, lo int) bool {
	return lo >= 1 && attrSubordinators[toks[lo-1].lower] && !toks[lo-1].quoted
}

// attrOpensClause reports whether the noun phrase starting at lo opens its
// sentence or the sentence's main clause after a fronted adjunct ("On
// Monday, …"): a relative clause there belongs to the sentence's subject.
func attrOpensClause(toks []cueTok, lo int) bool {
	if lo > 0 && cueDeterminers[toks[lo-1].lower] {
		lo--
	}
	if lo == 0 {
		return true
	}
	return toks[lo-1].text == "," && attrFrontedUntil(toks, lo-1)
}

// attrFrontedUntil reports whether toks[:comma] is a fronted adjunct: a
// prepositional or time phrase with no comma inside ("In a statement on
// Monday, …", "Last week, …").
func attrFrontedUntil(toks []cueTok, comma int) bool {
	if comma < 1 || comma > 14 {
		return false
	}
	first := toks[0].lower
	if !cueNounPreps[first] && !cueStop[first] && !attrTimeNouns[first] && first != "last" && first != "earlier" {
		return false
	}
	for _, t := range toks[1:comma] {
		if !t.isWord() && t.text != "'" || t.quoted {
			return false
		}
	}
	return true
}

// attrPassiveVerbs are reporting verbs whose agent is the source in the
// passive: "first reported by the Financial Times", "as announced by the
// ministry", "was confirmed by police".
var attrPassiveVerbs = cueSet("reported", "confirmed", "revealed", "announced", "disclosed",
	"stated", "published", "estimated", "quoted", "described", "cited", "broadcast")

// attrPassiveAgent reads "<reporting verb> by X": X is the source.
func attrPassiveAgent(s string, toks []cueTok, v int) (attrFound, bool) {
	if !attrPassiveVerbs[toks[v].lower] || v+2 >= len(toks) || toks[v+1].lower != "by" || toks[v+1].quoted {
		return attrFound{}, false
	}
	lo, hi, ok := attrNPAfter(toks, v+2)
	if !ok {
		return attrFound{}, false
	}
	return attrMake(s, toks, lo, hi, Span{toks[v].start, toks[v+1].end}, false), true
}

// attrFigureFollows reports a number within a few words after v, the
// figure a poll or an estimate "puts" something at.
func attrFigureFollows(toks []cueTok, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		if toks[k].kind == cueNum || cueNumberWords[toks[k].lower] {
			return true
		}
		if toks[k].text == "." || toks[k].text == ";" {
			return false
		}
	}
	return false
}

// attrBracketed reads a speaker whose name ends in a bracketed short form
// before the verb ("the World Health Organization (WHO) said"); close is
// the index of ")". The phrase keeps the brackets, as the article writes it.
//
// A bracket holding a stock ticker ("Acme Corp. (NYSE: ACM) announced") is
// left out of the phrase, and a company suffix after a comma ("Acme
// Holdings, Inc.") is kept with the name before it.
func attrBracketed(s string, toks []cueTok, close int, cue Span) (attrFound, bool) {
	open, ticker := -1, false
	for j := close - 1; j >= 0 && close-j <= 6; j-- {
		if toks[j].text == "(" {
			open = j
			break
		}
		if toks[j].text == ":" {
			ticker = true
			continue
		}
		if !toks[j].isWord() {
			return attrFound{}, false
		}
	}
	if open < 1 || open+1 == close {
		return attrFound{}, false
	}
	hi := open - 1
	lo, ok := attrNPBefore(toks, hi)
	if ok && lo == hi && hi >= 2 && toks[hi-1].text == "," && attrCompanySuffixes[toks[hi].lower] {
		lo, ok = attrNPBefore(toks, hi-2)
	}
	if !ok {
		return attrFound{}, false
	}
	f := attrMake(s, toks, lo, hi, cue, false)
	if !ticker {
		f.who.End = toks[close].end
		f.speaker.phrase = s[f.who.Start:f.who.End]
	}
	return f, true
}

// attrCompanySuffixes close a company's name after a comma.
var attrCompanySuffixes = cueSet("inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.",
	"co.", "ag", "sa", "s.a.", "n.v.", "lp", "l.p.")

// attrNext is the lower-cased token after v, or "" at the end.
func attrNext(toks []cueTok, v int) string {
	if v+1 < len(toks) {
		return toks[v+1].lower
	}
	return ""
}

// attrReportFollows reports whether what is reported follows the verb at
// v: "that", a quotation, a colon or comma, the end, or "in a statement".
func attrReportFollows(toks []cueTok, v int) bool {
	if v+1 >= len(toks) {
		return true
	}
	n := toks[v+1]
	switch {
	case n.kind == cueQuote, n.kind == cuePunct:
		return true
	case n.lower == "that", n.lower == "in", n.lower == "on", n.lower == "to":
		return n.lower != "to" || (v+2 < len(toks) && toks[v+2].lower == "reporters")
	}
	return false
}

// attrQuoteFollows reports a quotation after the verb at v.
func attrQuoteFollows(toks []cueTok, v int) bool {
	for _, t := range toks[v+1:] {
		if t.quoted && t.isWord() {
			return true
		}
	}
	return false
}

// attrPluralBefore reports whether the word at i can be the plural subject
// of a base-form verb ("officials say", "they warn").
func attrPluralBefore(toks []cueTok, i int) bool {
	if attrPluralWord(toks[i]) {
		return true
	}
	// The head may stand before a prepositional phrase: "shop owners in
	// the town centre say", "residents of the valley say".
	for j := i - 1; j > 0 && i-j <= 5; j-- {
		t := toks[j]
		if !t.isWord() {
			return false
		}
		if cueNounPreps[t.lower] || t.lower == "near" || t.lower == "across" || t.lower == "around" {
			return attrPluralWord(toks[j-1])
		}
	}
	return false
}

// attrPluralWord reports a plural subject word: a plural pronoun, a group
// noun, or a noun ending in a plural "-s".
func attrPluralWord(t cueTok) bool {
	l := t.lower
	if l == "they" || l == "we" || l == "you" || l == "i" || attrGroupNouns[l] {
		return true
	}
	return t.kind == cueWord && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "'s")
}

// attrSkipAdjuncts walks back from i over adverbs, auxiliaries and time
// adjuncts that may stand between a subject and its verb ("has also said",
// "on Monday said", "last week warned"), returning the index before them.
func attrSkipAdjuncts(toks []cueTok, i int) int {
	for i >= 0 {
		t := toks[i]
		switch {
		case !t.isWord():
			return i
		case attrSkipBeforeVerb[t.lower]:
			i--
		case t.lower == "average" && i > 0 && toks[i-1].lower == "on":
			i -= 2 // "analysts had on average expected"
		case attrTimeNouns[t.lower] && i > 0 && (toks[i-1].lower == "on" || toks[i-1].lower == "last" || toks[i-1].lower == "this" || toks[i-1].lower == "late" || toks[i-1].lower == "early"):
			i -= 2
		case strings.HasSuffix(t.lower, "ly") && !t.capitalised() && i > 0 && attrContent(toks[i-1]):
			// a manner adverb: "the minister bluntly said"
			i--
		default:
			return i
		}
	}
	return i
}

// attrNPBefore walks back from the head word at hi to the start of its
// noun phrase. It stops at function words, punctuation and determiners,
// crossing a determiner only after a joining preposition ("the spokesman
// for the ministry"). A phrase longer than ten words is not a speaker.
func attrNPBefore(toks []cueTok, hi int) (int, bool) {
	if hi < 0 || !attrContent(toks[hi]) || strings.HasSuffix(toks[hi].lower, "ly") && !toks[hi].capitalised() {
		return 0, false
	}
	// safe is where the phrase starts if the walk ends inside a clause: a
	// lower-case word we cannot place may be a verb ("did little to
	// mollify Iraqi officials who …"), so it only belongs to the phrase
	// when the walk reaches a determiner, punctuation or the start.
	lo, n, safe := hi, 1, hi
	unsure := false
	// ends returns the phrase's start for a walk that stopped at a clean
	// boundary (clean) or inside a clause.
	ends := func(clean bool) (int, bool) {
		if clean || !unsure {
			return lo, true
		}
		return safe, true
	}
	for j := hi - 1; j >= 0; j-- {
		t := toks[j]
		l := t.lower
		if attrPluralPossessive(toks, j) {
			// "Patients' groups warned": the possessor belongs to the phrase.
			lo = j
			continue
		}
		if !t.isWord() || t.quoted != toks[hi].quoted {
			return ends(true)
		}
		switch {
		case cueDeterminers[l] || cueNumberWords[l] || t.kind == cueNum:
			lo = j
			if j >= 2 && cueNounPreps[toks[j-1].lower] && attrContent(toks[j-2]) {
				j-- // continue at the head before the preposition
				continue
			}
			return ends(true)
		case cueNounPreps[l]:
			// "the spokesman for the ministry", "the exit poll for
			// broadcaster NOS": the preposition joins when a name or a
			// determined phrase follows it.
			next := toks[j+1]
			joins := next.capitalised() || cueDeterminers[next.lower] || next.kind == cueNum || l == "of" || toks[hi].capitalised() && hi-j <= 3
			if joins && j >= 1 && attrContent(toks[j-1]) {
				continue
			}
			return ends(false)
		case l == "and":
			if j >= 1 && toks[j-1].capitalised() && toks[j+1].capitalised() && attrContent(toks[j-1]) {
				continue
			}
			return ends(false)
		case cueStop[l]:
			return ends(false)
		case strings.HasSuffix(l, "ly") && (!t.capitalised() || j == 0):
			return ends(false)
		}
		if !t.capitalised() && toks[j+1].lower != "by" && attrHasVerb(toks[j:j+1]) {
			// "The decision angered residents who …": a past verb ends the
			// phrase ("officials polled by the agency" keeps its participle).
			return lo, true
		}
		if !t.capitalised() && !attrModifiers[l] && !attrPersonNouns[l] && !attrGroupNouns[l] && !attrOrgWords[l] {
			if !unsure {
				safe = lo
			}
			unsure = true
		}
		lo = j
		n++
		if n > 10 {
			return 0, false
		}
	}
	return ends(true)
}

// attrPluralPossessive reports whether toks[j] is the apostrophe of a
// plural possessive ("patients' groups"): attached to a word ending in s
// and followed by a word.
func attrPluralPossessive(toks []cueTok, j int) bool {
	t := toks[j]
	if j < 1 || j+1 >= len(toks) || t.kind != cuePunct || t.text != "'" && t.text != "’" {
		return false
	}
	prev := toks[j-1]
	return prev.kind == cueWord && prev.end == t.start && strings.HasSuffix(prev.lower, "s") &&
		toks[j+1].kind == cueWord && toks[j+1].start > t.end
}

// attrModifiers are lower-case words that qualify a speaker ("a senior
// military official", "the foreign ministry spokesman").
var attrModifiers = cueSet("senior", "top", "chief", "former", "deputy", "foreign", "military",
	"local", "regional", "acting", "interim", "federal", "national", "state", "defence",
	"defense", "security", "intelligence", "government", "health", "interior", "finance",
	"justice", "police", "army", "navy", "press", "media", "public", "civil", "human",
	"rights", "emergency", "rescue", "medical", "hospital", "provincial", "municipal",
	"district", "city", "party", "union", "opposition", "ruling", "western", "eastern",
	"northern", "southern", "iranian", "iraqi", "american", "israeli", "russian", "chinese",
	"other", "some", "unnamed", "anonymous", "unidentified", "independent", "private",
	"prime", "vice", "assistant", "associate", "general", "special", "high-ranking",
	"ranking", "longtime", "veteran", "leading", "prominent", "key", "two", "three",
	"ministry", "department", "agency", "office", "committee", "council", "coalition",
	"court", "embassy", "spokesman", "spokeswoman", "familiar", "close", "statement", "report")

// attrNPAfter reads the noun phrase that starts at j ("the report", "sources
// within the U.S. military", "Yahya Rasool"), returning its first and last
// token. It ends at punctuation, function words and a participle that opens
// a clause ("a statement released by …").
func attrNPAfter(toks []cueTok, j int) (int, int, bool) {
	last, n := -1, 0
	for i := j; i < len(toks); i++ {
		t := toks[i]
		l := t.lower
		if !t.isWord() {
			break
		}
		switch {
		case cueDeterminers[l] || cueNumberWords[l] || t.kind == cueNum:
			if last >= 0 && !cueNounPreps[toks[i-1].lower] {
				return attrNPEnd(j, last)
			}
			continue
		case cueNounPreps[l]:
			if last < 0 || i+1 >= len(toks) || !toks[i+1].isWord() || cueStop[toks[i+1].lower] {
				return attrNPEnd(j, last)
			}
			continue
		case l == "and":
			if last < 0 || i+1 >= len(toks) || !attrContent(toks[i+1]) {
				return attrNPEnd(j, last)
			}
			continue
		case cueStop[l]:
			return attrNPEnd(j, last)
		case last >= 0 && !t.capitalised() && len(l) > 4 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")):
			return attrNPEnd(j, last)
		case last >= 0 && !t.capitalised() && (len(l) == 4 && strings.HasSuffix(l, "ed") && !cueEdAdjectives[l] || cueIrregularPast[l]):
			// A short or irregular past verb ends the phrase too: in "…,
			// said 40 people died" the words after "said" are a clause,
			// not a speaker.
			return attrNPEnd(j, last)
		}
		last = i
		n++
		if n >= 8 {
			break
		}
	}
	return attrNPEnd(j, last)
}

func attrNPEnd(j, last int) (int, int, bool) {
	if last < 0 {
		return 0, 0, false
	}
	return j, last, true
}

// attrInverted reads the speaker after the verb at v in `"…," said X` and
// `…, said X.`: a noun phrase that ends the sentence or its clause. An
// appositive name after it is the speaker ("said the spokesman, Ali Saleh").
func attrInverted(s string, toks []cueTok, v int, cue Span) (attrFound, bool) {
	if v+1 >= len(toks) {
		return attrFound{}, false
	}
	if pr, ok := attrPronouns[toks[v+1].lower]; ok && toks[v+1].lower == pr && attrClauseEnds(toks, v+2) {
		return attrFound{pronoun: pr, cue: cue, who: Span{toks[v+1].start, toks[v+1].end}}, true
	}
	lo, hi, ok := attrNPAfter(toks, v+1)
	if !ok || !attrClauseEnds(toks, hi+1) {
		return attrFound{}, false
	}
	if hi+1 < len(toks) && toks[hi+1].text == "," {
		if nlo, nhi, ok := attrNPAfter(toks, hi+2); ok && attrClauseEnds(toks, nhi+1) && attrTitledName(toks[nlo:nhi+1]) && !attrNameLike(toks[lo:hi+1]) {
			return attrMake(s, toks, nlo, nhi, cue, false), true
		}
	}
	return attrMake(s, toks, lo, hi, cue, false), true
}

// attrClauseEnds reports whether the clause ends at token i.
func attrClauseEnds(toks []cueTok, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	if t.kind == cuePunct || t.kind == cueQuote {
		return strings.ContainsAny(t.text, ".,;:!?—–(")
	}
	return t.lower == "in" || t.lower == "on" || t.lower == "during"
}

// attrParenthetical handles a comma just before the verb at the comma
// index i: "X, who …, said", "X, a spokesman, said" (the subject before
// the parenthetical speaks) and "the spokesman for Y, Ali Saleh, said" (a
// name in the parenthetical is the speaker).
func attrParenthetical(s string, toks []cueTok, i int, cue Span, form attrForm) (attrFound, bool) {
	c := -1
	for j := i - 1; j >= 0 && i-j <= 24; j-- {
		if toks[j].text == "," {
			c = j
			break
		}
		if !toks[j].isWord() {
			break
		}
	}
	if c < 0 || c+1 >= i {
		return attrFound{}, false
	}
	par := toks[c+1 : i]
	if c >= 1 && toks[c-1].text == ")" {
		// "Acme, Inc. (NYSE: ACM), a drug maker, announced …"
		first := par[0].lower
		if cueStop[first] || cueNounPreps[first] || attrTitledName(par) {
			return attrFound{}, false
		}
		return attrBracketed(s, toks, c-1, cue)
	}
	headLo, headOK := attrNPBefore(toks, c-1)
	first := par[0].lower
	clause := cueStop[first] || cueNounPreps[first] || strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed")
	switch {
	case !clause && attrTitledName(par):
		return attrMake(s, toks, c+1, i-1, cue, false), true
	case headOK && (form != attrBase || attrPluralBefore(toks, c-1)):
		return attrMake(s, toks, headLo, c-1, cue, false), true
	}
	return attrFound{}, false
}

// attrHonorifics may open a personal name without making it a role.
var attrHonorifics = cueSet("dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms",
	"ms.", "sir", "dame", "lord", "lady", "rev", "rev.")

// attrTitledName reports whether ts is a personal name, perhaps after an
// honorific ("Dr Anita Sharma", "Mr. Li"): in "the firm's chief executive,
// Dr Anita Sharma, said" the apposition names who speaks, and the name is
// the better attribution than the role.
func attrTitledName(ts []cueTok) bool {
	if len(ts) > 1 && attrHonorifics[ts[0].lower] {
		ts = ts[1:]
	}
	return attrNameLike(ts)
}

// attrNameLike reports whether ts reads as a personal name: one to four
// capitalised words (name particles allowed), none naming an organisation
// or a title.
func attrNameLike(ts []cueTok) bool {
	if len(ts) == 0 || len(ts) > 4 {
		return false
	}
	caps := 0
	for _, t := range ts {
		if t.kind != cueWord {
			return false
		}
		l := t.lower
		if attrOrgWords[l] || attrPersonNouns[l] || cueDeterminers[l] {
			return false
		}
		if t.capitalised() {
			caps++
			continue
		}
		if base, _, ok := strings.Cut(l, "-"); ok && attrNameParticles[base] {
			caps++
			continue
		}
		if !attrNameParticles[l] {
			return false
		}
	}
	return caps > 0
}

// attrMake builds the attribution of the phrase toks[lo..hi].
func attrMake(s string, toks []cueTok, lo, hi int, cue Span, according bool) attrFound {
	if toks[lo].lower == "the" && lo < hi && toks[lo+1].capitalised() {
		lo++
	}
	ts := toks[lo : hi+1]
	sp := attrSpeaker{
		phrase:    s[toks[lo].start:toks[hi].end],
		kind:      attrKindOf(ts),
		anonymous: attrAnonymous(ts, according),
	}
	return attrFound{speaker: sp, cue: cue, who: Span{toks[lo].start, toks[hi].end}}
}

// attrHead returns the phrase's words before its first preposition: "a
// spokesman" of "a spokesman for the ministry".
func attrHead(ts []cueTok) []cueTok {
	for k, t := range ts {
		if k > 0 && cueNounPreps[t.lower] {
			return ts[:k]
		}
	}
	return ts
}

// attrKindOf tells a person from a group from an organisation.
func attrKindOf(ts []cueTok) attrKind {
	head := attrHead(ts)
	last := head[len(head)-1]
	switch {
	case attrPersonNouns[last.lower]:
		return attrPerson
	case attrGroupNouns[last.lower]:
		return attrGroup
	}
	titled, org := false, false
	for _, t := range head {
		org = org || attrOrgWords[t.lower]
		titled = titled || attrPersonNouns[t.lower]
	}
	if titled && !attrOrgWords[last.lower] && (last.capitalised() || strings.Contains(last.lower, "-")) {
		return attrPerson // "Prime Minister Ali Saleh", "Council member Tom Reyes"
	}
	if org {
		return attrOrg
	}
	if len(head) >= 2 && attrNameLike(head) {
		return attrPerson // "Yahya Rasool"
	}
	if !last.capitalised() && strings.HasSuffix(last.lower, "s") && !strings.HasSuffix(last.lower, "ss") {
		return attrGroup
	}
	return attrOrg
}

// attrAnonymous returns the unverified cue for an unnamed source: "a
// source", "an official", "one senior diplomat" (one unnamed person),
// "sources" without a definite article, or any "unnamed"/"anonymous"
// speaker. "The source" refers back to one already introduced and is kept
// as an attribution.
func attrAnonymous(ts []cueTok, according bool) string {
	head := attrHead(ts)
	det := head[0].lower
	plural := "unnamed sources"
	if according {
		plural = "according to sources"
	}
	for _, t := range head {
		switch t.lower {
		case "unnamed", "anonymous", "unidentified":
			if strings.HasSuffix(head[len(head)-1].lower, "s") {
				return plural
			}
			return "anonymous source"
		}
	}
	for _, t := range head {
		switch t.lower {
		case "source", "insider":
			if det != "the" && det != "this" && det != "that" {
				return "anonymous source"
			}
		case "official", "diplomat", "aide", "officer", "person", "employee":
			if det == "a" || det == "an" || det == "one" {
				return "anonymous source"
			}
		case "sources", "insiders":
			if det != "the" && det != "these" && det != "those" {
				return plural
			}
		}
	}
	return ""
}

// attrTokAt returns the index of the first token that starts at or after
// byte offset at (len(toks) when none does).
func attrTokAt(toks []cueTok, at int) int {
	for k, t := range toks {
		if t.start >= at {
			return k
		}
	}
	return len(toks)
}
