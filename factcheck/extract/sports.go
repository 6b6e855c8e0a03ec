package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Sport reports write scores and win-loss records as two numbers joined by
// a dash: "won 61-58", "a 116-111 loss", "(20-14)", "a 2-0 lead", "a 2-10
// stretch". A score written tight ("3-2") is one claim, a count of its
// first side, as most checkers quote it; spaced, or a vote's tally ("voted
// 67-33"), each number is a count of its own. A range ascends, so a pair whose first number is the larger
// (or equal) is never one; an ascending pair is a score when a word of
// scoring stands beside it. A rank "No. 7"
// is an ordinal, and "3-pointer", "3-point range" are terms of the game.

// scorePair reports whether the pair of counts c.num, a dash and second is
// a score or a record rather than a range.
func (x *extractor) scorePair(c *claimParts, second number) bool {
	if c.num.decimal || second.decimal {
		return false // "49.25-50.00": prices, no score
	}
	if second.value <= c.num.value {
		return true
	}
	if f := c.num.first; x.tokIs(second.last, tWord) && x.toks[second.last].flags&fUpper != 0 && x.tokIs(f-1, tWord) && x.toks[f-1].flags&fUpper != 0 &&
		x.toks[second.last].flags&fNewline == 0 && x.lineStartNear(f) && !x.seatsAfter(f) && !x.qualifierBefore(f) {
		return true // a result's headline, between its sides: "London Irish 19-33 Wasps" (but "Democrats 205–225 House seats", "About 8,000-10,000 Iraqis")
	}
	if x.tokIs(second.last, tWord) && (scoreNoun(x.spAt(second.last)) || x.eq(second.last, wSeason) && second.value < 100) {
		return true // "a 2-10 stretch", "a 1-3 loss", "after a 7-25 season"
	}
	if x.pairAt(second.last) || x.tokIs(second.last, tPunct) && x.mark(second.last) == '(' && x.pairAt(second.last+1) ||
		c.num.first >= 3 && x.tokIs(c.num.first-1, tNum) && x.pairAt(c.num.first-3) && !x.gradeBefore(c.num.first-3) ||
		c.num.first >= 4 && x.mark(c.num.first-1) == '(' && x.pairAt(c.num.first-4) {
		return true // a set of a match among others: "beat Bovina 1-6 6-1 6-4", "7-6 (10-8)"
	}
	if second.value <= 7 && x.tokIs(second.last, tPunct) && x.mark(second.last) == ',' && x.pairAt(second.last+1) {
		return true // a lost set before the others, commas between: "beat Novak 4-6, 7-6 (8-6), 6-3"
	}
	if f := c.num.first; x.tokIs(f-1, tPunct) && x.mark(f-1) == '(' && x.tokIs(f-2, tWord) && x.toks[f-2].flags&fUpper != 0 &&
		x.tokIs(second.last, tPunct) && (x.mark(second.last) == ')' || x.mark(second.last) == ',') {
		return true // a side's record: "Oregon (2-10)", "Kansas (8-12, 3-5 Big 12)"
	}
	k := c.num.first - 1
	if x.eq(k, wA) || x.eq(k, wThe) || x.eq(k, wBy) {
		k--
	}
	if !x.tokIs(k, tWord) || !scoreVerb(x.spAt(k)) {
		return false
	}
	// "won 2-3 seats" counts seats: a range
	j := second.last
	return j >= len(x.toks) || x.toks[j].class == tPunct || x.toks[j].is(lexicon.Stop) || x.toks[j].flags&fNewline != 0
}

// voteTally reports whether a word of voting stands in the clause of
// the pair of numbers in tokens [i, j): "the Senate voted 67-33 to
// override", "a 13-6 vote", "overrode ... veto of ... bill, 67-33", "the
// bill passed 213-208", "a 51-49 majority", "in a 6-3 decision". A tally's sides are two figures a checker
// rules on, the votes for and those against.
func (x *extractor) voteTally(i, j int) bool {
	voting := func(k int) bool {
		switch x.spAt(k) {
		case wVote, wVotes, wVoted, wVoting, wBallot, wBallots, wVeto, wOverrode, wOverride, wOverridden, wPassed, wApproved, wMajority,
			wDecision, wRuling:
			return true
		}
		return false
	}
	for k := j; k < j+3 && k < len(x.toks); k++ {
		if voting(k) {
			return true // "a 13-6 vote"
		}
	}
	for k, start := i-1, max(i-15, x.sentenceStartBefore(i), 0); k >= start && !x.eq(k, wAnd) && !x.eq(k, wBut) && x.mark(k) != ';'; k-- {
		if voting(k) {
			return true
		}
	}
	return false
}

// tableCell reports whether the figures in tokens [i, j) stand apart from
// their neighbours by a run of spaces, as a table's cells do ("COPPER
// 15-19     24-28"): no score of prose.
func (x *extractor) tableCell(i, j int) bool {
	if i > 0 && strings.Contains(x.text[x.toks[i-1].e:x.toks[i].s], "  ") {
		return true
	}
	return j < len(x.toks) && strings.Contains(x.text[x.toks[j-1].e:x.toks[j].s], "  ")
}

// pairAt reports whether two whole numbers joined by a dash, "6-1", start
// at token j (but not "94.00-103.00", prices).
func (x *extractor) pairAt(j int) bool {
	return x.tokIs(j, tNum) && x.hyphenAt(j) && x.tokIs(j+2, tNum) && x.toks[j+2].flags&fSpace == 0 &&
		!strings.Contains(x.str(j), ".") && !strings.Contains(x.str(j+2), ".")
}

// scoreNoun reports whether w, after a pair of numbers, makes it a score or
// a record.
func scoreNoun(sp spelling) bool {
	switch sp {
	case wWin, wWins, wVictory, wLoss, wLosses, wDefeat, wLead, wDeficit, wScore, wScoreline, wRecord, wStretch,
		wStart, wRun, wStreak, wSeries, wEdge, wAdvantage, wDrubbing, wRout, wDecision, wVote, wVerdict, wMargin,
		wDraw, wTie, wTriumph, wUpset, wThrashing, wAggregate:
		return true
	}
	return false
}

// scoringVerb reports whether the word spelt sp is a verb of a score
// made or let in: "scored", "kicked", "conceded".
func scoringVerb(sp spelling) bool {
	switch sp {
	case wScored, wScores, wScore, wScoring, wKicked, wKicks, wKicking, wConceded, wConcedes, wConceding,
		wNetted, wNets:
		return true
	}
	return false
}

// scoringNoun reports whether the word spelt sp names what a player
// scores in a game: "try", "goal", "penalty".
func scoringNoun(sp spelling) bool {
	switch sp {
	case wTry, wGoal, wPenalty, wConversion, wPoint, wRun, wTouchdown, wBasket, wWicket, wCentury:
		return true
	}
	return false
}

// scoreVerb reports whether w, before a pair of numbers, makes it a score
// or a record.
func scoreVerb(sp spelling) bool {
	switch sp {
	case wWon, wWin, wWins, wWinning, wLost, wLose, wLoses, wLosing, wBeat, wBeats, wBeating, wDefeated,
		wDefeating, wDefeats, wTrailed, wTrailing, wTrail, wLed, wLeading, wLeads, wWent, wGo, wGoes, wRecord,
		wScore, wScoreline, wVictory, wLoss, wLead, wTied, wDrew, wEdged, wRouted, wThrashed, wVoted, wVote,
		wRuled, wFinished, wEnded:
		return true
	}
	return false
}

// indexNear reports whether a stock index is named in the sentence before
// token i: its "points" are then a measure of the index ("the Dow gained
// 45.4 points"); otherwise points are a count, as a player's are ("scored
// 21 points").
func (x *extractor) indexNear(i int) bool { return x.indexWithin(i, 15, false) }

// indexNamedNear reports whether an index is named by its own word
// ("index", "Dow") in the sentence before token i: a company's move beside
// "stocks" is still the company's ("The stocks were Bristol-Myers Co, which
// rose 2-1/4 to 101").
func (x *extractor) indexNamedNear(i int) bool { return x.indexWithin(i, 15, true) }

// indexWithin reports whether a stock index is named among the n tokens
// before token i in its sentence (which a line break ends, unless it only
// wraps prose): by its own word (stockIndexWord), or, unless byName, by
// "stocks", "average", "the share market" and the like.
func (x *extractor) indexWithin(i, n int, byName bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == '!' || x.mark(k) == '?') {
			return false
		}
		switch w := x.lowerAt(k); {
		case stockIndexWord(w) || x.sAndPAt(k):
			return true
		case byName:
		case w == "composite" && x.eqText(k+1, "trading"):
			// "In New York Stock Exchange composite trading, Swank stock
			// rose 7/8": the exchange's consolidated tape, no index
		case w == "average" && (x.eq(k+1, wOf) || x.eq(k-1, wA) || x.eq(k-1, wAn) || x.eqText(k-1, "daily")):
			// "against a daily average of about 400,000, and the stock
			// closed down 3/8": a mean, no index
		case w == "indices" || w == "indexes" || w == "benchmark" || w == "stocks" || w == "stoxx" || w == "average" || w == "composite":
			return true
		case w == "market" && (x.eq(k-1, wShare) || x.eq(k-1, wStock) || x.eq(k-1, wThe) && k+1 < i && x.tokIs(k+1, tWord) && changeWord(x.spAt(k+1))):
			return true // "push the share market up by 50 points", "since the market fell\n500 points"
		}
		if x.toks[k].flags&fNewline != 0 && !x.proseWraps(k) {
			return false // a headline's "DRUG STOCKS" is no index of the story's first sentence
		}
	}
	return false
}

// marketText reports whether the text tells of a stock market, by an
// index's name ("Dow", "FTSE", "Nikkei"), "stock market", "share market",
// "stock exchange" or "bourse", and of no game ("scored", "match",
// "season"): its points are then the market's, though the sentence names
// no index ("There should be more space for gains ... somewhere up to
// 27,000 points", "This correction could take us down 150 points").
func (x *extractor) marketText() bool {
	if x.market == 0 {
		market, game := false, false
		for k := range x.toks {
			if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 && x.toks[k].e-x.toks[k].s > 8 {
				continue // (an index's name is short: "Dow", "FTSE", "Ibovespa")
			}
			switch w := x.lowerAt(k); w {
			case "index", "hang":
			case "market", "exchange":
				market = market || x.eq(k-1, wStock) || x.eq(k-1, wShare)
			case "bourse", "bourses":
				market = true
			case "scored", "score", "scoring", "goals", "match", "matches", "game", "games", "season", "league", "innings", "tournament", "championship":
				game = true
			default:
				market = market || stockIndexWord(w)
			}
		}
		x.market = 1
		if market && !game {
			x.market = 2
		}
	}
	return x.market == 2
}

// standingAfter reports whether a table's standing is said at token k,
// after a count of points: "behind", "ahead", "clear" or "adrift" ("Real
// slipped to 13 points behind Barcelona").
func (x *extractor) standingAfter(k int) bool {
	switch x.lowerAt(k) {
	case "behind", "ahead", "clear", "adrift":
		return true
	}
	return false
}

// indexNameAt reports whether token k names a stock index by its own
// word: "index", or a capitalised "Dow", "Nikkei" (stockIndexWord; not
// "hang on"), or the last letter of "S&P".
func (x *extractor) indexNameAt(k int) bool {
	if !x.tokIs(k, tWord) {
		return false
	}
	return x.wordIn(k, stockIndexWords) && (x.eq(k, wIndex) || x.toks[k].flags&fUpper != 0) || x.sAndPAt(k)
}

// sAndPAt reports whether token k is the "P" of "S&P", glued to its "&"
// and "S": Standard & Poor's index, which stockIndexWord's lookup of one
// word cannot see.
func (x *extractor) sAndPAt(k int) bool {
	return x.str(k) == "P" && x.mark(k-1) == '&' && x.str(k-2) == "S" && x.toks[k].flags&fSpace == 0 && x.toks[k-1].flags&fSpace == 0
}

// stockIndexWord reports whether w, in lower case, is "index" or the name
// of a stock index ("dow", "ftse", "nikkei").
func stockIndexWord(w string) bool { return stockIndexWords[w] }

// stockIndexWords are the words of stockIndexWord.
var stockIndexWords = wordSet("index", "dow", "ftse", "nasdaq", "nikkei", "sensex", "dax", "cac", "kospi", "hang", "s&p", "topix", "asx", "nifty", "ibex", "bovespa",
	// the world's bourses' indices by their short names: "Brazil's Ibovespa closed at 127,690 points", "the JSE all share"
	"ibovespa", "jse", "taiex", "klci", "psei", "jci", "merval", "tadawul", "egx", "nzx", "sti", "omx", "wig", "bux", "atx", "smi",
	"mib", "aex", "csi", "kse", "bist", "ngx", "hsi", "twse")

// indexReach is how many tokens before a bare figure indexLevel looks for
// its index: "its consumer price index for the families of workers and
// employees, base year 1985 equals 100, registered 109.5".
const indexReach = 22

// indexLevel reports whether the bare figure of c, a count with no noun,
// is the level of an index its sentence names in the indexReach tokens
// before it, or further back when a move of it in points comes between
// (indexInPoints),
// or a figure with decimals of a table of an index (indexReport),
// or just after it "on" the index: "Its index of national manufacturing
// activity rose to 58.6 last month from 57.8", "the Nikkei closed at
// 18,500", "the pound has strengthened to 72.7 on its trade-weighted
// index": a measure in points, as its move is;
// not a stock's price in eighths, nor a figure of the next paragraph.
func (x *extractor) indexLevel(c *claimParts) bool {
	if c.unitKind != factcheck.Count || c.unit != "" || c.num.year || c.num.scaled || c.num.words {
		return false
	}
	if strings.Contains(x.text[x.toks[c.num.first].s:x.toks[c.num.last-1].e], "/") {
		return false // "fell 4-1/4": a stock's price in eighths
	}
	if c.num.decimal && x.indexReport() {
		return true // "GRAINS   162.80  up   0.82", a row's label its subject
	}
	if x.eq(c.first-1, wOf) && (x.eq(c.first-2, wRatio) || x.eq(c.first-2, wMultiple)) {
		return false // "the S&P 500's multiple of 19": times its earnings
	}
	if c.subjectEnd != 0 && !(c.subjectEnd == c.subjectStart+1 && (levelNoun(x.lowerAt(c.subjectStart)) || x.eqText(c.subjectStart, "range") || strings.HasSuffix(x.lowerAt(c.subjectStart), "ly"))) {
		return false // but "would reach the 2400 level": the index's level; "a 1,850-2,050 range": its range; "fell below 1,700 shortly after midday": an adverb, no noun
	}
	if x.eq(c.last, wOn) {
		// "the pound has strengthened to 72.7 on its trade-weighted index"
		for k := c.last + 1; k < c.last+7 && k < len(x.toks) && (x.tokIs(k, tWord) || x.mark(k) == '-'); k++ {
			if x.eq(k, wIndex) {
				return true
			}
		}
	}
	for k := c.first - 1; k >= 0 && k >= c.first-indexReach; k-- {
		if x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == '!' || x.mark(k) == '?' || x.mark(k) == '/') || x.toks[k+1].flags&fNewline != 0 && x.breakIn(k+1, k+2) {
			return false
		}
		if x.tokIs(k, tNum) && x.tokIs(k+1, tWord) && pluralNoun(x.str(k+1)) && !x.unitFollows(k) && !x.eq(k+1, wPoints) && !x.tokIs(k+2, tNum) && !x.indexNameAt(k-1) {
			return false // "passed 2,000 contracts ... to hit a record high 2,697": a count goes on (but "1985 equals 100" is no count, nor "S&P 500 futures" a name's)
		}
		if x.indexNameAt(k) {
			return true // "Hang Seng", not "hang on"
		}
		if x.eq(k, wMarket) && x.eq(k-1, wThe) && marketMove(x.lowerAt(k+1)) && !c.num.year && !yearLike(x.str(c.num.first)) && x.marketText() {
			return true // a stock market's story: "the market will probably end up at about 22,300", "if the market falls to 24,000"
		}
		if x.tokIs(k, tWord) && (x.eqText(k, "composite") || x.eqText(k, "pmi")) && x.toks[k].flags&fUpper != 0 && !x.eqText(k+1, "trading") {
			return true // an index by its kind: "the Shanghai Composite climbed 0.7% to 3,004.88", "the manufacturing PMI rose to 51.1" (but "Composite trading", a tape)
		}
	}
	return x.indexInPoints(c.first)
}

// indexInPoints reports whether the sentence of token i names a stock
// index, capitalised, and moves it in points before i: "Traders expect the
// Dow to hold ..., after it swung in a 40-point range on Thursday before
// settling up 3.52 at 2,549.27".
func (x *extractor) indexInPoints(i int) bool {
	cs := x.sentenceClaims(i)
	if !slices.ContainsFunc(cs, func(p factcheck.Claim) bool { return p.Unit == "point" && p.End <= int(x.toks[i].s) }) {
		return false
	}
	for k := x.sentenceStartBefore(i); k < i; k++ {
		if x.indexNameAt(k) && x.toks[k].flags&fUpper != 0 {
			return true
		}
	}
	return false
}

// marketMove reports whether w, in lower case after "the market", tells
// where the market goes or stands: "will", "falls", "closed" (but not
// "the market price", "the market took BP shares down").
func marketMove(w string) bool {
	switch w {
	case "will", "would", "could", "may", "might", "should", "can", "fell", "falls", "fall", "rose", "rises", "rise",
		"closed", "closes", "ended", "ends", "finished", "is", "was", "stood", "stands", "hit", "hits", "reached", "reaches":
		return true
	}
	return false
}

// levelNoun reports whether w, in lower case, names the level a figure
// marks: "the 2400 level", "the 2,000 mark".
func levelNoun(w string) bool { return w == "level" || w == "mark" }

// levelAfterPoints reports whether the bare figure of c is the level a
// move in points just before it in its sentence reached, a few words
// between: "recovered 102 points to a preliminary closing figure of 1841"
// (no year), "plunged a record 75.53 points to close at 1,803.08".
func (x *extractor) levelAfterPoints(c *claimParts) bool {
	if c.unitKind != factcheck.Count || c.unit != "" || c.subjectEnd != 0 || c.num.scaled || c.num.words || c.end != nil || len(x.claims) == 0 {
		return false
	}
	if k := c.num.last; c.num.year && x.tokIs(k+1, tNum) && (x.mark(k) == '/' || isDash(x.str(k))) && x.toks[k].flags&fSpace == 0 {
		return false // "a further one point cut at the beginning of the 1988/89 season": a season
	}
	p := &x.claims[len(x.claims)-1]
	if p.Unit != "point" {
		return false
	}
	pe := x.tokenAfter(p)
	if pe > c.first || c.first-pe > 7 {
		return false
	}
	reached := false
	for k := pe; k < c.first; k++ {
		if !x.tokIs(k, tWord) {
			return false
		}
		reached = reached || x.eq(k, wTo) || x.eq(k, wAt)
	}
	return reached
}

// ratioLevel reports whether the bare figure of c, a count with no noun
// under 100, is the level of a ratio its sentence names in the few words
// before it, no other figure between: "the book-to-bill ratio was 1.13",
// "a ratio of 1.15-1.16".
func (x *extractor) ratioLevel(c *claimParts) bool {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.unit != "" || c.num.year || c.num.scaled || c.num.words || c.num.value >= 100 {
		return false
	}
	for k := c.first - 1; k >= 0 && k >= c.first-8; k-- {
		if x.tokIs(k, tNum) || x.tokIs(k, tPunct) && x.mark(k) != '-' && x.mark(k) != ',' || x.toks[k+1].flags&fNewline != 0 && x.breakIn(k+1, k+2) {
			return false
		}
		if x.eq(k, wRatio) {
			return true
		}
	}
	return false
}

// indexReport reports whether the text is a wire's table of an index
// and its parts, as its headline says in capitals: "COMMODITY RESEARCH
// BUREAU PRICES INDEX" above "IMPORTS  311.72  up  4.12".
func (x *extractor) indexReport() bool {
	if x.indexTable == 0 {
		x.indexTable = 1
		if x.headlineSays("INDEX") {
			x.indexTable = 2
		}
	}
	return x.indexTable == 2
}

// headlineSays reports whether the text's first line, its headline, has
// one of words, in capitals, as a word of its own.
func (x *extractor) headlineSays(words ...string) bool {
	for k := 0; k < len(x.toks) && (k == 0 || x.toks[k].flags&fNewline == 0); k++ {
		if x.toks[k].flags&fAllCaps != 0 && slices.Contains(words, x.str(k)) {
			return true
		}
	}
	return false
}

// grainFutures reports whether the text is a wire's table of grain
// futures, as its headline says ("MIDWEST GRAIN FUTURES 12:50 EDT",
// "CBT WHEAT FUTURES CLOSE"): American grain futures are quoted in cents
// a bushel and its fractions.
func (x *extractor) grainFutures() bool {
	if x.futures == 0 {
		x.futures = 1
		futures, grain := false, false
		for k := 0; k < len(x.toks) && (k == 0 || x.toks[k].flags&fNewline == 0); k++ {
			switch lower(x.str(k)) {
			case "futures":
				futures = true
			case "grain", "grains", "wheat", "corn", "soybean", "soybeans", "oats":
				grain = true
			}
		}
		if futures && grain {
			x.futures = 2
		}
	}
	return x.futures == 2
}

// futuresQuote gives the bare figure c in a row of a table of grain
// futures (grainFutures) that opens with its contract's month and year
// ("MAY7 272 1/2   OFF 1 1/2") the cents of a dollar it is quoted in: a
// price, or the day's change, as the goldens' hands read them (2.725 and
// 0.015 dollars).
func (x *extractor) futuresQuote(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd > c.first || c.num.scaled || c.end != nil || !x.futuresRow(c.first) {
		return
	}
	c.unitKind, c.unit, c.factor = factcheck.Money, "USD", 0.01
}

// futuresRow reports whether token i, not the first of its line, is in a
// row of a table of grain futures (grainFutures) that opens with its
// contract's month and year: "MAY7 272 1/2   OFF 1 1/2".
func (x *extractor) futuresRow(i int) bool {
	if !x.grainFutures() {
		return false
	}
	row := x.lineStart(i)
	return row != i && x.tokIs(row, tWord) && x.toks[row].is(lexicon.Month) && x.tokIs(row+1, tNum) && x.toks[row+1].flags&fSpace == 0
}

// priceReport reports whether the text is a wire's table of a price, as
// its headline says in capitals, no index named: "U.S. FEEDER STEER
// PRICE" above "April 9   Previous quote\n 70.03   69.87".
func (x *extractor) priceReport() bool {
	if x.priceTable == 0 {
		x.priceTable = 1
		if x.headlineSays("PRICE", "PRICES") && !x.indexReport() {
			x.priceTable = 2
		}
	}
	return x.priceTable == 2
}

// datedColumns reports whether the line above token i heads a table's
// columns with a day ("April 9         Previous quote"): the row under it
// gives a figure of each.
func (x *extractor) datedColumns(i int) bool {
	line := x.lineStart(i)
	if line == 0 {
		return false
	}
	above := x.lineStart(line - 1)
	for k := above; k < line; k++ {
		if x.tokIs(k, tWord) && x.toks[k].is(lexicon.Month) && x.tokIs(k+1, tNum) {
			return true
		}
	}
	return false
}

// indexAfter reports whether a stock index is named just after the points
// that end before token i: "a record fall of 508 points in the Dow", "12
// points on the FTSE 100", "a huge 508 point (22.5 pct) fall on Wall
// Street".
func (x *extractor) indexAfter(i int) bool {
	if x.mark(i) == '(' {
		for k := i + 1; k < i+6 && k < len(x.toks); k++ {
			if x.mark(k) == ')' {
				i = k + 1 // "a huge 508 point (22.5 pct) fall on Wall Street"
				break
			}
		}
	}
	if priceMove(x.spAt(i)) {
		i++ // "Monday's 57 point drop in the Dow Jones industrial average"
	}
	if !x.eq(i, wIn) && !x.eq(i, wOn) {
		return false
	}
	k := i + 1
	if x.eq(k, wThe) {
		k++
	}
	return k < len(x.toks) && (stockIndexWord(x.lowerAt(k)) || x.eq(k, wWall) && x.eq(k+1, wStreet))
}

// rankNo reads a rank written "No. 7" at the digits at token i: an
// ordinal, unless it names a place ("at No. 10", "No. 10 Downing Street";
// but "debuted at No. 1" ranks).
// It returns i when there is none.
func (x *extractor) rankNo(i int) int {
	mark := i - 2 // "No." before the rank, or "#" ("the #1 seed")
	switch {
	case i >= 2 && x.mark(i-1) == '.' && x.eq(i-2, wNo) && x.toks[i-1].flags&fSpace == 0 && (x.toks[i].flags&fSpace != 0 || x.toks[i].flags&fNewline == 0 && x.rankedBefore(i-3)):
		// "No. 41", "world No.5" (but "No.2 scrap copper", "the no.4 hold": a grade's and a name's numbers)
	case i >= 2 && x.eq(i-1, wNo) && x.toks[i-1].flags&(fUpper|fAllCaps) == fUpper && x.toks[i].flags&fSpace != 0 && x.toks[i].flags&fNewline == 0 &&
		(x.rankedBefore(i-2) || x.mark(i-2) == '(' || x.chartRankAt(i) || x.eq(i+1, wSeed) || x.eqText(i+1, "seeds")):
		mark = i - 1 // "world No 1", "India's No 2 singles player", "(No 97)", "the No 3 seed": a rank as British papers write it, no dot (but "No 10 said", Downing Street; "young No 9 prospects", a position)
	case i >= 2 && x.mark(i-1) == '#' && x.toks[i].flags&fSpace == 0 && x.tokIs(i-2, tWord) && x.toks[i-2].is(lexicon.Determiner|lexicon.Stop) && !x.designationAfter(i+1):
		mark = i - 1 // "the #1 seed" (but "Issue #42", "the #1 & #2 lanes": names' numbers)
	default:
		return i
	}
	switch x.spAt(max(mark-1, 0)) {
	case wAt, wIn, wInside, wOutside, wInto, wFrom, wNear, wTo, wOf, wLeave, wLeft, wLeaving, wEnter, wEntered:
		if !x.rankFromTo(mark, i) && !(x.eq(mark-1, wAt) && (chartVerb(x.spAt(max(mark-2, 0))) || x.lowerAt(max(mark-2, 0)) == "weeks" || x.lowerAt(max(mark-2, 0)) == "week") || x.eq(mark-1, wTo) && (x.placesMovedBefore(mark-1) || rankMove(x.lowerAt(max(mark-2, 0))))) {
			return i
		} // "to debut at No. 1", "spent six weeks at No. 1", "a 13th week at #1", "leapt 31 spots to No. 4", "climbed two places to #1", "rises to No. 4 in the world": a rank reached
	}
	if x.nameBeforeNo(mark-1) || x.tokIs(mark-1, tNum) && x.catalogueNumber(mark-1) {
		return i // "Red Dye No. 3", "Chanel No. 5", "Op. 27 No. 2": a name
	}
	if x.mark(i+1) == ')' && x.mark(mark-1) == '(' && (x.eqText(i+2, "act") || x.eqText(i+2, "bill") || x.eqText(i+2, "order") || x.eqText(i+2, "regulations")) {
		return i // "the Finance (No. 2) Act 2023": a law's name, the second of its year
	}
	if x.tokIs(i+1, tWord) && plantPart(x.lowerAt(i+1)) || x.tokIs(i+1, tWord) && x.tokIs(i+2, tWord) && plantPart(x.lowerAt(i+2)) {
		return i // "its No. 3 blast furnace", "the No. 2 reactor": a plant's part, named
	}
	if x.tokIs(mark-1, tWord) && plantPart(x.lowerAt(mark-1)) || x.mark(mark-1) == ',' && x.tokIs(mark-2, tWord) && plantPart(x.lowerAt(mark-2)) {
		return i // "its dredge No. 7", "a new sub-vertical shaft, No. 4,": a plant's part, named after it
	}
	if x.bondAfter(i + 1) {
		return i // "the benchmark No. 89 government bond": a bond's issue, numbered
	}
	if x.wearAt(mark-1) || x.eq(mark-1, wJersey) || x.eq(mark-1, wShirt) {
		return i // "wears No. 43": a shirt's number
	}
	if x.eq(mark-1, wDividend) {
		return i // "declared dividend No. 58 of 110 cents": a dividend's issue, numbered
	}
	if routeNoun(x.lowerAt(min(i+1, len(x.toks)-1))) {
		return i // "met on the No. 38 bus": a route, named
	}
	switch x.lowerAt(min(i+1, len(x.toks)-1)) {
	case "screw", "screws", "nail", "nails", "bolt", "bolts", "needle", "needles", "thread":
		return i // "pick No. 10 screws": a gauge, named
	case "futures", "contract", "raws", "whites":
		return i // "World sugar No. 11 futures", "the No. 6 raws contract": an exchange's contract, named
	}
	if x.eq(i+1, wShirt) || x.eq(i+1, wJersey) {
		return i // "in the No. 9 shirt"
	}
	if x.mark(i+1) == ':' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 && x.mark(i+3) == '-' && x.toks[i+3].flags&fSpace == 0 {
		return i // "in case No. 1:21-cv-04508": a court's docket
	}
	if gradeWord(x.spAt(i+1)) && !tradeAgent(x.lowerAt(min(i+2, len(x.toks)-1))) || (x.eqText(i+1, "heating") || x.eqText(i+1, "fuel")) && x.eqText(i+2, "oil") {
		return i // "bids for No. 2 yellow corn", "No. 2 heating oil futures": a grade of grain or of fuel, as "number two" names one (but "the world's No. 1 corn exporter" ranks)
	}
	s := x.str(i)
	if !allDigits(s) || len(s) > 3 || s[0] == '0' {
		return i
	}
	named := x.tokIs(i+1, tWord) && x.toks[i+1].flags&(fSpace|fUpper) == fSpace|fUpper && x.toks[i].flags&fSpace != 0 && (x.eq(mark-1, wWorld) || x.eq(mark-1, wRanked) || x.eq(mark-1, wSeeded)) // "world No. 2 Arjun Mehta": the ranked player's name after (but "the CTA's No. 9 Ashland route")
	nation := x.afterUS(i + 1)
	if nation == i+1 && x.countryAt(i+1) != "" {
		nation++
	}
	ranksNation := nation > i+1 && x.tokIs(nation, tWord) && x.toks[nation].flags&(fUpper|fNewline) == 0 // "the No. 2 U.S. steelmaker", "the No. 1 British bank": a rank among a country's firms
	if x.tokIs(i+1, tWord) && x.toks[i+1].flags&fNewline == 0 && (x.toks[i+1].flags&fSpace == 0 || x.toks[i+1].flags&fUpper != 0 && !named && !ranksNation && !x.rankedSide(mark, i)) ||
		x.tokIs(i+1, tPunct) && (x.mark(i+1) == '.' || x.mark(i+1) == ',' || x.mark(i+1) == '-' && x.toks[i+2].flags&fSpace == 0) && x.tokIs(i+2, tNum) ||
		x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fAllCaps != 0 {
		return i // "No. 10 Downing Street", "No. 1st", "Case No. 23-10367", "case No. 23-CR-00417"
	}
	n, _ := x.digits(i)
	c := claimParts{first: mark, last: i + 1, num: n, unitKind: factcheck.Ordinal, qual: factcheck.Exact, factor: 1}
	x.emit(&c)
	return i + 1
}

// rankedSide reports whether the rank "No." at mark, its number at token
// i, ranks the side named after it in a game: after a verb of playing or
// beating ("upset No. 1 Houston", "meets No. 15 Princeton", "against No.
// 3 Kansas") or before the game's score ("No. 6 TCU 84-81"). A name after
// a rank is otherwise a place's or a thing's ("No. 10 Downing Street",
// "the No. 22 Ford").
func (x *extractor) rankedSide(mark, i int) bool {
	if x.streetAt(i+2) || x.streetAt(i+3) {
		return false
	}
	switch x.spAt(max(mark-1, 0)) {
	case wBeat, wBeats, wBeating, wDefeated, wDefeating, wDefeats, wEdged, wRouted, wThrashed, wAgainst, wVs, wVersus:
		return true
	}
	switch x.lowerAt(max(mark-1, 0)) {
	case "upset", "upsets", "stunned", "outlasted", "topped", "downed", "faces", "face", "facing", "meets", "meet", "hosts", "visits", "outplayed":
		return true
	}
	for k := i + 2; k <= i+4 && k+2 < len(x.toks); k++ {
		if x.tokIs(k, tNum) && x.mark(k+1) == '-' && x.tokIs(k+2, tNum) && x.toks[k+1].flags&fSpace == 0 && x.toks[k+2].flags&fSpace == 0 {
			return x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 // "No. 6 TCU 84-81"
		}
	}
	return false
}

// cricketScore reads at token i a cricket side's total and the wickets
// it has lost, written with a slash as India and Australia write them
// ("closed on 152/5", "were 47/3"): one claim, a count of its runs, as a
// total written with a dash is ("89-4"); a date's day and month ("starts
// on 11/3") stay dates. It returns i when there is none.
func (x *extractor) cricketScore(i int) int {
	if !x.tokIs(i+1, tPunct) || x.mark(i+1) != '/' || !x.tokIs(i+2, tNum) || x.toks[i+1].flags&fSpace != 0 || x.toks[i+2].flags&fSpace != 0 ||
		x.tokIs(i+3, tPunct) && x.mark(i+3) == '/' || x.tokIs(i+3, tWord) && x.toks[i+3].flags&fSpace == 0 {
		return i
	}
	runs, err1 := strconv.Atoi(x.str(i))
	wickets, err2 := strconv.Atoi(x.str(i + 2))
	if err1 != nil || err2 != nil || runs < 10 || runs > 999 || wickets > 10 || !x.cricketText() {
		return i
	}
	switch x.spAt(max(i-1, 0)) {
	case wOn, wFrom, wTo, wUntil, wSince, wBy, wDated:
		if runs <= 31 && wickets >= 1 && wickets <= 12 {
			return i // "starts on 11/3": a date
		}
	}
	n, ok := x.digits(i)
	if !ok {
		return i
	}
	c := claimParts{first: i, last: i + 3, num: n, unitKind: factcheck.Count, factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// cricketText reports whether the text tells of cricket: it names
// wickets, overs or stumps. It reads the text once.
func (x *extractor) cricketText() bool {
	if x.cricket == 0 {
		x.cricket = 1
		for k := range x.toks {
			if sp := x.toks[k].sp; sp == wWickets || sp == wOvers || sp == wStumps || sp == wWicket {
				x.cricket = 2
				break
			}
		}
	}
	return x.cricket == 2
}

// rugbyText reports whether the text tells of rugby union: it names the
// game, a scrum, a line-out, a forward's or a half-back's position, or a
// national side by its nickname. It reads the text once.
func (x *extractor) rugbyText() bool {
	if x.rugby == 0 {
		x.rugby = 1
		for k := range x.toks {
			if x.wordIn(k, rugbyWords) || k > 0 && (x.eqText(k, "black") || x.eqText(k, "blacks")) && x.toks[k].flags&fUpper != 0 && x.str(k-1) == "All" {
				x.rugby = 2
				break
			}
		}
	}
	return x.rugby == 2
}

// rugbyWords are the words of rugbyText.
var rugbyWords = wordSet("rugby", "scrum", "scrums", "line-out", "lineout", "line-outs", "lineouts", "flanker", "flankers", "fly-half",
	"scrum-half", "springboks", "wallabies")

// rankMove reports whether w, in lower case, is a verb of a move in a
// ranking before "to": "rises to No. 4", "slipped to No. 12".
func rankMove(w string) bool {
	switch w {
	case "rise", "rises", "rose", "rising", "climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "slip", "slips",
		"slipped", "fall", "falls", "fell", "drop", "drops", "dropped", "return", "returns", "returned":
		return true
	}
	return false
}

// rankedBefore reports whether the word at token k places the rank after
// it in a ranking: "world", "ranked", "seeded", or a possessive ("India's").
func (x *extractor) rankedBefore(k int) bool {
	return x.eq(k, wWorld) || x.eq(k, wRanked) || x.eq(k, wSeeded) || x.tokIs(k, tWord) && withoutPossessive(x.str(k)) != x.str(k)
}

// golfHoleBefore reports whether a word of golf stands among the words
// before token i in its sentence, making "the 18th" a hole, no day:
// "holed a 60-footer for birdie on the 18th", "acing the 8th ... and the
// 16th".
func (x *extractor) golfHoleBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			return false
		}
		switch x.spAt(k) {
		case wBirdie, wBogey, wEagle, wHoled, wAced, wAcing, wFairway, wTee, wPutt, wPar, wHole, wGreen:
			return true
		}
	}
	return false
}

// gapWord reports whether the word spelt sp tells a gap in time between
// racers after it: "0.079s faster", "1.748s behind".
func gapWord(sp spelling) bool {
	switch sp {
	case wFaster, wSlower, wQuicker, wBehind, wAhead, wClear, wAdrift:
		return true
	}
	return false
}

// chartVerb reports whether the word spelt sp before "at No. 3", places
// a record or a book in a chart: "debuted at No. 1", "peaked at No. 4".
func chartVerb(sp spelling) bool {
	switch sp {
	case wDebut, wDebuts, wDebuted, wDebuting, wPeak, wPeaks, wPeaked, wPeaking, wCharted, wCharting, wRanked,
		wRanks, wLanded, wLands, wBowed, wBows, wSits, wSat, wOpened, wOpens:
		return true
	}
	return false
}

// designationAfter reports whether a word that makes a number a name
// (designation: "lane", "gate", "platform") stands within eight tokens
// from k: "the #1 & #2 e/b lanes".
func (x *extractor) designationAfter(k int) bool {
	for j := k; j < k+8 && j < len(x.toks) && x.mark(j) != '.'; j++ {
		if x.tokIs(j, tWord) && designation(strings.TrimSuffix(x.lowerAt(j), "s")) {
			return true
		}
	}
	return false
}

// plantPart reports whether w, in lower case, is a part of a plant that
// works number ("the No. 3 blast furnace", "its No. 2 reactor", "the No. 1
// crude unit").
func plantPart(w string) bool {
	switch w {
	case "furnace", "furnaces", "reactor", "reactors", "unit", "units", "kiln", "kilns", "turbine", "turbines", "boiler", "boilers",
		"generator", "generators", "shaft", "shafts", "well", "wells", "rig", "rigs", "mill", "mills", "train", "trains", "potline",
		"potlines", "converter", "converters", "caster", "casters", "crusher", "crushers", "dredge", "dredges", "mine", "mines", "pit", "pits",
		"smelter", "smelters", "refinery", "plant", "battery", "batteries", "concentrator", "concentrators": // "its No. 12 mine near Bathurst", "the coke plant's No. 2 battery", "the No. 5 concentrator"
		return true
	}
	return false
}

// chartRankAt reports whether "No" before the digits at token i ranks in
// a chart, as British papers write it with no dot: "their first UK No 1
// album", "the No 1 title of all time", "climbing 31 places to No 7".
func (x *extractor) chartRankAt(i int) bool {
	switch x.lowerAt(min(i+1, len(x.toks)-1)) {
	case "album", "albums", "single", "singles", "hit", "hits", "spot", "slot", "title", "titles", "film", "films", "song", "songs",
		"bestseller", "bestsellers", "position":
		return i+1 < len(x.toks)
	}
	return x.eq(i-2, wTo) && (x.placesMovedBefore(i-2) || rankMove(x.lowerAt(max(i-3, 0))))
}

// rankFromTo reports whether the rank "No." at mark, its number at token
// i, is one end of a move from rank to rank: "from No. 48 to No. 2".
func (x *extractor) rankFromTo(mark, i int) bool {
	noAt := func(k int) bool { return x.eq(k, wNo) || x.mark(k) == '#' }
	switch {
	case x.eq(mark-1, wFrom):
		return x.eq(i+1, wTo) && noAt(i+2) && (x.tokIs(i+3, tNum) || x.mark(i+3) == '.' && x.tokIs(i+4, tNum))
	case x.eq(mark-1, wTo):
		k := mark - 2 // the number of the rank before "to"
		return x.tokIs(k, tNum) && (noAt(k-1) && x.eq(k-2, wFrom) || x.mark(k-1) == '.' && noAt(k-2) && x.eq(k-3, wFrom))
	}
	return false
}

// nameBeforeNo reports whether token k, just before "No.", is a
// capitalised word that makes "No. 3" part of a name ("Red Dye No. 3",
// "Chanel No. 5", "Proposition No. 1"). A word that starts the sentence,
// one in capitals ("AP No. 1"), one of a headline in title case ("Wants
// Baby No. 4"), a possessive ("the Conference's No. 7"),
// one of ranking ("World No. 1", "Ranked No. 3") or a hyphen after the
// number ("Big Ten No. 2-seeded") leaves it a rank.
func (x *extractor) nameBeforeNo(k int) bool {
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper == 0 || x.toks[k].flags&fAllCaps != 0 || x.titleCased(k) {
		return false
	}
	w := x.lowerAt(k)
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") || x.hyphenAt(k+3) {
		return false // "the Conference's No. 7", "the No. 2-seeded"
	}
	switch w {
	case "world", "the", "ranked", "seeded", "seed", "former", "new", "national", "overall",
		"game", "week", "round", "race", "match", "stage", "pick", "leg", "heat", "hole":
		return false // and "Game No. 82", the 82nd of a series
	}
	return true
}

// gameTerm reports whether the hyphenated "point" at token j, after the
// number of c, makes a term of basketball or American football: "3-point
// range", "three-point shot", "2-point conversion".
func (x *extractor) gameTerm(c *claimParts, j int) bool {
	if c.num.value != 2 && c.num.value != 3 || !x.eq(j, wPoint) {
		return false
	}
	switch x.lowerAt(min(j+1, len(x.toks)-1)) {
	case "shot", "shots", "range", "line", "attempt", "attempts", "play", "plays", "basket", "baskets",
		"shooting", "shooter", "shooters", "percentage", "arc", "field", "conversion", "try", "goal", "goals", "jumper":
		return true
	}
	return false
}

// scoreAfterName reports whether the digits at i start a score after the
// name of the side that made it: "beat the Jets 27-24", "defeated Oregon
// 61-58", or a tally, whose second number is the smaller: "passed the
// House 312 to 98", "the Senate 51-49 vote" (but "a Boeing 747-400" is a
// name).
func (x *extractor) scoreAfterName(i int) bool {
	if x.tally(i) {
		return true
	}
	if !x.hyphenAt(i) || !x.tokIs(i+2, tNum) {
		return false
	}
	if x.pairAt(i+3) || x.tokIs(i+3, tPunct) && x.mark(i+3) == '(' && x.pairAt(i+4) {
		return true // the sets of a match: "beat Nicolas Kiefer 6-7 (4-7) 7-6"
	}
	if a, b := x.str(i), x.str(i+2); len(a) <= 3 && len(b) <= 3 && x.tokIs(i+3, tWord) && x.toks[i+3].flags&fUpper != 0 &&
		x.toks[i+3].flags&fNewline == 0 && x.lineStartNear(i) {
		return true // a result's headline, between its sides: "London Irish 19-33 Wasps"
	}
	return x.scoreVerbBefore(i)
}

// scoreVerbBefore reports whether a verb of a result ("beat", "defeated")
// stands among the three words before the name before token i, or before
// the rank that names the side: "Japan defeated Team USA 3-2", "beat No. 6
// TCU 84-81", "beat sixth-ranked TCU 84-81".
func (x *extractor) scoreVerbBefore(i int) bool {
	words := 0
	for k := i - 2; k >= 0 && words < 3; k-- {
		if x.tokIs(k, tWord) && scoreVerb(x.spAt(k)) {
			return true
		}
		if x.tokIs(k, tNum) && x.mark(k-1) == '.' && x.eq(k-2, wNo) {
			k -= 2 // "No. 6"
			continue
		}
		if x.mark(k) == '-' && (x.eq(k+1, wRanked) || x.eq(k+1, wSeeded)) {
			continue // "sixth-ranked"
		}
		if !x.tokIs(k, tWord) {
			return false
		}
		words++
	}
	return false
}

// tally reports whether the digits at i and the number after "to" or a
// dash that follows them descend, as a vote's or a game's do ("312 to 98",
// "51-49", "21 – 14"): no range, and no name's number. A dash after three
// digits and before a round hundred or a small number joins a model and
// its variant ("Boeing 777-300", "737-9").
func (x *extractor) tally(i int) bool {
	j := i + 1
	if !(x.eq(j, wTo) || x.tokIs(j, tPunct) && isDash(x.str(j))) || !x.tokIs(j+1, tNum) {
		return false
	}
	a, errA := strconv.ParseFloat(stripCommas(x.str(i)), 64)
	b, errB := strconv.ParseFloat(stripCommas(x.str(j+1)), 64)
	if errA != nil || errB != nil || b >= a {
		return false
	}
	// a model's variant: "777-300", "737-9", "787-10"
	return x.eq(j, wTo) || !(a >= 100 && (b < 20 || int(b)%100 == 0))
}

// titleCased reports whether the line of token k is a headline in title
// case: five words or more, each capitalised but for short function
// words ("Prince William Also Wants Baby No. 4"). There a capital marks
// no name.
func (x *extractor) titleCased(k int) bool {
	lo := k
	for lo > 0 && x.toks[lo].flags&fNewline == 0 {
		lo--
	}
	words := 0
	for m := lo; m < len(x.toks) && (m == lo || x.toks[m].flags&fNewline == 0); m++ {
		if x.toks[m].class != tWord {
			continue
		}
		if x.toks[m].flags&fUpper == 0 && len(x.str(m)) > 3 {
			return false
		}
		words++
	}
	return words >= 5
}

// raceOver reports whether the distance c, after "over", names the race
// it was run over: a track's distance in metres written as athletics
// writes it, the "m" joined to the figure ("a title over 60m", "the
// fastest over 800m in the world", "compete over 1500m"), and no
// adjective of size after it ("over 60m high" is a bound); or a race's
// miles and furlongs ("won over 2m 5f").
func (x *extractor) raceOver(c *claimParts) bool {
	if c.unitKind == factcheck.Measure && c.unit == "f" && c.end == nil {
		return true // "won over 2m 5f": a race's miles and furlongs
	}
	if c.unitKind != factcheck.Measure || c.unit != "m" || c.end != nil || !x.eq(c.num.last, wM) || x.toks[c.num.last].flags&fSpace != 0 {
		return false
	}
	switch c.num.value {
	case 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000:
	default:
		return false
	}
	if c.last < len(x.toks) {
		switch x.spAt(c.last) {
		case wHigh, wLong, wTall, wWide, wDeep, wAway, wAbove, wBelow:
			return false
		}
	}
	return true
}

// bareRaceTime gives a bare figure in seconds and hundredths, as athletics and
// swimming report a time, the unit second: "set a new time of 6.45",
// "clocked 10.02", "took the men's title in 46.46". The figure must be
// under 100 with two decimals, and follow "time of", "best of", "record
// of", a verb of timing ("clocked", "timed at", "ran", "swam", "split"),
// "in" in a sentence of a race (its title, heat or final, a win, a
// stroke, a distance run), "to" after a record or a best ("lowered his record to
// 21.31"), or a runner's possessive name in such a sentence ("Julien
// Alfred's 10.72"), or stand in brackets after a runner's name in one
// ("behind Sarah Claxton (7.96)"); after a verb of timing or "in" in a
// sentence of a race, tenths do too ("timed at 8.9", "in 52.0").
func (x *extractor) bareRaceTime(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.scaled || c.num.last != c.num.first+1 || c.num.value <= 0 || c.num.value >= 100 {
		return
	}
	s := x.str(c.num.first)
	dot := strings.IndexByte(s, '.')
	if dot < 0 || len(s)-dot != 3 && len(s)-dot != 2 {
		return
	}
	hundredths := len(s)-dot == 3
	k := c.num.first - 1
	timed := x.eq(k, wClocked) || x.eq(k, wClocking) || x.eq(k, wAt) && x.eq(k-1, wTimed) || x.eq(k, wRan) || x.eqText(k, "running") || x.eqText(k, "swam") || x.eq(k, wSplit)
	switch {
	case timed, x.eq(k, wIn) && x.raceSentence(k):
	case !hundredths:
		return
	case x.eq(k, wOf) && (x.eq(k-1, wTime) || x.eq(k-1, wBest) || x.eq(k-1, wRecord) || x.eq(k-1, wTimes)):
	case x.eq(k, wTo) && x.recordBefore(k):
	case x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0 && possessive(x.str(k)) && x.raceSentence(c.num.last+1):
		// "Julien Alfred's 10.72 in the rain"
	case x.mark(k) == '(' && x.mark(c.num.last) == ')' && x.tokIs(k-1, tWord) && x.toks[k-1].flags&fUpper != 0 && x.raceSentence(k):
		// "third behind Sarah Claxton (7.96)": a runner's time in brackets
	default:
		return
	}
	c.unitKind, c.unit = factcheck.Duration, "second"
}

// recordBefore reports whether a record or a best is named in the few
// words before "to" at token k: "lowered his South American record to".
func (x *extractor) recordBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-5 && x.tokIs(m, tWord); m-- {
		if x.eq(m, wRecord) || x.eq(m, wBest) {
			return true
		}
	}
	return false
}

// raceMargin gives a figure under one, after a time in seconds and a dash,
// that time's unit: "taking gold in 46.45 - .02 outside his personal best"
// is two hundredths of a second off it.
func (x *extractor) raceMargin(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.scaled || c.num.value >= 1 || !c.num.decimal {
		return
	}
	p := x.lastClaim()
	k := c.num.first - 1
	if p == nil || p.Kind != factcheck.Duration || p.Unit != "second" || !x.tokIs(k, tPunct) || !isDash(x.str(k)) ||
		int(x.toks[k].s) < p.End || strings.TrimSpace(x.text[p.End:x.toks[k].s]) != "" {
		return
	}
	c.unitKind, c.unit = factcheck.Duration, "second"
}

// subTime gives a bare figure bounded by "sub-" the unit of time in which
// a time of the race before it, in its paragraph, is near it: "clocked
// 9.91sec ... his fourth sub-10 run" is under 10 seconds, "clocked 5:58.3,
// the first sub-6 time" under 6 minutes (358.3 seconds).
func (x *extractor) subTime(c *claimParts) {
	if c.unitKind != factcheck.Count || c.end != nil || c.num.scaled || !x.eq(c.first, wSub) || c.num.value <= 0 {
		return
	}
	for k := len(x.claims) - 1; k >= 0 && k >= len(x.claims)-4; k-- {
		p := &x.claims[k]
		if p.Kind != factcheck.Duration || p.EndValue != nil || strings.Contains(x.text[p.End:x.toks[c.first].s], "\n\n") {
			continue
		}
		secs := unitsIn("second", p.Unit) // seconds in the race time's unit, up to an hour
		if secs == 0 || secs > 3600 {
			continue
		}
		for _, u := range [...]string{"second", "minute", "hour"} {
			if v := p.Value.Num * secs / unitsIn("second", u); v >= 0.8*c.num.value && v <= 1.25*c.num.value {
				c.unitKind, c.unit, c.factor = factcheck.Duration, u, 1
				return
			}
		}
	}
}

// raceSentence reports whether the sentence of token i, up to it, speaks of
// a race: its title, heat or final, or a win.
func (x *extractor) raceSentence(i int) bool {
	for k := x.sentenceStartBefore(i); k < i; k++ {
		switch x.spAt(k) {
		case wTitle, wHeat, wHeats, wFinal, wRace, wSprint, wHurdles, wRelay, wWon, wWin, wWins, wVictory, wGold, wClocked, wClocking:
			return true
		}
		switch x.lowerAt(k) {
		case "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "semi-finals", "semifinal", "semifinals":
			return true
		case "m":
			if x.toks[k].flags&fSpace == 0 && x.tokIs(k-1, tNum) {
				return true // a race's distance: "covered the last 100m in 13.9"
			}
		}
	}
	return false
}

// matchMinute reads the minute of a football match sheet's event at token
// i (see isMatchMinute), a length of time in minutes. It returns i when
// there is none.
func (x *extractor) matchMinute(i int) int {
	if !x.isMatchMinute(i) {
		return i
	}
	v, _ := strconv.Atoi(x.str(i))
	c := claimParts{first: i, last: i + 1, num: number{first: i, last: i + 1, value: float64(v)},
		unitKind: factcheck.Duration, unit: "minute", factor: 1, qual: factcheck.Exact}
	x.emit(&c)
	return i + 1
}

// isMatchMinute reports whether the digits at token i give the minute of
// an event on a football match sheet: a substitute's ("Faye (Berkovic
// 83)"), a goal's or a booking's ("Goals: Rooney 68, Dunne 75 og", a line
// "Campbell 75." or "Lita 45, 52."). The text must be a match report with
// its sheet (a "Subs" line), the number whole and at most 130, after a
// player's name (capitalised) or another minute, and before ")", ",",
// ".", ";", "og" or the line's end.
func (x *extractor) isMatchMinute(i int) bool {
	s := x.str(i)
	if !x.tokIs(i, tNum) || len(s) > 3 || !allDigits(s) || x.toks[i].flags&fNewline != 0 || !x.matchSheet() {
		return false
	}
	if v, err := strconv.Atoi(s); err != nil || v < 1 || v > 130 {
		return false
	}
	after := i + 1
	if x.eq(after, wOg) || x.eq(after, wPen) {
		after++
	}
	if after < len(x.toks) && x.toks[after].flags&fNewline == 0 && !(x.tokIs(after, tPunct) && (x.mark(after) == ')' || x.mark(after) == ',' || x.mark(after) == '.' || x.mark(after) == ';')) {
		return false
	}
	name := x.tokIs(i-1, tWord) && x.toks[i-1].flags&fUpper != 0 && !x.toks[i-1].is(lexicon.Month)
	return name || x.eqText(i-1, ",") && x.isMatchMinute(i-2)
}

// matchSheet reports whether the text lists a football match's sheet: a
// line of substitutes, "Subs:" or "Subs not used:".
func (x *extractor) matchSheet() bool {
	if x.sheet == 0 {
		x.sheet = 1
		for rest := x.text; ; {
			k := strings.Index(rest, "Subs")
			if k < 0 {
				break
			}
			rest = rest[k+len("Subs"):]
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " not used:") || strings.HasPrefix(rest, " Not Used:") {
				x.sheet = 2
				break
			}
		}
	}
	return x.sheet == 2
}

// footballYards gives a count of "rushing yards", "receiving yards",
// "passing yards" or "scrimmage yards" the unit yard: a distance gained,
// the noun between it and its unit a kind of play ("397 rushing yards on
// 61 carries").
func (x *extractor) footballYards(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != c.subjectStart+2 || c.subjectStart != c.num.last || c.num.scaled {
		return
	}
	switch x.lowerAt(c.subjectStart) {
	case "rushing", "receiving", "passing", "scrimmage", "return", "penalty", "punt":
	default:
		return
	}
	if w := x.lowerAt(c.subjectStart + 1); w == "yards" || w == "yard" {
		c.unitKind, c.unit, c.last = factcheck.Measure, "yard", c.subjectEnd
	}
}

// winningPercentage reports whether the count c, a fraction to three
// places ("0.625", ".774"), is a team's winning percentage as American
// sports write it, the words following it: "a .774 winning percentage",
// "a 0.625 win pct".
func (x *extractor) winningPercentage(c *claimParts) bool {
	s := x.text[x.toks[c.num.first].s:x.toks[c.num.last-1].e] // (".774" may be a point and digits)
	if c.num.value >= 1 || c.end != nil || len(s) < 4 || s[len(s)-4] != '.' {
		return false
	}
	k := c.num.last
	return (x.eqText(k, "winning") || x.eqText(k, "win")) && (x.eqText(k+1, "percentage") || x.eqText(k+1, "pct"))
}

// tallyInWords reads after the number n in words a vote's tally said in
// words after a verb of voting, "voted seven to two", "split five to
// four": one count of the larger side, as a tally in figures ("7-2") is
// read. It returns the index after the tally, or n.last.
func (x *extractor) tallyInWords(n number) int {
	if !x.eq(n.last, wTo) || !x.tokIs(n.last+1, tWord) || !x.toks[n.last+1].is(lexicon.Cardinal) || n.scaled {
		return n.last
	}
	switch x.lowerAt(n.first - 1) {
	case "voted", "split", "ruled", "divided":
	default:
		return n.last
	}
	e, ok := x.wordNumber(n.last + 1)
	if !ok || e.scaled || e.value >= n.value {
		return n.last
	}
	c := claimParts{first: n.first, last: e.last, num: n, unitKind: factcheck.Count, qual: factcheck.Exact, factor: 1}
	x.emit(&c)
	return c.last
}

// lengthAndAHalf reads at token i a race's margin of a length and a half,
// "won by a length and a half", "a length and a half clear": a measure of
// 1.5 in "length". It returns the index after it, or i.
func (x *extractor) lengthAndAHalf(i int) int {
	if !x.eq(i, wA) || !x.eqText(i+1, "length") {
		return i
	}
	k := x.andAHalf(i + 2)
	if k == i+2 || !x.marginWordBefore(i) && !marginAfter(x.lowerAt(k)) {
		return i
	}
	c := claimParts{first: i, last: k, num: number{first: i, last: k, value: 1.5, words: true, decimal: true}, unitKind: factcheck.Measure, unit: "length", factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// tradeAgent reports whether w, in lower case, after a crop's word, names
// who trades or grows it, which a rank, not a grade, goes before: "the
// No. 1 corn exporter".
func tradeAgent(w string) bool {
	switch w {
	case "exporter", "exporters", "importer", "importers", "producer", "producers", "grower", "growers", "consumer", "consumers", "buyer", "buyers", "supplier", "suppliers":
		return true
	}
	return false
}
