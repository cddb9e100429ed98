package model

import (
	"slices"
)

// Blocking: a feature named in more than blockingDF(articles) articles
// (a common name, a round number, a frequent date) does not make two
// claims a candidate pair, though it still counts in their score once
// they are one. Below blockMinDF articles nothing is blocked, so small
// briefings compare every pair the anchors allow; in a large folder such a
// feature would make candidates of the square of its claims, and with its
// low weight it rarely decides whether two claims report one event.
const (
	blockMinDF = 50
	// blockShare is the share of the articles, as 1/blockShare, above
	// which a feature is too common to make candidates: 2%.
	blockShare = 50
)

// blockingDF is the most articles a feature may be named in and still
// make candidate pairs.
func blockingDF(articles int) int { return max(blockMinDF, articles/blockShare) }

// pairIndex holds what candidate pairs are drawn from: the claims'
// features and two inverted indexes, read-only once built so that
// several goroutines can draw from it.
type pairIndex struct {
	items      []item
	tab        *featTable
	anchor     []bool    // feature id → can pin an event and is not blocked
	anchorPost [][]int32 // feature id → claims with it, ascending
	prefixPost [][]int32 // feature id → claims with it in their prefix, ascending
	prefixes   [][]int32 // claim → its prefix's feature ids
	// Copies: claims of the same text in several articles, listed by
	// text in claim order; dupAt is 1 + a claim's list, or 0, and dupPos
	// its place in that list.
	dups   [][]int32
	dupAt  []int32
	dupPos []int32
}

// pairScratch is one goroutine's working memory for candidates.
type pairScratch struct {
	mark  []int32 // feature id → 1 + the claim being paired
	seen  []int32 // claim → 1 + the claim it was last paired with
	dup   []int32 // claim → 1 + the claim it is a copy of
	cands []int32
	lists [][]int32
	other [][]int32
}

// newPairIndex indexes the claims for candidate pairs. A feature named in
// more than maxDF articles is not an anchor (see blockingDF).
//
// Two necessary conditions of sameEvent prune the pairs, each through an
// inverted index, so that large folders do not cost the square of their
// claims:
//
//   - Anchor: the claims share a feature able to pin an event (a specific
//     name, a count or a date; countries pin nothing).
//   - Weight: their weighted Dice similarity reaches groupThreshold. A
//     feature weighs the same in every claim (its kind's weight times its
//     IDF), so the shared weight W(a∩b) must reach t/2·(W(a)+W(b)), with
//     t = groupThreshold. Order every claim's features the same way,
//     heaviest (rarest) first: the first feature two similar claims share
//     lies in each one's prefix, the features from which at least t/2 of
//     its weight is left; otherwise all they share weighs less than that
//     (prefix filtering, as in set-similarity joins).
func newPairIndex(items []item, maxDF int) *pairIndex {
	if len(items) == 0 {
		return &pairIndex{items: items}
	}
	tab := items[0].tab
	nf := len(tab.names)
	x := &pairIndex{
		items:      items,
		tab:        tab,
		anchor:     make([]bool, nf),
		anchorPost: make([][]int32, nf),
		prefixPost: make([][]int32, nf),
		prefixes:   make([][]int32, len(items)),
	}
	// Articles per feature: claims come in article order, so an article
	// is counted when it differs from the feature's last one.
	df := make([]int32, nf)
	last := make([]int32, nf)
	for i := range items {
		it := &items[i]
		for _, id := range it.ids {
			if df[id] == 0 || last[id] != int32(it.art) {
				df[id]++
				last[id] = int32(it.art)
			}
		}
	}
	for id := range x.anchor {
		k := x.tab.kind[id]
		x.anchor[id] = (k == 'e' || k == 'n' || k == 'd') && int(df[id]) <= maxDF
	}
	byText := map[string][]int32{}
	for i := range items {
		byText[items[i].ref.Text] = append(byText[items[i].ref.Text], int32(i))
	}
	x.dupAt, x.dupPos = make([]int32, len(items)), make([]int32, len(items))
	for i := range items {
		if l := byText[items[i].ref.Text]; len(l) > 1 && l[0] == int32(i) {
			x.dups = append(x.dups, l)
			for k, c := range l {
				x.dupAt[c], x.dupPos[c] = int32(len(x.dups)), int32(k)
			}
		}
	}
	// Each claim's prefix on both cores (sorting its features is the
	// costly part), then the indexes in claim order, so that their lists
	// ascend.
	w := x.tab.weight
	workers := workerCount(len(items))
	orders := make([][]int32, workers)
	parallelWorkers(len(items), workers, func(wk, i int) {
		order := append(orders[wk][:0], items[i].ids...)
		orders[wk] = order
		slices.SortFunc(order, func(a, b int32) int {
			if w[a] != w[b] {
				if w[a] > w[b] {
					return -1
				}
				return 1
			}
			return int(a - b)
		})
		// The margin keeps rounding in the sums from cutting a prefix
		// short; a longer prefix only adds candidates.
		need := groupThreshold / 2 * items[i].total * (1 - 1e-9)
		left := items[i].total
		n := 0
		for _, id := range order {
			if left < need {
				break
			}
			n++
			left -= w[id]
		}
		x.prefixes[i] = slices.Clone(order[:n])
	})
	for i := range items {
		for _, id := range items[i].ids {
			if x.anchor[id] {
				x.anchorPost[id] = append(x.anchorPost[id], int32(i))
			}
		}
		for _, id := range x.prefixes[i] {
			x.prefixPost[id] = append(x.prefixPost[id], int32(i))
		}
	}
	return x
}

func (x *pairIndex) newScratch() *pairScratch {
	return &pairScratch{mark: make([]int32, len(x.anchor)), seen: make([]int32, len(x.items)), dup: make([]int32, len(x.items))}
}

// candidates calls yield, in ascending order, for each later claim b of
// another article that shares an anchor with claim a and passes the weight
// condition and sameEvent's gate on shared words: the only claims sameEvent
// could accept. The anchor must be unblocked, unless b is one of the next
// maxPartners copies of a's text: a sentence repeated across a large folder
// (wire copy) is still grouped, as far as maxPartners lets it, though every
// feature it has is common.
func (x *pairIndex) candidates(a int, s *pairScratch, yield func(b int)) {
	stamp := int32(a + 1)
	for _, id := range x.items[a].ids {
		s.mark[id] = stamp
	}
	s.cands = s.cands[:0]
	if c := x.dupAt[a]; c > 0 {
		l := x.dups[c-1]
		pos := int(x.dupPos[a])
		for _, b := range l[pos+1 : min(len(l), pos+1+maxPartners)] {
			if x.items[b].art != x.items[a].art {
				s.seen[b], s.dup[b] = stamp, stamp
				s.cands = append(s.cands, b)
			}
		}
	}
	// Candidates from the anchor or the prefix index, whichever is
	// shorter; only later claims, as each pair is seen from its first.
	// Either way each candidate is checked for both conditions, so the
	// choice changes the cost and not the pairs.
	var fromAnchor, fromPrefix int
	s.lists, s.other = s.lists[:0], s.other[:0]
	for _, id := range x.items[a].ids {
		if x.anchor[id] {
			l := after(x.anchorPost[id], a)
			s.lists = append(s.lists, l)
			fromAnchor += len(l)
		}
	}
	for _, id := range x.prefixes[a] {
		l := after(x.prefixPost[id], a)
		s.other = append(s.other, l)
		fromPrefix += len(l)
	}
	lists := s.lists
	if fromPrefix < fromAnchor {
		lists = s.other
	}
	for _, l := range lists {
		for _, b := range l {
			if s.seen[b] != stamp && x.items[b].art != x.items[a].art {
				s.seen[b] = stamp
				s.cands = append(s.cands, b)
			}
		}
	}
	slices.Sort(s.cands)
	need := groupThreshold / 2 * (1 - 1e-9)
	for _, b := range s.cands {
		shared, anchored, terms, count := 0.0, false, 0, false
		copied := s.dup[b] == stamp
		for _, id := range x.items[b].ids {
			if s.mark[id] == stamp {
				kind := x.tab.kind[id]
				shared += x.tab.weight[id]
				anchored = anchored || x.anchor[id] || copied && (kind == 'e' || kind == 'n' || kind == 'd')
				switch kind {
				case 't':
					terms++
				case 'n':
					count = true
				}
			}
		}
		// sameEvent's gates on shared words, checked here too because
		// they cost nothing more once the features are compared.
		if anchored && (terms >= 2 || terms == 1 && count) && shared >= need*(x.items[a].total+x.items[b].total) {
			yield(int(b))
		}
	}
}

// samePairs calls yield, in ascending order of (a, b), for each candidate
// pair that sameEvent accepts, with its score. The pairs are found on
// every core, a batch of claims at a time, and handed over in order, so the
// result is the same as one core's and the memory is one batch's.
func samePairs(items []item, maxDF int, yield func(p pair)) {
	x := newPairIndex(items, maxDF)
	const batch = 4096
	scratch := make([]*pairScratch, workerCount(batch))
	for w := range scratch {
		scratch[w] = x.newScratch()
	}
	found := make([][]pair, batch)
	for start := 0; start < len(items); start += batch {
		n := min(batch, len(items)-start)
		parallelWorkers(n, len(scratch), func(w, i int) {
			a := start + i
			found[i] = found[i][:0]
			x.candidates(a, scratch[w], func(b int) {
				if score, ok := sameEvent(&items[a], &items[b]); ok {
					found[i] = append(found[i], pair{a, b, score})
				}
			})
		})
		for _, ps := range found[:n] {
			for _, p := range ps {
				yield(p)
			}
		}
	}
}

// after returns the part of an ascending list of claims that comes after a.
func after(list []int32, a int) []int32 {
	i, _ := slices.BinarySearch(list, int32(a+1))
	return list[i:]
}
