package model

import (
	"sort"
	"strings"
	"unicode"
)

// Entity is a person, organisation, group or place the articles name, with
// its spelling and naming variants merged into one entry.
type Entity struct {
	// Name is the entry's display name: the gazetteer's name for a
	// well-known one, otherwise the form the articles use most.
	Name string `json:"name"`
	// Kind is KindPerson, KindOrganisation, KindGroup, KindPlace or
	// KindOther when no cue says which.
	Kind string `json:"kind"`
	// Forms are the distinct ways the articles write it, sorted.
	Forms []string `json:"forms"`
	// Mentions counts every time it is named.
	Mentions int `json:"mentions"`
	// Articles are the IDs of the articles that name it, in briefing order.
	Articles []string `json:"articles"`
	// Sentences are the sentences that name it, in briefing order.
	Sentences []Ref `json:"sentences"`
	// Claims are the extracted claims that name it.
	Claims []Ref `json:"claims"`
	// SourceOf counts the claims attributed to it.
	SourceOf int `json:"source_of"`
}

// kind votes, in the order that breaks ties.
const (
	vPerson = iota
	vOrg
	vGroup
	vPlace
	nVotes
)

var voteKinds = [nVotes]string{KindPerson, KindOrganisation, KindGroup, KindPlace}

// mention is one naming of an entity in one sentence.
type mention struct {
	unit       int // index into the briefing's sentences
	start, end int // bytes within the sentence
	surface    string
	key        string
	votes      [nVotes]int
	locative   bool // after "in", "from", "near"...: where something happened
	ent        int  // index into entityIndex.list, set at the end
	needsProof bool // a lone capitalised word opening a sentence
}

// placed is what the other analyses need of a mention: where it is, what
// it names, and whether it says where something happened. A large folder
// has many hundreds of thousands of mentions.
type placed struct {
	unit, start, ent int32
	locative         bool
}

// entityIndex is the result of entity finding, kept for the other analyses.
type entityIndex struct {
	list      []Entity
	mentions  []placed
	byArticle [][]int // mention indices per article
	units     []sentence
	known     map[string]bool
	keyEnt    map[string]int // merge key → index into list
}

// findEntities finds the capitalised phrases of every sentence, merges
// their variants and builds the entity list.
func findEntities(b *Briefing, units []sentence) *entityIndex {
	x := &entityIndex{units: units, byArticle: make([][]int, len(b.Articles))}
	// Pass one: which words the briefing writes in lower case, and which
	// capitalised runs it writes mid-sentence. Each worker fills sets of
	// its own, joined after: a union does not depend on the order.
	workers := workerCount(len(units))
	lowers := make([]map[string]bool, workers)
	capRuns := make([]map[string]bool, workers)
	for w := range workers {
		lowers[w], capRuns[w] = map[string]bool{}, map[string]bool{}
	}
	bufs := make([][]token, workers)
	parallelWorkers(len(units), workers, func(w, u int) {
		text := units[u].ref.Text
		ts := tokenizeInto(bufs[w], text)
		bufs[w] = ts
		for _, t := range ts {
			if !t.cap {
				lowers[w][strings.ToLower(t.s)] = true
			}
		}
		if !titleCase(text, ts) {
			for _, r := range chunk(ts) {
				if !ts[r.i].initial {
					capRuns[w][mergeKey(joinTokens(ts, r.i, r.j))] = true
				}
			}
		}
	})
	seen := wordsSeen{lower: lowers[0], capRuns: capRuns[0]}
	for w := 1; w < workers; w++ {
		for k := range lowers[w] {
			seen.lower[k] = true
		}
		for k := range capRuns[w] {
			seen.capRuns[k] = true
		}
	}

	// Pass two: the names of each sentence, found on every core (the
	// words are split again rather than kept: that is cheaper than the
	// memory of every word of a large folder) and gathered in sentence
	// order.
	type found struct {
		title bool
		cands []mention
		pairs [][2]string // acronym and expansion keys
	}
	per := make([]found, len(units))
	parallelWorkers(len(units), workers, func(w, u int) {
		text := units[u].ref.Text
		ts := tokenizeInto(bufs[w], text)
		bufs[w] = ts
		if titleCase(text, ts) {
			per[u].title = true
			return
		}
		for _, r := range chunk(ts) {
			for _, c := range namesIn(ts, r.i, r.j, seen) {
				m := newMention(u, text, ts, c)
				if m.key == "" {
					continue
				}
				per[u].cands = append(per[u].cands, m)
				if acr, ok := parentheticalAcronym(text, ts, c); ok {
					per[u].pairs = append(per[u].pairs, [2]string{m.key, canonKey(acr)})
				}
			}
		}
	})
	provenKeys := map[string]bool{}
	var pairs [][2]string // acronym and expansion keys
	var titleUnits []int
	n := 0
	for u := range per {
		n += len(per[u].cands)
	}
	cands := make([]mention, 0, n)
	for u := range per {
		if per[u].title {
			titleUnits = append(titleUnits, u)
		}
		for _, m := range per[u].cands {
			if !m.needsProof {
				provenKeys[m.key] = true
			}
		}
		cands = append(cands, per[u].cands...)
		pairs = append(pairs, per[u].pairs...)
	}
	per = nil

	// A lone capitalised word opening a sentence is kept only when the
	// briefing also capitalises it mid-sentence or the gazetteer knows it:
	// "Powerful militias..." must not yield an entity "Powerful".
	ms := make([]mention, 0, len(cands))
	known := map[string]bool{}
	for _, m := range cands {
		if m.needsProof && !provenKeys[m.key] && !strings.HasPrefix(m.key, "gaz:") {
			continue
		}
		ms = append(ms, m)
		known[m.key] = true
	}
	x.known = known

	// Headlines in title case capitalise every word, so only names already
	// known from running text or the gazetteer are taken from them.
	for _, u := range titleUnits {
		for _, k := range x.matchKnown(units[u].ref.Text) {
			ms = append(ms, mention{unit: u, start: k.start, end: k.end, surface: k.surface, key: k.key})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].unit != ms[j].unit {
			return ms[i].unit < ms[j].unit
		}
		return ms[i].start < ms[j].start
	})
	// "in Iraq and Syria": a place coordinated with a place where
	// something happened is one too.
	for i := 1; i < len(ms); i++ {
		p, m := ms[i-1], &ms[i]
		if p.unit == m.unit && p.locative && !m.locative && p.end <= m.start {
			switch strings.TrimSpace(units[m.unit].ref.Text[p.end:m.start]) {
			case "and", "or", ",", ", and", ", or", "and in", "or in":
				m.locative = true
			}
		}
	}

	// Merge variants: equal keys meet already; acronyms join their
	// expansions.
	keys, keyIdx := []string{}, map[string]int{}
	for _, m := range ms {
		if _, ok := keyIdx[m.key]; !ok {
			keyIdx[m.key] = len(keys)
			keys = append(keys, m.key)
		}
	}
	uf := newUnionFind(len(keys))
	for _, p := range pairs {
		a, okA := keyIdx[p[0]]
		c, okC := keyIdx[p[1]]
		if okA && okC {
			uf.union(a, c)
		}
	}
	mergeAcronyms(ms, keys, keyIdx, uf)
	x.build(b, ms, keys, keyIdx, uf)
	return x
}

// titleCase reports whether a sentence capitalises all its words but
// function words and words of three letters or fewer, as headlines do. One lower-case verb or noun
// ("President Jane Doe visited...") makes it running text.
func titleCase(text string, ts []token) bool {
	// Headlines do not end with a full stop; short sentences of names
	// ("The National Defence Council met.") do.
	if t := strings.TrimRight(text, " \t\"'”’"); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") {
		return false
	}
	caps := 0
	for _, t := range ts {
		if t.cap {
			if len(t.s) >= 4 {
				caps++
			}
			continue
		}
		if t.glued || headlineLower[t.s] {
			continue
		}
		// Headline styles leave short words in lower case ("its", "as").
		if len(t.s) > 3 && !isNumber(t.s) {
			return false
		}
	}
	return caps >= 2
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// span is a range of tokens [i, j).
type span struct{ i, j int }

// chunk finds the runs of capitalised words, with the connectors that join
// the words of one name.
func chunk(ts []token) []span {
	var out []span
	for i := 0; i < len(ts); {
		t := ts[i]
		prefix := namePrefixes[t.s] && i+1 < len(ts) && ts[i+1].glued && ts[i+1].cap
		if !t.cap && !prefix {
			i++
			continue
		}
		j, hasOf := i+1, false
		for j < len(ts) && !ts[j-1].poss {
			n := ts[j]
			if n.glued {
				if n.cap {
					j++
					continue
				}
				break // "Iran-backed": the lower-case part is not a name
			}
			if !spaceOnly(n.gap) {
				break
			}
			if n.cap {
				j++
				continue
			}
			k, ok := connectorsBefore(ts, j, hasOf)
			if !ok {
				break
			}
			for _, c := range ts[j:k] {
				if w := strings.ToLower(c.s); w == "of" || w == "for" {
					hasOf = true
				}
			}
			j = k
		}
		out = append(out, span{i, j})
		i = j
	}
	return out
}

// connectorsBefore reports whether the lower-case words from j on are
// connectors leading to a capitalised word, and where that word is. "and"
// joins only after "of" ("Islamic State of Iraq and the Levant"), so that
// "Iraq and Syria" stays two names; "the" only follows another connector.
func connectorsBefore(ts []token, j int, hasOf bool) (int, bool) {
	for k := j; k < len(ts) && k-j < 3; k++ {
		t := ts[k]
		if t.cap {
			return k, k > j
		}
		if !spaceOnly(t.gap) && !t.glued {
			return 0, false
		}
		w := t.s
		if !connectors[w] || (w == "and" && !hasOf) || (w == "the" && k == j) {
			return 0, false
		}
	}
	return 0, false
}

// name is a candidate name: a token range with what its words say.
type name struct {
	span
	title bool // a title was stripped from its front
}

// namesIn turns a capitalised run into the names it holds: sentence
// starters and titles come off the front, dates split it, a leading country
// is a name of its own ("American Red Cross").
// wordsSeen is what the whole briefing says about words: which are written
// in lower case somewhere, and which capitalised phrases stand mid-sentence.
type wordsSeen struct {
	lower   map[string]bool
	capRuns map[string]bool
}

func namesIn(ts []token, i, j int, seen wordsSeen) []name {
	var out []name
	start := i
	for k := i; k <= j; k++ {
		if k == j || isDateWord(ts[k].s) {
			out = append(out, trimName(ts, start, k, seen)...)
			start = k + 1
		}
	}
	return out
}

func isDateWord(w string) bool {
	l := strings.ToLower(w)
	_, m := months[l]
	_, d := weekdays[l]
	return m || d
}

func trimName(ts []token, i, j int, seen wordsSeen) []name {
	n := name{span: span{i, j}}
	if _, ok := lookupGaz(joinTokens(ts, i, j)); ok && i < j && !starters[strings.ToLower(ts[i].s)] {
		return []name{n}
	}
	for n.i < n.j {
		t := ts[n.i]
		l := strings.ToLower(t.s)
		switch {
		case !isAcronym(t.s) && starters[l]:
		case titles[l] || (titleMods[l] && n.i+1 < n.j && titles[strings.ToLower(ts[n.i+1].s)]):
			n.title = true
		case n.title && (titleMods[l] || (connectors[l] && !t.cap)):
		case !t.cap && !(namePrefixes[l] && n.i+1 < n.j && ts[n.i+1].glued):
		case t.initial && n.i+2 < n.j && ts[n.i+1].s == "of" && !orgWords[l] && !groupWords[l] && !seen.capRuns[mergeKey(t.s)]:
			// "Members of the HJMC", "Residents of Abu Ghraib": an opening
			// word never capitalised mid-sentence and no organisation's
			// word ("Ministry of Health") is not part of the name.
		case t.initial && n.i+1 < n.j && seen.lower[l] && !isAcronym(t.s) && knownRest(ts, n.i+1, n.j, seen):
			// "Growing Iran tensions": an opening word the briefing also
			// writes in lower case is not part of the name that follows.
		default:
			goto front
		}
		n.i++
	}
front:
	for n.j > n.i && !ts[n.j-1].cap {
		n.j--
	}
	if n.i >= n.j {
		return nil
	}
	if n.j-n.i == 1 && len([]rune(ts[n.i].s)) < 2 {
		return nil
	}
	// A leading country name or demonym is a name of its own.
	for k := min(n.j-1, n.i+4); k > n.i; k-- {
		if g, ok := lookupGaz(joinTokens(ts, n.i, k)); ok && g.country && ts[k].cap {
			head := name{span: span{n.i, k}}
			rest := trimName(ts, k, n.j, seen)
			return append([]name{head}, rest...)
		}
	}
	return []name{n}
}

// knownRest reports whether the words [i, j) are a name on their own
// elsewhere: in the gazetteer, or capitalised mid-sentence.
func knownRest(ts []token, i, j int, seen wordsSeen) bool {
	rest := joinTokens(ts, i, j)
	if _, ok := lookupGaz(rest); ok {
		return true
	}
	if _, ok := lookupGaz(ts[i].s); ok {
		return true
	}
	return seen.capRuns[mergeKey(rest)]
}

// joinTokens rebuilds the words [i, j) as written, with single spaces.
func joinTokens(ts []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			if ts[k].glued {
				b.WriteByte('-')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(ts[k].s)
	}
	return b.String()
}

// canonKey is a surface form's merge key, or its gazetteer entry's.
func canonKey(surface string) string {
	if g, ok := lookupGaz(surface); ok {
		return "gaz:" + g.entry.name
	}
	return mergeKey(surface)
}

// newMention records a name with the cues around it.
func newMention(u int, text string, ts []token, n name) mention {
	first, last := ts[n.i], ts[n.j-1]
	m := mention{unit: u, start: first.start, end: last.end, surface: text[first.start:last.end]}
	m.key = canonKey(m.surface)
	if n.j-n.i == 1 && first.initial && !n.title && !isAcronym(first.s) {
		m.needsProof = true
	}
	if n.title {
		m.votes[vPerson] += 3
	}
	for k := n.i; k < n.j; k++ {
		l := strings.ToLower(ts[k].s)
		if orgWords[l] {
			m.votes[vOrg] += 3
		}
		if groupWords[l] {
			m.votes[vGroup] += 3
		}
	}
	if n.i > 0 {
		p := ts[n.i-1]
		pl := strings.ToLower(p.s)
		g := strings.TrimSpace(first.gap)
		if (g == "" || g == ",") && (roleWords[pl] || titles[pl]) && !n.title {
			m.votes[vPerson] += 2
		}
		if spaceOnly(first.gap) && placePreps[pl] && !p.cap {
			m.votes[vPlace]++
			m.locative = true
		}
		// "militias like X", "a militia, known as X"
		for k := n.i - 1; k >= 0 && k >= n.i-4; k-- {
			if strings.ContainsAny(ts[k+1].gap, ".;:()") {
				break
			}
			if groupNouns[strings.ToLower(ts[k].s)] && !ts[k].cap {
				m.votes[vGroup]++
				break
			}
		}
	}
	if n.j < len(ts) {
		nx := ts[n.j]
		nl := strings.ToLower(nx.s)
		if spaceOnly(nx.gap) && !nx.cap {
			switch {
			case groupNouns[nl]:
				m.votes[vGroup] += 2
			case orgNouns[nl]:
				m.votes[vOrg] += 2
			case sayVerbs[nl] && n.j-n.i >= 2 && n.j-n.i <= 3:
				m.votes[vPerson]++
			}
		}
	}
	return m
}

// parentheticalAcronym finds "Name (ACR)" where ACR's letters are the
// name's initials.
func parentheticalAcronym(text string, ts []token, n name) (string, bool) {
	if n.j >= len(ts) || n.j-n.i < 2 {
		return "", false
	}
	a := ts[n.j]
	if strings.TrimSpace(a.gap) != "(" || !isAcronym(a.s) || !strings.HasPrefix(strings.TrimSpace(text[a.end:]), ")") {
		return "", false
	}
	var words []string
	for k := n.i; k < n.j; k++ {
		words = append(words, ts[k].s)
	}
	return a.s, initialsMatch(words, a.s)
}

// initialsMatch reports whether acr spells the initials of words, with or
// without their lower-case connectors.
func initialsMatch(words []string, acr string) bool {
	letters := acronymLetters(acr)
	if len([]rune(letters)) < 2 {
		return false
	}
	all, caps := initials(words)
	return letters == all || letters == caps
}

// acronymLetters are an acronym's letters in capitals.
func acronymLetters(acr string) string {
	var letters []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToUpper(r))
		}
	}
	return string(letters)
}

// initials are the first letters of a phrase's words in capitals (all),
// and those of its capitalised words (caps).
func initials(words []string) (all, caps string) {
	var a, c []rune
	for _, w := range words {
		r := []rune(w)
		if len(r) == 0 {
			continue
		}
		a = append(a, unicode.ToUpper(r[0]))
		if unicode.IsUpper(r[0]) {
			c = append(c, r[0])
		}
	}
	return string(a), string(c)
}

// mergeAcronyms joins an acronym standing alone to the one multi-word name
// of the briefing whose initials it spells. Two-letter acronyms and those
// with several candidates are left alone: too many names share initials.
func mergeAcronyms(ms []mention, keys []string, keyIdx map[string]int, uf *unionFind) {
	acr := map[int]bool{}
	phrases := map[int][]string{}
	for _, m := range ms {
		k := keyIdx[m.key]
		if strings.HasPrefix(m.key, "gaz:") {
			continue
		}
		if isAcronym(m.surface) {
			acr[k] = true
			continue
		}
		words := strings.FieldsFunc(m.surface, func(r rune) bool { return r == ' ' || r == '-' })
		if len(words) >= 2 {
			phrases[k] = words
		}
	}
	// The phrases by their initials (all words', and capitalised
	// words'), so that each acronym looks at the phrases it spells
	// rather than at every name of the briefing.
	byInitials := map[string][]int{}
	for p := range keys {
		words, ok := phrases[p]
		if !ok {
			continue
		}
		all, caps := initials(words)
		byInitials[all] = append(byInitials[all], p)
		if caps != all {
			byInitials[caps] = append(byInitials[caps], p)
		}
	}
	for k := range keys {
		if !acr[k] || len([]rune(keys[k])) < 3 || uf.size(k) > 1 {
			continue
		}
		letters := acronymLetters(keys[k])
		if len([]rune(letters)) < 2 {
			continue
		}
		match := -1
		for _, p := range byInitials[letters] {
			r := uf.find(p)
			if match >= 0 && match != r {
				match = -2
				break
			}
			match = r
		}
		if match >= 0 {
			uf.union(match, k)
		}
	}
}

// known is a name found by look-up rather than by chunking.
type known struct {
	start, end   int
	surface, key string
}

// matchKnown finds in text the longest capitalised word sequences that are
// names already known to the briefing or to the gazetteer.
func (x *entityIndex) matchKnown(text string) []known {
	ts := tokenize(text)
	var out []known
	for i := 0; i < len(ts); {
		best := -1
		var bestKey string
		if ts[i].cap && (isAcronym(ts[i].s) || !starters[strings.ToLower(ts[i].s)]) {
			for j := min(len(ts), i+6); j > i; j-- {
				if j-1 > i && ts[j-2].poss {
					continue
				}
				if k := canonKey(text[ts[i].start:ts[j-1].end]); strings.HasPrefix(k, "gaz:") || x.known[k] {
					best, bestKey = j, k
					break
				}
			}
		}
		if best < 0 {
			i++
			continue
		}
		out = append(out, known{start: ts[i].start, end: ts[best-1].end, surface: text[ts[i].start:ts[best-1].end], key: bestKey})
		i = best
	}
	return out
}

// build groups the mentions by merged name and fills the entity list.
func (x *entityIndex) build(b *Briefing, ms []mention, keys []string, keyIdx map[string]int, uf *unionFind) {
	rootEnt := map[int]int{}
	type acc struct {
		forms map[string]int
		gaz   *gazEntry
		votes [nVotes]int
		ms    []int
	}
	var accs []*acc
	for mi := range ms {
		m := &ms[mi]
		r := uf.find(keyIdx[m.key])
		e, ok := rootEnt[r]
		if !ok {
			e = len(accs)
			rootEnt[r] = e
			accs = append(accs, &acc{forms: map[string]int{}})
		}
		a := accs[e]
		a.forms[m.surface]++
		if strings.HasPrefix(m.key, "gaz:") && a.gaz == nil {
			if g, ok := lookupGaz(m.surface); ok {
				a.gaz = g.entry
			}
		}
		for v := range m.votes {
			a.votes[v] += m.votes[v]
		}
		a.ms = append(a.ms, mi)
		m.ent = e
	}

	ents := make([]Entity, len(accs))
	for e, a := range accs {
		ent := Entity{Kind: KindOther, Articles: []string{}, Sentences: []Ref{}, Claims: []Ref{}}
		for f := range a.forms {
			ent.Forms = append(ent.Forms, f)
		}
		sort.Strings(ent.Forms)
		ent.Name = bestForm(ent.Forms, a.forms)
		if a.gaz != nil {
			ent.Name, ent.Kind = a.gaz.name, a.gaz.kind
		} else if v := bestVote(a.votes); v >= 0 {
			ent.Kind = voteKinds[v]
		}
		lastUnit, lastArt := -1, -1
		for _, mi := range a.ms {
			m := ms[mi]
			ent.Mentions++
			u := x.units[m.unit]
			if u.art != lastArt {
				ent.Articles = append(ent.Articles, u.ref.Article)
				lastArt = u.art
			}
			if m.unit != lastUnit {
				ent.Sentences = append(ent.Sentences, u.ref)
				lastUnit = m.unit
			}
		}
		ents[e] = ent
	}

	for mi, m := range ms {
		x.byArticle[x.units[m.unit].art] = append(x.byArticle[x.units[m.unit].art], mi)
	}
	// Only where each mention is and what it names are kept: the rest
	// of a mention is in the list now.
	x.mentions = make([]placed, len(ms))
	for mi, m := range ms {
		x.mentions[mi] = placed{unit: int32(m.unit), start: int32(m.start), ent: int32(m.ent), locative: m.locative}
	}
	for ai, a := range b.Articles {
		if a == nil {
			continue
		}
		for _, c := range a.Claims {
			ref := Ref{Article: a.ID, At: c.At, Text: c.Text}
			for _, e := range x.entitiesIn(ai, c.At) {
				ents[e].Claims = append(ents[e].Claims, ref)
			}
			if c.Attribution == nil {
				continue
			}
			seen := map[int]bool{}
			for _, k := range x.matchKnown(*c.Attribution) {
				r, ok := keyIdx[k.key]
				if !ok {
					continue
				}
				if e, ok := rootEnt[uf.find(r)]; ok && !seen[e] {
					seen[e] = true
					ents[e].SourceOf++
				}
			}
		}
	}

	// Sort, and renumber the mentions to the sorted order.
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, c := ents[order[i]], ents[order[j]]
		if len(a.Articles) != len(c.Articles) {
			return len(a.Articles) > len(c.Articles)
		}
		if a.Mentions != c.Mentions {
			return a.Mentions > c.Mentions
		}
		return a.Name < c.Name
	})
	pos := make([]int, len(ents))
	x.list = make([]Entity, len(ents))
	for p, e := range order {
		pos[e] = p
		x.list[p] = ents[e]
	}
	for mi := range x.mentions {
		x.mentions[mi].ent = int32(pos[x.mentions[mi].ent])
	}
	x.keyEnt = map[string]int{}
	for k, i := range keyIdx {
		if e, ok := rootEnt[uf.find(i)]; ok {
			x.keyEnt[k] = pos[e]
		}
	}
}

// bestForm picks the display name: the commonest form that is not an
// acronym, then the longer, then the first in order.
func bestForm(forms []string, count map[string]int) string {
	best := ""
	better := func(f string) bool {
		if best == "" {
			return true
		}
		if isAcronym(f) != isAcronym(best) {
			return !isAcronym(f)
		}
		if count[f] != count[best] {
			return count[f] > count[best]
		}
		return len(f) > len(best)
	}
	for _, f := range forms {
		if better(f) {
			best = f
		}
	}
	return best
}

func bestVote(v [nVotes]int) int {
	best := -1
	for i, n := range v {
		if n > 0 && (best < 0 || n > v[best]) {
			best = i
		}
	}
	return best
}

// entitiesIn lists, sorted, the entities named within a location of an
// article.
func (x *entityIndex) entitiesIn(art int, at Loc) []int {
	var out []int
	for _, m := range x.mentionsIn(art, at) {
		out = append(out, int(m.ent))
	}
	sort.Ints(out)
	return dedupInts(out)
}

// mentionsIn lists the mentions within a location of an article.
func (x *entityIndex) mentionsIn(art int, at Loc) []placed {
	if art < 0 || art >= len(x.byArticle) {
		return nil
	}
	var out []placed
	for _, mi := range x.byArticle[art] {
		m := x.mentions[mi]
		u := x.units[m.unit].ref.At
		if contains(at, u, u.Start+int(m.start)) {
			out = append(out, m)
		}
	}
	return out
}

func dedupInts(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// unionFind merges name keys into entities; the smaller index is the root,
// so roots do not depend on the order of unions.
type unionFind struct{ parent, count []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n), count: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
		u.count[i] = 1
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
	u.count[a] += u.count[b]
}

func (u *unionFind) size(i int) int { return u.count[u.find(i)] }
