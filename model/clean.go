package model

import (
	"strings"
	"unicode/utf8"
)

// Clean removes from untrusted text everything a terminal could act on or
// that could make the text look other than it is, so that nothing downstream
// (the reader, the SSH server, the exports) has to remember to do it.
//
// It removes:
//   - C0 control characters except "\n" and "\t", and DEL. CRLF and a lone
//     CR become "\n"; VT and FF become "\n" too, because Word uses VT for a
//     manual line break and old text files use FF between pages.
//   - ECMA-48 escape sequences whole, payload included: CSI (ESC [ … final),
//     the string sequences OSC (window title, clipboard 52, hyperlink 8…),
//     DCS, SOS, PM and APC up to their terminator (BEL, ST, CAN, SUB, the
//     next ESC or C1 control, or the end of the line: see stringSeq),
//     two-byte escapes (ESC c, ESC 7, ESC ( B …), and a lone ESC. Their
//     8-bit C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS, U+0098 SOS,
//     U+009E PM, U+009F APC) are removed the same way.
//   - Every other C1 control (U+0080–U+009F); NEL (U+0085) becomes "\n".
//   - Bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
//     U+2066–U+2069), which can make text read in an order other than the
//     one it is stored in.
//   - Invisible format characters that can hide or spoof text: soft hyphen,
//     U+180E, zero-width space U+200B, word joiner and invisible operators
//     U+2060–U+2064, the deprecated format characters U+206A–U+206F,
//     U+FEFF (a byte order mark or zero-width no-break space anywhere),
//     interlinear annotation U+FFF9–U+FFFB, noncharacters, and Unicode tag
//     characters except inside an emoji tag sequence (the flags of England,
//     Scotland, Wales start with U+1F3F4). Zero-width joiner and non-joiner
//     (U+200C, U+200D) and variation selectors are kept: emoji and several
//     scripts need them and they cannot reorder text.
//   - U+2028 and U+2029 become "\n" and "\n\n".
//
// Invalid UTF-8 is replaced by U+FFFD, one per run of bad bytes, so the
// result is always valid UTF-8. Clean runs in time linear in len(s), never
// panics, and returns s itself when there is nothing to remove. It is
// idempotent: Clean(Clean(s)) == Clean(s).
func Clean(s string) string {
	i := firstUnsafe(s)
	if i == len(s) {
		return s
	}
	c := cleaner{s: s}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); r == 0x1f3f4 {
		c.flag = true
	}
	c.out.Grow(len(s))
	c.run(i)
	return c.out.String()
}

// cleaner holds the state of one Clean call.
type cleaner struct {
	s   string
	out strings.Builder
	// flag is true when the last rune written was U+1F3F4 or a tag
	// character: only then may a tag character follow.
	flag bool
	// bad is true when the last thing written was U+FFFD for invalid bytes.
	bad bool
}

// run cleans c.s, of which c.s[:i] needs nothing removed.
func (c *cleaner) run(i int) {
	s := c.s
	keep := 0 // start of the pending run of text kept as it is
	flush := func(end int) {
		c.out.WriteString(s[keep:end])
	}
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b < 0x7f || b == '\n' || b == '\t' {
				c.flag, c.bad = false, false
				i++
				continue
			}
			flush(i)
			switch b {
			case '\r':
				c.write("\n")
				i++
				if i < len(s) && s[i] == '\n' {
					i++
				}
			case '\v', '\f':
				c.write("\n")
				i++
			case 0x1b:
				i = c.escape(i + 1)
			default:
				i++
			}
			keep = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			flush(i)
			if !c.bad {
				c.out.WriteRune(utf8.RuneError)
			}
			c.flag, c.bad = false, true
			i++
			keep = i
			continue
		}
		if r >= 0x80 && r <= 0x9f {
			flush(i)
			i = c.c1(r, i+size)
			keep = i
			continue
		}
		switch act := runeAction(r); {
		case act == actKeep:
			c.flag = r == 0x1f3f4
			c.bad = false
		case act == actTag && c.flag:
			c.bad = false
		default:
			flush(i)
			switch r {
			case 0x2028:
				c.write("\n")
			case 0x2029:
				c.write("\n\n")
			}
			keep = i + size
		}
		i += size
	}
	flush(len(s))
}

func (c *cleaner) write(t string) {
	c.out.WriteString(t)
	c.flag, c.bad = false, false
}

// escape skips the escape sequence whose ESC ends just before i and returns
// the index after it.
func (c *cleaner) escape(i int) int {
	s := c.s
	if i >= len(s) {
		return i
	}
	switch b := s[i]; {
	case b == '[':
		return c.csi(i + 1)
	case b == ']' || b == 'P' || b == 'X' || b == '^' || b == '_':
		return c.stringSeq(i + 1)
	case b >= 0x20 && b <= 0x2f: // nF: intermediates, then a final byte
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case b >= 0x30 && b <= 0x7e: // Fp, Fe, Fs: one byte, ST included
		return i + 1
	default: // a lone ESC; what follows is read as text
		return i
	}
}

// csi skips a control sequence's parameters, intermediates and final byte
// from i. Anything else (a line break, a letter of another script) ends the
// sequence early and is read as text: dropping it could lose a line.
func (c *cleaner) csi(i int) int {
	s := c.s
	for i < len(s) {
		b := s[i]
		switch {
		case b >= 0x20 && b <= 0x3f:
			i++
		case b >= 0x40 && b <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// stringSeq skips the payload of an OSC, DCS, SOS, PM or APC starting at i,
// and its terminator: BEL, ST (ESC \ or U+009C), CAN or SUB. Another ESC or
// C1 control ends the payload and starts a sequence of its own, as it does
// in a terminal. So does the end of the line, unlike in a terminal: the
// payloads that matter (titles, clipboard data, links) fit on one line, and
// a terminal's rule would let one stray byte swallow the rest of an article.
func (c *cleaner) stringSeq(i int) int {
	s := c.s
	for ; i < len(s); i++ {
		switch s[i] {
		case 0x07, 0x18, 0x1a:
			return i + 1
		case '\n', '\r':
			return i
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case 0xc2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
				if s[i+1] == 0x9c {
					return i + 2
				}
				return i
			}
		}
	}
	return i
}

// c1 handles the C1 control r whose encoding ends just before i and returns
// the index after what it introduces.
func (c *cleaner) c1(r rune, i int) int {
	switch r {
	case 0x9b: // CSI
		return c.csi(i)
	case 0x90, 0x98, 0x9d, 0x9e, 0x9f: // DCS, SOS, OSC, PM, APC
		return c.stringSeq(i)
	case 0x85: // NEL
		c.write("\n")
	}
	return i
}

// What Clean does with a rune at or above U+00A0.
const (
	actKeep = iota
	actDrop
	// actTag is kept only inside an emoji tag sequence.
	actTag
)

func runeAction(r rune) int {
	switch {
	case r < 0xad:
		return actKeep
	case r == 0xad, r == 0x061c, r == 0x180e,
		r == 0x200b, r == 0x200e, r == 0x200f,
		r >= 0x2028 && r <= 0x202e,
		r >= 0x2060 && r <= 0x2064,
		r >= 0x2066 && r <= 0x206f,
		r == 0xfeff,
		r >= 0xfff9 && r <= 0xfffb,
		r >= 0xfdd0 && r <= 0xfdef,
		r&0xfffe == 0xfffe,
		r == 0xe0001:
		return actDrop
	case r >= 0xe0020 && r <= 0xe007f:
		return actTag
	}
	return actKeep
}

// firstUnsafe returns the index of the first byte Clean may have to change,
// or len(s). Tag characters count as unsafe so that the slow path can check
// that they follow a flag.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b < 0x7f || b == '\n' || b == '\t' {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9f || runeAction(r) != actKeep {
			return i
		}
		i += size
	}
	return len(s)
}
