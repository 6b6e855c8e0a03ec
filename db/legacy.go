package db

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/factcheck/factcheck/factcheck"
)

// Until schema 4 a claim's fields other than its key (span and text) were
// packed in one column, claims.data, and its suggestion in
// claims.suggestion: the legacy format, which only migration 4 reads
// (convertLegacyClaims) to move them to columns. A packed claim is the
// version byte below, then kind, value, end value, unit, qualifier,
// subject, sentence and sentence span. Strings are a uvarint length and the
// bytes; numbers are float64 bits, little-endian; offsets are uvarints. A
// value is its date then its number; an end value a marker (legacyNoEnd,
// legacyNumEnd, legacyDateEnd) then its number or its date. A packed
// suggestion is the version byte, its verdict, By (a marker 0 or 1 and a
// reference) and With (a count and references), a reference being an
// article name and a uvarint start.
const legacyVersion = 1

// Legacy end value markers.
const (
	legacyNoEnd = iota
	legacyNumEnd
	legacyDateEnd
)

var errLegacy = errors.New("malformed packed claim (schema 3)")

// A legacyReader reads packed claims. Short strings that repeat (kinds,
// units, qualifiers, dates) and a sentence repeated from the previous claim
// are shared rather than copied.
type legacyReader struct {
	intern   map[string]string
	sentence string
}

func newLegacyReader() *legacyReader { return &legacyReader{intern: map[string]string{}} }

// unpack sets c's packed fields from b.
func (u *legacyReader) unpack(b []byte, c *factcheck.Claim) error {
	r := packed{b: b}
	if r.byte() != legacyVersion {
		return errLegacy
	}
	c.Kind = factcheck.Kind(u.short(r.bytes()))
	c.Value.Date = u.short(r.bytes())
	c.Value.Num = r.float()
	switch r.byte() {
	case legacyNoEnd:
		c.EndValue = nil
	case legacyNumEnd:
		c.EndValue = &factcheck.Value{Num: r.float()}
	case legacyDateEnd:
		c.EndValue = &factcheck.Value{Date: u.short(r.bytes())}
	default:
		return errLegacy
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
		return errLegacy
	}
	return nil
}

// unpackSuggestion reads a packed suggestion.
func (u *legacyReader) unpackSuggestion(b []byte) (*factcheck.Suggestion, error) {
	r := packed{b: b}
	if r.byte() != legacyVersion {
		return nil, errLegacy
	}
	s := &factcheck.Suggestion{Verdict: factcheck.Verdict(u.short(r.bytes()))}
	switch r.byte() {
	case 0:
	case 1:
		ref := u.ref(&r)
		s.By = &ref
	default:
		return nil, errLegacy
	}
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		return nil, errLegacy
	}
	if n > 0 {
		s.With = make([]factcheck.Ref, n)
		for i := range s.With {
			s.With[i] = u.ref(&r)
		}
	}
	if r.bad || len(r.b) != 0 {
		return nil, errLegacy
	}
	return s, nil
}

func (u *legacyReader) ref(r *packed) factcheck.Ref {
	return factcheck.Ref{Doc: u.short(r.bytes()), Start: int(r.uvarint())}
}

// short returns b as a string shared with every equal one seen.
func (u *legacyReader) short(b []byte) string {
	if s, ok := u.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	u.intern[s] = s
	return s
}

// packed reads packed fields; past the end it sets bad and returns zeros.
type packed struct {
	b   []byte
	bad bool
}

func (r *packed) byte() byte {
	if len(r.b) < 1 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *packed) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad = true
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *packed) bytes() []byte {
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

func (r *packed) float() float64 {
	if len(r.b) < 8 {
		r.bad = true
		r.b = nil
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return v
}

// legacyChunk is how many claims convertLegacyClaims reads at a time.
const legacyChunk = 4096

// convertLegacyClaims is migration 4's Go code: it copies every row of the
// schema-3 claims table into claims_new, its packed fields decoded into
// columns, and its packed suggestion into suggestions and suggestion_refs,
// keeping the claim's ID. It reads legacyChunk claims at a time, in ID
// order, and never holds a query open while it writes. A malformed packed
// value fails it with factcheck.ErrCorrupt, naming the claim; a value the
// columns refuse (a NaN, which the extractor never made) fails it too. A
// value packed with both a date and a number keeps the date, as any
// writer of the columns does (see columns.go).
func convertLegacyClaims(ctx context.Context, tx dbtx) error {
	u := newLegacyReader()
	var sugs suggestionWriter
	type row struct {
		id, article      int64
		start, end       int64
		text, group      string
		data, suggestion []byte
		orphaned         int64
	}
	var args []any
	after := int64(math.MinInt64)
	for {
		rows, err := tx.QueryContext(ctx, `SELECT id, article_id, span_start, span_end, text, data, grp, suggestion, orphaned
			FROM claims WHERE id > ? ORDER BY id LIMIT ?`, after, legacyChunk)
		if err != nil {
			return classify(err)
		}
		var chunk []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.article, &r.start, &r.end, &r.text, &r.data, &r.group, &r.suggestion, &r.orphaned); err != nil {
				rows.Close()
				return classify(err)
			}
			chunk = append(chunk, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return classify(err)
		}
		if len(chunk) == 0 {
			return nil
		}
		after = chunk[len(chunk)-1].id
		for part := range slices.Chunk(chunk, maxRows) {
			args = args[:0]
			for _, r := range part {
				var c factcheck.Claim
				if err := u.unpack(r.data, &c); err != nil {
					return fmt.Errorf("claim %d: %w: %w", r.id, factcheck.ErrCorrupt, err)
				}
				args = append(args, r.id, r.article, r.start, r.end, r.text)
				args = appendClaimFields(args, &c)
				args = append(args, r.group, r.orphaned)
				if len(r.suggestion) > 0 {
					s, err := u.unpackSuggestion(r.suggestion)
					if err != nil {
						return fmt.Errorf("claim %d: suggestion: %w: %w", r.id, factcheck.ErrCorrupt, err)
					}
					if err := sugs.add(ctx, tx, r.id, nil, s); err != nil {
						return err
					}
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO claims_new (id, article_id, span_start, span_end, text, `+claimFields+`, grp, orphaned)
				VALUES `+insertRows(len(part), 7+claimFieldCount), args...)
			if err != nil {
				return fmt.Errorf("claims %d to %d: %w", part[0].id, part[len(part)-1].id, classify(err))
			}
		}
		if err := sugs.flush(ctx, tx); err != nil {
			return err
		}
	}
}
