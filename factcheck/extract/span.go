package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// ReadSpan returns the claim a checker marks in an article's text, the
// span [start, end) (byte offsets), as the extractor reads it: the span,
// the sentence around it (from the end of the previous sentence or line
// to the end of its own), and the reading (kind, value, unit, qualifier,
// subject) of the first claim the extractor finds in the span alone.
// When it finds none, the reading is an exact count of the span's first
// number, in digits or words ("One activist": 1; 0 when it has none), or
// an ordinal of its first ordinal word ("first aid package": 1), for the
// checker to amend; a weekday alone ("Friday", "on Tuesday", "this
// Friday") is a date (weekdayDate). published gives dates their year, as
// in ParseArticle. The span must lie in text.
func ReadSpan(text string, start, end int, published string) factcheck.Claim {
	c := factcheck.Claim{Start: start, End: end, Text: text[start:end], Kind: factcheck.Count, Qualifier: factcheck.Exact}
	c.SentenceStart, c.SentenceEnd = sentenceAround(text, start, end)
	c.Sentence = text[c.SentenceStart:c.SentenceEnd]
	if claims, _ := extract("", c.Text, published); len(claims) > 0 {
		factcheck.ReadingOf(&claims[0]).Apply(&c)
		return c
	}
	x := &extractor{text: c.Text}
	x.toks = tokenize(c.Text, nil)
	if d, ok := x.weekdayDate(published); ok {
		c.Kind, c.Value = factcheck.Date, factcheck.Value{Date: d}
		return c
	}
	for k := range x.toks {
		if n, ok := x.numberAt(k); ok {
			c.Value.Num = n.value // "One activist": 1
			return c
		}
		if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Ordinal) {
			c.Kind, c.Value.Num = factcheck.Ordinal, x.toks[k].entry().Num // "first aid package": a rank, 1
			return c
		}
	}
	if i := strings.IndexFunc(c.Text, unicode.IsDigit); i >= 0 {
		j := i
		for j < len(c.Text) && (c.Text[j] >= '0' && c.Text[j] <= '9' || c.Text[j] == '.' || c.Text[j] == ',') {
			j++
		}
		if n, err := strconv.ParseFloat(strings.TrimRight(strings.ReplaceAll(c.Text[i:j], ",", ""), "."), 64); err == nil {
			c.Value.Num = n
		}
	}
	return c
}

// sentenceAround returns the bounds of the sentence holding [start, end):
// after the last ". ", "! ", "? " or line break before start, to the
// first of them at or after end (its punctuation kept), blanks trimmed.
func sentenceAround(text string, start, end int) (int, int) {
	from := 0
	for i := start - 1; i > 0; i-- {
		if text[i] == '\n' || unicode.IsSpace(rune(text[i])) && strings.ContainsRune(".!?", rune(text[i-1])) {
			from = i + 1
			break
		}
	}
	to := len(text)
	for i := end; i < len(text); i++ {
		if text[i] == '\n' {
			to = i
			break
		}
		if strings.ContainsRune(".!?", rune(text[i])) && (i+1 == len(text) || unicode.IsSpace(rune(text[i+1]))) {
			to = i + 1
			break
		}
	}
	for from < start && unicode.IsSpace(rune(text[from])) {
		from++
	}
	for to > end && unicode.IsSpace(rune(text[to-1])) {
		to--
	}
	return from, to
}

// weekdayDate reads a text that is a weekday and the words that place it,
// "Tuesday", "on Tuesday", "last Tuesday", "this Friday", "next Monday",
// as the day of that name on or before the publication date published
// ("YYYY-MM-DD"), or on or after it after "this" or "next", in ISO form:
// a news report's "on Tuesday" is the Tuesday before it. It returns ""
// and true for a weekday without a publication date, and false for any
// other text.
func (x *extractor) weekdayDate(published string) (string, bool) {
	ahead := false
	k := 0
	switch {
	case x.eq(k, wOn), x.eq(k, wLast):
		k++
	case x.eq(k, wThis), x.eq(k, wNext):
		ahead = true
		k++
	}
	if k != len(x.toks)-1 || !x.tokIs(k, tWord) || !x.toks[k].is(lexicon.Weekday) {
		return "", false
	}
	day, ok := weekdays[x.lowerAt(k)]
	if !ok {
		return "", false
	}
	t, err := time.Parse(time.DateOnly, published)
	if err != nil {
		return "", true
	}
	shift := int(day) - int(t.Weekday()) // days from the publication date to the weekday, in (-7, 7)
	switch {
	case ahead && shift < 0:
		shift += 7
	case !ahead && shift > 0:
		shift -= 7
	}
	return t.AddDate(0, 0, shift).Format(time.DateOnly), true
}

// weekdays maps the weekdays' names, lower case, to their days.
var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}
