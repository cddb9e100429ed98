package model

// Ref points at one sentence of one article, so that a reader can open the
// article there and an export can be traced back to the text.
type Ref struct {
	// Article is the article's ID.
	Article string `json:"article"`
	// At locates the sentence within the article.
	At Loc `json:"at"`
	// Text is the sentence itself, for display without a second look-up.
	Text string `json:"text"`
}

// Analyze fills the briefing's cross-article views: the entities the
// articles name, the claims several articles corroborate (and those resting
// on one unnamed source), and a timeline of the dates they give.
//
// It reads only the articles, so it can be called again after they change;
// the result depends on nothing but the input (no map order, no clock), so
// the same briefing always exports byte-identical JSON. Call it once after
// loading, before showing or exporting the briefing.
func Analyze(b *Briefing) {
	if b == nil {
		return
	}
	units := briefingSentences(b)
	ents := findEntities(b, units)
	events := buildTimeline(b, units)
	b.Entities = ents.list
	b.Timeline = events
	b.Corroborations = corroborate(b, units, ents, events)
}

// sentence is one sentence of one article, the unit every analysis works on.
type sentence struct {
	art int // index into Briefing.Articles
	ref Ref
}

// briefingSentences lists every heading and paragraph sentence of every
// article, in briefing order. Locations that fall outside their text (which
// a faulty segmenter could produce) are skipped rather than trusted.
func briefingSentences(b *Briefing) []sentence {
	var out []sentence
	for ai, a := range b.Articles {
		if a == nil {
			continue
		}
		for si, s := range a.Sections {
			if s.Heading != "" {
				out = append(out, sentence{art: ai, ref: Ref{Article: a.ID, At: Loc{Section: si, Paragraph: -1, Start: 0, End: len(s.Heading)}, Text: s.Heading}})
			}
			for pi, p := range s.Paragraphs {
				for _, sp := range Sentences(p) {
					if sp.Start < 0 || sp.End > len(p) || sp.Start >= sp.End {
						continue
					}
					out = append(out, sentence{art: ai, ref: Ref{Article: a.ID, At: Loc{Section: si, Paragraph: pi, Start: sp.Start, End: sp.End}, Text: p[sp.Start:sp.End]}})
				}
			}
		}
	}
	return out
}

// contains reports whether the location l covers the byte offset off of the
// same heading or paragraph as at.
func contains(l Loc, at Loc, off int) bool {
	return l.Section == at.Section && l.Paragraph == at.Paragraph && off >= l.Start && off < l.End
}

// CorroborationOf finds the group that holds the claim at a location of an
// article, for the reader's "also in N articles". Single-source entries are
// not groups and are not returned.
func (b *Briefing) CorroborationOf(article string, at Loc) (Corroboration, bool) {
	if b == nil {
		return Corroboration{}, false
	}
	for _, c := range b.Corroborations {
		if c.SingleSource {
			continue
		}
		for _, r := range c.Claims {
			if r.Article == article && r.At == at {
				return c, true
			}
		}
	}
	return Corroboration{}, false
}
