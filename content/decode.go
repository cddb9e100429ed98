package content

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/brief-reader/brief/model"
)

// readFileStamped reads the file at p, or says why not, with the file's size
// and modification time and whether they were the same before and after the
// read (so the bytes belong to that stamp). A regular file's size is checked
// before anything is read; the read itself is limited too, because a file can
// grow after the check and a pipe has no size.
func readFileStamped(p string, maxSize int64) ([]byte, string, fileStamp, bool) {
	f, err := os.Open(p)
	if err != nil {
		return nil, "cannot open: " + statReason(err), fileStamp{}, false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, "cannot read: " + errReason(err), fileStamp{}, false
	}
	if fi.IsDir() {
		return nil, "is a folder", fileStamp{}, false
	}
	size := int64(-1)
	regular := fi.Mode().IsRegular()
	if regular {
		size = fi.Size()
		if size > maxSize {
			return nil, tooBig(size, maxSize), fileStamp{}, false
		}
	}
	data, reason := readLimited(f, size, maxSize)
	if !regular || reason != "" {
		return data, reason, fileStamp{}, false
	}
	after, err := f.Stat()
	held := err == nil && stampOf(after) == stampOf(fi) && int64(len(data)) == fi.Size()
	return data, reason, stampOf(fi), held
}

// readLimited reads r up to maxSize bytes; size is its expected size, or
// -1 when unknown. It reads one byte more than allowed to tell a file of
// exactly maxSize bytes from a bigger one.
func readLimited(r io.Reader, size, maxSize int64) ([]byte, string) {
	var buf bytes.Buffer
	if size >= 0 {
		// One allocation of the right size instead of doubling: memory stays
		// close to the file's size.
		buf.Grow(int(size) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, "cannot read: " + errReason(err)
	}
	if n > maxSize {
		return nil, "over the " + sizeString(maxSize) + " size limit"
	}
	return buf.Bytes(), ""
}

func tooBig(size, maxSize int64) string {
	return sizeString(size) + ", over the " + sizeString(maxSize) + " size limit"
}

// parseArticle decodes data and parses it into an article, or refuses it
// with a warning. Warnings it returns have no Path; the caller sets it.
func parseArticle(id string, data []byte, markdown bool) (*model.Article, []Warning) {
	if len(data) == 0 {
		return nil, []Warning{{Reason: "empty file"}}
	}
	text, reason := decode(data)
	if reason != "" {
		return nil, []Warning{{Reason: reason}}
	}
	cleaned := model.Clean(text)
	if isBlank(cleaned) {
		if isBlank(text) {
			return nil, []Warning{{Reason: "contains only whitespace"}}
		}
		return nil, []Warning{{Reason: "no text left after removing control characters and escape sequences"}}
	}
	meta, body, fmReason := splitFrontMatter(cleaned)
	var warns []Warning
	if fmReason != "" {
		warns = append(warns, Warning{Reason: fmReason})
	}
	if isBlank(body) {
		return nil, append(warns, Warning{Reason: "front matter but no article text"})
	}
	meta.Markdown = markdown
	return model.Parse(id, body, meta), warns
}

func isBlank(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// sniffLen is how much of a file the binary checks look at: enough to be
// sure, and a fixed cost however big the file.
const sniffLen = 64 << 10

// decode turns a file's bytes into UTF-8 text, or says why it is not text.
func decode(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}):
		return "", "UTF-32 text is not supported; save it as UTF-8"
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		return checkText(string(data[3:]))
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(data, xunicode.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(data, xunicode.BigEndian)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		switch {
		case looksUTF16(data):
			return "", "binary file (NUL bytes; UTF-16 without a byte order mark?)"
		case knownType(data) != "":
			return "", "binary file (" + knownType(data) + ")"
		}
		return "", "binary file (contains NUL bytes)"
	}
	if utf8.Valid(data) || mostlyUTF8(data) {
		return checkText(string(data))
	}
	if highBytes(data) {
		if t := knownType(data); t != "" {
			return "", "binary file (" + t + ")"
		}
		return "", "not text in UTF-8 or Windows-1252 (mostly non-ASCII bytes)"
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil { // cannot happen: every byte has a mapping or U+FFFD
		return "", "cannot decode as Windows-1252: " + err.Error()
	}
	return checkText(string(out))
}

func decodeUTF16(data []byte, order xunicode.Endianness) (string, string) {
	out, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return "", "cannot decode as UTF-16: " + err.Error()
	}
	return checkText(string(out))
}

// checkText refuses decoded text that is binary: NUL characters, or many
// control characters. ESC, BEL, BS, CAN and SUB do not count: a file of
// escape sequences is text to be cleaned (and refused if nothing is left),
// not binary.
func checkText(s string) (string, string) {
	sample := s[:min(len(s), sniffLen)]
	if strings.IndexByte(s, 0) >= 0 {
		return "", "binary file (contains NUL characters)"
	}
	controls := 0
	for i := 0; i < len(sample); i++ {
		switch b := sample[i]; {
		case b >= 0x20 || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
		case b == 0x1b || b == 0x07 || b == 0x08 || b == 0x18 || b == 0x1a:
		default:
			controls++
		}
	}
	if controls*10 > len(sample) {
		if t := knownType([]byte(sample)); t != "" {
			return "", "binary file (" + t + ")"
		}
		return "", "binary file (mostly control characters)"
	}
	return s, ""
}

// knownType names the format of binary data when net/http knows its
// signature ("image/png"), or returns "". It only words the reason: short
// signatures such as "BM" (BMP) and "ID3" (MP3) also start English text
// ("BMW said…"), so it never decides on its own that a file is binary.
func knownType(data []byte) string {
	ct := http.DetectContentType(data)
	if strings.HasPrefix(ct, "text/") || ct == "application/octet-stream" {
		return ""
	}
	return ct
}

// looksUTF16 reports whether NUL bytes fall mostly on one parity, as they
// do in UTF-16 text in a Latin script.
func looksUTF16(data []byte) bool {
	sample := data[:min(len(data), 512)]
	var even, odd int
	for i, b := range sample {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(sample) / 2
	return half > 0 && (even*10 >= half*8 && odd == 0 || odd*10 >= half*8 && even == 0)
}

// mostlyUTF8 reports whether data is UTF-8 text with a few bad bytes (a
// truncated or damaged file) rather than a legacy encoding: it has more
// valid multi-byte sequences than invalid bytes. Windows-1252 text almost
// never forms valid UTF-8 sequences, so reading it this way would turn every
// "é" of a slightly damaged UTF-8 file into "Ã©".
func mostlyUTF8(data []byte) bool {
	sample := data[:min(len(data), sniffLen)]
	var multi, bad int
	for i := 0; i < len(sample); {
		if sample[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		i += size
	}
	return multi > bad
}

// highBytes reports whether more than 30% of the bytes are non-ASCII. News
// text in Windows-1252 has a few per cent (accents, curly quotes); text in
// another legacy encoding (KOI8-R, Shift JIS) would be mojibake if read as
// Windows-1252, and saying so is better than showing it.
func highBytes(data []byte) bool {
	sample := data[:min(len(data), sniffLen)]
	high := 0
	for _, b := range sample {
		if b >= utf8.RuneSelf {
			high++
		}
	}
	return high*10 > len(sample)*3
}
