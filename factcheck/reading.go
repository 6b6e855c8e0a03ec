package factcheck

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
)

// A Reading is what a claim states, in CLAIMS.md's normal forms: the
// fields the extractor reads from the claim's text. A checker who reads a
// claim otherwise records an amendment (an Amend event) holding the whole
// Reading; from then on the review, grouping and the exports use it, and
// the extractor's stays visible as the original. The zero Reading stands
// for "the extractor's reading".
type Reading struct {
	Kind      Kind
	Value     Value
	EndValue  Value // the last value of a range, when Range
	Range     bool
	Unit      string // ISO currency, measure or duration unit, or ""
	Qualifier Qualifier
	Subject   string // what is counted or measured
}

// ErrBadReading is wrapped by Reading.Validate and Figure.Validate.
var ErrBadReading = errors.New("not a reading of a claim")

// ReadingOf returns the reading c holds.
func ReadingOf(c *Claim) Reading {
	r := Reading{Kind: c.Kind, Value: c.Value, Unit: c.Unit, Qualifier: c.Qualifier, Subject: c.Subject}
	if c.EndValue != nil {
		r.EndValue, r.Range = *c.EndValue, true
	}
	return r
}

// MarshalJSON writes the reading as a claim's fields are written (see
// Claim.MarshalJSON): kind, value, end_value (null unless a range), unit
// (null when none), qualifier and subject.
func (r Reading) MarshalJSON() ([]byte, error) {
	var end *Value
	if r.Range {
		end = &r.EndValue
	}
	var unit *string
	if r.Unit != "" {
		unit = &r.Unit
	}
	return json.Marshal(struct {
		Kind      Kind      `json:"kind"`
		Value     Value     `json:"value"`
		EndValue  *Value    `json:"end_value"`
		Unit      *string   `json:"unit"`
		Qualifier Qualifier `json:"qualifier"`
		Subject   string    `json:"subject"`
	}{r.Kind, r.Value, end, unit, r.Qualifier, r.Subject})
}

// IsZero reports whether r is the zero Reading: no amendment.
func (r Reading) IsZero() bool { return r == Reading{} }

// Apply sets c's fields to the reading's.
func (r Reading) Apply(c *Claim) {
	c.Kind, c.Value, c.Unit, c.Qualifier, c.Subject = r.Kind, r.Value, r.Unit, r.Qualifier, r.Subject
	c.EndValue = nil
	if r.Range {
		end := r.EndValue
		c.EndValue = &end
	}
}

// dateForm is CLAIMS.md's form of a date value: 2023-11-03, or --11-03
// when the year is unknown.
var dateForm = regexp.MustCompile(`^(\d{4}-|--)(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)

// Validate reports what is wrong with r, wrapping ErrBadReading: a
// reading has one of Kinds and a qualifier; a date claim's values are
// dates in CLAIMS.md's form and any other claim's are finite numbers; a
// range ends above where it starts.
func (r *Reading) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadReading, fmt.Sprintf(format, a...))
	}
	switch {
	case !slices.Contains(Kinds, r.Kind):
		return bad("kind %q", r.Kind)
	case !slices.Contains(Qualifiers, r.Qualifier):
		return bad("qualifier %q", r.Qualifier)
	}
	values := []Value{r.Value}
	if r.Range {
		values = append(values, r.EndValue)
	} else if r.EndValue != (Value{}) {
		return bad("an end value without a range")
	}
	for _, v := range values {
		if err := validValue(v, r.Kind == Date); err != nil {
			return err
		}
	}
	if r.Range && r.Kind != Date && r.EndValue.Num <= r.Value.Num {
		return bad("a range from %s to %s", r.Value, r.EndValue)
	}
	if strings.ContainsAny(r.Unit, "\n\r\t") {
		return bad("unit %q", r.Unit)
	}
	return nil
}

// validValue checks that v is a date in CLAIMS.md's form when date, else
// a finite number.
func validValue(v Value, date bool) error {
	switch {
	case date && !dateForm.MatchString(v.Date):
		return fmt.Errorf("%w: a date is written 2023-11-03, or --11-03 when the year is unknown, not %q", ErrBadReading, v.Date)
	case !date && v.Date != "":
		return fmt.Errorf("%w: %q is a date, and the claim is not", ErrBadReading, v.Date)
	case !date && (math.IsNaN(v.Num) || math.IsInf(v.Num, 0)):
		return fmt.Errorf("%w: value %v", ErrBadReading, v.Num)
	}
	return nil
}

// A Figure is a figure from outside the review that supersedes a claim: a
// newer toll from an agency's site, a corrected count in a press release.
// The zero Figure stands for none.
type Figure struct {
	Value  Value  `json:"value"`  // in CLAIMS.md's normal form, as a claim's
	Unit   string `json:"unit"`   // as a claim's unit; "" for a count
	Date   string `json:"date"`   // when the figure was given, YYYY-MM-DD; "" when unknown
	Source string `json:"source"` // where it was given: a URL, or a citation
}

// IsZero reports whether f is the zero Figure.
func (f Figure) IsZero() bool { return f == Figure{} }

// Validate reports what is wrong with f, wrapping ErrBadReading: a figure
// has a finite number, or a date, for its value, a source, and a date, if
// any, in the form 2023-11-03.
func (f *Figure) Validate() error {
	if err := validValue(f.Value, f.Value.Date != ""); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(f.Source) == "":
		return fmt.Errorf("%w: an outside figure needs its source", ErrBadReading)
	case f.Date != "" && (!dateForm.MatchString(f.Date) || strings.HasPrefix(f.Date, "--")):
		return fmt.Errorf("%w: the figure's date is written 2023-11-03, not %q", ErrBadReading, f.Date)
	}
	return nil
}

// String writes the figure as a checker reads it: "18,000", "42 USD".
func (f Figure) String() string {
	v := f.Value.String()
	if !f.Value.IsDate() {
		v = groupThousands(v)
	}
	if f.Unit == "" {
		return v
	}
	return v + " " + f.Unit
}

// groupThousands writes the whole part of decimal number s with commas
// between its thousands, as a checker typed it: "1100" is "1,100",
// "-24500.5" is "-24,500.5".
func groupThousands(s string) string {
	sign, rest := "", s
	if strings.HasPrefix(rest, "-") {
		sign, rest = "-", rest[1:]
	}
	whole, frac, _ := strings.Cut(rest, ".")
	if frac != "" {
		frac = "." + frac
	}
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return sign + b.String() + frac
}
