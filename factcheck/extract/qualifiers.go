package extract

import (
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// qualifiers: the words before a number that bound it. The longest match
// wins. The last word of each is in the lexicon as a lexicon.QualEnd
// (TestQualifierCuesInLexicon).
var qualifierCues = []struct {
	words []string
	q     factcheck.Qualifier
}{
	{[]string{"no", "more", "than"}, factcheck.UpperBound},
	{[]string{"no", "fewer", "than"}, factcheck.LowerBound},
	{[]string{"not", "more", "than"}, factcheck.UpperBound},
	{[]string{"not", "less", "than"}, factcheck.LowerBound},
	{[]string{"no", "less", "than"}, factcheck.LowerBound},
	{[]string{"as", "high", "as"}, factcheck.UpperBound},
	{[]string{"in", "excess", "of"}, factcheck.LowerBound},
	{[]string{"as", "many", "as"}, factcheck.UpperBound},
	{[]string{"as", "much", "as"}, factcheck.UpperBound},
	{[]string{"as", "few", "as"}, factcheck.LowerBound},
	{[]string{"as", "little", "as"}, factcheck.LowerBound},
	{[]string{"more", "than"}, factcheck.LowerBound},
	{[]string{"greater", "than"}, factcheck.LowerBound},
	{[]string{"higher", "than"}, factcheck.LowerBound},
	{[]string{"less", "than"}, factcheck.UpperBound},
	{[]string{"fewer", "than"}, factcheck.UpperBound},
	{[]string{"lower", "than"}, factcheck.UpperBound},
	{[]string{"up", "to"}, factcheck.UpperBound},
	{[]string{"at", "least"}, factcheck.LowerBound},
	{[]string{"at", "most"}, factcheck.UpperBound},
	{[]string{"upwards", "of"}, factcheck.LowerBound},
	{[]string{"close", "to"}, factcheck.UpperBound},
	{[]string{"an", "estimated"}, factcheck.Approx},
	{[]string{"estimated", "at"}, factcheck.Approx},
	{[]string{"just", "over"}, factcheck.LowerBound},
	{[]string{"just", "under"}, factcheck.UpperBound},
	{[]string{"well", "over"}, factcheck.LowerBound},
	{[]string{"well", "above"}, factcheck.LowerBound},
	{[]string{"nearly"}, factcheck.UpperBound},
	{[]string{"neared"}, factcheck.UpperBound},
	{[]string{"nearing"}, factcheck.UpperBound},
	{[]string{"near"}, factcheck.Approx},
	{[]string{"within"}, factcheck.UpperBound},
	{[]string{"almost"}, factcheck.UpperBound},
	{[]string{"under"}, factcheck.UpperBound},
	{[]string{"below"}, factcheck.UpperBound},
	{[]string{"barely"}, factcheck.UpperBound},
	{[]string{"over"}, factcheck.LowerBound},
	{[]string{"above"}, factcheck.LowerBound},
	{[]string{"exceeding"}, factcheck.LowerBound},
	{[]string{"about"}, factcheck.Approx},
	{[]string{"around"}, factcheck.Approx},
	{[]string{"round"}, factcheck.Approx},
	{[]string{"approximately"}, factcheck.Approx},
	{[]string{"approx"}, factcheck.Approx},
	{[]string{"roughly"}, factcheck.Approx},
	{[]string{"some"}, factcheck.Approx},
	{[]string{"estimated"}, factcheck.Approx},
	{[]string{"circa"}, factcheck.Approx},
	{[]string{"~"}, factcheck.Approx},
}

// qualifier returns the qualifier words that end just before token i and
// the index of their first token.
func (x *extractor) qualifier(i int) (factcheck.Qualifier, int) {
	// "at least the next 10 years", "above the $1.1 trillion level"
	if x.eq(i-2, "the") && (x.eq(i-1, "next") || x.eq(i-1, "past") || x.eq(i-1, "last") || x.eq(i-1, "first")) && x.boundBefore(i-2, false) ||
		x.eq(i-1, "the") && x.boundBefore(i-1, true) {
		k := i - 1
		if !x.eq(k, "the") {
			k--
		}
		if q, first := x.qualifier(k); first < k {
			return q, first
		}
	}
	if i == 0 || !(x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.QualEnd) || x.tokIs(i-1, tPunct) && x.str(i-1) == "~") {
		return factcheck.Exact, i
	}
	for _, c := range qualifierCues {
		k := i - len(c.words)
		if k < 0 {
			continue
		}
		ok := true
		for m, w := range c.words {
			if !x.eq(k+m, w) {
				ok = false
				break
			}
		}
		if ok && !x.breakIn(k+1, i+1) && !(c.words[0] == "near" && x.tokIs(k-1, tWord) && x.toks[k-1].is(lexicon.Determiner)) {
			return c.q, k // but "a near 10-year low" is an adjective
		}
	}
	if x.eq(i-1, "at") && x.estimateBefore(i-1) {
		return factcheck.Approx, i - 1 // "estimates consumption at 2.03 mln tonnes"
	}
	return factcheck.Exact, i
}

// estimateBefore reports whether "estimate" stands a few words before
// "at" at token k, in its clause: "estimates domestic consumption at".
// ("Polls put support at 18%" is no estimate of the writer's.)
func (x *extractor) estimateBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if x.toks[m].class == tPunct {
			return false
		}
		switch lower(x.str(m)) {
		case "estimate", "estimates", "estimating", "estimated":
			return true
		}
	}
	return false
}

// boundBefore reports whether the word before token k ends a cue that
// may bound a number a "the" away: "at least the next", "nearly the
// first"; with level, "above the", "below the".
func (x *extractor) boundBefore(k int, level bool) bool {
	if level {
		return x.eq(k-1, "above") || x.eq(k-1, "below")
	}
	return x.eq(k-1, "least") || x.eq(k-1, "most") || x.eq(k-1, "than") || x.eq(k-1, "nearly") || x.eq(k-1, "almost")
}

// suffixQualifier reads "or more", "or so", "-plus" after token j.
func (x *extractor) suffixQualifier(j int) (factcheck.Qualifier, int) {
	switch {
	case x.eq(j, "or") && (x.eq(j+1, "more") || x.eq(j+1, "over") || x.eq(j+1, "above") || x.eq(j+1, "greater") || x.eq(j+1, "higher")):
		return factcheck.LowerBound, j + 2
	case x.eq(j, "or") && (x.eq(j+1, "less") || x.eq(j+1, "fewer") || x.eq(j+1, "lower") || x.eq(j+1, "under") || x.eq(j+1, "below")):
		return factcheck.UpperBound, j + 2
	case x.eq(j, "or") && x.eq(j+1, "so"):
		return factcheck.Approx, j + 2
	case x.eq(j, "plus") && x.toks[j].flags&fSpace == 0:
		return factcheck.LowerBound, j + 1
	case x.tokIs(j, tPunct) && x.str(j) == "-" && x.eq(j+1, "plus") && x.toks[j].flags&fSpace == 0:
		return factcheck.LowerBound, j + 2
	}
	return factcheck.Exact, j
}
