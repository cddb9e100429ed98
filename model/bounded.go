package model

import "unicode/utf8"

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
// case-insensitive pattern that needs the word.
func containsFoldASCII(s, word string) bool {
	if word == "" {
		return true
	}
	first := word[0]
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 != first {
			continue
		}
		j := 1
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}
