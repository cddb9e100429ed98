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
// article added to articles/ in another encoding works the same way. They
// are parsed in parallel: the reader's first frame waits for them.
func Embedded() (*model.Briefing, error) {
	names, err := fs.Glob(embedded, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	arts := make([]*model.Article, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() {
			data, err := embedded.ReadFile(name)
			if err != nil {
				errs[i] = err
				return
			}
			a, warns := parseArticle(fileID(path.Base(name)), data, false)
			if a == nil {
				// A refused embedded article is a bug in the build, not bad input.
				errs[i] = fmt.Errorf("embedded %s: %s", name, warns[len(warns)-1].Reason)
				return
			}
			arts[i] = a
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &model.Briefing{Articles: arts}, nil
}
