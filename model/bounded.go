package model

import (
	"strings"
	"unicode/utf8"
)

// headOf returns s cut to at most n bytes, at a rune boundary. An anchored
// pattern whose match cannot be longer than n bytes is tested on headOf(s, n)
// rather than on s: Go's regexp clears state in proportion to the input's
// length before it tries the first position, and every paragraph of every
// article passes through several such tests.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tailOf returns the offset in s of its last n bytes or fewer, at a rune
// boundary: the same for a pattern anchored at the end.
func tailOf(s string, n int) int {
	if len(s) <= n {
		return 0
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// containsFoldASCII reports whether s contains word, ignoring ASCII case;
// word must be lower-case ASCII. It is a cheap gate before a
// case-insensitive pattern that needs the word: candidates are found with
// strings.IndexByte, which scans many bytes at a time.
func containsFoldASCII(s, word string) bool {
	if word == "" {
		return true
	}
	lo, up := word[0], word[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	for i := 0; len(s)-i >= len(word); {
		rest := s[i : len(s)-len(word)+1]
		j := strings.IndexByte(rest, lo)
		if up != lo {
			if k := strings.IndexByte(rest, up); k >= 0 && (j < 0 || k < j) {
				j = k
			}
		}
		if j < 0 {
			return false
		}
		i += j
		if equalFoldASCII(s[i+1:i+len(word)], word[1:]) {
			return true
		}
		i++
	}
	return false
}

// equalFoldASCII reports whether s equals the lower-case ASCII word,
// ignoring ASCII case.
func equalFoldASCII(s, word string) bool {
	for k := 0; k < len(word); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[k] {
			return false
		}
	}
	return true
}

// lowerASCII writes s into buf with its ASCII capitals lowered and returns
// the written part, or nil when s is longer than buf. A word looked up as
// m[string(lowerASCII(buf[:], w))] or switched on that way costs no
// allocation, which matters for tests run on every word of every article.
func lowerASCII(buf []byte, s string) []byte {
	if len(s) > len(buf) {
		return nil
	}
	b := buf[:len(s)]
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}
