package group

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Rates of exchange: a currency's price in another, which a market story
// gives again and again as it moves ("Sterling opened at 1.6213/23 dlrs",
// "sterling ... closed at 1.6175/85 dlrs" the next day). Each reading of
// one currency in another, in one story, is a reading of one running
// figure, whatever its value: a checker compares the newest with the
// rest. The dollar in yen and the dollar in marks are two figures, and so
// are sterling in dollars and the dollar in marks.

// rateReach is how many words before a rate's figure exchangeBase reads
// for the currency it prices.
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

// counterWords, before a currency (or before "the" and a currency), name
// the currency a rate is priced in, not the one it prices: "the pound
// ended against the dollar at 1.6175/85".
var counterWords = map[string]bool{"against": true, "versus": true, "vs": true}

// clauseJoins open another clause: a currency named before one is not
// the one a figure after it prices.
var clauseJoins = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "which": true}

// exchangeBase returns the ISO code of the currency that the sum of money
// c prices, when c is a rate of exchange: a figure below 10,000 with no
// scale, no bound, and no range wider than a dealer's quote, and a currency
// other than c's own named in the rateReach words before it in its
// clause, no "and" or "but" that opens another between, nor a figure or
// "against" just before it, the nearest
// ("Sterling opened at 1.6213/23 dlrs" GBP; "the dollar rose against the yen to 145.25 yen" USD). It
// returns "" for any other claim, and ok false for a rate whose clause
// names no such currency, so that the one before it may tell (see
// linkRates).
func exchangeBase(c *factcheck.Claim) (base string, pronoun, ok bool) {
	if c.Kind != factcheck.Money || len(c.Unit) != 3 || c.Value.Num <= 0 || c.Value.Num >= 1e4 ||
		c.Qualifier == factcheck.LowerBound || c.Qualifier == factcheck.UpperBound || c.EndValue != nil && c.EndValue.Num > c.Value.Num*maxQuoteSpread {
		return "", false, false // "below 150 yen", "147 to 150 yen": a threshold, a forecast's range
	}
	for _, w := range words(c.Text) {
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&lexicon.Scale != 0 {
			return "", false, false // "4.9 billion dlrs": a sum, no price
		}
	}
	before, _, found := clauseAround(c)
	if !found {
		return "", false, false
	}
	for d := 0; d < len(before) && d < rateReach; d++ {
		w := strings.ToLower(before[len(before)-1-d])
		if k := len(before) - d; clauseJoins[w] && k < len(before) && !startsFigure(before[k]) && !verbAfterJoin(strings.ToLower(before[k])) {
			break // "an upswing in sterling versus the dollar and values fell back to 4,100 stg": another clause's currency
		}
		pronoun = pronoun || w == "it"
		if k := len(before) - 1 - d; k > 0 && (startsFigure(before[k-1]) || counterWords[strings.ToLower(before[k-1])] || k > 1 && counterWords[strings.ToLower(before[k-2])]) {
			continue // "at 2.9210/45 marks and ...", "against the dollar": another figure's currency, the price's side
		}
		code := baseWords[w]
		if code == "" {
			if id := lexicon.Lookup(w); id != 0 {
				if e := lexicon.At(id); e.Cat&lexicon.Currency != 0 && e.Per == 1 && len(e.Unit) == 3 {
					code = e.Unit
				}
			}
		}
		if code != "" && code != c.Unit {
			return code, false, true
		}
	}
	return "", pronoun, false
}

// linkRates joins the readings of one rate of exchange (exchangeBase and
// the currency it is priced in) in the articles of one story: each joins
// the first group of readings whose values it lies within maxRateMove of.
// A level someone names, "around" a figure, is no market's reading (a
// minister's "sterling levels of around 2.90 marks and 1.60 dlrs"): it
// and the claims its value is joined to stay apart.
func (g *grouper) linkRates() {
	// the groups that hold a figure said to be "around" or "about" its
	// value: a level someone names (no group linkRates joins holds one)
	named := map[int]bool{}
	for i := range g.claims {
		if g.claims[i].Qualifier == factcheck.Approx {
			named[g.find(i)] = true
		}
	}
	byRate := map[string][]int{}
	last := -1 // the rate before, in its article
	lastBase := ""
	for i := range g.claims {
		c := &g.claims[i]
		if last >= 0 && g.claims[last].Doc != c.Doc {
			last = -1
		}
		base, pronoun, ok := exchangeBase(c)
		if !ok && last >= 0 {
			// a rate whose currency its sentence said before ("The dollar
			// opened at 1.8195/8205 marks after yesterday's close in Europe
			// of 1.8245/55") or the sentence before, "it": "It closed at
			// 145.25 yen in Tokyo"
			if p := &g.claims[last]; p.SentenceStart == c.SentenceStart && p.Unit == c.Unit || pronoun && lastBase != c.Unit {
				base, ok = lastBase, true
			}
		}
		if !ok || g.converted[i] || named[g.find(i)] {
			continue
		}
		last, lastBase = i, base
		k := base + "|" + c.Unit + "|" + strconv.Itoa(g.story[c.Doc])
		byRate[k] = append(byRate[k], i)
	}
	type span struct {
		first  int
		lo, hi float64
	}
	for _, k := range inOrder(byRate) {
		var spans []span
		for _, m := range byRate[k] {
			v := g.claims[m].Value.Num
			joined := false
			for s := range spans {
				if sp := &spans[s]; v*maxRateMove >= sp.hi && v <= sp.lo*maxRateMove {
					g.unionAll(sp.first, m)
					sp.lo, sp.hi = min(sp.lo, v), max(sp.hi, v)
					joined = true
					break
				}
			}
			if !joined {
				spans = append(spans, span{m, v, v})
			}
		}
	}
}

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

// startsFigure reports whether word w opens a figure: "1.6040/50", a
// list's next after "and" ("2.9210/45 marks and 1.6040/50 dlrs").
func startsFigure(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
