package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Units of measure are written singular. A unit alone takes the
// lexicon's normal form ("kilometres" and "km" are "km"), so that the same
// unit groups; but the parts of a compound unit are the words as written,
// in the singular: "cubic metre", "cu ft", "tonne per hectare", "metre
// per year", "microgram per cubic metre". Areas are "sq km", "sq m", "sq
// ft", "sq mile" however written, and speeds "km/h", "mph" and "m/s". A count
// whose noun is given per a unit of time or measure is a rate, a measure
// in "<noun> per <unit>": "4,000 vehicles per week" is 4,000 "vehicle per
// week", "5k builds/week" 5,000 "build per week".

// hyphenRate reads the unit a measure of c is given per when hyphens join
// it: "a three-gram-per-tonne grade", "4.4-gram-a-tonne", "a
// 10-tonne-a-day plant"; it reports whether there is one.
func (x *extractor) hyphenRate(c *claimParts) bool {
	j := c.last // the hyphen after the measure's unit
	if !x.hyphenAt(j-1) || !x.eq(j+1, wPer) && !x.eq(j+1, wA) || !x.hyphenAt(j+1) || !x.tokIs(j+3, tWord) ||
		!x.measureAt(j+3) && !x.toks[j+3].is(lexicon.Duration) {
		return false
	}
	x.perRate(c, x.toks[j+3].entry().Unit)
	c.last = j + 4
	return true
}

// rate reads what makes the measure of c a rate: a speed "km/h", "m/s",
// or "<unit> per <unit>" from "barrels per day", "barrels a day", "tonnes
// per hectare".
// perPlay reports whether w, after "per", names a play or a game a
// player's average is taken over: "game", "carry", "reception".
func perPlay(w string) bool {
	switch w {
	case "game", "match", "carry", "reception", "attempt", "catch", "possession", "start":
		return true
	}
	return false
}

func (x *extractor) rate(c *claimParts) {
	if u := c.last - 1; c.unit == "acre" && x.hyphenAt(u) && (x.eq(u+2, wFoot) || x.eq(u+2, wFeet) || x.eq(u+2, wFt)) && x.toks[u+2].flags&fSpace == 0 {
		c.unit, c.last = "acre-foot", u+3 // "8.9 million acre-feet" of water: an acre a foot deep
		x.rate(c)                         // "up to 250,000 acre-feet a year"
		return
	}
	if x.hyphenRate(c) {
		return
	}
	if j := c.last; x.eq(j, wPer) && x.tokIs(j+1, tWord) && perPlay(x.lowerAt(j+1)) {
		c.unit, c.last = c.unit+" per "+x.lowerAt(j+1), j+2 // "15.4 yards per reception", "3.1 yards per carry": a player's average
		return
	}
	j := c.last
	if c.unit == "bushel" && x.mark(j) == '.' && x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 {
		j++ // "38 bu./ac.": the bushel's abbreviation dot before the slash
	}
	if x.tokIs(j, tPunct) && x.mark(j) == '/' && x.toks[j].flags&fSpace == 0 && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0 {
		switch {
		case c.unit == "bushel" && (x.eq(j+1, wA) || x.eq(j+1, wAc)):
			c.unit, c.last = "bushel per acre", j+2 // "38.6 bu/a", "41 bu/ac": a yield, as American farm papers write it
		case x.eq(j+1, wAc) && x.massAt(j-1):
			c.unit, c.last = c.unit+" per acre", j+2 // "5 to 6 lb/ac" of seed
		case (x.eq(j+1, wH) || x.eq(j+1, wHr)) && c.unit == "km":
			c.unit, c.last = "km/h", j+2
		case x.eq(j+1, wS) && (c.unit == "m" || c.unit == "km"):
			c.unit, c.last = c.unit+"/s", j+2
		case (x.eq(j+1, wS) || x.eq(j+1, wSec)) && dataUnit(c.unit) && x.tokIs(j-1, tWord):
			c.unit, c.last = x.text[x.toks[j-1].s:x.toks[j+1].e], j+2 // "940 Mbit/s", "MB/s": a data rate as written, as "Mbps" is
		case x.eq(j+1, wS) || x.eq(j+1, wSec):
			c.unit, c.last = c.unit+" per second", j+2 // "12 m³/s"
		case x.eq(j+1, wH) || x.eq(j+1, wHr):
			c.unit, c.last = c.unit+" per hour", j+2 // "12,000 BTU/h"
		case x.eq(j+1, wD) && c.unit == "barrel":
			c.unit, c.last = "barrel per day", j+2
		case x.eq(j+1, wD) && x.eq(j-1, wKb):
			c.unit, c.factor, c.last = "barrel per day", 1e3, j+2 // "260 kb/d": thousand barrels a day, no kilobytes
		case x.eq(j+1, wD) && volumeUnit(c.unit):
			c.unit, c.last = c.unit+" per day", j+2 // "100Ml/d", "40 m3/d": a flow, as water boards write it
		case x.eq(j+1, wD) && x.eq(j-1, wMb):
			c.unit, c.factor, c.last = "barrel per day", 1e6, j+2 // "1.2 mb/d": million barrels a day
		case (x.eq(j+1, wD) || x.eq(j+1, wDay)) && c.unit == "cm" && x.gasNear(j):
			c.unit, c.last = "cubic meter per day", j+2 // "237,862 cm/day" of gas: wire shorthand
		case x.eq(j+1, wL), x.str(j+1) == "dL" || x.str(j+1) == "dl", x.str(j+1) == "mol" && (c.unit == "mmol" || c.unit == "mol"):
			// "12 mg/L", "7.0 mmol/L", "128 mg/dL" of blood, "46 mmol/mol"
			// (a blood sugar's HbA1c): a concentration with its slash, as
			// most goldens' hands write it (48 to 20)
			c.unit, c.last = c.unit+"/"+x.str(j+1), j+2
		case c.unit == "g" && x.eq(j+1, wT):
			c.unit, c.last = "gram per tonne", j+2 // "6.8 g/t gold": an ore's grade, a rate as CLAIMS.md writes rates (and most goldens' hands)
		case c.unit == "g" && x.eq(j+1, wKm):
			c.unit, c.last = "g/km", j+2 // "109g/km" of CO2, as written
		case x.eq(j+1, wM) || x.measureAt(j+1) || x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Duration) && len(x.str(j+1)) > 1:
			per := x.toks[j+1].entry().Unit // "3 kg/m2", "400 mcg/m3", "5 mm/hour"
			if x.eq(j+1, wM) {
				per = "m"
			}
			switch c.last = j + 2; {
			case x.squared(j + 2):
				per, c.last = area(per), j+3
			case x.cubed(j + 2):
				per, c.last = "cubic "+per, j+3
			}
			c.unit += " per " + per
			x.rate(c) // "5 mg/kg/min": per kilogram per minute
		}
		return
	}
	if x.eq(j, wOf) && (x.eq(j+1, wOil) || x.eq(j+1, wCoal)) && x.eq(j+2, wEquivalent) && (c.unit == "tonne" || c.unit == "barrel" && x.perAfter(j+3)) {
		// "61.07 mln tonnes of oil equivalent", "3.9 million barrels of oil
		// equivalent per day": a unit of all energy, in the weight or the
		// volume of a fuel that gives it (but reserves' "barrels of oil
		// equivalent" are barrels, as most goldens' hands write them)
		c.unit, c.last = c.unit+" of "+x.lowerAt(j+1)+" equivalent", j+3
		j = c.last
	}
	if of := x.afterOf(j); of > j && (c.unit == "barrel" || !x.eachBefore(c.first)) { // bpd is a unit of its own
		j = of
	} else if x.tokIs(j, tWord) && mineral(x.spAt(j)) && (x.eq(j+1, wPer) || x.eq(j+1, wA)) {
		j++ // "0.20 ounce gold per ton" of ore
	} else if x.tokIs(j, tWord) && mineral(x.spAt(j)) && (c.unit == "ounce" || c.unit == "gram") && (x.eq(j+1, wTon) || x.eq(j+1, wTonne)) {
		c.unit, c.last = c.unit+" per "+x.written(j+1), j+2 // "0.756 ounce gold ton": a grade in wire shorthand
		return
	}
	if x.mark(j) == '(' && x.tokIs(j+1, tWord) && x.mark(j+2) == ')' && len(x.str(j+1)) <= 5 {
		j += 3 // "40 million cubic metres (mcm) a day": the unit's abbreviation in brackets before its rate
	}
	if per := x.rateAfterConversion(j); per != "" {
		x.perRate(c, per) // "350 litres (77 gallons) of water a day": the rate after the conversion is both's, each claim its own span
		return
	}
	per, k := x.perUnit(j)
	if per == "" {
		x.rateChangedFromMeasure(c)
		return
	}
	x.perRate(c, per)
	c.last = k
}

// rateChangedFromMeasure gives the measure c, after "from", the rate of
// the measure just before it that changed from it, in the same unit, its
// base said once: "the grade slipped to 7.8 grams per tonne from 8.1
// grams".
func (x *extractor) rateChangedFromMeasure(c *claimParts) {
	if !x.eq(c.first-1, wFrom) || c.end != nil || len(x.claims) == 0 || strings.Contains(c.unit, " per ") {
		return
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Measure || x.tokenAfter(p) != c.first-1 || !x.measureAt(c.last-1) ||
		!strings.HasPrefix(p.Unit, c.unit+" per ") && !strings.HasPrefix(p.Unit, x.written(c.last-1)+" per ") {
		return
	}
	c.unit = p.Unit
}

// rateAfterConversion returns the unit of the rate said after a
// measure's conversion in brackets, at token j the conversion's opening
// bracket ("7,000 litres (1,540 gallons) a minute", "350 litres (77
// gallons) of water a day") or its closing one (the conversion's own
// unit's end): both measures are of that rate. It returns "" when none
// follows.
func (x *extractor) rateAfterConversion(j int) string {
	if x.mark(j) == '(' {
		if !x.tokIs(j+1, tNum) {
			return ""
		}
		k := j + 2
		for k < len(x.toks) && k <= j+5 && x.tokIs(k, tWord) {
			k++
		}
		if k == j+2 || x.mark(k) != ')' {
			return ""
		}
		j = k
	} else if x.mark(j) != ')' || !x.inBrackets(j) || x.mark(j-1) == '(' {
		return ""
	}
	k := x.afterOf(j + 1)
	per, _ := x.perUnit(k)
	return per
}

// volumeUnit reports whether unit measures a volume of water, gas or
// another fluid, whose flow "/d" gives per day ("1.1 bcf/d").
func volumeUnit(unit string) bool {
	switch unit {
	case "ML", "litre", "liter", "megalitre", "megaliter", "gigalitre", "cubic metre", "cubic meter", "cubic foot", "gallon", "kℓ":
		return true
	}
	return false
}

// rateHolder reports whether the word spelt sp is who a ration is of, after
// "per" or "a": "litres per person", "a head", "per capita", "per
// household".
func rateHolder(sp spelling) bool {
	switch sp {
	case wPerson, wHead, wCapita, wHousehold, wResident, wInhabitant, wWoman:
		return true
	}
	return false
}

// perAfter reports whether a rate's "per" unit ("per day", "a year",
// "/d") stands at token j.
func (x *extractor) perAfter(j int) bool {
	per, _ := x.perUnit(j)
	return per != ""
}

// perRate makes the unit of c, whose unit's token ends before c.last, a
// rate per the unit per: "km/h", "mph", "m/s", "km/s", else "<unit> per <per>" in
// the unit's spelling ("gram per tonne", "barrel per day").
func (x *extractor) perRate(c *claimParts, per string) {
	switch {
	case c.unit == "mile" && per == "hour":
		c.unit = "mph"
	case c.unit == "km" && per == "hour":
		c.unit = "km/h"
	case c.unit == "m" && per == "second":
		c.unit = "m/s"
	case c.unit == "km" && per == "second":
		c.unit = "km/s" // "11.2 km per second", a rocket's or a comet's speed
	default:
		num := c.unit
		if u := c.last - 1; x.measureAt(u) && x.toks[u].entry().Unit == c.unit {
			num = x.written(u)
		}
		c.unit = num + " per " + per
	}
}

// mineral reports whether the word spelt sp names what a mine's grade
// measures between its unit and "per": "ounce gold per ton".
func mineral(sp spelling) bool {
	switch sp {
	case wGold, wSilver, wPlatinum, wPalladium, wCopper, wZinc, wNickel, wUranium, wOre:
		return true
	}
	return false
}

// sharedRate gives the measure just before c the rate that c's unit ends
// in, when "and" joins the two and the rate is said once, after both:
// "1,500 barrels of oil and 60,000 cubic metres of gas a day" are
// both a day's.
func (x *extractor) sharedRate(c *claimParts) {
	if c.unitKind != factcheck.Measure || len(x.claims) == 0 || !x.eq(c.first-1, wAnd) {
		return
	}
	k := strings.Index(c.unit, " per ")
	p := &x.claims[len(x.claims)-1]
	if k < 0 || p.Kind != factcheck.Measure || strings.Contains(p.Unit, " per ") || p.EndValue != nil {
		return
	}
	m := c.first - 2
	for m >= 0 && int(x.toks[m].s) >= p.End {
		if !x.tokIs(m, tWord) || m < c.first-5 {
			return
		}
		m--
	}
	if m+1 < c.first-1 && (!x.eq(m+1, wOf) || !x.ofBefore(c.first, c.last)) || m+1 == c.first-1 && p.Unit != c.unit[:k] {
		return // only what the first measures between, "1,500 barrels of oil and", when the second's rate follows what it measures too, or the same unit (but "188GB of memory and 7.8 terabytes per second of bandwidth")
	}
	p.Unit += c.unit[k:]
}

// ofBefore reports whether "of" stands among the tokens from first to
// last, exclusive: "cubic metres of gas a day".
func (x *extractor) ofBefore(first, last int) bool {
	for k := first; k < last; k++ {
		if x.eq(k, wOf) {
			return true
		}
	}
	return false
}

// afterOf returns the index after the "of" phrase at token j that names
// what a unit measures, when a rate's "per", "a", "each" or "annually"
// follows it: "barrels of oil per day", "tonnes of CO2 a year", "tonnes
// of LNG each year", "tonnes of LPG annually".
// It returns j when there is none. (The rate is not read after "each":
// eachBefore.)
func (x *extractor) afterOf(j int) int {
	if !x.eq(j, wOf) {
		return j
	}
	for k := j + 1; k < len(x.toks) && k <= j+4; k++ {
		t := &x.toks[k]
		if k > j+1 && (x.eq(k, wPer) || x.eq(k, wA) || x.eq(k, wAn) || x.eq(k, wEach) || x.eq(k, wEvery) || x.periodicAt(k)) {
			return k
		}
		if x.eq(k, wOnce) || x.eq(k, wTwice) || x.eq(k, wThrice) || x.eq(k, wTimes) {
			return j // "2.5 mg of apixaban twice daily": a dose and how often, no rate
		}
		switch {
		case t.flags&fNewline != 0 && !x.wrapped(k, lexicon.Duration|lexicon.Measure|lexicon.Other) && !(t.class == tWord && t.flags&fUpper == 0 && x.proseWraps(k)):
			return j // but "0.127 ounces of\ngold a ton" goes on
		case t.class == tWord && !t.is(lexicon.Stop|lexicon.Determiner|lexicon.Duration|lexicon.Cardinal|lexicon.Scale):
		case t.class == tNum && t.flags&fSpace == 0 && x.tokIs(k-1, tWord): // "CO2"
		default:
			return j
		}
	}
	return j
}

// periodicAt reports whether token k says how often in one word:
// "daily", "weekly", "monthly", "annually", "yearly".
func (x *extractor) periodicAt(k int) bool {
	switch x.spAt(min(k, len(x.toks)-1)) {
	case wDaily, wWeekly, wMonthly, wAnnually, wYearly:
		return true
	}
	return false
}

// eachBefore reports whether "each" or "every" stands before token i in its
// clause, making the figure an amount for each one ("each household
// throws away 70 kilograms of food a year"), not a rate of flow.
func (x *extractor) eachBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10 && x.toks[k].class != tPunct; k-- {
		if x.eq(k, wEach) || x.eq(k, wEvery) && !(x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Duration)) {
			return true
		}
	}
	return false
}

// gasNear reports whether gas, a well or a flow is named within a few
// words of token k: then "cm/day" is cubic metres a day, not centimetres.
func (x *extractor) gasNear(k int) bool {
	for m := max(k-12, 0); m < k+12 && m < len(x.toks); m++ {
		switch x.spAt(m) {
		case wGas, wLng, wFlow, wFlows, wFlowed, wFlowing, wCondensate, wWell, wWells, wPipeline, wOutput, wProduction:
			return true
		}
	}
	return false
}

// perUnit reads the unit that a rate is given per at token j: "per
// hectare", "per cubic metre", "a day", "an hour", "each year", "every
// month", "per 100ml" (with its number), "to the acre". It returns the unit and the index
// after it, or "" and j.
func (x *extractor) perUnit(j int) (string, int) {
	if u := frequencyAdverb(x.lowerAt(min(j, len(x.toks)-1))); u != "" {
		return u, j + 1 // "300,000 barrels daily"
	}
	if x.eq(j, wPer) && x.eq(j+1, wAnnum) {
		return "year", j + 2 // "500,000 tonnes per annum"
	}
	if x.eq(j, wTo) && x.eq(j+1, wThe) && (x.eq(j+2, wAcre) || x.eq(j+2, wHectare)) &&
		(j+3 >= len(x.toks) || x.tokIs(j+3, tPunct) || x.toks[j+3].is(lexicon.Stop|lexicon.Determiner)) {
		return x.lowerAt(j + 2), j + 3 // "35 tonnes to the acre": a yield, as farmers say it
	}
	by := x.eq(j, wPer)
	each := x.eq(j, wEach) || x.eq(j, wEvery)
	if !by && !each && !x.eq(j, wA) && !x.eq(j, wAn) {
		return "", j
	}
	k := j + 1
	if !each && rateHolder(x.spAt(min(k, len(x.toks)-1))) {
		// "200 litres a head per day", "50 litres per person per day",
		// "110 gallons per person each day", "per capita": a ration of
		// each person, and of each day if a second rate follows
		holder := x.lowerAt(k)
		if x.eq(k+1, wEach) && x.tokIs(k+2, tWord) && x.toks[k+2].is(lexicon.Duration) && x.toks[k+2].entry().Per == 1 {
			return holder + " per " + x.toks[k+2].entry().Unit, k + 3
		}
		if per, end := x.perUnit(k + 1); per != "" {
			return holder + " per " + per, end
		}
		return holder, k + 1
	}
	if by && x.tokIs(k, tNum) && x.measureAt(k+1) && !x.eq(k+1, wPoint) && !x.eq(k+1, wPoints) {
		if x.servingBase(j) {
			return "", j // "19.5 g of sugar per 200 ml carton", "8g of sugar per 100ml": an amount in a serving, the serving a claim of its own
		}
		return x.text[x.toks[k].s:x.toks[k+1].s] + x.written(k+1), k + 2 // "80mg of alcohol per 100ml", "6 litres per 100 km"
	}
	if !x.tokIs(k, tWord) || x.toks[k].flags&fNewline != 0 && !x.wrapped(k, lexicon.Duration|lexicon.Measure|lexicon.Other) {
		return "", j
	}
	t := &x.toks[k]
	if x.eqText(k, "decade") {
		switch x.spAt(min(k+1, len(x.toks)-1)) {
		case wAgo, wEarlier, wLater, wBefore, wAfter, wOld:
			return "", j // "a decade ago"
		}
		return "decade", k + 1 // "0.2C per decade", warming as climate scientists rate it
	}
	switch {
	case t.is(lexicon.Duration):
		e := t.entry()
		if e.Per != 1 || x.lowerAt(k) != e.Unit {
			return "", j
		}
		switch x.spAt(min(k+1, len(x.toks)-1)) {
		case wAgo, wEarlier, wLater, wBefore, wAfter, wOld:
			if !by {
				return "", j // "20 people a year ago" (but "660,000 barrels per day after the vessel started")
			}
		case wOr:
			if !x.eq(k+2, wLess) && !x.eq(k+2, wMore) {
				return "", j // "a day or two" (but "10 barrels a day or less" is a rate)
			}
		}
		return e.Unit, k + 1
	case (x.eq(k, wSquare) || x.eq(k, wSq) || x.eq(k, wCubic)) && x.measureAt(x.afterDot(k)):
		if u, end := x.compoundUnit(k); u != "" {
			return u, end
		}
	case !each && x.compoundAt(k):
		if u, end := x.compoundUnit(k); u != "" {
			return u, end // "0.30 ounces per short ton", "0.342 ounce gold a short ton"
		}
	case each || !by && !x.measureAt(k):
		return "", j // "each tonne" is no rate
	case t.is(lexicon.Measure) && !x.eq(k, wPoint) && !x.eq(k, wDegree):
		if x.squared(k + 1) {
			return "sq " + x.written(k), k + 2 // "21,765 persons per km²"
		}
		if x.hyphenAt(k) && x.eq(k+2, wHour) {
			return x.written(k) + "-hour", k + 3 // "0.4 litres per kilowatt-hour"
		}
		return x.written(k), k + 1
	}
	return "", j
}

// servingBase reports whether the figure and the mass or volume after
// "per" at token j are a serving that a measure just before is an amount
// in, no rate's base, as food labels and doses give them: grams in a
// serving of any size ("8g of sugar per 100ml", "1g per 100g"), or any
// measure in a serving of a size no power of ten ("19.5 g of sugar per
// 200 ml carton", "100 mg per 5 mL", "5 litres of water per 25 kg bag").
// A concentration in a power of ten stays a rate ("80mg of alcohol per
// 100ml"), as do a distance's ("6 litres per 100 km") and a price's
// ("KES per 50 kilo").
func (x *extractor) servingBase(j int) bool {
	if !servingUnit(x.toks[j+2].entry().Unit) {
		return false
	}
	for m := j - 1; m >= 0 && m >= j-6 && !x.tokIs(m, tNum); m-- {
		if !x.tokIs(m, tWord) {
			continue
		}
		if x.toks[m].is(lexicon.Currency) {
			return false
		}
		if x.gramSymbolAt(m) {
			return true // "8g of sugar per 100ml"
		}
		if x.toks[m].is(lexicon.Measure) {
			u := x.toks[m].entry().Unit
			return servingUnit(u) && (u == "g" || u == "gram" || !powerOfTenBase(x.str(j+1)))
		}
	}
	return false
}

// servingUnit reports whether unit, as the lexicon gives it, weighs or
// holds a serving of food, drink or medicine.
func servingUnit(unit string) bool {
	switch unit {
	case "g", "gram", "mg", "milligram", "kg", "kilogram", "ml", "mL", "millilitre", "milliliter", "litre", "liter", "l", "L", "oz", "ounce", "fl oz", "cup", "tablespoon", "teaspoon":
		return true
	}
	return false
}

// frequencyAdverb returns the unit of time an adverb of frequency gives
// a rate, "week" of "weekly", or "".
func frequencyAdverb(w string) string {
	switch w {
	case "daily":
		return "day"
	case "weekly":
		return "week"
	case "monthly":
		return "month"
	case "annually", "yearly":
		return "year"
	}
	return ""
}

// countRate makes the count c a rate when its noun, the last word of its
// subject, is given per a unit or per a hundred of a thing: "4,000
// vehicles per week", "5k builds/week", "three meals a day", "three
// London-Manila flights weekly", "7.5 connections per 100 people", or per
// a game of a sport, "27 points per game".
func (x *extractor) countRate(c *claimParts) {
	e := c.subjectEnd
	switch {
	case e-c.subjectStart <= 1:
	case frequencyAdverb(x.lowerAt(e-1)) != "":
		e-- // "three flights weekly": the adverb is the rate's
	case frequencyAdverb(x.lowerAt(min(e, len(x.toks)-1))) == "":
		if per, _ := x.perHundred(e); per == "" || x.eq(e-2, wFewer) || x.eq(e-2, wMore) {
			return // "1.4 million clinic visits a year": readers count visits (but "three London-Manila flights weekly", "80.9 overdose deaths per 100K"); "217 fewer evaluations for every 1,000 children" counts a difference
		}
	}
	if e == 0 || !pluralNoun(x.str(e-1)) {
		return
	}
	per, k := x.perUnit(e)
	if per == "" && x.tokIs(e, tPunct) && x.mark(e) == '/' && x.toks[e].flags&fSpace == 0 && x.tokIs(e+1, tWord) && x.toks[e+1].flags&fSpace == 0 {
		switch t := x.toks[e+1].entry(); {
		case t.Cat&lexicon.Duration != 0 && t.Per == 1 && len(x.str(e+1)) > 2:
			per, k = t.Unit, e+2 // "builds/week"
		case x.measureAt(e+1) && (t.Unit == "hectare" || t.Unit == "acre"):
			per, k = t.Unit, e+2 // "2.5 cows/ha": a stocking rate
		}
	}
	if per == "" && (x.eq(e, wPer) || x.eq(e, wA)) && x.tokIs(e+1, tWord) {
		for _, w := range [...]string{"game", "match", "innings", "start", "appearance", "outing"} {
			if x.eqText(e+1, w) && statNoun(x.lowerAt(e-1)) {
				per, k = w, e+2 // "27 points per game", "0.58 goals per match": a player's or a side's rate (but "15.1M viewers per game" counts viewers)
				break
			}
		}
	}
	if per == "" {
		per, k = x.perHundred(e)
	} else if x.tokIs(e+1, tNum) {
		return // "315 crowns per 100 kilos": a price, no rate of a count
	}
	if per == "" {
		return
	}
	noun := singular(x.lowerAt(e - 1))
	if per == "woman" && (noun == "birth" || noun == "baby") {
		noun = "child" // "1.3 births per woman": a fertility rate, in the unit demographers give it
	}
	c.unitKind, c.unit, c.last = factcheck.Measure, noun+" per "+per, k
	c.subjectStart, c.subjectEnd = 0, 0
}

// statNoun reports whether w, in lower case, names what a player or a
// side scores or makes in a game, whose rate a game sports keep: "points",
// "goals", "rebounds".
func statNoun(w string) bool {
	switch w {
	case "points", "goals", "rebounds", "assists", "yards", "runs", "wickets", "tries", "blocks", "steals", "saves",
		"tackles", "shots", "strikeouts", "hits", "touchdowns", "sacks", "aces", "errors", "turnovers", "fouls":
		return true
	}
	return false
}

// fertilityRate makes the bare count c a fertility rate, a measure in
// children per woman, when a fertility rate or the replacement level is
// what it is, a few words before: "the total fertility rate fell to 1.45",
// "a fertility rate of 0.72", "Japan's fertility rate was 1.20", "the
// replacement level of 2.1".
func (x *extractor) fertilityRate(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd > c.subjectStart || c.num.scaled || c.num.year || c.num.words || c.num.value <= 0 || c.num.value >= 10 {
		return
	}
	v := c.first - 1
	switch x.spAt(max(v, 0)) {
	case wJust, wOnly, wAbout, wAround, wNearly, wAlmost:
		v--
	}
	switch x.spAt(max(v, 0)) {
	case wOf, wTo, wIs, wWas, wAt, wFrom, wNow:
	default:
		return
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if !x.tokIs(k, tWord) {
			return
		}
		if x.eqText(k, "fertility") || x.eqText(k, "replacement") && (x.eqText(k+1, "level") || x.eqText(k+1, "rate")) {
			c.unitKind, c.unit = factcheck.Measure, "child per woman"
			return
		}
	}
}

// populationRate makes the bare count c a rate when "per" and a power of
// ten of a population, or "per lakh", follow it: "murders fell to 1.94 per
// 100,000 population", "1,832.6 per lakh population", "97 per 100,000
// live births". Its unit is "per" and the base ("per 100,000"; a lakh's
// 100,000), as most hands write it; the population's noun, up to two
// words, is in its span.
func (x *extractor) populationRate(c *claimParts) {
	j := c.last
	if c.unitKind != factcheck.Count || c.subjectEnd > c.subjectStart || !x.eq(j, wPer) {
		return
	}
	var per string
	after := j + 2 // the token after the base
	switch {
	case x.eqText(j+1, "lakh"):
		per = "per 100,000"
	case x.eqText(j+1, "thousand"):
		per = "per 1,000" // "5.9 per thousand residents", as the figure's base is written most
	case x.eqText(j+1, "million"):
		per = "per 1,000,000"
	case x.tokIs(j+1, tNum):
		n, ok := x.digits(j + 1) // "per 100,000", "per 100 000", "per 100k"
		base := strconv.FormatFloat(n.value, 'f', -1, 64)
		if !ok || n.decimal || len(base) < 3 || base[0] != '1' || strings.Trim(base[1:], "0") != "" || x.tokIs(n.last, tPunct) && x.mark(n.last) == '.' && x.tokIs(n.last+1, tNum) {
			return // "per 1.5 kg", "per 25": no population's base
		}
		per, after = "per "+groupedThousands(base), n.last // "1,00,000" as "100,000"
	default:
		return
	}
	k := after
	for n := 0; n < 2 && x.tokIs(k, tWord) && x.toks[k].flags&(fUpper|fNewline) == 0 && (populationNoun(x.lowerAt(k)) || n == 0 && x.eqText(k, "live")); n++ {
		k++ // "population", "people", "live births"
	}
	if k == after && x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && !x.toks[k].is(lexicon.Stop|lexicon.Determiner) {
		return // "3 per 100 metres": a measure's base, another rule's
	}
	c.unitKind, c.unit, c.last = factcheck.Measure, per, k
}

// groupedThousands writes the digits ds with a comma between thousands:
// "100000" as "100,000".
func groupedThousands(ds string) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 && (len(ds)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// populationNoun reports whether w, in lower case, names the people or
// events a rate per thousand or per hundred thousand is of.
func populationNoun(w string) bool {
	switch w {
	case "population", "people", "persons", "residents", "inhabitants", "adults", "children", "women", "men", "births", "deliveries", "capita":
		return true
	}
	return false
}

// perHundred reads the base of a rate at token j, "per" (or "for every")
// and a power of ten of people or things, the things' noun after one word
// at most: "7.5 connections per 100 people", "2.7 cases per 100,000
// people", "189 deaths per 100,000 live births", "3.7 doctors for every
// 10,000 Filipinos". It returns the base as the text writes it ("100,000
// people", as most goldens' hands write it) and the index after it, or ""
// and j.
func (x *extractor) perHundred(j int) (string, int) {
	if x.eqText(j, "for") && x.eq(j+1, wEvery) && x.tokIs(j+2, tNum) {
		j++ // "3.7 doctors for every 10,000 Filipinos": a rate, as "per"
	} else if !x.eq(j, wPer) {
		return "", j
	}
	written := x.str(j + 1) // the base as written, or in digits when a word
	b := j + 1              // the base's last token
	switch {
	case x.eq(j+1, wMillion):
		written = "1,000,000" // "273 cases per million."
	case x.eqText(j+1, "thousand"):
		written = "1,000" // "6.2 deaths per thousand people"
	case !x.tokIs(j+1, tNum):
		return "", j
	case x.tokIs(j+2, tWord) && x.toks[j+2].flags&fSpace == 0 && (x.str(j+2) == "k" || x.str(j+2) == "K"):
		written, b = groupedThousands(strings.ReplaceAll(written, ",", "")+"000"), j+2 // "per 100K": a hundred thousand
	case x.eq(j+2, wMillion) || x.eqText(j+2, "billion"):
		if d := x.str(j + 1); d[0] != '1' || strings.Trim(d[1:], "0") != "" || !x.tokIs(j+3, tWord) || !pluralNoun(x.str(j+3)) && !(x.tokIs(j+4, tWord) && pluralNoun(x.str(j+4))) {
			return "", j
		}
		written, b = x.str(j+1)+" "+x.lowerAt(j+2), j+2 // "1.35 deaths per 100 million vehicle miles"
		base := b + 1
		if !pluralNoun(x.str(base)) {
			base++
		}
		return written + " " + x.text[x.toks[b+1].s:x.toks[base].e], base + 1
	}
	base := strings.ReplaceAll(written, ",", "")
	if len(base) < 3 || base[0] != '1' || strings.Trim(base[1:], "0") != "" {
		return "", j
	}
	if !x.tokIs(b+1, tWord) || x.toks[b+1].is(lexicon.Stop) && !(x.tokIs(b+2, tWord) && pluralNoun(x.str(b+2))) {
		// the base alone, its people unsaid: "71 cases per 100,000, against"
		if len(base) >= 4 {
			return groupedThousands(base), b + 1
		}
		return "", j
	}
	if x.toks[b+1].flags&fUpper != 0 && !(pluralNoun(x.str(b+1)) && !(x.tokIs(b+2, tWord) && x.toks[b+2].flags&fUpper != 0)) {
		return "", j // but its people may be a nation's: "per 1,000 Filipinos"
	}
	noun := b + 1
	if !pluralNoun(x.str(noun)) {
		// "per 100,000 live births": the base's noun after one adjective
		if x.toks[noun].is(lexicon.Stop|lexicon.Determiner) && !x.eqText(noun, "live") || !x.tokIs(noun+1, tWord) || x.toks[noun+1].flags&(fUpper|fNewline) != 0 || !pluralNoun(x.str(noun+1)) {
			return "", j
		}
		noun++
	}
	return written + " " + x.text[x.toks[b+1].s:x.toks[noun].e], noun + 1
}

// compoundAt reports whether token j opens a unit of two words that
// compoundUnit reads: "square mile", "sq. km", "cu ft", "metric ton",
// "nautical mile", "astronomical unit".
func (x *extractor) compoundAt(j int) bool {
	if !x.tokIs(j, tWord) {
		return false
	}
	if x.eqText(j, "freight") {
		return x.tokIs(j+1, tWord) && strings.HasPrefix(x.lowerAt(j+1), "ton") && x.measureAt(j+1) // a port's "9.1 mln freight tonnes"
	}
	if u, _ := x.gallonOf(j); u != "" {
		return true
	}
	switch x.spAt(j) {
	case wSquare, wSq, wCubic, wCu, wMetric, wLong, wShort, wTroy, wFluid, wFl, wFine:
		return x.measureAt(x.afterDot(j)) || (x.eq(j, wSq) || x.eq(j, wCu)) && x.eq(x.afterDot(j), wM) // "62 sq m"
	case wGross, wNet:
		k := j + 1
		if x.eq(j, wGross) && x.eqText(k, "registered") {
			k++ // "146,000 gross registered tonnes"
		}
		return x.tokIs(k, tWord) && strings.HasPrefix(x.lowerAt(k), "ton") && x.measureAt(k) // a ship's size, "125,150 gross tons"; steel's "1,712,000 net tons"
	case wRevenue:
		return x.tokIs(j+1, tWord) && strings.HasPrefix(x.lowerAt(j+1), "ton") && x.measureAt(j+1) // a railway's "3 mln revenue tonnes"
	case wWet, wDry:
		k := j + 1
		if x.eq(k, wMetric) {
			k++
		}
		return x.tokIs(k, tWord) && strings.HasPrefix(x.lowerAt(k), "ton") && x.measureAt(k) // an ore's weight, "240 million wet tonnes"
	case wBoard:
		return x.eq(j+1, wFeet) || x.eq(j+1, wFoot)
	case wNautical, wStatute:
		return x.eq(j+1, wMile) || x.eq(j+1, wMiles)
	case wAstronomical:
		return x.eq(j+1, wUnit) || x.eq(j+1, wUnits)
	case wRunning:
		return x.eq(j+1, wBales) || x.eq(j+1, wBale)
	}
	return false
}

// gallonOf reads at token j a gallon, a quart or a pint of the US or the
// imperial measure, which differ by a fifth: "660,000 US gallons", "5
// U.S. gallons", "20 imperial gallons". It returns the unit ("US gallon",
// "imperial pint") and the index after it, or "".
func (x *extractor) gallonOf(j int) (string, int) {
	k, kind := j+1, ""
	switch {
	case x.str(j) == "US":
		kind = "US"
	case x.str(j) == "U" && x.mark(j+1) == '.' && x.str(j+2) == "S" && x.mark(j+3) == '.':
		k, kind = j+4, "US"
	case x.eqText(j, "imperial"):
		kind = "imperial"
	default:
		return "", j
	}
	if !x.measureAt(k) {
		return "", j
	}
	if u := x.toks[k].entry().Unit; u == "gallon" || u == "pint" || u == "quart" {
		return kind + " " + u, k + 1
	}
	return "", j
}

// compoundUnit reads a unit of two words at token j: an area ("sq km",
// "square mile", "sq m", "5,200-square-meter"; see area), "cubic metre",
// "cu ft", "metric ton", "long ton", "short ton", "troy ounce", "fluid
// ounce", "fl oz", "board foot", "running bale", "gross ton", "gross
// registered tonne", "net ton", "revenue tonne", "freight tonne", "wet tonne",
// "dry metric ton", "nautical mile", "astronomical unit". It returns the unit
// and the index after it, or "".
func (x *extractor) compoundUnit(j int) (string, int) {
	if u, k := x.gallonOf(j); u != "" {
		return u, k
	}
	k := x.afterDot(j)
	unit := x.toks[k].entry().Unit
	if x.eq(k, wM) {
		unit = "m" // "62 sq m", "cu m": "m" alone is no word of the lexicon
	}
	switch {
	case x.eq(j, wCubic):
		return "cubic " + x.written(k), k + 1
	case x.eq(j, wMetric) && unit == "tonne":
		return "metric ton", k + 1
	case (x.eq(j, wLong) || x.eq(j, wShort)) && unit == "tonne" && strings.HasPrefix(x.lowerAt(k), "tonne"):
		return x.lowerAt(j) + " tonne", k + 1 // "424,000 short tonnes a year": short tons, as wire copy may write them
	case (x.eq(j, wLong) || x.eq(j, wShort)) && unit == "tonne" && strings.HasPrefix(x.lowerAt(k), "ton"):
		return x.lowerAt(j) + " ton", k + 1 // "3 long tons": 1,016 kg, "20 short tons": 907 kg
	case (x.eq(j, wTroy) || x.eq(j, wFluid)) && unit == "ounce":
		return x.lowerAt(j) + " ounce", k + 1 // "3 troy ounces" of gold, "4 fluid ounces"
	case x.eq(j, wFl) && unit == "ounce":
		return "fl " + x.lowerAt(k), k + 1 // "16 fl oz" as written
	case x.eq(j, wFine) && (unit == "tonne" || unit == "ounce"):
		return unit, k + 1 // "40,600 fine tonnes" of gold or silver: the metal's weight
	case x.eq(j, wBoard):
		return "board foot", k + 1 // "130,000 board feet" of lumber: a foot square, an inch thick
	case x.eq(j, wNautical):
		return "nautical mile", k + 1 // "412 nautical miles": 1,852 m each
	case x.eq(j, wStatute):
		return "statute mile", k + 1 // "6,760 statute miles", beside a flight's nautical miles
	case x.eq(j, wAstronomical):
		return "astronomical unit", j + 2 // "4.2 astronomical units": the Earth's distance from the Sun
	case x.eq(j, wRunning):
		return "running bale", k + 1 // "75,200 running bales" of cotton: as ginned, not of 480 pounds
	case x.eq(j, wWet) || x.eq(j, wDry):
		if x.eq(k, wMetric) {
			return x.lowerAt(j) + " metric ton", k + 2 // "5 million dry metric tonnes"
		}
		return x.lowerAt(j) + " tonne", k + 1 // "240 million wet tonnes" of ore, its water weighed or not
	case x.eq(j, wGross) && x.eqText(k, "registered"):
		return "gross registered " + strings.TrimSuffix(x.lowerAt(k+1), "s"), k + 2 // "146,000 gross registered tonnes" of ships, as written
	case (x.eq(j, wRevenue) || x.eqText(j, "freight")) && unit == "tonne":
		return x.lowerAt(j) + " " + strings.TrimSuffix(x.lowerAt(k), "s"), k + 1 // a railway's "3 mln revenue tonnes", a port's "9.1 mln freight tonnes", as written
	case x.eq(j, wGross) && unit == "tonne":
		if strings.HasPrefix(x.lowerAt(k), "tonne") {
			return "gross tonne", k + 1
		}
		return "gross ton", k + 1 // "329,999 gross tons": a ship's volume, not its weight
	case x.eq(j, wNet) && unit == "tonne":
		return "net " + strings.TrimSuffix(x.lowerAt(k), "s"), k + 1 // "1,712,000 net tons" of steel: short tons, as American mills count them
	case x.eq(j, wMetric), x.eq(j, wLong), x.eq(j, wShort), x.eq(j, wTroy), x.eq(j, wFluid), x.eq(j, wFl), x.eq(j, wFine):
		return "", j
	case x.eq(j, wCu):
		return "cu " + x.lowerAt(k), k + 1 // "cu ft", "cu m" as written
	}
	return area(unit), k + 1
}

// area returns the normal form of the square of the unit of length u:
// "sq km", "sq m", "sq ft", "sq mile", however the text writes it
// ("square metres", "sq. ft", "km²").
func area(u string) string {
	switch u {
	case "foot":
		u = "ft"
	case "inch":
		u = "in"
	case "yard":
		u = "yd"
	}
	return "sq " + u
}

// dataUnit reports whether u, a unit of the lexicon, measures data: "MB",
// "megabit".
func dataUnit(u string) bool {
	switch u {
	case "KB", "MB", "GB", "TB", "kilobit", "megabit", "gigabit", "terabit", "kilobyte", "megabyte", "gigabyte", "terabyte":
		return true
	}
	return false
}

// ozWritten reports whether the ounces of c are written "oz" (or "ozs").
func (x *extractor) ozWritten(c *claimParts) bool {
	for k := c.num.last; k < c.last; k++ {
		if x.eqText(k, "oz") || x.eqText(k, "ozs") {
			return true
		}
	}
	return false
}

// written returns the unit of measure at token k as written, singular:
// "metres" is "metre", "feet" "foot"; an abbreviation ("km", "ft") is the
// lexicon's unit.
func (x *extractor) written(k int) string {
	w, u := x.lowerAt(k), x.toks[k].entry().Unit
	if w == "ton" || w == "tons" {
		return "ton" // "100 tons a day": as written, no tonne
	}
	if w == "gram" {
		return w // a word of four letters, no abbreviation: "three-gram-per-tonne"
	}
	if len(w) <= 4 || strings.IndexByte(u, ' ') >= 0 || strings.IndexByte(u, '/') >= 0 {
		return u
	}
	return singular(w)
}

// metresBefore reports whether the claim just before token i in its
// sentence is a length in metres: "peaked at 14.4 metres, more than 2m
// above the 1954 record".
func (x *extractor) metresBefore(i int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Measure && p.Unit == "m" && x.tokenAfter(p) > x.sentenceStartBefore(i) && x.tokenAfter(p) <= i
}

// singular returns the singular of the English noun w, in lower case.
func singular(w string) string {
	switch w {
	case "feet":
		return "foot"
	case "people":
		return "person"
	case "children":
		return "child"
	case "men":
		return "man"
	case "women":
		return "woman"
	case "lives":
		return "life"
	case "calories", "kilocalories", "movies", "cookies", "rookies", "zombies":
		return w[:len(w)-1] // a noun whose singular ends "ie"
	}
	switch {
	case strings.HasSuffix(w, "siemens"):
		return w // "545 microsiemens per centimetre": a unit whose singular ends in "s"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// indefiniteMeasure reads "an inch", "a mile" at token i where a
// qualifier bounds it: "an inch or less", "less than a mile", "about a
// metre"; or said to its fraction, "a mile and a half" (1.5 mile); or a
// full percentage point, "a" or "another". It returns i when there is none.
func (x *extractor) indefiniteMeasure(i int) int {
	if (x.eq(i, wA) || x.eq(i, wAnother)) && x.eq(i+1, wFull) {
		if k := x.percentagePoint(i + 2); k > i+2 && (x.eq(i+2, wPercentage) || !x.pricesBefore(i)) {
			// "rose by a full percentage point", "rates fell a full point",
			// "cuts of another full percentage point in 2025": "full" says
			// the one
			c := claimParts{first: i, last: k, unitKind: factcheck.Percent, unit: "percentage point", qual: factcheck.Exact, factor: 1,
				num: number{first: i, last: k, value: 1, words: true}}
			x.emit(&c)
			return c.last
		}
	}
	if !(x.eq(i, wA) || x.eq(i, wAn)) || !x.measureAt(i+1) {
		return i
	}
	if n := len(x.claims); n > 0 && i > 0 && x.claims[n-1].End == int(x.toks[i-1].e) && (x.claims[n-1].Kind == factcheck.Money || x.claims[n-1].Kind == factcheck.Measure) {
		return i // "at $79 a barrel or less": the figure's rate, bounded
	}
	w, e := x.lowerAt(i+1), x.toks[i+1].entry()
	if w != e.Unit && singular(w) == w && len(w) <= 4 && w != "kilo" && w != "ton" || w != e.Unit && singular(w) != w || e.Unit == "point" || e.Unit == "degree" {
		return i // abbreviations and plurals (but "nearly a ton of ivory"; "a ton of work", unbounded, is no claim: see below)
	}
	c := claimParts{first: i, last: i + 2, unitKind: factcheck.Measure, unit: e.Unit, factor: 1,
		num: number{first: i, last: i + 2, value: 1, words: true}}
	c.qual, c.first = x.qualifier(i)
	f, k := x.unitAndAFraction(c.last)
	if k > c.last {
		c.num.value, c.num.decimal, c.last = 1+f, true, k // "a mile and a half", "an inch and three-quarters": said to its fraction, bounded or not
	}
	x.rate(&c) // "about a tonne of sand per day"
	if q, k := x.suffixQualifier(c.last); k > c.last && c.qual == factcheck.Exact {
		c.qual, c.last = q, k
	}
	if c.qual == factcheck.Exact && !c.num.decimal && !x.singleMeasured(i, c.last, e.Unit) || w == "inch" && x.eq(i-1, wWithin) && x.eq(i+2, wOf) {
		return i // "came within an inch of": an idiom
	}
	x.emit(&c)
	return c.last
}

// singleMeasured reports whether "a" or "an" at token i and the unit
// before token j, unbounded, state one unit a checker can verify: a
// difference before a comparative ("a metre higher than", "a pound
// lighter", "an inch too short"), a size ("a mile wide", "a metre
// across"), a fall of rain or snow ("a foot of rain", "an inch of snow"),
// or a change "by" one metric unit ("improved by a centimetre"; "by a
// mile", "by an inch" are idioms).
func (x *extractor) singleMeasured(i, j int, unit string) bool {
	switch {
	case x.eq(i-1, wOf):
		return false // "0.30 of an inch of rain": a share of the unit
	case x.comparisonAt(j) && !x.eq(j, wThe) && !x.eq(j, wThat) && !x.eq(j, wOver) && !x.toks[j].is(lexicon.Determiner), x.eqText(j, "too"):
		return true
	case x.dimensionAt(j):
		return true
	case x.eq(j, wOf):
		for k := j + 1; k < len(x.toks) && k <= j+4 && (x.tokIs(k, tWord) || x.hyphenAt(k-1)); k++ {
			switch x.lowerAt(k) {
			case "rain", "snow", "rainfall", "snowfall", "sleet", "hail":
				return true // "a foot of lake-effect snow"
			}
		}
	case x.eq(i-1, wBy):
		switch unit {
		case "cm", "centimetre", "centimeter", "m", "metre", "meter", "mm", "millimetre", "millimeter", "kg", "kilogram", "gram", "g":
			return true
		}
	}
	return false
}

// pricesBefore reports whether a market's prices are what moved, named
// in the sentence before token i: "Prices quickly fell by a full point"
// are a bond's points, no rate's.
func (x *extractor) pricesBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !x.sentenceEndIn(k, k+1); k-- {
		if marketNoun(x.spAt(k)) {
			return true
		}
	}
	return false
}

// marketNoun reports whether the word spelt sp names what a market
// prices, whose moves are in points of its price: "bonds", "prices",
// "futures", "shares".
func marketNoun(sp spelling) bool {
	switch sp {
	case wBonds, wBond, wPrices, wPrice, wStocks, wStock, wShares, wFutures, wTreasuries, wGilts, wNotes,
		wBills, wContracts, wIndex, wIssues:
		return true
	}
	return false
}

// comparisonAt reports whether token j, after "N times", compares: "3
// times as many", "10 times more", "five times the size", "twice faster"
// make "times" a multiple; "downloaded 250k times in a week" counts times.
func (x *extractor) comparisonAt(j int) bool {
	if !x.tokIs(j, tWord) {
		return false
	}
	w := x.lowerAt(j)
	switch w {
	case "as", "more", "less", "fewer", "the", "that", "than", "its", "their", "his", "her", "our", "what", "over", "higher", "lower", "greater", "larger", "smaller", "bigger":
		return true
	case "above", "below":
		return x.tokIs(j+1, tWord) && !x.toks[j+1].is(lexicon.Determiner) // "about 6,000 times above normal" (but "40 times above the Arctic Circle" is where)
	}
	return len(w) > 4 && strings.HasSuffix(w, "er") && !x.toks[j].is(lexicon.Stop) && !strings.HasSuffix(w, "ever") // "faster", "heavier"
}

// comparativeAt reports whether token j, after "N times" in words, is a
// comparative that makes "times" a multiple: "four times more likely",
// "three times as many", "five times faster"; "met three times the next
// year" counts times.
func (x *extractor) comparativeAt(j int) bool {
	return j < len(x.toks) && !x.toks[j].is(lexicon.Determiner) && !x.eq(j, wThat) && !x.eq(j, wWhat) && !x.eq(j, wOver) && x.comparisonAt(j)
}

// timesOfAmount reports whether "N times" in words, ending before token j,
// multiplies an amount that follows it: "valued at between two and three
// times the commission's assessment", "three times the size of Wales"
// (but "met three times the next year" counts meetings). A determiner
// follows, and a noun of an amount comes within three words, or a word
// that sets a value ("at", "worth", "about") stands before the number.
func (x *extractor) timesOfAmount(c *claimParts, j int) bool {
	if x.tokIs(j, tPunct) && closer(x.str(j)) {
		j++
	}
	if !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Determiner) && !possessive(x.str(j)) {
		return false
	}
	for k, words := j+1, 0; words < 3 && k < len(x.toks); k++ {
		if x.tokIs(k, tPunct) && (x.str(k) == "'" || x.str(k) == "\u2019") {
			continue // "the prior week's level"
		}
		if !x.tokIs(k, tWord) {
			break
		}
		if w := x.lowerAt(k); amountNoun(w) && (w != "number" || x.eq(k+1, wOf) || !x.tokIs(k+1, tNum) && !(x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Cardinal|lexicon.Ordinal))) {
			return true // "three times the number of", "roughly three times the number at peer banks", not "three times the world number two hangs in"
		}
		if w := x.str(k); w != "s" {
			words++
		}
	}
	b := c.first - 1
	if x.tokIs(b, tPunct) && (x.str(b) == "\"" || x.str(b) == "\u201c") {
		b--
	}
	switch x.spAt(max(b, 0)) {
	case wAt, wWorth, wTo, wBetween, wAbout, wNearly, wAlmost, wThan, wSome, wAround, wRoughly:
		return b >= 0
	}
	return false
}

// baseOfMultiple reports whether token k, after "N times", names what a
// firm's figure is a multiple of, as finance states ratios: "lending 18
// times shareholders' equity", "trading at 12 times earnings", "five
// times book value". An owner's possessive may stand first.
func (x *extractor) baseOfMultiple(k int) bool {
	if x.tokIs(k, tNum) && yearLike(x.str(k)) || x.eq(k, wEstimated) || x.eq(k, wProjected) || x.eq(k, wTrailing) || x.eq(k, wIts) || x.eq(k, wAnnual) || x.eqText(k, "forward") {
		k++ // "about 12 times 1986 earnings", "16 times estimated earnings", "17 times forward earnings"
	}
	if x.tokIs(k+1, tPunct) && (x.str(k+1) == "'" || x.str(k+1) == "\u2019") && x.tokIs(k+2, tWord) {
		k += 2 // "shareholders' equity"
		if x.eq(k, wS) {
			k++ // "the company's earnings"
		}
	}
	switch x.spAt(min(k, len(x.toks)-1)) {
	case wEarnings, wEquity, wCapital, wSales, wRevenue, wRevenues, wIncome, wProfits, wReserves, wAssets, wCash, wBook:
		return k < len(x.toks) && x.tokIs(k, tWord)
	}
	return false
}

// amountNamedBefore reports whether token j, after a multiple ("twice",
// "three times"), is a demonstrative standing for an amount named before
// it: "food prices twice those in Europe and two to three times those in
// the U.S.", "a bill three times that of last year" (but "said twice that
// he would" and "met three times that week" are no multiples).
func (x *extractor) amountNamedBefore(j int) bool {
	if !x.eq(j, wThose) && !x.eq(j, wThat) {
		return false
	}
	switch {
	case x.tokIs(j+1, tPunct):
		return x.mark(j+1) != '-'
	case j+1 >= len(x.toks):
		return true
	}
	switch x.spAt(j + 1) {
	case wOf, wIn, wFor, wAt, wOn, wPaid, wCharged, wSeen, wRecorded, wReported:
		return true
	}
	return false
}

// pointsBefore returns the unit of a claim in points before the bare
// "points" of a figure at token i, in the same sentence and clause (no
// semicolon between) and at most 20 tokens before, which then names its
// unit once: "plus 55 basis points in the first five years and plus 65
// points for the rest", "1/4 percentage point over London interbank
// offered rate for the first two years, rising to 3/8 point thereafter".
// It returns "basis point", "percentage point" or "".
func (x *extractor) pointsBefore(i int) string {
	for n := len(x.claims) - 1; n >= 0 && n >= len(x.claims)-3; n-- {
		p := &x.claims[n]
		k := x.tokenAfter(p)
		if k > i || i-k > 20 || x.sentenceEndIn(k, i) || strings.Contains(x.text[p.End:x.toks[i].s], ";") {
			return "" // "Base rates may fall by one full point; the team won by two full points"
		}
		if p.Unit == "basis point" || p.Unit == "percentage point" {
			return p.Unit
		}
	}
	return ""
}

// shareMovedInPoints reports whether the points of c are a move of the
// percentage just before it, in its sentence and clause, that the word
// before c says moved: "About 41% of the corn is rated good, down 9 points
// in a week", "won 38% of the vote, up four points". A move larger than
// the percentage is an index's ("rose 0.5%, up 40 points").
func (x *extractor) shareMovedInPoints(c *claimParts) bool {
	i := c.num.first
	if !movedBy(x.spAt(max(i-1, 0))) || c.num.value > 100 || len(x.claims) == 0 {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	k := x.tokenAfter(p)
	if p.Kind != factcheck.Percent || p.Unit != "" || k > i || i-k > 20 || x.sentenceEndIn(k, i) || strings.Contains(x.text[p.End:x.toks[i].s], ";") {
		return false
	}
	return c.num.value <= p.Value.Num
}

// shareMovedTo reports whether the points of c, a move (movedBy before
// it), end at a percentage after "to" at token k: "Labor's primary vote
// rose one point to 34 per cent".
func (x *extractor) shareMovedTo(c *claimParts, k int) bool {
	if !movedBy(x.spAt(max(c.num.first-1, 0))) || c.num.value > 100 || !x.eq(k, wTo) || !x.tokIs(k+1, tNum) {
		return false
	}
	return x.mark(k+2) == '%' || x.eq(k+2, wPercent) || x.eq(k+2, wPer) && x.eq(k+3, wCent) || x.lowerAt(min(k+2, len(x.toks)-1)) == "pc"
}

// pollLead reports whether the points of c are a lead or a margin of
// error between shares of a vote, in a text of polls: "Labour's lead ...
// has narrowed to 14 points", "lead the ruling Liberals by 20 points",
// "won by nearly eight points", "a margin of sampling error of plus or
// minus 3.0 points" (but a team's "led by 14 points" in a text of no poll).
func (x *extractor) pollLead(c *claimParts) bool {
	if c.num.value > 100 || c.num.scaled || !x.pollText() {
		return false
	}
	for k := c.first - 1; k >= 0 && k >= c.first-12 && !x.sentenceEndIn(k, k+1); k-- {
		switch x.spAt(k) {
		case wLead, wLeads, wLed, wAhead, wTrail, wTrailed, wTrailing, wMargin, wBehind:
			return true
		}
		switch x.lowerAt(k) {
		case "error", "gap", "won", "win", "wins", "beat", "beats", "leading", "edge":
			return true
		}
	}
	return false
}

// leadAfter reports whether a word of a lead stands at token k, after a
// figure of points: "a 12-point lead", "a 14-point margin".
func (x *extractor) leadAfter(k int) bool {
	switch x.lowerAt(min(k, len(x.toks)-1)) {
	case "lead", "margin", "gap", "advantage", "edge", "swing", "deficit":
		return k < len(x.toks)
	}
	return false
}

// pollText reports whether the text reports polls or a vote's shares: a
// word of polling and a percentage in it, or a word of an election (a
// sports text's "AP Top 25 poll" is no poll of shares).
func (x *extractor) pollText() bool {
	if x.polls == 0 {
		polled, share, elected := false, false, false
		for k := range x.toks {
			switch x.spAt(k) {
			case wPoll, wPolls, wSurvey, wVoters:
				polled = true
			case wPercent, wPct, wPercentage:
				share = true
			}
			switch x.lowerAt(k) {
			case "polling", "pollster", "pollsters":
				polled = true
			case "electoral", "election", "elections", "ballot", "ballots":
				polled, elected = true, true
			}
			if x.mark(k) == '%' || x.eq(k, wPer) && x.eq(k+1, wCent) {
				share = true
			}
		}
		x.polls = 1
		if polled && (share || elected) {
			x.polls = 2
		}
	}
	return x.polls == 2
}

// movedBy reports whether sp says the figure after it is how far
// something moved: "up", "down", "rose", "fell" and their kin.
func movedBy(sp spelling) bool {
	switch sp {
	case wUp, wDown, wRose, wFell, wGained, wLost, wDropped, wClimbed, wJumped, wSlipped:
		return true
	}
	return false
}

// amountNoun reports whether w, in lower case, names an amount a multiple
// may be of: "the size", "its price".
func amountNoun(w string) bool {
	switch w {
	case "size", "amount", "price", "prices", "value", "level", "levels", "rate", "number", "cost", "costs", "average",
		"speed", "power", "figure", "sum", "volume", "weight", "capacity", "total", "salary", "pay", "budget", "assessment",
		"estimate", "income", "revenue", "revenues", "earnings", "population", "area",
		"temperature", "height", "length", "width", "depth", "distance", "mass", "diameter", "density", "output": // "three times the temperature at the core of the sun"
		return true
	}
	return false
}

// cupMatch reports whether w, after "cup", makes it a trophy's: "two cup
// finals", "three cup ties".
func cupMatch(sp spelling) bool {
	switch sp {
	case wFinal, wFinals, wTie, wTies, wGame, wGames, wMatch, wMatches, wRun, wRuns, wWin, wWins, wWinner,
		wWinners, wTitle, wTitles, wCompetition, wCompetitions, wHolders, wSemi, wExit, wExits, wClash, wClashes,
		wFixture, wFixtures, wVictory, wVictories, wDefeat, wDefeats, wGoals, wAppearances, wMedals:
		return true
	}
	return false
}

// afterDot returns the token after j, or after its abbreviation dot
// ("sq.") or hyphen ("square-meter").
func (x *extractor) afterDot(j int) int {
	if x.tokIs(j+1, tPunct) && (x.mark(j+1) == '.' || x.mark(j+1) == '-') && x.toks[j+1].flags&fSpace == 0 {
		return j + 2
	}
	return j + 1
}

// measureAt reports whether token k is a unit of measure.
func (x *extractor) measureAt(k int) bool { return x.tokIs(k, tWord) && x.toks[k].is(lexicon.Measure) }

// squared reports whether token k, glued to a unit, squares it: "km2", "km²".
func (x *extractor) squared(k int) bool {
	return k < len(x.toks) && x.toks[k].flags&fSpace == 0 && (x.tokIs(k, tNum) && x.str(k) == "2" || x.str(k) == "\u00b2") &&
		!x.tokIs(k+1, tNum)
}

// cubed reports whether token k, glued to a unit, makes it cubic: "m3",
// "m³".
func (x *extractor) cubed(k int) bool {
	return k < len(x.toks) && x.toks[k].flags&fSpace == 0 && (x.tokIs(k, tNum) && x.str(k) == "3" || x.str(k) == "\u00b3") &&
		!x.tokIs(k+1, tNum)
}

// slashRate returns the unit of "m/s" or "b/d" at token j, or "".
func (x *extractor) slashRate(j int) string {
	if !x.tokIs(j+1, tPunct) || x.mark(j+1) != '/' || x.toks[j+1].flags&fSpace != 0 || !x.tokIs(j+2, tWord) || x.toks[j+2].flags&fSpace != 0 {
		return ""
	}
	switch {
	case x.str(j) == "m" && x.str(j+2) == "s" && x.squared(j+3):
		return "m/s²" // "9.8 m/s²": an acceleration
	case x.str(j) == "m" && x.str(j+2) == "s":
		return "m/s"
	case x.str(j) == "b" && x.str(j+2) == "d":
		return "barrel per day"
	case (x.str(j) == "l" || x.str(j) == "L") && x.str(j+2) == "m" && x.squared(j+3):
		return "litre per sq m" // rain, as Spanish reports write it: "491 l/m²" (its "²" a token of its own)
	}
	return ""
}

// poundsOfMoneyBefore reports whether the sentence of token i holds,
// before it, a sum written in pounds of money ("2,000 Egyptian pounds",
// "40 pounds sterling"): bare pounds after it are money too, whatever
// weight stands between.
func (x *extractor) poundsOfMoneyBefore(i int) bool {
	for _, p := range x.sentenceClaims(i) {
		if p.Kind == factcheck.Money && strings.Contains(strings.ToLower(p.Text), "pound") {
			return true
		}
	}
	return false
}

// ofThing reports whether "of" at token j names a thing that is no money
// in the three words after it: "of older polyester fiber", not "of new
// capital".
func (x *extractor) ofThing(j int) bool {
	if x.eq(j, wOf) && x.chemicalAt(j+1) {
		return true // "94.1 million pounds of U3O8"
	}
	if !x.eq(j, wOf) || !x.tokIs(j+1, tWord) || x.toks[j+1].flags&fUpper != 0 || x.toks[j+1].is(lexicon.Determiner|lexicon.Stop) {
		return false
	}
	for k := j + 1; k <= j+3 && x.tokIs(k, tWord); k++ {
		if w := x.lowerAt(k); moneyNoun(x.spAt(k)) || moneyWord(w) {
			return false
		}
	}
	return true
}

// chemicalAt reports whether a chemical's formula opens at token k, an
// element's symbol glued to its count: "U3O8", "Li2O", "CO2".
func (x *extractor) chemicalAt(k int) bool {
	s := x.str(k)
	return x.tokIs(k, tWord) && len(s) <= 2 && s[0] >= 'A' && s[0] <= 'Z' && (len(s) == 1 || s[1] >= 'a' && s[1] <= 'z') &&
		x.tokIs(k+1, tNum) && x.toks[k+1].flags&fSpace == 0 && len(x.str(k+1)) == 1
}

// paysBefore reports whether a verb of paying or a word of price stands
// in the eight words before token i, in its sentence: "paid 1.5m pounds".
func (x *extractor) paysBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == ';') {
			return false
		}
		if w := x.lowerAt(k); payWord(x.spAt(k)) || w == "raise" || w == "raised" || w == "raising" {
			return true
		}
	}
	return false
}

// payWord reports whether the word spelt sp pays or prices: a pound after
// it is money.
func payWord(sp spelling) bool {
	switch sp {
	case wCost, wCosts, wCosting, wPaid, wPay, wPays, wPaying, wPrice, wPriced, wWorth, wFined, wFine, wSpent,
		wEarn, wEarned, wEarns, wSold, wBought, wCharge, wCharged:
		return true
	}
	return false
}

// weighedPounds reports whether a claim before, in the text, weighs in
// pounds.
func (x *extractor) weighedPounds() bool {
	for k := range x.claims {
		if x.claims[k].Kind == factcheck.Measure && x.claims[k].Unit == "pound" {
			return true
		}
	}
	return false
}

// caratOf reports whether the word at token j is what a carat ("ct")
// before it weighs or grades: gold or a precious stone ("18 ct gold", "a
// 2 ct diamond"). Elsewhere wire copy's "ct" is a cent.
func (x *extractor) caratOf(j int) bool {
	if j >= len(x.toks) {
		return false // "Shr loss one ct" ends the text
	}
	switch x.spAt(j) {
	case wGold, wWhite, wYellow, wRose, wDiamond, wDiamonds, wSapphire, wRuby, wEmerald, wStone, wSolitaire:
		return true
	}
	return false
}

// weightPound reports whether "pound" or "pounds" at token j, after the
// number of c, is the unit of mass rather than sterling. Sterling is the
// default; a pound weighs when a word of weight stands before it in the
// sentence ("weighed 9 pounds", "a weight of"), a mass beside it gives its
// conversion ("4.2 kg, or 9 pounds", "9 pounds (4.1 kg)"), "heavier" or
// "lighter" follows, or "of" and a thing that is not money ("5 pounds of
// rice"), or it gives the weight of a unit of trade ("bales of 375 pounds
// each"), or "pound" before the thing it weighs under a US dateline ("a
// 1,850 pound satellite"), or a price by the pound stands before ("$4 per
// pound, with a minimum of 2 pounds"), or the weight before it in its
// sentence, or that weight's conversion in brackets ("a 24-pound (10.9kg)
// pike ... by six pounds"). A sum in millions ("1.5m pounds") is money, but where pounds "of"
// a thing or the text weighed in pounds before ("100 mln pounds of
// polyester fiber"); so is a pound in brackets after a dollar sum, or one
// that costs or pays. In a text that speaks of weight and never of
// sterling, pounds weigh ("He lost 45 pounds to play the part"), and in an
// American text (usText) that names neither sterling nor a country of
// pounds.
func (x *extractor) weightPound(c *claimParts, j int) bool {
	if !x.eq(j, wPound) && !x.eq(j, wPounds) || x.toks[j].flags&fUpper != 0 {
		return false
	}
	if c.num.scaled {
		// "100 mln pounds of polyester fiber", and the pounds after it in
		// the text, or any under a US dateline ("will add 600 mln pounds
		// per year to ... capacity" from New York): wire copy writes
		// sterling "stg"
		return x.ofThing(j+1) || // "bought 51.6 million pounds of uranium": a weight of a thing, however paid for
			(x.weighedPounds() || x.usDateline() && !x.namesSterling() || weighVerb(x.lowerAt(c.num.first-1)) || weighVerb(x.lowerAt(c.first-1)) || x.pricedByPound(c.num.first)) &&
				!x.paysBefore(c.num.first) // "It weighs 1.5k pounds", "averaged a record $1.78 a pound ... production at 5.45 billion pounds"
	}
	switch {
	case x.eq(c.num.first-1, wOf) && x.measureAt(c.num.first-2) && !x.eq(c.num.first-2, wPoint) && !x.eq(c.num.first-2, wPoints):
		return true
	case weighVerb(x.lowerAt(c.first-1)) || weighVerb(x.lowerAt(c.num.first-1)):
		return true // "born weighing just over four pounds", whatever pounds of money stand before it
	case x.eq(c.first-1, wAt) && x.eqText(c.first-2, "listed") && c.num.value < 500:
		return true // "the 7-foot-4 prospect is listed at 230 pounds": a player's weight on the roster
	case x.pricedByPound(c.num.first) && !x.paysBefore(c.num.first):
		return true // "charged about $4 per pound, with a minimum of 2 pounds": a price by weight before
	case x.lastWeighedInPounds(c.first) && !x.paysBefore(c.num.first):
		return true // "lost an average of 12.7 pounds, compared with 2.1 pounds", "a 24-pound (10.9kg) pike ... by six pounds": the sentence's pounds weigh
	case x.eq(j+1, wHeavier) || x.eq(j+1, wLighter) || x.eq(j+1, wOverweight):
		return true
	case (x.eq(j+1, wAn) || x.eq(j+1, wPer)) && (x.eq(j+2, wAcre) || x.eq(j+2, wHectare)):
		return true // "to harvest around 7,600 pounds an acre": a yield
	case (x.eq(j+1, wAn) || x.eq(j+1, wA) || x.eq(j+1, wPer)) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration) && x.ofThing(j+3):
		return true // "burns 2,000 pounds an hour of fuel": a weight a time
	case x.eq(j+1, wOf) && x.tokIs(j+2, tWord) && x.toks[j+2].flags&fUpper == 0 && !x.toks[j+2].is(lexicon.Determiner|lexicon.Stop) && !moneyNoun(x.spAt(j+2)):
		return true
	case x.massConversionAt(j + 1):
		return true
	case x.eq(j, wPound) && x.usDateline() && x.tokIs(j+1, tWord) && !x.toks[j+1].is(lexicon.Determiner|lexicon.Stop|lexicon.Currency) && !moneyNoun(x.spAt(j+1)) && !x.eq(j+1, wSterling):
		return true // "placed in orbit a 1,850 pound satellite" from Cape Canaveral: a weight before its thing
	}
	if x.poundsOfMoneyBefore(c.num.first) {
		return false // "2,000 Egyptian pounds per ardeb, equal to 150 kg, up from 1,600 pounds"
	}
	for k := c.num.first - 1; k >= 0 && k >= c.num.first-8; k-- {
		if x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == ';') {
			break
		}
		if w := x.lowerAt(k); weighVerb(w) || w == "weight" || w == "weights" || w == "heavy" || w == "heavier" || w == "lb" || w == "lbs" {
			return true

		} else if (w == "lost" || w == "lose" || w == "gained" || w == "gain" || w == "shed") && !x.namesSterling() {
			return true // "patients lost an average of 15 pounds" in a text that names no sterling: a body's weight
		}
		if payWord(x.spAt(k)) {
			return false
		}
		if x.massAt(k) && x.tokIs(k-1, tNum) {
			return true
		}
	}
	if x.usText() && !x.namesSterling() && !x.namesPoundCountry() && !x.paysBefore(c.num.first) {
		return true // "output per cow rose 1.8 percent to 2,065 pounds" in an American text that names no country of pounds
	}
	return x.weighsNotSterling() && !x.paysBefore(c.num.first)
}

// lastWeighedInPounds reports whether the last claim read, in the
// sentence of token j, weighs in pounds, or is the conversion in brackets
// of one that does ("a 24-pound (10.9kg) pike").
func (x *extractor) lastWeighedInPounds(j int) bool {
	if x.lastClaimIn(j, factcheck.Measure, "pound") {
		return true
	}
	n := len(x.claims)
	if n < 2 || x.claims[n-1].Start == 0 || x.text[x.claims[n-1].Start-1] != '(' || x.claims[n-1].Kind != factcheck.Measure {
		return false
	}
	p := &x.claims[n-2]
	return p.Kind == factcheck.Measure && p.Unit == "pound" && !x.sentenceEndIn(x.tokenAfter(p), j)
}

// pricedByPound reports whether a price by the pound ("$1.78 a pound",
// "$4 per pound", "a 2.5-cent-a-pound rise") stands among the 40 tokens
// before token i: pounds after it weigh.
func (x *extractor) pricedByPound(i int) bool {
	for k := i - 1; k >= 3 && k >= i-40; k-- {
		if x.eq(k, wPound) && ((x.eq(k-1, wA) || x.eq(k-1, wPer)) && x.tokIs(k-2, tNum) || x.mark(k-1) == '-' && x.eq(k-2, wA) && x.mark(k-3) == '-') {
			return true
		}
	}
	return false
}

// massConversionAt reports whether a mass in brackets opens at token k,
// the conversion of a weight before it: "9 pounds (4.1 kg)".
func (x *extractor) massConversionAt(k int) bool {
	return x.tokIs(k, tPunct) && x.mark(k) == '(' && x.tokIs(k+1, tNum) && x.massAt(k+2)
}

// namesPoundCountry reports whether the text names a country whose money
// is, or in 1987 wire copy was, a pound: Britain, Ireland, Egypt, Lebanon,
// Syria, Sudan.
func (x *extractor) namesPoundCountry() bool {
	for _, c := range []string{"GB", "IE", "EG", "LB", "SY", "SD"} {
		if x.setting().mentions[c] > 0 {
			return true
		}
	}
	return false
}

// weighVerb reports whether w, in lower case, is a form of "weigh".
func weighVerb(w string) bool {
	return w == "weigh" || w == "weighs" || w == "weighed" || w == "weighing"
}

// weighsNotSterling reports whether the text speaks of weight ("lose
// weight", "weighed") and never of sterling (no "£", "stg", "sterling",
// "GBP"): its pounds weigh, as a body's do in "lost 45 pounds".
func (x *extractor) weighsNotSterling() bool {
	if x.namesSterling() {
		return false
	}
	for k := range x.toks {
		switch x.spAt(k) {
		case wWeight, wWeighed, wWeighs, wWeigh, wWeighing, wLbs, wLb:
			return true
		}
	}
	return false
}

// namesSterling reports whether the text names sterling: "£", "stg",
// "sterling" or "GBP"; read once.
func (x *extractor) namesSterling() bool {
	if x.sterling == 0 {
		x.sterling = 1
		for k := 0; k < len(x.toks) && x.sterling == 1; k++ {
			switch x.str(k) {
			case "£", "stg", "sterling", "GBP", "Stg", "STG":
				x.sterling = 2
			}
		}
	}
	return x.sterling == 2
}

// gramSymbolAt reports whether token k is grams by their symbol, "g",
// after a figure: no word of the lexicon, which reads "g" only in context
// ("450 g", "8g").
func (x *extractor) gramSymbolAt(k int) bool {
	return x.eqText(k, "g") && x.tokIs(k-1, tNum)
}

// massAt reports whether token k is a unit of mass other than the pound.
func (x *extractor) massAt(k int) bool {
	if x.gramSymbolAt(k) {
		return true // "1 pound (450 g)"
	}
	if !x.measureAt(k) {
		return false
	}
	switch x.toks[k].entry().Unit {
	case "kg", "g", "gramme", "mg", "milligram", "tonne", "ounce", "stone", "lb", "microgram":
		return true
	}
	return false
}

// moneyNoun reports whether w, after "pounds of" or "-pound", is something
// that sterling buys or pays: "pounds of investment", "a 10-pound note".
func moneyNoun(sp spelling) bool {
	switch sp {
	case wInvestment, wInvestments, wFunding, wFunds, wDebt, wDebts, wSavings, wMoney, wCash, wProfit, wProfits,
		wRevenue, wSales, wDamage, wDamages, wCompensation, wAid, wSpending, wAssets, wShares, wStock, wTaxpayers,
		wPublic, wIncome, wTax, wTaxes, wLoans, wLoan, wCredit, wNote, wNotes, wCoin, wCoins, wFine, wFines, wFee,
		wFees, wTicket, wTickets, wDeal, wContract, wBudget, wBill, wBills, wPayment, wPayments, wBonus, wPrize,
		wReward, wBet, wVoucher, wVouchers, wDonation, wGrant, wPrice, wPension, wSalary, wWage:
		return true
	}
	return false
}

// lengthConverted reports whether the figure at tokens [i, j] with a glued
// "m" is a conversion of a length in feet, yards, inches or miles, in
// brackets after it or with it in brackets after: "jumped 30ft (10m)",
// "a 6m (20ft) wall".
func (x *extractor) lengthConverted(i, j int) bool {
	if i >= 2 && x.mark(i-1) == '(' && len(x.claims) > 0 {
		p := &x.claims[len(x.claims)-1]
		return p.End == int(x.toks[i-2].e) && p.Kind == factcheck.Measure && imperialLength(p.Unit)
	}
	if x.mark(j+1) != '(' || !x.tokIs(j+2, tNum) {
		return false
	}
	k := j + 3
	return x.tokIs(k, tWord) && x.toks[k].is(lexicon.Measure) && imperialLength(x.toks[k].entry().Unit)
}

// imperialLength reports whether u is a unit of length of the imperial
// system: "foot", "yard", "inch", "mile".
func imperialLength(u string) bool {
	return u == "foot" || u == "yard" || u == "inch" || u == "mile"
}

// machNumber reads at token i a speed as a Mach number, the figure after
// "Mach": "cruising at Mach 0.85", "up to Mach 2", "Mach .85". It returns the index
// after it, or i.
func (x *extractor) machNumber(i int) int {
	mach := i - 1
	if x.leadingPoint(i) {
		mach = i - 2 // "Mach .85"
	}
	if x.str(mach) != "Mach" || x.toks[mach+1].flags&fSpace == 0 {
		return i
	}
	n, ok := x.digits(i)
	if !ok || n.scaled || x.tokIs(n.last, tPunct) && isDash(x.str(n.last)) && x.toks[n.last].flags&fSpace != 0 {
		return i // "RENO, Nev., Mach 4 - Porsche": a dateline's March, mistyped
	}
	c := claimParts{first: mach, last: n.last, num: n, unitKind: factcheck.Measure, unit: "Mach", factor: 1}
	c.qual, c.first = x.qualifier(mach)
	x.emit(&c)
	return c.last
}

// flightLevel reads at token i an aircraft's flight level after "FL",
// glued or spaced ("FL350", "FL 380"): a height in hundreds of feet, a
// measure in feet (35,000), as the heights beside it are given.
func (x *extractor) flightLevel(i int) int {
	if x.str(i-1) != "FL" || x.toks[i].flags&fNewline != 0 || !allDigits(x.str(i)) || len(x.str(i)) < 2 || len(x.str(i)) > 3 {
		return i
	}
	v, _ := strconv.Atoi(x.str(i))
	c := claimParts{first: i - 1, last: i + 1, num: number{first: i, last: i + 1, value: float64(v) * 100}, unitKind: factcheck.Measure, unit: "foot", factor: 1}
	c.qual, c.first = x.qualifier(i - 1)
	x.emit(&c)
	return c.last
}

// bloodPressure reads at token i a blood pressure written systolic over
// diastolic, "140/90mmHg", "below 140/90 mm Hg", ">180/120", each figure
// a claim in mmHg, as checkers quote either: where "mmHg" follows or the
// sentence speaks of blood pressure ("stage 2 hypertension starting at
// 160/100"). The systolic figure lies from 70 to 260, the diastolic from
// 40 to 160 and below it; a bound before the pair bounds both. It returns
// the index after the pair, or i.
func (x *extractor) bloodPressure(i int) int {
	if !x.slashFractionAt(i) || x.tokIs(i+3, tPunct) && x.mark(i+3) == '/' {
		return i
	}
	sys, err1 := strconv.Atoi(x.str(i))
	dia, err2 := strconv.Atoi(x.str(i + 2))
	if err1 != nil || err2 != nil || sys < 70 || sys > 260 || dia < 40 || dia > 160 || dia >= sys {
		return i
	}
	end := x.mmHgAfter(i + 3)
	if end == i+3 && !x.bloodPressureNear(i) {
		return i
	}
	q, first := x.qualifier(i)
	if q == "" || q == factcheck.Exact {
		q, _ = x.suffixQualifier(max(end, i+3)) // "140/90mmHg or higher"
	}
	upper := claimParts{first: first, last: i + 1, num: number{first: i, last: i + 1, value: float64(sys)}, unitKind: factcheck.Measure, unit: "mmHg", factor: 1, qual: q}
	lower := claimParts{first: i + 2, last: max(end, i+3), num: number{first: i + 2, last: i + 3, value: float64(dia)}, unitKind: factcheck.Measure, unit: "mmHg", factor: 1, qual: q}
	x.emit(&upper)
	x.emit(&lower)
	return lower.last
}

// mmHgAfter returns the index after "mmHg" or "mm Hg" at token j, or j.
func (x *extractor) mmHgAfter(j int) int {
	switch {
	case x.measureAt(j) && x.toks[j].entry().Unit == "mmHg":
		return j + 1
	case x.eqText(j, "mm") && x.eqText(j+1, "hg"):
		return j + 2
	}
	return j
}

// bloodPressureNear reports whether the sentence of token i, to a few
// words after it, speaks of blood pressure ("blood pressure",
// "hypertension", "systolic", "diastolic", "BP"), or the text writes
// "mmHg" ("A reading >180/120 is treated as an emergency").
func (x *extractor) bloodPressureNear(i int) bool {
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k < i+8; k++ {
		if x.tokIs(k, tPunct) && k > i && x.sentenceEnd(k) > k {
			break
		}
		switch x.lowerAt(k) {
		case "hypertension", "hypertensive", "systolic", "diastolic", "bp":
			return true
		case "pressure":
			if x.eqText(k-1, "blood") {
				return true
			}
		}
	}
	return x.writesMmHg()
}

// writesMmHg reports whether the text writes a pressure in mmHg anywhere;
// read once.
func (x *extractor) writesMmHg() bool {
	if x.mmHg == 0 {
		x.mmHg = 1
		for k := range x.toks {
			if x.mmHgAfter(k) > k {
				x.mmHg = 2
				break
			}
		}
	}
	return x.mmHg == 2
}

// taxMills gives a count of "mills" (or "-mill") the unit mill, a
// thousandth of a dollar of tax on each dollar of a property's value, in
// a sentence of a tax or a levy: "raises the city's tax rate by 2.5 mills",
// "a 1.5-mill park levy"; and a bare figure moved to or from so many mills
// in one ("the tax rate climbs from 18.2 to 19.45 mills"). Mills of paper
// or cotton are counted, as no tax is said.
func (x *extractor) taxMills(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.scaled {
		return
	}
	mill := func(k int) bool { w := x.lowerAt(min(k, len(x.toks)-1)); return w == "mill" || w == "mills" }
	spaced := c.subjectEnd == c.subjectStart+1 && c.subjectStart == c.num.last && mill(c.subjectStart)       // "2.5 mills"
	hyphened := c.subjectEnd != 0 && x.mark(c.num.last) == '-' && mill(c.num.last+1)                         // "a 1.5-mill park levy"
	moved := c.subjectEnd == 0 && x.eq(c.num.last, wTo) && x.tokIs(c.num.last+1, tNum) && mill(c.num.last+2) // "from 18.2 to 19.45 mills"
	if !spaced && !hyphened && !moved || !x.taxSaid(c.first) {
		return
	}
	c.unitKind, c.unit = factcheck.Measure, "mill"
	switch {
	case spaced:
		c.last, c.subjectStart, c.subjectEnd = c.subjectEnd, 0, 0
	case hyphened:
		c.last = c.num.last + 2
	}
}

// taxSaid reports whether the sentence of token i speaks of a tax or a
// levy, up to 25 tokens after i.
func (x *extractor) taxSaid(i int) bool {
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k < i+25 && (k <= i || !(x.tokIs(k, tPunct) && x.sentenceEnd(k) > k)); k++ {
		switch x.lowerAt(k) {
		case "tax", "taxes", "levy", "levies", "millage":
			return true
		}
	}
	return false
}

// symbolRate makes a temperature, a mass of carbon or a mass in grams in
// its symbol a rate when "per" or "a" and a span of time follow it: "0.2C
// per decade", "0.5F a decade", "267 Gt per year" of ice, as climate
// science writes warming and losses; "eats 11g a day" of salt, "lost 2kg
// a week", as diets are written (the word units read their rates as they
// are read).
func (x *extractor) symbolRate(c *claimParts) {
	switch c.unit {
	case "°C", "°F", "Gt", "Mt", "g", "kg":
	default:
		return
	}
	if c.unitKind != factcheck.Measure {
		return
	}
	switch per, k := x.perUnit(c.last); per {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade", "century":
		c.unit, c.last = c.unit+" per "+per, k
	}
}
