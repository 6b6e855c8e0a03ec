package extract

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Fractions in figures: the vulgar fractions of Unicode ("½ teaspoon",
// "1½ hours"), which the tokenizer keeps in their number, and fractions
// with a slash before a unit or "of" ("1/3 cup" is a third of a cup, "3/4
// of a mile" three quarters of a mile, "1/4 of voters" 25 percent). A slash fraction alone ("1/2") may be a date or
// a score and is no claim.

// vulgarFraction returns the value of the vulgar fraction that s starts
// with and its length in bytes, or 0, 0.
func vulgarFraction(s string) (float64, int) {
	if len(s) < 2 || s[0] != 0xc2 && s[0] != 0xe2 {
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(s)
	var v float64
	switch r {
	case '½':
		v = 1.0 / 2
	case '⅓':
		v = 1.0 / 3
	case '⅔':
		v = 2.0 / 3
	case '¼':
		v = 1.0 / 4
	case '¾':
		v = 3.0 / 4
	case '⅕':
		v = 1.0 / 5
	case '⅖':
		v = 2.0 / 5
	case '⅗':
		v = 3.0 / 5
	case '⅘':
		v = 4.0 / 5
	case '⅙':
		v = 1.0 / 6
	case '⅚':
		v = 5.0 / 6
	case '⅛':
		v = 1.0 / 8
	case '⅜':
		v = 3.0 / 8
	case '⅝':
		v = 5.0 / 8
	case '⅞':
		v = 7.0 / 8
	case '⅐':
		v = 1.0 / 7
	case '⅑':
		v = 1.0 / 9
	case '⅒':
		v = 1.0 / 10
	default:
		return 0, 0
	}
	return v, n
}

// quotedBid reports whether the fraction at token i, after a comma,
// gives the other side of a quote whose first is a whole number and a
// fraction, "6-1/2, 3/8 pct" (6-1/2 bid, 6-3/8 offered): it returns the
// first's whole number and fraction.
func (x *extractor) quotedBid(i int) (whole, frac float64, ok bool) {
	if x.mark(i-1) != ',' {
		return 0, 0, false
	}
	v, ok := x.mixedNumberBefore(i - 1)
	if !ok {
		return 0, 0, false
	}
	whole = math.Floor(v)
	return whole, v - whole, true
}

// mixedNumberBefore returns the value of a whole number and a fraction
// joined by a hyphen (wholeAndFraction), "6-1/2", that ends just before
// token k, and whether one does.
func (x *extractor) mixedNumberBefore(k int) (float64, bool) {
	if k < 5 {
		return 0, false
	}
	v, end, ok := x.wholeAndFraction(k - 5)
	return v, ok && end == k
}

// fractionValue rounds the value v of a fraction as it is read: exact when
// it ends within six decimals ("5/8 inch" is 0.625, "13/64 inch"
// 0.203125), else to four, as most goldens' hands write a third ("1/3
// cup" is 0.3333, "two-thirds of a litre" 0.6667), or to four significant
// figures under a ten-thousandth ("a trillionth of a second").
func fractionValue(v float64) float64 {
	if r := math.Round(v*1e6) / 1e6; r == v {
		return v
	}
	if v != 0 && math.Abs(v) < 1e-4 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 4, 64), 64)
		return r // "a trillionth of a second": 1e-12, to four significant figures
	}
	return math.Round(v*1e4) / 1e4
}

// slashFraction reads a fraction with a slash at the digits at token i,
// before a unit ("1/3 cup", a measure of 0.33 cup; "1/2 pct") or "of"
// ("1/4 of the applicants", 25 percent). It returns i when there is none.
// splitShares reads at token i two whole percentages that make a hundred,
// parted by a slash, a colon or a dash, before a noun of division: "a
// 60/40 split", "a 60:40 portfolio", "the 70-30 divide". Each is a share
// of its own (but "a 50-50 venture" states one); it returns the index
// after them, or i.
func (x *extractor) splitShares(i int) int {
	j := i + 2
	if !x.tokIs(j, tNum) || x.toks[i+1].flags&fSpace != 0 || x.toks[j].flags&fSpace != 0 ||
		!(x.mark(i+1) == '/' || x.mark(i+1) == ':' || x.mark(i+1) == '-') || !x.tokIs(j+1, tWord) || !splitNoun(x.lowerAt(j+1)) {
		return i
	}
	a, err1 := strconv.Atoi(x.str(i))
	b, err2 := strconv.Atoi(x.str(j))
	if err1 != nil || err2 != nil || a <= 0 || b <= 0 || a+b != 100 || a == b {
		return i
	}
	for _, k := range []int{i, j} {
		v, _ := strconv.Atoi(x.str(k))
		c := claimParts{first: k, last: k + 1, unitKind: factcheck.Percent, factor: 1, qual: factcheck.Exact,
			num: number{first: k, last: k + 1, value: float64(v)}}
		x.emit(&c)
	}
	return j + 1
}

// splitNoun reports whether w, in lower case, names a division that two
// shares of a hundred make: "a 60/40 split".
func splitNoun(w string) bool {
	switch w {
	case "split", "splits", "divide", "division", "mix", "blend", "portfolio", "portfolios", "allocation", "benchmark", "share", "deal", "ratio", "basis":
		return true
	}
	return false
}

func (x *extractor) slashFraction(i int) int {
	if !x.tokIs(i+2, tNum) || x.mark(i+1) != '/' || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
		i > 0 && x.toks[i].flags&fSpace == 0 && x.toks[i-1].class != tPunct || x.tokIs(i+3, tPunct) && x.mark(i+3) == '/' {
		return i
	}
	num, err1 := strconv.Atoi(x.str(i))
	den, err2 := strconv.Atoi(x.str(i + 2))
	if err1 != nil || err2 != nil || num <= 0 || num >= den || den > 16 && den != 32 && den != 64 {
		return i // sixteenths at most, but 32nds and 64ths of a measure
	}
	j := i + 3
	if x.tokIs(j, tWord) && x.toks[j].flags&fSpace == 0 && (x.eq(j, wTh) || x.eq(j, wThs) || x.eq(j, wRd) || x.eq(j, wNd)) {
		j++ // "1/8th of a point", "3/4ths of a mile", "1/3rd of adults": the denominator as an ordinal
	}
	if x.hyphenAt(j-1) && x.measureAt(j+1) && x.toks[j+1].flags&fSpace == 0 && !x.pointAt(j+1) {
		j++ // "a 2/3-cup serving", "a 3/4-inch slice": the unit hyphened to the fraction
	}
	// a bond's move in 32nds or 64ths, where its sentence names one, is in
	// points unsaid: "the 30-year bond up 12/32 at 98-20/32"
	bondMove := den > 16 && !x.hyphenAt(i-1) && !x.tokIs(i-1, tNum) && x.rateNamedBefore(i) && !x.measureAt(j) && !x.eq(j, wOf)
	if den > 16 && !bondMove && !x.measureAt(j) && !(x.eq(j, wOf) && x.measureAt(x.unitOfFraction(j))) && !x.pointAt(j) && !(x.eq(j, wTo) && x.slashFractionAt(j+1) && x.pointAt(j+4)) {
		return i // "13/64 inch", "11/64 of an inch", "28/32 to 30/32 point"; a bond's "96-16/32 pct" is one price
	}
	c := claimParts{first: i, last: j, num: number{first: i, last: j, value: float64(num) / float64(den), decimal: true}, factor: 1}
	if whole, bid, ok := x.quotedBid(i); ok {
		// "6-1/2, 3/8 pct": a rate's offer after its bid, in the bid's
		// whole number (one less when the fraction is the larger)
		if c.num.value > bid {
			whole--
		}
		c.num.value += whole
	}
	if end, k := x.fractionEnd(i, j, c.num.value); end != nil {
		// "1/2 to one pct", "around 1/8 to 1/4 dlr", "between 7/8 and one pct": a range, its unit after the end
		r := c
		r.end = end
		ok := true
		if e := end.last; den&(den-1) == 0 && x.pointAt(e) && !x.ratePoint(&r, e) && x.pointsBefore(i) == "" {
			// "closed 28/32 to 30/32 point lower": points
			r.unitKind, r.unit, r.last = factcheck.Measure, "point", e+1
			r.qual, r.first = x.qualifier(i)
		} else {
			ok = x.units(&r) && (r.unitKind == factcheck.Percent || r.unitKind == factcheck.Money || r.unitKind == factcheck.Measure)
		}
		if ok {
			r.end.value = fractionValue(r.end.value)
			r.num.value = fractionValue(r.num.value)
			x.emit(&r)
			return max(r.last, k)
		}
		if !x.eq(j, wTo) || end.first != j+1 || !end.words {
			return i
		}
		// "was up 5/8 to five": no range, a move and the price it reached,
		// read as the fraction alone
	}
	switch u := x.unitOfFraction(j); {
	case x.percentagePoint(j) > j:
		// "7/8 of a percentage point"
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", x.percentagePoint(j)
		c.qual, c.first = x.qualifier(i)
	case u > j && x.eq(j, wOf) && x.toks[u].is(lexicon.Duration):
		// "3/4 of an hour"
		e := x.toks[u].entry()
		c.unitKind, c.unit, c.last = factcheck.Duration, e.Unit, u+1
		c.num.value *= e.Per
	case u > j && x.eq(j, wOf) && x.measureAt(u):
		// "3/4 of a mile"
		c.unitKind, c.unit, c.last = factcheck.Measure, x.toks[u].entry().Unit, u+1
	case u > j && x.eq(j, wOf) && x.compoundAt(u):
		// "about 3/4 of a square mile", "1/2 of a metric ton"
		c.unitKind = factcheck.Measure
		c.unit, c.last = x.compoundUnit(u)
		c.qual, c.first = x.qualifier(i)
	case x.eq(j, wOf) && x.eq(j+1, wA) && x.pointAt(j+2):
		// "rose 3/4ths of a point": points of a price or an index (a rate's
		// near are percentagePoint's)
		c.unitKind, c.unit, c.last = factcheck.Measure, "point", j+3
		c.qual, c.first = x.qualifier(i)
	case x.eq(j, wOf) && x.onePercent(j+1) > j+1:
		// "less than 1/10 of one pct": a tenth of a percent
		c.unitKind, c.last = factcheck.Percent, x.onePercent(j+1)
		c.qual, c.first = x.qualifier(i)
	case x.eq(j, wOf):
		c.unitKind, c.num.value = factcheck.Percent, round2(100*c.num.value)
		c.qual, c.first = x.qualifier(i)
		x.subjectAfter(&c)
	case x.eqText(j, "majority") || x.eqText(j, "supermajority"):
		// "a 2/3 majority": the share of the votes it takes, as "a
		// two-thirds majority" is
		c.unitKind, c.num.value = factcheck.Percent, round2(100*c.num.value)
		c.qual, c.first = x.qualifier(i)
	case x.ratePoint(&c, j):
		// "the interbank rate down 1/8 point at 10 pct"
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1
		c.qual, c.first = x.qualifier(i)
	case x.pointAt(j) && (x.pointsBefore(i) == "percentage point" || x.benchmarkBefore(i)):
		// "1/4 percentage point over Libor ..., rising to 3/8 point"; "came
		// down ... to 7/8 points" in a story of spreads over Libor
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1
		c.qual, c.first = x.qualifier(i)
	case x.tokIs(j, tWord) && rateChangeNoun(x.spAt(j)) && x.benchmarkBefore(i):
		// "They got a 1/16 reduction" of a spread over Libor
		c.unitKind, c.unit = factcheck.Percent, "percentage point"
		c.qual, c.first = x.qualifier(i)
	case x.overBenchmark(j):
		// "interest in cash at 5/8 over LIBOR": a spread
		c.unitKind, c.unit = factcheck.Percent, "percentage point"
		c.qual, c.first = x.qualifier(i)
	case x.sharePrice(&c) && x.shareCurrency(&c) != "":
		// "trading at 76-1/8, up 5/8", "before closing down 7/8"
		c.unitKind, c.unit = factcheck.Money, x.shareCurrency(&c)
	case bondMove && !x.pointAt(j):
		c.unitKind, c.unit = factcheck.Measure, "point"
		c.qual, c.first = x.qualifier(i)
	case den&(den-1) == 0 && (x.pointAt(j) || x.eq(j, wOr) && x.slashFractionAt(j+1) && x.pointAt(j+4)):
		// "Bonds rose 3/8 point", "gains of 1/8 or 1/4 point", "the key
		// three months interbank rate was 1/16 point firmer": points, in
		// halves to 64ths (a fraction of one is no score; "10/15 points" a
		// spread's range), where no change of a rate makes them percentage
		// points (ratePoint, above)
		c.unitKind, c.unit = factcheck.Measure, "point"
		if !x.eq(j, wOr) {
			c.last = j + 1
		}
		c.qual, c.first = x.qualifier(i)
	case x.futuresRow(i):
		// "MAY7 274 1/2   UP 1/2": a day's change in cents of a dollar, a
		// fraction alone (futuresQuote)
		c.unitKind, c.unit, c.num.value = factcheck.Money, "USD", c.num.value/100
	case x.feePartAt(j):
		// "with 1-1/4 for selling and 5/8 for management", after "Fees
		// total 1-7/8 pct"
		c.unitKind, c.unit, _ = x.feePart(j)
	case x.measureAt(j) && !x.eq(j, wPoint) && !x.eq(j, wPoints) || x.tokIs(j, tWord) && x.toks[j].is(lexicon.Percent|lexicon.Currency) || x.mark(j) == '%' ||
		x.eq(j, wIn) && (x.toks[j].flags&fSpace == 0 || x.inchesAbbreviated(j)) || // "a 1/2in hose", "3/16 in. for handmade tile": inches

		x.tokIs(j, tWord) && x.toks[j].flags&fUpper != 0 && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Currency):
		// "5/8 inch", "a 1/2 pct rise", "rose 1/2 dlr", "by 1/2 Canadian cts"
		c.unitKind = factcheck.Count
		if !x.units(&c) || c.unitKind != factcheck.Measure && c.unitKind != factcheck.Percent && c.unitKind != factcheck.Money {
			return i
		}
	case x.byHedged(i) &&
		(j >= len(x.toks) || x.tokIs(j, tPunct) || x.eq(j, wTo) && !x.slashFractionAt(j+1) && !(x.hyphenAt(j+1) && x.slashFractionAt(j+3)) || x.eq(j, wOn) || x.eq(j, wFrom) || x.eq(j, wIn) || x.eq(j, wSince)):
		// "exports dropped by 1/3 to 4,100 t", "costs fell by roughly 1/3
		// to EUR 900,000": a change's share, as "by a third" (but "fell by
		// 1/4 to 21-1/4", a price's move to a price in fractions)
		c.unitKind, c.num.value = factcheck.Percent, round2(100*c.num.value)
		c.qual, c.first = x.qualifier(i)
	case x.eq(j, wTo) && x.changeBefore(i) && x.percentLevelAt(j+1) || x.moveAfterPercent(i):
		// "rates were up 1/4 to 10-1/8 pct", "bid at 6-11/16 pct, up 1/16
		// from Friday": a rate's move, in the points of its level
		c.unitKind = factcheck.Percent
		c.qual, c.first = x.qualifier(i)
	default:
		return i
	}
	c.num.value = fractionValue(c.num.value)
	x.emit(&c)
	return c.last
}

// moveAfterPercent reports whether the figure at token i, after ", up" or
// ", down", moves the figure in percent just before: "bid at 6-11/16 pct,
// up 1/16 from Friday".
func (x *extractor) moveAfterPercent(i int) bool {
	p := x.lastClaim()
	return (x.eq(i-1, wUp) || x.eq(i-1, wDown)) && x.mark(i-2) == ',' && p != nil && p.Kind == factcheck.Percent && p.EndValue == nil && i >= 3 && p.End == int(x.toks[i-3].e)
}

// percentLevelAt reports whether a figure in percent, a unit after its
// digits, stands at token k: "10-1/8 pct", "8.5%".
func (x *extractor) percentLevelAt(k int) bool {
	n, ok := x.digits(k)
	return ok && !n.scaled && (x.mark(n.last) == '%' || x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Percent) && !x.eq(n.last, wPercentage))
}

// fromDown reports whether the range whose "to" stands at token j opens
// with "from down" or "from up" four tokens before it: "ranged from down
// 16/32 to 11/32 point".
func (x *extractor) fromDown(j int) bool {
	return x.eq(j-4, wFrom) || (x.eq(j-4, wDown) || x.eq(j-4, wUp)) && x.eq(j-5, wFrom)
}

// feePartAt reports whether a fraction ending before token j is a part of
// a fee's total (feePart).
func (x *extractor) feePartAt(j int) bool {
	_, _, ok := x.feePart(j)
	return ok
}

// slashFractionAt reports whether numbers joined by a slash, unspaced,
// start at token k: a fraction in digits ("1/4"), or a quote ("5.76/75").
func (x *extractor) slashFractionAt(k int) bool {
	return x.tokIs(k, tNum) && x.mark(k+1) == '/' && x.tokIs(k+2, tNum) && x.toks[k+1].flags&fSpace == 0 && x.toks[k+2].flags&fSpace == 0
}

// onePercent returns the index after "one pct", "a percent", "1 per
// cent" or "one %" at token k, or k.
func (x *extractor) onePercent(k int) int {
	if !x.eq(k, wOne) && !x.eq(k, wA) && !x.eqText(k, "1") {
		return k
	}
	switch {
	case x.eq(k+1, wPer) && x.eq(k+2, wCent):
		return k + 3
	case x.mark(k+1) == '%' || x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Percent) && !x.eq(k+1, wPercentage):
		return k + 2
	}
	return k
}

// fractionEnd reads the end of a range that a slash fraction of value v
// at token i opens at token j: "to" (or "and" after "between") and a
// larger slash fraction ("1/8 to 1/4", "between 1/2 and 3/4 point") or a
// whole number in words or digits ("1/2 to one", "between 7/8 and 1
// pct", its unit after it). It returns the end and the index after it,
// or nil.
func (x *extractor) fractionEnd(i, j int, v float64) (*number, int) {
	if !x.eq(j, wTo) && !(x.eq(j, wAnd) && x.eq(i-1, wBetween)) {
		return nil, j
	}
	k := j + 1
	switch {
	case x.eq(j, wAnd) && x.tokIs(k, tNum) && allDigits(x.str(k)) && !x.tokIs(k+1, tPunct):
		// "between 7/8 and 1 pct": a whole number, its unit after it
		n, ok := x.digits(k)
		if !ok || n.value <= v || n.scaled || n.last != k+1 || !x.tokIs(n.last, tWord) || !x.toks[n.last].is(lexicon.Measure|lexicon.Percent|lexicon.Currency) && !x.pointAt(n.last) {
			return nil, j
		}
		return &n, n.last
	case x.slashFractionAt(k):
		n, err1 := strconv.Atoi(x.str(k))
		d, err2 := strconv.Atoi(x.str(k + 2))
		if err1 != nil || err2 != nil || d == 0 || float64(n)/float64(d) == v || float64(n)/float64(d) < v && !x.fromDown(j) {
			return nil, j // but "ranged from down 16/32 to 11/32 point" runs down
		}
		return &number{first: k, last: k + 3, value: float64(n) / float64(d), decimal: true}, k + 3
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal):
		n, ok := x.wordNumber(k)
		if !ok || n.value <= v || n.scaled {
			return nil, j
		}
		return &n, n.last
	case x.tokIs(k, tNum) && x.hyphenAt(k) && x.tokIs(k+2, tNum) && x.mark(k+3) == '/':
		// "1/2 to 1-1/2 inches": a mixed number ends the range when its
		// unit follows (but "rose 1/4 to 20-1/2" is a move and a price, and
		// so is "up 1/2 to 8-1/2 pct", its end far above its start)
		n, ok := x.digits(k)
		if !ok || n.value <= v || n.value > 20*v || n.value > 4*v && x.changeBefore(i) || n.scaled || n.last != k+5 || !x.tokIs(n.last, tWord) || !x.toks[n.last].is(lexicon.Measure|lexicon.Percent|lexicon.Currency) {
			return nil, j
		}
		return &n, n.last
	}
	return nil, j
}

// vulgarShare reads a vulgar fraction alone before "of" as a share, as
// "3/4 of" is: "¼ of each spice" is 25 percent, "¾ of 1%" 0.75 percent (but
// "½ of a cup" measures).
// It returns i when there is none.
func (x *extractor) vulgarShare(i, sym int, n number) int {
	if sym >= 0 || x.str(i)[0] < 0x80 || n.value >= 1 || n.last != i+1 || !x.eq(n.last, wOf) || x.unitOfFraction(n.last) > n.last {
		return i
	}
	c := claimParts{first: i, last: i + 1, num: n, unitKind: factcheck.Percent, factor: 1}
	c.num.value = round2(100 * n.value)
	c.qual, c.first = x.qualifier(i)
	if k := x.onePercent(n.last + 1); k > n.last+1 {
		c.num.value, c.last = n.value, k // "around ¾ of 1%": a share of one percent
	} else {
		x.subjectAfter(&c)
	}
	x.emit(&c)
	return c.last
}

// byHedged reports whether "by" after a verb of change stands before the
// fraction at token i, perhaps with a hedge between: "dropped by 1/3",
// "fell by roughly 1/3".
func (x *extractor) byHedged(i int) bool {
	k := i - 1
	if x.hedgeAt(k) {
		k--
	}
	return x.eq(k, wBy) && x.tokIs(k-1, tWord) && changeWord(x.spAt(k-1))
}
