package group

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Indicators: the statistics that business news reports as percentages
// and revises from report to report: an economy's growth, inflation,
// unemployment, the central bank's interest rate, a currency's
// trade-weighted index; and those it reports as sums of money, an
// economy's exports, imports, balances of trade, of the current account
// and of the budget, its reserves and its foreign debt (sumIndicator),
// whose periods may be months. A percentage or a sum of one
// indicator, of one place and one period, is one fact whatever the words
// around it: growth "expected at 3.2% in 2004" and "the economy grew by an
// estimated 3.1% in 2004", the "0.4%" of the third quarter and the "0.5%
// in the previous quarter" it was revised to, base rates "on hold at
// 4.75%" and borrowing's "current 4.75% mark". Indicators of two places
// ("UK economy", "US economy") or two periods ("in 2004", "in 2005";
// "third quarter", "fourth quarter") are two facts.

// The indicators.
const (
	indicatorGrowth       = "growth"
	indicatorInflation    = "inflation"
	indicatorUnemployment = "unemployment"
	indicatorRate         = "interest rate"
	indicatorMoney        = "money supply"
	indicatorWages        = "wages"
	indicatorTradeIndex   = "trade-weighted index" // a currency's value against a basket, in percent of a base year's
	// what indicatorOf reads of a figure that is a share of an indicator
	// ("a deficit of 3% of GDP"), which is none
	shareOfIndicator = "share"
)

// indicatorWords name an indicator by one word.
var indicatorWords = map[string]string{
	"economy": indicatorGrowth, "gdp": indicatorGrowth, "gnp": indicatorGrowth, "inflation": indicatorInflation,
	"cpi": indicatorInflation, "rpi": indicatorInflation, "unemployment": indicatorUnemployment,
	"jobless": indicatorUnemployment, "m-3": indicatorMoney, "m3": indicatorMoney, "m-4": indicatorMoney, "m4": indicatorMoney,
	"m-1": indicatorMoney, "m1": indicatorMoney, "alp": indicatorMoney, "wage": indicatorWages, "wages": indicatorWages,
}

// rateWords, before "rate" or "rates", make it an interest rate: "base
// rates", "the interest rate", "the prime rate".
var rateWords = map[string]bool{"interest": true, "base": true, "prime": true, "discount": true, "lending": true, "repo": true, "funds": true,
	"money": true, "intervention": true, "lombard": true, "overnight": true, "interbank": true, "mortgage": true, "deposit": true}

// ownRates name, of the rateWords, the rates of their own that a story of
// rates tells apart: a central bank's discount or intervention rate, a
// bank's prime, the market's call money or overnight rate, a lender's
// mortgage rate. ("Interest", "base" and "lending" name the rate a story
// is of.)
var ownRates = map[string]string{
	"prime": "prime", "discount": "discount", "repo": "repo", "funds": "funds", "money": "money market", "intervention": "intervention",
	"lombard": "lombard", "overnight": "overnight", "interbank": "interbank", "mortgage": "mortgage", "deposit": "deposit",
}

// growthOwners, before "growth", make it an economy's: "his growth
// target", "economic growth", but not "sales growth".
var growthOwners = map[string]bool{
	"economic": true, "his": true, "her": true, "its": true, "their": true, "the": true, "annual": true,
	"quarterly": true, "gdp": true, "domestic": true, "strong": true, "slower": true, "faster": true,
}

// Spans, in words, within which indicatorOf reads its cues.
const (
	indicatorBefore = 8
	indicatorAfter  = 4
)

// An indicator read from the words around a percentage or a sum.
type indicator struct {
	name  string // one of the indicators, or a statistic sumIndicator names; "" for none
	place string // the name before its word ("uk" of "the UK economy"), or ""
	// the year it is of ("3.1% in 2004"), "last" or "this" for the year
	// before its article's or its article's (resolved by lastYears), or ""
	year   string
	period string // its quarter ("third"), or a sum's month ("february"), or ""
	// rate is an interest rate's own name, the word before "rate"
	// ("discount", "intervention", "call money"; see ownRates), or "":
	// a central bank's intervention rate is no market's call money rate
	rate string
}

// indicatorOf returns the indicator a percentage or a sum c reports: its
// word within indicatorBefore words before c or indicatorAfter after it,
// in c's clause; the zero indicator when none.
func indicatorOf(c *factcheck.Claim) indicator {
	if c.Kind != factcheck.Percent && c.Kind != factcheck.Money || c.EndValue != nil || c.Unit == "percentage point" {
		return indicator{} // "risen 1.25 percentage points": a change, no level
	}
	rawBefore, rawAfter, ok := clauseAround(c)
	if !ok {
		return indicator{}
	}
	before, after := lowered(rawBefore), lowered(rawAfter)
	var ind indicator
	// cue reads the k-th of ws (raw, as written) for an indicator's word,
	// and returns the indicator and its place
	cue := func(ws, raw []string, k int) (string, string) {
		if c.Kind == factcheck.Money {
			return sumIndicator(ws, raw, k)
		}
		w, prev, place := ws[k], "", ""
		if k > 0 {
			prev = ws[k-1]
			place = placeName(raw[k-1]) // "the UK economy", "Japan's inflation"
		}
		switch {
		case indicatorWords[w] != "" && (prev == "of" || k > 1 && ws[k-2] == "of" && !rateWords[prev]):
			return shareOfIndicator, "" // "11.0 pct of GNP", "six pct of world GNP": a share of it
		case indicatorWords[w] != "":
			return indicatorWords[w], place
		case w == "product" && (prev == "domestic" || prev == "national"),
			w == "growth" && prev == "product" && k > 1 && (ws[k-2] == "domestic" || ws[k-2] == "national"):
			// "growth in Swiss domestic product", "Gross Domestic Product
			// growth": the economy's, of the place named before it
			m := k - 1
			if w == "growth" {
				m--
			}
			if m > 0 && ws[m-1] == "gross" {
				m--
			}
			if m > 0 {
				return indicatorGrowth, placeName(raw[m-1])
			}
			return indicatorGrowth, ""
		case w == "growth" && (prev == "" || growthOwners[prev] || isYear(prev) || place != ""):
			// "economic growth", "1987 growth", "French growth"
			return indicatorGrowth, place
		case w == "prices" && prev == "consumer":
			return indicatorInflation, placeName(raw[max(k-2, 0)]) // "Spain's consumer prices rise 0.6 pct"
		case w == "index" && prev == "price" && k > 1 && ws[k-2] == "consumer":
			return indicatorInflation, placeName(raw[max(k-3, 0)]) // "Spain's consumer price index rose 0.6 pct"
		case w == "supply" && prev == "money":
			return indicatorMoney, "" // "money supply growth"
		case w == "trade-weighted" || w == "weighted" && prev == "trade":
			return indicatorTradeIndex, "" // "71.8 pct on its closing trade-weighted index", "72.1 pct of its trade weighted index"
		case (w == "rate" || w == "rates") && rateWords[prev]:
			ind.rate = ownRates[prev]
			if prev == "money" && k > 1 && ws[k-2] == "call" {
				ind.rate = "call money"
			}
			return indicatorRate, ""
		case w == "borrowing" && (prev == "of" || k+1 < len(ws) && ws[k+1] == "costs"):
			return indicatorRate, "" // "the cost of borrowing", "borrowing costs"
		}
		return "", ""
	}
	for d := 0; d < len(before) && d < indicatorBefore && ind.name == ""; d++ {
		k := len(before) - 1 - d
		ind.name, ind.place = cue(before, rawBefore, k)
	}
	for k := 0; k < len(after) && k < indicatorAfter && ind.name == ""; k++ {
		ind.name, ind.place = cue(after, rawAfter, k)
		if k == 0 && ind.name != "" && ind.place == "" && len(rawBefore) > 0 {
			ind.place = placeName(rawBefore[len(rawBefore)-1]) // "America's 5.4% jobless rate": the place before the figure
		}
	}
	if ind.name == "" || ind.name == shareOfIndicator || isChange(ind.name, before, after) {
		return indicator{}
	}
	ind.year, ind.period = periodOf(before, after)
	if ind.period == "" {
		ind.period = monthOf(before, after) // "a deficit of 1.2 billion in February", "rose 0.4 pct in February"
	}
	return ind
}

// The statistics sumIndicator names by more than one word.
const (
	statisticTrade   = "trade balance"
	statisticBudget  = "budget balance"
	statisticCurrent = "current account"
	statisticDebt    = "foreign debt"
)

// statisticOf returns the statistic an indicator's name names, without
// the word that qualifies it or the partner of a balance: "exports" of
// "oil exports", "trade balance" of "trade balance with us".
func statisticOf(name string) string {
	name, _, _ = strings.Cut(name, " with ")
	if k := strings.IndexByte(name, ' '); k >= 0 && sumWords[name[k+1:]] {
		return name[k+1:]
	}
	for _, s := range [...]string{statisticTrade, statisticBudget, statisticCurrent, statisticDebt} {
		if strings.HasSuffix(name, " "+s) {
			return s
		}
	}
	return name
}

// sumWords name, by one word, a statistic of an economy that news states
// as a sum of money.
var sumWords = map[string]bool{"exports": true, "imports": true, "reserves": true}

// reserveUnits, before "reserves", name the unit some of a country's
// reserves are held in: "ECU reserves", "SDR reserves".
var reserveUnits = map[string]bool{"ecu": true, "ecus": true, "sdr": true, "sdrs": true}

// balanceWords, after "trade", "budget" or "current account", name a
// balance: "trade surplus", "budget deficit", "current account deficit".
var balanceWords = map[string]bool{"surplus": true, "deficit": true, "shortfall": true, "balance": true, "gap": true}

// plainWords, before a statistic's word, do not qualify it: "total
// exports" are the exports.
var plainWords = map[string]bool{"the": true, "its": true, "their": true, "total": true, "overall": true, "a": true, "an": true,
	"and": true, "of": true, "in": true, "with": true, "while": true, "but": true, "as": true, "that": true, "were": true, "was": true,
	"international": true, "foreign": true, "exchange": true, "currency": true, "official": true, "monetary": true}

// sumIndicator returns the statistic the k-th of words ws (raw: as
// written) names for a sum of money near it, and its place: "Peru's
// exports", "a 16 mln dlr trade deficit", "the current account
// deficit", "foreign debt"; a word before it in lower case qualifies it
// ("oil exports", "net reserves"). Exports "to" or "from" a place are
// part of them, no statistic.
func sumIndicator(ws, raw []string, k int) (string, string) {
	w, prev := ws[k], ""
	if k > 0 {
		prev = ws[k-1]
	}
	if k+1 < len(ws) && (ws[k+1] == "to" || ws[k+1] == "from") {
		return "", ""
	}
	partner := ""
	if k+3 < len(ws) && ws[k+1] == "with" {
		// "its trade surplus with the U.S.": the balance with one partner
		m := k + 2
		if ws[m] == "the" {
			m++
		}
		if p := placeName(raw[m]); p != "" {
			partner = " with " + p
		}
	}
	name := ""
	switch {
	case sumWords[w]:
		name = w
	case balanceWords[w] && prev == "trade":
		name, k = statisticTrade+partner, k-1 // a surplus one side states is the other's deficit
	case balanceWords[w] && prev == "budget":
		name, k = statisticBudget, k-1
	case balanceWords[w] && prev == "account" && k > 1 && ws[k-2] == "current":
		name, k = statisticCurrent, k-2
	case w == "debt" && (prev == "foreign" || prev == "external"):
		name, k = statisticDebt, k-1
	default:
		return "", ""
	}
	if k == 0 {
		return name, ""
	}
	switch q := ws[k-1]; {
	case plainWords[q]:
		// "total exports"
	case reserveUnits[q]:
		name = q + " " + name // "ECU reserves", "SDR reserves": reserves held in one unit, no place
	case k == 1 && !strings.HasSuffix(q, "'s") && !upperWord(raw[0]):
		name = q + " " + name // "Net reserves": a sentence's first word, in capitals, no name but a possessive
	case q != raw[k-1] && k >= 2 && placeNames[ws[k-2]] != "":
		return name, placeNames[ws[k-2]] // "the U.S. Merchandise trade deficit": a wire capitalises after "U.S."
	case q != raw[k-1]:
		return name, placeName(raw[k-1]) // "Peru's exports"
	case !isYear(q) && !strings.HasSuffix(q, "'s") && strings.Trim(q, "0123456789.,") != "":
		name = q + " " + name // "oil exports", "net reserves"
	}
	return name, ""
}

// lastYears gives the indicators said of "last year" or "this year" the
// year before their article's date or its year, when it has one.
func (g *grouper) lastYears() {
	for i := range g.feats {
		ind := &g.feats[i].ind
		if ind.year != "last" && ind.year != "this" {
			continue
		}
		switch y := g.dated[g.claims[i].Doc].Y; {
		case y == 0:
			// kept as said: two articles of a story that give no year
			// are of one year
		case ind.year == "last":
			ind.year = strconv.Itoa(y - 1)
		default:
			ind.year = strconv.Itoa(y)
		}
	}
}

// monthOf returns the month, in lower case, a sum of a statistic is of:
// named just after it ("a deficit of 1.2 billion in February") or just
// before it ("February's deficit of"); else "".
func monthOf(before, after []string) string {
	for k := 0; k < len(after) && k < 3; k++ {
		if isMonth(after[k]) && (k == 0 || after[k-1] == "in" || after[k-1] == "for") {
			return strings.TrimSuffix(after[k], "'s")
		}
	}
	for d := 0; d < len(before) && d < 4; d++ {
		if w := before[len(before)-1-d]; strings.HasSuffix(w, "'s") && isMonth(strings.TrimSuffix(w, "'s")) {
			return strings.TrimSuffix(w, "'s")
		}
	}
	return ""
}

// changeWords, just after a figure, make it a change of an indicator, not
// its level: "a quarter point rise in interest rates", "knocked 0.2% off
// the growth rate".
var changeWords = map[string]bool{
	"off": true, "rise": true, "rises": true, "cut": true, "cuts": true, "increase": true, "increases": true,
	"hike": true, "fall": true, "drop": true, "point": true, "points": true, "reduction": true,
}

// isChange reports whether the figure between before and after changes
// the indicator named rather than states it: a change word after it, or
// "by" before it (the economy "grew by 3.1%" states growth, whose level is
// a change; rates "rose by a quarter point" change).
func isChange(name string, before, after []string) bool {
	if len(after) > 0 && changeWords[after[0]] {
		return true
	}
	return name != indicatorGrowth && len(before) > 0 && before[len(before)-1] == "by"
}

// periodOf returns the year and the quarter the words around a figure
// give it: the first year after it within indicatorAfter words, else the
// nearest before it, but a year "since" or "until"; "third" of "the third quarter" on either side.
func periodOf(before, after []string) (year, quarter string) {
	for k := 0; k < len(after) && k < indicatorAfter+2; k++ {
		if isYear(after[k]) && (k == 0 || !sinceWords[after[k-1]]) {
			year = after[k]
			break
		}
		if w := after[k]; w != "" && w[0] >= '0' && w[0] <= '9' {
			break // "2.53 billion dlrs against 1.81 billion dlrs in 1985": the next figure's year
		}
		if k < 2 && k+1 < len(after) && (after[k] == "last" || after[k] == "this") && after[k+1] == "year" {
			year = after[k] // "2.51 billion dlrs last year": resolved by lastYears
			break
		}
	}
	if n := len(before); year == "" && n >= 2 && n <= indicatorBefore && (before[0] == "last" || before[0] == "this") && strings.HasPrefix(before[1], "year") {
		year = before[0] // "Last year's imports were 2.53 billion dlrs"
	}
	for d := 0; d < len(before) && d < indicatorBefore && year == ""; d++ {
		if k := len(before) - 1 - d; isYear(before[k]) && (k == 0 || !sinceWords[before[k-1]]) {
			year = before[k]
		}
	}
	// the quarter named nearest the figure: the first after it and before
	// the next figure ("3.7% in the third quarter, ... the second
	// quarter"), else the last before; or the one before that when the
	// figure is said of the previous quarter ("0.8 pct in the
	// October/December quarter after a revised 0.7 pct increase the
	// previous three months")
	previous := false
	for k := 0; k < len(after) && quarter == "" && !previous; k++ {
		if w := after[k]; w != "" && w[0] >= '0' && w[0] <= '9' {
			break // "206.0 mln dlrs from ... and 220.3 mln in the second quarter": the next figure's quarter
		}
		quarter = quarterAt(after[k:])
		if quarter == "" && k > 0 && after[k-1] == "the" && quarters[after[k]] && (k+1 == len(after) || elisionEnds[after[k+1]]) {
			quarter = after[k] // "16.6 mln bpd for the third quarter and 18.3 mln for the fourth as agreed"
		}
		previous = previousQuarterAt(after[k:]) && (k == 0 || after[k-1] != "from" && after[k-1] != "over" && after[k-1] != "on" && after[k-1] != "than")
	}
	for k := len(before) - 1; k >= 0 && quarter == ""; k-- {
		quarter = quarterAt(before[k:])
	}
	if previous {
		quarter = quarterBefore[quarter]
	}
	return year, quarter
}

// quarterBefore maps a quarter to the one before it.
var quarterBefore = map[string]string{"first": "fourth", "second": "first", "third": "second", "fourth": "third"}

// previousQuarterAt reports whether words ws, from their first on, name
// the quarter before another: "previous quarter", "preceding three
// months".
func previousQuarterAt(ws []string) bool {
	if len(ws) < 2 || ws[0] != "previous" && ws[0] != "preceding" && ws[0] != "prior" {
		return false
	}
	return ws[1] == "quarter" || len(ws) > 2 && ws[1] == "three" && ws[2] == "months"
}

// quarterAt returns the quarter words ws name from their first on: "third
// quarter", "three months to September", "October/December"; or the half
// of a year, "first half", "July-December"; else "".
func quarterAt(ws []string) string {
	if len(ws) > 1 && ws[1] == "quarter" && quarters[ws[0]] {
		return ws[0]
	}
	if len(ws) > 1 && ws[1] == "half" && (ws[0] == "first" || ws[0] == "second") {
		return ws[0] + " half" // "a production ceiling for first half 1987"
	}
	if len(ws) > 0 {
		if q := monthPairQuarter(ws[0]); q != "" {
			return q
		}
	}
	return monthsQuarter(ws)
}

// quarterStarts maps the months that open a quarter to the quarter.
var quarterStarts = map[int]string{1: "first", 4: "second", 7: "third", 10: "fourth"}

// monthPairQuarter returns the quarter that w names by its first and last
// months, "October/December", "jan-march", or the half, "July-December";
// else "".
func monthPairQuarter(w string) string {
	a, b, ok := strings.Cut(w, "/")
	if !ok {
		a, b, ok = strings.Cut(w, "-")
	}
	if !ok {
		return ""
	}
	ma, mb := monthNumber(a), monthNumber(b)
	if q := quarterStarts[ma]; q != "" && mb == ma+2 {
		return q
	}
	if (ma == 1 || ma == 7) && mb == ma+5 {
		return halves[ma] // "a July-December output ceiling"
	}
	return ""
}

// elisionEnds are the words that may follow an ordinal whose noun is
// left unsaid: "for the fourth as provisionally agreed", "in the fourth,
// and".
var elisionEnds = map[string]bool{"as": true, "and": true, "but": true, "when": true, "while": true, "after": true, "from": true}

// halves maps the months that open a half of a year to its name.
var halves = map[int]string{1: "first half", 7: "second half"}

// monthNumber returns the month, 1 to 12, that w names, else 0.
func monthNumber(w string) int {
	id := lexicon.Lookup(w)
	if id == 0 || lexicon.At(id).Cat&lexicon.Month == 0 {
		return 0
	}
	return lexicon.At(id).Month
}

// placeName returns the place word w, as written, names, in lower case
// ("UK", "Japan's": "uk", "japan"; "America's": "us", see placeNames), or
// "" when w is no name.
func placeName(w string) string {
	p := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'S")
	if !isName(p) && !upperWord(p) || strings.ContainsFunc(p, unicode.IsLower) && strings.Contains(p, "-") && !hyphenedName(p) {
		return "" // but not "Year-on-year"
	}
	p = strings.ToLower(p)
	if indicatorWords[p] != "" {
		return "" // "1987 GNP growth": what grew, not where
	}
	return cmp.Or(placeNames[p], nationName(p)) // "Italian consumer prices" and "Italy's": one place
}

// hyphenedName reports whether each part of the hyphened word w is
// capitalised: "Guinea-Bissau", not "Year-on-year".
func hyphenedName(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if part == "" || part[0] < 'A' || part[0] > 'Z' {
			return false
		}
	}
	return true
}

// placeNames gives the place a few names stand for: "America's jobless
// rate" is the US's.
var placeNames = map[string]string{"america": "us", "american": "us", "u.s.": "us", "u.s": "us", "britain": "uk", "british": "uk", "u.k.": "uk", "u.k": "uk"}

// figureEnd returns where the figure of a percentage's text ends, its
// unit with it, when words follow it in the text ("5.4% jobless rate": 4),
// else 0.
func figureEnd(text string) int {
	if k := strings.IndexByte(text, '%'); k >= 0 && k+1 < len(text) {
		return k + 1
	}
	for _, u := range []string{" pct", " percent", " per cent"} {
		if k := strings.Index(text, u); k >= 0 && k+len(u) < len(text) {
			return k + len(u)
		}
	}
	return 0
}

// quarterEnds maps the months that end a quarter to the quarter.
var quarterEnds = map[string]string{"march": "first", "june": "second", "september": "third", "december": "fourth"}

// monthsQuarter returns the quarter that words ws, from "three months" on,
// name by its months: "three months to September", "the three months
// between July and September" are the third; else "".
func monthsQuarter(ws []string) string {
	if len(ws) < 2 || ws[0] != "three" || ws[1] != "months" {
		return ""
	}
	for k := 2; k < len(ws) && k < 7; k++ {
		if q := quarterEnds[ws[k]]; q != "" && (ws[k-1] == "to" || ws[k-1] == "and" || ws[k-1] == "through" || ws[k-1] == "ending" || ws[k-1] == "ended") {
			return q
		}
	}
	return ""
}

// sinceWords, before a year, make it a bound of another time than the
// figure's: "its lowest level since 2001".
var sinceWords = map[string]bool{"since": true, "from": true, "until": true, "before": true, "after": true}

// quarters are the ordinals that name a quarter of a year.
var quarters = map[string]bool{"first": true, "second": true, "third": true, "fourth": true}

// isYear reports whether w is a year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// clauseAround returns the words, as written, of claim c's clause before
// its figure and after it (clauseFields), a percentage's own words after
// its figure among those after ("America's 5.4% jobless rate"); ok is
// false when c's offsets do not fall in its sentence.
func clauseAround(c *factcheck.Claim) (before, after []string, ok bool) {
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return nil, nil, false
	}
	if k := figureEnd(c.Text); k > 0 {
		end = rel + k
	}
	before = clauseFields(c.Sentence[max(0, rel-200):rel], true)
	after = clauseFields(c.Sentence[end:min(len(c.Sentence), end+200)], false)
	return before, after, true
}

// quarterOf returns the quarter of a year that claim c's clause names
// nearest its figure (periodOf), or "": "Third quarter net fell to 206.0
// mln dlrs from ... and 220.3 mln in the second quarter" dates the first
// figure to the third, the last to the second.
func quarterOf(c *factcheck.Claim) string {
	before, after, ok := clauseAround(c)
	if !ok {
		return ""
	}
	_, quarter := periodOf(lowered(before), lowered(after))
	return quarter
}

// clauseFields returns the words of s, as written and their punctuation
// trimmed, within the clause of a figure: those after the last ";" of the
// text before it (before), or up to the first ";" of the text after it.
func clauseFields(s string, before bool) []string {
	if before {
		if k := strings.LastIndexByte(s, ';'); k >= 0 {
			s = s[k+1:]
		}
	} else if k := strings.IndexByte(s, ';'); k >= 0 {
		s = s[:k]
	}
	fs := strings.Fields(s)
	for k, f := range fs {
		fs[k] = trimPunct(f)
	}
	return fs
}

// lowered returns the words ws in lower case.
func lowered(ws []string) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = strings.ToLower(w)
	}
	return out
}

// namesBesides returns the names ns (sentenceNames) but an indicator's
// ("GDP"), which says what a figure is, not whose.
func namesBesides(ns []string) []string {
	var out []string
	for _, n := range ns {
		if indicatorWords[n] == "" {
			out = append(out, n)
		}
	}
	return out
}

// namesIndicator reports whether the phrase a measure's key measures
// ("growth target" of "...|measure|growth target|2004") names an
// indicator.
func namesIndicator(key string) bool {
	_, phrase, _ := strings.Cut(key, "|measure|")
	for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return r == ' ' || r == '|' }) {
		if indicatorWords[w] != "" || w == "growth" || w == "rate" || w == "rates" {
			return true
		}
	}
	return false
}

// indicatorsClash reports whether claims i and j state two indicators, or
// one of two named places or of two periods: inflation's "2.3%" is no
// report of growth's, whatever else their sentences share.
func (g *grouper) indicatorsClash(i, j int) bool {
	return indicatorsClash(g.feats[i].ind, g.feats[j].ind)
}

// indicatorsClash reports whether two indicators, both named, differ, a
// place said by one only being the other's too; the word that qualifies a
// statistic is read by linkIndicators only ("its bilateral trade surplus"
// is another report's "trade deficit with Seoul").
func indicatorsClash(a, b indicator) bool {
	if a.name == "" || b.name == "" {
		return false
	}
	a.name, b.name = statisticOf(a.name), statisticOf(b.name)
	a.place, b.place = cmp.Or(a.place, b.place), cmp.Or(b.place, a.place)
	return indicatorsDiffer(a, b)
}

// indicatorsDiffer reports whether two indicators, both named, are of two
// places (one unsaid is another: "the US economy" in a British story) or
// of two periods (one unsaid is either).
func indicatorsDiffer(a, b indicator) bool {
	// a year said "last year" in an article of no known year is compared
	// only with another so said
	relative := func(x string) bool { return x == "last" || x == "this" }
	differ := func(x, y string) bool { return x != "" && y != "" && x != y && relative(x) == relative(y) }
	return a.name != b.name || a.place != b.place || differ(a.year, b.year) || differ(a.period, b.period) || differ(a.rate, b.rate)
}

// levelIndicators are the indicators that state a level at a time, not a
// change over a period: the unemployment rate "stayed at 5.4%" and "fell to
// 5.2%" a month on is one running figure, where a quarter's growth is the
// quarter's.
var levelIndicators = map[string]bool{indicatorUnemployment: true, indicatorRate: true, indicatorTradeIndex: true}

// linkIndicators joins the percentages of one indicator, place and period
// in two articles of a story, or in related articles when both name the
// place, or in one article: those of one value, and those whose values
// lie within maxMove of each other when neither is foreseen and the
// figure joined has one value at a time (a revision). No group joined
// holds two places or two periods of its indicators. A percentage with a
// concept of its own ("a 275 pct pay increase") is not an indicator's.
func (g *grouper) linkIndicators() {
	of := map[int]indicator{}
	byName := map[string][]int{}
	for i := range g.claims {
		if f := g.feats[i]; f.key != "" && (f.concept != "measure" || !namesIndicator(f.key)) || g.converted[i] {
			continue // "a 275 pct pay increase", but "his growth target of 3.1%"
		}
		ind := g.feats[i].ind
		if ind.name == "" {
			ind = g.feats[i].series
		}
		if ind.name != "" {
			of[i] = ind
			k := ind.name + "|" + g.claims[i].Unit
			byName[k] = append(byName[k], i)
		}
	}
	// an indicator whose place goes unsaid is of the one place the batch
	// names for it, if its own article names it too: "the economy grew
	// 3.7%" in a story of "the US economy" (but "GDP is expected at 3.2%"
	// in London is no US figure)
	places := map[string]map[string]bool{}
	for _, ind := range of {
		if ind.place != "" {
			if places[ind.name] == nil {
				places[ind.name] = map[string]bool{}
			}
			places[ind.name][ind.place] = true
		}
	}
	for i, ind := range of {
		if ps := places[ind.name]; ind.place == "" && len(ps) == 1 {
			for p := range ps {
				if slices.Contains(g.names[g.claims[i].Doc], p) {
					ind.place = p
					of[i] = ind
				}
			}
		}
	}
	// agree reports whether the groups of i and j, joined, would hold one
	// place and one period of each indicator
	agree := func(i, j int) bool {
		ri, rj := g.find(i), g.find(j)
		if g.size[ri]*g.size[rj] > maxAgreeChecks {
			return false
		}
		for a := ri; ; {
			if ia, ok := of[a]; ok {
				for b := rj; ; {
					if ib, ok := of[b]; ok && ia.name == ib.name && indicatorsDiffer(ia, ib) {
						return false
					}
					if b = g.next[b]; b == rj {
						break
					}
				}
			}
			if a = g.next[a]; a == ri {
				return true
			}
		}
	}
	var pairs []weighedPair
	eachPair(byName, func(i, j int) {
		ci, cj := &g.claims[i], &g.claims[j]
		placed := of[i].place != "" && of[j].place != ""
		if indicatorsDiffer(of[i], of[j]) || g.story[ci.Doc] != g.story[cj.Doc] && !(placed && g.related(ci.Doc, cj.Doc)) ||
			ci.Doc != cj.Doc && !placed && namesDisjoint(namesBesides(g.sentenceNamesOf(i)), namesBesides(g.sentenceNamesOf(j))) {
			return
		}
		if ci.Value == cj.Value {
			if g.find(i) != g.find(j) && agree(i, j) {
				g.union(i, j)
			}
			return
		}
		lo, hi := min(ci.Value.Num, cj.Value.Num), max(ci.Value.Num, cj.Value.Num)
		dated := of[i].year != "" && of[i].year == of[j].year || of[i].period != "" && of[i].period == of[j].period
		level := of[i].year == "" && of[j].year == "" && of[i].period == "" && of[j].period == "" && levelIndicators[of[i].name]
		if ci.Doc != cj.Doc && (dated || level) && lo > 0 && hi <= lo*maxMove && !foreseen(ci) && !foreseen(cj) {
			pairs = append(pairs, weighedPair{i, j, lo / hi}) // the nearest first
		}
	})
	// a series' change is of its month, whatever day its report reads
	// it: its revisions are one figure (agree keeps its months apart)
	g.joinBest(pairs, func(i, j int) bool { return agree(i, j) && (g.feats[i].series.name != "" || g.oneValueAtATime(i, j)) })
}
