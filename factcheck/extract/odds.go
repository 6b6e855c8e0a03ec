package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// A bookmaker's odds are a fraction written with a dash, a slash or "to":
// "won at 100-1", "the 5/2 favourite", "cut to 4/6 from evens", "odds of
// 139,838,160 to 1", "a million to one". Each is a measure in "odds" whose
// value is the fraction, the stake's winnings per unit staked: 5/2 is 2.5,
// 4/6 is 0.6667 and "evens" 1. CLAIMS.md is silent on them; this is how
// the hands of the goldens write them (expressions185, 249, 373, 376 and
// the held-out BBC entertainment sets). Such a pair is read as odds only
// where a word of betting stands in its sentence (oddsWord) and a word
// that prices stands beside it (oddsAnchored): "Spain won 2-1" stays a
// score and "on 4/9" a date.

// oddsWord reports whether the word spelt sp speaks of betting odds.
func oddsWord(sp spelling) bool {
	switch sp {
	case wOdds, wFavourite, wFavorite, wFavourites, wFavorites, wBookmaker, wBookmakers, wBookies, wShot,
		wOutsider, wBet, wBets, wBetting, wPunters:
		return true
	}
	return false
}

// oddsNear reports whether a word of betting stands within the sentence
// around tokens [i, j), up to 16 tokens before and 6 after, or odds were
// read just before ("from 8/13" after "is 4/9 to win"), or "to win"
// follows a slash ("The Aviator is 4/9 to win").
func (x *extractor) oddsNear(i, j int) bool {
	if n := len(x.claims); n > 0 && x.claims[n-1].Unit == "odds" {
		if k := x.tokenAfter(&x.claims[n-1]); k >= i-24 && !x.sentenceEndIn(k, i) {
			return true
		}
	}
	if x.mark(i+1) == '/' && x.eq(j, wTo) && (x.eq(j+1, wWin) || x.eq(j+1, wWinning)) {
		return true
	}
	for k := max(i-16, x.sentenceStartBefore(i), 0); k < len(x.toks) && k < j+6; k++ {
		if x.tokIs(k, tWord) && (oddsWord(x.spAt(k)) || x.bookmakerAt(k)) && (x.spAt(k) != wShot || x.shotPriced(k, j)) {
			return true
		}
		if k >= j && x.tokIs(k, tPunct) && (x.mark(k) == '.' || x.mark(k) == ';') {
			break
		}
	}
	return false
}

// shotPriced reports whether "shot" at token k is a bet's noun, just after
// the odds ending before token j or after an article or "long" ("a 66/1
// shot", "a long shot"), not a verb: "The Tigers, now 22-8, shot just
// 34.5%" is a team's record.
func (x *extractor) shotPriced(k, j int) bool {
	return k == j || x.eq(k-1, wA) || x.eq(k-1, wAn) || x.eq(k-1, wLong) || x.eq(k-1, wOutside)
}

// bookmakerAt reports whether token k names a bookmaker or a word of its
// trade that oddsWord leaves out, as common outside betting: "Ladbrokes",
// "William Hill", "priced", "drifted", "evens", a "treble".
func (x *extractor) bookmakerAt(k int) bool {
	switch x.spAt(k) {
	case wLadbrokes, wBetfair, wLongshot, wEvens, wDrifted, wPriced, wTreble, wGamble, wAccumulator:
		return true
	}
	return x.eqText(k, "hill") && x.eqText(k-1, "william") || x.eqText(k, "power") && x.eqText(k-1, "paddy")
}

// oddsAnchored reports whether the odds in tokens [i, j) stand where a
// price does: after "at", "of", "from", "to", "into", a verb of being or
// having, or as one of a list ("4/9 and 8/13"); or before the noun they
// price ("the 6/4 favourite", "a 66/1 shot") or "to" and a verb ("4/9 to
// win").
func (x *extractor) oddsAnchored(i, j int) bool {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		switch x.spAt(k) {
		case wAt, wOf, wFrom, wTo, wInto, wIs, wAre, wWas, wWere, wHas, wHave, wHad, wPriced, wOffered, wOffering, wNow, wAnd, wOr,
			wPays, wPaid, wPay, wPaying:
			return true
		}
		if !x.tokIs(k, tWord) || !x.toks[k].is(lexicon.QualEnd) {
			break // but "at around 10/1", "as big as 33-1"
		}
	}
	switch x.spAt(j) {
	case wFavourite, wFavorite, wFavourites, wFavorites, wShot, wShots, wOutsider, wChance, wWinner, wOdds, wOn, wAgainst,
		wLongshot, wTreble, wGamble, wAccumulator:
		return true
	case wJoint:
		return x.hyphenAt(j) // "the 100-30 joint-favourite"
	case wTo:
		return x.tokIs(j+1, tWord) && !x.eq(j+1, wOne) && x.toks[j+1].flags&fUpper == 0 && !x.toks[j+1].is(lexicon.Determiner)
	case wAnd, wOr:
		_, end, ok := x.oddsFraction(j + 1)
		return ok && x.oddsAnchored(j+1, end)
	}
	return x.eqText(j, "fav") || x.eqText(j, "second") && x.hyphenAt(j) && x.eq(j+2, wFavourite)
}

// oddsFraction reads at token i the numbers of odds in digits: "5-2",
// "11/4", "1,244-1", "100-to-1", "35 to 1". It returns the fraction and
// the index after it. Both sides are whole and positive, not equal ("1-1"
// is a score), the second no more than three digits; a pair written with
// "to" must fall ("35 to 1"), as a range never does.
func (x *extractor) oddsFraction(i int) (v float64, end int, ok bool) {
	if !x.tokIs(i, tNum) || x.tokIs(i-1, tPunct) && (x.mark(i-1) == '-' || x.mark(i-1) == '/') && x.toks[i].flags&fSpace == 0 {
		return 0, 0, false
	}
	spaced := false
	j := i + 2
	b := 0
	switch {
	case (x.mark(i+1) == '-' || x.mark(i+1) == '/') && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0:
	case x.hyphenAt(i) && x.eq(i+2, wTo) && x.hyphenAt(i+2) && x.tokIs(i+4, tNum):
		j = i + 4 // "a 100-to-1 shot"
	case x.eq(i+1, wTo) && x.tokIs(i+2, tNum):
		spaced = true
	case x.eq(i+1, wTo) && x.eq(i+2, wOne):
		spaced, b = true, 1 // "100 to one"
	default:
		return 0, 0, false
	}
	if x.tokIs(j+1, tPunct) && (x.mark(j+1) == '/' || x.mark(j+1) == '-' || x.mark(j+1) == '.' && x.tokIs(j+2, tNum)) && x.toks[j+1].flags&fSpace == 0 {
		return 0, 0, false // "4-1/2": a whole number and a fraction; "1-2-3"
	}
	a, errA := strconv.Atoi(strings.ReplaceAll(x.str(i), ",", ""))
	var errB error
	if b == 0 {
		b, errB = strconv.Atoi(x.str(j))
	}
	if errA != nil || errB != nil || a <= 0 || b <= 0 || a == b || b > 999 || spaced && a < b {
		return 0, 0, false
	}
	return fractionValue(float64(a) / float64(b)), j + 1, true
}

// odds reads at token i a bookmaker's odds in digits (oddsFraction) where
// a word of betting is near and a word of pricing beside them, and no
// unit after ("priced at a range of 20-22 dlrs"). It returns the index
// after them, or i.
func (x *extractor) odds(i int) int {
	v, end, ok := x.oddsFraction(i)
	if !ok || x.unitFollows(end-1) || !x.oddsAnchored(i, end) || !x.oddsNear(i, end) || x.scoredBefore(i) || x.tokIs(i-1, tWord) && x.toks[i-1].flags&fUpper != 0 && x.scoreVerbBefore(i) {
		return i
	}
	return x.emitOdds(i, end, v)
}

// scoredBefore reports whether a verb of a game's result or another
// score stands just before token i, so that the pair is a score: "Spain
// won 2-1", "were held to 1-0", "went down 7-6 (7-4) 6-3".
func (x *extractor) scoredBefore(i int) bool {
	k := i - 1
	if x.eq(k, wTo) || x.eq(k, wBy) || x.eq(k, wA) || x.eq(k, wThe) {
		k--
	}
	if x.mark(i-1) == ')' || i >= 3 && x.pairAt(i-3) {
		return true // a set after others: "went down 7-6 (7-4) 6-3"
	}
	return x.tokIs(k, tWord) && (scoreVerb(x.spAt(k)) || x.eqText(k, "held"))
}

// wordOdds reads at token i odds in words: "evens" and "even money" (1),
// or a number in words before "to one" ("a million to one", "100 to one"),
// where a word of betting is near. It returns the index after them, or i.
func (x *extractor) wordOdds(i int) int {
	var v float64
	var end int
	switch {
	case x.eq(i, wEvens):
		v, end = 1, i+1
	case x.eq(i, wEven) && (x.eq(i+1, wMoney) || x.hyphenAt(i) && x.eq(i+2, wMoney)):
		v, end = 1, i+2
		if x.hyphenAt(i) {
			end = i + 3
		}
	default:
		n, ok := x.wordNumber(i)
		if !ok || n.vague || n.value <= 1 || !x.eq(n.last, wTo) || !x.eq(n.last+1, wOne) || n.value <= 12 && x.eq(i-1, wAt) {
			return i // but "at ten to one", a time
		}
		v, end = n.value, n.last+2
	}
	if !x.oddsNear(i, end) || !x.oddsAnchored(i, end) && !x.eq(i-1, wA) {
		return i
	}
	return x.emitOdds(i, end, v)
}

// emitOdds emits odds of value v in tokens [i, end) with the qualifier
// before them, and returns end.
func (x *extractor) emitOdds(i, end int, v float64) int {
	c := claimParts{first: i, last: end, num: number{first: i, last: end, value: v, decimal: true}, unitKind: factcheck.Measure, unit: "odds", factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return end
}
