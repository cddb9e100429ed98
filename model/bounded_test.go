package model

import (
	"strings"
	"testing"
)

func TestHeadOfTailOf(t *testing.T) {
	s := "ab€cd" // € is three bytes, at 2..5
	for n, want := range map[int]string{0: "", 2: "ab", 3: "ab", 4: "ab", 5: "ab€", 7: "ab€cd", 9: "ab€cd"} {
		if got := headOf(s, n); got != want {
			t.Errorf("headOf(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
	for n, want := range map[int]string{0: "", 2: "cd", 3: "cd", 4: "cd", 5: "€cd", 9: "ab€cd"} {
		if got := s[tailOf(s, n):]; got != want {
			t.Errorf("tail of %q, %d = %q, want %q", s, n, got, want)
		}
	}
}

func TestContainsFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"We use Cookies.", true},
		{"COOKIE SETTINGS", true},
		{"cookie", true},
		{"cooki", false},
		{"The cook ie", false},
		{"", false},
	} {
		if got := containsFoldASCII(c.s, "cookie"); got != c.want {
			t.Errorf("containsFoldASCII(%q) = %v", c.s, got)
		}
	}
}

func FuzzContainsFoldASCII(f *testing.F) {
	f.Add("We use Cookies.", "cookie")
	f.Add("COOKIE", "cookie")
	f.Add("xxRELEASe", "release")
	f.Fuzz(func(t *testing.T, s, word string) {
		word = strings.ToLower(word)
		for i := 0; i < len(word); i++ {
			if word[i] < 'a' || word[i] > 'z' {
				return // the function's contract: lower-case ASCII letters
			}
		}
		want := strings.Contains(asciiLowerForTest(s), word)
		if got := containsFoldASCII(s, word); got != want {
			t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", s, word, got, want)
		}
	})
}

func asciiLowerForTest(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
