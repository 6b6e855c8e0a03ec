package extract

import (
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// setDates sets the date of c, month m and day d, and the end of its range,
// end (none when end.D is 0); y is the year the text gives the range's end,
// or 0. A range whose last month comes before its first runs into the
// next year ("Dec 28 - Jan 3").
func (x *extractor) setDates(c *claimParts, m, d int, end calendar.Date, y int) {
	wraps := end.D != 0 && end.M < m
	t := calendar.Date{Y: y, M: m, D: d}
	switch {
	case y == 0 && wraps:
		// the year of its end, nearest the article's date, and the one
		// before: "between Sept 9 and March 6" in a June is of last
		// September
		t = x.withYear(end.M, end.D)
		t.M, t.D = m, d
		if t.Y != 0 {
			t.Y--
		}
	case y == 0:
		t = x.withYear(m, d)
		if x.eq(c.first-1, wSince) && x.pub.Y != 0 && t.Rough() > x.pub.Rough() {
			t.Y-- // "protests since Aug. 1", in March: the August before
		}
		if x.eq(c.first-1, wNext) && x.pub.Y != 0 && t.Rough() < x.pub.Rough() {
			t.Y++ // "next January Two", in April: the January after
		}
	case wraps:
		t.Y--
	}
	c.date = t.ISO()
	if end.D != 0 {
		end.Y = t.Y
		if wraps && t.Y != 0 {
			end.Y++
		}
		c.endDate = end.ISO()
	}
}

// gluedSlash reports whether token k is a slash with no space on either
// side: "April 20/May 5", a shipment's window of days.
func (x *extractor) gluedSlash(k int) bool {
	return x.tokIs(k, tPunct) && x.mark(k) == '/' && x.toks[k].flags&fSpace == 0 && k+1 < len(x.toks) && x.toks[k+1].flags&fSpace == 0
}

// changedFigureBefore reports whether the claim just before the date at
// token i, in its sentence, is a figure other than a date: what a change
// in the clause changed, the dates after it a period.
func (x *extractor) changedFigureBefore(i int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind != factcheck.Date && x.tokenAfter(p) > x.sentenceStartBefore(i) && x.tokenAfter(p) <= i
}

// monthRangeEnd reads the end of a range of days that runs into another
// month, at token k after a date in month m: "to April 2", "- Jan 3",
// "through 2 April", "until Sunday 16th April" (not after a change: "extended
// from March 17 until March 24", unless the change was of a figure before
// the dates: "cut the price to 1.5 cts from 2.5 cts from June 22 until
// July 22"), or after "between" "and April 2". monthFirst says the
// text writes the month before the day ("March 30 to April 2"), as the
// first date does. The end must come
// later: in a later month of the year, or in the new year after the last
// months of one ("Dec 28 - Jan 3"), or after "between" or "from" in any
// earlier month, of the next year ("between Sept 9 and March 6", "from
// November 1 to May 31"), or on a later day d of the month said
// again after a word ("March 1 through March 5"; but "changed from March
// 12 to March 16" and "from June 30 to December 31" after a verb of change
// are changes, and "March 23 - March 31, 1986" a
// dateline and a date). i is the first date's first token. It returns the
// end (D 0 for none) and the index after it, or k.
func (x *extractor) monthRangeEnd(i, k, m, d int, monthFirst bool, between bool) (calendar.Date, int) {
	at := k // the word or mark that joins the days
	if x.mark(at) == ',' && (x.eq(at+1, wTo) || x.eq(at+1, wThrough) || x.eq(at+1, wUntil)) &&
		x.mark(i-1) == ',' && x.tokIs(i-2, tWord) && x.toks[i-2].is(lexicon.Weekday) && x.eq(i-3, wFrom) {
		at++ // "from Thursday, May 22, to Monday, May 26": each day set off by commas after its weekday
	}
	until := (x.eq(at, wUntil) || x.eq(at, wTill)) && (!x.changeInClause(i) || x.changedFigureBefore(i))
	joined := !between && x.eq(at, wAnd) // "on March 31 and April 1": two days in a row, one range
	if !(x.eq(at, wTo) || x.eq(at, wThrough) || x.tokIs(at, tPunct) && isDash(x.str(at)) || between && x.eq(at, wAnd) || until || x.gluedSlash(at) || joined) {
		return calendar.Date{}, k
	}
	e := at // the token before the end's date
	if (until || x.eq(at, wTo) || x.eq(at, wThrough)) && x.tokIs(e+1, tWord) && (x.toks[e+1].is(lexicon.Weekday) || weekdayAbbreviated(x.str(e+1))) {
		e++ // "Wednesday 12th April until Sunday 16th April", "from Thursday 28 March to Monday 1 April", "from Mon 3 Nov to Fri 7 Nov": a run of days
		if x.mark(e+1) == ',' {
			e++ // "to Monday, May 26"
		}
	}
	var m2, d2, j int
	if monthFirst {
		m2, j = x.monthAt(e + 1)
		if m2 != 0 {
			if d2, j = x.dayAt(j); d2 == 0 && x.tokIs(j, tNum) && x.proseWraps(j) {
				d2, j = x.dayDigits(j) // "from March 15th to March\n28th": a wrapped line
			}
			if d2 == 0 {
				d2, j = x.dayWordAt(j) // "from April Six through August Three"
			}
			if n := x.dayWord(j); d2 == 0 && x.eq(i-1, wFrom) && n != 0 {
				d2, j = n, j+1 // "from April one to May one of 68 cts": a range's end, whatever follows it
			}
		}
	} else {
		if x.eq(e+1, wThe) && x.eq(i-1, wThe) {
			e++ // "from the 1st of April to the 30th of September"
		}
		d2, j = x.dayAt(e + 1)
		if d2 != 0 {
			m2, j = x.monthAt(x.skipOf(j))
		}
	}
	end := calendar.Date{M: m2, D: d2}
	if joined && (!(m2 == m%12+1 && d2 == 1 && d == calendar.DaysIn(m, 0)) || x.eqText(j, "respectively") || x.mark(j) == ',' && x.eqText(j+1, "respectively")) {
		// (but "on March 3 and April 14" are two days, "to open on March 31
		// and April 1, respectively" two days of two things, and "May 4
		// and 5" the days of one month, read before)
		return calendar.Date{}, k
	}
	again := m2 == m && d2 > d && x.tokIs(at, tWord) && !x.dateMoved(i)
	// a span glued by a dash or a slash runs on into the next year:
	// "cumulative exports for July 1-March 13", a crop year's
	glued := m2 < m && x.tokIs(at, tPunct) && (isDash(x.str(at)) || x.mark(at) == '/') && x.toks[at].flags&fSpace == 0 && at+1 < len(x.toks) && x.toks[at+1].flags&fSpace == 0
	// a year's span from a first of the month to the last day of the
	// month before: "the fiscal year runs July 1 to June 30"
	wholeYear := d == 1 && m2 == (m+10)%12+1 && d2 == calendar.DaysIn(m2, 0) && m2 != 2
	// a season told "from" one day "to" an earlier month's runs into the
	// next year: "banned from November 1 to May 31"
	season := x.eq(i-1, wFrom) && m2 < m && !x.tokIs(at, tPunct)
	if m2 == 0 || d2 == 0 || !end.Valid() || !(m2 > m || m >= 10 && m2 <= 3 || between && m2 < m || again || glued || wholeYear || season) || x.eq(at, wTo) && (x.dateMoved(i) || x.eq(i-1, wThe) && x.dateMoved(i-1)) {
		// "changed its fiscal year-end from June 30 to December 31": a
		// change, two dates
		return calendar.Date{}, k
	}
	return end, j
}
