package ui

import (
	"github.com/brief-reader/brief/model"
)

// refKey names one sentence of one article, as the analysis refers to it.
type refKey struct {
	article string
	at      model.Loc
}

// corroborationIndex maps each grouped claim to the number of other
// articles that report it, for the panels' "also in N articles". It is the
// look-up of (*model.Briefing).CorroborationOf made once, so switching
// articles does not scan every group for every claim. The first group that
// holds a claim wins, as in CorroborationOf.
func corroborationIndex(b *model.Briefing) map[refKey]int {
	if b == nil || len(b.Corroborations) == 0 {
		return nil
	}
	idx := map[refKey]int{}
	for _, c := range b.Corroborations {
		if c.SingleSource {
			continue
		}
		for _, r := range c.Claims {
			k := refKey{r.Article, r.At}
			if _, ok := idx[k]; !ok {
				idx[k] = c.Articles - 1
			}
		}
	}
	return idx
}

// alsoIn is the panels' note for a claim other articles report too; the
// count is of the other articles, "also" says this one is not counted.
func alsoIn(others int) string {
	if others <= 0 {
		return ""
	}
	return "also in " + plural(others, "article", "articles")
}

// analyzed reports whether the briefing already carries the cross-article
// analysis. Analyze always leaves Corroborations non-nil, so a briefing
// with all three views nil has not been analysed.
func analyzed(b *model.Briefing, opts Options) bool {
	return opts.Analyzed || b.Entities != nil || b.Corroborations != nil || b.Timeline != nil
}
