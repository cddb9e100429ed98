// Command baseline is the yardstick brief's first frame is measured against:
// the smallest Bubble Tea v2 app that shows one article with Glamour, and an
// app that only lists the first line of every file in a folder.
//
//	baseline glamour FILE   # one article, rendered by Glamour at the window width
//	baseline list DIR       # the first line of every file below DIR
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: baseline glamour FILE | baseline list DIR")
		os.Exit(2)
	}
	var m tea.Model
	switch os.Args[1] {
	case "glamour":
		data, err := os.ReadFile(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		m = &glamourApp{text: string(data)}
	case "list":
		lines, err := firstLines(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		m = &listApp{lines: lines}
	default:
		fmt.Fprintln(os.Stderr, "usage: baseline glamour FILE | baseline list DIR")
		os.Exit(2)
	}
	if _, err := tea.NewProgram(m).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// glamourApp renders its article once it knows the width, as the smallest
// Glamour reader would.
type glamourApp struct {
	text, out string
}

func (a *glamourApp) Init() tea.Cmd { return nil }

func (a *glamourApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(msg.Width))
		if err == nil {
			a.out, _ = r.Render(a.text)
		}
	case tea.KeyPressMsg:
		return a, tea.Quit
	}
	return a, nil
}

func (a *glamourApp) View() tea.View {
	v := tea.NewView(a.out)
	v.AltScreen = true
	return v
}

// listApp shows the first lines it was given, as many as fit.
type listApp struct {
	lines  []string
	height int
}

func (a *listApp) Init() tea.Cmd { return nil }

func (a *listApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.height = msg.Height
	case tea.KeyPressMsg:
		return a, tea.Quit
	}
	return a, nil
}

func (a *listApp) View() tea.View {
	n := min(a.height, len(a.lines))
	v := tea.NewView(fmt.Sprintf("%d files\n", len(a.lines)) + strings.Join(a.lines[:max(n-1, 0)], "\n"))
	v.AltScreen = true
	return v
}

func firstLines(dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			paths = append(paths, p)
		}
		return err
	})
	sort.Strings(paths)
	lines := make([]string, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		s := bufio.NewScanner(f)
		if s.Scan() {
			lines = append(lines, s.Text())
		}
		f.Close()
	}
	return lines, err
}
