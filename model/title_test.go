package model

import "testing"

// sameHeadline skips the regular expression for lines that cannot repeat
// the title; the shortcut must not lose a repeat with a date stamp glued
// to its last word, in another case or spacing.
func TestSameHeadline_RepeatsWithStampsCaseAndSpacing(t *testing.T) {
	for _, tc := range []struct {
		line, title string
		want        bool
	}{
		{"Iraq Weighs Ending Mission, 11 FEB", "Iraq Weighs Ending Mission", true},
		{"Iraq Weighs Ending Mission", "Iraq Weighs Ending Mission, 11 FEB", true},
		{"IRAQ  weighs ending   MISSION - February 11, 2024", "Iraq Weighs Ending Mission", true},
		{"Iraq Weighs Ending Mission (11 Feb 2024)", "Iraq Weighs Ending Mission", true},
		{"Mission", "Mission", true},
		{"Iraq Weighs Ending Mission Today", "Iraq Weighs Ending Mission", false},
		{"Iraq Weighs Ending", "Iraq Weighs Ending Mission", false},
		{"Syria Weighs Ending Mission", "Iraq Weighs Ending Mission", false},
		{"", "Iraq", false},
	} {
		if got := sameHeadline(tc.line, tc.title); got != tc.want {
			t.Errorf("sameHeadline(%q, %q) = %v, want %v", tc.line, tc.title, got, tc.want)
		}
	}
}

// sameHeadline reports whether two lines are the same headline, ignoring
// case, a date stamp and white space: the repeat of a headline is dropped.
func sameHeadline(a, b string) bool {
	b, _ = splitDateSuffix(b)
	return repeatsHead(a, b)
}
