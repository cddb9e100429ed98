package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a flag value for a size in bytes, written as a plain number or
// with a unit: 500KB, 8MiB, 1G.
type byteSize int64

func newByteSize(n int64) *byteSize { b := byteSize(n); return &b }

var sizeUnits = []struct {
	suffix string
	factor int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// Set implements pflag.Value.
func (b *byteSize) Set(s string) error {
	t := strings.ToLower(strings.TrimSpace(s))
	factor := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, factor = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.factor
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 || n*float64(factor) > 1<<50 {
		return fmt.Errorf("%q is not a size: want a positive number of bytes such as 8MiB or 500KB", s)
	}
	*b = byteSize(n * float64(factor))
	return nil
}

// String implements pflag.Value.
func (b *byteSize) String() string {
	n := int64(*b)
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return strconv.FormatInt(n, 10)
}

// Type implements pflag.Value.
func (b *byteSize) Type() string { return "size" }
