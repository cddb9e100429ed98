package content

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/brief-reader/brief/model"
)

// DefaultMaxSize is the size limit used when Options.MaxSize is 0. News
// articles are tens of kilobytes; anything near this is not one.
const DefaultMaxSize int64 = 8 << 20

// Options tune Load.
type Options struct {
	// MaxSize is the largest file, in bytes, that is read; larger files are
	// refused with a warning, without being read. 0 means DefaultMaxSize.
	MaxSize int64
	// Stdin is what the path "-" reads. nil means os.Stdin.
	Stdin io.Reader
	// NoCache turns off the cache of parsed articles (see Load); so does
	// the environment variable BRIEF_NO_CACHE=1.
	NoCache bool
}

// Warning says why one file or folder was skipped, or what was ignored in
// a file that was loaded (bad front matter).
type Warning struct {
	// Path is the file as named on the command line or found in a folder,
	// or "stdin". It is cleaned of control characters and line breaks, so
	// it can be shown in a terminal as it is.
	Path string
	// Reason is a short lower-case phrase: "empty file", "binary file
	// (image/png)", "12.0 MiB, over the 8.0 MiB size limit".
	Reason string
}

// String returns "path: reason".
func (w Warning) String() string { return w.Path + ": " + w.Reason }

// Error returns "path: reason", so a Warning can be returned or wrapped as
// an error.
func (w Warning) Error() string { return w.String() }

// NothingLoadedError is returned by Load when not one article could be
// loaded. Warnings holds every reason, in the order of the paths.
type NothingLoadedError struct {
	Warnings []Warning
}

// maxListed bounds the reasons Error lists: a folder of ten thousand
// images must not produce a ten-thousand-line error.
const maxListed = 20

// Error says that nothing was loaded and lists the reasons.
func (e *NothingLoadedError) Error() string {
	if len(e.Warnings) == 0 {
		return "no articles could be loaded: no files found"
	}
	var b strings.Builder
	b.WriteString("no articles could be loaded:")
	for i, w := range e.Warnings {
		if i == maxListed {
			fmt.Fprintf(&b, "\n  … and %d more", len(e.Warnings)-maxListed)
			break
		}
		b.WriteString("\n  ")
		b.WriteString(w.String())
	}
	return b.String()
}

// Load reads articles from files, folders and "-" (standard input) into a
// briefing, in a stable order: the order of paths, and within a folder the
// lexical order of the paths under it.
//
// Folders are walked recursively for .txt, .md and .markdown files; hidden
// files and folders (names starting with ".") are skipped without a
// warning, other files with a warning. Symbolic links to files are
// followed; symbolic links to folders are not (with a warning), so a link
// loop cannot trap the walk and no file is reached twice through links.
// A path named on the command line is read whatever its name or extension,
// and a folder named there is walked even when it is itself a link.
//
// Each file is checked before it is parsed: files over the size limit are
// refused from their size alone, without reading; binary, empty and
// whitespace-only files, files that cannot be read and paths that do not
// exist are refused too. Every refusal is a Warning and the rest is still
// loaded. When nothing at all could be loaded, Load returns a
// *NothingLoadedError listing the reasons (and the warnings as well).
//
// Files are decoded from UTF-8 (with or without a byte order mark), UTF-16
// with a byte order mark, or Windows-1252 when they are not UTF-8. YAML
// front matter (title, date, source, url, author) becomes model.Meta and is
// not part of the text; .md and .markdown files are read as Markdown.
//
// An article's ID is its file name without the extension, "stdin" for
// standard input. When two files have the same ID, the later one (in the
// order above) gets "-2", "-3"… appended, skipping any suffix that is
// another file's ID, so IDs are unique and the same for the same paths.
// The same file named twice (also through a folder) is loaded once.
//
// Files are parsed in parallel, one worker per available CPU; at most one
// file per worker is held in memory besides the parsed articles.
//
// Parsed articles are cached in $XDG_CACHE_HOME/brief (or the platform's
// user cache folder), keyed by each file's path, size and modification
// time, so opening the same paths again reads only the files that
// changed. The cache is never used when "-" is among the paths, and is
// turned off by Options.NoCache or BRIEF_NO_CACHE=1.
//
// Load is Open drained: see Stream for reading articles as they become
// ready.
func Load(paths []string, opts Options) (*model.Briefing, []Warning, error) {
	s, err := Open(context.Background(), paths, opts)
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	b := &model.Briefing{}
	var warnings []Warning
	for {
		batch := s.Next()
		b.Articles = append(b.Articles, batch.Articles...)
		warnings = append(warnings, batch.Warnings...)
		if batch.Done {
			break
		}
	}
	if len(b.Articles) == 0 {
		return nil, warnings, &NothingLoadedError{Warnings: warnings}
	}
	return b, warnings, nil
}

// result is what reading one source gave: an article, or warnings, or both
// (an article whose front matter was ignored).
type result struct {
	article  *model.Article
	warnings []Warning
	// stamp is the file's size and modification time when it was read,
	// and stamped whether it held still while being read (so the result
	// may be cached under it); hit is true when it came from the cache.
	stamp   fileStamp
	stamped bool
	hit     bool
}

// saveCache rewrites the cache when this load parsed an article or
// dropped an entry, with every article loaded from a file.
func saveCache(c *articleCache, sources []source, results []result) {
	var items []cached
	changed := false
	for i, r := range results {
		src := sources[i]
		if src.refused != nil || r.article == nil || !r.stamped || src.abs == "" {
			continue
		}
		if !r.hit {
			changed = true
		}
		items = append(items, cached{abs: src.abs, stamp: r.stamp, markdown: src.markdown, article: r.article, warnings: r.warnings})
	}
	if !changed && len(items) == len(c.entries) {
		return
	}
	c.write(items)
}

// loadSource reads, decodes and parses one source. A panic in the parser
// becomes a warning: one hostile file must not take down the reader or
// the other sessions of an SSH server.
func loadSource(src source, opts Options, cache *articleCache) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{warnings: []Warning{{src.display, fmt.Sprintf("could not be parsed (internal error: %v)", p)}}}
		}
	}()
	var data []byte
	var reason string
	if src.stdin {
		data, reason = readLimited(opts.Stdin, -1, opts.MaxSize)
	} else {
		// With a cache, one stat tells whether the file must be read at
		// all; opening it would cost two more system calls per file.
		if cache != nil && cache.entries[src.abs].n > 0 {
			if fi, err := os.Stat(src.path); err == nil && fi.Mode().IsRegular() && fi.Size() <= opts.MaxSize {
				st := stampOf(fi)
				if a, warns, hit := cache.lookup(src.abs, st, src.markdown); hit {
					return withPath(result{article: a, warnings: warns, stamp: st, stamped: true, hit: true}, src.display)
				}
			}
		}
		var ok bool
		data, reason, r.stamp, ok = readFileStamped(src.path, opts.MaxSize)
		r.stamped = ok
	}
	if reason != "" {
		return result{warnings: []Warning{{src.display, reason}}}
	}
	r.article, r.warnings = parseArticle(src.id, data, src.markdown)
	return withPath(r, src.display)
}

// withPath names the source in each of a result's warnings.
func withPath(r result, display string) result {
	for i := range r.warnings {
		r.warnings[i].Path = display
	}
	return r
}

// sizeString formats a byte count for a warning.
func sizeString(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
