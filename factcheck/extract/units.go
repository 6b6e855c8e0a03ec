package extract

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// claimParts is a claim being read: its tokens, number, unit and subject.
type claimParts struct {
	first, last   int     // token range of the claim, qualifier to unit
	num           number  // the number
	end           *number // the last number of a range
	unitKind      factcheck.Kind
	unit          string
	factor        float64 // multiplies the value: 0.01 for cents, 10 for decades
	qual          factcheck.Qualifier
	subjectStart  int // token range of the subject; subjectEnd 0 when none
	subjectEnd    int
	date, endDate string // for dates: the ISO value
	scoreEnd      int    // the token after a score's second side ("a 3-2 win"), read as one claim; 0 for none
}

// signsAfter are the currencies' signs of letters beyond ASCII that follow
// the figure, "4000 zł", "2 490 Kč" (the lexicon holds ASCII words only).
var signsAfter = map[string]string{"zł": "PLN", "Kč": "CZK"}

// networkWords, after a generation glued to a lower-case "g" ("4g
// networks"), make it a mobile network's, not grams.
var networkWords = map[string]bool{"network": true, "networks": true, "phone": true, "phones": true, "mobile": true,
	"mobiles": true, "licence": true, "licences": true, "license": true, "licenses": true, "service": true,
	"services": true, "handset": true, "handsets": true, "technology": true, "spectrum": true, "coverage": true}

// networkAt reports whether a word of networkWords is at j.
func (x *extractor) networkAt(j int) bool {
	return x.tokIs(j, tWord) && networkWords[x.lowerAt(j)]
}

// usDollarAdjective returns the index after "U.S.-dlr" at token k, a
// currency made an adjective with its country, or 0.
func (x *extractor) usDollarAdjective(k int) int {
	if !x.eq(k, wU) || x.mark(min(k+1, len(x.toks)-1)) != '.' || !x.eq(k+2, wS) || x.mark(min(k+3, len(x.toks)-1)) != '.' ||
		!x.tokIs(k+4, tPunct) || !isDash(x.str(k+4)) || !(x.eq(k+5, wDlr) || x.eq(k+5, wDlrs) || x.eq(k+5, wDollar)) {
		return 0
	}
	return k + 6
}

// ageBefore reports whether the number at token i is an age that "age"
// before it names: "by age 8", "the age of 21", "the voting age to 16",
// "the voting age is 18", "the age of majority was reduced to 18", "the
// pension age, now 66,", "at any age between 60 and 75", "a median age of
// about 19", "the average age of mothers at childbirth rose to 32.5"
// (lower-case words or commas between, at most six, the last
// of them a link, a bound word after it); or that "the youngest at" or
// "the oldest at" gives.
func (x *extractor) ageBefore(i int) bool {
	switch x.spAt(max(i-1, 0)) {
	case wAbout, wAround, wRoughly, wNearly, wAlmost, wApproximately, wJust, wOnly:
		if i >= 2 && x.tokIs(i-1, tWord) {
			i-- // "a median age of about 19", "of just 19": the age's bound before it
		}
	}
	if x.eq(i-1, wAge) || x.eq(i-1, wAt) && (x.eqText(i-2, "youngest") || x.eqText(i-2, "oldest")) {
		return true // "the youngest at 31.9" (but "the oldest 50 trees" count them)
	}
	switch x.spAt(max(i-1, 0)) {
	case wOf, wTo, wIs, wWas, wBe, wAt, wFrom, wNow, wBetween:
	default:
		return false
	}
	stop := i - 7
	for k := i - 2; k >= 0 && k >= stop; k-- {
		if x.tokIs(k, tNum) && x.eq(k-1, wFrom) && x.eq(i-1, wTo) {
			k, stop = k-1, stop-2 // "the pension age ... from 60 to 65": both ends ages
			continue
		}
		if x.mark(k) == ',' {
			continue
		}
		if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 {
			return false
		}
		if x.eq(k, wAge) || x.eq(k, wExpectancy) && x.eq(k-1, wLife) {
			return true // "life expectancy rose to 78"
		}
	}
	return false
}

// afterKelvin reports whether the word w, in lower case, may follow a
// temperature in kelvins, as no thousand's rate or noun does: "for",
// "today", "in", "at".
func afterKelvin(w string) bool {
	switch w {
	case "for", "today", "now", "in", "at", "on", "by", "and", "or", "than", "when", "while", "to":
		return true
	}
	return false
}

// scaleAbbreviation reports whether w, in lower case, abbreviates a scale
// with a point after it, as Europe's papers do: "Mrd.", "Mio.", "mld.",
// "mia.".
func scaleAbbreviation(w string) bool {
	return w == "mrd" || w == "mio" || w == "mld" || w == "mia"
}

// units reads what follows the number (and range) of c: a percent sign, a
// currency, a unit of time or measure, a hyphenated adjective ("four-day")
// or else the subject of a count. It returns false when what follows shows
// the number is part of a term ("two-state solution").
func (x *extractor) units(c *claimParts) bool {
	c.factor = 1
	c.qual, c.first = x.qualifierAt(c)
	if k := x.ratingWordAt(c.num.first); c.unitKind == factcheck.Count && c.end == nil && k >= 0 {
		// "a Category 4 storm", "a category-three hurricane", "an EF4
		// tornado": a storm's rating, its scale named before
		c.unitKind, c.unit, c.first, c.last = factcheck.Measure, "category", k, c.num.last
		if x.str(k) == "EF" {
			c.unit = "EF"
		}
		return true
	}
	if u := x.statisticUnit(c); u != "" {
		// "HR 0.77 (95% CI 0.66-0.90)", "an odds ratio of 2.33", "p<0.05":
		// a study's statistic, named before it
		c.unitKind, c.unit, c.last = factcheck.Measure, u, c.num.last
		if c.end != nil {
			c.last = c.end.last
		}
		if u == "p-value" && x.mark(c.num.first-1) == '<' {
			c.qual = factcheck.UpperBound // "p<0.05", glued
		}
		return true
	}
	if k := x.gasMarkAt(c.num.first); c.unitKind == factcheck.Count && c.end == nil && k >= 0 {
		c.unitKind, c.unit, c.first, c.last = factcheck.Measure, "gas mark", k, c.num.last // "gas mark 4", "180C/gas 4"
		return true
	}
	if k := c.num.first - 1; c.unitKind == factcheck.Count && c.end == nil && !c.num.scaled && (x.eqText(k, "worldscale") || x.str(k) == "WS") {
		c.unitKind, c.unit, c.last = factcheck.Measure, "Worldscale", c.num.last // "eased to Worldscale 32.5", "WS 135": a tanker's freight on the trade's scale
		if c.first == c.num.first {
			c.first = k
		}
		return true
	}
	j := c.num.last
	if c.end != nil {
		j = c.end.last
	}
	if c.scoreEnd > j {
		j = c.scoreEnd
	}
	if c.end == nil && x.tokIs(j, tPunct) && x.mark(j) == '+' && x.toks[j].flags&fSpace == 0 && x.tokIs(j+1, tWord) && x.toks[j+1].flags&(fSpace|fNewline) == fSpace {
		j++ // "15+ hours", "100+ players": at least so many
		c.qual = factcheck.LowerBound
	} else if c.end == nil && x.mark(j) == '+' && x.toks[j].flags&fSpace == 0 && (j+1 == len(x.toks) || x.mark(j+1) == ',' || x.mark(j+1) == '.') && x.tokIs(c.first-1, tWord) && (peopleNoun(x.lowerAt(c.first-1)) || x.eq(c.first-1, wAged) || x.eq(c.first-1, wAges)) {
		j++ // "among adults 75+, at 9.8 per 100,000", "players aged 8+,": at least so old
		c.qual = factcheck.LowerBound
	}
	if c.num.scaled && c.end == nil && x.tokIs(j, tPunct) && x.mark(j) == '.' && x.toks[j].flags&fSpace == 0 && scaleAbbreviation(x.lowerAt(j-1)) && (x.tokIs(j+1, tWord) || x.tokIs(j+1, tPunct)) && x.toks[j+1].flags&fNewline == 0 &&
		(x.toks[j+1].is(lexicon.Currency) || currencySymbol(x.str(j+1)) != "" || isoCode(x.str(j+1)) != "" || x.eq(j+1, wKr)) {
		j++ // "476,8 Mrd. Euro", "2,35 Mrd. €", "70 mio. kr.": the currency after an abbreviated scale's point
	}
	c.last = j
	if s := x.str(c.num.first); c.end == nil && c.num.value < 1 && s[0] >= 0x80 && c.num.last == c.num.first+1 && x.eq(j, wOff) {
		c.unitKind, c.factor, c.num.value = factcheck.Percent, 1, round2(100*c.num.value) // "⅓ off", "½ off": a discount's share
		return true
	}
	if k := x.bracketedScale(c, j); k > j {
		// the unit read in the bracket
	} else if k := x.restatedInBrackets(c, j); k > j {
		if !x.unitAt(c, k) {
			return false
		}
		c.last = j // the figure's own words; the bracket's figure is read next, a claim of its own
	} else if x.footnoteMark(j) {
		// "387.6-r": a table's mark of a revised figure, no noun
	} else if x.nextCell(j) {
		// "Illinois   2,576    3,479        X": the next column's, no noun
	} else if j < len(x.toks) && (x.toks[j].flags&fNewline == 0 || !x.resultsWordLine(j) && (x.wrapped(j, lexicon.Percent|lexicon.Measure|lexicon.Duration|lexicon.Currency) ||
		x.lineWrap(j) && (x.currencyAdjective(j) != "" || x.currencyAdjective(j+1) != "" || x.dottedDollars(j) != "" || x.dollarCentsAt(j) ||
			x.eq(j, wBasis) && x.pointAt(j+1) || x.namedMoney(j) != "" || x.eq(j, wTimes))) && !x.tableRow(j-1)) {
		// a unit on the next line, but none a table's row takes from its
		// next row ("9,100\n week to date")
		if !x.unitAt(c, j) {
			return false
		}
	}
	x.millionTonnes(c)
	x.millionLitresDaily(c)
	if c.unitKind == factcheck.Money && c.factor == 0.01 && x.eq(c.last, wIn) && x.eq(c.last+1, wThe) &&
		(c.unit == "GBP" && x.eq(c.last+2, wPound) || strings.HasSuffix(c.unit, "D") && x.eq(c.last+2, wDollar)) {
		// "a basic rate of 27 pence in the pound", "now pay 37c in the
		// dollar": a tax's rate, a share
		c.unitKind, c.unit, c.factor, c.last = factcheck.Percent, "", 1, c.last+3
	} else if k := x.everyPound(c); k > c.last {
		c.unitKind, c.unit, c.factor, c.last = factcheck.Percent, "", 1, k // "35p in every £1 donated", "87p of every pound": a share of each pound
	} else if c.unitKind == factcheck.Money && c.factor == 0.01 && c.end == nil && x.taxRateBefore(c.num.first) {
		c.unitKind, c.unit, c.factor = factcheck.Percent, "", 1 // "pay 37c in the dollar, while those above $190,000 pay 45c"
	} else if c.unitKind == factcheck.Money && c.unit == "GBP" && c.factor == 0.01 && c.end == nil && x.str(c.num.last) == "p" && x.toks[c.num.last].flags&fSpace == 0 &&
		(x.penceRate(c.num.last+1) || x.eq(c.first-1, wOf) && x.eq(c.first-2, wRate) && taxBand(x.lowerAt(max(c.first-3, 0)))) {
		c.unitKind, c.unit, c.factor = factcheck.Percent, "", 1 // "the 40p rate", "the 10p starting rate", "a new top rate of 50p": income tax's bands, pence in the pound
	}
	if c.unitKind == factcheck.Percent && c.unit == "" && x.overBenchmark(c.last) {
		c.unit = "percentage point" // "5/8 pct over the London Interbank Offered Rate": a spread, as "5/8 over LIBOR"
	}
	if k, u := x.sharedHyphenUnit(c); u > 0 && x.unitAt(c, u) {
		c.last = k // "seven and 10-year notes": a length of time, the second's unit
	}
	if c.unitKind == factcheck.Count && c.num.bondPrice && c.subjectEnd == 0 {
		c.unitKind, c.unit = factcheck.Measure, "point" // "chart resistance at 98-16/32": a bond's price
	}
	figuresEnd := c.num.last
	if c.end != nil {
		figuresEnd = c.end.last // "magnitude 5-6 tremors": the range's end
	}
	if first := x.quakeMagnitude(c); first >= 0 {
		c.unitKind, c.unit, c.first, c.last = factcheck.Measure, "magnitude", first, figuresEnd // "an M6.1 earthquake", "Tuesday's 5.7 quake"
	}
	if c.unitKind == factcheck.Count && x.magnitudeBefore(c.num.first) && c.num.value < 10 && !c.num.words && (c.num.decimal || !c.num.scaled && c.subjectEnd == 0 && !x.eq(c.num.last, wTimes)) {
		c.unitKind, c.unit, c.last = factcheck.Measure, "magnitude", figuresEnd // "a magnitude 5.6 earthquake", "a magnitude-7.2 quake", "above magnitude 5"
	}
	if c.unitKind == factcheck.Money {
		x.andCents(c)
	}
	if f, k := x.unitAndAFraction(c.last); k > c.last && (c.unitKind == factcheck.Duration || c.unitKind == factcheck.Measure || c.unit == "percentage point") && c.end == nil && !c.num.decimal && c.last > c.num.last &&
		!(x.eq(k, wOf) && x.measureAt(x.unitOfFraction(k))) {
		// "two hours and a half", "two miles and three quarters", "up a
		// point and a half" (but "minus 2 degrees and three-quarters of an
		// inch of ice" are two measures)
		if c.num.value < 0 {
			f = -f
		}
		c.num.value, c.num.decimal, c.last = c.num.value+f, true, k
	}
	if c.unitKind == factcheck.Count && c.subjectEnd == 0 && c.end == nil && !c.num.scaled && !c.num.decimal &&
		x.eq(c.num.last, wIn) && x.eq(c.num.last+1, wThe) && x.eq(c.num.last+2, wWorld) && c.num.value >= 1 && c.num.value <= 500 {
		c.unitKind = factcheck.Ordinal // a rank: "has slipped to eight in the world"
	}
	if c.unitKind == factcheck.Count && (c.end == nil || c.end.value < 130) && !c.num.scaled && !c.num.year && c.num.value > 0 && c.num.value < 130 && x.ageBefore(c.num.first) {
		// "diagnosed by age 8", "a minimum age of 21 applies", "the
		// voting age is 18", "at any age between 60 and 75": an age,
		// whatever follows it
		c.unitKind, c.unit, c.subjectStart, c.subjectEnd = factcheck.Duration, "year", 0, 0
		if c.end == nil {
			c.last = c.num.last
		}
	}
	if c.unitKind == factcheck.Count && c.subjectEnd == 0 && (x.eq(c.first-1, wAged) || x.eq(c.first-1, wAges) || (x.eq(c.first-1, wBetween) || x.eq(c.first-1, wFrom) || x.eq(c.first-1, wJust) || x.eq(c.first-1, wOnly)) && x.eq(c.first-2, wAged) ||
		x.agedList(c) ||
		x.ageOfThe(c.num.first) || x.ageOfPerson(c) || x.agesBetween(c.first) || x.ageAfterName(c) || x.ageOfPeople(c) || x.ageAtEnd(c) || x.ageBeyond(c) || x.ageSaid(c) || x.ageIs(c) || x.ageOpening(c) || x.ageWas(c) || x.ageInClause(c) || x.ageRequired(c) || x.ageAtEvent(c) || x.personWas(c) || x.extremeAge(c)) {
		// "aged 45", "aged from 15 to 17", "retired at the age of 61"
		c.unitKind, c.unit = factcheck.Duration, "year"
	}
	if c.unitKind == factcheck.Count && c.subjectEnd == 0 && c.end == nil && !c.num.scaled && !c.num.decimal && x.eq(c.first-1, wTo) && x.placesMovedBefore(c.first-1) {
		c.unitKind = factcheck.Ordinal // "dropped one place to five": a position in the chart
	}
	if c.unitKind == factcheck.Count && c.subjectEnd == 0 && x.chartPlace(c) {
		c.unitKind = factcheck.Ordinal // "pushing down Ice Cube's single to three", "followed by Girls Aloud at five"
	}
	if c.unitKind == factcheck.Duration && c.qual == factcheck.LowerBound && x.eq(c.first, wOver) &&
		(x.tokIs(c.num.last, tWord) && x.toks[c.num.last].is(lexicon.Duration) || x.hyphenAt(c.num.last-1) || c.end != nil && x.tokIs(c.end.last, tWord) && x.toks[c.end.last].is(lexicon.Duration)) &&
		(x.spreadOver(c.first) && !x.sinceAfter(c.last) || x.eq(c.last, wStarting) || x.eq(c.last, wBeginning) || x.eq(c.last, wCommencing)) {
		// "$2.3bn over 10 years", "over 10 years starting in 1990": during,
		// no bound; "40 basis points over three-month LIBOR": a spread
		// over a benchmark of that term; "payments over about two years"
		// keeps its own cue
		c.qual, c.first = factcheck.Exact, c.first+1
		switch x.spAt(c.first) {
		case wAbout, wAround, wRoughly, wApproximately, wSome:
			c.qual = factcheck.Approx
		case wNearly, wAlmost:
			c.qual = factcheck.UpperBound
		}
	}
	if c.qual == factcheck.LowerBound && x.eq(c.first, wOver) && x.raceOver(c) {
		c.qual, c.first = factcheck.Exact, c.first+1 // "the fastest over 800m in the world": the race, no bound
	}
	if c.num.vague && c.qual == factcheck.Exact {
		c.qual = factcheck.LowerBound
	}
	x.toPar(c)
	x.articleQualifier(c)
	if q, k := x.suffixQualifier(c.last); k > c.last {
		if c.qual == factcheck.Exact {
			c.qual = q
		}
		c.last = k
		if c.unitKind == factcheck.Count && c.subjectEnd == 0 && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Duration|lexicon.Measure) {
			x.unitAt(c, k) // "10 or more years": the unit after the bound
		}
	}
	if c.unitKind == factcheck.Count || c.unitKind == factcheck.Percent || c.unitKind == factcheck.Ordinal {
		x.subjectAfter(c)
	}
	if c.unitKind == factcheck.Count {
		x.countRate(c)
		x.populationRate(c)
		x.fertilityRate(c)
		x.stageOf(c)
	}
	x.bracketedChange(c)
	x.elidedUnit(c)
	x.lengthsOfTime(c)
	x.elidedLength(c)
	x.limitUnit(c)
	x.taxMills(c)
	x.footballYards(c)
	x.parallelUnit(c)
	x.gappedUnit(c)
	x.changedFrom(c)
	x.insteadOf(c)
	x.listUnit(c)
	x.headingUnit(c)
	x.futuresQuote(c)
	x.listedLength(c)
	x.sharedUnit(c)
	x.scaleRespectively(c)
	x.perShareAfter(c)
	x.zeroReached(c)
	x.rowMeasure(c)
	x.trafficMeasure(c)
	x.parPrice(c)
	x.levelUnit(c)
	if c.unitKind == factcheck.Count && c.end != nil && c.subjectEnd == 0 && x.inEighths(c.num.first, c.num.last) && x.inEighths(c.end.first, c.end.last) && x.rateQuotedBefore(c.first) {
		c.unitKind = factcheck.Percent // a dealer's quote of a rate, its "pct" said before
	}
	x.carriedCurrency(c)
	x.vagueSum(c)
	x.sumInMoney(c)
	x.carriedMeasure(c)
	x.bracketedUnit(c)
	x.belowZero(c)
	x.bareTemperature(c)
	x.bareRaceTime(c)
	x.raceMargin(c)
	x.subTime(c)
	x.revisedFigure(c)
	x.symbolRate(c)
	x.sharedRate(c)
	x.unchangedTo(c)
	x.movesBetween(c)
	if c.unitKind == factcheck.Count && c.unit == "" && c.end == nil && !c.num.scaled && !c.num.year {
		if kind, unit, ok := x.feePart(c.num.last); ok {
			c.unitKind, c.unit = kind, unit // "Fees total 1-7/8 pct, with 1-1/4 for selling and 5/8 for management"
		}
	}
	if c.unitKind == factcheck.Count && c.end == nil && !c.num.scaled && x.richterAfter(c.last) {
		c.unitKind, c.unit = factcheck.Measure, "Richter" // "registering 6.9 on the open-ended Richter scale"
	}
	if c.unitKind == factcheck.Count && c.end == nil && !c.num.scaled && x.tokIs(c.num.first-1, tWord) && x.toks[c.num.first-1].flags&fUpper != 0 && x.sharesList(c.num.first) {
		c.unitKind, c.unit, c.subjectStart, c.subjectEnd = factcheck.Percent, "", 0, 0 // "Labour 41, Conservatives 27, Reform 14, Lib Dem 10, Green 5": a poll's shares
	}
	if u, k := x.scaleAfter(c); u != "" {
		c.unitKind, c.unit, c.last = factcheck.Measure, u, k // "seven on a 0-10 scale", "two on a four-point scale"
	}
	if u := x.sidesUnit(c); u != "" {
		c.unitKind, c.unit = factcheck.Measure, u // "55 x 40 x 20cm": each side in the unit said after the last
	}
	if c.unitKind == factcheck.Count && c.unit == "" && x.eq(c.first-1, wOf) && x.eq(c.first-2, wFactor) {
		c.unitKind, c.unit = factcheck.Measure, "times" // "to rise by a factor of 10": a multiple
	}
	if x.indexLevel(c) || x.levelAfterPoints(c) {
		c.unitKind, c.unit = factcheck.Measure, "point"
	} else if x.ratioLevel(c) {
		c.unitKind, c.unit = factcheck.Measure, x.ratioNamed(c.first)
		if x.eq(c.last, wTo) && (x.eqText(c.last+1, "1") || x.eq(c.last+1, wOne)) && c.last == c.num.last {
			c.last += 2 // "a ratio of better than 4.6 to 1": the ratio's one, no figure of its own
		}
	}
	if c.unitKind == factcheck.Measure && c.unit == "point" && (x.pollLead(c) || x.leadAfter(c.last)) && x.pollText() {
		c.unitKind, c.unit = factcheck.Percent, "percentage point" // "Harris holds a 12-point lead among voters under 30"
	}
	return !x.sprintBenchmark(c)
}

// sprintBenchmark reports whether the speed c is the mark a car's
// acceleration is timed to, no speed claimed: "0 to 60mph", "0-62mph",
// "from standstill to 60mph in 4.6sec", "sprint to 62mph in four
// seconds" (the time is the claim).
func (x *extractor) sprintBenchmark(c *claimParts) bool {
	if c.unitKind != factcheck.Measure || c.unit != "mph" && c.unit != "km/h" {
		return false
	}
	top := c.num.value
	if c.end != nil {
		if c.num.value != 0 {
			return false
		}
		top = c.end.value
	}
	if top != 60 && top != 62 && top != 100 {
		return false
	}
	if c.end != nil {
		return true // "0 to 60mph"
	}
	f := c.num.first
	if x.mark(f-1) == '-' && x.str(f-2) == "0" {
		return true // "0-62mph", the dash's zero left before it
	}
	return x.eq(f-1, wTo) && x.eq(c.last, wIn) && x.countAt(c.last+1)
}

// levelUnit gives the bare figure c, a change that "to" and its level
// follow, the level's currency or unit of measure, said once after the
// level: "the wheat guarantee line by 20 mln to 165 mln dlrs", "rose 313
// mln to 22,609 mln dlrs" (which rangeEnd reads as a change and a level,
// no range). Both figures have a scale.
func (x *extractor) levelUnit(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.end != nil || c.num.year || !c.num.scaled || c.last != c.num.last || !x.eq(c.last, wTo) {
		return
	}
	n, ok := x.numberAt(c.last + 1)
	if !ok || !n.scaled || n.year {
		return
	}
	l := claimParts{first: n.first, num: n, unitKind: factcheck.Count, factor: 1}
	if !x.unitAt(&l, n.last) || l.unitKind != factcheck.Money && l.unitKind != factcheck.Measure {
		return
	}
	c.unitKind, c.unit = l.unitKind, l.unit
}

// gasVolume returns how many of its unit (gasUnit) the gas industry's
// abbreviation at token j counts in one: "bcf" and "bcm" a billion cubic
// feet or metres, "tcf" a trillion cubic feet, "mcm" a million cubic
// metres; 0 for any other word ("mcf" is a thousand to the industry and a
// million to wire copy: "165 mln cubic feet (mcf) a day").
func (x *extractor) gasVolume(j int) float64 {
	switch x.spAt(min(j, len(x.toks)-1)) {
	case wBcf, wBcm, wBcfd:
		return 1e9
	case wTcf:
		return 1e12
	case wMcm, wMmcf, wMmcfd, wMmscfd:
		return 1e6
	}
	return 0
}

// gasUnit returns the unit of the gas volume abbreviation w (gasVolume),
// in lower case: cubic metres for "bcm" and "mcm", else cubic feet; a day's
// for those that end "d" ("102.3 bcfd", "450 mmcfd").
func gasUnit(w string) string {
	switch {
	case strings.HasSuffix(w, "cm"):
		return "cubic metre"
	case strings.HasSuffix(w, "fd"):
		return "cubic foot per day"
	}
	return "cubic foot"
}

// bracketedScale reads the scale and unit an editor puts in brackets
// after a figure in a quote, at token j: "once we get over 7.7 (billion
// dlrs)", "Below 15.8 (mln barrels per day)". It returns the index after
// the bracket, or j when there is none.
func (x *extractor) bracketedScale(c *claimParts, j int) int {
	if c.end == nil && !c.num.year && x.mark(j) == '(' && x.mark(j+2) == ')' && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Currency) && x.toks[j+1].flags&fUpper == 0 &&
		x.toks[j].flags&fSpace != 0 && x.quotedRate(c) {
		if x.unitAt(c, j+1) && c.unitKind == factcheck.Money {
			c.last = j + 3
			return c.last // "the dollar getting above 142\n(yen)": an editor's unit of a quote
		}
		c.unitKind, c.unit, c.factor, c.last = factcheck.Count, "", 1, j
		return j
	}
	if c.end != nil || c.num.scaled || c.num.year || x.mark(j) != '(' || !x.tokIs(j+1, tWord) || !x.toks[j+1].is(lexicon.Scale) {
		return j
	}
	end := j + 2
	for end < len(x.toks) && end <= j+4 && x.tokIs(end, tWord) {
		end++
	}
	if x.mark(end) != ')' || end == j+2 {
		return j // a scale alone, "less than 15.8 (mln)", leaves its unit to the sentences around
	}
	value := c.num.value
	c.num.value *= x.toks[j+1].entry().Num
	c.num.scaled = true
	if !x.unitAt(c, j+2) || c.unitKind == factcheck.Count {
		c.num.value, c.num.scaled = value, false
		c.unitKind, c.unit, c.last = factcheck.Count, "", j
		return j
	}
	c.last = end + 1
	return c.last
}

// quotedRate reports whether the bare figure c stands in a quotation
// mark's sentence, where an editor's bracket adds what the speaker left
// out: a quote mark before it in its sentence.
func (x *extractor) quotedRate(c *claimParts) bool {
	for k := c.first - 1; k >= 0 && k >= c.first-40; k-- {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			return false
		}
		if s := x.str(k); s == "\"" || s == "\u201c" {
			return true
		}
	}
	return false
}

// restatedInBrackets returns the index of the unit after a bracket at
// token j that restates the scaled figure c in another scale before the
// unit both share: "2.3 trillion (2,300 billion) dlrs"; or j.
func (x *extractor) restatedInBrackets(c *claimParts, j int) int {
	if !c.num.scaled || c.end != nil || x.mark(j) != '(' || !x.tokIs(j+1, tNum) || !x.tokIs(j+2, tWord) || !x.toks[j+2].is(lexicon.Scale) ||
		x.mark(j+3) != ')' || !x.tokIs(j+4, tWord) || !x.toks[j+4].is(lexicon.Currency|lexicon.Measure) {
		return j
	}
	return j + 4
}

// bracketedUnit gives the bare figure c the unit of measure or the
// currency said after a figure in brackets beside it, a report's figure
// and the one it is compared with: "Steady 2900 (3250) tonnes", "Peru
// 210,513 (147,014) tonnes", "silver 7.32 (7.28) dlrs", "gold 446.25
// (previous 443.90) dlrs an ounce", the figure outside the brackets and
// the one inside. Each claim keeps its digits for its span.
func (x *extractor) bracketedUnit(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.words || c.num.scaled || c.num.year || c.last != c.num.last {
		return
	}
	j, k := c.num.last, 0
	label := 0 // "previous" before the figure inside: "gold 446.25 (previous 443.90) dlrs"
	if x.mark(j) == '(' && x.eqText(j+1, "previous") {
		label = 1
	}
	first := c.num.first - 1
	if x.eqText(first, "previous") {
		first--
	}
	switch {
	case x.mark(j) == '(' && x.tokIs(j+1+label, tNum) && x.mark(j+2+label) == ')':
		k = j + 3 + label // "2900 (3250) tonnes"
	case x.mark(j) == ')' && first >= 1 && x.mark(first) == '(' && x.tokIs(first-1, tNum):
		k = j + 1 // "(3250) tonnes" after "2900"
	default:
		return
	}
	if !x.tokIs(k, tWord) || x.pointAt(k) || x.eq(k, wDegrees) || x.eq(k, wDegree) {
		return
	}
	switch t := &x.toks[k]; {
	case t.is(lexicon.Measure):
		c.unitKind, c.unit = factcheck.Measure, t.entry().Unit
	case t.is(lexicon.Currency) && t.flags&fUpper == 0:
		// "silver 7.32 (7.28) dlrs", "copper cash 1,102 (1,089) stg a tonne"
		c.unitKind, c.unit, c.factor = factcheck.Money, x.localCurrency(k, t.entry().Unit), t.entry().Per
	}
}

// pointAt reports whether "point", "points" or "pts" stands at token j.
func (x *extractor) pointAt(j int) bool { return x.eq(j, wPoint) || x.eq(j, wPoints) || x.eq(j, wPts) }

// pointsMoved reports whether a verb of a price's move stands before the
// number at token i, past a word of degree, after what a market prices:
// "bonds fell about one point", "Treasury bonds lost more than one
// point", "ARCO's stock jumped as much as five points", "Near July fell
// 45 points" (a futures contract's month), or after a stock
// index named earlier in the sentence, the verb in any tense ("after
// shedding more than 180 points") ("The Dow
// Jones Industrial Average, which soared 85 points to record levels in
// the past two sessions, tumbled 45 points"): points of a price, a
// measure (but "the side gained one point in the table" is a game's).
func (x *extractor) pointsMoved(i int) bool {
	k := i - 1
	for n := 0; n < 3 && x.tokIs(k, tWord); n++ {
		switch x.spAt(k) {
		case wAbout, wAround, wNearly, wAlmost, wSome, wRoughly, wThan, wMore, wLess, wOver, wUnder, wJust, wBy, wAs, wMuch:
			k--
			continue
		}
		break
	}
	switch x.spAt(max(k, 0)) {
	case wFell, wLost, wRose, wGained, wDropped, wClimbed, wSlipped, wEased, wFirmed, wShed, wAdded, wJumped, wSlumped, wTumbled, wPlunged, wSoared,
		wShedding, wLosing, wGaining, wFalling, wRising, wDropping, wAdding, wClimbing, wSlipping, wSliding, wTumbling, wPlunging, wJumping, wSoaring, wEasing, wFirming,
		wFalls, wRises, wLoses, wGains, wSheds, wDrops:
	default:
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3 && x.tokIs(m, tWord); m-- {
		if marketNoun(x.spAt(m)) {
			return true
		}
		if x.toks[m].is(lexicon.Month) && (x.eq(m-1, wNear) || x.eq(m-1, wNearby) || x.eq(m+1, wContract) || x.eq(m+1, wDelivery) || x.eq(m+1, wFutures)) {
			return true // "Near July fell 45 points": a futures contract's price
		}
	}
	return x.indexWithin(k, 40, false) // "The Dow Jones Industrial Average, which soared 85 points to record levels in the past two sessions, tumbled 45 points"
}

// pointsNamedBefore reports whether a thing measured in points is named
// before token i in its sentence: an opinion poll, whose leads are in
// points ("most polls put the Conservatives nine to 10 points ahead",
// "gave Labour a 26 point lead"), or a spread between two futures
// months ("The May/July backwardation settled at 25 points").
func (x *extractor) pointsNamedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == '!' || x.mark(k) == '?') {
			return false
		}
		switch x.spAt(k) {
		case wPoll, wPolls, wSurvey, wBackwardation, wContango, wMcas, wMca, wCompensatory:
			return true
		}
	}
	return false
}

// pointsListed reports whether the claim before c in its sentence, a
// comma or "and" before it, is a measure in points: "Cereals mcas are
// plus 2.4 points for West Germany ..., minus two points for Denmark".
func (x *extractor) pointsListed(c *claimParts) bool {
	if len(x.claims) == 0 || x.mark(c.first-1) != ',' && !x.eq(c.first-1, wAnd) {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	return p.Unit == "point" && p.Start >= int(x.toks[x.sentenceStartBefore(c.first)].s)
}

// pointsToPrice reports whether "points" at token j moved a stock to a
// price in eighths after "to": "General Motors gained two points to
// 83-1/2" (but a team "moved two points to 45" has no eighths).
func (x *extractor) pointsToPrice(j int) bool {
	return x.eq(j+1, wTo) && x.tokIs(j+2, tNum) && x.inEighths(j+2, min(j+6, len(x.toks)))
}

// footnoteMark reports whether the tokens from j are a table's mark
// glued to the figure before them, a hyphen and one letter that a run of
// spaces or the line's end follows: "387.6-r" (revised), "1,663.3-x".
func (x *extractor) footnoteMark(j int) bool {
	if j+1 >= len(x.toks) || x.mark(j) != '-' || x.toks[j].flags&fSpace != 0 || !x.tokIs(j+1, tWord) || x.toks[j+1].flags&fSpace != 0 ||
		len(x.str(j+1)) != 1 || !x.tableRow(j) {
		return false
	}
	return x.cellEndsAt(int(x.toks[j+1].e))
}

// unitAfterBracket reports whether a unit of measure follows the figure
// in brackets after the number at token i: "Turnover 2900 (3250) tonnes".
func (x *extractor) unitAfterBracket(i int) bool {
	return x.mark(i+1) == '(' && x.tokIs(i+2, tNum) && x.mark(i+3) == ')' && x.tokIs(i+4, tWord) && x.toks[i+4].is(lexicon.Measure)
}

// stageOf makes the bare count c after a noun of a stage of an event a
// rank: "on day two of the competition", "in round three", "stage 12",
// "game seven" (but "the day two people died" counts people).
func (x *extractor) stageOf(c *claimParts) {
	k := c.num.first - 1
	if c.end != nil || c.num.scaled || c.num.decimal || c.num.year || c.num.value < 1 || c.num.value > 200 ||
		c.subjectEnd > c.subjectStart && !x.eq(c.num.last, wOf) || !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 && !x.eq(c.num.last, wOf) ||
		x.tokIs(k-1, tPunct) && isDash(x.str(k-1)) || x.tokIs(c.num.last, tPunct) && isDash(x.str(c.num.last)) || x.eq(k, wDay) && c.num.value == 1 && !x.eq(c.num.last, wOf) {
		return // "the match-day 22" (a squad), "lost the match 3-0" (a score), "from day one" (an idiom; but "on day one of the auction", "Day 2 of the Test")
	}
	if stageNoun(x.spAt(k)) {
		c.unitKind, c.qual, c.first, c.last, c.subjectStart, c.subjectEnd = factcheck.Ordinal, factcheck.Exact, k, c.num.last, 0, 0
	}
}

// stageNoun reports whether the word spelt sp names a stage of an event
// that a number after it ranks: "day two", "round three", "Day 2 of the
// Test".
func stageNoun(sp spelling) bool {
	switch sp {
	case wDay, wRound, wStage, wLeg, wGame, wMatch, wHeat, wLap, wHole, wWeek:
		return true
	}
	return false
}

// qualifierAt finds the qualifier before c and the first token of the claim.
func (x *extractor) qualifierAt(c *claimParts) (factcheck.Qualifier, int) {
	q, k := x.qualifier(c.first)
	if c.end != nil && x.mark(c.num.last) == ',' && hedgeWord(x.lowerAt(c.num.last+1)) && (k == c.first || q == factcheck.Exact) {
		return factcheck.Approx, k // "30, maybe 40": hedged
	}
	if k == c.first && c.end == nil && c.unitKind == factcheck.Money && !x.eq(c.num.last, wAnd) && !x.toInClause(c.num.last) {
		switch {
		case x.eq(c.first-1, wFrom) && priceWord(x.lowerAt(max(c.first-2, 0))):
			k, q = c.first-1, factcheck.LowerBound // "economy fares from S$1,680", "a ticket costs from A$2,150": the cheapest, and up
		case x.eq(c.first-1, wAt) && (x.eq(c.first-2, wStarting) || x.eqText(c.first-2, "starts") || x.eqText(c.first-2, "start")):
			k, q = c.first-2, factcheck.LowerBound // "fares starting at £39", "the fare starts at ₹4,999"
		}
	}
	if k == c.first {
		return factcheck.Exact, c.first
	}
	if p := x.lastClaim(); p != nil && p.End > int(x.toks[k].s) {
		return factcheck.Exact, c.first // a word of the claim before: "shot a 7-under 65" is no "under 65"
	}
	return q, k
}

// toInClause reports whether "to" follows token k in its clause, within
// eight tokens: the figure before it opens a change or a range ("range in
// price from £1 or £2 for archived movies to £3.50").
func (x *extractor) toInClause(k int) bool {
	for j := k; j < min(k+8, len(x.toks)); j++ {
		if x.eq(j, wTo) {
			return true
		}
		if m := x.mark(j); m == ',' || m == ';' || m == '.' && x.sentenceEnd(j) > j {
			return false
		}
	}
	return false
}

// priceWord reports whether the lower-case word w names a price or asks
// one, so that "from" after it opens the lowest of a range of prices:
// "fares from", "costs from", "rooms from".
func priceWord(w string) bool {
	switch w {
	case "fare", "fares", "prices", "ticket", "tickets", "room", "rooms", "costs", "package", "packages", "deals", "flights",
		"rents", "available", "plans", "subscriptions":
		return true
	}
	return false
}

// sharedHyphenUnit finds, after the bare number of c, the unit it shares
// with the next number made an adjective: "five- and 10-year notes",
// "SEVEN AND 10-YEAR NOTES", "two- or three-mile walks", "one, two and
// three-month treasury certificates", "maturities of one, three and six
// months". It returns the
// end of c's span (past a hyphen glued to it) and the unit's token, or 0.
func (x *extractor) sharedHyphenUnit(c *claimParts) (int, int) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.scaled || c.num.year || c.last != c.num.last ||
		x.tokIs(c.first-1, tPunct) && isDash(x.str(c.first-1)) && x.toks[c.num.first].flags&fSpace == 0 {
		return 0, 0 // not "6-4 and 18-year-old"
	}
	suspended := x.tokIs(c.num.last, tPunct) && isDash(x.str(c.num.last)) && x.toks[c.num.last].flags&fSpace == 0
	if (c.num.decimal || c.num.value != math.Trunc(c.num.value)) && !suspended {
		// figures with decimals share a unit only in a list said
		// "respectively": "unchanged at 3.85 and 9.92 cents per kg
		// respectively" (not "from 6.28 and five-year yields"), or with
		// their hyphen left hanging: "6.1- and 6.7-inch screens"
		if j := c.num.last; x.eq(j, wAnd) && x.tokIs(j+1, tNum) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Currency|lexicon.Measure) && x.respectivelyAfter(j+3) {
			return c.num.last, j + 2
		}
		return 0, 0
	}
	if x.eq(c.first-1, wBetween) {
		return 0, 0 // "between three and 160 miles": a range's
	}
	k := c.num.last
	if suspended {
		k++
	}
	j := k
	for x.tokIs(j, tPunct) && x.mark(j) == ',' && x.countAt(j+1) {
		j += 2 // "two, three and four-year notes"
		if x.tokIs(j, tPunct) && isDash(x.str(j)) && x.toks[j].flags&fSpace == 0 {
			j++
		}
	}
	if !(x.eq(j, wAnd) || x.eq(j, wOr)) || !x.countAt(j+1) {
		return 0, 0
	}
	if x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration|lexicon.Measure) && !x.eq(j+2, wSecond) {
		return k, j + 2 // "maturities of one, three and six months"
	}
	if !x.tokIs(j+2, tPunct) || !isDash(x.str(j+2)) || x.toks[j+2].flags&fSpace != 0 || !x.tokIs(j+3, tWord) || x.toks[j+3].flags&fSpace != 0 ||
		!x.toks[j+3].is(lexicon.Duration|lexicon.Measure) {
		return 0, 0
	}
	return k, j + 3
}

// respectivelyAfter reports whether "respectively" closes the clause that
// goes on at token j, within a few words: "cents per kg respectively".
func (x *extractor) respectivelyAfter(j int) bool {
	for k := j; k < j+6 && k < len(x.toks); k++ {
		if x.eq(k, wRespectively) {
			return true
		}
		if x.tokIs(k, tPunct) && x.mark(k) != ',' {
			return false
		}
	}
	return false
}

// namedMoney returns the code of a unit of account named in three words at
// token j, or "": "1.3 European currency units (Ecus)" (XEU), "100 mln
// Special Drawing Rights" (XDR), the IMF's.
func (x *extractor) namedMoney(j int) string {
	switch {
	case x.eq(j, wEuropean) && x.eq(j+1, wCurrency) && (x.eq(j+2, wUnits) || x.eq(j+2, wUnit)):
		return "XEU"
	case x.eq(j, wSpecial) && x.eq(j+1, wDrawing) && (x.eq(j+2, wRights) || x.eq(j+2, wRight)):
		return "XDR"
	}
	return ""
}

// trafficAt reports whether a carrier's traffic unit opens at token j
// ("tonne miles", "revenue passenger miles").
func (x *extractor) trafficAt(j int) bool {
	u, _ := x.trafficUnit(j)
	return u != ""
}

// unitAt reads the unit at token j for c.
func (x *extractor) unitAt(c *claimParts, j int) bool {
	if c.unitKind == factcheck.Count && (x.eqText(j, "octane") || x.hyphenAt(j-1) && x.eqText(j+1, "octane")) {
		// "95 octane petrol", "92-octane": a fuel's rating, a measure as
		// the goldens' hands write it, no count
		c.unitKind, c.unit, c.last = factcheck.Measure, "octane", j+1
		if !x.eqText(j, "octane") {
			c.last = j + 2
		}
		return true
	}
	if c.unitKind == factcheck.Count && (x.str(j) == "K" || x.str(j) == "k") && x.toks[j].flags&fSpace == 0 && x.raceInK(j) {
		c.unitKind, c.unit, c.last = factcheck.Measure, "km", j+1 // "a 5K or a 10K route": a race's kilometres
		return true
	}
	if c.unitKind == factcheck.Count && x.hyphenAt(j-1) && (x.str(j+1) == "bp" || x.str(j+1) == "bps") && !x.genomeNear(j+1) {
		c.unitKind, c.unit, c.last = factcheck.Measure, "basis point", j+2 // "a 25-bp hike": basis points, as "25 bp"
		return true
	}
	if c.unitKind == factcheck.Count && (x.str(j) == "p" || x.str(j) == "P") && x.mark(j+1) == '.' && (x.str(j+2) == "c" || x.str(j+2) == "C") &&
		x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0 {
		// "8.4 p.c.": per cent, abbreviated with stops
		c.unitKind, c.unit, c.last = factcheck.Percent, "", j+3
		if x.mark(j+3) == '.' && x.toks[j+3].flags&fSpace == 0 {
			c.last = j + 4
		}
		return true
	}
	if x.str(j) == "Ft" && c.unitKind == factcheck.Count && x.forintText() {
		// "348,800 Ft": Hungary's forint by its sign after the sum (but
		// "6 ft", or "6 Ft" in a story of no forint, are feet)
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, "HUF", 1, j+1
		return true
	}
	if c.unitKind == factcheck.Count && x.str(j) == "bar" && !c.num.scaled && x.sentenceNames(j, 12, pressureWords) {
		// "The new water main was tested at 16 bar, roughly 232 psi": a
		// pressure (but "the 16 bar" of a pub is a place)
		c.unitKind, c.unit, c.last = factcheck.Measure, "bar", j+1
		return true
	}
	if (x.eq(j, wMore) || x.eq(j, wAdditional) || x.eq(j, wExtra) || x.eq(j, wFurther) || x.eq(j, wAdded)) && c.unitKind == factcheck.Count &&
		x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration|lexicon.Measure) && !x.eq(j+1, wSecond) && !x.eq(j+1, wPoint) && !x.eq(j+1, wPoints) {
		j++ // "two more years", "50 extra miles", "six added minutes"
	} else if x.eq(j, wMore) && c.unitKind == factcheck.Count && x.tokIs(j+1, tWord) && timeAdjective(x.lowerAt(j+1)) &&
		x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration) {
		j++ // "two more working days": the adjective below
	}
	if c.unitKind == factcheck.Count && !c.num.year && x.hyphenAt(j-1) && (timeAdjective(x.lowerAt(j+1)) || x.eq(j+1, wTrading) || x.eq(j+1, wBanking)) &&
		x.hyphenAt(j+1) && x.tokIs(j+3, tWord) && x.toks[j+3].is(lexicon.Duration) && !x.eq(j+3, wSecond) {
		j += 2 // "a 20-business-day tender offer", "a 10-trading-day window": the adjective joined by hyphens
	}
	if c.unitKind == factcheck.Count && !c.num.year && x.tokIs(j, tWord) && timeAdjective(x.lowerAt(j)) && x.tokIs(j+1, tWord) && x.dayAdjectiveAt(j+1) {
		j++ // "10 consecutive trading days": two adjectives, the second's below
	}
	if c.unitKind == factcheck.Count && !c.num.year && x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0 && x.hyphenAt(j) && x.eqText(j+2, "free") &&
		x.tokIs(j+3, tWord) && x.toks[j+3].is(lexicon.Duration) && len(x.str(j+3)) > 3 {
		j += 3 // "five claim-free years", "three injury-free months": how the time passed
	}
	if c.unitKind == factcheck.Count && !c.num.year && !(c.end != nil && yearLike(x.str(c.num.first)) && c.end.value == c.num.value+1) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration) && x.tokIs(j, tWord) &&
		(timeAdjective(x.lowerAt(j)) || x.dayAdjectiveAt(j) || x.toks[j].flags&fUpper == 0 && adjectiveEnding(x.lowerAt(j)) && len(x.str(j+1)) > 3 ||
			hoursSpentOn(x.lowerAt(j)) && (x.eq(j+1, wHours) || x.eq(j+1, wMinutes))) &&
		(len(x.str(j+1)) > 3 || x.eq(j+1, wDay)) && !x.eq(j+1, wSecond) && !x.eq(j+1, wSeconds) {
		j++ // "five long years", "three consecutive months", "two unbelievable weeks", "21 trading days", "the 10 trading day period", "1,500 flight hours" (but "the 2025-2026 school year" is a span of years)
	}
	if (x.eq(j, wPlanted) || x.eq(j, wHarvested) || x.eq(j, wSown) || x.eq(j, wIrrigated)) && c.unitKind == factcheck.Count && x.measureAt(j+1) {
		j++ // "67.6 mln planted acres of corn", "60 mln harvested acres"
	}
	if x.eq(j, wFull) && c.unitKind == factcheck.Count && c.num.value <= 5 && (x.pointAt(j+1) || x.eq(j+1, wPercentage)) {
		j++ // "cut by one full point": a rate's point, full
	}
	if x.eq(j, wStandard) && x.compoundAt(j+1) {
		j++ // "12 mln standard cubic feet a day" of gas
	}
	if c.unitKind == factcheck.Count && c.num.decimal && c.num.value < 1 && x.eq(j, wOf) {
		if k := x.percentagePoint(j); k > j {
			// "decreased by 0,9 of a percentage point": a rate's change
			c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", k
			return true
		}
	}
	t := &x.toks[j]
	if t.class == tWord && t.is(lexicon.Currency) && x.hyphenAt(j) && denominatedIn(x.lowerAt(j+2)) {
		return true // "three dollar-denominated bonds", "five won-based exchanges": what is counted is in the money, no sum of it
	}
	glued := t.flags&fSpace == 0
	s := x.str(j)
	switch {
	case c.num.scaled && x.eqText(c.num.last-1, "mil") && (t.class == tPunct || t.is(lexicon.Stop|lexicon.Determiner)) && x.slangCurrency(j) != "":
		// "closer to forty mil.", "half a mil there": millions of the
		// story's money, slang (but "5 mil subscribers" counts them)
		c.unitKind, c.unit, c.factor = factcheck.Money, x.slangCurrency(j), 1
	case t.class == tPunct && (s == "%" || s == "\uff05"):
		c.unitKind, c.unit, c.last = factcheck.Percent, "", j+1
		return true
	case t.class == tPunct && currencySymbol(s) != "" && !(x.tokIs(j+1, tNum) && x.toks[j+1].flags&fSpace == 0) &&
		(x.decimalCommaText() || s != "$" && s != "£" || glued && !c.num.scaled && !x.tokIs(j+1, tNum) && !x.tokIs(j+2, tNum)):
		// "9,99 €": the currency sign after the figure, as a text that
		// writes decimals with a comma puts it, as the dong's always is
		// ("50,000₫"), and as the world's signs but the dollar's and the
		// pound's may be ("reached 650 ₽.", "7 €"); theirs glued to it
		// too, before no figure ("costs 10$ at the door")
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, currencyOf(x, j), 1, j+1
		return true
	case t.class == tPunct && (s == "\u2033" || s == "\"" && x.inchQuote(j)) && glued && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "inch", j+1 // "a 6.1″ screen", "a 1-1/2\" layer of foam": inches in a double prime
		return true
	case t.class == tPunct && s == "\u00a2" && glued && !c.num.scaled:
		// "slid 14¢", "some 40¢": cents of the story's dollar, as "cts" are
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.localCurrency(j, "USD"), 0.01, j+1
		if u := x.textCents(); u != "" && c.unit == "USD" {
			c.unit = u // "B.C.'s carbon tax adds 17.61¢ per litre" in a text of Canadian dollars
		}
		return true
	case t.class == tPunct && isDash(s) && glued && x.usDollarAdjective(j+1) > 0:
		// "a 104-mln-\nU.S.-dlr loan"
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, "USD", 1, x.usDollarAdjective(j+1)
	case t.class == tPunct && isDash(s) && glued && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0:
		return x.hyphenUnit(c, j+1)
	case t.class == tPunct && isDash(s) && glued && x.tokIs(j+1, tWord) && x.text[t.e:x.toks[j+1].s] == "\n" && x.hyphenAt(j+1) && x.tokIs(j+3, tWord) &&
		currencyAdjectives[currencyNoun(x.lowerAt(j+3))][x.lowerAt(j+1)] != "":
		return x.hyphenUnit(c, j+1) // "its proposed 5.22-billion-\nCanadian-dlr acquisition": a compound a line wraps at its hyphen
	case t.class == tPunct && s == "°" && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0 && (x.eq(j+1, wC) || x.eq(j+1, wF)) && (!c.num.scaled || x.tokIs(j-1, tWord) && len(x.str(j-1)) > 3):
		// "1.1°C", "12 °C", "15 million °C" (its scale a word)
		c.unitKind, c.unit, c.last = factcheck.Measure, degrees(x.str(j+1)), j+2
		return true
	case t.class == tPunct && s == "°" && glued && !c.num.scaled && x.tokIs(j+1, tWord) && (x.str(j+1) == "C" || x.str(j+1) == "F") && x.oneSpaceBefore(j+1) &&
		(!x.tokIs(j+2, tWord) || x.toks[j+2].flags&fUpper == 0):
		c.unitKind, c.unit, c.last = factcheck.Measure, degrees(x.str(j+1)), j+2 // "95° F", "35° C": the scale spaced once from its sign
		return true
	case t.class == tPunct && s == "°" && glued && !c.num.scaled && (j+1 >= len(x.toks) || x.toks[j+1].flags&fSpace != 0 || x.tokIs(j+1, tPunct) && x.mark(j+1) != '\'' && x.str(j+1) != "\u2032"):
		// "hi 27°/lo 14°", "a 45° angle": degrees with no scale written,
		// read as the word is (but "51°30′N" a place)
		c.unitKind, c.unit, c.last = factcheck.Measure, x.bareDegrees(c, j), j+1
		return true
	case t.class == tPunct && (s == "\u2103" || s == "\u2109") && !c.num.scaled:
		// "4℃", "40℉": the degree and its scale in one sign
		c.unitKind, c.unit, c.last = factcheck.Measure, "°C", j+1
		if s == "\u2109" {
			c.unit = "°F"
		}
	case t.class != tWord:
		return true
	}
	if c.unitKind == factcheck.Money {
		// "$5 million dollars" is rare; "$5 US" rarer. Nothing more to read.
		return true
	}
	switch {
	case t.is(lexicon.Ordinal) && x.tensThenUnits(c, j):
		// "the twenty first century", "her thirty second birthday": a
		// rank whose hyphen was left out
		c.unitKind, c.last = factcheck.Ordinal, j+1
		c.num.value += t.entry().Num
	case t.is(lexicon.Percent) && !x.eq(j, wPercentage):
		c.unitKind, c.last = factcheck.Percent, j+1
		if s == "pc" && !glued {
			return true
		}
	case x.eq(j, wAnnual) && x.eq(j+1, wPercentage) && x.eq(j+2, wRate):
		c.unitKind, c.last = factcheck.Percent, j+3 // "9.9 annual percentage rate": an APR
	case (x.eq(j, wParts) || x.eqText(j, "part")) && x.eq(j+1, wPer) && (x.eq(j+2, wMillion) || x.eq(j+2, wBillion) || x.eq(j+2, wTrillion)):
		// "420 parts per million", "one part per billion", "0.13 parts per
		// trillion": as written, as most hands keep them (and "ppm" too)
		c.unitKind, c.unit, c.last = factcheck.Measure, "part per "+x.lowerAt(j+2), j+3
	case x.eqText(j, "beats") && (x.eq(j+1, wPer) || x.eq(j+1, wA)) && x.eqText(j+2, "minute"):
		c.unitKind, c.unit, c.last = factcheck.Measure, "beat per minute", j+3 // a heart's rate written out: "60 beats per minute", as "60 bpm"
	case x.eq(j, wBasis) && x.pointAt(j+1):
		c.unitKind, c.unit, c.last = factcheck.Measure, "basis point", j+2 // "50 basis points": a measure as written
	case x.eq(j, wBasis) && x.hyphenAt(j) && x.pointAt(j+2):
		c.unitKind, c.unit, c.last = factcheck.Measure, "basis point", j+3 // "a 650 basis-point hike"
	case (x.eq(j, wPoints) || x.eq(j, wPoint)) && x.pointsBefore(c.num.first) == "basis point":
		c.unitKind, c.unit, c.last = factcheck.Measure, "basis point", j+1 // "plus 55 basis points in the first five years and plus 65 points for the rest"
	case (x.eq(j, wPoints) || x.eq(j, wPoint)) && x.pointsBefore(c.num.first) == "percentage point":
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1 // "1/4 percentage point over Libor ..., rising to 3/8 point"
	case (x.eq(j, wPoints) || x.eq(j, wPoint)) && (x.shareMovedInPoints(c) || x.shareMovedTo(c, j+1) || x.pollLead(c)):
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1 // "41% of the corn is rated good, down 9 points in a week", "rose one point to 34 per cent", a poll's "lead ... to 14 points"
	case x.barrelsOfOilEquivalent(c, j):
	case s == "eV" || s == "mK":
		c.unitKind, c.unit, c.last = factcheck.Measure, s, j+1 // "13.6 eV", "10 mK": electronvolts, millikelvins, by their case (an "EV" is a car)
	case x.physicsUnit(c, j):
		x.rate(c) // "5,000 W/mK"
	case s == "FLOP" || s == "FLOPs" || s == "FLOPS":
		c.unitKind, c.unit, c.last = factcheck.Measure, "FLOP", j+1 // "3.8 x 10^25 FLOPs": a computation's floating-point operations, in capitals (a "35-17 flop" is a defeat)
	case (s == "bp" || s == "kb") && !c.num.scaled && x.genomeNear(j):
		c.unitKind, c.unit, c.last = factcheck.Measure, s, j+1 // "the 16,569 bp of mitochondrial DNA": base pairs, no basis points
	case s == "bps" && !c.num.scaled && x.sentenceNames(j, 8, dataRateWords):
		c.unitKind, c.unit, c.last = factcheck.Measure, "bit per second", j+1 // "its 2,400 bps model" of modem: bits a second, no basis points
	case s == "bp" || s == "bps" || s == "bpts" || (s == "BP" || s == "BPS") && x.toks[j].flags&fSpace == 0:
		c.unitKind, c.unit, c.last = factcheck.Measure, "basis point", j+1 // (and "by 75BP", in capitals glued to its figure: no company's name)
	case x.eq(j, wPercentage) && x.pointAt(j+1):
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+2
	case x.eq(j, wPercentage) && x.hyphenAt(j) && x.pointAt(j+2):
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+3 // "a 1.2 percentage-point improvement"
	case x.ratePoint(c, j):
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1
	case x.spreadOverRate(c, j):
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j
	case glued && s == "pp" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1 // "2.7pp above"
	case (s == "ppt" || s == "ppts") && !c.num.scaled && math.Abs(c.num.value) <= 20 && (x.rateNear(j) || x.byChange(c.num.first) ||
		x.tokIs(c.num.first-1, tWord) && changeWord(x.spAt(c.num.first-1))):
		// "rates rose 0.5 ppt", "up 3 ppts": a rate's change in percentage
		// points (but "a limit of 4 ppt" of a chemical in water is parts
		// per trillion)
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1
	case s == "ppt" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "ppt", j+1 // "under 0.1 ppt" of a chemical in water: parts per trillion, as written
	case x.eq(j, wPer) && (x.eq(j+1, wCent) || x.eq(j+1, wCents)) || glued && (s == "pc" || s == "PC") || s == "pc" && !c.num.scaled:
		c.unitKind, c.last = factcheck.Percent, j+1 // "4pc", "JUMPS 4PC", "won 50.4 pc of ballots" (but "a 486 PC" is a computer)
		if s == "per" {
			c.last = j + 2
		}
	case glued && s == "p" && !c.num.scaled && frameRate(c.num.value) && x.videoNear(j) && !x.sumOfPoundsAfter(j+1) && !x.chargedBefore(c.first):
		c.unitKind, c.unit, c.last = factcheck.Measure, "frame per second", j+1 // "records 8K video at up to 60p": frames a second, no pence
	case glued && (s == "p") && !c.num.scaled:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, "GBP", 0.01, j+1
	case (x.eq(j, wPound) || x.eq(j, wPounds)) && x.hyphenAt(j) && (x.eq(j+2, wFeet) || x.eq(j+2, wFoot)) && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "pound-foot", j+3 // "66 pound-feet of torque": a twist, no sum of sterling
	case (x.eq(j, wPound) || x.eq(j, wPounds)) && x.eq(j+1, wPer) && x.eq(j+2, wSquare) && (x.eqText(j+3, "inch") || x.eqText(j+3, "foot")):
		c.unitKind, c.unit, c.last = factcheck.Measure, "pound per square "+x.lowerAt(j+3), j+4 // "1,350 pounds per square inch": a pressure, as "psi"
	case x.eqText(j, "electron") && (x.eqText(j+1, "volts") || x.eqText(j+1, "volt")):
		c.unitKind, c.unit, c.last = factcheck.Measure, "electron volt", j+2 // "13.6 trillion electron volts"
	case x.weightPound(c, j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "pound", j+1
		if !x.poundsAndOunces(c) {
			x.rate(c) // "capacity to nearly 140 mln pounds a year"
		}
	case x.eq(j, wCt) && (t.flags&fUpper != 0 || x.caratOf(j+1) || glued && !c.num.scaled && !c.num.decimal && c.num.value <= 24 && x.sentenceNames(j, 8, caratWords)):
		if t.flags&fUpper != 0 {
			return true // "3 CT scans"
		}
		c.unitKind, c.unit, c.last = factcheck.Measure, "carat", j+1 // "an 18 ct gold ring", "the 18ct versions" of gold earrings
	case t.is(lexicon.Currency) && t.flags&fUpper != 0 && t.flags&fAllCaps == 0 && !x.sentenceStart(j) && !crypto(t.entry().Unit) && !x.capitalMoney(j) &&
		!c.num.scaled:
		return false // "50 Cent", a name (but "77 Ether", "two billion Ecus", "5.45m Euros" and "450 Australs" are money)
	case x.namedMoney(j) != "":
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.namedMoney(j), 1, j+3
	case t.is(lexicon.Currency) && t.entry().Unit == "CHF" && x.eq(j+1, wCfa):
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.cfaFranc(), 1, j+2 // "800 billion francs cfa"
	case t.is(lexicon.Currency) && t.entry().Unit == "IEP" && !c.num.scaled && !x.eq(j-1, wIrish):
		// "24 billion punts" of Irish debt; but a football team's "five
		// punts" kicked
	case t.is(lexicon.Currency) && x.currencyArea(j+1):
		// "the 12 euro zone countries": states that share a currency, no sum
	case x.eq(j, wMark) && x.eq(c.num.first-1, wThe) && c.num.scaled && x.hyphenAt(c.num.first) &&
		(j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.toks[j+1].is(lexicon.Stop)):
		c.last = j // "crossed the 1-million mark.": a threshold, no Deutsche marks (but "the 500 mln mark drop")
	case glued && s == "c" && !c.num.scaled && c.num.value < 1000 && x.centsPriced(c.first, j):
		// "petrol rose 4.8c to $1.89 a litre", "36c/kWh": cents glued to
		// their figure, in the currency of the sums before (else the
		// dollar, as "cents" reads)
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.lastSumCurrency(), 0.01, j+1
		if p := x.priceAfterTo(j + 1); c.unit == "" && p > 0 {
			c.unit = currencyOf(x, p) // "rose 4.8c to A$1.89": the cents of the price after
		}
		if c.unit == "" {
			c.unit = cmp.Or(x.centCurrency(), x.writtenCurrency(), x.wireDollar(j), "USD") // "86c a litre" where the text names the rand, "31.2c/kWh" in a text of A$, "a final dividend of 90c" under a Johannesburg dateline
		}
	case t.is(lexicon.Currency):
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.localCurrency(j, t.entry().Unit), t.entry().Per, j+1
		if t.flags&fAllCaps != 0 && isoCode(s) != "" && !c.num.scaled && x.scaleWordAt(j+1) && x.toks[j+1].entry().Num >= 1e6 {
			// "75 USD million": the scale after the code
			c.num.value, c.num.scaled, c.last = c.num.value*x.toks[j+1].entry().Num, true, j+2
		}
		if u := x.centsOf(j, c.unit); u != "" {
			c.unit = u // "20.10 rupees per kilo, up five cents": a rupee's cents
		} else if u := x.storyCents(j); u != "" && c.unit == "USD" {
			c.unit = u // "196 cts" after "201.66 Malaysian/Singapore cts"
		} else if u := x.textCents(); u != "" && c.unit == "USD" && t.entry().Per == 0.01 && (x.eq(j, wCents) || x.eq(j, wCent) || x.eq(j, wCt)) {
			c.unit = u // "about 10 cents lower" in a text of euros, "up from 28.9 cents" in one of A$
		}
		if t.entry().Per == 1 && (x.eq(j+1, wCents) || x.eq(j+1, wCent)) && !c.num.scaled {
			c.factor, c.last = 0.01, j+2 // "10 guilder cents", "50 euro cents"
		}
		if u := currencyAdjectives["dollar"][x.lowerAt(j+2)]; u != "" && x.mark(j+1) == '(' && x.mark(j+3) == ')' && currencyNoun(lower(s)) == "dollar" {
			c.unit, c.last = u, j+4 // "31 dlrs (Canadian) a share": the dollar named in brackets
		}
		if n := currencyNoun(x.lowerAt(min(c.last+2, len(x.toks)-1))); x.eq(c.last, wPer) && x.tokIs(c.last+1, tNum) && x.tokIs(c.last+2, tWord) && n != "" && n != currencyNoun(lower(s)) {
			c.last += 3 // "112.673 guilders per 100 marks": a rate of exchange, one figure (but "998 dlrs per 1,000 dlrs" of face value are two sums)
		}
	case x.eq(j, wOf) && (c.num.vague || c.num.scaled) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Currency) && x.toks[j+1].entry().Per == 1:
		// "millions of dollars"
		e := x.toks[j+1].entry()
		c.unitKind, c.unit, c.last = factcheck.Money, x.localCurrency(j+1, e.Unit), j+2
	case x.eq(j, wOf) && (x.eq(j+1, wA) || x.eq(j+1, wAn)) && c.num.decimal && c.num.value < 1 && !c.num.words && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Currency):
		// "0.015 of a ct per one-tenth of a degree": a share of one
		e := x.toks[j+2].entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.localCurrency(j+2, e.Unit), e.Per, j+3
	case x.eq(j, wOf) && (x.eq(j+1, wA) || x.eq(j+1, wAn)) && c.num.decimal && c.num.value < 1 && !c.num.words && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration|lexicon.Measure) && !x.pointAt(j+2):
		// "a margin of 0.0974 of a second", "0.10 of an inch": a share of one
		e := x.toks[j+2].entry()
		c.unitKind, c.last = factcheck.Measure, j+3
		c.unit = x.written(j + 2)
		if x.toks[j+2].is(lexicon.Duration) {
			c.unitKind, c.unit, c.factor = factcheck.Duration, e.Unit, e.Per
		}
	case x.eq(j, wOf) && (c.num.vague || c.num.scaled) && x.currencyAdjective(j+1) != "":
		// "hundreds of Canadian dollars"
		c.unitKind, c.unit, c.last = factcheck.Money, x.currencyAdjective(j+1), j+3
	case x.eq(j, wOf) && c.num.vague && x.tokIs(j+1, tWord) && x.toks[j+1].word == 0 && x.toks[j+1].flags&fUpper == 0 &&
		x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Currency) && x.toks[j+2].entry().Per == 1 && x.toks[j+2].flags&fUpper == 0:
		// "thousands of taxpayer dollars": a word that says whose, then the money
		e := x.toks[j+2].entry()
		c.unitKind, c.unit, c.last = factcheck.Money, x.localCurrency(j+2, e.Unit), j+3
	case x.eq(j, wOf) && c.num.vague && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration) && !x.eq(j+1, wSecond) && !x.eq(j+1, wSeconds):
		// "hundreds of years", "thousands of hours"
		e := x.toks[j+1].entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, e.Unit, e.Per, j+2
	case x.eq(j, wOf) && c.num.vague && (x.eq(j+1, wCubic) || x.eq(j+1, wSquare)) && x.measureAt(j+2):
		// "thousands of cubic metres of fuel"
		return x.unitAt(c, j+1)
	case x.eq(j, wOf) && c.num.vague && x.measureAt(j+1) && !x.eq(j+1, wPoint) && !x.eq(j+1, wPoints) && !x.tokIs(j+2, tNum): // (but "dozens of magnitude 5-6 tremors" counts tremors)
		// "millions of tonnes of coal a year", as "millions of dollars"
		if x.eq(c.first-1, wIn) && x.tokIs(j+2, tPunct) {
			return false // "in thousands of tonnes:" names the unit of a list
		}
		c.unitKind, c.unit, c.last = factcheck.Measure, x.toks[j+1].entry().Unit, j+2
		x.rate(c)
	case x.moneyUnit(c, j):
	case s == "D" && x.hyphenAt(j) && (x.eq(j+2, wMark) || x.eq(j+2, wMarks)) && !c.num.year:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, "DEM", 1, j+3 // "5 billion D-marks"
	case !c.num.year && x.placeCurrency(j) != "":
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.placeCurrency(j), 1, j+1 // "5 billion crowns" in Stockholm
	case t.is(lexicon.Duration|lexicon.Measure) && t.flags&fUpper != 0 && t.flags&fAllCaps == 0 && !x.sentenceStart(j) && lowerTail(s) &&
		x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper != 0 && x.toks[j+1].flags&fNewline == 0 && !x.sentenceStart(c.num.first):
		return false // "24 Hour Party People", "Seven Days in May": a title (but "a 3.8GHz Pentium chip": a symbol)
	case s == "Micron" && !x.sentenceStart(j):
		return true // "500,000 Micron common shares": the chip maker, no micrometres
	case t.is(lexicon.Duration) && t.flags&fUpper != 0 && t.flags&fAllCaps == 0 && !x.sentenceStart(j) && !strings.HasSuffix(s, "s") && x.tokIs(j+1, tNum) &&
		len(x.str(j+1)) <= 2 && allDigits(x.str(j+1)) && x.toks[j+1].flags&fSpace != 0 && !x.cellGapBefore(j+1):
		return true // "an extra 1,150 Year 7 places": a school year's name, no length of time (the count is of places)
	case x.eq(j, wCentury) && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 && !x.toks[j+1].is(lexicon.Stop|lexicon.Determiner|lexicon.Duration):
		return true // "more than 1,200 century breaks": a snooker term, no length of time
	case c.num.year && !c.num.words && t.is(lexicon.Duration) && !strings.HasSuffix(lower(s), "s"):
		return true // "1986 YEAR", "its 1987 year", "the same 1986 month": a year, no length of time (but "2000 years")
	case t.is(lexicon.Duration) && (c.num.scaled || c.num.value >= 100 && c.end == nil) && (x.eq(j+1, wEarlier) || x.eq(j+1, wAgo) || x.eq(j+1, wBefore)) && !strings.HasSuffix(lower(s), "s"):
		// "vs 70 mln year earlier", "versus 257,000 week ago": the figure
		// of a year or a week before, no length of time (but "4 billion
		// years ago" is one)
		return true
	case t.is(lexicon.Duration) && (!(s == "second" || s == "Second") || x.oneSecond(c, j)) && !(glued && len(s) <= 2 && s != "hr" && s != "yr" && s != "wk") && !x.capitalAbbreviation(j): // (but "a 27hr ordeal", "a 3yr deal")
		e := t.entry()
		if c.num.words && c.num.value == 1 && !c.num.scaled && c.end == nil && !x.durationContext(c.num.first) && !x.smallerUnitAfter(j) && !possessive(s) {
			return false // "one day he will": no length of time (but "one or two years" is, "one day's notice" and "one minute, 46.68 seconds")
		}
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, e.Unit, e.Per, j+1
		x.compoundDuration(c)
		if x.hyphenAt(j) && x.eq(j+2, wOld) { // "25 year-old"
			c.last = j + 3
		}
	case x.trafficAt(j):
		// "130 billion tonne miles", "4.5 billion revenue passenger miles"
		c.unitKind = factcheck.Measure
		c.unit, c.last = x.trafficUnit(j)
	case x.compoundAt(j):
		// "sq km" whatever the spelling, "square mile", "cubic metre", "metric ton"
		u, k := x.compoundUnit(j)
		if u == "" {
			return true
		}
		c.unitKind, c.unit, c.last = factcheck.Measure, u, k
		x.rate(c)
	case x.eq(j, wLight) && (x.eq(j+1, wYears) || x.eq(j+1, wYear) || x.hyphenAt(j) && (x.eq(j+2, wYears) || x.eq(j+2, wYear))):
		c.unitKind, c.unit, c.last = factcheck.Measure, "light year", j+2 // as written: "light years"
		if x.hyphenAt(j) {
			c.unit, c.last = "light-year", j+3
		}
	case (x.eq(j, wCelsius) || x.eq(j, wCentigrade) || x.eq(j, wFahrenheit)) && !c.num.scaled:
		// "32.2 Celsius", "minus 30 centigrade"
		c.unitKind, c.last = factcheck.Measure, j+1
		c.unit, _ = x.scaleAt(j)
	case (x.eq(j, wCup) || x.eq(j, wCups)) && x.tokIs(j+1, tWord) && cupMatch(x.spAt(j+1)):
		// "two cup finals": a trophy, no measure
	case s == "HP":
		// "4 HP printers": the maker, not horsepower
	case s == "gsm" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "gsm", j+1 // "a 240gsm T-shirt": a fabric's grams a square metre, in small letters ("3GSM" is a congress)
	case (s == "tpd" || s == "tpa") && !c.num.scaled:
		// "120,000 tpd", "50,000 tpa": the mining trade's tonnes a day and a
		// year, in small letters ("TPA" is also a drug's name)
		c.unitKind, c.unit, c.last = factcheck.Measure, "tonne per day", j+1
		if s == "tpa" {
			c.unit = "tonne per year"
		}
	case (s == "Nm" || s == "PS" || s == "GPA") && !c.num.scaled && !x.tokIs(j+1, tNum) && x.mark(j+1) != '/':
		c.unitKind, c.unit, c.last = factcheck.Measure, s, j+1 // "320 Nm of torque", "204PS", "a 4.0 GPA": newton-metres, metric horsepower and a grade point average, as written
	case x.eq(j, wKtpa) && !c.num.scaled:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, "tonne per year", 1e3, j+1 // "a 12ktpa plant": thousand tonnes a year, a scale in the unit
	case s == "Mt" && x.tokIs(j+1, tWord) && x.toks[j+1].flags&(fUpper|fAllCaps) == fUpper:
		// "Mt Kenya": a mountain's name (and no trade's "mt", a tonne)
	case x.metricSymbol(j) != "" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, x.metricSymbol(j), j+1 // "3.2 Mt of CO2", "500 g of lentils", "16t of steel"
		x.rate(c)
	case s == "gm" || s == "gms":
		// wire copy's grams, as written, in lower case ("0.15 gm/litre"); a
		// name in capitals is General Motors' ("5,000 GM shares")
		c.unitKind, c.unit, c.last = factcheck.Measure, "gm", j+1
		x.rate(c)
	case s == "dB" && x.mark(j+1) == '(' && x.str(j+2) == "A" && x.mark(j+3) == ')' && x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0:
		c.unitKind, c.unit, c.last = factcheck.Measure, "dB(A)", j+4 // "85 dB(A)": decibels A-weighted, as noise limits are set
	case x.prefixedUnit(j) != 0:
		c.unitKind, c.unit, c.last = factcheck.Measure, lexicon.At(x.prefixedUnit(j)).Unit, j+3 // "two 550 mega-watt steam generators"
	case t.is(lexicon.Measure) && !x.pointAt(j) || x.pointAt(j) &&
		(!c.num.words && (c.num.decimal || x.indexAfter(j+1) || x.marketText() && !x.standingAfter(j+1)) || x.indexNear(c.num.first) || x.pointsMoved(c.num.first) || x.pointsToPrice(j) || x.pointsNamedBefore(c.num.first) ||
			x.eq(j, wPoint) && x.tokIs(j+1, tWord) && priceMove(x.spAt(j+1)) || x.tokIs(j+1, tWord) && spreadMark(x.lowerAt(j+1)) || x.eq(c.num.first-1, wOf) && spreadMark(x.lowerAt(max(c.num.first-2, 0))) || x.pointsListed(c) ||
			moveWord(x.lowerAt(j+1)) && x.tradedBefore(c.first) || x.testScoresBefore(c.num.first)):
		c.unitKind, c.unit, c.last = factcheck.Measure, t.entry().Unit, j+1
		if c.unit == "m" && x.raceName(c, j) {
			return false
		}
		if x.str(j) == "ML" || x.str(j) == "Ml" {
			c.unit = "ML" // "1,450 ML a day", "100Ml/d": megalitres with their capital, as water boards write them, not millilitres
		}
		if c.unit == "degree" {
			if u, k := x.scaleAt(j + 1); u != "" && x.toks[j+1].class == tWord {
				c.unit, c.last = u, k
			} else if s := x.gravityScale(j + 1); s != "" {
				c.unit, c.last = "degree "+s, j+2
				if x.eq(c.last, wGravity) {
					c.last++ // "26 degrees api gravity"
				}
			} else {
				c.unit = x.bareDegrees(c, j)
			}
		}
		if c.unit == "foot" {
			x.feetAndInches(c)
		}
		if c.unit == "stone" {
			x.stonesAndPounds(c) // "52 stone 11 lb", "14 stone 7 pounds"
		}
		if c.unit == "lb" {
			x.poundsAndOunces(c) // "7lb 8oz"
		}
		if c.unit == "lb" && x.hyphenAt(j) && x.eq(j+2, wFt) {
			c.unit, c.last = "lb-ft", j+3 // "273 lb-ft of torque": pound-feet
		}
		if c.unit == "inch" && x.eq(j+1, wOf) && x.eqText(j+2, "mercury") {
			c.unit, c.last = "inch of mercury", j+3 // "28.61 inches of mercury": air pressure
		}
		x.wattHours(c)
		if x.squared(j + 1) {
			c.unit, c.last = area(c.unit), j+2 // "12 km2", "4 km²"
		}
		x.rate(c)
	case s == "t" && x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 && x.tokIs(j+2, tWord) && x.toks[j+2].flags&fSpace == 0 && (x.measureAt(j+2) || x.toks[j+2].is(lexicon.Duration)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "tonne", j+1 // "2.9 t/ha": tonnes, written short before a rate's slash
		x.rate(c)
	case x.slashRate(j) != "" && (!c.num.scaled || x.slashRate(j) == "barrel per day"):
		c.unitKind, c.unit, c.last = factcheck.Measure, x.slashRate(j), j+3
		if x.squared(j + 3) {
			c.last++ // "l/m²", "m/s²"
		}
	case glued && (s == "C" || s == "F") && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, degrees(s), j+1
	case (s == "C" || s == "F") && !c.num.scaled && (c.num.value < 0 || c.num.decimal && c.num.value < 60 && tenths(x.str(c.num.first)) || x.temperatureNear(c.num.first, j+6)):
		// "minus 30 C", "temperatures of 12 C": spaced, a scale only where a
		// temperature is said, or read to a tenth ("Toronto hit 36.0 C")
		c.unitKind, c.unit, c.last = factcheck.Measure, degrees(s), j+1
	case s == "K" && !c.num.scaled && (x.temperatureNear(c.num.first, j+6) || x.pressureIn(x.sentenceStartBefore(c.num.first), x.clauseLimit(j)) || x.sentenceNames(c.num.first, 12, heatWords)) &&
		(!x.tokIs(j+1, tWord) || afterKelvin(x.lowerAt(j+1))):
		// "a temperature of 2.725 K", "roughly 5,800 K for our Sun", "2.725 K
		// today", glued too ("above 25,000K", kelvinsGlued): kelvins where a
		// temperature is said, or a pressure ("held at 250 kPa and 310 K"),
		// or heat ("heats the air to some 30,000 K", "magnets operate at
		// about 1.9 K, or roughly minus 271.3 degrees Celsius") (but "earns
		// 40 K a year")
		c.unitKind, c.unit, c.last = factcheck.Measure, "K", j+1
	case s == "AU" && !glued && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "AU", j+1 // "1.3 AU from the Sun": astronomical units
	case x.eq(j, wSolar) && (x.eq(j+1, wMass) || x.eq(j+1, wMasses)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "solar mass", j+2 // "20 solar masses", "6.5 billion solar masses"
	case x.eq(j, wEarth) && (x.eq(j+1, wMass) || x.eq(j+1, wMasses)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "Earth mass", j+2 // "about 1.3 Earth masses"
	case s == "Earth" && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration) && !c.num.scaled:
		e := x.toks[j+1].entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, e.Unit, e.Per, j+2 // "some 29.5 Earth days", as against a planet's own
	case s == "kN" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "kN", j+1 // "7,600 kN of thrust": kilonewtons (a "kn" is a knot)
	case s == "\u00c5" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "\u00c5", j+1 // "5 Å": ångströms
	case (s == "\u00b5s" || s == "\u03bcs") && !c.num.scaled:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "second", 1e-6, j+1 // "5 µs": microseconds
	case s == "Gt" && !c.num.year:
		c.unitKind, c.unit, c.last = factcheck.Measure, "Gt", j+1 // "roughly 4 Gt" of carbon dioxide: gigatonnes, as written (but a ship's "314,000 gt" gross tons)
	case x.emissionUnit(j) != "":
		// "9.8 MtCO2e", "c. 1,240 tCO2e", "41 GtCO2", "480 gCO2/kWh": a
		// mass of carbon dioxide (or its equivalent), in its mass's unit
		c.unitKind, c.unit, c.last = factcheck.Measure, x.emissionUnit(j), x.emissionEnd(j)
		if x.mark(c.last) == '/' {
			x.rate(c) // "480 gCO2/kWh", "25,000 tCO2e/yr"
		}
	case s == "ms" && !c.num.scaled && !c.num.year:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "second", 1e-3, j+1 // "a latency of 9.1 ms": milliseconds
	case s == "h" && !glued && !c.num.scaled && !c.num.year && (j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.toks[j+1].is(lexicon.Stop)):
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "hour", 1, j+1 // "do not exceed 20 mL in 24 h": hours, as medicine writes them
	case (s == "m" || s == "M") && x.mark(j+1) == '.' && x.eqText(j+2, "p") && x.mark(j+3) == '.' && x.eqText(j+4, "h") && x.mark(j+5) == '.':
		c.unitKind, c.unit, c.last = factcheck.Measure, "mph", j+6 // "forty-odd m.p.h.": miles an hour, dotted
	case (s == "MP" || s == "Mp") && !c.num.scaled && (x.cameraAfter(j+1) || glued && x.cameraNear(j)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "MP", j+1 // "a 12MP ultrawide lens", "shoots 45MP stills": megapixels (but "12 MPs" are members of parliament)
	case (s == "\u00b5g" || s == "\u03bcg" || s == "\u00b5mol" || s == "\u03bcmol") && !c.num.scaled:
		// "400 µg", "25 μg/m³", "creatinine 186 µmol/L": micrograms and
		// micromoles by their symbol (a micro sign or a Greek mu), a
		// concentration as written
		c.unitKind, c.unit, c.last = factcheck.Measure, s, j+1
		if x.mark(j+1) == '/' && x.eq(j+2, wM) && x.cubed(j+3) && x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0 {
			c.unit, c.last = x.text[x.toks[j].s:x.toks[j+3].e], j+4
		} else if x.mark(j+1) == '/' && x.tokIs(j+2, tWord) && x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0 && len(x.str(j+2)) <= 3 {
			c.unit, c.last = x.text[x.toks[j].s:x.toks[j+2].e], j+3 // "3.5 μg/dL", "0.4 µg/kg"
		}
	case x.eqText(j, "base") && (x.eqText(j+1, "pairs") || x.eqText(j+1, "pair")):
		c.unitKind, c.unit, c.last = factcheck.Measure, "base pair", j+2 // "3.2 billion base pairs"
	case s == "Ma" && !c.num.scaled && x.sentenceNames(j, 8, deepTimeWords):
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "year", 1e6, j+1 // "the lineages split 6-7 Ma": millions of years ago
	case s == "dBA" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "dBA", j+1 // "62 dBA", "107dBA" (a company's "DBA" shares are no decibels)
	case (s == "\u00b5Sv" || s == "\u03bcSv") && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "\u00b5Sv", j+1 // "0.23 µSv/h", "12 μSv/h": microsieverts by their symbol, a micro sign or a Greek mu
		x.rate(c)
	case (s == "ºC" || s == "ºF") && !c.num.scaled:
		// "37ºC" with the ordinal indicator, a letter, for the degree sign
		c.unitKind, c.unit, c.last = factcheck.Measure, degrees(s[len("º"):]), j+1
	case s == "m" && !glued && (!c.num.scaled || x.squared(j+1) || x.cubed(j+1)) && (j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.toks[j+1].is(lexicon.Stop|lexicon.Determiner) || x.dimensionAt(j+1) || x.squared(j+1) || x.cubed(j+1) || x.sameQuantityNamed(j) || lengthWay(x.lowerAt(j+1)) || x.seaHeight(&c.num, j) ||
		c.num.value >= 1000 && !c.num.decimal && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0): // "the 4,810 m summit"
		c.unitKind, c.unit, c.last = factcheck.Measure, "m", j+1 // "1.2 m high", "depths of 1.2 m."
		if x.squared(j + 1) {
			c.unit, c.last = "sq m", j+2 // "a 12 m² pool", "50 m2"
			x.rate(c)                    // "12 m² per litre": a paint's coverage
		} else if x.cubed(j + 1) {
			c.unit, c.last = "cubic metre", j+2 // "102 m³ of water", "593 million m3"
			x.rate(c)                           // "12 m³/s"
		}
	case glued && s == "m" && !c.num.scaled && x.furlongsAfter(j) > 0:
		// "over 2m 5f", "a 1m 6f trip": a race's miles and furlongs, in
		// furlongs, as racing's hands write them
		f, k := x.furlongs(j + 1)
		c.unitKind, c.unit, c.num.value, c.num.decimal, c.last = factcheck.Measure, "f", 8*c.num.value+f, f != float64(int(f)), k
	case glued && (s == "m") && !c.num.scaled:
		if x.raceName(c, j) {
			return false
		}
		c.unitKind, c.unit, c.last = factcheck.Measure, "m", j+1
		if x.squared(j + 1) {
			c.unit, c.last = "sq m", j+2 // "120m²"
			x.rate(c)
		} else if x.cubed(j + 1) {
			c.unit, c.last = "cubic metre", j+2 // "40m3 of water"
			x.rate(c)                           // "12 m³/s"
		}
	case x.eq(j, wDaily) && x.measureAt(j+1) && !x.eq(j+1, wPoint) && !x.eq(j+1, wPoints):
		// "750,000 daily barrels": a rate said before its unit
		c.unitKind, c.unit, c.last = factcheck.Measure, x.toks[j+1].entry().Unit+" per day", j+2
	case x.gasVolume(j) > 0:
		// "63.7 BCF", "1.2 tcf" of gas reserves, "87.8 bcm", "63 mcm a
		// day": cubic feet or metres, a scale in the unit
		c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, gasUnit(lower(s)), x.gasVolume(j), j+1
		if c.unit == "cubic metre" || c.unit == "cubic foot" {
			x.rate(c) // "63 mcm a day", "1.1 bcf/d"
		}
	case s == "gt" && !glued:
		// "eight ships of 314,000 gt": a ship's gross tonnage, in small
		// letters (a model's "90-GT" is a name)
		c.unitKind, c.unit, c.last = factcheck.Measure, "gross ton", j+1
	case x.eq(j, wDeadweight) && (x.eq(j+1, wTonnes) || x.eq(j+1, wTonne) || x.eq(j+1, wTons) || x.eq(j+1, wTon)):
		// "a 37,635 deadweight tonnes bulk carrier": a ship's capacity, the
		// unit as written, singular
		c.unitKind, c.unit, c.last = factcheck.Measure, "deadweight "+strings.TrimSuffix(x.lowerAt(j+1), "s"), j+2
	case (x.eqText(j, "mgd") || x.eqText(j, "mld")) && t.flags&fAllCaps != 0 && !c.num.scaled:
		// "a 40 MGD plant", "supplies 1,000 MLD": millions of gallons or of
		// litres a day, as water utilities write them
		unit := "gallon per day"
		if x.eqText(j, "mld") {
			unit = "litre per day"
		}
		c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, unit, 1e6, j+1
	case (x.eq(j, wMtpa) || x.eq(j, wMmtpa)) && !c.num.scaled:
		// "a 16 mtpa LNG plant": million tonnes a year, a scale in the unit
		c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, "tonne per year", 1e6, j+1
	case x.eq(j, wMsf) && !c.num.scaled:
		// "21.7 msf" of offices leased, as Indian property papers write
		// million square feet
		c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, "sq ft", 1e6, j+1
	case x.eq(j, wMmt) && !c.num.scaled:
		// "45.5 MMT" of cargo, as Indian papers write million metric tonnes
		c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, "tonne", 1e6, j+1
	case x.eq(j, wMcf) || x.eq(j, wMmcf):
		// "52.9 mln MCF" of gas reserves: as written, a thousand cubic feet
		// to the industry and a million to some wire copy (gasVolume)
		c.unitKind, c.unit, c.last = factcheck.Measure, strings.ToUpper(s), j+1
	case x.grams(j) && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "g", j+1 // "175g caerphilly", "1 large leek (100g)"
	case x.fuelUse(j) > j && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "l/100km", x.fuelUse(j) // "an official 4.3 l/100km": litres a hundred kilometres
	case x.eq(j, wGrand) && (!c.num.scaled || c.num.value < 1000) && !c.num.decimal && !(x.tokIs(j+1, tWord) && !x.toks[j+1].is(lexicon.Stop|lexicon.Determiner)):
		// "something like 30 grand", "top a hundred grand": thousands of the
		// story's money, slang (but "a grand total", "the 2004 Grand Prix")
		c.num.value, c.num.scaled, c.last = c.num.value*1000, true, j+1
		if u := x.slangCurrency(j); u != "" {
			c.unitKind, c.unit, c.factor = factcheck.Money, u, 1
		}
	case signsAfter[s] != "":
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, signsAfter[s], 1, j+1 // "4000 zł", "2 490 Kč"
	case s == "t" && glued && !c.num.scaled && c.num.value < 100 && x.tokIs(j+1, tWord) && heavyVehicle(x.lowerAt(j+1)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "tonne", j+1 // "a 3.5t van", "a 7.5t lorry": a vehicle's weight
	case s == "A" && glued && !c.num.scaled && !c.num.decimal && c.num.value <= 125 && x.tokIs(j+1, tWord) && ampereNoun(x.lowerAt(j+1)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "A", j+1 // "a 13A fuse", "a 32A charger": amperes
	case (s == "t" || s == "T" && (c.num.scaled || strings.Contains(x.str(c.num.last-1), ",")) && !glued && !(x.mark(j+1) == '.' && x.tokIs(j+2, tWord) && x.toks[j+2].flags&fSpace == 0)) && (!glued || strings.Contains(x.str(c.num.last-1), ",") && !c.num.scaled) && math.Abs(c.num.value) >= 100 && (j+1 >= len(x.toks) || x.tokIs(j+1, tPunct) || x.toks[j+1].is(lexicon.Stop)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "tonne", j+1 // "roughly 3,000 t.", "some 465,000 t in 2023", "a catch of 739,000t for", "1.9m t", "34.3 mln T", "-18,725 T" (but "11.0 mln T.H.E." shares): tonnes, spaced or glued to thousands
	case x.eq(j, wKn) && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "knot", j+1 // "at 13.8 kn"
	case x.ordinalScale(j) > 0 && !c.num.scaled && c.end == nil:
		// "its 15 millionth visitor": a rank in millions (hyphenUnit reads
		// "the 30-millionth")
		c.unitKind, c.last = factcheck.Ordinal, j+1
		c.num.value, c.num.scaled = c.num.value*x.ordinalScale(j), true
	case x.containerUnits(j) > j:
		// "3.41 million twenty-foot equivalent units": TEU, as the trade
		// abbreviates them
		c.unitKind, c.unit, c.last = factcheck.Measure, "TEU", x.containerUnits(j)
		if x.eqText(j, "forty") {
			c.unit = "FEU"
		}
	case s == "ms" && glued && !c.num.scaled:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "second", 0.001, j+1 // "latency spiking to 250ms": milliseconds
	case s == "ppi" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "ppi", j+1 // "326 ppi", a screen's pixels an inch, in small letters (the "PPI" of producer prices is no unit)
	case s == "W" && glued && !c.num.scaled && !x.oilGrade(j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "W", j+1 // "a 65W charger": watts, glued
	case s == "V" && glued && !c.num.scaled && !x.eqText(j+1, "engine") && !x.eqText(j+1, "engines"):
		c.unitKind, c.unit, c.last = factcheck.Measure, "V", j+1 // "two 18V batteries", "a 230V socket": volts, glued (but a "16V engine" has valves)
	case (x.eqText(j, "units") || x.eqText(j, "unit")) && !c.num.scaled && x.sentenceNames(j, 30, alcoholWords):
		c.unitKind, c.unit, c.last = factcheck.Measure, "unit", j+1 // "contains 3.3 units of alcohol", "A pint of 5.2% lager holds almost three units": a measure of drink, 10 ml of pure alcohol
		x.rate(c)
	case x.eq(j, wLengths) && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "length", j+1 // a race's margin, "won by 2½ lengths" (a word of the lexicon it is not: "length of 200 feet")
	case s == "h" && !glued && !c.num.scaled && x.tokIs(j+1, tNum) && (x.eq(j+2, wMin) || x.eq(j+2, wMins)):
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "hour", 1, j+1 // "slept 6 h 48 min": hours spaced, then minutes
		x.compoundDuration(c)
	case x.gluedHours(j) && !c.num.scaled:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, "hour", 1, j+1 // "results within 48h", "a 24h race"
	case glued && s == "st" && !c.num.scaled:
		c.unitKind, c.unit, c.last = factcheck.Measure, "stone", j+1 // "15st": no ordinal
		x.stonesAndPounds(c)
	case (x.eqText(j, "hands") || glued && s == "hh") && !c.num.scaled && x.horseNear(j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "hand", j+1 // "the filly stands 16.2 hands", "the mare measures 15hh": a horse's height, as written
	case x.starRating(c, j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "star", j+1 // "4.7 stars on Tripadvisor"
		if x.eq(j+1, wOut) && x.eq(j+2, wOf) {
			if d, ok := x.numberAt(j + 3); ok && d.value >= c.num.value {
				c.last = d.last // "three and a half stars out of five"
			}
		}
	case x.eq(j, wYo) && !c.num.scaled && !c.num.decimal:
		c.unitKind, c.unit, c.last = factcheck.Duration, "year", j+1 // "the 3yo filly": years old
	case glued && s == "x" && !(x.tokIs(j+1, tNum) && x.toks[j+1].flags&fSpace == 0):
		c.unitKind, c.unit, c.last = factcheck.Measure, "x", j+1 // "a 3x zoom": a multiple as written (but "the 9x13-inch pan" gives its sides)
	case x.eq(j, wTimes) && x.eq(j+1, wOut) && x.eq(j+2, wOf):
		x.ratio(c, j+1) // "nine times out of ten"
	case x.eq(j, wTimes) && (!c.num.words && (c.num.decimal || x.comparisonAt(j+1) || x.changeInClause(c.first)) || c.num.words && (x.comparativeAt(j+1) || x.timesOfAmount(c, j+1)) ||
		x.amountNamedBefore(j+1) || x.baseOfMultiple(j+1) || x.changedByTimes(c) ||
		x.eq(j+1, wWhat) && (x.eq(j+2, wIt) || x.eq(j+2, wThey) || x.eq(j+2, wWas) || x.eq(j+2, wIs))) ||
		x.eq(j, wFold) && glued:
		c.unitKind, c.unit, c.last = factcheck.Measure, "times", j+1
	case glued && !c.num.scaled && x.gluedInches(j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "inch", j+1 // "at least 42in (106cm)", "a 32in TV"
	case x.eq(j, wIn) && !c.num.scaled && x.inchesAbbreviated(j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "inch", j+2 // "the month's total of 7.9 in. is nearly double"
		if x.eq(j+1, wOf) {
			c.last = j + 1 // "nearly 2 in of rain"
		}
	case x.eq(j, wIn) && !c.num.scaled || x.eq(j, wOut) && x.eq(j+1, wOf) || x.eq(j, wOf) && x.eq(j+1, wEvery) && !c.num.decimal:
		x.ratio(c, j) // (and "one of every six homes", "three of every 10 agents")
	case c.num.value == 1 && c.num.words && x.eq(j+1, wIn) && x.tokIs(j, tWord) && (x.toks[j].flags&fUpper == 0 || x.toks[j].flags&fAllCaps != 0) &&
		(x.toks[j].word == 0 || !x.toks[j].is(lexicon.Stop|lexicon.Determiner|lexicon.Duration|lexicon.Measure|lexicon.Currency|lexicon.Percent|lexicon.Cardinal|lexicon.Ordinal)) &&
		(x.tokIs(x.everyAfter(j+2), tWord) && x.toks[x.everyAfter(j+2)].is(lexicon.Cardinal) || x.tokIs(x.everyAfter(j+2), tNum) && !yearLike(x.str(x.everyAfter(j+2)))) &&
		!x.pluralNounAt(x.everyAfter(j+2)+1):
		x.ratio(c, j+1) // "one household in three", "one TGV in three", "one patient in (every) 20", "one sample in eight failed", "one farmer in five short of fodder": a share (but "one goal in four games" counts)
		if c.unitKind == factcheck.Percent {
			c.subjectStart, c.subjectEnd = j, j+1
		}
	}
	return true
}

// tensThenUnits reports whether the number c, a word of tens ("twenty"
// to "ninety") after a determiner, and the ordinal of one to nine at token
// j, on its line and with no hyphen after it, are one ordinal: "the
// twenty first century" (but "twenty first-time buyers" counts buyers).
func (x *extractor) tensThenUnits(c *claimParts, j int) bool {
	v := c.num.value
	if !c.num.words || c.num.last != c.num.first+1 || v < 20 || v > 90 || math.Mod(v, 10) != 0 || c.end != nil ||
		x.toks[j].flags&(fNewline|fUpper) != x.toks[c.num.first].flags&fUpper || x.hyphenAt(j) || x.hyphenAt(c.num.first) {
		return false
	}
	if o := x.toks[j].entry().Num; o < 1 || o > 9 {
		return false
	}
	return x.tokIs(c.num.first-1, tWord) && x.toks[c.num.first-1].is(lexicon.Determiner)
}

// groupNoun reports whether the word spelt sp names a body of people that
// "25-man" counts: "squad", "team", "crew".
func groupNoun(sp spelling) bool {
	switch sp {
	case wSquad, wTeam, wCrew, wPanel, wJury, wDelegation, wCommission, wCommittee, wBoard, wParty, wForce,
		wUnit, wPatrol, wGroup, wCabinet, wCouncil, wStaff, wBand, wLineup, wSide, wDirectorate, wPresidency,
		wJunta, wTribunal, wBench:
		return true
	}
	return false
}

// partiesCounted reports whether "party" at token j, after the number v,
// counts the parties of a coalition: "the five-party coalition", "his five
// party coalition government" (but "a two-party system" is a term).
func (x *extractor) partiesCounted(j int, v float64) bool {
	return x.eq(j, wParty) && v > 2 && (x.eq(j+1, wCoalition) || x.eq(j+1, wCoalitions) || x.eq(j+1, wGovernment) ||
		x.eq(j+1, wAlliance) || x.eq(j+1, wCabinet))
}

// timeAdjective reports whether w, between a number and a unit of time,
// says only how the time passed: "five long years", "three straight
// weeks", "two full days", "three subsequent years", "two lean years",
// "the two preceding years", or what they were
// days of: "190 teaching days", "two rest days".
func timeAdjective(w string) bool {
	switch w {
	case "long", "short", "full", "whole", "straight", "consecutive", "successive", "hard", "difficult", "brief",
		"good", "bad", "lean", "tough", "happy", "successful", "preceding", "previous", "turbulent", "troubled", "trouble-free", "fruitful", "busy", "quiet",
		"working", "business", "fiscal", "qualifying", "pensionable", "continuous", "uninterrupted", "unbroken", "solid", "entire", "calendar", "subsequent", "following",
		"teaching", "school", "rest", "trading", // "190 teaching days", "two rest days", "17 trading days" (but "three training days" are events counted)
		"option": // "one year, plus two option years" of a contract
		return true
	}
	return false
}

// barrelsOfOilEquivalent reads at token j an oil company's output or
// reserves in barrels of oil equivalent abbreviated, "boe", "kboe" (a
// thousand), "mmboe" (a million), a day's when "/d" or "pd" follows ("1.8
// million boe/d", "171 kboe/d", "boepd"), as the goldens' hands write them
// in full. It reports whether it read one.
func (x *extractor) barrelsOfOilEquivalent(c *claimParts, j int) bool {
	factor := 1.0
	switch lower(x.str(j)) {
	case "boe", "boepd", "boed":
	case "kboe", "kboepd", "kboed":
		factor = 1e3
	case "mmboe", "mmboepd", "mmboed":
		factor = 1e6
	default:
		return false
	}
	c.unitKind, c.unit, c.factor, c.last = factcheck.Measure, "barrel of oil equivalent", factor, j+1
	switch w := lower(x.str(j)); {
	case strings.HasSuffix(w, "pd") || strings.HasSuffix(w, "ed"):
		c.unit += " per day"
	case x.mark(j+1) == '/' && x.eqText(j+2, "d") && x.toks[j+1].flags&fSpace == 0 && x.toks[j+2].flags&fSpace == 0:
		c.unit, c.last = c.unit+" per day", j+3
	}
	return true
}

// hoursSpentOn reports whether w, a noun before "hours" or "minutes",
// names what the time is spent on: "1,500 flight hours", "200 volunteer
// hours", "40 training hours" (lengths of time, as a golden's hand reads
// them).
func hoursSpentOn(w string) bool {
	switch w {
	case "flight", "flying", "volunteer", "training", "overtime", "contact", "screen", "teaching", "study", "practice",
		"billable", "driving", "sea", "sailing", "service", "community":
		return true
	}
	return false
}

// dayAdjectiveAt reports whether the word at token j names the days a
// market or a bank works or reports, before "days": "21 trading days",
// "five banking days", "the past two reporting days" (but "six
// consecutive trading months" of contracts).
func (x *extractor) dayAdjectiveAt(j int) bool {
	return (x.eq(j, wTrading) || x.eq(j, wBanking) || x.eq(j, wReporting)) && (x.eq(j+1, wDays) || x.eq(j+1, wDay))
}

// adjectiveEnding reports whether w, in lower case, ends as English
// adjectives do ("-able", "-ible", "-ful", "-ous", "-ive", "-ic"), a word
// that may stand between a count and its unit of time: "two unbelievable
// weeks", "three glorious years", "two dramatic days".
func adjectiveEnding(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range []string{"able", "ible", "ful", "ous", "ive", "ic"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// capitalAbbreviation reports whether token j is a unit's abbreviation
// written in capitals in text that is not: "three SEC officials" names
// the Securities and Exchange Commission ("52 WEEKS" and "2 YR" are still
// lengths).
func (x *extractor) capitalAbbreviation(j int) bool {
	t := &x.toks[j]
	if t.flags&fAllCaps == 0 || t.e-t.s > 4 {
		return false
	}
	w, u := x.lowerAt(j), t.entry().Unit
	return w != u && w != u+"s" && w != "yr" && w != "yrs" // (but "TO 2-1/2 YR LOW": a year as a headline abbreviates it, no acronym's)
}

// smallerUnitAfter reports whether the unit of time at token j is the
// first of a compound duration (compoundDuration): minutes or seconds
// follow it, after "and", a comma or nothing: "one hour 15 minutes", "one
// minute, 46.68 seconds".
func (x *extractor) smallerUnitAfter(j int) bool {
	var small string
	switch x.toks[j].entry().Unit {
	case "hour":
		small = "minute"
	case "minute":
		small = "second"
	default:
		return false
	}
	k := j + 1
	if x.eq(k, wAnd) || x.mark(k) == ',' {
		k++
	}
	n, ok := x.numberAt(k)
	return ok && !n.scaled && x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Duration) && x.toks[n.last].entry().Unit == small
}

// compoundDuration reads "two hours 45 minutes", "four hours and 21
// minutes", "3 minutes 40 seconds", a race's "one minute, 47.96 seconds"
// or "two hours, 23 minutes and 10 seconds", a voyage's "29 days, 14
// hours and 34 minutes" (42,634 minutes)
// and "five years and eight months" (68 months) as one duration in the
// smaller unit, as most goldens' hands write it ("two hours and 27
// minutes" is 147 minutes; but years when they take two decimals,
// inLarger, unless the year is abbreviated): minutes and seconds joined by
// "and", a comma or nothing, the other units that convert exactly
// (unitsIn: weeks and days, years and months) by "and" only.
func (x *extractor) compoundDuration(c *claimParts) {
	var small string
	var per float64
	switch c.unit {
	case "hour":
		small, per = "minute", 60
	case "minute":
		small, per = "second", 60
	case "year", "week", "day":
		// ("29 days, 14 hours and 34 minutes": a day's hours after a comma too)
		glued := c.unit == "day" && x.hoursAt(c.last) // "3 days 19 hours": nothing between
		if (x.eq(c.last, wAnd) || c.unit == "day" && x.mark(c.last) == ',' || glued) && c.end == nil {
			next := c.last + 1
			if glued {
				next = c.last
			}
			if n, ok := x.numberAt(next); ok && x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Duration) && x.toks[n.last].entry().Per == 1 {
				small = x.toks[n.last].entry().Unit
				per = unitsIn(small, c.unit)
			}
			if !x.eq(c.last, wAnd) && small != "hour" {
				return
			}
		}
		if per == 0 || small == c.unit {
			return
		}
	default:
		return
	}
	k := c.last
	if x.eq(k, wAnd) || x.mark(k) == ',' || x.mark(k) == '-' && x.toks[k].flags&fSpace == 0 && x.hyphenAt(c.last-3) && x.toks[k+1].flags&fSpace == 0 ||
		x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 && len(x.str(k-1)) <= 3 && x.tokIs(k+1, tNum) {
		k++ // (and "a 2-hour-11-minute win": the units hyphenated, as adjectives; "2 hrs. 43 min.": abbreviated with stops)
	}
	n, ok := x.numberAt(k)
	if !ok {
		n, ok = x.paddedField(k) // "2 min 07.4 sec", "1min 06sec"
	}
	u := n.last
	if ok && x.hyphenAt(n.last-1) && x.hyphenAt(c.last-3) {
		u++ // "a four-hour, 37-minute match"
	}
	secs := small == "second" && x.str(u) == "s" // "8 min 40 s"
	if !ok || n.scaled || !x.tokIs(u, tWord) || !secs && (!x.toks[u].is(lexicon.Duration) || x.toks[u].entry().Unit != small) || n.value >= per {
		return
	}
	if x.mark(c.last) == ',' && x.tokIs(u+1, tWord) && comparedLength(x.lowerAt(u+1)) {
		return // "now takes four hours, 20 minutes less than before": the length, then its change
	}
	big, short := c.unit, len(x.str(c.last-1)) <= 3 // "1 hr 15 min", "2hrs 49mins": as a clock's, in the small unit
	c.num.value = c.num.value*c.factor*per + n.value
	c.unit, c.factor, c.last = small, 1, u+1
	c.num.scaled = true
	if small == "minute" || small == "hour" {
		x.compoundDuration(c) // "two hours, 23 minutes and 10 seconds": 8590 seconds
	}
	switch {
	case short:
	case big == "year" && c.unit == "month":
		c.num.value, c.unit = inLarger(c.num.value, 12, "year", "month")
	}
}

// comparedLength reports whether w, in lower case, after a length of
// time, makes it a difference: "20 minutes less", "ten seconds faster".
func comparedLength(w string) bool {
	switch w {
	case "less", "more", "fewer", "shorter", "longer", "faster", "slower", "quicker", "earlier", "later", "sooner":
		return true
	}
	return false
}

// toPar reads a golfer's score against par after the count c: "14 under
// par" and "seven-under" are -14 and -7, "one over par" and "a
// four-over-par 76" 1 and 4, as golf writes a score below par negative.
func (x *extractor) toPar(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.scaled || c.num.decimal || c.subjectEnd != 0 {
		return
	}
	k, hyphened := c.last, x.hyphenAt(c.last-1)
	if hyphened {
		k++
	}
	under, over := x.eq(k, wUnder), x.eq(k, wOver)
	switch {
	case !under && !over:
		return
	case hyphened && x.hyphenAt(k) && x.eq(k+2, wPar):
		k += 2 // "four-under-par"
	case x.eq(k+1, wPar):
		k++ // "14 under par"
	case !hyphened && !(x.scoreEndsAt(k+1) && x.golfText()):
		return // "two under" alone may be a bound (but "won by two strokes at seven under." in a report of golf)
	}
	if under {
		c.num.value = -c.num.value
	}
	c.last = k + 1
}

// scoreEndsAt reports whether a golfer's score against par may end
// before token k: the text's end, punctuation, or a word that goes on
// about the round ("three under through 10 holes", "at seven under after
// 54 holes").
func (x *extractor) scoreEndsAt(k int) bool {
	if k >= len(x.toks) || x.tokIs(k, tPunct) {
		return true
	}
	switch x.lowerAt(k) {
	case "through", "thru", "after", "for", "with", "on", "at", "and", "in":
		return true
	}
	return false
}

// golfText reports whether the text speaks of golf: birdies, bogeys,
// eagles or par; read once.
func (x *extractor) golfText() bool {
	return x.textHas(&x.golf, func(k int) bool { return golfWord(x.lowerAt(k)) })
}

// textHas reports whether a token of the text satisfies has, read once
// and kept in *state: 0 not yet read, 1 no, 2 yes.
func (x *extractor) textHas(state *int8, has func(k int) bool) bool {
	if *state == 0 {
		*state = 1
		for k := range x.toks {
			if has(k) {
				*state = 2
				break
			}
		}
	}
	return *state == 2
}

// golfWord reports whether w, in lower case, is a word only golf uses.
func golfWord(w string) bool {
	switch w {
	case "birdie", "birdies", "bogey", "bogeys", "eagle", "eagles", "par", "fairway", "fairways", "putt", "putts", "pga", "lpga":
		return true
	}
	return false
}

// paddedField reads at token k the minutes or seconds of a compound time,
// two digits with a leading zero and perhaps a decimal: "07.4", "06".
func (x *extractor) paddedField(k int) (number, bool) {
	s := x.str(k)
	whole, _, _ := strings.Cut(s, ".")
	if !x.tokIs(k, tNum) || len(whole) != 2 || whole[0] != '0' || !allDigits(whole) {
		return number{}, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return number{first: k, last: k + 1, value: v, decimal: strings.Contains(s, ".")}, err == nil
}

// inLarger returns a length of time n in a small unit (months) in the
// large one (years: per small ones each) when that takes two decimals at
// most ("13 years and six months" is 13.5 years), as the goldens' hands
// write it, else in the small one ("five years and eight months" is 68
// months).
func inLarger(n, per float64, large, small string) (float64, string) {
	if v := n / per; math.Abs(v*100-math.Round(v*100)) < 1e-9 {
		return v, large
	}
	return n, small
}

// wattHours reads the hours after a unit of power, which make it one of
// energy: "5 MW hours" is "MWh", "47.68 billion kilowatt-hours" and "5
// megawatt hours" are "kilowatt-hour" and "megawatt-hour", as the goldens'
// hands spell them however the text does.
func (x *extractor) wattHours(c *claimParts) {
	hours := ""
	k := c.last
	hyphen := x.hyphenAt(k - 1)
	if hyphen {
		k++
	}
	switch c.unit {
	case "kW", "MW", "GW", "TW":
		hours = c.unit + "h"
	case "kilowatt", "megawatt", "gigawatt", "terawatt", "watt":
		hours = c.unit + "-hour"
	default:
		return
	}
	if x.eq(k, wHour) || x.eq(k, wHours) {
		c.unit, c.last = hours, k+1
	}
}

// frameRate reports whether v is a frame rate video is shot or shown at,
// in frames a second: 24, 25, 30, 50, 60, 120.
func frameRate(v float64) bool {
	switch v {
	case 24, 25, 30, 48, 50, 60, 100, 120, 240:
		return true
	}
	return false
}

// policyAt reports whether the words w and next, after a number of
// children hyphenated, name a policy: "limit", "policy", "cap", "rule",
// or "benefit cap".
func policyAt(w, next string) bool {
	switch w {
	case "policy", "limit", "cap", "rule":
		return true
	case "benefit", "benefits":
		return next == "cap" || next == "limit"
	}
	return false
}

// oneSecond reports whether "second" at token j, after the number one
// of c, is a second of time, not a rank: "loses less than one second in
// 30 billion years", "one second faster", where no noun follows it ("one
// second goal") nor a hyphen ("one second-half penalty").
func (x *extractor) oneSecond(c *claimParts, j int) bool {
	if c.num.value != 1 || c.num.scaled || c.end != nil || x.hyphenAt(j) || x.eq(c.num.first-1, wThe) {
		return false
	}
	k := j + 1
	if k >= len(x.toks) || !x.tokIs(k, tWord) || x.toks[k].is(lexicon.Stop|lexicon.Determiner) {
		return true
	}
	switch x.lowerAt(k) {
	case "faster", "slower", "quicker", "behind", "ahead", "later", "earlier", "off", "every", "each", "per":
		return true
	}
	return false
}

// feetAndInches reads the inches after a length in feet: "5ft 9in", "6
// feet 2 inches", "6-foot-2", and a height's "5 ft 9" or "six foot two"
// are one length, in
// feet when two decimals hold it (5.75 feet), else in inches (74 inches),
// as most goldens' hands write it (see inLarger).
func (x *extractor) feetAndInches(c *claimParts) {
	k := c.last
	if x.eq(k, wAnd) {
		k++
	}
	if x.mark(k) == '-' && x.toks[k].flags&fSpace == 0 && x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 {
		// "a 6-foot-2 forward": the inches bare after a hyphen
		if n, ok := x.digits(k + 1); ok && n.last == k+2 && !n.decimal && n.value < 12 && !(x.tokIs(k+2, tWord) && x.toks[k+2].is(lexicon.Measure|lexicon.Duration)) {
			c.num.value, c.unit = inLarger(12*c.num.value+n.value, 12, "foot", "inch")
			c.last = k + 2
		}
		return
	}
	inches := x.tokIs(k+1, tWord) && ((x.eq(k+1, wIn) || x.eq(k+1, wIns)) && (x.toks[k+1].flags&fSpace == 0 || x.spacedInches(k+1)) || x.eq(k+1, wInch) || x.eq(k+1, wInches))
	// "was 5 ft 9 and weighed": a height's inches, bare
	bare := !inches && k == c.last && c.num.value <= 8 && !c.num.decimal && (k+1 >= len(x.toks) || x.tokIs(k+1, tPunct) || x.eq(k+1, wAnd) || x.eq(k+1, wTall))
	word := x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal) // "six foot two and fourteen stone"
	if !x.tokIs(k, tNum) && !word || !inches && !bare {
		return
	}
	n, ok := x.digits(k)
	if word {
		n, ok = x.wordNumber(k)
	}
	if !ok || n.last != k+1 || n.value >= 12 || n.decimal && bare {
		return
	}
	c.num.value, c.unit = inLarger(12*c.num.value+n.value, 12, "foot", "inch")
	c.last = k + 1
	if inches {
		c.last = k + 2
	}
}

// centsPriced reports whether the lower-case "c" glued at token j to a
// figure whose claim starts at token first writes cents: a sum of money
// stands before it in its sentence, a word of paying or pricing, or a
// share's earnings or dividend, within six words before it ("costs 36c",
// "EPS of 97c"), a rate follows ("4.8c a litre",
// "36c/kWh", "a 68c-a-share proposal"), or a price after "to" ("rose 4.8c to $1.89"); and no
// temperature is said near it ("23c in Perth" is Celsius).
func (x *extractor) centsPriced(first, j int) bool {
	if x.temperatureNear(first, j+4) {
		return false
	}
	if p := x.lastClaim(); p != nil && p.Kind == factcheck.Money && !x.sentenceEndIn(x.tokenAfter(p), first) {
		return true
	}
	if (x.eq(first-1, wTo) || x.eq(first-1, wFrom)) && x.centCurrency() != "" {
		return true // "will fall to 36.2c, down from 40.2c" in a text of euros (but "It was 23c in Perth")
	}
	for k := first - 1; k >= 0 && k >= first-6 && !x.tokIs(k, tPunct); k-- {
		if payWord(x.spAt(k)) || x.eq(k, wPrices) || x.eq(k, wDividend) || x.str(k) == "EPS" {
			return true // (and "EPS of 97c", "a dividend of 45c": a company's earnings or payout a share)
		}
	}
	if u, _ := x.perUnit(j + 1); u != "" {
		return true
	}
	if x.tokIs(j+1, tWord) && (moneyNoun(x.spAt(j+1)) || x.eqText(j+1, "refund") || x.eqText(j+1, "deposit") || x.eqText(j+1, "levy") || x.eqText(j+1, "charge") || x.eqText(j+1, "rebate")) {
		return true // "a 10c refund each", "a 5c levy": a sum the noun after it is
	}
	if x.mark(j+1) == '-' && x.toks[j+1].flags&fSpace == 0 && x.eq(j+2, wA) && x.mark(j+3) == '-' && x.eq(j+4, wShare) {
		return true // "an unsolicited 68c-a-share proposal"
	}
	if (x.eq(j+1, wAnd) || x.eq(j+1, wTo)) && x.tokIs(j+2, tNum) && x.tokIs(j+3, tWord) && x.str(j+3) == "c" && x.toks[j+3].flags&fSpace == 0 {
		return x.centsPriced(j+2, j+3) // "between 51c and 53c/l": a range priced at its end
	}
	return x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 && (x.measureAt(j+2) || x.str(j+2) == "l" || x.str(j+2) == "L") || x.priceAfterTo(j+1) > 0 // "53c/l": cents a litre
}

// priceAfterTo returns the token of the currency that opens a price after
// "to" at token k ("to $1.89", "to A$1.89", "to EUR 1.20"), or 0.
func (x *extractor) priceAfterTo(k int) int {
	if !x.eq(k, wTo) {
		return 0
	}
	if x.tokIs(k+1, tPunct) && currencySymbol(x.str(k+1)) != "" && x.tokIs(k+2, tNum) {
		return k + 1
	}
	if x.tokIs(k+1, tWord) && (x.mark(k+2) == '$' && currencyPrefix(x.str(k+1)) != "" || x.codeBefore(k+1) != "" || x.localPrefixAt(k+1) != "") {
		return k + 1 // (and "to R24.50" in a text of rand)
	}
	return 0
}

// inchQuote reports whether the straight double quote at token j, glued
// after a figure in digits, stands for inches, as a double prime: a word
// in small letters follows it ("a 6" layer", "walls 8" thick", "35" or
// more", "3.1" of rain", "15'6" x 12'1"") but a gap's ("within 26" of the
// leader", "by 12" from", "1'04" behind": a race's seconds), no hours and
// minutes stand before the figure ("6h14'44"") and it closes no
// quotation, as the quotes before it in its sentence are in pairs (but
// "called it "Plan 6" and left" quotes).
func (x *extractor) inchQuote(j int) bool {
	if !x.tokIs(j-1, tNum) || !x.tokIs(j+1, tWord) || x.toks[j+1].flags&fUpper != 0 || x.toks[j+1].flags&fSpace == 0 || (x.mark(j-2) == '\'' || x.str(j-2) == "\u2032") && x.eqText(j-4, "h") {
		return false
	}
	switch x.spAt(j + 1) {
	case wOf:
		return x.tokIs(j+2, tWord) && x.toks[j+2].flags&fUpper == 0 && !x.toks[j+2].is(lexicon.Determiner) // "3.1" of rain" (but "within 26" of the leader")
	case wFrom, wBehind, wAhead, wClear, wOn, wBack, wDown, wUp:
		return false
	}
	open := false
	for k := x.sentenceStartBefore(j); k < j; k++ {
		if x.mark(k) == '"' {
			open = !open
		}
	}
	return !open
}

// inchesAbbreviated reports whether "in" at token j, with its full stop
// glued, abbreviates inches: before a word in small letters, a figure or
// a comma, semicolon or closing bracket ("7.9 in. is nearly double", "a 6
// in. by 4 in. card", "base units 24 in., with"), no sentence's end; or,
// with no stop, before "of" and what fell ("nearly 2 in of rain").
func (x *extractor) inchesAbbreviated(j int) bool {
	k := j + 2
	if x.eq(j+1, wOf) {
		switch x.lowerAt(min(k, len(x.toks)-1)) {
		case "rain", "snow", "rainfall", "snowfall", "water", "ice", "hail":
			return true // "nearly 2 in of rain fell"
		}
	}
	return x.mark(j+1) == '.' && x.toks[j+1].flags&fSpace == 0 && k < len(x.toks) && x.toks[k].flags&fNewline == 0 &&
		(x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 || x.tokIs(k, tNum) || x.mark(k) == ',' || x.mark(k) == ';' || x.mark(k) == ')')
}

// stonesAndPounds reads the pounds after a weight in stones, "11st 10lb",
// "52 stone 11 lb", "14 stone 7 pounds", as one weight in pounds (fourteen to the stone), as the goldens' hands
// write it.
func (x *extractor) stonesAndPounds(c *claimParts) {
	k := c.last
	if !x.tokIs(k, tNum) || !(x.eq(k+1, wLb) || x.eq(k+1, wLbs) || x.eq(k+1, wPounds) || x.eq(k+1, wPound)) {
		return
	}
	n, ok := x.digits(k)
	if !ok || n.last != k+1 || n.value >= 14 {
		return
	}
	c.num.value, c.num.decimal, c.unit, c.last = 14*c.num.value+n.value, n.decimal, "lb", k+2
}

// poundsAfterStone reports whether "st" at token j, glued to a number,
// is a stone's before pounds ("lost 1st 8lb", "21st 3lb"), not an
// ordinal's suffix.
func (x *extractor) poundsAfterStone(j int) bool {
	return x.eq(j, wSt) && x.tokIs(j+1, tNum) && x.toks[j+1].flags&fSpace != 0 && (x.eq(j+2, wLb) || x.eq(j+2, wLbs)) && x.toks[j+2].flags&fSpace == 0
}

// poundsAndOunces reads the ounces after a weight in pounds, "7lb 8oz",
// "5 lbs. 3 oz.", "1 pound 2 ounces", "3lb 5½oz", as one weight in
// pounds, sixteen ounces to the pound, as a baby's weight is written and
// as the goldens' hands value it (7.5 lb). It reports whether it read
// them.
func (x *extractor) poundsAndOunces(c *claimParts) bool {
	k := c.last
	if x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 {
		k++ // "5 lbs. 3 oz."
	}
	if x.eq(k, wAnd) {
		k++
	}
	if !x.tokIs(k, tNum) || c.end != nil || c.num.scaled {
		return false
	}
	n, ok := x.digits(k)
	if !ok || n.value >= 16 || !x.tokIs(n.last, tWord) || x.toks[n.last].entry().Unit != "ounce" || !x.toks[n.last].is(lexicon.Measure) {
		return false
	}
	c.num.value, c.num.decimal, c.unit, c.last = c.num.value+n.value/16, true, "lb", n.last+1
	return true
}

// furlongsAfter returns the furlongs' token after the miles' "m" glued at
// token j, a race's distance ("2m 5f", "4m 2½f"), or 0.
func (x *extractor) furlongsAfter(j int) int {
	if _, k := x.furlongs(j + 1); k > 0 {
		return k - 1
	}
	return 0
}

// furlongs reads a race's furlongs at token k, a figure under eight with
// "f" glued to it ("5f", "2½f"): their number and the index after them, or
// 0 and 0.
func (x *extractor) furlongs(k int) (float64, int) {
	if !x.tokIs(k, tNum) || x.toks[k].flags&fSpace == 0 || !x.eq(k+1, wF) || x.toks[k+1].flags&fSpace != 0 || x.gluedAfter(k+1) {
		return 0, 0
	}
	n, ok := x.digits(k)
	if !ok || n.last != k+1 || n.value >= 8 || n.value <= 0 {
		return 0, 0
	}
	return n.value, k + 2
}

// magnitudeBefore reports whether "magnitude" stands just before the
// figure at token i, or before a hyphen glued to it: "magnitude 5.6",
// "magnitude-7.2", or before the sign of a star's: "magnitude −4.9".
func (x *extractor) magnitudeBefore(i int) bool {
	return x.eq(i-1, wMagnitude) || x.mark(i-1) == '-' && x.toks[i-1].flags&fSpace == 0 && x.toks[i].flags&fSpace == 0 && x.eq(i-2, wMagnitude) ||
		x.str(i-1) == "\u2212" && x.toks[i-1].flags&fSpace != 0 && x.toks[i].flags&fSpace == 0 && x.eq(i-2, wMagnitude)
}

// quakeMagnitude returns the first token of the figure of c, a count
// with a decimal point under 10, read as an earthquake's magnitude: after
// a capital "M" glued to it, as seismologists' agencies write it, with a
// word of an earthquake next or one word on ("an M6.1 earthquake", "the
// M7.2 Hualien quake"; the "M" its first token), or just before that
// word ("Tuesday's 5.7 quake", "a 4.9 aftershock"). It returns -1 for
// any other figure.
func (x *extractor) quakeMagnitude(c *claimParts) int {
	i := c.num.first
	if c.unitKind != factcheck.Count || !c.num.decimal || c.num.value >= 10 || c.end != nil || c.first != i {
		return -1
	}
	if x.quakeLetterBefore(i) {
		return i - 1
	}
	if c.last == c.num.last && x.quakeAt(c.num.last) {
		return i
	}
	if c.last == c.num.last && c.num.value >= 1 && x.quakeNamedBefore(i) && !x.richterAfter(c.num.last) {
		return i // "revised the magnitude of Tuesday's quake from 7.1 to 6.8", "aftershocks followed, including a 6.6"
	}
	return -1
}

// quakeNamedBefore reports whether an earthquake's word or "magnitude"
// stands among the fifteen tokens before the figure at token i, in its
// sentence: the figure, with one decimal, is a magnitude ("the 1960
// Valdivia earthquake, at 9.5 the most powerful", "600 aftershocks
// followed within 48 hours, including a 6.6"); and whether a capital "M"
// glued to a figure names one in such a sentence ("earthquakes ... the
// largest an M4.8").
func (x *extractor) quakeNamedBefore(i int) bool {
	if s := x.str(i); len(s) < 3 || s[len(s)-2] != '.' {
		return false
	}
	for k, start := i-1, max(x.sentenceStartBefore(i), i-15); k >= start; k-- {
		if x.quakeAt(k) || x.eq(k, wMagnitude) {
			return true
		}
	}
	return false
}

// quakeLetterBefore reports whether the letters before the figure at token
// i, with a decimal point, mark an earthquake's magnitude: a capital "M"
// glued to it, with a word of an earthquake next or one word on ("an M6.1
// earthquake"; but "an M2.5 engine" is a model), or the code of a
// seismologists' scale of magnitude, glued or spaced once, which names no
// model ("the Mw 7.4 event", "an ML4.3 tremor": see magnitudeScales).
func (x *extractor) quakeLetterBefore(i int) bool {
	if i < 1 || !strings.Contains(x.str(i), ".") {
		return false
	}
	if magnitudeScales[x.str(i-1)] && (x.toks[i].flags&fSpace == 0 || x.oneSpaceBefore(i)) {
		return true
	}
	return x.toks[i].flags&fSpace == 0 && x.str(i-1) == "M" &&
		(x.quakeAt(i+1) || x.quakeAt(i+2) || x.quakeNamedBefore(i) && (!x.tokIs(i+1, tWord) || x.toks[i+1].is(lexicon.Stop)))
}

// magnitudeScales are the codes, as written, of the scales on which
// seismologists' agencies give an earthquake's magnitude: moment ("Mw",
// "Mww"), local ("ML"), surface-wave ("Ms") and body-wave ("mb").
var magnitudeScales = map[string]bool{"Mw": true, "Mww": true, "ML": true, "Ms": true, "mb": true}

// quakeAt reports whether token k is a word of an earthquake: "quake",
// "tremor", "aftershock".
func (x *extractor) quakeAt(k int) bool {
	switch x.spAt(k) {
	case wEarthquake, wEarthquakes, wQuake, wQuakes, wTremor, wTremors, wTemblor, wAftershock, wAftershocks:
		return true
	}
	return false
}

// spacedInches reports whether "in" at token k, spaced from the inches
// before it after a length in feet, abbreviates inches ("143 ft 8 in from
// nose to tail", "6 ft 2 in."): no determiner, capital or figure follows,
// as after the preposition ("6 ft 2 in the photo", "in London", "in
// 1990").
func (x *extractor) spacedInches(k int) bool {
	if !x.tokIs(k+1, tWord) {
		return !x.tokIs(k+1, tNum)
	}
	return x.toks[k+1].flags&fUpper == 0 && !x.toks[k+1].is(lexicon.Determiner|lexicon.Cardinal)
}

// roundTheClock reports whether the word spelt sp names what "24-hour" makes a kind of,
// open or running at all hours: "24-hour news", "a 24-hour helpline".
func roundTheClock(sp spelling) bool {
	switch sp {
	case wNews, wService, wServices, wChannel, wChannels, wHelpline, wHotline, wShop, wShops, wStore, wStores,
		wCoverage, wAccess, wSurveillance, wOpening, wDrinking, wLicensing, wCare, wGym, wSupermarket,
		wSupermarkets:
		return true
	}
	return false
}

// ordinalFits reports whether the ordinal suffix suf suits the whole
// number v: "1st", "22nd", "13th"; "15st" is 15 stone.
func ordinalFits(v float64, suf string) bool {
	n := int(v)
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return suf == want
}

// raceName reports whether a distance in metres names a race ("the 60m",
// "100m champion", "my 60m world indoor silver", "her world 100m", "the
// final of 1500m", "the 1500m and 5,000m") rather than measures one.
func (x *extractor) raceName(c *claimParts, j int) bool {
	switch c.num.value {
	case 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000:
	default:
		return false
	}
	if c.num.decimal || c.end != nil {
		return false
	}
	p := c.num.first - 1
	if (x.eq(j+1, wStage) || x.eqText(j+1, "mark")) && x.eq(p, wThe) && x.eq(p-1, wAt) {
		return false // "trailed at the 1,500m mark": a point of the course, measured (but "close to indoor 400m mark", a record)
	}
	if (x.eq(j+1, wTo) && x.tokIs(j+2, tWord) && !x.toks[j+2].is(lexicon.Stop|lexicon.Determiner) || x.eqText(j+1, "home")) && !(x.eq(p, wThe) && x.eq(p-1, wIn)) {
		return false // "walks the 800 metres to school": a way's length, no race (but "ran 2min 12.12sec in the 800m to finish")
	}
	if x.eq(p, wAnd) && x.eq(p-1, wM) && x.tokIs(p-2, tNum) && (len(x.claims) == 0 || x.claims[len(x.claims)-1].End != int(x.toks[p-1].e)) {
		return true // "in the 1500m and 5,000m": the second of two races, the first no claim
	}
	return x.eq(p, wThe) || x.eq(p, wMy) || x.eq(p, wHis) || x.eq(p, wHer) || x.eq(p, wTheir) ||
		x.eq(p, wIndoor) || x.eq(p, wOutdoor) || x.eq(p, wWorld) || x.eq(p, wOlympic) || x.eq(p, wEuropean) ||
		x.eq(p, wOf) && x.eq(p-1, wFinal) || x.sexBefore(p) || x.sportAfter(j+1) || x.eq(j+1, wChampion) || x.eq(j+1, wTitle) ||
		x.eq(j+1, wTitles) || x.eq(j+1, wWorld) || x.eq(j+1, wFinal)
}

// ageAfterName reports whether the number of c is an age set off after a
// name or a noun of a person: "Mrs Hassan, 59, said", "Smith, 45, from
// Leeds", "Sen. Bob Dole (R-Kan.), 63,", "the star, 26, –", "the actress, also 26,", "The Kenyan, then
// 37,", "Hale, twenty-four, scored", "the victims, both 24,".
func (x *extractor) ageAfterName(c *claimParts) bool {
	i, j := c.num.first, c.num.last
	if c.first != i || c.end != nil || c.num.decimal || c.num.value < 1 || c.num.value > 119 {
		return false
	}
	if c.num.words && (c.num.value < 16 || x.mark(j) != ',' || x.mark(i-1) != ',' && !(x.eq(i-1, wNow) || x.eq(i-1, wThen)) && x.mark(i-2) == ',') {
		return false // but "Hale, twenty-four, scored", "The former champion, now thirty-eight, won": an age in words between commas
	}
	k := i - 1
	if x.eq(k, wJust) || x.eq(k, wOnly) {
		k-- // "Mehmed II, then just 21,"
	}
	if x.eq(k, wAlso) || x.eq(k, wNow) || x.eq(k, wAged) || x.eq(k, wThen) {
		k-- // "the actress, also 26,", "The Kenyan, then 37,"
	}
	both := x.eqText(k, "both") && x.mark(j) == ','
	if both {
		k-- // "the victims, both 24, were dragged"
	}
	if k == i-1 && x.mark(k) == '(' && x.mark(j) == ')' && c.num.value >= 14 && x.personName(k-1) && !x.tokIs(j+1, tNum) && !x.captionVerb(j+1) && !possessive(x.str(k-3)) && !x.golfNear(i) {
		// "councillor Siobhán Duggan (44) was elected": a person's age in
		// brackets (but "Disney (58)", a score, "Minnesota's Jimmy
		// Snuggerud (81) scores", a player's number in a photograph's
		// caption, and "Iker Sanz (67)", a golfer's round)
		return true
	}
	name := k - 1 // the name's last word
	if x.mark(name) == ')' {
		// "Sen. Bob Dole (R-Kan.), 63,": a lawmaker's party and state
		// between the name and the age
		for m := name - 1; m >= 1 && m > name-8; m-- {
			if x.mark(m) == '(' {
				if s := x.str(m + 1); (s == "R" || s == "D" || s == "I") && x.hyphenAt(m+1) {
					name = m - 1
				}
				break
			}
		}
	}
	if x.mark(k) == ',' && x.mark(k-1) == '.' && (x.str(k-2) == "Jr" || x.str(k-2) == "Sr") && x.toks[k-1].flags&fSpace == 0 {
		name = k - 2 // "Ferdinand Marcos Jr., 64,": the name's suffix
	}
	if !x.tokIs(k, tPunct) || x.mark(k) != ',' || !x.tokIs(name, tWord) || x.toks[name].is(lexicon.Month|lexicon.Weekday) ||
		x.toks[name].flags&fUpper == 0 && !personNoun(x.lowerAt(name)) && !(both && personNoun(strings.TrimSuffix(x.lowerAt(name), "s"))) &&
			!(x.hyphenBefore(name) && x.tokIs(name-2, tWord) && x.toks[name-2].flags&fUpper != 0) {
		return false // (but "Ko Wen-je, 64,", a name hyphenated)
	}
	if j < len(x.toks) && x.tokIs(j, tPunct) && x.mark(j) == '.' || x.eq(k-2, wAnd) {
		// the last of a list of ages: "Prince George, 9, Princess
		// Charlotte, 7, and Prince Louis, 4.", "their children Emily,
		// 16, and Pelham, 14 were pleased"
		if len(x.claims) > 0 {
			p := &x.claims[len(x.claims)-1]
			if p.Kind == factcheck.Duration && p.Unit == "year" && allDigits(p.Text) && int(x.toks[i].s)-p.End < 60 {
				return true
			}
		}
		if x.mark(j) == '.' {
			return x.saidBy(k - 1) // "said Hynde, 53."
		}
	}
	return j >= len(x.toks) || x.tokIs(j, tPunct) && (x.mark(j) == ',' || x.mark(j) == ')' || isDash(x.str(j)) && x.toks[j].flags&fSpace != 0)
}

// personName reports whether token k ends a person's name of two
// capitalised words or more, neither all in capitals nor a month:
// "Siobhán Duggan", "Tony Blair".
func (x *extractor) personName(k int) bool {
	for _, m := range [2]int{k, k - 1} {
		if !x.tokIs(m, tWord) || x.toks[m].flags&fUpper == 0 || x.toks[m].flags&fAllCaps != 0 || x.toks[m].is(lexicon.Month|lexicon.Weekday|lexicon.Stop|lexicon.Determiner) {
			return false
		}
	}
	return !x.sentenceStart(k - 1)
}

// captionVerb reports whether token j is a verb in the present tense of
// the third person other than "is", "has", "says" and "was": "scores",
// "celebrates", as a photograph's caption describes what it shows.
func (x *extractor) captionVerb(j int) bool {
	if !x.tokIs(j, tWord) || x.toks[j].flags&fUpper != 0 {
		return false
	}
	switch w := x.lowerAt(j); w {
	case "is", "has", "says", "was":
		return false
	default:
		return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	}
}

// golfNear reports whether a word of golf's scoring stands within 30
// tokens of token i: "bogey", "birdie", "par", "round".
func (x *extractor) golfNear(i int) bool {
	for k := max(i-30, 0); k < len(x.toks) && k <= i+30; k++ {
		if x.tokIs(k, tWord) {
			switch x.lowerAt(k) {
			case "bogey", "bogeys", "birdie", "birdies", "eagle", "par", "round", "rounds":
				return true
			}
		}
	}
	return false
}

// containerUnits returns the index after "twenty-foot equivalent units"
// or "forty-foot equivalent units" at token j, or j.
func (x *extractor) containerUnits(j int) int {
	if (x.eqText(j, "twenty") || x.eqText(j, "forty")) && x.hyphenAt(j) && x.eqText(j+2, "foot") && x.eqText(j+3, "equivalent") &&
		(x.eqText(j+4, "units") || x.eqText(j+4, "unit")) {
		return j + 5
	}
	return j
}

// ordinalScale returns the scale of an ordinal of a scale at token j:
// "hundredth" 100 before no "of", "millionth" 1e6 ("15 millionth", "30-millionth"), "billionth",
// "thousandth"; or 0.
func (x *extractor) ordinalScale(j int) float64 {
	switch x.lowerAt(j) {
	case "hundredth":
		if !x.eq(j+1, wOf) {
			return 100 // "its two hundredth anniversary" (but "one hundredth of a second" is a share)
		}
	case "thousandth":
		return 1e3
	case "millionth":
		return 1e6
	case "billionth":
		return 1e9
	}
	return 0
}

// millionLitresDaily makes the bare figure of c scaled by "MLD" or "mld"
// with no money a flow of millions of litres a day, as India's water
// boards write it ("the city needs 2,100 MLD"), not milliards ("5 mld
// euro").
func (x *extractor) millionLitresDaily(c *claimParts) {
	u := c.num.last - 1
	if c.unitKind != factcheck.Count || c.end != nil || !c.num.scaled || c.last != c.num.last || !x.eqText(u, "mld") || x.moneyBefore(c.num.first) {
		return
	}
	c.unitKind, c.unit, c.num.value = factcheck.Measure, "litre per day", c.num.value/1e3
}

// millionTonnes makes the tonnes of c written "mt" millions of tonnes
// where a crop's trade writes them so: a figure under a thousand with
// decimals ("a crop of 12.22 mt"), or whole in a sentence of a harvest, an
// output or a trade ("exports of 31 mt"); "26,000 mt" and "a 500 mt cargo"
// stay metric tons.
func (x *extractor) millionTonnes(c *claimParts) {
	u := c.last - 1
	if c.unit != "tonne" || c.num.scaled || c.num.value >= 1000 || c.num.value <= 0 || !(x.str(u) == "mt" || x.str(u) == "MT") {
		return
	}
	if !c.num.decimal {
		crop := false
		for k := x.sentenceStartBefore(c.num.first); k < c.num.first; k++ {
			switch x.lowerAt(k) {
			case "crop", "crops", "harvest", "production", "output", "exports", "imports", "stocks", "forecast", "estimate", "estimated", "consumption":
				crop = true
			}
		}
		if !crop {
			return
		}
	}
	c.num.value *= 1e6
	c.num.scaled = true
}

// agedList reports whether the bare figure of c goes on a list of ages
// after "aged" or "ages": "The trio, aged 27, 31 and 36, had been held",
// "teenagers ages 15, 16 and 17" (the first an age by the word itself);
// or on such a list set off by commas after a count of people: "Two men,
// 33 and 45, were later arrested".
func (x *extractor) agedList(c *claimParts) bool {
	i := c.num.first
	if c.first != i || c.end != nil || c.num.words || c.num.decimal || c.num.value < 1 || c.num.value > 119 {
		return false
	}
	if x.mark(i-1) == ',' && x.peopleCounted(i-2) && x.listOfAgesEnds(c.num.last) {
		return true // "Two men, 33 and 45, were"
	}
	if len(x.claims) == 0 {
		return false
	}
	k := i - 1
	if x.eq(k, wAnd) || x.eq(k, wOr) {
		k--
	}
	if x.mark(k) == ',' && x.toks[k].class == tPunct {
		k--
	}
	p := &x.claims[len(x.claims)-1]
	if k == i-1 || k < 0 || int(x.toks[k].e) != p.End || p.Kind != factcheck.Duration || p.Unit != "year" || !allDigits(p.Text) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		switch {
		case x.eq(m, wAged), x.eq(m, wAges), x.mark(m) == ',' && x.peopleCounted(m-1):
			return true
		case !x.tokIs(m, tNum) && !x.eq(m, wAnd) && x.mark(m) != ',':
			return false
		}
	}
	return false
}

// peopleCounted reports whether token k is a plural noun of people that
// a count opens: "Two men", "three teenagers".
func (x *extractor) peopleCounted(k int) bool {
	if !x.tokIs(k, tWord) || !x.tokIs(k-1, tWord) || !x.toks[k-1].is(lexicon.Cardinal) {
		return false
	}
	w := x.lowerAt(k)
	return w == "men" || w == "women" || w == "people" || w == "children" || strings.HasSuffix(w, "s") && personNoun(w[:len(w)-1])
}

// listOfAgesEnds reports whether the list of figures that goes on at token
// k, after one, ends with a comma and a word in small letters: "33 and 45,
// were", ", 33, were".
func (x *extractor) listOfAgesEnds(k int) bool {
	for ; k < len(x.toks); k++ {
		switch {
		case x.mark(k) == ',' && x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper == 0 && !x.tokIs(k+2, tNum):
			return true
		case x.tokIs(k, tNum) && allDigits(x.str(k)), x.eq(k, wAnd), x.mark(k) == ',':
		default:
			return false
		}
	}
	return false
}

// saidBy reports whether the capitalised word at token k ends the name
// of a speaker that "said" or "says" just before it names: "said Hynde",
// "says Chrissie Hynde", or a full name after a title in lower case, "said
// plant manager Mari Jensen".
func (x *extractor) saidBy(k int) bool {
	for m := k; m >= 0 && m > k-3 && x.tokIs(m, tWord) && x.toks[m].flags&fUpper != 0; m-- {
		if x.eq(m-1, wSaid) || x.eq(m-1, wSays) {
			return true
		}
		// a title in lower case between: "said plant manager Mari Jensen"
		for t := m - 1; t >= 0 && t >= m-3 && x.tokIs(t, tWord) && x.toks[t].flags&fUpper == 0 && !x.toks[t].is(lexicon.Stop|lexicon.Determiner); t-- {
			if x.eq(t-1, wSaid) || x.eq(t-1, wSays) {
				return m < k
			}
		}
	}
	return false
}

// personNoun reports whether w, in lower case, names a person whose age a
// number set off after it gives: "the Spider-Man star, 26,", "the
// actress, also 26,".
func personNoun(w string) bool {
	switch w {
	case "star", "actor", "actress", "singer", "rapper", "player", "striker", "player's", "man", "woman", "boy", "girl", "clerk", "fan", "executive",
		"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "partner", "teenager", "victim",
		"suspect", "driver", "officer", "soldier", "student", "pupil", "worker", "farmer", "resident", "grandmother",
		"grandfather", "model", "presenter", "host", "author", "writer", "director", "founder", "chief", "boss", "coach",
		"prince", "princess", "international", "veteran", "captain", "midfielder", "defender", "winger", "goalkeeper",
		"striker's", "batsman", "bowler", "golfer", "jockey", "sprinter", "runner", "swimmer", "boxer", "chairman",
		"accused", "defendant", "offender", "prisoner", "inmate", "pilot", "kingpin", "nurse", "priest", "judge", "widow",
		"grandson", "granddaughter", "nephew", "niece", "cousin", "baby", "child", "mum", "dad", "mom", "uncle", "aunt",
		"chef", "monk", "guard", "gunman", "tycoon", "billionaire", "millionaire", "hostage", "refugee",
		"couple", "twins", "duke", "duchess", "king", "queen", "earl", "countess", "bishop", "archbishop", "pope", "sultan", "monarch",
		"champion", "champ", "legend", "icon", "heiress", "heir", "deputy", "sheriff", "mayor", "senator", "official", "trooper", "attorney":
		return true
	}
	// who does a job or holds a view, by the suffix that says so: "the
	// veteran film-maker, 68,", "the company's founder", "the historian",
	// "the columnist", "the vice-president"
	for _, suffix := range [...]string{"maker", "er", "or", "ist", "ian", "ent", "ant"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// thingNoun holds nouns of things that personNoun's suffixes take for
// people's: "number", "sector", "amount".
var thingNoun = wordSet("number", "order", "quarter", "counter", "meter", "factor", "sector", "indicator", "rent", "current", "component",
	"content", "payment", "event", "paper", "water", "center", "chapter", "letter", "register", "roster", "layer", "border", "river",
	"weather", "winter", "summer", "percent", "amount", "constant", "plant", "grant", "variant", "list", "total", "monitor", "operator")

// ageAtEnd reports whether the bare count c, after "at" and a verb that
// ends a life or a career, is an age: "has passed away at 94", "died at
// 80", "retired at 65", "has died in Germany at 50."; or after "at" set off by commas in a sentence of
// a person ("but, at 32, my taste is hardly more refined"); or opening
// its sentence before a person's pronoun ("At 13 she met").
func (x *extractor) ageAtEnd(c *claimParts) bool {
	if c.first != c.num.first || c.num.words || c.num.decimal || c.num.scaled || c.end != nil || c.num.value < 1 || c.num.value > 119 || !x.eq(c.first-1, wAt) {
		return false
	}
	switch x.spAt(max(c.first-2, 0)) {
	case wDied, wDies, wDie, wDying, wAway, wRetired, wRetires, wRetire, wRetiring:
		return c.first > 1
	}
	for k := c.first - 2; k >= 0 && k >= c.first-6 && x.tokIs(k, tWord); k-- {
		switch x.spAt(k) {
		case wBecame, wBecome, wBecoming, wMarried, wElected:
			// "Mr Hague became an MP at 27": an age when one became it
			return x.personInSentence(c.first) || x.titleBefore(k)
		}
	}
	if p := x.lastClaim(); p != nil && p.Kind == factcheck.Duration && p.Unit == "year" && allDigits(p.Text) && x.sharePriceBefore(p) &&
		!x.sentenceEndIn(x.tokenAfter(p), c.first) && c.first-x.tokenAfter(p) <= 10 {
		return true // "became an MP at 27 and Leader of the Opposition at 36"
	}
	if x.tokIs(c.num.last, tPunct) && x.mark(c.num.last) != '-' {
		// "has died in Germany at 50.": the verb a few words back, no
		// punctuation between
		for k := c.first - 2; k >= 0 && k >= c.first-6 && x.tokIs(k, tWord); k-- {
			switch x.spAt(k) {
			case wDied, wDies, wRetired, wRetires:
				return true
			}
		}
	}
	if x.sentenceStart(c.first-1) && x.tokIs(c.num.last, tWord) && personPronoun(x.lowerAt(c.num.last)) {
		return true // "At 13 she met Vincent van Gogh"
	}
	if !x.tokIs(c.num.last, tPunct) || x.mark(c.num.last) != ',' {
		return false
	}
	if x.sentenceStart(c.first - 1) {
		// opening a sentence of a person named or spoken of just after:
		// "At 34, Holmes will also be aware that time is running out"
		k := c.num.last + 1
		return x.tokIs(k, tWord) && (x.toks[k].flags&fUpper != 0 && x.toks[k].word == 0 || personPronoun(x.lowerAt(k)))
	}
	// set off by commas in a sentence of a person: "So, sitting down to
	// taste tomato soup for the first time, at 29, I decide"
	return x.tokIs(c.first-2, tPunct) && x.mark(c.first-2) == ',' && x.personInSentence(c.first)
}

// titleBefore reports whether a person's title, "Mr", "Mrs", "Ms", "Dr",
// stands within the few words before token k: "Mr Hague became".
func (x *extractor) titleBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		switch x.str(m) {
		case "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir":
			return true
		}
	}
	return false
}

// personPronoun reports whether w, in lower case, is a personal pronoun
// that can open a clause: "I", "he", "she".
func personPronoun(w string) bool {
	return w == "i" || w == "he" || w == "she"
}

// ageBeyond reports whether the bare count c, after "past" or "beyond"
// and a verb of working or living, is an age, a lower bound: "a right to
// request to work past 65", "staff working beyond 65", "lived past 100"
// (it takes "past" or "beyond" into c); after "till" or "until" and such
// a verb, the age they end at ("work on till 70", "live until 85"); or
// after "retire before", an upper bound ("to retire before 65").
func (x *extractor) ageBeyond(c *claimParts) bool {
	if c.first != c.num.first && !(c.first == c.num.first-1 && x.eq(c.first, wBeyond)) || c.first < 2 || c.num.words || c.num.decimal || c.num.scaled || c.end != nil || c.num.value < 16 || c.num.value > 119 {
		return false // ("beyond" a qualifier already taken in)
	}
	p := c.num.first - 1 // the preposition
	v := p - 1           // the verb
	if x.eq(v, wOn) {
		v-- // "work on till 70"
	}
	switch {
	case x.eq(p, wPast) || x.eq(p, wBeyond):
		if workOrLive(x.spAt(v)) {
			c.first, c.qual = p, factcheck.LowerBound
			return true
		}
	case x.eq(p, wTill) || x.eq(p, wUntil):
		return workOrLive(x.spAt(v)) // "allowed to work on till 70", "can expect to live until 85": the age it ends at
	case x.eq(p, wBefore):
		if x.eq(v, wRetire) || x.eq(v, wRetiring) || x.eqText(v, "retirement") {
			c.first, c.qual = p, factcheck.UpperBound // "force workers to retire before 65"
			return true
		}
	}
	return false
}

// workOrLive reports whether the word spelt sp is a verb of working or
// living, whose end an age gives: "work past 65", "live until 85".
func workOrLive(sp spelling) bool {
	switch sp {
	case wWork, wWorks, wWorked, wWorking, wStay, wStays, wStayed, wStaying, wLive, wLives, wLived, wLiving, wSurvive, wSurvived:
		return true
	}
	return false
}

// nameOpens reports whether the sentence of token i opens with a name:
// a capitalised word the lexicon does not know ("Brenner began playing
// professionally at 16").
func (x *extractor) nameOpens(i int) bool {
	k := x.sentenceStartBefore(i)
	return k < i && x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && x.toks[k].flags&fAllCaps == 0 && x.toks[k].word == 0
}

// personInSentence reports whether the sentence of token i speaks of a
// person by a pronoun: "I", "my", "she", "his".
func (x *extractor) personInSentence(i int) bool {
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k < i+20 && (k <= i || x.sentenceEnd(k) <= k); k++ {
		switch x.spAt(k) {
		case wI, wMe, wMy, wHe, wHim, wHis, wShe, wHer:
			return true
		}
	}
	return false
}

// agePhrases say a person's age just before it, in either apostrophe.
var agePhrases = []string{"turns", "turned", "turning", "i turn", "we turn", "will turn", "to turn", "would turn", "i'm", "i\u2019m", "i am", "he's", "he\u2019s", "she's", "she\u2019s",
	"he is", "she is", "he was", "she was", "who is", "who was", "i was", "i will be", "i'll be", "i\u2019ll be", "he will be", "she will be",
	"i would be", "he would be", "she would be", "who turn", "who reach", "who reaches", "who reached", "who will reach",
	"he becomes", "she becomes", "on reaching", "upon reaching"}

// agePhraseEnds holds the last words of agePhrases: a phrase stands
// before a figure only where one of them is the word just before it.
var agePhraseEnds = func() map[string]bool {
	ends := map[string]bool{}
	for _, p := range agePhrases {
		ends[p[strings.LastIndexByte(p, ' ')+1:]] = true
	}
	return ends
}()

// endsAgePhrase reports whether token k, lowered, is the last word of an
// age phrase: what ageSaid's phrases need before a figure.
func (x *extractor) endsAgePhrase(k int) bool {
	return x.tokIs(k, tWord) && agePhraseEnds[x.lowerAt(k)]
}

// ageSaid reports whether the bare count c is a person's age said with
// a verb: "who turns 35 next month", "women who reach 60 in 2005", "I'm
// 30 and", "she was 42 when", "by then I will be 35", "when he was just
// 14", in words after "when"
// ("When she was eight,"), a name's before "when" ("Gabriela was 22 when").
// The figure must end its clause, or be followed by a word that goes on
// with it ("and", "when", "next").
func (x *extractor) ageSaid(c *claimParts) bool {
	if c.first != c.num.first || c.num.decimal || c.num.scaled || c.end != nil || c.num.value < 2 && c.num.words || c.num.value < 1 || c.num.value > 119 {
		return false
	}
	s := int(x.toks[c.first].s)
	if s == 0 || x.text[s-1] != ' ' && !x.lineWrap(c.first) {
		return false // "who is\n69.": a wire line wraps anywhere
	}
	before := strings.TrimRight(x.text[max(0, s-30):s], " \n")
	for _, w := range [...]string{" just", " only", " barely"} {
		if len(before) > len(w) && strings.EqualFold(before[len(before)-len(w):], w) {
			before = before[:len(before)-len(w)] // "when he was just 14"
			break
		}
	}
	said, turned := false, false
	// the phrases' last words before the figure, or before "just" there:
	// most counts have none, and no phrase need be compared
	w := c.first - 1
	if x.eq(w, wJust) || x.eq(w, wOnly) || x.eq(w, wBarely) {
		w--
	}
	if x.endsAgePhrase(w) || x.endsAgePhrase(c.first-1) {
		for _, p := range agePhrases {
			if k := len(before) - len(p); k >= 0 && strings.EqualFold(before[k:], p) && (k == 0 || !isASCIILetter(before[k-1])) {
				// in words only after "when" or a verb of turning: "When she
				// was eight,", "who turns eighteen", not "he was one"
				turned = strings.Contains(p, "turn")
				said = !c.num.words || turned || k >= 5 && strings.EqualFold(before[k-5:k], "when ")
				break
			}
		}
	}
	if !said {
		// "Gabriela was 22 when she retired": a name's age, said before "when"
		return !c.num.words && (x.eq(c.first-1, wWas) || x.eq(c.first-1, wIs)) && x.tokIs(c.first-2, tWord) &&
			x.toks[c.first-2].flags&fUpper != 0 && x.toks[c.first-2].flags&fAllCaps == 0 && x.eq(c.num.last, wWhen)
	}
	k := c.num.last
	if k >= len(x.toks) || x.tokIs(k, tPunct) || turned && x.eq(k, wThe) {
		return true // (and "who turned 44 the following day", but "turning 11 oil tankers over")
	}
	switch x.spAt(k) {
	case wAnd, wWhen, wNow, wBut, wNext, wThis, wLast, wOn, wIn, wToday, wTomorrow, wSoon, wLater, wOr, wSo:
		return true
	}
	return false
}

// ageIs reports whether the bare count c is what an age or a life
// expectancy "is": "the average age, I think, is 57.5", "the median age
// was 38", "the median age is now 44.1", "the average age of a gamer
// being 29", "life expectancy at birth is 78.9", "the median age of
// first-time buyers rose to a record 35".
func (x *extractor) ageIs(c *claimParts) bool {
	v := c.first - 1
	if x.eq(v, wNow) || x.eq(v, wCurrently) || x.eq(v, wStill) {
		v--
	}
	if x.eq(v, wRecord) && x.eq(v-1, wA) && x.eq(v-2, wTo) {
		v -= 2 // "rose to a record 35"
	}
	reached := x.eq(v, wTo) && x.tokIs(v-1, tWord) && (changeWord(x.spAt(v-1)) || x.eqText(v-1, "risen") || x.eqText(v-1, "fallen")) // "the median age ... rose to 35"
	if c.first != c.num.first || c.num.words || c.num.scaled || c.end != nil || c.num.value < 1 || c.num.value > 119 || !(x.eq(v, wIs) || x.eq(v, wWas) || x.eq(v, wBeing) || reached) {
		return false
	}
	if reached {
		v--
	}
	for k := v - 1; k >= 0 && k >= v-9; k-- {
		if x.eq(k, wAge) || x.eq(k, wExpectancy) && x.eq(k-1, wLife) {
			return true
		}
		if k == v-1 && personNoun(x.lowerAt(k)) && (x.eqText(k-1, "median") || x.eqText(k-1, "average") || x.eqText(k-1, "typical")) {
			return true // "the median student is 37": a person's age, the person typical of many
		}
		if x.tokIs(k, tPunct) && x.mark(k) != ',' && !x.hyphenAt(k-1) {
			return false
		}
	}
	return false
}

// ageRequired reports whether the bare count c is an age a person must
// or will be, after "be" and a verb that asks or looks ahead (a pronoun or
// a noun of people a few words before), before the end of its clause or
// "or" ("or over", "or older"): "You must be at least
// 18 to open the account", "must be 18 or over", "will be 65 by then".
func (x *extractor) ageRequired(c *claimParts) bool {
	if c.end != nil || c.num.scaled || c.num.decimal || c.num.value < 5 || c.num.value > 120 || !x.eq(c.first-1, wBe) {
		return false
	}
	switch x.lowerAt(max(c.first-2, 0)) {
	case "must", "should", "to", "will", "shall", "would":
	default:
		return false
	}
	person := false
	for k := c.first - 3; k >= max(c.first-5, 0) && !person; k-- {
		switch w := x.lowerAt(k); w {
		case "you", "he", "she", "they", "we", "i":
			person = true
		default:
			person = peopleNoun(w)
		}
	}
	if !person {
		return false // "The fee must be 18 dollars"
	}
	if k := c.num.last; k < len(x.toks) && x.tokIs(k, tWord) {
		switch x.lowerAt(k) {
		case "or", "to", "and", "by", "before", "when", "if", "on", "in":
		default:
			return false
		}
	}
	return true
}

// ageOpening reports whether the bare count c is an age that opens its
// sentence after "At" or "Now" and before a comma and the person it is of:
// "At 40, the Jamaican became the oldest woman to reach a final", "At 17,
// she", "Now 34, the goalkeeper has kept 101 clean sheets", "At 57, savers
// will be able to".
func (x *extractor) ageOpening(c *claimParts) bool {
	i, j := c.num.first, c.num.last
	if c.first != i || c.num.words || c.num.decimal || c.num.scaled || c.end != nil || c.num.value < 1 || c.num.value > 119 ||
		!(x.eq(i-1, wAt) || x.eq(i-1, wNow)) || !x.sentenceStart(i-1) || x.mark(j) != ',' || !x.tokIs(j+1, tWord) {
		return false
	}
	return x.toks[j+1].flags&fUpper != 0 && !x.toks[j+1].is(lexicon.Month|lexicon.Weekday) || personalPronoun(x.spAt(j+1)) ||
		x.eq(j+1, wThe) && x.tokIs(j+2, tWord) && (x.toks[j+2].flags&fUpper != 0 || personNoun(x.lowerAt(j+2))) ||
		c.num.value > 12 && x.pluralNounAt(j+1) && personNoun(strings.TrimSuffix(x.lowerAt(j+1), "s")) // "At 57, savers will be able to" (but "At 5, workers", a time)
}

// ageWas reports whether the bare count c is what a person "was" at a
// time, or "will be": "He was 22 at the time", "she was 19 when", "by
// which time he will be at least 62."; or an age listed after another
// ("aged 19 and 22"), or in brackets after a name opening its sentence
// ("Tomás Ruiz (24), arrested on").
func (x *extractor) ageWas(c *claimParts) bool {
	i, j := c.num.first, c.num.last
	if c.num.words || c.num.decimal || c.num.scaled || c.end != nil || c.num.value < 1 || c.num.value > 119 {
		return false
	}
	if x.eq(i-1, wAnd) && x.eq(i-3, wAged) && x.tokIs(i-2, tNum) {
		return true // "aged 19 and 22"
	}
	if x.mark(i-1) == '(' && x.mark(j) == ')' && x.tokIs(i-2, tWord) && x.toks[i-2].flags&fUpper != 0 && x.toks[i-2].flags&fAllCaps == 0 && x.toks[i-2].word == 0 &&
		x.tokIs(i-3, tWord) && x.toks[i-3].flags&fUpper != 0 && x.sentenceStart(i-3) && c.num.value >= 16 {
		k := j + 1
		if x.mark(k) == ',' {
			k++
		}
		return x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 // "Tomás Ruiz (24), arrested on 28/11/2024": a person's age in brackets (but "New Zealand (1), Scotland (8)", seeds)
	}
	if k := c.first - 1; x.eq(k, wBe) && (x.eq(k-1, wWill) || x.eq(k-1, wWould)) && (x.eq(k-2, wHe) || x.eq(k-2, wShe)) {
		return j >= len(x.toks) || x.tokIs(j, tPunct) // "he will be 62.", "he will be at least 62."
	}
	if c.first != i || !(x.eq(i-1, wWas) || x.eq(i-1, wIs)) {
		return false
	}
	if x.eq(j, wWhen) && (x.eq(j+1, wHe) || x.eq(j+1, wShe)) {
		return true // "The former world number one was 22 when she retired"
	}
	if x.surnameAt(i-2) && c.num.value >= 16 && c.num.value <= 110 {
		// "when Ohtani is 31 and Trout is 34.", "Del Rey is 37 now"
		return x.eq(j, wWhen) || x.eq(j, wNow) || x.eq(j, wAnd) && x.surnameAt(j+1) && (x.eq(j+2, wIs) || x.eq(j+2, wWas)) ||
			x.tokIs(j, tPunct) && x.sentenceEnd(j) > j
	}
	if !(x.eq(i-2, wHe) || x.eq(i-2, wShe) || x.eq(i-2, wWho) && x.eq(j, wAt)) {
		return false // (and "The defendant, who was 15 at the time")
	}
	return x.eq(j, wWhen) || x.eq(j, wAt) && x.eq(j+1, wThe) && x.eq(j+2, wTime)
}

// surnameAt reports whether token k is a capitalised word of no lexicon,
// inside its sentence, as a person's surname is: "Ohtani", "Trout" (but
// not "He", "The", "Chapter" or "UEFA").
func (x *extractor) surnameAt(k int) bool {
	return x.tokIs(k, tWord) && x.toks[k].flags&(fUpper|fAllCaps) == fUpper && x.toks[k].word == 0 && !x.sentenceStart(k) && !x.toks[k].is(lexicon.Month|lexicon.Weekday)
}

// ageAtEvent reports whether the bare count c, after "at" and before the
// end of its clause, is the age at which a life's event took place, a
// verb of one and a person (a pronoun, a noun of people or a name) a few
// words before: "Mozart wrote his first symphony at eight", "Tutankhamun
// became pharaoh at about nine", "took the throne at 18 in 51 BC", or
// set off by commas after them ("to become, at 17, the third-youngest
// champion") (but "Shares became cheaper at 27", "The firm joined the
// index at 45").
func (x *extractor) ageAtEvent(c *claimParts) bool {
	if c.end != nil || c.num.scaled || c.num.decimal || c.num.value < 3 || c.num.value > 110 || !x.eq(c.first-1, wAt) || !x.clauseEndsAfter(c.num.last) {
		return false
	}
	event, person := false, false
	from := c.first - 2
	if x.mark(from) == ',' && x.mark(c.num.last) == ',' {
		from-- // "to become, at 17, the third-youngest champion": the age set off by commas
	}
	for k := from; k >= max(from-7, 0) && !x.tokIs(k, tPunct); k-- {
		switch w := x.lowerAt(k); w {
		case "died", "became", "wrote", "married", "retired", "took", "joined", "left", "started", "began", "arrested",
			"crowned", "elected", "founded", "composed", "published", "emigrated", "debuted", "quit", "killed", "executed", "widowed",
			"got", "become", "becoming", "leaving", "joining", "starting", "retiring", "youngest", "oldest", "ended":
			event = true
		case "he", "she", "his", "her", "they", "their", "i", "we":
			person = true
		default:
			person = person || x.personNounAt(k) || x.toks[k].flags&(fUpper|fAllCaps) == fUpper && x.toks[k].word == 0 && !((k == 0 || x.sentenceStart(k) || x.mark(k-1) == '.') && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) // (but "Shares became")
		}
	}
	if event && !person {
		// "He won six times, having left school at 14": the person before
		// the clause
		for k := c.first - 2; k >= max(c.first-25, 0) && !x.sentenceEndIn(k, k+1); k-- {
			if w := x.lowerAt(k); w == "he" || w == "she" || w == "i" {
				return true
			}
		}
	}
	return event && person
}

// extremeAge reports whether the bare whole number c, ending its
// clause, is the age of the youngest or the oldest of people named
// before: "the eldest of them now 68", "the youngest of them 98".
func (x *extractor) extremeAge(c *claimParts) bool {
	if c.end != nil || c.num.scaled || c.num.decimal || c.num.value < 1 || c.num.value > 119 || c.subjectEnd != 0 || !x.clauseEndsAfter(c.num.last) {
		return false
	}
	k := c.first - 1
	if x.eq(k, wNow) || x.eq(k, wJust) || x.eq(k, wOnly) || x.eq(k, wAged) {
		k--
	}
	if (x.eqText(k, "them") || x.eqText(k, "whom")) && x.eq(k-1, wOf) {
		k -= 2
	}
	return (x.eqText(k, "youngest") || x.eqText(k, "oldest") || x.eqText(k, "eldest")) && x.eq(k-1, wThe)
}

// oldestBefore reports whether "the oldest" or "the youngest" and a noun
// of a person ("person", "woman", "resident") stand in the few words
// ending at token k: "the oldest person recorded was 112".
func (x *extractor) oldestBefore(k int) bool {
	for j := k; j >= max(k-3, 1); j-- {
		if w := x.lowerAt(j - 1); (w == "oldest" || w == "youngest") && x.eq(j-2, wThe) {
			n := x.lowerAt(j)
			return n == "person" || personNoun(n) || personNoun(strings.TrimSuffix(n, "s"))
		}
	}
	return false
}

// personWas reports whether the bare count c is the age a person "was",
// named by a noun of people or by a first name and a surname, before the
// end of its clause: "when the composer was 53 and almost deaf",
// "Orville Wright was 32;", "when the artist was about 70.", "the oldest
// person recorded was 112" (but "Labour was 32", a share); or the age
// one turns ("who turned 18 three weeks after", "since turning 60"), or
// is younger or older than ("younger than 25").
func (x *extractor) personWas(c *claimParts) bool {
	if c.end != nil || c.num.scaled || c.num.decimal && !c.num.words || c.num.value < 1 || c.num.value > 119 {
		return false
	}
	if (x.eq(c.first-1, wTurn) || x.eq(c.first-1, wTurns) || x.eq(c.first-1, wTurned) || x.eqText(c.first-1, "turning")) && !c.num.decimal && !x.pluralNounAt(c.num.last) {
		switch x.lowerAt(c.first - 2) {
		case "they", "he", "she", "i", "you", "we", "who", "since", "after", "before", "until", "on", "upon":
			return true // "once they turn 21", "before she turned 40", "who turned 18 three weeks after", "since turning 60"
		}
	}
	if x.eq(c.num.first-1, wThan) && (x.eq(c.num.first-2, wYounger) || x.eq(c.num.first-2, wOlder)) && !x.pluralNounAt(c.num.last) {
		return true // "one in five of the dead was younger than 25": an age, compared
	}
	if !x.clauseEndsAfter(c.num.last) {
		return false
	}
	if x.eq(c.first-1, wWas) && x.oldestBefore(c.first-2) {
		return true // "the oldest person recorded was 112": an age
	}
	if x.eq(c.first-1, wIs) && x.eq(c.first-2, wWho) && x.mark(c.first-3) == ',' {
		return true // "Sam, who is nine and three-quarters, has read": a person's age
	}
	if !x.eq(c.first-1, wWas) || c.num.value < 3 && !c.num.words {
		return false
	}
	k := c.first - 2
	if !x.tokIs(k, tWord) {
		return false
	}
	if x.personNounAt(k) || elderKin(x.lowerAt(k)) || kinNoun(x.spAt(k)) && possessivePronoun(x.spAt(k-1)) {
		return true // "when Grandad was 24", "when her son was 12"
	}
	if x.toks[k].flags&(fUpper|fAllCaps) == fUpper && x.toks[k].word == 0 && x.tokIs(k-1, tWord) && kinNoun(x.spAt(k-1)) {
		return true // "and her brother Finneas was 22": a kin's name
	}
	if w := x.lowerAt(k); (w == "she" || w == "he") && (x.eq(k-1, wSince) || x.eq(k-1, wWhen)) {
		return true // "since she was four", "when he was 12": her age then
	}
	return x.toks[k].flags&fUpper != 0 && x.toks[k].word == 0 && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 && x.toks[k-1].word == 0 && x.toks[k].flags&fAllCaps == 0
}

// elderKin reports whether w, in lower case, names a parent or a
// grandparent as a family calls them, a person without an article:
// "Grandad was 24", "Mum was 30".
func elderKin(w string) bool {
	switch w {
	case "grandad", "granddad", "grandpa", "grandma", "granny", "gran", "nan", "nana", "mum", "mom", "dad", "mummy", "daddy":
		return true
	}
	return false
}

// personNounAt reports whether token k is a noun of a person after an
// article: "the composer", "a widow" (personNoun alone reads any word in
// "-er" so, "cheaper" too).
func (x *extractor) personNounAt(k int) bool {
	return (x.eq(k-1, wThe) || x.eq(k-1, wA) || x.eq(k-1, wAn)) && personNoun(x.lowerAt(k))
}

// clauseEndsAfter reports whether the clause of a figure ends at token k,
// after it: a mark, the text's end, or a word that opens another clause
// or a time ("and", "when", "in 51 BC").
func (x *extractor) clauseEndsAfter(k int) bool {
	if k >= len(x.toks) || x.tokIs(k, tPunct) {
		return !(isDash(x.str(k)) || x.mark(k) == '/') || !x.tokIs(k+1, tNum) // but "was 4-1", a vote
	}
	switch x.spAt(k) {
	case wAnd, wWhen, wIn, wAfter, wBefore, wBut:
		return true // (and "She retired in 1996 at 65 but kept an office")
	case wTo:
		return x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper == 0 && !x.toks[k+1].is(lexicon.Determiner|lexicon.Cardinal|lexicon.Measure|lexicon.Duration) // "left school at 14 to work as a miner"
	}
	return false
}

// ageInClause reports whether the bare count c is an age its clause
// tells: after "at", beside a superlative of age ("Laurent, at 41 the
// oldest player", "at 24, the youngest in club history") or after the
// event of a life a few words back ("died in 1998 at 27", "made his debut
// at just 19", "a murder he committed at 18", "since joining the club at
// 19" in a sentence of a person); after "the oldest" or "the
// youngest", a noun of people, "was" or a comma between ("the youngest
// victim aged 19 and the oldest 78", "The youngest victim was 16; the
// oldest, 63, had been due to retire"); after ", now" that follows a
// person, or in a sentence of one ("the only survivor, now 79.", "The
// duke, now 81, succeeded his father"), or that a name or a person "is
// now" at the end of the sentence ("Lunde ... is now 88."); listed after
// an age just read ("now 101 and 99,"); after "lived to"; or a figure
// an age moves to or from in its clause ("the minimum age for a pension
// rises from 55 to 57", "the legal age ... until it reaches 64").
func (x *extractor) ageInClause(c *claimParts) bool {
	i, j := c.num.first, c.num.last
	if c.first != i || c.num.words || c.num.decimal || c.num.scaled || c.end != nil || c.num.value < 1 || c.num.value > 119 || x.hyphenAt(i) && x.tokIs(i+2, tNum) {
		return false // (but "The Tigers, now 22-8, shot": a record)
	}
	at := i - 1
	if x.eq(at, wJust) || x.eq(at, wOnly) {
		at-- // "made his debut at just 15"
	}
	if x.eq(at, wAt) {
		k := j
		if x.mark(k) == ',' {
			k++
		}
		if at == i-1 && x.eq(k, wThe) && (x.eqText(k+1, "oldest") || x.eqText(k+1, "youngest")) {
			return true
		}
		for m := at - 1; m >= 0 && m >= at-6 && !x.tokIs(m, tPunct); m-- {
			switch x.spAt(m) {
			case wDied, wDies, wDebut, wDebuted:
				return true
			}
			if x.eqText(m, "committed") && x.tokIs(m-1, tWord) && personPronoun(x.lowerAt(m-1)) {
				return true
			}
			if x.startOfCareer(m) && (x.eq(m-1, wWho) || x.personInSentence(i) || x.nameOpens(i)) {
				return true // "her best tally since joining the club at 19", "The champion, who turned pro at 16,", "Voss joined the group at 17"
			}
		}
	}
	if k := x.superlativeOfAge(i); k >= 0 && x.eq(k-1, wThe) && (j >= len(x.toks) || x.tokIs(j, tPunct) || x.toks[j].is(lexicon.Stop)) {
		return true // "the youngest victim aged 19 and the oldest 78", "The youngest victim was 16; the oldest, 63,"
	}
	if x.eq(i-1, wNow) && x.mark(i-2) == ',' && x.tokIs(i-3, tWord) && (personNoun(x.lowerAt(i-3)) || x.toks[i-3].flags&fUpper != 0 && x.toks[i-3].word == 0 && !x.sentenceStart(i-3) || x.personInSentence(i)) &&
		(j >= len(x.toks) || x.tokIs(j, tPunct) || x.eq(j, wAnd) && x.tokIs(j+1, tNum) && x.mark(j+2) == ',') {
		return true // "unveiled by the only survivor, now 79.", "The duke, now 81, succeeded his father", "the couple, now 101 and 99,"
	}
	if x.eq(i-1, wTo) && (x.eqText(i-2, "lived") || x.eqText(i-2, "live")) {
		return true // "He lived to 94"
	}
	if x.eq(i-1, wNow) && (x.eq(i-2, wIs) || x.eq(i-2, wAre)) && x.mark(j) == '.' && x.sentenceEnd(j) > j && (x.nameOpens(i) || x.personInSentence(i)) {
		return true // "Lunde, the last surviving member of the team, is now 88."
	}
	if x.eq(i-1, wNow) && x.eq(i-2, wIs) && x.tokIs(i-3, tWord) && personNoun(x.lowerAt(i-3)) && !thingNoun[x.lowerAt(i-3)] && (x.mark(j) == ',' || x.mark(j) == '.') {
		return true // "the typical first-time buyer is now 34, has a household income of" (but "the number is now 34,")
	}
	k := i - 1 // the word that lists the age after another: "and", "or", "or even"
	if x.eq(k, wEven) && (x.eq(k-1, wOr) || x.eq(k-1, wAnd)) {
		k--
	}
	listed := x.eq(k, wOr) || x.eq(k, wAnd)
	if x.mark(k-1) == ',' && listed {
		k-- // "67, or even 70"
	}
	if listed && len(x.claims) > 0 && (j >= len(x.toks) || x.tokIs(j, tPunct)) {
		if p := &x.claims[len(x.claims)-1]; p.Kind == factcheck.Duration && p.Unit == "year" && p.End == int(x.toks[k-1].e) && allDigits(p.Text) {
			return true // "the couple, now 101 and 99,", "the state pension age may rise to 67 or even 70": an age listed after another
		}
	}
	if !x.eq(i-1, wFrom) && !x.eq(i-1, wTo) && !x.eq(i-1, wReaches) && !x.eq(i-1, wReach) && !x.eq(i-1, wReached) {
		return false
	}
	for m := i - 2; m >= 0 && m >= i-12; m-- {
		switch {
		case x.eq(m, wAge) && !x.eq(m+1, wGroup):
			return true
		case x.tokIs(m, tPunct) && x.mark(m) != ',', x.tokIs(m, tNum) && !(x.eq(i-1, wTo) && m == i-2):
			return false // (but "from 55 to 57": the range's end)
		}
	}
	return false
}

// startOfCareer reports whether token m begins the start of a career or
// a pastime that a person's age is told at: "joined" or "joining" (a club,
// a firm), "turned pro" or "turned professional", "took up" or "taking
// up" (running).
func (x *extractor) startOfCareer(m int) bool {
	switch {
	case x.eqText(m, "joined"), x.eqText(m, "joining"):
		return true
	case x.eqText(m, "began"), x.eqText(m, "begun"), x.eqText(m, "started"):
		return x.tokIs(m+1, tWord) && strings.HasSuffix(x.lowerAt(m+1), "ing") // "began playing professionally at 16", "started working at 14"
	case x.eqText(m, "published"), x.eqText(m, "wrote"), x.eqText(m, "won"), x.eqText(m, "released"), x.eqText(m, "recorded"):
		switch x.lowerAt(min(m+1, len(x.toks)-1)) {
		case "his", "her", "their":
			return x.eqText(m+2, "first") // "published her first collection at 19", "won his first title at 17"
		}
	case x.eq(m, wTurned):
		return x.eqText(m+1, "pro") || x.eqText(m+1, "professional")
	case x.eq(m, wTook), x.eq(m, wTaking):
		return x.eq(m+1, wUp)
	}
	return false
}

// ageOfPeople reports whether the count c, bounded by "under" or "over"
// right after a noun of people and with no noun of its own, is their age:
// "children under 18", "people over 65", "children under seven", "players
// are over 18"; or by "and up" after it ("those 18 and up"), which it
// reads; or what people "must be", bounded or not, with no noun after it
// ("Runners must be at least 18 on race day", "candidates must be 21").
func (x *extractor) ageOfPeople(c *claimParts) bool {
	if c.num.words && c.num.value > 19 || c.num.decimal || c.num.scaled || c.num.value > 119 || c.first == 0 {
		return false
	}
	k := c.first - 1
	switch {
	case x.eq(k, wBe) && x.eq(k-1, wMust) && c.last == c.num.last && c.end == nil && !(x.tokIs(c.last, tWord) && !x.toks[c.last].is(lexicon.Stop)):
		k -= 2
	case x.eq(c.first, wUnder) || x.eq(c.first, wOver):
	case c.first == c.num.first && c.qual == factcheck.LowerBound && x.mark(c.num.last) == '+': // "adults 75+"
	case c.first == c.num.first && x.eq(c.first-1, wThan) && (x.eq(c.first-2, wOlder) || x.eq(c.first-2, wYounger)):
		// "people older than 75", "children younger than 12"
		c.qual, c.first = factcheck.LowerBound, c.first-2
		if x.eq(c.first, wYounger) {
			c.qual = factcheck.UpperBound
		}
		k = c.first - 1
	case c.first == c.num.first && (x.eq(c.num.last, wAnd) || x.eq(c.num.last, wOr)) && (x.eq(c.num.last+1, wUp) || x.eq(c.num.last+1, wOver) || x.eq(c.num.last+1, wOlder) || x.eq(c.num.last+1, wAbove)):
		// "those 18 and up", "people 65 and over", "homeowners 65 or older"
		c.qual, c.last = factcheck.LowerBound, c.num.last+2
	case c.first == c.num.first && (x.eq(c.num.last, wAnd) || x.eq(c.num.last, wOr)) && (x.eq(c.num.last+1, wYounger) || x.eq(c.num.last+1, wUnder) || x.eq(c.num.last+1, wBelow)):
		// "children and teens 19 and younger"
		c.qual, c.last = factcheck.UpperBound, c.num.last+2
	case c.first == c.num.first && c.end != nil && c.end.value < 120 && c.subjectEnd == 0 && x.eq(c.num.last, wTo):
		// "Adults 18 to 64 with employer coverage": the ages of people named before
	default:
		return false
	}
	if x.eq(k, wNow) || x.eq(k, wStill) || x.eq(k, wCurrently) {
		k-- // "the population is now 65 or older"
	}
	if x.eq(k, wAre) || x.eq(k, wWere) || x.eq(k, wWas) || x.eq(k, wIs) {
		// "a majority of players are over 18", "about 1 in 5 suspects in
		// shooting murders was under 18": the people a few words before
		for m := k - 1; m >= 0 && m >= k-5 && x.tokIs(m, tWord); m-- {
			if peopleNoun(x.lowerAt(m)) {
				return true
			}
		}
		return false
	}
	return peopleNoun(x.lowerAt(k)) || x.demonymPlural(k)
}

// demonymPlural reports whether token k names a people in the plural by
// their country, capitalised: "Americans", "Canadians", "New Zealanders"
// (whose ages a bound after it gives, "Americans 65 or older").
func (x *extractor) demonymPlural(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 || x.toks[k].flags&fAllCaps != 0 {
		return false
	}
	w := x.str(k)
	return len(w) > 5 && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ers")) && x.countryAt(k) != ""
}

// peopleNoun reports whether w names people whose age a bound after it
// gives ("children under 18", "suspects ... was under 18").
func peopleNoun(w string) bool {
	switch w {
	case "people", "children", "adults", "those", "men", "women", "boys", "girls", "voters", "workers", "patients", "users", "pupils", "kids",
		"minors", "teenagers", "teens", "youths", "students", "players", "gamers", "viewers", "fans", "drivers", "customers",
		"anyone", "everyone", "someone", "they", "payers", "pensioners", "residents", "runners", "entrants", "applicants", "candidates",
		"riders", "homeowners", "listeners", "borrowers", "members", "neighbors", "neighbours", "passengers", "citizens", "employees",
		"seniors", "retirees", "smokers", "motorists", "respondents", "consumers", "buyers", "subscribers", "parents", "individuals",
		"suspects", "victims", "offenders", "defendants", "prisoners", "inmates", "recruits", "you",
		"visitors", "savers", "guests", "tourists", "travellers", "travelers", "shoppers", "motorcyclists", "cyclists",
		"child", "boy", "girl", "victim", "suspect", "defendant", "offender", "player", "driver", "patient",
		"staff", "them", "population", "renters", "tenants", "researchers", "scientists", "academics", "graduates", "callers", "finalists",
		"participants", "contestants", "athletes", "competitors", "entrepreneurs", "owners", "professionals", "teachers", "doctors", "nurses", "soldiers",
		"audience", "audiences", "holders", "supporters", "spectators", "readers":
		return true
	}
	return false
}

// cameraAfter reports whether a word of a camera stands at token k, after
// "MP": "main", "sensor", "ultrawide", "selfie".
func (x *extractor) cameraAfter(k int) bool {
	switch x.lowerAt(k) {
	case "camera", "cameras", "sensor", "sensors", "lens", "lenses", "shooter", "selfie", "main", "ultrawide", "ultra-wide", "wide",
		"telephoto", "periscope", "macro", "front", "rear", "primary", "secondary":
		return x.tokIs(k, tWord)
	}
	return false
}

// cameraNear reports whether the sentence of token j speaks of a camera
// or its pictures: "camera", "sensor", "lens", "stills", "megapixels".
func (x *extractor) cameraNear(j int) bool { return x.sentenceNames(j, 8, cameraWords) }

// genomeNear reports whether the sentence of token j speaks of DNA, whose
// lengths are in base pairs: "genome", "DNA", "chromosome".
func (x *extractor) genomeNear(j int) bool { return x.sentenceNames(j, 8, genomeWords) }

// heavyVehicle reports whether w, in lower case, names a vehicle whose
// weight in tonnes a glued "t" gives before it: "a 7.5t lorry".
func heavyVehicle(w string) bool {
	switch w {
	case "van", "vans", "lorry", "lorries", "truck", "trucks", "hgv", "tipper", "trailer", "excavator", "digger", "crane", "vehicle", "vehicles":
		return true
	}
	return false
}

// ampereNoun reports whether w, in lower case, names a thing of
// electricity rated in amperes, which a glued capital "A" gives before it:
// "a 13A fuse", "a 32A charger".
func ampereNoun(w string) bool {
	switch w {
	case "fuse", "fuses", "socket", "sockets", "plug", "circuit", "circuits", "charger", "supply", "breaker", "cable":
		return true
	}
	return false
}

// dataRateWords are the words of a sentence where "bps" counts bits a
// second sent down a line: "modem", "baud", "bits".
var dataRateWords = wordSet("modem", "modems", "smartmodem", "baud", "bit", "bits", "transmission", "transmit", "transmits", "fax", "facsimile", "telex")

// caratWords are the words of a sentence of gold or jewels, where a
// carat ("18ct") grades the gold a word or two from it.
var caratWords = wordSet("gold", "diamond", "diamonds", "ring", "rings", "earrings", "necklace", "bracelet", "jewellery", "jewelry", "jeweller", "jeweler", "jewellers", "jewelers")

// genomeWords are the words of DNA of genomeNear.
var genomeWords = wordSet("genome", "genomes", "dna", "chromosome", "chromosomes", "gene", "genes", "mitochondrial", "sequence", "sequenced", "sequencing", "plasmid", "rna")

// deepTimeWords are the words of a sentence of ages in millions of years,
// where "Ma" abbreviates them: "fossil", "ago", "lineage".
var deepTimeWords = wordSet("fossil", "fossils", "ago", "lineage", "lineages", "diverged", "evolved", "extinct", "extinction", "dated", "species", "ancestor")

// horseNear reports whether the sentence of token j speaks of a horse,
// whose height is given in hands: "filly", "gelding", "mare".
func (x *extractor) horseNear(j int) bool { return x.sentenceNames(j, 8, horseWords) }

// horseWords are the words of a horse of horseNear.
var horseWords = wordSet("horse", "horses", "filly", "fillies", "colt", "colts", "mare", "mares", "gelding", "geldings", "stallion",
	"stallions", "pony", "ponies", "foal", "foals", "cob", "cobs", "shire", "shires", "thoroughbred", "thoroughbreds")

// cameraWords are the words of a camera of cameraNear.
var cameraWords = wordSet("camera", "cameras", "sensor", "sensors", "lens", "lenses", "stills", "megapixel", "megapixels", "photos", "pictures")

// squareUnit returns the area that "sq" and the length w make, in the
// normal forms of CLAIMS.md ("sq m", "sq ft", "sq km"), or "".
func squareUnit(w string) string {
	switch w {
	case "m", "metre", "metres", "meter", "meters":
		return "sq m"
	case "ft", "foot", "feet":
		return "sq ft"
	case "km", "kilometre", "kilometres", "kilometer", "kilometers":
		return "sq km"
	}
	return ""
}

// hyphenUnit reads a hyphenated adjective after a number: "four-day",
// "10-mile", "two-year-old", "16-strong"; j is the word after the hyphen.
func (x *extractor) hyphenUnit(c *claimParts, j int) bool {
	t := &x.toks[j]
	s := x.str(j)
	switch {
	case c.num.value == 24 && x.eq(j, wHour) && roundTheClock(x.spAt(min(j+1, len(x.toks)-1))):
		return false // "24-hour news channels": a kind of service, no length of time
	case x.starRating(c, j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "star", j+1 // "a 1.2-star rating", "given a 3-star rating"
		return true
	case x.eqText(j, "hand") && !c.num.scaled && x.horseNear(j):
		c.unitKind, c.unit, c.last = factcheck.Measure, "hand", j+1 // "the gelding, a 17-hand giant"
		return true
	case (x.eq(j, wTime) || x.eq(j, wWay) && c.num.value >= 3 && !x.eq(j+1, wStop) && !x.eq(j+1, wStops) && !x.eq(j+1, wIntersection) && !x.eq(j+1, wSwitch)) &&
		(c.num.words || x.eq(j, wTime) && allDigits(x.str(c.num.first)) && c.num.value < 100) && !c.num.scaled:
		// "a two-time champion", "the 18-time champions": how often; "a
		// three-way primary": how many sides (but "two-way trade",
		// "four-way stops" are terms)
		c.last = j + 1
		return true
	case x.eq(j, wPer) && x.hyphenAt(j) && x.eq(j+2, wCent):
		c.unitKind, c.last = factcheck.Percent, j+3 // "a 23-per-cent increase", as Canadian copy hyphenates it
	case s == "won" && (c.num.scaled || c.num.value >= 100 && !c.num.decimal && c.end == nil):
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, "KRW", 1, j+1 // "a 1.5 trillion-won contract", "a 10,000-won note"
	case x.eq(j, wSq) && x.hyphenAt(j) && squareUnit(x.lowerAt(j+2)) != "":
		c.unitKind, c.unit, c.last = factcheck.Measure, squareUnit(x.lowerAt(j+2)), j+3 // "a 30,000-sq-metre terminal"
	case x.eq(j, wNautical) && x.hyphenAt(j) && (x.eq(j+2, wMile) || x.eq(j+2, wMiles)):
		c.unitKind, c.unit, c.last = factcheck.Measure, "nautical mile", j+3 // "the 628-nautical-mile Sydney to Hobart"
	case s == "real" && c.num.scaled:
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, "BRL", 1, j+1 // "a 6.2 billion-real connectivity plan"
	case (s == "footer" || s == "yarder") && !c.num.scaled && c.end == nil:
		// "holed a 60-footer", "a 43-yarder", "the 100-footer": a putt, a
		// kick, a yacht of so many feet or yards
		c.unitKind, c.unit, c.last = factcheck.Measure, map[string]string{"footer": "foot", "yarder": "yard"}[s], j+1
	case x.ordinalScale(j) > 0 && !c.num.scaled && c.end == nil:
		c.unitKind, c.last = factcheck.Ordinal, j+1 // "its 30-millionth guest": a rank in millions
		c.num.value, c.num.scaled = c.num.value*x.ordinalScale(j), true
	case x.eq(j, wSecond) && c.num.words && c.num.last == c.num.first+1 && c.num.value >= 20 && c.num.value <= 90 && math.Mod(c.num.value, 10) == 0 && c.end == nil &&
		!(x.eq(c.num.first-1, wA) || x.eq(c.num.first-1, wAn) || x.eq(c.num.first-1, wOne) || x.eq(c.num.first-1, wEvery) || x.eq(c.num.first-1, wEach)):
		// "finished thirty-second", "the thirty-second president": a rank
		// (but "a thirty-second advert" lasts half a minute)
		c.unitKind, c.last = factcheck.Ordinal, j+1
		c.num.value += 2
	case x.eq(j, wBasis) && x.hyphenAt(j) && x.pointAt(j+2):
		c.unitKind, c.unit, c.last = factcheck.Measure, "basis point", j+3 // "a 650-basis-point hike"
	case x.eq(j, wPlus) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration|lexicon.Measure):
		// "two-plus months": at least two
		c.qual, c.last = factcheck.LowerBound, j+1
		return x.unitAt(c, j+1)
	case x.eq(j, wOdd) && x.tokIs(j+1, tWord):
		// "his 40-odd years at the firm", "40-odd calls": forty and some
		c.qual, c.last = factcheck.LowerBound, j+1
		if t := &x.toks[j+1]; t.is(lexicon.Scale) && t.entry().Num >= 1e3 && !c.num.scaled && t.flags&fNewline == 0 {
			c.num.value, c.num.scaled, c.last = c.num.value*t.entry().Num, true, j+2 // "₹29,000-odd crore": the scale after the hedge
			return x.unitAt(c, j+2)
		}
		return x.unitAt(c, j+1)
	case x.eq(j, wOdd) && x.hyphenAt(j) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration|lexicon.Measure):
		// "a 40-odd-year hoodoo": the unit hyphenated too
		c.qual, c.last = factcheck.LowerBound, j+2
		return x.unitAt(c, j+2)
	case x.eq(j, wAnnual) && x.eq(j+1, wPercentage) && x.eq(j+2, wRate):
		c.unitKind, c.last = factcheck.Percent, j+3 // "3.9- to 9.9-annual percentage rate" financing
	case x.eq(j, wFold) || x.eq(j, wTimes) && !x.hyphenAt(j) && (x.comparativeAt(j+1) || x.timesOfAmount(c, j+1)):
		// "six-fold", "2.5-fold", "10-times faster", "at four- to
		// eight-times the speed": a multiple, as "6x" is (but
		// "five-times-in-rehab" counts)
		c.unitKind, c.unit, c.last = factcheck.Measure, "times", j+1
	case x.eqText(j, "dozen") && c.num.words && !c.num.scaled:
		c.num.value *= 12 // "five-dozen egg cartons": sixty, counted by the dozen
		c.last = j + 1
	case x.eq(j, wSeater) && c.num.value >= 10:
		c.last = j + 1 // "a 60,000-seater stadium", "a 34-seater plane": how many it seats (but "a two-seater" is a kind of car)
	case x.eqText(j, "child") && c.num.words && c.num.value <= 3 && x.hyphenAt(j-2) && policyAt(x.lowerAt(j+1), x.lowerAt(j+2)):
		return false // "the two-child limit on benefits", "the two-child benefit cap", "the one-child policy": a policy's name
	case x.eq(j, wState) && c.num.value > 2 && !x.eq(j+1, wSolution) && !x.eq(j+1, wSolutions):
		c.last = j + 1 // "the enlarged 25-state EU": how many states (but "a two-state solution" is a term)
	case (x.eq(j, wMan) || x.eq(j, wWoman)) && c.num.value > 2 && (groupNoun(x.spAt(min(j+1, len(x.toks)-1))) ||
		x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 && groupNoun(x.spAt(min(j+2, len(x.toks)-1)))): // "a 30-man training squad"
		c.last = j + 1 // "a 25-man squad": how many it holds (but "a one-man show" is a term)
	case x.partiesCounted(j, c.num.value):
		c.last = j + 1 // "Craxi's five-party coalition": how many parties
	case c.num.words && c.num.value == 0 && (x.eq(j, wHours) || x.eq(j, wHour)) && strings.HasPrefix(x.lowerAt(j+1), "contract"):
		return false // "zero-hours contracts": a kind of contract, no length of time
	case x.eq(j, wShot) && marginNoun(x.lowerAt(min(j+1, len(x.toks)-1))):
		c.last = j + 1 // "a four-shot lead": a golfer's margin in strokes (but "a one-shot deal" is a term)
	case x.eq(j, wStop) && c.num.value >= 2 && !c.num.scaled:
		c.last = j + 1 // "a 16-stop line", "a two-stop strategy": how many stops (but "a one-stop shop" is a term)
	case t.is(lexicon.TermNoun):
		return false
	case x.eqText(j, "series") && !c.num.words && c.num.value >= 1000:
		return false // "pegs made from 7000-series aluminium": an alloy's series, named
	case x.eq(j, wBit) && c.num.words && c.num.value == 2 && x.hyphenAt(j-2):
		return false // "two-bit Tories": cheap, no count (but a "32-bit chip")
	case (x.eq(j, wBit) || x.eq(j, wBits)) && !c.num.words:
		c.unitKind, c.unit, c.last = factcheck.Measure, "bit", j+1 // "a 32-bit chip", "2048-bit keys"
	case (x.eq(j, wSquare) || x.eq(j, wCubic)) && !x.hyphenAt(j) && x.measureAt(j+1) && x.toks[j+1].flags&fNewline == 0:
		// "an 80-square mile area": the compound's second hyphen dropped
		c.unitKind = factcheck.Measure
		c.unit, c.last = x.compoundUnit(j)
	case (x.eq(j, wSquare) || x.eq(j, wCubic) || x.eq(j, wMetric)) && x.hyphenAt(j) && x.measureAt(j+2):
		// "a 5,200-square-meter soundstage", "a 40-cubic-metre tank", "this
		// 22,700-metric-tonne-per-year line"
		c.unitKind, c.last = factcheck.Measure, j+3
		c.unit, _ = x.compoundUnit(j)
		x.hyphenRate(c)
	case x.eq(j, wIn) && x.hyphenAt(j) && !c.num.scaled:
		x.ratio(c, j) // "a one-in-five chance"
	case t.is(lexicon.Duration):
		e := t.entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Duration, e.Unit, e.Per, j+1
		if x.hyphenAt(j) && (x.eq(j+2, wOld) || x.eq(j+2, wOlds)) {
			c.last = j + 3
			x.subjectAfter(c) // "the four-day-old strike", "a 20-year-old man": whose age
			if c.subjectEnd > c.subjectStart && participle(x.str(c.subjectStart)) {
				c.subjectStart, c.subjectEnd = 0, 0 // "the 18-year-old battled past": a verb, the age's person said before
			}
		}
		if x.hyphenAt(j) && x.eq(j+2, wLong) {
			c.last = j + 3
		}
		if c.last == j+1 {
			x.compoundDuration(c) // "a 2-hour-11-minute win", "a four-hour, 37-minute match"
		}
	case x.ratePoint(c, j):
		// "a one-point cut in rates"
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+1
	case x.gameTerm(c, j):
		return false
	case x.eq(j, wPound) && (!c.num.scaled || (x.usDateline() || x.usText()) && !x.namesSterling()) && (x.weighedAfter(j+1) || x.massConversionAt(j+1)):
		// "a 300-pound bear", "a 20-pound bag", "a 24-pound (10.9kg) pike", "The 2-pound 'Buckeye
		// Burger'", in America "a 2.6 billion-pound crop" (but "its
		// half-a-million-pound office lease", "a two-million-pound house"
		// cost sums)
		c.unitKind, c.unit, c.last = factcheck.Measure, "pound", j+1
	case t.is(lexicon.Currency) && t.flags&fUpper == 0 && (!t.is(lexicon.Measure) || x.eq(j, wPound) || x.eq(j, wPounds)):
		// "a 100-dlr-a-share offer", "a 50-cent dividend", "a 20-pound note"
		e := t.entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.localCurrency(j, e.Unit), e.Per, j+1
	case t.flags&fUpper == 0 && !c.num.year && x.tokIs(j+1, tWord) && (moneyNoun(x.spAt(j+1)) || x.eq(j+1, wDividend)) && x.placeCurrency(j) != "":
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.placeCurrency(j), 1, j+1 // "Bayer paid a 10-mark dividend"
	case t.is(lexicon.Measure):
		c.unitKind, c.unit, c.last = factcheck.Measure, t.entry().Unit, j+1
		switch c.unit {
		case "foot":
			x.feetAndInches(c) // "a 6-foot-3 guard"
		case "degree":
			c.unit = x.bareDegrees(c, j) // "another 40-degree day" where the text writes "43.1C"
		}
		x.wattHours(c) // "a 12-gigawatt-hour battery plant"
		x.hyphenRate(c)
	case x.eq(j, wPercentage) && x.hyphenAt(j) && x.pointAt(j+2):
		c.unitKind, c.unit, c.last = factcheck.Percent, "percentage point", j+3 // "a 0.5-percentage-point gain"
	case t.is(lexicon.Percent) || s == "pc":
		c.unitKind, c.last = factcheck.Percent, j+1
	case t.is(lexicon.Ordinal) && c.num.words && c.num.value >= 20:
		// "twenty-first"
		c.unitKind, c.last = factcheck.Ordinal, j+1
		c.num.value += t.entry().Num
	case x.eq(j, wPlus):
		c.qual, c.last = factcheck.LowerBound, j+1
	case t.flags&fUpper != 0 && x.hyphenAt(j) && x.tokIs(j+2, tWord) && currencyAdjectives[currencyNoun(x.lowerAt(j+2))][lower(s)] != "":
		// "its proposed 5.22-billion-\nCanadian-dlr acquisition", "a
		// 100-Canadian-dlr fee": the dollar's nation joined by hyphens
		e := x.toks[j+2].entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, currencyAdjectives[currencyNoun(x.lowerAt(j+2))][lower(s)], e.Per, j+3
	case t.flags&fUpper != 0 && t.is(lexicon.Cardinal|lexicon.Ordinal):
		return false // "7-Eleven": a name
	case t.is(lexicon.Stop | lexicon.Determiner | lexicon.Cardinal | lexicon.Month | lexicon.Weekday | lexicon.Ordinal | lexicon.Scale | lexicon.Vague):
		return true
	case x.eq(j, wStrong):
		c.last = j + 1
	default:
		if t.flags&fUpper != 0 && !(c.num.words && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0) {
			return false // "2-Series", a name (but "a three-Test series" counts Tests)
		}
		// "a 20-page report": a count of what the adjective names
		c.last = j
		c.subjectStart, c.subjectEnd = j, j+1
	}
	return true
}

// ratio reads "one in five", "nine out of ten", "a one-in-five chance",
// "one in a million" as a percentage, and "a 1-in-200-year flood" as a return period in
// years (as the goldens' hands read it); j is "in" or "out".
func (x *extractor) ratio(c *claimParts, j int) {
	k := j + 1
	if x.eq(j, wOut) {
		k = j + 2
	}
	if x.hyphenAt(k - 1) {
		k++ // "one-in-five"
	}
	if x.eq(k, wEvery) {
		k++
	}
	d, ok := x.numberAt(k)
	if !ok && (x.eq(k, wA) || x.eq(k, wAn)) {
		d, ok = x.wordNumber(k) // "one in a million"
	}
	if !ok || d.value <= c.num.value || d.value == 0 || d.year || c.num.value == 0 || x.eq(j, wIn) && !c.num.words && !x.eq(k, wEvery) && d.scaled && c.num.value != 1 ||
		c.num.scaled && d.scaled || eraAfter(x.str(d.last)) {
		return // "117 million out of 833 million handsets": two counts; "took the throne at 18 in 51 BC", an age and a year (but "odds of 1 in 6 million" are a share)
	}
	if x.eq(j, wIn) && c.num.value == 1 && !d.scaled {
		// "a 1-in-200-year flood", "beyond the 1-in-100 return period": a
		// return period, how many years such an event takes to recur
		switch {
		case x.mark(d.last) == '-' && x.toks[d.last].flags&fSpace == 0 && x.eq(d.last+1, wYear) && x.toks[d.last+1].flags&fSpace == 0:
			c.unitKind, c.unit, c.num.value, c.last = factcheck.Duration, "year", d.value, d.last+2
			return
		case x.eq(d.last, wReturn) && x.eq(d.last+1, wPeriod):
			c.unitKind, c.unit, c.num.value, c.last = factcheck.Duration, "year", d.value, d.last
			return
		}
	}
	if x.tokIs(d.last, tWord) && x.toks[d.last].is(lexicon.Duration) && x.eq(j, wIn) {
		return // "1 in 10 years" is a rate, not a share (but "in nine out of 10 hours" and "one in every five hectares" are)
	}
	if x.eq(j, wIn) && c.num.decimal && !c.num.words {
		return // "is batting .412 in 17 at-bats": a rate of its own, then a count
	}
	if x.eq(j, wIn) && !c.num.words && c.num.value > 1 && outingNoun(x.lowerAt(min(d.last, len(x.toks)-1))) {
		return // "has 19 in 26 appearances", "12 in 20 games": a player's record, two counts (but "one in five games" is a share)
	}
	if u, k := x.markScale(c, d); x.eq(j, wOut) && u != "" {
		c.unitKind, c.unit, c.last = factcheck.Measure, u, k // "voters gave it 3.9 out of 10", "rated 3 out of 5 stars": a mark on a scale
		return
	}
	if c.num.decimal && !c.num.words && x.eq(j, wOut) {
		c.last = d.last // "a satisfaction score of 4.1 out of 5 customers": a mark on a scale (whose parts are whole), the scale its own
		return
	}
	switch f := c.num.first - 1; x.spAt(f) {
	case wRound, wStage, wGame, wPhase, wLevel, wLeg, wTest, wChapter, wWeek, wDay, wYear, wPart, wNumber:
		if !x.eq(f-1, wLast) && !x.eq(f-1, wThis) && !x.eq(f-1, wNext) {
			return // "never been beyond round four in eight attempts": a rank, then a count (but "Last year 7 in 10 candidates passed" a share)
		}
	}
	c.unitKind, c.last = factcheck.Percent, d.last
	c.num.value = roundShare(100 * c.num.value / d.value)
	c.num.scaled = true
}

// outingNoun reports whether w, in lower case, names a player's or a
// team's outings, which a record counts: "in 26 appearances".
func outingNoun(w string) bool {
	switch w {
	case "appearances", "games", "matches", "starts", "outings", "innings", "tests", "races", "fixtures", "attempts", "caps":
		return true
	}
	return false
}

// roundShare rounds the percentage v to two places, as checkers write
// shares ("one in three", 33.33), or, under a tenth of a percent, to three
// significant figures, where two places would leave one or none: "one in
// 6,000" is 0.0167 percent, "a 1 in 139,838,160 chance" 7.15e-07, not 0.
func roundShare(v float64) float64 {
	if r := round2(v); v >= 0.1 || v == 0 {
		return r
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 3, 64), 64)
	return r
}

// everyAfter returns the index after "every" at token k, or k: "one
// patient in every 250".
func (x *extractor) everyAfter(k int) int {
	if x.eq(k, wEvery) {
		return k + 1
	}
	return k
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// ageOfPerson reports whether the whole number c, with no noun of its
// own, is the age of one person it follows: "a girl of 13", "a man of
// 40" (but "a factor of 10", "a minister of 12 years" are no ages).
func (x *extractor) ageOfPerson(c *claimParts) bool {
	f := c.num.first
	if c.first != f || c.end != nil || c.num.decimal || c.num.scaled || c.num.value <= 0 || c.num.value >= 120 || !x.eq(f-1, wOf) || !x.eq(f-3, wA) && !x.eq(f-3, wAn) {
		return false
	}
	switch x.lowerAt(f - 2) {
	case "girl", "boy", "man", "woman", "child", "teenager", "youth", "youngster", "pensioner", "baby", "son", "daughter", "lad":
		return true
	}
	return false
}

// ageOfThe reports whether "the age of" stands before the figure at token
// f, or "the age of just", "only" or "barely" ("an MP at the age of just
// 28"), or "as young as" or "as old as".
func (x *extractor) ageOfThe(f int) bool {
	if x.eq(f-1, wAs) && (x.eq(f-2, wYoung) || x.eq(f-2, wOld)) && x.eq(f-3, wAs) {
		return true // "children as young as 12"
	}
	if x.eq(f-1, wJust) || x.eq(f-1, wOnly) || x.eq(f-1, wBarely) {
		f--
	}
	return x.eq(f-1, wOf) && x.eq(f-2, wAge) && x.eq(f-3, wThe)
}

// lower returns s with ASCII letters in lower case, s itself when it has
// none in upper case.
func lower(s string) string {
	k := 0
	for k < len(s) && !(s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	b := []byte(s)
	for i, c := range b[k:] {
		if c >= 'A' && c <= 'Z' {
			b[k+i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// currencyArea reports whether the words from j, after a currency's name,
// make it the states that share it: "euro zone", "euro area countries",
// "euro members" (but "the 870 stg area" is a price's level).
func (x *extractor) currencyArea(j int) bool {
	switch x.spAt(j) {
	case wZone:
		return true
	case wArea, wBloc:
		return statesNoun(x.spAt(j + 1))
	}
	return statesNoun(x.spAt(j))
}

// statesNoun reports whether the word spelt sp names states together:
// "countries", "members".
func statesNoun(sp spelling) bool {
	switch sp {
	case wCountries, wNations, wMembers, wEconomies, wStates, wGovernments:
		return true
	}
	return false
}

// fuelUse returns the index after a car's fuel use written "l/100km" (or
// "L/100 km") at j, or j.
func (x *extractor) fuelUse(j int) int {
	if x.str(j) != "l" && x.str(j) != "L" || x.mark(j+1) != '/' || x.str(j+2) != "100" || !x.eq(j+3, wKm) || x.toks[j+1].flags&fSpace != 0 || x.toks[j+2].flags&fSpace != 0 {
		return j
	}
	return j + 4
}

// lowerTail reports whether the word s is in lower case after its first
// letter, as a word of a title is ("Hour", "Days"), where a unit's symbol
// is not ("GHz", "MHz").
func lowerTail(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return false
		}
	}
	return true
}

// gluedHours reports whether the word at j is a lower-case "h" glued to
// the figure before it and to no figure after it: hours ("within 48h"; "1h
// 20m" is read whole elsewhere).
func (x *extractor) gluedHours(j int) bool {
	return x.str(j) == "h" && x.toks[j].flags&fSpace == 0 && !x.gluedAfter(j)
}

// metricSymbol returns the unit of the metric symbol at j after a figure:
// "Mt", megatonnes ("3.2 Mt of CO2", "40 Mt a year"); "g", "t", "L" or "l"
// before "of", after a verb of weighing, or in a sentence that measures
// the same quantity in a unit it names (grams, tonnes, litres: "500 g of
// lentils", "16t of steel", "1.5 L of stock", "weighs 640 g", "12,000
// litres, up from the 7,500 L", "150 g rather than 1½ cups"), grams
// before a rate's slash ("6.8 g/t" of ore, "109g/km" of CO2); "" for any
// other word. A letter alone elsewhere is too often something else ("4g
// networks", "the 2 L trains").
func (x *extractor) metricSymbol(j int) string {
	switch s := x.str(j); {
	case s == "Mt":
		return "Mt"
	case x.fuelUse(j) > j:
		return "" // "burns 7.8 L/100 km", litres a hundred kilometres (fuelUse), whatever else the sentence measures in litres
	case !x.eq(j+1, wOf) && !(x.tokIs(j-1, tNum) && weighVerb(x.lowerAt(j-2))) && !x.sameQuantityNamed(j) && !(s == "g" && x.gramRate(j)) &&
		!((s == "g" || s == "L" || s == "l") && (x.packNamed(j) || x.perTimeAfter(j))):
		return "" // but "weighs 640 g", "6.8 g/t", "750 g jars", "1L and 2L bottles", "2 L/min", "max. 1.2 g/day"
	case s == "g":
		return "g"
	case s == "t":
		return "tonne"
	case s == "L" || s == "l":
		return "L"
	}
	return ""
}

// packNamed reports whether the sentence of token j names a pack of goods
// or a vessel a weight or a volume is of: "the 750 g jars", "its 1L and
// 2L bottles", "a 409L fridge", "the 0.9L bin", "a 1.6L engine".
func (x *extractor) packNamed(j int) bool { return x.sentenceNames(j, 8, packWords) }

// packWords are the packs and vessels of packNamed.
var packWords = wordSet("jar", "jars", "bottle", "bottles", "pack", "packs", "packet", "packets", "bag", "bags", "tub", "tubs", "carton", "cartons",
	"tin", "tins", "pouch", "pouches", "sachet", "sachets", "container", "containers", "punnet", "punnets",
	"fridge", "fridges", "freezer", "freezers", "bin", "bins", "tank", "tanks", "drum", "drums", "kettle", "kettles", "engine", "engines")

// pressureWords are the words of a sentence that make "bar" after a
// figure a pressure.
var pressureWords = wordSet("pressure", "pressures", "psi", "tyre", "tyres", "tire", "tires", "boiler", "pump", "pumps", "compressor",
	"hydraulic", "tested", "pressurised", "pressurized", "valve", "cylinder", "main", "mains", "vacuum", "pipeline", "hydrogen", "steam")

// physicsSymbol returns the unit that the symbol or word at token j,
// after the number of c, writes by its case or in its sentence's physics,
// or "": pascals and gigapascals ("101,325 Pa", "130 GPa"; a "3.8 GPA" is
// a grade, "Pa." Pennsylvania), watts and volts ("less than 15 W", "1,000
// W/m²", "5.8 × 10⁻⁴ V", spaced; not "15 W 34th St", a street, nor a
// "16V engine"'s valves), teslas ("8.3 tesla", "0.5 T" of a
// magnet).
func (x *extractor) physicsSymbol(c *claimParts, j int) string {
	if c.unitKind != factcheck.Count || c.num.scaled || !x.tokIs(j, tWord) || x.toks[j].flags&fNewline != 0 {
		return ""
	}
	next := j + 1
	free := next >= len(x.toks) || !x.tokIs(next, tNum) && !(x.tokIs(next, tWord) && x.toks[next].flags&fUpper != 0) && !x.hyphenAt(j) // (but "950 V-Bucks")
	switch s := x.str(j); s {
	case "GPa":
		return s
	case "Pa", "W", "V":
		// after a figure in digits, before a mark (a stop only after volts: "he won 6 W." in a table of wins, "Pa." Pennsylvania) or a small word (but "9801 V computer series", "four W and J Sloane": names)
		ends := next >= len(x.toks) || x.tokIs(next, tPunct) && (x.mark(next) != '.' || s == "V") || x.tokIs(next, tWord) && x.toks[next].is(lexicon.Stop)
		if x.toks[j].flags&fSpace != 0 && !c.num.words && free && ends || x.mark(next) == '/' && x.toks[next].flags&fSpace == 0 {
			return s
		}
	case "tesla", "teslas":
		return "tesla"
	case "T":
		if free && x.sentenceNames(j, 20, magnetWords) {
			return s
		}
	}
	return ""
}

// oilGrade reports whether the "W" at token j, glued to the figure before
// it, is the winter figure of a motor oil's grade, its hot figure hyphened
// after it: "5W-30", "10W-40", a name of the oil's thickness, no watts.
func (x *extractor) oilGrade(j int) bool { return x.hyphenAt(j) && x.tokIs(j+2, tNum) }

// physicsUnit gives the count c the unit physicsSymbol reads at token j,
// reading it once, and reports whether there was one.
func (x *extractor) physicsUnit(c *claimParts, j int) bool {
	u := x.physicsSymbol(c, j)
	if u == "" {
		return false
	}
	c.unitKind, c.unit, c.last = factcheck.Measure, u, j+1
	return true
}

// heatWords are the words of heat and cold that make a "K" in their
// sentence kelvins.
var heatWords = wordSet("heat", "heats", "heated", "hot", "hotter", "hottest", "cold", "colder", "coldest", "cooled", "cooling", "surface",
	"plasma", "degrees", "celsius", "fahrenheit", "kelvin", "kelvins", "cryogenic", "helium", "superconducting", "superconductor")

// magnetWords are the words of a sentence that make a "T" teslas.
var magnetWords = wordSet("magnet", "magnets", "magnetic", "field", "fields", "tesla", "mri", "scanner", "superconducting")

// alcoholWords are the words of drink that make a "unit" in their
// sentence a unit of alcohol.
var alcoholWords = wordSet("alcohol", "alcoholic", "wine", "wines", "lager", "lagers", "beer", "beers", "spirits", "whisky", "whiskey",
	"vodka", "gin", "cider", "abv", "drink", "drinks", "drinking", "drinkers", "drinker", "pint", "pints", "booze", "binge")

// sentenceNames reports whether a word of set stands in the sentence of
// token i, from its start to ahead tokens after i: a sentence that names
// a pack, a camera, a video or the weather.
func (x *extractor) sentenceNames(i, ahead int, set map[string]bool) bool {
	return x.namesWithin(i, 0, ahead, set)
}

// namesWithin reports whether a word of set stands in the sentence of
// token i, from token from (or the sentence's start, if later) to ahead
// tokens after i.
func (x *extractor) namesWithin(i, from, ahead int, set map[string]bool) bool {
	for k := max(x.sentenceStartBefore(i), from); k < len(x.toks) && k < i+ahead; k++ {
		if x.tokIs(k, tPunct) && k > i && x.sentenceEnd(k) > k {
			return false
		}
		if x.wordIn(k, set) {
			return true
		}
	}
	return false
}

// wordIn reports whether the word at token k, in lower case, is in set,
// lowered into a buffer: no allocation for the capitalised words a
// sentence's scan meets.
func (x *extractor) wordIn(k int, set map[string]bool) bool {
	if uint(k) < uint(len(x.toks)) && x.toks[k].sp != 0 {
		return set[spellingText[x.toks[k].sp]]
	}
	s := x.str(k)
	var buf [24]byte
	if len(s) > len(buf) {
		return set[lower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

// wordSet makes a set of the words ws, in lower case.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// gramRate reports whether the "g" at token j is a rate's, grams of ore
// a tonne, of a gas a kilometre or of alcohol a litre of blood: "/t",
// "/km" or "/l" glued after it.
func (x *extractor) gramRate(j int) bool {
	return x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 && (x.eq(j+2, wT) || x.eq(j+2, wKm) || x.eq(j+2, wL)) && x.toks[j+2].flags&fSpace == 0
}

// perTimeAfter reports whether a slash and a word of time are glued
// after the metric symbol at token j, a rate's: "2 L/min" of oxygen, "1.2
// g/day".
func (x *extractor) perTimeAfter(j int) bool {
	return x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 && x.tokIs(j+2, tWord) && x.toks[j+2].flags&fSpace == 0 &&
		x.toks[j+2].is(lexicon.Duration) && len(x.str(j+2)) > 1
}

// symbolQuantities are the units (the lexicon's) that measure what a
// metric symbol does: mass, or a recipe's measures, for "g"; mass for "t";
// volume for "L"; length for a spaced "m" (metres, not millions).
var symbolQuantities = map[string]map[string]bool{
	"g": {"kg": true, "g": true, "gramme": true, "mg": true, "milligram": true, "microgram": true, "lb": true, "ounce": true,
		"cup": true, "tablespoon": true, "tbsp": true, "tsp": true, "teaspoon": true},
	"t": {"tonne": true, "kg": true},
	"m": {"m": true, "km": true, "cm": true, "mm": true, "foot": true, "yard": true, "mile": true},
	"L": {"litre": true, "liter": true, "ml": true, "milliliter": true, "centilitre": true, "centiliter": true,
		"decilitre": true, "deciliter": true, "hectolitre": true, "hectoliter": true, "gallon": true, "pint": true},
}

// sameQuantityNamed reports whether the sentence of the metric symbol at
// token j ("g", "t", "L", "l", or a spaced "m") names a unit of the quantity it measures
// (symbolQuantities) within 20 tokens of it, or, for "g", has claimed a
// weight before it.
func (x *extractor) sameQuantityNamed(j int) bool {
	s := x.str(j)
	if s == "l" {
		s = "L"
	}
	units := symbolQuantities[s]
	if units == nil {
		return false
	}
	if s == "g" && slices.ContainsFunc(x.sentenceClaims(j), func(p factcheck.Claim) bool {
		return p.Kind == factcheck.Measure && (units[p.Unit] || strings.HasPrefix(p.Unit, "g/") || strings.HasPrefix(p.Unit, "g per "))
	}) {
		return true // "weighs 187 g, roughly 19 g lighter", "dropped to 108.1 g/km, down 5.2 g on the year"
	}
	for k, start := j-1, max(j-20, x.sentenceStartBefore(j)); k >= start; k-- {
		if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Measure) && units[x.toks[k].entry().Unit] {
			return true
		}
	}
	for k := j + 1; k < min(j+20, len(x.toks)) && !(x.tokIs(k, tPunct) && x.sentenceEnd(k) > k); k++ {
		if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Measure) && units[x.toks[k].entry().Unit] {
			return true
		}
	}
	return false
}

// gluedInches reports whether "in" at token j, glued to the number before
// it, is inches: after a figure no year ("born 1987in London": "in" run
// into the year), a bracket or a word other than a number or a stop word
// follows ("42in (106cm)", "a 32in TV"), or a mark that ends a clause or
// a preposition ("a cramped 28in, against 31in on mainline jets", "5in of
// rain"); but not a determiner or a capital ("rose 5in the quarter").
func (x *extractor) gluedInches(j int) bool {
	if x.str(j) != "in" || x.toks[j].flags&fSpace != 0 || yearLike(x.str(j-1)) {
		return false
	}
	if x.mark(j+1) == '(' || x.tokIs(j+1, tWord) && !x.toks[j+1].is(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal) ||
		x.tokIs(j+1, tNum) && x.measureAt(j+2) && x.toks[j+2].flags&fSpace == 0 {
		return true // (and "a 6.5in 90Hz display", another measure glued after it)
	}
	switch p := x.str(j + 1); {
	case j+1 >= len(x.toks), p == ",", p == ";", p == ":", p == ")":
		return true
	case p == ".":
		return x.sentenceEnd(j+1) > j+1
	}
	return x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 && x.toks[j+1].is(lexicon.Stop) && !x.toks[j+1].is(lexicon.Determiner)
}

// weighedAfter reports whether the word at token k, or past a quote mark
// there, is a thing a hyphened "pound" before it weighs: no stop word,
// determiner or noun of money ("a 20-pound bag", "The 2-pound 'Buckeye
// Burger'"; but "a 20-pound note").
func (x *extractor) weighedAfter(k int) bool {
	if x.tokIs(k, tPunct) && (x.mark(k) == '\'' || x.mark(k) == '"' || x.str(k) == "\u2018" || x.str(k) == "\u201c") {
		k++
	}
	return x.tokIs(k, tWord) && !x.toks[k].is(lexicon.Stop|lexicon.Determiner) && !moneyNoun(x.spAt(k))
}

// ratePoint reports whether "point(s)" at token j, after the number of c,
// counts percentage points of a rate: "a one point cut in base rates",
// "cut rates by one point", "down 1/8 point", "1/4 point over Libor". A
// rate must be named nearby and the points be a change or a spread: a noun
// of change follows, or "over", "above", "below" or "under", or "by" and a
// verb of change, or a verb of change alone or with "to" ("rising to 3/8
// point"), stand before the number.
// Rates move by a few points at most.
func (x *extractor) ratePoint(c *claimParts, j int) bool {
	if !x.eq(j, wPoint) && !x.eq(j, wPoints) || c.num.value > 5 || x.indexNear(c.num.first) {
		return false // "the Dow fell 300 points" measures an index
	}
	if x.tokIs(j+1, tWord) && rateChangeNoun(x.spAt(j+1)) {
		return x.rateWithin(j, rateChangeBack) // "a full one-point cut", the base rates a paragraph up
	}
	if !x.rateNear(j) && !x.rateQuotedBefore(c.num.first) {
		return false // but a dealer's rates quoted before name one: "week-fixed rose 1/16 point"
	}
	if x.eq(j+1, wOver) || x.eq(j+1, wAbove) || x.eq(j+1, wBelow) || x.eq(j+1, wUnder) {
		return true // a spread: "13/16 points over London interbank offered rates"
	}
	f := c.num.first
	_, q := x.qualifier(f)
	if x.byChange(f) || x.eq(q-1, wBy) && (x.eq(j+1, wFrom) || x.eq(j+1, wTo)) {
		return true // "a rise in the coupon rate by nearly one point from the current 4.9 pct"
	}
	return x.eq(f-1, wBy) && x.tokIs(f-3, tWord) && changeWord(x.spAt(f-3)) ||
		x.tokIs(f-1, tWord) && changeWord(x.spAt(f-1)) || // "down 1/8 point at 10 pct"
		x.eq(f-1, wTo) && x.tokIs(f-2, tWord) && changeWord(x.spAt(f-2)) || // "rising to 3/8 point thereafter"
		x.eq(f-1, wFrom) || x.eq(f-1, wThe) && x.eq(f-2, wFrom) // "up from the 5/8 points it originally proposed"
}

// sumOfPoundsAfter reports whether "and" or "to" and a sum in pounds
// follow token k: "between 50p and £1.50", pence the range's start.
func (x *extractor) sumOfPoundsAfter(k int) bool {
	return (x.eq(k, wAnd) || x.eq(k, wTo)) && x.str(k+1) == "£"
}

// chargedBefore reports whether a verb of charging or paying stands just
// before token k, perhaps with "between" or "up to": "will charge 50p for
// each video", "costs up to 60p".
func (x *extractor) chargedBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-3 && x.tokIs(m, tWord); m-- {
		switch x.lowerAt(m) {
		case "charge", "charges", "charged", "charging", "cost", "costs", "costing", "pay", "pays", "paid", "paying", "price", "priced", "fee":
			return true
		}
	}
	return false
}

// testScoresBefore reports whether the sentence before token i names the
// scores of a test or exam, whose points measure them: "fourth-grade
// reading scores climbed 10 points", "SAT scores fell 8 points" (a
// player's points, "scored 21 points", stay a count).
func (x *extractor) testScoresBefore(i int) bool {
	scores := false
	for k := i - 1; k >= 0 && k >= i-10 && !x.sentenceEndIn(k, k+1); k-- {
		if x.eqText(k, "score") || x.eqText(k, "scores") {
			scores = true
		} else if scores && x.tokIs(k, tWord) && testWord(x.lowerAt(k)) {
			return true
		}
	}
	return false
}

// testWord reports whether w, in lower case, names a test or its subject
// before "scores": "reading", "SAT", "exam".
func testWord(w string) bool {
	switch w {
	case "test", "tests", "reading", "math", "maths", "exam", "exams", "sat", "act", "naep", "literacy", "numeracy":
		return true
	}
	return false
}

// marginNoun reports whether w, in lower case, names a margin a count of
// shots, goals or points makes: "lead", "advantage", "victory".
func marginNoun(w string) bool {
	switch w {
	case "lead", "advantage", "margin", "victory", "win", "deficit", "cushion", "gap":
		return true
	}
	return false
}

// emissionMasses maps the mass units that open a unit of carbon dioxide
// ("MtCO2e", "tCO2") to the unit the claim takes, as the goldens' hands
// write it: tonnes in full, the larger units as written.
var emissionMasses = map[string]string{"Gt": "Gt", "Mt": "Mt", "kt": "kt", "t": "tonne", "kg": "kg", "g": "g"}

// emissionUnit returns the unit of mass of a unit of carbon dioxide at
// token j, its mass's letters glued to "CO", "2" and perhaps "e" ("MtCO2e",
// "tCO2", "gCO2"); or "".
func (x *extractor) emissionUnit(j int) string {
	w := x.str(j)
	mass, ok := strings.CutSuffix(w, "CO")
	if !ok || !x.tokIs(j, tWord) || x.str(j+1) != "2" && x.str(j+1) != "\u2082" || x.toks[j+1].flags&fSpace != 0 {
		return "" // (the 2 may be a subscript's: "4.2 GtCO₂")
	}
	return emissionMasses[mass]
}

// emissionEnd returns the index after the unit of carbon dioxide at token
// j (emissionUnit), its "e" or "eq" of equivalence read.
func (x *extractor) emissionEnd(j int) int {
	k := j + 2
	if (x.eqText(k, "e") || x.eqText(k, "eq")) && x.toks[k].flags&fSpace == 0 {
		k++
	}
	return k
}

// spreadOverRate reports whether the bare number of c, a few points at most,
// is a spread over a benchmark rate named at token j: "interest in cash at
// 5/8 over LIBOR", "raised its offer to 7/8 over the London interbank
// offered rate", in percentage points.
func (x *extractor) spreadOverRate(c *claimParts, j int) bool {
	return c.num.value <= 5 && !c.num.year && c.end == nil && x.overBenchmark(j)
}

// overBenchmark reports whether "over" or "above" at token j comes before
// a benchmark rate, named in the next few words: "over LIBOR", "above
// the London interbank offered rate", "over the prime".
func (x *extractor) overBenchmark(j int) bool {
	if !x.eq(j, wOver) && !x.eq(j, wAbove) {
		return false
	}
	for k := j + 1; k < j+4 && k < len(x.toks); k++ {
		switch x.spAt(k) {
		case wLibor, wInterbank, wPrime, wTreasuries, wTreasury, wBenchmark, wLibid, wPibor, wFibor:
			return true
		}
	}
	return false
}

// benchmarkBack is how many tokens before a figure benchmarkBefore reads:
// a few paragraphs of a story on a loan's terms.
const benchmarkBack = 200

// benchmarkBefore reports whether a benchmark rate that loans are priced
// over ("Libor", "London Interbank Offered Rate") is named within
// benchmarkBack tokens before token i: then a fraction of a point there is
// a spread's percentage point.
func (x *extractor) benchmarkBefore(i int) bool {
	for k := max(i-benchmarkBack, 0); k < i; k++ {
		if x.eq(k, wLibor) || x.eq(k, wInterbank) && x.eq(k+1, wOffered) {
			return true
		}
	}
	return false
}

// rateChangeNoun reports whether the word spelt sp names a change of a rate, or a
// spread over one: "a one point cut", "a quarter-point rise", "a 7/8
// point spread over LIBOR".
func rateChangeNoun(sp spelling) bool {
	switch sp {
	case wCut, wCuts, wRise, wRises, wIncrease, wIncreases, wHike, wHikes, wDrop, wFall, wReduction, wDecline,
		wGain, wJump, wMove, wReductions, wEasing, wTightening, wSpread, wSpreads, wMargin:
		return true
	}
	return false
}

// priceMove reports whether the word spelt sp after "point", names a
// price's move that many points make: "a two point fall registered by
// one BNP note", "a three point drop" (but "a five point lead" is a
// game's or a poll's).
func priceMove(sp spelling) bool {
	switch sp {
	case wFall, wDrop, wRise, wGain, wDecline, wSlide, wJump, wLoss, wPlunge, wAdvance:
		return true
	}
	return false
}

// tradedBefore reports whether a market's verb of trading stands just
// before token i, a move in points and its direction after it: "closed
// 30 to 52 points lower", "opened 15 points higher".
func (x *extractor) tradedBefore(i int) bool {
	return x.tradeVerb(i-1) || x.eq(i-1, wClose) || x.eq(i-1, wOpen) || x.eq(i-1, wFinish) || x.eq(i-1, wFinished)
}

// spreadMark reports whether w, in lower case, after "points" or before
// "of" and them, makes them a price's or an index's, not a game's: "13
// points premium to New York July", "15 points discount", "the 1,000
// points barrier", "a premium of 25 to 30 points over New York May".
func spreadMark(w string) bool {
	return w == "premium" || w == "discount" || w == "barrier"
}

// percentListItem reads a bare number at token i that goes on a list of
// shares begun with a percent: "Santos 50 pct, Delhi 30, Vamgas 10". The
// number must follow a comma after the last claim, a plain percent, with
// only a name between (capitalised words, "and", "&lt;" brackets), and end
// its item. It returns i when there is none.
func (x *extractor) percentListItem(i int) int {
	if len(x.claims) == 0 || !allDigits(x.str(i)) || len(x.str(i)) > 3 || x.toks[i].flags&fSpace == 0 {
		return i
	}
	if i+1 < len(x.toks) && !(x.tokIs(i+1, tPunct) && (x.mark(i+1) == ',' || x.mark(i+1) == '.' || x.mark(i+1) == ';')) {
		return i
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Percent || p.Unit != "" || p.EndValue != nil {
		return i
	}
	k := i - 1
	for ; k > i-10 && k > 0; k-- {
		t := &x.toks[k]
		if t.class == tPunct && x.mark(k) == ',' {
			break
		}
		switch {
		case t.class == tWord && (t.flags&fUpper != 0 || x.eq(k, wAnd)):
		case t.class == tWord && (x.eq(k, wLt) || x.eq(k, wGt)) && x.mark(k-1) == '&':
		case t.class == tPunct && (x.mark(k) == '&' || x.mark(k) == ';' || x.mark(k) == '<' || x.mark(k) == '>'):
		default:
			return i
		}
	}
	if k == i-1 || !x.tokIs(k, tPunct) || x.mark(k) != ',' || int(x.toks[k-1].e) != p.End {
		return i
	}
	n, ok := x.digits(i)
	if !ok || n.value <= 0 || n.value > 100 {
		return i
	}
	c := claimParts{first: i, last: i + 1, num: n, unitKind: factcheck.Percent, qual: factcheck.Exact, factor: 1}
	x.emit(&c)
	return i + 1
}

// prefixedUnit returns the lexicon ID of the measure that a metric prefix
// hyphenated to a unit at token j spells ("mega-watt", "kilo-metres"),
// or 0.
func (x *extractor) prefixedUnit(j int) uint16 {
	if !x.hyphenAt(j) || x.mark(j+1) != '-' {
		return 0
	}
	switch x.spAt(j) {
	case wKilo, wMega, wGiga, wTera, wMilli, wCenti:
		id := lexicon.Lookup(x.lowerAt(j) + x.lowerAt(j+2))
		if lexicon.At(id).Cat&lexicon.Measure == 0 {
			return 0
		}
		return id
	}
	return 0
}

// richterAfter reports whether "on the Richter scale", perhaps with an
// adjective ("on the open-ended Richter scale"), follows at token j: an
// earthquake's magnitude.
func (x *extractor) richterAfter(j int) bool {
	if !x.eq(j, wOn) || !x.eq(j+1, wThe) {
		return false
	}
	for k := j + 2; k < j+6 && k < len(x.toks); k++ {
		if x.eq(k, wRichter) {
			return x.eq(k+1, wScale)
		}
	}
	return false
}

// parPrice makes the bare figure c a percentage of par when a bond's issue
// is priced or issued at it: "The bonds are priced at 101-1/2", "an issue
// price of 99.396", "the zero coupon issue is priced at 70.40", "the bond
// pays 11 pct and is being issued at 101", as wire copy gives
// a eurobond's price in percent of its face value. The figure lies
// between 50 and 150, and its sentence names a bond or its coupon, and
// no share.
func (x *extractor) parPrice(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd > c.first || c.num.scaled || c.num.year || c.num.value < 50 || c.num.value > 150 {
		return
	}
	k := c.first - 1
	if !(x.eq(k, wAt) && (x.eq(k-1, wPriced) || x.eq(k-1, wIssued))) && !(x.eq(k, wOf) && x.eq(k-1, wPrice) && x.eq(k-2, wIssue)) &&
		!(x.eq(k, wIs) && x.eq(k-1, wPrice) && x.eq(k-2, wIssue)) {
		return
	}
	bond := false
	for j := x.sentenceStartBefore(c.first); j < len(x.toks) && j < c.first+30 && !(j > c.first && x.sentenceEnd(j) > j); j++ {
		switch x.spAt(j) {
		case wShare, wShares, wStock, wStocks, wUnit, wUnits, wWarrant, wWarrants:
			return // "the shares are priced at 21-1/2": dollars a share
		case wBond, wBonds, wNotes, wDebentures, wEurobond, wEurobonds, wCoupon, wIssue, wPar, wYield:
			bond = true
		}
	}
	if bond {
		c.unitKind = factcheck.Percent
	}
}

// changedByTimes reports whether "N times" after the number of c is the
// size of a change "by" a verb of change states, qualifier words between:
// "might expand its capital base by up to seven times" multiplies it
// (but "met seven times" counts meetings).
func (x *extractor) changedByTimes(c *claimParts) bool {
	k := c.num.first - 1
	for n := 0; n < 3 && k > 0 && x.tokIs(k, tWord) && (x.eq(k, wUp) || x.eq(k, wTo) || x.eq(k, wAs) || x.eq(k, wMuch) || x.eq(k, wAbout) || x.eq(k, wSome) || x.eq(k, wNearly) || x.eq(k, wAlmost)); n++ {
		k--
	}
	if !x.eq(k, wBy) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-8 && !x.tokIs(m, tPunct); m-- {
		if x.tokIs(m, tWord) && changeWord(x.spAt(m)) {
			return true
		}
	}
	return false
}

// feePart returns the kind and unit of a fee's total that the bare figure
// ending before token j is a part of, "for" after it: "Fees total 1-7/8
// pct, with 1-1/4 for selling and 5/8 for management and underwriting",
// "Fees total 15 basis points with five for selling and 10 for
// management". The total is the claim before it in its sentence (or a
// part before), a share or points, after "fee" or "fees".
func (x *extractor) feePart(j int) (factcheck.Kind, string, bool) {
	if x.eq(j, wEach) {
		j++ // "3/8 each for management and underwriting"
	}
	if !x.eq(j, wFor) || len(x.claims) == 0 {
		return "", "", false
	}
	start := x.sentenceStartBefore(j)
	p := &x.claims[len(x.claims)-1]
	if p.Start < int(x.toks[start].s) || p.Kind != factcheck.Percent && p.Unit != "basis point" && p.Unit != "point" {
		return "", "", false
	}
	for k := start; k < len(x.toks) && int(x.toks[k].s) < p.Start; k++ {
		if x.eq(k, wFees) || x.eq(k, wFee) {
			return p.Kind, p.Unit, true
		}
	}
	return "", "", false
}

// hoursAt reports whether a number of hours under a day stands at token
// j, right after a number of days: "3 days 19 hours".
func (x *extractor) hoursAt(j int) bool {
	n, ok := x.numberAt(j)
	return ok && !n.scaled && n.value < 24 && x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Duration) && x.toks[n.last].entry().Unit == "hour"
}

// denominatedIn reports whether w, in lower case, after a currency's name
// and a hyphen, says that what follows is reckoned in that money:
// "dollar-denominated", "won-based", "euro-linked".
func denominatedIn(w string) bool {
	switch w {
	case "denominated", "based", "linked", "backed", "pegged", "priced":
		return true
	}
	return false
}

// taxRateBefore reports whether the clause before token i gives a tax's
// rate in pence or cents "in the pound" or "in the dollar": a sum of pence
// or cents after it in the clause is another band's rate ("those
// earning between $135,001 and $190,000 now pay 37c in the dollar, while
// those above $190,000 pay 45c").
// everyPound returns the index after "every pound" or "every £1" that
// follows, after "in", "of", "to" or "from", the sum in pence c: "35p in
// every £1", "87p of every pound", a share of each pound; or c.last.
func (x *extractor) everyPound(c *claimParts) int {
	k := c.last
	if c.unitKind != factcheck.Money || c.unit != "GBP" || c.factor != 0.01 || c.end != nil || !(x.eq(k, wIn) || x.eq(k, wOf) || x.eq(k, wTo) || x.eq(k, wFrom)) || !x.eq(k+1, wEvery) {
		return c.last
	}
	switch {
	case x.eq(k+2, wPound):
		return k + 3
	case x.str(k+2) == "£" && x.str(k+3) == "1" && x.toks[k+3].flags&fSpace == 0:
		return k + 4
	}
	return c.last
}

// penceRate reports whether token k, after a sum in pence, names a
// rate of income tax that so many pence in the pound make: "rate" alone
// or after "basic", "starting", "top" or "higher".
func (x *extractor) penceRate(k int) bool {
	if taxBand(x.lowerAt(min(k, len(x.toks)-1))) {
		k++
	}
	return x.eq(k, wRate) && k < len(x.toks)
}

// taxBand reports whether w, in lower case, names a band of income tax
// before "rate": "basic", "starting", "top", "higher".
func taxBand(w string) bool {
	switch w {
	case "basic", "starting", "top", "higher", "lower", "additional":
		return true
	}
	return false
}

func (x *extractor) taxRateBefore(i int) bool {
	for k := i - 1; k >= 3 && k >= x.sentenceStartBefore(i) && x.mark(k) != ';'; k-- {
		if x.eq(k, wIn) && x.eq(k+1, wThe) && (x.eq(k+2, wDollar) || x.eq(k+2, wPound)) && x.tokIs(k-2, tNum) {
			switch x.lowerAt(k - 1) {
			case "c", "cents", "p", "pence":
				return true
			}
		}
	}
	return false
}

// superlativeOfAge returns the token of "oldest" or "youngest" that the
// figure at token i is told of, with at most a noun of people and "was"
// or "is", or a comma, between ("the oldest 78", "the youngest victim was
// 16", "the oldest, 63"), or -1.
func (x *extractor) superlativeOfAge(i int) int {
	k := i - 1
	switch {
	case x.mark(k) == ',':
		k--
	case x.eq(k, wWas) || x.eq(k, wIs):
		k--
		if x.tokIs(k, tWord) && personNoun(x.lowerAt(k)) {
			k--
		}
	}
	if x.eqText(k, "oldest") || x.eqText(k, "youngest") {
		return k
	}
	return -1
}

// sidesUnit returns the unit of length said once after the last of a
// run of sides joined by a times sign, for the bare count c that opens
// or continues the run ("cabin bags of 55 x 40 x 20cm", "slabs 600 x
// 600mm"), or "".
func (x *extractor) sidesUnit(c *claimParts) string {
	if c.unitKind != factcheck.Count || c.unit != "" || c.end != nil || c.num.scaled || c.num.words || c.last != c.num.last {
		return ""
	}
	j := c.num.last
	for sides := 0; sides < 3 && timesSign(x.str(j)) && x.tokIs(j+1, tNum); sides++ {
		n, ok := x.digits(j + 1)
		if !ok || n.scaled {
			return ""
		}
		j = n.last
		if x.tokIs(j, tWord) && x.toks[j].is(lexicon.Measure) {
			switch u := x.toks[j].entry().Unit; u {
			case "mm", "cm", "m", "inch", "foot", "ft", "in":
				return u
			}
			return ""
		}
	}
	return ""
}
