// Package content holds the briefing embedded in the binary and reads
// articles from disk or standard input into the model.
package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"sync"

	"github.com/brief-reader/brief/model"
)

//go:embed articles/*.txt
var embedded embed.FS

// Embedded parses the default briefing that ships inside the binary. The
// articles go through the same decoding and checks as files on disk, so an
// article added to articles/ in another encoding works the same way.
func Embedded() (*model.Briefing, error) { return EmbeddedWith(Options{}) }

// embeddedCacheName names the cache file of the embedded briefing; the
// cache's header ties it to the executable, whose build fixes the articles.
const embeddedCacheName = "embedded"

// EmbeddedWith is Embedded with the cache of parsed articles as opts
// allows it (NoCache, BRIEF_NO_CACHE): the reader's first frame waits for
// the embedded briefing, and a start after the first reads it parsed. The
// articles not in the cache are parsed in parallel.
func EmbeddedWith(opts Options) (*model.Briefing, error) {
	names, err := fs.Glob(embedded, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var cache *articleCache
	if cacheEnabled(opts) {
		cache = openCacheFile(embeddedCacheName)
	}
	arts := make([]*model.Article, len(names))
	errs := make([]error, len(names))
	items := make([]cached, len(names))
	parsed := false
	var wg sync.WaitGroup
	for i, name := range names {
		data, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		key := "embedded:" + name
		stamp := fileStamp{size: int64(len(data))}
		if a, _, ok := cache.lookup(key, stamp, false); ok {
			arts[i] = a
			items[i] = cached{abs: key, stamp: stamp, article: a}
			continue
		}
		parsed = true
		wg.Go(func() {
			a, warns := parseArticle(fileID(path.Base(name)), data, false)
			if a == nil {
				// A refused embedded article is a bug in the build, not bad input.
				errs[i] = fmt.Errorf("embedded %s: %s", name, warns[len(warns)-1].Reason)
				return
			}
			arts[i] = a
			items[i] = cached{abs: key, stamp: stamp, article: a}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if cache != nil && parsed {
		cache.write(items)
	}
	return &model.Briefing{Articles: arts}, nil
}
