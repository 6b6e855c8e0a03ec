package group

import (
	"bytes"
	"cmp"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Claims of related articles (the same article, or two that share two of
// their most frequent names) that state the same value, of the same kind
// and unit, are about the same thing when the words around them agree:
// "$11bn" beside "fraud" in six articles on one trial, "Ebbers, 63," in
// four. Dates agree when one is the other made more precise ("2002" and
// "July 2002"). Relations are between two articles, not stories: a chain
// of articles each sharing two names with the next runs through a whole
// news archive.

// maxSameValue is how many claims of a batch (of a story, in an archive:
// see maxOneEraImport) may state a value for the value to tell them apart:
// across a news archive, "first" and "2004" are said of everything.
const maxSameValue = 50

// contextWindow is how many words either side of a claim make its context.
const contextWindow = 8

// minSharedContext is how much context two claims of the same value must
// share: the sum, over the words they share, of ln(N/n), N being the
// sentences of the claims grouped and n those with the word.
const minSharedContext = 1.5

// linkAges joins the ages of one person stated in related articles
// ("Ebbers, 63," in one article, "Ebbers, 64," in a later one), and an
// age of no name ("the 18-year-old battled past") to the ages of its
// value in its story, when those are of one person or of none.
func (g *grouper) linkAges() {
	byName := map[string][]int{}
	for i := range g.claims {
		c := &g.claims[i]
		if name := ageOf(c); name != "" {
			byName[name] = append(byName[name], i)
		} else if strings.HasSuffix(c.Text, "-year-old") && c.Unit == "year" {
			// "the 18-year-old battled past": the story's person of that age
			k := "\x00" + strconv.Itoa(g.story[c.Doc]) + "|" + c.Value.String()
			byName[k] = append(byName[k], i)
		}
	}
	// an age of no name joins the ages of that value in its story when
	// they are of one person
	named := map[string][]int{} // story and value: the ages of a name
	names := map[string]string{}
	for _, n := range inOrder(byName) {
		if strings.HasPrefix(n, "\x00") {
			continue
		}
		for _, m := range byName[n] {
			k := "\x00" + strconv.Itoa(g.story[g.claims[m].Doc]) + "|" + g.claims[m].Value.String()
			switch names[k] {
			case "":
				names[k] = n
			case n:
			default:
				names[k] = "\x01" // two people of that age
			}
			named[k] = append(named[k], m)
		}
	}
	for _, k := range inOrder(named) {
		if names[k] != "\x01" && len(byName[k]) > 0 {
			byName[k] = append(byName[k], named[k]...)
		}
	}
	eachPair(byName, func(i, j int) {
		if g.related(g.claims[i].Doc, g.claims[j].Doc) {
			g.union(i, j)
		}
	})
}

// related reports whether two articles are the same, of one story, or
// Related by name.
func (g *grouper) related(a, b string) bool {
	return a == b || g.story[a] == g.story[b] || Related(g.names[a], g.names[b])
}

// Related reports whether two articles whose Names are na and nb share two
// of them (one, when either has three or fewer): claims of related
// articles that state the same value in the same context are grouped, and
// so are the articles of one story, which share three.
func Related(na, nb []string) bool {
	n := sharedNames(na, nb)
	if min(len(na), len(nb)) <= 3 {
		return n > 0 // few names: claims name them rarely, one tells
	}
	return n >= 2
}

// ageOf returns the name of the person whose age c is, in lower case, when
// c is written as news writes ages: "Ebbers, 63,", "Ebbers (63)",
// "18-year-old Nadal", "Nadal, who at 18 years and 187 days", "Ebbers,
// aged 63"; else "".
func ageOf(c *factcheck.Claim) string {
	if c.Kind != factcheck.Duration || c.Unit != "year" {
		return ""
	}
	digits := len(c.Text) - len(strings.TrimLeft(c.Text, "0123456789"))
	if digits == 0 || digits > 3 {
		return ""
	}
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return ""
	}
	rest := c.Text[digits:]
	switch rest {
	case "-year-old":
		// the name after: "18-year-old Nadal"
		after := strings.TrimPrefix(c.Sentence[end:], " ")
		if k := strings.IndexAny(after, " ,.;:)"); k >= 0 {
			after = after[:k]
		}
		return personName(after)
	case "", " years":
	default:
		return ""
	}
	before, led := c.Sentence[:rel], false
	for _, lead := range []string{"who at ", "who is ", "aged ", "at "} {
		if b, ok := strings.CutSuffix(before, lead); ok && strings.HasSuffix(b, ", ") {
			before, led = b, true
			break
		}
	}
	if rest != "" && !led {
		return "" // "Microsoft, 18 years on": no age
	}
	switch {
	case strings.HasSuffix(before, ", "):
		before = before[:len(before)-2]
	case strings.HasSuffix(before, " ("):
		before = before[:len(before)-2]
	default:
		return ""
	}
	return personName(before[strings.LastIndexByte(before, ' ')+1:])
}

// personName returns w in lower case when it may be a person's name (a
// capitalised word), else "".
func personName(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	return strings.ToLower(w)
}

// linkSameValues joins the claims of related articles that state the same
// value and share their context: words that are rare among the sentences
// weigh more than the names every article repeats.
func (g *grouper) linkSameValues() {
	// A claim is compared with those of its story (its article's among
	// them) and of the articles with one of its names; related then asks
	// for two.
	buckets := newBuckets(2 * len(g.claims))
	anyArticle := buckets.id("\x01")
	nameIDs := map[string][]int32{} // the numbers of each article's names
	// In an archive (see maxOneEraImport) a date, a percentage or a
	// specific figure is compared within its story however often the
	// archive states it ("300 mln dlrs" of a sanction in one story, of a
	// hundred others' sums elsewhere), and by an article's names only
	// when it is rare or the name is (a small count, however, only when
	// rare: "two" in a story says little). Across a news archive grouped
	// at once, the gold batches' F1 was 0.53 (Reuters) and 0.58 (BBC)
	// against 0.72 for each batch alone; 0.62 and 0.62 so.
	stated := map[string]int{}  // claims by value
	inStory := map[string]int{} // claims by value and story, in an archive
	vs := make([]string, len(g.claims))
	archive := len(g.names) > maxOneEraImport
	storyValue := func(i int) string { return vs[i] + "\x00" + strconv.Itoa(g.story[g.claims[i].Doc]) }
	for i := range g.claims {
		c := &g.claims[i]
		vs[i] = string(c.Kind) + "|" + bucketUnit(c) + "|" + valueBucket(c)
		stated[vs[i]]++
		if archive {
			inStory[storyValue(i)]++
		}
	}
	nameDocs := map[string]int{} // articles by name, in an archive
	if archive {
		for _, ns := range g.names {
			for _, n := range ns {
				nameDocs[n]++
			}
		}
	}
	statedOf := func(i int) int { // how often a claim's value is said where it is compared first
		if c := &g.claims[i]; archive && (c.Kind == factcheck.Date || c.Kind == factcheck.Percent || specific(c)) {
			return inStory[storyValue(i)]
		}
		return stated[vs[i]]
	}
	// A value's buckets are only made when two claims may share one: a
	// bucket of one claim joins nothing.
	local := make([]string, len(g.claims)) // a local dollar's value in US dollars
	bucketed := map[string]int{}
	for i := range g.claims {
		if statedOf(i) > maxSameValue {
			continue
		}
		bucketed[vs[i]]++
		if c := &g.claims[i]; localDollar(c) {
			local[i] = string(c.Kind) + "|USD|" + valueBucket(c)
			bucketed[local[i]]++
		}
	}
	for i := range g.claims {
		c := &g.claims[i]
		unit := bucketUnit(c)
		v := vs[i]
		said := statedOf(i)
		if said > maxSameValue {
			continue // "first", "2004": said of too many things to tell one
		}
		ofStory := buckets.id("\x00" + strconv.Itoa(g.story[c.Doc]))
		shared := bucketed[vs[i]] >= 2
		var value int32 // the number of the value's bucket, made only where another claim may share it
		if shared {
			value = buckets.id(v + "|")
			buckets.add(value, ofStory, i) // its article's too
		}
		if y := yearlessBucket(c); y != "" && bucketed[y] >= 1 {
			// "Jan. 6, 2021" meets the story's "Jan. 6" of no year (sameDay)
			buckets.add(buckets.id(y+"|"), ofStory, i)
		}
		if local[i] != "" && bucketed[local[i]] >= 2 {
			// "Net profit 2,665,000" in a Vancouver report, the same in one
			// from Spokane: which dollar only the dateline told
			buckets.add(buckets.id(local[i]+"|"), ofStory, i)
		}
		if shared {
			if c.Kind != factcheck.Date && stated[vs[i]] <= maxRetoldValue {
				buckets.add(value, anyArticle, i) // in any article: a passage repeated (retoldSentence)
			}
			names, ok := nameIDs[c.Doc]
			if !ok {
				for _, name := range g.names[c.Doc] {
					names = append(names, buckets.id(name))
				}
				nameIDs[c.Doc] = names
			}
			for k, name := range names {
				if stated[vs[i]] <= maxSameValue || nameDocs[g.names[c.Doc][k]] <= maxArchiveStory {
					buckets.add(value, name, i) // (a value the archive says often, only by its rarer names)
				}
			}
		}
		if c.Kind != factcheck.Date && c.EndValue == nil {
			// its roundings and near values, within its story: to one
			// significant figure, which "29" and "28.9", "$9.3bn" and "$9.4bn" share
			// (and to two, where a figure's first rounding crosses the
			// one-figure line: "84.9 cents" and "85 cents")
			one, two := roundTo(c.Value.Num, 1), roundTo(c.Value.Num, 2)
			buckets.add(buckets.id("~"+string(c.Kind)+"|"+unit+"|"+strconv.FormatFloat(one, 'g', -1, 64)), ofStory, i)
			if two != one {
				buckets.add(buckets.id("~"+string(c.Kind)+"|"+unit+"|"+strconv.FormatFloat(two, 'g', -1, 64)), ofStory, i)
			}
		}
	}
	context := g.context
	weight := func(a, b map[string]bool) float64 { return g.weigh(a, b) }
	forecast := readOnce(func(i int) bool { return forecastFor(&g.claims[i]) }) // whether a claim is a forecast for a time ahead
	month := readOnce(func(i int) string { return namedMonth(&g.claims[i]) })
	// A specific figure ("£35bn", "800,000") repeated by related articles
	// needs less context to be the same fact than "two" or "2004", and a
	// sum of money none.
	need := func(i int) float64 {
		switch c := &g.claims[i]; {
		case g.feats[i].supposed:
			return minSharedContext // "I don't think it's worth 150 dlrs": an opinion of a bid
		case c.Kind == factcheck.Money:
			return 0 // "$250" in two reports on one launch: one price
		case specific(c):
			return minSharedContext / 3
		}
		return minSharedContext
	}
	row := g.figureRows()
	var close []weighedPair
	var ms []int
	for at := range buckets.keys {
		if n := buckets.size[at]; n < 2 || n > maxContextBucket {
			continue
		}
		ms = buckets.members(at, ms[:0])
		anyStory := buckets.narrowing(at) == anyArticle // the bucket of a value in any article: other stories only
		for a := range ms {
			for b := a + 1; b < len(ms); b++ {
				i, j := ms[a], ms[b]
				ci, cj := &g.claims[i], &g.claims[j]
				ki, kj := g.feats[i].key, g.feats[j].key
				same := ci.Value == cj.Value && endString(ci) == endString(cj)
				switch {
				case g.find(i) == g.find(j), anyStory && g.story[ci.Doc] == g.story[cj.Doc]:
				case g.framesDiffer(i, j), g.indicatorsClash(i, j), g.marketQuote(i) != g.marketQuote(j), g.stocksDiffer(i, j):
					// the stock's price and the bid, however near their values
				case ci.Kind == factcheck.Ordinal && g.feats[i].pred != g.feats[j].pred:
					// "the first woman to reach the third round", "the first to win a title"
				case ci.Kind == factcheck.Ordinal && ci.Value != cj.Value && !(g.feats[i].running && g.feats[j].running):
					// "the 999th number one" and "the 1,000th": two records, no rounding
				case same && g.sameConceptFigure(i, j):
					g.union(i, j) // "the estimated 150,000 dead", "killed 150,000": one toll
				case ki != "" && kj != "" && ki != kj:
					// their concepts tell them apart: the war began on the day of another event
				case !specific(ci) && row[i] != row[j]:
					// a line of figures ("6-2 7-6 (7-1) 7-6 (7-5)"): a small figure is its place in it
				case same && ci.Doc != cj.Doc && ci.Kind == factcheck.Percent && month(i) != "" && month(j) != "" && month(i) != month(j):
					// "CANADA DECEMBER LEADING INDICATOR UP 0.4 PCT", "CANADA
					// FEBRUARY CONSUMER PRICES UP 0.4 PCT": two months' changes
				case same && forecast(i) != forecast(j):
					// "economists have forecast they will hit 60 billion dlrs by
					// the end of 1987", then "about 60 billion dlrs" held in
					// June: a forecast and a report
				case same:
					if g.related(ci.Doc, cj.Doc) && (weight(context(i), context(j)) >= max(need(i), need(j)) || shareOfOne(ci, cj)) || g.oneStoryFigure(i, j) || g.retoldSentence(i, j) {
						g.union(i, j)
					}
				case sameDay(ci, cj):
					// "Jan. 6, 2021" and "Jan. 6" of no year: one day if the
					// words around them agree as a figure's must
					if g.related(ci.Doc, cj.Doc) && weight(context(i), context(j)) >= minSharedContext {
						g.union(i, j)
					}
				case ci.Kind == factcheck.Date && strings.HasPrefix(ci.Value.Date, "--") != strings.HasPrefix(cj.Value.Date, "--"):
					// another day of the month, met in its yearless bucket
				case g.story[ci.Doc] != g.story[cj.Doc] || ci.Kind != factcheck.Date && !near(ci, cj) && !admits(ci, cj) && !admits(cj, ci) || (g.feats[i].frame == framePrice) != (g.feats[j].frame == framePrice):
					// figures that differ are compared within a story, and a
					// little, and a stock's price only with prices
				case sameStatedValue(ci, cj) || admits(ci, cj) || admits(cj, ci):
					// one rounds the other, or is a bound the other meets: the
					// words must agree the more, unless a sum of money names its
					// fact ("$27bn", "$27.5bn"; "in excess of 600 mln dlrs", "630 mln")
					if w := weight(context(i), context(j)); w >= roundedNeed(ci) {
						close = append(close, weighedPair{i, j, w})
					}
				case ci.Doc != cj.Doc && ci.Kind != factcheck.Date:
					// two reports of one figure that differ a little ("18 years and
					// 187 days", "and 185 days"; "$9.3bn", "$9.4bn"): the words must
					// agree the most, and the sentences' names not differ ("the
					// average UK house price", "in England and Wales")
					if w := weight(context(i), context(j)); w >= roundedNeed(ci)+minSharedContext && !namesDisjoint(g.sentenceNamesOf(i), g.sentenceNamesOf(j)) {
						close = append(close, weighedPair{i, j, w})
					}
				}
			}
		}
	}
	g.joinClose(close)
}

// forecastFor reports whether the figure c is foreseen (foreseen) for a
// time ahead that the words just after it name: "they will hit 60 billion
// dlrs by the end of 1987", "is expected to rise to 33 by June".
func forecastFor(c *factcheck.Claim) bool {
	ws := wordsAfter(c, 40)
	if len(ws) < 2 || ws[0] != "by" || !foreseen(c) {
		return false
	}
	switch w := ws[1]; {
	case w == "the" && len(ws) > 2 && (ws[2] == "end" || ws[2] == "year-end"), w == "end", w == "year-end", w == "next", isMonth(w):
		return true
	case len(w) == 4 && strings.TrimLeft(w, "0123456789") == "":
		return true // "by 1990"
	}
	return false
}

// sameConceptFigure reports whether claims i and j, of one value, state
// a specific figure (specific) of one concept ("deaths") in two articles
// that share a name, in sentences that name no two years: the figure is
// one fact whatever their words and however far apart their stories
// ("the estimated 150,000 dead", "the tidal wave which killed 150,000").
// One article's two "3000 died" are its to tell apart.
func (g *grouper) sameConceptFigure(i, j int) bool {
	ci, cj := &g.claims[i], &g.claims[j]
	fi, fj := g.feats[i], g.feats[j]
	return ci.Doc != cj.Doc && fi.concept != "" && fi.concept == fj.concept && fi.concept != "measure" && specific(ci) && ci.Kind == cj.Kind && ci.Unit == cj.Unit &&
		sharedNames(g.names[ci.Doc], g.names[cj.Doc]) > 0 && !yearsDiffer(yearsIn(ci.Sentence), yearsIn(cj.Sentence))
}

// oneStoryFigure reports whether claims i and j, of one value, are one
// figure of their story whatever their words: "more than 95% of UK homes
// and businesses" and "more than 95% of the population" in two reports
// on broadband. Over the story batches annotated by hand (testdata/groups)
// reports of one story that state one value mostly state one fact, but
// not ranks ("the first"), counts under ten ("three directors", "three
// plants"), an opinion of what a bid is worth beside a bid reported ("I
// don't think it's worth 145 dlrs"; two suppositions of one sum, "could
// cut £35bn", "might lose £35bn", are one), nor percentages of two
// indicators ("growth target of 3.1% for 2004", "the US economy grew by
// 3.1% in 2004": indicators.go).
func (g *grouper) oneStoryFigure(i, j int) bool {
	ci := &g.claims[i]
	return g.story[ci.Doc] == g.story[g.claims[j].Doc] && ci.Kind != factcheck.Ordinal && !(ci.Kind == factcheck.Count && ci.Value.Num < 10) &&
		g.feats[i].supposed == g.feats[j].supposed && g.feats[i].ind == g.feats[j].ind
}

// retoldSentence reports whether claims i and j, of one value in two
// articles, stand among words that are mostly the same (their contexts'
// jaccard), whatever the stories of the articles: a passage that two
// reports took from one source ("Sales of legally downloaded songs shot up
// more than tenfold in 2004, with 200 million track purchased online in
// the US and Europe in 12 months" in a review of the charts and in a
// report on Apple).
func (g *grouper) retoldSentence(i, j int) bool {
	if g.claims[i].Doc == g.claims[j].Doc {
		return false
	}
	a, b := g.context(i), g.context(j)
	if lo, hi := min(len(a), len(b)), max(len(a), len(b)); float64(lo) < minRetoldPassage*float64(hi) {
		return false // sets of such sizes share too little whatever their words
	}
	return jaccard(a, b) >= minRetoldPassage
}

// linkRetold joins the figures that two articles of a story of one day
// give in one place of a sentence they tell in the same words (minRetold
// of their content words, their openings alike), whatever their values:
// a report corrected within the hour ("may downgrade Crazy Eddie Inc's
// 65 mln dlrs of B-1 convertible subordinated debentures", then "81 mln
// dlrs"), or a copy with a figure mistyped. The place is the figure's
// rank among those of its kind and unit in its sentence. It joins too, on
// any days, the levels that one bulletin issued again (bulletinHeadlines)
// reports after a change in the same place of a sentence said again but
// for its figures, its verb of change and its dateline: the Fed's weekly
// "Business loans ... fell 618 mln dlrs to 278.88 billion dlrs", a week on
// "rose 377 mln dlrs to 279.085 billion dlrs", one level changing (but not
// the changes, each a week's, nor a day's forecast revised "up to around
// 700 mln stg", which no change before it makes a level).
func (g *grouper) linkRetold() {
	buckets := map[string][]int{}
	maskedWords := readOnce(func(f int) map[string]bool { return maskedContent(g.claims[f].Sentence) })
	bulletin := g.bulletinHeadlines(maskedWords)
	series := map[string][]int{} // a bulletin's levels by their kind and unit
	rank := make([]int, len(g.claims))
	first := make([]int, len(g.claims)) // the first claim of each claim's sentence
	for i := range g.claims {
		c := &g.claims[i]
		first[i] = i
		for k := i - 1; k >= 0 && g.claims[k].Doc == c.Doc && g.claims[k].SentenceStart == c.SentenceStart; k-- {
			first[i] = k
			if g.claims[k].Kind == c.Kind && g.claims[k].Unit == c.Unit {
				rank[i]++
			}
		}
		if c.Kind != factcheck.Date {
			// of one story, kind and unit, place and day, and of a
			// sentence that opens alike, as a passage retold does
			k := strconv.Itoa(g.story[c.Doc]) + "|" + string(c.Kind) + "|" + c.Unit + "|" + strconv.Itoa(rank[i]) + "|" + g.asOf[i].ISO() +
				"|" + strings.ToLower(c.Sentence[:min(len(c.Sentence), retoldOpening)])
			buckets[k] = append(buckets[k], i)
			if h := bulletin(c.Doc); h != "" && rank[i] > 0 && reachedLevel(c) {
				// a bulletin's level, issued again week by week under one
				// headline: "Business loans ... fell 618 mln dlrs to 278.88
				// billion dlrs", a week on "rose 377 mln dlrs to 279.085
				// billion dlrs"
				k := h + "|" + string(c.Kind) + "|" + c.Unit
				series[k] = append(series[k], i)
			}
		}
	}
	// a running total told again on another day in the sentence that
	// told it before: "The USSR has purchased 1.0 mln tonnes of U.S. corn
	// for delivery in the fourth year ...", two weeks on "2.40 mln tonnes"
	totals := map[string][]int{}
	for i := range g.claims {
		if c := &g.claims[i]; c.Kind != factcheck.Date && g.asOf[i].M != 0 && runningTotal(c) {
			k := strconv.Itoa(g.story[c.Doc]) + "|" + string(c.Kind) + "|" + c.Unit + "|" + strconv.Itoa(rank[i])
			totals[k] = append(totals[k], i)
		}
	}
	eachPair(totals, func(i, j int) {
		if g.claims[i].Doc != g.claims[j].Doc && g.asOf[i] != g.asOf[j] && g.find(i) != g.find(j) &&
			jaccard(maskedWords(first[i]), maskedWords(first[j])) >= minRetoldTotal {
			g.unionLevels(i, j)
		}
	})
	sentenceWords := readOnce(func(f int) map[string]bool { return contentWords(g.claims[f].Sentence) })
	wordsOf := func(i int) map[string]bool { return sentenceWords(first[i]) } // a sentence's content words, read once
	eachPair(buckets, func(i, j int) {
		ci, cj := &g.claims[i], &g.claims[j]
		// sentences that share minRetold of their words are of like
		// length: a cheap test before the words are read
		li, lj := len(ci.Sentence), len(cj.Sentence)
		if ci.Doc != cj.Doc && ci.Value != cj.Value && 2*min(li, lj) >= max(li, lj) &&
			g.find(i) != g.find(j) && jaccard(wordsOf(i), wordsOf(j)) >= minRetold {
			g.union(i, j)
		}
	})
	opening := map[string]int{} // each article's first claim
	for i := len(g.claims) - 1; i >= 0; i-- {
		opening[g.claims[i].Doc] = i
	}
	// a level's own words: its clause's, but those of its bulletin's
	// opening ("Assets of money market mutual funds increased ...")
	clauseWords := readOnce(func(i int) map[string]bool {
		ws := maskedContent(clauseBefore(&g.claims[i]))
		if o := opening[g.claims[i].Doc]; first[i] != first[o] {
			for w := range maskedWords(first[o]) {
				delete(ws, w)
			}
		}
		return ws
	})
	eachPair(series, func(i, j int) {
		if g.claims[i].Doc == g.claims[j].Doc || g.find(i) == g.find(j) || jaccard(maskedWords(first[i]), maskedWords(first[j])) < minRetold {
			return
		}
		// one level of the sentence: in one place, or in its own words
		// where the bulletin's order changed ("Assets of 91 institutional
		// funds rose 356 mln dlrs to 66.19 billion dlrs, 198 general
		// purpose funds rose ...", a week on the general purpose funds
		// first)
		wi, wj := clauseWords(i), clauseWords(j)
		same := jaccard(wi, wj) >= minSameClause
		if rank[i] == rank[j] && (same || len(wi) == 0 || len(wj) == 0) || same && min(len(wi), len(wj)) >= 1 {
			g.unionLevels(i, j)
		}
	})
}

// clauseBefore returns the clause of claim c's sentence before it: from
// the comma, semicolon or "and" before it (not a comma within a figure)
// to it.
func clauseBefore(c *factcheck.Claim) string {
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return ""
	}
	s := c.Sentence[max(0, rel-maxClause):rel]
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] == ';' || s[k] == ',' && !(k > 0 && k+1 < len(s) && s[k-1] >= '0' && s[k-1] <= '9' && s[k+1] >= '0' && s[k+1] <= '9') {
			return s[k+1:]
		}
		if k >= 4 && s[k] == ' ' && s[k-4:k] == " and" {
			return s[k:] // "62.94 billion dlrs and 92 broker-dealer funds rose 151.9 mln dlrs to"
		}
	}
	return s
}

// maxClause bounds the bytes clauseBefore reads, and minSameClause is the
// share of their words (jaccard) the clauses of one bulletin's level share.
const (
	maxClause     = 160
	minSameClause = 0.6
)

// minRetoldTotal is the share of their words but figures (maskedContent)
// that two days' sentences of a running total share (linkRetold): the same
// sentence told again, its figures and dates apart.
const minRetoldTotal = 0.75

// runningTotal reports whether claim c is a total that runs on, as its
// sentence tells it: "has purchased", "have been sold" (a perfect tense
// among the three words before it), or "so far", "to date", "as of" about
// it, but not a day's ("so far today").
func runningTotal(c *factcheck.Claim) bool {
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) || rel > end {
		return false
	}
	window := c.Sentence[max(0, rel-60):min(len(c.Sentence), end+40)]
	if !strings.Contains(window, "ha") && !strings.Contains(window, " far") && !strings.Contains(window, " date") && !strings.Contains(window, " of") {
		return false // no word of a total that runs: most figures, read cheaply
	}
	near := words(window)
	if slices.Contains(near, "today") {
		return false // "has provided 689 mln stg assistance so far today": a day's, each day's its own
	}
	ws := wordsBefore(c, 40)
	for d := 1; d <= 3 && d <= len(ws); d++ {
		if w := ws[len(ws)-d]; w == "has" || w == "have" {
			return true
		}
	}
	for k, w := range near {
		if k+1 < len(near) && (w == "so" && near[k+1] == "far" || w == "to" && near[k+1] == "date" || w == "as" && near[k+1] == "of") {
			return true
		}
	}
	return false
}

// maskedContent returns the content words of sentence s (contentWords)
// but its figures, its verbs of change and a dateline's month: the words a
// bulletin says again week by week.
func maskedContent(s string) map[string]bool {
	out := map[string]bool{}
	for w := range contentWords(s) {
		if strings.ContainsAny(w, "0123456789") || riseWords[w] || fallWords[w] || isMonth(w) {
			continue
		}
		out[w] = true
	}
	return out
}

// readOnce returns f remembered: each claim index's result is computed
// the first time it is asked for, as the pair loops ask for it again and
// again.
func readOnce[T any](f func(int) T) func(int) T {
	seen := map[int]T{}
	return func(i int) T {
		v, ok := seen[i]
		if !ok {
			v = f(i)
			seen[i] = v
		}
		return v
	}
}

// retoldOpening is how many bytes of their openings two sentences that
// tell one passage share (linkRetold).
const retoldOpening = 24

// maxRetoldValue bounds the claims of one value that are compared for a
// passage retold: a passage's figure is said a few times in a batch.
const maxRetoldValue = 12

// minRetoldPassage is the share of their words (jaccard) the contexts of
// two figures share when one retells the other.
const minRetoldPassage = 0.3

// weighedPair is two claims and how much context they share.
type weighedPair struct {
	i, j   int
	weight float64
}

// joinClose joins the pairs of claims whose values are close (one rounds
// the other, or they differ a little), the pairs that share the most
// context first, each only when the values of both groups agree
// (valuesAgree): "$27.5bn" meets the "$27bn" of its tax bill before the
// "$28bn" of a lawsuit, and the lawsuit's figures stay apart.
func (g *grouper) joinClose(pairs []weighedPair) { g.joinBest(pairs, g.valuesAgree) }

// joinBest joins the pairs of claims, those that share the most context
// first, each when its groups are apart and agree says they may be one.
func (g *grouper) joinBest(pairs []weighedPair, agree func(i, j int) bool) {
	slices.SortFunc(pairs, func(a, b weighedPair) int {
		return cmp.Or(cmp.Compare(b.weight, a.weight), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
	for _, p := range pairs {
		if g.find(p.i) != g.find(p.j) && agree(p.i, p.j) {
			g.union(p.i, p.j)
		}
	}
}

// roundedNeed is how much context two claims of a batch must share when
// one rounds the other: a sum of money is specific enough to need little
// ("$28bn", "$28.3bn"), other figures twice what the same value needs.
func roundedNeed(c *factcheck.Claim) float64 {
	if c.Kind == factcheck.Money {
		return minSharedContext / 3
	}
	return 2 * minSharedContext
}

// maxAgreeChecks bounds the pairs of figures valuesAgree compares; two
// groups with more are not joined by a rounding.
const maxAgreeChecks = 2500

// valuesAgree reports whether every figure of claim i's group states the
// same value as every figure of claim j's group of its kind and unit, or
// rounds it, or lies near it: "$28bn" rounds both "$28.3bn" and "$27.5bn",
// but a rounding does not make one fact of the two, nor of two values
// one article says loosely ("about 19.8 mln", "roughly 20 mln"). Joins by rounding are
// thus complete-link, not a chain.
func (g *grouper) valuesAgree(i, j int) bool {
	ri, rj := g.find(i), g.find(j)
	if g.size[ri]*g.size[rj] > maxAgreeChecks {
		return false
	}
	kind, unit := g.claims[i].Kind, g.claims[i].Unit
	for a := ri; ; {
		ca := &g.claims[a]
		if ca.Kind == kind && ca.Unit == unit {
			for b := rj; ; {
				cb := &g.claims[b]
				if cb.Kind == kind && cb.Unit == unit && !sameStatedValue(ca, cb) && !near(ca, cb) && !admits(ca, cb) && !admits(cb, ca) {
					return false
				}
				if cb.Kind == kind && cb.Unit == unit && ca.Doc == cb.Doc && ca.Value != cb.Value && ca.Qualifier != factcheck.Exact && cb.Qualifier != factcheck.Exact {
					return false // "about 19.8 mln shares were tendered" of "the roughly 20 mln shares": one article's two figures, both said loosely
				}
				if cb.Kind == kind && cb.Unit == unit && ca.Doc == cb.Doc && ca.Value != cb.Value && ca.Qualifier == factcheck.Exact && cb.Qualifier == factcheck.Exact &&
					ca.SentenceStart != cb.SentenceStart && ca.SentenceStart > 0 && cb.SentenceStart > 0 && unitPrice(ca) && unitPrice(cb) {
					return false // one article's body gives two exact prices, no rounding of one: "49-1/2 Canadian cents a pound" for one grade, "50 Canadian cents" for the next (but a headline rounds)
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

// unitPrice reports whether claim c is a price of one unit of something:
// a sum of money below 1,000 with no scale, exact to its last figure.
func unitPrice(c *factcheck.Claim) bool {
	return c.Kind == factcheck.Money && c.Value.Num < 1000 && rateLike(c)
}

// A line of figures is minRow figures or more, each at most maxRowGap
// bytes from the next: a score ("won 6-2 7-6 (7-1) 7-6 (7-5)"), a table
// row ("12 10 2 0 34 8 30").
const (
	minRow    = 4
	maxRowGap = 3
)

// figureRows returns, for each claim in a line of figures, its place in
// it: its index and the values of the figures before and after it; ""
// for a claim of ordinary prose. The same small figure in two such lines
// is the same fact only in the same place: the second set's 7 is no
// third set's 7.
func (g *grouper) figureRows() []string {
	out := make([]string, len(g.claims))
	for i := 0; i < len(g.claims); {
		j := i + 1
		for j < len(g.claims) && g.claims[j].Doc == g.claims[i].Doc && g.claims[j].Start >= g.claims[j-1].End &&
			g.claims[j].Start-g.claims[j-1].End <= maxRowGap {
			j++
		}
		if j-i >= minRow {
			for k := i; k < j; k++ {
				before, after := "", ""
				if k > i {
					before = g.claims[k-1].Value.String()
				}
				if k+1 < j {
					after = g.claims[k+1].Value.String()
				}
				out[k] = strconv.Itoa(k-i) + "|" + before + "|" + after
			}
		}
		i = j
	}
	return out
}

// context returns the content words near claim i (contextWords), read
// once.
func (g *grouper) context(i int) map[string]bool {
	if g.ctx == nil {
		g.ctx = make([]map[string]bool, len(g.claims))
	}
	if g.ctx[i] == nil {
		g.ctx[i] = contextWords(&g.claims[i])
	}
	return g.ctx[i]
}

// weigh sums, over the words two contexts share, ln(N/n): N the sentences
// of the claims grouped, n those with the word. Words rare among the
// sentences weigh more than the names every article repeats. The terms
// are added in millionths, as integers, so that the sum is the same in
// whatever order the map gives the words (floating-point addition is not
// associative, and a weight compared with a threshold must not flip
// between two runs).
func (g *grouper) weigh(a, b map[string]bool) float64 {
	if g.df == nil {
		g.df, g.sentences = sentenceFrequencies(g.claims)
	}
	var sum int64
	for w := range a {
		if b[w] {
			sum += int64(math.Round(1e6 * math.Log(float64(g.sentences)/float64(max(1, g.df[w])))))
		}
	}
	return float64(sum) / 1e6
}

// specific reports whether c states a figure precise enough to name a fact
// on its own: a sum of money, a number of 100 or more that is no year, or
// one with decimals ("9.8 pct", "28.1%").
func specific(c *factcheck.Claim) bool {
	switch c.Kind {
	case factcheck.Money:
		return true
	case factcheck.Count, factcheck.Measure, factcheck.Percent:
		v := c.Value.Num
		return v >= 100 && !(c.Kind == factcheck.Count && v < 2100 && v == float64(int(v)) && v >= 1900) || v != math.Trunc(v)
	}
	return false
}

// valueBucket is what claims of the same value share: the value and end
// value, a date's year (or month, without a year). A figure meets its
// roundings ("29" of 28.9%, "2000" of 1,987) in a bucket of its value to
// two significant figures (see linkSameValues).
func valueBucket(c *factcheck.Claim) string {
	if c.Kind == factcheck.Date {
		return c.Value.Date[:min(len(c.Value.Date), 4)] // "2002" of "2002-07"; "--08" of "--08-12"
	}
	return c.Value.String() + "|" + endString(c)
}

// yearlessBucket is the bucket (as vs holds it) of the dates of no year in
// the month of c, a date of a known year, where sameDay finds it the day
// a text states without its year; "" for any other claim.
func yearlessBucket(c *factcheck.Claim) string {
	if t, ok := calendar.ParseDay(c.Value.Date); c.Kind != factcheck.Date || c.EndValue != nil || !ok || t.Y == 0 {
		return ""
	}
	return string(c.Kind) + "|" + bucketUnit(c) + "|--" + c.Value.Date[5:7] // the month of "2021-01-06"
}

// sameDay reports whether a and b are one day, one of them stated without
// its year: "Jan. 6, 2021" and, in a text of no known year, "Jan. 6".
func sameDay(a, b *factcheck.Claim) bool {
	if a.Kind != factcheck.Date || b.Kind != factcheck.Date || a.EndValue != nil || b.EndValue != nil {
		return false
	}
	da, okA := calendar.ParseDay(a.Value.Date)
	db, okB := calendar.ParseDay(b.Value.Date)
	return okA && okB && (da.Y == 0) != (db.Y == 0) && da.M == db.M && da.D == db.D
}

// bucketUnit is the unit whose figures of one value linkSameValues
// compares: a tonne however spelt; a spread over a benchmark rate in percentage points is its
// percentage, as a story writes it either way ("cut to 7/8 pct over
// Libor from 1-1/8 pct", "the 1-1/8 pct spread"); a rate's change in
// points ("a one point cut") is no percentage.
func bucketUnit(c *factcheck.Claim) string {
	if c.Kind == factcheck.Measure && c.Unit == "metric ton" {
		return "tonne" // "26,000 metric tons", "26,000 tonnes" (and the trade's "26,000 mt"): one unit however spelt
	}
	if c.Kind == factcheck.Percent && c.Unit == "percentage point" {
		s := strings.ToLower(c.Sentence)
		if strings.Contains(s, "libor") || strings.Contains(s, "spread") || strings.Contains(s, "margin") {
			return ""
		}
	}
	return c.Unit
}

// localDollar reports whether the sum c is in a dollar other than the
// US one that its words do not name: "2,665,000", "20 cts", "1.2 mln dlrs"
// under a Vancouver or Sydney dateline, read as the country's own dollar.
func localDollar(c *factcheck.Claim) bool {
	switch c.Unit {
	case "CAD", "AUD", "NZD", "HKD", "SGD":
	default:
		return false
	}
	t := strings.ToLower(c.Text)
	for _, w := range []string{"u.s", "us$", "canad", "cdn", "c$", "austral", "a$", "zealand", "nz", "hong kong", "hk", "singapore", "s$"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// sameStatedValue reports whether a and b, of one bucket, state the same
// value: one rounds the other ("29%" and "28.9%", "about 2,000" and
// 1,987); for dates, one is the other or a more precise one.
func sameStatedValue(a, b *factcheck.Claim) bool {
	if endString(a) != endString(b) {
		return false
	}
	if a.Kind != factcheck.Date {
		if a.EndValue != nil {
			return a.Value == b.Value
		}
		x, y := a.Value.Num, b.Value.Num
		return x == y || rounds(x, y) && !trailingZeros(a.Text) || rounds(y, x) && !trailingZeros(b.Text) ||
			trailingZeros(a.Text) && roundsAt(x, y, statedDigits(a.Text)) || trailingZeros(b.Text) && roundsAt(y, x, statedDigits(b.Text))
	}
	x, y := a.Value.Date, b.Value.Date
	return x == y || a.EndValue == nil && (strings.HasPrefix(x, y+"-") || strings.HasPrefix(y, x+"-"))
}

// trailingZeros reports whether a figure of text s is written with zeros
// after its decimal point ("42.00 dlrs", "4.0 pct"): it states those
// places, and rounds nothing.
func trailingZeros(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > i+1 && i > 0 && s[i-1] >= '0' && s[i-1] <= '9' && s[j-1] == '0' {
			return true
		}
		k := strings.IndexByte(s[j:], '.')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// statedDigits counts the digits the first number of s states, zeros
// after its decimal point too: 3 of "22.0 mln", 4 of "1,250 dlrs".
func statedDigits(s string) int {
	n, started := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '1' && c <= '9' || c == '0' && started:
			n++
			started = true
		case c == '.' || c == ',' || c == '0':
		default:
			if started {
				return n
			}
		}
	}
	return n
}

// roundsAt reports whether x is y rounded to n significant figures, and y
// has more: "22.0 mln shares" rounds 21,978,000.
func roundsAt(x, y float64, n int) bool {
	return n > 0 && significant(y) > n && roundTo(y, n) == x
}

// maxNear is how far apart, as a share of the larger, two reports of one
// figure may be and still be compared as one: rounded ("about 2,000" and
// 1,987) or reported a little differently.
const maxNear = 0.02

// near reports whether a and b, no ranges nor dates, differ by maxNear at
// most.
func near(a, b *factcheck.Claim) bool {
	if a.Kind == factcheck.Date || a.EndValue != nil || b.EndValue != nil {
		return false
	}
	x, y := math.Abs(a.Value.Num), math.Abs(b.Value.Num)
	return math.Abs(x-y) <= maxNear*max(x, y)
}

// maxBoundGap is how far, as a share of the bound, a figure may lie past
// a bound and still be the figure the bound gave: "in excess of 600 mln
// dlrs", then "630 mln dlrs".
const maxBoundGap = 0.1

// admits reports whether the claim b, neither a bound, a range nor a
// date, lies above the lower bound a, within maxBoundGap of it: the
// figure the bound held back. An upper bound is a cap ("up to 51 pct" of
// a company), whose figures under it are others (the stake held); a guess
// ("several billion", "a few hundred") is no bound a figure meets.
func admits(a, b *factcheck.Claim) bool {
	if a.Qualifier != factcheck.LowerBound || a.Kind == factcheck.Date || a.EndValue != nil || b.EndValue != nil ||
		b.Qualifier == factcheck.LowerBound || b.Qualifier == factcheck.UpperBound {
		return false
	}
	if w := strings.ToLower(a.Text); strings.HasPrefix(w, "several") || strings.HasPrefix(w, "a few") {
		return false // "the 1986 deficit is "several billion"": a guess, no floor a figure meets
	}
	x, y := a.Value.Num, b.Value.Num
	return y >= x && y-x <= maxBoundGap*math.Abs(x)
}

// rounds reports whether x is y rounded to x's significant figures, and
// has fewer of them: 29 rounds 28.9, 2000 rounds 1987; but not a y half
// way between two roundings, which no writer rounds one way rather than
// the other: 150 is no rounding of 145 (a bid raised from 145 dlrs).
func rounds(x, y float64) bool {
	if math.Abs(x-y) > max(math.Abs(x), math.Abs(y))/2 {
		return false // no rounding moves a figure by half its size: spares the figures' counting
	}
	n := significant(x)
	if n >= significant(y) || roundTo(y, n) != x {
		return false
	}
	half := math.Pow(10, math.Ceil(math.Log10(math.Abs(y)))-float64(n)) / 2
	return math.Abs(math.Abs(x-y)-half) > half*1e-9
}

// significant counts the significant figures of x as news writes it:
// 2000 has one, 160 two, 28.9 three.
func significant(x float64) int {
	if a := math.Abs(x); a == math.Trunc(a) && a < 1<<53 {
		// a whole number, as most figures are: its digits but the trailing zeros
		u, n := uint64(a), 0
		for u > 0 && u%10 == 0 {
			u /= 10
		}
		for ; u > 0; u /= 10 {
			n++
		}
		return max(1, n)
	}
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], math.Abs(x), 'f', -1, 64)
	point := bytes.IndexByte(s, '.') >= 0
	s = bytes.TrimLeft(s, "0.")
	if !point {
		s = bytes.TrimRight(s, "0")
	}
	n := len(s)
	if bytes.IndexByte(s, '.') >= 0 {
		n--
	}
	return max(1, n)
}

// roundTo rounds x to n significant figures.
func roundTo(x float64, n int) float64 {
	if x == 0 {
		return 0
	}
	p := math.Pow(10, float64(n)-math.Ceil(math.Log10(math.Abs(x))))
	v, _ := strconv.ParseFloat(strconv.FormatFloat(math.Round(x*p)/p, 'g', n, 64), 64)
	return v
}

// contextWords returns the content words of c's sentence within
// contextWindow words of the claim, and of its subject, in lower case and
// singular; numbers, months and stop words left out.
func contextWords(c *factcheck.Claim) map[string]bool {
	return contextWithin(c, contextWindow)
}

// contextWithin is contextWords with window words either side.
func contextWithin(c *factcheck.Claim, window int) map[string]bool {
	rel := c.Start - c.SentenceStart
	s := c.Sentence
	if rel < 0 || rel > len(s) || !strings.HasPrefix(s[rel:], c.Text) {
		rel = max(0, strings.Index(s, c.Text))
	}
	end := min(len(s), rel+len(c.Text))
	before, after := words(s[:rel]), words(s[end:])
	before = before[max(0, len(before)-window):]
	after = after[:min(len(after), window)]
	set := map[string]bool{}
	for _, ws := range [][]string{before, after, words(c.Subject)} {
		contentStems(set, ws)
	}
	return set
}

// sentenceFrequencies returns in how many of the claims' sentences each
// stem of a content word is, and how many sentences there are: a sentence
// is counted once for the claims after its first. The claims are read in
// parts on every core.
func sentenceFrequencies(claims []factcheck.Claim) (map[string]int, int) {
	workers := runtime.GOMAXPROCS(0)
	chunk := max(1, (len(claims)+workers-1)/workers)
	parts := (len(claims) + chunk - 1) / chunk
	dfs, counts := make([]map[string]int, parts), make([]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			df, stems, ws := map[string]int{}, map[string]bool{}, []string(nil)
			for i := p * chunk; i < min((p+1)*chunk, len(claims)); i++ {
				c := &claims[i]
				if i > 0 && claims[i-1].Doc == c.Doc && claims[i-1].SentenceStart == c.SentenceStart {
					continue
				}
				counts[p]++
				clear(stems)
				ws = appendWords(ws[:0], c.Sentence)
				for w := range contentStems(stems, ws) {
					df[w]++
				}
			}
			dfs[p] = df
		})
	}
	wg.Wait()
	if parts == 0 {
		return map[string]int{}, 0
	}
	df, n := dfs[0], counts[0]
	for p := 1; p < parts; p++ {
		for w, m := range dfs[p] {
			df[w] += m
		}
		n += counts[p]
	}
	return df, n
}

// contentStems adds to set the stems of the content words of ws: numbers,
// months and stop words left out. It returns set.
func contentStems(set map[string]bool, ws []string) map[string]bool {
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Scale|lexicon.Ordinal|lexicon.Month|lexicon.Weekday|lexicon.Vague) != 0 {
			continue
		}
		if o := synonyms[w]; o != "" {
			w = o
		}
		set[stem(w)] = true
	}
	return set
}

// synonyms spell one way the words news uses by turns for one thing: a
// crop, a harvest and the output of a season; a stop-gap budget and a
// provisional one; a company's earnings and the "Net" of its results'
// table.
var synonyms = map[string]string{"crop": "output", "crops": "output", "harvest": "output", "harvests": "output",
	"production": "output", "produced": "output", "outturn": "output",
	"stop-gap": "provisional", "stopgap": "provisional", "interim": "provisional",
	"earnings": "net", "earning": "net"}

// stem crudely reduces an English word to what its inflections share:
// "collapse", "collapsed" and "collapses" to "collaps".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w)-len(suf) >= 3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// shareOfOne reports whether two percentages are each "of" one name, the
// same: "54 pct of Cyclops' 4.3 mln shares" and "had reported that 54 pct
// of Cyclops' stock had been tendered", one share of one company.
func shareOfOne(a, b *factcheck.Claim) bool {
	if a.Kind != factcheck.Percent {
		return false
	}
	na := ofName(a)
	return na != "" && na == ofName(b)
}

// ofName returns the name, in lower case without an owner's "'s", that
// the percentage c is "of" ("54 pct of Cyclops'"), or "".
func ofName(c *factcheck.Claim) string {
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return ""
	}
	rest := c.Text + c.Sentence[end:min(len(c.Sentence), end+40)]
	k := strings.Index(rest, " of ")
	if k < 0 || k > len(c.Text) {
		return ""
	}
	f := strings.Fields(rest[k+4:])
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimRight(trimPunct(f[0]), "'\u2019")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
	if !isName(w) {
		return ""
	}
	return strings.ToLower(w)
}

// bulletinHeadlines returns, for each article whose opening (its first
// sentence that holds a claim: its headline, or its lead when the headline
// gives no figure) another article of its story says again but for its
// figures, its verbs of change and its months ("U.S. BUSINESS LOANS FALL
// 618 MLN DLRS", "U.S. BUSINESS LOANS RISE 377 MLN DLRS"; "OTTAWA, March
// 6 - Canadian narrowly-defined money supply M-1 rose 217 mln dlrs to
// 32.80 billion dlrs in week ended February 25", a week on "fell 291 mln
// dlrs to 32.44 billion dlrs"), a name of that bulletin; "" for the
// others. Such articles are one bulletin issued again, week by week:
// headlines alike as written, leads sharing minRetold of their words.
// maskedWords gives a claim's sentence's words (maskedContent), read once
// for this and linkRetold both.
func (g *grouper) bulletinHeadlines(maskedWords func(claim int) map[string]bool) func(doc string) string {
	type opening struct {
		doc   string
		claim int
	}
	byStart := map[string][]opening{} // openings by story and first masked words
	name := map[string]string{}       // an article to its bulletin's first article
	for i := range g.claims {
		c := &g.claims[i]
		if i > 0 && g.claims[i-1].Doc == c.Doc {
			continue
		}
		var ws []string
		for _, w := range words(c.Sentence[:min(len(c.Sentence), openingBytes)]) {
			lw := strings.ToLower(w)
			if strings.ContainsAny(w, "0123456789") || riseWords[lw] || fallWords[lw] || lexiconNumber(lw) || isMonth(lw) {
				continue
			}
			if ws = append(ws, lw); len(ws) == bulletinOpening {
				break
			}
		}
		k := strconv.Itoa(g.story[c.Doc]) + "|" + strings.Join(ws, " ")
		for _, o := range byStart[k][:min(len(byStart[k]), maxBulletins)] {
			if jaccard(maskedWords(i), maskedWords(o.claim)) >= minRetold {
				name[c.Doc], name[o.doc] = o.doc, o.doc
				break
			}
		}
		if _, ok := name[c.Doc]; !ok {
			byStart[k] = append(byStart[k], opening{c.Doc, i})
		}
	}
	return func(doc string) string { return name[doc] }
}

// bulletinOpening is how many of their words, figures and verbs of change
// aside, the openings of one bulletin's issues share; maxBulletins bounds
// how many bulletins of one opening an article is compared with.
const (
	bulletinOpening = 4
	maxBulletins    = 16
)

// openingBytes bounds the bytes of an opening read for its first words: a
// sentence may run for megabytes in a file without stops.
const openingBytes = 100

// lexiconNumber reports whether w, in lower case, is a number's word or
// scale ("two", "mln", "billion").
func lexiconNumber(w string) bool {
	id := lexicon.Lookup(w)
	return id != 0 && lexicon.At(id).Cat&(lexicon.Cardinal|lexicon.Scale) != 0
}

// reachedLevel reports whether the figure c is a level a bulletin reports,
// the figure a change reached ("fell 618 mln dlrs to 278.88 billion
// dlrs"), not the change.
func reachedLevel(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 12)
	return len(ws) > 0 && (ws[len(ws)-1] == "to" || ws[len(ws)-1] == "at")
}
