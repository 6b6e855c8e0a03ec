package extract

import (
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// numericDate reads a date in digits at token i: "2001-09-11", "11/09/2001"
// (day and month in the document's order, dateOrder).
func (x *extractor) numericDate(i int) int {
	if !x.tokIs(i+4, tNum) || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
		x.toks[i+3].flags&fSpace != 0 || x.toks[i+4].flags&fSpace != 0 || !x.tokIs(i+2, tNum) {
		return i
	}
	sep := x.str(i + 1)
	if (sep != "-" && sep != "/") || x.str(i+3) != sep {
		return i
	}
	a, b, c := x.str(i), x.str(i+2), x.str(i+4)
	if !allDigits(a) || !allDigits(b) || !allDigits(c) || x.tokIs(i+5, tNum) && x.toks[i+5].flags&fSpace == 0 {
		return i
	}
	var t calendar.Date
	switch {
	case sep == "-" && len(a) == 4 && len(b) == 2 && len(c) == 2:
		t, _ = calendar.ParseISO(a + "-" + b + "-" + c)
	case sep == "/" && len(a) == 4 && len(b) <= 2 && len(c) <= 2:
		// "2015/08/12": year first, then month and day
		y, _ := strconv.Atoi(a)
		m, _ := strconv.Atoi(b)
		d, _ := strconv.Atoi(c)
		t = calendar.Date{Y: y, M: m, D: d}
	case sep == "/" && len(a) <= 2 && len(b) <= 2 && (len(c) == 4 || len(c) == 2):
		y, _ := strconv.Atoi(c)
		if len(c) == 2 {
			y += 2000
			if y > 2040 {
				y -= 100
			}
		}
		d, _ := strconv.Atoi(a)
		m, _ := strconv.Atoi(b)
		if x.dateOrder() == monthFirst {
			m, d = d, m
		}
		t = calendar.Date{Y: y, M: m, D: d}
	}
	if !t.Valid() || t.Y == 0 {
		return i
	}
	cp := claimParts{first: i, last: i + 5, unitKind: factcheck.Date, qual: factcheck.Exact, date: t.ISO()}
	x.emit(&cp)
	return i + 5
}

// dateOrder returns the order of day and month in the document's numeric
// dates ("15/4/2019", "2/5/2019"): the one that makes all of them valid,
// else the one its dates in words follow ("March 5" is American, month
// first), else day first.
func (x *extractor) dateOrder() int8 {
	if x.order != 0 {
		return x.order
	}
	dayOK, monthOK := true, true
	words := 0 // dates in words: month first minus day first
	for i := range x.toks {
		if x.toks[i].is(lexicon.Month) && x.toks[i].flags&fUpper != 0 {
			if x.tokIs(i+1, tNum) && len(x.str(i+1)) <= 2 {
				words++
			}
			if x.tokIs(i-1, tNum) && len(x.str(i-1)) <= 2 {
				words--
			}
		}
		if !x.tokIs(i, tNum) || !x.tokIs(i+2, tNum) || !x.tokIs(i+4, tNum) || x.str(i+1) != "/" || x.str(i+3) != "/" {
			continue
		}
		a, _ := strconv.Atoi(x.str(i))
		b, _ := strconv.Atoi(x.str(i + 2))
		dayOK = dayOK && b <= 12
		monthOK = monthOK && a <= 12
	}
	switch {
	case !dayOK && monthOK, dayOK && monthOK && words > 0:
		x.order = monthFirst
	default:
		x.order = dayFirst
	}
	return x.order
}
