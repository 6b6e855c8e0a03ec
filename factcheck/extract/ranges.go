package extract

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// rangeEnd reads the second number of a range after c.num: "10-12",
// "20 to 30", "between 20 and 30", "9 through 12", "$5-$10", "3% to 3.5%", "eight to 10",
// "from -5 to 3", "-0.90 to -1.10 pct", "four to five billion" and "6.5
// to seven billion" (the scale shared). After a verb of change, "rose
// from 5 to 10", "rose by 3% to 3.5%" and "lifted rates 0.25% to 5.5%"
// are two figures, a change and a level; but "fell 10 to 15 percent" and
// "rose 3% to 3.5%", whose ends are near, are ranges.
func (x *extractor) rangeEnd(c *claimParts) {
	j := c.num.last
	if x.suspendedHyphen(c, j) || x.agesInARow(c, j) || x.penceToPounds(c, j) {
		return
	}
	if n, ok := x.quoteFractionEnd(c, j); ok {
		// "three months closing at 6-9/16 7/16 pct": a bid and an offer,
		// the whole said once (copied, so that only a quote's end leaves
		// for the heap)
		end := n
		c.end = &end
		return
	}
	upTo := false // "rise by anything from 10 up to 15 per cent": the range's end after "up to" (but "rose from 805.50 up to 807 stg" is a change)
	if f := c.num.first - 1; x.eq(j, wUp) && x.eq(j+1, wTo) && x.tokIs(j+2, tNum) && x.eq(f, wFrom) {
		switch x.lowerAt(max(f-1, 0)) {
		case "anything", "anywhere", "somewhere", "ranging", "range", "ranges", "vary", "varies", "varying":
			upTo, j = true, j+1
		}
	}
	between := x.eq(c.first-1, wBetween) || x.eq(c.num.first-1, wBetween) || x.eq(c.num.first-2, wBetween) && c.unitKind == factcheck.Money ||
		x.agesBetween(c.num.first) || x.eq(c.num.first-2, wBetween) && (x.str(c.num.first-1) == "\"" || x.str(c.num.first-1) == "\u201c") || // between "two and three times"
		x.eq(c.num.first-2, wBetween) && (x.eq(c.num.first-1, wAbout) || x.eq(c.num.first-1, wAround) || x.eq(c.num.first-1, wRoughly) || x.eq(c.num.first-1, wApproximately)) || // "between about 350 and 800 dlrs a ton"
		c.num.year && x.eq(c.num.first-2, wBetween) && partOfYear(x.lowerAt(c.num.first-1)) // "between early 1989 and early 1990"
	// a unit said twice: "between 3% and 5%", "3% to 3.5%", "-3C to 4C",
	// "rates beginning at 3.9 pct through 9.9 pct"
	w := 1 // the unit's tokens: 2 for "°C", "board feet"
	compound := false
	if x.degreeSign(j) {
		w = 2
	} else if (x.eqText(j, "deg") || x.eqText(j, "degs")) && (x.eqText(j+1, "c") || x.eqText(j+1, "f")) {
		w, compound = 2, true // "between 33 deg C and 35 deg C"
	} else if x.unitRepeats(j) && x.tokIs(j+1, tPunct) && x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 && x.tokIs(j+2, tWord) && x.toks[j+2].flags&fSpace == 0 {
		w = 3 // "between 30 km/h and 50 km/h"
	} else if x.eq(j, wPer) && x.eq(j+1, wCent) {
		w, compound = 2, true // "between 9.1 per cent and 27.4 per cent"
	} else if x.perUnitRepeats(j) {
		w, compound = 2, true // "US$1,150/oz to US$1,250/oz"
	} else if x.compoundAt(j) {
		if u, k := x.compoundUnit(j); u != "" && k > j+1 {
			w, compound = k-j, true // "21 mln board feet\nto 30 mln board feet"
		}
	}
	if x.unitRepeats(j) && (x.eq(j+w, wA) || x.eq(j+w, wPer)) && x.tokIs(j+w+1, tWord) && x.eq(j+w+2, wTo) && x.eq(c.first-1, wFrom) &&
		!x.changeBefore(c.first) && x.tokIs(j+w+3, tNum) {
		w += 2 // "range from 16.50 dlrs a share to 17.25 dlrs": the rate said after the start
	}
	metres := x.str(j) == "m" && !c.num.scaled // "swells of 6m to 8m": metres, the figure not read in millions
	// "expect 3in to 5in of rain": inches glued to both ends
	inches := x.str(j) == "in" && x.toks[j].flags&fSpace == 0 && x.tokIs(j+2, tNum) && x.str(j+3) == "in" && x.toks[j+3].flags&fSpace == 0
	repeat := (x.unitRepeats(j) || compound || metres || inches) && (between || x.eq(j+w, wTo) || x.eq(j+w, wThrough) || x.tokIs(j+w, tPunct) && isDash(x.str(j+w)) && x.toks[j+w].flags&fSpace == 0)
	first := j // the first number's unit, when repeated
	if repeat {
		j += w
	}
	if j >= len(x.toks) {
		return
	}
	var k int
	changed := false // "fell 10 to 15 percent": a range only if a unit follows
	near := false    // "rose 3% to 3.5%": a range only if its ends are near
	forecast := false
	switch {
	case x.hyphenAt(j-1) && (x.eq(j+1, wTo) || x.eq(j+1, wOr)) && x.hyphenAt(j+1) && (c.num.words || x.tokIs(j+3, tNum)):
		k = j + 3 // "two-to-three weeks", "8.25-to-8.50 dlrs a share"
	case x.tokIs(j, tPunct) && isDash(x.str(j)) && !(j+1 < len(x.toks) && x.toks[j+1].flags&fSpace == 0 && x.cellAt(j+1)):
		k = j + 1 // (but "-18.65   -0.24%": a table's next column, signed)
	case x.eq(j, wTo) && c.unitKind == factcheck.Count && j == c.num.last && (x.str(j+1) == "1" || x.eq(j+1, wOne)) && !x.tokIs(j+2, tNum) &&
		x.ratioNamedIn(max(c.first-8, x.sentenceStartBefore(c.first)), c.first):
		return // "the ratio of vacancies to unemployed people fell to 0.8 to 1": a ratio's level, its "to 1" no range's end (ratioLevel)
	case x.eq(j, wTo) && (upTo || !x.fromChange(c.first)):
		// "will raise prices by 3% to 5%", "could rise by $10 to $25 a
		// pair": a forecast's range of changes, its ends near
		by := x.byBefore(c.first)
		forecast = by && x.nearEndAt(j+1, c.num.value) && x.forecastBefore(c.first-1)
		if repeat && by && !forecast {
			return // "and by one pct to 10 pct": a change and a level, the verb said before
		}
		if by && c.unitKind == factcheck.Count && j == c.num.last && !c.num.scaled && !x.nearEndAt(j+1, c.num.value) {
			if n, ok := x.digits(j + 1); ok && !n.scaled && n.value > 2.5*c.num.value && !x.rangeUnitAt(n.last) {
				return // "raised its toll by 14,000 to 94,000": a change and the level it reached, counted
			}
		}
		if by && !forecast && !c.num.scaled && !x.nearEndAt(j+1, c.num.value) && (j > c.num.last || x.tokIs(j+1, tPunct) && currencySymbol(x.str(j+1)) != "") {
			return // "trimmed by 12 minutes to two hours and 35 minutes", "raise the price by $2 to $17.99": a change and the level it reached, each with its unit (but "cut its profits by $3.8m to $4.9m" a range)
		}
		if (x.inEighths(c.num.first, j) || x.inEighths(j+1, min(j+5, len(x.toks)))) && x.companyMove(c.num.first-1) {
			return // "Potlatch Corp 3-1/2 to 69": a company's move and its price
		}
		if x.marketMove(c) != nil {
			return // "National four to 5.46": a company's move in cents and its price
		}
		k = j + 1
		atLevel := x.eq(c.first-1, wAt) || x.eq(c.first, wAt) // "estimates the increase at $1,100 to $1,400": a change's size, its range
		changed = x.changeBefore(c.first) && !atLevel && !upTo
		if changed && x.fromBefore(c.first) {
			return
		}
		if repeat && (changed || !x.eq(c.first-1, wOf) && !atLevel && x.changeInClause(c.first)) {
			if by && !forecast {
				return // "rose by 3% to 3.5%": a change and a level
			}
			if changed && c.num.scaled && x.tokIs(first, tWord) && x.toks[first].is(lexicon.Currency) && x.tokIs(c.first-1, tWord) && pastChange(x.lowerAt(c.first-1)) {
				return // "reserves fell 550 mln dlrs to 850 mln dlrs": a sum's change and the level it reached, each said in full
			}
			near = true // (but "extended ... when stored at 2C to 8C": a level's range after "at")
		}
	case x.eq(j, wAnd) && (between || c.num.year && c.unitKind == factcheck.Count && x.nextYear(j+1, c.num.value) && !x.afterListed(c.first) || x.listedBetween(c)):
		k = j + 1 // "between 5 and 10", "the 2022 and 2023 models" (but "over 1987, 1988 and 1989" lists three years)
	case x.mark(j) == ',' && hedgeWord(x.lowerAt(j+1)) && !c.num.scaled && !c.num.year:
		k = j + 2 // "30, maybe 40": a figure and the higher one hedged after it, one range
	case x.eq(j, wOr) && c.num.words && !c.num.scaled:
		k = j + 1 // "two or three"
	case x.eq(j, wOr) && !c.num.words && !c.num.scaled && !c.num.year && (x.tokIs(j+1, tNum) || x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Cardinal)) &&
		(x.rangeUnitAt(j+2) && !(x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Currency)) || x.nearValueAt(j+1, c.num.value) &&
			(x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Currency) || x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Scale) && x.rangeUnitAt(j+3))) &&
		c.unitKind != factcheck.Money && !x.listedBefore(c.first) || x.countsOr(c, j):
		k = j + 1 // "repaid over 15 or 20 years", "10 or 12 pct", "2.5 or three pct", "below 380 or 390 dlrs", "1.6 or 1.7 billion dlrs": a sum said once of two near values, as most hands read it
	case x.eq(j, wOr) && c.num.scaled && !c.num.words && x.tokIs(j+1, tNum) && x.tokIs(j+2, tWord) && x.eqText(j+2, x.str(c.num.last-1)) &&
		(x.tokIs(j+3, tWord) && x.toks[j+3].is(lexicon.Currency) || x.rangeUnitAt(j+3)) && x.scaledNear(j+1, c.num.value) && !x.listedBefore(c.first):
		k = j + 1 // "11 billion or 12 billion dlrs": the scale said twice, the unit once
	case x.eq(j, wThrough) && (x.tokIs(j+1, tNum) || c.num.year && x.eq(j+1, wFiscal) && x.tokIs(j+2, tNum)):
		k = j + 1 // "grades 9 through 12", as US writers give a range
	case (x.eq(j, wUntil) || x.eq(j, wTill)) && c.num.year && x.eq(c.first-1, wFrom) && x.tokIs(j+1, tNum):
		k = j + 1 // "led Labour from 1983 until 1992": a span of years
	default:
		return
	}
	if c.num.year && (partOfYear(x.lowerAt(k)) || x.eq(k, wFiscal) && x.eq(c.num.first-1, wFiscal)) && x.tokIs(k+1, tNum) {
		k++ // "between early 1989 and early 1990", "fiscal 1988 through fiscal 1990"
	}
	neg := false
	numAfter := x.tokIs(k+1, tNum) || x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Cardinal)
	if x.eq(k, wMinus) && c.num.value < 0 && (x.eq(j, wTo) || x.eq(j, wAnd) && between) && numAfter {
		neg, k = true, k+1 // "between minus 3 and minus 8 degrees", "minus two to minus six degrees"
	} else if x.eq(k, wPlus) && c.num.value < 0 && (x.eq(j, wTo) || x.eq(j, wAnd) && between) && numAfter {
		k++ // "between minus 6C and plus 2C", "from minus two to plus four degrees"
	}
	if x.tokIs(k, tPunct) && (x.eq(j, wTo) || x.eq(j, wAnd) && between) && x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 {
		switch x.str(k) {
		case "-", "\u2212":
			neg, k = true, k+1 // "from -10 to -5", "between -5 and -2"
		case "+":
			k++ // "between -2% and +3%"
		}
	}
	resaid := false // the currency said again before the end
	if c.unitKind == factcheck.Money {
		// the currency said again: "$5-$10", "EUR 3m to EUR 5m", "US$3 to US$4"
		switch {
		case x.tokIs(k, tPunct) && currencySymbol(x.str(k)) != "":
			k++
			resaid = true
		case x.tokIs(k, tWord) && x.toks[k].flags&fAllCaps != 0 && x.codeBefore(k) != "":
			k++
		case x.tokIs(k, tWord) && x.tokIs(k+1, tPunct) && x.mark(k+1) == '$' && currencyPrefix(x.str(k)) != "":
			k += 2
		case x.tokIs(k, tWord) && (wordPrefix(x.str(k)) || x.localPrefixAt(k) != "") && x.tokIs(k+1, tNum):
			k++ // "R10bn-R12bn", "Rs 5-Rs 6 crore"
		case x.prefixSaidAgain(c, k):
			k += c.num.first - c.first // "E£250 to E£400", "R250 to R400": the start's own prefix
		}
	}
	if x.mark(k) == '.' && x.tokIs(k+1, tNum) && x.leadingPoint(k+1) {
		k++ // "from .05 to .07 pct": the end's point before its digits
	}
	var n number
	var ok bool
	switch {
	case x.tokIs(k, tNum) && (!c.num.words || !x.eq(j, wOr)):
		if x.timeOfDay(k+1) || x.tokIs(k+1, tWord) && x.toks[k+1].flags&fSpace == 0 && x.toks[k+1].is(lexicon.OrdinalSuffix) {
			return
		}
		n, ok = x.digits(k)
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal) && (c.num.words || x.eq(j, wTo) || x.eq(j, wOr) || x.eq(j, wAnd) && between):
		n, ok = x.wordNumber(k)
		// digits to words only with a scale or a unit after them: "6-1/2 to
		// seven billion marks", "6.25 to seven dlrs", "2.5 or three pct"
		ok = ok && (c.num.words || n.scaled || x.unitFollows(n.last-1) || x.eq(n.last, wPer) && x.eq(n.last+1, wCent))
	case x.eq(k, wA) && (x.eq(k+1, wThousand) || x.eq(k+1, wMillion) || x.eq(k+1, wBillion)) && c.num.value >= 100 && (x.eq(j, wAnd) && between || x.eq(j, wTo) && x.eq(c.first-1, wFrom)):
		n, ok = x.wordNumber(k) // "between 800,000 and a million"
	}
	if !ok {
		return
	}
	if x.tokIs(n.last, tPunct) && x.mark(n.last) == ':' && x.tokIs(n.last+1, tNum) && x.toks[n.last+1].flags&fSpace == 0 {
		return // "5-10:30": a time (but "between $1.6 – $2.1 billion:" is a range)
	}
	if x.tokIs(j, tPunct) && isDash(x.str(j)) && x.toks[j].flags&fSpace != 0 && x.tokIs(n.last, tPunct) && isDash(x.str(n.last)) &&
		x.toks[n.last].flags&fSpace == 0 && x.tokIs(n.last+1, tNum) && x.toks[n.last+1].flags&fSpace == 0 {
		return // "frame 1 - 540-600 lbs": a label's number, then a range of its own after a spaced dash
	}
	// both ends below zero may run either way: "-0.90 to -1.10 pct", as
	// a discount is quoted
	down := false
	if neg {
		n.value, n.year = -n.value, false
		down = c.num.value < 0 && n.value < c.num.value
	}
	if !down && n.value < c.num.value && (c.num.decimal && n.decimal && (between && x.eq(j, wAnd) || x.eq(n.last, wRange) || x.eq(n.last+1, wRange)) ||
		x.marketMoveAfter(n.last) || x.movesOfBefore(c.first)) {
		// "Barley closed 0.15 to 0.05 stg per tonne higher", "losses of
		// between 2.20 and 1.80 dlrs a tonne", "wheat showing gains of 0.50
		// to 0.20 stg and barley 0.25 to 0.10 stg", "gains of 12 to five stg":
		// a market's moves, from its largest; "in a 62.85 to 62.55 cents
		// range", a day's trading
		down = true
	}
	if !down && x.eq(j, wTo) && n.value < c.num.value && n.value*maxSpreadFractionQuote >= c.num.value && (x.fractionIn(c.num.first, c.num.last) || x.fractionIn(n.first, n.last)) {
		down = true // a dealer's quote in fractions, its offer first: "three months ending at 5-1/16 to 4-7/8 pct", "3-1/2 to three pct"
	}
	end := n.value // without a scale that the range shares: "2 to 3 million"
	if n.scaled && !c.num.scaled {
		end = x.unscaled(k, n)
	}
	// "500,000 to 1 million": the scale is the end's alone, and the ends
	// are near
	closeEnds := n.scaled && !c.num.scaled && !c.num.year && !changed && n.value > c.num.value && (n.value <= 10*c.num.value || resaid && (between || x.fromBefore(c.num.first))) && end < c.num.value
	// ("between £200 and £5k": the end a sum of its own, its currency said again)
	// "between 5,000 and 10 million euros": the scale the end's alone, the
	// end above the start only with it
	ownScale := between && n.scaled && !c.num.scaled && !c.num.year && end < c.num.value && n.value > c.num.value
	if n.scaled && !c.num.scaled && end <= c.num.value && !closeEnds && !ownScale {
		return // "from 1988 to 2.4 mln": a year and a figure
	}
	if c.num.year && !n.year && (x.eq(c.num.first-1, wIn) || end > 2100) {
		// "from 81,000 units in 2003 to 106,000 in 2007", "Chile shipping
		// 229,176 tonnes (1985 - 182,959)": a year, then a figure
		return
	}
	if c.num.words && !n.words && end > 10*c.num.value && !x.fromBefore(c.num.first) && !between &&
		(c.num.scaled || changed || x.changeInClause(c.first) || !x.tokIs(n.last, tWord) || !x.toks[n.last].is(lexicon.Duration|lexicon.Measure)) {
		// "Occidental one to 34-5/8", "raised the figure two mln to 87 mln":
		// a change and a level (but "between seven and 365 days" and
		// "maturities of seven to 364 days" are ranges)
		return
	}
	if (c.num.decimal && n.decimal || c.num.scaled && n.scaled || repeat) && c.num.value > 0 && end > 20*c.num.value && !between && !x.fromBefore(c.num.first) {
		// "plummetted 313.00 to 22,609.20", "589 mln to 45.10 billion in
		// January and 140 mln to 43.80 billion", "XE 100 dlrs to 14,999
		// dlrs": a move and a level,
		// whatever the verb's spelling, or said once for two
		return
	}
	if c.num.scaled && n.scaled && x.byBefore(c.first) && end > 2*c.num.value && !between {
		// "and the wheat guarantee line by 20 mln to 165 mln dlrs",
		// "narrowed its operating loss by ¥48.6 billion to ¥104.3 billion":
		// a change and a level, the verb said before for a list (but "cut
		// by two mln to three mln tonnes" is a range)
		return
	}
	if x.byBefore(c.first) && (repeat || x.tokIs(c.num.first-1, tPunct) && currencySymbol(x.str(c.num.first-1)) != "") && c.end == nil && c.num.value > 0 && end > 5*c.num.value && !between && x.changeInClause(c.first-1) {
		// "raised the minimum support price for common paddy by ₹117 to
		// ₹2,300 a quintal", "raised the price by HK$1 to HK$9.50", "by a
		// record ¥50 to ¥1,054": a
		// change and the level it reached, the verb far before "by", each
		// with its sign (but "reduced its rates by two to 15 pct" is a
		// range)
		return
	}
	small := c.num.decimal && n.decimal && end < 5 && end <= 3*c.num.value // "Rye fell 0.10 to 0.20": a market's moves, a range
	// "lost an estimated $30 to $40 a head", "adds £35 to £60 each way": a
	// sum's ends, each with its sign, near, hedged or a rate (but "Biogen
	// fell $28.63 to $38.65" is a move and a price)
	signedNear := resaid && end > c.num.value && end <= 2*c.num.value &&
		(x.qualifierOf(c.first) == factcheck.Approx || (x.eq(n.last, wA) || x.eq(n.last, wAn) || x.eq(n.last, wPer) || x.eq(n.last, wEach)) && x.tokIs(n.last+1, tWord))
	// "would cut 1,500 to 2,000 jobs": near ends of a count the verb takes,
	// its noun after them, one range
	countedNear := c.unitKind == factcheck.Count && !c.num.scaled && end > c.num.value && end <= 2*c.num.value && x.tokIs(c.first-1, tWord) && changeWord(x.spAt(c.first-1)) &&
		x.tokIs(n.last, tWord) && x.toks[n.last].flags&fUpper == 0 && !x.toks[n.last].is(lexicon.Stop|lexicon.Determiner) && strings.HasSuffix(x.lowerAt(n.last), "s")
	if changed && !forecast && (!x.rangeUnitAt(n.last) && !small && !signedNear && !countedNear || c.num.value > 0 && end > 5*c.num.value) {
		return // "fell 10.5 to 1,234.5": a change and a level (but "move −3% to 0%", from below zero, a range)
	}
	if near && c.num.value > 0 && end > 2*c.num.value {
		return // "lifted rates 0.25% to 5.5%", "fell 2 cents to 98 cents" (but "extended ... when stored at −90°C to −60°C" a range)
	}
	inFirst := n.value // the end in the first's unit
	if repeat && !x.sameUnit(n.last, first) && x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Duration) && x.toks[first].is(lexicon.Duration) {
		// "16 months to four years" (see mixedUnits)
		inFirst *= x.toks[n.last].entry().Per * unitsIn(x.toks[first].entry().Unit, x.toks[n.last].entry().Unit)
		if inFirst <= c.num.value {
			return
		}
	} else if repeat && !changed && (between || x.fromBefore(c.num.first) || moveWord(x.lowerAt(n.last+1))) && x.centsToWhole(first, n.last) {
		// "between 10 cts and one dlr a barrel", "contracts were 80 cts to
		// 1.50 dlrs firmer": the start in the end's unit
		c.num.value *= x.toks[first].entry().Per
		c.num.decimal = true
		inFirst = n.value
	} else if repeat && (!x.sameUnit(n.last, first) || n.value <= c.num.value && !down) {
		return
	}
	if repeat && x.mark(first) == '%' && x.eq(j, wTo) && x.mark(c.first-1) == ',' && x.voteResultAt(c.first-2) {
		return // "the road bond was trailing, 48.2% to 51.8%": a vote's two sides, set off by a comma (but "estimated to have won 26.6% to 28.6%" is a range)
	}
	if x.tokIs(j, tPunct) && !c.num.words && !n.words && !n.scaled && !c.num.scaled && c.unitKind == factcheck.Count && x.mark(n.last) != '%' && x.scorePair(c, n) {
		if isDash(x.str(j)) && x.toks[j].flags&fSpace == 0 && x.toks[n.first].flags&fSpace == 0 && n.last == n.first+1 && c.num.last == c.num.first+1 && !x.voteTally(c.num.first, n.last) && !x.tableCell(c.num.first, n.last) &&
			!(x.tokIs(n.last, tWord) && x.toks[n.last].flags&fSpace == 0) {
			c.scoreEnd = n.last // "a 3-2 win": one score, as checkers quote it, of its first side's count
		}
		return // a score or a record, "61-58", "a 2-10 stretch"
	}
	if inFirst <= c.num.value && !down {
		return
	}
	// "2 to 3 million", "two to three dozen": the scale applies to both
	shared := n.scaled && (n.value/c.num.value >= 100 || x.eq(n.last-1, wDozen) && end > c.num.value)
	// "between a dozen and 20 homes", "between two thousand and 5,000": a
	// start's scale in words, an end in digits above it
	wordScale := between && c.num.words && c.num.scaled && !n.scaled && !n.words && n.value > c.num.value && n.value <= 10*c.num.value
	if n.scaled != c.num.scaled && !shared && !closeEnds && !wordScale {
		return // "32,000 to 1.41 million": two figures, no range
	}
	if shared && !c.num.scaled && !closeEnds && !ownScale {
		scale := n.value / x.unscaled(k, n)
		c.num.value *= scale
		c.num.scaled = true
	}
	if e := x.str(n.first); !n.scaled && !c.num.scaled && strings.HasSuffix(e, ",000") && !strings.Contains(x.str(c.num.first), ",") && x.tokIs(j, tPunct) && isDash(x.str(j)) &&
		c.num.value < 1000 && n.value/c.num.value >= 100 && n.value/(c.num.value*1000) <= 100 {
		c.num.value *= 1000 // "75-100,000 bpd": the thousands of the end, said once (but "between 5 and 10,000" as written)
	}
	c.num.year = false
	c.end = &n
}

// quoteFractionEnd reads, at token j, the offer of a dealer's quote whose
// bid c.num is a whole and a fraction, the offer after a space (or a
// wrapped line) and before the quote's percent or currency: its fraction
// alone, "6-9/16 7/16 pct" is 6.5625 to 6.4375, in the order written; or
// whole, "6-5/16 6-3/16 pct", "6-1/2\n6-3/8 pct", "18-1/8 19 pct", and
// after a bid in whole figures, "10 9-7/8 pct", within a point of the bid.
func (x *extractor) quoteFractionEnd(c *claimParts, j int) (number, bool) {
	if c.num.scaled || c.num.year || c.num.value < 1 || c.end != nil || !x.tokIs(j, tNum) || x.toks[j].flags&fSpace == 0 || x.toks[j].flags&fNewline != 0 && !x.lineWrap(j) {
		return number{}, false
	}
	bid := x.text[x.toks[c.num.first].s:x.toks[c.num.last-1].e]
	mixed := strings.Contains(bid, "-") && strings.Contains(bid, "/")
	var end number
	if v, k, ok := x.wholeAndFraction(j); ok && (mixed || allDigits(bid)) && v != c.num.value && math.Abs(v-c.num.value) < 1 {
		end = number{first: j, last: k, value: v, decimal: true}
	} else if f, k := x.mixedFraction(j); k > j && mixed {
		end = number{first: j, last: k, value: math.Floor(c.num.value) + f, decimal: true}
	} else if v, err := strconv.Atoi(x.str(j)); err == nil && mixed && allDigits(x.str(j)) && math.Abs(float64(v)-c.num.value) < 1 {
		end = number{first: j, last: j + 1, value: float64(v)} // "from 18-1/8 19 pct"
	} else {
		return number{}, false
	}
	if x.tokIs(end.last, tWord) && x.toks[end.last].is(lexicon.Percent|lexicon.Currency) {
		return end, true
	}
	if (x.eq(end.last, wAnd) || x.mark(end.last) == '.' || x.mark(end.last) == ',') && x.rateQuotedBefore(c.num.first) {
		return end, true // "Overnight was little changed at 6-5/16 6-3/16 and ...", after a rate in percent
	}
	return number{}, false
}

// rateQuotedBefore reports whether the claim before token i, in its
// paragraph and a few lines back, is a percentage: a dealer's quotes of
// rates after it need not say "pct" again ("fed funds were trading at
// 6-1/8 pct ... Overnight was little changed at 6-5/16 6-3/16").
func (x *extractor) rateQuotedBefore(i int) bool {
	if len(x.claims) == 0 {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	pi := x.tokenOf(p)
	return p.Kind == factcheck.Percent && i-pi <= maxRateQuoteGap && !x.blankLineIn(pi, i)
}

// maxRateQuoteGap bounds how many tokens before a quote without its unit
// the percentage it goes by may stand.
const maxRateQuoteGap = 60

// wholeAndFraction reads a whole and a fraction joined by a hyphen,
// "6-3/16", at token j: its value and the index after it.
func (x *extractor) wholeAndFraction(j int) (float64, int, bool) {
	if !x.tokIs(j, tNum) || !allDigits(x.str(j)) || x.mark(j+1) != '-' {
		return 0, j, false
	}
	f, k := x.mixedFraction(j + 1)
	if k == j+1 {
		return 0, j, false
	}
	whole, _ := strconv.Atoi(x.str(j))
	return float64(whole) + f, k, true
}

// marketMoveAfter reports whether a word of a market's close follows the
// number ending at token j, after its unit if any, in the same clause:
// "0.15 to 0.05 stg per tonne higher", "0.60 to 0.20 firmer".
func (x *extractor) marketMoveAfter(j int) bool {
	for k := j; k < j+4 && x.tokIs(k, tWord); k++ {
		switch x.spAt(k) {
		case wHigher, wLower, wFirmer, wEasier, wWeaker, wStronger, wDearer, wCheaper:
			return true
		}
	}
	return false
}

// movesOfBefore reports whether a market's moves are named, "gains of"
// or "losses of", in the ten tokens before token i, in its sentence:
// "wheat showing gains of 0.50 to 0.20 stg and barley 0.25 to 0.10 stg".
func (x *extractor) movesOfBefore(i int) bool {
	for k := i - 1; k > 0 && k >= i-10 && !(x.tokIs(k, tPunct) && x.sentenceEnd(k) > k); k-- {
		if x.eq(k, wOf) {
			switch x.spAt(k - 1) {
			case wGains, wLosses, wFalls, wRises, wDeclines, wAdvances:
				return true
			}
		}
	}
	return false
}

// agesBetween reports whether "between the ages of" stands before token
// i: "between the ages of 16 and 18", a range of ages.
func (x *extractor) agesBetween(i int) bool {
	return x.eq(i-1, wOf) && x.eq(i-2, wAges) && x.eq(i-3, wThe) && x.eq(i-4, wBetween)
}

// unitsIn returns how many of the unit of time small make one of large,
// when that is exact ("month", "year": 12), else 0.
func unitsIn(small, large string) float64 {
	steps := []struct {
		unit string
		per  float64 // of the unit before
	}{{"second", 1}, {"minute", 60}, {"hour", 60}, {"day", 24}, {"week", 7}}
	long := []struct {
		unit string
		per  float64
	}{{"month", 1}, {"year", 12}, {"decade", 10}, {"century", 10}}
	for _, scale := range [][]struct {
		unit string
		per  float64
	}{steps, long} {
		n, in := 0.0, false
		for _, s := range scale {
			switch {
			case s.unit == small:
				n, in = 1, true
			case in:
				n *= s.per
			}
			if in && s.unit == large {
				return n
			}
		}
	}
	return 0
}

// mixedUnits gives a range of time whose ends name two units the first
// one: "16 months to four years" is 16 to 48 months. rangeEnd took the
// end only when the two units convert exactly (unitsIn).
func (x *extractor) mixedUnits(c *claimParts) {
	j := c.num.last
	if c.unitKind != factcheck.Duration || c.end == nil || !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Duration) || x.toks[j].entry().Per != 1 {
		return
	}
	small := x.toks[j].entry().Unit
	if r := unitsIn(small, c.unit); small != c.unit && r > 0 {
		c.end.value *= r
		c.unit = small
	}
}

// listedBetween reports whether the number of c opens an item of a list
// whose items are ranges "between X and Y" with "between" said once:
// "between 15 and 270 mm in Buenos Aires, 15 and 120 mm in La Pampa, 10
// and 75 mm in Santa Fe". The claim before must be such a range, in the
// same sentence, a few words back, and c must follow a comma or "and".
func (x *extractor) listedBetween(c *claimParts) bool {
	if c.num.year || len(x.claims) == 0 || !(x.tokIs(c.first-1, tPunct) && x.mark(c.first-1) == ',' || x.eq(c.first-1, wAnd)) {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	if p.EndValue == nil || p.Kind == factcheck.Date || !slices.Contains(strings.Fields(p.Text), "and") {
		return false
	}
	pe := sort.Search(c.first, func(m int) bool { return int(x.toks[m].s) >= p.End })
	if c.first-pe > 10 {
		return false
	}
	for m := pe; m < c.first; m++ {
		if x.tokIs(m, tPunct) && (x.sentenceEnd(m) > m || x.mark(m) == ';') {
			return false
		}
	}
	return true
}

// suspendedHyphen reads the end of a range whose first number's unit is
// left to the second's hyphen, at token j after the first number: "200-
// to 300-seat", "three- to five-year", "10- or 12-hour", "16- and
// 17-year-olds" (with "and", only of two numbers in a row), and with the
// space dropped, "a one-or two-day phenomenon". It reports whether it read
// one.
func (x *extractor) suspendedHyphen(c *claimParts, j int) bool {
	if !x.tokIs(j, tPunct) || !isDash(x.str(j)) || x.toks[j].flags&fSpace != 0 || !(x.eq(j+1, wTo) || x.eq(j+1, wOr) || x.eq(j+1, wAnd)) ||
		c.num.scaled {
		return false
	}
	var n number
	var ok bool
	switch {
	case x.tokIs(j+2, tNum):
		n, ok = x.digits(j + 2) // "5- to 10-day", "five- to 10-day repurchase agreements"
	case x.tokIs(j+2, tWord) && c.num.words && x.toks[j+2].is(lexicon.Cardinal):
		n, ok = x.wordNumber(j + 2)
	}
	if !ok || n.scaled || n.value <= c.num.value || !x.hyphenAt(n.last-1) || x.eq(j+1, wAnd) && n.value != c.num.value+1 {
		return false // (but "10- and 30-year bonds" are two)
	}
	c.num.year, n.year = false, false
	c.end = &n
	return true
}

// agesInARow reads, at "and" at token j after the first number of c, the
// next age in a row before "-year-olds", the range of ages both name:
// "served alcohol to 15 and 16-year-olds". It reports whether it read
// one.
func (x *extractor) agesInARow(c *claimParts, j int) bool {
	if !x.eq(j, wAnd) || !x.tokIs(j+1, tNum) || c.num.scaled || c.num.decimal {
		return false
	}
	n, ok := x.digits(j + 1)
	if !ok || n.value != c.num.value+1 || !x.hyphenAt(n.last-1) || !x.eq(n.last+1, wYear) || !x.hyphenAt(n.last+1) || !x.eqText(n.last+3, "olds") {
		return false
	}
	c.end = &n
	return true
}

// penceToPounds reads, at the "p" glued to the first number of c at token
// j, a range of pence to pounds after "from" and "to" or "between" and
// "and", or glued by a dash: "costing from 25p to £1.10", "charging
// between 2p and £1.34 a mile", "75p-£1", one sum in pounds from 0.25 to 1.10 (the pounds' sign said, the
// end the larger; but "rose from 25p to £1.10" is a change). It reports
// whether it read one.
func (x *extractor) penceToPounds(c *claimParts, j int) bool {
	dashed := x.tokIs(j+1, tPunct) && isDash(x.str(j+1)) && x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0 // "75p-£1"
	if c.unitKind != factcheck.Count || c.num.scaled || x.str(j) != "p" || x.toks[j].flags&fSpace != 0 ||
		!(x.eq(j+1, wTo) && x.eq(c.first-1, wFrom) && !x.changeInClause(c.first) || x.eq(j+1, wAnd) && x.eq(c.first-1, wBetween) || dashed) || x.str(j+2) != "£" || !x.tokIs(j+3, tNum) {
		return false
	}
	n, ok := x.digits(j + 3)
	if !ok || n.value <= c.num.value/100 {
		return false
	}
	c.num.value, c.num.decimal = c.num.value/100, true
	c.unitKind, c.unit, c.factor = factcheck.Money, "GBP", 1
	c.end = &n
	return true
}

// unscaled returns the value of the number n at k before its scale: 5
// for "5 bln" and for "five billion".
func (x *extractor) unscaled(k int, n number) float64 {
	if x.toks[k].class == tWord {
		v := n.value
		for m := n.last - 1; m > k && x.tokIs(m, tWord) && x.toks[m].is(lexicon.Scale); m-- {
			v /= x.toks[m].entry().Num
		}
		return v
	}
	if x.toks[k].class == tNum {
		v, ok := x.digits(k)
		if ok {
			if s, err := strconv.ParseFloat(stripCommas(x.str(k)), 64); err == nil {
				return s
			}
			u := v.value // "2½ million": the figure with a vulgar fraction, its scales taken off
			for m := v.last - 1; m > k && x.tokIs(m, tWord) && x.toks[m].is(lexicon.Scale); m-- {
				u /= x.toks[m].entry().Num
			}
			return u
		}
	}
	return n.value
}

func stripCommas(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// perUnitRepeats reports whether a slash and the unit a figure is per,
// glued at token j ("/oz"), are said again after the end of a range that
// follows: "US$1,150/oz to US$1,250/oz", "$5/kg-$7/kg".
func (x *extractor) perUnitRepeats(j int) bool {
	if x.mark(j) != '/' || x.toks[j].flags&fSpace != 0 || !x.tokIs(j+1, tWord) || x.toks[j+1].flags&fSpace != 0 ||
		!(x.eq(j+2, wTo) || x.tokIs(j+2, tPunct) && isDash(x.str(j+2))) {
		return false
	}
	for k := j + 3; k < j+6 && k < len(x.toks); k++ {
		if x.tokIs(k, tNum) {
			return x.mark(k+1) == '/' && x.toks[k+1].flags&fSpace == 0 && strings.EqualFold(x.str(k+2), x.str(j+1))
		}
	}
	return false
}

func isDash(s string) bool {
	return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2010" || s == "\u2011"
}

// changeBefore reports whether a verb of change stands before the number at
// i: "rose 5% to 10%" is two claims.
func (x *extractor) changeBefore(i int) bool {
	_, k := x.qualifier(i)
	sum := x.tokIs(k, tPunct) && currencySymbol(x.str(k)) != ""
	if x.tokIs(k-1, tPunct) && currencySymbol(x.str(k-1)) != "" {
		k--
		sum = true
	}
	if x.eq(k-1, wBy) {
		k-- // "grew by 1.2 million to 67.3 million"
	} else if sum && (x.eq(k-1, wRaise) || x.eq(k-1, wRaised) || x.eq(k-1, wRaising) || x.eq(k-1, wRaises)) {
		return false // "a scheme that could raise $10 billion to $15 billion a year": money collected, no change
	}
	// "will climb 6C to 21C": a change and its level, "climb" just before
	// the first (but "climb from 20 to 25 degrees" is a range)
	return x.tokIs(k-1, tWord) && (changeWord(x.spAt(k-1)) && !x.magnifiesPower(k-1, i) || x.eqText(k-1, "climb") || x.eq(k-1, wClimbs))
}

// nearEndAt reports whether the figure at token k, after any currency
// sign, lies above v and within two and a half times it, v one or more:
// the end of a range of changes after "by" ("raise prices by 3% to 5%",
// "rise by $10 to $25 a pair"), not the level a change reached ("raised
// the ratio by 0.5 pct to 10 pct").
func (x *extractor) nearEndAt(k int, v float64) bool {
	if x.tokIs(k, tPunct) && (currencySymbol(x.str(k)) != "" || x.mark(k) == '+' && x.toks[k+1].flags&fSpace == 0) {
		k++
	}
	if !x.tokIs(k, tNum) {
		return false
	}
	n, ok := x.digits(k)
	return ok && !n.scaled && (v >= 1 && n.value > v && n.value <= 2.5*v || v < 0 && n.value <= -4*v) // (and across zero: "grow by −0.5% to 0.5%")
}

// forecastBefore reports whether the verb before "by" at token b says
// what will or may happen: a modal a few words back ("will raise prices
// by", "could rise by", "can trim bills by") or "to" before the verb
// ("expects income to fall by", "expects to cut costs by"), in its
// clause; or, after "and", that of the "by" before it.
func (x *extractor) forecastBefore(b int) bool {
	if x.eq(b-1, wAnd) {
		// "would grow by between 3% and 3.5% in 2004 and by 2.5% to 3% in
		// 2005": the verb of the "by" before, said once
		for k := b - 2; k >= 0 && k >= b-16 && !(x.tokIs(k, tPunct) && x.sentenceEnd(k) > k); k-- {
			if x.eq(k, wBy) {
				return x.forecastBefore(k)
			}
		}
	}
	for k := b - 1; k >= 0 && k >= b-6 && !x.tokIs(k, tPunct); k-- {
		switch x.lowerAt(k) {
		case "will", "would", "could", "may", "might", "should", "shall", "can":
			return true
		case "to":
			return k == b-2 || k >= b-4 && intentWord(x.lowerAt(k-1))
		}
	}
	return false
}

// intentWord reports whether w, in lower case, says before "to" and a
// verb that what follows is meant or expected, not done: "expects to cut
// costs by 10% to 15%", "aims to lift output by".
func intentWord(w string) bool {
	switch w {
	case "expects", "expect", "expected", "aims", "aim", "plans", "plan", "planned", "hopes", "hope", "wants", "want", "seeks", "intends", "intend", "likely", "set", "going", "due":
		return true
	}
	return false
}

// centsToWhole reports whether the currency word at token a is a
// hundredth of the one at token b: "cts" and "dlr", "pence" and "pounds".
func (x *extractor) centsToWhole(a, b int) bool {
	if !x.tokIs(a, tWord) || !x.tokIs(b, tWord) || !x.toks[a].is(lexicon.Currency) || !x.toks[b].is(lexicon.Currency) {
		return false
	}
	ea, eb := x.toks[a].entry(), x.toks[b].entry()
	return ea.Per == 0.01 && eb.Per == 1 && ea.Unit == eb.Unit
}

// partOfYear reports whether w, in lower case, names a part of the year
// before it: "early 1989", "mid 1990".
func partOfYear(w string) bool {
	return w == "early" || w == "late" || w == "mid"
}

// pastChange reports whether w, in lower case, is a verb of change in
// the past tense: "fell", "rose", "grew", "dropped", "increased".
func pastChange(w string) bool {
	switch w {
	case "fell", "rose", "grew", "slid", "sank", "shrank", "jumped", "dropped", "climbed", "increased", "decreased", "declined", "surged", "slumped", "plunged", "soared":
		return true
	}
	return false
}

// changeWord reports whether the word spelt sp says that a figure changed.
func changeWord(sp spelling) bool {
	switch sp {
	case wRose, wRise, wRises, wRising, wFell, wFall, wFalls, wFalling, wIncreased, wIncrease, wShrank, wShrunk,
		wShrink, wShrinks, wDecreased, wGrew, wJumped, wDropped, wClimbed, wSlipped, wSlumped, wSoared, wSurged,
		wUp, wDown, wCut, wRaised, wLowered, wTrimmed, wReduced, wBoosted, wLifted, wGained, wLost, wDeclined,
		wPlunged, wTumbled, wEdged, wAdvanced, wAdded, wShed, wWent, wMoved, wChanged, wIncreasing, wDecreasing,
		wGrown, wRisen, wFallen, wDropping, wClimbing, wGrowing, wDoubled, wHalved, wTripled, wIncreases,
		wDecrease, wDecline, wDrop, wJump, wShift, wShifted, wGrow, wGrows, wDouble, wDoubles, wTriple, wHalve,
		wPush, wPushed, wDelay, wDelayed, wPostponed, wBring, wBrought, wRaise, wRaises, wRaising, wExpand,
		wExpanded, wExpanding, wExtend, wSurge, wSlump, wPlunge, wLeap, wExtended, wExtending, wReduce, wReducing,
		wCutting, wCuts, wLower, wLowering, wBoost, wBoosting, wHike, wHiked, wSlashed, wWidened, wNarrowed,
		wRevised, wRevises, wRevise, wRevising, wUpgraded, wDowngraded, wDoubling, wChange, wMove, wMoving,
		wSwitch, wSwitched, wLeaped, wLeapt, wMagnify, wMagnified, wMagnifies, wMultiplied, wOversubscribed,
		wLowers, wLift, wLifting, wLifts, wTrims, wReduces, wHikes, wBoosts, wSlashes, wDecreases, wDrops, wClimbs, wJumps, wGains,
		wDeclines, wPlunges, wTumbles, wFirmed, wEased, wRallied, wSlid, wDipped, wSank, wRetreated, wRecovered,
		wRebounded, wWeakened, wStrengthened, wImproved, wPlummeted, wAdding, wAdds, wGaining, wLosing, wLoses,
		wShedding, wSheds, wUpped, wUps, wUpping, wSlipping, wEasing, wDipping, wSliding, wFirming, wJumping,
		wTumbling, wPlunging, wSoaring, wRallying, wRetreating, wRecovering, wRebounding, wAdvancing, wEdging,
		wRally, wRallies, wRecover, wRecovers, wRebound, wRebounds, wDescended, wDescends, wDescending, wAscended,
		wAscends, wAscending, wSoars, wDived, wDives, wDiving, wPlummets, wPlummeting, wSlides, wDips, wWidens,
		wWidening, wNarrows, wNarrowing, wSoar, wSlip, wDip, wSink, wEase, wSlide, wTumble, wPlummet, wWiden, wNarrow, wSwelled:
		return true // "adding $1.89 to $48.62", "descended from 38,000 to 10,000 feet": a change and the level reached
	}
	return false
}

// fromBefore reports whether "from" stands just before the number at i
// (fromAt).
func (x *extractor) fromBefore(i int) bool {
	return x.fromAt(i) >= 0
}

// fromAt returns the index of the "from" that stands just before the
// number at i, allowing a currency symbol or a minus between, a hedge
// ("from about 6,500"), or a year's possessive: "rose from 1985's 110.1
// mln stg to 178.1 mln stg". It
// returns -1 when no "from" stands there.
func (x *extractor) fromAt(i int) int {
	if x.tokIs(i-1, tPunct) {
		i--
	}
	if x.eq(i-1, wS) && x.tokIs(i-2, tPunct) && (x.str(i-2) == "'" || x.str(i-2) == "\u2019") && x.tokIs(i-3, tNum) && yearLike(x.str(i-3)) {
		i -= 3
	}
	if x.hedgeAt(i - 1) {
		i-- // "to expand the force from about 6,500 to 8,000 troops"
	}
	if !x.eq(i-1, wFrom) {
		return -1
	}
	return i - 1
}

// fromChange reports whether "from" stands before the number at i in a
// clause that tells of a change: "rose from 5% to 10%", "raised the
// pension age for workers from 60 to 65" are two figures; "ranged from -5
// to 3C", "highs from 5 to 10C" are a range.
func (x *extractor) fromChange(i int) bool {
	from := x.fromAt(i)
	if from < 0 && x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.Weekday) {
		f := x.fromAt(i - 1)
		return f >= 0 && x.movedBefore(f) // "moved from Thursday 8 February to Tuesday 13 February"
	}
	if from < 0 {
		return false
	}
	switch x.spAt(max(from-1, 0)) {
	case wRange, wRanges, wRanged, wRanging, wVary, wVaries, wVaried, wVarying, wAnywhere, wSpanning:
		return false
	case wOf:
		return false // "tax increases of from 12 billion to 15 billion dlrs": the size of a change, its range
	case wRaise, wRaising:
		return false // "to raise from $3m to $4m": a sum to be raised, no object that changes
	}
	if x.eqText(from-1, "go") && (x.eq(from-2, wWill) || x.eq(from-2, wWould) || x.eq(from-2, wTo)) {
		return true // "the minimum fare will go from ¥150 to ¥160": a change to come (but "the battery goes from 10 to 80 per cent in 18 minutes" is a range)
	}
	if (x.eqText(from-1, "goes") || x.eqText(from-1, "went") || x.eqText(from-1, "gone")) && x.tokIs(from+1, tPunct) && currencySymbol(x.str(from+1)) != "" {
		return true // "the Travelcard goes from £15.90 to £16.60", "has gone from £8.95 to £9.50": a price changed
	}
	if x.tokIs(from-1, tPunct) && x.mark(from-1) == ',' && !x.reachedBefore(from-1) {
		from-- // "had upped its target for the share price, from £35 to £36.20"
	}
	if x.levelJustBefore(from) {
		return false // "cut its forecast to 20 to 30 cents per share from 50 to 60 cents", "boosted prices to around 18 dlrs per barrel from around 14 to 15 dlrs": the older range beside the newer figure
	}
	if (x.eq(from-1, wUp) || x.eq(from-1, wDown) || x.eq(from-1, wOff)) && x.mark(from-2) == ',' && x.figureBefore(from-2) {
		return false // "harvested between 15 and 18 pct of the area, up from seven to nine pct a week ago": the older level, a range
	}
	return x.changeInClause(from)
}

// figureBefore reports whether the clause that ends at token i holds a
// figure: the level a comparison after it ("up from ...") moved from.
func (x *extractor) figureBefore(i int) bool {
	return x.clauseBefore(i, func(k int) bool { return x.tokIs(k, tNum) })
}

// reachedBefore reports whether the clause that ends at token i names
// the level a change reached, "to" and a figure: "fell to 25.9 pct in the
// half-year, from 35 to 36 pct five years ago" (then a range follows).
func (x *extractor) reachedBefore(i int) bool {
	return x.clauseBefore(i, func(k int) bool { return x.eq(k, wTo) && x.tokIs(k+1, tNum) })
}

// levelJustBefore reports whether the level a change reached stands just
// before "from" at token from: "to", perhaps a hedge and a sign, a figure
// (a range's end: "to 20 to 30 cents per share from"), and at most four
// words of its unit, no verb ("to around 18 dlrs per barrel from", "to
// about 50 stg from", "to 8% to 10% in local currency, from").
func (x *extractor) levelJustBefore(from int) bool {
	k := from - 1
	for n := 0; n < 4 && x.tokIs(k, tWord) && !x.eq(k, wAnd) && !x.eq(k, wTo); n++ {
		if changeWord(x.spAt(k)) || auxiliary(x.spAt(k)) {
			return false // "children aged 10 to 11 have risen from 14% to 23%": the change's own verb
		}
		k--
	}
	if x.mark(k) == '%' {
		k-- // "to 8% to 10% in local currency, from 8% to 11%"
	}
	if !x.tokIs(k, tNum) {
		return false
	}
	k--
	if x.tokIs(k, tPunct) && currencySymbol(x.str(k)) != "" {
		k--
	}
	if x.hedgeAt(k) {
		k--
	}
	return x.eq(k, wTo)
}

// clauseBefore reports whether a token of the clause that ends at token i
// (25 tokens back at most; a dash, a figure's point or slash go on)
// is one found wants.
func (x *extractor) clauseBefore(i int, found func(k int) bool) bool {
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if x.tokIs(k, tPunct) && !isDash(x.str(k)) && x.mark(k) != '.' && x.mark(k) != '/' {
			return false
		}
		if found(k) {
			return true
		}
	}
	return false
}

// changeInClause reports whether a word of change comes before token i in
// its clause, which "and", "but", "while", "after", "when" or a mark
// opens: "lifted interest rates 0.25% to 5.5%" (not "cut runs by a tenth
// after the government ordered curbs from 15 May to 30 June"; nor a word in
// -ing after an article, a noun's modifier: "the climbing season runs from
// July 1 to Sept. 10"; nor "double" after one, a noun: "a double costs
// from €120 to €260").
func (x *extractor) changeInClause(i int) bool {
	for k := i - 1; k >= 0 && k >= i-25 && !x.eq(k, wAnd) && !x.eq(k, wBut) && !x.eq(k, wWhile) && !x.eq(k, wAfter) && !x.eq(k, wWhen); k-- {
		if x.toks[k].class == tPunct {
			if isDash(x.str(k)) || x.mark(k) == '.' && x.toks[k].flags&fShout != 0 && x.tokIs(k-1, tWord) && len(x.str(k-1)) == 1 {
				continue // a headline's "ASARCO UPS U.S. LEAD PRICE 0.50 CT TO 26.50 CTS"
			}
			if x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 && k+1 < len(x.toks) && x.toks[k+1].flags&fSpace == 0 && x.tokIs(k-1, tWord) {
				continue // a name's dot: "cut the price of the ID.7 Pro by €3,000 to €53,995"
			}
			if x.mark(k) == '%' && x.toks[k].flags&fSpace == 0 && x.tokIs(k-1, tNum) {
				continue // a figure's sign: "rose by nearly 50% from £26,200 to £38,700"
			}
			return false
		}
		if changeWord(x.spAt(k)) && !((strings.HasSuffix(x.lowerAt(k), "ing") || x.eq(k, wDouble)) && (x.eq(k-1, wThe) || x.eq(k-1, wA))) && !x.wentOn(k) && !x.magnifiesPower(k, i) {
			return true
		}
	}
	return false
}

// magnifiesPower reports whether the verb at token k magnifies and the
// figure at token i is a lens's power glued to "x": "can magnify objects
// 40x to 400x" gives the range of its powers, no change.
func (x *extractor) magnifiesPower(k, i int) bool {
	switch x.spAt(k) {
	case wMagnify, wMagnifies, wMagnified:
		return x.tokIs(i, tNum) && x.str(i+1) == "x" && x.toks[i+1].flags&fSpace == 0
	}
	return false
}

// wentOn reports whether "went" at token k goes on in a state, no change:
// "Arsenal went 49 league games unbeaten from 7 May 2003 to 16 October
// 2004" (but "went from 5 to 10", "went up 3%").
func (x *extractor) wentOn(k int) bool {
	if !x.eq(k, wWent) {
		return false
	}
	switch x.spAt(min(k+1, len(x.toks)-1)) {
	case wFrom, wUp, wDown, wTo, wHigher, wLower:
		return false
	}
	return true
}

// unitRepeats reports whether token j, after the first number of a range,
// is a unit that the range's end may repeat: "%", "C", "km", "percent",
// "cents".
func (x *extractor) unitRepeats(j int) bool {
	if x.tokIs(j, tPunct) {
		return x.mark(j) == '%' || x.degreeSign(j) || x.str(j) == "¢" // "80¢ to 85¢"
	}
	return x.tokIs(j, tWord) && (x.toks[j].is(lexicon.Percent|lexicon.Measure|lexicon.Duration|lexicon.Currency) ||
		x.toks[j].flags&fSpace == 0 && (x.str(j) == "C" || x.str(j) == "F" || x.str(j) == "p" || // pence: "10p-15p"
			x.str(j) == "g" || x.str(j) == "in" || x.str(j) == "x" || x.metricSymbol(j) != "")) // "330g–500g", "55in to 85in", "40x to 400x"
}

// degreeSign reports whether token j is a degree sign glued to the scale
// after it: "°C", "°F".
func (x *extractor) degreeSign(j int) bool {
	return x.tokIs(j, tPunct) && x.str(j) == "°" && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0 && (x.eq(j+1, wC) || x.eq(j+1, wF))
}

// sameUnit reports whether tokens a and b write the same unit, in the same
// spelling or another: "cents" and "cnts", "km" and "kilometres", "°C"
// and "°C".
func (x *extractor) sameUnit(a, b int) bool {
	if !x.tokIs(a, x.toks[b].class) {
		return false
	}
	if x.str(a) == x.str(b) {
		return !x.degreeSign(b) || x.eqText(a+1, x.lowerAt(b+1))
	}
	ea, eb := x.toks[a].entry(), x.toks[b].entry()
	return x.toks[a].word != 0 && ea.Unit != "" && ea.Unit == eb.Unit && ea.Per == eb.Per && ea.Cat == eb.Cat
}

// nearValueAt reports whether the number at token k lies within a factor
// of two of v: "380 or 390 dlrs" are a range, "765,000 or 1.73 dlrs a
// share" a sum and its share.
func (x *extractor) nearValueAt(k int, v float64) bool {
	if !x.tokIs(k, tNum) {
		return false
	}
	n, ok := x.digits(k)
	if ok && n.scaled {
		n.value = x.unscaled(k, n) // "1.6 or 1.7 billion dlrs": the scale said once
	}
	return ok && v > 0 && n.value >= v/2 && n.value <= 2*v
}

// countsOr reports whether the bare count c and the figure after "or" at
// token j are one range of things named after both: "in 10 or 15 leading
// issues", "perhaps just 150 or 200", "15 or 20 other major banks": near
// whole numbers, the second the greater, a word or the sentence's end
// after it.
func (x *extractor) countsOr(c *claimParts, j int) bool {
	if !x.eq(j, wOr) || c.unitKind != factcheck.Count || c.num.decimal || c.num.value < 2 || !x.tokIs(j+1, tNum) || x.listedBefore(c.first) {
		return false
	}
	n, ok := x.digits(j + 1)
	if !ok || n.scaled || n.decimal || n.year || n.value <= c.num.value || n.value > 2*c.num.value {
		return false
	}
	switch {
	case x.tokIs(n.last, tWord):
		return x.toks[n.last].flags&fUpper == 0 && (!x.toks[n.last].is(lexicon.Stop|lexicon.Determiner) || x.eqText(n.last, "other") || x.eqText(n.last, "more"))
	case x.tokIs(n.last, tPunct):
		return x.mark(n.last) == ',' || x.mark(n.last) == '.'
	}
	return false
}

// scaledNear reports whether the number at k, its scale applied, is within
// a factor of two of v: "11 billion or 12 billion".
func (x *extractor) scaledNear(k int, v float64) bool {
	n, ok := x.numberAt(k)
	return ok && v > 0 && n.value >= v/2 && n.value <= 2*v
}

// listedBefore reports whether a number and a comma stand just before
// token i: the last items of a list, "rates of 3, 4 or 5 percent", are
// no range.
func (x *extractor) listedBefore(i int) bool {
	return x.tokIs(i-1, tPunct) && x.mark(i-1) == ',' && x.tokIs(i-2, tNum)
}

// endAfterUnit reads the end of a range "between" two figures whose unit
// the text says after the first only: "valued at between 4.08 dlrs and
// 4.72". The end is a bare number of the first's scale, and no unit of its
// own follows it. A scaled end may close a start in full digits, as it
// may one of its scale spelt out: "between 700,000 barrels and one mln",
// "between 1.5 mln barrels and three mln".
func (x *extractor) endAfterUnit(c *claimParts) {
	k := c.last + 1
	spelt := x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal)
	if c.end != nil || c.unitKind == factcheck.Count || c.unitKind == factcheck.Date || !x.eq(c.last, wAnd) || !x.tokIs(k, tNum) && !spelt ||
		!(x.eq(c.num.first-1, wBetween) || x.eq(c.first-1, wBetween) || x.eq(c.num.first-2, wBetween)) {
		return
	}
	var n number
	var ok bool
	if spelt {
		n, ok = x.wordNumber(k)
		ok = ok && n.scaled
	} else {
		n, ok = x.digits(k)
	}
	mixed := ok && n.scaled && !c.num.scaled && n.value <= 100*c.num.value
	if !ok || n.scaled != c.num.scaled && !mixed || n.year || x.rangeUnitAt(n.last) || x.tokIs(n.last, tWord) && x.toks[n.last].flags&fSpace != 0 && !x.toks[n.last].is(lexicon.Stop) {
		return
	}
	if n.value <= c.num.value {
		return
	}
	c.end, c.last = &n, n.last
}

// longerEnd reads the end of a range of lengths of time said in a longer
// unit than its start: "eight months to a year" is 8 to 12 months, "two
// weeks to one year" 2 to 52 weeks. The end must be a whole number of the
// start's unit and above it, and no length said in two units ("two hours
// and 35 minutes").
func (x *extractor) longerEnd(c *claimParts) {
	if c.unitKind != factcheck.Duration || c.end != nil || c.factor != 1 || !x.eq(c.last, wTo) {
		return
	}
	k := c.last + 1
	n := number{first: k, last: k + 1, value: 1, words: true}
	switch {
	case x.eq(k, wA) || x.eq(k, wAn):
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal):
		n.value = x.toks[k].entry().Num
	case x.tokIs(k, tNum):
		d, ok := x.digits(k)
		if !ok || d.scaled || d.year {
			return
		}
		n = d
	default:
		return
	}
	u := n.last
	if !x.tokIs(u, tWord) || !x.toks[u].is(lexicon.Duration) {
		return
	}
	if m := u + 1; x.eq(m, wAnd) && (x.tokIs(m+1, tNum) || x.tokIs(m+1, tWord) && x.toks[m+1].is(lexicon.Cardinal)) && x.tokIs(m+2, tWord) && x.toks[m+2].is(lexicon.Duration) {
		return // "trimmed by 12 minutes to two hours and 35 minutes": a level said in two units, no range's end
	}
	if m := u + 1; (x.tokIs(m, tNum) || x.tokIs(m, tWord) && x.toks[m].is(lexicon.Cardinal)) && x.tokIs(m+1, tWord) && x.toks[m+1].is(lexicon.Duration) &&
		x.eq(c.first-1, wFrom) && x.changeInClause(c.first) {
		return // "rose from three hours 50 minutes to four hours 12 minutes": a change between two lengths, each said in two units
	}
	if x.byBefore(c.first) && x.changeInClause(c.first) {
		return // "cuts the journey by 25 minutes to 1hr 45min": a change and the length it reached
	}
	to := x.toks[u].entry()
	r := unitsIn(c.unit, to.Unit) * to.Per // the start's units in one of the end's
	if c.unit == "week" && to.Unit == "year" {
		r = 52 * to.Per
	}
	if r <= 1 || n.value*r != math.Trunc(n.value*r) || n.value*r <= c.num.value {
		return
	}
	n.value *= r
	c.end, c.last = &n, u+1
}

// qualifierOf returns the qualifier the words before token i give.
func (x *extractor) qualifierOf(i int) factcheck.Qualifier {
	q, _ := x.qualifier(i)
	return q
}

// rangeUnitAt reports whether a percent or a unit of measure or time
// follows the end of a range at j.
func (x *extractor) rangeUnitAt(j int) bool {
	if x.tokIs(j, tPunct) {
		return x.mark(j) == '%'
	}
	return x.tokIs(j, tWord) && (x.toks[j].is(lexicon.Percent|lexicon.Measure|lexicon.Duration|lexicon.Currency) || x.eq(j, wPer) && x.eq(j+1, wCent) ||
		x.eq(j, wBasis) && x.pointAt(j+1) || x.dollarCentsAt(j)) // "two to five Taiwanese cents"
}

// elidedUnit gives the figure c the unit of the figure it is compared
// with, which the text does not repeat: "rose to 5.6 pct from 5.2", "2.4
// mln tonnes from an expected 2.2 mln", "10 tonnes per hectare from the
// previous 6.2 tonnes", "13.78 pct in February compared with 13.83". The
// figure before must end the same sentence's clause just before "from",
// "vs", "versus", "against" or "compared with" (and up to two
// words: "an expected"; a year or date between does not count: "to 3.2
// mln hectares in 1990 from 3.9 mln"), and after "from" be the level
// reached: "to", "at" or "to a total of" stands before it, or "up" or
// "down" before "from". "Up from" or "down from" after a comma looks back further in
// the sentence: "14.62 mln tonnes of sugar in 1990/91, up from 13.8".
// An abbreviation in brackets after the figure before does not part them
// ("4.5 mln barrels per day (bpd) from 4.3 mln"), nor "an average" after
// "to", nor a change in percent after a comma ("6.9 mln bpd, off 1.8 pct
// from 7.1 mln"). A figure with no scale takes that of the figure before
// when it is of its size, as wire copy leaves it unsaid: 27.51 is then
// 27.51 mln. A figure whose noun names a sum takes a currency: "1.4 mln
// stg vs 2.4 mln loss".
func (x *extractor) elidedUnit(c *claimParts) {
	if c.num.year || len(x.claims) == 0 || c.end != nil && x.claims[len(x.claims)-1].EndValue == nil ||
		!(c.unitKind == factcheck.Count || c.unitKind == factcheck.Measure) {
		return // but a quote compared with a quote: "at 3.85/95 pct, up from 3.80/90"
	}
	if p := &x.claims[len(x.claims)-1]; x.eq(c.first-1, wTo) && int(x.toks[c.first-1].s) > p.End && strings.TrimSpace(x.text[p.End:x.toks[c.first-1].s]) == "" &&
		c.unitKind == factcheck.Count && c.subjectEnd == 0 && p.EndValue == nil &&
		(p.Kind == factcheck.Money || p.Kind == factcheck.Percent || p.Kind == factcheck.Duration) && (!c.num.words || p.Kind == factcheck.Duration) {
		// "reduces the line from 25.0 mln dlrs to 20.0", "from 5.2 pct to
		// 5.6", "the limit from 24 weeks to 20", "extend paid maternity
		// leave from six months to nine": the change's end in the unit of
		// its start
		if i := x.tokenOf(p); x.eq(i-1, wFrom) {
			if p.Kind == factcheck.Duration && !c.num.scaled {
				c.unitKind, c.unit = p.Kind, p.Unit
				return
			}
			x.carryUnit(c, p)
			return
		}
	}
	if c.num.words {
		return
	}
	k := x.levelNamedBefore(c.first)
	compared := (x.eq(k, wWith) || x.eq(k, wTo)) && x.eq(k-1, wCompared) // "13.78 pct in February compared with 13.83 in January"
	if compared {
		k--
	}
	for n := 0; n < 2 && !compared && x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && !x.eq(k, wFrom) && !x.eq(k, wVs) && !x.eq(k, wVersus) && !x.eq(k, wAgainst); n++ {
		k--
	}
	if !compared && !x.eq(k, wFrom) && !x.eq(k, wVs) && !x.eq(k, wVersus) && !x.eq(k, wAgainst) ||
		c.unitKind == factcheck.Count && c.subjectEnd != 0 && !x.sumNoun(c) && !(c.subjectEnd == c.subjectStart+1 && priceMark(x.spAt(c.subjectStart))) {
		return // but a quote's mark is no noun of its own: "3.905 pct against the 3.955 close"
	}
	pk := len(x.claims) - 1
	for pk > 0 && (x.claims[pk].Kind == factcheck.Date || x.conversion(&x.claims[pk])) {
		pk-- // "in 1990", "ending June", "(£41m; $78m)"
	}
	p := &x.claims[pk]
	if compared && (p.Kind != factcheck.Percent || c.num.value > 10*p.Value.Num || c.num.value < p.Value.Num/10) {
		// sums and measures compared are carriedCurrency's and
		// carriedMeasure's, by their sizes, and a percentage passes its
		// unit only to a figure of its size (not "to 36,510, or 1.7 pct of
		// the workforce, compared with 39,700")
		return
	}
	if q := x.levelBeforeChange(pk, k); q >= 0 {
		p = &x.claims[q] // "6.94 mln bpd, off 1.8 pct from 7.06 mln"
		x.carryUnit(c, p)
		return
	}
	if c.num.scaled && p.Kind == factcheck.Percent {
		return // "41.2 billion rupees, or 18.3 pct of spending, up from 38 billion"
	}
	m := k - 1
	if x.changeAfterComma(k) {
		for m >= 0 && int(x.toks[m].s) >= p.End {
			if x.tokIs(m, tPunct) && x.sentenceEnd(m) > m || m < k-20 {
				return
			}
			m--
		}
	}
	near := k - 3
	if m >= 2 && x.mark(m) == ')' && x.tokIs(m-1, tWord) && x.mark(m-2) == '(' && int(x.toks[m-2].s) >= p.End {
		m, near = m-3, near-3 // "15.9 mln barrels per day (bpd) from 15.8 mln"
	}
	for m >= 0 && int(x.toks[m].s) >= p.End {
		if x.tokIs(m, tPunct) && x.mark(m) != ',' || (m < near || x.tokIs(m, tNum)) && !x.dateClaimAt(m) {
			return // another clause, more than a word or two between, or a figure it did not read ("7,033,00 vs")
		}
		m--
	}
	if m < 0 || int(x.toks[m].e) != p.End {
		return
	}
	if x.eq(k, wFrom) {
		// the level it went to: "rose to 5.6 pct from 5.2", not "fell by 23% from 36,185"
		for m >= 0 && int(x.toks[m].s) > p.Start {
			m--
		}
		if x.eq(m-1, wBetween) && x.eq(m-2, wTo) {
			m-- // "to between 600,000 and 650,000 hectares from 388,000"
		}
		if !x.eq(m-1, wTo) && !x.eq(m-1, wAt) && !x.eq(k-1, wDown) && !x.eq(k-1, wUp) &&
			!(x.eq(m-3, wTo) && (x.eq(m-2, wAn) || x.eq(m-2, wA)) && x.eq(m-1, wAverage)) &&
			!(x.eq(m-4, wTo) && x.eq(m-3, wA) && x.eq(m-2, wTotal) && x.eq(m-1, wOf)) { // "increased to a total of 125 mln dlrs from the original\n100 mln amount"
			return
		}
	}
	x.carryUnit(c, p)
}

// levelNamedBefore returns the first token of the phrase that names the
// level the figure at token i states, "the revised January backlog of",
// so that what compares it stands just before: "1,210.7 mln dlrs, up 0.6
// pct from the revised January backlog of 1,203.3". The phrase opens with
// "the" and runs over a few words in lower case or months to "of"; with
// none, it returns i-1.
func (x *extractor) levelNamedBefore(i int) int {
	if !x.eq(i-1, wOf) {
		return i - 1
	}
	for k := i - 2; k >= i-6 && x.tokIs(k, tWord); k-- {
		if x.eq(k, wThe) {
			return k - 1
		}
		if x.toks[k].flags&fUpper != 0 && !x.toks[k].is(lexicon.Month) {
			break
		}
	}
	return i - 1
}

// sumNoun reports whether the subject of the count c is one word that
// names a sum of money: a wire figure compared "vs 2.4 mln loss", "vs 4.3
// mln credit" takes the currency of the figure before it.
func (x *extractor) sumNoun(c *claimParts) bool {
	if c.subjectEnd != c.subjectStart+1 {
		return false
	}
	switch w := x.lowerAt(c.subjectStart); w {
	case "credit", "credits", "debit", "debits", "gain", "gains", "amount", "amounts":
		return true
	default:
		return moneyWord(w)
	}
}

// afterListed reports whether a comma after a figure stands before token
// i: the figure at i is a list's item.
func (x *extractor) afterListed(i int) bool {
	return x.tokIs(i-1, tPunct) && x.mark(i-1) == ',' && x.tokIs(i-2, tNum)
}

// parallelUnit gives the bare figure c, joined by "and" or "or" (or, a
// scaled figure, by a comma) to a figure of the same sentence that a
// preposition follows as one follows c, that figure's unit, scale and
// qualifier, which the text does not repeat: "about 65 miles in 4
// minutes, or 125 in 10 minutes", "1.4 mln bpd in February and 1.15 in
// March", "1.13 billion dlrs of capital goods, 700 mln of farm products".
// Only lengths of time, dates and ordinals ("for the third quarter") may
// stand between the two. A glued "m" after metres is metres ("100 metres
// in the south and 200m in the north"); a figure scaled to a thousand
// times the one before takes none of its unit.
func (x *extractor) parallelUnit(c *claimParts) {
	listed := c.num.scaled && x.mark(c.first-1) == ',' // "1.13 billion dlrs of capital goods, 700 mln of farm products"
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 && !(c.num.scaled && x.eq(c.num.last, wOf)) || c.num.year || c.end != nil || c.num.words ||
		!(x.eq(c.first-1, wAnd) || x.eq(c.first-1, wOr) || listed) || !x.tokIs(c.num.last, tWord) || !x.toks[c.num.last].is(lexicon.Stop) {
		return
	}
	k := len(x.claims) - 1
	for k >= 0 && (x.claims[k].Kind == factcheck.Duration || x.claims[k].Kind == factcheck.Date || x.claims[k].Kind == factcheck.Ordinal || x.revision(&x.claims[k])) {
		k-- // "16.6 mln for the third quarter and 18.3 mln for the fourth"
	}
	if k < 0 {
		return
	}
	p := &x.claims[k]
	if p.Kind != factcheck.Measure && p.Kind != factcheck.Percent && (p.Kind != factcheck.Money || cents(lower(p.Text))) || p.EndValue != nil {
		return
	}
	pe := x.pastRevision(sort.Search(c.first, func(m int) bool { return int(x.toks[m].s) >= p.End }))
	prep := x.lowerAt(c.num.last)
	if c.num.scaled && !x.eqText(pe, prep) {
		// the figure before took its "of" phrase into its span: "700 mln
		// of farm products, 50 mln of aluminium"
		for m := sort.Search(c.first, func(m int) bool { return int(x.toks[m].s) >= p.Start }); m < pe; m++ {
			if x.eqText(m, prep) {
				pe = m
				break
			}
		}
	}
	if !c.num.scaled && !x.eqText(pe, prep) {
		pe = x.pastThingOf(pe) // "100,000 tonnes of copper through Dar es Salaam and 17,000 through Beira"
	}
	if pe >= c.first || c.first-pe > 12 || !x.eqText(pe, prep) {
		return
	}
	if ofPart := func(k int) bool { return x.eq(k, wThe) || possessivePronoun(x.spAt(k)) }; prep == "of" && ofPart(c.num.last+1) && !ofPart(pe+1) {
		return // "$38.4 billion of deposits and 40 of its branches": a part of things, no sum
	}
	for m := pe; m < c.first; m++ {
		if x.tokIs(m, tPunct) && (x.mark(m) != ',' || x.sentenceEnd(m) > m) {
			return
		}
	}
	if c.num.scaled && p.Unit == "m" && x.str(c.num.last-1) == "m" && x.toks[c.num.last-1].flags&fSpace == 0 {
		// "100 metres in the south and 200m in the north": metres, no millions
		c.num.value, c.num.scaled = c.num.value/1e6, false
	} else if c.num.scaled && p.Value.Num*1e3 < c.num.value {
		return // a scaled figure a thousand times the figure before is of another unit
	}
	if !c.num.scaled {
		x.elidedScale(c, p) // "1.4 mln bpd in February and 1.15 in March"
	}
	c.unitKind, c.unit = p.Kind, p.Unit
	if c.qual == factcheck.Exact {
		c.qual = p.Qualifier
	}
}

// pastThingOf returns the token after the thing a measure is of, one or
// two words in lower case after "of" at token pe ("100,000 tonnes of
// copper through Dar es Salaam and 17,000 through Beira"), or pe itself
// when no "of" stands there: a list's next figure repeats the word that
// follows them.
func (x *extractor) pastThingOf(pe int) int {
	if !x.eq(pe, wOf) {
		return pe
	}
	k := pe + 1
	for k < pe+3 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && !x.toks[k].is(lexicon.Stop|lexicon.Determiner) {
		k++
	}
	if k == pe+1 {
		return pe
	}
	return k
}

// gappedUnit gives the bare figure c that ends a clause, after the noun
// that stands before the measure just before it, that measure's unit: a
// list whose verb and unit are said once, "French traders planned to sell
// 775,000 tonnes into intervention, West German traders 7,500 tonnes and
// Dutch traders 2,500."
func (x *extractor) gappedUnit(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.year || c.num.words || len(x.claims) == 0 || c.first < 2 ||
		!x.tokIs(c.last, tPunct) || x.mark(c.last) != '.' && x.mark(c.last) != ',' && x.mark(c.last) != ';' {
		return
	}
	w := c.first - 1
	p := &x.claims[len(x.claims)-1]
	if !x.tokIs(w, tWord) || x.toks[w].flags&fUpper != 0 || x.toks[w].is(lexicon.Stop|lexicon.Determiner) || p.EndValue != nil ||
		p.Kind != factcheck.Measure && (p.Kind != factcheck.Money || cents(lower(p.Text))) {
		return
	}
	pi := sort.Search(c.first, func(m int) bool { return int(x.toks[m].s) >= p.Start })
	pe := x.tokenAfter(p)
	if pi < 1 || pe > w || w-pe > 6 || !x.eqText(pi-1, x.lowerAt(w)) {
		return
	}
	for m := pe; m < w; m++ {
		if !x.tokIs(m, tWord) && x.mark(m) != ',' || x.sentenceEnd(m) > m {
			return
		}
	}
	if !c.num.scaled {
		x.elidedScale(c, p)
	}
	c.unitKind, c.unit = p.Kind, p.Unit
}

// insteadOf gives the bare figure c after "instead of" or "rather than",
// just after a figure with a unit, that figure's unit and scale, which
// the text does not repeat: "six months instead of three", "40 dlrs
// instead of 30", "three years rather than two", "5 mln tonnes instead
// of 4". A noun of c's own after it keeps it a count ("two weeks instead
// of three days" reads its own unit before this).
func (x *extractor) insteadOf(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.year || len(x.claims) == 0 || c.first < 3 ||
		!(x.eq(c.first-1, wOf) && x.eq(c.first-2, wInstead) || x.eq(c.first-1, wThan) && x.eq(c.first-2, wRather)) ||
		x.tokIs(c.num.last, tWord) && !x.toks[c.num.last].is(lexicon.Stop) {
		return
	}
	p := &x.claims[len(x.claims)-1]
	if p.End != int(x.toks[c.first-3].e) || p.EndValue != nil || p.Kind == factcheck.Money && cents(lower(p.Text)) ||
		p.Kind != factcheck.Duration && p.Kind != factcheck.Measure && p.Kind != factcheck.Money && p.Kind != factcheck.Percent {
		return
	}
	if !c.num.scaled {
		x.elidedScale(c, p) // "5 mln tonnes instead of 4"
	}
	c.unitKind, c.unit, c.subjectStart, c.subjectEnd = p.Kind, p.Unit, 0, 0
}

// changedFrom gives the bare figure c that a change starts from the unit
// and the scale of the figure it changes to, which the text says only
// once: "raised its share from 25 to 37 pct" (two figures, not a range),
// "cut the fare from 80 to 75 cents", "from 1.8 to 2.8 mln dlrs", "up
// from seven to nine pct", "increased from nine to seven days", "fell
// from 36 to just 21 days" (a word of degree before the end), "from 1 and
// 1/8 to 7/8 of a pct" (a fraction of the unit).
func (x *extractor) changedFrom(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.year || c.end != nil || !x.eq(c.last, wTo) || !x.fromChange(c.num.first) {
		return
	}
	k := c.last + 1
	switch x.spAt(k) {
	case wJust, wOnly, wNearly, wAlmost, wAbout, wAround, wRoughly, wSome, wApproximately:
		k++
	}
	if x.mark(k) == '.' && x.tokIs(k+1, tNum) && x.leadingPoint(k+1) {
		k++ // "from .05 to .07 pct"
	}
	if x.tokIs(k, tNum) && x.mark(k+1) == '/' && x.tokIs(k+2, tNum) && x.eq(k+3, wOf) {
		// "lowered from 1-1/8 to 7/8 of a pct", "of a percentage point"
		switch {
		case x.percentagePoint(k+3) > k+3:
			c.unitKind, c.unit = factcheck.Percent, "percentage point"
		case x.onePercent(k+4) > k+4:
			c.unitKind = factcheck.Percent
		}
		return
	}
	if !x.countAt(k) {
		return
	}
	n, ok := x.numberAt(k)
	if !ok || n.scaled && c.num.scaled || n.year || n.last >= len(x.toks) {
		return
	}
	if n.scaled {
		// "from 1.8 to 2.8 mln dlrs": the scale said once, for both
		raw := x.unscaled(k, n)
		if raw <= 0 || c.num.value < raw/5 || c.num.value > raw*5 || n.value/raw < 1000 {
			return
		}
		c.num.value *= n.value / raw
		c.num.scaled = true
	}
	to := claimParts{first: k, num: n, unitKind: factcheck.Count}
	if !x.unitAt(&to, n.last) || to.unitKind == factcheck.Count || to.unitKind == factcheck.Date || to.unitKind == factcheck.Ordinal {
		if n.scaled {
			c.unitKind = factcheck.Count // "rose from 1.2 to 1.5 million": a count of its scale
		}
		return
	}
	c.unitKind, c.unit, c.factor = to.unitKind, to.unit, to.factor
}

// carryUnit gives the figure c the unit, and when it has none the scale,
// of the figure p it is compared with.
func (x *extractor) carryUnit(c *claimParts, p *factcheck.Claim) {
	if c.unitKind == factcheck.Count && c.subjectEnd != 0 && p.Kind != factcheck.Money && !(c.subjectEnd == c.subjectStart+1 && priceMark(x.spAt(c.subjectStart))) {
		return // "vs 2.4 mln loss" after a measure is no measure
	}
	if c.unitKind == factcheck.Count && !c.num.scaled {
		x.elidedScale(c, p)
	}
	switch {
	case c.unitKind == factcheck.Measure:
		if strings.HasPrefix(p.Unit, c.unit+" per ") {
			c.unit = p.Unit // "from the previous 6.2 tonnes" per hectare
		}
	case p.Kind == factcheck.Percent || p.Kind == factcheck.Measure || p.Kind == factcheck.Money && !cents(lower(p.Text)):
		c.unitKind, c.unit = p.Kind, p.Unit
	case p.Kind == factcheck.Duration && c.unitKind == factcheck.Count && !c.num.scaled && (x.startOfChange(c, p) || x.upFrom(c, p)):
		c.unitKind, c.unit = p.Kind, p.Unit // "extend the period to 14 years from 12-1/2", "is now 44.7, up from 40.3"
	}
}

// startOfChange reports whether c is the start of a change that p ends,
// told "to p from c" with nothing between but words of the figure's time:
// "to 14 years from 12-1/2", "to 35 hours from the present 38-1/2".
func (x *extractor) startOfChange(c *claimParts, p *factcheck.Claim) bool {
	pi, f := x.tokenOf(p), c.first-1
	if x.eq(f, wPresent) || x.eq(f, wCurrent) || x.eq(f, wPrevious) || x.eq(f, wExisting) {
		f--
		if x.eq(f, wThe) {
			f--
		}
	}
	return x.eq(pi-1, wTo) && x.eq(f, wFrom) && strings.TrimSpace(x.text[p.End:x.toks[f].s]) == ""
}

// upFrom reports whether the figure c is the level that the figure p
// went "up from" or "down from", said just after p and a comma, and of
// its size: "the median age is now 44.7, up from 40.3" (but not "49 cars
// in the first two months, up from 37").
func (x *extractor) upFrom(c *claimParts, p *factcheck.Claim) bool {
	if c.num.value < p.Value.Num/2 || c.num.value > p.Value.Num*2 {
		return false
	}
	switch strings.TrimSpace(x.text[p.End:x.toks[c.first].s]) {
	case ", up from", ", down from":
		return true
	}
	return false
}

// levelBeforeChange returns the index of the claim of a measure or money
// that a change in percent, the claim at pk, ends a clause after, when
// "from" at token k follows the percentage: "6.94 mln bpd, off 1.8 pct
// from 7.06 mln", "8.4 mln tonnes, up 2 pct from 8.2 mln". Otherwise it
// returns -1.
func (x *extractor) levelBeforeChange(pk, k int) int {
	p := &x.claims[pk]
	if pk == 0 || k == 0 || p.Kind != factcheck.Percent || !x.eq(k, wFrom) || int(x.toks[k-1].e) != p.End {
		return -1
	}
	pi := sort.Search(k, func(j int) bool { return int(x.toks[j].s) >= p.Start })
	if pi < 3 || !x.eq(pi-1, wUp) && !x.eq(pi-1, wDown) && !x.eq(pi-1, wOff) || !x.tokIs(pi-2, tPunct) || x.mark(pi-2) != ',' {
		return -1
	}
	q := &x.claims[pk-1]
	if q.Kind != factcheck.Measure && q.Kind != factcheck.Money || int(x.toks[pi-3].e) != q.End {
		return -1
	}
	return pk - 1
}

// revision reports whether the claim p is a figure in a bracket that
// revises the one before it: "30.08 (revised from 30.06)".
func (x *extractor) revision(p *factcheck.Claim) bool {
	pi := x.tokenOf(p)
	k := pi - 1
	if x.eq(k, wFrom) {
		k--
	}
	return (x.eq(k, wRevised) || x.eq(k, wPreviously) || x.eq(k, wOriginally)) && x.tokIs(k-1, tPunct) && x.mark(k-1) == '('
}

// pastRevision returns the index after a bracket that revises a figure
// ("(revised from 30.06)") at token k, and after the scale that follows it
// and the figure before shares ("30.08 (revised from 30.06) billion in
// December"); else k.
func (x *extractor) pastRevision(k int) int {
	if !x.tokIs(k, tPunct) || x.mark(k) != '(' || !(x.eq(k+1, wRevised) || x.eq(k+1, wPreviously) || x.eq(k+1, wOriginally)) {
		return k
	}
	j := k + 2
	for j < len(x.toks) && j < k+8 && !(x.tokIs(j, tPunct) && x.mark(j) == ')') {
		j++
	}
	if !x.tokIs(j, tPunct) || x.mark(j) != ')' {
		return k
	}
	j++
	if x.tokIs(j, tWord) && x.toks[j].is(lexicon.Scale) {
		j++
	}
	return j
}

// conversion reports whether the claim p is a conversion in brackets of
// the figure before it: "60m euros (£41m; $78m)"; a bracket after a name
// the lexicon does not hold gives that name's figure ("China (419,196
// tonnes), Egypt (301,909)").
func (x *extractor) conversion(p *factcheck.Claim) bool {
	pi := x.tokenOf(p)
	if x.mark(pi-1) == '(' && x.tokIs(pi-2, tWord) && x.toks[pi-2].flags&fUpper != 0 && x.toks[pi-2].word == 0 {
		return false
	}
	return x.tokIs(pi-1, tPunct) && (x.mark(pi-1) == '(' || x.mark(pi-1) == ';')
}

// changeAfterComma reports whether "from" at token k opens a change after
// a comma: ", up from", ", marginally down from".
func (x *extractor) changeAfterComma(k int) bool {
	if !x.eq(k-1, wUp) && !x.eq(k-1, wDown) {
		return false
	}
	j := k - 2
	if x.tokIs(j, tWord) && strings.HasSuffix(x.lowerAt(j), "ly") {
		j-- // "marginally up from"
	}
	return x.tokIs(j, tPunct) && x.mark(j) == ','
}

// dateClaimAt reports whether token m lies in a date claim: a year or a
// date between two figures compared does not part them.
func (x *extractor) dateClaimAt(m int) bool {
	return x.claimOfKindAt(m, factcheck.Date) || x.tokIs(m, tWord) && x.eq(m, wIn) && x.tokIs(m+1, tNum)
}

// claimOfKindAt reports whether token m lies in a claim of the kind read
// so far.
func (x *extractor) claimOfKindAt(m int, kind factcheck.Kind) bool {
	s := int(x.toks[m].s)
	for k := len(x.claims) - 1; k >= 0 && x.claims[k].End > s; k-- {
		if x.claims[k].Kind == kind && x.claims[k].Start <= s {
			return true
		}
	}
	return false
}

// elidedScale gives the figure c, with no scale, the scale of the figure p
// that it is compared with, when p has one and c is of the size of p's
// digits: "12.85 mln tonnes, up from 12.51". The scale of p may be one it
// took so in turn: "from 892.5 (revised from 891.2) in January and 939.3
// in February" after "879.4 mln dlrs".
func (x *extractor) elidedScale(c *claimParts, p *factcheck.Claim) {
	pi := sort.Search(c.first, func(k int) bool { return int(x.toks[k].s) >= p.Start })
	for pi < len(x.toks) && int(x.toks[pi].s) < p.End && !x.tokIs(pi, tNum) {
		pi++ // past a currency symbol or a qualifier
	}
	if !x.tokIs(pi, tNum) {
		return
	}
	n, ok := x.digits(pi)
	if !ok || int(x.toks[n.last-1].e) > p.End {
		return
	}
	raw := x.unscaled(pi, n)
	if raw <= 0 || c.num.value < raw/5 || c.num.value > raw*5 || p.Value.Num/raw < 1000 {
		return
	}
	c.num.value *= p.Value.Num / raw
	c.num.scaled = true
}

// cents reports whether the sum of money s is written in cents or pence,
// whose factor a bare figure after it would not share: its last word is
// "cents", "cts" or "pence", or "p" after the digits ("50p"); not a word
// that ends so ("700 mln of farm products").
func cents(s string) bool {
	for _, w := range [...]string{"cents", "cts", "pence", "p"} {
		if k := len(s) - len(w); strings.HasSuffix(s, w) && (k == 0 || s[k-1] == ' ' || s[k-1] == '\n' || s[k-1] >= '0' && s[k-1] <= '9') {
			return true
		}
	}
	return false
}

// maxSpreadQuote bounds how far the selling price of a quote in two whole
// figures lies above the buying one: a few per cent.
const maxSpreadQuote = 1.05

// maxSpreadFractionQuote bounds how far the offer of a quote in fractions
// lies above its bid, written first: "3-1/2 to three pct" overnight.
const maxSpreadFractionQuote = 1.2

// fractionIn reports whether the tokens [i, j) of a number hold a
// fraction's stroke: "5-1/16".
func (x *extractor) fractionIn(i, j int) bool {
	for k := i; k < j; k++ {
		if x.tokIs(k, tPunct) && x.mark(k) == '/' {
			return true
		}
	}
	return false
}

// moveRange reports whether the slash at token i+1 joins the ends of a
// range of a market's move, too far apart for a dealer's quote, in a sum
// of a currency named after it: "HOGS UP 1.00/1.50 DLR", a wire's
// headline of a price's rise "1.00 to 1.50 dlr".
func (x *extractor) moveRange(i int, first, end float64) bool {
	return end <= 5*first && x.tokIs(i-1, tWord) && moveWord(x.lowerAt(i-1)) && x.tokIs(i+3, tWord) && x.toks[i+3].is(lexicon.Currency)
}

// maxSpreadWholeQuote bounds it for a quote in whole figures and a
// currency, of goods dealt in thinly: "125/132 dlrs" a kilo.
const maxSpreadWholeQuote = 1.1

// quoteRange reads a dealer's quote written as one figure and the last
// digits of the other, a buying and a selling price: "the inti's
// buy-sell rate is 14.85/92", "the dollar at 1.8340/45 marks", "around
// 137.80-85 yen", "bullion firmed ... from 422.25/3.25"; or as two
// whole figures a little apart, "154.60/154.80 dlrs (bid-asked)", or
// without decimals in a currency, "125/132 dlrs". It is a
// range from the first figure to the second, whose digits replace the
// first's last ones (14.85 to 14.92, 1.8340 to 1.8345). It returns i when
// there is none. A currency's sign before it at token sym (-1: none)
// gives its currency and starts it: "US$1.5325-35".
func (x *extractor) quoteRange(i, sym int) int {
	if !x.tokIs(i+2, tNum) || x.mark(i+1) != '/' && x.mark(i+1) != '-' ||
		x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 || x.tokIs(i+3, tPunct) && x.mark(i+3) == '/' {
		return i
	}
	s, tail := x.str(i), x.str(i+2)
	if dot := strings.IndexByte(s, '.'); x.mark(i+1) == '-' && (dot < 0 || !allDigits(tail) || len(tail) < 2 || len(tail) > len(s)-dot-1) {
		return i // but "around 137.80-85 yen", a hyphen before the offer's last digits
	}
	thousands := strings.IndexByte(s, ',') >= 0
	if thousands {
		if strings.IndexByte(s, '.') >= 0 || strings.IndexByte(tail, ',') < 0 {
			return i
		}
		s, tail = strings.ReplaceAll(s, ",", ""), strings.ReplaceAll(tail, ",", "") // "2,045/2,070 francs": whole prices in thousands
	}
	dot := strings.IndexByte(s, '.')
	whole := dot < 0 // "125/132 dlrs": a quote only in a currency
	if whole && (len(s) < 2 || !allDigits(s) || !allDigits(tail)) {
		return i
	}
	first, err1 := strconv.ParseFloat(s, 64)
	var end float64
	var err2 error
	sized := false // "a 25,000/30,000 tonne cargo": a shipment's least and most size, in thousands and a measure
	if whole {
		end, err2 = strconv.ParseFloat(tail, 64)
		sized = thousands && end > first*maxSpreadWholeQuote && end <= 2*first
		if err2 == nil && end > first*maxSpreadWholeQuote && !sized {
			return i
		}
	} else if allDigits(tail) && len(tail) <= len(s)-dot-1 {
		end, err2 = strconv.ParseFloat(s[:len(s)-len(tail)]+tail, 64)
	} else if td := strings.IndexByte(tail, '.'); td > 0 && len(tail) < len(s) && len(tail)-td == len(s)-dot && allDigits(tail[:td]) && allDigits(tail[td+1:]) {
		end, err2 = strconv.ParseFloat(s[:len(s)-len(tail)]+tail, 64) // "from 422.25/3.25": 423.25, the offer's last digits and its point
	} else {
		// both prices whole: "154.60/154.80 dlrs (bid-asked)", "155.80/156"
		end, err2 = strconv.ParseFloat(strings.ReplaceAll(tail, ",", ""), 64)
		if err2 == nil && end > first*maxSpreadQuote && !x.moveRange(i, first, end) {
			return i
		}
	}
	// a rate's quote runs down, its bid above its offer: "5.74/72 pct"
	descending := end < first && end*maxSpreadQuote >= first
	if err1 != nil || err2 != nil || end == first || end < first && !descending {
		return i
	}
	c := claimParts{first: i, num: number{first: i, last: i + 1, value: first, decimal: true}, unitKind: factcheck.Count,
		end: &number{first: i + 2, last: i + 3, value: end, decimal: true}}
	if sym >= 0 {
		c.first, c.unitKind, c.unit = sym, factcheck.Money, currencyOf(x, sym)
	}
	if !x.units(&c) || whole && c.unitKind != factcheck.Money && !(thousands && c.unitKind == factcheck.Measure) || sized && c.unitKind != factcheck.Measure {
		return i
	}
	if descending && c.unitKind == factcheck.Count && x.percentQuoteAfter(c.last) {
		c.unitKind = factcheck.Percent // "5.71/70 and 5.76/75 pct": the list's unit
	}
	if descending && c.unitKind != factcheck.Percent {
		// a dealer's quote past a round figure: "1.5085/00 Swiss francs",
		// 1.5085 to 1.5100, its tail's place carried; a rate of exchange
		// to four places needs no currency said: "N.Z. Dlr....0.5698/05"
		wrap := end + math.Pow(10, -float64(len(s)-dot-1-len(tail)))
		if whole || !allDigits(tail) || len(tail) > len(s)-dot-1 || c.unitKind != factcheck.Money && (c.unitKind != factcheck.Count || len(s)-dot-1 < 4) || wrap <= first || wrap-first >= wrap-end {
			return i
		}
		c.end.value = wrap
	}
	if c.unitKind == factcheck.Count {
		x.carriedCurrency(&c)
	}
	if c.unitKind == factcheck.Count {
		c.unitKind, c.unit = x.quoteCurrency(c.first, first)
	}
	x.emit(&c)
	return c.last
}

// percentQuoteAfter reports whether a quote in percent ("5.76/75 pct")
// follows token j after a comma or "and", as in a list of rates' quotes
// that names the unit once.
func (x *extractor) percentQuoteAfter(j int) bool {
	if !(x.tokIs(j, tPunct) && x.mark(j) == ',' || x.eq(j, wAnd)) {
		return false
	}
	k := j + 1
	return x.slashFractionAt(k) &&
		(x.tokIs(k+3, tWord) && x.toks[k+3].is(lexicon.Percent) || x.mark(k+3) == '%')
}

// quoteCurrency returns the currency of a bare quote at token i of value
// v: that of the nearest quote before it, in a currency, whose value is
// within a fifth of v, as a dealers' report lists a rate's quotes at the
// opening and the close ("The pound fetched 2.9480/9520 marks and
// 1.6190/6200 dlrs after its opening 2.9540/75 and 1.6213/23"), in its
// sentence or one of the few before it ("The dollar closed at 0.7092/97
// U.S. Dlrs ... But it had not recovered to yesterday's 0.7109/14");
// else a count.
func (x *extractor) quoteCurrency(i int, v float64) (factcheck.Kind, string) {
	if p := x.quoteNear(i, v); p != nil {
		return factcheck.Money, p.Unit
	}
	return factcheck.Count, ""
}

// quoteReach is how many tokens before a figure quoteNear reads.
const quoteReach = 120

// quoteNear returns the nearest quote in a currency before token i, within
// quoteReach tokens and no paragraph's break, whose value is within a
// fifth of v; or nil.
func (x *extractor) quoteNear(i int, v float64) *factcheck.Claim {
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		pi := x.tokenOf(p)
		if i-pi > quoteReach || x.blankLineIn(pi+1, i+1) {
			break
		}
		if p.Kind == factcheck.Money && p.EndValue != nil && math.Abs(p.Value.Num-v) <= v/5 {
			return p
		}
	}
	return nil
}

// unchangedTo makes the move c a range from nothing when a market
// report opens it with "unchanged to" and closes it with the move's
// direction, or a headline joins the two with a slash: "called unchanged
// to five cts weaker", "unchanged to eight yen per gram higher", "UNCH/UP
// 0.50 DLR" span from 0 to the move. (Hands
// read "steady to 0.50 dlr higher" as the move alone.)
func (x *extractor) unchangedTo(c *claimParts) {
	if c.end != nil || c.first != c.num.first {
		return
	}
	if c.unitKind != factcheck.Money && c.unitKind != factcheck.Percent && c.unit != "point" {
		return
	}
	first, k := 0, c.last
	if x.eq(k, wPer) && x.tokIs(k+1, tWord) {
		k += 2 // "unchanged to eight yen per gram higher"
	}
	switch {
	case x.eq(c.first-1, wTo) && noMove(x.lowerAt(c.first-2)) && moveWord(x.lowerAt(k)):
		first = c.first - 2
	case moveWord(x.lowerAt(c.first-1)) && x.mark(c.first-2) == '/' && noMove(x.lowerAt(c.first-3)) && x.toks[c.first-1].flags&fSpace == 0:
		first = c.first - 3
	default:
		return
	}
	end := c.num
	c.end = &end
	c.num.value, c.first = 0, first
}

// movesBetween makes the move c a range of moves when a market report
// gives its contracts' moves from one direction to the other: "closed
// 0.82 cent higher to 0.02 lower", "0.15 cent lower to 0.15 higher". Each
// end is signed by its direction, as the range must be to say anything:
// from 0.0082 to -0.0002 dollars.
func (x *extractor) movesBetween(c *claimParts) {
	if c.end != nil || c.first != c.num.first || c.num.words {
		return
	}
	if c.unitKind != factcheck.Money && c.unitKind != factcheck.Percent && c.unitKind != factcheck.Measure {
		return
	}
	a := moveSign(x.lowerAt(c.last))
	if a == 0 || !x.eq(c.last+1, wTo) {
		return
	}
	n, ok := x.numberAt(c.last + 2)
	if !ok || n.words || n.scaled != c.num.scaled {
		return
	}
	k := n.last
	switch {
	case x.eq(k, wBasis) && x.pointAt(k+1) && x.eqText(c.last-1, x.str(k+1)):
		k += 2 // "7 basis points lower to 2 basis points higher"
	case x.unitRepeats(k) && x.sameUnit(k, c.last-1):
		k++ // "0.15 cent lower to 0.15 cent higher"
	}
	b := moveSign(x.lowerAt(k))
	if b == 0 || b == a {
		return
	}
	end := n
	end.value = b * n.value
	c.num.value *= a
	c.end, c.last = &end, k+1
}

// moveSign returns the direction w, in lower case, gives a market's move:
// 1 for "higher", "up", "firmer", -1 for "lower", "down", "off"; 0 for any
// other word.
func moveSign(w string) float64 {
	switch w {
	case "higher", "up", "firmer", "stronger":
		return 1
	case "lower", "down", "off", "weaker", "easier":
		return -1
	}
	return 0
}

// noMove reports whether w, in lower case, says a market did not move:
// "unchanged", "unch".
func noMove(w string) bool { return w == "unchanged" || w == "unch" }

// moveWord reports whether w, in lower case, gives a market's move its
// direction: "higher", "lower", "up", "off".
func moveWord(w string) bool { return moveSign(w) != 0 }

// byBefore reports whether "by" opens the figure whose first token is i,
// alone or with a word of degree: "rose by 3%", "by a record ¥50", "by a
// further 2 pct".
func (x *extractor) byBefore(i int) bool {
	if _, q := x.qualifier(i); q < i {
		i = q // "swelled enrollment by about 20 million to 93 million"
	}
	if x.eq(i-1, wBy) {
		return true
	}
	if x.eq(i-1, wOf) && x.eqText(i-2, "average") && x.eq(i-3, wAn) && x.eq(i-4, wBy) {
		return true // "will go up by an average of £23 to £398"
	}
	return x.eq(i-3, wBy) && x.eq(i-2, wA) && (x.eqText(i-1, "record") || x.eq(i-1, wFurther))
}

// limitUnit gives the bare count c after "limit of", "standard of",
// "threshold of" and the like the unit of the figure its sentence
// measures against it: the last measure, sum or share before it, past
// dates, counts, multiples and a rate's denominator ("per 100ml"):
// "reached 214 µg/m³ on Sunday, more than four times the daily limit of
// 50", "levels of 76-118 µg/m³ at 58 of Bangkok's 70 stations, well above
// Thailand's safe limit of 37.5".
func (x *extractor) limitUnit(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.year || c.num.scaled || c.end != nil || !x.eq(c.first-1, wOf) {
		return
	}
	switch x.lowerAt(max(c.first-2, 0)) {
	case "limit", "standard", "threshold", "target", "cap", "ceiling", "guideline", "norm":
	default:
		return
	}
	cs := x.sentenceClaims(c.first)
	for k := len(cs) - 1; k >= 0; k-- {
		switch p := &cs[k]; {
		case p.Kind == factcheck.Date, p.Kind == factcheck.Count, p.Unit == "times" || p.Unit == "x", x.eq(x.tokenOf(p)-1, wPer):
			continue // "in 2023", "at 58 of Bangkok's 70 monitoring stations", "more than four times", "per 100ml"
		case p.Kind == factcheck.Measure, p.Kind == factcheck.Money, p.Kind == factcheck.Percent:
			c.unitKind, c.unit = p.Kind, p.Unit
			return
		}
		return
	}
}

// voteResultAt reports whether token k is a verb of a vote's or a
// game's standing, after which two shares are its sides: "trailing",
// "led", "won".
func (x *extractor) voteResultAt(k int) bool {
	switch x.spAt(max(k, 0)) {
	case wTrailed, wTrailing, wTrail, wLed, wLeading, wLeads, wWon, wWins, wLost, wBeat, wDefeated:
		return k >= 0
	}
	return false
}

// hedgeWord reports whether w, after a figure and a comma, offers another
// figure as likely: "30, maybe 40", "19, perhaps 20".
func hedgeWord(w string) bool { return w == "maybe" || w == "perhaps" || w == "possibly" }

// prefixSaidAgain reports whether the tokens from k repeat the currency's
// prefix written before the money c's number, and a number follows them
// as it follows that prefix: "E£250 to E£400", "R250 to R400".
func (x *extractor) prefixSaidAgain(c *claimParts, k int) bool {
	n := c.num.first - c.first
	if n == 0 || n > 2 || !x.tokIs(k+n, tNum) || x.toks[k+n].flags&fSpace != x.toks[c.num.first].flags&fSpace {
		return false
	}
	for m := range n {
		if k+m >= len(x.toks) || x.str(k+m) != x.str(c.first+m) {
			return false
		}
	}
	return true
}
