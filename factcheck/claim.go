// Package factcheck holds Factcheck's domain: the quantitative claims found in
// news articles, the verdicts a checker gives them, the suggestions made
// from their groups, and the CSV encoding of verdicts and history. The
// subsystems that work on these types are its subpackages, which import it
// (never the reverse): extract finds the claims of an article, group puts
// the claims about the same fact together and proposes verdicts, search
// finds claims by fuzzy text and filter, document decodes the files
// articles come in, and ingest brings them into a review.
//
// A claim is a span of an article that asserts a number a checker could
// verify: a count, a percentage, a sum of money, a measure, a duration, an
// ordinal or a date. Offsets are UTF-8 byte offsets, end exclusive, into
// a text file's own bytes, or into the text any other format (a web page,
// a PDF) was decoded to (see Format). The package knows nothing of storage
// or of the user interface.
package factcheck

import (
	"encoding/json"
	"strconv"
)

// Kind is what sort of quantity a claim states.
type Kind string

// The kinds of claim.
const (
	Count    Kind = "count"
	Percent  Kind = "percent"
	Money    Kind = "money"
	Measure  Kind = "measure"
	Duration Kind = "duration"
	Ordinal  Kind = "ordinal"
	Date     Kind = "date"
)

// Kinds lists every kind in display order.
var Kinds = []Kind{Count, Percent, Money, Measure, Duration, Ordinal, Date}

// Qualifier says how the stated number bounds the true one.
type Qualifier string

// The qualifiers.
const (
	Exact      Qualifier = "exact"
	Approx     Qualifier = "approx"
	LowerBound Qualifier = "lower_bound"
	UpperBound Qualifier = "upper_bound"
)

// Qualifiers lists every qualifier in display order.
var Qualifiers = []Qualifier{Exact, Approx, LowerBound, UpperBound}

// Value is a claim's value: a number, or for a date its ISO form
// ("2023-11-03", or "--11-03" when the year is unknown).
type Value struct {
	Num  float64
	Date string
}

// IsDate reports whether v holds a date.
func (v Value) IsDate() bool { return v.Date != "" }

// String formats v as CLAIMS.md prints it: the date, or the shortest decimal
// form of the number.
func (v Value) String() string {
	if v.Date != "" {
		return v.Date
	}
	return strconv.FormatFloat(v.Num, 'f', -1, 64)
}

// MarshalJSON encodes a date as a JSON string and a number as a JSON number.
func (v Value) MarshalJSON() ([]byte, error) {
	if v.Date != "" {
		return json.Marshal(v.Date)
	}
	return []byte(strconv.FormatFloat(v.Num, 'f', -1, 64)), nil
}

// UnmarshalJSON decodes what MarshalJSON encodes.
func (v *Value) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		v.Num = 0
		return json.Unmarshal(b, &v.Date)
	}
	v.Date = ""
	return json.Unmarshal(b, &v.Num)
}

// ParseValue reads the form String writes.
func ParseValue(s string) (Value, error) {
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		return Value{Num: n}, nil
	}
	if len(s) == 10 || len(s) == 7 {
		return Value{Date: s}, nil
	}
	return Value{}, &strconv.NumError{Func: "ParseValue", Num: s, Err: strconv.ErrSyntax}
}

// A Claim is one quantitative claim in an article.
type Claim struct {
	Doc       string    `json:"doc"`   // the article file's base name
	Start     int       `json:"start"` // byte offset of the claim in the file
	End       int       `json:"end"`   // end of the claim, exclusive
	Text      string    `json:"text"`  // the claim's text, decoded to UTF-8
	Value     Value     `json:"value"`
	EndValue  *Value    `json:"end_value"` // last value of a range, or nil
	Unit      string    `json:"unit"`      // ISO currency, measure or duration unit, or ""
	Kind      Kind      `json:"kind"`
	Qualifier Qualifier `json:"qualifier"`
	Subject   string    `json:"subject"` // what is counted or measured

	Sentence      string `json:"sentence"` // the whole source sentence
	SentenceStart int    `json:"sentence_start"`
	SentenceEnd   int    `json:"sentence_end"`
}

// Key identifies a claim across re-extractions of the same article bytes:
// the article's content hash, the byte span and the text.
func (c *Claim) Key(articleHash string) string {
	return articleHash + ":" + strconv.Itoa(c.Start) + "-" + strconv.Itoa(c.End) + ":" + c.Text
}

// MarshalJSON writes the claim as one CLAIMS.md row, fields in its order,
// with null for an empty unit and a missing end value.
func (c Claim) MarshalJSON() ([]byte, error) {
	var unit *string
	if c.Unit != "" {
		unit = &c.Unit
	}
	return json.Marshal(struct {
		Doc           string    `json:"doc"`
		Start         int       `json:"start"`
		End           int       `json:"end"`
		Text          string    `json:"text"`
		Value         Value     `json:"value"`
		EndValue      *Value    `json:"end_value"`
		Unit          *string   `json:"unit"`
		Kind          Kind      `json:"kind"`
		Qualifier     Qualifier `json:"qualifier"`
		Subject       string    `json:"subject"`
		Sentence      string    `json:"sentence"`
		SentenceStart int       `json:"sentence_start"`
		SentenceEnd   int       `json:"sentence_end"`
	}{c.Doc, c.Start, c.End, c.Text, c.Value, c.EndValue, unit, c.Kind, c.Qualifier, c.Subject,
		c.Sentence, c.SentenceStart, c.SentenceEnd})
}
