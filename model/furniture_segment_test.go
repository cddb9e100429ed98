package model

import (
	"slices"
	"testing"
)

func TestSentences_NoIsAnAbbreviationOnlyBeforeANumber(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"No. The plan was never costed.", []string{"No.", "The plan was never costed."}},
		{"A: No. Nobody asked us first.", []string{"A: No.", "Nobody asked us first."}},
		{"He said: \"No. We will not sign it.\"", []string{"He said: \"No.", "We will not sign it.\""}},
		{"She lives at No. 12 Elm Row. It is a flat.", []string{"She lives at No. 12 Elm Row.", "It is a flat."}},
		{"The PM spoke outside No. 10 on Friday.", []string{"The PM spoke outside No. 10 on Friday."}},
		{"Bonds Nos. 4 and 5 were sold.", []string{"Bonds Nos. 4 and 5 were sold."}},
		{"It ranked No. #3 in the poll.", []string{"It ranked No. #3 in the poll."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
