package model

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Corroboration is either a group of claims that report the same event in
// different articles, or (SingleSource) one claim that no other article
// reports and that rests on one source. Groups come first in the list.
type Corroboration struct {
	// Articles is the number of articles the claims come from: the N of
	// "in N articles". It is 1 for a single-source entry.
	Articles int `json:"articles"`
	// Claims holds one sentence per article, in briefing order.
	Claims []Ref `json:"claims"`
	// Shared is what ties a group: the entities, numbers, dates and key
	// words at least two of its claims have in common.
	Shared []string `json:"shared"`
	// Conflict is true when grouped claims give different numbers for the
	// same thing, or different dates; Note says which.
	Conflict bool   `json:"conflict"`
	Note     string `json:"note,omitempty"`
	// SingleSource marks a claim found in one article only that rests on
	// one source: an attribution, or the article's own "reportedly".
	SingleSource bool `json:"single_source"`
	// Source is who the single source is, as the article words it.
	Source string `json:"source,omitempty"`
	// Anonymous is true when that source is unnamed ("a source",
	// "officials").
	Anonymous bool `json:"anonymous"`
}

// item is a claim or unverified detail being compared.
type item struct {
	art  int
	ref  Ref
	attr *string
	cue  string // the unverified cue, when the article marks it
	// label is how to show each feature, found only for the claims of a
	// group (a large folder holds hundreds of thousands of claims); the
	// features' weights are their kinds' (kindWeight) times their IDF.
	label map[string]string
	nums  []numberedNoun
	dates []fuzzyDate
	where []string // places it happened, with their countries
	kinds []string // kinds of event its words name
	keys  []string // feats' keys, sorted: sums in a fixed order give the same bits every run; dropped once ids are set
	// ids are keys as numbers (numbered in the keys' sorted order, so
	// ascending ids are keys in order), whose weights and kinds are in
	// tab; total is the weights' sum in that order. Comparing two claims
	// is then a merge of two sorted lists.
	ids   []int32
	tab   *featTable
	total float64
}

// featTable is what every claim's features share: a feature weighs the
// same in every claim (its kind's weight times its IDF), so its name,
// weight and kind are kept once for the briefing, by id.
type featTable struct {
	names  []string
	weight []float64
	kind   []byte // the name's first byte
}

// kindWeight is the weight of a feature kind, from the key's first byte.
func kindWeight(k byte) float64 {
	switch k {
	case 'e', 'c':
		return wEntity
	case 'n':
		return wNumber
	case 'v':
		return wValue
	case 'd':
		return wDate
	}
	return wTerm
}

// numberedNoun is a number and the noun it counts: "three soldiers".
type numberedNoun struct {
	value float64
	noun  string // stem
	text  string
}

// The weights of feature kinds: shared names and counts say more about an
// event being the same than shared words do.
const (
	wEntity = 1.5 // also countries, under "c:"
	wNumber = 2.0
	wValue  = 0.5
	wDate   = 1.0
	wTerm   = 1.0
	// groupThreshold is the weighted Dice similarity above which two claims
	// report the same event, once the gates of sameEvent have passed (they
	// do most of the work of keeping unrelated claims apart). Chosen on
	// written pairs of related and unrelated sentences in
	// corroborate_test.go, which still pass at 0.15 and 0.25.
	groupThreshold = 0.2
)

// corroborate groups the claims that several articles make and marks the
// single-source ones.
func corroborate(b *Briefing, units []sentence, x *entityIndex, events []Event, dates [][]dateCand) []Corroboration {
	items, labels := prepareItems(b, units, x, events, dates)

	// Each claim keeps its maxPartners best matches; a pair is kept when
	// either of its claims keeps it. Below that many matches per claim
	// (every briefing but those with a sentence repeated across hundreds
	// of articles) this keeps every pair.
	best := make([][]pair, len(items))
	samePairs(items, blockingDF(len(b.Articles)), func(p pair) {
		best[p.a] = offerPair(best[p.a], p)
		best[p.b] = offerPair(best[p.b], p)
	})
	var pairs []pair
	for i, ps := range best {
		for _, p := range ps {
			// Each pair is taken once: from its first claim, or from its
			// second when the first did not keep it.
			if p.a == i || !slices.Contains(best[p.a], p) {
				pairs = append(pairs, p)
			}
		}
	}
	// Best first; equal scores in (a, b) order: the result depends on
	// nothing but the input.
	slices.SortFunc(pairs, comparePairs)

	// Best matches first; a group takes one claim per article.
	group := make([]int, len(items))
	members := make([][]int, len(items)) // nil once merged into another group
	for i := range items {
		group[i] = i
		members[i] = []int{i}
	}
	same := make([][]int, len(items)) // each claim's partners, ascending
	for _, p := range pairs {
		same[p.a] = append(same[p.a], p.b)
		same[p.b] = append(same[p.b], p.a)
	}
	for _, ps := range same {
		slices.Sort(ps)
	}
	for _, p := range pairs {
		ga, gb := group[p.a], group[p.b]
		if ga == gb || sharesArticle(items, members[ga], members[gb]) || !allSame(same, members[ga], members[gb]) {
			continue
		}
		if gb < ga {
			ga, gb = gb, ga
		}
		for _, m := range members[gb] {
			group[m] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
	}

	// Groups and single sources are described on both cores, each into
	// its own slot, and listed in the order of their first claims.
	var groupList [][]int
	var singles []int
	for g := range items {
		switch ms := members[g]; {
		case len(ms) >= 2:
			sort.Ints(ms)
			groupList = append(groupList, ms)
		case len(ms) == 1:
			singles = append(singles, ms[0])
		}
	}
	out := make([]Corroboration, len(groupList), len(groupList)+len(singles))
	workers := workerCount(len(groupList))
	bufs := make([][]token, workers)
	parallelWorkers(len(groupList), workers, func(w, i int) {
		out[i] = describeGroup(items, groupList[i], func(m int) map[string]string { return labels(m, &bufs[w]) })
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Articles > out[j].Articles })

	single := make([]Corroboration, len(singles))
	isSingle := make([]bool, len(singles))
	parallel(len(singles), func(i int) { single[i], isSingle[i] = singleSource(&items[singles[i]], x) })
	for i, c := range single {
		if isSingle[i] {
			out = append(out, c)
		}
	}
	return out
}

// prepareItems collects the claims and details to compare and describes
// each by its weighted features. labels finds again how to show an item's
// features, for the few claims that end up in a group.
func prepareItems(b *Briefing, units []sentence, x *entityIndex, events []Event, dates [][]dateCand) (items []item, labels func(i int, buf *[]token) map[string]string) {
	items = collectItems(b)
	// A claim is usually one of the sentences, whose dates were matched.
	type at struct {
		art int
		loc Loc
	}
	unitAt := make(map[at]int, len(units))
	for u, s := range units {
		unitAt[at{s.art, s.ref.At}] = u
	}
	// The dated events of each article, in timeline order, so describing
	// a claim looks at its own article's events only.
	byArticle := map[string][]int{}
	for i, ev := range events {
		if ev.Kind == EventMentioned && ev.Resolved && ev.Mark != nil {
			byArticle[ev.Ref.Article] = append(byArticle[ev.Ref.Article], i)
		}
	}
	ef := entityFeatures(x)
	workers := workerCount(len(items))
	bufs := make([][]token, workers)
	parallelWorkers(len(items), workers, func(w, i int) {
		it := &items[i]
		u, ok := unitAt[at{it.art, it.ref.At}]
		var cands []dateCand
		if ok && units[u].ref.Text == it.ref.Text {
			cands = dates[u]
		} else {
			cands = dateCandidates(it.ref.Text)
		}
		describe(it, x, ef, events, byArticle[it.ref.Article], cands, false, &bufs[w])
		it.kinds = eventKinds(it)
	})
	// Each feature once, numbered in sorted order, so that ascending ids
	// are keys in order; the items' own copies of the keys are dropped.
	ids := map[string]int32{}
	var firstSeen []string
	var df []int
	for i := range items {
		it := &items[i]
		it.ids = make([]int32, len(it.keys))
		for k, f := range it.keys {
			id, ok := ids[f]
			if !ok {
				id = int32(len(firstSeen))
				ids[f] = id
				firstSeen = append(firstSeen, f)
				df = append(df, 0)
			}
			it.ids[k] = id
			df[id]++
		}
		it.keys = nil
	}
	ids = nil
	order := make([]int32, len(firstSeen))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(firstSeen[a], firstSeen[b]) })
	renum := make([]int32, len(firstSeen))
	tab := &featTable{names: make([]string, len(order)), weight: make([]float64, len(order)), kind: make([]byte, len(order))}
	// Every feature weighs its kind's weight times its IDF among the
	// briefing's claims: "United States" in every claim ties nothing
	// together.
	n := float64(len(items))
	for id, old := range order {
		renum[old] = int32(id)
		f := firstSeen[old]
		tab.names[id], tab.kind[id] = f, f[0]
		tab.weight[id] = kindWeight(f[0]) * math.Log(1+n/float64(df[old]))
	}
	// Totals are summed in the keys' order.
	for i := range items {
		it := &items[i]
		it.tab = tab
		for k, old := range it.ids {
			id := renum[old]
			it.ids[k] = id
			it.total += tab.weight[id]
		}
	}
	// The labels are found from the text alone (its date candidates are
	// the sentence's), so that the sentences' dates and the map of them
	// are not kept for the few groups.
	labels = func(i int, buf *[]token) map[string]string {
		it := item{art: items[i].art, ref: items[i].ref}
		describe(&it, x, ef, events, byArticle[it.ref.Article], dateCandidates(it.ref.Text), true, buf)
		return it.label
	}
	return items, labels
}

// maxPartners bounds the matches kept per claim. A sentence repeated in n
// articles (wire copy, boilerplate) matches each of its copies: without a
// bound its n² pairs would take the time and memory, and no group of
// claims shows more than a screenful of articles anyway.
const maxPartners = 64

// pair is two claims that report the same event, a < b, and how alike
// they are.
type pair struct {
	a, b  int
	score float64
}

// comparePairs orders pairs best first, then by claims.
func comparePairs(x, y pair) int {
	switch {
	case x.score > y.score:
		return -1
	case x.score < y.score:
		return 1
	case x.a != y.a:
		return x.a - y.a
	}
	return x.b - y.b
}

// offerPair keeps p in ps, ordered by comparePairs, when ps holds fewer
// than maxPartners pairs or p is better than its worst.
func offerPair(ps []pair, p pair) []pair {
	i, _ := slices.BinarySearchFunc(ps, p, comparePairs)
	if i >= maxPartners {
		return ps
	}
	if len(ps) == maxPartners {
		ps = ps[:maxPartners-1]
	}
	return slices.Insert(ps, i, p)
}

// collectItems lists the claims of every article and the unverified
// details that are not also claims: a detail one article reports
// "reportedly" and another states is corroboration too.
func collectItems(b *Briefing) []item {
	n := 0
	for _, a := range b.Articles {
		if a != nil {
			n += len(a.Claims) + len(a.Unverified)
		}
	}
	items := make([]item, 0, n)
	for ai, a := range b.Articles {
		if a == nil {
			continue
		}
		start := len(items)
		for _, c := range a.Claims {
			items = append(items, item{art: ai, ref: Ref{Article: a.ID, At: c.At, Text: c.Text}, attr: c.Attribution})
		}
		for _, d := range a.Unverified {
			dup := false
			for k := start; k < len(items); k++ {
				if overlaps(items[k].ref.At, d.At) {
					dup = true
					if items[k].cue == "" {
						items[k].cue = d.Cue
					}
				}
			}
			if !dup {
				items = append(items, item{art: ai, ref: Ref{Article: a.ID, At: d.At, Text: d.Text}, cue: d.Cue})
			}
		}
	}
	return items
}

func overlaps(a, b Loc) bool {
	return a.Section == b.Section && a.Paragraph == b.Paragraph && a.Start < b.End && b.Start < a.End
}

// numberRe finds counts written in digits or words.
var numberRe = lazyRE(`(?i)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands)\b`)

// findNumbers returns the spans numberRe finds in text, without running
// it: every claim is scanned, and the regexp was the costliest part of
// describing one. The scan follows the regexp's leftmost-first choices: at
// each word start, a number with thousands separators, then digits with an
// optional fraction, then a count word, each ending at a word boundary
// (ASCII, as \b sees words).
func findNumbers(text string) [][2]int {
	// (?i) folds ſ onto s and the Kelvin sign onto k: leave those rare
	// texts to the regexp itself.
	if strings.ContainsRune(text, '\u017f') || strings.ContainsRune(text, '\u212a') {
		var out [][2]int
		for _, loc := range numberRe.FindAllStringIndex(text, -1) {
			out = append(out, [2]int{loc[0], loc[1]})
		}
		return out
	}
	var out [][2]int
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) || (i > 0 && isWordByte(text[i-1])) {
			i++
			continue
		}
		if end := numberAt(text, i); end > i {
			out = append(out, [2]int{i, end})
			i = end
			continue
		}
		i++
	}
	return out
}

// isNumberWord reports whether numberRe matches anywhere in w.
func isNumberWord(w string) bool {
	simple := true
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			simple = false
			break
		}
	}
	if simple {
		_, ok := countWords[w]
		return ok
	}
	return len(findNumbers(w)) > 0
}

// numberAt is the end of numberRe's match starting at a word start i, or
// i when there is none.
func numberAt(text string, i int) int {
	boundary := func(e int) bool { return e == len(text) || !isWordByte(text[e]) }
	digitsFrom := func(k int) int {
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		return k
	}
	if c := text[i]; c >= '0' && c <= '9' {
		d := digitsFrom(i)
		// \d{1,3}(?:,\d{3})+\b: the most groups that end at a boundary.
		// A shorter run of groups is always followed by a comma, which
		// is a boundary, so only the longest can fail.
		if d-i <= 3 {
			var ends []int
			for e := d; e+4 <= len(text) && text[e] == ',' && digitsFrom(e+1) >= e+4; e += 4 {
				ends = append(ends, e+4)
			}
			if n := len(ends); n > 0 {
				if boundary(ends[n-1]) {
					return ends[n-1]
				}
				if n > 1 {
					return ends[n-2]
				}
			}
		}
		// \d+(?:\.\d+)?\b: with the fraction when it ends at a boundary,
		// else without it (a full stop is a boundary), else nothing.
		if d < len(text) && text[d] == '.' {
			if f := digitsFrom(d + 1); f > d+1 && boundary(f) {
				return f
			}
			return d
		}
		if boundary(d) {
			return d
		}
		return i
	}
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	if j-i > len("thousands") {
		return i
	}
	var buf [len("thousands")]byte
	if _, ok := countWords[string(lowerASCII(buf[:], text[i:j]))]; ok {
		return j
	}
	return i
}

var countWords = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens": -12, "hundreds": -100, "thousands": -1000}

// entFeat is what naming an entity gives a claim: its feature, and the
// country a place lies in. Found once per entity rather than per mention:
// the gazetteer's look-up normalises the name each time.
type entFeat struct {
	feat, in string
}

// entityFeatures finds each entity's entFeat. Countries are told apart from
// specific names: "Iraq" in two claims says little about their being one
// event, "Kirkuk" or a named militia says much more.
func entityFeatures(x *entityIndex) []entFeat {
	out := make([]entFeat, len(x.list))
	parallel(len(x.list), func(i int) {
		name := x.list[i].Name
		out[i].feat = "e:" + name
		if g, ok := lookupGaz(name); ok {
			if g.country {
				out[i].feat = "c:" + name
			}
			out[i].in = g.entry.in
		}
	})
	return out
}

// describe finds an item's features: its entities, counts, dates, places
// and key words.
//
// mine are the indices of the events of the item's article that can date
// it (mentioned and resolved, with a mark), in timeline order; cands are
// the date candidates of its text.
//
// With labels, it fills it.label with how to show each feature; without,
// it lists the features in it.keys, sorted, which is all that comparing
// claims needs.
//
// buf is memory for the words of the text, reused from call to call.
func describe(it *item, x *entityIndex, ef []entFeat, events []Event, mine []int, cands []dateCand, labels bool, buf *[]token) {
	// set records a feature; a later label replaces an earlier one, as
	// a map assignment would.
	set := func(f, label string) {
		if labels {
			it.label[f] = label
		} else {
			it.keys = append(it.keys, f)
		}
	}
	if labels {
		it.label = map[string]string{}
	}
	it.keys = it.keys[:0]
	defer func() {
		if !labels {
			slices.Sort(it.keys)
			it.keys = slices.Compact(it.keys)
		}
	}()
	for _, m := range x.mentionsIn(it.art, it.ref.At) {
		e := &x.list[m.ent]
		set(ef[m.ent].feat, e.Name)
		if m.locative && e.Kind == KindPlace {
			it.where = append(it.where, e.Name)
			if in := ef[m.ent].in; in != "" {
				it.where = append(it.where, in)
			}
		}
	}
	text := it.ref.Text
	var dated []Span
	for _, ei := range mine {
		ev := &events[ei]
		if contains(it.ref.At, ev.Ref.At, ev.Ref.At.Start+ev.Mark.Start) {
			f := "d:" + ev.Date
			set(f, ev.Date)
			if d, err := parseFuzzy(ev.Date, ev.Precision); err == nil {
				it.dates = append(it.dates, d)
			}
		}
	}
	for _, m := range resolveDates(text, cands, time.Time{}, false) {
		dated = append(dated, Span{Start: m.start, End: m.end})
	}
	ts := tokenizeInto(*buf, text)
	*buf = ts
	for _, loc := range findNumbers(text) {
		if inSpans(dated, loc[0]) {
			continue
		}
		w := strings.ToLower(text[loc[0]:loc[1]])
		v, isWord := countWords[w]
		if !isWord {
			v, _ = strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
			if v >= 1800 && v <= 2199 && !strings.Contains(w, ",") {
				continue // a year
			}
		}
		noun := countedNoun(ts, loc[1])
		nn := numberedNoun{value: v, noun: term(noun), text: strings.TrimSpace(text[loc[0]:loc[1]] + " " + noun)}
		it.nums = append(it.nums, nn)
		f := fmt.Sprintf("n:%g:%s", v, nn.noun)
		set(f, nn.text)
		// The bare value counts a little on its own: "four fighters" and
		// "four militants" may be the same four.
		f = fmt.Sprintf("v:%g", v)
		set(f, text[loc[0]:loc[1]])
	}
	for _, t := range ts {
		l := strings.ToLower(t.s)
		if t.cap || len(l) < 3 || stopTerms[l] || isNumberWord(l) || isDateWord(l) {
			continue
		}
		f := "t:" + term(l)
		// A word's label is its first spelling.
		if !labels {
			it.keys = append(it.keys, f)
		} else if _, ok := it.label[f]; !ok {
			it.label[f] = l
		}
	}
}

func inSpans(spans []Span, off int) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// countedNoun is the first lower-case content word after a number,
// skipping names and demonyms: "three American soldiers" counts soldiers.
func countedNoun(ts []token, after int) string {
	skipped := 0
	for _, t := range ts {
		if t.start < after {
			continue
		}
		if skipped > 3 {
			break
		}
		l := strings.ToLower(t.s)
		if t.cap || modifiers[l] {
			skipped++
			continue
		}
		return l
	}
	return ""
}

// modifiers stand between a number and what it counts.
var modifiers = wordSet(`more than over about around nearly almost some at least of the additional other more fewer
new former senior high ranking high-ranking top young`)

// parseFuzzy reads back an Event's date.
func parseFuzzy(s, prec string) (fuzzyDate, error) {
	var layout string
	switch prec {
	case PrecisionYear:
		layout = "2006"
	case PrecisionMonth:
		layout = "2006-01"
	case PrecisionDay:
		layout = "2006-01-02"
	default:
		var y, w int
		if _, err := fmt.Sscanf(s, "%d-W%d", &y, &w); err != nil {
			return fuzzyDate{}, err
		}
		jan4 := monthStart(y, 1).AddDate(0, 0, 3)
		return fuzzyDate{weekStart(jan4).AddDate(0, 0, 7*(w-1)), PrecisionWeek}, nil
	}
	t, err := time.Parse(layout, s)
	return fuzzyDate{t, prec}, err
}

// sameEvent scores two claims and says whether they report one event: a
// weighted Dice similarity over the features, at least one shared entity
// or count, shared key words beyond names, and no disjoint places where
// each says it happened.
func sameEvent(a, b *item) (float64, bool) {
	// The sums run in the keys' order, as totals were summed, so the
	// score has the same bits whatever the order pairs are compared in.
	var shared float64
	entity, count, date, terms := false, false, false, 0
	j := 0
	for _, id := range a.ids {
		for j < len(b.ids) && b.ids[j] < id {
			j++
		}
		if j == len(b.ids) {
			break
		}
		if b.ids[j] != id {
			continue
		}
		shared += a.tab.weight[id] + b.tab.weight[id]
		switch a.tab.kind[id] {
		case 'e':
			entity = true
		case 'n':
			count = true
		case 'd':
			date = true
		case 't':
			terms++
		}
	}
	ta, tb := a.total, b.total
	// What pins an event: a specific name, a count of something, or the
	// same date at the same place. Countries alone pin nothing.
	anchored := entity || count || (date && intersects(a.where, b.where))
	// Dates a month or more apart are different events, not a conflict.
	if len(a.dates) > 0 && len(b.dates) > 0 && !datesNear(a.dates, b.dates) {
		return 0, false
	}
	// Two claims that each say what kind of thing happened (a strike, a
	// meeting, a vote) must say the same kind: troops and a city in common
	// do not make a meeting the strike.
	if ca, cb := a.kinds, b.kinds; len(ca) > 0 && len(cb) > 0 && !intersects(ca, cb) {
		return 0, false
	}
	// One shared word is too little on its own ("China's exports rose"
	// and "talks on China's exports"): two, or one with the same count of
	// the same thing.
	if ta+tb == 0 || !anchored || terms == 0 || (terms == 1 && !count) {
		return 0, false
	}
	if len(a.where) > 0 && len(b.where) > 0 && !intersects(a.where, b.where) {
		return 0, false
	}
	s := shared / (ta + tb)
	return s, s >= groupThreshold
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// allSame reports whether every claim of one group reports the same event
// as every claim of the other. Requiring all pairs (not just one) keeps a
// chain of loose resemblances from joining claims that share nothing.
func allSame(same [][]int, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if _, ok := slices.BinarySearch(same[i], j); !ok {
				return false
			}
		}
	}
	return true
}

func sharesArticle(items []item, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if items[i].art == items[j].art {
				return true
			}
		}
	}
	return false
}

// describeGroup says what a group shares and whether its claims disagree.
func describeGroup(items []item, ms []int, labels func(i int) map[string]string) Corroboration {
	c := Corroboration{Articles: len(ms), Claims: []Ref{}, Shared: []string{}}
	count := map[string]int{}
	weight := map[string]float64{}
	label := map[string]string{}
	for _, m := range ms {
		c.Claims = append(c.Claims, items[m].ref)
		it := &items[m]
		var ls map[string]string
		for _, id := range it.ids {
			f := it.tab.names[id]
			count[f]++
			weight[f] += it.tab.weight[id]
			if _, ok := label[f]; !ok {
				if ls == nil {
					ls = labels(m)
				}
				label[f] = ls[f]
			}
		}
	}
	var fs []string
	for f, n := range count {
		if n >= 2 {
			fs = append(fs, f)
		}
	}
	// A bare value says nothing more once its count of a thing is shown.
	fs = slices.DeleteFunc(fs, func(f string) bool {
		if f[0] != 'v' {
			return false
		}
		return slices.ContainsFunc(fs, func(g string) bool { return strings.HasPrefix(g, "n:"+f[2:]+":") })
	})
	sort.Slice(fs, func(i, j int) bool {
		if fs[i][0] != fs[j][0] {
			return kindRank(fs[i][0]) < kindRank(fs[j][0])
		}
		if weight[fs[i]] != weight[fs[j]] {
			return weight[fs[i]] > weight[fs[j]]
		}
		return fs[i] < fs[j]
	})
	for _, f := range fs {
		c.Shared = append(c.Shared, label[f])
	}

	var notes []string
	for x := 0; x < len(ms); x++ {
		for y := x + 1; y < len(ms); y++ {
			notes = append(notes, conflicts(&items[ms[x]], &items[ms[y]])...)
		}
	}
	if len(notes) > 0 {
		c.Conflict = true
		c.Note = strings.Join(notes, "; ")
	}
	return c
}

func kindRank(k byte) int { return strings.IndexByte("ecndvt", k) }

// conflicts compares the counts of the same thing and the dates at the same
// precision two grouped claims give.
func conflicts(a, b *item) []string {
	var notes []string
	for _, x := range a.nums {
		if x.noun == "" {
			continue
		}
		same, differ := false, ""
		for _, y := range b.nums {
			if y.noun != x.noun {
				continue
			}
			if y.value == x.value {
				same = true
			} else if differ == "" {
				differ = y.text
			}
		}
		if !same && differ != "" {
			notes = append(notes, fmt.Sprintf("%s says %q, %s says %q", a.ref.Article, x.text, b.ref.Article, differ))
		}
	}
	for _, prec := range []string{PrecisionDay, PrecisionWeek, PrecisionMonth, PrecisionYear} {
		da, db := datesAt(a.dates, prec), datesAt(b.dates, prec)
		if len(da) > 0 && len(db) > 0 && !intersects(da, db) {
			notes = append(notes, fmt.Sprintf("%s dates it %s, %s dates it %s", a.ref.Article, strings.Join(da, ", "), b.ref.Article, strings.Join(db, ", ")))
			break
		}
	}
	return notes
}

// datesNear reports whether some date of a lies within a month of some
// date of b, each taken as the period its precision covers.
func datesNear(a, b []fuzzyDate) bool {
	const slack = 31 * 24 * time.Hour
	for _, x := range a {
		for _, y := range b {
			if x.t.Before(y.end().Add(slack)) && y.t.Before(x.end().Add(slack)) {
				return true
			}
		}
	}
	return false
}

func datesAt(ds []fuzzyDate, prec string) []string {
	var out []string
	for _, d := range ds {
		if d.prec == prec {
			out = append(out, d.String())
		}
	}
	return out
}

// anonymousRe finds the unnamed sources of news writing.
var anonymousRe = lazyRE(`(?i)\b(?:sources?|officials?|insiders?|aides?|diplomats?|persons?|people|witness(?:es)?|residents|analysts|observers|reports?|media|spokes(?:man|woman|person))\b`)

// singleSource marks an ungrouped claim that rests on one source: its
// attribution, or the cue with which its article says it is unconfirmed.
func singleSource(it *item, x *entityIndex) (Corroboration, bool) {
	c := Corroboration{Articles: 1, Claims: []Ref{it.ref}, Shared: []string{}, SingleSource: true}
	switch {
	case it.attr != nil && strings.TrimSpace(*it.attr) != "":
		c.Source = strings.TrimSpace(*it.attr)
		person := false
		for _, k := range x.matchKnown(c.Source) {
			if e, ok := x.keyEnt[k.key]; ok && x.list[e].Kind == KindPerson {
				person = true
			}
		}
		c.Anonymous = !person && anonymousRe.MatchString(c.Source)
		return c, true
	case it.cue != "":
		c.Note = fmt.Sprintf("the article marks it unconfirmed (%q)", it.cue)
		c.Anonymous = true
		return c, true
	}
	return c, false
}

// term is the feature a content word gives: its synonym class, or its stem.
func term(w string) string {
	w = strings.ToLower(w)
	if c, ok := synonyms[w]; ok {
		return c
	}
	return stem(w)
}

// synonyms are the few classes of words English news uses interchangeably
// for the same fact of an event; without them "killed three soldiers" and
// "three troops died" share no word. Kept small: each class must not join
// different events.
var synonyms = func() map[string]string {
	classes := map[string]string{
		"=death":   "kill kills killed killing killings die dies died dying dead death deaths slain deceased demise",
		"=soldier": "soldier soldiers troop troops servicemen servicemembers",
		"=strike":  "strike strikes struck airstrike airstrikes raid raids bombing bombings bombed bombardment",
		"=weapon":  "weapon weapons arms",
		"=fighter": "fighter fighters militant militants gunman gunmen insurgent insurgents",
		"=wound":   "wound wounds wounded injure injured injuring injury injuries",
	}
	return wordClasses(classes, func(w string) string { return w })
}()

// wordClasses maps each word of each class's space-separated list, keyed
// through key, to the class's name.
func wordClasses(classes map[string]string, key func(string) string) map[string]string {
	m := map[string]string{}
	for c, ws := range classes {
		for w := range wordSet(ws) {
			m[key(w)] = c
		}
	}
	return m
}

// eventKinds lists the kinds of event a claim's words name, sorted.
func eventKinds(it *item) []string {
	var out []string
	for _, f := range it.keys {
		if f[0] != 't' {
			continue
		}
		if k, ok := eventWords[f[2:]]; ok && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// eventWords maps the terms of common news events to their kind. General
// English news vocabulary, kept to words that name what happened rather
// than who or where.
var eventWords = func() map[string]string {
	kinds := map[string]string{
		"violence": "strike strikes struck airstrike airstrikes raid raids bombing bombings bombed bomb attack attacks attacked " +
			"assault ambush shelling shelled explosion explosions blast blasts shooting shot clash clashes fighting offensive " +
			"missile missiles rocket rockets",
		"death":       "kill kills killed killing killings die died dead death deaths deceased demise slain assassination assassinated casualties fatalities",
		"wound":       "wound wounded injured injuries injury",
		"detention":   "arrest arrested arrests detained detain detention captured capture seized kidnapped abducted released release freed hostage hostages",
		"diplomacy":   "talks talk meet met meeting meetings visit visited negotiation negotiations negotiate summit agreement deal agreed signed ceasefire truce mediation",
		"withdrawal":  "withdraw withdrawal withdrew withdrawn exit leave depart departure removal expel expulsion pullout",
		"deployment":  "deploy deployed deployment reinforcements",
		"vote":        "vote voted votes election elections elected ballot referendum",
		"sanction":    "sanction sanctions sanctioned tariff tariffs embargo",
		"economy":     "export exports import imports trade economy growth inflation prices",
		"protest":     "protest protests protesters protested demonstration demonstrations demonstrators rally rallies riot riots",
		"disarmament": "disarm disarmament disarmed",
		"office":      "resign resigned resignation appoint appointed appointment dismissed sworn",
		"justice":     "charged sentenced convicted trial verdict ruling court indicted",
	}
	return wordClasses(kinds, term)
}()

// stem reduces a lower-case word to a crude stem so that "killed",
// "killing" and "kills" meet. It is deliberately light: over-merging
// would group unrelated claims.
func stem(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 3:
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	w = strings.TrimSuffix(w, "e")
	if n := len(w); n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// stopTerms are words that say nothing about which event a sentence
// reports: function words and the vocabulary of reporting itself.
var stopTerms = wordSet(`the and for are but not you all any can had her was one our out day get has him his how man
new now old see two way who boy did its let put say she too use that with have this will your from they know want
been good much some time very when come here just like long make many over such take than them well were what
which while would could should might must shall also into more most other only then there these those their
about after again against because before being below between both during each further having itself once same
so than too under until upon whom why yet amid amidst among despite however including though although
said says say saying told tell according report reports reported reportedly claim claimed claims stated
statement added noted announced confirmed revealed suggested suggesting warned warning described
recent recently latest current currently now today week month year years time times ago last next earlier later
already still even just may might likely possible potentially further significant several various certain
remain remains remained continue continues continued ongoing following amid seen seem seems appear appears
part parts number numbers lot lots kind way ways thing things people person fact case point`)
