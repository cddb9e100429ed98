package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// reBoilerplate matches a whole line of page furniture that blogs and news
// sites leave in copied text: comment counters and prompts, share, like and
// related widgets. Only whole short lines are tested, so no sentence of the
// article can match.
var reBoilerplate = lazyRE(`(?i)^(?:` +
	// comment counters and prompts
	`\d+\s+(?:comments?|responses?|replies)\s*:?|comments?\s*:?\s*\(?\d*\)?|no\s+comments?\s*(?:yet)?\s*[:.]?|` +
	`post\s+(?:a\s+)?comments?\s*:?|leave\s+a\s+(?:reply|comment|response)\s*:?|add\s+(?:a\s+)?comment|` +
	`(?:show|view|load|hide)\s+(?:all\s+)?(?:\d+\s+)?comments?|(?:sign|log)\s+in\s+to\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|` +
	`subscribe\s+to:\s+post\s+comments\s+\(atom\)|` +
	// share, like and related widgets
	`share(?:\s+(?:this|it))?(?:\s+(?:article|story|post|page))?\s*:?|` +
	`share\s+(?:this\s+)?(?:on|via|to)\s+[\w ]{1,20}|click\s+to\s+(?:share|email|print)\b.{0,60}|` +
	`like\s+this\s*:?|like\s+loading\s*\.*|` +
	`related(?:\s+(?:articles?|posts?|stories|content|reading|coverage|news|topics))?\s*:?|` +
	`(?:tweet|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail|print|pocket)|` +
	`advertisement|continue\s+reading|skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article|menu|search)|` +
	// a list of other stories: "Most read", "Trending", "You may also like"
	`most\s+(?:read|popular|viewed|shared|watched)|trending(?:\s+now)?|top\s+stories|more\s+(?:stories|news|top\s+stories)|` +
	`(?:you\s+(?:may|might)\s+also\s+like|recommended\s+for\s+you)|read\s+more\s*:?|newer\s+post|older\s+post|` +
	`newer\s+post\s+older\s+post\s+home|` +
	// a share label followed by the networks it offers, or the networks alone
	`(?:share(?:\s+(?:this|it))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via))?\s*:?\s*)?` + shareNetworks + `(?:\s*[|,/·•]?\s*` + shareNetworks + `)*|` +
	// a link to another story: "Related: Headline", "READ MORE: Headline"
	`(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended|most\s+read|watch|listen)\s*:\s*\S.*[^.]|` +
	// rights, newsletters, follow prompts, taxonomy and picture credits
	`(?:copyright\s*(?:©|\(c\))|copyright\s+\d{4}|©|\(c\)\s*\d{4}).{0,90}|all\s+rights\s+reserved\.?|` +
	`(?:sign\s+up|subscribe)(?:\s+(?:now|here|today))?(?:\s+(?:to|for)\s+(?:our|the)\s+[\pL ]{1,40})?\s*[.:!]?|` +
	`follow\s+(?:us|me)\s+on\s+\S.{0,60}|(?:click|tap)\s+here\b.{0,80}|` +
	`(?:labels|tags|tagged|categories|category|filed\s+under|topics)\s*:\s*\S.{0,90}[^.]|(?:topics|tags|more\s+on\s+this\s+story)|` +
	`(?:photo|photograph|image|picture|video|graphic|illustration|file\s+photo)s?(?:\s+(?:credit|source|caption))?\s*:\s*\S.{0,80}[^.]|` +
	`(?:image\s+(?:source|caption)|getty\s+images|ap\s+photo)(?:\s*[,:/].{0,80}[^.])?|` +
	// press-release furniture
	`for\s+immediate\s+release|#{3}|-\s*30\s*-|[-–—]+\s*ends\s*[-–—]+|ends|` +
	contactLabel + `|` +
	// contact details alone on a line
	`(?:tel|phone|telephone|mobile|cell|fax|e-?mail)\s*[.:]\s*\S.*|` +
	`(?:[\pL.'’-]+\s+){0,4}[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[+(][\d\s().-]{6,}\d|\d[\d().-]*\s[\d\s().-]{5,}\d|` +
	// a publication time without a date: "Updated 14:32 GMT", "Published 3 hours ago"
	`(?:(?:last\s+)?updated|published|posted)\s*:?\s*(?:on\s+|at\s+)?(?:` +
	`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,5})?|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|yesterday|today|just\s+now)` +
	`)$`)

// contactLabel heads a press release's block of contact details.
const contactLabel = `(?:(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries|relations)\s*:?|contacts?\s*:)`

// reContactLabel is a whole line that is a contact label only.
var reContactLabel = lazyRE(`(?i)^` + contactLabel + `$`)

// isContactDetail reports whether a line under a contact label is one of
// its details: a name, a title or an organisation on a short line of its
// own, not a sentence.
func isContactDetail(line string) bool {
	n := len(strings.Fields(line))
	return n >= 1 && n <= 6 && startsUpper(line) && !endsSentence(line)
}

// shareNetworks are the names a share widget lists.
const shareNetworks = `(?:tweet|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail|print|pocket|` +
	`copy\s+link|bluesky|threads|mastodon|messenger|flipboard|sms)`

// reWireCredit is a wire story's credit line, which may run longer than
// other furniture: "(Reporting by A in Beirut; Editing by B)", "Writing by
// A; Editing by B", "Jane Doe in London contributed to this report."
var reWireCredit = lazyRE(`(?i)^(?:` +
	`\((?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written|research|graphics|production)\b[^()]*\bby\b[^()]*\)|` +
	`(?:(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^;()]+;\s*)+(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^;()]+|` +
	`[^.!?"“”]{3,160}\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?|` +
	// "AP writer Ana Ruiz contributed from Santiago.", "… contributed reporting from Lima."
	`[^.!?"“”]{3,160}\s+contributed(?:\s+(?:reporting|research|to\s+this\s+(?:report|story|article)))?\s+from\s+(?-i:\p{Lu})[^.!?"“”]{1,80}\.?|` +
	// a cross-post note: "This article originally appeared in X and is republished…"
	`(?:this\s+(?:article|story|piece|post|report|essay|column)|a\s+version\s+of\s+this\s+(?:article|story|piece|report))\s+` +
	`(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)\s+(?:in|on|at|by)\s.{1,200}` +
	`)$`)

// mayBeWireCredit is a cheap test that reWireCredit could match, so the
// expression runs only on the few lines that open like a credit or
// mention "contributed": every line of an article is tested.
func mayBeWireCredit(line string) bool {
	if line == "" {
		return false
	}
	if line[0] == '(' || strings.Contains(line, "contributed") {
		return true
	}
	if (line[0]|0x20 == 't' || line[0]|0x20 == 'a') && (strings.Contains(line, "originally") || strings.Contains(line, "first ")) {
		return true // "This article originally appeared in …"
	}
	for _, w := range []string{"reporting", "writing", "editing", "additional"} {
		if len(line) >= len(w) && equalFoldASCII(line, w) {
			return true
		}
	}
	return false
}

// reCookieNotice is a site's cookie banner copied with the page: "We use
// cookies to …", "This website uses cookies …", "Accept all cookies". It
// opens with the site speaking of its own cookies, which a story about
// cookies reports in the third person or quotes.
var reCookieNotice = lazyRE(`(?i)^(?:(?:we|this\s+(?:web\s*)?site|our\s+(?:web\s*)?site)\s+uses?\s+cookies\b.*|` +
	`(?:accept|reject|allow|manage)(?:\s+all)?\s+cookies|cookie\s+(?:settings|policy|preferences)|` +
	`by\s+continuing\s+to\s+(?:browse|use\s+(?:this|our)\s+(?:web\s*)?site)\b.*\bcookies\b.*)$`)

// listLabel heads a list of other stories or topics after the article
// ("Most read", "Related Topics"); the short unpunctuated lines under it
// are the list's headlines, not the article's.
var reListLabel = lazyRE(`(?i)^(?:most\s+(?:read|popular|viewed|shared|watched)|trending(?:\s+now)?|top\s+stories|topics|tags|more\s+on\s+this\s+story|` +
	`more\s+(?:stories|news|top\s+stories)|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|` +
	`related(?:\s+(?:articles?|posts?|stories|content|reading|coverage|news|topics))?)\s*:?$`)

// isListItem reports whether a line under a list label is one of its
// items: a headline or topic, short and not ending a sentence.
func isListItem(line string) bool {
	n := len(strings.Fields(line))
	return n >= 1 && n <= 14 && !endsSentence(line)
}

// navSeparators split a site's navigation bar or breadcrumb trail.
var navSeparators = []string{" | ", " › ", " » ", " > ", " • ", " · "}

// isNavLine reports whether a line is a navigation bar or breadcrumb
// trail: "Home | World | Politics", "Home › News › UK". It needs at least
// three items of one to three words each, none ending a sentence; a
// Markdown table row opens with '|' and is not one.
func isNavLine(line string) bool {
	if strings.HasPrefix(line, "|") || endsSentence(strings.TrimSpace(line)) {
		return false // a table row; or a sentence, as a bar's last item never ends one
	}
	for _, sep := range navSeparators {
		if strings.Count(line, sep) < 2 {
			continue
		}
		items := strings.Split(line, sep)
		ok := true
		for _, it := range items {
			n := len(strings.Fields(it))
			if n == 0 || n > 3 || endsSentence(strings.TrimSpace(it)) || strings.ContainsAny(it, ",;:") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// reMarkdownLink is an inline Markdown link, read as its text when a line
// is tested for furniture: "[Twitter](https://…)".
var reMarkdownLink = lazyRE(`\[([^\[\]]*)\]\([^()\s]*\)`)

// reCurrencyNote is a wire service's exchange-rate note on a line of its
// own: "($1 = 10.52 Swedish crowns)", "(£1 = $1.27)", "(1 euro = 1.08 dollars)".
var reCurrencyNote = lazyRE(`^\(\s*(?:[$€£¥₹]\s?1|1\s+\pL[\pL. ]{0,20})\s*=\s*[^()=]{1,40}\)$`)

// reImageOnly is a Markdown line of images only: a picture, not text.
var reImageOnly = lazyRE(`^(?:!\[[^\[\]]*\]\([^()]*\)\s*)+$`)

// reCommentsHeader heads the list of readers' comments below a post ("2
// comments:", "14 Responses to “Title”", "3 thoughts on “Title”"):
// everything after it is comments, not the article.
var reCommentsHeader = lazyRE(`(?i)^(?:\d+\s+(?:comments?|responses?|replies)\s*:|\d+\s+(?:responses?|thoughts|comments?)\s+(?:to|on)\s+["“'‘].{1,120}["”'’]\s*:?)$`)

// isBoilerplate reports whether a whole line is page furniture. Markdown
// emphasis and links are read as their text, so "*Share:* [Twitter](…)"
// is furniture as much as "Share: Twitter".
func isBoilerplate(line string) bool {
	if line == "" || len(line) > 300 {
		return false
	}
	if reImageOnly.MatchString(line) {
		return true
	}
	if strings.HasPrefix(line, "(") && strings.Contains(line, "=") && reCurrencyNote.MatchString(line) {
		return true // "($1 = 10.52 Swedish crowns)": a wire's conversion note
	}
	if strings.ContainsAny(line, "*_[") {
		line = stripEmphasis(reMarkdownLink.ReplaceAllString(line, "$1"))
		line = strings.TrimSpace(strings.ReplaceAll(line, "*", ""))
	}
	if mayBeWireCredit(line) && reWireCredit.MatchString(line) {
		return true
	}
	if isCaption(line) {
		return true
	}
	// A cookie banner never reports anyone; a sentence of a story about
	// cookies that opens like one does ("We use cookies to …, it said").
	if isNavLine(line) || containsFoldASCII(line, "cookie") && reCookieNotice.MatchString(line) && !strings.Contains(line, " said") && !strings.Contains(line, "according to") {
		return true
	}
	return len(line) <= 100 && mayBeFurniture(line) && reBoilerplate.MatchString(line)
}

// furnitureFirstWords are the lower-cased first words reBoilerplate's
// alternatives can start with; a line opening with any other word is
// only furniture when it holds an e-mail address or opens with a digit or
// mark. The test is cheap, and every line of an article is tested. A new
// alternative of reBoilerplate needs its first word here.
var furnitureFirstWords = cueSet("comments", "comment", "no", "post", "leave", "add", "show",
	"view", "load", "hide", "join", "subscribe", "share", "click", "tap", "like", "related",
	"tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit",
	"telegram", "email", "e-mail", "print", "pocket", "copy", "bluesky", "threads", "mastodon",
	"messenger", "flipboard", "sms", "advertisement", "skip", "trending", "top", "you", "continue", "read", "newer", "older",
	"see", "also", "more", "recommended", "most", "watch", "listen", "copyright", "all",
	"sign", "log", "follow", "labels", "tags", "tagged", "categories", "category", "filed", "topics",
	"photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures",
	"video", "videos", "graphic", "graphics", "illustration", "illustrations", "file",
	"getty", "ap", "for", "ends", "media", "press", "investor", "news", "contact", "contacts",
	"tel", "phone", "telephone", "mobile", "cell", "fax", "last", "updated", "published",
	"posted")

// mayBeFurniture is a cheap test that reBoilerplate could match line.
func mayBeFurniture(line string) bool {
	if line == "" {
		return false
	}
	c := line[0]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || strings.IndexByte(line, '@') >= 0 {
		return true
	}
	var buf [16]byte
	end := 0
	for end < len(line) && end < len(buf) {
		c := line[end]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if !(c >= 'a' && c <= 'z' || c == '-') {
			break
		}
		buf[end] = c
		end++
	}
	return furnitureFirstWords[string(buf[:end])]
}

// reByline is a byline: "By Jane Doe", "Posted by Jane Doe at 10:31 AM",
// "By Jane Doe and John Roe, Reuters". Group 1 is what follows "by".
// "Interview by Jane Doe" credits an interview's author.
var reByline = lazyRE(`^(?i:(?:posted|written|reported|words|story|text|article|interview|interviewed)\s+)?(?i:by)\s*:?\s+(.+)$`)

// bylineRoles end a byline's role after the name: "By Jane Doe, Health
// correspondent", "By John Roe, senior staff writer".
var bylineRoles = cueSet("correspondent", "correspondents", "editor", "editors", "reporter", "reporters",
	"writer", "writers", "journalist", "columnist", "contributor", "producer", "analyst", "critic",
	"commentator", "presenter", "team", "desk", "staff", "bureau", "chief", "photographer")

// splitRole splits a byline's names from a role after a comma ("Jane Doe,
// Health correspondent"): the role's last word must be a role word, since
// the role, unlike the names, may be in lower case.
func splitRole(namePart string) (names string, ok bool) {
	i := strings.LastIndex(namePart, ", ")
	if i <= 0 {
		return namePart, false
	}
	role := strings.Fields(namePart[i+2:])
	if len(role) == 0 || len(role) > 6 {
		return namePart, false
	}
	if !bylineRoles[strings.ToLower(strings.Trim(role[len(role)-1], ".,"))] {
		return namePart, false
	}
	return strings.TrimSpace(namePart[:i]), true
}

// nameStop lists the lower-case words a byline's name list may hold.
var nameStop = map[string]bool{
	"and": true, "&": true, "de": true, "da": true, "del": true, "della": true,
	"van": true, "von": true, "der": true, "den": true, "al": true, "el": true,
	"bin": true, "ibn": true, "le": true, "la": true, "du": true, "dos": true,
	"in": true, "for": true, "at": true, "on": true, "|": true, "-": true,
	"–": true, "—": true, "of": true, "the": true,
}

// parseByline reads a line that is a byline and returns the author text
// (names and agency, without a trailing date or time) and a date the line
// gives, if any. A line is a byline only when what follows "By" reads like
// names: capitalised words, with no sentence punctuation, and none of them a
// weekday or month ("By Monday" is not a byline).
func parseByline(line string) (author, date string, ok bool) {
	if len(line) > 160 {
		return "", "", false
	}
	m := reByline.FindStringSubmatch(line)
	if m == nil {
		return "", "", false
	}
	rest := strings.TrimSpace(m[1])
	if rest == "" || strings.ContainsAny(rest, "!?;\"“”") {
		return "", "", false
	}
	// Split off a date or time: "Jane Doe | February 11, 2024",
	// "Jane Doe on February 11, 2024", "Jane at 10:31 AM".
	namePart := rest
	for _, sep := range []string{" | ", " - ", " – ", " — ", " on ", " at ", ", "} {
		i := strings.Index(rest, sep)
		for i >= 0 {
			tail := strings.TrimSpace(rest[i+len(sep):])
			if d, ok := parseDate(tail); ok {
				namePart, date = rest[:i], d
				break
			}
			if sep == " at " && startsWithDigit(tail) {
				namePart = rest[:i]
				break
			}
			j := strings.Index(rest[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
		if namePart != rest {
			break
		}
	}
	namePart = strings.TrimRight(strings.TrimSpace(namePart), ",|-–— ")
	if names, ok := splitRole(namePart); ok {
		namePart = names
	}
	words := strings.Fields(namePart)
	if len(words) == 0 || len(words) > 14 {
		return "", "", false
	}
	if strings.HasSuffix(namePart, ".") && !isInitial(words[len(words)-1]) {
		return "", "", false
	}
	if !startsUpper(words[0]) {
		return "", "", false
	}
	for _, w := range words {
		bare := strings.Trim(w, ",.()'’")
		if bare == "" || nameStop[strings.ToLower(bare)] {
			continue
		}
		if _, isMonth := monthNumbers[strings.ToLower(bare)]; isMonth {
			return "", "", false
		}
		if isWeekday(bare) {
			return "", "", false
		}
		r, _ := utf8.DecodeRuneInString(bare)
		if !unicode.IsUpper(r) {
			return "", "", false
		}
	}
	return namePart, date, true
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// isInitial reports whether w is an initial such as "J." or "R.".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[size:] == "."
}

func isWeekday(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// stripEmphasis returns a line without the Markdown emphasis that wraps
// it whole ("*Published 13 February 2024*", "**By Jane Doe**"), so that
// metadata set in italics or bold is still read as metadata.
func stripEmphasis(line string) string {
	for _, m := range []string{"***", "**", "__", "*", "_"} {
		if len(line) > 2*len(m) && strings.HasPrefix(line, m) && strings.HasSuffix(line, m) {
			return strings.TrimSpace(line[len(m) : len(line)-len(m)])
		}
	}
	return line
}

// reTimestampLine is a time of day alone on a line: a live blog's entry
// stamp ("22:47", "9:05 p.m.", "10.31am", "14:02 GMT", "22.52 AEDT"). A
// dot separates hours and minutes only with am/pm or a time zone, since
// "10.30" alone may be a figure.
var reTimestampLine = lazyRE(`^\d{1,2}(?::\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\.\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,5})?|\.[0-5]\d\s+[A-Z]{2,5})$`)

// isTimestampLine reports whether a whole line is a time of day only.
func isTimestampLine(line string) bool {
	return len(line) <= 16 && startsWithDigit(line) && reTimestampLine.MatchString(line)
}

// reEmailFooter is the masthead or footer of an e-mail newsletter, which
// speaks to the reader about the e-mail itself: "You are receiving this
// email because…", "Forward this email to a friend, or unsubscribe here",
// "View this email in your browser", "Manage your preferences". A story
// reports such a text in the third person or quotes it.
var reEmailFooter = lazyRE(`(?i)\b(?:you(?:'re|’re|\s+are)\s+receiving\s+this|you\s+(?:received|got|get)\s+this\s+(?:e-?mail|newsletter|message)|` +
	`unsubscribe\s+(?:here|now|below|at\s|from\s+(?:this|these|our|all))|(?:click|tap)\s+(?:here\s+)?to\s+unsubscribe|` +
	`forward\s+this\s+(?:e-?mail|newsletter)\s+to|this\s+(?:e-?mail|newsletter)\s+was\s+forwarded\s+to\s+you|` +
	`(?:view|read|open)\s+(?:this\s+(?:e-?mail|newsletter)\s+)?in\s+(?:your|a)\s+(?:web\s+)?browser|` +
	`(?:manage|update)\s+your\s+(?:e-?mail\s+|newsletter\s+)?(?:preferences|subscriptions?))\b`)

// maxEmailFooter is the longest paragraph read as a newsletter's footer.
const maxEmailFooter = 320

// isEmailFooter reports whether a paragraph is an e-mail newsletter's
// furniture (see reEmailFooter). It is tested on every paragraph, so the
// expression runs only on short ones naming e-mail, newsletters,
// unsubscribing or a browser, and a paragraph that reports someone
// ("…, the notice said") is never furniture.
func isEmailFooter(p string) bool {
	if len(p) > maxEmailFooter {
		return false
	}
	if !mayBeEmailFooter(p) {
		return false
	}
	return reEmailFooter.MatchString(p) && !strings.Contains(p, " said") && !strings.Contains(p, "according to")
}

// reCaptionCredit is the credit that ends a picture's caption: "… in
// Valencia. Photograph: Jane Doe/EPA", "… (Photo: Reuters)", "… Credit:
// Getty Images", "(AP Photo/John Roe)". The credit is a few words without
// sentence punctuation, after the caption's last sentence.
var reCaptionCredit = lazyRE(`(?i)(?:^|[.!?"”’)]\s+|\s\()(?:` +
	`(?:photograph|photo|picture|image|illustration|video|footage)s?(?:\s+(?:credit|courtesy))?\s*:|credit\s*:|` +
	`(?:ap|afp|reuters|getty|pa|epa)\s+(?:photo|images?)\s*/)\s*[^.!?:;]{2,80}\)?$`)

// maxCaptionCredit bounds the credit with its label.
const maxCaptionCredit = 100

// isCaption reports whether a line is a picture's caption ending in its
// credit (see reCaptionCredit). A line is tested only when its tail names
// a picture or a credit.
func isCaption(line string) bool {
	tail := line[tailOf(line, maxCaptionCredit):]
	if strings.IndexByte(tail, ':') < 0 && strings.IndexByte(tail, '/') < 0 {
		return false // every credit has a label's colon or an agency's slash
	}
	if !containsFoldASCII(tail, "photo") && !containsFoldASCII(tail, "credit") && !containsFoldASCII(tail, "picture") &&
		!containsFoldASCII(tail, "image") && !containsFoldASCII(tail, "illustration") && !containsFoldASCII(tail, "video") &&
		!containsFoldASCII(tail, "footage") {
		return false
	}
	return reCaptionCredit.MatchString(tail)
}

// mayBeEmailFooter is a one-pass test that p holds a word every
// alternative of reEmailFooter needs: e-mail, (un)subscribe, browser,
// preferences, receiving, forward or newsletter.
func mayBeEmailFooter(p string) bool {
	for i := 0; i < len(p); i++ {
		var w string
		switch p[i] | 0x20 {
		case 'm':
			w = "mail"
		case 's':
			w = "subscri"
		case 'b':
			w = "browser"
		case 'p':
			w = "prefer"
		case 'r':
			w = "receiv"
		case 'f':
			w = "forward"
		case 'n':
			w = "newsletter"
		default:
			continue
		}
		if i+len(w) <= len(p) && equalFoldASCII(p[i:], w) {
			return true
		}
	}
	return false
}
