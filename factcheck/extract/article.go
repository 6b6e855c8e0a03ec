package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path"
	"runtime"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that is not text: it holds NUL bytes or
// too many control characters.
var ErrBinary = errors.New("binary file, not text")

// ErrFault is returned, wrapped with what failed and where, when the rules
// fail on a text: a fault in Factcheck, not in the text. A batch goes on
// without that article.
var ErrFault = errors.New("the claim rules failed on this text (a fault in Factcheck)")

// ParseArticle decodes src and extracts every claim in it. Text that
// starts with a UTF-16 byte order mark (Windows' "Unicode text") is read
// as UTF-16; otherwise valid UTF-8 is read as it is, and bytes that are
// not UTF-8 are read as Windows-1252 (a superset of Latin-1). Claim
// offsets always point into src. published, when not empty, is the
// publication date "YYYY-MM-DD" that gives dates their year; otherwise
// the date is read from a dateline or a "Date:" line. ParseArticle
// returns ErrBinary for input that is not text, and ErrFault when a rule
// fails on it.
func ParseArticle(name string, src []byte, published string) (_ *factcheck.Article, err error) {
	if published != "" {
		if _, ok := calendar.ParseISO(published); !ok {
			return nil, fmt.Errorf("publication date %q: want YYYY-MM-DD", published)
		}
	}
	txt, err := decode(src)
	if err != nil {
		return nil, err
	}
	a := &factcheck.Article{Name: name, Text: txt.text}
	defer func() {
		if r := recover(); r != nil {
			err = fault(r)
		}
	}()
	a.Claims, a.Published = extract(name, txt.text, published)
	if txt.utf16 {
		utf16Offsets(txt.text, a.Claims, len(src))
	} else if len(txt.shifts) > 0 {
		for i := range a.Claims {
			c := &a.Claims[i]
			c.Start, c.End = txt.srcOffset(c.Start), txt.srcOffset(c.End)
			c.SentenceStart, c.SentenceEnd = txt.srcOffset(c.SentenceStart), txt.srcOffset(c.SentenceEnd)
		}
	}
	return a, nil
}

// fault returns ErrFault for r, a value a rule panicked with, naming the
// rule's file and line, the first frame of the stack outside the runtime.
// It is called by the function ParseArticle defers.
func fault(r any) error {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Errorf("%w: %v (%s:%d)", ErrFault, r, path.Base(f.File), f.Line)
		}
		if !more {
			return fmt.Errorf("%w: %v", ErrFault, r)
		}
	}
}

// decoded is a file's text as UTF-8 and how its offsets map back to the file.
type decoded struct {
	text string
	// shifts records, for each byte that was not UTF-8, the offset in text
	// after its replacement and how far file offsets from there run ahead of
	// (negative: behind) text offsets.
	shifts []shift
	// utf16 is set when the file is UTF-16 with a byte order mark: its
	// offsets are those of code units, two bytes each, after the mark.
	utf16 bool
}

type shift struct{ at, delta int }

// srcOffset maps an offset in the decoded text to one in the file.
func (d *decoded) srcOffset(off int) int {
	i := sort.Search(len(d.shifts), func(i int) bool { return d.shifts[i].at > off })
	if i == 0 {
		return off
	}
	return off + d.shifts[i-1].delta
}

// decode reads src as UTF-16 when it starts with a byte order mark, else
// as UTF-8, taking each byte that is not part of a valid UTF-8 sequence as
// Windows-1252.
func decode(src []byte) (*decoded, error) {
	if bytes.HasPrefix(src, []byte{0xff, 0xfe}) || bytes.HasPrefix(src, []byte{0xfe, 0xff}) {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return nil, err
		}
		if isBinary(b) {
			return nil, ErrBinary
		}
		return &decoded{text: string(b), utf16: true}, nil
	}
	if isBinary(src) {
		return nil, ErrBinary
	}
	if utf8.Valid(src) {
		return &decoded{text: string(src)}, nil
	}
	var b bytes.Buffer
	b.Grow(len(src) + len(src)/8)
	d := &decoded{}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(charmap.Windows1252.DecodeByte(src[i]))
			i++
			d.shifts = append(d.shifts, shift{at: b.Len(), delta: i - b.Len()})
			continue
		}
		b.Write(src[i : i+n])
		i += n
	}
	d.text = b.String()
	return d, nil
}

// utf16Offsets maps the offsets of claims, found in text decoded from
// UTF-16 with a byte order mark, to offsets in the file of size bytes, in
// one pass over text. (A last odd byte decodes to U+FFFD: offsets stop
// at the end of the file.)
func utf16Offsets(text string, claims []factcheck.Claim, size int) {
	offs := make([]*int, 0, 4*len(claims))
	for i := range claims {
		c := &claims[i]
		offs = append(offs, &c.Start, &c.End, &c.SentenceStart, &c.SentenceEnd)
	}
	sort.SliceStable(offs, func(i, j int) bool { return *offs[i] < *offs[j] })
	src := 2 // the byte order mark
	at := 0  // the offset in text that src is the file offset of
	for _, p := range offs {
		for at < *p && at < len(text) {
			r, n := utf8.DecodeRuneInString(text[at:])
			at += n
			src += 2 * utf16.RuneLen(r)
		}
		*p = min(src, size)
	}
}

// isBinary reports whether src looks like something other than text: a NUL
// byte, or more than one control character in a hundred, in its first 8 KiB.
func isBinary(src []byte) bool {
	head := src[:min(len(src), 8192)]
	if bytes.IndexByte(src, 0) >= 0 {
		return true
	}
	ctl := 0
	n := len(head)
	for len(head) >= 8 {
		// Eight bytes at a time: the table is read only for a word that
		// holds a byte below a space, which most words of text do not.
		if w := binary.LittleEndian.Uint64(head); (w-0x2020202020202020)&^w&0x8080808080808080 != 0 {
			for _, c := range head[:8] {
				ctl += int(controlByte[c])
			}
		}
		head = head[8:]
	}
	for _, c := range head {
		ctl += int(controlByte[c])
	}
	return ctl*100 > n
}

// controlByte is 1 for the control characters that no text holds: those
// below a space but for "\t", "\n", "\v", "\f" and "\r".
var controlByte = func() (t [256]uint8) {
	for c := range 0x20 {
		if c < '\t' || c > '\r' {
			t[c] = 1
		}
	}
	return t
}()
