package content

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/model"
)

// good is a small article every test can load.
const good = "Officials said the bridge would reopen on Monday.\n\nThe ministry confirmed that repairs were finished.\n"

// write creates the file name under dir with data, making folders as needed.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// allText is everything an article shows, to check what got in and what
// did not, whatever the parser makes of headings and paragraphs.
func allText(a *model.Article) string {
	var b strings.Builder
	b.WriteString(a.Title + "\n")
	for _, s := range a.Sections {
		b.WriteString(s.Heading + "\n")
		for _, p := range s.Paragraphs {
			b.WriteString(p + "\n")
		}
	}
	return b.String()
}

func ids(b *model.Briefing) []string {
	var out []string
	if b == nil {
		return out
	}
	for _, a := range b.Articles {
		out = append(out, a.ID)
	}
	return out
}

func reasons(ws []Warning) map[string]string {
	m := make(map[string]string)
	for _, w := range ws {
		m[filepath.Base(w.Path)] = w.Reason
	}
	return m
}

// TestLoad_RefusesWhatIsNotAnArticle pins each refusal: the file is named
// with its reason, and the good article beside it is still loaded.
func TestLoad_RefusesWhatIsNotAnArticle(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")
	tests := []struct {
		name   string
		data   []byte
		reason string // a part of the reason
	}{
		{"image.txt", png, "binary file (image/png)"},
		{"nul.txt", []byte("text\x00with a NUL byte"), "NUL"},
		{"controls.txt", bytes.Repeat([]byte("\x01\x02\x03\x04abc"), 100), "mostly control characters"},
		{"utf16nobom.txt", []byte("H\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d\x00"), "UTF-16 without a byte order mark"},
		{"empty.txt", nil, "empty file"},
		{"blank.txt", []byte(" \n\t\r\n  \u00a0\n"), "only whitespace"},
		{"escapes.txt", []byte("\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\r\n"), "no text left"},
		{"koi8.txt", bytes.Repeat([]byte{0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20}, 20), "not text in UTF-8 or Windows-1252"},
		{"utf32.txt", []byte("\xff\xfe\x00\x00H\x00\x00\x00"), "UTF-32"},
		{"onlymeta.md", []byte("---\ntitle: Nothing here\n---\n\n"), "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "good.txt", []byte(good))
			write(t, dir, tt.name, tt.data)
			b, warns, err := Load([]string{dir}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(b); len(got) != 1 || got[0] != "good" {
				t.Errorf("loaded %v, want only good", got)
			}
			r, ok := reasons(warns)[tt.name]
			if !ok || !strings.Contains(r, tt.reason) {
				t.Errorf("warning for %s = %q, want it to contain %q (all: %v)", tt.name, r, tt.reason, warns)
			}
		})
	}
}

// TestLoad_DecodesEncodings pins that each supported encoding reads as the
// same text, so a Latin-1 file shows "é", not "\xe9" or "Ã©".
func TestLoad_DecodesEncodings(t *testing.T) {
	utf16 := func(s string, big bool) []byte {
		var out []byte
		if big {
			out = []byte{0xfe, 0xff}
		} else {
			out = []byte{0xff, 0xfe}
		}
		for _, r := range s { // BMP only in this test
			hi, lo := byte(r>>8), byte(r)
			if big {
				out = append(out, hi, lo)
			} else {
				out = append(out, lo, hi)
			}
		}
		return out
	}
	const want = "Café officials said “the talks” failed."
	tests := []struct {
		name string
		data []byte
	}{
		{"utf8", []byte(want)},
		{"utf8bom", append([]byte{0xef, 0xbb, 0xbf}, want...)},
		{"windows1252", []byte("Caf\xe9 officials said \x93the talks\x94 failed.")},
		{"utf16le", utf16(want, false)},
		{"utf16be", utf16(want, true)},
		// A UTF-8 file with one damaged byte stays UTF-8: read as
		// Windows-1252, every "é" would become "Ã©".
		{"utf8damaged", []byte("Café officials said “the talks” failed.\xff")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, t.TempDir(), tt.name+".txt", tt.data)
			b, warns, err := Load([]string{p}, Options{})
			if err != nil {
				t.Fatalf("%v (warnings %v)", err, warns)
			}
			got := allText(b.Articles[0])
			if !strings.Contains(got, want) {
				t.Errorf("text %q does not contain %q", got, want)
			}
			if strings.ContainsRune(got, '\ufeff') {
				t.Errorf("byte order mark left in %q", got)
			}
		})
	}
}

// TestLoad_LineEndings pins that CRLF and CR files split into the same
// paragraphs as LF files.
func TestLoad_LineEndings(t *testing.T) {
	lf := "First paragraph said the minister.\n\nSecond paragraph added detail.\n"
	dir := t.TempDir()
	write(t, dir, "lf.txt", []byte(lf))
	write(t, dir, "crlf.txt", []byte(strings.ReplaceAll(lf, "\n", "\r\n")))
	write(t, dir, "cr.txt", []byte(strings.ReplaceAll(lf, "\n", "\r")))
	b, _, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != 3 {
		t.Fatalf("loaded %v", ids(b))
	}
	want := allText(b.Articles[1]) // lf.txt, after cr and crlf in lexical order
	for _, a := range b.Articles {
		if got := allText(a); got != want || strings.Contains(got, "\r") {
			t.Errorf("%s: %q, want %q", a.ID, got, want)
		}
	}
}

// TestLoad_RemovesEscapeSequences pins that a file's terminal escapes
// (title, clipboard, colours) never reach the model, payload included.
func TestLoad_RemovesEscapeSequences(t *testing.T) {
	data := "\x1b]0;owned title\x07Officials \x1b[31msaid\x1b[0m the \x1b]52;c;cm0gLXJmIH4=\x07bridge \u202ewould\u202c reopen.\n"
	p := write(t, t.TempDir(), "escapes.txt", []byte(data))
	b, _, err := Load([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := allText(b.Articles[0])
	for _, bad := range []string{"\x1b", "owned title", "cm0gLXJmIH4=", "\u202e", "\a"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q left in %q", bad, got)
		}
	}
	if !strings.Contains(got, "Officials said the bridge would reopen.") {
		t.Errorf("text lost: %q", got)
	}
}

func TestLoad_FrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		meta     model.Meta // what reaches the model
		inText   string     // must be in the text
		notText  string     // must not be in the text
		warnPart string     // part of a warning, or "" for none
	}{
		{
			name:   "fields.md",
			data:   "---\ntitle: Bridge to reopen\ndate: 2024-05-01T09:30:00Z\nsource: Example Times\nurl: https://example.com/a\nauthor: Jo Reporter\ntags: [x]\n---\nOfficials said the bridge would reopen.\n",
			meta:   model.Meta{Title: "Bridge to reopen", Date: "2024-05-01", Source: "Example Times", URL: "https://example.com/a", Author: "Jo Reporter", Markdown: true},
			inText: "Officials said", notText: "Example Times",
		},
		{
			name:   "aliases.txt",
			data:   "---\nheadline: Talks stall\nauthors: [Ann, Bob]\nlink: https://example.com/b\n...\nThe talks stalled, officials said.\n",
			meta:   model.Meta{Title: "Talks stall", Author: "Ann, Bob", URL: "https://example.com/b"},
			inText: "talks stalled", notText: "headline",
		},
		{
			name:     "bad.md",
			data:     "---\ntitle: \"unclosed\nauthor: [a\n---\nThe talks stalled, officials said.\n",
			meta:     model.Meta{Markdown: true},
			inText:   "talks stalled",
			notText:  "unclosed",
			warnPart: "front matter is not valid YAML",
		},
		{
			// A rule, text, a rule: YAML would read "BREAKING: …" as a
			// mapping, but no front matter key means it is text.
			name:   "rules.txt",
			data:   "---\nBREAKING: The bridge has reopened, police said.\n---\nMore follows.\n",
			inText: "The bridge has reopened", notText: "",
		},
		{
			name:   "unclosed.txt",
			data:   "---\ntitle: never closed\nThe bridge reopened, officials said.\n",
			inText: "title: never closed",
		},
		{
			name:    "escapes.txt",
			data:    "---\ntitle: \"\x1b]0;pwned\x07Clean title\"\n---\nThe bridge reopened, officials said.\n",
			meta:    model.Meta{Title: "Clean title"},
			inText:  "bridge reopened",
			notText: "pwned",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, t.TempDir(), tt.name, []byte(tt.data))
			id := strings.TrimSuffix(tt.name, filepath.Ext(tt.name))
			data, _ := os.ReadFile(p)
			text, reason := decode(data)
			if reason != "" {
				t.Fatal(reason)
			}
			meta, body, fmReason := splitFrontMatter(model.Clean(text))
			meta.Markdown = strings.HasSuffix(tt.name, ".md")
			if meta != tt.meta {
				t.Errorf("meta = %+v, want %+v", meta, tt.meta)
			}
			if !strings.Contains(body, tt.inText) {
				t.Errorf("body %q lacks %q", body, tt.inText)
			}
			if tt.notText != "" && strings.Contains(body, tt.notText) {
				t.Errorf("body %q contains %q", body, tt.notText)
			}
			if tt.warnPart == "" && fmReason != "" || !strings.Contains(fmReason, tt.warnPart) {
				t.Errorf("front matter reason %q, want %q", fmReason, tt.warnPart)
			}

			// And through Load: the file is loaded, with the warning if any.
			b, warns, err := Load([]string{p}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if b.Articles[0].ID != id {
				t.Errorf("id %q, want %q", b.Articles[0].ID, id)
			}
			if (len(warns) > 0) != (tt.warnPart != "") {
				t.Errorf("warnings %v, want one containing %q", warns, tt.warnPart)
			}
		})
	}
}

// TestLoad_WalksFolders pins the walk: recursion, hidden files and folders
// skipped silently, other extensions named, links to files followed, links
// to folders (and loops) not followed, and lexical order.
func TestLoad_WalksFolders(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte(good))
	write(t, dir, "a.md", []byte(good))
	write(t, dir, "sub/c.markdown", []byte(good))
	write(t, dir, "sub/deeper/d.TXT", []byte(good))
	write(t, dir, ".hidden.txt", []byte(good))
	write(t, dir, ".git/e.txt", []byte(good))
	write(t, dir, "photo.jpg", []byte("\xff\xd8\xff\xe0"))
	target := write(t, t.TempDir(), "linked.txt", []byte(good))
	mustSymlink(t, target, filepath.Join(dir, "link.txt"))
	mustSymlink(t, dir, filepath.Join(dir, "sub", "loop"))                        // a loop back to the root
	mustSymlink(t, filepath.Join(dir, "self"), filepath.Join(dir, "self"))        // a link to itself
	mustSymlink(t, filepath.Join(dir, "missing"), filepath.Join(dir, "dangling")) // a broken link

	b, warns, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ids(b), " "), "a b link c d"; got != want {
		t.Errorf("ids %q, want %q", got, want)
	}
	if b.Articles[0].Sections == nil {
		t.Error("a.md not parsed")
	}
	r := reasons(warns)
	for name, part := range map[string]string{
		"photo.jpg": "not a .txt, .md or .markdown file",
		"loop":      "symbolic link to a folder",
		"self":      "symbolic link",
		"dangling":  "no such file",
	} {
		if !strings.Contains(r[name], part) {
			t.Errorf("warning for %s = %q, want %q", name, r[name], part)
		}
	}
	for _, hidden := range []string{".hidden.txt", ".git", "e.txt"} {
		if _, ok := r[hidden]; ok {
			t.Errorf("hidden %s has a warning", hidden)
		}
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks not supported: %v", err)
	}
}

// TestLoad_OrderAndIDs pins the order (arguments, then lexical within a
// folder) and the suffixes that keep IDs unique and stable.
func TestLoad_OrderAndIDs(t *testing.T) {
	dir := t.TempDir()
	one := write(t, dir, "z/news.txt", []byte(good))
	write(t, dir, "y/news.txt", []byte(good))
	write(t, dir, "y/news-2.txt", []byte(good))
	write(t, dir, "y/a.md", []byte(good))
	other := write(t, dir, "story.text", []byte(good)) // named: any extension

	for range 3 { // the same every time, whatever the workers' timing
		b, warns, err := Load([]string{one, filepath.Join(dir, "y"), other, one}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(warns) != 0 {
			t.Errorf("warnings %v", warns)
		}
		// z/news.txt named twice is loaded once; y/news.txt gets -3, as
		// news-2 is another file's ID.
		if got, want := strings.Join(ids(b), " "), "news a news-2 news-3 story"; got != want {
			t.Fatalf("ids %q, want %q", got, want)
		}
	}
}

// TestLoad_TextThatStartsLikeABinarySignature: "BM" is the BMP signature
// and "ID3" the MP3 one, yet both start English sentences.
func TestLoad_TextThatStartsLikeABinarySignature(t *testing.T) {
	for _, text := range []string{"BMW said profits rose.", "ID3 is a protein, researchers said.", "GIF87a was a format, he said."} {
		p := write(t, t.TempDir(), "a.txt", []byte(text))
		if _, warns, err := Load([]string{p}, Options{}); err != nil {
			t.Errorf("%q refused: %v", text, warns)
		}
	}
}

func TestLoad_Stdin(t *testing.T) {
	p := write(t, t.TempDir(), "file.txt", []byte(good))
	b, warns, err := Load([]string{"-", p, "-"}, Options{Stdin: strings.NewReader("Caf\xe9 owners said prices rose.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ids(b), " "); got != "stdin file" {
		t.Errorf("ids %q", got)
	}
	if got := allText(b.Articles[0]); !strings.Contains(got, "Café owners") {
		t.Errorf("stdin text %q", got)
	}
	if len(warns) != 1 || warns[0].Path != "stdin" || !strings.Contains(warns[0].Reason, "more than once") {
		t.Errorf("warnings %v, want one for the second -", warns)
	}
}

// TestLoad_SizeLimit pins that a file over the limit is refused from its
// size (the test cannot see reads, but the reason carries the size, which
// only Stat gives) and that standard input is cut at the limit.
func TestLoad_SizeLimit(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "small.txt", []byte(good))
	write(t, dir, "big.txt", []byte(strings.Repeat("A long article said things. ", 100)))
	b, warns, err := Load([]string{dir, "-"}, Options{MaxSize: 1024, Stdin: strings.NewReader(strings.Repeat("x", 2000))})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(b); len(got) != 1 || got[0] != "small" {
		t.Errorf("ids %v", got)
	}
	r := reasons(warns)
	if got := r["big.txt"]; got != "2.7 KiB, over the 1.0 KiB size limit" {
		t.Errorf("big.txt: %q", got)
	}
	if got := r["stdin"]; got != "over the 1.0 KiB size limit" {
		t.Errorf("stdin: %q", got)
	}
	// Exactly at the limit is allowed.
	exact := write(t, dir, "exact.txt", []byte(good))
	if _, _, err := Load([]string{exact}, Options{MaxSize: int64(len(good))}); err != nil {
		t.Errorf("file of exactly MaxSize: %v", err)
	}
	if _, _, err := Load([]string{exact}, Options{MaxSize: -1}); err == nil {
		t.Error("negative MaxSize accepted")
	}
}

// TestLoad_NothingLoaded pins the error when every path fails: it says so
// and lists each reason.
func TestLoad_NothingLoaded(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", nil)
	missing := filepath.Join(dir, "missing.txt")
	b, warns, err := Load([]string{empty, missing}, Options{})
	var nle *NothingLoadedError
	if !errors.As(err, &nle) || b != nil {
		t.Fatalf("got %v, %v; want a NothingLoadedError", b, err)
	}
	if len(warns) != 2 || len(nle.Warnings) != 2 {
		t.Errorf("warnings %v", warns)
	}
	msg := err.Error()
	for _, part := range []string{"no articles could be loaded", "empty.txt: empty file", "missing.txt: no such file or folder"} {
		if !strings.Contains(msg, part) {
			t.Errorf("error %q lacks %q", msg, part)
		}
	}
	if _, _, err := Load(nil, Options{}); err == nil {
		t.Error("no paths: no error")
	}
	// An empty folder loads nothing either.
	if _, _, err := Load([]string{t.TempDir()}, Options{}); !errors.As(err, &nle) {
		t.Errorf("empty folder: %v", err)
	}
}

func TestLoad_UnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(good))
	p := write(t, dir, "secret.txt", []byte(good))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, warns, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := reasons(warns)["secret.txt"]; !strings.Contains(r, "permission denied") {
		t.Errorf("secret.txt: %q", r)
	}
}

// TestLoad_CleansFileNames: a file name is as untrusted as its contents and
// ends up in IDs and warnings shown in the terminal.
func TestLoad_CleansFileNames(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "\x1b]0;pwned\x07news\nstory.txt", []byte(good))
	write(t, dir, "\x1b[2Jbad.png", []byte("x"))
	b, warns, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Skipf("file system refuses such names: %v", err)
	}
	if got := b.Articles[0].ID; got != "news story" {
		t.Errorf("id %q", got)
	}
	for _, w := range warns {
		if strings.ContainsAny(w.String(), "\x1b\n\a") {
			t.Errorf("warning %q not cleaned", w)
		}
	}
}

func TestWarning_String(t *testing.T) {
	w := Warning{Path: "a/b.txt", Reason: "empty file"}
	if w.String() != "a/b.txt: empty file" || w.Error() != w.String() {
		t.Errorf("%q", w.String())
	}
}

func TestEmbedded(t *testing.T) {
	b, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) == 0 {
		t.Fatal("no embedded articles")
	}
}

// TestLoad_HugeFileRefusedFromItsSize: a 100 MB file (sparse, so the test
// is cheap) is refused with the size Stat gives; BenchmarkLoadFolder's
// allocations show it is not read.
func TestLoad_HugeFileRefusedFromItsSize(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(good))
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, warns, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := reasons(warns)["huge.txt"]; got != "100.0 MiB, over the 8.0 MiB size limit" {
		t.Errorf("huge.txt: %q", got)
	}
}
