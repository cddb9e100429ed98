package model

import (
	"slices"
	"strings"
)

// A press release speaks for the company or body that issues it: every
// statement in it that names no other speaker is the issuer's claim, not a
// fact reported by a newsroom. Its legal notice ("Forward-looking
// statements", "Safe harbor") is neither claim nor question.

// reReleaseMark is a mark only press releases carry: the "for immediate
// release" line, or a newswire's tag in the dateline ("/PRNewswire/",
// "(BUSINESS WIRE)").
var reReleaseMark = lazyRE(`(?i)\bfor immediate release\b|/\s*(?:PRNewswire|PR Newswire|CNW|Newswire)\s*/|\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|Newsfile Corp\.?)\)|\bGLOBE NEWSWIRE\b|\bthis (?:press|news) release contains\b`)

// reSafeHarbor heads a release's legal notice.
var reSafeHarbor = lazyRE(`(?i)^(?:cautionary\s+(?:note|statement)s?(?:\s+regarding\s+forward[- ]looking\s+statements)?|forward[- ]looking\s+statements?|safe\s+harbou?r(?:\s+statement)?)\b`)

// isPressRelease reports whether the article carries a release's marks in
// its title, headings or paragraphs: in its first few (the release line,
// the dateline's newswire tag) or its last few (the legal notice).
func isPressRelease(a *Article) bool {
	if hasReleaseMark(a.Title) {
		return true
	}
	var paras []string
	for _, s := range a.Sections {
		if hasReleaseMark(s.Heading) {
			return true
		}
		paras = append(paras, s.Paragraphs...)
	}
	for i, p := range paras {
		if (i < 3 || i >= len(paras)-8) && hasReleaseMark(p) {
			return true
		}
	}
	return false
}

// hasReleaseMark runs reReleaseMark on a text that names a release or a
// wire at all: the cheap test fails on almost every paragraph of news.
func hasReleaseMark(s string) bool {
	return (containsFoldASCII(s, "release") || containsFoldASCII(s, "wire") ||
		strings.Contains(s, "CNW") || strings.Contains(s, "Newsfile")) && reReleaseMark.MatchString(s)
}

// attributeRelease gives a press release's unattributed claims to its
// issuer, the speaker of its first paragraph ("Acme Inc. today announced
// …"), and drops what its legal notice put in the panels.
func attributeRelease(a *Article) {
	if !isPressRelease(a) {
		return
	}
	notice := make([]bool, len(a.Sections))
	for i, s := range a.Sections {
		notice[i] = reSafeHarbor.MatchString(strings.Trim(s.Heading, " *_#:"))
	}
	inNotice := func(at Loc) bool { return at.Section >= 0 && at.Section < len(notice) && notice[at.Section] }
	issuer := ""
	for _, c := range a.Claims {
		if c.Attribution != nil && c.At.Section == 0 && c.At.Paragraph == 0 {
			issuer = *c.Attribution
			break
		}
	}
	claims := a.Claims[:0]
	for _, c := range a.Claims {
		if inNotice(c.At) || c.Attribution == nil && reReleaseMark.MatchString(c.Text) {
			continue
		}
		if c.Attribution == nil && issuer != "" {
			who := issuer
			c.Attribution = &who
		}
		claims = append(claims, c)
	}
	a.Claims = claims
	a.OpenQuestions = slices.DeleteFunc(a.OpenQuestions, func(q Question) bool { return inNotice(q.At) })
	a.Unverified = slices.DeleteFunc(a.Unverified, func(d Detail) bool { return inNotice(d.At) })
}
