package group

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Markets' readings: a currency's price in another and an index's level,
// which a market story gives again and again as they move ("Sterling
// opened at 1.6213/23 dlrs", "sterling ... closed at 1.6175/85 dlrs" the
// next day; "the index rose 151.36 to a record high of 22,178.02", "The
// market today fell 60.91 points to 21,566.66"). Each reading of one
// currency in another, or of one story's index, is a reading of one
// running figure, whatever its value: a checker compares the newest with
// the rest. The dollar in yen and the dollar in marks are two figures, and
// so are sterling in dollars and the dollar in marks.

// rateReach is how many words before a rate's figure subjectCurrency
// reads for the currency it prices.
const rateReach = 14

// maxRateMove bounds how far apart two readings of one rate in one story
// lie: a currency moves by some per cent over a story's days, not by half.
const maxRateMove = 1.15

// baseWords name, in lower case, the currencies whose rates markets quote
// and that wire copy names without a word of money before them ("the
// mark", "the yen"), with their ISO 4217 codes; other currencies are
// read from the lexicon ("sterling", "the dollar", "the lira").
var baseWords = map[string]string{"mark": "DEM", "marks": "DEM", "mark's": "DEM", "dollar's": "USD", "sterling's": "GBP", "yen's": "JPY"}

// maxQuoteSpread bounds a dealer's quote of a rate, its selling price over
// its buying one ("1.6040/50 dlrs"): a range wider is a forecast's.
const maxQuoteSpread = 1.005

// clauseJoins open another clause: a currency named before one is not
// the one a figure after it prices.
var clauseJoins = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "which": true}

// rateLike reports whether the sum c may be a rate of exchange: below
// 10,000 with no scale, no bound ("below 150 yen", a threshold) and no
// range wider than a dealer's quote ("147 to 150 yen", a forecast's).
func rateLike(c *factcheck.Claim) bool {
	if c.Kind != factcheck.Money || len(c.Unit) != 3 || c.Value.Num <= 0 || c.Value.Num >= 1e4 ||
		(c.Qualifier == factcheck.LowerBound || c.Qualifier == factcheck.UpperBound) && !boundReached(c) || c.EndValue != nil && c.EndValue.Num > c.Value.Num*maxQuoteSpread {
		return false
	}
	for _, w := range words(c.Text) {
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&lexicon.Scale != 0 {
			return false // "4.9 billion dlrs": a sum, no price
		}
	}
	return true
}

// boundReached reports whether the bound c is a rate's reading that a
// market's move reached, a verb of the move or the low or high it set just
// before it: "The dollar fell below 139 yen", "plunged to a post-war low
// below 140 yen" (but "could fall below 150 yen" and "a floor of 150 yen"
// are thresholds).
func boundReached(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 30)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "fell", "slipped", "dropped", "plunged", "sank", "tumbled", "dipped", "rose", "climbed", "jumped", "soared", "low", "high":
		return len(ws) < 2 || ws[len(ws)-2] != "could" && ws[len(ws)-2] != "would" && ws[len(ws)-2] != "may" && ws[len(ws)-2] != "might"
	}
	return false
}

// subjectCurrency returns the ISO code of the currency that a rate in
// unit prices as the subject of its clause names it: the nearest currency
// other than unit in the rateReach words before the figure (before, in
// lower case), but for one just after a figure or "against" (the price's
// side: "at 2.9210/45 marks and", "ended against the dollar at"), and
// none past an "and" or a "but" that opens another clause ("an upswing in
// sterling versus the dollar and values fell back to 4,100 stg"):
// "Sterling opened at 1.6213/23 dlrs" prices GBP in dollars, "The pound
// ended against the dollar at 1.6175/85 and edged up to 2.957 marks" GBP
// in marks. It returns "" for none ("It closed at 145.25 yen": see
// itBefore).
func subjectCurrency(unit string, before []string) string {
	for d := 0; d < len(before) && d < rateReach; d++ {
		k := len(before) - 1 - d
		w := before[k]
		if joinsClause(before, k) {
			break
		}
		if k > 0 && (startsFigure(before[k-1]) || counterWord(before[k-1]) || k > 1 && counterWord(before[k-2])) {
			continue
		}
		code := baseWords[w]
		if code == "DEM" && (k == 0 || before[k-1] != "the" && before[k-1] != "german") {
			code = "" // "Mark IV Industries": the mark is "the mark"
		}
		if code == "" {
			code = currencyCode(w)
		}
		if code != "" && code != unit {
			return code
		}
	}
	return ""
}

// joinsClause reports whether the k-th of words ws (in lower case) is an
// "and" or a "but" that opens another clause: not one before a figure of
// a list, nor before a verb the clause's subject goes on with.
func joinsClause(ws []string, k int) bool {
	return clauseJoins[ws[k]] && k+1 < len(ws) && !startsFigure(ws[k+1]) && !verbAfterJoin(ws[k+1])
}

// counterWord reports whether w, before a currency, makes it the one a
// rate is priced against: "against the dollar", "versus the mark" (see
// exchangeRate).
func counterWord(w string) bool { return exchangeWords[w] && w != "to" && w != "per" }

// verbAfterJoin reports whether w, in lower case, after "and" or "but", is
// a verb the clause's subject goes on with: "The pound ended unchanged
// against the dollar at 1.6175/85 and edged up to 2.957 marks".
func verbAfterJoin(w string) bool {
	switch w {
	case "rose", "fell", "stood", "held", "hit", "was", "is", "slipped", "rallied", "recovered", "traded", "then":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// indexLevel reports whether claim c is the level of a market's index: a
// figure in points of 100 or more, after a word of its level (levelWords:
// "fell 60.91 points to 21,566.66", "closed ... at 22,919.54"; or "of": "a
// record high of 22,178.02");
// it reports whether c is a figure with decimals and no unit after such a
// word and "it" ("It ended at 24,902.72"), the level of the index the
// sentence before names, if one does.
func indexLevel(c *factcheck.Claim) (level, it bool) {
	if c.EndValue != nil || c.Value.Num < 100 || c.Qualifier != factcheck.Exact {
		return false, false
	}
	before := wordsBefore(c, 80)
	if len(before) == 0 || !levelWords[before[len(before)-1]] && before[len(before)-1] != "of" {
		return false, false
	}
	if c.Kind == factcheck.Measure && c.Unit == "point" {
		return true, false
	}
	if c.Kind != factcheck.Count || !strings.Contains(c.Text, ".") {
		return false, false
	}
	return false, itBefore(before)
}

// itBefore reports whether "it" stands within rateReach of the end of
// words ws (in lower case), in their clause: "It ended at", "It closed at
// 145.25 yen": a market or a currency the sentence before names.
func itBefore(ws []string) bool {
	for d := 0; d < len(ws) && d < rateReach; d++ {
		k := len(ws) - 1 - d
		if joinsClause(ws, k) {
			return false
		}
		if ws[k] == "it" {
			return true
		}
	}
	return false
}

// startsFigure reports whether word w opens a figure: "1", "6040" of
// "1.6040/50" (words part a figure at its stops), a list's next after
// "and" ("2.9210/45 marks and 1.6040/50 dlrs").
func startsFigure(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// roughReading reports whether the figure c, said "around" its value, is
// a market's reading all the same, a trade or a level where the rate
// stood: "bought dollars at around 145.95 yen", "for around 139.80 yen",
// "Today it stands around 1.79 marks" (but "sterling levels of around
// 2.90 marks" a minister names).
func roughReading(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 40)
	if len(ws) == 0 || foreseen(c) {
		return false // "the dollar may return to around 152 yen"
	}
	switch ws[len(ws)-1] {
	case "at", "for", "and", "stands", "stood", "stand", "is", "was", "near":
		return true
	}
	return false
}

// linkRates joins the readings of one rate of exchange (the currency its
// clause's subject names, subjectCurrency, and the currency it is priced
// in) in the articles of one story: each joins the first group of readings whose values it lies
// within maxRateMove of. A reading whose clause names no currency takes
// the rate of the one before it in its sentence, of its currency ("The
// dollar opened at 1.8195/8205 marks after yesterday's close in Europe of
// 1.8245/55"), or in the sentence before, after "it" ("It closed at
// 145.25 yen in Tokyo"). A level someone names, "around" a figure, is no
// market's reading (a minister's "sterling levels of around 2.90 marks
// and 1.60 dlrs"; but roughReading): it and the claims its value is
// joined to stay apart.
func (g *grouper) linkRates() {
	// the groups that hold a figure said to be "around" or "about" its
	// value: a level someone names (no group linkRates joins holds one)
	named := map[int]bool{}
	for i := range g.claims {
		if c := &g.claims[i]; c.Qualifier == factcheck.Approx && !roughReading(c) {
			named[g.find(i)] = true
		}
	}
	byRate := map[string][]int{}
	last := -1 // the rate before, in its article
	lastPair := ""
	lastLevel := -1 // the index's level before, in its article
	for i := range g.claims {
		c := &g.claims[i]
		if last >= 0 && g.claims[last].Doc != c.Doc {
			last = -1
		}
		if lastLevel >= 0 && g.claims[lastLevel].Doc != c.Doc {
			lastLevel = -1
		}
		if level, it := indexLevel(c); level || it && lastLevel >= 0 {
			// an index's level: "the market index fell 427.48 points to
			// 22,789.11", then "It ended at 24,902.72"; but not a
			// statistic's index of a month ("the producers' shipment index
			// (base 1980) for January was revised upward to 117.7"), each
			// month's a figure of its own
			if !named[g.find(i)] && g.period[i] == "" && !strings.Contains(c.Sentence, "base") {
				lastLevel = i
				k := "index|" + strconv.Itoa(g.story[c.Doc])
				byRate[k] = append(byRate[k], i)
			}
			continue
		}
		if !rateLike(c) || g.converted[i] {
			continue
		}
		before := wordsBefore(c, 200)
		pair := subjectCurrency(c.Unit, before)
		ok := pair != ""
		if !ok && last >= 0 {
			if p := &g.claims[last]; p.SentenceStart == c.SentenceStart && p.Unit == c.Unit || lastPair != c.Unit && itBefore(before) {
				pair, ok = lastPair, true
			}
		}
		if !ok || named[g.find(i)] {
			continue
		}
		last, lastPair = i, pair
		if g.readings == nil {
			g.readings = map[int]bool{}
		}
		g.readings[i] = true
		k := pair + "|" + c.Unit + "|" + strconv.Itoa(g.story[c.Doc])
		byRate[k] = append(byRate[k], i)
	}
	value := func(m int) float64 { return g.claims[m].Value.Num }
	for _, k := range inOrder(byRate) {
		g.joinSpans(byRate[k], value, func(v float64, sp valueSpan) bool { return v*maxRateMove >= sp.hi && v <= sp.lo*maxRateMove })
	}
}
