package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// run executes the brief command line with args and returns what it printed.
func run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := rootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetIn(strings.NewReader(""))
	cmd.SetArgs(args)
	err = cmd.Execute()
	return out.String(), errOut.String(), err
}

// The JSON export is a contract other tools read: pin it whole for the
// embedded briefing, so any change to parsing or extraction shows up as a
// reviewed diff.
func TestExport_JSONGolden(t *testing.T) {
	out, _, err := run(t, "export", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, out)
}

func TestExport_MarkdownGolden(t *testing.T) {
	out, _, err := run(t, "export", "--format", "markdown")
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, out)
}

// The JSON fields named in the issue are what other tools rely on.
func TestExport_JSONHasContractFields(t *testing.T) {
	out, _, err := run(t, "export")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []map[string]json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 5 {
		t.Fatalf("got %d articles, want 5", len(doc.Articles))
	}
	for _, a := range doc.Articles {
		for _, f := range []string{"id", "title", "title_source", "date", "sections", "claims", "open_questions", "unverified"} {
			if _, ok := a[f]; !ok {
				t.Errorf("article %s lacks %q", a["id"], f)
			}
		}
	}
}

// A folder of files exports the same way as the embedded briefing, and a
// file that is not an article is named on stderr without failing the rest.
func TestExport_FolderWithBadFile(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "talks.txt"), []byte("Talks stall in Geneva\n\nThe ministry said on Monday that talks had stalled.\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "empty.md"), nil, 0o644))
	out, stderr, err := run(t, "export", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "empty.md") {
		t.Errorf("stderr does not name the skipped file: %q", stderr)
	}
	var doc struct {
		Articles []struct {
			ID     string `json:"id"`
			Title  string `json:"title"`
			Claims []struct {
				Attribution *string `json:"attribution"`
			} `json:"claims"`
		} `json:"articles"`
	}
	must(t, json.Unmarshal([]byte(out), &doc))
	if len(doc.Articles) != 1 || doc.Articles[0].ID != "talks" || doc.Articles[0].Title != "Talks stall in Geneva" {
		t.Fatalf("unexpected export: %s", out)
	}
	if len(doc.Articles[0].Claims) != 1 || doc.Articles[0].Claims[0].Attribution == nil {
		t.Errorf("want one attributed claim: %s", out)
	}
}

func TestExport_NothingLoadedFails(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "blank.txt"), []byte("  \n\n"), 0o644))
	if _, _, err := run(t, "export", dir); err == nil {
		t.Fatal("export of a folder with no article succeeded")
	}
}

func TestExport_UnknownFormatFails(t *testing.T) {
	if _, _, err := run(t, "export", "--format", "yaml"); err == nil {
		t.Fatal("unknown format accepted")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
