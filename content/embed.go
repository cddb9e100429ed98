// Package content holds the briefing embedded in the binary and reads
// articles from disk or standard input into the model.
package content

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/brief-reader/brief/model"
)

//go:embed articles/*.txt
var embedded embed.FS

// Embedded parses the default briefing that ships inside the binary. The
// articles go through the same decoding and checks as files on disk, so an
// article added to articles/ in another encoding works the same way.
func Embedded() (*model.Briefing, error) {
	names, err := fs.Glob(embedded, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	b := &model.Briefing{Articles: make([]*model.Article, 0, len(names))}
	for _, name := range names {
		data, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		a, warns := parseArticle(fileID(path.Base(name)), data, false)
		if a == nil {
			// A refused embedded article is a bug in the build, not bad input.
			return nil, fmt.Errorf("embedded %s: %s", name, warns[len(warns)-1].Reason)
		}
		b.Articles = append(b.Articles, a)
	}
	return b, nil
}
