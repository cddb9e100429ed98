package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is unchanged", "Officials said on Monday.\n\tIndented.", "Officials said on Monday.\n\tIndented."},
		{"non-ASCII letters and emoji are kept", "Café — “quoted” 東京 👩‍💻 ❤️", "Café — “quoted” 東京 👩‍💻 ❤️"},
		{"CRLF becomes LF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR becomes LF", "one\rtwo\r\rthree", "one\ntwo\n\nthree"},
		{"CR then CRLF", "a\r\r\nb", "a\n\nb"},
		{"VT and FF become LF", "line\vbreak\fpage", "line\nbreak\npage"},
		{"C0 controls and DEL are dropped", "a\x00b\x01c\x07d\x08e\x7ff\x1f", "abcdef"},
		{"SGR colour is dropped", "\x1b[31;1mred\x1b[0m text", "red text"},
		{"CSI with private parameters", "a\x1b[?1049hb\x1b[2Jc", "abc"},
		{"CSI cut by a newline keeps the newline", "a\x1b[12\nb", "a\nb"},
		{"OSC 0 title and its payload", "before\x1b]0;pwned title\x07after", "beforeafter"},
		{"OSC 2 title ended by ST", "x\x1b]2;owned\x1b\\y", "xy"},
		{"OSC 52 clipboard write", "a\x1b]52;c;cm0gLXJmIH4=\x07b", "ab"},
		{"OSC 8 hyperlink keeps the link text", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"DCS payload", "a\x1bPq#0;2;0;0;0#1!14@\x1b\\b", "ab"},
		{"APC payload", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"PM and SOS payloads", "a\x1b^private\x1b\\b\x1bXstart\x1b\\c", "abc"},
		{"string sequence ended by CAN", "a\x1b]0;t\x18b", "ab"},
		{"string sequence ended by another escape", "a\x1b]0;t\x1b[1mb", "ab"},
		{"unterminated OSC drops only the rest of its line", "a\x1b]0;title\nnext line", "a\nnext line"},
		{"unterminated OSC at end of text", "a\x1b]0;title", "a"},
		{"many unterminated OSCs", strings.Repeat("x\x1b]0;t\n", 3), "x\nx\nx\n"},
		{"two-byte escapes", "a\x1bcb\x1b7c\x1b8d\x1bMe", "abcde"},
		{"charset designation", "a\x1b(Bb\x1b)0c", "abc"},
		{"lone ESC at end", "a\x1b", "a"},
		{"lone ESC before a newline", "a\x1b\nb", "a\nb"},
		{"ESC before a non-ASCII letter keeps the letter", "a\x1bé", "aé"},
		{"8-bit CSI", "a\u009b31mb", "ab"},
		{"8-bit OSC with 8-bit ST", "a\u009d0;title\u009cb", "ab"},
		{"8-bit OSC with BEL", "a\u009d52;c;ZXZpbA==\ab", "ab"},
		{"8-bit DCS and APC", "a\u0090payload\u009cb\u009fapc\u009cc", "abc"},
		{"8-bit PM and SOS", "a\u009epm\u009cb\u0098sos\u009cc", "abc"},
		{"other C1 controls are dropped", "a\u0080b\u008dc\u009ad", "abcd"},
		{"NEL becomes LF", "a\u0085b", "a\nb"},
		{"bidi overrides are dropped", "user\u202egnp.exe\u202c", "usergnp.exe"},
		{"bidi isolates and marks are dropped", "\u2066a\u2069\u2067b\u2068c\u200e\u200f\u061c", "abc"},
		{"zero-width space and BOM are dropped", "\ufeffzero\u200bwidth\ufeff", "zerowidth"},
		{"soft hyphen and word joiner are dropped", "hy\u00adphen\u2060ated", "hyphenated"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\n\nc"},
		{"zero-width joiner and non-joiner are kept", "می\u200cخواهم 👨\u200d👩\u200d👧", "می\u200cخواهم 👨\u200d👩\u200d👧"},
		{"tag characters outside a flag are dropped", "hi\U000E0069\U000E0067\U000E006E", "hi"},
		{"tag characters inside a flag are kept", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"},
		{"noncharacters are dropped", "a\uffffb\ufdd0c", "abc"},
		{"invalid UTF-8 becomes one replacement per run", "a\xff\xfeb\xc3c", "a\ufffdb\ufffdc"},
		{"a C1 byte that is not UTF-8 is replaced, not obeyed", "a\x9b31mb", "a\ufffd31mb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkClean(t, got)
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent: %q then %q", got, again)
			}
		})
	}
}

// TestClean_UnterminatedSequencesStayLinear: a text made of many unterminated
// OSCs must neither lose the lines after them nor make the cleaner rescan the
// rest of the text for each one (BenchmarkClean/unterminated-osc measures
// the time; a quadratic cleaner would take minutes here).
func TestClean_UnterminatedSequencesStayLinear(t *testing.T) {
	in := strings.Repeat("\x1b]0;", 200000)
	if got := Clean(in); got != "" {
		t.Fatalf("got %d bytes, want none", len(got))
	}
	in = strings.Repeat("word \x1b]8;;x\n", 50000)
	if got, want := Clean(in), strings.Repeat("word \n", 50000); got != want {
		t.Fatalf("unterminated hyperlinks: got %d bytes, want %d", len(got), len(want))
	}
}

// TestClean_ReturnsInputWhenNothingToRemove matters because every article
// passes through Clean: clean text must cost no allocation.
func TestClean_ReturnsInputWhenNothingToRemove(t *testing.T) {
	in := strings.Repeat("The minister said the talks had stalled. ", 100)
	allocs := testing.AllocsPerRun(10, func() { _ = Clean(in) })
	if allocs != 0 {
		t.Errorf("Clean allocated %v times on clean text", allocs)
	}
}

// checkClean fails the test if s holds anything Clean must have removed.
func checkClean(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("invalid UTF-8 in %q", s)
	}
	for i, r := range s {
		if bad := forbidden(r); bad != "" {
			t.Errorf("%s U+%04X at byte %d in %q", bad, r, i, s)
			return
		}
	}
}

// forbidden says why r may not appear in cleaned text, or "".
func forbidden(r rune) string {
	switch {
	case r == '\n' || r == '\t':
		return ""
	case r < 0x20 || r == 0x7f:
		return "C0 control"
	case r >= 0x80 && r <= 0x9f:
		return "C1 control"
	case r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return "bidi control"
	case r == 0xfeff || r == 0x200b:
		return "invisible format character"
	}
	return ""
}

func BenchmarkClean(b *testing.B) {
	clean := strings.Repeat("The minister said the talks had stalled, officials confirmed. ", 16000)
	dirty := strings.Repeat("The minister said \x1b[1mthe talks\x1b[0m had stalled\r\n", 16000)
	osc := strings.Repeat("\x1b]0;", 250000)
	for _, bc := range []struct{ name, in string }{{"clean", clean}, {"dirty", dirty}, {"unterminated-osc", osc}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.in)))
			for b.Loop() {
				_ = Clean(bc.in)
			}
		})
	}
}
