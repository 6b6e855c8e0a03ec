package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// withYear gives a day and month the year of the publication date, or of
// the year before or after when that reading is nearer to it.
func (x *extractor) withYear(m, d int) calendar.Date {
	if x.pub.Y == 0 {
		return calendar.Date{M: m, D: d}
	}
	best, bestDist := calendar.Date{Y: x.pub.Y, M: m, D: d}, 1<<30
	for y := x.pub.Y - 1; y <= x.pub.Y+1; y++ {
		dist := abs(calendar.Date{Y: y, M: m, D: d}.Rough() - x.pub.Rough())
		if dist < bestDist {
			best, bestDist = calendar.Date{Y: y, M: m, D: d}, dist
		}
	}
	return best
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// monthAt returns the month named by token i ("November", "Nov", "Nov."),
// and the index after it; 0 when token i names no month.
func (x *extractor) monthAt(i int) (int, int) {
	if !x.tokIs(i, tWord) || !x.toks[i].is(lexicon.Month) {
		return 0, i
	}
	t := &x.toks[i]
	m := t.entry().Month
	if t.e-t.s == 3 && t.flags&fAllCaps != 0 && x.tokIs(i+1, tNum) && x.toks[i+1].flags&fSpace == 0 && len(x.str(i+1)) == 1 {
		return 0, i // "MAY7", "MAR8": a futures contract's month and the last digit of its year, a code in a table
	}
	if m == 3 && t.flags&fUpper != 0 && x.longMarchAt(i) {
		return 0, i // "a Long March-2F rocket", "the Long March 5": China's rockets, named
	}
	long := t.e-t.s > 4 || x.eq(i, wJune) || x.eq(i, wJuly)
	if !long || m == 5 || m == 3 {
		// "May", "March" and abbreviations must be capitalised, but for
		// after a word that only a date follows and before its day
		// ("shareholders of record may 14"), or abbreviated with a stop
		// before its day ("signed feb. 27")
		if t.flags&fUpper == 0 && !(dateLead(x.lowerAt(i-1)) && x.tokIs(i+1, tNum) && len(x.str(i+1)) <= 2 && x.toks[i+1].flags&fNewline == 0) && !x.lowerMonthOfYear(i) &&
			!(!long && m != 5 && x.mark(i+1) == '.' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && len(x.str(i+2)) <= 2 && x.toks[i+2].flags&fNewline == 0) {
			return 0, i
		}
	}
	j := i + 1
	if !long && !(m == 5 && t.e-t.s == 3) && x.tokIs(j, tPunct) && x.mark(j) == '.' && x.toks[j].flags&fSpace == 0 {
		j++ // "Nov.", but "May." ends a sentence
	}
	return m, j
}

// lowerMonthOfYear reports whether the month's name at token i, in lower
// case, is one of a year: after "in" or a word that only a date follows,
// before a year ("a 5.3 pct rise in march 1986").
func (x *extractor) lowerMonthOfYear(i int) bool {
	w := x.lowerAt(i - 1)
	if w != "in" && w != "and" && w != "during" && !dateLead(w) || !x.tokIs(i+1, tNum) {
		return false
	}
	y := x.str(i + 1)
	return len(y) == 4 && (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20"))
}

// dateLead reports whether w, in lower case, is a word that a date and
// not a verb follows: "record", "on", "until", "ending" ("the four weeks
// ending may 22"), "of" ("the week of may 22").
func dateLead(w string) bool {
	switch w {
	case "record", "on", "until", "till", "since", "effective", "before", "after", "by", "from", "through", "ending", "ended", "of", "dated", "due":
		return true
	}
	return false
}

// dayAt reads a day of the month at token j: "3", "31st"; it returns the
// day and the index after it, or 0.
func (x *extractor) dayAt(j int) (int, int) {
	if !x.tokIs(j, tNum) || x.toks[j].flags&fNewline != 0 {
		return 0, j
	}
	return x.dayDigits(j)
}

// cellGapBefore reports whether a run of spaces or a tab, a table's gap
// between cells, stands just before token k.
func (x *extractor) cellGapBefore(k int) bool {
	if k == 0 {
		return false
	}
	gap := x.text[x.toks[k-1].e:x.toks[k].s]
	return strings.Contains(gap, "  ") || strings.Contains(gap, "\t")
}

// datingVerb reports whether the word spelt sp is a verb's participle
// that a date follows with no preposition: "proposed March Four",
// "announced March nine", "signed June Two", "will expire May Five",
// "will leave September One", "take effect May One".
func datingVerb(sp spelling) bool {
	switch sp {
	case wProposed, wAnnounced, wSigned, wSign, wSigns, wFiled, wDated, wEffective, wEffect, wApproved,
		wAdopted, wIssued, wExpire, wExpires, wOrdered, wRuled, wScheduled, wLeave, wLeaves, wRetire, wRetires,
		wJoin, wJoins, wBegin, wBegins, wStart, wStarts, wResume, wResumes, wClose, wCloses, wOpen, wOpens,
		wOperating, wStarting, wBeginning:
		return true
	}
	return false
}

// dateEndsAt reports whether a date just read ends at the token before
// w: "to April 20 from April six", the other end of a span.
func (x *extractor) dateEndsAt(w int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Date && x.tokenAfter(p) == w
}

// listedDate reports whether token w, a comma or "and", follows a date
// just read: the next item of a list of dates.
func (x *extractor) listedDate(w int) bool {
	if x.mark(w) != ',' && !x.eq(w, wAnd) {
		return false
	}
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Date && x.tokenAfter(p) == w
}

// dayWord returns the day of the month that the cardinal or ordinal word
// at token j names, 1 to 31 and not hyphenated ("six", "Third"), or 0.
func (x *extractor) dayWord(j int) int {
	if !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Cardinal|lexicon.Ordinal) {
		return 0
	}
	n := x.toks[j].entry().Num
	if n < 1 || n > 31 || n != float64(int(n)) || x.hyphenAt(j) {
		return 0
	}
	return int(n)
}

// dayWordAt reads a day of the month written as a word, as wire copy
// writes days under ten: "extended to April six from April three", "put on
// creditwatch on March\nnine" (a wrapped line, after a word of time). Only
// where no noun follows the word: "in May two people died" names no day.
func (x *extractor) dayWordAt(j int) (int, int) {
	// a word of time before the month makes it a day's: "announced on
	// March nine that", "the nine months ended March One of", "the interest
	// due May One"
	w := j - 2
	if x.eq(w, wAround) || x.eq(w, wAbout) {
		w-- // "effective around May One"
	}
	timed := x.eq(w, wOn) || x.eq(w, wDue) || x.eq(w, wEnded) || x.eq(w, wEnding) || x.eq(w, wThrough) || x.eq(w, wUntil) ||
		x.eq(w, wPay) || x.eq(w, wPayable) || x.eq(w, wRecord) || // a dividend's rows: "Pay June one", "Record April Three"
		x.eq(w, wOf) && (x.eq(w-1, wDate) || x.eq(w-1, wAs)) || // "with a record date of July\nsix", "would be issued as of March\nthree"
		(x.eq(w, wFrom) || x.eq(w, wTo)) && x.dateEndsAt(w) || // "extending to April 20 from April six"
		datingVerb(x.spAt(max(w, 0))) || // "a restructuring plan proposed March Four"
		x.eq(w, wRule) && x.eq(w-1, wWill) || // "the commission will rule April One on the request"
		x.listedDate(w) // "payable April Three, May Six, June Four", "May 18 and June\neight"
	// a capitalised day ends its clause after a word of time: "extended
	// its incentives to April Six.", "a lump sum ... next January Two.",
	// "a hearing ... for July Eight."
	ends := j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) && !isDash(x.str(j+1))
	// an event of that day: "at the May six meeting", "its July one
	// interest payment", "after the May Five annual meeting"
	k := j + 1
	event := (x.eq(j-2, wThe) || x.eq(j-2, wIts) || x.eq(j-2, wTheir)) && x.tokIs(k, tWord) &&
		(datedEvent(x.spAt(k)) || x.eq(k+1, wPayment) && (x.eq(k, wInterest) || x.eq(k, wDividend) || x.eq(k, wCoupon)) ||
			(x.eqText(k, "annual") || x.eqText(k, "special")) && datedEvent(x.spAt(min(k+1, len(x.toks)-1))))
	capital := timed || event || ends && (x.eq(j-2, wTo) || x.eq(j-2, wFrom) || x.eq(j-2, wBy) || x.eq(j-2, wBefore) || x.eq(j-2, wAfter) || x.eq(j-2, wTill) || x.eq(j-2, wNext) || x.eq(j-2, wFor)) ||
		x.eq(j-2, wFrom) && (x.eq(j+1, wThrough) || x.eq(j+1, wTo) || x.eq(j+1, wUntil)) || // "from April Six through August Three"
		x.eq(j+1, wThrough) && x.dayWordAfterMonth(j+2) || // "the nine week period of February One\nthrough April Four"
		(x.eq(j+1, wFrom) || x.eq(j+1, wTo) || x.eq(j+1, wUntil)) && (!x.eq(j-1, wMay) || x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Month)) || // "will add a third daily nonstop April One from New Orleans", "extended to May Eight from April 16"
		x.eq(j-2, wAt) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Stop) || // "its total backlog at March One was"
		x.eq(j-2, wBy) && x.toks[j-1].flags&fUpper != 0 && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 // "required to decide by March Two\nwhether"
	// a results headline's period, in capitals at the line's end: "3RD QTR
	// JUNE FOUR", "YEAR MARCH ONE"
	headline := x.tokIs(j, tWord) && x.toks[j].flags&fShout != 0 && (j+1 >= len(x.toks) || x.toks[j+1].flags&fNewline != 0) && (x.eq(j-2, wQtr) || x.eq(j-2, wYear) || x.eq(j-2, wEnded))
	if !x.tokIs(j, tWord) || x.toks[j].flags&fNewline != 0 && !(timed && x.proseWraps(j)) || x.toks[j].flags&fUpper != 0 && !headline && (!capital || x.toks[j].flags&fShout != 0) ||
		!x.toks[j].is(lexicon.Cardinal|lexicon.Ordinal) {
		return 0, j
	}
	n := x.dayWord(j)
	if n == 0 {
		return 0, j
	}
	switch {
	case timed && !(x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale|lexicon.Cardinal)):
	case k >= len(x.toks), x.tokIs(k, tPunct) && !isDash(x.str(k)):
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Stop) && !x.toks[k].is(lexicon.Determiner) && !x.eq(k, wOf):
		// "to April six from April three", "before April six"
	case x.eq(k, wThat) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Determiner) && x.toks[k+1].flags&fNewline == 0:
		// "notified by the union March one that the agreement": the
		// day of a clause that "that" opens
	case x.toks[j].flags&fShout != 0 && (x.eq(k, wNet) || x.eq(k, wLoss) || x.eq(k, wProfit)), headline:
		// a headline of results to a day: "3RD QTR FEB FIVE NET", "3RD QTR
		// JUNE FOUR"
	case event:
	default:
		return 0, j
	}
	return int(n), k
}

// datedEvent reports whether the word spelt sp names an event that a day
// before it dates: "the May six meeting", "the April ten deadline".
func datedEvent(sp spelling) bool {
	switch sp {
	case wMeeting, wDeadline, wSession, wVote, wElection, wAuction, wHearing, wTender, wSummit, wPayment:
		return true
	}
	return false
}

// dayWordAfterMonth reports whether a month's name at token k is followed
// by a day in a word, capitalised: "April Four", a range's end.
func (x *extractor) dayWordAfterMonth(k int) bool {
	m, j := x.monthAt(k)
	return m != 0 && x.dayWord(j) != 0 && x.toks[j].flags&fUpper != 0
}

// wrappedDayAt reads a day of the month at token j that a bare line break
// (no blank line, no indent) parts from its month: "starting April\n1".
func (x *extractor) wrappedDayAt(j int) (int, int) {
	if !x.tokIs(j, tNum) || j == 0 {
		return 0, j
	}
	if g := x.text[x.toks[j-1].e:x.toks[j].s]; g != "\n" && g != "\r\n" {
		return 0, j
	}
	return x.dayDigits(j)
}

// dayDigits reads the day of the month at the digits of token j.
func (x *extractor) dayDigits(j int) (int, int) {
	s := x.str(j)
	if len(s) > 2 {
		return 0, j
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0, j
	}
	k := j + 1
	if x.tokIs(k, tWord) && x.toks[k].flags&fSpace == 0 && x.toks[k].is(lexicon.OrdinalSuffix) {
		k++
	}
	if x.timeOfDay(k) || x.tokIs(k, tPunct) && x.mark(k) == '.' && x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 {
		return 0, j
	}
	return d, k
}

// yearAt reads a four-digit year at token j, after an optional comma, or
// a year said aloud (spokenYear).
func (x *extractor) yearAt(j int) (int, int) {
	k := j
	if x.tokIs(k, tPunct) && x.mark(k) == ',' {
		k++
	}
	if y, e := x.spokenYear(k); y != 0 {
		return y, e // "the fourteenth of February twenty nineteen"
	}
	if y, e := x.apostropheYearAt(k); y != 0 && x.toks[k].flags&fSpace != 0 && (x.dayTokenAt(j-1) || x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Month|lexicon.OrdinalSuffix)) {
		return y, e // "stamped 3rd Sept '21", "Sept 3 '21", "June 6th, '44": a day's year cut short
	}
	if !x.tokIs(k, tNum) || x.toks[k].e-x.toks[k].s != 4 ||
		x.toks[k].flags&fNewline != 0 && !(k > 0 && x.text[x.toks[k-1].e:x.toks[k].s] == "\n" && (k > j || x.toks[k-1].is(lexicon.Month))) {
		return 0, j // but wire copy wraps "August 1,\n1985", "February\n1986"
	}
	y, err := strconv.Atoi(x.str(k))
	if err != nil || y < 1000 || y > 2100 || y < 1800 && !x.dayTokenAt(j-1) && !(x.tokIs(j-1, tWord) && x.toks[j-1].is(lexicon.Month) && x.toks[j-1].flags&fNewline == 0 && x.dayTokenAt(j-2)) && !x.fullMonthAt(j-1) {
		return 0, j // a year before 1800 only after a day or a month in full: "13 April 1742", "Dec. 16, 1773", "in July 1799" (but a table's "Dec 1403")
	}
	if x.tokIs(k+1, tWord) && x.toks[k+1].flags&fSpace == 0 {
		return 0, j // 2023s, 2023am
	}
	if x.tokIs(k+1, tPunct) && x.mark(k+1) == '/' && x.tokIs(k+2, tNum) && x.toks[k+1].flags&fSpace == 0 {
		return 0, j // a date of its own: "2015/08/12"
	}
	return y, k + 1
}

// fiscalYear reads at token i a fiscal year written "FY" and its year, glued
// or spaced, in four digits or two ("FY2025", "FY25", "FY 2024"), perhaps
// with the next year's two digits after a slash or a dash ("FY2024/25",
// "FY 24-25", a year that spans two): a date of that year (the first, and
// the second as its end). It returns the index after it, or i. (A figure
// glued to capitals is otherwise no claim, as "G7" is not.)
func (x *extractor) fiscalYear(i int) int {
	if s := x.str(i); s != "FY" && s != "Fy" {
		return i
	}
	if a := x.str(i + 1); (a == "'" || a == "\u2019") && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 && len(x.str(i+2)) == 2 {
		if y, err := strconv.Atoi(x.str(i + 2)); err == nil {
			c := claimParts{first: i, last: i + 3, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(x.clippedCentury(y))}
			x.emit(&c) // "FY'23": the century clipped
			return c.last
		}
	}
	if !x.tokIs(i+1, tNum) || x.toks[i+1].flags&fNewline != 0 {
		return i
	}
	year := func(k int) int {
		v, err := strconv.Atoi(x.str(k))
		switch {
		case err != nil:
			return 0
		case len(x.str(k)) == 2:
			return x.clippedCentury(v)
		case len(x.str(k)) == 4 && v >= 1900 && v <= 2100:
			return v
		}
		return 0
	}
	y := year(i + 1)
	spanned := (x.mark(i+2) == '/' || isDash(x.str(i+2))) && x.toks[i+2].flags&fSpace == 0
	if y == 0 || x.toks[i+1].flags&fSpace != 0 && len(x.str(i+1)) == 2 && !spanned {
		return i // but "FY 30 million" is no year
	}
	c := claimParts{first: i, last: i + 2, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(y)}
	if spanned && x.tokIs(i+3, tNum) && x.toks[i+3].flags&fSpace == 0 {
		if y2 := year(i + 3); y2 == y+1 {
			c.endDate, c.last = strconv.Itoa(y2), i+4
		}
	}
	x.emit(&c)
	return c.last
}

// quarterOfYear reads at token i a quarter written "Q" and its number
// before its year, "Q1 2024", "Q3 2023": a date, its first month to its
// last ("2024-01" to "2024-03"), as most goldens' hands write it ("the
// first quarter of 1987" stays an ordinal and a year, as the held-out
// goldens' hands write it; "Q4" of no year no claim). It returns the
// index after it, or i.
func (x *extractor) quarterOfYear(i int) int {
	if x.str(i) != "Q" || !x.tokIs(i+1, tNum) || x.toks[i+1].flags&fSpace != 0 || len(x.str(i+1)) != 1 || !x.tokIs(i+2, tNum) || x.toks[i+2].flags&fSpace == 0 {
		return i
	}
	q, k := int(x.str(i + 1)[0]-'0'), i+2 // the quarter, and the index of its year
	if q < 1 || q > 4 || len(x.str(k)) != 4 || !yearLike(x.str(k)) || x.tokIs(k+1, tPunct) && (x.mark(k+1) == '/' || isDash(x.str(k+1))) && x.tokIs(k+2, tNum) {
		return i // but "Q1 2024/25": a fiscal year's
	}
	y := x.str(k)
	c := claimParts{first: i, last: k + 1, unitKind: factcheck.Date, qual: factcheck.Exact,
		date: fmt.Sprintf("%s-%02d", y, 3*q-2), endDate: fmt.Sprintf("%s-%02d", y, 3*q)}
	x.emit(&c)
	return c.last
}

// spokenYear reads at token j a year said aloud, in two pairs of digits:
// "nineteen seventy-four" (1974), "twenty twenty-five" (2025), "twenty
// eleven", "nineteen oh five", "nineteen hundred" (and "eighteen hundred
// and twelve" after "in", "since" or "until"), as broadcast
// transcripts and quotes write years. The first word is a number from
// eleven to twenty, the second from ten to ninety-nine ("twenty five" is
// 25), "oh" and a digit, or "hundred"; no scale word or hyphen follows.
// It returns the year and the index after it, or 0 and j.
func (x *extractor) spokenYear(j int) (int, int) {
	if !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Cardinal) || x.hyphenAt(j) || x.hyphenBefore(j) || !x.tokIs(j+1, tWord) || x.toks[j+1].flags&fNewline != 0 {
		return 0, j
	}
	century := x.toks[j].entry().Num
	if century < 11 || century > 20 || century == 20 && !x.eq(j, wTwenty) {
		return 0, j
	}
	k := j + 1
	var rest float64
	switch {
	case x.eq(k, wHundred) && century < 20 && (x.eq(j-1, wIn) || x.eq(j-1, wSince) || x.eq(j-1, wUntil)) &&
		(k+1 >= len(x.toks) || x.tokIs(k+1, tPunct) || x.toks[k+1].is(lexicon.Stop)):
		k++ // "in nineteen hundred" (but "fifteen hundred residents" counts them)
		if x.eq(k, wAnd) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Cardinal) {
			if n, ok := x.wordNumber(k + 1); ok && !n.scaled && n.value >= 1 && n.value <= 99 {
				if n.last < len(x.toks) && x.tokIs(n.last, tWord) && !x.toks[n.last].is(lexicon.Stop) {
					return 0, j // "in fifteen hundred and ten men"
				}
				rest, k = n.value, n.last // "in eighteen hundred and twelve"
			}
		}
	case x.eq(k, wOh) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Cardinal) && x.toks[k+1].entry().Num >= 1 && x.toks[k+1].entry().Num <= 9:
		rest, k = x.toks[k+1].entry().Num, k+2
	case x.toks[k].is(lexicon.Cardinal) && x.toks[k].entry().Num >= 10:
		n, ok := x.wordNumber(k)
		if !ok || n.scaled || n.value < 10 || n.value > 99 {
			return 0, j
		}
		rest, k = n.value, n.last
	default:
		return 0, j
	}
	if x.scaleWordAt(k) || x.hyphenAt(k-1) || x.eq(k, wPercent) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Percent|lexicon.Duration|lexicon.Measure|lexicon.Currency) || x.pluralNounAt(k) {
		return 0, j // "nineteen twenty-year-olds", "twenty thirty percent", "twenty twenty-five workers"
	}
	return int(century*100 + rest), k
}

// shortYearAt reads at token j a year of the last century in two digits
// that no day can be (32 to 99), on the month's line and standing alone,
// as a table heads its columns: "Feb 87", "Jan 86". It returns the year
// and the index after it, or 0 and j.
func (x *extractor) shortYearAt(j int) (int, int) {
	if !x.tokIs(j, tNum) || x.toks[j].flags&fNewline != 0 || x.toks[j].e-x.toks[j].s != 2 {
		return 0, j
	}
	v, err := strconv.Atoi(x.str(j))
	if err != nil || v < 32 {
		return 0, j
	}
	if !x.cellEndsAt(int(x.toks[j].e)) {
		return 0, j // "in March 50 people": a count
	}
	return 1900 + v, j + 1
}

// clippedYear reads a year cut short to two digits after an apostrophe,
// standing as a word of its own: "PROFIT RISE IN '87", "the class of
// '83" (clippedCentury). It returns the index after it, or n.first when
// n is no such year (a quoted figure, "'83'", is none).
func (x *extractor) clippedYear(n number) int {
	k := n.first - 1
	if len(x.str(n.first)) != 2 || n.last != n.first+1 || n.decimal || !x.tokIs(k, tPunct) || x.str(k) != "'" && x.str(k) != "\u2019" ||
		x.toks[n.first].flags&fSpace != 0 || k > 0 && x.toks[k].flags&(fSpace|fNewline) == 0 {
		return n.first
	}
	if n.last < len(x.toks) && x.toks[n.last].flags&fSpace == 0 && (x.tokIs(n.last, tWord) || x.str(n.last) == "'" || x.str(n.last) == "\u2019") {
		return n.first // "'83'", "'80s"
	}
	c := claimParts{first: k, last: n.last, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(x.clippedCentury(int(n.value)))}
	x.emit(&c)
	return c.last
}

// clippedAt reports whether the digits at token i follow an apostrophe
// glued to them that opens a word: "in '09", a year cut short.
func (x *extractor) clippedAt(i int) bool {
	k := i - 1
	return x.tokIs(k, tPunct) && (x.str(k) == "'" || x.str(k) == "\u2019") && x.toks[i].flags&fSpace == 0 && (k == 0 || x.toks[k].flags&(fSpace|fNewline) != 0)
}

// dayTokenAt reports whether token k is a day of a month in digits, one
// or two of them.
func (x *extractor) dayTokenAt(k int) bool {
	return x.tokIs(k, tNum) && x.toks[k].e-x.toks[k].s <= 2
}

// apostropheYearAt reads a year cut short after an apostrophe after a
// month at token j, glued or spaced, straight or curly: "'87" of "Feb'87",
// "Oct '22", "Oct ’22" (clippedCentury), and returns it with the index
// after it, or 0 and j.
func (x *extractor) apostropheYearAt(j int) (int, int) {
	if x.str(j) != "'" && x.str(j) != "\u2019" || !x.tokIs(j+1, tNum) || x.toks[j+1].flags&fSpace != 0 || x.toks[j+1].e-x.toks[j+1].s != 2 {
		return 0, j
	}
	v, err := strconv.Atoi(x.str(j + 1))
	if err != nil {
		return 0, j
	}
	return x.clippedCentury(v), j + 2
}

// clippedCentury returns the year whose last two digits are v: of the
// century that puts it nearest the text's year, a few years ahead at
// most, when that is known ("'29" in 1987 is 1929); else 2000 and after
// below 30 ("'05"), 1900 and after from 30 ("'44", "'87"), as decades are
// read (shortDecade).
func (x *extractor) clippedCentury(v int) int {
	if x.pub.Y != 0 {
		if y := x.pub.Y/100*100 + v; y <= x.pub.Y+10 {
			return y
		}
		return x.pub.Y/100*100 - 100 + v
	}
	if v < 30 {
		return 2000 + v
	}
	return 1900 + v
}

// date reads a date that starts with a month at token i: "November 3",
// "Nov. 6, 2023", "November 1 and 2", "November 2023". A month alone is no
// claim.
// contractMonths reports whether the month at token i is one of two that a
// slash joins, a futures spread's pair of delivery months ("Jul/May  3-3/4
// over", "Dec/Mar8"): no date, the figure glued to it or in the next
// cell of its table.
func (x *extractor) contractMonths(i int) bool {
	pair := func(a, b int) bool {
		return x.mark(a+1) == '/' && x.toks[a+1].flags&fSpace == 0 && x.tokIs(b, tWord) && x.toks[b].flags&fSpace == 0 && x.toks[a].is(lexicon.Month) && x.toks[b].is(lexicon.Month)
	}
	if !(i >= 2 && pair(i-2, i) || pair(i, i+2)) {
		return false
	}
	// the figure after the pair glued, or a table's cell apart ("May  3-3/4",
	// "Mar8"); but "March/May 15 shipments" ships by May 15, and
	// "January/December 1986" is a period of a year
	k := i + 1
	if pair(i, i+2) {
		k = i + 3
	}
	return x.tokIs(k, tNum) && !yearLike(x.str(k)) && (x.toks[k].flags&fSpace == 0 || strings.Contains(x.text[x.toks[k-1].e:x.toks[k].s], "  "))
}

func (x *extractor) date(i int) int {
	m, j := x.monthAt(i)
	if m == 0 || x.contractMonths(i) {
		return i
	}
	if j == i+1 && x.hyphenAt(i) {
		j++ // "Mar-3"
	}
	slashed := j == i+1 && x.mark(j) == '/' && x.toks[j].flags&fSpace == 0 && x.tokIs(j+1, tNum) && x.toks[j+1].flags&fSpace == 0
	if slashed {
		j++ // "Jan/15", "Jan/15/2024"
	}
	d, k := x.dayAt(j)
	if slashed && d != 0 && x.mark(k) == '/' && x.toks[k].flags&fSpace == 0 && x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 && yearLike(x.str(k+1)) {
		c := claimParts{first: i, last: k + 2, unitKind: factcheck.Date, qual: factcheck.Exact}
		y, _ := strconv.Atoi(x.str(k + 1))
		return x.emitDate(&c, m, d, calendar.Date{}, y)
	}
	if d != 0 && x.eq(i-1, wIn) && x.tokIs(k, tWord) && countNoun(x.str(k)) {
		return i // "In January 25 people who took part were convicted": a month, then a count
	}
	if d != 0 && x.cellGapBefore(j) && x.lineStart(i) == i && x.tableRow(i) {
		return i // a table's row of a month, then its figure in the next cell: " SEP    21    945" (but "March  16", a slip of typing)
	}
	if d == 0 && (j == i+1 || j == i+2 && x.mark(i+1) == '.') {
		d, k = x.wrappedDayAt(j) // "starting April\n1", "occurred Sept.\n11-12"
	}
	if d == 0 && j == i+1 {
		d, k = x.dayWordAt(j)
	}
	if d == 0 && j == i+1 && x.eq(j, wThe) {
		if w, after := x.ordinalWord(j + 1); w >= 1 && w <= 31 && !x.eq(after, wOf) {
			d, k = w, after // "March the third"; but "in December the first of the groups"
		}
	}
	if d == 0 {
		// "November 2023", "September of 1985"
		if x.eq(j, wOf) && x.tokIs(j+1, tNum) {
			if y, _ := x.yearAt(j + 1); y != 0 {
				j++
			}
		}
		if y, k := x.apostropheYearAt(j); y != 0 {
			// "Feb'87": a month and its year cut short
			c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact, date: fmt.Sprintf("%04d-%02d", y, m)}
			x.emit(&c)
			return k
		}
		if y, k := x.shortYearAt(j); y != 0 {
			// a table's heading of months: "Feb 87    Jan 87    Feb 86"
			x.month = m
			c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact, date: fmt.Sprintf("%04d-%02d", y, m)}
			x.emit(&c)
			return k
		}
		if y, k := x.yearAt(j); y != 0 && (x.toks[j].class != tPunct || k >= len(x.toks) || x.tokIs(k, tPunct) || x.tokIs(k, tWord) && (x.toks[k].is(lexicon.Stop) || !pluralNoun(x.str(k)) || x.eq(i-1, wThe))) {
			// "November 2023", "until January, 1999.", "in April, 1986 and
			// is now", "a February, 1986 rescheduling", "after the december,
			// 1982 murders"; but "In March, 2000 people marched" counts people
			x.month = m
			if x.metadataDate(i) {
				return k
			}
			c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact, date: fmt.Sprintf("%04d-%02d", y, m)}
			if x.eq(k, wTo) || x.eq(k, wUntil) || x.tokIs(k, tPunct) && isDash(x.str(k)) || x.eq(k, wAnd) && x.eq(i-1, wBetween) {
				// a range of months: "from September 1956 to September 1957",
				// "between November 2003 and August 2004"
				if m2, j2 := x.monthAt(k + 1); m2 != 0 {
					if y2, k2 := x.yearAt(j2); y2 > y || y2 == y && m2 > m {
						c.endDate, c.last, k = fmt.Sprintf("%04d-%02d", y2, m2), k2, k2
					}
				}
			}
			if q, first := x.qualifier(i); q == factcheck.Approx || !comparesPeriods(x.spAt(first)) {
				// "around November 2023", "until at least April 1990", but
				// "up 11.2 pct over March 1986" compares two periods
				c.qual, c.first = q, first
			}
			x.emit(&c)
			return k
		}
		if next := x.monthsOfAYear(i, j, m); next > i {
			return next
		}
		if next := x.monthOfYearSaid(i, j, m); next > i {
			return next
		}
		return i
	}
	t := calendar.Date{M: m, D: d}
	if !t.Valid() {
		return i
	}
	c := claimParts{first: i, unitKind: factcheck.Date, qual: factcheck.Exact}
	// a range: "November 1 and 2", "November 1-3", "November 1 to 3",
	// "March 30 to April 2", "March 3 or 4", a loading window "June 20/30"
	var end calendar.Date
	if d2, k2 := x.dayRun(k, d); d2 > 0 {
		end, k = calendar.Date{M: m, D: d2}, k2 // "April 1, 2 and 3": days one after another, a range
	}
	if end.D == 0 && (x.eq(k, wAnd) || x.eq(k, wOr) || x.eq(k, wTo) || x.eq(k, wThrough) || x.tokIs(k, tPunct) && isDash(x.str(k)) || x.gluedSlash(k)) {
		d2, k2 := x.dayAt(k + 1)
		if d2 == 0 && x.tokIs(k+1, tNum) && x.proseWraps(k+1) {
			d2, k2 = x.dayDigits(k + 1) // "on June 29 and\n30, diplomats noted": a wrapped line
		}
		if d2 == 0 && (x.eq(k, wTo) || x.eq(k, wThrough)) && x.eq(k+1, wThe) && x.tokIs(k+2, tNum) && x.tokIs(k+3, tWord) && x.toks[k+3].flags&fSpace == 0 && x.toks[k+3].is(lexicon.OrdinalSuffix) {
			d2, k2 = x.dayDigits(k + 2) // "from Oct. 5 through the 8th"
		}
		if d2 > d && !(x.tokIs(k2, tWord) && x.toks[k2].is(lexicon.Duration)) {
			// (but "SYDNEY, March 19 - 26 weeks ended Dec 28" is a dateline, then a length)
			if _, after := x.monthAt(k2); after == k2 { // not "November 1 and 2 December"
				end, k = calendar.Date{M: m, D: d2}, k2
			}
		}
	}
	if end.D == 0 {
		end, k = x.monthRangeEnd(i, k, m, d, true, x.eq(i-1, wBetween))
	}
	y, k := x.yearAt(k)
	c.last = k
	if end.D == 0 && y != 0 {
		if last := x.datedRange(&c, i, k, calendar.Date{Y: y, M: m, D: d}, true); last > k {
			return last // "from April 8, 1987 until March 6, 1989"
		}
	}
	return x.emitDate(&c, m, d, end, y)
}

// dayRun reads, from the comma at token k after a day d, the days that
// follow it one after another to an "and": "April 1, 2 and 3". It
// returns the last day and the index after it, or 0.
func (x *extractor) dayRun(k, d int) (int, int) {
	last := d
	for x.mark(k) == ',' {
		d2, k2 := x.dayDigits(k + 1)
		if d2 != last+1 {
			return 0, k
		}
		last, k = d2, k2
	}
	if last == d || !x.eq(k, wAnd) {
		return 0, k
	}
	if d2, k2 := x.dayDigits(k + 1); d2 == last+1 {
		return d2, k2
	}
	return 0, k
}

// datedRange gives the date c, t at token i and its year ending before
// token k, the end of a range of dates that each name their year
// (datedRangeEnd), and emits it unless it is the text's metadata. It
// returns the index after the range, or k when there is none.
func (x *extractor) datedRange(c *claimParts, i, k int, t calendar.Date, monthFirst bool) int {
	e, last := x.datedRangeEnd(i, k, t, monthFirst)
	if e.D == 0 {
		return k
	}
	c.last, c.date, c.endDate, x.month = last, t.ISO(), e.ISO(), e.M
	if !x.metadataDate(c.first) {
		x.emit(c)
	}
	return c.last
}

// datedRangeEnd reads the end of a range of dates that each name their
// year, at token k after the first, t, month first ("until March 6,
// 1989", "to June 30, 1988", "between March 31, 1987 and March 31, 1989")
// or day first ("28 Nov 2022 - 5 Feb 2023"); not after a change: "extended
// from March 17, 1987 to ...". The end must come later. It returns the
// end (D 0 for none) and the index after it.
func (x *extractor) datedRangeEnd(i, k int, t calendar.Date, monthFirst bool) (calendar.Date, int) {
	start := k
	if x.mark(k) == ',' {
		k++ // "from March 27, 1987, until March 19, 1990", "for period august 1,\n1987, to July 31, 1988"
	}
	if !(x.eq(k, wUntil) || x.eq(k, wTill) || x.eq(k, wTo) || x.eq(k, wThrough) || x.eq(k, wAnd) && x.eq(i-1, wBetween) || x.tokIs(k, tPunct) && isDash(x.str(k))) ||
		x.dateMoved(i) {
		return calendar.Date{}, start
	}
	var m2, d2, j int
	if monthFirst {
		if m2, j = x.monthAt(k + 1); m2 == 0 {
			return calendar.Date{}, start
		}
		d2, j = x.dayAt(j)
		if d2 == 0 && x.tokIs(j, tNum) && x.mark(j+1) == ',' {
			d2, j = x.dayDigits(j) // its day wrapped to the next line: "until April\n9, 1992"
		}
		if d2 == 0 {
			d2, j = x.dayWordAt(j) // "from March one, 1988, to September one, 1989"
		}
	} else if d2, j = x.dayAt(k + 1); d2 != 0 {
		m2, j = x.monthAt(x.skipOf(j))
	}
	if m2 == 0 || d2 == 0 {
		return calendar.Date{}, start
	}
	y2, j := x.yearAt(j)
	end := calendar.Date{Y: y2, M: m2, D: d2}
	if y2 == 0 || !end.Valid() || end.Rough() <= t.Rough() {
		return calendar.Date{}, start
	}
	return end, j
}

// monthsOfAYear reads a range of months whose year is said once, after
// the second: "January to September 1987", "January-September 1986",
// "January/March 1987", "between April and December 1986", "in
// September and October 1986" (as CLAIMS.md reads "November 1 and 2");
// or the first of two months so said, "September or November 1990", "two
// stock splits in March and August 1986", a month of its own. The first month, m, is at token i, and j follows it.
// It returns i when there is none.
func (x *extractor) monthsOfAYear(i, j, m int) int {
	if j-1 > i && x.tokIs(j-1, tPunct) && isDash(x.str(j-1)) {
		j-- // "January-September 1986", read past its hyphen as "Mar-3" is
	}
	// "in September or November\n1990": two months, the first of the
	// year said after the second; so are those of two things, one each
	// ("two stock splits in March and August 1986")
	two := x.eq(j, wOr) || x.eq(j, wAnd) && !x.eq(i-1, wBetween) && x.twoBefore(i)
	if !(two || x.eq(j, wTo) || x.eq(j, wThrough) || x.eq(j, wAnd) || x.tokIs(j, tPunct) && isDash(x.str(j)) || x.gluedSlash(j)) {
		return i
	}
	m2, j2 := x.monthAt(j + 1)
	if m2 <= m {
		return i
	}
	y, k := x.yearAt(j2)
	if y == 0 || k == j2 {
		return i
	}
	c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact,
		date: fmt.Sprintf("%04d-%02d", y, m), endDate: fmt.Sprintf("%04d-%02d", y, m2)}
	x.month = m2
	if two {
		c.last, c.endDate, x.month = j, "", m
	}
	x.emit(&c)
	return c.last
}

// twoBefore reports whether "two" stands in the clause before token i,
// within a dozen words: "the first two newly ordered MD-11's in".
func (x *extractor) twoBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if x.tokIs(k, tPunct) && !isDash(x.str(k)) && x.str(k) != "'" && x.str(k) != "\u2019" {
			return false // a clause ends; but "MD-11's" goes on
		}
		if x.eq(k, wTwo) || x.str(k) == "2" {
			return true
		}
	}
	return false
}

// monthOfYearSaid reads a month whose year is said by reference to the
// article's: "sales only began in October last year", "in May next year".
// It needs the article's year as given with it: a year the text names
// ("bonds due 1995") may be another than the article's.
func (x *extractor) monthOfYearSaid(i, j, m int) int {
	if !x.pubGiven || x.pub.Y == 0 || !x.eq(j+1, wYear) {
		return i
	}
	y := x.pub.Y
	switch {
	case x.eq(j, wLast):
		y--
	case x.eq(j, wNext):
		y++
	case x.eq(j, wThis):
	default:
		return i
	}
	c := claimParts{first: i, last: j + 2, unitKind: factcheck.Date, qual: factcheck.Exact, date: fmt.Sprintf("%04d-%02d", y, m)}
	x.month = m
	x.emit(&c)
	return c.last
}

// emitDate emits the date c, unless it is page furniture, and returns the
// index after it. m and d are its month and day, end the month and day a
// range ends on (D 0 for none), y its year or 0.
func (x *extractor) emitDate(c *claimParts, m, d int, end calendar.Date, y int) int {
	x.month = end.M
	if end.D == 0 {
		x.month = m
	}
	if x.metadataDate(c.first) {
		return c.last
	}
	x.setDates(c, m, d, end, y)
	x.emit(c)
	return c.last
}

// dayFromChange reports whether the day at token i, "the" before it at
// most, is where a change of a date starts: "moved my appointment from
// the 9th to the 23rd of May" gives two dates, no range.
func (x *extractor) dayFromChange(i int) bool {
	f := i - 1
	if x.eq(f, wThe) {
		f--
	}
	return x.dateMoved(f + 1)
}

// dateMoved reports whether the date at token i opens a change of a date,
// "from" before it after a verb that moves dates in its clause: "moved
// the meeting from March 3 to March 10", "changed its fiscal year-end
// from June 30 to December 31" (but "may not cut hedges from March 1 to
// August 31" is a season, the verb's object no date).
func (x *extractor) dateMoved(i int) bool {
	if !(x.eq(i-1, wFrom) && x.changeInClause(i) || x.fromChange(i)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-25 && !x.tokIs(k, tPunct); k-- {
		if changeWord(x.spAt(k)) {
			return dateVerb(x.lowerAt(k))
		}
	}
	return true
}

// dateVerb reports whether w, in lower case, is a verb of change that may
// move a date: "moved", "postponed", "extended", "changed".
func dateVerb(w string) bool {
	switch w {
	case "moved", "move", "moves", "moving", "postponed", "postpone", "delayed", "delay", "pushed", "push", "brought", "bring",
		"extended", "extend", "extending", "changed", "change", "changing", "shifted", "shift", "switched", "switch", "advanced",
		"rescheduled", "deferred", "put", "revised", "went", "go", "goes":
		return true
	}
	return false
}

// possessiveMonth returns the month a capitalised possessive at token k
// names ("October's", "April's"; not "May's", a name's as often), or 0.
func (x *extractor) possessiveMonth(k int) int {
	if k < 0 || k >= len(x.toks) {
		return 0
	}
	t := &x.toks[k]
	if w := x.str(k); t.class == tWord && t.word == 0 && t.flags&fUpper != 0 && strings.HasSuffix(w, "'s") && w != "May's" {
		if id := lexicon.Lookup(w[:len(w)-2]); lexicon.Cat(id)&lexicon.Month != 0 {
			return lexicon.At(id).Month
		}
	}
	return 0
}

// dayMonth reads a date that starts with a day at token i: "7 October",
// "1 and 2 November", "5th of May 2004". It returns i when there is none.
func (x *extractor) dayMonth(i int) int {
	d, j := x.dayAt(i)
	if d == 0 {
		return i
	}
	if m, k := x.joinedMonth(j); m != 0 && (calendar.Date{M: m, D: d}).Valid() {
		// "12-Mar", "5-Apr-21", "12/Mar/2021"
		y, k := x.joinedYear(k, x.str(j))
		c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact}
		return x.emitDate(&c, m, d, calendar.Date{}, y)
	}
	if m, y, last, after := x.listedDayMonth(i, d, j); m != 0 {
		if last != 0 {
			// "1, 2 and 3 February": days in a row, one range, as "1 and 2
			// November" is
			c := claimParts{first: i, last: after, unitKind: factcheck.Date, qual: factcheck.Exact}
			return x.emitDate(&c, m, d, calendar.Date{M: m, D: last}, y)
		}
		c := claimParts{first: i, last: j, unitKind: factcheck.Date, qual: factcheck.Exact}
		return x.emitDate(&c, m, d, calendar.Date{}, y)
	}
	if next := x.dayOfListedDate(i, d, j); next > i {
		return next
	}
	endDay := 0
	if x.eq(j, wAnd) || x.eq(j, wOr) || x.eq(j, wTo) || x.eq(j, wUntil) || x.eq(j, wThrough) || x.tokIs(j, tPunct) && isDash(x.str(j)) || x.gluedSlash(j) { // "6 or 7 January", "on 21/22 December"
		k, the := j+1, false
		if x.eq(k, wThe) && (x.eq(j, wTo) || x.eq(j, wUntil) || x.eq(j, wThrough)) {
			k, the = k+1, true // "from the 6th until the 19th of January"
		}
		k = x.pastWeekday(k)
		if !the && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Weekday) && x.eq(k+1, wThe) {
			k, the = k+2, true // "from Friday the 12th to Thursday the 18th of December"
		}
		if d2, j2 := x.dayAt(k); d2 > d && (!the || x.eq(x.skipOf(j2)-1, wOf) && !x.dayFromChange(i)) { // (and "from Mon 4 to Fri 8 March"; but "moved my appointment from the 9th to the 23rd of May", two dates)
			if m, _ := x.monthAt(x.skipOf(j2)); m != 0 {
				endDay, j = d2, j2
			}
		}
	}
	mi := x.skipOf(j)
	m, k := x.monthAt(mi)
	if m == 0 && mi == j {
		if m = x.possessiveMonth(mi); m != 0 {
			k = mi + 1 // "Friday 18 April's round moves to Saturday 19 April"
		}
	}
	if m == 0 || !(calendar.Date{M: m, D: d}).Valid() {
		return i
	}
	if x.toks[mi].flags&fNewline != 0 && x.tokIs(k, tNum) && x.cellGapBefore(k) && x.tableRow(mi) {
		return i // the last cell of a table's row, then the next row's month: "off    7\n OCT    25"
	}
	end := calendar.Date{M: m, D: endDay}
	if endDay == 0 {
		between := x.eq(i-1, wBetween) || x.eq(i-1, wThe) && x.eq(i-2, wBetween) // "between the 1st of April and the 30th of September"
		end, k = x.monthRangeEnd(i, k, m, d, false, between)                     // "30 March to 2 April"
	}
	if d2, e := x.dayOrdinalAfter(k); end.D == 0 && d2 > d && (x.eq(k, wTo) || x.eq(k, wThrough)) && !x.eq(e, wOf) && (calendar.Date{M: m, D: d2}).Valid() &&
		!x.dateMoved(i) {
		end, k = calendar.Date{M: m, D: d2}, e // "from 1 October to the 31st": the end in the month of the start (but "pushed the deadline back from 15 May to the 31st", two dates)
	}
	y, k := x.yearAt(k)
	c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact}
	if end.D == 0 && y != 0 {
		if last := x.datedRange(&c, i, k, calendar.Date{Y: y, M: m, D: d}, false); last > k {
			return last // "ran 28 Nov 2022 - 5 Feb 2023"
		}
	}
	return x.emitDate(&c, m, d, end, y)
}

// pastWeekday returns the index after a weekday's name, in full or
// abbreviated with a capital ("Fri", "Tues."), that stands at token k
// before a figure, or k.
func (x *extractor) pastWeekday(k int) int {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 {
		return k
	}
	j := k + 1
	if x.mark(j) == '.' && x.toks[j].flags&fSpace == 0 {
		j++
	}
	if !x.tokIs(j, tNum) {
		return k
	}
	if x.toks[k].is(lexicon.Weekday) || weekdayAbbreviated(x.str(k)) {
		return j
	}
	return k
}

// weekdayAbbreviated reports whether s is a weekday's name cut short with
// its capital, as notices write it before a day: "Mon 4", "Tues 2".
func weekdayAbbreviated(s string) bool {
	switch s {
	case "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun":
		return true
	}
	return false
}

// listedDayMonth reads the month of the day d at token i (j after it)
// that a list of later days and then the month follow: the days of "on
// 14, 20 and 27 April" are each a date; but two days alone, "1 and 2
// November", "2 and 9 July", are a range (dayMonth), as CLAIMS.md reads
// them, and so are days after "between", and days in a row ("1, 2 and 3
// February"). A day after a comma of a list is listed too ("20" of "14, 20
// and 27 April"). It returns the month and the year after it, or 0; and
// for days in a row from the first, the last day and the index after the
// list's month and year, else 0.
func (x *extractor) listedDayMonth(i, d, j int) (m, y, last, after int) {
	if x.eq(i-1, wBetween) {
		return 0, 0, 0, 0
	}
	items, inRow := 1, true
	for prev := d; ; {
		sep := j
		if x.mark(sep) != ',' && !x.eq(sep, wAnd) {
			return 0, 0, 0, 0
		}
		d2, j2 := x.dayAt(sep + 1)
		if d2 <= prev {
			return 0, 0, 0, 0
		}
		inRow = inRow && d2 == prev+1
		items++
		prev, j = d2, j2
		if x.eq(sep, wAnd) {
			last = prev
			break
		}
	}
	listed := x.mark(i-1) == ',' && x.tokIs(i-2, tNum)
	if items == 2 && !listed {
		return 0, 0, 0, 0
	}
	m, k := x.monthAt(x.skipOf(j))
	if m == 0 || !(calendar.Date{M: m, D: d}).Valid() {
		return 0, 0, 0, 0
	}
	y, k = x.yearAt(k)
	if !inRow || listed {
		last = 0
	}
	return m, y, last, k
}

// dayOfListedDate reads the day d at token i (j after it) that goes on a
// list of days after a date, month first: "10" and "17" of "on March 3,
// 10 and 17" ("May 4 and 11", two days alone, is a range). The day
// follows a comma just after the date before it, leading on to "and" and
// a later day, or it follows "and" just after a day so listed; it comes
// later in its month, and no noun follows it ("On March 3, 10 people
// died" counts people; but "The April 12, 19 and 26 elections"). It
// returns i when there is none.
func (x *extractor) dayOfListedDate(i, d, j int) int {
	sep := i - 1
	if x.mark(sep) != ',' && !x.eq(sep, wAnd) || len(x.claims) == 0 {
		return i
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Date || p.EndValue != nil || p.End != int(x.toks[sep].s) && p.End != int(x.toks[sep].s)-1 {
		return i
	}
	t, ok := calendar.ParseISO(p.Value.Date)
	if v := p.Value.Date; !ok && len(v) == 7 && v[:2] == "--" {
		t.M, _ = strconv.Atoi(v[2:4]) // "--03-03", its year unknown
		t.D, _ = strconv.Atoi(v[5:])
	}
	if t.D == 0 || d <= t.D || !(calendar.Date{M: t.M, D: d}).Valid() {
		return i
	}
	if digits := len(p.Text) - len(strings.TrimRight(p.Text, "0123456789")); digits == 0 || digits > 2 {
		return i // the date ends in its day, not "notes due November 1, 1994 and 10-3/4 pct notes"
	}
	switch {
	case x.eq(sep, wAnd) && strings.Trim(p.Text, "0123456789") != "":
		return i // "May 4 and 11": a range (date)
	case x.mark(sep) == ',':
		if d2, _ := x.dayAt(j + 1); !x.eq(j, wAnd) && x.mark(j) != ',' || d2 <= d {
			return i
		}
	case x.tokIs(j, tPunct) && !strings.Contains(",.;:)", x.str(j)):
		return i
	case x.tokIs(j, tWord) && !x.toks[j].is(lexicon.Stop):
		pi := x.tokenOf(p)
		if !x.eq(pi-1, wThe) {
			return i // but "The April 12 and 26 elections"
		}
	}
	c := claimParts{first: i, last: j, unitKind: factcheck.Date, qual: factcheck.Exact}
	return x.emitDate(&c, t.M, d, calendar.Date{}, t.Y)
}

// joinedMonth reads a month joined to the day before it by a hyphen or a
// slash at token j, with no space: "12-Mar", "5/Apr". It returns the
// month and the index after it, or 0.
func (x *extractor) joinedMonth(j int) (int, int) {
	if !x.tokIs(j, tPunct) || x.toks[j].flags&fSpace != 0 || x.mark(j) != '-' && x.mark(j) != '/' ||
		!x.tokIs(j+1, tWord) || x.toks[j+1].flags&fSpace != 0 {
		return 0, j
	}
	return x.monthAt(j + 1)
}

// joinedDayMonth reports whether the digits at token i are a day that a
// month is joined to by a hyphen or a slash: "7-Feb".
func (x *extractor) joinedDayMonth(i int) bool {
	if !x.tokIs(i+1, tPunct) && !x.tokIs(i+2, tPunct) {
		return false // no hyphen or slash after the day, nor after its suffix
	}
	d, j := x.dayAt(i)
	m, _ := x.joinedMonth(j)
	return d > 0 && m > 0
}

// joinedYear reads a year of two or four digits joined to a day and month
// by the separator sep at token k, with no space: "12-Mar-2021",
// "5/Apr/21" (a year of two digits is of this century below 50, else of
// the last). It returns the year and the index after it, or 0 and k.
func (x *extractor) joinedYear(k int, sep string) (int, int) {
	if !x.tokIs(k, tPunct) || x.str(k) != sep || x.toks[k].flags&fSpace != 0 || !x.tokIs(k+1, tNum) || x.toks[k+1].flags&fSpace != 0 {
		return 0, k
	}
	s := x.str(k + 1)
	y, err := strconv.Atoi(s)
	switch {
	case err != nil || len(s) != 2 && len(s) != 4 || x.tokIs(k+2, tWord) && x.toks[k+2].flags&fSpace == 0:
		return 0, k
	case len(s) == 2 && y < 50:
		y += 2000
	case len(s) == 2:
		y += 1900
	}
	return y, k + 2
}

// dayOfMonth reports whether the digits at i are a day that a month
// follows, alone or ending a range: "20 March", "20 - 26 March", "21/22
// December".
func (x *extractor) dayOfMonth(i int) bool {
	d, j := x.dayAt(i)
	if d == 0 {
		return false
	}
	if x.eq(j, wAnd) || x.eq(j, wOr) || x.eq(j, wTo) || x.tokIs(j, tPunct) && isDash(x.str(j)) || x.gluedSlash(j) {
		if d2, j2 := x.dayAt(j + 1); d2 > d {
			j = j2
		}
	}
	m, _ := x.monthAt(x.skipOf(j))
	return m != 0
}

// ordinalDay reads a day of the month written as an ordinal word at token
// i: "the third of March", "first of May", "the twenty-first of June",
// "this fourteenth day of July", and a range of two "the fourth to the
// twenty-eighth of August". It returns i when there is none.
func (x *extractor) ordinalDay(i int) int {
	d, j := x.ordinalWord(i)
	if d < 1 || d > 31 {
		return i
	}
	d2 := 0 // "the fourth to the twenty-eighth of August": a range
	if !x.eq(j, wOf) && (x.eq(j, wTo) || x.eq(j, wAnd) || x.eq(j, wThrough)) {
		k := j + 1
		if x.eq(k, wThe) {
			k++
		}
		if e, after := x.ordinalWord(k); e > d && e <= 31 && x.eq(after, wOf) {
			d2, j = e, after
		}
	}
	if !x.eq(j, wOf) && !(x.eq(j, wDay) && x.eq(j+1, wOf)) {
		return i
	}
	m, k := x.monthAt(x.skipOf(j)) // (and "this fourteenth day of July", as a charter writes it)
	if m == 0 || !(calendar.Date{M: m, D: d}).Valid() {
		return i
	}
	y, k := x.yearAt(k)
	c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact}
	var end calendar.Date
	if d2 != 0 && (calendar.Date{M: m, D: d2}).Valid() {
		end = calendar.Date{M: m, D: d2}
	}
	return x.emitDate(&c, m, d, end, y)
}

// ordinalWord returns the whole number of the ordinal in words at token i,
// "third" or "twenty-first", and the index after it; 0 when there is none.
func (x *extractor) ordinalWord(i int) (int, int) {
	if i >= len(x.toks) {
		return 0, i
	}
	t := &x.toks[i]
	if t.is(lexicon.Cardinal) && x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].is(lexicon.Ordinal) {
		tens, unit := t.entry().Num, x.toks[i+2].entry().Num
		if tens < 20 || int(tens)%10 != 0 || unit < 1 || unit > 9 || unit != float64(int(unit)) {
			return 0, i
		}
		return int(tens + unit), i + 3
	}
	if !t.is(lexicon.Ordinal) || t.entry().Num != float64(int(t.entry().Num)) {
		return 0, i
	}
	return int(t.entry().Num), i + 1
}

// skipOf skips "of" in "5th of May", and "day of" in a document's "the
// 3rd day of August, 2019".
func (x *extractor) skipOf(j int) int {
	if x.eq(j, wDay) && x.eq(j+1, wOf) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Month) {
		return j + 2
	}
	if x.eq(j, wOf) {
		return j + 1
	}
	return j
}

// metadataDate reports whether the date at i is page furniture rather than
// a claim: a dateline ("ANKARA, Nov 6 (Reuters) -") or a "Date:" line.
func (x *extractor) metadataDate(i int) bool {
	// "Date: ...", "Published: ...", "Updated ..." at the start of a line
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x.eq(k, wDate) && x.eqText(k+1, ":") || x.eq(k, wPublished) || x.eq(k, wUpdated) || x.eq(k, wPosted) || x.eq(k, wDated) {
			// (but "its original starting\ndate of January 1988", a line
			// of wire copy that a wrap begins with "date", is a claim)
			if x.toks[k].flags&fNewline != 0 || k == 0 {
				return true
			}
		}
		if x.toks[k].flags&fNewline != 0 {
			break
		}
	}
	// a dateline: "NEW YORK, March 2 -", "CITY, Nov 6 (Reuters) -"
	if x.tokIs(i-1, tPunct) && x.mark(i-1) == ',' && x.tokIs(i-2, tWord) && x.toks[i-2].flags&fAllCaps != 0 && x.datelineStart(i) {
		return true
	}
	// with its state or country: "SAO PAULO, Brazil, March 5 -", "OAK
	// BROOK, ILL., March 19 -", "WOODBRIDGE, N.J., March 9 -",
	// "WELLINGTON, New Zealand, May 2 -"
	if x.eqText(i-1, ",") {
		k, words := i-2, 0
		for k >= 0 && k >= i-6 && words < 3 && x.toks[k].flags&fNewline == 0 && (x.eqText(k, ".") || x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0) {
			if x.tokIs(k, tWord) {
				words++
			}
			k--
		}
		if words > 0 && x.eqText(k, ",") && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fAllCaps != 0 && x.datelineStart(k) {
			return true
		}
	}
	// a place in capitals and small letters, its date then a dash: "New
	// York, March 17 -" after a byline
	if x.eqText(i-1, ",") && x.titleLineStart(i-2) {
		if _, k := x.dayAt(i + 1); k > i+1 && x.tokIs(k, tPunct) && isDash(x.str(k)) {
			return true
		}
	}
	// "Nov 6 (Reuters)", "March 2, 1987 (AP)": only the day, the year and
	// their stops lie between the month and the agency; "It ran in
	// September 1956 and in (October 1986)" is no dateline
	for j := i + 1; j < len(x.toks) && j < i+8 && x.toks[j].flags&fNewline == 0; j++ {
		if x.mark(j) == '(' && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper != 0 && x.toks[j].flags&fSpace != 0 {
			return x.datelineStart(i)
		}
		if x.tokIs(j, tWord) {
			break
		}
	}
	return false
}

// datelineStart reports whether token i is within the first few tokens of
// a line that starts afresh, as a dateline's does, not one that wraps a
// sentence of prose ("shares at 17 dlrs until midnight,\nEST, March 9").
func (x *extractor) datelineStart(i int) bool {
	k := x.lineStartOf(i)
	return k == 0 || k > 0 && !x.proseWraps(k)
}

// lineStartNear reports whether token i is within the first few tokens of
// its line.
func (x *extractor) lineStartNear(i int) bool { return x.lineStartOf(i) >= 0 }

// lineStartOf returns the first token of the line of token i when it is
// among the few tokens before i, else -1.
func (x *extractor) lineStartOf(i int) int {
	for k := i; k >= 0 && k > i-6; k-- {
		if k == 0 || x.toks[k].flags&fNewline != 0 {
			return k
		}
	}
	return -1
}

// titleLineStart reports whether token i ends a run of up to three
// capitalised words that opens a line, or two such runs parted by a
// comma: a place ("New York", "Edmonton, Alberta").
func (x *extractor) titleLineStart(i int) bool {
	commas := 0
	for k, words := i, 0; k >= 0 && words < 3; k-- {
		if x.eqText(k, ",") && commas == 0 && k < i {
			commas, words = 1, 0
			continue
		}
		if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 {
			return false
		}
		if k == 0 || x.toks[k].flags&fNewline != 0 {
			return true
		}
		words++
	}
	return false
}

// yearContext reports whether the four digits at i, with nothing after
// them read as a unit, are a year: "in 2004", "the 2004 election", "2004,"
// but not "2000 people".
func (x *extractor) yearContext(i, last int) bool {
	if x.tokIs(i-1, tWord) {
		switch x.lowerAt(i - 1) {
		case "in", "since", "by", "until", "till", "from", "of", "for", "during", "between", "and", "to",
			"before", "after", "early", "late", "mid", "the", "year", "season", "spring", "summer", "autumn",
			"winter", "fall", "fiscal", "financial", "end", "start", "beginning", "through", "throughout",
			"around", "circa", "or", "than", "its", "their", "christmas", "election":
			return true
		}
		if x.toks[i-1].is(lexicon.Month) {
			return true
		}
	}
	if x.tokIs(i-1, tPunct) && isDash(x.str(i-1)) && x.prefixWord(i-2) {
		return true
	}
	if last >= len(x.toks) || x.toks[last].class == tPunct || x.toks[last].flags&fNewline != 0 {
		return true
	}
	if x.toks[last].class == tWord && x.toks[last].is(lexicon.Stop|lexicon.Determiner) {
		return true
	}
	if x.eqText(last, "levels") || x.eqText(last, "level") && x.eq(last+1, wOf) {
		return true // "7.1% below 2005 levels", "under 1990 levels": a year's, the baseline of a change
	}
	// "the 2012 Olympic bid", "2001 winners"; but "2000 people"; "estimates
	// 1987 earnings" estimates what a year will bring
	return !countNoun(x.str(last)) && !(pluralNoun(x.str(last)) && x.qualifierBefore(i) && !x.eq(i-1, wEstimates) && !x.comparedYear(i-1))
}

// earlyYear reports whether the number n, of four digits before 1800, is
// a year: after "in", "since", "circa", "from", "between", "late", "early"
// or "mid", or "of" after a name ("the Great Frost of 1709"), or ending a span of such years after "to" or "and", and before
// no noun ("the birthplace in 1723 of Adam Smith", "from 1337 to 1453"),
// an owner of a title ("1776's Wealth of
// Nations"), or a life's first year in brackets ("(1775–1817)"). "In 1500
// cases" counts cases.
func (x *extractor) earlyYear(n number) bool {
	s := x.str(n.first)
	if len(s) != 4 || n.last != n.first+1 || n.value < 1000 || n.value >= 1800 || n.decimal || n.scaled {
		return false
	}
	k := n.last
	if x.tokIs(k, tPunct) && (x.str(k) == "'" || x.str(k) == "\u2019") && x.eq(k+1, wS) && x.tokIs(k+2, tWord) && x.toks[k+2].flags&fUpper != 0 {
		return true // "1776's Wealth of Nations"
	}
	if x.mark(n.first-1) == '(' && x.tokIs(k, tPunct) && isDash(x.str(k)) && x.tokIs(k+1, tNum) && len(x.str(k+1)) == 4 && x.mark(k+2) == ')' {
		return true // "Keats (1775–1817)": a life's years
	}
	if x.fullMonthAt(n.first-1) && x.toks[n.first].flags&fNewline == 0 {
		return true // "in July 1799", "October 1347": a month's year
	}
	switch x.spAt(max(n.first-1, 0)) {
	case wIn, wSince, wCirca, wFrom, wBetween, wLate, wEarly, wMid: // not "after 1530", "until 1500", times of day
	case wOf:
		// a name's year: "the Great Frost of 1709", "the Assize of Bread
		// and Ale of 1266" (but "Sales of 1500 units", "a high of 1757")
		p := n.first - 2
		if !x.tokIs(p, tWord) || x.toks[p].flags&fUpper == 0 || x.toks[p].flags&fAllCaps != 0 || x.sentenceStart(p) {
			return false
		}
	case wTo, wAnd:
		// the end of a span of early years: "from 1337 to 1453", "between
		// 1347 and 1351"
		f := n.first - 2
		if !x.tokIs(f, tNum) || len(x.str(f)) != 4 || !(x.eq(f-1, wFrom) || x.eq(f-1, wBetween)) {
			return false
		}
		if v, err := strconv.Atoi(x.str(f)); err != nil || v < 1000 || v >= 1800 || float64(v) >= n.value {
			return false
		}
	default:
		return false
	}
	if (x.eq(k, wTo) || x.eq(k, wAnd) || x.tokIs(k, tPunct) && isDash(x.str(k))) && x.tokIs(k+1, tNum) && (x.timeOfDay(k+2) || x.eq(k+2, wLocal) || x.eq(k+2, wHrs)) {
		return false // "from 1130 to 1215 GMT": times of day
	}
	return n.first > 0 && (k >= len(x.toks) || x.tokIs(k, tPunct) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Stop|lexicon.Determiner))
}

// fullMonthAt reports whether token m names a month in full, capitalised,
// in a line of prose: "July", "October" (but a table's row "Dec 1403").
func (x *extractor) fullMonthAt(m int) bool {
	return m >= 0 && x.tokIs(m, tWord) && x.toks[m].is(lexicon.Month) && x.toks[m].flags&(fUpper|fNewline|fAllCaps) == fUpper && x.toks[m].e-x.toks[m].s >= 4 && x.mark(m+1) != '.'
}

// eraYear reads at token i a year its era marks, or "circa": "AD 410",
// "A.D. 79", "79 AD", "410 CE", "44 BC" (-0043, ISO 8601 counting a year
// 0), "c. 800", "ca. 1600", "circa 1750" (about that year). The year is
// whole digits, one to four; after "c.", "ca." or "circa" three or four,
// before no noun but a stop word other than "of" ("circa 300 people" counts
// people). It returns the index after the claim, or i.
func (x *extractor) eraYear(i int) int {
	if !x.eraNear(i) {
		return i
	}
	s := x.str(i)
	if _, last, _ := x.eraAfterYear(i + 2); len(s) > 4 || s[0] == '0' || !allDigits(s) || x.tokIs(i+1, tPunct) && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && !(isDash(x.str(i+1)) && last > 0) {
		return i // "1,500", "4.5", "c. 1655–60" (but "1150–1000 BC")
	}
	v, _ := strconv.Atoi(s)
	c := claimParts{first: i, last: i + 1, unitKind: factcheck.Date, qual: factcheck.Exact}
	switch {
	case x.str(i-1) == "AD":
		c.first = i - 1
	case x.abbreviationAt(i-4, "A", "D"):
		c.first = i - 4 // "A.D. 79"
	case v >= 100 && (x.eq(i-1, wCirca) || x.mark(i-1) == '.' && (x.eq(i-2, wC) || x.eq(i-2, wCa)) && (i == 2 || x.toks[i-2].flags&fSpace != 0)):
		c.first, c.qual = i-1, factcheck.Approx
		if x.mark(i-1) == '.' {
			c.first = i - 2
		}
		if k := i + 1; x.mark(k) == '%' || x.tokIs(k, tWord) && (!x.toks[k].is(lexicon.Stop) || x.eq(k, wOf)) && !eraAfter(x.str(k)) && !x.abbreviationAt(k, "B", "C") && !x.abbreviationAt(k, "A", "D") {
			return i // "circa 300 people", "circa 260%"
		}
	}
	bc, circa := false, c.qual == factcheck.Approx
	_, eraLast, eraBC := x.eraAfterYear(i)
	switch {
	case c.first < i && !circa: // "AD 410"
	case eraLast > 0:
		c.last, bc = eraLast, eraBC // "79 AD", "79 A.D.", "410 CE", "44 BC", "44 B.C."
	case circa: // "c. 800", but "c. 2500 BC"
	case x.eraSpanJoin(i+1) && x.tokIs(i+2, tNum):
		// "1150–1000 BC", "between 3000 and 2900 BC": a span of years
		// whose era is said after its end
		end, last, endBC := x.eraAfterYear(i + 2)
		if last == 0 || (x.eq(i+1, wAnd) && !x.eq(i-1, wBetween)) {
			return i
		}
		if x.eq(i-1, wBetween) {
			c.first = i - 1
		}
		c.date, c.endDate, c.last = eraISO(v, endBC), eraISO(end, endBC), last
		x.emit(&c)
		return c.last
	default:
		return i
	}
	c.date = eraISO(v, bc)
	if k := c.last; x.eraSpanJoin(k) && !x.eq(k, wAnd) && x.tokIs(k+1, tNum) {
		if end, last, endBC := x.eraAfterYear(k + 1); last > 0 && endBC == bc {
			c.endDate, c.last = eraISO(end, endBC), last // "4500 BC to 500 BC": the era said at both ends
		}
	}
	x.emit(&c)
	return c.last
}

// eraSpanJoin reports whether token k joins two years of a span: a dash
// glued to both, "to" or "and".
func (x *extractor) eraSpanJoin(k int) bool {
	return x.tokIs(k, tPunct) && isDash(x.str(k)) && x.toks[k].flags&fSpace == 0 && k+1 < len(x.toks) && x.toks[k+1].flags&fSpace == 0 ||
		x.eq(k, wTo) || x.eq(k, wAnd)
}

// eraAfterYear reads at token k a year of one to four digits and the era
// marked after it ("1000 BC", "500 B.C.", "79 AD"): the year, the index
// after the era and whether it is before Christ; last is 0 when there is
// none.
func (x *extractor) eraAfterYear(k int) (year, last int, bc bool) {
	s := x.str(k)
	if !x.tokIs(k, tNum) || len(s) > 4 || s[0] == '0' || !allDigits(s) {
		return 0, 0, false
	}
	year, _ = strconv.Atoi(s)
	switch {
	case x.str(k+1) == "BC" || x.str(k+1) == "BCE":
		return year, k + 2, true
	case x.abbreviationAt(k+1, "B", "C"):
		return year, k + 5, true
	case x.str(k+1) == "AD" || x.str(k+1) == "CE":
		return year, k + 2, false
	case x.abbreviationAt(k+1, "A", "D"):
		return year, k + 5, false
	}
	return 0, 0, false
}

// eraISO writes the year v of its era as ISO 8601 does, counting a year
// 0: 44 BC is -0043, 1 BC 0000, AD 79 0079.
func eraISO(v int, bc bool) string {
	switch {
	case bc && v > 1:
		return fmt.Sprintf("-%04d", v-1)
	case bc:
		return "0000"
	}
	return fmt.Sprintf("%04d", v)
}

// eraAfter reports whether w marks the era of the year before it: "AD",
// "CE", "BC", "BCE".
func eraAfter(w string) bool {
	return w == "AD" || w == "CE" || w == "BC" || w == "BCE"
}

// eraNear reports, cheaply, whether a token beside the figure at i may
// mark its era or "circa": a word of two capitals or five letters, or a
// full stop, before it; a capital after it, or after a span's end.
func (x *extractor) eraNear(i int) bool {
	if i > 0 {
		p := &x.toks[i-1]
		if p.class == tWord && (p.e-p.s == 2 && p.flags&fAllCaps != 0 || p.e-p.s == 5) || p.class == tPunct && x.text[p.s] == '.' {
			return true
		}
	}
	if i+3 < len(x.toks) && x.toks[i+3].class == tWord && x.toks[i+3].flags&fUpper != 0 && x.eraSpanJoin(i+1) {
		return true // "1150–1000 BC", "between 3000 and 2900 BC": the era after the span's end
	}
	return i+1 < len(x.toks) && x.toks[i+1].class == tWord && x.toks[i+1].flags&fUpper != 0
}

// abbreviationAt reports whether tokens k to k+3 are the two capitals a and
// b, each with its full stop: "A.D.", "B.C.".
func (x *extractor) abbreviationAt(k int, a, b string) bool {
	return k >= 0 && x.str(k) == a && x.mark(k+1) == '.' && x.str(k+2) == b && x.mark(k+3) == '.' &&
		x.toks[k+1].flags&fSpace == 0 && x.toks[k+2].flags&fSpace == 0 && x.toks[k+3].flags&fSpace == 0
}

// comparedYear reports whether the word at k compares what a year brings
// and no figure: "SEES LOWER 1987 EARNINGS", "higher 1986 profits".
func (x *extractor) comparedYear(k int) bool {
	return (x.eq(k, wLower) || x.eq(k, wHigher) || x.eq(k, wRecord) || x.eq(k, wWeaker) || x.eq(k, wStronger)) && !x.eq(k+2, wThan)
}

// qualifierBefore reports whether a qualifier stands before token i.
func (x *extractor) qualifierBefore(i int) bool {
	_, k := x.qualifier(i)
	return k < i
}

// countNoun reports whether w is a noun that digits before it count even
// when they look like a year.
func countNoun(w string) bool {
	switch lower(w) {
	case "people", "men", "women", "children", "staff", "workers", "jobs", "troops", "police", "soldiers",
		"cars", "homes", "houses", "pupils", "students", "votes", "members", "employees", "residents",
		"delegates", "fans", "shares", "units", "copies", "patients", "refugees", "prisoners", "civilians":
		return true
	}
	return false
}

// pluralNoun reports whether w looks like a plural noun.
func pluralNoun(w string) bool {
	switch lower(w) {
	case "people", "men", "women", "children", "police", "staff", "cattle", "sheep", "fish", "personnel", "troops", "workers", "jobs":
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && w[n-2] != '\''
}

// nextYear reports whether token k is the year after year y: "2022 and
// 2023" is one span of years.
func (x *extractor) nextYear(k int, y float64) bool {
	return x.tokIs(k, tNum) && x.str(k) == strconv.Itoa(int(y)+1) && !(x.tokIs(k+1, tWord) && countNoun(x.str(k+1)))
}

// year emits the year at token i as a date claim.
func (x *extractor) year(i, last int) int {
	c := claimParts{first: i, last: last, unitKind: factcheck.Date, qual: factcheck.Exact, date: stripCommas(x.str(i))}
	if x.tokIs(i-1, tPunct) && isDash(x.str(i-1)) && x.prefixWord(i-2) {
		c.first = i - 2
	}
	// "1998-99", "2004/05", "2005/6": a season or fiscal year
	if x.tokIs(last, tPunct) && (isDash(x.str(last)) || x.mark(last) == '/') && x.tokIs(last+1, tNum) &&
		x.toks[last].flags&fSpace == 0 && x.toks[last+1].flags&fSpace == 0 && x.toks[last+1].e-x.toks[last+1].s <= 4 {
		c.last = last + 2
		if e := x.str(last + 1); len(e) == 4 && e > x.str(i) {
			c.endDate = e
		} else if y, err := strconv.Atoi(x.str(i)); err == nil && len(e) == 2 && allDigits(e) {
			// "2003-04", "1987/88", "1984-86", "1999-00": the end's last
			// two digits, in the next ten years, or further where they
			// cannot be a month ("presented the show from 1956-87", but
			// "2004-12" may be December 2004)
			yy, _ := strconv.Atoi(e)
			end := y/100*100 + yy
			if end <= y {
				end += 100
			}
			if end-y <= 10 || yy > 12 {
				c.endDate = strconv.Itoa(end)
			}
		} else if y, err := strconv.Atoi(x.str(i)); err == nil && len(e) == 1 && int(e[0]-'0') == (y+1)%10 {
			c.endDate = strconv.Itoa(y + 1) // "2005/6", "by 2007-8": a fiscal year, its end's last digit
		}
	}
	if c.endDate == "" {
		if day := x.listedDay(i); day != "" {
			c.date += day
		} else if x.eq(i-1, wOf) && x.eq(i-2, wDay) && (x.eq(i-3, wLast) || x.eq(i-3, wFirst)) && len(c.date) == 4 {
			// "the last day of 2027", "the first day of 1988": a day
			c.first, c.date = i-3, c.date+"-12-31"
			if x.eq(i-3, wFirst) {
				c.date = c.date[:4] + "-01-01"
			}
		}
	}
	x.emit(&c)
	return c.last
}

// listedDay returns the month and day ("-02-02") of a full date that
// opens a list of years the year at token i ends or continues: "in three
// tranches on February 2, 1997, 1998 and 1999" redeems each on February
// 2. It returns "" when the year is no such item.
func (x *extractor) listedDay(i int) string {
	if !x.afterListed(i) && !(x.eq(i-1, wAnd) && x.tokIs(i-2, tNum)) || len(x.claims) == 0 {
		return ""
	}
	p := &x.claims[len(x.claims)-1]
	d := p.Value.Date
	if p.Kind != factcheck.Date || p.EndValue != nil || len(d) != len("1997-02-02") || d[4] != '-' {
		return ""
	}
	for k := x.tokenAfter(p); k < i; k++ {
		if !x.eq(k, wAnd) && !(x.tokIs(k, tPunct) && x.mark(k) == ',') && !(x.tokIs(k, tNum) && yearLike(x.str(k))) {
			return ""
		}
	}
	return d[4:]
}

// yearsOf reads the years that a first year and a glued "s" at n name,
// from it to last more: a decade ("the 1960s", 1960 to 1969, last 9) or a
// century ("the 1600s", 1600 to 1699, last 99, as the goldens' hands write
// it; "the 17th century" stays an ordinal). The caller tells which, and
// leaves an age ("her 60s").
func (x *extractor) yearsOf(n number, last int) int {
	c := claimParts{first: n.first, last: n.last + 1, unitKind: factcheck.Date, qual: factcheck.Exact,
		date: x.str(n.first), endDate: strconv.Itoa(int(n.value) + last)}
	x.emit(&c)
	return c.last
}

// possessiveDecade reads a decade written with an apostrophe before its
// "s": "the 1990's", "Germany during the 30's", "the late 70's" (1930 to
// 1939; "the 20's", 2020 to 2029, as shortDecade reads "'20s"), and a
// century so: "the 1800's", 1800 to 1899. Two digits
// after no "the" are an age ("in his late 40's") or a level ("the mid-30's",
// "the high 60's") and no claim. It returns n.first when the
// number is no decade.
func (x *extractor) possessiveDecade(n number) int {
	k := n.last
	v := int(n.value)
	if !x.tokIs(k, tPunct) || x.str(k) != "'" && x.str(k) != "\u2019" || !x.eq(k+1, wS) || x.toks[k].flags&fSpace != 0 || x.toks[k+1].flags&fSpace != 0 ||
		n.scaled || n.decimal || v%10 != 0 || n.last != n.first+1 {
		return n.first
	}
	y, span := v, 9
	theBefore := x.eq(n.first-1, wThe) || (x.eq(n.first-1, wEarly) || x.eq(n.first-1, wMid) || x.eq(n.first-1, wLate)) && x.eq(n.first-2, wThe)
	switch {
	case n.year && !theBefore && x.tokIs(k+2, tWord) && x.toks[k+2].flags&fUpper == 0 && !x.toks[k+2].is(lexicon.Stop):
		return n.first // "the highest since 1990's record of 98.8F": the year's own (possessive), no decade
	case n.year && v%100 != 0:
	case len(x.str(n.first)) == 4 && v >= 1000 && v < 2000 && v%100 == 0 && x.eq(n.first-1, wThe):
		span = 99 // "restored twice in the 1800's": a century, as "the 1800s" is
	case len(x.str(n.first)) != 2:
		return n.first
	case !x.eq(n.first-1, wThe) && !((x.eq(n.first-1, wEarly) || x.eq(n.first-1, wLate)) && x.eq(n.first-2, wThe)):
		return k + 2 // "in his late 40's" an age, "the mid-30's" a price, "the high 60's" a level: no claim
	case v < 30:
		y = 2000 + v
	default:
		y = 1900 + v
	}
	c := claimParts{first: n.first, last: k + 2, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(y), endDate: strconv.Itoa(y + span)}
	x.emit(&c)
	return c.last
}

// decadeWords are the decades of the twentieth century named in words,
// by their first year.
var decadeWords = map[string]int{"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
	"seventies": 1970, "eighties": 1980, "nineties": 1990}

// wordDecade reads a decade named in words, capitalised, after "the" (and
// "early", "mid" or "late"), at token i: "in the Nineties" is 1990 to
// 1999; after a possessive, an age ("in her forties", decadeOfAge). It
// returns i when there is none.
func (x *extractor) wordDecade(i int) int {
	y, ok := decadeWords[lower(x.str(i))]
	if !ok {
		return i
	}
	if k := x.agedDecade(i - 1); k >= 0 && x.toks[i].flags&fUpper == 0 {
		// "in her early thirties": an age, as "in her early 30s" (but
		// "her Nineties hits" are of her decade)
		return x.decadeOfAge(k, i-1, i+1, number{first: i, last: i + 1, value: float64(y - 1900), words: true})
	}
	if x.toks[i].flags&fUpper == 0 || x.toks[i].flags&fAllCaps != 0 {
		return i
	}
	k := i - 1
	if x.eq(k, wEarly) || x.eq(k, wMid) || x.eq(k, wLate) {
		k--
	}
	if !x.eq(k, wThe) {
		return i
	}
	c := claimParts{first: i, last: i + 1, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(y), endDate: strconv.Itoa(y + 9)}
	x.emit(&c)
	return c.last
}

// shortDecade reads a decade in two digits: after a possessive, an age
// ("in his 30s", 30 to 39 years); after an apostrophe, the years ("the ’80s or ’90s" are 1980 to 1989 and 1990 to
// 1999; "’20s", 2020 to 2029), or in a sentence of temperatures, a range of
// degrees ("high temperatures in the 50s and 60s F", "Readings in the 40s
// F"), Fahrenheit unless a C follows. It returns n.first when neither.
func (x *extractor) shortDecade(n number) int {
	v := int(n.value)
	if len(x.str(n.first)) != 2 || v%10 != 0 || n.decimal {
		return n.first
	}
	last := n.last + 1
	if k := x.agedDecade(n.first - 1); k >= 0 && v >= 10 {
		// "a man in his 30s": an age, 30 to 39 years
		return x.decadeOfAge(k, n.first-1, last, n)
	}
	if k := n.first - 1; x.tokIs(k, tPunct) && (x.str(k) == "'" || x.str(k) == "\u2019") && x.toks[n.first].flags&fSpace == 0 {
		y := 1900 + v
		if v < 30 {
			y = 2000 + v
		}
		c := claimParts{first: k, last: last, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(y), endDate: strconv.Itoa(y + 9)}
		x.emit(&c)
		return c.last
	}
	unit, end, top := "", last, n.value+9
	first, lo, hi := x.decadePart(n.first - 1)
	if x.eq(last, wF) || x.eq(last, wC) {
		unit, end = degrees(x.str(last)), last+1
	} else if x.eq(last, wCelsius) || x.eq(last, wFahrenheit) {
		unit, end = degrees(x.str(last)[:1]), last+1 // "the mid-30s Celsius"
	} else if x.eq(last, wAnd) && x.tokIs(last+1, tNum) && x.eq(last+2, wS) && (x.eq(last+3, wF) || x.eq(last+3, wC)) {
		if m, ok := x.digits(last + 1); ok && m.value > n.value {
			// "the 50s and 60s F": one range, 50 to 69
			unit, end, top = degrees(x.str(last+3)), last+4, m.value+9
		}
	} else if x.temperatureSentence(n.first) {
		unit = x.decadeScale()
	}
	if unit == "" {
		return n.first
	}
	c := claimParts{first: n.first, last: end, num: n, unitKind: factcheck.Measure, unit: unit, qual: factcheck.Exact, factor: 1}
	e := n
	e.value = top
	if first < n.first && top == n.value+9 {
		// "the low to mid 30s" are 30 to 36 degrees, "the upper 30s" 37 to 39
		c.first, c.num.value, e.value = first, n.value+lo, n.value+hi
	}
	c.end = &e
	x.emit(&c)
	return c.last
}

// agedDecade returns the index of the possessive pronoun that makes the
// decade whose figure or word follows token k an age, with "early", "mid"
// or "late" between if any ("in her late 60s", "his mid-forties"); or -1.
func (x *extractor) agedDecade(k int) int {
	if x.mark(k) == '-' && x.toks[k].flags&fSpace == 0 {
		k-- // "mid-40s"
	}
	if x.eq(k, wEarly) || x.eq(k, wLate) || x.eq(k, wMid) || x.eq(k, wMiddle) {
		k--
	} else if x.mark(k) == '-' {
		return -1
	}
	if x.tokIs(k, tWord) && possessivePronoun(x.spAt(k)) {
		return k
	}
	return -1
}

// decadeOfAge emits the age of a decade of life written in tokens [k,
// last), its decade's figure n (value 30 of "30s" or "thirties") ending at
// token at+1: "in his 30s" is 30 to 39 years, "her early thirties" 30 to 33,
// "his mid-40s" about 45, "her late 60s" 67 to 69 (the hands' parts of a
// decade of life).
func (x *extractor) decadeOfAge(k, at, last int, n number) int {
	c := claimParts{first: k, last: last, num: n, unitKind: factcheck.Duration, unit: "year", qual: factcheck.Exact, factor: 1}
	lo, hi := 0.0, 9.0
	part := at
	if x.mark(part) == '-' {
		part--
	}
	switch {
	case x.eq(part, wEarly):
		lo, hi = 0, 3
	case x.eq(part, wMid) || x.eq(part, wMiddle):
		lo, hi = 5, 5
	case x.eq(part, wLate):
		lo, hi = 7, 9
	}
	if hi-lo < 9 {
		c.qual = factcheck.Approx
	}
	c.num.value = n.value + lo
	if hi > lo {
		e := n
		e.value = n.value + hi
		c.end = &e
	}
	x.emit(&c)
	return c.last
}

// decadeParts maps the words that name a part of a decade of degrees to
// its first and last years: "the low 30s" are 30 to 33, "the mid 30s" 34
// to 36, "the upper 30s" 37 to 39, as forecasters say them.
var decadeParts = map[string][2]float64{"low": {0, 3}, "lower": {0, 3}, "early": {0, 3}, "mid": {4, 6}, "middle": {4, 6},
	"upper": {7, 9}, "high": {7, 9}, "late": {7, 9}}

// decadePart reads the part of a decade named in the words ending at
// token i, before its figure: "low", "upper", "low to mid", "mid-to-upper".
// It returns the index of its first word and the part's offsets in the
// decade, or i+1 when there is none.
func (x *extractor) decadePart(i int) (first int, lo, hi float64) {
	if x.tokIs(i, tPunct) && x.mark(i) == '-' && x.toks[i].flags&fSpace == 0 {
		i-- // "mid-30s"
	}
	p, ok := decadeParts[x.lowerAt(max(i, 0))]
	if i < 0 || !x.tokIs(i, tWord) || !ok {
		return i + 1, 0, 9
	}
	first, lo, hi = i, p[0], p[1]
	k := i - 1
	if x.tokIs(k, tPunct) && x.mark(k) == '-' {
		k-- // "mid-to-upper"
	}
	if x.eq(k, wTo) {
		j := k - 1
		if x.tokIs(j, tPunct) && x.mark(j) == '-' {
			j--
		}
		if q, ok := decadeParts[x.lowerAt(max(j, 0))]; ok && j >= 0 && x.tokIs(j, tWord) && q[0] < p[0] {
			first, lo = j, q[0] // "the low to mid 30s"
		}
	}
	return first, lo, hi
}

// temperatureSentence reports whether the sentence of token i speaks of
// temperatures, up to it ("Highs will warm into the 70s") or after it by
// a forecaster's name ("We'll be heading back into the 40s on Friday,
// Meteorologist Chris Shaffer says").
func (x *extractor) temperatureSentence(i int) bool {
	start := x.sentenceStartBefore(i)
back:
	for k := i - 1; k >= start; k-- {
		switch x.lowerAt(k) {
		case "temperature", "temperatures", "temps", "highs", "lows", "readings", "degrees", "thermometer", "meteorologist", "forecaster":
			return true
		case ".", "?", "!":
			break back // "into the 70s. He is in his 30s."
		}
	}
	for k := i + 1; k < len(x.toks) && k < i+20; k++ {
		if x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == '?' || x.mark(k) == '!') {
			return false
		}
		if x.eq(k, wMeteorologist) || x.eq(k, wForecaster) {
			return true
		}
	}
	return false
}

// unitNames end the names of military and judicial units, of a film
// studio, of Egypt's dynasties and of a constitution's amendments that a
// number in digits and a suffix opens: "the 10th Mountain Division", "the
// 95th Judicial District Court", "20th Century Fox", "the 18th Dynasty",
// "The 19th Amendment". A
// ceremony's or a prize's edition ("the 77th Academy Awards", "the 14th
// Adam Smith Lecture") is a rank.
var unitNames = map[string]bool{"division": true, "battalion": true, "brigade": true, "regiment": true, "corps": true,
	"fleet": true, "infantry": true, "cavalry": true, "airborne": true, "army": true, "circuit": true, "district": true, "fox": true,
	"precinct": true, "squadron": true, "armored": true, "armoured": true, "dynasty": true, "amendment": true,
	"scouts": true, "brownies": true, "guides": true, "cubs": true, "beavers": true} // "The 1st Kendal Scouts": a troop, numbered in its town

// unitName returns the index after the name of a unit (unitNames) that
// starts at token j with capitalised words, after an ordinal in digits,
// or j.
func (x *extractor) unitName(j int) int {
	from := j
	if x.eq(j, wU) && x.mark(j+1) == '.' && x.eq(j+2, wS) && x.mark(j+3) == '.' {
		from = j + 4 // "the 9th U.S. Circuit Court of Appeals"
	}
	for k := from; k < from+4 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && (k == from || x.toks[k].flags&fNewline == 0); k++ {
		if unitNames[x.lowerAt(k)] {
			return k + 1
		}
	}
	return j
}

// digitOrdinal reads "31st", "2nd": a day of the month after "the", before
// "of" and a month, or next to a month; else an ordinal.
func (x *extractor) digitOrdinal(n number) int {
	i := n.first
	if next := x.dayMonth(i); next > i {
		return next
	}
	j := n.last + 1 // after the suffix
	if x.streetAt(j) {
		return j // "4th Street", "42nd St.": a name
	}
	if k := x.unitName(j); k > j {
		return k // "the 10th Mountain Division", "the 11th Judicial Circuit", "20th Century Fox": a name
	}
	if x.toks[i].flags&fShout != 0 && x.tickerAhead(j) {
		return j // "1ST CENTRAL FINANCIAL &lt;FCC> SEES HIGHER EARNINGS": a company named in a headline
	}
	if x.tokIs(j, tWord) && x.toks[j].flags&fUpper != 0 && x.companySuffixAhead(j, false) {
		return j // "a proposal from 20th Century Holdings": a company's name (but "the 51st Cross International Zornotza" is a race's edition)
	}
	if x.graderAt(j) {
		return j // "Detroit's 3rd graders": the pupils of a school year, named
	}
	c := claimParts{first: i, last: j, num: n, unitKind: factcheck.Ordinal, qual: factcheck.Exact, factor: 1}
	if m := x.letterMonth(j); m != 0 && x.eq(i-1, wThe) && n.value <= 31 && (calendar.Date{M: m, D: int(n.value)}).Valid() {
		// "by the 15th inst.", "your cheque dated the 28th ult.": a day of
		// the letter's month, or the month before or after it
		c.unitKind, c.last = factcheck.Date, j+1
		if x.mark(j+1) == '.' && x.toks[j+1].flags&fSpace == 0 {
			c.last = j + 2
		}
		x.setDates(&c, m, int(n.value), calendar.Date{}, 0)
		x.emit(&c)
		return c.last
	}
	if rel := x.monthAway(j); rel != 0 && x.eq(i-1, wThe) && x.pub.M != 0 && n.value <= 31 {
		// "will open on the 21st of next month" under "Date: 2025-03-04":
		// a day of the month after the page's, or before it
		t := calendar.Date{Y: x.pub.Y, M: x.pub.M + rel, D: int(n.value)}
		switch {
		case t.M == 13:
			t.Y, t.M = t.Y+1, 1
		case t.M == 0:
			t.Y, t.M = t.Y-1, 12
		}
		if x.pub.Y == 0 {
			t.Y = 0
		}
		if t.Valid() {
			c.unitKind, c.last = factcheck.Date, j+3
			x.setDates(&c, t.M, t.D, calendar.Date{}, t.Y)
			x.emit(&c)
			return c.last
		}
	}
	month := x.month
	if m, k := x.monthNamedBefore(i); x.eq(i-1, wThe) && n.value <= 31 && m != 0 && (month == 0 || k >= x.sentenceStartBefore(i) && x.attributive(k)) {
		month = m // "Rent for March is due on the 1st", "The February mid-term break will run from the 16th to the 20th"
	}
	if m := x.monthOfDayAhead(j); x.eq(i-1, wThe) && n.value <= 31 && m != 0 {
		month = m // "reported on the 2nd and by the 9th of March", "between the 1st and the 5th of August"
	}
	if month == 0 && x.pub.M != 0 {
		month = x.pub.M // "Published: 2005/03/17 ... will go by the 31st": the month of the page's date
	}
	if x.pub.M != 0 && month == x.month && month != x.pub.M && (x.eq(i-2, wBy) || x.futureBefore(i-1)) && x.lastDateYeared() {
		month = x.pub.M // "PHOENIX, March 29 - ... killed on Aug. 14, 2020, ...; motions are due by the 31st": the month named was of a year gone, the day ahead the dateline's month's
	}
	sameMonth := x.eq(j, wOf) && (x.eq(j+1, wThe) && x.eq(j+2, wSame) && x.eq(j+3, wMonth) || (x.eq(j+1, wThat) || x.eq(j+1, wThis) || x.eq(j+1, wThe)) && x.eq(j+2, wMonth))
	if (x.eq(i-1, wThe) && n.value <= 31 && month != 0 && !x.tokIs(j, tWord) || x.eq(i-1, wThe) && n.value <= 31 && month != 0 && x.tokIs(j, tWord) && (x.toks[j].is(lexicon.Stop) && !x.eq(j, wOf) && !x.eq(j, wSince) || sameMonth || (x.eq(i-2, wOn) || x.eq(i-2, wBy)) && x.clauseGoesOn(j) || x.eq(i-2, wOf) && x.eqText(i-3, "week"))) &&
		!x.ranksOfThings(c) && !x.hyphenAt(j-1) && !x.golfHoleBefore(i) && !x.rankOfEvent(i, j) { // but "the 2nd-highest weekly total": a rank; "birdie on the 18th", a hole
		// "Since last Tuesday, the 31st, ..." takes the month most recently
		// named, the month before the publication's when it would lie ahead
		// of it ("by the 21st" looks ahead); so does "the 22nd of the same
		// month"
		m := month
		ahead := x.eq(i-2, wBy) || x.eq(i-2, wUntil) || x.eq(i-2, wTill) || x.eq(i-2, wBefore) || x.eq(i-2, wFrom) || x.futureBefore(i-1) ||
			x.eq(i-2, wOn) && (x.eq(i-3, wIs) || x.eq(i-3, wAre)) || // "the school trip is on the 14th": a day to come
			(x.eq(i-2, wIs) || x.eq(i-2, wOn)) && x.eqText(i-3, "deadline") || // "the free-meals deadline is the 30th", "before the budget deadline on the 31st"
			x.eq(i-2, wOn) && x.eqText(i-3, "falls") || // "his 100th birthday, which falls on the 14th"
			x.eq(i-2, wOn) && scheduleVerb(x.lowerAt(max(i-3, 0))) || // "enrollment ends on the 31st", "the sale opens on the 2nd"

			x.eq(i-2, wTo) && x.movedBefore(i-2) // "has moved the launch of its rocket to the 26th"
		if x.pub.M != 0 && x.pub.D != 0 && n.value > float64(x.pub.D) && m == x.pub.M && !ahead && !x.runsOnFrom(i, m, int(n.value), false) {
			if prev := (x.pub.M+10)%12 + 1; (calendar.Date{M: prev, D: int(n.value)}).Valid() {
				m = prev // (but "enrollment ends on the 31st" on March 15: no such day in February)
			}
		}
		if before := (x.pub.M - m + 12) % 12; ahead && x.pub.M != 0 && x.pub.D != 0 && before > 0 && before <= 3 && x.lastDayOf(m) && !x.runsOnFrom(i, m, int(n.value), true) {
			// "the previous sale on January 4; the next auction is on the
			// 22nd" in a report of 8 February: a day ahead of the
			// publication, in its month or the next (but "Rent for March
			// is due on the 1st" names its month)
			m = x.pub.M
			if n.value < float64(x.pub.D) {
				m = x.pub.M%12 + 1
			}
		}
		if ahead && m == x.pub.M && x.pub.D != 0 && n.value < float64(x.pub.D) && !x.runsOnFrom(i, m, int(n.value), true) && !x.pastTenseBefore(i-1) {
			m = m%12 + 1 // "FRANKFURT, Jan 31 — ... the ECB next meets on the 7th": a day to come, of the month after
		}
		if x.endsAfterDate(i, m, int(n.value)) {
			m = m%12 + 1 // "began on Oct 24 and ended at midnight on the 11th": of the month after
		}
		if !(calendar.Date{M: m, D: int(n.value)}).Valid() && x.pub.M != 0 && m != x.pub.M {
			m = x.pub.M // "inflation data due on the 31st" on March 30 after "the July-September period": no day of the month named, the publication's
		}
		if prev := (m+10)%12 + 1; !(calendar.Date{M: m, D: int(n.value)}).Valid() && (calendar.Date{M: prev, D: int(n.value)}).Valid() {
			m = prev // "the Final Four April 1-3, and the fan fest opens on the 31st": no such day in the month named, the month's eve
		}
		if (calendar.Date{M: m, D: int(n.value)}).Valid() {
			c.unitKind = factcheck.Date
			y := 0
			if sameMonth {
				y = x.yearOfMonth(m) // "On 3rd Feb 2021 ..., and work began on the 22nd of the same month"
			}
			var end calendar.Date
			if d, k := x.dayOrdinalAfter(j); d > int(n.value) && (x.eq(j, wTo) && !x.dayFromChange(i) || x.eq(j, wThrough) || x.eq(j, wUntil) || x.eq(j, wAnd) && x.eq(i-2, wBetween)) || d == int(n.value)+1 && x.eq(j, wAnd) {
				// "from the 16th to the 20th", "on the 28th and 29th",
				// "between the 1st and the 5th of August": days of one month
				// (but "fall on the 20th and 25th" are two days, and so are
				// "moved from the 9th to the 23rd of May")
				end, j = calendar.Date{M: m, D: d}, k
				c.last = j
			}
			x.setDates(&c, m, int(n.value), end, y)
			x.emit(&c)
			return j
		}
	}
	c.qual, c.first = x.qualifier(i)
	x.ordinalRange(&c)
	x.subjectAfter(&c)
	x.emit(&c)
	return max(j, c.last)
}

// scheduleVerb reports whether w, in lower case, is a verb in the present
// that says when a thing to come begins or ends: "ends", "closes".
func scheduleVerb(w string) bool {
	switch w {
	case "ends", "closes", "expires", "begins", "starts", "opens", "resumes", "launches":
		return true
	}
	return false
}

// dateBound returns the bound that the words before a date at token i
// set: "on or before" and "no later than" a most, "at least", "no earlier
// than" or "not before" a least, "on or about" and "mid-" an estimate, as the
// goldens' hands read them ("on or after", "by" and "until" leave a date
// exact, as most of them do); else exact.
func (x *extractor) dateBound(i int) factcheck.Qualifier {
	switch {
	case x.eq(i-1, wBefore) && x.eq(i-2, wOr) && x.eq(i-3, wOn),
		x.eq(i-1, wThan) && x.eq(i-2, wLater) && (x.eq(i-3, wNo) || x.eq(i-3, wNot)):
		return factcheck.UpperBound
	case x.eq(i-1, wAbout) && x.eq(i-2, wOr) && x.eq(i-3, wOn),
		x.eq(i, wMid) || x.eq(i-1, wMid) || x.eq(i-2, wMid) && x.hyphenAt(i-2):
		return factcheck.Approx // (and "mid-2024", "by mid-March 2026": the middle of a year or a month, as most hands read it)
	case x.eq(i-1, wLeast) && x.eq(i-2, wAt),
		x.eq(i-1, wThan) && x.eqText(i-2, "earlier") && (x.eq(i-3, wNo) || x.eq(i-3, wNot)),
		x.eq(i-1, wBefore) && x.eq(i-2, wNot):
		return factcheck.LowerBound
	}
	return factcheck.Exact
}

// monthAway reads "of next month" (1) or "of last month" (-1) at token j,
// after a day's ordinal; 0 for neither.
func (x *extractor) monthAway(j int) int {
	if !x.eq(j, wOf) || !x.eq(j+2, wMonth) {
		return 0
	}
	switch {
	case x.eq(j+1, wNext):
		return 1
	case x.eq(j+1, wLast):
		return -1
	}
	return 0
}

// letterMonth returns the month that a letter's "inst." (this month),
// "ult." (last month) or "prox." (next month) at token j names, from the
// publication's month, or 0.
func (x *extractor) letterMonth(j int) int {
	if x.pub.M == 0 {
		return 0
	}
	switch x.str(j) {
	case "inst":
		return x.pub.M
	case "ult":
		return (x.pub.M+10)%12 + 1
	case "prox":
		return x.pub.M%12 + 1
	}
	return 0
}

// movedBefore reports whether a verb that moves a date stands in the
// clause before token k, within ten words: "moved the launch of its
// heavy-lift rocket to",
// "postponed the vote to".
func (x *extractor) movedBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-10 && (x.tokIs(m, tWord) || x.hyphenAt(m-1)); m-- {
		switch x.lowerAt(m) {
		case "moved", "postponed", "delayed", "pushed", "rescheduled", "deferred", "brought", "extended", "put":
			return true
		}
	}
	return false
}

// runsOnFrom reports whether the day d at token i, after "the", follows
// the last date the text gave, in the sentence of i and in month m before
// d, and, when stretch is set, ends a stretch ("until", "till",
// "through") that date opens: "began on August 15, 2021 and ended on the
// 31st" and "admitted on December 29 ... not discharged until the 31st"
// run on in that month, whatever month the publication's date is of.
func (x *extractor) runsOnFrom(i, m, d int, stretch bool) bool {
	if stretch && !x.eq(i-2, wUntil) && !x.eq(i-2, wTill) && !x.eq(i-2, wThrough) {
		return false
	}
	cs := x.sentenceClaims(i)
	for k := len(cs) - 1; k >= 0; k-- {
		if c := &cs[k]; c.Kind == factcheck.Date {
			t, ok := calendar.ParseDay(c.Value.Date)
			return ok && t.M == m && t.D < d
		}
	}
	return false
}

// lastDayOf reports whether the last date the text gave is a day of
// month m: "on January 4".
func (x *extractor) lastDayOf(m int) bool {
	for k := len(x.claims) - 1; k >= 0; k-- {
		if c := &x.claims[k]; c.Kind == factcheck.Date {
			d := c.Value.Date
			return len(d) >= 7 && d[len(d)-6] == '-' && d[len(d)-5:len(d)-3] == fmt.Sprintf("%02d", m)
		}
	}
	return false
}

// lastDateYeared reports whether the last date read names its year: "Aug.
// 14, 2020".
func (x *extractor) lastDateYeared() bool {
	for k := len(x.claims) - 1; k >= 0; k-- {
		if c := &x.claims[k]; c.Kind == factcheck.Date {
			return len(c.Value.Date) >= 7 && c.Value.Date[0] != '-'
		}
	}
	return false
}

// clauseGoesOn reports whether the word at token j, after "on the 12th",
// goes on with the clause that the day opens, no noun the ordinal ranks:
// "On the 12th alone, 110 boats arrived", "on the 16th some 40 came", "on
// the 3rd the army withdrew"; or with the clause around it, its verb in
// the past: "the tornado that struck on the 31st damaged some 2,600".
func (x *extractor) clauseGoesOn(j int) bool {
	switch x.spAt(j) {
	case wAlone, wItself, wSome, wNearly, wAlmost, wAround, wRoughly:
		return true
	}
	if w := x.lowerAt(j); x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0 && (len(w) >= 5 && strings.HasSuffix(w, "ed") && w != "seeded" || w == "struck" || w == "fell" || w == "rose" || w == "came" || w == "went") {
		return true
	}
	return x.toks[j].is(lexicon.Determiner|lexicon.Cardinal|lexicon.Vague) && x.toks[j].flags&fUpper == 0
}

// futureBefore reports whether a word that looks ahead stands in the
// clause before token k, within ten words or figures: "is due on the
// 15th", "will meet on the 21st", "would reopen its lanes on the 17th",
// "is scheduled for the 3rd", "starting on the 15th", "would likely
// inject about 800 billion yen on the 25th".
func (x *extractor) futureBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-10 && (x.tokIs(m, tWord) || x.tokIs(m, tNum)); m-- {
		switch x.lowerAt(m) {
		case "due", "will", "would", "shall", "scheduled", "expected", "set", "planned", "plans", "next", "upcoming", "starting", "beginning", "effective", "commencing":
			return true
		}
	}
	return false
}

// pastTenseBefore reports whether "was", "were" or "had" stands among
// the few words of its clause before token k: "The new mark was set on
// the 5th" is done, whatever "set" may promise.
func (x *extractor) pastTenseBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6 && x.tokIs(m, tWord); m-- {
		if x.eq(m, wWas) || x.eq(m, wWere) || x.eqText(m, "had") {
			return true
		}
	}
	return false
}

// yearOfMonth returns the year of the last date claimed in month m, 0 for
// none: the year of "the same month".
func (x *extractor) yearOfMonth(m int) int {
	for k := len(x.claims) - 1; k >= 0; k-- {
		if p := &x.claims[k]; p.Kind == factcheck.Date {
			if d, ok := calendar.ParseISO(p.Value.String()); ok && d.M == m {
				return d.Y
			}
		}
	}
	return 0
}

// attributive reports whether the month named at token k stands before a
// noun, in lower case, that it dates ("The February mid-term break"): the
// month of the days its sentence goes on to name (but not "since
// December,").
func (x *extractor) attributive(k int) bool {
	return x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper == 0 && !x.toks[k+1].is(lexicon.Stop)
}

// dayOrdinalAfter reads "the 20th" or "20th" after token j, a day of the
// month in digits with its ordinal's suffix: the day and the index after
// it, or 0 and j.
func (x *extractor) dayOrdinalAfter(j int) (int, int) {
	k := j + 1
	if x.eq(k, wThe) {
		k++
	}
	if !x.tokIs(k, tNum) || k+1 >= len(x.toks) || len(x.str(k)) > 2 || !allDigits(x.str(k)) || x.toks[k+1].flags&fSpace != 0 {
		return 0, j
	}
	switch x.spAt(k + 1) {
	case wSt, wNd, wRd, wTh:
	default:
		return 0, j
	}
	d, _ := strconv.Atoi(x.str(k))
	if d < 1 || d > 31 {
		return 0, j
	}
	return d, k + 2
}

// monthOfDayAhead returns the month that a later day of the same clause
// names, "the 9th of March", after "and" or "to" and a few words at most
// from token j, just after a day's ordinal; or 0.
func (x *extractor) monthOfDayAhead(j int) int {
	if !x.eq(j, wAnd) && !x.eq(j, wTo) {
		return 0
	}
	for k := j + 1; k < len(x.toks) && k <= j+4; k++ {
		if x.tokIs(k, tPunct) {
			return 0
		}
		if d, e := x.dayOrdinalAfter(k - 1); d != 0 && x.eq(e, wOf) {
			m, _ := x.monthAt(e + 1)
			return m
		}
	}
	return 0
}

// nthWeekday reads at token i, after "the", a weekday counted in a month
// of a known year, a date: "the first Monday of March 2025", "the second
// Tuesday in April" (the year the publication's). It returns the index
// after it, or i when there is none.
func (x *extractor) nthWeekday(i int) int {
	n := 0
	switch x.spAt(i) {
	case wFirst:
		n = 1
	case wSecond:
		n = 2
	case wThird:
		n = 3
	case wFourth:
		n = 4
	default:
		return i
	}
	if !x.eq(i-1, wThe) || !x.tokIs(i+1, tWord) || !x.toks[i+1].is(lexicon.Weekday) || !x.eq(i+2, wOf) && !x.eq(i+2, wIn) ||
		!x.tokIs(i+3, tWord) || !x.toks[i+3].is(lexicon.Month) {
		return i
	}
	day, ok := weekdays[x.lowerAt(i+1)]
	if !ok {
		return i
	}
	m, last := x.toks[i+3].entry().Month, i+4
	y := x.pub.Y
	if x.tokIs(last, tNum) && yearLike(x.str(last)) {
		y, _ = strconv.Atoi(x.str(last))
		last++
	}
	if y == 0 {
		return i
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	d := 1 + (int(day)-int(first.Weekday())+7)%7 + 7*(n-1)
	if d > calendar.DaysIn(m, y) {
		return i
	}
	c := claimParts{first: i, last: last, unitKind: factcheck.Date, qual: factcheck.Exact, date: calendar.Date{Y: y, M: m, D: d}.ISO()}
	x.month = m
	x.emit(&c)
	return last
}

// monthNamedBefore returns the month a capitalised name of it gives in the
// 30 tokens before token i ("October", "October's"), with no blank line
// between, the nearest, and its token; 0 and -1 for none.
func (x *extractor) monthNamedBefore(i int) (int, int) {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		t := &x.toks[k]
		if t.flags&fNewline != 0 && x.blankLineIn(k, k+1) {
			return 0, -1
		}
		if t.class == tWord && t.is(lexicon.Month) && t.flags&fUpper != 0 && t.flags&fShout == 0 && !x.eq(k, wMay) {
			return t.entry().Month, k
		}
		if m := x.possessiveMonth(k); m != 0 {
			return m, k // "October's salaries will be paid on the 25th"
		}
	}
	return 0, -1
}

// ranksOfThings reports whether the ordinal c opens a range of ranks of a
// thing named after it, no days of a month: "occupy the 17th through 21st
// floors" (but "the 17th to 21st of March").
func (x *extractor) ranksOfThings(c claimParts) bool {
	x.ordinalRange(&c)
	return c.end != nil && x.tokIs(c.last, tWord) && !x.toks[c.last].is(lexicon.Stop|lexicon.Month)
}

// rankOfEvent reports whether the ordinal in digits at token i, after
// "the", ends at token j in a rank, not a day: "the 18th to hit the
// country this year", "was the 5th to resign" (no preposition of time
// before it), or a cricket innings' over ("in the 19th over.").
func (x *extractor) rankOfEvent(i, j int) bool {
	if x.eq(j, wOver) {
		return j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.eq(j+1, wOf)
	}
	if !x.eq(j, wTo) || !x.tokIs(j+1, tWord) || x.toks[j+1].flags&fUpper != 0 || x.toks[j+1].is(lexicon.Determiner|lexicon.Month|lexicon.Cardinal|lexicon.Ordinal) {
		return false
	}
	switch x.spAt(i - 2) {
	case wOn, wBy, wUntil, wTill, wFrom, wSince, wBefore, wAfter, wTo, wFor:
		return false // "postponed to the 21st to allow more time"
	}
	return true
}

// ordinalRange gives the ordinal c the end of a range of ranks written
// after it, a later rank after "to", "through" or a dash (or "and" after
// "between"): "fourth through 12th", "between fifth and eighth", "4th-6th".
func (x *extractor) ordinalRange(c *claimParts) {
	k := c.last
	between := x.eq(c.first-1, wBetween) || x.eq(c.num.first-1, wBetween)
	if !(x.eq(k, wTo) || x.eq(k, wThrough) || between && x.eq(k, wAnd) || x.tokIs(k, tPunct) && isDash(x.str(k)) && x.toks[k].flags&fSpace == 0) ||
		x.fromChange(c.first) {
		return // but "had fallen from fourth to 11th" is a change
	}
	if x.eq(k+1, wThe) && (x.eq(c.first, wThe) || x.eq(c.first-1, wThe)) {
		k++ // "the 40th to the 53rd floors"
	}
	v, end := x.ordinalWord(k + 1)
	if v == 0 && x.tokIs(k+1, tNum) && x.tokIs(k+2, tWord) && x.toks[k+2].flags&fSpace == 0 && x.toks[k+2].is(lexicon.OrdinalSuffix) {
		if n, err := strconv.Atoi(x.str(k + 1)); err == nil && ordinalFits(float64(n), x.lowerAt(k+2)) {
			v, end = n, k+3
		}
	}
	if v == 0 || float64(v) <= c.num.value {
		return
	}
	c.end = &number{first: k + 1, last: end, value: float64(v)}
	c.last = end
}

// findPublished reads a publication date from the first lines of the
// tokens: a "Date:" line or any full date with a year near the top (not
// one wrapped over two lines of wire copy, which is in its body: "due
// March 30,\n1992"; nor one below a dateline of another day; nor one in a
// paragraph of its body, see datedHead); else the month and day of a
// dateline ("ANKARA, Nov 6 (Reuters)").
func (x *extractor) findPublished() calendar.Date {
	limit := min(len(x.toks), 200)
	var dateline calendar.Date
	for i := 0; i < limit; i++ {
		if x.toks[i].class == tPunct || x.toks[i].class == tWord && !x.toks[i].is(lexicon.Month) {
			continue // a date starts with a month or a number
		}
		if dateline.M == 0 {
			// metadataDate finds the line's start itself, after a place
			// of many words: "OAK BROOK, ILL., March 20 -"
			if m, j := x.monthAt(i); m != 0 {
				if d, _ := x.dayAt(j); d != 0 && x.metadataDate(i) {
					dateline = calendar.Date{M: m, D: d}
				}
			} else if d, j := x.dayAt(i); d != 0 {
				if m, _ := x.monthAt(j); m != 0 && x.metadataDate(i) {
					dateline = calendar.Date{M: m, D: d} // "MADRID, 8 Feb —"
				}
			}
		}
		var t calendar.Date
		if m, j := x.monthAt(i); m != 0 {
			if d, k := x.dayAt(j); d != 0 {
				if y, e := x.yearAt(k); y != 0 && x.toks[e-1].flags&fNewline == 0 {
					t = calendar.Date{Y: y, M: m, D: d}
				}
			}
		} else if a, b, y, _, ok := x.dayMonthDigits(i); ok && y != 0 && (a > 12) != (b > 12) {
			t = calendar.Date{Y: y, M: b, D: a} // "Published 21/11/2024": its order fixed by a day above 12
			if b > 12 {
				t = calendar.Date{Y: y, M: a, D: b}
			}
		} else if d, j := x.dayAt(i); d != 0 {
			if m, k := x.monthAt(x.skipOf(j)); m != 0 {
				if y, e := x.yearAt(k); y != 0 && x.toks[e-1].flags&fNewline == 0 {
					t = calendar.Date{Y: y, M: m, D: d}
				}
			}
		} else if x.tokIs(i, tNum) && x.toks[i].e-x.toks[i].s == 4 && x.hyphenAt(i) && x.hyphenAt(i+2) {
			if p, ok := calendar.ParseISO(x.text[x.toks[i].s:x.toks[i+4].e]); ok {
				t = p
			}
		} else if p, k := x.yearFirstDate(i); k > i {
			t = p // "Published: 2005/03/17 09:30:11 GMT"
		}
		if t.Valid() && t.Y != 0 && !x.maturityBefore(i) && (dateline.M == 0 && x.datedHead(i) || t.M == dateline.M && t.D == dateline.D) {
			// but not a bond's maturity, "debentures due July 15, 2015", nor,
			// below a dateline, a date of another day: "NEW YORK, March 6 -
			// ... the year ended Dec. 31, 1986"
			return t
		}
	}
	return dateline
}

// datedHead reports whether the date at token i stands where a text gives
// its own date: on its first line when that is a headline or a date line
// (not a paragraph of sentences, as a photo caption that opens a page:
// "Donald Trump speaks at a campaign event Monday, March 13, 2023, in
// Davenport, Iowa. Trump is holding ..."), at the start of a line, or
// after "Published", "Updated", "Posted" or "Date"; not in a paragraph of
// its body ("vanished 10 years ago, on 1 February 1995" in a BBC report
// of 2005).
func (x *extractor) datedHead(i int) bool {
	if x.toks[i].flags&fNewline != 0 || x.metadataDate(i) {
		return true // a line's start, a "Date:" line, a dateline ("WELLINGTON, 4 March 2024 -")
	}
	k := i - 1
	if x.tokIs(k, tPunct) && x.mark(k) == ':' {
		k--
	}
	switch x.spAt(max(k, 0)) {
	case wPublished, wUpdated, wPosted, wDate:
		return true
	}
	for k := 0; k <= i; k++ {
		if x.toks[k].flags&fNewline != 0 {
			return false // past the first line
		}
	}
	line, _, _ := strings.Cut(x.text, "\n")
	return len(line) <= maxHeadLine
}

// maxHeadLine is the longest first line, in bytes, whose date is a text's
// own: a headline or a date line ("By Ann Lee | March 13, 2023 3:24 PM"),
// not a paragraph.
const maxHeadLine = 150

// maturityBefore reports whether the date at token i is when something
// falls due or ends, a word of maturity or expiry just before it or
// before its "on": "due July 15, 2015", "will mature on March 27, 2002",
// "expires on June 30, 1990".
func (x *extractor) maturityBefore(i int) bool {
	k := i - 1
	if x.eq(k, wOn) {
		k--
	}
	switch x.spAt(max(k, 0)) {
	case wDue, wMature, wMatures, wMaturing, wExpire, wExpires, wExpiring:
		return k >= 0
	}
	return false
}

// comparesPeriods reports whether w, opening a qualifier before a month
// and year, compares a figure with that period's rather than bounds the
// date: "over", "above", "below", "higher than".
func comparesPeriods(sp spelling) bool {
	switch sp {
	case wOver, wAbove, wBelow, wUnder, wHigher, wLower, wGreater, wMore, wLess, wWell, wJust:
		return true
	}
	return false
}

// endsAfterDate reports whether the day d of month m, "the 11th" at token
// i, ends what a date of m read last in its sentence began, on a later day
// of m than d: "began on Oct 24 and ended at midnight on the 11th" is of
// the month after.
func (x *extractor) endsAfterDate(i, m, d int) bool {
	p := x.lastClaim()
	if p == nil || p.Kind != factcheck.Date || p.EndValue != nil || len(p.Value.Date) < 7 || p.Start < int(x.toks[x.sentenceStartBefore(i)].s) {
		return false
	}
	v := p.Value.Date
	pm, err1 := strconv.Atoi(v[len(v)-5 : len(v)-3])
	pd, err2 := strconv.Atoi(v[len(v)-2:])
	if err1 != nil || err2 != nil || pm != m || pd <= d {
		return false
	}
	for k := x.tokenAfter(p); k < i; k++ {
		switch x.lowerAt(k) {
		case "ended", "ends", "ending", "until", "till", "through", "closed", "closes", "finished", "finishes":
			return true
		}
	}
	return false
}

// dayOfDateBefore reads a day, or a range of days, at token i listed
// after "and" just after a date of a month said once: "on Nov. 9-10 and
// 16-17" (November 16 to 17), "on March 2-3 and 9". The day must come
// after the date before within its month, and no noun follow it ("March
// 2 and 9 people"). It returns i when there is none.
func (x *extractor) dayOfDateBefore(i int) int {
	if !x.eq(i-1, wAnd) || len(x.claims) == 0 {
		return i
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Date || x.tokenAfter(p) != i-1 {
		return i
	}
	before := p.Value.Date
	if p.EndValue != nil {
		before = p.EndValue.Date
	}
	prev, ok := calendar.ParseDay(before)
	if !ok {
		return i
	}
	d, k := x.dayDigits(i)
	if d <= prev.D || k != i+1 {
		return i
	}
	end := calendar.Date{}
	if x.tokIs(k, tPunct) && isDash(x.str(k)) && x.toks[k].flags&fSpace == 0 {
		if d2, k2 := x.dayDigits(k + 1); d2 > d && k2 == k+2 {
			end, k = calendar.Date{M: prev.M, D: d2}, k2
		}
	}
	if k < len(x.toks) && !(x.tokIs(k, tPunct) && x.mark(k) != '%' && !isDash(x.str(k))) && !(x.tokIs(k, tWord) && x.toks[k].is(lexicon.Stop)) {
		return i // "on March 2 and 9 people": a count
	}
	c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact}
	return x.emitDate(&c, prev.M, d, end, prev.Y)
}
