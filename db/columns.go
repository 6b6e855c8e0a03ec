package db

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A claim is a row of claims (migrations/0004_claim_columns.sql): its key
// (article_id, span_start, span_end, text), then its other fields one a
// column, then grp and orphaned. Its suggestion is a row of suggestions,
// with the claims a dispute names in suggestion_refs.
//
// A factcheck.Value is two columns, of which one is NULL: the number
// (REAL) or the date (TEXT). A Value with a date is a date: a number
// beside it is not stored (the extractor never sets both). A NaN is
// refused: SQLite stores it as NULL, which the table's CHECK rejects. A
// range's end is two NULLs when there is none. Readers take
// coalesce(value, value_date), whose type tells which.

// claimFields are the columns of a claim's fields other than its key, in
// the order appendClaimFields gives their values.
const claimFields = `kind, value, value_date, end_value, end_value_date, unit, qualifier, subject,
	sentence, sentence_start, sentence_end`

// claimFieldCount is the number of claimFields.
const claimFieldCount = 11

// appendClaimFields appends the values of c's claimFields to args.
func appendClaimFields(args []any, c *factcheck.Claim) []any {
	num, date := valueArgs(c.Value)
	var endNum, endDate any
	if c.EndValue != nil {
		endNum, endDate = valueArgs(*c.EndValue)
	}
	return append(args, string(c.Kind), num, date, endNum, endDate, c.Unit, string(c.Qualifier), c.Subject,
		c.Sentence, int64(c.SentenceStart), int64(c.SentenceEnd))
}

// valueArgs returns the values of v's number and date columns.
func valueArgs(v factcheck.Value) (num, date any) {
	if v.Date != "" {
		return nil, v.Date
	}
	return v.Num, nil
}

// claimColumns are what claimScanner reads of a claim c.
const claimColumns = `c.id, c.article_id, c.span_start, c.span_end, c.text, c.kind,
	coalesce(c.value, c.value_date), coalesce(c.end_value, c.end_value_date), c.unit, c.qualifier, c.subject,
	c.sentence, c.sentence_start, c.sentence_end, c.grp, c.orphaned`

// claimColumnCount is the number of claimColumns.
const claimColumnCount = 16

// claimScanner scans rows of claimColumns. Short strings that repeat
// (kinds, units, qualifiers, dates) and a sentence repeated from the
// previous claim are shared rather than kept twice.
type claimScanner struct {
	strs     interner
	sentence string
	vals     [claimColumnCount]any
	dest     []any
}

func newClaimScanner() *claimScanner {
	sc := &claimScanner{strs: interner{}}
	sc.dest = make([]any, claimColumnCount)
	for i := range sc.vals {
		sc.dest[i] = &sc.vals[i]
	}
	return sc
}

// scan reads a row of claimColumns, followed by the columns for extra,
// into c, all but c.Doc and c.Suggestion. Columns are scanned as they come
// (into *any), which database/sql does without conversion.
func (sc *claimScanner) scan(rows *sql.Rows, c *factcheck.Record, extra ...any) error {
	dest := append(sc.dest[:claimColumnCount], extra...)
	if err := rows.Scan(dest...); err != nil {
		return classify(err)
	}
	if err := sc.set(c); err != nil {
		return fmt.Errorf("claim %v: %w", sc.vals[0], err)
	}
	return nil
}

// set sets c from the values scanned.
func (sc *claimScanner) set(c *factcheck.Record) error {
	v := &sc.vals
	r := valueReader{}
	c.ID = r.int(v[0])
	c.ArticleID = r.int(v[1])
	c.Start = int(r.int(v[2]))
	c.End = int(r.int(v[3]))
	c.Text = r.str(v[4])
	c.Kind = factcheck.Kind(sc.strs.get(r.str(v[5])))
	c.Value = sc.value(&r, v[6])
	c.EndValue = nil
	if v[7] != nil {
		end := sc.value(&r, v[7])
		c.EndValue = &end
	}
	c.Unit = sc.strs.get(r.str(v[8]))
	c.Qualifier = factcheck.Qualifier(sc.strs.get(r.str(v[9])))
	c.Subject = r.str(v[10])
	if s := r.str(v[11]); s != sc.sentence {
		sc.sentence = s
	}
	c.Sentence = sc.sentence
	c.SentenceStart = int(r.int(v[12]))
	c.SentenceEnd = int(r.int(v[13]))
	c.Group = r.str(v[14])
	c.Orphaned = r.int(v[15]) != 0
	return r.err
}

// value reads a Value from coalesce(number, date), sharing dates.
func (sc *claimScanner) value(r *valueReader, v any) factcheck.Value {
	x := readValue(r, v)
	if x.Date != "" {
		x.Date = sc.strs.get(x.Date)
	}
	return x
}

// A valueReader reads the values a column holds in a STRICT table; a
// value of another type (or NULL, where NOT NULL) sets err.
type valueReader struct{ err error }

func (r *valueReader) bad(v any, want string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %T where %s is stored", factcheck.ErrCorrupt, v, want)
	}
}

func (r *valueReader) int(v any) int64 {
	n, ok := v.(int64)
	if !ok {
		r.bad(v, "an integer")
	}
	return n
}

func (r *valueReader) float(v any) float64 {
	switch f := v.(type) {
	case float64:
		return f
	case int64: // a REAL column converts, but another program may not have
		return float64(f)
	}
	r.bad(v, "a number")
	return 0
}

func (r *valueReader) str(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case []byte:
		return string(s)
	}
	r.bad(v, "text")
	return ""
}

// An interner shares equal strings.
type interner map[string]string

func (m interner) get(s string) string {
	if t, ok := m[s]; ok {
		return t
	}
	m[s] = s
	return s
}

// insertRows returns "(?, ?, ...), (?, ...)": n rows of cols placeholders.
func insertRows(n, cols int) string {
	row := "(" + strings.Repeat("?, ", cols-1) + "?)"
	return strings.Repeat(row+", ", n-1) + row
}
