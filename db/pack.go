package db

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/factcheck/factcheck/factcheck"
)

// A claim's fields other than its key (span and text) are stored packed in
// one column, claims.data, so that a million claims load quickly: the
// version byte below, then kind, value, end value, unit, qualifier,
// subject, sentence and sentence span. Strings are a uvarint length and
// the bytes; numbers are float64 bits, little-endian; offsets are uvarints.
const packVersion = 1

// End value markers.
const (
	noEnd = iota
	numEnd
	dateEnd
)

var errPacked = errors.New("malformed packed claim")

// packClaim appends c's packed fields to b.
func packClaim(b []byte, c *factcheck.Claim) []byte {
	b = append(b, packVersion)
	b = appendString(b, string(c.Kind))
	b = appendValue(b, c.Value)
	switch {
	case c.EndValue == nil:
		b = append(b, noEnd)
	case c.EndValue.IsDate():
		b = append(b, dateEnd)
		b = appendString(b, c.EndValue.Date)
	default:
		b = append(b, numEnd)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.EndValue.Num))
	}
	b = appendString(b, c.Unit)
	b = appendString(b, string(c.Qualifier))
	b = appendString(b, c.Subject)
	b = appendString(b, c.Sentence)
	b = binary.AppendUvarint(b, uint64(c.SentenceStart))
	b = binary.AppendUvarint(b, uint64(c.SentenceEnd))
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendValue(b []byte, v factcheck.Value) []byte {
	b = appendString(b, v.Date)
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Num))
}

// An unpacker reads packed claims. Short strings that repeat (kinds,
// units, qualifiers, dates) and a sentence repeated from the previous claim
// are shared rather than copied.
type unpacker struct {
	intern   map[string]string
	sentence string
}

func newUnpacker() *unpacker { return &unpacker{intern: map[string]string{}} }

// unpack sets c's packed fields from b.
func (u *unpacker) unpack(b []byte, c *factcheck.Claim) error {
	r := reader{b: b}
	if r.byte() != packVersion {
		return errPacked
	}
	c.Kind = factcheck.Kind(u.short(r.bytes()))
	c.Value.Date = u.short(r.bytes())
	c.Value.Num = r.float()
	switch r.byte() {
	case noEnd:
		c.EndValue = nil
	case numEnd:
		c.EndValue = &factcheck.Value{Num: r.float()}
	case dateEnd:
		c.EndValue = &factcheck.Value{Date: u.short(r.bytes())}
	default:
		return errPacked
	}
	c.Unit = u.short(r.bytes())
	c.Qualifier = factcheck.Qualifier(u.short(r.bytes()))
	c.Subject = string(r.bytes())
	if s := r.bytes(); string(s) != u.sentence {
		u.sentence = string(s)
	}
	c.Sentence = u.sentence
	c.SentenceStart = int(r.uvarint())
	c.SentenceEnd = int(r.uvarint())
	if r.bad || len(r.b) != 0 {
		return errPacked
	}
	return nil
}

// packSuggestion appends s packed to b: its verdict, then By (a marker
// and a reference) and With (a count and references), a reference being
// an article name and a uvarint start.
func packSuggestion(b []byte, s *factcheck.Suggestion) []byte {
	b = append(b, packVersion)
	b = appendString(b, string(s.Verdict))
	if s.By == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendRef(b, *s.By)
	}
	b = binary.AppendUvarint(b, uint64(len(s.With)))
	for _, r := range s.With {
		b = appendRef(b, r)
	}
	return b
}

func appendRef(b []byte, r factcheck.Ref) []byte {
	b = appendString(b, r.Doc)
	return binary.AppendUvarint(b, uint64(r.Start))
}

// unpackSuggestion reads what packSuggestion writes.
func (u *unpacker) unpackSuggestion(b []byte) (*factcheck.Suggestion, error) {
	r := reader{b: b}
	if r.byte() != packVersion {
		return nil, errPacked
	}
	s := &factcheck.Suggestion{Verdict: factcheck.Verdict(u.short(r.bytes()))}
	switch r.byte() {
	case 0:
	case 1:
		ref := u.ref(&r)
		s.By = &ref
	default:
		return nil, errPacked
	}
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		return nil, errPacked
	}
	if n > 0 {
		s.With = make([]factcheck.Ref, n)
		for i := range s.With {
			s.With[i] = u.ref(&r)
		}
	}
	if r.bad || len(r.b) != 0 {
		return nil, errPacked
	}
	return s, nil
}

func (u *unpacker) ref(r *reader) factcheck.Ref {
	return factcheck.Ref{Doc: u.short(r.bytes()), Start: int(r.uvarint())}
}

// short returns b as a string shared with every equal one seen.
func (u *unpacker) short(b []byte) string {
	if s, ok := u.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	u.intern[s] = s
	return s
}

// reader reads packed fields; past the end it sets bad and returns zeros.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad = true
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad = true
		r.b = nil
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

func (r *reader) float() float64 {
	if len(r.b) < 8 {
		r.bad = true
		r.b = nil
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return v
}
