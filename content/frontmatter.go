package content

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/brief-reader/brief/model"
)

// maxFrontMatter bounds how far the closing "---" is looked for, and so
// how much YAML is parsed: front matter is a few lines, and a YAML parser
// is no place for a megabyte of hostile input.
const maxFrontMatter = 64 << 10

// fieldKeys lists, for each Meta field, the front matter keys read for it,
// the usual one first. Other generators (Hugo, Jekyll, news exporters)
// spell them differently; keys are matched case-insensitively.
var fieldKeys = struct{ title, date, source, url, author []string }{
	title:  []string{"title", "headline"},
	date:   []string{"date", "published", "pubdate", "publishdate", "date_published", "datepublished"},
	source: []string{"source", "publisher", "publication", "site", "site_name"},
	url:    []string{"url", "link", "canonical_url", "canonical"},
	author: []string{"author", "authors", "byline", "by"},
}

// otherKeys are front matter keys brief does not use but that show a block
// between "---" lines is front matter and not text that happens to parse
// as YAML ("BREAKING: …" is a YAML mapping too).
var otherKeys = []string{
	"tags", "categories", "category", "layout", "draft", "description", "slug", "lang",
	"language", "summary", "subtitle", "keywords", "updated", "lastmod", "modified", "id",
	"type", "image",
}

// isFrontMatterKey reports whether k (lower case) is a key front matter is
// known to use.
func isFrontMatterKey(k string) bool {
	for _, keys := range [][]string{fieldKeys.title, fieldKeys.date, fieldKeys.source, fieldKeys.url, fieldKeys.author, otherKeys} {
		for _, key := range keys {
			if k == key {
				return true
			}
		}
	}
	return false
}

// splitFrontMatter separates YAML front matter from cleaned text. A block
// counts as front matter when the text's first line is "---", a line "---"
// or "..." closes it within maxFrontMatter bytes, and it is a YAML mapping
// with at least one key front matter uses. Anything else is text, so an
// article that opens with a rule is not eaten. A block that uses such a key
// but is not valid YAML is removed all the same, with a reason saying its
// fields were ignored: it was meant as front matter and is not article text.
func splitFrontMatter(text string) (meta model.Meta, body, reason string) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimRight(first, " \t") != "---" {
		return meta, text, ""
	}
	for pos := 0; pos <= len(rest) && pos <= maxFrontMatter; {
		line, after, more := strings.Cut(rest[pos:], "\n")
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			return readFrontMatter(rest[:pos], after, text)
		}
		if !more {
			break
		}
		pos += len(line) + 1
	}
	return meta, text, ""
}

// readFrontMatter parses block; body is the text after it and text the
// whole, returned when block turns out not to be front matter.
func readFrontMatter(block, body, text string) (model.Meta, string, string) {
	var doc yaml.Node
	if err := unmarshal(block, &doc); err != nil {
		if usesFrontMatterKey(block) {
			return model.Meta{}, body, "front matter is not valid YAML (" + shorten(err.Error(), 80) + "); its fields were ignored"
		}
		return model.Meta{}, text, ""
	}
	if len(doc.Content) == 0 { // "---" then "---": empty front matter
		return model.Meta{}, body, ""
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return model.Meta{}, text, ""
	}
	fields := make(map[string]*yaml.Node)
	known := false
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := strings.ToLower(strings.TrimSpace(root.Content[i].Value))
		if _, dup := fields[k]; !dup {
			fields[k] = root.Content[i+1]
		}
		known = known || isFrontMatterKey(k)
	}
	if !known {
		return model.Meta{}, text, ""
	}
	pick := func(keys []string) string {
		for _, k := range keys {
			if n, ok := fields[k]; ok {
				if v := nodeText(n, 0); v != "" {
					return v
				}
			}
		}
		return ""
	}
	meta := model.Meta{
		Title:  pick(fieldKeys.title),
		Date:   normalizeDate(pick(fieldKeys.date)),
		Source: pick(fieldKeys.source),
		URL:    pick(fieldKeys.url),
		Author: pick(fieldKeys.author),
	}
	return meta, body, ""
}

// unmarshal is yaml.Unmarshal that turns a panic in the parser into an
// error: the input is untrusted.
func unmarshal(s string, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("yaml: %v", p)
		}
	}()
	return yaml.Unmarshal([]byte(s), n)
}

// nodeText is a field's value on one line: a scalar, a list joined with
// commas ("authors: [A, B]"), or the name of a mapping ("author: {name: A}").
func nodeText(n *yaml.Node, depth int) string {
	if n == nil || depth > 3 {
		return ""
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return strings.Join(strings.Fields(n.Value), " ")
	case yaml.AliasNode:
		return nodeText(n.Alias, depth+1)
	case yaml.SequenceNode:
		var parts []string
		for _, c := range n.Content {
			if v := nodeText(c, depth+1); v != "" {
				parts = append(parts, v)
			}
		}
		return strings.Join(parts, ", ")
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if strings.EqualFold(n.Content[i].Value, "name") {
				return nodeText(n.Content[i+1], depth+1)
			}
		}
	}
	return ""
}

// normalizeDate reduces a timestamp that starts with a calendar date
// ("2024-05-01T09:30:00Z") to that date, the form the model keeps. Other
// forms are passed on as written.
func normalizeDate(s string) string {
	if len(s) >= 10 {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return s[:10]
		}
	}
	return s
}

// usesFrontMatterKey reports whether a line of block starts with a known
// front matter key and a colon.
func usesFrontMatterKey(block string) bool {
	for line := range strings.Lines(block) {
		k, _, ok := strings.Cut(line, ":")
		if ok && isFrontMatterKey(strings.ToLower(strings.TrimSpace(k))) {
			return true
		}
	}
	return false
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
