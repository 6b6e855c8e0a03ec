package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// The numbers that are not claims: counts that no noun follows, digits in
// names and codes, times of day, and what is glued to a number.

// countWithoutNoun reports whether a number in words that no noun follows is
// still a count: "rose to twelve." but not "two of them".
func (x *extractor) countWithoutNoun(j int) bool {
	if x.eq(j, wOf) && (x.tokIs(j+1, tNum) || x.eq(j+1, wThe) && x.tokIs(j+2, tNum)) {
		return true // "Eleven of the 15 members": a part of a count
	}
	if x.eq(j, wAnd) && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 && !x.hyphenAt(j+1) &&
		!x.toks[j+1].is(lexicon.Cardinal|lexicon.Vague|lexicon.Scale|lexicon.Determiner|lexicon.Ordinal|lexicon.Measure|lexicon.Currency|lexicon.Duration|lexicon.Percent|lexicon.Month) &&
		!boundAfterAnd(x.lowerAt(j+1)) {
		return true // "The recipe serves six and calls for chicken", "won six and lost two": a verb after "and", no list's next member
	}
	if x.eq(j, wAnd) && x.clauseAfterAnd(j+1) {
		return true // "Plaid Cymru held three and the Conservatives won three": another clause, its subject and verb
	}
	return !x.eq(j, wOf) && !x.eq(j, wOr) && !x.eq(j, wTo) && !x.eq(j, wAnd)
}

// clauseAfterAnd reports whether a clause opens at token k, after "and":
// a subject of one or two words, perhaps after "the", and a verb in the
// past: "the Conservatives won", "Tories held", "Labour lost".
func (x *extractor) clauseAfterAnd(k int) bool {
	if x.eq(k, wThe) {
		k++
	}
	for n := 0; n < 2 && x.tokIs(k, tWord) && !x.toks[k].is(lexicon.Stop|lexicon.Cardinal|lexicon.Vague|lexicon.Scale|lexicon.Measure|lexicon.Currency|lexicon.Duration|lexicon.Percent|lexicon.Month); n++ {
		k++
		if x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && pastVerb(x.spAt(k)) {
			return true
		}
	}
	return false
}

// pastVerb reports whether the word spelt sp is a verb in the past that
// tells of a tally: "won", "lost", "held", "took", "gained".
func pastVerb(sp spelling) bool {
	switch sp {
	case wWon, wLost, wHeld, wTook, wGained, wScored, wGot, wHad:
		return true
	}
	return false
}

// boundAfterAnd reports whether the word w, in lower case after a number
// and "and", bounds it, hedges a second figure or names a thing with it:
// "six and over", "18 and up", "over two and perhaps as much as 4.0 mln
// tonnes", "a five and dime store".
func boundAfterAnd(w string) bool {
	switch w {
	case "over", "up", "under", "above", "below", "more", "older", "younger", "then", "so", "half",
		"perhaps", "possibly", "maybe", "probably", "even", "as", "dime":
		return true
	}
	return false
}

// changeAmount reports whether the count c in words with no noun is how
// much a tally moved: "Louisiana was down three and New Mexico dropped by
// one" (rigs). Not "lost one of its engines", "putting up zero", "wake up
// one morning".
func (x *extractor) changeAmount(c *claimParts) bool {
	if !c.num.words || c.num.value <= 0 || c.subjectEnd != 0 || x.tokIs(c.last, tWord) && !x.toks[c.last].is(lexicon.Stop) || x.eq(c.last, wOf) {
		return false
	}
	if (x.eq(c.last, wTo) || x.eq(c.last, wAt)) && x.inEighths(c.last+1, c.last+5) {
		return false // "Acme fell one to 68-5/8": a share's move, left to its price
	}
	k := c.first - 1
	if x.eq(k, wBy) {
		k--
	}
	switch x.spAt(max(k, 0)) {
	case wUp, wDown, wRose, wFell, wDropped, wGained, wLost, wClimbed, wSlipped, wDeclined, wIncreased, wDecreased, wAdded, wShed:
		return k >= 0
	}
	return false
}

// inListWithNoun reports whether the count c with no noun stands in a list
// whose last member names the noun: "gains of six, five and four rigs".
func (x *extractor) inListWithNoun(c *claimParts) bool {
	j := c.last
	return x.tokIs(c.first-1, tPunct) && x.mark(c.first-1) == ',' && (x.eq(j, wAnd) || x.eq(j, wOr)) && x.countAt(j+1)
}

// changeStart reports whether the count c with no noun is the older
// figure of a change whose newer one names the noun, "increasing its
// fleet from seven to 10 warships", or is a count without one as well:
// "crept up from six to five", "rose from six to nine last year".
func (x *extractor) changeStart(c *claimParts) bool {
	if !x.fromBefore(c.first) || !x.eq(c.last, wTo) {
		return false
	}
	n, ok := x.numberAt(c.last + 1)
	return ok && !x.unitFollows(n.last-1) && (x.tokIs(n.last, tWord) && !x.toks[n.last].is(lexicon.Stop) || x.countWithoutNoun(n.last))
}

// partOfCount reports whether the count c in words, "eleven of them",
// is a part of a larger count of its sentence: "Seventeen structures were
// damaged, with eleven of them badly hit", "only five of the 37 have been
// discovered in the last 20 years, three of them in the Middle East" (a
// length of time or a date between).
func (x *extractor) partOfCount(c *claimParts) bool {
	j := c.last
	if !x.eq(j, wOf) || !(x.eq(j+1, wThem) || x.eq(j+1, wThose) || x.eq(j+1, wThese)) {
		return false
	}
	k := len(x.claims) - 1
	for k >= 0 && (x.claims[k].Kind == factcheck.Duration || x.claims[k].Kind == factcheck.Date) {
		k--
	}
	if k < 0 {
		return false
	}
	p := &x.claims[k]
	if p.Kind != factcheck.Count || p.Subject == "" && k == len(x.claims)-1 || p.Value.Num <= c.num.value {
		return false
	}
	return x.clauseAfter(p, c.first) || k < len(x.claims)-1 && !x.sentenceEndIn(x.tokenAfter(p), c.first)
}

// inHeadlineName reports whether the number at token i, in a line of
// capitals, stands inside a company's name that a wire's ticker ends:
// after a word the lexicon does not hold, before words it does not hold
// either, up to the ticker ("MOTEL 6 LP &lt;SIX>", "ACME 2000 INC
// &lt;ACM>"); not "BUYS 6 PCT OF &lt;XYZ>", nor a year ("SEC PROBES 1986
// TRE &lt;TRE> TAKEOVER ATTEMPT").
func (x *extractor) inHeadlineName(i int) bool {
	if x.toks[i].flags&fShout == 0 || !x.tokIs(i-1, tWord) || x.toks[i-1].word != 0 || x.toks[i].flags&fSpace == 0 || len(x.str(i)) == 4 {
		return false
	}
	for k := i + 1; k < i+4 && k < len(x.toks); k++ {
		if x.mark(k) == '&' && x.eq(k+1, wLt) || x.mark(k) == '<' {
			return k > i+1
		}
		if !x.tokIs(k, tWord) || x.toks[k].word != 0 || x.toks[k].flags&fSpace == 0 {
			return false
		}
	}
	return false
}

// wordName returns the index after a name or a ratio that a number word
// at token i belongs to, or i: "Half-Life 2" (a game), "nonoxynol-nine" (a
// chemical), "Z-Seven" (a fund), a wire's ticker ("MOTEL 6 LP &lt;SIX>"); else the index
// after a share issue's ratio it reads (shareRatio).
func (x *extractor) wordName(i int) int {
	t := &x.toks[i]
	switch {
	case x.mark(i+1) == '>' && x.tickerBefore(i+1) != i+1:
		return i + 2 // "&lt;SIX>", "<ONE>": a company's ticker
	case t.flags&fUpper != 0 && x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper != 0 && !x.toks[i+2].is(lexicon.Start):
		return i + 3 // "Half-Life", "Seven-Eleven" (but "Twenty-One" is a number)
	case t.is(lexicon.Cardinal) && t.flags&fShout != 0 && x.lineStart(i) == i && x.firmInHeadline(i+1):
		return i + 1 // "SEVEN OAKS INTERNATIONAL INC &lt;QPON.O> YEAR NET": a company's name
	case t.is(lexicon.Cardinal) && (x.eq(i-1, wLane) || x.eqText(i-1, "runway")) && x.toks[i-1].flags&fUpper == 0:
		return i + 1 // "in lane seven", "Heathrow's runway three": a lane's or a runway's name, as "lane 4" is
	case t.is(lexicon.Cardinal) && t.flags&fUpper != 0 && i >= 2 && x.mark(i-1) == '.' && x.eq(i-2, wNo) && x.toks[i-1].flags&fSpace == 0:
		return i + 1 // "dyecast alloys No. Three and No. Five": a grade's name, its number in a capitalised word
	case t.is(lexicon.Cardinal) && i >= 2 && x.mark(i-1) == '-' && x.toks[i-1].flags&fSpace == 0 && t.flags&fSpace == 0 &&
		x.tokIs(i-2, tWord) && x.toks[i-2].e-x.toks[i-2].s >= 5 && x.toks[i-2].flags&fUpper == 0 && x.toks[i-2].word == 0 && x.ratingWordAt(i) < 0:
		return i + 1 // "nonoxynol-nine": a name (but "a category-three hurricane" rates it)
	case t.is(lexicon.Cardinal) && i >= 2 && x.mark(i-1) == '-' && x.toks[i-1].flags&fSpace == 0 && t.flags&fSpace == 0 &&
		x.tokIs(i-2, tWord) && x.toks[i-2].e-x.toks[i-2].s == 1 && x.toks[i-2].flags&fUpper != 0:
		return i + 1 // "Z-Seven Fund": a letter's name
	}
	return x.shareRatio(i)
}

// shareRatio reads at token i the ratio of a stock split or an issue of
// shares, "a three-for-two stock split", "a 3 for 2 split", "a
// two-for-one split": a count of the new shares for each one held (2),
// or for several, a measure, the "ratio" of the new to those held (1.5).
// It returns i when there is none.
func (x *extractor) shareRatio(i int) int {
	k := i + 1
	hyphens := x.hyphenAt(i)
	if hyphens {
		k++
	}
	if !x.countAt(i) || !x.eq(k, wFor) || hyphens != x.hyphenAt(k) {
		return i
	}
	k++
	if hyphens {
		k++
	}
	if !x.countAt(k) || !hyphens && !(x.eq(k+1, wSplit) || x.eq(k+1, wStock) || x.eq(k+1, wBonus)) || !x.sharesNear(i, k) {
		return i
	}
	a, okA := x.numberAt(i)
	b, okB := x.numberAt(k)
	if !okA || !okB || a.last != i+1 || b.last != k+1 || a.value <= 0 || b.value <= 0 || a.scaled || b.scaled || a.decimal || b.decimal {
		return i
	}
	c := claimParts{first: i, last: k + 1, num: a, unitKind: factcheck.Count, qual: factcheck.Exact}
	if b.value != 1 {
		c.unitKind, c.unit, c.num.value, c.num.decimal = factcheck.Measure, "ratio", round2(a.value/b.value), true
	}
	x.emit(&c)
	return c.last
}

// evenSplit reads at token i an even split written "50-50" or "50/50", a
// share of one half each way: "a 50-50 joint venture", "on a 50/50 basis",
// "it's 50-50" (as the goldens' hands read it, a percent). A vote tied
// 50-50 is a tally, two counts (voteTally). It returns i when there is
// none.
func (x *extractor) evenSplit(i int) int {
	if x.str(i) != "50" || x.str(i+2) != "50" || x.mark(i+1) != '/' && !isDash(x.str(i+1)) || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
		x.tokIs(i+3, tPunct) && x.toks[i+3].flags&fSpace == 0 && (x.mark(i+3) == '/' || isDash(x.str(i+3))) || x.voteTally(i, i+3) {
		return i
	}
	c := claimParts{first: i, last: i + 3, num: number{first: i, last: i + 3, value: 50}, unitKind: factcheck.Percent, qual: factcheck.Exact, factor: 1}
	x.emit(&c)
	return c.last
}

// gradeBefore reports whether a word of the USDA's grades of livestock
// stands just before token i: "us 1-3", "U.S. 1-2", "choice 2-4",
// "package 2-3" (a lot of one grade).
func (x *extractor) gradeBefore(i int) bool {
	return x.eq(i-1, wUs) || x.eq(i-1, wChoice) || x.eq(i-1, wSelect) || x.eq(i-1, wPackage) || i > 0 && strings.HasSuffix(x.text[:x.toks[i].s], "U.S. ")
}

// namedList reports whether the plain number at token i goes on a list
// of plain numbers parted by commas, "and" or "or" whose first is a name's
// number after a capitalised word: "Windows 95, 98, 2000 and XP", "Key
// Stages 1, 3 and 4" (but "in 1998, 2000 and 2004" are years, and "446
// dlrs per ton HP14 and 420 dlrs" a sum, its unit after it).
func (x *extractor) namedList(i int) bool {
	first := -1
	for k, sep := i-1, false; k >= 0 && k >= i-16; k-- {
		switch {
		case x.tokIs(k, tPunct) && x.mark(k) == ',' || x.eq(k, wAnd) || x.eq(k, wOr):
			if sep {
				return false
			}
			sep = true
			continue
		case sep && x.tokIs(k, tNum) && !strings.ContainsAny(x.str(k), ",."):
			first, sep = k, false
			continue
		}
		break
	}
	if first == i-2 && x.mark(i-1) == ',' && yearLike(x.str(i)) {
		return false // "after Apil 1, 1989": a date, its month misspelt
	}
	return first > 0 && x.tokIs(first-1, tWord) && x.toks[first-1].flags&fUpper != 0 && x.toks[first].flags&fNewline == 0 && !x.unitFollows(i) && x.emissionUnit(first-1) == "" && x.notAQuantity(first, -1)
}

// partitive reports whether the count c with no noun is a part of a
// count that follows it: "Five of the eight men held a protest", "lost
// nine of their last 14 matches", "four of nine indicators", "two of a
// staggering 12 nominations"; or of one
// before it: "five of whom were convicted", "Twelve of them were freed".
func (x *extractor) partitive(c *claimParts) bool {
	j := c.last
	if x.eq(j, wOf) && (x.tokIs(j+1, tNum) || x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.Cardinal) && !x.eq(j+1, wOne)) {
		return true // "four of nine indicators"
	}
	if x.eq(j, wOf) && (x.eq(j+1, wWhom) || x.eq(j+1, wWhich)) && c.num.value > 1 {
		return true // "11 people had been prosecuted, five of whom were convicted": a part of the count before
	}
	if x.eq(j, wOf) && (x.eq(j+1, wThem) || x.eq(j+1, wUs) || x.eq(j+1, wYou) || (x.eq(j+1, wThose) || x.eq(j+1, wThese)) && !x.tokIs(j+2, tNum)) && c.num.value > 1 && c.num.value == math.Trunc(c.num.value) {
		return true // "Twenty-one of those arrested", "Four of these are in service", "the two of them": a part of a group named before
	}
	if !x.eq(j, wOf) || !x.tokIs(j+1, tWord) || !(x.toks[j+1].is(lexicon.Determiner) || possessivePronoun(x.spAt(j+1))) {
		return false
	}
	k := j + 2
	switch x.spAt(min(k, len(x.toks)-1)) {
	case wLast, wFirst, wNext, wPast, wPrevious:
		k++ // "of their last 14 matches"
	default:
		if x.tokIs(k, tWord) && x.toks[k].word == 0 && x.toks[k].flags&fUpper == 0 && x.tokIs(k+1, tNum) {
			k++ // "picked up two of a staggering 12 Oscar nominations"
		}
	}
	return x.tokIs(k, tNum) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal)
}

// rankAfter reports whether the digits at token i, after a word the
// lexicon does not hold, take an ordinal's suffix and a word in small
// letters: "the Croatian 13th seed" and "Newcastle 14th in the
// Premiership" rank, where "Boeing 737" names.
func (x *extractor) rankAfter(i int) bool {
	k := i + 1
	return i > 0 && x.toks[i-1].word == 0 && x.tokIs(k, tWord) && x.toks[k].flags&fSpace == 0 && x.toks[k].is(lexicon.OrdinalSuffix) &&
		x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper == 0
}

// sharesNear reports whether a word of shares stands within a few words
// of tokens i to k, the ratio a split or an issue of shares sets; a
// player's "4-for-5" has none.
func (x *extractor) sharesNear(i, k int) bool {
	for m := max(i-12, 0); m <= k+6 && m < len(x.toks); m++ {
		switch x.spAt(m) {
		case wSplit, wSplits, wStock, wShare, wShares, wIssue, wBonus, wBasis, wDistribution, wDividend, wRights, wExchange, wExchanged:
			return true
		}
	}
	return false
}

// possessivePronoun reports whether the word spelt sp is a possessive
// pronoun before a noun: "their", "his".
func possessivePronoun(sp spelling) bool {
	switch sp {
	case wTheir, wHis, wHer, wIts, wOur, wYour, wMy:
		return true
	}
	return false
}

// clauseAfter reports whether token i follows the claim p in its sentence,
// with no semicolon between them.
func (x *extractor) clauseAfter(p *factcheck.Claim, i int) bool {
	for k := i - 1; k >= 0 && int(x.toks[k].s) >= p.End; k-- {
		if x.tokIs(k, tPunct) && (x.sentenceEnd(k) > k || x.mark(k) == ';') {
			return false
		}
	}
	return true
}

// tellsOfOne reports whether the word at token k, after "only one" with
// no noun, is the verb of what the one did or was: "has", "was", "had",
// "showed", "expected".
func (x *extractor) tellsOfOne(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 {
		return false
	}
	switch w := x.lowerAt(k); w {
	case "has", "had", "was", "is", "were", "remains", "remained", "survived", "died", "showed", "shows":
		return true
	default:
		return len(w) > 4 && strings.HasSuffix(w, "ed") // "just one expected a level below that range"
	}
}

// elidedNoun reports whether the count c in words, with no noun, is
// joined by "and" to a count of a noun before it in its sentence, whose
// noun it leaves unsaid: "three drives were sent to Guayaquil, and two to
// Quito"; or is what a verb of holding or winning takes after such a
// count: "won six out of the 14 places, with the christian democrats
// holding five".
func (x *extractor) elidedNoun(c *claimParts) bool {
	if !x.eq(c.first-1, wAnd) && !(c.num.words && holdingVerb(x.spAt(max(c.first-1, 0)))) || len(x.claims) == 0 {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Count || p.Subject == "" || !strings.HasSuffix(p.Text, p.Subject) || p.EndValue != nil || int(x.toks[c.first].s)-p.End > 200 {
		return false
	}
	return x.clauseAfter(p, c.first)
}

// seatVerb reports whether the word spelt sp wins or loses seats in an election.
func seatVerb(sp spelling) bool {
	switch sp {
	case wLost, wLosing, wLose, wLoses, wGained, wGaining, wGain, wGains, wWon, wWinning, wWin, wWins, wTook,
		wPicked:
		return true
	}
	return false
}

// holdingVerb reports whether the word spelt sp holds or wins a share of something counted.
func holdingVerb(sp spelling) bool {
	switch sp {
	case wHolding, wHolds, wHeld, wHold, wWon, wWinning, wWins, wTook, wTaking, wTakes, wGot, wGetting, wGets:
		return true
	}
	return false
}

// oneCounts reports whether "one" (or "zero"), which is mostly no claim
// ("one of them", "one day", "one analyst said"), counts its noun: after
// "only" or "exactly" ("only one more matchup"), set beside a second count
// ("one car fire and five vehicles"), or tallied in an incident's toll
// ("One person was pulled from the rubble", "destroyed one building"), or
// a harm counted ("one minor injury"), or a charge ("charged with one
// count of bribery"), or a place in a ranking ("one place ahead of"), or
// a family ("she leaves one son"), or, with no noun, the level a count
// was cut to ("from three to one") or the last of a list of counts ("two
// goals from Flo and one by Zola": elidedOne). "Zero" counts
// as the level a change reached: "poaching fell to zero".
func (x *extractor) oneCounts(c *claimParts) bool {
	if x.eq(c.first, wZero) && x.eq(c.first-1, wTo) && changeWord(x.spAt(max(c.first-2, 0))) {
		return true
	}
	if (c.subjectEnd == 0 || x.eq(c.num.last, wAnd)) && x.tolled(c) {
		return true // "QUAKE KILLS ONE", "killed one and injured three": a person
	}
	if c.subjectEnd > 0 && x.eq(c.subjectEnd-1, wCount) && x.eq(c.subjectEnd, wOf) && (x.eq(c.first-1, wWith) || x.eq(c.first-1, wTo) || x.eq(c.first-1, wAnd)) {
		return true // "charged with one count of conspiracy": a charge counted
	}
	if c.subjectEnd > c.first+1 && x.eq(c.subjectEnd-1, wAhead) && placeNoun(x.spAt(c.subjectEnd-2)) ||
		placeNoun(x.spAt(c.subjectEnd-1)) && (x.eq(c.subjectEnd, wBehind) || x.eq(c.subjectEnd, wAhead) || x.eq(c.subjectEnd, wClear) ||
			x.eq(c.subjectEnd, wBelow) || x.eq(c.subjectEnd, wAbove)) {
		return true // "one place ahead of Girls Aloud", "one place behind", "one notch below investment grade"
	}
	if c.qual == factcheck.LowerBound && x.eq(c.first, wAt) && x.eq(c.num.last, wOf) {
		return true // "setting at least one of them ablaze", "At least one of the other two targets": one of a count
	}
	if c.qual == factcheck.LowerBound && c.subjectEnd > 0 && x.eq(c.num.first, wOne) && c.first < c.num.first && !x.hyphenAt(c.num.first) && !x.eq(c.num.last, wOf) && !x.unitIn(c.subjectStart, c.subjectEnd, lexicon.Duration|lexicon.Currency) {
		return true // "more than one dog", "at least one child": a bound on things counted, as every golden's hand writes it (but not "over one-half", "control over one of", "beyond one full fiscal year", "more than one billin dlrs")
	}
	if x.eq(c.first-1, wTo) && x.tokIs(c.first-2, tWord) && (x.eq(c.first-2, wVotes) || x.eqText(c.first-2, "goals")) && x.countAt(c.first-3) {
		return true // "agreed by 12 votes to one", "beat Rovers by three goals to one": the other side's count
	}
	if c.subjectEnd == 0 && x.eq(c.first-1, wTo) && x.tokIs(c.first-2, tWord) && x.toks[c.first-2].is(lexicon.Cardinal) && x.eq(c.first-3, wFrom) && !x.eq(c.first-2, wOne) {
		return true // "cut its Jaguar squadrons from three to one": the level a count was cut to (but "improved to 1.8 to one from 2.1 to one" is a ratio)
	}
	if k := c.num.last; x.tokIs(k, tNum) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Measure) && doseNoun(x.lowerAt(k+2)) {
		return true // "one 500mg tablet", "one 5ml spoonful": a dose of a strength
	}
	if x.eqText(c.num.last, "previous") && (x.eqText(c.num.last+1, "owner") || x.eqText(c.num.last+1, "keeper")) {
		return true // "one previous owner": a used car's keepers, "previous" ending no subject
	}
	if x.eq(c.num.first, wOne) && x.eq(c.first-1, wBut) && x.eq(c.first-2, wAll) {
		return true // "all but one Iranian diplomat", "all but one of its games": a count, by its exception
	}
	if c.subjectEnd == 0 && x.eq(c.num.first, wOne) && (x.eq(c.first-1, wOnly) || x.eq(c.first-1, wJust)) && !x.eq(c.first-2, wThe) && x.tellsOfOne(c.num.last) {
		return true // "only one has been broken", "only one was under administration": one of a count said before
	}
	if c.subjectEnd == 0 {
		return x.elidedOne(c)
	}
	if x.eq(c.first-1, wTo) && c.subjectEnd == c.num.last+1 && !x.eq(c.num.first, wA) && !x.eq(c.num.first, wAn) {
		for k := c.first - 2; k >= 0 && k >= c.first-4 && x.tokIs(k, tWord); k-- {
			if sp := x.spAt(k); changeWord(sp) && sp != wWent && sp != wAdded && sp != wAdding && sp != wAdds {
				return true // "cuts production to one shift", "was reduced to one lane": the level a change reaches
			}
		}
	}
	if x.hyphenAt(c.num.first) && c.subjectEnd == c.subjectStart+1 && roomOfHome(x.lowerAt(c.subjectStart)) {
		return true // "a one-bedroom apartment", "the two-bed, one-bath condo": a home's rooms
	}
	if doseNoun(x.lowerAt(c.subjectEnd-1)) && c.subjectEnd == c.num.last+1 {
		return true // "take one capsule a day", "one tablet every 4 to 6 hours", "one drop of the eye drops": a dose
	}
	if x.shareExchanged(c) {
		return true // "a swap of one Breakwater share for two Novamin common shares"
	}
	if x.eq(c.subjectEnd, wOf) {
		return false // "only one part of an effort"
	}
	if x.eq(c.first-1, wOnly) || x.eq(c.first-1, wExactly) || c.qual == factcheck.LowerBound && x.eq(c.first, wAt) {
		return true // "at least one defendant"
	}
	if x.eq(c.first-1, wJust) && !x.eq(c.first-2, wThe) && !x.eq(c.num.last, wOf) && !x.eqText(c.subjectEnd-1, "thing") && !x.eqText(c.subjectEnd-1, "example") && !x.eqText(c.subjectEnd-1, "element") && !x.eqText(c.subjectEnd-1, "part") {
		return true // "dropped to just one cargo", "makes just one change" (but "just one thing", "just one example", "just one of the many companies": a manner of speaking)
	}
	if m := c.num.last; x.eq(m, wMore) && c.subjectEnd > m+1 && !x.eq(m+1, wTime) && !x.eq(m+1, wThing) && !x.hyphenBefore(c.num.first) &&
		!x.eq(m+2, wThan) && !x.eq(m+2, wAnd) && !x.eq(m+2, wTo) {
		return true // "one more child" (but "one more time", "no-one more relevant and")
	}
	if tollNoun(x.spAt(c.subjectEnd - 1)) {
		return true // "one minor injury was reported", "one death"
	}
	if k := c.subjectEnd; (x.eq(k, wTo) || x.eq(k, wFor)) && !x.eq(c.num.first, wA) && !x.eq(c.num.first, wAn) && x.countAt(x.everyAfter(k+1)) &&
		(x.eq(k+1, wEvery) || x.tokIs(k+2, tWord) && x.toks[k+2].flags&fUpper == 0 && pluralNoun(x.str(k+2))) {
		return true // "one adult for every four children", "one part cement to three parts sand": a ratio's side (but "slipped one point to 717")
	}
	if x.eqText(c.subjectEnd-1, "owner") || x.eqText(c.subjectEnd-1, "keeper") {
		return true // "one careful owner", "one lady owner": a used car's keepers
	}
	if x.movedPlaces(c) {
		return true // "moved up one spot to first place"
	}
	if c.subjectEnd == c.num.last+1 && (x.eq(c.num.last, wSeat) || x.eq(c.num.last, wSeats)) && seatVerb(x.spAt(c.first-1)) {
		return true // "the Greens lost one seat", "seen losing one\nseat to 41": a count of seats won or lost
	}
	if kinNoun(x.spAt(c.subjectEnd-1)) && c.subjectEnd == c.num.last+1 && holdingKin(x.spAt(c.first-1)) {
		return true // "she leaves one son", "he had one daughter"
	}
	if c.subjectEnd == c.num.last+1 && scoringVerb(x.spAt(c.first-1)) && scoringNoun(x.spAt(c.num.last)) {
		return true // "he scored one try and made another", "conceded one goal"
	}
	k := c.subjectEnd
	return x.eq(k, wAnd) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Cardinal) && x.toks[k+1].entry().Num > 1 ||
		x.eq(k, wAnd) && x.tokIs(k+1, tNum) || x.tollIn(c) || x.listedAfterCount(c)
}

// shareExchanged reports whether the count c of one security is a side of
// an exchange of securities, the other's count after "for" a few words
// on, or a part of a unit beside another: "one Breakwater share for two
// Novamin common shares", "one share of Peripheral for each share of
// Nucell", "one new share for every three held", "each unit will consist
// of one deferred share and one warrant"; or what a right buys or a
// security converts into: "entitles shareholders to buy one share of
// common stock", "will be converted into one share of United common".
func (x *extractor) shareExchanged(c *claimParts) bool {
	if x.hyphenAt(c.num.first) {
		return false // "to buy one-half share": a fraction, read elsewhere
	}
	h := c.num.last // the security's noun, a few words on: "one deferred retractable\nredeemable share"
	for h < c.num.last+6 && (x.tokIs(h, tWord) || x.hyphenAt(h-1)) && !securityNoun(x.spAt(h)) {
		h++ // (a name's hyphen: "one Nor-Quest share")
	}
	if !x.tokIs(h, tWord) || !securityNoun(x.spAt(h)) {
		return false
	}
	if x.eq(c.first-1, wInto) || x.eqText(c.first-1, "buy") || x.eqText(c.first-1, "purchase") {
		return true // "converted into one share of", "to buy one share of": what a security becomes or a right buys
	}
	if p := x.lastClaim(); p != nil && x.eq(c.first-1, wAnd) && p.Kind == factcheck.Count && p.Value.Num == 1 && securityNoun(x.spAt(x.tokenAfter(p)-1)) {
		if e := x.tokenAfter(p); e == c.first-1 || x.eq(e, wOf) && e+1 < c.first-1 && c.first-1 <= e+3 {
			return true // "and one warrant" after "one deferred share" (or "one share of common")
		}
	}
	for k := h + 1; k < h+8 && k < len(x.toks) && x.tokIs(k, tWord); k++ {
		if x.eq(k, wFor) {
			n := k + 1
			if x.eq(n, wEach) || x.eq(n, wEvery) {
				n++
				if x.tokIs(n, tWord) && securityNoun(x.spAt(n)) {
					return true // "for each share of Nucell"
				}
			}
			return x.tokIs(n, tNum) || x.tokIs(n, tWord) && x.toks[n].is(lexicon.Cardinal)
		}
		if x.eq(k, wAnd) && x.eq(k+1, wOne) {
			for m := k + 2; m < k+6 && x.tokIs(m, tWord); m++ {
				if securityNoun(x.spAt(m)) {
					return true // "one deferred retractable redeemable share and one warrant"
				}
			}
			return false
		}
	}
	return false
}

// softwareNoun reports whether the word spelt sp names what a release's
// number names after a maker's name: "the Berkeley 4.2 system".
func softwareNoun(sp spelling) bool {
	switch sp {
	case wSystem, wSystems, wVersion, wRelease, wSoftware, wBrowser, wKernel, wEdition, wUpdate:
		return true
	}
	return false
}

// resolutionNoun reports whether w, in lower case, names what a
// resolution written "4K" describes: a screen, a video, a camera.
func resolutionNoun(w string) bool {
	switch w {
	case "monitor", "monitors", "screen", "screens", "display", "displays", "video", "videos", "tv", "tvs", "television", "televisions",
		"resolution", "footage", "recording", "camera", "cameras", "streaming", "panel", "panels", "projector", "projectors", "hdr", "uhd",
		"oled", "qled", "lcd", "led": // "the new 4K OLED panel"
		return true
	}
	return false
}

// memoryNoun reports whether w, in lower case, names a memory chip, which
// its capacity in kilobits names: "256K DRAMs", "64K chips".
func memoryNoun(w string) bool {
	switch w {
	case "dynamic", "dram", "drams", "memory", "memories", "chip", "chips", "ram", "rams", "bit":
		return true
	}
	return false
}

// machineNoun reports whether the word spelt sp names a machine in the
// singular, that a model's number names before it: "the 9370 computer".
func machineNoun(sp spelling) bool {
	switch sp {
	case wComputer, wMainframe, wProcessor, wChip, wWorkstation, wPrinter, wJetliner:
		return true
	}
	return false
}

// securityNoun reports whether the word spelt sp names a security a
// company issues or exchanges: a share, a warrant, a right, a unit.
func securityNoun(sp spelling) bool {
	switch sp {
	case wShare, wShares, wWarrant, wWarrants, wRight, wRights, wUnit, wUnits:
		return true
	}
	return false
}

// tolled reports whether the count c with no noun is the object of a
// verb of a toll: "killed one and injured three" counts people (but
// "killed one of the").
func (x *extractor) tolled(c *claimParts) bool {
	return c.first > 0 && !x.eq(c.num.last, wOf) && tollVerb(x.spAt(c.first-1))
}

// tollVerb reports whether the word spelt sp is a verb of a toll whose
// object may be a bare count of people: "killed", "injured".
func tollVerb(sp spelling) bool {
	switch sp {
	case wKilled, wKills, wKill, wKilling, wInjured, wInjures, wInjuring, wWounded, wWounds, wWounding:
		return true
	}
	return false
}

// elidedOne reports whether a bare "one" ends a list of counts of one
// noun said once before it in its sentence: "two goals from Flo and one by
// Zola", "four are joint ventures and one is company owned", "trapping 44
// miners and killing one".
func (x *extractor) elidedOne(c *claimParts) bool {
	j := c.num.last
	if c.num.value != 1 || x.eq(j, wOf) || x.eq(j, wAnother) || x.eq(j, wAfter) && x.eq(j+2, wOther) || x.eq(j, wBy) && x.eq(j+1, wOne) {
		return false // "one after the other", "one by one": idioms
	}
	k := c.first - 1
	if !x.eq(k, wAnd) {
		if !x.eq(k-1, wAnd) || !x.tokIs(k, tWord) || x.toks[k].is(lexicon.Stop|lexicon.Determiner) {
			return false
		}
		k-- // "and killing one"
	}
	p := x.lastClaim()
	if p == nil || p.Kind != factcheck.Count || p.Value.Num <= 1 || p.EndValue != nil {
		return false
	}
	pi := x.tokenOf(p)
	return pi < k && k-pi <= 15 && !x.sentenceEndIn(pi, k)
}

// kinNoun reports whether the word spelt sp names a child or a sibling.
func kinNoun(sp spelling) bool {
	switch sp {
	case wSon, wDaughter, wChild, wGrandson, wGranddaughter, wGrandchild, wBrother, wSister, wStepson,
		wStepdaughter:
		return true
	}
	return false
}

// holdingKin reports whether the word spelt sp is a verb that has or
// leaves a family: "leaves one son", "has one daughter", "survived by".
func holdingKin(sp spelling) bool {
	switch sp {
	case wLeaves, wLeft, wHas, wHad, wHave, wBy, wWith, wOf:
		return true
	}
	return false
}

// movedPlaces reports whether c counts the places a thing moved in a
// ranking or a chart: "moved up one spot", "dropped one place to five",
// "slipped one position", "lifted the rating by one notch". Not "in one
// place".
func (x *extractor) movedPlaces(c *claimParts) bool {
	if !placeNoun(x.spAt(c.subjectEnd - 1)) {
		return false
	}
	switch x.lowerAt(max(c.first-1, 0)) {
	case "up", "down", "by", "moved", "moves", "move", "dropped", "drops", "fell", "falls", "rose", "rises", "climbed", "climbs",
		"slipped", "slips", "jumped", "jumps", "slid", "slides", "gained", "gains", "lost", "loses":
		return c.first > 0
	}
	return false
}

// placesMovedBefore reports whether a count of places moved ends at token
// k: "one place" in "dropped one place to five".
func (x *extractor) placesMovedBefore(k int) bool {
	if len(x.claims) == 0 {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	return p.Kind == factcheck.Count && p.End == int(x.toks[k-1].e) && x.tokIs(k-1, tWord) && placeNoun(x.spAt(k-1))
}

// chartPlace reports whether the bare whole number c, after "to" or
// "at" and before no noun, is a place in a chart that its paragraph
// names: "Minogue's latest release went in at number two, pushing down
// Ice Cube's You Can Do It to three", "the UK box office chart ... Creep
// was another new entry at six". "chart" must stand in the paragraph,
// within 80 tokens before c, and the place end its phrase (punctuation or
// "with", "while", "after", "behind", "and", "in", "this", "last").
func (x *extractor) chartPlace(c *claimParts) bool {
	if c.end != nil || c.num.scaled || c.num.decimal || c.num.year || c.num.value < 1 || c.num.value > 100 ||
		!x.eq(c.first-1, wTo) && !x.eq(c.first-1, wAt) {
		return false
	}
	if k := c.num.last; x.tokIs(k, tWord) {
		switch x.spAt(k) {
		case wWith, wWhile, wAfter, wBehind, wAnd, wIn, wThis, wLast:
		default:
			return false // "scores of 55 for Fox to 47 for Disney": a list's end, no place
		}
	}
	for k := c.first - 2; k >= 0 && k > c.first-80; k-- {
		if x.paragraphIn(k+1, k+2) {
			return false
		}
		if x.eq(k, wChart) || x.eq(k, wCharts) {
			return true
		}
	}
	return false
}

// placeNoun reports whether the word spelt sp names a place in a ranking.
func placeNoun(sp spelling) bool {
	switch sp {
	case wPlace, wPlaces, wSpot, wSpots, wPosition, wPositions, wNotch, wNotches, wRung, wRungs:
		return true
	}
	return false
}

// listedAfterCount reports whether the one of c ends a list that a count
// of other things begins in its clause: "nominate two directors to the
// board and one representative to serve as an adviser".
func (x *extractor) listedAfterCount(c *claimParts) bool {
	if !x.eq(c.first-1, wAnd) || x.hyphenAt(c.first) || len(x.claims) == 0 {
		return false // but "one and one-half hours"
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Count || p.Subject == "" || p.Value.Num < 2 || p.EndValue != nil {
		return false
	}
	start := int(x.toks[c.first].s)
	if p.End > start || start-p.End > 80 {
		return false
	}
	between := x.text[p.End:start]
	return !strings.ContainsAny(between, ".;:!?")
}

// tollIn reports whether a verb of harm, rescue or damage tallies the
// count c: just before it ("destroyed one building", "the rescue of one
// person", "injuring at least one person") or within a few words after
// its noun ("One patient was transferred", "one person was sent to the
// hospital"), but not across a relative
// pronoun ("one cafe that killed 25 people").
func (x *extractor) tollIn(c *claimParts) bool {
	if x.eq(c.num.last, wOf) {
		return false // "one of its employees"
	}
	k := c.first - 1
	if x.eq(k, wOf) {
		k--
	}
	if x.tokIs(k, tWord) && tollWord(x.spAt(k)) {
		return true
	}
	for k := c.subjectEnd; k < len(x.toks) && k < c.subjectEnd+6 && x.tokIs(k, tWord) && !x.eq(k, wThat) && !x.eq(k, wWhich); k++ {
		if tollWord(x.spAt(k)) {
			return true
		}
	}
	return false
}

// tollNoun reports whether the word spelt sp names a harm that a toll
// counts.
func tollNoun(sp spelling) bool {
	switch sp {
	case wInjury, wInjuries, wDeath, wDeaths, wCasualty, wCasualties, wFatality, wFatalities:
		return true
	}
	return false
}

// tollWord reports whether the word spelt sp tallies an incident's toll of
// people or property.
func tollWord(sp spelling) bool {
	switch sp {
	case wKilled, wKilling, wKills, wDied, wDies, wDead, wInjured, wInjuring, wInjures, wHurt, wWounded,
		wWounding, wRescued, wRescue, wPulled, wMissing, wArrested, wDetained, wHospitalized, wHospitalised,
		wTransferred, wDestroyed, wDestroying, wDamaged, wDamaging, wEvacuated, wTrapped, wDrowned, wShot,
		wStabbed, wHospital, wInjuries:
		return true
	}
	return false
}

// secForm reports whether the digits at i name a form a US company files
// with its regulator, written without its hyphen: "its 10K filing", "a
// Form 8K", "the 10Q report" ("10-K" is a name by its hyphen).
func (x *extractor) secForm(i int) bool {
	if s := x.str(i); s != "10" && s != "8" || !x.tokIs(i+1, tWord) || x.toks[i+1].flags&fSpace != 0 || !x.eq(i+1, wK) && !x.eq(i+1, wQ) {
		return false
	}
	switch x.spAt(min(i+2, len(x.toks)-1)) {
	case wFiling, wFilings, wFiled, wReport, wReports, wForm, wForms, wStatement:
		return i+2 < len(x.toks)
	}
	return x.eq(i-1, wForm)
}

// wireSlug reports whether the digits at token i, four or five of them,
// close a code in brackets after a word in capitals that names no month,
// unit or currency: a wire's roundup marks each item "(XYZS 1019)", "(XZAG
// 1103)", "(NYFK 21512)", or lists them, "(MRUA 2019, NYFK 2123)".
func (x *extractor) wireSlug(i int) bool {
	k := i - 1
	if n := len(x.str(i)); n < 4 || n > 5 || x.mark(i-2) != '(' && x.mark(i-2) != ',' || x.mark(i+1) != ')' && x.mark(i+1) != ',' ||
		!x.tokIs(k, tWord) || x.toks[k].flags&fAllCaps == 0 || x.toks[k].word != 0 || !allDigits(x.str(i)) {
		return false
	}
	if x.mark(i-2) == ',' && !x.wireSlug(i-3) {
		return false // the next slug of a list: "(MRUA 2019, NYFK 2123)"
	}
	return len(x.str(k)) >= 3 && len(x.str(k)) <= 6
}

// relayAt reports whether the digits at token i are a relay's legs
// before its times sign and a race's distance glued to "m": "4 x 400m",
// "4×200m".
func (x *extractor) relayAt(i int) bool {
	return x.tokIs(i, tNum) && len(x.str(i)) == 1 && timesSign(x.str(i+1)) && x.tokIs(i+2, tNum) && raceDistance(x.str(i+2)) &&
		x.str(i+3) == "m" && x.toks[i+3].flags&fSpace == 0
}

// voteLabel reports whether s labels a division's count of votes, as a
// parliament's record gives it: "Ayes 287, Noes 241".
func voteLabel(s string) bool {
	switch s {
	case "Ayes", "Noes", "Yeas", "Nays", "Contents", "Abstentions":
		return true
	}
	return false
}

// roomOfHome reports whether w names the rooms a listing counts in a
// home: "bedroom", "bed", "bath".
func roomOfHome(w string) bool {
	switch w {
	case "bedroom", "bed", "bath", "bathroom":
		return true
	}
	return false
}

// megaSymbols are units whose capital is a prefix of millions or billions,
// no title's word: "1.12 Moz", "6,120 Mtoe", "13 Myr", "4.5 Gyr".
var megaSymbols = map[string]bool{"Moz": true, "Mtoe": true, "Myr": true, "Myrs": true, "Gyr": true, "Gyrs": true}

// labelledAt reports whether the whole number at token i labels a thing:
// after a noun of a numbered place that a preposition or an article opens
// ("in box 12", "at gate 5", "in zone 1", "to table 7"); after a grade of
// warning ("a level 3 alert", "moved to tier 2"); after or before another
// number, after numbered things in the plural ("units 1 to 4", "reactors
// 3 and 4"); after a code's "number" (codeNounAt: "batch number 4471B",
// "branch number 42") or a shirt's ("wears number 31"); after "known as"
// before a name ("known as 16 Psyche"); after "account" when six digits or
// more ("account 31926819"); or after a code's noun and "is" ("the gate
// code is 4471", "the PIN is 2231", "its file number is 811-3278").
func (x *extractor) labelledAt(i int) bool {
	if !x.tokIs(i, tNum) || !allDigits(x.str(i)) || !x.tokIs(i-1, tWord) {
		return false
	}
	if x.eq(i-1, wIs) && x.tokIs(i-2, tWord) {
		switch x.str(i - 2) {
		case "code", "PIN", "pin", "password", "passcode", "combination":
			return true
		case "number":
			return x.codeNounAt(i - 3) // "its SEC file number is 811-3278"
		}
		return false
	}
	if x.eq(i-1, wNumber) && x.toks[i-1].flags&fUpper == 0 && (x.codeNounAt(i-2) || x.mark(i-2) == ',' && x.codeNounAt(i-3)) {
		return true // "batch number 4471B", "your reference number 22817", "Order number 4471", "microchip number 941000024567893", "their loyalty card, number 6340 1192 8857"
	}
	if x.eq(i-1, wAs) && x.eqText(i-2, "known") && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0 && x.toks[i+1].word == 0 {
		return true // "The asteroid, known as 16 Psyche": a name
	}
	if x.eq(i-1, wNumber) && x.wearAt(i-2) {
		return true // "who wears number 31": a shirt's number
	}
	if x.wearAt(i-1) && allDigits(x.str(i)) && len(x.str(i)) <= 2 && (x.mark(i+1) == ',' || x.mark(i+1) == '.' || x.mark(i+1) == ')' ||
		x.eq(i+1, wFor) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper != 0) {
		return true // "Kenji Reyes, wearing 17, went 0 for 5", "who wore 23 for Italy": a shirt's number, nothing worn counted
	}
	if (x.str(i-1) == "account" || x.str(i-1) == "acct" || x.eq(i-1, wNumber) && allDigits(x.str(i))) && len(x.str(i)) >= 6 {
		return true // "into sort code 40-11-62, account 31926819", "her passport, number 502918374": an account's or a document's number
	}
	if (x.eq(i+1, wAnd) || x.eq(i+1, wTo) || x.mark(i+1) == '-' || x.mark(i+1) == ',') && x.tokIs(i+2, tNum) && numberedPlural(x.lowerAt(i-1)) ||
		(x.eq(i-1, wAnd) || x.eq(i-1, wTo) || x.mark(i-1) == '-') && x.tokIs(i-2, tNum) && x.tokIs(i-3, tWord) && numberedPlural(x.lowerAt(i-3)) {
		return true // "units 1 to 4 burn wood pellets", "reactors 3 and 4", "Seats 14 to 20 are reserved": numbered things named
	}
	switch x.str(i - 1) { // in small letters: "Row 12" may be a street's
	case "box", "locker", "row", "seat", "table", "bay", "stall", "pew", "berth", "cabin", "gate", "platform", "room", "ward", "bed", "court", "lane", "aisle", "booth", "pitch", "plot", "pier", "zone", "terminal":
		return x.eq(i-2, wIn) || x.eq(i-2, wAt) || x.eq(i-2, wOn) || x.eq(i-2, wFrom) || x.eq(i-2, wInto) || x.eq(i-2, wThe) || x.eq(i-2, wTo)
	case "group":
		return x.eq(i-2, wIs) && x.eqText(i-3, "insurance") || x.eqText(i-2, "insurance") // "Insurance is group 29", "insurance group 14": a car's band of cover
	case "sale":
		return x.eqText(i-2, "lease") // "lease sale 110": an auction of offshore tracts, numbered
	case "hole", "permit", "licence", "license", "notice":
		return x.hyphenAt(i) && x.tokIs(i+2, tNum) // "drill hole 87-14", "permit 87-0412", "ministry notice 87-114": a hole's, a permit's or a notice's number, its year first
	case "batch", "Local":
		return !x.unitFollows(i) // "sold between 10 and 28 March, batch 5071", "Teamsters Local 710": a batch's, a union's branch's number
	case "syndicate", "Syndicate":
		return !x.unitFollows(i) // "Names on Lloyd's syndicate 418": a syndicate's number
	case "lot", "Lot":
		return !x.eq(i-2, wA) && !x.unitFollows(i) // "went under the hammer as lot 127": an auction's item, numbered (but "a lot 50 years ago")
	case "memo", "Memo", "Directive", "Circular", "circular", "Bulletin", "Advisory":
		return true // "Policy Memo 23-01", "consult circular 12/E": a document's number
	case "episode", "Episode", "chapter", "Chapter":
		return !x.unitFollows(i) // "after episode 112 drew 2.3m downloads": an episode's number
	case "stage":
		return x.hyphenAt(i+1) && x.toks[i+1].flags&fUpper == 0 && !x.unitFollows(i) // "implemented stage 6 load-shedding": a grade of cuts, named
	case "level", "tier":
		if (x.eq(i-2, wReach) || x.eq(i-2, wReached) || x.eq(i-2, wReaches)) && (x.eq(i+1, wIn) || x.eq(i+1, wOr)) {
			return true // "had every pupil reach level 4 in English", "reached level 5 or above": a grade of a school's test (but "the core reached level 48 last month", a floor)
		}
		return (x.eq(i-2, wA) || x.eq(i-2, wThe) || x.eq(i-2, wTo)) && !x.unitFollows(i) // "issued a level 3 heat-health alert", "moved to tier 2": a grade of warning
	}
	return false
}

// codeNounAt reports whether token k names a thing that a number labels
// after "number": "batch", "order", "branch".
func (x *extractor) codeNounAt(k int) bool {
	if !x.tokIs(k, tWord) {
		return false
	}
	for _, w := range codeNouns {
		if x.eqText(k, w) {
			return true
		}
	}
	return false
}

// codeNouns are the things codeNounAt finds a number labels.
var codeNouns = [...]string{"batch", "serial", "model", "part", "lot", "order", "reference", "account", "policy", "ticket", "tracking", "registration",
	"flight", "phone", "case", "microchip", "chip", "invoice", "membership", "customer", "booking", "receipt", "branch", "store", "plot", "unit",
	"house", "flat", "room", "seat", "catalogue", "catalog", "card", "crime", "file"}

// numberedPlural reports whether w names, in the plural and small letters,
// things told apart by their numbers: "units 5 and 6", "gates 10-12".
func numberedPlural(w string) bool {
	switch w {
	case "units", "reactors", "platforms", "gates", "terminals", "berths", "wards", "lanes", "runways", "pits", "stands", "blocks", "piers", "docks", "bays", "turbines", "wells", "lines",
		"seats", "rows", "rooms", "episodes", "chapters", "lots", "flats":
		return true
	}
	return false
}

// schoolYearAt reports whether token i holds a whole number from 1 to 13,
// a school year's.
func (x *extractor) schoolYearAt(i int) bool {
	n, err := strconv.Atoi(x.str(i))
	return err == nil && n >= 1 && n <= 13
}

// departureAt reports whether the figure at token i, after "the", is a
// time of day in hours and two digits of minutes that names a departure:
// "the 9.15 crossing", "the 07.42 train", "the 18.04 to Glasgow Central"
// (but "the 1.25 to 1.50 range" is a range).
func (x *extractor) departureAt(i int) bool {
	s := x.str(i)
	h, m, ok := strings.Cut(s, ".")
	if !ok || !x.eq(i-1, wThe) || len(m) != 2 || len(h) == 0 || len(h) > 2 || !allDigits(h) || !allDigits(m) || m[0] > '5' || len(h) == 2 && h > "23" {
		return false
	}
	switch x.lowerAt(min(i+1, len(x.toks)-1)) {
	case "crossing", "sailing", "train", "service", "ferry", "flight", "bus", "departure", "from":
		return i+1 < len(x.toks)
	case "to":
		return x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper != 0 // "The 18.04 to Glasgow Central"
	}
	return false
}

// usHighway reports whether the whole number at token i, of three digits
// at most, names a US highway after "U.S.": a preposition of place or a
// comma follows it, no unit.
func (x *extractor) usHighway(i int) bool {
	if s := x.str(i); len(s) > 3 || !allDigits(s) || !strings.HasSuffix(x.text[:x.toks[i].s], "U.S. ") {
		return false
	}
	k := i - 1 // the word before "U.S."
	for k > 0 && int(x.toks[k].s) >= int(x.toks[i].s)-len("U.S. ") {
		k--
	}
	if x.mark(i+1) == ',' && (x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper == 0 || roadPreposition(x.lowerAt(k))) {
		return true // (and "a stretch of U.S. 395, Caltrans said", but not "the U.S. 10, Japan 5", a table of medals)
	}
	switch x.lowerAt(min(i+1, len(x.toks)-1)) {
	case "near", "between", "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound", "through":
		return true
	}
	return false
}

// departsAt reports whether a verb of a departure or an arrival stands
// at token k or a place's capitalised words before it: "leaves London
// Euston", "arrives".
func (x *extractor) departsAt(k int) bool {
	for n := 0; n < 3 && k >= 0 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0; n++ {
		k-- // "leaves London Euston at"
	}
	switch x.lowerAt(max(k, 0)) {
	case "leaves", "left", "departs", "departed", "arrives", "arrived", "sails", "sailed", "lands", "landed":
		return k >= 0
	}
	return false
}

// clock24 reports whether the figure at token i reads as a time of day
// on the 24-hour clock with a point: hours 13 to 23 and two digits of
// minutes, "21.15".
func (x *extractor) clock24(i int) bool {
	h, m, ok := strings.Cut(x.str(i), ".")
	return ok && len(h) == 2 && h >= "13" && h <= "23" && len(m) == 2 && allDigits(h) && allDigits(m) && m < "60" && !x.unitFollows(i)
}

// elevenPlus reports whether the number at token i, "11" or "eleven",
// is the name of the test British pupils sit at that age: "the 11-plus",
// "the eleven-plus exam".
func (x *extractor) elevenPlus(i int) bool {
	return (x.str(i) == "11" || x.eqText(i, "eleven")) && x.eq(i-1, wThe) && x.hyphenAt(i) && x.eqText(i+2, "plus")
}

// indexNumber reports whether the digits at token i, after a stock
// index's short name, are the count of shares that names the index, not
// its level: "FTSE 100", "FTSE 250", "S&P 500", "Nikkei 225".
func (x *extractor) indexNumber(i int) bool {
	switch x.str(i) {
	case "30", "40", "50", "100", "200", "225", "250", "300", "350", "500", "600":
	default:
		return false
	}
	return x.tokIs(i-1, tWord) && x.toks[i-1].flags&fUpper != 0 && !x.eqText(i-1, "index") && stockIndexWord(x.lowerAt(i-1)) && !x.unitFollows(i)
}

// freewayNoun reports whether w, in lower case, after "the" and a number,
// makes the number a road's: "the 405 freeway".
func freewayNoun(w string) bool {
	switch w {
	case "freeway", "highway", "motorway", "expressway", "turnpike", "parkway", "interstate":
		return true
	}
	return false
}

// roadPreposition reports whether w, in lower case, is a preposition that
// a road's name follows: "of U.S. 395", "along U.S. 101".
func roadPreposition(w string) bool {
	switch w {
	case "of", "on", "along", "off", "onto", "via", "from":
		return true
	}
	return false
}

// notAQuantity reports whether the digits at i belong to a name, code or
// identifier, a term of a sum written out, a thread's post number or a
// sound format: "G7", "F-16", "COVID-19", "Boeing 737", "No. 10", "+44",
// "2+2=5", "1/", "5.1 surround".
func (x *extractor) notAQuantity(i, sym int) bool {
	if k := x.ratingWordAt(i); sym < 0 && k >= 0 && x.str(k) == "EF" {
		return false // "an EF4 tornado": a rating, glued to its scale's letters
	}
	if sym < 0 && x.gasMarkAt(i) >= 0 {
		return false // "Gas Mark 6": an oven's setting, no name
	}
	if sym < 0 && (x.mark(i-1) == '+' || x.mark(i-1) == '-') && x.toks[i-1].flags&fSpace == 0 && x.toks[i].flags&fSpace == 0 && (x.str(i-2) == "GMT" || x.str(i-2) == "UTC") {
		return true // "Singapore is on GMT+8": a time zone's offset, named
	}
	if sym < 0 && x.eqText(i-1, "seat") && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace == 0 && len(x.str(i+1)) == 1 && x.toks[i+1].flags&fUpper != 0 {
		return true // "I had seat 14C": a seat's row and letter (no temperature)
	}
	if sym < 0 && x.eq(i-1, wAt) && x.clock24(i) && x.departsAt(i-2) {
		return true // "leaves London Euston at 21.15": a time of day on the 24-hour clock
	}
	if sym < 0 && i >= 6 && x.mark(i-1) == '.' && x.str(i-2) == "C" && x.mark(i-3) == '.' && x.str(i-4) == "S" && x.mark(i-5) == '.' && x.str(i-6) == "U" {
		return true // "in violation of 21 U.S.C. 841": a section of the United States Code, cited
	}
	if sym < 0 && x.eq(i-1, wThe) && x.trainTime(i) {
		return true // "the 1735 London Paddington to Plymouth service": a train named by its time of departure
	}
	if s := x.str(i); sym < 0 && (s == "1,000" || s == "2,000" || s == "1000" || s == "2000") && x.eqText(i+1, "guineas") && x.toks[i+1].flags&fUpper != 0 {
		return true // "won the 1,000 Guineas": a Classic horse race, named
	}
	if sym < 0 && x.elevenPlus(i) {
		return true // "selected by the 11-plus exam": Britain's school test, named
	}
	if s := x.str(i); sym < 0 && (s == "12" || s == "24") && x.hyphenAt(i) && x.eq(i+2, wHour) && (x.eqText(i+3, "clock") || x.eqText(i+3, "format")) {
		return true // "The 24-hour clock on the concourse": a way of telling the time, no length of it
	}
	if sym < 0 && x.indexNumber(i) {
		return true // "FTSE 250 housebuilder Oakfield Homes", "S&P 500 companies": a stock index's name
	}
	if sym < 0 && (x.str(i-1) == "WS" || x.eqText(i-1, "worldscale")) {
		return false // "fixed at WS 135", "rose to Worldscale 36": a tanker's freight on the Worldscale, no name
	}
	if s := x.str(i); yearLike(s) && (x.mark(i+1) == '/' || x.mark(i+1) == '-' && strings.HasPrefix(x.str(i+2), "0")) && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 &&
		len(x.str(i+2)) >= 3 && !yearLike(x.str(i+2)) {
		return true // "2024/0871", "Flood warning 2025-0143": a planning application's, a case's or a warning's reference, no year
	}
	if x.mark(i-1) == '(' && x.mark(i+1) == ')' && x.mark(i-2) == ')' && x.tokIs(i-3, tWord) && len(x.str(i-3)) == 1 && x.mark(i-4) == '(' {
		return true // "Section 8(a)(3) of the Act": a subsection's number
	}
	if len(x.str(i)) == 2 && (x.eqText(i+1, "plate") || x.hyphenAt(i) && x.eqText(i+2, "plate")) {
		return true // "on a 67 plate", "a 68-plate Golf": a British car's registration, its half-year named
	}
	if x.str(i) == "0" && x.hyphenAt(i) && (x.str(i+2) == "60" || x.str(i+2) == "62" || x.str(i+2) == "100") && x.toks[i+2].flags&fSpace == 0 &&
		(x.eq(i+3, wIn) || x.tokIs(i+3, tWord) && x.toks[i+3].flags&fSpace == 0) {
		return true // "0-60 in 4.9 seconds", "0-62mph": a car's sprint, named by its speeds (its time is the claim)
	}
	if sym < 0 && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace != 0 && modelTier(x.str(i+1)) && allDigits(x.str(i)) &&
		!(x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper == 0 && pluralNoun(x.str(i+2))) && !x.eqText(i+2, "bowls") {
		return true // "the iPhone 14 Pro Max", "Samsung's 990 Pro SSD": a model's name, its tier after its number (but "3 Pro titles", "5 Pro Bowls")
	}
	if sym < 0 && x.tokIs(i-1, tWord) && rubberGrade(x.str(i-1)) && allDigits(x.str(i)) && len(x.str(i)) <= 2 {
		return true // "RSS 1 rubber", "SMR 20 up 1.5 cents": a grade of natural rubber, named (but a table's "No.1 RSS 62.50" prices it)
	}
	if x.placeCode(i) {
		return true // "grid reference SD 289 970", "ZIP code, 97204", "P.S. 161": a place's reference, a postcode, a school's name
	}
	if x.catalogueNumber(i) {
		return true // "Op. 27", "K. 502": a composer's work, numbered in a catalogue
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && len(x.str(i)) == 1 && x.teamShapeAfter(i) {
		return true // "switched to a 3-4 defense", "a 4-4-2 formation": a team's shape, no score
	}
	if x.hyphenAt(i) && x.eq(i+2, wIn) && x.hyphenAt(i+2) && x.str(i+4) == "1" {
		return true // "3-in-1 oil", "a 2-in-1 laptop": a product's kind, named
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && x.tokIs(i+3, tWord) && x.toks[i+3].flags&fSpace == 0 && (x.eqText(i+3, "pm") || x.eqText(i+3, "am")) && len(x.str(i)) <= 2 {
		return true // "closes between 3-5pm": hours of the clock
	}
	if x.inPhoneNumber(i) || x.numberToRing(i) {
		return true // "call +44 20 7946 0000", "the helpline 1800 180 1407": a telephone number
	}
	if x.docketNumber(i) {
		return true // "Case No. 23-10367", "Docket No. RM87-34": a case's or a file's number
	}
	if x.inIBAN(i) {
		return true // "to IE29 AIBK 9311 5212 3456 78": a bank account's number
	}
	if sym < 0 && x.labelledAt(i) {
		return true // "leave the key in box 12", "the gate code is 4471": a place's or a lock's number
	}
	if sym > 1 && x.eq(sym-1, wPer) && x.tokIs(i, tNum) {
		if p := x.lastClaim(); p != nil && p.Kind == factcheck.Money && p.End == int(x.toks[sym-2].e) {
			return true // "55 cents per $100 of assessed value": the sum a rate is per, part of its unit
		}
	}
	if sym > 1 && x.str(i) == "1" && x.mark(sym-1) == '/' && x.toks[sym-1].flags&fSpace == 0 && x.toks[sym].flags&fSpace == 0 && x.tokIs(sym-2, tNum) {
		return true // "weakened to ₦1,612.35/$1": the one dollar a rate is per, no sum
	}
	if sym == i-1 && x.tokIs(sym, tWord) && x.toks[i].flags&fSpace == 0 && yearLike(x.str(i)) && x.bondAfter(i+1) {
		return true // "the yield on the R2030 government bond": a bond named by its letter and year of maturity, no sum
	}
	if x.str(i-1) == "Year" && x.schoolYearAt(i) && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper == 0 && !x.toks[i+1].is(lexicon.Stop|lexicon.Duration) {
		return true // "Year 6 pupils sit their tests", "Year 13 student Aisha Khan": a school year's name, opening its sentence too
	}
	if before := x.text[:x.toks[i].s]; allDigits(x.str(i)) && (strings.HasSuffix(before, "H.R. ") || strings.HasSuffix(before, "H.B. ") || strings.HasSuffix(before, "S.B. ") ||
		strings.HasSuffix(before, " S. ") && !x.unitFollows(i)) {
		return true // "the energy package, H.R. 1,", "H.R. 82", "known as S. 2155": a bill's number
	}
	if x.eq(i-1, wThe) && allDigits(x.str(i)) && len(x.str(i)) <= 3 && freewayNoun(x.lowerAt(min(i+1, len(x.toks)-1))) {
		return true // "a stretch of the 405 freeway": a road's number
	}
	if x.departureAt(i) {
		return true // "on the 9.15 crossing", "the 7.42 from Leeds": a departure's time
	}
	if x.usHighway(i) {
		return true // "reopened U.S. 101 near Gilroy", "heading up U.S. 26, where": a highway's number
	}
	if x.eq(i-1, wThe) && (x.eq(i+1, wRoute) || x.eq(i+1, wBus)) && x.toks[i].flags&fSpace != 0 {
		return true // "fares on the 36 route", "the 7 bus": a bus route's number
	}
	t := &x.toks[i]
	if x.tokIs(i+1, tPunct) && (x.mark(i+1) == '+' || x.mark(i+1) == '=') && x.tokIs(i+2, tNum) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+2].flags&fSpace == 0 {
		return true // a sum written out: "2+2=5"
	}
	if x.relayAt(i) || i >= 2 && x.relayAt(i-2) {
		return true // "the 4 x 400m relay", "the 4×200m freestyle": a relay's name, its legs and their distance
	}
	if x.tokIs(i+1, tPunct) && x.mark(i+1) == '/' && x.toks[i+1].flags&fSpace == 0 && (i+2 >= len(x.toks) || x.toks[i+2].flags&fSpace != 0) {
		return true // a thread's post: "1/ Crypto is global"
	}
	if x.listMarker(i) {
		return true // "two crucial facts: 1) If these terrorists", "such as -\n    (1) shares in an offering": a list's marker
	}
	if x.letterModel(i) {
		return true // "from 8,450 dlrs on an A 2 mainframe": a model's letter and number
	}
	if x.quotedTitle(i) {
		return true // "a report on CBS \"60 Minutes\"": a programme's or a book's title
	}
	if x.str(i) == "22" && (x.eq(i-1, wOwn) || x.eq(i-1, wThe) && (x.eq(i-2, wInside) || x.eq(i-2, wInto) || x.eq(i-2, wOutside))) &&
		(x.tokIs(i+1, tPunct) || x.tokIs(i+1, tWord) && x.toks[i+1].is(lexicon.Stop)) {
		return true // "in his own 22", "inside the 22": the area of a rugby pitch
	}
	if x.wireSlug(i) {
		return true // "(XYZS 1019)": a wire's code for an item of a roundup
	}
	if x.mark(i+1) == '/' && x.tokIs(i+2, tWord) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+2].flags&fSpace == 0 && x.toks[i+2].flags&fAllCaps != 0 &&
		x.toks[i+2].flags&fShout == 0 && allDigits(x.str(i)) {
		return true // "the 2114/PC Retail Management System": a product's designation
	}
	if x.tokIs(i+1, tWord) && len(x.str(i+1)) == 1 && x.mark(i+2) == '/' && x.tokIs(i+3, tNum) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+2].flags&fSpace == 0 && x.toks[i+3].flags&fSpace == 0 &&
		x.fuelUse(i+1) == i+1 && !x.temperatureRestated(i+3) {
		return true // "isotron 142b/22": a product's designation (but "5.1L/100km" a car's fuel use)
	}
	if x.mark(i-1) == ')' && x.mark(i-3) == '(' && x.tokIs(i-2, tWord) && x.toks[i-2].flags&fAllCaps != 0 && x.toks[i-2].word == 0 && allDigits(x.str(i)) &&
		(i+1 >= len(x.toks) || x.tokIs(i+1, tPunct) && strings.Contains(",.;:", x.str(i+1))) && !x.cellAt(i) && !x.tokIs(i+2, tNum) {
		return true // "chlorofluorocarbon (CFC) 12,": a product named by its abbreviation and number (but "Ruth Wambui (KEN)   2:21:07": a runner's time)
	}
	if s := x.str(i); len(s) == 2 && allDigits(s) && (x.mark(i-1) == '\'' || x.str(i-1) == "\u2019") && x.mark(i-2) == '(' && x.mark(i+1) == ')' {
		return true // "alumna Dana Whitfield ('88)": her class's year, a label
	}
	if x.namedList(i) {
		return true // "Windows 95, 98, 2000", "Key Stages 1, 3 and 4": names, as the first is (but not a unit's "41 GtCO2 and 480 tonnes")
	}
	if x.inHeadlineName(i) {
		return true // "MOTEL 6 LP &lt;SIX> SETS CASH DISTRIBUTION": a company's name
	}
	if x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+1].flags&(fUpper|fShout) != 0 && allDigits(x.str(i)) &&
		(x.mark(i+2) == '<' || x.mark(i+2) == '&' && x.eq(i+3, wLt)) {
		return true // "AMERICAN HEALTHCARE AND 3M &lt;MMM> SIGN ACCORD": a company named by its figure, its ticker after it
	}
	if allDigits(x.str(i)) && x.toks[i].flags&fSpace == 0 && (x.mark(i-1) == '<' || x.mark(i-1) == ';' && x.eq(i-2, wLt) && x.mark(i-3) == '&') &&
		x.mark(i+1) == '.' && x.tokIs(i+2, tWord) && x.toks[i+2].flags&(fUpper|fShout) != 0 && x.mark(i+3) == '>' {
		return true // "Toyota Motor Corp <7203.T>": an exchange's code for a stock, no count
	}
	if x.str(i) == "3" && x.tokIs(i+1, tWord) && x.str(i+1) == "M" && x.toks[i+1].flags&fSpace == 0 && x.companyWord(i+2) {
		return true // "3M Co. and Pfizer Inc.": the company, not three million
	}
	if allDigits(x.str(i)) && x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&(fUpper|fAllCaps) == fUpper &&
		x.tokIs(i+3, tWord) && x.toks[i+3].flags&(fUpper|fAllCaps) == fUpper && x.toks[i+3].flags&fNewline == 0 && !x.titleCased(i) {
		return true // "Maggi 2-Minute Noodles": a brand's name, capitalised within a sentence
	}
	if x.tokIs(i-1, tWord) && x.toks[i].flags&fSpace != 0 && camelName(x.str(i-1)) && !x.unitFollows(i) {
		return true // "iPhone 15 sales", "iPad 10": a product's model, named by its number (but "eGFR 34 ml/min", a measure)
	}
	if x.hyphenAt(i) && x.eq(i+2, wBased) {
		x.nameModel(x.str(i))
		return true // "an 80286-based machine": a chip's number
	}
	if w := x.str(i + 1); x.tokIs(i+1, tWord) && (w == "Cent" || possessive(w) && strings.HasPrefix(w, "Cent") && len(w) <= len("Cent\u2019s")) {
		return true // "50 Cent's G-Unit group": a money word capitalised and singular after a number is a name (not "€2,540 Central")
	}
	if (x.eq(i-1, wEuro) || x.eq(i-1, wExpo)) && x.toks[i-1].flags&fUpper != 0 && x.toks[i].flags&fSpace != 0 && yearLike(x.str(i)) {
		return true // "Euro 2004", "Expo 2005": a championship's or a fair's name
	}
	if x.secForm(i) {
		return true // "reported on the company's 10K filing": a form's name
	}
	if x.hyphenAt(i) && x.eq(i+2, wRated) {
		return true // "an 18-rated game": a film's or a game's certificate
	}
	if s := x.str(i); sym < 0 && (s == "12" || s == "15" || s == "18") && x.eq(i-1, wRated) && (x.mark(i+1) == ',' || x.mark(i+1) == '.' || x.mark(i+1) == ')' || x.eq(i+1, wAnd)) {
		return true // "Closer, rated 15, lasts 104 minutes": a film's certificate (but "rated 15 out of 20" a mark)
	}
	if s := x.str(i); sym < 0 && allDigits(s) && len(s) >= 4 && len(s) <= 6 && x.wordBefore(i, textWords) {
		return true // "the number to text is 84599", "text DONATE to 70085": a short code to text
	}
	if allDigits(x.str(i)) && x.hyphenAt(i) && x.eqText(i+2, "series") && x.toks[i+2].flags&fSpace == 0 && x.toks[i].flags&fSpace != 0 {
		return true // "after BMW said 7-series sales rose": a maker's model line, named
	}
	if s := x.str(i); (s == "90" || s == "95" || s == "99") && x.tokIs(i+1, tPunct) && x.mark(i+1) == '%' && (x.str(i+2) == "CI" || x.eq(i+2, wConfidence)) {
		return true // "(95% CI 0.72-0.89)", "a 95% confidence interval": a study's level of confidence, no finding
	}
	if s := x.str(i); allDigits(s) && len(s) >= 3 && s[0] != '0' && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fNewline == 0 && machineNoun(x.spAt(i+1)) &&
		!(x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper == 0 && !x.toks[i+2].is(lexicon.Stop) && strings.HasSuffix(x.str(i+2), "s")) {
		return true // "its mid-range 9370 computer two months earlier": a model's number, one machine named in the singular (but "9370 computers" and "256 chip designs" count)
	}
	if x.tokIs(i+1, tWord) && x.str(i+1) == "K" && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fNewline == 0 && resolutionNoun(x.lowerAt(i+2)) && smallFigure(x.str(i), 16) {
		return true // "4K monitors", "a 2.5K screen", "6.2K video": a picture's resolution, no thousands (but "lost 400K video customers")
	}
	if s := x.str(i); (s == "100" || s == "1000") && (x.eqText(i-1, "base") || x.mark(i-1) == '=' && x.tokIs(i-2, tNum) && yearLike(x.str(i-2))) {
		return true // "industrial production index (1980 base 100)", "1985=100": an index's base, no reading
	}
	if s := x.str(i); (s == "64" || s == "256") && x.tokIs(i+1, tWord) && x.str(i+1) == "K" && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tWord) && memoryNoun(x.lowerAt(i+2)) {
		return true // "256K dynamic random access memory chips": a chip's capacity in kilobits, its name
	}
	if x.mark(i+1) == '(' && x.tokIs(i+2, tWord) && len(x.str(i+2)) == 1 && x.mark(i+3) == ')' && x.toks[i+1].flags&fSpace == 0 && x.toks[i+2].flags&(fSpace|fUpper) == 0 {
		return true // "the 401(k) limit", "a 403(b) plan": a retirement plan named by the tax code's section
	}
	if x.hyphenAt(i) && (x.eq(i+2, wIron) || x.eq(i+2, wWood)) && len(x.str(i)) == 1 {
		return true // "with a 7-iron", "a 3-wood": a golf club's name
	}
	if x.hyphenAt(i) && (x.eq(i+2, wWheeler) || x.eq(i+2, wWheelers)) {
		return true // "a 10-wheeler truck", "18-wheelers": a kind of lorry by its wheels, no count
	}
	if x.eq(i+1, wX) && x.tokIs(i+2, tNum) && x.eq(i+3, wM) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+2].flags&fSpace == 0 && x.toks[i+3].flags&fSpace == 0 {
		return true // "the 4x100m relay": a race's name
	}
	if x.eq(i+1, wIn) && x.eq(i+2, wThe) && (x.eq(i+3, wMorning) || x.eq(i+3, wAfternoon) || x.eq(i+3, wEvening)) && len(x.str(i)) <= 2 {
		return true // "it's 3 in the morning": a time of day
	}
	if _, _, clock := x.hoursMinutes(i); (x.eq(i+1, wHrs) || x.eq(i+1, wHours)) && clock && (x.eq(i+2, wLocal) || x.tokIs(i+2, tWord) && x.toks[i+2].is(lexicon.TimeSuffix)) {
		return true // "(1200 hrs GMT March 15)", "as of 1223 hrs EDT": a time of day
	}
	if x.gradeBefore(i) && x.hyphenAt(i) && len(x.str(i)) == 1 && len(x.str(i+2)) == 1 && x.tokIs(i+2, tNum) && x.mark(i+3) != '/' {
		return true // "us 1-3 230-240 lbs", "U.S. 1-2 210-250 LB", "choice 2-4 975-1250 lbs": a USDA grade of hogs or cattle
	}
	if x.releaseName(i) {
		return true // "the Firefox 1.0 web browser", "Version 3.0 of", "Twitter 2.0", "its Symphony 1.2 upgrade": a release's name
	}
	if s := x.str(i); len(s) <= 5 && strings.Count(s, ".") == 1 && (x.eq(i-1, wRelease) || x.eq(i-1, wVersion) || x.str(i-1) == "Web") && (x.toks[i-1].flags&fUpper != 0 || x.eq(i-1, wVersion)) && (!x.unitFollows(i) || x.str(i-1) == "Web") {
		return true // "introduced Release 10.1 of Performance Monitor", "a day-one patch, version 1.03,": a release's number
	}
	if s := x.str(i); len(s) <= 3 && allDigits(s) && x.eq(i-1, wVersion) && !x.unitFollows(i) && !x.hyphenAt(i) {
		return true // "Midjourney's version 5 model": a release's number, whole
	}
	if s := x.str(i); len(s) <= 5 && strings.Count(s, ".") == 1 && x.partsDeterminer(i-1) && x.tokIs(i+1, tWord) && (x.eqText(i+1, "update") || x.eqText(i+1, "patch")) {
		return true // "the 2.3 update", "Its 2.3 update": a release's number
	}
	if s := x.str(i); len(s) <= 4 && strings.Count(s, ".") == 1 && x.tokIs(i-1, tWord) && x.toks[i-1].flags&(fUpper|fAllCaps|fShout) == fUpper &&
		x.toks[i-1].word == 0 && !x.sentenceStart(i-1) && x.tokIs(i+1, tWord) && softwareNoun(x.spAt(i+1)) {
		return true // "the Berkeley 4.2 system", "the Unix 5.3 release": a release's number
	}
	if x.caucusAt(i) {
		return true // "the Group of 24 developing countries": a caucus's name
	}
	if x.companyNumber(i) {
		x.nameModel(x.str(i))
		return true // "&lt;5300 Richmond Road Corp>", and "5300 is a Delaware corporation" after it: a company's name
	}
	if x.inBracketedName(i) {
		return true // "&lt;SPECTRUM 2000 INC>"
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && x.tokIs(i+3, tWord) && x.toks[i+3].flags&(fSpace|fUpper) == fUpper && len(x.str(i+3)) <= 2 &&
		x.tokIs(i-1, tWord) && x.toks[i-1].flags&fUpper != 0 && x.toks[i-1].flags&fShout == 0 {
		return true // "the Challenger 601-3A business jet": a model's number and its variant
	}
	if x.jetModel(i) || x.productModel(i) {
		return true // "747-400s", "its 747 fleet", "their 7610 phone"
	}
	if i > 0 && x.str(i-1) == "\u00a9" || x.eq(i-1, wCopyright) {
		return true // "Copyright © 2023 NPR": a notice, no date of the story
	}
	if x.eq(i-1, wPer) && x.tokIs(i+1, tWord) && !x.unitFollows(i) && !x.measureAt(i+1) && !x.eq(i+1, wCubic) && !x.eq(i+1, wSquare) {
		return true // "8.8 points better per 100 possessions": a rate's base
	}
	if x.eq(i-1, wPer) && (i+1 >= len(x.toks) || x.tokIs(i+1, tPunct)) && powerOfTenBase(x.str(i)) {
		return true // "or 2.8 beds per 100,000.": a rate's base, its noun left unsaid
	}
	if x.tokIs(i+1, tWord) && x.toks[i+1].flags&(fNewline|fAllCaps) == 0 && x.toks[i+1].flags&fUpper != 0 && x.toks[i+1].flags&fSpace != 0 &&
		(x.toks[i+1].is(lexicon.Duration) || x.toks[i+1].is(lexicon.Measure) && strings.ContainsAny(x.str(i+1), "aeiou") && strings.ToLower(x.str(i + 1)[1:]) == x.str(i + 1)[1:]) &&
		x.tokIs(i-1, tWord) && (x.toks[i-1].flags&fUpper == 0 || x.eq(i-1, wThe) && x.sentenceStart(i-1) || possessive(x.str(i-1))) && x.toks[i].flags&fNewline == 0 && !(x.lineStartNear(i) && x.headlineLine(i)) &&
		!(x.mark(i+2) == '/' && x.toks[i+2].flags&fSpace == 0) && !x.tokIs(i+2, tNum) && !strings.HasPrefix(x.lowerAt(i+1), "kelvin") && !megaSymbols[x.str(i+1)] { // (but "940 Mbit/s" is a rate, "1,150 Year 7 places" counts places of a school year, "138 Kelvin" is a temperature, its unit a man's name, and "1.12 Moz" millions of ounces by their symbol)
		return true // "CBS network's 60 Minutes show", "while 21 Grams actress", "He told US TV show 60 Minutes that", "on CBS's 60 Minutes", "The 24 Hours of Le Mans": a title (but a headline capitalises its words)
	}
	if s := x.str(i); (s == "5.1" || s == "7.1") && (x.eq(i+1, wSurround) || x.eq(i+1, wChannel) || x.eq(i+2, wSurround)) {
		return true // "5.1 surround sound": a format
	}
	if sym < 0 && len(x.str(i)) <= 3 && allDigits(x.str(i)) && x.formationAfter(i+1) {
		return true // "40 Commando flew home", "16 Air Assault Brigade": a military unit, named
	}
	if i > 0 && sym < 0 {
		p := &x.toks[i-1]
		if t.flags&fSpace == 0 {
			switch {
			case p.class == tWord && !x.quakeLetterBefore(i) && !(x.str(i-1) == "x" && x.tokIs(i-2, tNum) && x.lengthAfterFigure(i)):
				return true // G7, MP3, A380 (but "an M6.1 earthquake" is its magnitude, "the 9x13-inch pan" its sides)
			case x.mark(i-1) == '-' && i >= 2 && p.flags&fSpace == 0 && x.toks[i-2].class == tWord && !x.toks[i-2].is(lexicon.Cardinal|lexicon.Month) && !x.prefixWord(i-2) &&
				!x.dashedLength(i) && !x.eq(i-2, wMagnitude) && !x.eq(i-2, wSub) && !x.eq(i-2, wMinus) && !x.eq(i-2, wPlus) && !(x.eq(i-2, wBy) && x.hyphenAt(i-4)):
				return true // F-16, COVID-19 (but "a magnitude-7.2 quake", "a sub-10% rate", "a wind chill of minus-3", "finished plus-12", "a 12-by-14-foot room")
			case x.mark(i-1) == '+' && !x.unitFollows(i) && !strings.Contains(x.str(i), ".") && !x.signedInBrackets(i) && !x.gluedScale(i+1) && x.phoneCode(i):
				return true // +44, a telephone's country code; but "+0.3 pct", "payrolls +275K" and a table's "+10.1 (+9.8)" are signed
			case x.mark(i-1) == ':' && (x.eq(i-2, wNote) || x.eq(i-2, wNotes)):
				// a results report's "NOTE:1986 net includes": a note, no label
			case x.mark(i-1) == '/' && x.tokIs(i-2, tWord) && x.toks[i-1].flags&fSpace == 0 && (x.eq(i+1, wDegrees) || x.eq(i+1, wDegree)):
				// a weather report's sky and temperature: "Omaha, April 7 -
				// Clear/45 degrees -"
			case x.mark(i-1) == '=' && (x.eqText(i-2, "n") || x.eqText(i-2, "N") || x.eqText(i-2, "p") || x.eqText(i-2, "P")) && x.toks[i-2].e-x.toks[i-2].s == 1 && (i < 3 || x.tokIs(i-3, tPunct) || x.toks[i-2].flags&fSpace != 0):
				// a sample's size, "n=2,014", "(n=500)": people asked; a
				// p-value, "p=0.48"
			case x.mark(i-1) == '/' && x.temperatureRestated(i):
				// "30C/86F", "220°C/425°F", "160C fan/180C": one
				// temperature in two scales, or an oven's two settings
			case x.mark(i-1) == '/' && i >= 3 && x.tokIs(i-2, tWord) && x.tokIs(i-3, tNum) && x.toks[i-2].flags&fSpace == 0 && x.knownSuffix(i-2) && x.knownSuffix(i+1):
				// "4bd/3ba": a listing's bedrooms, then its bathrooms
			case x.mark(i-1) == '#' || x.mark(i-1) == '/' || x.mark(i-1) == ':' || x.mark(i-1) == '@' || x.mark(i-1) == '=':
				return true
			case x.mark(i-1) == '.' && i >= 2 && x.toks[i-2].class == tNum && p.flags&fSpace == 0:
				return true // 10.0.0.1 style tails
			case x.mark(i-1) == '.' && i >= 2 && x.tokIs(i-2, tWord) && t.flags&fSpace == 0 && x.str(i-2) != "O" &&
				(x.toks[i-2].e-x.toks[i-2].s == 1 && x.toks[i-2].flags&fUpper != 0 || x.toks[i-2].e-x.toks[i-2].s == 2 && x.toks[i-2].flags&fAllCaps != 0 && x.toks[i-1].flags&fSpace == 0 ||
					x.toks[i-2].e-x.toks[i-2].s <= 4 && x.toks[i-2].flags&fAllCaps != 0 && x.toks[i-1].flags&fSpace == 0 && strings.Contains(x.str(i), ".")):
				return true // a bill's number: "S.490", "X.400"; a model's: "the ID.7 Pro"; a virus's lineage: "XBB.1.5" (but "O.6 MM" is wire copy's 0.6)
			}
		}
		plain := !strings.ContainsAny(x.str(i), ",.") || x.eqText(i-1, "law") && x.toks[i-1].flags&fUpper != 0 && !strings.Contains(x.str(i), ".") // names carry plain numbers: 737, not 3,207,000 (but Argentina's "Due Obedience Law 23,521")
		if plain && t.flags&fNewline == 0 && p.class == tWord && p.flags&fUpper != 0 && !p.is(lexicon.Month|lexicon.Weekday|lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Vague|lexicon.Currency|lexicon.Ordinal|lexicon.Season) &&
			(p.word == 0 || !x.sentenceStart(i-1)) && p.flags&fAllCaps == 0 && !x.eq(i-1, wAged) && !x.eq(i-1, wAges) && !x.verbOpensCount(i-1) && !possessive(x.str(i-1)) && !weekdayAbbreviated(x.str(i-1)) && !x.unitFollows(i) && !(x.gluedScale(i+1) && (x.unitFollows(i+1) || x.tokIs(i+2, tPunct))) && !x.unitAfterRange(i) && !x.unitAfterBracket(i) && !x.scoreAfterName(i) && !x.dayOfMonth(i) &&
			!x.rankAfter(i) && !(stageNoun(x.spAt(i-1)) && x.eq(i+1, wOf)) && !(x.inEighths(i, min(i+4, len(x.toks))) && x.companyMove(i-1)) && !x.comparisonInBrackets(i) && !x.nextCell(i) && !x.olderAfter(i) && !x.seatsAfter(i) &&
			!(levelNoun(x.lowerAt(i+1)) && x.indexNear(i)) && !(yearLike(x.str(i)) && x.yearPart(i-1)) && !yieldVerb(x.spAt(i-1)) && !x.sharesList(i) && x.ratingWordAt(i) < 0 && !voteLabel(x.str(i-1)) &&
			!(x.sentenceStart(i-1) && peopleNoun(x.lowerAt(i-1))) && !x.gappedCount(i) && !x.moreCountedAfter(i+1) {
			return true // Boeing 737, Route 66, Section 8; not "Boise Cascade 2-3/8 to 74-3/8", nor a table's "Africa           45", nor "Dow Jones Industrial 2500 level", nor a recipe's "Serves 4", nor "Aged 67,", "Ages 5-11" or "Adults 18 to 64" opening a sentence, nor "and Sweden 500m kronor", nor "from Mon 4 to Fri 8 March"
		}
		if x.longMarch(i) {
			return true // "a Long March-2F rocket", "the Long March 5": China's rockets, named
		}
		if plain && (x.eq(i-1, wPoorS) && p.flags&fUpper != 0 || (x.eq(i-1, wOf) || x.mark(i-1) == ',') && x.eq(i-2, wAct) && x.toks[i-2].flags&fUpper != 0) {
			return true // "Standard and Poor's 500": an index, named; "the Tax Reform Act of 1986", "the Wildlife Protection Act, 1972": a law, named
		}
		if plain && x.registeredNumber(i) {
			return true // "registered number 1098765": an identifier
		}
		if x.videoFormat(i) {
			return true // "records 4K video", "1080p": a picture's format, named
		}
		if x.sizeAt(i) && !x.unitFollows(i) {
			return true // "trainers in sizes UK 5 to UK 12", "a pair of size 9 Air Jordans": a fit, named
		}
		if s := x.str(i); len(s) == 5 && s[1] == ',' && p.flags&fUpper != 0 && (documentNoun(x.spAt(i-1)) || x.str(i-1) == "Law" || x.str(i-1) == "Decree") && !x.unitFollows(i) {
			return true // "Resolution 1,265", "Decree-Law 2,283": a law's number, its thousands marked as Brazil's are
		}
		if plain && x.str(i+1) == "de" && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper != 0 && len(x.str(i)) <= 2 {
			return true // "club 12 de Octubre", "Avenida 9 de Julio": a Spanish or Portuguese name of a day
		}
		if x.str(i-1) == "Law" && x.str(i-2) == "Public" && x.hyphenAt(i) {
			return true // "Public Law 117-58": a US statute, numbered by its Congress
		}
		if plain && x.str(i-1) == "Title" && !x.unitFollows(i) {
			return true // "Title 42, the pandemic-era rule": a title of a US code of law, named (but "won the title 3 times")
		}
		if (plain || sectionNumber(x.str(i))) && p.class == tWord && designation(x.lowerAt(i-1)) && !x.unitFollows(i) && (!x.unitAfterRange(i) || roadWord(x.lowerAt(i-1)) && x.toks[i-1].flags&fUpper != 0) && !modalVerb(x.lowerAt(max(i-2, 0))) {
			return true // "type 1 diabetes", "route 189", "flight 370", "under Section\n301 of trade law", "raise the speed limit on Interstate 10 to 80 mph" (but "it will exit 40 to 50 locations": a verb)
		}
		if plain && x.mark(i-1) == '.' && x.toks[i-1].flags&fSpace == 0 && x.eqText(i-2, "vol") && x.toks[i-2].flags&fUpper != 0 {
			return true // "Guardians of the Galaxy Vol. 3": a volume, named
		}
		if plain && x.str(i+1) == "x" && x.tokIs(i+2, tNum) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+2].flags&fSpace == 0 && !x.lengthAfterFigure(i+2) {
			// a thing named by its sides, no unit said: "sales of 4x4s" (a
			// vehicle's drive), "a 15x15 cryptic grid", "three 2x4s", "1x6
			// pickets" (a timber's trade size), "a 4x6 print", "a 24x36
			// poster" (but "the 9x13-inch pan" measures)
			return true
		}
		if x.eq(i+1, wAct) && x.toks[i+1].flags&fUpper != 0 && x.tokIs(i-1, tWord) && x.toks[i-1].flags&fUpper != 0 && x.toks[i].flags&fNewline == 0 {
			return true // "the SECURE 2.0 Act": a law's name
		}
		if plain && x.eqText(i+1, "block") && x.eq(i+2, wOf) && x.tokIs(i+3, tWord) && x.toks[i+3].flags&fUpper != 0 {
			return true // "in the 2300 block of Maple Avenue": an address
		}
		if plain && len(x.str(i)) <= 3 && x.str(i-1) == "." && x.str(i-2) == "S" && x.str(i-3) == "." && x.str(i-4) == "U" && (x.eq(i-5, wNear) || x.eq(i-5, wOn) || x.eqText(i-5, "along") || x.eq(i-5, wOff) || x.eqText(i-5, "onto") || x.eqText(i-5, "via")) {
			return true // "near U.S. 412": a federal highway, named
		}
		if plain && x.designatedList(i) && !x.unitFollows(i) {
			return true // "between junctions 10 and 16", "sections 3, 4 and 5 of the act", "chapter 3 and 4"
		}
		if plain && x.str(i+1) == "Line" && x.toks[i].flags&fShout == 0 && len(x.str(i)) <= 2 {
			return true // "Sound Transit's 2 Line", "the 7 Line": a transit line, named
		}
		if plain && x.eqText(i-1, "stage") && diseaseStaged(x.lowerAt(min(i+1, len(x.toks)-1))) {
			return true // "stage 2 hypertension", "stage 4 cancer": a disease's grade, named (but a race's "stage 9" is its ninth)
		}
		if x.str(i-1) == "\u00a7" {
			return true // "18 U.S.C. § 664": a section of a law
		}
		if x.str(i+1) == "U" && x.mark(i+2) == '.' && x.str(i+3) == "S" && x.mark(i+4) == '.' && x.str(i+5) == "C" || x.str(i+1) == "USC" {
			return true // "18 U.S.C.": a title of the US Code
		}
		if x.eq(i-1, wAt) && x.clockTime(i) && !x.inPence(i) {
			return true // "due at 1330", "at 1100 hrs", not "closed at 1130p"
		}
		if plain && p.class == tWord && p.flags&fAllCaps != 0 && !p.is(lexicon.Currency|lexicon.Month) && x.toks[i-1].e-x.toks[i-1].s <= 5 && (!x.sentenceStart(i-1) || x.levelAfterName(i)) &&
			!x.shoutedQuantity(i) && !x.scaledAfter(i) && !x.unitFollows(i) && !headlineVerb[x.lowerAt(i-1)] && !(x.eq(i+1, wP) && x.toks[i+1].flags&fSpace == 0) && !x.comparisonInBrackets(i) && !(x.hyphenAt(i) && x.scoreVerbBefore(i)) {
			// (but "BPB 10p to 660": a share's move in pence; "Salvador SHG
			// 110 (108)": a grade's price and its last; "beat Team USA 3-2":
			// a score; "SHARES FALL 12% AFTER ..." a headline's figure in a
			// line of mixed case, its unit after it or its verb before)
			w := x.str(i - 1)
			if w != "US" && w != "UK" && w != "EU" && w != "UN" && x.marketMoveAt(i, i+1) == nil { // but "CRA 36 to 8.70" moved in a market report
				return true // FTSE 100, NASDAQ 100
			}
		}
		if p.class == tPunct && x.mark(i-1) == '.' && i >= 2 && (x.eq(i-2, wNo) || x.eq(i-2, wNos)) {
			return true // No. 10
		}
		if x.eq(i-1, wNumber) || x.eq(i-1, wNo) && x.toks[i-1].flags&fUpper != 0 {
			return x.toks[i-1].flags&fUpper != 0
		}
	}
	if x.phoneGroup(i) || x.areaCodeNumber(i) || x.minorPlanet(i) || x.standardVersion(i) || x.furniture(i) || x.houseNumber(i) || x.abbreviatedName(i) {
		return true
	}
	if x.hyphenAt(i) && x.eq(i+2, wFor) && x.hyphenAt(i+2) && x.tokIs(i+4, tNum) ||
		i >= 4 && x.hyphenAt(i-2) && x.eq(i-2, wFor) && x.hyphenAt(i-4) && x.tokIs(i-4, tNum) {
		return true // a ratio not of shares (shareRatio): a player's "4-for-5" at the plate
	}
	// phone numbers and codes: 020-7946-0000, 1-800-555
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && x.hyphenAt(i+2) && x.tokIs(i+4, tNum) {
		return true
	}
	// 9/11, 24/7, 1/2: a name, a slogan or a fraction; but "2024/25" and
	// "2005/6" are fiscal years
	if x.tokIs(i+1, tPunct) && x.mark(i+1) == '/' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 &&
		!(len(x.str(i)) == 4 && allDigits(x.str(i)) && (len(x.str(i+2)) == 2 || len(x.str(i+2)) == 4 || x.lastDigitOfNext(i)) && !x.gluedAfter(i+3)) {
		return true // (a season ends its clause too: "delivery in 1986/87, including")
	}
	// an identifier with a slash: a DOI "10.1038/s41558-023", a code
	// "2023/C45"; but "$10/month" is a rate, and so is "€9,870/m2", its
	// area's unit squared
	if x.tokIs(i+1, tPunct) && x.mark(i+1) == '/' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fSpace == 0 &&
		x.tokIs(i+3, tNum) && x.toks[i+3].flags&fSpace == 0 && !((x.measureAt(i+2) || x.eqText(i+2, "m")) && x.squared(i+3)) {
		return true
	}
	// glued letters after the number that are no unit: 3G, 4x4
	j := i + 1
	if x.tokIs(j, tWord) && x.toks[j].flags&fSpace == 0 && !x.knownSuffix(j) {
		return true
	}
	return false
}

// headlineLine reports whether the line of token i reads as a headline:
// short (under maxHeadline bytes) and ending in no stop.
func (x *extractor) headlineLine(i int) bool {
	p := int(x.toks[i].s)
	s := strings.LastIndexByte(x.text[:p], '\n') + 1
	e := strings.IndexByte(x.text[p:], '\n')
	if e < 0 {
		e = len(x.text) - p
	}
	line := strings.TrimRight(x.text[s:p+e], " \t\r")
	return len(line) < maxHeadline && !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "\"")
}

// maxHeadline is the longest line, in bytes, that headlineLine takes for a
// headline.
const maxHeadline = 100

// jetModel reports whether the digits at i name a Boeing jet, as airline
// news writes them without the maker: 707 to 787 with a variant after a
// dash ("747-400"), a plural ("747s") or a noun of aircraft after them
// ("the 747 fleet").
func (x *extractor) jetModel(i int) bool {
	s := x.str(i)
	if len(s) != 3 || s[0] != '7' || s[2] != '7' || s[1] < '0' || s[1] > '8' {
		return false
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) || x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace == 0 && x.eq(i+1, wS) || x.eqText(i-1, "boeing") {
		return true // (and "The new Boeing 737 seats 189": the maker named)
	}
	if x.namesBoeing() && !x.unitFollows(i) && !x.tokIs(i+1, tNum) && !(x.tokIs(i+1, tWord) && x.toks[i+1].is(lexicon.Scale)) && !x.pluralNounAt(i+1) {
		return true // "the 787 Dreamliner", "its 777 line", "the 717" in a story of Boeing (but "777 seats")
	}
	switch x.spAt(min(i+1, len(x.toks)-1)) {
	case wFleet, wJet, wJets, wJumbo, wJumbos, wJetliner, wJetliners, wAircraft, wPlane, wPlanes, wAirliner, wAirliners, wFreighter, wFreighters:
		return i+1 < len(x.toks)
	}
	return false
}

// pluralNounAt reports whether token k is a plural noun in lower case
// that a count may be of: "777 seats".
func (x *extractor) pluralNounAt(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 || x.toks[k].is(lexicon.Stop|lexicon.Determiner) {
		return false
	}
	w := x.lowerAt(k)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// docketNumber reports whether the figure at token i stands in a code of
// letters, figures and hyphens run together after "No.", a case's or a
// file's number: "Case No. 23-10367", "Docket No. RM87-34" (but "No. 5",
// a rank, has no hyphen).
func (x *extractor) docketNumber(i int) bool {
	if x.mark(i-1) != '-' && x.mark(i+1) != '-' {
		return false
	}
	s, hyphen := i, false
	for ; s > 0 && x.toks[s].flags&fSpace == 0 && s > i-6; s-- {
		hyphen = hyphen || x.mark(s) == '-'
	}
	for e := i + 1; e < len(x.toks) && x.toks[e].flags&fSpace == 0 && e < i+6 && !hyphen; e++ {
		hyphen = x.mark(e) == '-' && x.tokIs(e+1, tNum) && x.toks[e+1].flags&fSpace == 0
	}
	return hyphen && x.mark(s-1) == '.' && x.eq(s-2, wNo) && x.toks[s-1].flags&fSpace == 0
}

// inIBAN reports whether the figure at token i is a group of an
// international bank account number, whose country's letters and check
// digits open it glued ("IE29") and whose groups of four follow, spaced
// once: "IE29 AIBK 9311 5212 3456 78".
func (x *extractor) inIBAN(i int) bool {
	if len(x.str(i)) > 4 || !x.tokIs(i-1, tNum) && !(x.tokIs(i-1, tWord) && x.toks[i-1].flags&fAllCaps != 0) {
		return false
	}
	for k := i - 1; k >= max(i-8, 1); k-- {
		if x.toks[k+1].flags&fNewline != 0 {
			return false
		}
		if s := x.str(k - 1); k < i-1 && x.tokIs(k, tNum) && len(x.str(k)) == 2 && x.toks[k].flags&fSpace == 0 && len(s) == 2 && x.toks[k-1].flags&fAllCaps != 0 {
			return true
		}
		if len(x.str(k)) != 4 || !x.tokIs(k, tNum) && !(x.tokIs(k, tWord) && x.toks[k].flags&fAllCaps != 0) {
			return false
		}
	}
	return false
}

// verbOpensCount reports whether the capitalised word at k, opening its
// sentence before a figure and a plural noun in small letters (a noun
// before it at most: "egg whites") or a unit, is a verb and no name: a
// gerund ("Scoring 41 goals in 38 games") or an imperative of a recipe,
// a job or a shop ("Whisk 2 egg whites", "Plant 6 tulip bulbs"), a range
// too ("Drinking 6 to 8 glasses"), or a label's verb ("Contains 24
// tablets", "Sleeps 6 people"), or a side's target in a chase ("Chasing
// 287, India were bowled out"); "Boeing 747 jets" stays a name.
func (x *extractor) verbOpensCount(k int) bool {
	if x.sentenceStart(k) && x.eqText(k, "chasing") && x.mark(k+2) == ',' {
		return true
	}
	if x.sentenceStart(k) && labelVerb(x.lowerAt(k)) && x.tokIs(k+2, tWord) && x.toks[k+2].flags&fUpper == 0 && !x.toks[k+2].is(lexicon.Stop) {
		return true // "Contains 24 film-coated tablets", "Sleeps 6 people"
	}
	plural := x.pluralNounAt(k+2) || x.tokIs(k+2, tWord) && x.toks[k+2].flags&fUpper == 0 && !x.toks[k+2].is(lexicon.Stop|lexicon.Determiner) && x.pluralNounAt(k+3) ||
		x.eq(k+2, wTo) && x.tokIs(k+3, tNum) && (x.pluralNounAt(k+4) || x.unitFollows(k+3)) // "Drinking 6 to 8 glasses of fluid a day": a range
	if !x.sentenceStart(k) || !plural && !x.unitFollows(k+1) && !(x.tokIs(k+2, tNum) && x.mark(k+3) == '/') {
		return false // (a unit, or a fraction's figures, may follow too: "Standing 7 1/2 feet tall")
	}
	w := x.lowerAt(k)
	switch w {
	case "boeing", "beijing", "reading", "wyoming", "sterling", "kettering", "ealing", "woking", "epping", "harding", "king":
		return false
	case "add", "whisk", "mix", "stir", "beat", "combine", "pour", "bake", "cook", "heat", "chop", "slice", "cut", "place", "use",
		"take", "buy", "crack", "fold", "sift", "melt", "boil", "simmer", "roast", "fry", "grill", "peel", "soak", "drain",
		"grate", "dice", "mince", "season", "spread", "grease", "preheat", "fill", "serve", "plant", "sow", "water", "prune",
		"drill", "fit", "hang", "paint", "measure", "sand", "screw", "nail", "glue", "order", "pack", "bring", "get", "book",
		"allow", "leave", "apply", "drink", "eat", "walk", "swim", "do", "try", "aim", "repeat", "wait", "rest":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// moreCountedAfter reports whether a word that adds to a count
// ("additional", "new", "extra", "more", "further", "other") stands at
// token k before a plural noun, after a figure: "given Fujitsu 14
// additional microchip production facilities" counts them, no name's
// number.
func (x *extractor) moreCountedAfter(k int) bool {
	switch x.spAt(k) {
	case wAdditional, wNew, wExtra, wMore, wFurther, wOther:
	default:
		return false
	}
	for j := k + 1; j < k+5 && x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0; j++ {
		if x.pluralNounAt(j) {
			return true
		}
	}
	return false
}

// gappedCount reports whether the figure at token i, after a name and
// before the clause's end or "and", counts what a count before it in its
// sentence counted, its verb and noun left out: "the Liberals won 88
// seats and the Tories 62", "Labour took 40 seats, the Greens 12", "356
// seats, the Conservatives 197 and the Liberal Democrats 62" (the count
// before it gapped too), "101 seats, the PML-N 75".
func (x *extractor) gappedCount(i int) bool {
	if i+1 < len(x.toks) && !(x.tokIs(i+1, tPunct) && strings.ContainsRune(".,;", rune(x.mark(i+1)))) && !x.eq(i+1, wAnd) {
		return false
	}
	k := i - 1
	for k > 0 && k > i-5 && (x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && !x.eq(k, wThe) || x.hyphenAt(k-1) && x.toks[k-1].flags&fUpper != 0) {
		k-- // the name: "the Tories", "Plaid Cymru", "the PML-N"
	}
	if x.eq(k, wThe) {
		k--
	}
	if k == i-1 || !(x.eq(k, wAnd) || x.mark(k) == ',') {
		return false
	}
	for n, steps := len(x.claims)-1, 0; n >= 0 && steps < 4; n, steps = n-1, steps+1 {
		p := &x.claims[n]
		pi := x.tokenOf(p)
		if p.Kind != factcheck.Count || p.Value.Num <= 1 || p.EndValue != nil || pi >= k || k-pi > 8 || x.sentenceEndIn(pi, k) {
			return false
		}
		if e := x.tokenAfter(p) - 1; x.tokIs(e, tWord) && pluralNoun(x.str(e)) {
			return true
		}
		if !x.tokIs(pi, tNum) || x.tokenAfter(p) != pi+1 {
			return false
		}
		k = pi - 1 // a count gapped before it: its name's start
		for k > 0 && x.tokIs(k, tWord) && (x.toks[k].flags&fUpper != 0 || x.eq(k, wThe)) {
			k--
		}
	}
	return false
}

// labelVerb reports whether w, in lower case, is a verb a label or a
// listing opens with before what the thing holds: "Contains", "Sleeps".
func labelVerb(w string) bool {
	switch w {
	case "contains", "includes", "holds", "sleeps", "seats", "fits", "weighs", "requires", "needs", "comprises", "features", "offers":
		return true
	}
	return false
}

// namesBoeing reports whether the text names Boeing, whose jets' numbers
// (707 to 787) are models wherever it does.
func (x *extractor) namesBoeing() bool {
	if x.boeing == 0 {
		x.boeing = 1
		if strings.Contains(x.text, "Boeing") || strings.Contains(x.text, "BOEING") {
			x.boeing = 2
		}
	}
	return x.boeing == 2
}

// companyNumber reports whether the digits at token i open a company's
// name in a wire's angle brackets, a capitalised word after them:
// "&lt;5300 Richmond Road Corp>".
func (x *extractor) companyNumber(i int) bool {
	opened := x.mark(i-1) == '<' || x.mark(i-1) == ';' && x.eq(i-2, wLt) && x.mark(i-3) == '&'
	return opened && x.toks[i].flags&fSpace == 0 && allDigits(x.str(i)) && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0
}

// inBracketedName reports whether the digits at token i stand within a
// company's name in a wire's angle brackets, a capitalised word before
// them and the bracket's close a few words on: "&lt;SPECTRUM 2000 INC>",
// "&lt;Systems 4 Inc>" (but the name's digits outside the brackets are
// figures: "placed a 320 mln dlr order" after "&lt;GPA Airbus 320 Ltd>").
func (x *extractor) inBracketedName(i int) bool {
	if !allDigits(x.str(i)) || !x.tokIs(i-1, tWord) || x.toks[i-1].flags&fUpper == 0 {
		return false
	}
	for k := i - 1; k >= i-5 && k >= 3 && x.tokIs(k, tWord) && x.toks[k].flags&fNewline == 0; k-- {
		if x.mark(k-1) == ';' && x.eq(k-2, wLt) && x.mark(k-3) == '&' {
			for m := i + 1; m <= i+5 && m < len(x.toks) && x.toks[m].flags&fNewline == 0; m++ {
				if x.mark(m) == '>' {
					return true
				}
				if !x.tokIs(m, tWord) && x.mark(m) != '.' {
					return false
				}
			}
			return false
		}
	}
	return false
}

// productModel reports whether the digits at i name a product's model, as
// technology news writes them without the maker: after "the", "their",
// "its" (or another possessive, a maker's too), before a product's noun
// ("their 7610 phone", "Nokia's 7610 handset", "the 740 and 760 series")
// or its own possessive ("the 7610's functions"); four digits or more
// before one chip ("Intel's 80386 microprocessor"); after "system",
// "model" or "series" ("the KIMS system 5000"); and the same digits again
// in the text once they did ("7610 owners").
func (x *extractor) productModel(i int) bool {
	s := x.str(i)
	if len(s) < 3 || len(s) > 5 || !allDigits(s) || len(s) == 4 && (s[:2] == "19" || s[:2] == "20" || s[0] == '1' && s[3] == '0' && x.eq(i+2, wS)) {
		return false // but "the 1986 model year" is a year, "the 1800's" a century
	}
	if x.models[s] {
		return true
	}
	next := x.lowerAt(min(i+1, len(x.toks)-1))
	switch {
	case len(s) >= 4 && i+1 < len(x.toks) && (chipNoun(next) || x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper == 0 && chipNoun(x.lowerAt(min(i+2, len(x.toks)-1)))):
		// "Intel's 80386 chip", "an 8087 math coprocessor": one chip, so a model
	case x.tokIs(i-1, tWord) && x.toks[i].flags&fSpace != 0 && (x.lowerAt(i-1) == "system" || x.lowerAt(i-1) == "model" || x.lowerAt(i-1) == "series") && !x.unitFollows(i):
		// "The Kodak optical disk system 6800", "the KIMS system 5000":
		// the product's noun before its number
	case x.eq(i-1, wAnd) && x.tokIs(i-2, tNum) && x.models[x.str(i-2)] && productNoun(next):
		// "the 740 and 760 series": the second of two models named together
	case !x.tokIs(i-1, tWord) || !x.toks[i-1].is(lexicon.Determiner) && !x.makersAt(i-1) || x.eq(i-1, wA) || x.eq(i-1, wAn):
		return false
	case i+1 < len(x.toks) && productNoun(next),
		x.eq(i+1, wAnd) && x.tokIs(i+2, tNum) && allDigits(x.str(i+2)) && productNoun(x.lowerAt(min(i+3, len(x.toks)-1))), // "the 740 and 760 series"
		x.tokIs(i+1, tPunct) && (x.str(i+1) == "'" || x.str(i+1) == "\u2019") && x.eq(i+2, wS) && x.toks[i+1].flags&fSpace == 0,
		x.pricedModel(i):
	default:
		return false
	}
	x.nameModel(s)
	return true
}

// makersAt reports whether token k is a capitalised name's possessive, a
// maker's: "Nokia's" in "Nokia's 7610 handset".
func (x *extractor) makersAt(k int) bool {
	return x.toks[k].flags&fUpper != 0 && possessive(x.str(k))
}

// pricedModel reports whether the digits at token i, after "the", are
// what a price just before is for: "27,840 dlrs for the 944, up from",
// "to 71,035 dlrs on the 911 Turbo Targa": a model, priced.
func (x *extractor) pricedModel(i int) bool {
	if !x.eq(i-1, wThe) || !x.eq(i-2, wFor) && !x.eq(i-2, wOn) || len(x.claims) == 0 || x.hyphenAt(i) ||
		x.tokIs(i+1, tWord) && x.toks[i+1].is(lexicon.Scale|lexicon.Measure|lexicon.Currency|lexicon.Duration|lexicon.Percent) {
		return false // "200 mln dlrs on the 1150-megawatt Sizewell B", "440 mln ringgit for the 100 mln of bills"
	}
	p := &x.claims[len(x.claims)-1]
	return p.Kind == factcheck.Money && p.End == int(x.toks[i-3].e)
}

// nameModel records digits s as a model's number, which names the model
// wherever the text gives them again ("the 8086-based system ... as the
// 8086 is available"), or s, a name and number, as a release's.
func (x *extractor) nameModel(s string) {
	if x.models == nil {
		x.models = map[string]bool{}
	}
	x.models[s] = true
}

// releaseName reports whether the figure at token i, with a decimal
// point, names a release of a product after its name, a capitalised word
// the lexicon does not hold, in mid-sentence: one ending ".0" ("the
// Firefox 1.0 web browser", "Twitter 2.0", "Version 3.0 of"), or a short
// one ("1.2", "10.15") before a noun of releases ("Lotus Symphony 1.2
// upgrade program") and, once it did, that name and number again
// ("Symphony 1.2 is designed to"). No unit may follow, nor a range's end
// and its unit.
func (x *extractor) releaseName(i int) bool {
	s := x.str(i)
	dot := strings.IndexByte(s, '.')
	if dot < 1 || dot > 2 || len(s)-dot-1 < 1 || len(s)-dot-1 > 2 || !allDigits(s[:dot]) || !allDigits(s[dot+1:]) || x.unitFollows(i) || x.tokIs(i+1, tNum) || x.unitAfterRange(i) {
		return false // (and "above the Bundesbank's 3.0 to 6.0 pct target range": a range's start)
	}
	capital := x.tokIs(i-1, tWord) && x.toks[i-1].flags&(fUpper|fAllCaps|fShout) == fUpper && x.toks[i-1].word == 0
	if capital && x.models[x.str(i-1)+" "+s] {
		return true // the release named again, wherever it stands
	}
	named := capital && !x.sentenceStart(i-1)
	if strings.HasSuffix(s, ".0") && len(s) <= 4 && (named || x.eq(i-1, wVersion)) {
		return true
	}
	if !named || !releaseNoun(x.lowerAt(min(i+1, len(x.toks)-1))) {
		return false
	}
	release := x.str(i-1) + " " + s
	x.nameModel(release)
	return true
}

// releaseNoun reports whether w, after a product's name and a figure,
// makes the figure the number of a release: "Symphony 1.2 upgrade".
func releaseNoun(w string) bool {
	switch w {
	case "upgrade", "update", "release", "version", "edition", "software", "firmware", "beta", "browser":
		return true
	}
	return false
}

// bondAfter reports whether a bond's noun stands at token k, perhaps
// after "government" or "benchmark": "bond", "bonds", "note".
func (x *extractor) bondAfter(k int) bool {
	if x.eq(k, wGovernment) || x.eq(k, wBenchmark) {
		k++
	}
	return x.eq(k, wBond) || x.eq(k, wBonds) || x.eq(k, wNote) || x.eq(k, wNotes)
}

// productNoun reports whether w, after a model's number, names the
// product: "the 7610 phone", "its 9000 series".
func productNoun(w string) bool {
	switch w {
	case "phone", "handset", "model", "series", "console", "camera", "laptop", "processor", "chip", "engine", "printer", "tablet", "mainframe", "minicomputer", "workstation", "jeans":
		return true
	}
	return false
}

// chipNoun reports whether w, after a number of four or more digits,
// names one chip, which makes the number its model: "the 80386
// microprocessor" (but "4000 chips" counts them).
func chipNoun(w string) bool {
	switch w {
	case "chip", "microprocessor", "processor", "coprocessor", "microchip", "cpu":
		return true
	}
	return false
}

// sectionNumber reports whether s numbers a part of a text with a point,
// "14.3", "7.1": "Section 14.3", "Clause 7.1".
func sectionNumber(s string) bool {
	a, b, ok := strings.Cut(s, ".")
	return ok && len(a) > 0 && len(b) > 0 && allDigits(a) && allDigits(b)
}

// yieldVerb reports whether the word spelt sp says what a recipe yields
// before its count: "Serves 4", "Makes 12".
func yieldVerb(sp spelling) bool {
	switch sp {
	case wServes, wMakes, wFeeds, wYields:
		return true
	}
	return false
}

// sharesList reports whether the figure at token i stands in a list of
// four names or more, each with a whole number after it, that add up to a
// hundred or so: a poll's or a vote's shares, "Labour 41, Conservatives
// 27, Reform 14, Lib Dem 10, Green 5", no names' numbers.
func (x *extractor) sharesList(i int) bool {
	start := x.sentenceStartBefore(i)
	items, sum, found := 0, 0.0, false
	for k := start + 1; k < len(x.toks) && k < start+80; k++ {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			break
		}
		if !x.tokIs(k, tNum) || !x.tokIs(k-1, tWord) || x.toks[k-1].flags&fUpper == 0 || !allDigits(x.str(k)) {
			continue
		}
		if next := k + 1; !(next >= len(x.toks) || x.mark(next) == ',' || x.mark(next) == '(' || x.mark(next) == ';' || x.eq(next, wAnd) || x.tokIs(next, tPunct) && x.sentenceEnd(next) > next) {
			continue
		}
		if yearLike(x.str(k)) && k != i {
			continue // "(fieldwork 12–14 Jan 2024)" after the list
		}
		v, _ := strconv.ParseFloat(x.str(k), 64)
		if v > 100 {
			return false
		}
		items, sum = items+1, sum+v
		found = found || k == i
	}
	return found && items >= 4 && sum >= 90 && sum <= 102
}

// inPhoneNumber reports whether the figure at token i continues a
// telephone number that a country's code signed "+" opens a few tokens
// before it on its line: "+44 20 7946 0000", "+1 (212) 555-0100".
func (x *extractor) inPhoneNumber(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if x.toks[k+1].flags&fNewline != 0 || !x.tokIs(k, tNum) && !(x.tokIs(k, tPunct) && strings.ContainsRune("()-+", rune(x.mark(k)))) {
			return false
		}
		if x.tokIs(k, tNum) && x.mark(k-1) == '+' && x.toks[k].flags&fSpace == 0 && len(x.str(k)) <= 3 && allDigits(x.str(k)) && x.phoneCode(k) {
			return true
		}
	}
	return false
}

// phoneCode reports whether the figure signed "+" at token i opens a
// telephone number: the rest of the number follows it, "+44 20 7946
// 0000", "+1 (212) 555", or a word of dialling stands before it ("Dial
// +33 for France"); a signed change ends otherwise ("+3 while", "+34," in
// a table are changes).
func (x *extractor) phoneCode(i int) bool {
	switch x.lowerAt(i - 2) {
	case "dial", "dialling", "dialing", "call", "calling", "code", "tel", "phone":
		return true // "Dial +33 for France"
	}
	k := i + 1
	if k >= len(x.toks) || x.toks[k].flags&fNewline != 0 {
		return false
	}
	return x.tokIs(k, tNum) || x.mark(k) == '(' || x.mark(k) == '-' && x.tokIs(k+1, tNum)
}

// unitAfterRange reports whether a range's end, or a second figure after
// "and" or "or", and its unit follow the number at i: "Qatar 20 to 30 pct
// under its quota", "Parana 55 and 63 pct respectively", "Bake 45-50
// minutes" are no names.
func (x *extractor) unitAfterRange(i int) bool {
	pair := x.eq(i+1, wAnd) || x.eq(i+1, wOr)
	dashed := x.tokIs(i+1, tPunct) && isDash(x.str(i+1)) && x.gluedAfter(i+1) && x.toks[i+1].flags&fSpace == 0
	if !x.eq(i+1, wTo) && !pair && !dashed || !x.tokIs(i+2, tNum) || !x.rangeUnitAt(i+3) {
		return false
	}
	a, okA := x.digits(i)
	b, okB := x.digits(i + 2)
	return okA && okB && a.value > 0 && (b.value > a.value || pair && 10*b.value >= a.value) && b.value <= 10*a.value // not "Model 50 to 3,995 dlrs"
}

// gluedAfter reports whether punctuation at token k joins a number after
// it: "2015/08/12", "1986/87-88".
func (x *extractor) gluedAfter(k int) bool {
	return x.tokIs(k, tPunct) && x.tokIs(k+1, tNum) && x.toks[k].flags&fSpace == 0 && x.toks[k+1].flags&fSpace == 0
}

// levelAfterName reports whether the figure at i, after a name in
// capitals, is followed by a figure of its own with a decimal, the level
// of what the name and figure name: "Closing levels: FTSE 100 8,104.33".
func (x *extractor) levelAfterName(i int) bool {
	return x.tokIs(i+1, tNum) && x.toks[i+1].flags&fSpace != 0 && strings.Contains(x.str(i+1), ".")
}

// powerOfTenBase reports whether s writes a hundred, a thousand or a
// higher power of ten in digits ("100", "1,000", "100,000"), the base a
// rate is given per.
func powerOfTenBase(s string) bool {
	s = strings.ReplaceAll(s, ",", "")
	return len(s) >= 3 && s[0] == '1' && strings.Trim(s[1:], "0") == ""
}

// catalogueNumber reports whether the figure at token i numbers a
// composer's work: after "Op." or "Opus", or Mozart's Köchel "K." in a
// sentence that names him.
func (x *extractor) catalogueNumber(i int) bool {
	if x.eqText(i-1, "opus") {
		return true // "his Opus 64"
	}
	if x.mark(i-1) != '.' || x.toks[i-1].flags&fSpace != 0 {
		return false
	}
	switch x.str(i - 2) {
	case "Op", "op", "Opp":
		return true
	case "K":
		return x.sentenceNames(i, 8, mozartWords)
	}
	return false
}

// modelTier reports whether s, capitalised, names a tier of a product
// after its model's number: "Pro", "Max", "Ultra".
func modelTier(s string) bool {
	switch s {
	case "Pro", "Max", "Plus", "Ultra", "Mini", "Lite":
		return true
	}
	return false
}

// rubberGrade reports whether s names a grade of natural rubber that a
// number after it completes: ribbed smoked sheet, Standard Malaysian,
// Indonesian or Thai Rubber ("RSS 1", "SMR 20", "SIR 20", "STR 20").
func rubberGrade(s string) bool {
	switch s {
	case "RSS", "SMR", "SIR", "STR", "TSR":
		return true
	}
	return false
}

// placeCode reports whether the figure at token i is a place's code: a
// map's grid reference after its words ("grid reference SD 289 970"), a
// ZIP or postal code after its name or before it ("the 85032 ZIP code"),
// or a New York school's number after its initials ("P.S. 161", "I.S.
// 318").
func (x *extractor) placeCode(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && !x.sentenceEndIn(k, k+1); k-- {
		if x.eqText(k, "reference") && x.eqText(k-1, "grid") || x.eqText(k, "code") && (x.eqText(k-1, "zip") || x.eqText(k-1, "postal")) {
			return true
		}
	}
	if x.digitsOf(i, 5) && (x.eqText(i+1, "zip") || x.eqText(i+1, "postal") || x.eqText(i+1, "zipcode")) {
		return true // "homes in the 85032 ZIP code"
	}
	if i < 4 || x.mark(i-1) != '.' || x.str(i-2) != "S" || x.mark(i-3) != '.' {
		return false
	}
	switch x.str(i - 4) {
	case "P", "I", "M":
		return true // (but "the U.S. 1987 total")
	}
	return false
}

// mozartWords name Mozart, whose works Köchel's catalogue numbers ("K. 502").
var mozartWords = wordSet("mozart", "mozart's")

// doseNoun reports whether w, in lower case, names a dose of a medicine
// or a supplement, which "one" counts: "one capsule a day".
func doseNoun(w string) bool {
	switch w {
	case "capsule", "tablet", "pill", "dose", "sachet", "lozenge", "injection", "spoonful", "scoop", "drop", "puff", "patch", "spray":
		return true
	}
	return false
}

// teamShapeAfter reports whether the figures at token i, single digits
// joined by hyphens ("3-4", "4-4-2", "4-2-3-1"), name a team's shape: a
// "defense", "formation" or "system" after them.
func (x *extractor) teamShapeAfter(i int) bool {
	k := i
	for x.hyphenAt(k) && x.tokIs(k+2, tNum) && len(x.str(k+2)) == 1 && x.toks[k+2].flags&fSpace == 0 {
		k += 2
	}
	switch x.lowerAt(min(k+1, len(x.toks)-1)) {
	case "defense", "defence", "formation", "system", "setup", "set-up", "shape", "front":
		return k > i && k+1 < len(x.toks)
	}
	return false
}

// formationAfter reports whether the capitalised words from token j, up
// to three, end in a military formation's noun in the singular, naming the
// number before them: "40 Commando", "16 Air Assault Brigade", "7 Squadron"
// (but "3 Brigades", and "20 Army officers" counts officers).
func (x *extractor) formationAfter(j int) bool {
	for k := j; k < j+3 && x.tokIs(k, tWord) && x.toks[k].flags&(fUpper|fNewline) == fUpper && x.toks[k].flags&fAllCaps == 0; k++ {
		switch x.lowerAt(k) {
		case "commando", "brigade", "squadron", "regiment", "battalion", "division", "wing", "flotilla":
			return !x.tokIs(k+1, tWord) || x.toks[k+1].flags&fUpper != 0 || x.toks[k+1].is(lexicon.Stop) || !pluralNoun(x.str(k+1))
		}
	}
	return false
}

// smallFigure reports whether the digits s write a number no larger than
// limit.
func smallFigure(s string, limit float64) bool {
	v, err := strconv.ParseFloat(s, 64)
	return err == nil && v <= limit
}

// lastDigitOfNext reports whether the digit after the slash that follows
// the year at token i is the next year's last: "2005/6".
func (x *extractor) lastDigitOfNext(i int) bool {
	s, e := x.str(i), x.str(i+2)
	y, err := strconv.Atoi(s)
	return err == nil && len(e) == 1 && int(e[0]-'0') == (y+1)%10
}

// roadWord reports whether w, in small letters, names a road by its
// number after it: "Interstate 10", "Route 66", "Highway 1".
func roadWord(w string) bool {
	return w == "interstate" || w == "route" || w == "highway"
}

// designation reports whether w, written before a number, makes the
// number a name: a type, a road, a flight, a channel, a part of a law, a
// page ("see page 3").
func designation(w string) bool {
	switch w {
	case "type", "route", "highway", "interstate", "flight", "channel", "platform", "gate", "exit", "lane", "band", "phase",
		"section", "clause", "article", "chapter", "paragraph", "rule", "buoy", "berth", "pier", "runway", "troop", "priority", // "section 1002 of the refuge's law", "in band 2", "rule 390", "near buoy 129", "Scout troop 14", "priority 1 patients"
		"junction", "chromosome", "code", "page", "grade", "marker", "zone", "element", // "near junction 15 of the M1", "mile marker 112", "on chromosome 21", "in ZIP code 94110", "see page 3", "grades 1-3", "outside zone 1", "gold, element 79,"
		"bylaw", "byelaw": // "under British Olympic Association bylaw 25"
		return true
	}
	return false
}

// designatedList reports whether the plain number at token i closes or
// continues a list of numbers that a designation's word opens, in the
// singular or the plural: the "16" of "junctions 10 and 16", the "4" and
// "5" of "sections 3, 4 and 5", "chapter 3 and 4"; and the first number
// of such a list after the word in the plural, the "10" of "junctions 10
// and 16", and a span of them, "grades 1-3".
func (x *extractor) designatedList(i int) bool {
	k := i - 1
	for n := 0; n < 6 && k >= 1 && (x.eq(k, wAnd) || x.eq(k, wOr) || x.mark(k) == ',' || x.mark(k) == '-' && x.toks[k].flags&fSpace == 0) && x.tokIs(k-1, tNum) && !strings.ContainsAny(x.str(k-1), ",."); n++ {
		k -= 2
	}
	if !x.tokIs(k, tWord) {
		return false
	}
	w := x.lowerAt(k)
	if k == i-1 {
		return len(w) > 1 && w[len(w)-1] == 's' && designation(w[:len(w)-1]) && (x.eq(i+1, wAnd) || x.eq(i+1, wOr) || (x.mark(i+1) == ',' || x.mark(i+1) == '-') && x.tokIs(i+2, tNum))
	}
	return designation(w) || len(w) > 1 && w[len(w)-1] == 's' && designation(w[:len(w)-1])
}

// videoFormat reports whether the digits at token i, with a letter glued,
// name a picture's format in a sentence of video (videoNear): its lines,
// "1080p", "720p", or its width in thousands, "4K", "8K".
func (x *extractor) videoFormat(i int) bool {
	if i+1 >= len(x.toks) || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+1, tWord) {
		return false
	}
	switch x.str(i + 1) {
	case "p":
		switch x.str(i) {
		case "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320":
			return x.videoNear(i)
		}
	case "K":
		switch x.str(i) {
		case "2", "4", "5", "6", "8", "12", "16":
			return x.videoNear(i)
		}
	}
	return false
}

// videoNear reports whether the sentence of token i speaks of video or of
// a screen: "video", "footage", "streaming", "fps", "TV", "camera".
func (x *extractor) videoNear(i int) bool { return x.sentenceNames(i, 10, videoWords) }

// videoWords are the words of video and screens of videoNear.
var videoWords = wordSet("video", "videos", "footage", "stream", "streams", "streaming", "streamed", "resolution", "fps", "frame", "frames", "hdr",
	"camera", "cameras", "tv", "tvs", "television", "televisions", "monitor", "monitors", "display", "displays", "filming", "projector")

// sizeAt reports whether the number at token i is a size of clothes or
// shoes: "size" or "sizes" stands a few tokens before it, a figure, a
// country's letters or "run" just after it, and only the words of a run
// of sizes between ("sizes UK 5 to UK 12", "sizes run from a US 0 to a
// 14", "size 9"; but "range in size from 6,000 to 10,000 tonnes").
func (x *extractor) sizeAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch x.spAt(k) {
		case wSize, wSizes:
			switch x.spAt(k + 1) {
			case wUk, wUs, wEu, wIt, wFr, wRun, wRuns, wRanging:
				return true
			}
			return x.tokIs(k+1, tNum)
		case wTo, wA, wFrom, wAnd, wOr, wUp, wRun, wRuns, wRanging, wUk, wUs, wEu, wIt, wFr:
			continue
		}
		if !x.tokIs(k, tNum) && !(x.tokIs(k, tPunct) && (isDash(x.str(k)) || x.mark(k) == ',')) {
			return false
		}
	}
	return false
}

// registeredNumber reports whether the number at token i is one a body
// is registered or filed under, after "number" and a word of register:
// "the charity, registered number 1098765", "case number 4417".
func (x *extractor) registeredNumber(i int) bool {
	if !x.eqText(i-1, "number") {
		return false
	}
	switch x.lowerAt(i - 2) {
	case "registered", "registration", "charity", "company", "case", "reference", "serial", "account", "licence", "license", "patent", "docket", "file":
		return true
	}
	return false
}

// diseaseStaged reports whether w, in lower case, is a disease that
// medicine grades in numbered stages, or a word of one: "stage 2
// hypertension", "stage 4 breast cancer", "stage 3 kidney disease".
func diseaseStaged(w string) bool {
	switch w {
	case "hypertension", "cancer", "cancers", "disease", "tumour", "tumor", "melanoma", "lymphoma", "breast", "lung",
		"kidney", "colon", "bowel", "prostate", "ovarian", "pancreatic", "liver", "dementia", "sepsis":
		return true
	}
	return false
}

// dashedLength reports whether the digits at i, after a word in lower case
// and a dash, are a length of time or a measure that a list sets after
// its item: "petrol-powered-45 days", "diesel-62 days". A name has no
// unit after it ("type-2 diabetes", "F-16 jets").
func (x *extractor) dashedLength(i int) bool {
	return x.toks[i-2].flags&fUpper == 0 && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace != 0 &&
		x.toks[i+1].is(lexicon.Duration|lexicon.Measure) && !x.eq(i+1, wM) && !x.eq(i+1, wPoint) && !x.eq(i+1, wPoints)
}

// shoutedQuantity reports whether the digits at i, in a line all in
// capitals, read as a quantity whatever the word before them: a unit or a
// noun of things counted follows ("SALES 12 MLN DLRS", "ADDS 500 JOBS"),
// or ends the range they open ("PLANS 11-12 PCT BUDGET RISE"),
// where a name has none ("FTSE 100 SLIPS"), or a year follows a word
// comparing what it brings ("HAS LOWER 1986 EARNINGS").
func (x *extractor) shoutedQuantity(i int) bool {
	if x.toks[i].flags&fShout == 0 {
		return false
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && x.mark(i+3) == '/' && x.tokIs(i+4, tNum) {
		i += 4 // "TO BUY 10-7/8 PCT DEBENTURES": a wire's fraction
	}
	if (x.hyphenAt(i) || x.eq(i+1, wTo)) && x.tokIs(i+2, tNum) && x.unitFollows(i+2) {
		return true // "PLANS 11-12 PCT BUDGET RISE", "11 TO 12 PCT": a range
	}
	if x.tokIs(i+1, tWord) && x.toks[i+1].flags&fSpace == 0 && x.toks[i+1].is(lexicon.OrdinalSuffix) {
		return true // "SEES LOWER 2ND QTR": a rank, no name's number
	}
	if headlineVerb[x.lowerAt(i-1)] {
		return true // "PAKISTAN BOMBING KILLS 22": the verb's object, no name's number
	}
	return x.unitFollows(i) || x.tokIs(i+1, tWord) && countNoun(x.str(i+1)) || yearLike(x.str(i)) && x.comparedYear(i-1)
}

// headlineVerb holds the short verbs a wire's headline puts before a
// figure, which a name of four or five capitals would otherwise read:
// "KILLS 22", "SEES 5", "CUTS 300".
var headlineVerb = map[string]bool{
	"kills": true, "hits": true, "sees": true, "buys": true, "sells": true, "cuts": true, "sets": true, "adds": true,
	"gets": true, "owns": true, "wins": true, "lays": true, "pays": true, "ends": true, "nets": true, "posts": true,
	"takes": true, "tops": true, "loses": true, "lifts": true, "seeks": true, "plans": true, "bids": true, "asks": true,
	"buy": true, "sell": true, "cut": true, "add": true, "pay": true, "raise": true, "shed": true, "close": true,
}

// trainTime reports whether the four digits at token i, after "the", are
// a time of day on the 24-hour clock that names a train or a flight, as
// British papers name them: a capitalised place follows and "service",
// "train" or "flight" within six words ("the 1735 London Paddington to
// Plymouth service"), or "from" and a place, the digits no year's ("the
// 0810 from Waterloo"; but "the 2006 Commonwealth Games to be held").
func (x *extractor) trainTime(i int) bool {
	if _, _, ok := x.hoursMinutes(i); !ok || !x.tokIs(i+1, tWord) {
		return false
	}
	if x.eq(i+1, wFrom) {
		return !yearLike(x.str(i)) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper != 0
	}
	if x.toks[i+1].flags&fUpper == 0 {
		return false
	}
	for k := i + 1; k < len(x.toks) && k <= i+6 && x.tokIs(k, tWord); k++ {
		if x.eqText(k, "service") || x.eqText(k, "train") || x.eqText(k, "flight") {
			return true
		}
	}
	return false
}

// prefixWord reports whether the word at i makes "WORD-2005" a date or
// number rather than a name: "mid-2005", "pre-1990", "post-2001",
// "near-400,000".
func (x *extractor) prefixWord(i int) bool {
	return x.eq(i, wMid) || x.eq(i, wPre) || x.eq(i, wPost) || x.eq(i, wEarly) || x.eq(i, wLate) || x.eq(i, wNear) ||
		x.eq(i, wTop) || x.eq(i, wAbout) || x.eq(i, wEnd) // "at end-1985", wire copy's end of a year
}

// yearPart reports whether the word at i names a part of the year after
// it, or its kind, capitalised or not: "in Early 1989", "Fiscal 1987 net".
func (x *extractor) yearPart(i int) bool {
	return x.eq(i, wEarly) || x.eq(i, wLate) || x.eq(i, wMid) || x.eq(i, wFiscal)
}

// knownSuffix reports whether the word glued after a number is a suffix
// Factcheck reads: a scale, a unit, an ordinal or decade suffix, a time.
func (x *extractor) knownSuffix(j int) bool {
	t := &x.toks[j]
	if t.is(lexicon.Scale | lexicon.Measure | lexicon.OrdinalSuffix | lexicon.TimeSuffix | lexicon.Duration | lexicon.Currency | lexicon.Percent) {
		return true
	}
	switch x.str(j) {
	case "m", "M", "k", "K", "b", "s", "p", "pc", "PC", "pp", "ppt", "ppts", "C", "F", "ºC", "ºF", "bn", "x", "mph", "sq", "fold", "bp", "bps", "bpts", "BP", "BPS", "kn":
		return true // (and a ship's "11.5kn": knots)
	case "g":
		return x.grams(j) // "175g caerphilly", not "4g networks"
	case "in":
		return x.gluedInches(j) // "42in (106cm)"
	case "B", "T":
		return x.str(j) == "B" && (x.moneyBefore(j-1) || strings.Contains(x.str(j-1), ".") && (x.billionsCounted(j+1) || x.billionsSaid(j-1, j+1))) || x.modelCounted(j+1) // "$1.2B", "1.2B euros", "flat at 3.07B", "a 70B model", "~2T parameters"
	case "h":
		return x.gluedHours(j) // "within 48h"
	case "A":
		return x.tokIs(j+1, tWord) && ampereNoun(x.lowerAt(j+1)) // "a 13A fuse"
	case "W":
		return !x.oilGrade(j) // "a 65W charger" (but "5W-30 oil" is a name)
	case "V", "PS", "Nm", "ktpa", "tpd", "tpa", "gsm", "yo", "nm", "\u00b5g", "\u03bcg", "dBA", "\u00b5Sv", "\u03bcSv":
		return true // "an 18V drill", "204PS and 160Nm", "a 12ktpa plant", "a 5,000tpd mill", "a 240gsm T-shirt", "the 3yo filly", "a 4nm chip", "107dBA"
	case "fl":
		return x.compoundAt(j) // "10fl oz": fluid ounces
	case "hh":
		return x.horseNear(j) // "the mare measures 15hh": hands high
	case "bd", "BD", "ba", "BA", "br", "BR", "bdrm", "bed", "beds", "bath", "baths":
		return true // "the 4bd/3ba Craftsman", "the 5BR estate": a listing's bedrooms and bathrooms
	case "MM":
		return x.moneyBefore(j - 1) // "$300MM"
	case "c":
		return x.usCents(j-2) || x.centsPriced(j-1, j) // "4.8c a litre": cents, where a price is said, or US cents ("US55c")
	case "f":
		return x.furlongsAfter(j-1) > 0 || x.eq(j-1, wM) // "2m 5f": a race's furlongs after its miles
	case "ms", "ppi":
		return true // "latency of 250ms": milliseconds; "a 300ppi screen", pixels an inch
	case "MP", "Mp":
		return x.cameraAfter(j+1) || x.cameraNear(j) // "a 12MP ultrawide lens", "shoots 45MP stills": megapixels
	case "pw", "pcm", "pa":
		return x.moneyBefore(j - 1) // "£275pw", "£950pcm", "£30,000pa": a rent's or a salary's period glued to the sum
	case "t":
		if strings.Contains(x.str(j-1), ",") || x.tokIs(j+1, tWord) && heavyVehicle(x.lowerAt(j+1)) || x.mark(j+1) == '/' && x.toks[j+1].flags&fSpace == 0 && x.eqText(j+2, "ha") {
			return true // "a catch of 739,000t": tonnes, glued to thousands; "a 7.5t lorry"; "9.2t/ha", a yield
		}
	case "e", "E":
		_, k := x.powerOfTen(j)
		return k > j && (x.str(j) == "e" || strings.Contains(x.str(j-1), ".")) // "3e8 m/s", "4.1E2" (but Boeing's "7E7")
	}
	return x.metricSymbol(j) != "" || x.fuelUse(j) > j // "16t of steel", "1.5L of milk", "5.1L/100km"
}

// skipNumberRun returns the index after the number at i and anything glued
// to it, so that its parts are not read again as claims.
func (x *extractor) skipNumberRun(i int) int {
	j := i + 1
	for j < len(x.toks) && x.toks[j].flags&fSpace == 0 && (x.toks[j].class != tPunct || x.tokIs(j+1, tNum) && x.toks[j+1].flags&fSpace == 0) {
		j++
	}
	return j
}

// timeOfDay reports whether what follows the number at j makes it a time
// of day: ":30", "pm", "a.m.", "GMT", "o'clock".
func (x *extractor) timeOfDay(j int) bool {
	if j >= len(x.toks) {
		return false
	}
	t := &x.toks[j]
	if rest := x.text[t.s:]; strings.HasPrefix(rest, "o'clock") || strings.HasPrefix(rest, "o’clock") || strings.HasPrefix(rest, "O'clock") {
		return true
	}
	if t.class == tPunct && x.mark(j) == ':' && t.flags&fSpace == 0 && x.tokIs(j+1, tNum) && x.toks[j+1].flags&fSpace == 0 {
		return true // "10:30" (but "on May 5, 6 and 7: 10 billion dlrs of notes" lists)
	}
	if t.class == tPunct && x.mark(j) == ')' && x.mark(j-2) == '(' && x.clockTime(j-1) && x.tokIs(j+1, tWord) && x.toks[j+1].is(lexicon.TimeSuffix) && x.toks[j+1].flags&fAllCaps != 0 {
		return true // "UP TO (1200) GMT TODAY": a clock's time in brackets before its zone
	}
	if t.class == tWord && t.is(lexicon.TimeSuffix) {
		if x.eq(j, wAm) && t.flags&fSpace != 0 {
			return x.clockFigure(j - 1) // "at 5 am", "till 8.30 AM", but not a verb after a figure
		}
		return true
	}
	// a.m., p.m.
	if (x.eq(j, wA) || x.eq(j, wP)) && x.tokIs(j+1, tPunct) && x.mark(j+1) == '.' && x.eq(j+2, wM) {
		return true
	}
	if _, _, clock := x.hoursMinutes(j - 1); clock && (x.eq(j, wLocal) || x.zoneNamed(j)) && (x.eq(j+1, wTime) || x.eq(j+1, wStandard) || x.eqText(j+1, "daylight")) {
		return true // "until 1330 local time", "from 0900 to 1305 Central Time": a clock's four digits before the zone in words
	}
	return false
}

// zoneNamed reports whether token j, capitalised, names a North American
// time zone before "Time", "Standard" or "Daylight": "Central", "Eastern".
func (x *extractor) zoneNamed(j int) bool {
	if !x.tokIs(j, tWord) || x.toks[j].flags&fUpper == 0 {
		return false
	}
	switch x.str(j) {
	case "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii":
		return true
	}
	return false
}

// clockFigure reports whether token k, digits, is a clock's hour, one to
// twelve, or its hour and minutes after a point or colon: "5", "8.30",
// "11:45".
func (x *extractor) clockFigure(k int) bool {
	if !x.tokIs(k, tNum) {
		return false
	}
	h, m, _ := strings.Cut(x.str(k), ".")
	if m != "" && (len(m) != 2 || m >= "60") {
		return false
	}
	if x.mark(k-1) == ':' && x.toks[k-1].flags&fSpace == 0 && x.tokIs(k-2, tNum) && len(h) == 2 && h < "60" {
		h = x.str(k - 2) // "11:45": the hour before the colon
	}
	v, err := strconv.Atoi(h)
	return err == nil && v >= 1 && v <= 12
}

// clockSpanStart reports whether the number n, four digits a clock may
// read, opens a span whose end is a time of day: "from 1115 to 1330 GMT",
// "between 0930 and 1600 local time".
func (x *extractor) clockSpanStart(n number) bool {
	k := n.last
	if _, _, clock := x.hoursMinutes(n.first); !clock || k != n.first+1 || !(x.eq(k, wTo) || x.eq(k, wAnd) || x.tokIs(k, tPunct) && isDash(x.str(k))) {
		return false
	}
	_, _, clock := x.hoursMinutes(k + 1)
	return clock && x.timeOfDay(k+2)
}

// clockHands reports whether the number n tells a time of day as a
// clock's hands do: the hour after "past" or "to" and the minutes before
// them ("a quarter past three", "half past two", "a quarter to five",
// "twenty past six", "ten minutes to midnight", "at half seven"), or those
// minutes.
// "Ten to five" alone may be a range: "to" needs "quarter" or "minutes".
func (x *extractor) clockHands(n number) bool {
	if n.scaled || n.decimal || n.year {
		return false
	}
	if k := n.last; n.value >= 1 && n.value <= 30 {
		if x.eq(k, wMinutes) && (x.eq(k+1, wPast) || x.eq(k+1, wTo)) {
			k++
		}
		if x.eq(k, wPast) || x.eq(k, wTo) && x.eq(k-1, wMinutes) {
			return x.clockHour(k + 1)
		}
	}
	if n.value < 1 || n.value > 12 || n.first < 2 || x.unitFollows(n.last-1) {
		return false // "from three minutes to one minute": a length of time
	}
	b := n.first - 1
	switch {
	case x.eq(b, wPast):
		return x.eq(b-1, wQuarter) || x.eq(b-1, wHalf) || x.eq(b-1, wMinutes) || x.minutesAt(b-1)
	case x.eq(b, wTo):
		return x.eq(b-1, wQuarter) || x.eq(b-1, wMinutes)
	case x.eq(b, wHalf):
		return n.words && (x.eq(b-1, wAt) || x.eq(b-1, wUntil) || x.eq(b-1, wTill) || x.eq(b-1, wBy) || x.eq(b-1, wFrom)) // "opens at half seven": half past, as Britain says it
	}
	return false
}

// clockHour reports whether token k is an hour a clock tells, one to
// twelve in words or digits, or "midnight" or "noon", no unit after it.
func (x *extractor) clockHour(k int) bool {
	if x.eq(k, wMidnight) || x.eq(k, wNoon) {
		return true
	}
	h, ok := x.numberAt(k)
	return ok && !h.scaled && !h.decimal && h.value >= 1 && h.value <= 12 && !x.unitFollows(h.last-1)
}

// minutesAt reports whether token k ends a number of minutes, one to
// thirty, before "past": "twenty past six", "10 past 4".
func (x *extractor) minutesAt(k int) bool {
	if !x.tokIs(k, tNum) && !(x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal)) {
		return false
	}
	f := k
	if x.hyphenAt(k - 2) {
		f = k - 2 // "twenty-five past"
	}
	m, ok := x.numberAt(f)
	return ok && m.last == k+1 && !m.scaled && !m.decimal && m.value >= 1 && m.value <= 30
}

// comparisonInBrackets reports whether the number at token i has another
// in brackets just after it, a list's figure and its comparison: "Belgium
// 114 (118), Denmark 69 (69)", or the wire's word for the same: "Nicaragua
// SHG 109 (same)".
func (x *extractor) comparisonInBrackets(i int) bool {
	return x.mark(i+1) == '(' && (x.tokIs(i+2, tNum) || x.eq(i+2, wSame)) && x.mark(i+3) == ')'
}

// fractionAlone reports whether token j, after "a third", ends the phrase
// or a verb in the plural follows it (sharesVerbAt): then "a third" is a
// share ("important for a third, and", "roughly a third remain open", "a
// quarter said"), not a rank ("a third term").
func (x *extractor) fractionAlone(j int) bool {
	return x.sharesVerbAt(j) || j >= len(x.toks) || x.tokIs(j, tPunct) && x.mark(j) != '-' || x.eq(j, wAnd) || x.eq(j, wOr)
}

// sharesVerbAt reports whether token j holds a verb, in the plural or the
// past, that people or things a share counts do: "a quarter said", "three
// quarters plan to raise rents", "A fifth intend to sell" (and
// "reservoirs are now less than a third full").
func (x *extractor) sharesVerbAt(j int) bool {
	if j >= len(x.toks) || !x.tokIs(j, tWord) || x.toks[j].flags&fUpper != 0 {
		return false
	}
	switch x.lowerAt(j) {
	case "full", "empty":
		// "less than a third full" (but "a sixth full term" is a rank)
		return !x.tokIs(j+1, tWord) || x.toks[j+1].is(lexicon.Stop)
	case "are", "were", "was", "have", "do", "did", "remain", "remained", "say", "said", "live", "lived", "work", "worked", "voted", "died",
		"want", "wanted", "support", "supported", "oppose", "opposed", "believe", "believed", "think", "thought",
		"expect", "expected", "reported", "own", "owned", "use", "used", "had", "has", "went", "chose", "came",
		"plan", "planned", "intend", "intended", "hope", "hoped", "agree", "agreed", "prefer", "preferred", "feel", "felt",
		"kept", "spent", "paid", "made", "took", "gave", "saw", "got", "bought", "sold", "left", "found", "ate", "come", "go",
		"blame", "blamed", "cite", "cited", "back", "backed", "favour", "favoured", "favor", "favored", "reject", "rejected",
		"fear", "feared", "worry", "worried", "complain", "complained", "admit", "admitted", "need", "needed", "know", "knew":
		return true // (and "a third kept indoor temperatures below 16C", "just under a quarter come by bus", "while a third blamed stamp duty")
	}
	return false
}

// moreThan reports whether a comparison with "than" opens at token j,
// after a fraction: "a third more than last year", "a quarter fewer
// jobs than", "a fifth higher than", "a third lighter than"; or one with
// "below", "above" or "short of": "a fifth below the record", "a quarter
// short of the pace"; or a comparative that ends its clause or opens its
// time: "costs were a fifth lower.", "a third higher on the year".
func (x *extractor) moreThan(j int) bool {
	if x.eq(j, wBelow) || x.eq(j, wAbove) || x.eq(j, wShort) && x.eq(j+1, wOf) {
		return true // "about a fifth below the record", "about a quarter short of the 300,000-a-year pace"
	}
	switch x.spAt(j) {
	case wMore, wLess, wFewer, wHigher, wLower, wBigger, wSmaller, wLarger, wGreater, wCheaper, wDearer:
		if x.fractionAlone(j+1) && x.mark(j+1) != '(' || x.eq(j+1, wOn) || x.eq(j+1, wFrom) || x.eq(j+1, wSince) || x.eq(j+1, wCompared) {
			return true // "a fifth lower.", "a third higher on the year", "a quarter lower from a year earlier"
		}
		if (x.eq(j, wLess) || x.eq(j, wMore)) && (x.eqText(j+1, "likely") || x.eqText(j+1, "often")) {
			return true // "were a third less likely to develop it": a share of a chance
		}
		if (x.eq(j, wLess) || x.eq(j, wFewer)) && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper == 0 && !x.toks[j+1].is(lexicon.Stop|lexicon.Determiner) {
			return true // "jets that burn about a quarter less fuel per seat": a share of a thing saved
		}
	default:
		if w := x.lowerAt(j); len(w) > 4 && strings.HasSuffix(w, "er") && x.toks[j].flags&fUpper == 0 && !x.toks[j].is(lexicon.Stop) && !strings.HasSuffix(w, "ever") {
			return x.eq(j+1, wThan) // "about a third lighter than the original": any comparative right before "than"
		}
		return false
	}
	for k := j + 1; k <= j+3 && k < len(x.toks); k++ {
		if x.eq(k, wThan) {
			return true
		}
		if !x.tokIs(k, tWord) {
			return false
		}
	}
	return false
}

// changedFromFraction reports whether the fraction at token i, after
// "a", is the level a change started from: "down from a quarter two years
// earlier", "up from a fifth", or "from" after a share its sentence
// reached (shareChangedFrom).
func (x *extractor) changedFromFraction(i int) bool {
	if x.eq(i-2, wFrom) && (x.eq(i-3, wUp) || x.eq(i-3, wDown)) {
		return true
	}
	_, f := x.qualifier(i - 1)
	return x.shareChangedFrom(f) // "restored to a quarter of average earnings, from less than a fifth now"
}

// shareChangedFrom reports whether "from" before token i follows a share
// of its sentence, the level a change reached: "rose to a third of sales
// from a fifth".
func (x *extractor) shareChangedFrom(i int) bool {
	if !x.eq(i-1, wFrom) || len(x.claims) == 0 {
		return false
	}
	p := &x.claims[len(x.claims)-1]
	return p.Kind == factcheck.Percent && !x.sentenceEndIn(x.tokenAfter(p), i)
}

// streetAt reports whether the word at j, after an ordinal in figures,
// makes it a street's name, or another place's or body's: "4th Street",
// "5th Ave", "42nd St.", "the 23rd Ward", "the 9th Circuit".
func (x *extractor) streetAt(j int) bool {
	if !x.tokIs(j, tWord) || x.toks[j].flags&fUpper == 0 {
		return false
	}
	switch x.lowerAt(j) {
	case "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
		"place", "pl", "terrace", "parkway", "pkwy", "court", "ct", "square", "sq", "highway", "hwy", "crescent",
		"plaza", "tower", "mews", "row", "hill", "grove":
		return true
	case "close", "gardens", "way", "walk", "wharf", "quay":
		return x.toks[j].flags&fAllCaps == 0 // "17 Orchard Close" (but a headline's "SHARES CLOSE" is a verb)
	case "ward", "precinct", "district", "circuit", "congressional", "amendment", "division", "fleet":
		return x.toks[j].flags&fAllCaps == 0 // "the 23rd Ward", "the 9th Circuit", "the 14th Amendment": a ward, a court, a law, named
	}
	return false
}

// abbreviatedName reports whether the digits at i end a name spelled out
// before its abbreviation in brackets, which ends in the same digits:
// "coronavirus disease 2019 (COVID-19)", "severe acute respiratory
// syndrome coronavirus 2 (SARS-CoV-2)", "angiotensin-converting enzyme 2
// (ACE2)".
func (x *extractor) abbreviatedName(i int) bool {
	s := x.str(i)
	if i == 0 || !allDigits(s) || !x.tokIs(i-1, tWord) || !x.tokIs(i+1, tPunct) || x.mark(i+1) != '(' || !x.tokIs(i+2, tWord) || x.toks[i+2].flags&fUpper == 0 {
		return false
	}
	for k := i + 3; k < i+10 && k < len(x.toks) && x.toks[k].flags&fSpace == 0; k++ {
		if x.tokIs(k, tPunct) && x.mark(k) == ')' {
			d := x.str(k - 1)
			return x.tokIs(k-1, tNum) && strings.HasSuffix(s, d)
		}
	}
	return false
}

// houseNumber reports whether the digits at i number a house in a street:
// "at 221 Baker Street", "12 Old Kent Rd", "1842 W. Washington Blvd.",
// "4255 W 3rd St.", "9 West 57th Street", "550 17th Street NW", or the first of a terrace's,
// "12-14 High Street"; or a building named by its number, "777 Tower".
func (x *extractor) houseNumber(i int) bool {
	if !allDigits(x.str(i)) {
		return false
	}
	first := i + 1
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && allDigits(x.str(i+2)) {
		first = i + 3 // "at 12-14 High Street": the houses of a terrace
	}
	if x.tokIs(first, tWord) && x.toks[first].flags&fSpace != 0 && compassPoint(x.str(first)) {
		// "4255 W 3rd St.", "1842 W. Washington Blvd."
		if first++; x.tokIs(first, tPunct) && x.mark(first) == '.' {
			first++
		}
		if x.tokIs(first, tNum) && x.tokIs(first+1, tWord) && x.toks[first+1].flags&fSpace == 0 && x.toks[first+1].is(lexicon.OrdinalSuffix) {
			return x.streetAt(first + 2)
		}
		if x.streetAt(first + 1) {
			return true
		}
	}
	if x.tokIs(first, tNum) && x.toks[first].flags&fSpace != 0 && x.tokIs(first+1, tWord) && x.toks[first+1].flags&fSpace == 0 && x.toks[first+1].is(lexicon.OrdinalSuffix) && x.streetAt(first+2) {
		return true // "at 550 17th Street NW": a house on a street numbered
	}
	if (x.eqText(first, "tower") || x.eqText(first, "plaza")) && x.streetAt(first) && x.toks[first].flags&fSpace != 0 && !yearLike(x.str(i)) {
		return true // "Gas Company Tower and 777 Tower": a building named by its number
	}
	for j := first; j <= first+2 && x.tokIs(j, tWord) && x.toks[j].flags&fUpper != 0 && x.toks[j].flags&fSpace != 0 && x.toks[j].flags&(fNewline|fAllCaps) != fNewline|fAllCaps; j++ { // (a line wraps an address, but "1986 NET\n    CAMP HILL, Pa." is a headline's year over a dateline)
		if j > first && x.streetAt(j) && !(yearLike(x.str(i)) && x.placeWord(j)) { // (but "the 1985 New York Plaza meeting")
			return true
		}
	}
	return false
}

// placeWord reports whether token k is a word of streetAt that names a
// place more often than a street, "Plaza", "Tower", "Hill": after a
// year's four digits it names no house's street.
func (x *extractor) placeWord(k int) bool {
	return x.eqText(k, "plaza") || x.eqText(k, "tower") || x.eqText(k, "hill") || x.eqText(k, "mews") || x.eqText(k, "row")
}

// compassPoint reports whether w is a compass point, capitalised, as a US
// address writes it before its street: "W", "NE", "West".
func compassPoint(w string) bool {
	switch w {
	case "N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West":
		return true
	}
	return false
}

// maxPhoneGroups bounds the groups of digits a telephone's number is
// written in (phoneGroup).
const maxPhoneGroups = 4

// phoneGroup reports whether the digits at i are the last group of a
// telephone number written in groups that start with a zero: "0800 028
// 9276", "020 7946 0000", "01-250 1122".
func (x *extractor) phoneGroup(i int) bool {
	k := i - 1
	if !x.tokIs(k, tNum) || x.text[x.toks[k].e:x.toks[i].s] != " " {
		return false
	}
	for k > 0 && x.tokIs(k-1, tNum) && x.text[x.toks[k-1].e:x.toks[k].s] == " " {
		if k--; k < i-maxPhoneGroups {
			return false // a run of figures, no telephone's number
		}
	}
	s := x.str(k)
	if x.hyphenBefore(k) && x.tokIs(k-2, tNum) && strings.HasPrefix(x.str(k-2), "0") && allDigits(x.str(k-2)) && allDigits(s) {
		return true // "call 01-250 1122": London's code joined to the exchange by a hyphen
	}
	return len(s) >= 3 && s[0] == '0' && allDigits(s)
}

// standardVersion reports whether the figure at token i is the version of
// a standard or a system named just before it: "over USB 3.2", "Bluetooth
// 5.3", "iOS 17", "HDMI 2.1", "Wi-Fi 6".
func (x *extractor) standardVersion(i int) bool {
	if i == 0 || !x.tokIs(i-1, tWord) || x.unitFollows(i) {
		return false
	}
	for _, w := range standards {
		if x.eqText(i-1, w) {
			return true
		}
	}
	return x.eqText(i-1, "fi") && x.hyphenAt(i-3) && x.eqText(i-3, "wi") // "Wi-Fi 6"
}

// standards are the names of standards and systems that standardVersion
// reads a version after.
var standards = [...]string{"usb", "hdmi", "bluetooth", "pcie", "displayport", "thunderbolt", "ios", "ipados", "macos", "android", "wifi", "ddr", "lpddr"}

// minorPlanet reports whether the year at token i opens an asteroid's or
// a comet's provisional designation, its letters after it: "the asteroid
// 2023 BU", "asteroid 2024 YR4".
func (x *extractor) minorPlanet(i int) bool {
	if !yearLike(x.str(i)) || !(x.eqText(i-1, "asteroid") || x.eqText(i-1, "comet")) || !x.tokIs(i+1, tWord) || x.toks[i+1].flags&fAllCaps == 0 {
		return false
	}
	return len(x.str(i+1)) <= 4
}

// areaCodeNumber reports whether the digits at i are a group of a
// telephone's number written with its area code in brackets, "(212)
// 555-0143", "(03) 582-5511": three digits bracketed, or a code dialled
// with a leading zero (trunkCode), then three or four digits and four
// joined by a hyphen.
func (x *extractor) areaCodeNumber(i int) bool {
	for _, k := range [...]int{i, i - 2, i - 4} {
		if k >= 1 && x.mark(k-1) == '(' && x.mark(k+1) == ')' && (x.digitsOf(k, 3) || x.trunkCode(k)) && (x.digitsOf(k+2, 3) || x.digitsOf(k+2, 4)) &&
			x.hyphenAt(k+2) && x.digitsOf(k+4, 4) {
			return true
		}
	}
	return false
}

// trunkCode reports whether token i is an area's code dialled with a
// leading zero, two to five digits: "(03) 582-5511" in Tokyo, "(020)".
func (x *extractor) trunkCode(i int) bool {
	s := x.str(i)
	return x.tokIs(i, tNum) && len(s) >= 2 && len(s) <= 5 && s[0] == '0' && allDigits(s)
}

// digitsOf reports whether token i is a figure of n digits and nothing else.
func (x *extractor) digitsOf(i, n int) bool {
	return i >= 0 && i < len(x.toks) && x.tokIs(i, tNum) && len(x.str(i)) == n && allDigits(x.str(i))
}

// unitIn reports whether a word of the lexicon's categories cat (units of
// time, currencies) stands in tokens [i, j).
func (x *extractor) unitIn(i, j int, cat uint32) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.tokIs(k, tWord) && x.toks[k].is(cat) {
			return true
		}
	}
	return false
}

// wordBefore reports whether a word of set stands among the five words
// before token i, no mark between: a verb of telephoning before a number
// to ring ("told to call the bank on"), "text" before a short code ("the
// number to text is 84599").
func (x *extractor) wordBefore(i int, set map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-5 && x.tokIs(k, tWord); k-- {
		if x.wordIn(k, set) {
			return true
		}
	}
	return false
}

var (
	// callWords are the verbs of telephoning before a number to ring.
	callWords = wordSet("call", "calling", "called", "calls", "dial", "dialling", "dialing", "ring", "phone", "phoning", "text", "texting")
	// textWords are the words before a short code to text.
	textWords = wordSet("text", "texting", "sms")
)

// numberToRing reports whether the digits at i are a telephone's number
// to ring, or a later group of one: an emergency number or a city's
// service line ("a 911 call", "the 999 operator", "the city's 311
// line"), a number after a verb of calling ("called 911", "urged to call
// 1300 264 625", "customers can call 105"; but "analysts call 2024
// a turning point" names a year and "called 500 voters" counts; "call
// 555-0142"), beside "helpline" or "hotline" ("its
// 118 helpline", "the helpline 1912", "the hotline on 1672", "on telex
// 8811234", "extension 5512"; every group of "the helpline 1800 180 1407"),
// three groups or more after "line on" or "ring" ("the reservations line
// on 13 13 13"), the later groups of a code that labels a thing ("tracking
// number 9400 1118 9922 3377"), three groups or more led by a trunk's zero
// ("call the office on 02 33 60 14 30"), three of three, three and four
// digits ("485 777 3456", an NHS number or an American telephone's), "NHS 111",
// a short code a message is sent to ("text 'broadband' to 61234"), or
// "the 988 Suicide & Crisis Lifeline".
func (x *extractor) numberToRing(i int) bool {
	switch x.str(i) {
	case "911", "999", "112", "211", "311", "411", "511", "711", "811":
		switch x.lowerAt(min(i+1, len(x.toks)-1)) {
		case "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "center", "centre",
			"centers", "centres", "system", "line", "lines", "emergency", "service", "services", "recording", "recordings", "tape", "tapes", "dispatch":
			return true
		}
		if x.eq(i-1, wTo) && (x.eq(i-2, wCall) || x.eq(i-2, wCalls)) {
			return true // "one in four calls to 911"
		}
		if x.eqText(i-1, "check") || x.eqText(i-1, "dial") || x.eqText(i-1, "dialed") || x.eqText(i-1, "dialled") {
			return true // "urged drivers to check 511", "dial 311": a service line
		}
	}
	if x.str(i) == "988" && (x.eqText(i+1, "suicide") || x.eqText(i+1, "lifeline") || x.eqText(i+1, "crisis") || x.eqText(i-1, "text") || x.eqText(i-1, "call") || x.eqText(i-1, "dial")) {
		return true // "the 988 Suicide & Crisis Lifeline", "can call or text 988": America's line for a crisis, named by its number
	}
	first, last := x.phoneGroups(i)
	if last-first >= 2 && x.trunkCode(first) {
		return true // "02 33 60 14 30", "0800 123 4567": a telephone's groups, led by its trunk's zero
	}
	if last-first == 2 && x.digitsOf(first, 3) && x.digitsOf(first+1, 3) && x.digitsOf(last, 4) {
		return true // "485 777 3456", "555 123 4567": an NHS number's or an American telephone's three groups
	}
	h := first - 1
	if x.eq(h, wOn) || x.eq(h, wAt) {
		h-- // "the hotline on 1672"
		if x.mark(h) == ',' {
			h-- // "The charity's helpline, on 116 123,"
		}
	}
	if x.eqText(i+1, "helpline") || x.eqText(i+1, "hotline") || x.eqText(h, "helpline") || x.eqText(h, "hotline") || x.eqText(h, "telex") || x.eqText(h, "fax") || x.eqText(h, "extension") || x.eqText(h, "ext") {
		return true // (and "the helpline 1800 180 1407", each of its groups)
	}
	if last-first >= 2 && (h < first-1 && x.eqText(h, "line") || x.eqText(h, "ring") || x.eqText(h, "telephone") || x.eqText(h, "tel") || x.eqText(h, "freephone")) {
		return true // "the reservations line on 13 13 13": three groups or more after a word of telephones
	}
	if x.eq(i-1, wOn) && x.hyphenAt(i) && len(x.str(i)) <= 3 && allDigits(x.str(i)) && len(x.str(i+2)) >= 6 && allDigits(x.str(i+2)) {
		return true // "details are available from the association on 5-211347": an exchange's code and a number, no range
	}
	if t := first - 1; x.tokIs(t, tWord) && x.toks[t].flags&fUpper != 0 && x.eq(t-1, wOn) && (x.eqText(t-2, "reached") || x.eqText(t-2, "contacted")) {
		return true // "can be reached on Goroka 72 1266": a number after its exchange's town, each of its groups
	}
	if x.telephoneGroups(i) {
		return true // "available on telephone 5-212 8811": a number's groups, joined by hyphens or spaces, right after its word
	}
	if x.digitsOf(i, 3) && x.hyphenAt(i) && x.digitsOf(i+2, 4) && (x.eqText(h, "telephone") || x.eqText(h, "tel") || x.eqText(h, "phone") || x.wordBefore(first, callWords)) {
		return true // "telex 1773054, telephone 521-2030", "told to call the bank on 394-1311": a local number's two groups after its word
	}
	if first < i && (last-first >= 2 || len(x.str(first)) >= 3 && len(x.str(i)) >= 3) && x.labelledAt(first) {
		return true // "tracking number 9400 1118 9922 3377 6412 34", "catalogue number 9868 522": a code's later groups
	}
	if (x.eqText(i-1, "text") || x.eqText(i-1, "sms")) && len(x.str(i)) >= 4 && len(x.str(i)) <= 6 && allDigits(x.str(i)) && !x.unitFollows(i) {
		return true // "or text 85258 if you're struggling": a short code to send a message to
	}
	if x.eq(i-1, wTo) && len(x.str(i)) >= 4 && len(x.str(i)) <= 6 && allDigits(x.str(i)) {
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if x.eqText(k, "text") || x.eqText(k, "texting") || x.eqText(k, "sms") {
				return true // "text 'broadband' to 61234": a short code to send a message to
			}
		}
	}
	if (x.str(i) == "111" || x.str(i) == "24") && x.str(i-1) == "NHS" {
		return true // "NHS 111 took 1.9m calls", "NHS 24 handled 1.2m calls": England's and Scotland's lines for urgent care, services' names
	}
	k := first // the later groups of "1300 264 625" after "call"
	if x.eq(k-1, wOn) && x.tokIs(k-2, tWord) && x.toks[k-2].flags&fUpper == 0 && (x.eq(k-3, wCall) || x.eq(k-3, wCalled) || x.eq(k-3, wCalling) || x.eqText(k-3, "ring")) {
		k -= 2 // "should call police on 101 quoting incident 0412": the verb before whom it calls
	}
	switch sp := x.spAt(max(k-1, 0)); {
	case sp == wCall, sp == wCalled, sp == wCalling, sp == wCalls, sp == wDial, sp == wDialed, sp == wDialled, sp == wDialing, sp == wDialling, sp == wDials, sp == wPhoned, sp == wRang,
		x.eqText(k-1, "phone") && x.toks[k-1].flags&fUpper == 0:
		// no noun counted after it ("called 500 voters" counts)
		ends := i+1 >= len(x.toks) || x.tokIs(i+1, tPunct) && strings.ContainsRune(",.;:!?)", rune(x.mark(i+1))) || x.tokIs(i+1, tNum) || x.toks[i+1].is(lexicon.Stop) ||
			x.tokIs(i+1, tWord) && strings.HasSuffix(x.lowerAt(i+1), "ing") || // "call 101 quoting crime number 4471"
			x.mark(i+1) == '-' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 && len(x.str(i+2)) == 4 // "call 555-0142": a local number's two groups
		return k > 0 && allDigits(x.str(i)) && ends && (k < i || !yearLike(x.str(i)) || x.tokIs(i+1, tNum))
	}
	return false
}

// phoneGroups returns the first and the last of the groups of digits,
// spaced once on one line, that the figure at token i stands among, as a
// telephone's number or a code is written ("1300 264 625", "13 13 13",
// "9400 1118 9922 3377"): at most maxCodeGroups before it; i and i alone
// when it is none.
func (x *extractor) phoneGroups(i int) (first, last int) {
	group := func(k int) bool {
		return x.tokIs(k, tNum) && allDigits(x.str(k)) && len(x.str(k)) <= 4 && x.toks[k].flags&fNewline == 0
	}
	first, last = i, i
	if !group(i) {
		return
	}
	for first > i-maxCodeGroups && group(first-1) && x.toks[first].flags&fSpace != 0 {
		first--
	}
	for last < i+maxCodeGroups && group(last+1) && x.toks[last+1].flags&fSpace != 0 {
		last++
	}
	return
}

// maxCodeGroups bounds how many groups of a telephone's number or a code
// phoneGroups reads either side of a figure.
const maxCodeGroups = 8

// furniture reports whether the digits at i are page furniture: a small
// number alone on its line (a page or a picture's number; "8,661" alone
// may be a crowd), a counter in capitals ("VIEW GALLERY - 2 IMAGES"), a
// reading time ("Listen 7 min", "5 min read"), the count of a gallery
// ("Image 1 of 2"), or the number of a list's item at the start of its
// line ("2. How common is it?") that no wrapped line of prose leads to.
func (x *extractor) furniture(i int) bool {
	if x.toks[i].flags&fNewline != 0 && (i+1 >= len(x.toks) || x.toks[i+1].flags&fNewline != 0) && i > 0 &&
		len(x.str(i)) <= 3 && allDigits(x.str(i)) {
		return true
	}
	if (x.toks[i].flags&fNewline != 0 || i == 0) && len(x.str(i)) <= 2 && allDigits(x.str(i)) && x.tokIs(i+1, tPunct) &&
		(x.mark(i+1) == '.' || x.mark(i+1) == ')') && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tWord) &&
		x.toks[i+2].flags&fSpace != 0 && x.toks[i+2].flags&fUpper != 0 && !x.proseWraps(i) {
		return true // "1. What causes it?": an item's number in a list (but "who is\n69. Wilson": a wrapped line's last word)
	}
	if (x.eq(i+1, wMin) || x.eq(i+1, wMins)) && (x.eq(i-1, wListen) || x.eq(i+2, wRead) || x.eq(i+2, wListen)) {
		return true
	}
	if x.eq(i-1, wOf) && x.tokIs(i-2, tNum) && x.tokIs(i-3, tWord) && galleryWord(x.spAt(i-3)) {
		return true // "Image 1 of 2"
	}
	if !x.tokIs(i+1, tWord) || x.toks[i+1].flags&(fAllCaps|fShout) == 0 {
		return false
	}
	switch x.str(i + 1) {
	case "IMAGES", "PHOTOS", "PICTURES", "PHOTOGRAPHS", "VIDEOS", "SLIDES", "COMMENTS":
		return true
	case "SHARES", "LIKES", "VIEWS", "REPLIES":
		// a counter stands alone ("| 12 SHARES"), a deal has a verb before
		// it ("SELLS 500 SHARES")
		return !x.tokIs(i-1, tWord)
	}
	return false
}

// galleryWord reports whether the word spelt sp numbers the items of a
// page's gallery or pages: "Image 1 of 2", "Page 3 of 10".
func galleryWord(sp spelling) bool {
	switch sp {
	case wImage, wImages, wPhoto, wPhotos, wPicture, wPictures, wSlide, wSlides, wPage, wVideo, wVideos, wItem,
		wItems:
		return true
	}
	return false
}

// modelYears reports whether the span of years in tokens [i, j) names a
// product's model years: joined by a dash, after an article and before a
// name, "the 2019-2023 Santa Fe". ("the 2002 and 2003 London Marathons"
// are dates of events.)
func (x *extractor) modelYears(i, j int) bool {
	return (x.eq(i-1, wThe) || x.eq(i-1, wA)) && x.tokIs(i+1, tPunct) && isDash(x.str(i+1)) && x.tokIs(j, tWord) && x.toks[j].flags&fUpper != 0 && x.toks[j].flags&fNewline == 0 &&
		!x.toks[j].is(lexicon.Month|lexicon.Weekday|lexicon.Season)
}

// timesDone reports whether "twice" at token i, which multiplies nothing,
// counts how often something was done: after a verb ("impeached twice",
// "tested each participant twice"), before one with a hyphen ("the
// twice-impeached president") or in a period ("twice a week", "twice
// daily"), as half the goldens' hands require it; but not a comparison
// ("twice the 169,000 figure"), "twice over" or "think twice".
func (x *extractor) timesDone(i int) bool {
	if !x.eq(i, wTwice) {
		return false
	}
	if x.hyphenAt(i) {
		return x.tokIs(i+2, tWord) && strings.HasSuffix(x.lowerAt(i+2), "ed") // "twice-impeached"
	}
	if i+1 < len(x.toks) {
		switch x.lowerAt(i + 1) {
		case "a", "an", "per", "every", "each":
			return x.tokIs(i+2, tWord) && x.toks[i+2].is(lexicon.Duration) // a frequency, "twice a week", as often as it is done
		case "daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly":
			return true // "twice daily"
		case "over":
			if !x.spanAfter(i+2) && !((x.eq(i+2, wSome) || x.eq(i+2, wAbout)) && x.spanAfter(i+3)) {
				return false // "twice over" (but "bounced twice over some two hours": over a time)
			}
		case "the", "that", "this", "its", "their", "his", "her", "our", "as":
			return false // a comparison: "was twice the 169,000 figure", "twice that amount"
		}
	}
	return i > 0 && x.tokIs(i-1, tWord) && !x.toks[i-1].is(lexicon.Determiner) && x.toks[i-1].flags&fUpper == 0 && !x.eq(i-1, wThink)
}

// multiplies reports whether "double", "tripled" or "twice" at token i
// multiplies a quantity. "Twice" must open a comparison: "twice as fast",
// "twice the size", ", twice what analysts expected" (not "visited twice", "twice a week", "twice the
// previous year"). The verbs must be verbs: "doubled", "tripling", "a
// doubling of", unless an article or a particle makes them something else
// ("a doubled dose", "doubled as a shelter", "doubling down"); "double",
// "triple" after "to", a modal or a bound ("hopes to double", "will
// triple", "more than double"), or before "the" or a possessive ("double
// the number", "treble its output"), but not as adjectives or nouns ("a
// double murder", "double-digit", "the double", "double figures", "double
// Olympic gold"), nor in the football idiom "doubled their lead" (a second
// goal).
func (x *extractor) multiplies(i int) bool {
	if x.hyphenAt(i) || x.hyphenBefore(i) {
		return false
	}
	w := x.lowerAt(i)
	next := ""
	if x.tokIs(i+1, tWord) {
		next = x.lowerAt(i + 1)
	}
	switch next {
	case "up", "down", "back", "over", "figures", "digits", "digit", "check", "click", "bogey", "fault", "agent", "act", "standards",
		"gold", "silver", "bronze", "room", "rooms", "bed", "beds", "glazing":
		if w != "twice" && !(next == "over" && x.spanAfter(i+2)) {
			return false // "doubled over in pain" (but "has halved over two decades": over a time)
		}
	case "as":
		// "doubled as a shelter" names a second use; "more than halved as
		// 32 rebels joined" multiplies
		if w != "twice" && (x.eq(i+2, wA) || x.eq(i+2, wAn) || x.eq(i+2, wThe) || x.eq(i+2, wIts) || x.eq(i+2, wTheir)) {
			return false
		}
	}
	if x.eq(i+2, wLead) || x.eq(i+2, wAdvantage) || x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0 && !possessive(x.str(i+1)) {
		return false // "doubled their lead": a second goal; "double Olympic gold"
	}
	determinerBefore := x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.Determiner) || possessive(x.str(max(i-1, 0)))
	switch {
	case w == "twice":
		if x.eq(i+1, wAs) {
			return x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper == 0 && !x.toks[i+2].is(lexicon.Stop|lexicon.Determiner)
		}
		if x.eq(i+1, wWhat) && x.tokIs(i-1, tPunct) && x.mark(i-1) == ',' {
			return true // "up 0.6%, twice what analysts expected"
		}
		if x.amountNamedBefore(i + 1) {
			return true // "food prices twice those in Europe"
		}
		return x.eq(i+1, wThe) && x.tokIs(i+2, tWord) && !x.toks[i+2].is(lexicon.Duration|lexicon.Stop) && !x.eq(i+2, wSame) && !x.eq(i+2, wPrevious)
	case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"):
		return !determinerBefore || x.eq(i+1, wOf) // "a doubling of output"
	case determinerBefore:
		return false
	}
	switch w := x.lowerAt(max(i-1, 0)); {
	case modalVerb(w):
		return i > 0
	case w == "to", w == "than", w == "nearly", w == "almost", w == "roughly", w == "about", w == "effectively", w == "virtually", w == "practically":
		return i > 0
	}
	return x.tokIs(i+1, tWord) && (x.toks[i+1].is(lexicon.Determiner) || possessive(x.str(i+1)))
}

// scaledAfter reports whether a scale word follows the number at token
// i, or ends a range from it: "owes the IMF 450 to 500 mln dlrs", "the
// IMF 450 mln dlrs", a sum after an acronym, not a name as "FTSE 100" is.
func (x *extractor) scaledAfter(i int) bool {
	k := i + 1
	if (x.eq(k, wTo) || x.mark(k) == '-') && x.tokIs(k+1, tNum) {
		a, errA := strconv.ParseFloat(stripCommas(x.str(i)), 64)
		b, errB := strconv.ParseFloat(stripCommas(x.str(k+1)), 64)
		if errA == nil && errB == nil && b > 5*a {
			return false // "its Obligation TRUST 23 to 350 mln dlrs": a name's number, then a sum, no range
		}
		k += 2
	}
	return x.tokIs(k, tWord) && x.toks[k].is(lexicon.Scale)
}

// gluedScale reports whether the word at token k, glued to the figure
// before it, is a scale: "275K", "1.2bn", "40m".
func (x *extractor) gluedScale(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fSpace != 0 {
		return false
	}
	switch x.str(k) {
	case "k", "K", "m", "M", "bn", "mn":
		return true
	}
	return x.toks[k].is(lexicon.Scale)
}

// listMarker reports whether the number at token i, of two digits at
// most, marks an item of a list: a bracket glued after it ("1)"), or
// around it ("(1)"), a word after, opening a line or after a colon, a
// semicolon or a sentence's end ("such as -\n    (1) shares", "two
// crucial facts: 1) If").
func (x *extractor) listMarker(i int) bool {
	if len(x.str(i)) > 2 || x.mark(i+1) != ')' || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tWord) {
		return false
	}
	open := i
	if x.mark(i-1) == '(' && x.toks[i].flags&fSpace == 0 {
		open = i - 1
	}
	return open == 0 || x.toks[open].flags&fNewline != 0 || x.tokIs(open-1, tPunct) && strings.Contains(":;.?!", x.str(open-1))
}

// letterModel reports whether the number at token i names a model with the
// single capital letter before it, a determiner before that: "on an A 2
// mainframe", "the B 52 bombers" ("A 2 pct rise" opens a sentence: "A" is
// its article).
func (x *extractor) letterModel(i int) bool {
	l := i - 1
	if !x.tokIs(l, tWord) || len(x.str(l)) != 1 || x.toks[l].flags&fUpper == 0 || x.toks[l].flags&fShout != 0 || x.toks[i].flags&fSpace == 0 || !allDigits(x.str(i)) {
		return false
	}
	switch {
	case x.eq(l-1, wAn), x.eq(l-1, wThe):
		return x.str(l) != "I"
	case x.eq(l-1, wA):
		return x.str(l) != "A" && x.str(l) != "I"
	}
	return false
}

// quotedTitle reports whether the number at token i opens a title in
// quotation marks whose unit is capitalised: "CBS \"60 Minutes\"", "the
// film \"28 Days Later\"": a name, no length of time.
func (x *extractor) quotedTitle(i int) bool {
	if q := x.str(i - 1); q != "\"" && q != "\u201c" || x.toks[i].flags&fSpace != 0 || !x.tokIs(i+1, tWord) || x.toks[i+1].flags&(fUpper|fShout) != fUpper {
		return false
	}
	for k := i + 2; k < i+6 && k < len(x.toks); k++ {
		if x.tokIs(k, tPunct) {
			return (x.str(k) == "\"" || x.str(k) == "\u201d") && x.toks[k].flags&fSpace == 0
		}
		if x.toks[k].flags&fUpper == 0 {
			return false
		}
	}
	return false
}

// olderAfter reports whether "and older", "or over", "and up" or "or
// above" follows the figure at token i: "Residents 65 and older", an age,
// however its noun is written.
func (x *extractor) olderAfter(i int) bool {
	return (x.eq(i+1, wAnd) || x.eq(i+1, wOr)) && (x.eq(i+2, wOlder) || x.eq(i+2, wOver) || x.eq(i+2, wUp) || x.eq(i+2, wAbove))
}

// accelerationBenchmark returns the index after a car's benchmark of
// acceleration at token i, "0-60 mph", "0-62mph", "0–100 km/h", "from
// nought to sixty", a name whose time is the claim; or i.
func (x *extractor) accelerationBenchmark(i int) int {
	if (x.eqText(i, "nought") || x.eqText(i, "zero")) && x.eq(i-1, wFrom) && x.eq(i+1, wTo) && (x.eqText(i+2, "sixty") || x.eqText(i+2, "60")) {
		return i + 3 // "goes from nought to sixty in 2.1 seconds": the benchmark said in words
	}
	if x.str(i) != "0" || !x.tokIs(i+1, tPunct) || !isDash(x.str(i+1)) || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tNum) || x.toks[i+2].flags&fSpace != 0 {
		return i
	}
	switch k := i + 3; {
	case x.eqText(k, "mph") || x.eqText(k, "kph") || x.eqText(k, "kmh"):
		return k + 1
	case x.eqText(k, "km") && x.mark(k+1) == '/' && x.eqText(k+2, "h"):
		return k + 3
	}
	return i
}

// seatsAfter reports whether seats, votes or members are counted just
// after the figure at token i, a range's end or one capitalised word
// between: "Democrats 205–225 House seats", "Lib Dems 27 seats", a
// party's tally after its name.
func (x *extractor) seatsAfter(i int) bool {
	k := i + 1
	if x.tokIs(k, tPunct) && isDash(x.str(k)) && x.tokIs(k+1, tNum) {
		k += 2
	}
	if x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 {
		k++
	}
	if !x.tokIs(k, tWord) {
		return false
	}
	switch x.lowerAt(k) {
	case "seats", "votes", "delegates", "mps", "members", "deputies", "senators", "councillors", "councilors", "lawmakers", "electoral":
		return true
	}
	return false
}

// longMarch reports whether the digits at token i number a Long March
// rocket, after its name or a hyphen: "the Long March 5", "a Long
// March-2F".
func (x *extractor) longMarch(i int) bool {
	k := i - 1
	if x.mark(k) == '-' && x.toks[i].flags&fSpace == 0 {
		k--
	}
	return x.longMarchAt(k)
}

// longMarchAt reports whether "March" at token k is the name of China's
// Long March rockets, "Long" capitalised before it: no month, and the
// number after it no count (longMarch).
func (x *extractor) longMarchAt(k int) bool {
	return x.eqText(k, "march") && x.eqText(k-1, "long") && x.toks[k-1].flags&fUpper != 0
}

// firmInHeadline reports whether the words from token k on name a
// company up to its ticker (tickerAhead), a word of incorporation among
// them: "OAKS INTERNATIONAL INC &lt;QPON.O>".
func (x *extractor) firmInHeadline(k int) bool {
	if !x.tickerAhead(k) {
		return false
	}
	for j := k; x.tokIs(j, tWord); j++ {
		if x.eq(j, wInc) || x.eq(j, wCorp) || x.eq(j, wLtd) || x.eq(j, wCo) {
			return true
		}
	}
	return false
}

// camelName reports whether w is a name written as a brand writes it, a
// small letter then a capital ("iPhone", "eBay", "iPad"): what follows
// such a name is its model's number.
func camelName(w string) bool {
	return len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z'
}

// spanAfter reports whether a length of time opens at token k: a unit of
// time within three words, after a number or "the" or "a" ("two decades",
// "the past year", "a decade").
func (x *extractor) spanAfter(k int) bool {
	if !(x.tokIs(k, tNum) || x.tokIs(k, tWord) && (x.toks[k].is(lexicon.Cardinal) || x.eq(k, wThe) || x.eq(k, wA))) {
		return false
	}
	for j := k; j < len(x.toks) && j <= k+3; j++ {
		if x.tokIs(j, tWord) && x.toks[j].is(lexicon.Duration) {
			return true
		}
	}
	return false
}

// temperatureRestated reports whether the figure at token i, glued after a
// slash, is a temperature, its scale's letter glued to it ("86F",
// "425°F"), after another whose letter stands just before the slash,
// perhaps with "fan" ("30C/86F", "220°C/425°F", "160C fan/180C", "180C
// (160C fan)/350F"): a temperature in two scales, or an oven's setting
// with and without its fan, each a claim.
func (x *extractor) temperatureRestated(i int) bool {
	if x.mark(i-1) != '/' || x.toks[i-1].flags&fSpace != 0 || !x.scaleLetterAt(i+1) {
		return false
	}
	k := i - 2
	if x.mark(k) == ')' {
		k-- // "180C (160C fan)/350F"
	}
	if x.eqText(k, "fan") {
		k--
	}
	return k > 0 && (x.str(k) == "C" || x.str(k) == "F") && x.toks[k].flags&fSpace == 0
}

// scaleLetterAt reports whether a temperature's scale stands at token k,
// glued to the figure before it: "C" or "F", or a degree sign and one.
func (x *extractor) scaleLetterAt(k int) bool {
	if x.str(k) == "°" && x.toks[k].flags&fSpace == 0 {
		k++
	}
	return k < len(x.toks) && x.toks[k].flags&fSpace == 0 && (x.str(k) == "C" || x.str(k) == "F")
}

// telephoneGroups reports whether the digits at token i are one of two or
// more groups of digits, joined by hyphens or spaces, that "telephone" or
// "tel" opens: "on telephone 5-212 8811", "tel 2-345 678".
func (x *extractor) telephoneGroups(i int) bool {
	groups, k := 0, i
	for k >= 0 && k >= i-6 && (x.tokIs(k, tNum) && allDigits(x.str(k)) || x.mark(k) == '-' && x.toks[k].flags&fSpace == 0) {
		if x.tokIs(k, tNum) {
			groups++
		}
		k--
	}
	for j := i + 1; j < len(x.toks) && j <= i+4 && x.toks[j].flags&fNewline == 0 && (x.tokIs(j, tNum) && allDigits(x.str(j)) || x.mark(j) == '-' && x.toks[j].flags&fSpace == 0); j++ {
		if x.tokIs(j, tNum) {
			groups++
		}
	}
	return groups >= 2 && (x.eqText(k, "telephone") || x.eqText(k, "tel"))
}
