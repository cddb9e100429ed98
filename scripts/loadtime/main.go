// Command loadtime loads a folder the way the reader does and prints how
// long loading and the cross-article analysis took, and the process's peak
// resident memory, so figures for large folders can be reproduced:
//
//	go run ./scripts/genbriefing -n 10000 -o /tmp/brief10k
//	go build -o /tmp/loadtime ./scripts/loadtime && /tmp/loadtime /tmp/brief10k
package main

import (
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/brief-reader/brief/content"
	"github.com/brief-reader/brief/model"
)

func main() {
	analyze := flag.Bool("analyze", true, "also run the cross-article analysis")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: loadtime [-analyze=false] PATH...")
		os.Exit(2)
	}
	t0 := time.Now()
	b, warnings, err := content.Load(flag.Args(), content.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtime:", err)
		os.Exit(1)
	}
	load := time.Since(t0)
	fmt.Printf("load     %8.1f ms  %d articles, %d warnings\n", ms(load), len(b.Articles), len(warnings))
	if *analyze {
		t1 := time.Now()
		model.Analyze(b)
		fmt.Printf("analyze  %8.1f ms  %d entities, %d corroborations, %d events\n",
			ms(time.Since(t1)), len(b.Entities), len(b.Corroborations), len(b.Timeline))
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		fmt.Printf("peak RSS %8.1f MB\n", float64(ru.Maxrss)/1024)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
