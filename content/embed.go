// Package content holds the briefing embedded in the binary and reads
// articles from disk or standard input into the model.
package content

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/brief-reader/brief/model"
)

//go:embed articles/*.txt
var embedded embed.FS

// Embedded parses the default briefing that ships inside the binary.
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
		id := strings.TrimSuffix(path.Base(name), path.Ext(name))
		b.Articles = append(b.Articles, model.Parse(id, string(data), model.Meta{}))
	}
	return b, nil
}
