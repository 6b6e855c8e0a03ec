package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// shortSeason reads a season or fiscal year in two digits each at token i,
// the second the year after the first, where a word before or after makes
// it one: "grain imports in 86/87", "the 04/05 season" (1986 to 1987,
// 2004 to 2005: the century of the nearer). It returns i when there is
// none.
func (x *extractor) shortSeason(i int) int {
	if !x.tokIs(i+2, tNum) || x.mark(i+1) != '/' || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 || x.gluedAfter(i+3) {
		return i
	}
	sa, sb := x.str(i), x.str(i+2)
	if len(sa) != 2 || len(sb) != 2 || !allDigits(sa) || !allDigits(sb) {
		return i
	}
	a, _ := strconv.Atoi(sa)
	b, _ := strconv.Atoi(sb)
	if b != (a+1)%100 {
		return i
	}
	before, after := x.lowerAt(max(i-1, 0)), x.lowerAt(min(i+3, len(x.toks)-1))
	switch {
	case i > 0 && (before == "in" || before == "for" || before == "fiscal" || before == "season" || before == "crop" || before == "of" || before == "during"):
	case after == "crop" || after == "crops" || after == "season" || after == "seasons" || after == "campaign" || after == "budget":
	default:
		return i
	}
	y := 2000 + a
	if y > 2040 {
		y -= 100
	}
	c := claimParts{first: i, last: i + 3, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(y), endDate: strconv.Itoa(y + 1)}
	x.emit(&c)
	return c.last
}

// numericDate reads a date in digits at token i: "2001-09-11",
// "2015/08/12", and with day and month in the document's order
// (dateOrder) "11/09/2001", "11/09/01", "11-09-2001", "11.09.2001".
func (x *extractor) numericDate(i int) int {
	if k := x.daysOfMonthSlash(i); k > i {
		return k
	}
	if m, d, ok := x.dottedDayMonth(i); ok {
		c := claimParts{first: i, last: i + 2, unitKind: factcheck.Date, qual: factcheck.Exact}
		var end calendar.Date
		if k := i + 2; x.eq(k, wTo) || x.eq(k, wUntil) || x.tokIs(k, tPunct) && isDash(x.str(k)) {
			if m2, d2, ok := x.dottedDayMonth(k + 1); ok && (m2 != m || d2 > d) {
				end, c.last = calendar.Date{M: m2, D: d2}, k+3 // "set for 15.02. to 17.02."
			}
		}
		return x.emitDate(&c, m, d, end, 0)
	}
	var t calendar.Date
	last := i + 5
	if d, k, ok := x.digitDate(i); ok {
		t, last = d, k
	} else if a, b, ok := x.yearlessDate(i); ok {
		d, m := x.inOrder(a, b)
		if a <= 12 && b <= 12 && !x.orderFixed && !x.orderByOutlet {
			// "on 3/4": March or April, with nothing to tell, but for a
			// range's end that tells it: "running 3/1 through 4/30"
			switch a2, b2, ok := x.yearlessAt(i + 4); {
			case x.weekdayBefore(i) || x.paddedPair(i):
				// "on Friday 7/6", "sit the exam on 06/12": a day, read in
				// the text's order or, with nothing to tell, day first
				// (CLAIMS.md); a zero-padded pair is no fraction
			case ok && a2 == a && b2 > b && x.daysDashed(i):
				d, m = b, a // "conducted 10/12-10/14": days of one month, the month said first twice
			case ok && b2 == b && a2 > a && x.daysDashed(i):
				d, m = a, b // "fieldwork 3/4-6/4": the month said second twice
			case !ok && x.firmDayWord(i-1) && !(x.tokIs(i+3, tWord) && (x.toks[i+3].is(lexicon.Month) || x.toks[i+3].flags&fUpper == 0 && !x.toks[i+3].is(lexicon.Stop))):
				// "starts on 11/3", "effective 7/1": a day after a word that
				// takes no fraction, read in the text's order (dateOrder:
				// day first with nothing to tell, as CLAIMS.md has it); but
				// "on 4/5 June" are two days of the month after them, and
				// "on 5/1 adjustable mortgages" names a loan
			case !ok || !(x.eq(i+3, wTo) || x.eq(i+3, wThrough) || x.eq(i+3, wUntil)):
				return i
			case b2 > 12 && a2 <= 12:
				d, m = b, a
			case a2 > 12 && b2 <= 12:
				d, m = a, b
			case forwardOrder(a, b, a2, b2) != 0:
				// "runs 10/8 through 11/3": the one order in which the
				// range runs forward
				d, m = b, a
				if forwardOrder(a, b, a2, b2) == dayFirst {
					d, m = a, b
				}
			default:
				return i
			}
		}
		if !(calendar.Date{M: m, D: d}).Valid() {
			return i
		}
		if a < b && x.eq(i-1, wBy) && x.tokIs(i-2, tWord) && changeWord(x.spAt(i-2)) {
			return i // "dropped by 1/3 to 4,100 t": a change's fraction, no day
		}
		c := claimParts{first: i, last: i + 3, unitKind: factcheck.Date, qual: factcheck.Exact}
		var end calendar.Date
		if k := i + 3; (x.eq(k, wTo) || x.eq(k, wThrough) || x.eq(k, wUntil) || x.eq(k, wAnd) && x.eq(i-1, wBetween) || x.tokIs(k, tPunct) && isDash(x.str(k))) && x.tokIs(k+1, tNum) {
			// "from 12/03 to 12/09", "between 4/9 and 4/11": one range;
			// "from 11/1 through 3/15" runs into the next year (setDates)
			if a2, b2, ok := x.yearlessAt(k + 1); ok {
				d2, m2 := a2, b2 // the end in the start's order
				if m == a && d == b {
					d2, m2 = b2, a2
				}
				if (calendar.Date{M: m2, D: d2}).Valid() && (m2 != m || d2 > d) {
					end, c.last = calendar.Date{M: m2, D: d2}, k+4
				}
			}
		}
		return x.emitDate(&c, m, d, end, 0) // "due on 15/04": the year of the nearest reading
	} else {
		t, last = x.yearFirstDate(i)
	}
	if !t.Valid() || t.Y == 0 {
		return i
	}
	cp := claimParts{first: i, last: last, unitKind: factcheck.Date, qual: factcheck.Exact, date: t.ISO()}
	if end, k := x.numericDateEnd(i, last, t); k > last {
		cp.endDate, cp.last = end.ISO(), k // "between 3/2/2021 and 15/8/2022": one range
		if x.eq(i-1, wBetween) {
			cp.first = i - 1
		}
	}
	x.emit(&cp)
	return cp.last
}

// dottedDayMonth reads at token i a day and a month in digits, each
// ended by a full stop, as German, Nordic and Central European papers
// write them: "on 4.1., the coldest", "set for 15.02. to 17.02."; after a
// word in small letters, the last stop glued, and no sentence beginning
// after it (a comma, a semicolon, a dash or a word in small letters
// follows), so no decimal ends a sentence ("The rate was 4.1."). It
// returns the month and the day.
func (x *extractor) dottedDayMonth(i int) (m, d int, ok bool) {
	s := x.str(i)
	a, b, found := strings.Cut(s, ".")
	if !found || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) || x.mark(i+1) != '.' || x.toks[i+1].flags&fSpace != 0 || i+2 >= len(x.toks) ||
		!x.tokIs(i-1, tWord) || x.toks[i-1].flags&fUpper != 0 {
		return 0, 0, false // (but "Release 1.1. that offers": a version, named)
	}
	if next := &x.toks[i+2]; !(x.mark(i+2) == ',' || x.mark(i+2) == ';' || x.tokIs(i+2, tPunct) && isDash(x.str(i+2)) || next.class == tWord && next.flags&fUpper == 0) || next.flags&fNewline != 0 {
		return 0, 0, false
	}
	d, _ = strconv.Atoi(a)
	m, _ = strconv.Atoi(b)
	return m, d, (calendar.Date{M: m, D: d}).Valid()
}

// paddedPair reports whether the numbers at tokens i and i+2 are two
// digits each, one of them padded with a zero, as a day and a month are
// written and no fraction is: "14/04", "06/12".
func (x *extractor) paddedPair(i int) bool {
	a, b := x.str(i), x.str(i+2)
	return len(a) == 2 && len(b) == 2 && (a[0] == '0' || b[0] == '0')
}

// daysDashed reports whether the day and month in digits at token i
// open a range whose end, of the same form, a dash joins with no space
// ("10/12-10/14", "10/12–10/14"), and no unit or share follows it, as a
// range of fractions takes one ("1/4-3/4 inch").
func (x *extractor) daysDashed(i int) bool {
	k := i + 3
	if !x.tokIs(k, tPunct) || !isDash(x.str(k)) || x.toks[k].flags&fSpace != 0 || x.toks[k+1].flags&fSpace != 0 {
		return false
	}
	after := i + 7
	return !(x.mark(after) == '%' || x.eq(after, wOf) || x.tokIs(after, tWord) && x.toks[after].is(lexicon.Measure|lexicon.Percent|lexicon.Currency|lexicon.Scale))
}

// yearFirstDate reads at token i a date in digits that gives its year
// first, then its month and day: "2001-09-11", "2015/08/12", "2017.01.05".
// It returns the date, valid or not, and the index after it, or i when
// there is none.
func (x *extractor) yearFirstDate(i int) (calendar.Date, int) {
	var a, b, c, sep string
	last := i + 5
	if s := x.str(i); strings.Count(s, ".") == 2 {
		f := strings.Split(s, ".") // "2017.01.05", one token
		a, b, c, sep, last = f[0], f[1], f[2], ".", i+1
	} else {
		if !x.tokIs(i+4, tNum) || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
			x.toks[i+3].flags&fSpace != 0 || x.toks[i+4].flags&fSpace != 0 || !x.tokIs(i+2, tNum) || x.str(i+1) != x.str(i+3) {
			return calendar.Date{}, i
		}
		a, b, c, sep = s, x.str(i+2), x.str(i+4), x.str(i+1)
	}
	if !allDigits(a) || !allDigits(b) || !allDigits(c) || x.tokIs(last, tNum) && x.toks[last].flags&fSpace == 0 || len(a) != 4 {
		return calendar.Date{}, i
	}
	y, _ := strconv.Atoi(a)
	switch {
	case (sep == "-" || sep == ".") && len(b) == 2 && len(c) == 2, sep == "/" && len(b) <= 2 && len(c) <= 2,
		// "2018-7-6", and "on 2015.5.13": a year of this era and its month and
		// day unpadded
		(sep == "-" || sep == "." && x.dayWordBefore(i)) && len(b) <= 2 && len(c) <= 2 && y >= 1900 && y < 2100:
		m, _ := strconv.Atoi(b)
		d, _ := strconv.Atoi(c)
		return calendar.Date{Y: y, M: m, D: d}, last
	}
	return calendar.Date{}, i
}

// numericDateEnd reads the end of a range that the date t in digits at
// tokens [i, j) opens: "to", "through", "until" or a dash, or "and" after
// "between", then a later date in digits of the same order ("from
// 1/3/2021 to 5/3/2021", "between 3/2/2021 and 15/8/2022",
// "01/06/2023-30/06/2023"; but not a date moved, dateMoved). It returns
// the end and the index after it, or j when there is none.
func (x *extractor) numericDateEnd(i, j int, t calendar.Date) (calendar.Date, int) {
	if !(x.eq(j, wTo) || x.eq(j, wThrough) || x.eq(j, wUntil) || x.tokIs(j, tPunct) && isDash(x.str(j)) || x.eq(j, wAnd)) || !x.tokIs(j+1, tNum) {
		return calendar.Date{}, j
	}
	if x.eq(j, wTo) && x.dateMoved(i) {
		return calendar.Date{}, j // "the deadline moved from 03/25/2024 to 04/02/2024": a date changed, two dates
	}
	end, k, ok := x.digitDate(j + 1)
	if !ok {
		end, k = x.yearFirstDate(j + 1) // "2015-08-12 through 2016-02-29"
		ok = k > j+1
	}
	if !ok || !end.Valid() || end.Y == 0 || end.Rough() <= t.Rough() {
		return calendar.Date{}, j
	}
	if x.eq(j, wAnd) && !x.eq(i-1, wBetween) && !(end.Y == t.Y && end.M == t.M && end.D == t.D+1) {
		return calendar.Date{}, j // but "on 12/08/2025 and 13/08/2025", two days running, are one span, as "November 1 and 2"
	}
	return end, k
}

// digitDate reads at token i a date in digits whose day and month may
// come in either order (dayMonthDigits), in the document's order
// (dateOrder). It returns the date, valid or not, and the index after it.
func (x *extractor) digitDate(i int) (calendar.Date, int, bool) {
	a, b, y, k, ok := x.dayMonthDigits(i)
	if !ok {
		return calendar.Date{}, i, false
	}
	d, m := a, b
	order := x.dateOrder()
	// "01.02.2025": dots, as Europe, India and Russia write dates, day
	// first unless the text's other dates fix the order ("Filed
	// 04.19.2021, heard 05.03.2021")
	dotted := strings.Count(x.str(i), ".") == 2 && !x.orderFixed
	if order == monthFirst && !dotted {
		m, d = d, m
	}
	return calendar.Date{Y: y, M: m, D: d}, k, true
}

// dayMonthDigits reads at token i a date in digits whose day and month
// may come in either order: "15/4/2019" or "15/4/19" with slashes,
// "15-04-2019" with hyphens (a year of four digits), "15.4.2019" or
// "15.04.19" with dots (a year of two digits only after two of each, or
// after a preposition of a day: "on 12.3.24"). It returns its first two numbers, the year and the
// index after it.
func (x *extractor) dayMonthDigits(i int) (a, b, y, last int, ok bool) {
	var sa, sb, sy string
	if s := x.str(i); strings.Count(s, ".") == 2 {
		// "15.04.2019", one token
		f := strings.Split(s, ".")
		sa, sb, sy, last = f[0], f[1], f[2], i+1
		if len(sy) == 2 && (len(sa) != 2 || len(sb) != 2) && !x.dayWordBefore(i) && !x.partOfDayBefore(i) {
			return // "3.5.12": a version's number (but "signed in Vienna on 12.3.24", "on the night of 7.11.19")
		}
	} else {
		if !x.tokIs(i+4, tNum) || !x.tokIs(i+2, tNum) || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
			x.toks[i+3].flags&fSpace != 0 || x.toks[i+4].flags&fSpace != 0 {
			return
		}
		sep := x.str(i + 1)
		if sep != x.str(i+3) || sep != "/" && sep != "-" {
			return
		}
		sa, sb, sy, last = s, x.str(i+2), x.str(i+4), i+5
		if sep == "-" && len(sy) != 4 && !(len(sy) == 2 && x.dayWordBefore(i)) {
			return // "12-10-8": a score or a tally (but "on 9-18-15" dates)
		}
	}
	if len(sa) > 2 || len(sb) > 2 || len(sy) != 2 && len(sy) != 4 || !allDigits(sa) || !allDigits(sb) || !allDigits(sy) ||
		x.tokIs(last, tNum) && x.toks[last].flags&fSpace == 0 {
		return
	}
	a, _ = strconv.Atoi(sa)
	b, _ = strconv.Atoi(sb)
	y, _ = strconv.Atoi(sy)
	if len(sy) == 2 {
		y += 2000
		if y > 2040 {
			y -= 100
		}
	}
	return a, b, y, last, a > 0 && b > 0
}

// dayWordBefore reports whether a preposition of a day stands just before
// token i: "on", "since", "until", "dated", "effective", "starting", "by",
// "through".
func (x *extractor) dayWordBefore(i int) bool {
	switch x.spAt(max(i-1, 0)) {
	case wOn, wSince, wUntil, wTill, wDated, wEffective, wStarting, wBeginning, wEnding, wBefore, wBy, wThrough: // (and "a subscription starting 15-12-24", "return them by 3-19-24")
		return i > 0
	}
	return false
}

// partOfDayBefore reports whether "the night of", "the morning of" or
// "the evening of" stands just before token i: a day follows.
func (x *extractor) partOfDayBefore(i int) bool {
	return x.eq(i-1, wOf) && (x.eq(i-2, wNight) || x.eq(i-2, wMorning) || x.eq(i-2, wEvening))
}

// firmDayWord reports whether the word at token k, before a day and a
// month in digits, names a day and never a fraction: "on", "until",
// "since", "dated", "effective" (but "by 1/3", "from 1/2 to 3/4" may
// be shares).
func (x *extractor) firmDayWord(k int) bool {
	switch x.spAt(k) {
	case wOn, wUntil, wTill, wSince, wDue, wDated, wEffective, wEffect, wStarting, wEnding, wEnded, wPosted, wPublished:
		return true
	}
	return false
}

// yearlessDate reads at token i a day and month in digits with a slash
// and no year, where a word of time stands before them ("on 15/04", "by
// 12/25", "until 3/11", "through 7/9", "between 4/9", "the week ending
// 3/16", "the week ended 11/14", "set for 3/22", "rescheduled for 3/14", "starting 24/03", "effective 7/1", "takes effect 5/1", "posted 1/9", "first
// reported 12/4", "as of 4/20", "applications close 31/12",
// "the night of 4/9") or "and" after another ("on 12/03 and 05/04").
// Elsewhere such a pair may be a fraction, a score or a slogan ("24/7").
// It returns its two numbers; numericDate reads them as a date when one
// is above 12, or the document's other numeric dates, its dates in words,
// its dateline or a range that runs forward in one order only fix the
// order.
func (x *extractor) yearlessDate(i int) (a, b int, ok bool) {
	if i < 2 {
		return 0, 0, false
	}
	if x.weekdayBefore(i) {
		return x.yearlessAt(i) // "Friday 7/6", "on Tuesday, 22/6"
	}
	switch x.spAt(i - 1) {
	case wOn, wBy, wUntil, wTill, wSince, wFrom, wBefore, wAfter, wDue, wDated, wThrough, wEnding, wEnded, wStarting, wBeginning, wEffective,
		wPosted, wPublished, wReported, wAnnounced, wEffect, wEnds, wCloses, wClose, wStarts, wBegins, wOpens, wExpires:
	case wFor:
		switch x.spAt(i - 2) {
		case wSet, wScheduled: // "is set for 3/22", "scheduled for 11/14"
		default:
			if !x.eqText(i-2, "slated") && !x.eqText(i-2, "planned") && !x.eqText(i-2, "rescheduled") && !x.eqText(i-2, "postponed") && !x.eqText(i-2, "booked") && !x.paddedPair(i) {
				return 0, 0, false // "voted for 3/4", "for 24/7" (but "called a meeting for 14/04")
			}
		}
	case wBetween:
		if _, _, ok := x.yearlessAt(i + 4); !ok || !x.eq(i+3, wAnd) {
			return 0, 0, false // "between 1/4 and 1/3 of voters": shares
		}
	case wOf:
		switch x.spAt(i - 2) {
		case wAs, wNight, wMorning, wEvening, wWeek: // "as of 4/20", "on the night of 4/9"
		default:
			return 0, 0, false
		}
	case wAnd, wOr:
		if i < 4 || x.mark(i-3) != '/' {
			return 0, 0, false
		}
		if _, _, ok := x.yearlessDate(i - 4); !ok {
			return 0, 0, false // "on 12/03 and 05/04": one of a list of dates
		}
	default:
		// a run of days "through" a day its numbers show as one: "sales
		// running 3/1 through 4/30"; or days of one month dashed, the
		// month said twice: "conducted 10/12-10/14"
		a2, b2, ok := x.yearlessAt(i + 4)
		a, b, _ := x.yearlessAt(i)
		if !ok || (!x.eq(i+3, wThrough) && !x.eq(i+3, wUntil) || a2 <= 12 && b2 <= 12 && forwardOrder(a, b, a2, b2) == 0) && !(x.daysDashed(i) && (a2 == a && b2 > b || b2 == b && a2 > a)) {
			return 0, 0, false
		}
	}
	for k := max(i-8, 0); k < len(x.toks) && k < i+8; k++ {
		if x.tokIs(k, tWord) && oddsWord(x.spAt(k)) {
			return 0, 0, false // "from 4/1 to 5/2 favourite": a bookmaker's odds
		}
	}
	return x.yearlessAt(i)
}

// forwardOrder returns the order of day and month (monthFirst or
// dayFirst) in which the numeric day a/b runs forward to a2/b2, when only
// one does ("10/8 through 11/3" runs forward month first), else 0.
func forwardOrder(a, b, a2, b2 int) int8 {
	mf := a2 > a || a2 == a && b2 > b
	df := b2 > b || b2 == b && a2 > a
	switch {
	case mf && !df:
		return monthFirst
	case df && !mf:
		return dayFirst
	}
	return 0
}

// weekdayBefore reports whether the name of a day of the week stands just
// before token i, or before a comma there, perhaps abbreviated with a
// full stop: "Friday 7/6", "Tuesday, 22/6", "Tues 4/3", "Mon., 11/17".
func (x *extractor) weekdayBefore(i int) bool {
	k := i - 1
	if x.mark(k) == ',' {
		k--
	}
	if x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 {
		k-- // "Mon., 11/17"
	}
	return k >= 0 && x.tokIs(k, tWord) && (x.toks[k].is(lexicon.Weekday) || weekdayAbbreviated(x.str(k)))
}

// yearlessAt reads at token i a day and a month in digits parted by a
// slash, in either order, with no year: "15/04", "12/03".
func (x *extractor) yearlessAt(i int) (a, b int, ok bool) {
	if !x.tokIs(i+2, tNum) || x.mark(i+1) != '/' || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 {
		return 0, 0, false
	}
	sa, sb := x.str(i), x.str(i+2)
	if x.unitFollows(i+2) || (x.eq(i+3, wTo) || x.tokIs(i+3, tPunct) && isDash(x.str(i+3))) && x.slashFractionAt(i+4) && x.unitFollows(i+6) {
		return 0, 0, false // "by 1/2 pct", "ended 1/4 to 1/2 cent higher": fractions of a unit
	}
	if len(sa) > 2 || len(sb) > 2 || !allDigits(sa) || !allDigits(sb) || x.tokIs(i+3, tPunct) && x.mark(i+3) == '/' ||
		x.tokIs(i+3, tNum) && x.toks[i+3].flags&fSpace == 0 || x.tokIs(i+3, tWord) && x.toks[i+3].flags&fSpace == 0 || x.eq(i+3, wOf) {
		return 0, 0, false // "on 3/4 of days" is a share
	}
	if sa == "9" && sb == "11" {
		return 0, 0, false // "the first such stop since 9/11": the attacks of 2001, named
	}
	a, _ = strconv.Atoi(sa)
	b, _ = strconv.Atoi(sb)
	return a, b, a > 0 && b > 0
}

// dateOrder returns the order of day and month in the document's numeric
// dates ("15/4/2019", "2/5/2019", "15.04.2019", "on 15/04"): the one that
// makes all of them valid (and its ranges run forward: "10/8 through
// 11/3"), else the one its dates in words follow ("March
// 5" is American, month first), else its outlet's, as its dateline tells
// (a US place: month first) or, with none, its text (usText), else day
// first (CLAIMS.md). A day and month with no year, both 12 or less, are
// read only where the order is fixed so, the dateline gives it or a range
// runs forward in one order only.
func (x *extractor) dateOrder() int8 {
	if x.order != 0 {
		return x.order
	}
	dayOK, monthOK := true, true
	words := 0 // dates in words: month first minus day first
	for i := range x.toks {
		if x.toks[i].is(lexicon.Month) && x.toks[i].flags&fUpper != 0 {
			d := i + 1
			if x.mark(d) == '.' && x.toks[d].flags&fSpace == 0 {
				d++ // "Oct. 1, 2025"
			}
			if x.tokIs(d, tNum) && len(x.str(d)) <= 2 && !(x.datelineDayAt(d) && x.datelineAbroad()) {
				words++
			}
			if x.tokIs(i-1, tNum) && len(x.str(i-1)) <= 2 {
				words--
			}
		}
		if !x.tokIs(i, tNum) || i > 0 && x.toks[i].flags&fSpace == 0 && x.toks[i-1].class != tWord {
			continue
		}
		a, b, _, _, ok := x.dayMonthDigits(i)
		yearless := false
		if !ok {
			a, b, ok = x.yearlessDate(i)
			yearless = ok
		}
		if ok {
			dayOK = dayOK && b <= 12
			monthOK = monthOK && a <= 12
		}
		if a2, b2, ok2 := x.yearlessAt(i + 4); yearless && ok2 && (x.eq(i+3, wTo) || x.eq(i+3, wThrough) || x.eq(i+3, wUntil)) {
			switch forwardOrder(a, b, a2, b2) { // "runs 10/8 through 11/3": month first
			case monthFirst:
				dayOK = false
			case dayFirst:
				monthOK = false
			}
		}
	}
	us := x.usDateline() || !x.ukDateline() && x.usText()
	switch {
	case !dayOK && monthOK, dayOK && monthOK && (words > 0 || words == 0 && us):
		x.order = monthFirst
	default:
		x.order = dayFirst
	}
	x.orderFixed = dayOK != monthOK
	x.orderByOutlet = dayOK && monthOK && (us && x.order == monthFirst || x.ukDateline() && x.order == dayFirst) // (but "22 January" in a text of "$" sums: no outlet's order read)
	return x.order
}

// datelineAbroad reports whether the text's dateline names a place, and
// one not in the United States: its dates in words ("SANTIAGO, Feb 4 -")
// are its wire's style, its numeric dates the place's ("a decree dated
// 03/02/2024").
func (x *extractor) datelineAbroad() bool {
	place, _ := x.datelinePlace()
	return place != "" && !x.usDateline()
}

// inOrder returns the day and the month of a numeric date whose first two
// numbers are a and b, in the document's order.
func (x *extractor) inOrder(a, b int) (d, m int) {
	if x.dateOrder() == monthFirst {
		return b, a
	}
	return a, b
}

// usDateline reports whether the text opens with a dateline of a place in
// the United States ("NEW YORK (CNBC) —", "WASHINGTON, March 3 -"): its
// outlet writes month first.
// A place may be a city of a state named after it, as US wire copy
// writes it: "SECAUCUS, N.J., March 31 -", "AUSTIN, Texas, March 2 -".
func (x *extractor) usDateline() bool {
	place, k := x.datelinePlace()
	if usDatelines[place] {
		return true
	}
	if place == "" || x.mark(k) != ',' {
		return false
	}
	e := int(x.toks[k].e)
	rest := x.text[e:min(len(x.text), e+20)]
	end := strings.IndexAny(rest, ",—–(") // "BROCKTON, Mass., April 13 -", "AUSTIN, Texas — Three years", "DEATH VALLEY, Calif. (AP)"
	if end < 0 {
		return false
	}
	state := strings.TrimSpace(rest[:end])
	return usStates[state] || usStates[afterInitials(state)] || usStates[state+"."] // (and "BROCKTON, Mass, April 13-", its dot dropped)
}

// usText reports whether a text with no dateline of its own reads as an
// American outlet's: it names the United States ("U.S.", "American",
// "Texas"), is set in no country of its own dollar (homeDollar) and writes
// no pounds or euros by their signs. Bare dollars alone tell no outlet:
// Singapore's and New Zealand's papers write them too, day first.
func (x *extractor) usText() bool {
	return x.homeDollar() == "" && !x.where.foreign && x.where.mentions["US"] > 0
}

// afterInitials lowers each letter of s that follows another letter: a
// state written in a dateline's capitals, "MASS.", "W.VA.", reads as
// usStates writes it, "Mass.", "W.Va.".
func afterInitials(s string) string {
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		if isASCIILetter(b[i-1]) && b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// ukDateline reports whether the text opens with a dateline of a place
// in the United Kingdom or Ireland: day first.
func (x *extractor) ukDateline() bool { return x.datelineIn(ukDatelines) }

// datelineIn reports whether the place of the text's dateline is one of
// places.
func (x *extractor) datelineIn(places map[string]bool) bool {
	place, _ := x.datelinePlace()
	return places[place]
}

// datelinePlace returns the capitals that open the text, or one of its
// first lines after a headline as wire copy's dateline does, before a
// comma, a bracket or a dash ("NEW YORK" of "NEW YORK (CNBC) -", of
// "ROCKWELL SELLS NOTES\n    NEW YORK, March 11 -"), joined by spaces,
// and the index of that mark; "" when no such line opens the text.
func (x *extractor) datelinePlace() (string, int) {
	if !x.placeRead {
		x.placeRead = true
		x.place, x.placeEnd = x.readDatelinePlace()
	}
	return x.place, x.placeEnd
}

// readDatelinePlace reads what datelinePlace returns, once a text.
func (x *extractor) readDatelinePlace() (string, int) {
	for line, start := 0, 0; line < datelineLines && start < len(x.toks); line++ {
		if place, k := x.placeAt(start); place != "" {
			return place, k
		}
		start++
		for start < len(x.toks) && x.toks[start].flags&fNewline == 0 {
			start++
		}
	}
	return "", 0
}

// datelineLines is how many of a text's first lines may hold its dateline.
const datelineLines = 3

// placeAt reads the capitals of a dateline's place that start at token
// start, before a comma, a bracket or a dash; "" when there are none.
func (x *extractor) placeAt(start int) (string, int) {
	if x.str(start) == "RPT" {
		for start++; start < len(x.toks) && x.tokIs(start, tPunct) && isDash(x.str(start)); start++ {
		} // a wire's repeat: "RPT --LUDWIGSHAFEN, West Germany, March 30 -"
	}
	var words []string
	title := false // a word of it in capitals and small letters: "New York, March 17 -"
	for k := start; k < len(x.toks) && k < start+5; k++ {
		t := &x.toks[k]
		if n := len(words); n > 0 && x.mark(k) == '.' && t.flags&fSpace == 0 && len(words[n-1]) <= 2 && x.tokIs(k+1, tWord) {
			words[n-1] += "." // "ST. LOUIS, Mo., March 25 -"
			continue
		}
		if t.class != tWord || t.flags&fUpper == 0 || k > start && t.flags&fNewline != 0 {
			if len(words) > 0 && x.tokIs(k, tPunct) && (x.mark(k) == ',' || x.mark(k) == '(' || isDash(x.str(k)) && t.flags&fSpace != 0) {
				// (not the hyphen of a headline's "ANHEUSER-BUSCH")
				if m, _ := x.monthAt(k + 1); title && (x.mark(k) != ',' || m == 0) {
					return "", 0 // a title-case place is a dateline's only before its date
				}
				return strings.ToUpper(strings.Join(words, " ")), k
			}
			return "", 0
		}
		title = title || t.flags&fAllCaps == 0
		words = append(words, x.str(k))
	}
	return "", 0
}

// usDatelines and ukDatelines are the places of datelines, as capitals
// write them, whose outlets' numeric dates come month first and day first.
var (
	// usDatelines are the cities of the United States that a dateline names
	// with no state: the thirty of the Associated Press's stylebook, and
	// the few more wire copy writes so ("KANSAS CITY, April 7 -", "ST LOUIS")
	// that name no city abroad.
	usDatelines = map[string]bool{"ATLANTA": true, "BALTIMORE": true, "BOSTON": true, "CHICAGO": true, "CINCINNATI": true,
		"CLEVELAND": true, "DALLAS": true, "DENVER": true, "DETROIT": true, "HONOLULU": true, "HOUSTON": true,
		"INDIANAPOLIS": true, "LAS VEGAS": true, "LOS ANGELES": true, "MIAMI": true, "MILWAUKEE": true,
		"MINNEAPOLIS": true, "NEW ORLEANS": true, "NEW YORK": true, "OKLAHOMA CITY": true, "PHILADELPHIA": true,
		"PHOENIX": true, "PITTSBURGH": true, "ST. LOUIS": true, "SALT LAKE CITY": true, "SAN ANTONIO": true,
		"SAN DIEGO": true, "SAN FRANCISCO": true, "SEATTLE": true, "WASHINGTON": true,
		"KANSAS CITY": true, "ST LOUIS": true, "ST. PAUL": true, "DES MOINES": true, "OMAHA": true, "TULSA": true, "FORT WORTH": true}
	// usStates are the states of the United States as a dateline names
	// them after a city: the Associated Press's abbreviations, and the
	// names it writes out.
	usStates = map[string]bool{"Ala.": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true, "Conn.": true,
		"Del.": true, "Fla.": true, "Ga.": true, "Ill.": true, "Ind.": true, "Kan.": true, "Kans.": true, "Ky.": true, "La.": true,
		"Md.": true, "Mass.": true, "Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true, "Neb.": true,
		"Nev.": true, "N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true, "Okla.": true,
		"Ore.": true, "Pa.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true, "Vt.": true, "Va.": true,
		"Wash.": true, "W.Va.": true, "W. Va.": true, "Wis.": true, "Wyo.": true, "Alaska": true, "Hawaii": true, "Idaho": true,
		"Iowa": true, "Maine": true, "Ohio": true, "Texas": true, "Utah": true, "D.C.": true}
	ukDatelines = map[string]bool{"LONDON": true, "MANCHESTER": true, "BIRMINGHAM": true, "EDINBURGH": true, "GLASGOW": true,
		"CARDIFF": true, "BELFAST": true, "DUBLIN": true, "LIVERPOOL": true, "LEEDS": true, "BRISTOL": true}
)

// daysOfMonthSlash reads at token i a run of days of one month, the month
// after a slash, as freight and shipping reports give a loading window:
// "15-30/4" is April 15 to 30. Each part is digits, joined with no spaces,
// the days in order and the month at most 12, and nothing glued after;
// the last day above the month, as no proper fraction's numerator is
// ("6-7/8" is six and seven-eighths).
// It returns the index after it, or i.
func (x *extractor) daysOfMonthSlash(i int) int {
	if !x.tokIs(i+2, tNum) || !x.tokIs(i+4, tNum) || x.mark(i+1) != '-' || x.mark(i+3) != '/' {
		return i
	}
	for k := i + 1; k <= i+4; k++ {
		if x.toks[k].flags&fSpace != 0 {
			return i
		}
	}
	if i+5 < len(x.toks) && x.toks[i+5].flags&fSpace == 0 && !x.tokIs(i+5, tPunct) || x.mark(i+5) == '/' || x.mark(i+5) == '-' {
		return i
	}
	d1, err1 := strconv.Atoi(x.str(i))
	d2, err2 := strconv.Atoi(x.str(i + 2))
	m, err3 := strconv.Atoi(x.str(i + 4))
	if err1 != nil || err2 != nil || err3 != nil || len(x.str(i+4)) > 2 || d1 < 1 || d1 >= d2 || d2 > 31 || m < 1 || m > 12 || d2 <= m ||
		!(calendar.Date{M: m, D: d2}).Valid() {
		return i
	}
	c := claimParts{first: i, last: i + 5, unitKind: factcheck.Date, qual: factcheck.Exact}
	return x.emitDate(&c, m, d1, calendar.Date{M: m, D: d2}, 0)
}
