package model

import (
	"slices"
	"strings"
)

// extractAsserts decides whether a sentence the article asserts itself
// (no speaker, no hedge) is a claim: something reportable, not the author's
// analysis. Reportable is a past event ("launched", "were killed", "has
// initiated"), a number or a date; analysis is a modal ("could", "may"), a
// hedge ("suggests", "appears to"), an analysis verb ("underscores",
// "marks a shift") or evaluation ("it is important to note", "crucial"),
// any of which rules the sentence out. Weaker evaluative words
// ("tensions", "volatile", "growing") count against the reportable
// content, so a sentence that is mostly mood is left out. Words inside
// quotations are someone else's and are not read here.
func extractAsserts(all []cueTok) bool {
	// Most sentences quote nothing: then the tokens are read as they are,
	// without a filtered copy.
	toks := all
	if slices.ContainsFunc(all, func(t cueTok) bool { return t.quoted }) {
		toks = make([]cueTok, 0, len(all))
		for _, t := range all {
			if !t.quoted {
				toks = append(toks, t)
			}
		}
	}
	words := 0
	for _, t := range toks {
		if t.isWord() {
			words++
		}
	}
	if words < 4 {
		return false
	}
	if len(cueFind(cueVetoRules, toks)) > 0 || extractHasModal(toks) {
		return false
	}
	past, ongoing := extractEvents(toks)
	dated := extractHasNumberOrDate(toks)
	if past == 0 && ongoing == 0 && !dated {
		return false
	}
	score := 0
	if past > 0 {
		score += 1 + min(past, 3)
	} else if ongoing > 0 {
		// An action under way reports less on its own than one done:
		// "divers from the Coast Guard are searching" names who, "residents
		// are living in fear" only sets a mood.
		score++
	}
	if dated {
		score += 2
	}
	if extractHasName(toks) {
		score++
	}
	return score-extractWeak(toks) >= 2
}

// extractHasModal reports a modal verb of the sentence's own. "May"
// capitalised inside a sentence is the month. A modal right after a
// subject relative pronoun belongs to a relative clause that describes a
// noun ("blocked a law that would allow police to …"): the sentence still
// reports the event, so it does not count; after a complementiser "that"
// a subject comes before any modal ("showed that Iran could …").
func extractHasModal(toks []cueTok) bool {
	for k, t := range toks {
		if cueModals[t.lower] && !(t.lower == "may" && t.capitalised() && k > 0) {
			if k >= 2 && (toks[k-1].lower == "that" || toks[k-1].lower == "which" || toks[k-1].lower == "who") && attrContent(toks[k-2]) && !extractReportVerb(toks[k-2].lower) {
				continue
			}
			return true
		}
	}
	return false
}

// extractReportVerb reports a verb that takes a "that" clause ("said",
// "warned", "believes"), before which "that" is a complementiser.
func extractReportVerb(w string) bool {
	_, ok := attrVerbs[w]
	return ok
}

// extractEvents counts the distinct event verbs done (past) and under way
// (ongoing). Done are irregular past forms, participles after "has", "was"
// or "been", and "-ed" words that follow neither a determiner nor a
// preposition (where they are adjectives: "a targeted strike", "by armed
// groups") nor a present "is"/"are" (a state: "officials are concerned")
// unless an agent follows ("is approved by the regulator"). Under way are
// "-ing" forms after "is", "are", "was" or "were" ("divers are searching").
func extractEvents(toks []cueTok) (past, ongoing int) {
	// A sentence has a handful of events: a small slice beats a map.
	var buf [8]string
	seen := buf[:0]
	for k, t := range toks {
		if t.kind != cueWord || (t.capitalised() && k > 0) || slices.Contains(seen, t.lower) {
			continue
		}
		l := t.lower
		prev := extractAuxBefore(toks, k)
		perfect := prev == "has" || prev == "have" || prev == "had" || prev == "was" ||
			prev == "were" || prev == "been" || prev == "being"
		present := prev == "is" || prev == "are" || prev == "am"
		byAgent := k+1 < len(toks) && toks[k+1].lower == "by"
		event := false
		switch {
		case len(l) > 5 && strings.HasSuffix(l, "ing") && (present || prev == "was" || prev == "were"):
			// "are searching", "was burning"; not a mood ("is growing")
			// nor a plan ("is going to").
			if !cueWeakCommentary[l] && l != "going" && l != "being" && !cueStop[l] {
				ongoing++
			}
			continue
		case cueIrregularPast[l]:
			event = !cueDeterminers[prev] && prev != "to"
		case cueIrregularParticiples[l]:
			event = perfect
		case len(l) > 4 && strings.HasSuffix(l, "ed") && !strings.ContainsAny(l, "-'") &&
			!cueEdAdjectives[l] && (!strings.HasSuffix(l, "eed") || l == "agreed" || l == "freed"):
			event = perfect || present && byAgent || !(cueDeterminers[prev] || cueNounPreps[prev] || cueStop[prev] ||
				prev == "more" || prev == "most" || prev == "very" || prev == "well" || prev == "highly")
		}
		if event {
			seen = append(seen, l)
		}
	}
	return len(seen), ongoing
}

// extractAuxBefore returns the word before toks[k], reading past adverbs
// and "not" between an auxiliary and its verb ("has recently launched",
// "was generally well tolerated", "is not approved").
func extractAuxBefore(toks []cueTok, k int) string {
	for j, skipped := k-1, 0; j >= 0; j-- {
		w := toks[j].lower
		if skipped < 3 && toks[j].kind == cueWord && (strings.HasSuffix(w, "ly") || extractMidAdverbs[w]) {
			skipped++
			continue
		}
		return w
	}
	return ""
}

// extractMidAdverbs sit between an auxiliary and its verb.
var extractMidAdverbs = cueSet("not", "well", "also", "already", "now", "since", "just", "still", "never", "yet", "n't")

// extractHasNumberOrDate reports a count, a figure or a date.
func extractHasNumberOrDate(toks []cueTok) bool {
	for k, t := range toks {
		switch {
		case t.kind == cueNum:
			return true
		case cueNumberWords[t.lower] || cueTimeWords[strings.TrimSuffix(t.lower, "'s")]:
			return true
		case cueAmbiguousMonths[t.lower] && t.capitalised() && (k > 0 || k+1 < len(toks) && toks[k+1].kind == cueNum):
			return true
		case (t.lower == "last" || t.lower == "this") && k+1 < len(toks) && attrTimeNouns[toks[k+1].lower]:
			return true
		}
	}
	return false
}

// extractHasName reports a capitalised word inside the sentence: a named
// actor, place or organisation.
func extractHasName(toks []cueTok) bool {
	for k, t := range toks {
		if k > 0 && t.kind == cueWord && t.capitalised() && t.text != "I" && toks[k-1].kind != cueQuote {
			return true
		}
	}
	return false
}

// cueStatusNouns make a weak word a plain description: "critical
// condition", "serious injuries", "serious charges".
var cueStatusNouns = cueSet("condition", "conditions", "injury", "injuries", "wound", "wounds",
	"charge", "charges", "offence", "offences", "offense", "offenses", "crime", "crimes",
	"illness", "care", "accident", "burns", "fracture", "fractures")

// extractWeak counts the distinct weak commentary words, and a sentence
// that opens on a demonstrative ("This move …", "Such steps …"), which
// usually comments on what came before.
func extractWeak(toks []cueTok) int {
	var buf [8]string
	seen := buf[:0]
	for k, t := range toks {
		if cueWeakCommentary[t.lower] && !(k+1 < len(toks) && cueStatusNouns[toks[k+1].lower]) && !slices.Contains(seen, t.lower) {
			seen = append(seen, t.lower)
		}
	}
	n := len(seen)
	if len(toks) > 0 {
		switch toks[0].lower {
		case "this", "these", "such", "that", "those":
			n++
		}
	}
	return n
}
