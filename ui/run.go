package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/brief-reader/brief/model"
)

// Run shows the reader on the terminal, or prints the briefing as plain
// text when standard output is not a terminal (brief | less, brief > file).
//
// With opts.Loading, the reader starts with b and takes in the rest as it
// is read; plain text waits for all of it.
func Run(ctx context.Context, b *model.Briefing, opts Options) error {
	if !Interactive() {
		if l := opts.Loading; l != nil && l.Next != nil {
			all := &model.Briefing{Articles: slices.Clone(articlesOf(b))}
			for {
				a := l.Next()
				all.Articles = append(all.Articles, a.Articles...)
				opts.Warnings = append(opts.Warnings, a.Warnings...)
				if a.Done {
					break
				}
			}
			b = all
		}
		for _, w := range opts.Warnings {
			fmt.Fprintln(os.Stderr, "skipped", safeText(w))
		}
		return WritePlain(os.Stdout, b, 80)
	}
	_, err := tea.NewProgram(New(b, opts), tea.WithContext(ctx)).Run()
	return err
}

// Interactive reports whether Run shows the reader (standard output is a
// terminal) rather than printing plain text.
func Interactive() bool {
	return term.IsTerminal(os.Stdout.Fd())
}

// WritePlain writes the briefing as readable plain text wrapped at width,
// with no escape sequences: for pipes and files.
func WritePlain(w io.Writer, b *model.Briefing, width int) error {
	var sb strings.Builder
	// wrap writes text with a hanging indent: first leads the first line
	// and the continuation lines are indented to line up under the text,
	// so a wrapped list item is not read as several items.
	wrap := func(first, text string) {
		fw := ansi.StringWidth(first)
		rest := strings.Repeat(" ", fw)
		for i, sp := range wrapOffsets(text, max(width-fw, 20)) {
			lead := first
			if i > 0 {
				lead = rest
			}
			sb.WriteString(lead + text[sp.start:sp.end] + "\n")
		}
	}
	if b == nil {
		b = &model.Briefing{}
	}
	also := corroborationIndex(b)
	n := 0
	for _, a := range b.Articles {
		if a == nil {
			continue
		}
		n++
		if n > 1 {
			sb.WriteString("\n" + strings.Repeat("─", width) + "\n\n")
		}
		wrap("", titleOf(a))
		sb.WriteString(strings.Repeat("=", min(max(ansi.StringWidth(titleOf(a)), 1), width)) + "\n")
		sb.WriteString(dateOf(a) + " · " + counts(a) + "\n\n")
		for _, s := range a.Sections {
			if s.Heading != "" {
				wrap("## ", s.Heading)
				sb.WriteString("\n")
			}
			for _, p := range s.Paragraphs {
				wrap("", p)
				sb.WriteString("\n")
			}
		}
		items := [3][]panelItem{panelItems(a, 0, also), panelItems(a, 1, also), panelItems(a, 2, also)}
		for k, its := range items {
			sb.WriteString(panelTitles[k] + "\n")
			if len(its) == 0 {
				sb.WriteString("  None found.\n")
			}
			for _, it := range its {
				wrap("  - ", it.text)
				if it.note != "" {
					wrap("    ", it.note)
				}
				if it.also != "" {
					wrap("    ", it.also)
				}
			}
			sb.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}
