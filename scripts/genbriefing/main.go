// Command genbriefing writes a folder of synthetic news articles, for
// benchmarks and for measuring the reader on large folders:
//
//	go run ./scripts/genbriefing -n 10000 -o /tmp/brief10k
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/brief-reader/brief/internal/genbriefing"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	out := flag.String("o", "", "folder to write them to (required)")
	seed := flag.Uint64("seed", 1, "random seed; the same seed writes the same files")
	flag.Parse()
	if *out == "" || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	total, err := genbriefing.Write(*out, *n, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbriefing:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "wrote %d articles, %.1f MB, to %s\n", *n, float64(total)/1e6, *out)
}
