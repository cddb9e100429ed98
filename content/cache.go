package content

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/model"
)

// The cache of parsed articles makes opening a large folder a second time
// cost a read and a decode instead of a parse. One file holds every
// article of one load (the same paths on the command line), because one
// sequential read is what loads fastest; inside it each article is keyed
// by its file's absolute path, size and modification time, and used only
// when all three still match, so an edited, replaced or deleted file is
// parsed again and a new one is parsed for the first time.
//
// The file starts with a header: a magic string, the format version, a
// stamp of the brief executable (path, size, modification time: a new
// build may parse differently, so its cache starts afresh), the payload's
// length and its CRC-32C. Anything that does not check out (a truncated
// file, flipped bits, another build, a decoding error in one entry) makes
// the cache, or that entry, be ignored and the files parsed; the cache is
// rewritten atomically (a temporary file renamed over it) after any load
// that parsed something. Only what Parse produces is stored, not the
// cross-article analysis, which depends on the whole set.

// cacheMagic opens every cache file; cacheVersion changes with the format.
const (
	cacheMagic   = "brief-article-cache\n"
	cacheVersion = 1
)

// maxCacheFiles bounds how many loads (distinct sets of paths) keep a
// cache file; the least recently written are removed beyond it.
const maxCacheFiles = 8

// maxCacheBytes bounds one cache file; a larger load is not cached.
const maxCacheBytes = 1 << 30

// NoCacheEnv is the environment variable that turns the cache off when set
// to a non-empty value other than "0".
const NoCacheEnv = "BRIEF_NO_CACHE"

// cacheEnabled reports whether Load may use the cache for these options.
func cacheEnabled(opts Options) bool {
	if opts.NoCache {
		return false
	}
	v := os.Getenv(NoCacheEnv)
	return v == "" || v == "0"
}

// cacheDir is $XDG_CACHE_HOME/brief, or the platform's user cache folder.
// Under go test only an explicit XDG_CACHE_HOME counts (tests set it to a
// temporary folder): a test of any package that loads files must not
// fill, or read, the cache of the person running it.
func cacheDir() (string, error) {
	if d := os.Getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "brief"), nil
	}
	if testing.Testing() {
		return "", errors.New("no XDG_CACHE_HOME under test")
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "brief"), nil
}

// fileStamp identifies a version of a file.
type fileStamp struct {
	size, mtime int64
}

func stampOf(fi fs.FileInfo) fileStamp {
	return fileStamp{size: fi.Size(), mtime: fi.ModTime().UnixNano()}
}

// cacheEntry is where one article's encoding lies in the payload.
type cacheEntry struct {
	stamp    fileStamp
	markdown bool
	off, n   int
}

// articleCache is the cache file of one load, read once, then looked up
// by the parallel loaders (read-only, so without locking).
type articleCache struct {
	path    string // the cache file
	header  string // what a valid file of this build starts with, before the length and checksum
	payload string
	entries map[string]cacheEntry // by absolute path
}

// openCache finds the cache file for these paths and reads it. It returns
// nil when caching is off or impossible (no cache folder, no executable
// to stamp); an unreadable or invalid file gives an empty cache, which the
// load then rewrites.
func openCache(paths []string, opts Options) *articleCache {
	if !cacheEnabled(opts) || slices.Contains(paths, "-") {
		return nil
	}
	key := sha256.New()
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil
		}
		key.Write([]byte(abs))
		key.Write([]byte{0})
	}
	return openCacheFile(hex.EncodeToString(key.Sum(nil)[:16]))
}

// openCacheFile opens the cache file of this name (without its
// extension) in the cache folder, as openCache does.
func openCacheFile(name string) *articleCache {
	dir, err := cacheDir()
	if err != nil {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	efi, err := os.Stat(exe)
	if err != nil {
		return nil
	}
	c := &articleCache{
		path:    filepath.Join(dir, name+".cache"),
		entries: map[string]cacheEntry{},
	}
	var h encoder
	h.b = append(h.b, cacheMagic...)
	h.uint(cacheVersion)
	h.str(exe)
	h.int(int(efi.Size()))
	h.uint(uint64(efi.ModTime().UnixNano()))
	c.header = string(h.b)
	c.read()
	return c
}

// read loads and checks the cache file; on any failure the cache stays
// empty.
func (c *articleCache) read() {
	f, err := os.Open(c.path)
	if err != nil {
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Size() < int64(len(c.header)+12) || fi.Size() > maxCacheBytes+int64(len(c.header)+12) {
		return
	}
	head := make([]byte, len(c.header)+12)
	if _, err := io.ReadFull(f, head); err != nil || string(head[:len(c.header)]) != c.header {
		return
	}
	n := binary.LittleEndian.Uint64(head[len(c.header):])
	sum := binary.LittleEndian.Uint32(head[len(c.header)+8:])
	if n != uint64(fi.Size())-uint64(len(head)) {
		return
	}
	// The payload is read into one string, checksummed on the way: every
	// decoded text is a substring of it, with no further copy.
	var b strings.Builder
	b.Grow(int(n))
	crc := crc32.New(castagnoli)
	if m, err := io.Copy(io.MultiWriter(&b, crc), io.LimitReader(f, int64(n))); err != nil || uint64(m) != n || crc.Sum32() != sum {
		return
	}
	payload := b.String()
	d := &decoder{s: payload}
	entries := map[string]cacheEntry{}
	for range d.count() {
		p := d.str()
		e := cacheEntry{stamp: fileStamp{size: int64(d.uint()), mtime: int64(d.uint())}, markdown: d.bool()}
		e.n = d.count()
		e.off = d.i
		d.i += e.n
		if d.err != nil {
			return
		}
		entries[p] = e
	}
	if d.err != nil || d.i != len(payload) {
		return
	}
	c.payload, c.entries = payload, entries
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// lookup returns the cached article for a file at this stamp, or false.
func (c *articleCache) lookup(abs string, st fileStamp, markdown bool) (*model.Article, []Warning, bool) {
	if c == nil {
		return nil, nil, false
	}
	e, ok := c.entries[abs]
	if !ok || e.stamp != st || e.markdown != markdown {
		return nil, nil, false
	}
	d := &decoder{s: c.payload[e.off : e.off+e.n]}
	a, warns, err := d.article()
	if err != nil || d.i != len(d.s) {
		return nil, nil, false
	}
	return a, warns, true
}

// cached is one article to write to the cache.
type cached struct {
	abs      string
	stamp    fileStamp
	markdown bool
	article  *model.Article
	warnings []Warning
}

// write replaces the cache file with these articles. Errors are ignored:
// a cache that cannot be written costs the next start its speed, nothing
// else. Entries are encoded one at a time and streamed to a temporary
// file, so writing holds one article's encoding in memory, not the set's.
func (c *articleCache) write(items []cached) {
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	w := bufio.NewWriterSize(f, 1<<16)
	// The length and checksum are filled in once the payload is written.
	w.WriteString(c.header)
	w.Write(make([]byte, 12))
	crc := crc32.New(castagnoli)
	pw := io.MultiWriter(w, crc)
	var n int64
	put := func(b []byte) {
		pw.Write(b)
		n += int64(len(b))
	}
	var e, body encoder
	e.uint(uint64(len(items)))
	put(e.b)
	for _, it := range items {
		body.b = body.b[:0]
		body.article(it.article, it.warnings)
		e.b = e.b[:0]
		e.str(it.abs)
		e.uint(uint64(it.stamp.size))
		e.uint(uint64(it.stamp.mtime))
		e.bool(it.markdown)
		e.uint(uint64(len(body.b)))
		put(e.b)
		put(body.b)
		if n > maxCacheBytes {
			return
		}
	}
	if w.Flush() != nil {
		return
	}
	var trailer [12]byte
	binary.LittleEndian.PutUint64(trailer[:], uint64(n))
	binary.LittleEndian.PutUint32(trailer[8:], crc.Sum32())
	if _, err := f.WriteAt(trailer[:], int64(len(c.header))); err != nil {
		return
	}
	if f.Close() != nil {
		return
	}
	if os.Rename(f.Name(), c.path) != nil {
		return
	}
	ok = true
	pruneCache(dir, c.path)
}

// pruneCache removes the oldest cache files beyond maxCacheFiles, and
// temporary files left by a writer that died, keeping the one just
// written.
func pruneCache(dir, keep string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	for _, d := range ents {
		fi, err := d.Info()
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		p := filepath.Join(dir, d.Name())
		switch {
		case strings.HasPrefix(d.Name(), ".tmp-"):
			if time.Since(fi.ModTime()) > time.Hour {
				os.Remove(p)
			}
		case strings.HasSuffix(d.Name(), ".cache") && p != keep:
			files = append(files, file{p, fi.ModTime()})
		}
	}
	slices.SortFunc(files, func(a, b file) int { return b.mod.Compare(a.mod) })
	for i, f := range files {
		if i >= maxCacheFiles-1 {
			os.Remove(f.path)
		}
	}
}
