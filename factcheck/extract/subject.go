package extract

import (
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// The subject of a claim is the noun phrase it counts or measures, in its
// shortest form that still says what it is.

const maxSubjectWords = 4

// subjectAfter finds the subject that follows c: "200 hostages", "hundreds
// of foreign passport holders", "12% of the population", "second visit".
func (x *extractor) subjectAfter(c *claimParts) {
	if c.subjectEnd > 0 {
		return
	}
	j := c.last
	if j >= len(x.toks) || x.nextCell(j) || x.toks[j].flags&fNewline != 0 && (c.num.decimal || c.num.scaled || !x.wrappedNoun(j) && !(c.num.words && c.unitKind == factcheck.Count && x.eq(j, wOf) && x.proseWraps(j))) {
		// a table's next cell or row, a new paragraph, or a price's next word
		// ("145.25\nclose"); but a whole count's noun goes on in wrapped
		// prose: "shares of only one\ncompany", "to arbitrate with
		// two\nof its unions"
		return
	}
	if x.eq(j, wOf) && (c.num.vague || c.num.scaled || c.unitKind == factcheck.Percent || c.num.words && c.unitKind == factcheck.Count) {
		j++
		for x.tokIs(j, tWord) && x.toks[j].is(lexicon.Determiner) && j < c.last+3 {
			j++
		}
		if c.unitKind == factcheck.Percent && x.tokIs(j+1, tNum) {
			if _, q := x.qualifier(j + 1); q <= j {
				return // "10% of its roughly 3,000 staff": the whole a figure of its own, its qualifier before it
			}
		}
		if _, e := x.nounPhrase(j); c.num.scaled && c.unitKind == factcheck.Count && x.eq(j, wTotal) && e == j+1 {
			return // "accounted for 4.12 billion of the total": a part of a sum, in its unit, no thing counted
		}
	}
	if c.unitKind == factcheck.Count && x.eq(j, wMore) && x.tokIs(j+1, tWord) && !x.toks[j+1].is(lexicon.Stop|lexicon.Determiner) {
		j++ // "one more matchup", "five more people"
	}
	if x.tokIs(j, tWord) && x.toks[j].is(lexicon.Fraction) && x.hyphenAt(j) && (x.eq(j+2, wPoint) || x.scaleWordAt(j+2)) {
		return // "three quarter-point rate rises", "a third of the quarter-million residents": the quarter is a figure of its own
	}
	if x.periodOnPeriod(j) {
		return // "down 11% year on year": the figure's comparison, no noun of it
	}
	s, e := x.nounPhrase(j)
	if e > s {
		c.subjectStart, c.subjectEnd = s, e
	}
}

// periodOnPeriod reports whether a comparison of a period with the one
// before starts at token j: "year on year", "month-on-month", "quarter on
// quarter".
func (x *extractor) periodOnPeriod(j int) bool {
	if !x.tokIs(j, tWord) || !x.toks[j].is(lexicon.Duration) && !x.eq(j, wQuarter) {
		return false
	}
	w := x.lowerAt(j)
	if x.hyphenAt(j) && x.eq(j+2, wOn) && x.hyphenAt(j+2) {
		return x.eqText(j+4, w) // "year-on-year"
	}
	return x.eq(j+1, wOn) && x.eqText(j+2, w)
}

// initialism returns the number of tokens of the initials with full stops
// at token k ("U.S.", "U.K.", "E.U."): two or more capital letters each
// glued to its stop; 0 for anything else.
func (x *extractor) initialism(k int) int {
	n := 0
	for x.tokIs(k+n, tWord) && x.toks[k+n].e-x.toks[k+n].s == 1 && x.toks[k+n].flags&fUpper != 0 && x.mark(k+n+1) == '.' && x.toks[k+n+1].flags&fSpace == 0 &&
		(n == 0 || x.toks[k+n].flags&fSpace == 0) {
		n += 2
	}
	if n < 4 {
		return 0
	}
	return n
}

// wrappedNoun reports whether the word at token k, the first of its line,
// goes on with the noun phrase of the line of prose before it: a plain
// word in lower case that the lexicon does not hold (no unit, no "number",
// no bound), after a single line break that only wraps a long line
// ("shares of only one\ncompany").
func (x *extractor) wrappedNoun(k int) bool {
	return x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && x.toks[k].word == 0 && x.proseWraps(k)
}

// nounPhrase returns the token range of the noun phrase starting at j:
// words up to a stop word, punctuation, a number or a participle.
func (x *extractor) nounPhrase(j int) (int, int) {
	k, initials := j, 0 // initials: the tokens of initials beyond their first, which count as one word
	for k < len(x.toks) && k-j < maxSubjectWords+initials {
		t := &x.toks[k]
		if t.class != tWord || k > j && t.flags&fNewline != 0 {
			break
		}
		if n := x.initialism(k); n > 0 {
			k, initials = k+n, initials+n-1
			if x.tokIs(k, tWord) && x.toks[k].flags&(fSpace|fUpper|fNewline) == fSpace {
				continue // "41.2 million U.S. streams": a country's initials before the noun
			}
			break // "four U.S. Banks": the initials whole, before a name or a sentence
		}
		if t.is(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Ordinal|lexicon.Month|lexicon.Vague|lexicon.Scale|lexicon.Weekday) && !(k > j && x.hyphenBefore(k)) &&
			!(t.is(lexicon.Stop) && x.hyphenAt(k) && x.tokIs(k+2, tWord)) {
			break // but a compound opens with a stop word: "a 90 mln after-tax charge"
		}
		if k > j && participle(x.str(k)) && !x.hyphenBefore(k) {
			break
		}
		if (x.eq(k, wLate) || x.eq(k, wEarly)) && (x.eq(k+1, wIn) || x.eq(k+1, wOn) || x.eq(k+1, wLast) || x.eq(k+1, wThis) || timeAdverb(x.spAt(k+1))) {
			break // "at 37-1/4 late in the day", "early yesterday": when, not what
		}
		if timeAdverb(x.spAt(k)) || x.eq(k, wUnch) || x.eq(k, wNil) || x.eq(k, wFob) || x.eq(k, wCif) || t.is(lexicon.Duration) && (x.eq(k+1, wEarlier) || x.eq(k+1, wAgo)) {
			break // "fell 4.77 yesterday", "70 mln year earlier": when, not what; a wire's "unch"anged; a table's next cell, "nil"; a price's terms of delivery, "91 CIF"
		}
		if sayingVerb(x.spAt(k)) {
			break // "a cut of two pence in the pound suggests that": the verb, no noun
		}
		if x.wordIn(k, focusAdverbs) && !x.hyphenAt(k) && !(x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper == 0 && !x.toks[k+1].is(lexicon.Stop|lexicon.Determiner)) {
			break // "Jaguar rose 12p to 587 mainly on U.S. demand": why, not what (but "16 mainly foreign banks")
		}
		if x.eq(k+1, wTo) && (x.eq(k, wDue) || x.eq(k, wOwing) || x.eq(k, wThanks) || x.eq(k, wAccording) || x.eq(k, wPrior)) {
			break // "to 11.4 billion due to declining terms": a preposition of two words begins
		}
		if k > j && t.flags&fUpper != 0 && x.toks[k-1].flags&fUpper == 0 && !x.hyphenBefore(k) {
			break // "200 hostages Hamas": a new name begins
		}
		k++
		// hyphenated compounds: "Israeli-Palestinian", "pro-Palestinian"
		for x.hyphenAt(k-1) && x.tokIs(k+1, tWord) {
			k += 2
		}
		// a possessive ends the phrase: "hostages' families" stays "hostages"
	}
	if k == j+1 && participle(x.str(j)) {
		return j, j // "200 killed": the participle is no subject
	}
	return j, k
}

// sayingVerb reports whether the word spelt sp is a verb that says what a
// figure shows: "2 pct suggests that".
func sayingVerb(sp spelling) bool {
	switch sp {
	case wSuggests, wMeans, wShows, wIndicates, wImplies, wReflects, wSignals, wConfirms, wRepresents,
		wCompares:
		return true
	}
	return false
}

// participle reports whether w looks like a verb form that ends a noun
// phrase: "killed", "carrying".
func participle(w string) bool {
	if len(w) < 5 {
		return false
	}
	lw := strings.ToLower(w)
	if strings.HasSuffix(lw, "ing") {
		switch lw {
		case "building", "buildings", "housing", "funding", "spending", "earnings", "savings", "meeting", "bombing", "shooting", "training", "offering":
			return false
		}
		return true
	}
	if strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") {
		switch lw {
		case "wounded", "injured", "displaced", "detained", "armed", "unemployed", "disabled", "insured":
			return false
		}
		return true
	}
	return false
}

// subjectBefore returns the words just before token i, for claims whose
// subject precedes them: "the death toll has reached 10,022", "began on
// October 7".
func (x *extractor) subjectBefore(i int) string {
	k := i - 1
	for k >= 0 && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Stop|lexicon.Determiner) && k > i-4 {
		if x.toks[k+1].flags&fNewline != 0 {
			return ""
		}
		k--
	}
	e := k + 1
	for k >= 0 && e-k <= 2 && x.tokIs(k, tWord) && !x.toks[k].is(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Month|lexicon.Weekday|lexicon.Percent|lexicon.Measure|lexicon.Currency|lexicon.Scale) &&
		x.toks[k+1].flags&fNewline == 0 && !(k > 0 && x.toks[k].flags&fSpace == 0 && x.toks[k-1].class == tNum) {
		k--
	}
	if k+1 >= e {
		return ""
	}
	return x.text[x.toks[k+1].s:x.toks[e-1].e]
}

// focusAdverbs are the adverbs that open what a figure is owed to, no
// noun of it: "mainly on U.S. demand", "largely because of".
var focusAdverbs = wordSet("mainly", "largely", "mostly", "partly", "chiefly", "primarily", "partially", "entirely", "solely", "purely")

// timeAdverb reports whether the word spelt sp says when rather than what:
// "yesterday", "today".
func timeAdverb(sp spelling) bool {
	switch sp {
	case wYesterday, wYesterdayS, wToday, wTodayS, wTomorrow, wTonight, wAgo, wEarlier, wLater, wMeanwhile,
		wPreviously, wBefore, wThereafter, wAfterwards, wAfterward, wOriginally, wInitially, wFormerly, wCurrently, wShortly, wImmediately:
		return true
	}
	return false
}
