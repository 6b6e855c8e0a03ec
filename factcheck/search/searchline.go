package search

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
)

// A claim has two search lines. Its key line holds its own words and its
// value, as Value.String writes it (then the end value and the unit, if
// any):
//
//	TEXT | SUBJECT | VALUE
//
// Its full line adds its sentence and article:
//
//	TEXT | SUBJECT | SENTENCE | DOC
//
// where SENTENCE has the value written before the claim's text.
// So digits find numbers written in words ("2000000" finds "two million
// residents"), and, since fuzzy wants the query's runes in order and takes
// the leftmost ones it can, a query reads like the claim ("hostages",
// "200 hostages hamas") or like its sentence ("blnkn 2nd vist" finds
// "Blinken's [2] second visit"). NUL bytes are read as spaces.

// lineSep separates the fields of a line.
const lineSep = " | "

// The fields of a claim that a line holds.
const (
	noField = iota
	textField
	subjectField
	sentenceField
	docField
)

// A linePart is a piece of a line: s, from the given field of the claim
// at offset off, or from no field.
type linePart struct {
	s     string
	field int
	off   int
}

// lineLen returns the length of c's key line, or of its full line.
func lineLen(c *factcheck.Claim, key bool) int {
	n := 0
	for _, part := range lineParts(c, valueField(c), key) {
		n += len(part.s)
	}
	return n
}

// writeLine writes c's key or full line into b, which is lineLen(c, key)
// long, with each NUL byte as a space (fuzzy stops at NUL).
func writeLine(b []byte, c *factcheck.Claim, key bool) {
	n := 0
	for _, part := range lineParts(c, valueField(c), key) {
		n += copy(b[n:], part.s)
	}
	for i := bytes.IndexByte(b, 0); i >= 0; {
		b[i] = ' '
		j := bytes.IndexByte(b[i+1:], 0)
		if j < 0 {
			break
		}
		i += 1 + j
	}
}

// lineParts returns the parts of c's key or full line in order; value is
// valueField(c).
func lineParts(c *factcheck.Claim, value string, key bool) [9]linePart {
	if key {
		return [9]linePart{{c.Text, textField, 0}, {lineSep, noField, 0}, {c.Subject, subjectField, 0}, {lineSep, noField, 0},
			{strings.TrimSuffix(value, " "), noField, 0}}
	}
	at := valueAt(c)
	return [9]linePart{
		{c.Text, textField, 0}, {lineSep, noField, 0},
		{c.Subject, subjectField, 0}, {lineSep, noField, 0},
		{c.Sentence[:at], sentenceField, 0}, {value, noField, 0}, {c.Sentence[at:], sentenceField, at},
		{lineSep, noField, 0}, {c.Doc, docField, 0},
	}
}

// valueField is the value as a line holds it, with the space after it.
func valueField(c *factcheck.Claim) string {
	s := c.Value.String()
	if c.EndValue != nil {
		s += " " + c.EndValue.String()
	}
	if c.Unit != "" {
		s += " " + c.Unit
	}
	return s + " "
}

// valueAt is where in c's sentence the value goes: where the claim's text
// starts, or the sentence's start when the text is not found in it.
func valueAt(c *factcheck.Claim) int {
	s := c.Sentence
	at := c.Start - c.SentenceStart
	if at < 0 || at > len(s) || !strings.HasPrefix(s[at:], c.Text) {
		at = max(0, strings.Index(s, c.Text))
	}
	if at < len(s) && !utf8.RuneStart(s[at]) {
		return 0
	}
	return at
}

// Marks holds the byte offsets of a hit's matched runes within the claim's
// fields, for highlighting. Matches in the value are left out.
type Marks struct {
	Text, Subject, Sentence, Doc []int
}

// Marks sorts h.Matched by the field of c, the hit's claim, they fall in.
func (h Hit) Marks(c *factcheck.Claim) Marks {
	var m Marks
	dst := [...]*[]int{noField: nil, textField: &m.Text, subjectField: &m.Subject, sentenceField: &m.Sentence, docField: &m.Doc}
	start, i := 0, 0
	for _, part := range lineParts(c, valueField(c), h.InClaim) {
		end := start + len(part.s)
		for ; i < len(h.Matched) && h.Matched[i] < end; i++ {
			if d := dst[part.field]; d != nil {
				*d = append(*d, part.off+h.Matched[i]-start)
			}
		}
		start = end
	}
	return m
}
