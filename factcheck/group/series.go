package group

import (
	"cmp"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
)

// Series: the monthly statistics of an industry that a government's
// release reports as percentage changes, category by category, and that
// the next releases revise: "Electrical machinery orders fell 19.8 pct" in
// the report on January, "after falling 15.4 pct in January" in the
// report on February. A percentage change of one series (its noun and the
// words that qualify it: "electrical machinery orders", "durable goods
// orders excluding defense") and one month is one fact, an indicator of
// its own (see linkIndicators).

// seriesNouns name a series, qualified by the words before them.
var seriesNouns = map[string]bool{"orders": true, "shipments": true, "inventories": true, "production": true, "output": true}

// goodsKinds, before "goods", make them a series of orders: "durable
// goods fell a revised 9.9 pct".
var goodsKinds = map[string]bool{"durable": true, "nondurable": true, "non-durable": true, "capital": true}

// seriesBefore is how far before a percentage, in words, its series' noun
// is looked for: "Electrical machinery orders rose in February by 8.2 pct
// to 17.2 billion dlrs after falling 15.4 pct" names the second figure's
// 12 words back.
const seriesBefore = 16

// seriesGlue are the words that may stand between a series' noun and its
// percentage change, besides figures and months: the verbs of a change,
// and the words of a change's size and time.
var seriesGlue = map[string]bool{
	"rose": true, "fell": true, "were": true, "was": true, "up": true, "down": true, "declined": true, "dropped": true,
	"gained": true, "increased": true, "decreased": true, "jumped": true, "climbed": true, "slipped": true, "plunged": true,
	"falling": true, "rising": true, "dropping": true, "declining": true, "gaining": true, "after": true, "a": true, "an": true,
	"by": true, "to": true, "in": true, "or": true, "from": true, "slight": true, "revised": true, "previously": true,
	"reported": true, "originally": true, "only": true, "just": true, "about": true, "pct": true, "percent": true,
	"billion": true, "mln": true, "million": true, "dlrs": true, "dollars": true, "the": true, "had": true, "have": true,
	"has": true, "been": true, "also": true, "seasonally": true, "adjusted": true, "decline": true, "increase": true,
	"drop": true, "rise": true, "fall": true, "gain": true,
}

// seriesModifierStops, before a series' noun, do not qualify it: words
// of grammar, and its owner ("Manufacturers' shipments").
var seriesModifierStops = map[string]bool{
	"new": true, "the": true, "a": true, "an": true, "total": true, "its": true, "their": true, "of": true, "and": true,
	"said": true, "that": true, "which": true, "in": true, "for": true, "by": true, "while": true, "but": true, "overall": true,
	"u.s": true, "us": true, "excluding": true, "where": true, "when": true, "as": true, "with": true, "manufacturers": true,
}

// seriesIndicatorOf returns the series whose change in percent c states,
// of the month its words name, as an indicator (seriesOf); the zero
// indicator when none. It is read apart from the indicators (indicatorOf),
// to join figures only: the words that qualify a series may be read
// loosely ("told reporters industrial production").
func seriesIndicatorOf(c *factcheck.Claim) indicator {
	if c.Kind != factcheck.Percent || c.EndValue != nil || c.Unit == "percentage point" {
		return indicator{}
	}
	rawBefore, rawAfter, ok := clauseAround(c)
	if !ok {
		return indicator{}
	}
	before, after := lowered(rawBefore), lowered(rawAfter)
	name, month := seriesOf(before)
	if name == "" {
		return indicator{}
	}
	return indicator{name: name, period: seriesPeriod(cmp.Or(seriesMonth(before, after), month))}
}

// seriesOf returns the series whose percentage change the figure after
// words ws (lowered, punctuation trimmed: the figure's clause up to it)
// states, and the month a word before the series names ("February
// shipments", "FEB DURABLE GOODS"): the nearest series' noun within
// seriesBefore words, when only seriesGlue, figures and months stand
// between, named by seriesName; else "".
func seriesOf(ws []string) (name, month string) {
	for d := 0; d < len(ws) && d < seriesBefore; d++ {
		k := len(ws) - 1 - d
		w := ws[k]
		if seriesNouns[w] || w == "durables" || w == "goods" && k > 0 && goodsKinds[ws[k-1]] {
			return seriesName(ws, k)
		}
		if w == "goods" {
			for m := k - 1; m >= 1 && m >= k-4; m-- {
				if ws[m] == "for" && seriesNouns[ws[m-1]] {
					return seriesName(ws, m-1) // "New orders for manufactured goods fell"
				}
			}
		}
		if !seriesGlue[w] && !isMonth(w) && strings.Trim(w, "0123456789.,-/") != "" {
			return "", ""
		}
	}
	return "", ""
}

// seriesName returns the name of the series whose noun is the k-th of
// words ws, and the month a word before it names (seriesOf): the noun
// with the words that qualify it before it ("electrical machinery
// orders", "durable goods" orders) or after "for" ("orders for durable
// goods" are "durable goods orders"), and what it excludes, said before
// or after it ("Excluding defense orders, factory orders fell", "durable
// goods orders excluding defense").
func seriesName(ws []string, k int) (name, month string) {
	noun, end, m := ws[k], k+1, k-1
	var mods []string
	switch {
	case noun == "durables":
		mods, noun = []string{"durable", "goods"}, "orders"
	case noun == "goods":
		mods, noun = []string{"goods"}, "orders"
	case end+1 < len(ws) && ws[end] == "for":
		// "orders for durable goods": up to "goods", a few words on
		for g := end + 1; g < len(ws) && g <= end+3; g++ {
			if ws[g] == "goods" {
				mods, end = append([]string(nil), ws[end+1:g+1]...), g+1
				break
			}
		}
		m = -1
	}
	for ; m >= 0 && m >= k-3; m-- {
		w := ws[m]
		if seriesModifierStops[w] || seriesNouns[w] || strings.ContainsAny(w, "0123456789") || isMonth(strings.TrimSuffix(w, "'s")) {
			break
		}
		mods = append([]string{w}, mods...)
	}
	if m >= 0 && isMonth(strings.TrimSuffix(ws[m], "'s")) {
		month = strings.TrimSuffix(ws[m], "'s")
	}
	for n, w := range mods {
		mods[n] = strings.ReplaceAll(w, "-", "") // "non-defense", "nondefense"
	}
	if m >= 0 && ws[m] == "excluding" && len(mods) > 0 && noun != "orders" || m >= 0 && ws[m] == "excluding" && len(mods) == 1 {
		return noun + " excluding " + mods[0], month // "Excluding defense, orders rose 3.8 pct"
	}
	name = strings.Join(append(mods, noun), " ")
	if name == "manufactured goods orders" {
		name = "factory orders" // "New orders for manufactured goods" are factory orders
	}
	for j := m; j >= 0 && j >= m-3; j-- {
		if ws[j] == "excluding" && j+1 < len(ws) {
			return name + " excluding " + ws[j+1], month // "Excluding defense orders, factory orders fell"
		}
	}
	if end+1 < len(ws) && ws[end] == "excluding" {
		name += " excluding " + ws[end+1] // "durable goods orders excluding defense"
	}
	return name, month
}

// seriesMonth returns the month a series' change is of: named just
// after it or just before it (monthOf), or "in" it a few words before
// ("rose in February by 8.2 pct"); else "".
func seriesMonth(before, after []string) string {
	if m := monthOf(before, after); m != "" {
		return m
	}
	for d := 1; d < len(before) && d <= 4; d++ {
		if k := len(before) - 1 - d; isMonth(before[k+1]) && before[k] == "in" {
			return before[k+1]
		}
	}
	return ""
}

// seriesPeriod returns the period of a series' change of month m, one
// name for each way of writing the month ("Feb", "February"):
// "february"; "" for none.
func seriesPeriod(m string) string {
	if n := monthNumber(m); n > 0 {
		return strings.ToLower(time.Month(n).String())
	}
	return ""
}

// leadMonths gives the series' changes an article states without their
// month the month of the first that states one: a release's lead names
// the month it reports on ("U.S. FACTORY ORDERS FELL 4.0 PCT IN JANUARY"),
// and its paragraphs on each category leave it unsaid ("Electrical
// machinery orders fell 19.8 pct"). A series' change is then of its month
// as the figures of other monthly statistics are (figureMonth): period
// holds it, of the year pub and latest give it (monthPeriod).
func (g *grouper) leadMonths(pub map[string]calendar.Date, latest map[string]int) {
	lead := map[string]string{}
	first := map[string]int{}
	for i := range g.claims {
		c, ind := &g.claims[i], g.feats[i].series
		if ind.name == "" || ind.period == "" {
			continue
		}
		if k, ok := first[c.Doc]; !ok || c.Start < k {
			first[c.Doc], lead[c.Doc] = c.Start, ind.period
		}
	}
	for i := range g.claims {
		ind := &g.feats[i].series
		if ind.name == "" {
			continue
		}
		doc := g.claims[i].Doc
		if ind.period == "" && ind.year == "" {
			ind.period = lead[doc]
		}
		if g.period[i] == "" && ind.period != "" {
			g.period[i] = monthPeriod(ind.period, pub[doc], latest[doc])
		}
	}
}
