package extract

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// qualifiers: the words before a number that bound it. The first match
// wins, so a cue comes before any it ends in. The last word of each is in the lexicon as a lexicon.QualEnd
// (TestQualifierCuesInLexicon).
var qualifierCues = []struct {
	words []string
	q     factcheck.Qualifier
}{
	// a bound that takes its value in: "less than or equal to 100",
	// "equal to or more than 30" (before the shorter cues they end in)
	{[]string{"less", "than", "or", "equal", "to"}, factcheck.UpperBound},
	{[]string{"fewer", "than", "or", "equal", "to"}, factcheck.UpperBound},
	{[]string{"more", "than", "or", "equal", "to"}, factcheck.LowerBound},
	{[]string{"greater", "than", "or", "equal", "to"}, factcheck.LowerBound},
	{[]string{"equal", "to", "or", "less", "than"}, factcheck.UpperBound},
	{[]string{"equal", "to", "or", "fewer", "than"}, factcheck.UpperBound},
	{[]string{"equal", "to", "or", "more", "than"}, factcheck.LowerBound},
	{[]string{"equal", "to", "or", "greater", "than"}, factcheck.LowerBound},
	// "slightly more than 20 pct", "a little over 1,800 billion yen": the
	// bound and the word that says it is near
	{[]string{"slightly", "more", "than"}, factcheck.LowerBound},
	{[]string{"slightly", "less", "than"}, factcheck.UpperBound},
	{[]string{"slightly", "over"}, factcheck.LowerBound},
	{[]string{"slightly", "under"}, factcheck.UpperBound},
	{[]string{"slightly", "above"}, factcheck.LowerBound},
	{[]string{"slightly", "below"}, factcheck.UpperBound},
	{[]string{"a", "little", "more", "than"}, factcheck.LowerBound},
	{[]string{"a", "little", "less", "than"}, factcheck.UpperBound},
	{[]string{"a", "little", "over"}, factcheck.LowerBound},
	{[]string{"a", "little", "under"}, factcheck.UpperBound},
	{[]string{"no", "more", "than"}, factcheck.UpperBound},
	{[]string{"no", "fewer", "than"}, factcheck.LowerBound},
	{[]string{"not", "more", "than"}, factcheck.UpperBound},
	{[]string{"not", "less", "than"}, factcheck.LowerBound},
	{[]string{"no", "less", "than"}, factcheck.LowerBound},
	{[]string{"no", "bigger", "than"}, factcheck.UpperBound}, // "cabin bags no bigger than 55 x 40 x 20cm"
	{[]string{"no", "larger", "than"}, factcheck.UpperBound},
	{[]string{"no", "longer", "than"}, factcheck.UpperBound},
	{[]string{"as", "high", "as"}, factcheck.UpperBound},
	{[]string{"in", "excess", "of"}, factcheck.LowerBound},
	// "the best part of a week", "the better part of three weeks", "the
	// thick end of an hour": nearly all of it, as the goldens' hands bound it
	{[]string{"the", "best", "part", "of"}, factcheck.UpperBound},
	{[]string{"the", "better", "part", "of"}, factcheck.UpperBound},
	{[]string{"the", "thick", "end", "of"}, factcheck.UpperBound},
	{[]string{"on", "the", "order", "of"}, factcheck.Approx},
	{[]string{"in", "the", "order", "of"}, factcheck.Approx},
	{[]string{"in", "the", "region", "of"}, factcheck.Approx},
	{[]string{"as", "many", "as"}, factcheck.UpperBound},
	{[]string{"as", "much", "as"}, factcheck.UpperBound},
	{[]string{"as", "few", "as"}, factcheck.LowerBound},
	{[]string{"as", "young", "as"}, factcheck.LowerBound}, // "children as young as 12": ages from 12 up
	{[]string{"as", "old", "as"}, factcheck.UpperBound},
	{[]string{"as", "little", "as"}, factcheck.LowerBound},
	{[]string{"as", "low", "as"}, factcheck.Exact}, // "rates as low as 60%": the lowest reached, as most hands write it
	{[]string{"as", "deep", "as"}, factcheck.UpperBound},
	{[]string{"as", "long", "as"}, factcheck.UpperBound},
	{[]string{"as", "far", "as"}, factcheck.UpperBound},
	{[]string{"as", "large", "as"}, factcheck.UpperBound},
	{[]string{"as", "big", "as"}, factcheck.UpperBound},
	{[]string{"a", "minimum", "of"}, factcheck.LowerBound},
	{[]string{"minimum", "of"}, factcheck.LowerBound},
	{[]string{"a", "maximum", "of"}, factcheck.UpperBound},
	{[]string{"maximum", "of"}, factcheck.UpperBound},
	{[]string{"a", "minimum"}, factcheck.LowerBound}, // "a minimum eight billion dlr credit"
	{[]string{"a", "maximum"}, factcheck.UpperBound}, // "a maximum 50,000 dlr fine"
	{[]string{"more", "than"}, factcheck.LowerBound},
	{[]string{"greater", "than"}, factcheck.LowerBound},
	{[]string{"higher", "than"}, factcheck.LowerBound},
	{[]string{"larger", "than"}, factcheck.LowerBound},
	{[]string{"bigger", "than"}, factcheck.LowerBound},
	{[]string{"better", "than"}, factcheck.LowerBound}, // "a ratio of better than 4.6 to 1"
	{[]string{"smaller", "than"}, factcheck.UpperBound},
	{[]string{"less", "than"}, factcheck.UpperBound},
	{[]string{"fewer", "than"}, factcheck.UpperBound},
	{[]string{"lower", "than"}, factcheck.UpperBound},
	// a size compared: "a ship longer than 200m", "shallower than 15m"
	{[]string{"longer", "than"}, factcheck.LowerBound},
	{[]string{"taller", "than"}, factcheck.LowerBound},
	{[]string{"wider", "than"}, factcheck.LowerBound},
	{[]string{"deeper", "than"}, factcheck.LowerBound},
	{[]string{"thicker", "than"}, factcheck.LowerBound},
	{[]string{"shorter", "than"}, factcheck.UpperBound},
	{[]string{"narrower", "than"}, factcheck.UpperBound},
	{[]string{"shallower", "than"}, factcheck.UpperBound},
	{[]string{"not", "to", "exceed"}, factcheck.UpperBound},
	{[]string{"not", "exceeding"}, factcheck.UpperBound},
	{[]string{"not", "exceed"}, factcheck.UpperBound}, // "is not expected to exceed 10 pct"
	{[]string{"not", "exceeded"}, factcheck.UpperBound},
	{[]string{"limited", "to"}, factcheck.UpperBound},
	{[]string{"capped", "at"}, factcheck.UpperBound},
	{[]string{"up", "to"}, factcheck.UpperBound},
	{[]string{"at", "least"}, factcheck.LowerBound},
	{[]string{"at", "most"}, factcheck.UpperBound},
	{[]string{"upwards", "of"}, factcheck.LowerBound},
	{[]string{"north", "of"}, factcheck.LowerBound}, // "rents north of €1,800 a month"
	{[]string{"south", "of"}, factcheck.UpperBound},
	{[]string{"beyond"}, factcheck.LowerBound}, // "taking his spell in charge beyond 22 years"
	{[]string{"a", "shade", "under"}, factcheck.UpperBound},
	{[]string{"a", "shade", "over"}, factcheck.LowerBound},
	{[]string{"close", "to"}, factcheck.UpperBound},
	{[]string{"closer", "to"}, factcheck.Approx},
	{[]string{"an", "estimated"}, factcheck.Approx},
	{[]string{"estimated", "at"}, factcheck.Approx},
	{[]string{"just", "over"}, factcheck.LowerBound},
	{[]string{"just", "under"}, factcheck.UpperBound},
	{[]string{"just", "above"}, factcheck.LowerBound},
	{[]string{"just", "below"}, factcheck.UpperBound},
	{[]string{"well", "over"}, factcheck.LowerBound},
	{[]string{"well", "above"}, factcheck.LowerBound},
	{[]string{"well", "under"}, factcheck.UpperBound},
	{[]string{"well", "below"}, factcheck.UpperBound},
	{[]string{"nearly"}, factcheck.UpperBound},
	{[]string{"neared"}, factcheck.UpperBound},
	{[]string{"nearing"}, factcheck.UpperBound},
	{[]string{"near"}, factcheck.Approx},
	{[]string{"within"}, factcheck.UpperBound},
	{[]string{"inside"}, factcheck.UpperBound}, // "wants the deal done inside a fortnight"
	{[]string{"almost"}, factcheck.UpperBound},
	{[]string{"virtually"}, factcheck.UpperBound},
	{[]string{"under"}, factcheck.UpperBound},
	{[]string{"below"}, factcheck.UpperBound},
	{[]string{"barely"}, factcheck.UpperBound},
	{[]string{"over"}, factcheck.LowerBound},
	{[]string{"above"}, factcheck.LowerBound},
	{[]string{"exceeding"}, factcheck.LowerBound},
	{[]string{"exceeded"}, factcheck.LowerBound},
	{[]string{"exceeds"}, factcheck.LowerBound},
	{[]string{"exceed"}, factcheck.LowerBound}, // "proceeds to exceed 90 mln dlrs"
	{[]string{"surpassed"}, factcheck.LowerBound},
	{[]string{"surpassing"}, factcheck.LowerBound},
	{[]string{"surpasses"}, factcheck.LowerBound},
	{[]string{"surpass"}, factcheck.LowerBound},
	{[]string{"topping"}, factcheck.LowerBound},
	{[]string{"topped"}, factcheck.LowerBound},
	{[]string{"tops"}, factcheck.LowerBound},
	{[]string{"top"}, factcheck.LowerBound}, // "was projected to top 10 billion", a verb only (see qualifier)
	{[]string{"about"}, factcheck.Approx},
	{[]string{"around"}, factcheck.Approx},
	{[]string{"round"}, factcheck.Approx},
	{[]string{"approximately"}, factcheck.Approx},
	{[]string{"approximate"}, factcheck.Approx}, // "the country's approximate 19 billion dlrs of foreign debt"
	{[]string{"approx"}, factcheck.Approx},
	{[]string{"roughly"}, factcheck.Approx},
	{[]string{"some"}, factcheck.Approx},
	{[]string{"estimated"}, factcheck.Approx},
	{[]string{"estimates"}, factcheck.Approx}, // "Organizer X estimates 5,000-8,000 people"
	{[]string{"circa"}, factcheck.Approx},
	{[]string{"~"}, factcheck.Approx},
}

// cuesEndingIn maps the last word of each qualifier cue to the cues that
// end in it, in qualifierCues' order: the cues a word before a number may
// end.
var cuesEndingIn = func() map[string][]int {
	m := map[string][]int{}
	for n, c := range qualifierCues {
		w := c.words[len(c.words)-1]
		m[w] = append(m[w], n)
	}
	return m
}()

// qualifier returns the qualifier words that end just before token i and
// the index of their first token.
func (x *extractor) qualifier(i int) (factcheck.Qualifier, int) {
	// "at least the next 10 years", "above the $1.1 trillion level"
	if x.eq(i-2, wThe) && (x.eq(i-1, wNext) || x.eq(i-1, wPast) || x.eq(i-1, wLast) || x.eq(i-1, wFirst)) && x.boundBefore(i-2, false) ||
		x.eq(i-1, wThe) && x.boundBefore(i-1, true) && x.levelAfter(i) {
		k := i - 1
		if !x.eq(k, wThe) {
			k--
		}
		if q, first := x.qualifier(k); first < k {
			return q, first
		}
	}
	// "up to an additional 322,500 shares", "up to another 1,200,000":
	// the bound of a figure said to come on top
	if k := i - 1; x.eq(k, wAnother) || (x.eq(k, wAdditional) || x.eq(k, wExtra) || x.eq(k, wFurther)) && (x.eq(k-1, wAn) || x.eq(k-1, wA)) {
		if !x.eq(k, wAnother) {
			k--
		}
		if q, first := x.qualifier(k); first < k && q == factcheck.UpperBound {
			return q, first
		}
	}
	if x.str(i) == "$" && x.abbreviationAt(i-4, "U", "S") {
		if q, first := x.qualifier(i - 4); first < i-4 {
			return q, first // "or about U.S.$1.0 billion"
		}
	}
	if x.openingQuote(i - 1) {
		// about "40% of staff": the cue is outside the quote
		if q, first := x.qualifier(i - 1); first < i-1 {
			return q, first
		}
	}
	if x.mark(i-1) == '=' && x.toks[i-1].flags&fSpace == 0 && x.boundSign(i-2) != factcheck.Exact {
		return x.boundSign(i - 2), i - 2 // ">= 30", "<=100": the bound, its value in
	}
	if q := x.boundSign(i - 1); q != factcheck.Exact {
		return q, i - 1
	}
	if i >= 2 && x.eq(i-2, wNear) && x.hyphenAt(i-2) {
		return factcheck.Approx, i - 2 // "the near-400,000 complaints"
	}
	if i >= 2 && x.eq(i-2, wSub) && x.hyphenAt(i-2) && x.toks[i-1].flags&fSpace == 0 {
		return factcheck.UpperBound, i - 2 // "a sub-$1,000 phone", "his third sub-20": under it
	}
	if i >= 2 && x.mark(i-1) == '.' && x.str(i-2) == "c" && x.toks[i-1].flags&fSpace == 0 && (i == 2 || x.toks[i-2].flags&fSpace != 0) {
		return factcheck.Approx, i - 2 // "an average audience of c. 9.3m", "c. $90m": circa
	}
	if i >= 2 && x.mark(i-1) == '.' && x.eqText(i-2, "approx") && x.toks[i-1].flags&fSpace == 0 {
		return factcheck.Approx, i - 2 // "Approx. 1,200 officers"
	}
	if i >= 1 && (x.eqText(i-1, "crossed") || x.eqText(i-1, "passed") || x.eqText(i-1, "pass") || x.eqText(i-1, "cross")) && (x.str(i) == "$" || x.str(i) == "£" || x.str(i) == "€" || x.str(i) == "US" && x.str(i+1) == "$") {
		return factcheck.LowerBound, i - 1 // "crossed $1 billion worldwide", "the first to pass US$1 billion": beyond it
	}
	if i == 0 || !(x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.QualEnd) || x.tokIs(i-1, tPunct) && x.mark(i-1) == '~') {
		return factcheck.Exact, i
	}
	for _, n := range cuesEndingIn[x.lowerAt(i-1)] {
		c := &qualifierCues[n]
		k := i - len(c.words)
		if k < 0 {
			continue
		}
		ok := true
		for m, w := range c.words {
			if !x.eqText(k+m, w) {
				ok = false
				break
			}
		}
		if ok && (c.words[0] == "up" && x.raisedTo(k) || strings.HasPrefix(c.words[0], "top") && x.ordinalAt(i)) {
			return factcheck.Exact, i // "PROFIT TOPPING 2ND QTR" tops a period
		}
		if ok && c.words[0] == "top" && !(x.eq(k-1, wTo) || modalVerb(x.lowerAt(max(k-1, 0)))) {
			continue // "the top 10 firms", "in the top five": a rank, no verb
		}
		if ok && (c.words[0] == "exceeded" || c.words[0] == "exceeds" || c.words[0] == "exceed") && yearLike(x.str(i)) {
			return factcheck.Exact, i // "profits in 1986 exceeded 1985 profits": a year's
		}
		if ok && c.words[0] == "exceed" && x.negatedBefore(k) && !x.breakIn(k+1, i+1) {
			return factcheck.UpperBound, k // "cannot exceed 50 pct", "should never exceed five years", "are not expected to exceed 10 pct"
		}
		if ok && c.words[0] == "beyond" && (x.tokIs(i, tWord) && x.toks[i].is(lexicon.Month) || yearLike(x.str(i))) {
			return factcheck.Exact, i // "runs beyond March 2024": a date passed, as hands write it
		}
		if ok && c.q == factcheck.LowerBound && x.forbiddenBefore(k) && !x.breakIn(k+1, i+1) {
			return factcheck.UpperBound, k // "do not take more than eight tablets", "do not store above 25°C": a most
		}
		if ok && c.q == factcheck.UpperBound && len(c.words) == 1 && (c.words[0] == "below" || c.words[0] == "under") && x.forbiddenBefore(k) && !x.breakIn(k+1, i+1) {
			return factcheck.LowerBound, k // "the low did not fall below 90F": a least
		}
		if ok && len(c.words) == 2 && c.words[1] == "than" && (x.eq(k-1, wNo) || x.eqText(k-1, "not")) && !x.breakIn(k+1, i+1) {
			switch c.q {
			case factcheck.LowerBound:
				return factcheck.UpperBound, k - 1 // "so long as it is no taller than 4 metres": a most
			case factcheck.UpperBound:
				return factcheck.LowerBound, k - 1 // "no shorter than 20 minutes": a least
			}
		}
		if ok && len(c.words) == 2 && c.words[1] == "than" && x.comparedFigure(k-1) {
			return factcheck.Exact, i // "14 per cent less than 12 months earlier": the percentage's comparison, no bound of the months
		}
		if ok && len(c.words) == 1 && c.words[0] == "under" && x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].is(lexicon.Duration) && !x.hyphenAt(i+2) &&
			x.tokIs(i+3, tWord) && x.toks[i+3].flags&fUpper == 0 && !x.eq(i+3, wOld) && !x.eqText(i+3, "olds") {
			return factcheck.Exact, i // "run under five-year contracts": a preposition before a term, no bound
		}
		if ok && len(c.words) == 1 && c.words[0] == "over" && x.overParticle(k-1) {
			return factcheck.Exact, i // "Boeing handed over 396 jets": a verb's particle, no bound
		}
		if ok && c.words[0] == "round" && x.tokIs(k-1, tWord) && !x.toks[k-1].is(lexicon.Stop) {
			return factcheck.Exact, i // "sailed round three Greek islands": a way, no estimate
		}
		if ok && !x.breakIn(k+1, i+1) && !(c.words[0] == "near" && x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Determiner)) {
			if q, first := x.qualifier(k); c.q == factcheck.Approx && first < k && q != factcheck.Approx {
				return q, first // "as much as about 280 days": the bound wins
			}
			return c.q, k // but "a near 10-year low" is an adjective
		}
	}
	if x.eq(i-1, wAt) && x.estimateBefore(i-1) {
		return factcheck.Approx, i - 1 // "estimates consumption at 2.03 mln tonnes"
	}
	if e := x.estimatedOf(i - 1); e >= 0 {
		return factcheck.Approx, e // "at an estimated cost of ₹694 crore", "estimated receipts of 1,200 head"
	}
	return factcheck.Exact, i
}

// estimatedOf returns the index of "estimated" when it opens a noun phrase
// of one to three words that ends in "of" at token k ("an estimated cost
// of", "estimated receipts of", "an estimated offering price of"), the
// figure after it an estimate; else -1.
func (x *extractor) estimatedOf(k int) int {
	if !x.eq(k, wOf) {
		return -1
	}
	for m := k - 2; m >= 0 && m >= k-4 && x.tokIs(m, tWord) && x.tokIs(m+1, tWord); m-- {
		if x.eq(m, wEstimated) {
			return m
		}
	}
	return -1
}

// comparedFigure reports whether token k ends a figure that "more than"
// or "less than" after it compares: a percentage ("14 per cent", "20%",
// "5 pct"), a multiple ("three times") or a sum by its sign ("£90"), so that the figure after "than"
// is what it is compared with, not a bound ("14 per cent less than 12
// months earlier").
func (x *extractor) comparedFigure(k int) bool {
	switch {
	case k < 1:
		return false
	case x.mark(k) == '%' || x.eq(k, wPct) || x.eq(k, wPercent):
		return x.tokIs(k-1, tNum)
	case x.eq(k, wCent):
		return x.eq(k-1, wPer) && x.tokIs(k-2, tNum)
	case x.eqText(k, "times"):
		_, words := x.wordNumber(k - 1)
		return x.tokIs(k-1, tNum) || words
	case x.tokIs(k, tNum):
		return x.tokIs(k-1, tPunct) && currencySymbol(x.str(k-1)) != "" // "some £90 more than a year ago": a sum's
	}
	return false
}

// overParticle reports whether the word at token k is a verb that "over"
// after it completes, handing a thing on: "handed over", "turned over"
// (but "took over 12 hours" bounds the hours).
func (x *extractor) overParticle(k int) bool {
	switch x.lowerAt(max(k, 0)) {
	case "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning":
		return k >= 0 && x.tokIs(k, tWord)
	}
	return false
}

// modalVerb reports whether w, in lower case, is a modal verb: "could",
// "would", "will", "may", "might", "should", "must", "can", "shall".
func modalVerb(w string) bool {
	switch w {
	case "could", "would", "will", "may", "might", "should", "must", "can", "shall":
		return true
	}
	return false
}

// boundSign returns the qualifier of a sign of comparison at token k,
// before a number and set off from what is before: ">95%", "≥ 6" bound
// from below, "<0.05" and "≤3" from above, "≈40" is approximate. It returns Exact when there is none; a bracket of a wire's
// ticker, "<SHEL> 10 pct", is none.
func (x *extractor) boundSign(k int) factcheck.Qualifier {
	if !x.tokIs(k, tPunct) || k+1 >= len(x.toks) || k > 0 && x.toks[k].flags&fSpace == 0 && x.toks[k-1].class == tWord {
		return factcheck.Exact
	}
	switch x.str(k) {
	case ">", "\u2265":
		return factcheck.LowerBound
	case "<", "\u2264":
		return factcheck.UpperBound
	case "\u2248":
		return factcheck.Approx
	}
	return factcheck.Exact
}

// articleQualifier gives c, with no qualifier of its own, the estimate or
// bound before its article, and before "a record": "about a four-fold
// difference", "nearly a tenfold rise", "about a 133 billion dlr deficit",
// "at least a record 6.5 mln bags". A preposition is no bound there
// ("over a 12-month period", "under a 5-year plan", "a film about an
// 18-year-old", "turned around a 15-6 deficit"), nor a comparison ("higher
// than a 25-dlr-per-share offer").
func (x *extractor) articleQualifier(c *claimParts) {
	k := c.first - 1
	if x.eq(k, wRecord) {
		k--
	}
	if c.qual != factcheck.Exact || !(x.eq(k, wA) || x.eq(k, wAn)) {
		return
	}
	switch x.spAt(k - 1) {
	case wAbout, wAround:
		if c.unit != "times" && c.unit != "x" && x.hyphenAt(c.num.last-1) {
			return
		}
	case wRoughly, wApproximately, wNearly, wAlmost, wLeast, wTo:
	case wThan:
		if !(x.eq(k-2, wMore) || x.eq(k-2, wLess) || x.eq(k-2, wFewer)) {
			return
		}
	default:
		return
	}
	if q, first := x.qualifier(k); first < k {
		c.qual, c.first = q, first
	}
}

// ordinalAt reports whether token i is an ordinal: "fourth", "4th".
func (x *extractor) ordinalAt(i int) bool {
	return x.tokIs(i, tWord) && x.toks[i].is(lexicon.Ordinal) ||
		x.tokIs(i, tNum) && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+1].is(lexicon.OrdinalSuffix)
}

// spreadOver reports whether "over" at token k, before a length of time,
// spreads a figure over it or gives the time a thing took rather than
// bounding it: after a verb of spreading, its object between at most
// ("repayable over 25 years", "to be spent over 25 years", "reschedule
// loans over five years", "phased in over ten years"), after a figure
// ("$2.3bn over 10 years", "cut 4.5 pct over two years") or after a word
// of its own phrase ("amendments were offered over two days", "Voting
// ran over four days"), as the goldens' hands read most such spans. After
// a preposition, a verb of being, waiting, passing or lasting, a hedge
// before them or a noun of people (overBound, overHedge) it is a bound:
// "for over 20 years", "in little over three years", "had waited over a
// year", "adults over 65"; so it is at a line's start ("Over 90 days" in
// a table).
func (x *extractor) spreadOver(k int) bool {
	for m := k - 1; m >= 0 && m >= k-4 && x.tokIs(m, tWord); m-- {
		switch x.lowerAt(m) {
		case "in", "out", "back", "down":
			if m == k-1 {
				continue // "phased in over three years", "paid back over 10 years": the verb's particle
			}
		case "spent":
			switch x.lowerAt(max(m-1, 0)) {
			case "had", "has", "have", "already", "he", "she", "they", "i", "we", "who", "patients":
				return false // "he had spent over 22 months": a time passed, bounded
			}
		}
		switch x.lowerAt(m) {
		case "repayable", "spread", "phased", "stretched", "amortised", "amortized", "staggered", "issued", "repaid",
			"rescheduled", "reschedule", "rescheduling", "payable", "repay", "paid", "disbursed", "refinanced", "spent", "spend", "spends",
			"payments", "repayments", "arrears", "instalments", "installments":
			return true // "rescheduled over 10 years", "to be spent over 25 years", "stretches payments over 14 years", "to reschedule loans over five years"
		}
		if x.toks[m].is(lexicon.Stop) {
			break // the verb's object, a few words at most: not "for its debts over"
		}
	}
	if k == 0 || x.breakIn(k, k+1) {
		return false // "Over 90 days" opening a line of a table
	}
	p := x.lastClaim()
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if p != nil && int(x.toks[m].e) == p.End && p.Kind != factcheck.Date && p.Kind != factcheck.Duration && p.Kind != factcheck.Ordinal {
			return true // "cut 4.5 pct over two years"
		}
		if x.tokIs(m, tPunct) && !(m == k-1 && x.mark(m) == ')') {
			return m < k-1 // "for the company, over two years": the words between say it
		}
		w := x.lowerAt(m)
		if w == "in" && m+1 < k && (moneyWord(x.lowerAt(m+1)) || x.eqText(m+1, "saving") || x.eqText(m+1, "savings") || x.eqText(m+1, "cuts")) {
			continue // "5.3 billion in saving over three years": a sum spread
		}
		if overBound(w) || m == k-1 && (peopleNoun(w) || x.eqText(m, "those")) {
			return false // "in little over three years", "waited over a year", "adults over 65"
		}
		if !overHedge(w) {
			break // "debt relief for the utility over three years": the words before it are another phrase's
		}
	}
	return true // "nearly 40 amendments were offered over two days", "Voting ran over four days": during
}

// sinceAfter reports whether the word at token j, after a length of
// time, places an event by it, so that "over" before it bounds it: "over
// 25 years after", "over 4 billion years ago", "over a minute behind",
// "over two decades apart".
func (x *extractor) sinceAfter(j int) bool {
	switch x.lowerAt(min(j, len(x.toks)-1)) {
	case "ago", "after", "later", "earlier", "apart", "behind", "late", "old", "older":
		return j < len(x.toks)
	}
	return false
}

// overHedge reports whether w, in lower case, hedges a bound "over" after
// it, so that the word before it tells: "for just over", "in little over".
func overHedge(w string) bool {
	switch w {
	case "little", "well", "just", "only", "slightly", "far", "way", "still", "already", "a", "bit", "shade":
		return true
	}
	return false
}

// overBound reports whether w, in lower case, before "over" and a length
// of time, makes it a bound: a preposition ("for over 20 years", "in over
// three years"), a verb of being, waiting or lasting ("had waited over a
// year", "spent over three decades", "took over 20 hrs"), a hedge
// ("just over", "well over"), an age ("aged over 65").
func overBound(w string) bool {
	switch w {
	case "for", "in", "to", "at", "by", "after", "than", "from", "within", "of", "with", "is", "are", "was", "were", "be", "been", "being",
		"aged", "age", "ages", "little", "well", "just", "only", "still", "already", "slightly", "far", "way", "them", "there", "here",
		"wait", "waits", "waited", "waiting", "take", "takes", "took", "taking", "taken", "last", "lasts", "lasted", "lasting",
		"spent", "lived", "live", "lives", "living", "worked", "work", "works", "working", "served", "serving", "existed",
		"spanning", "spans", "spanned", "span", "delayed", "least":
		return true
	}
	return false
}

// openingQuote reports whether token k is a quotation mark that opens a
// quote: a space before it, none after.
func (x *extractor) openingQuote(k int) bool {
	if !x.tokIs(k, tPunct) || x.toks[k].flags&fSpace == 0 || k+1 >= len(x.toks) || x.toks[k+1].flags&fSpace != 0 {
		return false
	}
	switch x.str(k) {
	case "\"", "\u201c", "'", "\u2018":
		return true
	}
	return false
}

// raisedTo reports whether "up" at token k is the particle of a verb of
// raising parted from it by its object, so that "up to" gives the level
// reached, not a bound: "pushed its takings up to $8m", "took the
// total up to 12" (but "could take up to 12 days", "sent up to 500
// troops", "can boost speeds up to 75 Mbps" are bounds).
func (x *extractor) raisedTo(k int) bool {
	back := 5 // words back to the verb, a possessive between not counted
	for m := k - 1; m >= 0 && m >= k-back; m-- {
		switch {
		case x.tokIs(m, tPunct):
			return false
		case x.eq(m, wIts) || x.eq(m, wTheir) || x.eq(m, wHis) || x.eq(m, wHer):
			back++ // "revised its fiscal 1987 growth forecast up to 3.5 pct"
			continue
		case m == k-1 && risingVerb(x.spAt(m)):
			return true // "the unemployment rate went up to 5.5% from 5.4%"
		case raisingVerb(x.spAt(m)):
			// "can boost speeds up to 75 Mbps" is a most
			return m < k-1 && !x.eq(m-1, wCan) && !x.eq(m-1, wCould) && !x.eq(m-1, wMay) && !x.eq(m-1, wMight)
		case x.toks[m].is(lexicon.Stop) && !x.toks[m].is(lexicon.Determiner):
			return false // "could take up to", "sent troops that took up to"
		}
	}
	return false
}

// risingVerb reports whether the word spelt sp is a verb that goes "up
// to" a level by itself, or sets it so: "went up to 5.5%", "ticked up to
// 3 pct", "revised up to 850 mln stg from 750 mln" (but "rose up to 10%
// in places" may bound it).
func risingVerb(sp spelling) bool {
	switch sp {
	case wGo, wGoes, wWent, wGone, wGoing, wTick, wTicks, wTicked, wEdge, wEdges, wEdged, wCreep, wCreeps,
		wCrept, wRevise, wRevises, wRevised, wRevising:
		return true
	}
	return false
}

// raisingVerb reports whether the word spelt sp is a verb that takes "up"
// to raise its object: "push", "brought", "lifted", "revised its
// forecast up to".
func raisingVerb(sp spelling) bool {
	switch sp {
	case wPush, wPushes, wPushed, wPushing, wDrive, wDrives, wDrove, wDriven, wDriving, wBring, wBrings,
		wBrought, wBringing, wTake, wTakes, wTook, wTaken, wTaking, wSend, wSends, wSent, wSending, wMove, wMoves,
		wMoved, wMoving, wLift, wLifts, wLifted, wLifting, wBoost, wBoosts, wBoosted, wBoosting, wPut, wPuts,
		wPutting, wRatchet, wRatcheted, wBump, wBumped, wJack, wJacked, wRevise, wRevises, wRevised, wRevising:
		return true
	}
	return false
}

// estimateBefore reports whether "estimate" stands a few words before
// "at" at token k, in its clause: "estimates domestic consumption at".
// ("Polls put support at 18%" is no estimate of the writer's.)
func (x *extractor) estimateBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if x.toks[m].class == tPunct {
			return false
		}
		switch x.spAt(m) {
		case wEstimate, wEstimates, wEstimating, wEstimated:
			return true
		}
	}
	return false
}

// levelAfter reports whether a noun of a level or a limit ends the figure
// that starts at token i, within a few words of its clause: "above the
// $60,000 mark", "above the 30 pct level", "above the two billion dlrs
// range", "below the 15.8 mln bpd quota". A figure "above the" or "below
// the" with no such noun is one stated as it is, for comparison: "profits
// significantly below the 1,058,000 dlrs earned in the first quarter".
func (x *extractor) levelAfter(i int) bool {
	for k := i + 1; k < len(x.toks) && k <= i+9; k++ {
		if x.tokIs(k, tPunct) && !strings.Contains("$%.,-/", x.str(k)) {
			return false
		}
		switch x.lowerAt(k) {
		case "level", "levels", "mark", "barrier", "threshold", "line", "range", "area", "zone", "region", "figure",
			"ceiling", "quota", "limit", "target", "cap", "floor":
			return true
		}
	}
	return false
}

// boundBefore reports whether the word before token k ends a cue that
// may bound a number a "the" away: "at least the next", "nearly the
// first", "within the next"; with level, "above the", "below the", "around the" (a level:
// "traded around the 102.50 cent level").
func (x *extractor) boundBefore(k int, level bool) bool {
	if level {
		return x.eq(k-1, wAbove) || x.eq(k-1, wBelow) || x.eq(k-1, wAround) || x.eq(k-1, wAbout)
	}
	return x.eq(k-1, wLeast) || x.eq(k-1, wMost) || x.eq(k-1, wThan) || x.eq(k-1, wNearly) || x.eq(k-1, wAlmost) || x.eq(k-1, wWithin)
}

// suffixQualifier reads "or more", "and up", "or so", "-plus", "odd" after token j.
func (x *extractor) suffixQualifier(j int) (factcheck.Qualifier, int) {
	switch {
	case (x.eq(j, wOr) || x.eq(j, wAnd)) && (x.eq(j+1, wMore) || x.eq(j+1, wOver) || x.eq(j+1, wAbove) || x.eq(j+1, wGreater) || x.eq(j+1, wHigher) || x.eq(j+1, wOlder) || x.eq(j+1, wLonger)) &&
		!x.tokIs(j+2, tNum) && !x.eq(j+2, wThan):
		return factcheck.LowerBound, j + 2 // "six or more", "minus 20C and less"; but "two and more than 10"
	case (x.eq(j, wOr) || x.eq(j, wAnd)) && (x.eq(j+1, wLess) || x.eq(j+1, wFewer) || x.eq(j+1, wLower) || x.eq(j+1, wUnder) || x.eq(j+1, wBelow) || x.eq(j+1, wYounger) || x.eq(j+1, wShorter)) &&
		!x.tokIs(j+2, tNum) && !x.eq(j+2, wThan):
		return factcheck.UpperBound, j + 2
	case x.eq(j, wAnd) && x.eq(j+1, wUp) && !x.eq(j+2, wTo) && !x.tokIs(j+2, tNum) && !x.tokIs(j+2, tWord):
		return factcheck.LowerBound, j + 2 // "suitable for ages 8 and up"
	case x.eq(j, wOr) && x.eq(j+1, wSo):
		return factcheck.Approx, j + 2
	case x.eq(j, wPlus) && x.toks[j].flags&fSpace == 0:
		return factcheck.LowerBound, j + 1
	case x.tokIs(j, tPunct) && x.mark(j) == '-' && x.eq(j+1, wPlus) && x.toks[j].flags&fSpace == 0:
		return factcheck.LowerBound, j + 2
	case x.eq(j, wOdd) && x.toks[j].flags&fUpper == 0 && x.tokIs(j-1, tNum) && len(x.str(j-1)) >= 2 && x.tokIs(j+1, tWord) && !x.toks[j+1].is(lexicon.Stop):
		return factcheck.LowerBound, j + 1 // "20 odd years" (but "two odd socks")
	}
	return factcheck.Exact, j
}

// forbiddenBefore reports whether a verb negated stands just before token
// k, its object a pronoun at most: "do not take", "never store", "don't
// give", "do not store it", so that a lower bound after it sets a most
// ("do not take more than eight tablets").
func (x *extractor) forbiddenBefore(k int) bool {
	if x.eqText(k-1, "it") || x.eqText(k-1, "them") {
		k-- // "do not store it above 25C"
	}
	return x.negationAt(k-2) && !x.eq(k-2, wNo) && x.tokIs(k-1, tWord) && !x.toks[k-1].is(lexicon.Determiner) && !x.eq(k-1, wThat)
}

// negatedBefore reports whether a negation stands among the few words
// before token k, in its clause: "cannot", "never", "not expected to",
// "no investment ... must".
func (x *extractor) negatedBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5 && x.tokIs(m, tWord); m-- {
		if x.negationAt(m) {
			return true
		}
	}
	return false
}

// negationAt reports whether the word at token m negates: "not", "never",
// "cannot", "no", or a verb with "n't" glued ("can't", "don't", "won't").
func (x *extractor) negationAt(m int) bool {
	if m < 0 || !x.tokIs(m, tWord) {
		return false
	}
	switch x.spAt(m) {
	case wNot, wNever, wCannot, wNo, wT: // (and the "t" a curly apostrophe may part)
		return true
	}
	w := x.lowerAt(m)
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}
