// Command firstframe measures how long a terminal program takes to show its
// first frame: it starts the program in a pseudo-terminal of a given size and
// waits until the screen shows a marker text, then reads the program's peak
// memory and ends it.
//
//	firstframe -size 160x45 -until Articles -runs 5 -- brief DIR
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"
)

func main() {
	size := flag.String("size", "160x45", "terminal size, COLSxROWS")
	until := flag.String("until", "", "text whose appearance on the screen marks the first frame")
	runs := flag.Int("runs", 5, "how many runs; the median is reported")
	label := flag.String("label", "", "name for the row (default: the command)")
	timeout := flag.Duration("timeout", 30*time.Second, "give up on a run after this long")
	flag.Parse()
	if flag.NArg() == 0 || *until == "" {
		fmt.Fprintln(os.Stderr, "usage: firstframe -until TEXT [-size 160x45] [-runs 5] -- COMMAND [ARG...]")
		os.Exit(2)
	}
	cols, rows, err := parseSize(*size)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	name := *label
	if name == "" {
		name = strings.Join(flag.Args(), " ")
	}
	var times []time.Duration
	var peak int64
	for i := 0; i < *runs; i++ {
		d, rss, err := measure(flag.Args(), cols, rows, *until, *timeout)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: run %d: %v\n", name, i+1, err)
			os.Exit(1)
		}
		times = append(times, d)
		peak = max(peak, rss)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	fmt.Printf("| %s | %dx%d | %.0f ms | %.0f ms | %.0f ms | %.0f MB |\n", name, cols, rows,
		ms(times[len(times)/2]), ms(times[0]), ms(times[len(times)-1]), float64(peak)/(1<<20))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func parseSize(s string) (cols, rows int, err error) {
	c, r, ok := strings.Cut(s, "x")
	if cols, err = strconv.Atoi(c); err == nil && ok {
		rows, err = strconv.Atoi(r)
	}
	if err != nil || !ok || cols < 1 || rows < 1 {
		return 0, 0, fmt.Errorf("size %q: want COLSxROWS", s)
	}
	return cols, rows, nil
}

// escapes matches the terminal sequences a frame is written with, so that
// the marker is looked for in the text alone.
var escapes = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)`)

// measure runs the command once and returns the time until the marker was
// on the screen and the program's peak resident memory at that moment.
func measure(args []string, cols, rows int, until string, timeout time.Duration) (time.Duration, int64, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor")
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)})
	if err != nil {
		return 0, 0, err
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		f.Close()
	}()
	found := make(chan time.Duration, 1)
	go func() {
		var screen bytes.Buffer
		buf := make([]byte, 64<<10)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				screen.Write(buf[:n])
				if strings.Contains(escapes.ReplaceAllString(screen.String(), ""), until) {
					found <- time.Since(start)
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	select {
	case d := <-found:
		return d, peakRSS(cmd.Process.Pid), nil
	case <-time.After(timeout):
		return 0, 0, errors.New("the marker never appeared")
	}
}

// peakRSS reads the high-water mark of a process's resident memory, in bytes.
func peakRSS(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
