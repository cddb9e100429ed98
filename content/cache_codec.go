package content

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/brief-reader/brief/model"
)

// The cache stores parsed articles in a compact binary form of its own
// rather than gob or JSON: decoding is the whole cost of a warm start, and
// this form decodes into substrings of one string (no allocation per
// text), and stores a claim's text as a reference into its paragraph when
// it is exactly that slice, as the model's locations promise.

// errCorrupt is any decoding failure: the entry is parsed again.
var errCorrupt = errors.New("corrupt cache entry")

// encoder appends the binary form to a buffer.
type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) optStr(s *string) {
	e.bool(s != nil)
	if s != nil {
		e.str(*s)
	}
}

func (e *encoder) loc(l model.Loc) {
	e.int(l.Section)
	e.int(l.Paragraph)
	e.int(l.Start)
	e.int(l.End)
}

func (e *encoder) spans(ss []model.Span) {
	e.bool(ss != nil)
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.int(s.Start)
		e.int(s.End)
	}
}

// text writes an item's text: a flag when it is exactly the slice its
// location names, or the text itself.
func (e *encoder) text(a *model.Article, l model.Loc, t string) {
	src := a.Text(l)
	if l.Start >= 0 && l.Start <= l.End && l.End <= len(src) && src[l.Start:l.End] == t {
		e.bool(true)
		return
	}
	e.bool(false)
	e.str(t)
}

// article writes a parsed article and the warnings parsing gave.
func (e *encoder) article(a *model.Article, warns []Warning) {
	e.str(a.ID)
	e.str(a.Title)
	e.str(a.TitleSource)
	e.optStr(a.Date)
	e.str(a.Source)
	e.str(a.URL)
	e.str(a.Author)
	e.bool(a.Sections != nil)
	e.uint(uint64(len(a.Sections)))
	for _, s := range a.Sections {
		e.str(s.Heading)
		e.bool(s.Paragraphs != nil)
		e.uint(uint64(len(s.Paragraphs)))
		for _, p := range s.Paragraphs {
			e.str(p)
		}
	}
	e.bool(a.Claims != nil)
	e.uint(uint64(len(a.Claims)))
	for _, c := range a.Claims {
		e.loc(c.At)
		e.text(a, c.At, c.Text)
		e.optStr(c.Attribution)
		e.spans(c.Marks)
	}
	e.bool(a.OpenQuestions != nil)
	e.uint(uint64(len(a.OpenQuestions)))
	for _, q := range a.OpenQuestions {
		e.loc(q.At)
		e.text(a, q.At, q.Text)
		e.spans(q.Marks)
	}
	e.bool(a.Unverified != nil)
	e.uint(uint64(len(a.Unverified)))
	for _, d := range a.Unverified {
		e.loc(d.At)
		e.text(a, d.At, d.Text)
		e.str(d.Cue)
		e.spans(d.Marks)
	}
	e.uint(uint64(len(warns)))
	for _, w := range warns {
		e.str(w.Reason)
	}
}

// decoder reads the binary form from a string; every string it returns is
// a substring of s. Any error sticks: later reads return zero values and
// err reports it once at the end.
type decoder struct {
	s   string
	i   int
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.i = len(d.s)
}

func (d *decoder) uint() uint64 {
	var v uint64
	var shift uint
	for d.i < len(d.s) {
		c := d.s[d.i]
		d.i++
		if shift == 63 && c > 1 {
			break
		}
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
		shift += 7
		if shift > 63 {
			break
		}
	}
	d.fail()
	return 0
}

func (d *decoder) int() int {
	u := d.uint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.fail()
		return 0
	}
	return int(v)
}

// count reads a length and checks it against what is left, so a corrupt
// length cannot make a huge allocation.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.s)-d.i) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	s := d.s[d.i : d.i+n]
	d.i += n
	return s
}

func (d *decoder) bool() bool {
	if d.i >= len(d.s) {
		d.fail()
		return false
	}
	c := d.s[d.i]
	d.i++
	if c > 1 {
		d.fail()
	}
	return c == 1
}

func (d *decoder) optStr() *string {
	if !d.bool() {
		return nil
	}
	s := d.str()
	return &s
}

func (d *decoder) loc() model.Loc {
	return model.Loc{Section: d.int(), Paragraph: d.int(), Start: d.int(), End: d.int()}
}

func (d *decoder) spans() []model.Span {
	ss := sliceOf[model.Span](d, d.bool(), d.count())
	for i := range ss {
		ss[i] = model.Span{Start: d.int(), End: d.int()}
	}
	return ss
}

func (d *decoder) text(a *model.Article, l model.Loc) string {
	if !d.bool() {
		return d.str()
	}
	src := a.Text(l)
	if l.Start < 0 || l.Start > l.End || l.End > len(src) {
		d.fail()
		return ""
	}
	return src[l.Start:l.End]
}

// sliceOf returns nil or an empty slice of n elements as the flag says.
func sliceOf[T any](d *decoder, notNil bool, n int) []T {
	if !notNil {
		if n != 0 {
			d.fail()
		}
		return nil
	}
	return make([]T, n)
}

// article reads what encoder.article wrote.
func (d *decoder) article() (*model.Article, []Warning, error) {
	a := &model.Article{
		ID:          d.str(),
		Title:       d.str(),
		TitleSource: d.str(),
		Date:        d.optStr(),
		Source:      d.str(),
		URL:         d.str(),
		Author:      d.str(),
	}
	notNil := d.bool()
	a.Sections = sliceOf[model.Section](d, notNil, d.count())
	for i := range a.Sections {
		s := &a.Sections[i]
		s.Heading = d.str()
		notNil := d.bool()
		s.Paragraphs = sliceOf[string](d, notNil, d.count())
		for j := range s.Paragraphs {
			s.Paragraphs[j] = d.str()
		}
	}
	notNil = d.bool()
	a.Claims = sliceOf[model.Claim](d, notNil, d.count())
	for i := range a.Claims {
		c := &a.Claims[i]
		c.At = d.loc()
		c.Text = d.text(a, c.At)
		c.Attribution = d.optStr()
		c.Marks = d.spans()
	}
	notNil = d.bool()
	a.OpenQuestions = sliceOf[model.Question](d, notNil, d.count())
	for i := range a.OpenQuestions {
		q := &a.OpenQuestions[i]
		q.At = d.loc()
		q.Text = d.text(a, q.At)
		q.Marks = d.spans()
	}
	notNil = d.bool()
	a.Unverified = sliceOf[model.Detail](d, notNil, d.count())
	for i := range a.Unverified {
		u := &a.Unverified[i]
		u.At = d.loc()
		u.Text = d.text(a, u.At)
		u.Cue = d.str()
		u.Marks = d.spans()
	}
	var warns []Warning
	for range d.count() {
		warns = append(warns, Warning{Reason: d.str()})
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	return a, warns, nil
}
