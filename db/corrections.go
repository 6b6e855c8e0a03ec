package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
)

// A checker's corrections are events of the log (migrations/0007): every
// event holds the claim's reading in force after it (the reading_
// columns, NULL for the extractor's) and the outside figure superseding
// it, if any (the outside_ columns).

// readingFields are the rulings columns of a factcheck.Reading, in the
// order appendReadingArgs gives their values; figureFields those of a
// factcheck.Figure, as appendFigureArgs gives them.
const (
	readingFields = `reading_kind, reading_value, reading_value_date, reading_end_value, reading_end_value_date,
	reading_unit, reading_qualifier, reading_subject`
	readingFieldCount = 8
	figureFields      = `outside_value, outside_value_date, outside_unit, outside_date, outside_source`
	figureFieldCount  = 5
)

// readingColumns and figureColumns are what correctionRow reads of an
// event.
const (
	readingColumns = `reading_kind, coalesce(reading_value, reading_value_date),
	coalesce(reading_end_value, reading_end_value_date), reading_unit, reading_qualifier, reading_subject`
	figureColumns = `coalesce(outside_value, outside_value_date), outside_unit, outside_date, outside_source`
)

// appendReadingArgs appends the values of r's readingFields to args: all
// NULL for the zero Reading.
func appendReadingArgs(args []any, r factcheck.Reading) []any {
	if r.IsZero() {
		return append(args, nil, nil, nil, nil, nil, nil, nil, nil)
	}
	num, date := valueArgs(r.Value)
	var endNum, endDate any
	if r.Range {
		endNum, endDate = valueArgs(r.EndValue)
	}
	return append(args, string(r.Kind), num, date, endNum, endDate, r.Unit, string(r.Qualifier), r.Subject)
}

// appendFigureArgs appends the values of f's figureFields to args: all
// NULL for the zero Figure.
func appendFigureArgs(args []any, f factcheck.Figure) []any {
	if f.IsZero() {
		return append(args, nil, nil, nil, nil, nil)
	}
	num, date := valueArgs(f.Value)
	return append(args, num, date, f.Unit, f.Date, f.Source)
}

// A correctionRow holds the readingColumns and figureColumns of a row.
type correctionRow struct {
	kind, unit, qualifier, subject     sql.NullString
	value, endValue, outside           any
	outsideUnit, outsideDate, outsideS sql.NullString
}

func (r *correctionRow) dest() []any {
	return []any{&r.kind, &r.value, &r.endValue, &r.unit, &r.qualifier, &r.subject,
		&r.outside, &r.outsideUnit, &r.outsideDate, &r.outsideS}
}

// set sets rd and f from the row.
func (r *correctionRow) set(rd *factcheck.Reading, f *factcheck.Figure) error {
	vr := valueReader{}
	*rd, *f = factcheck.Reading{}, factcheck.Figure{}
	if r.kind.Valid {
		*rd = factcheck.Reading{Kind: factcheck.Kind(r.kind.String), Value: readValue(&vr, r.value),
			Unit: r.unit.String, Qualifier: factcheck.Qualifier(r.qualifier.String), Subject: r.subject.String}
		if r.endValue != nil {
			rd.EndValue, rd.Range = readValue(&vr, r.endValue), true
		}
	}
	if r.outsideS.Valid {
		*f = factcheck.Figure{Value: readValue(&vr, r.outside), Unit: r.outsideUnit.String,
			Date: r.outsideDate.String, Source: r.outsideS.String}
	}
	return vr.err
}

// readValue reads a Value from coalesce(number, date): a date is text; on
// PostgreSQL, JSON text (see eitherValue).
func readValue(r *valueReader, v any) factcheck.Value {
	switch v := v.(type) {
	case string:
		return textValue(r, v)
	case []byte:
		return textValue(r, string(v))
	}
	return factcheck.Value{Num: r.float(v)}
}

// textValue reads a Value from text: a date, or on PostgreSQL a number in
// brackets or a quoted date. No date starts with "[" or a quote.
func textValue(r *valueReader, s string) factcheck.Value {
	switch {
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		f, err := strconv.ParseFloat(s[1:len(s)-1], 64)
		if err != nil {
			r.bad(s, "a number")
		}
		return factcheck.Value{Num: f}
	case strings.HasPrefix(s, `"`):
		var d string
		if err := json.Unmarshal([]byte(s), &d); err != nil {
			r.bad(s, "a date")
		}
		return factcheck.Value{Date: d}
	}
	return factcheck.Value{Date: s}
}

// Amend records a checker's reading of a claim (r.Reading: its value,
// end value, unit, kind, qualifier and subject; the zero Reading goes back
// to the extractor's) as a new Amend event, signed r.Checker with r.Note
// and r.Evidence, and returns it. The claim's verdict stays as it is; its
// article is grouped again with the new reading. It returns
// factcheck.ErrNotFound for no such claim, and Validate's errors.
func (s *Store) Amend(ctx context.Context, r factcheck.Ruling) (_ factcheck.Event, err error) {
	defer s.annotate(&err)
	fail := func(err error) (factcheck.Event, error) {
		return factcheck.Event{}, fmt.Errorf("amend claim %d: %w", r.Claim, err)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fail(classify(err))
	}
	defer tx.Rollback()
	if err := checkClaims(ctx, tx, r.Claim); err != nil {
		return fail(err)
	}
	prev, err := latest(ctx, tx, r.Claim)
	if err != nil {
		return fail(err)
	}
	e := factcheck.Event{Action: factcheck.Amend, Ruling: factcheck.Ruling{Claim: r.Claim, Verdict: factcheck.Cleared,
		Reading: r.Reading, Note: r.Note, Evidence: r.Evidence, Checker: r.Checker}}
	if prev.ID != 0 {
		e.Verdict, e.SupersededBy, e.Outside = prev.Verdict, prev.SupersededBy, prev.Outside
	}
	if e.Reading != (factcheck.Reading{}) {
		orig, err := s.extracted(ctx, tx, r.Claim)
		if err != nil {
			return fail(err)
		}
		if orig == e.Reading {
			e.Reading = factcheck.Reading{} // as the extractor reads it
		}
	}
	if err := e.Validate(); err != nil {
		return fail(err)
	}
	if err := appendEvent(ctx, tx, &e); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(classify(err))
	}
	return e, nil
}

// extracted returns the extractor's reading of a claim.
func (s *Store) extracted(ctx context.Context, tx *tx, claim int64) (factcheck.Reading, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+claimColumns+" FROM claims AS c WHERE c.id = ?", claim)
	if err != nil {
		return factcheck.Reading{}, classify(err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return factcheck.Reading{}, classify(err)
		}
		return factcheck.Reading{}, fmt.Errorf("claim %d: %w", claim, factcheck.ErrNotFound)
	}
	var c factcheck.Record
	if err := newClaimScanner().scan(rows, &c); err != nil {
		return factcheck.Reading{}, err
	}
	return factcheck.ReadingOf(&c.Claim), nil
}

// ErrClaimExists is returned by AddClaim for a span the review holds a
// claim of already.
var ErrClaimExists = errors.New("the review holds this claim already")

// AddClaim stores a claim a checker found in an article that the
// extractor missed, and records it as an Add event signed r.Checker, with
// r.Note, r.Evidence and the checker's reading r.Reading (zero when the
// checker confirms the extractor's reading of the span, c's fields). c's
// span (Start, End, Text) must be in the article's text, and its
// sentence around it. It returns the event, whose Claim is the new
// claim's ID; ErrClaimExists (wrapping factcheck.ErrConflict) when the
// article has a claim of that span and text; factcheck.ErrNotFound for no
// such article. The claim is kept when its article is extracted again,
// and its article is grouped again.
func (s *Store) AddClaim(ctx context.Context, article int64, c factcheck.Claim, r factcheck.Ruling) (_ factcheck.Event, err error) {
	defer s.annotate(&err)
	fail := func(err error) (factcheck.Event, error) {
		return factcheck.Event{}, fmt.Errorf("add claim %q to article %d: %w", c.Text, article, err)
	}
	rd := factcheck.ReadingOf(&c)
	if err := rd.Validate(); err != nil {
		return fail(err)
	}
	text, err := s.ArticleText(ctx, article)
	if err != nil {
		return fail(err)
	}
	switch {
	case c.Text == "" || c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Text:
		return fail(fmt.Errorf("%w: %q is not at %d-%d of the article", factcheck.ErrNotFound, c.Text, c.Start, c.End))
	case c.SentenceStart < 0 || c.SentenceEnd > len(text) || c.SentenceStart > c.Start || c.SentenceEnd < c.End ||
		text[c.SentenceStart:c.SentenceEnd] != c.Sentence:
		return fail(fmt.Errorf("%w: the sentence is not around the claim", factcheck.ErrNotFound))
	}
	w, err := s.beginChange(ctx)
	if err != nil {
		return fail(err)
	}
	defer w.rollback()
	var exists bool
	if err := w.tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM claims
		WHERE article_id = ? AND span_start = ? AND span_end = ? AND text = ?)`, article, c.Start, c.End, c.Text).Scan(&exists); err != nil {
		return fail(classify(err))
	}
	if exists {
		return fail(fmt.Errorf("%w (%w)", ErrClaimExists, factcheck.ErrConflict))
	}
	e := factcheck.Event{Action: factcheck.Add, Ruling: r}
	e.Verdict, e.SupersededBy, e.Outside = factcheck.Cleared, 0, factcheck.Figure{}
	if e.Reading == rd {
		e.Reading = factcheck.Reading{}
	}
	err = w.tx.QueryRowContext(ctx, `INSERT INTO claims (article_id, span_start, span_end, text, `+claimFields+`)
		VALUES `+insertRows(1, claimCols)+` RETURNING id`,
		appendClaimFields([]any{article, c.Start, c.End, c.Text}, &c)...).Scan(&e.Claim)
	if err != nil {
		return fail(classify(err))
	}
	if err := e.Validate(); err != nil {
		return fail(err)
	}
	if err := appendEvent(ctx, w.tx, &e); err != nil {
		return fail(err)
	}
	// Grouping reads the claim whatever its reading.
	if _, err := w.exec(ctx, "UPDATE article_grouping SET grouped = 0, claims = claims + 1 WHERE article_id = ?", article); err != nil {
		return fail(err)
	}
	if err := w.commit(); err != nil {
		return fail(err)
	}
	return e, nil
}
