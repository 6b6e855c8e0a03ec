package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// carriedCurrency gives the bare amount c the currency of the sum of money
// it follows or parallels, as wire copy leaves it unsaid: "orders rose to
// 614.26 billion yen. This comes after a rise to a revised 598.09
// billion", "3.2 billion dlrs of an estimated 6.0 billion in payments",
// "revenue reached USD 3.4 billion, while costs were 2.9 billion".
//
// Only a figure with a scale or decimals and no noun of its own takes it
// (with decimals alone, only from a sum of less than a million; millions
// written in full digits only when compared with a sum of millions of
// their size, within a factor of ten), from the
// nearest figure before it of a count, measure or money (a percentage, a
// date or a conversion in brackets between does not matter) when that is
// money. The two ends of a change "from $2 million to 3 million" need no
// more, nor does a figure opening a bracket just after the sum ("4 billion
// dlrs (3.1 billion net)"), nor one compared with it across a few words of
// its sentence, over a wrapped line too ("56.88 billion rupees, down from
// a record 82.85 billion", "165 pct higher than the 30.63 billion"). Otherwise, in the same sentence, a word of
// money ("costs", "payments") must stand in the figure's clause, or, when
// no punctuation parts the two figures or the figure is compared with one
// before it ("up 12% from 3.75 million"), in their sentence; from the
// sentence before in the same paragraph, the figure must have a scale and
// the sentence of the money a word of money. A figure with a scale and,
// in its own clause, a word that names only money takes the currency from
// further back, across the lines of wire copy's paragraphs but not a
// blank line: "a 434-billion-yen smelter ... said.\n    The bank said the
// company, capitalised at 91 billion, ...".
func (x *extractor) carriedCurrency(c *claimParts) {
	if c.unitKind != factcheck.Count || c.num.year || x.eq(c.num.last-1, wDozen) {
		return // "a half dozen other oil companies": things, never a sum
	}
	if x.eq(c.first-1, wOf) && (x.eq(c.first-2, wRatio) || x.eq(c.first-2, wMultiple)) {
		return // "trade on a price-to-earnings ratio of 11.6": times, beside a share's price
	}
	if u := x.currencyTerms(c); u != "" {
		c.unitKind, c.unit = factcheck.Money, u // "In guilder terms, profits dropped three pct to 3.69 billion from 3.81 billion"
		return
	}
	if p := x.sumOfWhich(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "1.4 billion dlrs, of which 550 mln will come from the IDA and 850 mln from the World Bank"
		if !c.num.scaled {
			x.elidedScale(c, p) // "23,442 billion lire, of which 20,322 was held by operators"
		}
		return
	}
	if p := x.forListAlike(c); p != nil {
		c.unitKind, c.unit, c.factor = factcheck.Money, p.Unit, 1 // "loan rates are 2.28 dlrs\nfor wheat, 1.92 for corn"
		return
	}
	if c.end == nil && c.num.scaled && c.subjectEnd <= c.first && sumVerb(x.spAt(c.first-1)) {
		if u := x.storyCurrency(); u != "" {
			// "Panhandle Eastern earned 133.5 mln in 1986", after a sum of
			// its own: a verb of money's sum
			c.unitKind, c.unit = factcheck.Money, u
			return
		}
	}
	if p := x.pricedAlike(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "Jan/Mar deliveries at 113 stg and Apr/Jun at 117 ..., and at 111 and 115"
		return
	}
	if p := x.reviewPrice(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "rose six Australs per tonne to 118. For export it rose eight to 108 per tonne"
		return
	}
	if u := x.rateCurrency(c); u != "" {
		c.unitKind, c.unit = factcheck.Money, u
		if k := c.last + 1; x.eq(k, wOne) {
			// "35 to one U.S. Dollar": the rate's base is no sum of its own
			for m := k + 1; m < k+6 && m < len(x.toks); m++ {
				if x.tokIs(m, tWord) && x.toks[m].is(lexicon.Currency) {
					c.last = m + 1
					break
				}
			}
		}
		return
	}
	if c.num.scaled && c.end == nil && x.eq(c.num.last, wOf) && x.eq(c.num.last+1, wWhich) {
		// "totalling 63.0 billion marks - 44.1 billion of which was
		// intramarginal": a part of the sum before it, in its currency
		if p, pi := x.moneyToCarry(c.first); p != nil && pi < c.first && c.first-pi <= 12 && !x.sentenceEndIn(x.tokenAfter(p), c.first) {
			c.unitKind, c.unit = factcheck.Money, p.Unit
			return
		}
	}
	if !c.num.scaled && !c.num.decimal && c.num.value >= 1e4 && x.eq(c.num.last, wOf) && x.sumWordIn(c.num.last+1, x.clauseEnd(c.num.last+1, c.num.last+4)) {
		if u := x.storyCurrency(); u != "" {
			c.unitKind, c.unit = factcheck.Money, u // "15.2 mln dlrs principal amount of bonds ..., and approximately 1,350,000 of unsecured debt"
			return
		}
	}
	if !c.num.scaled && !c.num.decimal && c.num.value >= 1000 && !c.num.year && c.end == nil {
		result := c.subjectEnd <= c.first && (x.eq(c.first-1, wLoss) || x.eq(c.first-1, wProfit) || x.eq(c.first-1, wIncome)) && (x.eq(c.first-2, wNet) || x.eq(c.first-2, wOperating))
		sumOf := x.eq(c.first-1, wOf) && x.tokIs(c.first-2, tWord) && sumOfNoun(x.spAt(c.first-2)) &&
			(c.subjectEnd <= c.first || x.eq(c.num.last, wDue) || x.eq(c.num.last, wPlus) || x.eq(c.num.last, wPayable))
		if result || sumOf {
			if u := x.storyCurrency(); u != "" && result {
				// "Valex reported a net loss 219,632 for 1986": a result in the
				// story's currency, its "of" and its "dlrs" dropped
				c.unitKind, c.unit = factcheck.Money, u
				return
			} else if u != "" {
				// "a term loan of\n2,500,000", "monthly payments of 29,800 due
				// on the loan", "an aggregate price of 1,125,000 plus a
				// percentage": a sum in the story's currency
				c.unitKind, c.unit, c.subjectStart, c.subjectEnd, c.last = factcheck.Money, u, 0, 0, c.num.last
				return
			}
		}
	}
	if !c.num.scaled && c.end == nil && (x.eq(c.num.last, wA) || x.eq(c.num.last, wPer)) && x.eq(c.num.last+1, wShare) {
		// "263.3 mln dlrs, or 5.41 a share": a sum for each share, in the
		// currency of the sum before it in its sentence
		if p, pi := x.moneyToCarry(c.first); p != nil && pi < c.first && !x.sentenceEndIn(x.tokenAfter(p), c.first) {
			c.unitKind, c.unit = factcheck.Money, p.Unit
			return
		}
		if u := x.comparedCurrencyAfter(c.num.last + 2); u != "" {
			c.unitKind, c.unit = factcheck.Money, u // "earnings of 3.55 per share against 1.66 dlrs per share"
			return
		}
	}
	if p := x.rowAboveSum(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "Consumer goods 123 mln stg vs 32 mln\n Building products 31 mln vs 26 mln"
		return
	}
	if u := x.vsCurrency(c); u != "" {
		c.unitKind, c.unit = factcheck.Money, u // "Group loss 1.08\n    Billion vs loss 71 mln crowns"
		return
	}
	if x.indexSince(c.first) && x.indexLevel(c) {
		return // "Deutsche Bank dropping 38 marks to 472 and the FAZ index down 4.9 pct at 489.76": the index's level, in points
	}
	if p := x.quoteAlike(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "set the yuan midpoint at 7.1106 per dollar ... a Reuters estimate of 7.2222"
		return
	}
	if c.num.decimal && !c.num.scaled && c.subjectEnd <= c.first && c.end == nil && x.priceReport() && x.tableRow(c.num.first) && x.datedColumns(c.num.first) {
		if u := x.storyCurrency(); u != "" {
			c.unitKind, c.unit = factcheck.Money, u // "U.S. FEEDER STEER PRICE" over "April 9   Previous quote\n 70.03   69.87"
			return
		}
	}
	if u := x.weightPrice(c); u != "" {
		c.unitKind, c.unit = factcheck.Money, u // "U.S. 1-2 210-250 LB 49.50-50.50", a hog's price per cwt
		return
	}
	if p := x.sumRepeated(c); p != nil {
		c.unitKind, c.unit, c.factor = factcheck.Money, p.Unit, 1 // "income support at 5.02 dlrs. ... a\n5.02 marketing loan"
		return
	}
	// a noun of its own after it names what it counts (but a results
	// report's "a 6,000,000 provision" is a sum); a possessive before it
	// ("January's 83.37 billion") does not, nor does a price's mark ("a
	// 2.80 high") or a move's direction ("30 billion lower", "closed 1-3/8
	// lower")
	if c.subjectEnd > c.first && !(c.subjectEnd == c.subjectStart+1 && ((c.num.scaled || x.inEighths(c.num.first, c.num.last)) && lowerOrHigher(x.spAt(c.subjectStart)) || priceMark(x.spAt(c.subjectStart)))) {
		if w := x.lowerAt(c.subjectStart); c.subjectEnd == c.subjectStart+1 && resultsLabels[w] && w != "net" && (w != "current" || x.toks[c.subjectStart].flags&fUpper != 0) {
			x.resultsMoney(c)
		}
		if w := x.lowerAt(c.subjectStart); c.num.scaled && c.subjectEnd == c.subjectStart+1 && (rateChangeNoun(x.spAt(c.subjectStart)) || sumRestated(w)) {
			// "rose 4.87 billion dlrs in May, compared with April's 2.8
			// billion increase": a change of a sum is a sum, as is its
			// estimate ("a 1.2 billion stg shortage, revised down from an
			// initial 1.15 billion estimate")
			if p, pi := x.moneyToCarry(c.first); p != nil && pi < c.first && p.Value.Num >= 1e6 && !x.sentenceEndIn(x.tokenAfter(p), c.first) {
				c.unitKind, c.unit = factcheck.Money, p.Unit
			}
			return
		}
		if p := x.sumOfThingsAlike(c); p != nil {
			// "20 mln stg of band one bank bills at 10-7/8 pct and 111 mln
			// of band two bank bills": sums of things alike
			c.unitKind, c.unit = factcheck.Money, p.Unit
			return
		}
		if !c.num.scaled || !x.moneyWordIn(c.subjectStart, c.subjectEnd) || x.countedSums(c) {
			return
		}
		// "a 10.59 billion net profit", "a short-term five billion funding
		// effort": a sum its noun names, in the currency of the story's sums
	}
	if x.inlineResult(c) && x.resultsMoney(c) {
		return // "Shr 45 cts vs 38 cts; Net 4,512,000 vs 3,807,000": a row of results run into a sentence, no share's price
	}
	if p := x.marketMove(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit
		if !c.num.decimal {
			c.factor = 0.01 // "Kidston 50 to 9.00": 50 cents
		}
		return
	}
	if p := x.marketPrice(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "Kidston 50 to 9.00": 9 dollars
		return
	}
	if p := x.priceBeside(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "CRA closed 10 up at 7.80 after reaching 7.90"
		return
	}
	if x.sharePrice(c) {
		if p := x.lastClaim(); p != nil && (x.eq(c.num.first-1, wTo) || x.eq(c.num.first-1, wAfter) || x.eq(c.num.first-1, wFrom) || x.eq(c.num.first-1, wAt) && !x.sentenceEndIn(x.tokenAfter(p), c.first)) &&
			p.Kind == factcheck.Money && p.Unit == "GBP" && (strings.HasSuffix(p.Text, "p") || strings.HasSuffix(lower(p.Text), "pence") || strings.HasSuffix(lower(p.Text), "penny")) {
			c.unitKind, c.unit, c.factor = factcheck.Money, p.Unit, 0.01 // "rose 2p to 742", "nine pence higher at 100", "fell a penny at 1,334": pence
		} else if u := x.shareCurrency(c); u != "" {
			c.unitKind, c.unit = factcheck.Money, u
		}
		return
	}
	if p := x.centsCompared(c); p != nil {
		c.unitKind, c.unit, c.factor = factcheck.Money, p.Unit, 0.01 // "Shr 55.01 cents vs 97.76", "to 18 cts a share from 16": cents
		return
	}
	if x.sharesRow(c) || x.resultsMoney(c) {
		return
	}
	if p := x.movedTo(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit
		return
	}
	if p := x.priceThenMove(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "22.50 dlrs, up 1.25", "733 dlrs, down one"
		if cents(p.Text) {
			c.factor = 0.01 // "62.50 cts a lb, up 1.25": cents
		}
		return
	}
	if p := x.nearPrice(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "near the dollar's early low of 148.50 yen and ... firmed to 149.05/15"
		return
	}
	if s := x.str(c.num.first); c.num.decimal && !c.num.scaled && strings.IndexByte(s, '.') >= 0 && len(s)-strings.IndexByte(s, '.') > 4 {
		// a rate of exchange to four places near its quote: "will return
		// above 0.7100" after "closed at 0.7092/97 U.S. Dlrs"
		if p := x.quoteNear(c.first, c.num.value); p != nil {
			c.unitKind, c.unit = factcheck.Money, p.Unit
			return
		}
	}
	if !(c.num.scaled || c.num.decimal) {
		if u := x.storyCurrency(); u != "" && c.num.value >= 1000 && c.end == nil && c.subjectEnd <= c.first && x.eq(c.first-1, wOf) && x.resultNamedBefore(c.first-1) {
			c.unitKind, c.unit = factcheck.Money, u // "total revenues for 1986 of 4,255,731, and net income of 258,125"
			return
		}
		if p := x.rateChangedFrom(c); p != nil {
			c.unitKind, c.unit, c.factor = factcheck.Money, p.Unit, 1 // "to a fixed rate of eight per dlr from 21"
			return
		}
		if p, pi := x.moneyToCarry(c.first); c.num.value >= 1e6 && p != nil && p.Value.Num >= 1e6 && max(p.Value.Num, c.num.value) <= 10*min(p.Value.Num, c.num.value) && pi < c.first && c.first-pi <= 60 &&
			x.comparedBack(c.first, pi) && !x.paragraphIn(pi+1, c.first+1) && !x.sentenceEndIn(x.tokenAfter(p), c.first) {
			c.unitKind, c.unit = factcheck.Money, p.Unit // "24.5 mln dlrs, compared with 7,900,000 for 1985": millions in full
		}
		return
	}
	if p := x.billionsOfSums(c); p != nil {
		c.unitKind, c.unit = factcheck.Money, p.Unit
		return
	}
	p, pi := x.moneyToCarry(c.first)
	if p == nil || pi >= c.first || c.first-pi > 60 {
		// far from any sum, billions of a word that names only money are
		// in the story's currency: "net foreign debt would grow from 81
		// billion ... to 97.2 billion"; and so is a figure whose own noun
		// is money: "The 548.76 mln cash would cover payments", "a 90 mln
		// after-tax restructuring charge", and one a verb of money takes:
		// "Panhandle Eastern earned 133.5 mln in 1986"; but shares before
		// the noun are what it counts ("1.4 MLN SHR OFFER", "a 2 mln
		// share offering")
		if c.num.scaled && (c.num.value >= 1e9 && x.sumWordIn(x.clauseStart(c.first, x.sentenceStartBefore(c.first)), c.last) ||
			c.subjectEnd > c.subjectStart && c.subjectStart == c.num.last && onlyMoney(x.lowerAt(c.subjectEnd-1)) && !sharesCounted(x.spAt(c.subjectStart)) || sumVerb(x.spAt(c.first-1))) {
			if u := x.storyCurrency(); u != "" {
				c.unitKind, c.unit = factcheck.Money, u
			}
		}
		return
	}
	last := c.last
	if c.subjectStart == c.num.last && c.subjectEnd > last && !(x.tokIs(c.subjectEnd, tWord) && x.toks[c.subjectEnd].flags&fNewline != 0) {
		last = c.subjectEnd // the figure's own noun: "a 1.5 billion deficit" (but "eight mln privileged investment\ncertificates" go on)
	}
	if c.num.scaled && (x.sumWordIn(x.subjectClauseStart(c.first, pi), last) || c.num.value >= 1e9 && x.moneyWordIn(x.clauseStart(c.first, pi), last)) &&
		!x.blankLineIn(pi+1, c.first+1) {
		// "sales" of billions with no noun are a sum: "Sales were 0.3 pct
		// down at 592.37 billion" after "10.95 billion yen"; so is a
		// deficit of them in the wire's next paragraph: "25.8 billion
		// francs ...\n    This compares with a 1.5 billion deficit"
		c.unitKind, c.unit = factcheck.Money, p.Unit
		return
	}
	if (c.num.scaled || c.num.decimal && p.Value.Num < 1e6) && x.comparedBack(c.first, pi) && !x.paragraphIn(pi+1, c.first+1) && !x.sentenceEndIn(x.tokenAfter(p), c.first) {
		if m := x.measureOfScale(c, p); m != nil {
			// "exports at a record 15.5 to 16 mln tonnes worth some 2.3
			// billion Australian dlrs, compared with 15.8 mln": compared
			// with the measure of its scale, past a sum of another
			c.unitKind, c.unit = factcheck.Measure, m.Unit
			return
		}
		c.unitKind, c.unit = factcheck.Money, p.Unit // "56.88 billion rupees, down from a record 82.85 billion"
		return
	}
	if (x.datedAlike(c, p) || x.changeChain(c, p)) && !x.sentenceEndIn(x.tokenAfter(p), c.first) {
		c.unitKind, c.unit = factcheck.Money, p.Unit // "2.60 dlrs in June 1987, 3.20 in September 1988"
		return
	}
	if c.num.scaled && (x.eq(c.first-1, wAnother) || x.eq(c.first-1, wFurther) || x.eq(c.first-1, wAdditional)) &&
		(!x.sentenceEndIn(x.tokenAfter(p), c.first) || x.scaleOf(c) != "" && slices.Contains(strings.Fields(lower(p.Text)), x.scaleOf(c)) && !x.blankLineIn(pi+1, c.first+1)) {
		// "1bn euros immediately, with another 550m to follow"; "85 mln
		// SDR's can be drawn ...\n    Another 40.9 mln is available", the
		// next paragraph of a wire
		c.unitKind, c.unit = factcheck.Money, p.Unit
		return
	}
	if x.breakIn(pi+1, c.first+1) {
		return
	}
	if !c.num.scaled && p.Value.Num >= 1e6 {
		return // "500 mln riyal issue to 98.46094": a price, no sum
	}
	ends, compares := 0, false
	for k := x.tokenAfter(p); k < c.first; k++ {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			ends++
			compares = x.comparesOpening(k + 1)
		}
	}
	if ends > 1 || ends == 1 && !compares && (!c.num.scaled || !x.moneyWordIn(x.sentenceStartBefore(pi), pi)) {
		return // but "14.5 mln dlrs. This compares with 12.1 mln a year ago"
	}
	if ends == 0 && !x.moneyClause(c, p, pi) && !x.bracketAfter(c, p) && !x.sameScale(c, p) {
		return
	}
	c.unitKind, c.unit = factcheck.Money, p.Unit
}

// rowAboveSum returns the sum of money that opens the row above the bare
// figure c, of c's scale, when c opens a row of its own after a label of
// words: a table of parts whose unit its first row names once, each row
// taking the currency of the row above, named or so taken ("Consumer
// goods 25 mln stg vs 20 mln\n Building products 29 mln vs 25 mln\n Food
// seven mln vs two mln", and a results report's rows of regions and
// products below its profit's); or nil. A results report's row of shares
// is no such part.
func (x *extractor) rowAboveSum(c *claimParts) *factcheck.Claim {
	if !c.num.scaled || c.end != nil || c.subjectEnd > c.first || len(x.claims) == 0 || x.sharesRow(c) {
		return nil
	}
	line := x.lineStart(c.first)
	if !x.labelledRow(line, c.first) {
		return nil
	}
	above := x.lineStart(line - 1)
	var p *factcheck.Claim
	for n := len(x.claims) - 1; n >= 0; n-- {
		q := &x.claims[n]
		if qi := x.tokenOf(q); qi < above {
			break
		} else if qi < line {
			p = q // the last before the row's start is the row's first figure
		}
	}
	if p == nil || p.Kind != factcheck.Money || !x.labelledRow(above, x.tokenOf(p)) {
		return nil
	}
	if w := strings.Fields(lower(p.Text)); len(w) < 2 || w[1] != x.scaleOf(c) {
		return nil // "123 mln stg", "31 mln": its number, c's scale
	}
	return p
}

// labelledRow reports whether the line that starts at token line is a
// row of a table whose label, words and the marks of words only ("U.S.A.",
// "Profits from related companies, less losses,"), runs up to token
// first, its first figure, with no blank line above it.
func (x *extractor) labelledRow(line, first int) bool {
	if line == 0 || line == first || x.blankLineIn(line, line+1) || !x.tokIs(line, tWord) {
		return false
	}
	for k := line; k < first; k++ {
		switch {
		case x.tokIs(k, tWord):
		case x.tokIs(k, tPunct) && strings.ContainsRune(",.-'&/", rune(x.mark(k))):
		default:
			return false
		}
	}
	return true
}

// weightPrice returns the currency of the bare price c, in dollars and
// cents, that a weight in pounds just before it classes, as livestock
// reports price per hundredweight ("Top 50.50 dlrs per cwt. ... U.S. 1-2
// 210-250 LB 49.50-50.50", "1000 lb 68.25"), or a count of head just
// before it in such a text ("200 head 52.25-52.50"): the story's currency; or,
// in such a text, that of such a price before it in its sentence, the
// next column's or a later trade's; or "".
func (x *extractor) weightPrice(c *claimParts) string {
	if c.num.scaled || !c.num.decimal || strings.IndexByte(x.str(c.num.first), '.') != len(x.str(c.num.first))-3 {
		return ""
	}
	p := x.lastClaim()
	if p == nil {
		return ""
	}
	if p.Kind == factcheck.Money && p.Value.Num < 1000 && strings.LastIndexByte(p.Text, '.') == len(p.Text)-3 && !x.sentenceEndIn(x.tokenAfter(p), c.first) &&
		(x.lbPriced || x.pricesPerCwt()) {
		return p.Unit // the next column's, or a later trade's: "49.50-50.50   49.50-50.50", "69.00-70.00, late mostly 69.50-70.00"
	}
	if p.Kind == factcheck.Count && strings.HasSuffix(p.Text, " head") && strings.TrimSpace(x.text[p.End:x.toks[c.first].s]) == "" && (x.lbPriced || x.pricesPerCwt()) {
		return x.storyCurrency() // "us 1-2 200-250 lbs 51.50-52.00 and 200 head 52.25-52.50": a lot's price after its count of head
	}
	if p.Kind != factcheck.Measure || p.Unit != "lb" || strings.TrimSpace(x.text[p.End:x.toks[c.first].s]) != "" {
		return ""
	}
	u := x.storyCurrency()
	x.lbPriced = x.lbPriced || u != ""
	return u
}

// pricesPerCwt reports whether the text names the hundredweight ("cwt").
func (x *extractor) pricesPerCwt() bool {
	if x.cwt == 0 {
		x.cwt = 1
		for k := range x.toks {
			if x.eq(k, wCwt) {
				x.cwt = 2
				break
			}
		}
	}
	return x.cwt == 2
}

// forListAlike returns the sum of money a bare figure c goes on a list
// with, each item "for" its thing: "Present loan rates are 2.28 dlrs\nfor
// wheat, 1.92 for corn, and effectively 4.56 for soybeans". The sum is
// the last claim, in c's sentence, "for" after it too (or after the unit
// it is priced per), and of c's size (within a factor of ten).
func (x *extractor) forListAlike(c *claimParts) *factcheck.Claim {
	if c.num.scaled || c.end != nil || c.num.year || len(x.claims) == 0 || !x.eq(c.num.last, wFor) {
		return nil
	}
	k := c.first - 1
	if x.tokIs(k, tWord) && strings.HasSuffix(x.lowerAt(k), "ly") {
		k-- // "and effectively 4.56 for soybeans"
	}
	if x.mark(k) != ',' && !x.eq(k, wAnd) {
		return nil
	}
	p := &x.claims[len(x.claims)-1]
	after := x.tokenAfter(p)
	if (x.eq(after, wPer) || x.eq(after, wA)) && x.measureAt(after+1) {
		after += 2 // "153 European currency units per tonne for March and 133 for April through July"
	}
	if p.Kind != factcheck.Money || p.EndValue != nil || !x.eq(after, wFor) || x.sentenceEndIn(after, c.first) ||
		max(p.Value.Num, c.num.value) > 10*min(p.Value.Num, c.num.value) {
		return nil
	}
	return p
}

// resultNamedBefore reports whether a result or a balance of a company's
// accounts is named in the few words before token k, "of" ("total
// revenues for 1986 of", "net income of", "first quarter 1986 sales of",
// "listed investments of").
func (x *extractor) resultNamedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch x.lowerAt(j) {
		case "revenues", "revenue", "sales", "income", "profit", "profits", "earnings", "loss", "losses",
			"investments", "assets", "borrowings", "liabilities":
			return true
		}
	}
	return false
}

// rateChangedFrom returns the price or rate of exchange that the bare
// figure c, after "from", was changed from to, its base said once between
// them: "the revaluation of the kwacha to a fixed rate of eight per dlr
// from 21", "raised to 18 dlrs a barrel from 16", "increase to 90,000 yen
// per 15 tonne lot from 70,000". The two are of a size, within a factor
// of ten.
func (x *extractor) rateChangedFrom(c *claimParts) *factcheck.Claim {
	if !x.eq(c.first-1, wFrom) || c.end != nil || c.num.year || len(x.claims) == 0 {
		return nil
	}
	p := &x.claims[len(x.claims)-1]
	if n := len(x.claims); p.Kind == factcheck.Measure && n >= 2 && x.eq(x.tokenAfter(&x.claims[n-2]), wPer) && x.tokenOf(p) == x.tokenAfter(&x.claims[n-2])+1 {
		p = &x.claims[n-2] // the lot it prices is no figure compared: "90,000 yen per 15 tonne lot"
	}
	pe := x.tokenAfter(p)
	if p.Kind != factcheck.Money || p.EndValue != nil || max(p.Value.Num, c.num.value) > 10*min(p.Value.Num, c.num.value) {
		return nil
	}
	to := false // "to" or "new" a few words before p: "to a fixed rate of eight", "a new rate of 1,644 rupiah to the dollar"
	for k := x.tokenOf(p) - 1; k >= 0 && k >= x.tokenOf(p)-5 && x.tokIs(k, tWord) && !to; k-- {
		to = x.eq(k, wTo) || x.eq(k, wNew)
	}
	if !to {
		return nil
	}
	switch k := c.first - 1; {
	case k == pe:
	case k == pe+2 && (x.eq(pe, wPer) || x.eq(pe, wA) || x.eq(pe, wAn)) && x.tokIs(pe+1, tWord):
	case k == pe+3 && x.eq(pe, wTo) && x.eq(pe+1, wThe) && x.tokIs(pe+2, tWord) && x.toks[pe+2].is(lexicon.Currency):
	case k > pe+2 && k <= pe+4 && x.eq(pe, wPer) && x.tokIs(pe+1, tNum) && x.measureAt(pe+2) && (k == pe+3 || x.tokIs(pe+3, tWord)):
		// "to 90,000 yen per 15 tonne lot from 70,000": the price of a lot of a size
	default:
		return nil
	}
	return p
}

// sumRepeated returns the sum of money earlier in the article that the
// bare figure c, with decimals and no scale, repeats digit for digit in a
// paragraph or two: "calling for income support at 5.02 dlrs. ... call
// for either a\n5.02 marketing loan". A price so precise names one sum.
func (x *extractor) sumRepeated(c *claimParts) *factcheck.Claim {
	if !c.num.decimal || c.num.scaled || c.num.words || c.end != nil || c.num.first != c.num.last-1 {
		return nil
	}
	digits := x.str(c.num.first)
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		if int(x.toks[c.first].s)-p.End > maxRepeatBytes {
			return nil
		}
		if p.Kind == factcheck.Money && p.EndValue == nil && p.Value.Num == c.num.value && strings.HasPrefix(p.Text, digits) &&
			(len(p.Text) == len(digits) || p.Text[len(digits)] == ' ' || p.Text[len(digits)] == '\n') {
			return p
		}
	}
	return nil
}

// maxRepeatBytes is how far back, in bytes, sumRepeated looks for the sum
// a bare figure repeats: a paragraph or two of wire copy.
const maxRepeatBytes = 800

// billionsOfSums returns the sum whose currency the bare figure c, of
// billions and with no noun of its own, takes in a story whose figures of
// that size are all sums: "to cut 1.25 billion dlrs from fiscal 1988
// spending ...\n    The agreed cut ... is a compromise between 1.4\nbillion
// sought by the Senate and one billion by the House", "Banks held 52.0
// billion marks ..., averaging 51.0 billion over the whole month". The
// sum is the last before c (conversions in brackets passed over), of a
// hundred million or more, with no blank line between; no count or
// measure of that size comes before c, and no measure is named in c's
// clause ("revenue passenger miles rose to 1.35 billion"). It returns nil
// when there is none.
func (x *extractor) billionsOfSums(c *claimParts) *factcheck.Claim {
	if !c.num.scaled || c.num.value < 1e9 || c.subjectEnd > c.first {
		return nil
	}
	// the claims read once, as the text goes on
	for ; x.sums.read < len(x.claims); x.sums.read++ {
		switch p := &x.claims[x.sums.read]; p.Kind {
		case factcheck.Count, factcheck.Measure:
			x.sums.counted = x.sums.counted || p.Value.Num >= 1e8
		case factcheck.Money:
			if !cents(lower(p.Text)) && !x.conversion(p) {
				x.sums.last = x.sums.read + 1
			}
		}
	}
	if x.sums.counted || x.sums.last == 0 {
		return nil
	}
	sum := &x.claims[x.sums.last-1]
	if sum.Value.Num < 1e8 || x.blankLineIn(x.tokenAfter(sum), c.first+1) {
		return nil
	}
	for k := x.clauseStart(c.first, x.sentenceStartBefore(c.first)); k < c.first; k++ {
		if x.tokIs(k, tWord) && (x.toks[k].is(lexicon.Measure) && !x.toks[k].is(lexicon.Currency) || x.trafficRevenue(k)) {
			return nil
		}
	}
	return sum
}

// datedAlike reports whether the bare figure c follows the sum p in a
// list of figures each dated the same way: "profits of 278 mln dlrs in
// 1984, 267 mln in 1983 and 294 mln in 1982", "will rise to 2.60 dlrs in
// June 1987, 3.20 in September 1988". Only commas and "and" stand between
// the date of p and c.
func (x *extractor) datedAlike(c *claimParts, p *factcheck.Claim) bool {
	in := c.num.last
	if m, _ := x.monthAt(in + 1); !x.eq(in, wIn) || !x.countAt(in+1) && m == 0 {
		return false
	}
	k := x.tokenAfter(p)
	if !x.eq(k, wIn) {
		return false
	}
	var q *factcheck.Claim // the date after p
	for m := len(x.claims) - 1; m >= 0 && x.claims[m].Start > p.Start; m-- {
		if x.claims[m].Start == int(x.toks[k+1].s) {
			q = &x.claims[m]
		}
	}
	if q == nil || q.Kind != factcheck.Date {
		return false
	}
	for k := x.tokenAfter(q); k < c.first; k++ {
		if !x.eq(k, wAnd) && !(x.tokIs(k, tPunct) && x.mark(k) == ',') {
			return false
		}
	}
	return true
}

// reviewPrice returns the story's first price of a thing per unit of
// measure ("Wheat for domestic consumption rose six Australs per tonne to
// 118") when the bare figure c is a later price or move of a market
// review that says its currency once: moved ("rose eight", "increased 0.50
// to 104", "unchanged at 82") in a sentence that prices per the same unit
// ("to 108 per tonne"), or quoted ("It was quoted at 75"); or nil.
func (x *extractor) reviewPrice(c *claimParts) *factcheck.Claim {
	f := c.num.first
	if c.num.scaled || c.end != nil || c.unit != "" || len(x.claims) == 0 {
		return nil
	}
	moved := x.tokIs(f-1, tWord) && changeWord(x.spAt(f-1))
	at := x.eq(f-1, wTo) || x.eq(f-1, wAt)
	if !moved && !at {
		return nil
	}
	for ; x.unitPrice.first == 0 && x.unitPrice.read < len(x.claims); x.unitPrice.read++ {
		if q := &x.claims[x.unitPrice.read]; q.Kind == factcheck.Money {
			if e := x.tokenAfter(q); x.eq(e, wPer) && x.measureAt(e+1) {
				x.unitPrice.first = x.unitPrice.read + 1
			}
		}
	}
	if x.unitPrice.first == 0 {
		return nil
	}
	p := &x.claims[x.unitPrice.first-1]
	if x.tokenOf(p) >= f {
		return nil
	}
	unit := x.lowerAt(x.tokenAfter(p) + 1)
	if at && (x.eq(f-2, wQuoted) || x.eq(f-2, wUnchanged)) {
		return p
	}
	for k := x.sentenceStartBefore(f); k < f+40 && k+1 < len(x.toks); k++ {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			break
		}
		if x.eq(k, wPer) && x.lowerAt(k+1) == unit {
			return p
		}
	}
	return nil
}

// pricedAlike returns the price before the bare figure c in its sentence
// that c is priced as: both stand after "at" ("Jan/Mar deliveries at 113
// stg and Apr/Jun at 117 basis Liverpool"), or c follows such a price
// after "and" ("at 111 and 115"), of a size within twice the other's; or
// nil.
func (x *extractor) pricedAlike(c *claimParts) *factcheck.Claim {
	if c.num.scaled || c.end != nil || c.num.words || c.num.year || len(x.claims) == 0 || !x.eq(c.first-1, wAt) && !x.eq(c.first-1, wAnd) {
		return nil
	}
	p := &x.claims[len(x.claims)-1]
	pi := x.tokenOf(p)
	if p.Kind != factcheck.Money || p.EndValue != nil || c.num.value > 2*p.Value.Num || 2*c.num.value < p.Value.Num || !x.eq(pi-1, wAt) ||
		x.sentenceEndIn(x.tokenAfter(p), c.first) || cents(lower(p.Text)) {
		return nil
	}
	if x.eq(c.first-1, wAnd) && x.tokenAfter(p) != c.first-1 {
		return nil // "at 111 and 115": the pair's second, just after the first
	}
	for k := x.tokenAfter(p); k < c.first; k++ {
		if x.tokIs(k, tNum) || x.measureAt(k) {
			return nil
		}
	}
	return p
}

// changeChain reports whether the figure c, after "to" or "from", goes on
// a list of changes whose sum p, before it, stands after "to" or "from"
// too, with nothing but figures, dates and the words of the changes
// between: "lowered to 1.05 billion dlrs from 1.339 mln, to 1.25 billion
// from 1.994 mln in 1991 and to 1.45 billion from 2.403 billion in 1992";
// or, after "and", the next of a wire's pairs compared with "vs".
func (x *extractor) changeChain(c *claimParts, p *factcheck.Claim) bool {
	k := x.tokenOf(p)
	switch {
	case !c.num.scaled:
		return false
	case x.eq(c.first-1, wTo) || x.eq(c.first-1, wFrom):
		if !x.eq(k-1, wTo) && !x.eq(k-1, wFrom) {
			return false
		}
	case x.eq(c.first-1, wAnd) && (x.eq(k-1, wVs) || x.eq(k-1, wVersus)):
		// a wire's pairs of a year and the year before: "of 12.4 mln vs
		// 93.4 mln, and 139.7 mln vs 264.0 mln in nine mths"
	default:
		return false
	}
	// "rose to 753 mln dlrs from 580 mln in 1985, but rubber shipments
	// fell to 625 mln from 720 mln and tin to 180.6 mln": the next
	// change's thing named, and its verb or not, after "and" or "but"
	thing := x.parallelThing(c.first, k)
	for ; k < c.first; k++ {
		if k >= thing {
			break
		}
		if x.tokIs(k, tWord) && !x.toks[k].is(lexicon.Scale|lexicon.Currency|lexicon.Month) {
			switch x.spAt(k) {
			case wTo, wFrom, wIn, wAnd, wBy, wOf:
			default:
				return false
			}
		}
	}
	return true
}

// parallelThing returns the first token of the words that name the next
// thing of a list of changes before the figure at token i, after "to",
// when the figure at token p before it is a change's older one, after
// "from": "and tin to", "but rubber shipments fell to" (a conjunction,
// one to three words in lower case, a verb of change or none); i when
// there are none.
func (x *extractor) parallelThing(i, p int) int {
	k := i - 1
	if !x.eq(k, wTo) || !x.eq(p-1, wFrom) {
		return i
	}
	k--
	if x.tokIs(k, tWord) && changeWord(x.spAt(k)) {
		k--
	}
	n := 0
	for ; n < 3 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && !x.toks[k].is(lexicon.Stop) && !changeWord(x.spAt(k)); n++ {
		k--
	}
	if n == 0 || !x.eq(k, wAnd) && !x.eq(k, wBut) {
		return i
	}
	return k
}

// figureNounAt reports whether the subject of c is one word that names
// a figure, not what it counts: "a previous 15.68 mln estimate", "a 3.2
// mln forecast".
func (x *extractor) figureNounAt(c *claimParts) bool {
	if c.subjectEnd != c.subjectStart+1 {
		return false
	}
	switch x.spAt(c.subjectStart) {
	case wEstimate, wEstimates, wForecast, wForecasts, wFigure, wProjection, wTarget, wLevel, wTotal:
		return true
	}
	return false
}

// sharePrice reports whether the bare figure c is the price of a share,
// or its change, which wire copy gives in the currency of the story
// without naming it: "shares were trading at 27-7/8, up 3-3/8", "the
// stock closed at 41.50", "Hutton's stock rose 2-1/4 to 39-3/8". The
// figure must follow "at" and a verb of trading, or a verb of change with
// "to" and the new price after it, with "shares" or "stock" before it in
// its sentence or in a market's report (pricesMoved); or be the change
// ("up 3-3/8") set off just after such a price, or the new price after
// "to" and such a change; a change in words only between a verb of
// trading and "at" the price ("closed up two yesterday at 90-1/2"); or a
// day's close, high or low of shares whose price came before it in the
// sentence ("from 1.87 dlrs to a close of 2.32 after a 2.80 high").
func (x *extractor) sharePrice(c *claimParts) bool {
	if c.num.scaled || c.num.value >= 1e4 {
		return false
	}
	f := c.num.first
	if x.movedInEighthsBefore(f) {
		// a later move or a bound of a share its sentence moved in
		// eighths: "was down one today at 17-1/4, and down about four
		// since Thursday", "Anacomp rose 1/2 to 6-3/4 ... after trading as
		// high as seven earlier"
		k := c.first
		if (x.eq(k-1, wUp) || x.eq(k-1, wDown) || x.eq(k-1, wOff)) && (x.eq(k-2, wAnd) || x.mark(k-2) == ',') || k < f && x.tradeVerb(k-1) {
			return true
		}
	}
	if x.mark(c.num.last) == ',' && (x.eq(c.num.last+1, wUp) || x.eq(c.num.last+1, wDown) || x.eq(c.num.last+1, wOff)) &&
		x.slashFractionAt(c.num.last+2) && x.tradeVerb(c.first-1) && x.shareNamed(c.first-2) {
		return true // "The stock traded around 12, down 1/8": a price before its move in eighths
	}
	if c.num.words {
		// "the shares closed up two yesterday at 90-1/2"
		// "UAL stock today was up three at 63"
		return (x.eq(f-1, wUp) || x.eq(f-1, wDown)) && (x.tradeVerb(f-2) || x.eq(f-2, wWas) || x.eq(f-2, wIs)) && x.priceAtAfter(c.num.last) && x.shareNamed(f-3) ||
			x.tokIs(f-1, tWord) && changeWord(x.spAt(f-1)) && x.eq(c.num.last, wTo) && x.tokIs(c.num.last+1, tNum) && (x.shareNamed(f-2) || x.tickerBefore(f-2) < f-2 ||
				x.companyMove(f-1) && (x.inEighths(c.num.last+1, min(c.num.last+6, len(x.toks))) || x.tradingAfter(c.num.last+2))) || // "Registered shares were less affected, slipping five to 165", "E.F. Hutton &lt;EFH> fell one to 41-1/4", "GM gained two to 83-1/2", "Exxon fell two to 66 in active trading"
			x.eq(f-1, wAt) && x.tradeVerb(f-2) && x.shareNamed(f-3) || // "Continental's stock closed at seven"
			(x.eq(f-1, wUp) || x.eq(f-1, wDown) || x.eq(f-1, wOff)) && x.mark(f-2) == ',' && x.eighthsPriceEndsAt(f-2) || // "The stock today hit 36-1/4, up one"
			x.eq(c.num.last, wTo) && x.tokIs(c.num.last+1, tNum) && x.inEighths(c.num.last+1, min(c.num.last+5, len(x.toks))) && x.pricesMoved() && x.listedCompany(f-1) // "Exxon &lt;XON> one to 83-1/8" on a list of moves
	}
	var p *factcheck.Claim // the claim before
	if len(x.claims) > 0 {
		p = &x.claims[len(x.claims)-1]
	}
	if x.companyMoved(c, p) {
		return true
	}
	if x.inEighths(f, c.num.last) && x.priceEnds(c.num.last) && !x.indexNear(f) && !x.rateNamedBefore(f) {
		switch {
		case x.shareNamed(f - 1):
			return true // "The stock today hit 36-1/4, up one"
		case x.eq(f-1, wAt) && x.tradeVerb(f-2):
			return true // "Ford, up over a point for most of the session, stood at 90-5/8"
		case x.companyMove(f - 1):
			return true // "Campbell Red Lake Mines &lt;CRK> was up 1-3/8"
		case x.tokIs(f-1, tWord) && changeWord(x.spAt(f-1)) && x.eq(c.num.last, wTo) && x.inEighths(c.num.last+1, min(c.num.last+6, len(x.toks))):
			return true // "McDonald's, an operator of fast food restaurants, rose 1-5/8 to 77-3/8"
		}
	}
	switch {
	case (x.eq(f-1, wUp) || x.eq(f-1, wDown) || x.eq(f-1, wOff)) && x.mark(f-2) == ',':
		// "trading at 1-7/8, off 1/8"
		return p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[f-2].s) && x.sharePriceBefore(p)
	case (x.eq(f-1, wUp) || x.eq(f-1, wDown) || x.eq(f-1, wOff)) && (x.eq(f-2, wWas) || x.eq(f-2, wWere) || x.eq(f-2, wIs) || x.eq(f-2, wAre)) &&
		(x.eq(f-3, wStock) || x.eq(f-3, wShares) || x.eq(f-3, wPrice) && (x.eq(f-4, wShare) || x.eq(f-4, wStock))):
		// "The company's stock was down 1-1/8 to 34-3/4", "The Salomon
		// share price was off 5/8 at 37-1/2"
		return true
	case (x.eq(f-1, wUp) || x.eq(f-1, wDown)) && x.tradeVerb(f-2):
		// "before closing down 7/8", after a price of the stock
		for k := len(x.claims) - 1; k >= 0; k-- {
			if p := &x.claims[k]; p.Kind == factcheck.Money && x.sharePriceBefore(p) {
				return true
			}
		}
		return false
	case (x.eq(f-1, wAt) || x.eq(f-1, wTo)) && p != nil && p.End == int(x.toks[f-2].e) && x.penceMoved(p):
		return true // "Glaxo 8p at 1,480, Beecham 12p\nat 521, BPB 10p to 660", "Shell lost 10p at 1,223": a London share's price after its move
	case x.eq(f-1, wTo):
		// "Hutton's stock rose 2-1/4 to 39-3/8"; "Williams rose 2p to 742";
		// "hit a high of 13-3/8 before dropping back to 12-3/8": a price
		// in eighths after one of its sentence
		return p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[f-2].e) && (x.shareNamed(f-2) || x.changedBy(p)) ||
			p != nil && p.Kind == factcheck.Measure && p.Unit == "point" && p.End == int(x.toks[f-2].e) && x.shareNamed(x.tokenOf(p)-1) || // "The stock rose four points to 189": a US share's points are dollars
			p != nil && p.Kind == factcheck.Money && x.inEighths(f, c.num.last) && strings.Contains(p.Text, "/") && !strings.Contains(p.Text, ".") && !cents(lower(p.Text)) &&
				!x.sentenceEndIn(x.tokenAfter(p), f)
	case (x.eq(f-1, wAfter) || x.eq(f-1, wFrom)) && p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[f-2].e) && x.sharePriceBefore(p) && x.shareNamed(x.tokenOf(p)-2):
		return true // "shares were little changed at 242p after 241 at Friday's close": the price before
	case x.eq(f-1, wAt) && p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[f-2].e) && x.sharePriceMove(p):
		return true // "was up three at 63": the price a share's move ends at
	case x.eq(f-1, wAt) && (x.eq(f-2, wWas) || x.eq(f-2, wIs) || x.eq(f-2, wWere) || x.eq(f-2, wAre)) && (x.eq(f-3, wStock) || x.eq(f-3, wShares)) &&
		x.inEighths(f, c.num.last):
		return true // "Gillette's stock was at 24-1/8, up 1/8"
	case x.eq(f-1, wAt) && (x.eq(f-2, wHigher) || x.eq(f-2, wLower)) && p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[f-3].e) &&
		(x.shareNamed(x.tokenOf(p)-1) || (cents(lower(p.Text)) || strings.HasSuffix(lower(p.Text), "penny")) && (x.eq(x.tokenOf(p)-1, wWas) || x.eq(x.tokenOf(p)-1, wIs)) && x.tokIs(x.tokenOf(p)-2, tWord) && x.toks[x.tokenOf(p)-2].flags&fUpper != 0):
		return true // "shares were nine pence higher at 100", "Lloyds was one penny higher at 488"
	case x.eq(f-1, wAt) && x.quotedStock(f-2):
		return true // "making a market in Allegis Corp at 67 to 68", "halted the stock before the close at 75"
	case x.eq(f-1, wAt):
		// the verb may stand a few words back: "closed up two yesterday at",
		// "closed on the New York Stock Exchange at 72-5/8"
		for k := f - 2; k >= max(0, f-9) && !x.tokIs(k, tPunct); k-- {
			if x.tradeVerb(k) {
				if x.eq(k-1, wCurrently) || x.eq(k-1, wStill) {
					k-- // "Wendy's is currently trading up one at 11-3/4"
				}
				if x.eq(k-1, wIs) || x.eq(k-1, wWas) || x.eq(k-1, wWere) || x.eq(k-1, wAre) {
					k-- // "Thermwood is trading at 1-7/8": a company's stock
					if x.eq(k-1, wToday) || x.eq(k-1, wYesterday) || x.eq(k-1, wNow) {
						k-- // "Outboard Marine today was trading at 33-5/8"
					}
					if x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 && (x.toks[k-1].word == 0 || x.inEighths(f, c.num.last)) {
						return true // (a name of common words, "Outboard Marine", its price in eighths)
					}
				}
				// a company named before its verb, the price in eighths:
				// "American Express closed ... at 72-5/8"; or a halted
				// stock's last trade, "It last traded at 4-11/16"
				return x.shareNamed(k-1) || x.inEighths(f, c.num.last) && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 && x.toks[k-1].word == 0 ||
					x.inEighths(f, c.num.last) && x.eq(k, wTraded) && (x.eq(k-1, wLast) || x.eq(k-1, wIt)) ||
					// "closed ... at 18-1/2, up 2-3/4, and was trading today at
					// 18-1/4": a later price of the share priced before in
					// its sentence
					x.inEighths(f, c.num.last) && x.sharePricedBefore(f) ||
					// "Kimball Metals Inc, whose ... debentures ... were
					// downgraded, closed at 17-7/8": a company the sentence
					// opens with, its price in eighths
					x.inEighths(f, c.num.last) && x.companySuffixAhead(x.sentenceStartBefore(f), false)
			}
		}
	case x.tokIs(f-1, tWord) && changeWord(x.spAt(f-1)):
		// "Hutton's stock rose 2-1/4 to 39-3/8"; "discounted in the stock
		// yesterday when it fell 1-7/8": a move in eighths of a share named
		// before
		return x.eq(c.num.last, wTo) && x.tokIs(c.num.last+1, tNum) && (x.shareNamed(f-2) || x.pricesMoved() && !x.indexNear(f-1)) ||
			x.inEighths(f, c.num.last) && x.shareNamed(f-2)
	case x.eq(f-1, wOf) && priceMark(x.spAt(max(f-2, 0))) || x.eq(f-1, wA) && priceMark(x.spAt(c.num.last)):
		// "from an initial 1.87 dlrs to a Friday close of 2.32 after a 2.80
		// high": a day's price of the shares whose price came before; "hit
		// a high of 13-3/8": a price in eighths, as a market quotes shares
		return p != nil && p.Kind == factcheck.Money && p.Value.Num < 1e4 && !x.sentenceEndIn(x.tokenAfter(p), f) && x.shareNamed(x.tokenAfter(p)-1) ||
			x.inEighths(f, c.num.last) && !(p != nil && p.Kind == factcheck.Percent && !x.sentenceEndIn(x.tokenAfter(p), f)) // but "6-1/2 pct against Friday's close of 6-11/16": a rate
	}
	return false
}

// quotedStock reports whether the words of its clause up to token k, just
// before "at" and a figure, quote a stock: a dealer "making a market in"
// a company ("making a market in Allegis Corp at", "making a market for
// General Motors Corp &lt;GM> stock at"), or a stock named
// before "the close" ("halted the stock before the close at").
func (x *extractor) quotedStock(k int) bool {
	stock := false
	for m := k; m >= 0 && m >= k-14 && !(x.tokIs(m, tPunct) && x.sentenceEnd(m) > m); m-- {
		switch {
		case x.eq(m, wMarket) && (x.eq(m+1, wIn) || x.eq(m+1, wFor)) && x.eq(m-1, wA) && (x.eq(m-2, wMaking) || x.eq(m-2, wMakes)):
			return true
		case x.eq(m, wStock) || x.eq(m, wShares):
			stock = true
		}
	}
	return stock && x.eq(k, wClose) && x.eq(k-1, wThe)
}

// priceMark reports whether the word spelt sp names a price a market
// marks in its day: "a close of 2.32", "a 2.80 high".
func priceMark(sp spelling) bool {
	switch sp {
	case wClose, wHigh, wLow, wPeak, wOpening, wOpen, wBid, wAsked, wOffered:
		return true // (a quote's side: "closed at 5-5/8 bid and 5-3/4 offered")
	}
	return false
}

// maxNearPrice bounds how far, as a share of it, the price a figure
// reached lies from the price before it in its sentence (nearPrice).
const maxNearPrice = 0.05

// nearPrice returns the price, in the same sentence before it, that the
// bare figure c with decimals reached "to" or "at", within maxNearPrice of
// it: "near the dollar's early low of 148.50 yen and the U.S. currency
// subsequently firmed to 149.05/15" (yen, as a quote's first figure); or
// nil.
func (x *extractor) nearPrice(c *claimParts) *factcheck.Claim {
	f := c.num.first
	if c.num.scaled || !c.num.decimal || !x.eq(f-1, wTo) && !x.eq(f-1, wAt) {
		return nil
	}
	p, _ := x.moneyToCarry(c.first)
	if p == nil || p.Value.Num <= 0 || p.Value.Num >= 1e4 || x.sentenceEndIn(x.tokenAfter(p), f) {
		return nil
	}
	if d := c.num.value - p.Value.Num; d > maxNearPrice*p.Value.Num || -d > maxNearPrice*p.Value.Num {
		return nil
	}
	return p
}

// quoteAlike returns the sum of money before the bare figure c in its
// paragraph, within quoteReach tokens, whose value (or end) c's lies
// within maxNearPrice of, when c has decimals and no scale: a market's
// later quotes of one rate or price, its currency said once ("set the
// yuan midpoint at 7.1106 per dollar ... 1,116 pips stronger than a
// Reuters estimate of 7.2222", "slid to a low of 84.09 against the
// dollar ... sold dollars around the 84.10 level"); or nil.
func (x *extractor) quoteAlike(c *claimParts) *factcheck.Claim {
	if c.num.scaled || !c.num.decimal || c.num.value <= 0 || c.num.value >= 1e4 || strings.IndexByte(x.str(c.num.first), '.') < 0 {
		return nil // (and "a ratio of 125/132" no quote)
	}
	near := func(v float64) bool { return math.Abs(c.num.value-v) <= maxNearPrice*v }
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		pi := x.tokenOf(p)
		if c.first-pi > quoteReach || x.blankLineIn(pi+1, c.first+1) {
			return nil
		}
		if p.Kind == factcheck.Money && (near(p.Value.Num) || p.EndValue != nil && near(p.EndValue.Num)) {
			return p
		}
	}
	return nil
}

// indexSince reports whether a stock index is named by its own word
// (indexNameAt) after the last sum of money read in the sentence of token
// i, before i; false when the sentence has no sum before i.
func (x *extractor) indexSince(i int) bool {
	a := -1
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		if p.Kind == factcheck.Money {
			a = x.tokenAfter(p)
			break
		}
		if i-x.tokenOf(p) > 40 {
			break
		}
	}
	if a < 0 || a >= i || i-a > 40 || x.sentenceEndIn(a, i) {
		return false
	}
	for k := a; k < i; k++ {
		if x.indexNameAt(k) {
			return true
		}
	}
	return false
}

// movedTo returns the move in money that the bare figure c is the level
// after, when a few words with no figure or punctuation stand between
// them: "fell 3.50 dlrs on tone to 147", "rose five dlrs an ounce to
// 410", "was down 2.50 dlrs at 190" (a price's move and the price it
// reached, in one currency); nil when there is none. The move must follow a
// verb of change, and be no sum of millions.
func (x *extractor) movedTo(c *claimParts) *factcheck.Claim {
	f := c.num.first
	if c.num.scaled || c.end != nil || !x.eq(f-1, wTo) && !x.eq(f-1, wAt) {
		return nil
	}
	p, _ := x.moneyToCarry(c.first)
	if p == nil || p.Value.Num >= 1e4 {
		return nil
	}
	pe := x.tokenAfter(p)
	if pe > f-1 || f-1-pe > 3 {
		return nil
	}
	for k := pe; k < f-1; k++ {
		if !x.tokIs(k, tWord) {
			return nil
		}
	}
	if !x.changedBy(p) {
		return nil
	}
	return p
}

// priceThenMove returns the price just before the bare figure c when c is
// that price's move, after a comma and "up", "down" or "off": "22.50 dlrs,
// up 1.25", "the dollar equivalent ended around 733 dlrs, down one",
// "410.50 dlrs an ounce, up 2.25 on the day". A price per unit may keep
// its unit's words ("an ounce", "per tonne") before the comma. The move is
// in the price's currency and in its cents when the price is (cents); nil
// when c is no such move, or the price a sum of thousands or more. The
// move may be signed instead: "closed at 18.10 dlrs, -0.35 on the day".
func (x *extractor) priceThenMove(c *claimParts) *factcheck.Claim {
	f := c.num.first
	signed := (x.mark(f-1) == '-' || x.mark(f-1) == '+' || x.str(f-1) == "\u2212") && x.toks[f].flags&fSpace == 0
	if c.num.scaled || c.end != nil || c.first != f && !signed || !x.eq(f-1, wUp) && !x.eq(f-1, wDown) && !x.eq(f-1, wOff) && !signed || x.mark(f-2) != ',' {
		return nil
	}
	p := x.lastClaim()
	if p == nil || p.Kind != factcheck.Money || p.Value.Num >= 1e4 || p.EndValue != nil {
		return nil
	}
	k := x.tokenAfter(p)
	if k < f-2 && (x.eq(k, wA) || x.eq(k, wAn) || x.eq(k, wPer)) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Measure) {
		k += 2 // "410.50 dlrs an ounce, up 2.25"
	}
	if k != f-2 {
		return nil
	}
	return p
}

// companyMoved reports whether the bare figure c is a move of a
// company's stock or the price it moved to, as a wire's market report
// gives them in eighths with the company's name and no word of shares:
// "USAir closed up 5-3/8 at 49-1/8", "TWA was off 3/8 to 31-1/2",
// "Piedmont fell one to 68-5/8", "Piedmont, which slipped 1/2 to close at
// 69-5/8". The move or the price must be in eighths (or halves, quarters,
// 16ths); p is the claim read before c.
func (x *extractor) companyMoved(c *claimParts, p *factcheck.Claim) bool {
	f := c.num.first
	if k := c.num.last; (x.inEighths(f, k) || x.eq(k, wTo) && x.inEighths(k+1, min(k+6, len(x.toks)))) && x.companyMove(f-1) {
		switch {
		case x.eq(k, wTo) && x.eq(k+1, wClose) && x.eq(k+2, wAt):
			k += 2
		case x.eq(k, wTo) && x.eq(k+1, wReach):
			k++ // "Cominco added 1/4 to reach 18-5/8"
		case x.pointAt(k):
			k++ // "Caesars' stock opened up 1/8 point at 28-1/8"
		}
		return (x.eq(k, wTo) || x.eq(k, wAt) || x.eq(k, wReach)) && x.tokIs(k+1, tNum) // the move: "closed up 5-3/8 at"
	}
	if x.movedAfter(f, c.num.last) {
		return true // "Inco closed 1-3/8 lower at"
	}
	k := f - 1
	if x.eq(k, wAt) && x.eq(k-1, wClose) && x.eq(k-2, wTo) {
		k -= 2
	}
	if x.eq(k, wReach) && x.eq(k-1, wTo) {
		k-- // "added 1/4 to reach 18-5/8"
	}
	if !x.eq(k, wTo) && !x.eq(k, wAt) {
		return false
	}
	if p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[k-1].e) {
		// the price after a move read as one: "up 5-3/8 at 49-1/8",
		// "closed 1-3/8 lower at 19-3/8"
		i := x.tokenOf(p)
		return (x.inEighths(i, k-1) || x.inEighths(c.num.first, c.num.last)) && (x.companyMove(i-1) || x.movedAfter(i, k-1)) // "Telex fell 11 to 34-1/4"
	}
	// after a move in words: "fell one to 68-5/8", "rose two points to
	// 48-3/4"
	if x.inEighths(f, c.num.last) && (x.eq(k-1, wPoints) || x.eq(k-1, wPoint)) && p != nil && p.Unit == "point" && p.End == int(x.toks[k-1].e) {
		return x.companyMove(x.tokenOf(p) - 1)
	}
	return x.inEighths(f, c.num.last) && x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Cardinal) && x.companyMove(k-2)
}

// movedAfter reports whether the figure at tokens [i, j) in eighths is a
// company's move whose direction follows it, before the price "at": a
// verb of trading after the company's name before it ("Inco closed 1-3/8
// lower at 19-3/8").
func (x *extractor) movedAfter(i, j int) bool {
	if !x.inEighths(i, j) || !x.eq(j, wHigher) && !x.eq(j, wLower) || !x.eq(j+1, wAt) || !x.tokIs(j+2, tNum) || !x.tradeVerb(i-1) {
		return false
	}
	k := x.tickerBefore(i - 2)
	return x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && x.toks[k].word == 0 && !x.indexNear(i)
}

// inEighths reports whether the tokens [i, j] write a fraction in halves,
// quarters, eighths or 16ths: "3/8", "49-1/8", "36¼".
func (x *extractor) inEighths(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.mark(k) == '/' && k+1 < len(x.toks) {
			switch x.str(k + 1) {
			case "2", "4", "8", "16":
				return true
			}
		}
		if s := x.str(k); s != "" && s[len(s)-1] >= 0x80 && strings.ContainsAny(s, "½¼¾⅛⅜⅝⅞") {
			return true
		}
	}
	return false
}

// companyMove reports whether token v ends a company's move on the market
// just before its figure: a verb of change after the company's name
// ("Piedmont fell", "Piedmont, which slipped") or its stock ("TWA stock
// rose"), a gain or a loss a few words after a name ("Navistar led the
// active list with a gain of"), or "up", "down" or "off" after a verb of
// trading or "was" or
// both ("USAir closed up", "TWA was off", "USX was trading up", "Armco
// shares, trading off"). No index is named near it.
func (x *extractor) companyMove(v int) bool {
	k := v
	switch {
	case x.eq(k, wUp) || x.eq(k, wDown) || x.eq(k, wOff):
		k--
		if x.mark(k) == ',' && x.tickerBefore(k-1) < k-1 {
			k-- // "Imperial Oil &lt;IMO.A>, up 1/2 to 49-1/8"
		}
		if x.tradeVerb(k) {
			k--
		}
		if x.eq(k, wWas) || x.eq(k, wIs) || (x.eq(k, wWere) || x.eq(k, wAre)) && (x.eq(k-1, wShares) || x.eq(k-1, wStock)) {
			k-- // "USX was trading up 1/8 at 28-1/2", "Its shares were trading off" (but "Prices were off 14 to 20-1/2 cents")
		}
		if x.mark(k) == ',' && (x.eq(k-1, wShares) || x.eq(k-1, wStock)) {
			k-- // "Armco shares, trading off 1/4 at 10 today"
		}
	case x.tokIs(k, tWord) && changeWord(x.spAt(k)) && !x.eq(k, wUp) && !x.eq(k, wDown):
		k--
		if x.eq(k, wWhich) && x.eqText(k-1, ",") {
			k -= 2
		}
	case x.movedCompany(k):
		// the company a verb moved: "Heavy buying boosted Conrac Corp 7-7/8 to 29"
		return !x.indexNear(v + 1)
	case x.eq(k, wOf) && x.eq(k-2, wA) && (x.eq(k-1, wGain) || x.eq(k-1, wLoss) || x.eq(k-1, wRise) || x.eq(k-1, wDrop) || x.eq(k-1, wFall)):
		// "Navistar led the active list with a gain of 1/4 to 7-1/4": a
		// name a few words before, no punctuation between
		for m := k - 3; m >= 0 && m >= k-12 && x.tokIs(m, tWord); m-- {
			if x.toks[m].flags&fUpper != 0 && x.toks[m].word == 0 {
				return !x.indexNear(v + 1)
			}
		}
		return false
	case x.pricesMoved() && x.listedCompany(k):
		// the verb said once for a list: "International Paper fell 4-3/8
		// to 95-1/2, Weyerhaeuser Co two to 51-1/2, Potlatch Corp 3-1/2 to 69"
		return !x.indexNear(v + 1)
	default:
		return false
	}
	if x.eq(k, wToday) || x.eq(k, wYesterday) {
		k-- // "UAL today rose 2-1/2 to 62-1/2"
	}
	k = x.tickerBefore(k) // "International Paper &lt;IP> fell"
	if x.eq(k, wStock) || x.eq(k, wShares) {
		return !x.indexNear(v + 1) // "TWA stock rose one to 28-1/4"
	}
	if x.tokIs(k, tWord) && len(x.str(k)) == 1 && x.eq(k-1, wClass) {
		k -= 2 // "Imperial Oil class A firmed 1/2 to 72-5/8"
	}
	return k >= 0 && k < v && x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && (x.toks[k].word == 0 || x.nameBefore(k)) && (!x.indexNamedNear(v+1) || x.companyWord(k))
}

// nameBefore reports whether the capitalised word at token k ends a name
// of two or more such words, not a sentence's first: "British Columbia
// Forest Products rose 1/2", "Hemlo Gold surged 5/8".
func (x *extractor) nameBefore(k int) bool {
	return x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 && !x.sentenceStart(k-1) && !x.toks[k-1].is(lexicon.Stop|lexicon.Determiner)
}

// tickerBefore returns the token before a wire's ticker that ends at k,
// "&lt;IP>", "<IP>" or "&lt;IMO.A>", or k when none ends there.
func (x *extractor) tickerBefore(k int) int {
	if x.mark(k) != '>' || !x.tokIs(k-1, tWord) {
		return k
	}
	j := k - 1
	for j-2 > 0 && j > k-5 && x.mark(j-1) == '.' && x.tokIs(j-2, tWord) {
		j -= 2 // "&lt;IMO.A>"
	}
	switch {
	case x.mark(j-1) == '<':
		return j - 2
	case x.mark(j-1) == ';' && x.eq(j-2, wLt) && x.mark(j-3) == '&':
		return j - 4
	}
	return k
}

// listedCompany reports whether token k ends a company's name on a list
// of moves: a capitalised word the lexicon does not hold, or a ticker
// after one, after a comma or "and" within a few words.
func (x *extractor) listedCompany(k int) bool {
	if x.mark(k) == ',' && x.tickerBefore(k-1) < k-1 {
		k-- // "Standard Oil Co &lt;SRD>, 7/8 to 62-3/4"
	}
	k = x.tickerBefore(k)
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 || x.toks[k].word != 0 && !x.nameBefore(k) {
		return false // but "Schering-Plough Corp" ends a name
	}
	for j := k - 1; j >= k-5 && j >= 0; j-- {
		switch {
		case x.mark(j) == ',' || x.eq(j, wAnd):
			return true
		case x.hyphenAt(j - 1):
			// "Schering-Plough Corp &lt;SGP> 2-7/8 to 97"
		case x.mark(j) == '.' && x.toks[j].flags&fSpace == 0 && x.tokIs(j-1, tWord) && x.toks[j-1].e-x.toks[j-1].s == 1:
			// an initial's stop: "and U.S. Tobacco &lt;UBO> 7/8 to 27"
		case !x.tokIs(j, tWord) || x.toks[j].flags&fUpper == 0:
			return false
		}
	}
	return false
}

// movedCompany reports whether token k ends a company's name (capitalised
// words, the last one the lexicon does not hold) that a verb moving a
// price stands just before: "buying boosted Conrac Corp", "the news sent
// Acme Inc".
func (x *extractor) movedCompany(k int) bool {
	k = x.tickerBefore(k)
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 {
		return false
	}
	j := k
	for j >= 0 && j > k-4 && x.tokIs(j, tWord) && x.toks[j].flags&fUpper != 0 {
		j--
	}
	switch x.spAt(max(j, 0)) {
	case wBoosted, wLifted, wPushed, wSent, wDrove, wDepressed, wKnocked:
		return j >= 0 && j < k && x.toks[j+1].word == 0
	}
	return false
}

// pricesMoved reports whether a price's move was read before, a sum and
// the sum it moved to in one currency ("Nixdorf fell 4.50 marks to 781"):
// then the text is a market's report, whose later moves name a company and
// no share ("Siemens shed 12.50 to 716.50"). It reads back a few claims.
func (x *extractor) pricesMoved() bool {
	for k := len(x.claims) - 1; k >= 1 && k >= len(x.claims)-20; k-- {
		q, p := &x.claims[k], &x.claims[k-1]
		if q.Kind != factcheck.Money || p.Kind != factcheck.Money || q.Unit != p.Unit || q.Value.Num >= 1e4 {
			continue
		}
		if strings.TrimSpace(x.text[p.End:q.Start]) == "to" {
			return true
		}
	}
	return false
}

// tradeVerb reports whether token k is a verb that quotes a share's
// price: "trading", "closed", "opened".
func (x *extractor) tradeVerb(k int) bool {
	switch x.lowerAt(max(k, 0)) {
	case "trading", "traded", "trades", "trade", "closed", "closing", "open", "opens", "opened", "opening", "quoted", "stood", "stands",
		"ended", "finished", "selling", "remained", "stayed", "settling", "settled", "crossing", "crossed":
		return k >= 0
	}
	return false
}

// priceAtAfter reports whether "at" and a figure follow token j within a
// few words: "up two yesterday at 90-1/2".
func (x *extractor) priceAtAfter(j int) bool {
	for k := j; k < len(x.toks) && k <= j+3 && x.tokIs(k, tWord); k++ {
		if x.eq(k, wAt) {
			return x.tokIs(k+1, tNum)
		}
	}
	return false
}

// shareNamed reports whether "shares" or "stock" stands at token k or in
// the few words of its sentence before it, and no index is named near it.
func (x *extractor) shareNamed(k int) bool {
	if x.indexNear(k + 1) {
		return false
	}
	for m := k; m >= 0 && m >= k-16 && !x.sentenceEndIn(m, m+1); m-- {
		switch x.spAt(m) {
		case wShares, wShare, wStock:
			return true
		case wCommon:
			if x.tokIs(m-1, tWord) && x.toks[m-1].flags&fUpper != 0 && !x.tokIs(m+1, tWord) || x.tradeVerb(m+1) {
				return true // "Algoma common closed yesterday in Toronto at 18-1/2": a company's common stock
			}
		}
	}
	return false
}

// marketMove returns the sum that set the form of a market report
// before the bare figure c when c is a company's move in that report
// (marketMoveAt); nil otherwise.
func (x *extractor) marketMove(c *claimParts) *factcheck.Claim {
	if c.num.scaled || c.num.year || c.end != nil || c.num.value >= 1000 {
		return nil
	}
	return x.marketMoveAt(c.num.first, c.num.last)
}

// marketMoveAt returns the sum that set the form of a market report
// before the figure of tokens [f, last) when that figure is a company's
// move in it: a whole number (cents) or one with two places (dollars and
// cents) after the company's name and perhaps a verb, then "to" or "at"
// and a price with two places ("Kidston 50 to 9.00", "BHP closed 15 down
// at 11.40", "Bell Resources rose eight to 5.70", "Poseidon gained 3.00
// to 16.00"); nil otherwise. Such a report sets out one move in full,
// "Placer Pacific rose 25 cents to 3.95 dlrs" (marketForm).
func (x *extractor) marketMoveAt(f, last int) *factcheck.Claim {
	if x.tokIs(f, tNum) && strings.IndexByte(x.str(f), '.') >= 0 && !twoPlaces(x.str(f)) {
		return nil
	}
	if x.priceAfter(x.moveEnd(last)) < 0 {
		return nil
	}
	b := f - 1
	if x.eq(b, wOn) && x.eq(b-1, wPut) {
		b -= 2 // "News Corp put on 10 to 24.30"
	} else if x.tokIs(b, tWord) && (changeWord(x.spAt(b)) || x.tradeVerb(b)) {
		b--
	}
	if !x.tokIs(b, tWord) || x.toks[b].flags&fUpper == 0 || x.toks[b].is(lexicon.Stop|lexicon.Determiner|lexicon.Month|lexicon.Weekday) {
		return nil
	}
	return x.marketForm(f)
}

// priceAfter returns the token of the price with two places that "to" or
// "at" at token k names, "to 9.00", "to a record 10.30", or -1.
func (x *extractor) priceAfter(k int) int {
	if !x.eq(k, wTo) && !x.eq(k, wAt) {
		return -1
	}
	k++
	if x.eq(k, wA) && (x.eq(k+1, wRecord) || x.eq(k+1, wHigh) || x.eq(k+1, wLow)) {
		k += 2
	}
	if !x.tokIs(k, tNum) || !twoPlaces(x.str(k)) || x.mark(k+1) == '%' || x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Percent|lexicon.Measure|lexicon.Duration) {
		return -1 // but "rose 5 to 8.50 pct": a percentage
	}
	return k
}

// marketPrice returns the sum that set the form of a market report when
// the figure c, with two places, is the price a company's move ends at:
// the "9.00" of "Kidston 50 to 9.00" after "Placer Pacific rose 25 cents
// to 3.95 dlrs"; nil otherwise.
func (x *extractor) marketPrice(c *claimParts) *factcheck.Claim {
	if c.num.scaled || c.end != nil || !twoPlaces(x.str(c.num.first)) {
		return nil // most figures: no price with two places
	}
	p := x.lastClaim()
	if p == nil || p.Kind != factcheck.Money {
		return nil
	}
	if x.priceAfter(x.moveEnd(x.tokenAfter(p))) != c.num.first {
		return nil
	}
	form := x.marketForm(c.num.first)
	if form == nil || form.Unit != p.Unit {
		return nil
	}
	return form
}

// marketForm returns the move set out in full, in cents or in its
// currency, to a price with two places, that sets the form of a market
// report ("Placer Pacific rose 25 cents to 3.95 dlrs", "jumping 1.04 dlrs
// to a record 10.30"), among the 40 claims before token i and at most 400
// tokens back; nil when there is none.
func (x *extractor) marketForm(i int) *factcheck.Claim {
	for n := len(x.claims) - 1; n >= 0 && n >= len(x.claims)-40; n-- {
		p := &x.claims[n]
		k := x.tokenAfter(p)
		if k > i {
			continue
		}
		if i-k > 400 {
			return nil
		}
		if p.Kind == factcheck.Money && p.Value.Num < 1000 && !strings.HasSuffix(p.Text, "p") && x.tokIs(k-1, tWord) && x.priceAfter(x.moveEnd(k)) >= 0 {
			return p
		}
	}
	return nil
}

// priceBeside returns the sum of a market report whose currency the bare
// price c, with two places, is in: c follows a share's price in its
// sentence, a few words between ("to 8.10 and 7.90", "at 7.80 after
// reaching 7.90", "at 3.10, off its high of 3.22"), or stands still at
// a price where the report has set its form ("MIM was unchanged at
// 3.10", "steady at 39.00"); nil otherwise.
func (x *extractor) priceBeside(c *claimParts) *factcheck.Claim {
	f := c.num.first
	if c.num.scaled || c.end != nil || !twoPlaces(x.str(f)) || c.num.value >= 1000 {
		return nil
	}
	if x.eq(f-1, wAt) && (x.eq(f-2, wUnchanged) || x.eq(f-2, wSteady)) {
		return x.marketForm(f)
	}
	p := x.lastClaim()
	if p == nil || p.Kind != factcheck.Money || !twoPlaces(x.str(x.tokenOf(p))) || x.tokenAfter(p) != x.tokenOf(p)+1 || x.marketForm(f) == nil {
		return nil
	}
	k := x.tokenAfter(p)
	if f-k > 6 || f == k {
		return nil
	}
	for ; k < f; k++ {
		switch x.lowerAt(k) {
		case "and", "after", "before", "reaching", "touching", "a", "its", "high", "low", "of", "off", ",":
		default:
			return nil
		}
	}
	return p
}

// moveEnd returns the token after a share's move that ends at token k and
// the words that may follow it before its price: "60 cents each to 8.10",
// "closed five cents up at 11.60", "Whim Creek 40 each to 6.90".
func (x *extractor) moveEnd(k int) int {
	if x.eq(k, wEach) {
		k++
	}
	if x.eq(k, wDown) || x.eq(k, wUp) {
		k++
	}
	return k
}

// twoPlaces reports whether the number s has two decimal places: "9.00".
func twoPlaces(s string) bool {
	dot := strings.IndexByte(s, '.')
	return dot > 0 && len(s)-dot == 3
}

// sharePriceMove reports whether the sum p stands after "up" or "down",
// as a share's move does ("was up three", "closed down 1/8").
func (x *extractor) sharePriceMove(p *factcheck.Claim) bool {
	i := x.tokenOf(p)
	return x.eq(i-1, wUp) || x.eq(i-1, wDown)
}

// penceMoved reports whether the sum p is a London share's move in pence
// ("8p", "10 pence"), after a verb of change or the company's name in
// capitals: "Shell lost 10p", "Glaxo 8p".
func (x *extractor) penceMoved(p *factcheck.Claim) bool {
	t := lower(p.Text)
	if p.Kind != factcheck.Money || p.Unit != "GBP" || p.EndValue != nil || !strings.HasSuffix(t, "p") && !strings.HasSuffix(t, "pence") && !strings.HasSuffix(t, "penny") {
		return false
	}
	i := x.tokenOf(p) - 1
	return x.tokIs(i, tWord) && (changeWord(x.spAt(i)) || x.toks[i].flags&fUpper != 0 && !x.sentenceStart(i) && (len(x.str(i)) == 1 || !x.toks[i].is(lexicon.Stop|lexicon.Determiner)))
}

// sharePricedBefore reports whether a share's price in eighths after
// "at" stands before token f in its sentence: "closed ... at 18-1/2, up
// 2-3/4, and was trading today at".
func (x *extractor) sharePricedBefore(f int) bool {
	return x.eighthsBefore(f, x.sharePriceBefore)
}

// movedInEighthsBefore reports whether the sentence of token f gives,
// before it, a sum of dollars in eighths: a share's price or move ("rose
// 1/2 to 6-3/4").
func (x *extractor) movedInEighthsBefore(f int) bool {
	return x.eighthsBefore(f, func(p *factcheck.Claim) bool { return p.Unit == "USD" && !cents(lower(p.Text)) })
}

// eighthsBefore reports whether a sum of money written in eighths, of
// which ok holds, stands before token f in its sentence.
func (x *extractor) eighthsBefore(f int, ok func(p *factcheck.Claim) bool) bool {
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		if x.sentenceEndIn(x.tokenAfter(p), f) {
			return false
		}
		if p.Kind == factcheck.Money && strings.Contains(p.Text, "/") && ok(p) {
			return true
		}
	}
	return false
}

// priceEnds reports whether a share's price may end before token k: no
// word follows it but a short one of grammar ("at", "on", "and"), a
// move's ("up", "lower"), a day's or a quote's side ("bid"); not a noun
// it counts or measures ("a 1/16 reduction", "1/8 point", "a 1/4 share"),
// nor a unit that reads it ("1/2 dlr": see shareCurrency).
func (x *extractor) priceEnds(k int) bool {
	if !x.tokIs(k, tWord) {
		return x.mark(k) != '%'
	}
	switch sp := x.spAt(k); {
	case sp == wUp || sp == wDown || sp == wOff || sp == wHigher || sp == wLower || sp == wToday || sp == wYesterday || priceMark(sp):
		return true // "rose 2-5/8 yesterday", "about 7/8 bid"
	case sp == wShare || sp == wShares || sp == wPoint || sp == wPoints || sp == wOver || sp == wUnder:
		return false
	}
	return x.toks[k].is(lexicon.Stop) && !x.toks[k].is(lexicon.Currency|lexicon.Percent)
}

// rateNamedBefore reports whether the sentence of token f names a rate
// of interest or a bond before it ("Federal funds ... quoted at 6-3/16",
// "six months quoted at 9-3/4 5/8", "Among notes, the 6-3/8s of 1989
// dropped 1/8 to 99-9/16"): a figure in eighths there is a rate or a
// bond's price in points, not a share's price.
func (x *extractor) rateNamedBefore(f int) bool {
	return x.namedBefore(f, func(sp spelling) bool {
		switch sp {
		case wRate, wRates, wFunds, wYield, wYields, wInterbank, wCoupon, wBill, wBills, wFutures:
			return true
		}
		return bondWord(sp)
	})
}

// bondNamedBefore reports whether the sentence of token f names a bond
// before it (bondWord; not a bill, which a parliament passes too).
func (x *extractor) bondNamedBefore(f int) bool { return x.namedBefore(f, bondWord) }

// bondWord reports whether the word spelt sp names a bond: "bonds",
// "notes", "Treasury", "debentures", "gilts".
func bondWord(sp spelling) bool {
	switch sp {
	case wBond, wBonds, wNote, wNotes, wTreasury, wTreasuries, wDebentures, wGilts:
		return true
	}
	return false
}

// namedBefore reports whether a word of its sentence before token f is
// one that named reports.
func (x *extractor) namedBefore(f int, named func(spelling) bool) bool {
	for m := f - 1; m >= 0 && !x.sentenceEndIn(m, m+1); m-- {
		if named(x.spAt(m)) {
			return true
		}
	}
	return false
}

// tradingAfter reports whether the words of a market's dealings follow
// token k in its sentence: "in active trading", "on volume of 963,000",
// "on the New York Stock Exchange".
func (x *extractor) tradingAfter(k int) bool {
	for m := k; m < len(x.toks) && m < k+12 && !x.sentenceEndIn(m, m+1); m++ {
		switch x.lowerAt(m) {
		case "trading", "traded", "volume", "shares", "exchange", "turnover":
			return true
		}
	}
	return false
}

// eighthsPriceEndsAt reports whether the claim read last is a share's
// price in eighths that ends just before token k: "36-1/4" before ", up
// one".
func (x *extractor) eighthsPriceEndsAt(k int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[k].s) && strings.Contains(p.Text, "/") && !cents(lower(p.Text))
}

// sharePriceBefore reports whether the sum p stands after "at", as a
// price does ("trading at 27-7/8").
func (x *extractor) sharePriceBefore(p *factcheck.Claim) bool {
	i := x.tokenOf(p)
	return x.eq(i-1, wAt)
}

// lastClaim returns the claim read last, or nil.
// sentenceClaims returns the claims read so far in the sentence of token
// i, the tail of x.claims from the sentence's start.
func (x *extractor) sentenceClaims(i int) []factcheck.Claim {
	start := int(x.toks[x.sentenceStartBefore(i)].s)
	k := len(x.claims)
	for k > 0 && x.claims[k-1].Start >= start {
		k--
	}
	return x.claims[k:]
}

func (x *extractor) lastClaim() *factcheck.Claim {
	if len(x.claims) == 0 {
		return nil
	}
	return &x.claims[len(x.claims)-1]
}

// maxCentsRatio bounds how far a figure compared with a sum in cents may
// lie from it to be in cents too.
const maxCentsRatio = 10

// maxCentsGap bounds the tokens between a sum in cents and the bare figure
// compared with it: "18 cts a share from 16", "213-1/2 cents per kilo
// from February's 207".
const maxCentsGap = 8

// centsCompared returns the sum in cents (or pence) that the bare figure
// c, unscaled, is compared with just before it in its sentence: "Shr
// 55.01 cents vs 97.76", "raised its dividend to 18 cts a share from 16",
// "rose to 213-1/2 cents per kilo from February's 207", and the total a
// results table makes of a dividend ("Final div 30 cents vs 10, making 40
// vs 10"); or nil. The figure is in cents too.
func (x *extractor) centsCompared(c *claimParts) *factcheck.Claim {
	p := x.lastClaim()
	inCents := p != nil && (cents(lower(p.Text)) || allDigits(p.Text) && p.Value.Num < 1) // "30 cents vs 10": the 10 read in cents
	if p == nil || c.num.scaled || c.end != nil || p.Kind != factcheck.Money || !inCents || x.eq(c.first-1, wWith) && !x.eq(c.first-2, wCompared) {
		return nil
	}
	pe := x.tokenAfter(p)
	making := x.eq(c.first-1, wMaking) && x.mark(c.first-2) == ',' // "Final div 30 cents vs 10, making 40 vs 10": the year's total
	if pe >= c.first || c.first-pe > maxCentsGap || x.sentenceEndIn(pe, c.first) || !x.comparedWith(c.first) && !x.comparedBack(c.first, x.tokenOf(p)) && !making {
		return nil
	}
	for k := pe; k < c.first; k++ {
		if x.tokIs(k, tNum) {
			return nil // "Shr nine cts vs nine cts\n Net 98,0000 vs 97,000": another figure's comparison
		}
	}
	if cts := 100 * p.Value.Num; c.num.value > maxCentsRatio*cts || c.num.value*maxCentsRatio < cts {
		return nil // "78,000 dlrs, or two cts a share, versus 597,000": the sum's comparison
	}
	return p
}

// changedBy reports whether a verb of change stands just before the sum
// p: "rose 2p", "fell 1-1/4".
func (x *extractor) changedBy(p *factcheck.Claim) bool {
	i := x.tokenOf(p)
	return x.tokIs(i-1, tWord) && changeWord(x.spAt(i-1))
}

// slangCurrency returns the currency of a sum said in slang at token j
// ("30 grand", "half a mil"): the story's (storyCurrency), else that of
// the first sign of a currency after it ("down two hundred grand ... paid
// out just £45,000"), else the currency its sentence names after it in
// words ("for ten grand and ... over two thousand dollars"), else the US
// dollar in a text set in America (usText), as the goldens' hands give
// it; or "".
func (x *extractor) slangCurrency(j int) string {
	if u := x.storyCurrency(); u != "" {
		return u
	}
	if u := x.signAfter(j); u != "" {
		return u
	}
	// "bought it for ten grand and has spent over two thousand dollars":
	// the currency its sentence names after it
	for k := j + 1; k < len(x.toks) && x.sentenceEnd(k) <= k; k++ {
		if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Currency) && x.toks[k].entry().Per == 1 && x.toks[k].flags&fUpper == 0 {
			return x.localCurrency(k, x.toks[k].entry().Unit)
		}
	}
	if x.usText() {
		return "USD" // "Jackson paid ten grand for it" in a story of Ohio: dollars, the word's home
	}
	return ""
}

// signAfter returns the currency of the first currency sign at or after
// token j (currencySymbol), or "". The extractor reads forward, so the
// sign found is kept for the next call: the text is scanned once.
func (x *extractor) signAfter(j int) string {
	a := &x.signAhead
	if a.read && a.at >= j {
		return a.code
	}
	a.read, a.at, a.code = true, len(x.toks), ""
	for k := j; k < len(x.toks); k++ {
		if x.toks[k].class == tPunct {
			if u := currencySymbol(x.str(k)); u != "" {
				a.at, a.code = k, u
				break
			}
		}
	}
	return a.code
}

// storyCurrency returns the currency of the story's sums: the last sum's
// read before, else the US dollar under a dateline in the United States
// ("NEW YORK, March 11 - ... trading at 76-1/8"); or "".
func (x *extractor) storyCurrency() string {
	if p := x.lastMoney(); p != nil {
		return p.Unit
	}
	if x.usDateline() {
		if u := x.wireCode(); u != "" {
			return u // "CUT BANK, Mont. ... NOTE: Canadian dollars." (noteDollar)
		}
		return "USD"
	}
	return ""
}

// priceCurrency returns the currency of a share's price: the story's
// (storyCurrency), else the dollar of a wire's dateline in another country
// of dollars ("TORONTO, April 7 - ... Inco rose 1/2 to 21-1/4"); or "".
func (x *extractor) priceCurrency() string {
	if u := x.storyCurrency(); u != "" {
		return u
	}
	return x.wireCode()
}

// shareCurrency returns the currency of the share's price or move c
// (sharePrice): the story's (priceCurrency), else the US dollar when c,
// or the price its move reached ("rose two to 87-1/2"), is written in
// eighths: American exchanges quoted shares so until 2001, the world's
// others in decimals. Else "".
func (x *extractor) shareCurrency(c *claimParts) string {
	if u := x.priceCurrency(); u != "" {
		return u
	}
	k := c.num.last
	if x.priceEnds(k) && (x.inEighths(c.num.first, k) || x.eq(k, wTo) && x.inEighths(k+1, min(k+6, len(x.toks)))) {
		return "USD" // but "1/2 dlr", "1/8 point" are read by their units (priceEnds)
	}
	return ""
}

// lastMoney returns the last sum of money read before, in any sentence,
// or nil.
func (x *extractor) lastMoney() *factcheck.Claim {
	for ; x.money.read < len(x.claims); x.money.read++ {
		if p := &x.claims[x.money.read]; p.Kind == factcheck.Money && !cents(lower(p.Text)) {
			x.money.last = x.money.read + 1
		}
	}
	if x.money.last == 0 {
		return nil
	}
	return &x.claims[x.money.last-1]
}

// paragraphIn reports whether a paragraph starts at a token in [i, j):
// after a blank line, or on a new line that is indented. A line wrapped
// in a paragraph starts at its margin.
func (x *extractor) paragraphIn(i, j int) bool {
	for k := max(i, 1); k < j && k < len(x.toks); k++ {
		if x.toks[k].flags&fNewline == 0 {
			continue
		}
		gap := x.text[x.toks[k-1].e:x.toks[k].s]
		if strings.Count(gap, "\n") > 1 || !strings.HasSuffix(gap, "\n") && !strings.HasSuffix(gap, "\r\n") {
			return true
		}
	}
	return false
}

// sentenceEndIn reports whether a sentence ends at a token in [i, j).
func (x *extractor) sentenceEndIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			return true
		}
	}
	return false
}

// blankLineIn reports whether a blank line comes before any token in [i, j).
func (x *extractor) blankLineIn(i, j int) bool {
	for k := max(i, 1); k < j && k < len(x.toks); k++ {
		if x.toks[k].flags&fNewline != 0 && strings.Count(x.text[x.toks[k-1].e:x.toks[k].s], "\n") > 1 {
			return true
		}
	}
	return false
}

// moneyClause reports whether the figure c, in the sentence of the sum of
// money p whose first token is pi, speaks of money: it ends a change "from
// p to c" or "p to c", or a word of money stands in its clause (in the
// sentence, when no punctuation parts the two figures or c is compared
// with one before it), or a few words after it.
func (x *extractor) moneyClause(c *claimParts, p *factcheck.Claim, pi int) bool {
	pe := x.tokenAfter(p)
	from := x.clauseStart(c.first, pe) // pe when no punctuation parts the figures
	if from == pe && x.eq(c.first-1, wTo) && (x.eq(pi-1, wFrom) || x.tokIs(pi-1, tPunct) && x.eq(pi-2, wFrom) || c.first-1 == pe) {
		return true // "from $2 million to 3 million", "rose 1/2 dlr to 48-1/2"
	}
	if from == pe || x.comparedWith(c.first) {
		from = x.sentenceStartBefore(pi)
	}
	return x.moneyWordIn(from, min(c.last+4, len(x.toks)))
}

// sameScale reports whether the figure c has a scale word that the sum p
// before it in its clause, or in a list of commas, has too, no measure
// named between: "the target of 144 billion dlrs and official U.S.
// Estimates of 175 billion", "(revised from 2.72 billion) in January and
// 2.54 billion a year earlier", "will add some 340 mln stg, exchequer
// transactions around 300 mln".
func (x *extractor) sameScale(c *claimParts, p *factcheck.Claim) bool {
	w := x.scaleOf(c)
	if w == "" || x.tokIs(c.num.last, tWord) && !x.toks[c.num.last].is(lexicon.Stop) && !lowerOrHigher(x.spAt(c.num.last)) {
		return false // but "the sale of 2.3 mln shares" counts them
	}
	pe := x.tokenAfter(p)
	for k := pe; k < c.first; k++ {
		if x.tokIs(k, tPunct) && !strings.Contains("()/,'", x.str(k)) && !(x.mark(k) == '.' && x.sentenceEnd(k) <= k) && !x.gluedHyphen(k) ||
			x.mark(k) == ',' && (x.eq(k+1, wWhile) || x.eq(k+1, wBut) || x.eq(k+1, wWhereas) || x.eq(k+1, wAlthough) || x.eq(k+1, wThough)) {
			return false // another clause: "$40 million a year - it wants its quota raised to 3.5 million"
		}
		if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Measure) && !x.toks[k].is(lexicon.Currency) {
			return false // a measure named between: "revenue passenger miles rose to 1.35 billion"
		}
	}
	return slices.Contains(strings.Fields(lower(p.Text)), w)
}

// gluedHyphen reports whether token k is a hyphen inside a word or a
// number, no space on either side: a whole number and its fraction
// ("9-7/8") or a compound ("at end-April"), no break between clauses.
func (x *extractor) gluedHyphen(k int) bool {
	return x.mark(k) == '-' && k > 0 && k+1 < len(x.toks) && x.toks[k].flags&fSpace == 0 && x.toks[k+1].flags&fSpace == 0
}

// scaleOf returns the scale word of c's number in lower case, "mln" of
// "40.9 mln", or "" when it has none.
func (x *extractor) scaleOf(c *claimParts) string {
	if !c.num.scaled || !x.tokIs(c.num.last-1, tWord) {
		return ""
	}
	return x.lowerAt(c.num.last - 1)
}

// measureOfScale returns the measure just before the sum of money p in
// its sentence, written with the scale word of the figure c where p is
// not ("15.5 to 16 mln tonnes worth some 2.3 billion Australian dlrs,
// compared with 15.8 mln"), or nil.
func (x *extractor) measureOfScale(c *claimParts, p *factcheck.Claim) *factcheck.Claim {
	scale := x.scaleOf(c)
	if scale == "" || slices.Contains(strings.Fields(lower(p.Text)), scale) {
		return nil
	}
	for k := len(x.claims) - 1; k >= 0; k-- {
		q := &x.claims[k]
		switch {
		case q.SentenceStart != p.SentenceStart:
			return nil
		case q.Start >= p.Start:
			continue // the sum itself, and what follows it
		}
		if q.Kind == factcheck.Measure {
			if slices.Contains(strings.Fields(lower(q.Text)), scale) {
				return q
			}
			return nil
		}
	}
	return nil
}

// bracketAfter reports whether the figure c opens a bracket just after the
// sum of money p: "2.4 billion dlrs (1.3 billion excluding Chile)".
func (x *extractor) bracketAfter(c *claimParts, p *factcheck.Claim) bool {
	return c.first >= 2 && x.mark(c.first-1) == '(' && int(x.toks[c.first-2].e) == p.End
}

// moneyToCarry returns the claim of money the next figure may take its
// currency from, with the index of its first token: the last claim of a
// count, measure or money, passing over conversions in brackets ("1,546
// trillion rials ($175.6bn; £93.6bn)") and, in the sentence of the
// figure at token at, a sum's share in cents ("23.2 mln dlrs, or 48 cts
// a share, up from 16.6 mln"); or nil when it is no money, or in cents.
func (x *extractor) moneyToCarry(at int) (*factcheck.Claim, int) {
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		switch p.Kind {
		case factcheck.Count, factcheck.Measure:
			return nil, 0
		case factcheck.Money:
		default:
			continue
		}
		if x.conversion(p) || x.apposedConversion(k) {
			continue // "($175.6bn; £93.6bn)", "436.50 dlrs, 268.368 stg, an ounce"
		}
		pi := x.tokenOf(p)
		if cents(lower(p.Text)) && k > 0 && x.claims[k-1].Kind == factcheck.Money && x.eq(pi-1, wOr) && x.mark(pi-2) == ',' &&
			x.tokenAfter(&x.claims[k-1]) == pi-2 && x.shareThenGoesOn(x.tokenAfter(p)) && !x.sentenceEndIn(x.tokenAfter(p), at) {
			continue
		}
		if cents(lower(p.Text)) {
			return nil, 0
		}
		return p, pi
	}
	return nil, 0
}

// shareThenGoesOn reports whether "a share" or "per share" stands at
// token k and its sentence goes on after a comma: ", up from", ", for its
// first quarter".
func (x *extractor) shareThenGoesOn(k int) bool {
	return (x.eq(k, wA) || x.eq(k, wPer)) && x.eq(k+1, wShare) && x.mark(k+2) == ','
}

// apposedConversion reports whether claim k is a sum set between commas
// after another that names its own currency, another one, as its
// conversion: "fixed at 436.50 dlrs, 268.368 stg, an ounce" (but not a
// list's "1.2918, 103.32 yen from 103.15").
func (x *extractor) apposedConversion(k int) bool {
	if k < 1 {
		return false
	}
	p, q := &x.claims[k], &x.claims[k-1]
	return q.Kind == factcheck.Money && q.Unit != p.Unit && q.End < p.Start && strings.TrimSpace(x.text[q.End:p.Start]) == "," &&
		strings.ContainsFunc(q.Text, unicode.IsLetter) && strings.HasPrefix(strings.TrimLeft(x.text[p.End:], " "), ",")
}

// comparedCurrencyAfter returns the currency of a sum compared, at token
// k, with a figure just before it: "against", "vs", "versus" or "compared
// with", and a figure in a currency ("against 1.66 dlrs"); or "".
func (x *extractor) comparedCurrencyAfter(k int) string {
	switch {
	case x.eq(k, wAgainst) || x.eq(k, wVs) || x.eq(k, wVersus):
		k++
	case x.eq(k, wCompared) && x.eq(k+1, wWith):
		k += 2
	default:
		return ""
	}
	n, ok := x.numberAt(k)
	if !ok || n.scaled || n.words {
		return ""
	}
	return x.currencyNamedAt(n.last)
}

// vsCurrency returns the currency of the bare figure c that the figure
// it is set against after "vs" names, as a results report's rows do, the
// two of one scale or none: "Group loss 1.08 Billion vs loss 71 mln
// crowns"; or "".
func (x *extractor) vsCurrency(c *claimParts) string {
	if c.end != nil || c.unit != "" || !x.eq(c.last, wVs) {
		return ""
	}
	k := c.last + 1
	if x.eq(k, wLoss) || x.eq(k, wProfit) {
		k++
	}
	n, ok := x.numberAt(k)
	if !ok || n.scaled != c.num.scaled || n.words {
		return ""
	}
	return x.currencyNamedAt(n.last)
}

// comparedWith reports whether the figure at token i is compared with one
// before it: "from", "against", "versus", "vs", "with" or "after" stands
// before it.
func (x *extractor) comparedWith(i int) bool {
	return x.eq(i-1, wFrom) || x.eq(i-1, wAgainst) || x.eq(i-1, wVersus) || x.eq(i-1, wVs) || x.eq(i-1, wWith) || x.eq(i-1, wAfter)
}

// comparedBack reports whether the figure at token i is compared with
// one before it across a few words: "from", "against", "versus", "vs",
// "compared", "than", "instead", "below", "above" or "up on" stands among
// the eight tokens before it, after token pi and with no figure but a
// year between ("up from the 1986/87 estimate of 852.13 billion"); or
// "or" just after the figure before ("the afternoon fix of 566.35 or the
// morning setting of 565.75"); or "to" just before it after a verb of
// change and a pronoun for the sum ("had to raise this to seven billion").
func (x *extractor) comparedBack(i, pi int) bool {
	for k := i - 1; k > pi && k >= i-8; k-- {
		if x.tokIs(k, tNum) && !yearLike(x.str(k)) && !x.eqText(k-1, "/") && !x.inDate(k) {
			return false // but "in the first three quarters ended February 28 from 813.0 mln" names a day
		}
		switch x.spAt(k) {
		case wFrom, wAgainst, wVersus, wVs, wCompared, wThan, wInstead, wBelow, wAbove:
			return true
		case wAfter:
			return k == i-1 // "85 mln dlrs, after 90 mln previously"
		case wOr:
			if k-1 >= pi && x.tokIs(k-1, tNum) {
				return true
			}
		case wOn:
			if x.eq(k-1, wUp) || x.eq(k-1, wDown) {
				return true // "420.50 dlrs an ounce, up on the afternoon fix of 418.50"
			}
		case wTo:
			if k == i-1 && x.changeVerbBefore(k) {
				return true // "a five billion dlr surplus, but had to raise this to seven billion"
			}
		}
	}
	return false
}

// inDate reports whether token k lies in the last date claimed.
func (x *extractor) inDate(k int) bool {
	for ; x.dated.read < len(x.claims); x.dated.read++ {
		if x.claims[x.dated.read].Kind == factcheck.Date {
			x.dated.last = x.dated.read + 1
		}
	}
	if x.dated.last == 0 {
		return false
	}
	d := &x.claims[x.dated.last-1]
	return d.Start <= int(x.toks[k].s) && int(x.toks[k].e) <= d.End
}

// changeVerbBefore reports whether a verb of change and a pronoun for the
// sum before stand just before "to" at token k: "raise this to", "cut it
// to" (but "shipments fell to" changes another thing).
func (x *extractor) changeVerbBefore(k int) bool {
	switch x.spAt(max(k-1, 0)) {
	case wIt, wThis, wThat:
		return k >= 2 && x.tokIs(k-2, tWord) && changeWord(x.spAt(k-2))
	}
	return false
}

// yearLike reports whether s, a number's digits, could be a year: 1900
// to 2099.
func yearLike(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20")
}

// clauseEnd returns the token after the clause of token i: the first
// punctuation from i on, but not after token stop.
func (x *extractor) clauseEnd(i, stop int) int {
	k := i
	for k < stop && k < len(x.toks) && !x.tokIs(k, tPunct) {
		k++
	}
	return k
}

// clauseStart returns the first token of the clause of token i: after the
// nearest punctuation before it, but not before token stop.
func (x *extractor) clauseStart(i, stop int) int {
	k := i
	for k > stop && (!x.tokIs(k-1, tPunct) || x.mark(k-1) == '.' && x.sentenceEnd(k-1) <= k-1 || x.dateComma(k-1)) {
		k-- // an abbreviation's stops part nothing: "official U.S. Estimates of 175 billion", nor a date's commas
	}
	return k
}

// dateComma reports whether the comma at token j sets a date's year off
// in its sentence: before it, "Feb 29, 1988", or after it, "Feb 29, 1988,
// should be".
func (x *extractor) dateComma(j int) bool {
	if x.mark(j) != ',' {
		return false
	}
	year := func(k int) bool { return x.tokIs(k, tNum) && len(x.str(k)) == 4 }
	dayOf := func(k int) bool {
		return x.tokIs(k, tNum) && len(x.str(k)) <= 2 && x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Month)
	}
	return year(j+1) && dayOf(j-1) || year(j-1) && x.mark(j-2) == ',' && dayOf(j-3)
}

// subjectClauseStart returns the first token of the clause of token i
// (clauseStart), or of the clause before it when i's opens with a
// participle of change that the subject before it governs: "Profit from
// Australia showed the greatest rise, jumping 55.0 pct to 15.5 mln".
func (x *extractor) subjectClauseStart(i, stop int) int {
	k := x.clauseStart(i, stop)
	if w := x.lowerAt(k); k > stop+1 && x.tokIs(k, tWord) && strings.HasSuffix(w, "ing") && changeWord(x.spAt(k)) && x.mark(k-1) == ',' {
		return x.clauseStart(k-1, stop)
	}
	return k
}

// sentenceStartBefore returns the first token of the sentence of token i,
// looking back no more than 40 tokens and not across a paragraph.
func (x *extractor) sentenceStartBefore(i int) int {
	k := i
	for k > 0 && k > i-40 && !(x.tokIs(k-1, tPunct) && x.sentenceEnd(k-1) > k-1) && !x.breakIn(k, k+1) {
		k--
	}
	return k
}

// lowerOrHigher reports whether w, read as a figure's noun, is a word of
// comparison, no noun: "this would be 30 billion lower than last year's".
func lowerOrHigher(sp spelling) bool {
	switch sp {
	case wLower, wHigher, wMore, wLess, wFewer, wShort, wUp, wDown:
		return true
	}
	return false
}

// moneyWordIn reports whether a word of money stands in tokens [i, j).
func (x *extractor) moneyWordIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.tokIs(k, tWord) && moneyWord(x.lowerAt(k)) && !x.trafficRevenue(k) {
			return true
		}
	}
	return false
}

// trafficRevenue reports whether "revenue" at token k names an airline's
// or a carrier's traffic, not money: "revenue passenger miles", "revenue
// ton miles".
func (x *extractor) trafficRevenue(k int) bool {
	return x.eq(k, wRevenue) && (x.eq(k+1, wPassenger) || x.eq(k+1, wMiles) || x.eq(k+1, wSeat) || x.eq(k+1, wTon) || x.eq(k+1, wTonne))
}

// currencyTerms returns the currency of the bare figure c with a scale
// that an "in <currency> terms" before it in its sentence names ("In
// guilder terms, however, profits dropped three pct to 3.69 billion"), or
// "".
func (x *extractor) currencyTerms(c *claimParts) string {
	if !c.num.scaled || c.subjectEnd != 0 {
		return ""
	}
	for k := c.first - 1; k > 0 && k > c.first-30; k-- {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			return ""
		}
		if x.eq(k, wTerms) && x.eq(k-2, wIn) && x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Currency) {
			return x.localCurrency(k-1, x.toks[k-1].entry().Unit)
		}
	}
	return ""
}

// trafficMeasure gives the bare figure c with a scale the unit of a
// carrier's traffic named last before it in its sentence, as airlines
// report it monthly: "Revenue passenger miles rose 16.5 pct in March to
// 274.3 mln from 235.3 mln" (revenue passenger mile), "..., and available
// seat miles rose 5.9 pct to 9.70 billion" (available seat mile), "revenue
// ton miles".
func (x *extractor) trafficMeasure(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || !c.num.scaled || c.num.year {
		return
	}
	for k, start := c.first-1, x.sentenceStartBefore(c.first); k >= start; k-- {
		if unit, _ := x.trafficUnit(k); unit != "" {
			if longer, _ := x.trafficUnit(k - 1); longer != "" {
				unit = longer // "revenue passenger miles", read from its first word
			}
			c.unitKind, c.unit = factcheck.Measure, unit
			return
		}
	}
}

// trafficUnit returns the unit of a carrier's traffic named at token k,
// "revenue passenger mile" of "Revenue passenger miles", "tonne mile" of
// "tonne\nmiles", with the index after it; or "".
func (x *extractor) trafficUnit(k int) (string, int) {
	n := 0
	switch {
	case (x.eq(k, wRevenue) || x.eq(k, wCargo)) && (x.eq(k+1, wPassenger) || x.eq(k+1, wTon) || x.eq(k+1, wTonne)),
		x.eq(k, wAvailable) && x.eq(k+1, wSeat):
		n = 2
	case x.eq(k, wPassenger) || x.eq(k, wSeat) || x.eq(k, wTon) || x.eq(k, wTonne):
		n = 1
	default:
		return "", k
	}
	if !x.eq(k+n, wMiles) && !x.eq(k+n, wKilometres) && !x.eq(k+n, wKilometers) {
		return "", k
	}
	words := make([]string, 0, n+1)
	for m := k; m < k+n; m++ {
		words = append(words, x.lowerAt(m))
	}
	return strings.Join(append(words, singular(x.lowerAt(k+n))), " "), k + n + 1
}

// sumOfNoun reports whether the word spelt sp names a sum that "of" and
// its figure in full digits follow: "a term loan of 2,500,000", "an
// aggregate price of 1,125,000" (but "an amount of 5,000" may count shares).
func sumOfNoun(sp spelling) bool {
	switch sp {
	case wLoan, wLoans, wPayment, wPayments, wPrice, wFee, wFees, wFine, wSum, wCost, wCosts, wSalary, wBonus,
		wGrant, wPremium, wSettlement, wCompensation, wBid, wOffer, wConsideration, wDeposit, wAdvance, wDebt:
		return true
	}
	return false
}

// sumWordIn reports whether a word of money that names nothing else
// stands in tokens [i, j): "capitalised", "debt", but not "sales" or
// "exports", which may count units.
func (x *extractor) sumWordIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.tokIs(k, tWord) {
			switch w := x.lowerAt(k); w {
			case "sales", "exports", "imports", "order", "orders", "value", "bid", "offer":
			case "revenue":
				if !x.trafficRevenue(k) {
					return true
				}
			default:
				if moneyWord(w) {
					return true
				}
			}
		}
	}
	return false
}

// sumOfThingsAlike returns the sum before the figure c, in its sentence
// and of its scale, that "of" follows as it follows c: "20 mln stg of
// band one bank bills ... and 111 mln of band two bank bills"; or nil.
func (x *extractor) sumOfThingsAlike(c *claimParts) *factcheck.Claim {
	if !c.num.scaled || !x.eq(c.num.last, wOf) {
		return nil
	}
	p, pi := x.moneyToCarry(c.first)
	if p == nil || pi >= c.first || !x.eq(x.tokenAfter(p), wOf) || x.sentenceEndIn(x.tokenAfter(p), c.first) ||
		x.scaleOf(c) == "" || !slices.Contains(strings.Fields(lower(p.Text)), x.scaleOf(c)) {
		return nil
	}
	return p
}

// sumRestated reports whether w, in lower case, is a noun that names a
// sum by what was said of it: "estimate", "forecast", "figure",
// "expansion", "shortage".
func sumRestated(w string) bool {
	switch w {
	case "estimate", "forecast", "projection", "figure", "expansion", "contraction", "shortage", "injection":
		return true
	}
	return false
}

// sumVerb reports whether the word spelt sp is a verb whose object is a
// sum of money: "earned", "spent", "paid".
func sumVerb(sp spelling) bool {
	switch sp {
	case wEarned, wEarn, wEarns, wSpent, wSpend, wSpends, wPaid, wPay, wPays, wNetted, wCost, wCosts:
		return true
	}
	return false
}

// onlyMoney reports whether w, in lower case, is a word of money that no
// count of things shares (moneyWord but "sales", "orders", "exports",
// "imports": a vehicle market's "15 mln sales" are cars).
func onlyMoney(w string) bool {
	switch w {
	case "sales", "orders", "exports", "imports", "circulation", "highs", "lows":
		return false
	}
	return moneyWord(w)
}

// sharesCounted reports whether sp, the first word of a figure's noun,
// names the shares or units it counts: "1.4 mln share offer", "5 mln unit
// issue".
func sharesCounted(sp spelling) bool {
	switch sp {
	case wShare, wShares, wShr, wShrs, wUnit, wUnits:
		return true
	}
	return false
}

// perShareAfter gives the bare sum c, restated per share after "or", the
// currency of the share's cents, as wire results do: "a loss of 553,000
// or 11 cts a share", "a net loss of 227,000 or\nfour cts", "net
// earnings ... of 4,403,000, or 51 cts per share". The sum must have a
// scale or be a thousand or more.
func (x *extractor) perShareAfter(c *claimParts) {
	j := c.last
	if x.mark(j) == ',' {
		j++
	}
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.year || c.end != nil || !c.num.scaled && (c.num.words || c.num.value < 1000) || !x.eq(j, wOr) {
		return
	}
	j++
	if !x.tokIs(j, tNum) && !(x.tokIs(j, tWord) && x.toks[j].is(lexicon.Cardinal)) {
		return
	}
	if j++; !x.eq(j, wCts) && !x.eq(j, wCents) {
		return
	}
	c.unitKind, c.unit = factcheck.Money, x.localCurrency(j, x.toks[j].entry().Unit)
}

// zeroReached gives "zero", reached from a sum or a measure just before
// it, that figure's kind and unit: "reduced the line for oilseeds from 5.0
// mln dlrs to zero"; or reached from the figure after it, its "from" a
// few words on: "would reduce to zero from two pct", "fell to zero last
// year from 300,000 tonnes".
func (x *extractor) zeroReached(c *claimParts) {
	if c.unitKind != factcheck.Count || c.num.value != 0 || !c.num.words || c.subjectEnd != 0 || !x.eq(c.first-1, wTo) {
		return
	}
	if n := len(x.claims); n > 0 {
		p := &x.claims[n-1]
		if (p.Kind == factcheck.Money || p.Kind == factcheck.Measure) && x.tokenAfter(p) == c.first-1 && x.eq(x.tokenOf(p)-1, wFrom) {
			c.unitKind, c.unit = p.Kind, p.Unit
			return
		}
	}
	k := c.num.last
	for k < c.num.last+3 && x.tokIs(k, tWord) && !x.eq(k, wFrom) && x.toks[k].flags&fUpper == 0 {
		k++
	}
	if !x.eq(k, wFrom) {
		return
	}
	n, ok := x.numberAt(k + 1)
	if !ok || n.year || n.last >= len(x.toks) {
		return
	}
	from := claimParts{first: k + 1, num: n, unitKind: factcheck.Count}
	if x.unitAt(&from, n.last) && (from.unitKind == factcheck.Percent || from.unitKind == factcheck.Money || from.unitKind == factcheck.Measure) {
		c.unitKind, c.unit = from.unitKind, from.unit
	}
}

// moneyWord reports whether w, in lower case, names a sum of money.
func moneyWord(w string) bool {
	switch w {
	case "worth", "valued", "value", "valuation", "order", "orders", "sales", "revenue", "revenues", "turnover",
		"deficit", "deficits", "surplus", "cost", "costs", "spending", "budget", "debt", "debts", "profit",
		"profits", "loss", "losses", "income", "earnings", "payment", "payments", "price", "prices", "exports",
		"imports", "assets", "reserves", "funds", "funding", "investment", "investments", "capital", "loans",
		"bid", "offer", "fine", "fines", "fees", "bill", "wages", "salary", "pay", "paid", "spent", "cash", "dividend", "dividends", "tax", "taxes", "subsidies", "aid", "grants",
		"borrowing", "borrowings", "lending", "financing", "capitalised", "capitalized", "capitalisation", "capitalization",
		"money", "revs", "premiums", "writedown", "writedowns", "writeoff", "writeoffs", "circulation", "highs", "lows",
		"deposits", "advances", "credits", "charge", "charges", "expenditure", "expenditures", "outlays", "repayment", "repayments", "provision", "provisions", "requirement", "requirements",
		"inflow", "inflows", "outflow", "outflows", "withdrawal", "withdrawals", "loan", "deal", "facility", "contract":
		return true
	}
	return false
}

// carriedMeasure gives the bare figure c the unit of the measure it
// follows in its sentence, as wire copy leaves the unit unsaid once named:
// "likely to use 3.4 mln bales of cotton during the year after 2.96 mln
// in 1985/86", "produced 540 mln kilos of yarn and exported 157 mln",
// "7.7 mln bales of 375 pounds each, up 500,000 from last season",
// "158,109 tonnes of barley, the Soviet Union 147,214 of wheat", a range
// of its scale ("66.06 mln acres, ranging from 60.7 to 69.0 mln"), a part
// of it ("32,000 tonnes, including 24,000 for Egypt", "2.81 mln tonnes
// (including 993,000 imported)", "3.05 mln tonnes (96,000 imported)"). The
// figure must have a scale and no noun of its own, or be compared with
// the measure ("up", "down", "from", "after", "against", "vs", "with"),
// or a few words after "than" ("higher than earlier estimates of
// 150,000"), or be of a thing as the measure is ("N of wheat" after "tonnes of"),
// and be of the measure's size; or be the level a change of the measure
// reached, of any size ("down 9.1 points by 1340 GMT to 1997.5"). The measure is the nearest figure before it, passing
// over percentages, dates, ranks, conversions in brackets and a measure that only
// describes the one before it ("bales of 375 pounds"); a word that names
// only money in the figure's clause leaves it alone.
func (x *extractor) carriedMeasure(c *claimParts) {
	// "158,109 tonnes of barley, the Soviet Union 147,214 of wheat": a
	// list's figure of a thing, as the measure before it
	listed := x.eq(c.num.last, wOf) && x.tokIs(c.num.last+1, tWord) && !x.toks[c.num.last+1].is(lexicon.Stop|lexicon.Determiner) ||
		(x.eq(c.num.last, wFor) || x.eq(c.num.last, wIn) || x.eq(c.num.last, wFrom)) && (x.eq(c.first-1, wAnd) || x.mark(c.first-1) == ',') || // "30,000 tonnes for China, 31,000 for the Soviet Union", "936,000 tonnes in Belgium, 499,000 in Denmark"
		c.num.scaled && x.plainNoun(c) && x.eq(c.first-1, wAnd) && x.eq(c.first-3, wOf) && x.tokIs(c.first-2, tWord) && x.toks[c.first-2].flags&fUpper == 0 // "3.94 mln tonnes of wheat and\n3.66 mln barley"
	if c.unitKind != factcheck.Count || c.num.year || c.num.words && !c.num.scaled || c.end != nil && !c.num.scaled {
		return
	}
	if k := c.num.last; c.num.scaled && x.tokIs(k, tNum) && x.hyphenAt(k) && x.tokIs(k+2, tWord) && x.toks[k+2].is(lexicon.Measure) &&
		x.tokIs(k+3, tWord) && x.toks[k+3].is(lexicon.Measure) && x.toks[k+3].entry().Unit != "" {
		// "13 mln 480-lb bales": the things whose size the measure after
		// the figure gives, which it counts in their unit
		c.unitKind, c.unit = factcheck.Measure, x.toks[k+3].entry().Unit
		return
	}
	p, pe := x.measureToCarry()
	if p != nil && c.end == nil && !c.num.scaled && x.namedListItem(pe, c.first) && x.plainNoun(c) {
		// "Saudi Arabia 90,944 tonnes barley, China 87,259 wheat": a
		// list's figure after its name, in the measure of the one before
		if c.num.value <= 10*p.Value.Num && c.num.value >= p.Value.Num/100 {
			c.unitKind, c.unit = factcheck.Measure, p.Unit
		}
		return
	}
	if p != nil && c.end == nil && x.withNameAt(c.first) && x.plainNoun(c) && pe <= c.first && c.first-pe <= 30 && !x.sentenceEndIn(pe, c.first) &&
		c.num.value <= p.Value.Num && c.num.value >= p.Value.Num/100 {
		// "imports fell to 198,450 tonnes ..., with Ivory Coast 71,230
		// (69,952)": a list's first part after "with" and its name
		c.unitKind, c.unit = factcheck.Measure, p.Unit
		return
	}
	if p != nil && c.end == nil && !c.num.scaled && c.subjectEnd == 0 && x.gappedClause(pe, c.first, c.num.last) && c.num.value <= 10*p.Value.Num && c.num.value >= p.Value.Num/100 {
		// "exports in February were 32,800 tonnes and consumption
		// 57,800.": a clause whose verb is left out, its figure in the
		// measure of the clause before
		c.unitKind, c.unit = factcheck.Measure, p.Unit
		return
	}
	if c.subjectEnd != 0 && !x.figureNounAt(c) && !listed {
		return
	}
	if p != nil && x.boundedAlike(c, p, pe) {
		c.unitKind, c.unit = factcheck.Measure, p.Unit
		return
	}
	// "around 160,000 tonnes, higher than earlier estimates of 150,000":
	// compared across a few words
	compared := x.comparedWith(c.first) || (x.eq(c.first-1, wUp) || x.eq(c.first-1, wDown)) && !particleVerb(x.spAt(max(c.first-2, 0))) || x.comparedBack(c.first, max(c.first-9, -1))
	reached := x.eq(c.first-1, wTo) || // "down 9.1 points by 1340 GMT to 1997.5": the level a change reached
		x.eq(c.first-1, wRecord) && x.eq(c.first-2, wA) && x.eq(c.first-3, wTo) || // "by one mln tonnes to a record 1,377 mln"
		x.eq(c.num.first-1, wAt) && (x.eq(c.num.first-2, wHigher) || x.eq(c.num.first-2, wLower)) && p != nil && !strings.HasSuffix(p.Unit, "point") || // "two mln tonnes higher at 173 mln" (but "three basis points lower at 71.3" is an index's)
		x.eq(c.num.first-1, wAt) && p != nil && pe == c.num.first-1 && (x.eq(x.tokenOf(p)-1, wUp) || x.eq(x.tokenOf(p)-1, wDown)) && !strings.HasSuffix(p.Unit, "point") // "crude oil imports up 3.1 mln tonnes at 62.4 mln"
	chained := x.eq(c.first-1, wAnd) || x.mark(c.first-1) == ','
	included := x.eq(c.first-1, wIncluding) // "32,000 tonnes, including 24,000 for Egypt": a part of the measure
	bracketed := x.mark(c.first-1) == '('   // "3.05 mln tonnes (96,000 imported)"
	part := p != nil && pe <= c.first && x.partOfWhich(pe, c.first) && c.num.value <= p.Value.Num
	if !c.num.scaled && !compared && !listed && !reached && !chained && !included && !bracketed && !part {
		return
	}
	if p == nil || pe > c.first || c.first-pe > 40 {
		return
	}
	compared = compared && (x.comparedWith(c.first) || x.eq(c.first-1, wUp) || x.eq(c.first-1, wDown) || x.comparedBack(c.first, pe-1)) || // the word right after the measure too: "627,000 hectares against a previous estimate of 621,000"
		chained && x.comparedList(c, p, pe) || included && (pe == c.first-1 || pe == c.first-2 && (x.mark(pe) == ',' || x.mark(pe) == '(')) ||
		bracketed && pe == c.first-1 || part
	if !c.num.scaled && !compared && !listed && !reached {
		return
	}
	if reached && !c.num.scaled && !compared && !listed {
		// the measure reached by a change, or the next level a change
		// reaches: "decline to 480,000 tonnes ... from 515,000 in 1986,
		// and then rally to 490,000 in 1988"
		if !x.changeBefore(x.tokenOf(p)) && !(x.tokIs(c.first-2, tWord) && changeWord(x.spAt(c.first-2))) && !x.parallelChange(p, pe, c.first) || x.paragraphIn(pe, c.first+1) {
			return
		}
	} else if !c.num.scaled && !compared {
		// a list's figures are written alike ("147,214 of wheat" after
		// "tonnes of barley", "31,000 for the Soviet Union" after "tonnes
		// for China"), in one paragraph, whose lines may begin with a name
		// ("for\nChina, 53,000 of wheat")
		if !x.eqText(pe, x.str(c.num.last)) && !x.listHeadAlike(c, p) || x.paragraphIn(pe, c.first+1) {
			return
		}
	} else if x.breakIn(pe, c.first+1) {
		return
	}
	// "196.3 mln tonnes, up roughly 1.8 mln": the measure's own change,
	// just after it, may be far smaller
	moved := c.num.scaled && (x.eq(c.first-1, wUp) || x.eq(c.first-1, wDown)) && x.mark(pe) == ',' && pe == c.first-2
	// "Krugerrand sales slumped to 12,400 ounces in the first quarter from
	// 203,000": the level a change started from may be far larger
	pi := x.tokenOf(p)
	slumped := x.eq(c.first-1, wFrom) && x.eq(pi-1, wTo) && x.tokIs(pi-2, tWord) && changeWord(x.spAt(pi-2)) && c.num.value <= 100*p.Value.Num
	if !(reached && !compared) && !slumped && (c.num.value > 10*p.Value.Num || c.num.value < p.Value.Num/100 && !(moved && c.num.value >= p.Value.Num/1000)) {
		return // "hit 110 degrees Fahrenheit, 3K": no figure of the measure's size
	}
	ends := 0
	for k := pe; k < c.first; k++ {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			ends++
			if ends > 1 || !x.comparesOpening(k+1) {
				return
			}
		}
	}
	if x.sumWordIn(x.clauseStart(c.first, pe), c.last) {
		return
	}
	c.unitKind, c.unit = factcheck.Measure, p.Unit
}

// gappedClause reports whether the tokens from pe, just after a measure,
// to first, a bare figure's, are "and" and a noun of one or two lower-case
// words, the figure ending its clause at last: "32,800 tonnes and
// consumption 57,800.", "and domestic sales 4,100,".
func (x *extractor) gappedClause(pe, first, last int) bool {
	if !x.eq(pe, wAnd) || first-pe < 2 || first-pe > 3 {
		return false
	}
	for k := pe + 1; k < first; k++ {
		if t := &x.toks[k]; t.class != tWord || t.flags&fUpper != 0 || t.is(lexicon.Stop|lexicon.Determiner|lexicon.Measure|lexicon.Duration|lexicon.Month) {
			return false
		}
	}
	return last >= len(x.toks) || x.tokIs(last, tPunct) && (x.mark(last) == ',' || x.mark(last) == ';' || x.sentenceEnd(last) > last)
}

// particleVerb reports whether the word spelt sp is a verb that "up" or
// "down" after it completes, no move of a figure: "shut down 2 of its 3
// units", "set up 40 stores".
func particleVerb(sp spelling) bool {
	switch sp {
	case wShut, wShuts, wShutting, wSet, wSets, wSetting, wPick, wPicks, wPicked, wBreak, wBreaks, wBroke, wBroken,
		wTear, wTore, wTorn, wStep, wSteps, wStepped, wWound, wTurn, wTurns, wTurned:
		return true
	}
	return false
}

// sumOfWhich returns the sum of money the bare figure c is a part of, as
// "of which" just after the sum opens the clause of its parts: "expected
// to total 1.4 billion dlrs, of which 550 mln will come from the IDA and
// 850 mln from the World Bank". The part has a scale or is a thousand or
// more, names no thing of its own, is no larger than the sum, and stands
// in the sum's sentence; or nil.
func (x *extractor) sumOfWhich(c *claimParts) *factcheck.Claim {
	if c.subjectEnd > c.first || c.end != nil || !c.num.scaled && c.num.value < 1000 {
		return nil
	}
	p := x.lastMoney()
	if p == nil || c.num.value*c.factor > p.Value.Num {
		return nil
	}
	pe := x.tokenAfter(p)
	k := pe
	if x.mark(k) == ',' {
		k++
	}
	if !x.eq(k, wOf) || !x.eq(k+1, wWhich) || k+1 >= c.first || x.sentenceEndIn(pe, c.first) {
		return nil
	}
	return p
}

// partOfWhich reports whether the figure at token i is a part of the
// measure ending before token pe, told in the clause "of which" opens
// after it, whose words up to the figure are all words: "1.8 mln tonnes,
// against 1.81 mln in 1986, of which Australia is expected to supply
// 550,000".
func (x *extractor) partOfWhich(pe, i int) bool {
	for k := i - 1; k > pe && k >= i-8; k-- {
		switch {
		case x.eq(k, wWhich):
			return x.eq(k-1, wOf) && k-1 >= pe
		case !x.tokIs(k, tWord):
			return false
		}
	}
	return false
}

// listHeadAlike reports whether a measure of the unit of p, earlier in
// the sentence of the figure c, is written as c is, "from" after it:
// "19,102 tonnes from the U.S. against 16,577 in January and 9,933 a year
// ago, 24,391 from Australia".
func (x *extractor) listHeadAlike(c *claimParts, p *factcheck.Claim) bool {
	prep := x.str(c.num.last)
	if !x.eq(c.num.last, wFrom) {
		return false // "in" and "for" may date a figure: "5,298 tonnes in February ..., and 300 in all"
	}
	for k := len(x.claims) - 1; k >= 0; k-- {
		q := &x.claims[k]
		if q.SentenceStart != p.SentenceStart {
			return false
		}
		if q.Kind == factcheck.Measure && q.Unit == p.Unit && x.eqText(x.tokenAfter(q), prep) {
			return true
		}
	}
	return false
}

// parallelChange reports whether the level reached at token i ("to" before
// it) follows the older figure p of a change and "and" with a noun or two,
// its verb said once: "imports rose to 445,400 tonnes from 362,500 and
// exports to 151,500 from 139,800". pe is the token after p.
func (x *extractor) parallelChange(p *factcheck.Claim, pe, i int) bool {
	if !x.eq(x.tokenOf(p)-1, wFrom) || !x.eq(pe, wAnd) || i-pe < 3 || i-pe > 4 {
		return false
	}
	for k := pe + 1; k < i-1; k++ {
		if !x.tokIs(k, tWord) || x.toks[k].is(lexicon.Stop) {
			return false
		}
	}
	return true
}

// comparesOpening reports whether the sentence from token k opens with a
// comparison of the figure before it, whose unit its own figures take:
// "around a record 14.5 mln tonnes. This compares with a target of 14.7
// mln"; or seems to, after "U.S." ("19,102 tonnes from the U.S.\nAgainst
// 16,577 in January").
func (x *extractor) comparesOpening(k int) bool {
	return (x.eq(k, wThis) || x.eq(k, wThat) || x.eq(k, wIt)) && (x.eq(k+1, wCompares) || x.eq(k+1, wCompared)) && x.eq(k+2, wWith) ||
		x.usBefore(k) && x.eq(k, wAgainst) && x.tokIs(k+1, tNum) // "19,102 tonnes from the U.S.\nAgainst 16,577 in January": no sentence
}

// withNameAt reports whether "with" and a name of one to three
// capitalised words, a verb in "-ing" after it or not, stand just before
// token i: "with Ivory Coast 71,230", "with Australia supplying 64,015".
func (x *extractor) withNameAt(i int) bool {
	k := i - 1
	if x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && strings.HasSuffix(x.str(k), "ing") {
		k--
	}
	n := 0
	for ; n < 3 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && x.toks[k].flags&fNewline == 0; n++ {
		k--
	}
	return n > 0 && x.eq(k, wWith)
}

// andName reports whether "and" and a capitalised word stand at token k:
// a list's last name follows.
func (x *extractor) andName(k int) bool {
	return x.eq(k, wAnd) && x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper != 0
}

// namedListItem reports whether the figure at token i follows the figure
// ending before token pe as the next item of a list of names and figures:
// between them only the nouns of the one before (at most three words in
// lower case), a comma, and a name of one to three capitalised words
// ("90,944 tonnes barley, China 87,259", "tonnes, Cyprus 20,700", "31,000
// tonnes, in West Germany 21,000, in the U.K. 15,800", "China 69,952 and
// West Germany 32,172"), each figure in
// brackets after its name ("China (419,196 tonnes), Egypt (301,909)"), or after "and" a
// name in lower case that the lexicon does not hold ("170,800 tonnes
// versus 171,600, and poultry feed 287,600").
func (x *extractor) namedListItem(pe, i int) bool {
	k := pe
	for n := 0; n < 3 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && x.toks[k].flags&fNewline == 0 && !x.andName(k); n++ {
		k++
	}
	bracketed := x.mark(k) == ')' && x.mark(i-1) == '('
	if x.mark(k) == '(' {
		for m := k + 1; m < k+6 && m < i; m++ {
			if x.mark(m) == ')' {
				k = m // "Belgium 500,000 tonnes (one mln), Netherlands"
				break
			}
		}
	}
	if x.mark(k) == ')' {
		// "China (419,196 tonnes), Egypt (301,909)": each figure in brackets
		// after its name; "Belgium 500,000 tonnes (one mln), Netherlands
		// 500,000 (600,000)": each after its name, the year before's in
		// brackets
		k++
	}
	switch {
	case x.mark(k) == ',':
		k++
	case !x.andName(k): // "China 69,952 and West Germany 32,172"
		return false
	}
	n := 0
	and := x.eq(k, wAnd) && x.mark(k-1) == ','
	if x.eq(k, wAnd) {
		k++
	}
	for ; k < i; k++ {
		switch t := &x.toks[k]; {
		case t.class == tWord && t.flags&fUpper != 0 && (t.word == 0 || x.mark(k+1) == '.'):
			n++ // "China", "U.K."
		case and && t.class == tWord && t.word == 0 && t.flags&fUpper == 0 && !x.hyphenAt(k):
			n++ // "Pig feed was 170,800 tonnes versus 171,600, and poultry\nfeed 287,600"
		case (x.mark(k) == '.' || x.mark(k) == '-') && n > 0 || (x.eq(k, wThe) || x.eq(k, wIn)) && n == 0:
		case bracketed && k == i-1 && n > 0:
		default:
			return false
		}
	}
	return n > 0 && n <= 3
}

// plainNoun reports whether the count c has no noun, or a noun of one or
// two words in lower case that the lexicon does not hold ("87,259 wheat",
// "20,700 wheat and maize" reads "wheat").
func (x *extractor) plainNoun(c *claimParts) bool {
	if c.subjectEnd == 0 {
		return true
	}
	for k := c.subjectStart; k < c.subjectEnd; k++ {
		if t := &x.toks[k]; t.class != tWord || t.flags&fUpper != 0 || t.word != 0 || k-c.subjectStart >= 2 {
			return false
		}
	}
	return c.subjectStart == c.num.last
}

// comparedList reports whether the bare figure c goes on a list of
// figures compared with another, after the first of them, p, whose next
// token is pe: "rose to 5,298 tonnes in February from 7,472 in January and
// 14,280 a year earlier". Only the date of p ("in January", "in 1986")
// and "and" or a comma stand between them. p may be compared across a few
// words ("against a forecast of 210,000 to 215,000 tonnes and an estimated
// 219,000 in 1985/86").
func (x *extractor) comparedList(c *claimParts, p *factcheck.Claim, pe int) bool {
	if pi := x.tokenOf(p); !x.comparedWith(pi) && !x.comparedBack(pi, max(pi-9, -1)) {
		return false
	}
	k := pe
	if x.eq(k, wIn) {
		if m, _ := x.monthAt(k + 1); m == 0 && !yearLike(x.str(k+1)) {
			return false
		}
		k += 2
	}
	if x.mark(k) == ',' && x.eq(k+1, wAnd) {
		k++
	}
	return k+1 == c.first && (x.eq(k, wAnd) || x.mark(k) == ',')
}

// boundedAlike reports whether the bare figure c, bounded or approximate
// and ending its clause, is of the measure p before it in its sentence
// (pe the token after p), within 25 tokens and of its size (a tenth to
// ten times it): "an average heart rate of 152 bpm, peaking at upwards of
// 175.", "between 60 and 100 bpm, while athletes can sit at ~40." (but not
// "in temperatures of 38C, nearly 40 died").
func (x *extractor) boundedAlike(c *claimParts, p *factcheck.Claim, pe int) bool {
	if c.qual == factcheck.Exact || c.subjectEnd != 0 || c.num.scaled || c.end != nil || pe > c.first || c.first-pe > 25 ||
		c.num.value > 10*p.Value.Num || c.num.value < p.Value.Num/10 {
		return false
	}
	switch x.mark(c.last) {
	case ',', '.', ';', ')':
	default:
		return false
	}
	for k := pe; k < c.first; k++ {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k || x.tokIs(k, tNum) {
			return false
		}
	}
	return !x.sumWordIn(x.clauseStart(c.first, pe), c.last)
}

// measureToCarry returns the claim of a measure the next bare figure may
// take its unit from, with the index of the token after it: the last claim
// but percentages, dates, conversions in brackets and a measure after "of"
// or "per" that describes the claim before it ("bales of 375 pounds each",
// "Ecus per 100 kilos"); or nil
// when that is no single measure.
func (x *extractor) measureToCarry() (*factcheck.Claim, int) {
	for k := len(x.claims) - 1; k >= 0; k-- {
		p := &x.claims[k]
		pi := x.tokenOf(p)
		switch {
		case p.Kind == factcheck.Percent || p.Kind == factcheck.Date || p.Kind == factcheck.Ordinal || x.conversion(p):
			continue // "rose to 351,889 tonnes during the first quarter from 93,038"
		case p.Kind == factcheck.Duration && x.eq(pi-1, wIn) && (strings.HasSuffix(x.lowerAt(max(pi-2, 0)), "est") || rateChangeNoun(x.spAt(max(pi-2, 0)))):
			continue // "to fall to 96.5 mln tonnes, the lowest in 18 years, from 105.3 mln", "90.6 mln tonnes, the second increase in two months, ... would take 21.0 mln": a record's or a change's span, said aside
		case (p.Kind == factcheck.Duration || p.Kind == factcheck.Measure && x.tokIs(pi, tNum) && x.tokIs(pi+2, tWord)) && x.hyphenAt(pi) && x.tokIs(x.tokenAfter(p), tWord):
			continue // "2.6 million acres, far below the 10-year average of about 7.1 million", "Monday's 508-point collapse ..., with Exxon Corp down 5-1/2": a size that names a noun's
		case k > 0 && (x.eq(pi-1, wOf) || x.eq(pi-1, wPer)) && pi >= 2 && int(x.toks[pi-2].e) == x.claims[k-1].End:
			continue // "7.7 mln bales of 375 pounds each", "46.50 Ecus per 100 kilos"
		case k > 0 && p.Kind == factcheck.Measure && (x.eq(pi-1, wUp) || x.eq(pi-1, wDown)) && x.claims[k-1].Kind == factcheck.Measure &&
			x.claims[k-1].Unit == p.Unit && p.Value.Num < x.claims[k-1].Value.Num/10:
			continue // "196.3 mln tonnes, up roughly 1.8 mln, with soybean output ... at 103.5 mln": a change of the measure before it
		case p.Kind != factcheck.Measure || p.Unit == "times" || p.Unit == "x" || p.Unit == "ratio" || ratioUnit(p.Unit) || p.Unit == "p-value":
			return nil, 0 // a range's unit carries too: "between 425 and 450 mln tonnes ..., up from a target of 405 mln"
		}
		return p, x.tokenAfter(p)
	}
	return nil, 0
}

// revisedFigure gives the bare figure c, in a bracket that revises the
// figure just before it, that figure's kind, unit and scale, which wire
// copy does not repeat: "a 3.4 pct (revised from 3.6) rise", "17.80 pct
// (revised 17.77)", "30.08 (revised from 30.06) billion dlrs", "(previously
// 2.1)"; or alone in the bracket after a percentage or a measure, the
// report's previous figure, as wire tables give it ("Average CD rates all
// banks 4.13 pct (4.33)" under "New rates (previous in brackets)"). The
// figure must be of the size of the one it revises.
func (x *extractor) revisedFigure(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.words || c.num.year || c.num.scaled || c.end != nil || len(x.claims) == 0 {
		return
	}
	p := &x.claims[len(x.claims)-1]
	k := c.first - 1
	if x.eq(k, wFrom) {
		k--
	}
	alone := x.mark(c.first-1) == '(' && x.mark(c.num.last) == ')' && (p.Kind == factcheck.Percent || p.Kind == factcheck.Measure)
	if alone {
		k = c.first
	} else if !(x.eq(k, wRevised) || x.eq(k, wPreviously) || x.eq(k, wOriginally)) {
		return
	}
	if !x.tokIs(k-1, tPunct) || x.mark(k-1) != '(' || k < 2 || int(x.toks[k-2].e) != p.End || p.Kind == factcheck.Date || p.Kind == factcheck.Ordinal || p.EndValue != nil {
		return
	}
	pi := sort.Search(k, func(m int) bool { return int(x.toks[m].s) >= p.Start })
	for pi < k && !x.tokIs(pi, tNum) {
		pi++ // past a currency symbol or a qualifier
	}
	if pi == k {
		return
	}
	n, ok := x.digits(pi)
	if !ok {
		return
	}
	raw := x.unscaled(pi, n)
	if raw <= 0 || c.num.value < raw/5 || c.num.value > raw*5 {
		return
	}
	c.num.value *= p.Value.Num / raw
	c.num.scaled = true
	c.unitKind, c.unit = p.Kind, p.Unit
}

// vagueSum makes a vague multiple of a million with no noun of its own a
// sum of money when a verb of money governs it in its clause: "costs them
// billions every year", "billions have been spent", "paid millions to",
// "generating billions for mobile companies", in the currency of unnamed
// sums (unnamedCurrency).
func (x *extractor) vagueSum(c *claimParts) {
	if c.unitKind != factcheck.Count || !c.num.vague || c.num.value < 1e6 || c.end != nil || x.eq(c.num.last, wOf) {
		return
	}
	spent := false
	for k := x.clauseStart(c.first, max(c.first-5, 0)); k < min(c.num.last+4, len(x.toks)) && !spent; k++ {
		if k >= c.num.last && x.tokIs(k, tPunct) {
			break
		}
		spent = (k < c.first || k >= c.num.last) && x.tokIs(k, tWord) && moneyVerb(x.spAt(k))
	}
	if !spent {
		return
	}
	c.unitKind, c.unit, c.subjectStart, c.subjectEnd = factcheck.Money, x.unnamedCurrency(), 0, 0
}

// unnamedCurrency returns the currency of a sum whose text names none:
// the story's (storyCurrency), else the pound in a text set in Britain,
// else the US dollar, the currency English news means by an unnamed sum.
func (x *extractor) unnamedCurrency() string {
	if u := x.storyCurrency(); u != "" {
		return u
	}
	if x.inCountry("GB") {
		return "GBP"
	}
	return "USD"
}

// sumInMoney gives the scaled figure c, of no unit or noun of its own, a
// currency when "in" and a noun of money follow it, an adjective between
// at most: "had 37.0 mln in assets", "over 50 mln in sales", "is seeking
// millions in damages", "produced millions in illegal profits", in the
// currency of unnamed sums (unnamedCurrency).
func (x *extractor) sumInMoney(c *claimParts) {
	if c.unitKind != factcheck.Count || !c.num.scaled && !c.num.vague || c.num.value < 1000 || c.end != nil || c.subjectEnd != 0 || !x.eq(c.last, wIn) {
		return
	}
	k := c.last + 1
	if x.tokIs(k, tWord) && x.tokIs(k+1, tWord) && x.toks[k].flags&fUpper == 0 && !x.toks[k].is(lexicon.Stop|lexicon.Determiner) && sumInNoun(x.lowerAt(k+1)) {
		k++ // "millions in illegal profits"
	}
	if !x.tokIs(k, tWord) || !sumInNoun(x.lowerAt(k)) {
		return
	}
	c.unitKind, c.unit = factcheck.Money, x.unnamedCurrency()
}

// sumInNoun reports whether the lower-case word w names money in the
// plural or in bulk, as "in" puts it after a sum: "in damages", "in
// assets", "in funding".
func sumInNoun(w string) bool {
	switch w {
	case "damages", "profits", "revenue", "revenues", "sales", "fines", "funding", "losses", "fees", "assets", "debt",
		"debts", "donations", "investment", "investments", "bonuses", "taxes", "grants", "subsidies", "savings",
		"aid", "bribes", "kickbacks", "compensation", "settlements", "loans", "deposits", "payments", "cash",
		"earnings", "spending", "cuts", "contracts", "royalties", "winnings", "costs", "refunds", "reserves",
		"wages", "salaries", "tuition", "rent", "incentives", "premiums", "dividends", "proceeds", "financing",
		"pledges", "contributions", "stimulus", "tariffs", "bail", "ransom", "overtime", "capital":
		return true
	}
	return false
}

// moneyVerb reports whether the word spelt sp is a verb whose object or
// subject is a sum: "cost", "spent", "donating", "worth".
func moneyVerb(sp spelling) bool {
	switch sp {
	case wCost, wCosts, wCosting, wSpend, wSpends, wSpent, wSpending, wPay, wPays, wPaid, wPaying, wDonate,
		wDonates, wDonated, wDonating, wEarn, wEarns, wEarned, wEarning, wGenerate, wGenerates, wGenerated,
		wGenerating, wInvest, wInvests, wInvested, wInvesting, wOwe, wOwes, wOwed, wOwing, wWorth, wRecover,
		wRecovered, wRecovering, wPouring, wPoured, wSquandered, wWasted:
		return true
	}
	return false
}

// bracketedChange gives the bare signed figure c in brackets right after a
// percentage the percentage's unit: a poll's or a table's change since the
// last reading, "Labour 41% (+2), the Conservatives 27% (−3)".
func (x *extractor) bracketedChange(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.end != nil || !x.signedInBrackets(c.num.first) {
		return
	}
	if p := x.lastClaim(); p != nil && p.Kind == factcheck.Percent && p.EndValue == nil {
		c.unitKind, c.unit, c.first = factcheck.Percent, p.Unit, c.num.first-1
	}
}

// signedInBrackets reports whether the figure at token i is signed and
// alone in brackets right after a percentage: "41% (+2)", "27% (−3)".
func (x *extractor) signedInBrackets(i int) bool {
	s := x.str(i - 1)
	if s != "+" && s != "-" && s != "\u2212" || x.mark(i-2) != '(' || x.mark(i+1) != ')' || x.toks[i].flags&fSpace != 0 {
		return false
	}
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Percent && strings.TrimSpace(x.text[p.End:x.toks[i-2].s]) == ""
}

// countedSums reports whether the figure c counts the sums its noun names,
// one by one, as the verb after the noun tells: "More than 2.6 million
// payments were triggered", "1.2 million loans have been approved"; not a
// sum of them ("a 10.59 billion net profit").
func (x *extractor) countedSums(c *claimParts) bool {
	if c.subjectStart != c.num.last || c.subjectEnd != c.subjectStart+1 {
		return false
	}
	switch x.lowerAt(c.subjectStart) {
	case "payments", "loans", "fines", "grants", "repayments", "withdrawals", "deposits", "orders", "transactions", "cheques", "checks":
	default:
		return false
	}
	switch x.lowerAt(c.subjectEnd) {
	case "were", "are", "was", "have", "had", "will", "went":
		return true
	}
	return false
}
