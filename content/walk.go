package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/brief-reader/brief/model"
)

// source is one article to read: a file or standard input, or a path
// refused before reading (refused is then set).
type source struct {
	path     string // to open
	abs      string // absolute path, the cache's key; "" when unknown
	display  string // for warnings: cleaned of control characters
	id       string
	markdown bool
	stdin    bool
	refused  *Warning
}

// maxDepth bounds how deep a folder walk goes. Links to folders are not
// followed, so only a bind mount could make a tree this deep; the bound
// keeps even that from running away.
const maxDepth = 64

// articleExt says which extensions a folder walk picks up, and whether the
// file is Markdown.
var articleExt = map[string]bool{".txt": false, ".md": true, ".markdown": true}

// expander turns paths into sources, in order, without reading any file.
type expander struct {
	sources []source
	seen    map[string]bool // absolute paths already added
	stdin   bool
}

func expand(paths []string) []source {
	e := &expander{seen: make(map[string]bool)}
	for _, p := range paths {
		if p == "-" {
			if e.stdin {
				e.refuse("stdin", "named more than once; read once")
				continue
			}
			e.stdin = true
			e.sources = append(e.sources, source{display: "stdin", id: "stdin", stdin: true})
			continue
		}
		fi, err := os.Stat(p)
		switch {
		case err != nil:
			e.refuse(p, statReason(err))
		case fi.IsDir():
			e.walk(p, 0)
		default:
			// Named on the command line: read whatever the extension, and
			// also pipes such as brief <(curl …).
			e.add(p)
		}
	}
	return e.sources
}

// walk adds the articles under dir in lexical order.
func (e *expander) walk(dir string, depth int) {
	if depth > maxDepth {
		e.refuse(dir, "folder nested too deeply; not read")
		return
	}
	// os.ReadDir sorts by name and returns what it could read on error.
	entries, err := os.ReadDir(dir)
	if err != nil {
		e.refuse(dir, "cannot read folder: "+errReason(err))
	}
	for _, d := range entries {
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		typ := d.Type()
		if typ&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				e.refuse(p, "symbolic link: "+statReason(err))
				continue
			}
			if fi.IsDir() {
				e.refuse(p, "symbolic link to a folder; not followed")
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			e.walk(p, depth+1)
		case !typ.IsRegular():
			e.refuse(p, "not a regular file")
		default:
			if _, ok := articleExt[strings.ToLower(filepath.Ext(name))]; !ok {
				e.refuse(p, "not a .txt, .md or .markdown file")
				continue
			}
			e.add(p)
		}
	}
}

// add adds the file p, unless it was added before.
func (e *expander) add(p string) {
	abs, err := filepath.Abs(p)
	if err == nil {
		if e.seen[abs] {
			return
		}
		e.seen[abs] = true
	} else {
		abs = ""
	}
	name := filepath.Base(p)
	ext := filepath.Ext(name)
	e.sources = append(e.sources, source{
		path:     p,
		abs:      abs,
		display:  displayPath(p),
		id:       fileID(name),
		markdown: articleExt[strings.ToLower(ext)],
	})
}

func (e *expander) refuse(p, reason string) {
	e.sources = append(e.sources, source{display: displayPath(p), refused: &Warning{displayPath(p), reason}})
}

// fileID is a file name without its extension, cleaned: file names are as
// untrusted as file contents, and IDs are shown and used in exports.
func fileID(name string) string {
	id := oneLine(strings.TrimSuffix(name, filepath.Ext(name)))
	if id == "" {
		return "article"
	}
	return id
}

// displayPath makes a path safe to print on one line of a terminal.
func displayPath(p string) string {
	if p == "stdin" {
		return p
	}
	return oneLine(p)
}

func oneLine(s string) string {
	s = model.Clean(s)
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// statReason turns an error from Stat or Open into a short reason.
func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return errReason(err)
}

// errReason is err without the path that *PathError repeats: the warning
// names the path already.
func errReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrPermission) {
			return "permission denied"
		}
		return pe.Err.Error()
	}
	return err.Error()
}
