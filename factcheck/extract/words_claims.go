package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// tickerAhead reports whether a company's ticker in angle brackets, as
// wire copy writes it ("&lt;FUNC>"), follows token i after a few words
// only: the words before it are the company's name.
func (x *extractor) tickerAhead(i int) bool {
	for k := i; k < i+6 && k < len(x.toks); k++ {
		if x.mark(k) == '&' && x.eq(k+1, wLt) || x.mark(k) == '<' {
			return true
		}
		if !x.tokIs(k, tWord) {
			return false
		}
	}
	return false
}

// firstTimer reports whether the word spelt sp after "first time", is
// who does a thing for the first time: "first time buyers".
func firstTimer(sp spelling) bool {
	switch sp {
	case wBuyer, wBuyers, wHomebuyers, wHome, wVoter, wVoters, wUser, wUsers, wOffender, wOffenders, wVisitor,
		wVisitors, wInvestor, wInvestors, wOwner, wOwners, wMother, wMothers, wParents, wEntrants, wApplicants,
		wCandidates, wDrivers:
		return true
	}
	return false
}

// firstOfBank holds the words that, after "First", name a bank or a
// holding company, as American banks are named: "First Bancorp", "First
// Interstate", "First Union".
var firstOfBank = map[string]bool{
	"bancorp": true, "bancorporation": true, "bancshares": true, "bankshares": true, "banc": true, "bank": true,
	"banks": true, "national": true, "federal": true, "interstate": true, "union": true, "fidelity": true,
	"republicbank": true, "wachovia": true, "empire": true, "commerce": true, "financial": true, "savings": true,
}

// tokyoWords name Tokyo's exchange, whose boards are its "first section"
// and "second section".
var tokyoWords = wordSet("tokyo", "tse", "nikkei")

// partsDeterminer reports whether token k is "the" or a possessive
// pronoun, which opens "the first 100" or "its first 100": which ones of
// a count, no rank.
func (x *extractor) partsDeterminer(k int) bool {
	return x.eq(k, wThe) || k >= 0 && possessivePronoun(x.spAt(k))
}

// portionAfter reports whether the figure at token k, after "the first",
// is a part of a sum or a count: its noun is plural ("the first 300m
// vaccines", "the first 200 mln guilders", "the first 10 mln Avana
// shares"), or a percentage "of" something ("the first 10 pct of any
// losses"); where a singular noun is a thing ranked ("the first 500,000
// dlr payment", "the first 30-minute comedy series").
func (x *extractor) portionAfter(k int) bool {
	for j := k + 1; j < k+6 && x.tokIs(j, tWord); j++ {
		w := x.str(j)
		switch {
		case x.toks[j].is(lexicon.Scale) || x.toks[j].flags&fUpper != 0:
			continue // "mln", a company's name
		case x.toks[j].is(lexicon.Percent):
			return x.eq(j+1, wOf)
		}
		return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ies") && x.toks[j].flags&fSpace != 0
	}
	return false
}

// sumEndsPhrase reports whether the figure of a sum at token k, with
// its scale ("£10,000", "$2 million", "£5m"), ends its noun phrase: a
// mark, the end, a stop word or "of" after it, no noun it sizes.
func (x *extractor) sumEndsPhrase(k int) bool {
	j := k + 1
	if x.tokIs(j, tWord) && x.toks[j].is(lexicon.Scale) {
		j++
	}
	return j >= len(x.toks) || x.tokIs(j, tPunct) && x.mark(j) != '-' || x.tokIs(j, tWord) && x.toks[j].is(lexicon.Stop)
}

// sharesAfterName returns the index after "shares", "share" or "stock"
// at token k or after a company's name of up to three capitalised words
// from k ("preferred Groupe Cantrex shares"), or k.
func (x *extractor) sharesAfterName(k int) int {
	for j := k; j < k+4 && x.tokIs(j, tWord); j++ {
		if x.eq(j, wShares) || x.eq(j, wShare) || x.eq(j, wStock) {
			return j + 1
		}
		if x.toks[j].flags&fUpper == 0 {
			break
		}
	}
	return k
}

// compassHalf reports whether the word spelt sp names the part of a place
// that "the ... half" of it is: "the eastern half of the United States", a
// region, no share.
func compassHalf(sp spelling) bool {
	switch sp {
	case wEastern, wWestern, wNorthern, wSouthern, wUpper, wLower, wNorth, wSouth, wEast, wWest:
		return true
	}
	return false
}

// courtBefore reports whether "court" or "appeals" stands within ten
// words before token i: the court whose circuit an ordinal names.
func (x *extractor) courtBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if x.eq(k, wCourt) || x.eq(k, wAppeals) {
			return true
		}
	}
	return false
}

// ofWhichBefore reports whether "of which" stands just before the share
// at token i and its qualifier's words: "of which roughly one third".
func (x *extractor) ofWhichBefore(i int) bool {
	_, first := x.qualifier(i)
	return x.eq(first-1, wWhich) && x.eq(first-2, wOf)
}

// firstAfterObject reports whether "first" at token i follows a verb's
// object, a noun in small letters: "would hit the recruiting team first",
// when the object goes before others (but "came first", "finished
// first", "ranked first": verbs of a place in a field).
func (x *extractor) firstAfterObject(i int) bool {
	k := i - 1
	if !x.tokIs(k, tWord) || x.toks[k].flags&fUpper != 0 || x.toks[k].is(lexicon.Stop|lexicon.Determiner) {
		return false
	}
	switch x.lowerAt(k) {
	case "came", "come", "comes", "coming", "finished", "finish", "finishes", "finishing", "placed", "ranked", "ranks", "rank", "ranking",
		"ended", "ends", "stood", "stand", "stands", "went", "go", "goes", "home", "crossed", "tied", "voted", "seeded", "listed":
		return false
	}
	return true
}

// graderAt reports whether token k is "grader" or "graders", the pupils
// of a school year an ordinal before it names ("eighth-graders").
func (x *extractor) graderAt(k int) bool {
	return x.eqText(k, "graders") || x.eqText(k, "grader")
}

// ordinal reads an ordinal in words at token i: "second visit", "the first
// time". Names ("Second World War", "First Minister"), discourse markers
// ("First, ...", "at first") and nouns ("first responders") are not
// claims.
func (x *extractor) ordinal(i int) int {
	t := &x.toks[i]
	start := x.sentenceStart(i)
	if t.flags&fUpper == 0 || start {
		if next := x.ordinalDay(i); next > i {
			return next
		}
	}
	switch {
	case t.flags&fUpper != 0 && !start:
		return i + 1
	case x.graderAt(i+1) || x.hyphenAt(i) && (x.graderAt(i+2) || x.eqText(i+2, "grade")):
		return i + 1 // "the city's eighth-graders", "fifth graders", "in some fourth-grade rooms": the pupils or the rooms of a school year, named
	case x.streetAt(i+1) && !x.eq(i+1, wPlace) && !x.eq(i+1, wCourt):
		return i + 2 // "PRICE ON FIFTH AVENUE CAR", "Fifth Avenue" opening a sentence: a street's name (but "IN SECOND PLACE" ranks)
	case t.flags&fShout != 0 && x.tickerAhead(i+1):
		return i + 1 // "FIFTH THIRD &lt;FITB>", "FIRST UNION &lt;FUNC> SELLS DEBT": a company named in a headline
	case t.flags&fShout != 0 && x.tokIs(i+1, tWord) && firstOfBank[x.lowerAt(i+1)]:
		return i + 1 // "FIRST BANCORP FILES REGISTRATION", "FOURTH NATIONAL CORP SETS DIVIDEND": a bank's name
	case x.eq(i, wFirst) && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0 && firstOfBank[x.lowerAt(i+1)] && x.eq(i+2, wOf) &&
		!(x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.Determiner)):
		return i + 1 // "the deposits of first Federal of Maryland": a bank's name, its capital dropped
	case start && x.tokIs(i+1, tPunct) && !x.hyphenAt(i):
		return i + 1 // "First, ..." (but "Second-quarter profit rose" ranks)
	case x.eq(i-1, wAt) && (x.eq(i, wFirst) || x.eq(i, wSecond)) && !x.eq(i+1, wHand):
		return i + 1
	case x.eq(i+1, wOf) && x.eq(i+2, wAll):
		return i + 1
	case x.eq(i, wSecond) && (x.tokIs(i-1, tNum) || x.eq(i-1, wSplit) || x.eq(i-1, wPer) || x.eq(i-1, wA) && x.tokIs(i+1, tPunct) && !x.hyphenAt(i)):
		return i + 1 // "in a second.": a time (but "a second-quarter loss" ranks)
	case x.eq(i, wFirst) && (x.eq(i+1, wCome) || x.eq(i+1, wServe) || x.eq(i+1, wServed)):
		return i + 2 // "on a first come, first serve basis": an idiom, no rank
	case x.eq(i, wFirst) && x.eqText(i+1, "thing") && !x.eq(i-1, wThe):
		return i + 2 // "call the surgery first thing": early in the day, no rank (but "the first thing to do")
	case x.eq(i, wFirst) && x.eq(i+1, wTime) && x.tokIs(i+2, tWord) && firstTimer(x.spAt(i+2)):
		return i + 2 // "first time buyers": "first-time" written without its hyphen, a term
	case (x.eq(i, wSecond) || x.eq(i, wFirst)) && x.eq(i+1, wHand) && !x.eq(i+2, wOf):
		return i + 2 // "six second hand airplanes", "first hand accounts": no rank
	case (x.eq(i, wSecond) || x.eq(i, wFirst)) && (x.eqText(i+1, "language") || x.eqText(i+1, "languages")):
		return i + 2 // "speak English as a second language", "their first language": a kind of speaker, no rank
	case x.eq(i, wSecond) && x.eq(i+1, wTo) && (x.eq(i+2, wNone) || x.eq(i+2, wNobody) || x.eq(i+2, wNo) && x.eq(i+3, wOne)):
		return i + 3 // "his commitment was second to none": an idiom, no rank
	case x.eq(i, wSecond) && (x.eq(i+1, wFiddle) || x.eq(i+1, wNature) || x.eq(i+1, wThoughts) || x.eq(i+1, wWind) ||
		x.eq(i+1, wLease) && x.eq(i+2, wOf) && x.eq(i+3, wLife) || x.eq(i+1, wLife) && !x.eq(i+2, wSentence) && !x.eq(i+2, wTerm) ||
		x.eq(i+1, wServe) || x.eq(i+1, wServes)):
		return i + 2 // "played second fiddle", "second nature", "a second lease of life", "a useful second life", a tennis "second serve": idioms and terms
	case x.hyphenAt(i) && (x.eq(i+2, wHand) || x.eq(i+2, wClass) || x.eq(i+2, wRate) || x.eq(i+2, wGuess) || x.eq(i+2, wDegree) ||
		x.eq(i+2, wParty) || x.eq(i+2, wPerson) || x.eq(i+2, wString) || x.eq(i+2, wGeneration) || x.eq(i+2, wTier) || x.eq(i+2, wLine) && x.treatmentAfter(i+3) ||
		x.eqText(i, "sixth") && x.eqText(i+2, "form")) ||
		x.eq(i, wFirst) && x.hyphenAt(i) && x.eq(i+2, wTime):
		return i + 3 // "first-hand", "a second-string side", "third-generation (3G) phones", "a second-tier increase", "first-time buyers", "for first-line use", "a sixth-form teacher"
	case x.eq(i, wFirst) && x.eq(i+1, wDay) && x.eq(i+2, wOf) && x.tokIs(i+3, tNum) && yearLike(x.str(i+3)):
		return i + 1 // "the first day of 1988": a date, read with its year
	case x.eq(i+1, wBaseman) || x.eq(i+1, wBasemen):
		return i + 2 // "third baseman": a position on the field
	case x.eq(i, wFourth) && x.eq(i+1, wOfficial) || x.eq(i, wThird) && x.eq(i+1, wUmpire):
		return i + 2 // "the fourth official signalled six added minutes", "the third umpire": a match official's title
	case (x.eq(i, wFirst) || x.eq(i, wSecond)) && x.eq(i+1, wClass) && x.tokIs(i+2, tWord) && !x.eq(i+2, wOf) && !x.eq(i+2, wTo) && !x.toks[i+2].is(lexicon.Stop),
		(x.eq(i, wFirst) || x.eq(i, wSecond)) && x.eq(i+1, wClass) && !x.eq(i-1, wThe) && (x.eq(i-1, wBy) || x.eq(i-1, wSent) || x.eqText(i-1, "travel") || x.eqText(i-1, "travelling") || x.eqText(i-1, "sent")):
		return i + 2 // "two first class tickets", "by second class post", "sent first class": a class of service (but "the first class of recruits")
	case x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0 && t.flags&fUpper != 0,
		t.flags&fUpper != 0 && x.eq(i+1, wOf) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper != 0:
		return i + 1 // "First Lady", "First of America Bank" at a sentence start
	case x.eq(i, wFirst) && x.tokIs(i+1, tWord) && firstNoun(withoutPossessive(x.lowerAt(i+1))) && !(x.eq(i-1, wThe) && x.eq(i+1, wPerson)) && !x.eq(i+2, wTo):
		return i + 2 // "first responders", "first aid", "the first minister", "first mortgage bonds" (but "the first person to", "the first minister to resign")
	case x.eq(i, wFirst) && x.hyphenAt(i) && x.tokIs(i+2, tWord) && firstNoun(x.lowerAt(i+2)) && !x.eq(i+2, wTeam):
		return i + 3 // "The first-aid course": a term, as "first aid" is
	case x.eq(i, wFirst) && x.hyphenAt(i) && x.eq(i+2, wTeam) && x.tokIs(i+3, tWord):
		return i + 3 // "relieved of first-team duties", "a first-team place": a club's senior side
	case (x.eq(i, wThird) || x.eq(i, wSecond) || x.eq(i, wFirst)) && (x.eq(i+1, wParty) || x.eq(i+1, wGeneration) || x.eq(i, wThird) && x.eq(i+1, wCountry)) &&
		(x.tokIs(i+2, tWord) && !x.toks[i+2].is(lexicon.Stop|lexicon.Determiner) && x.toks[i+2].flags&fUpper == 0 || x.eq(i+1, wGeneration) && x.mark(i+2) == '('):
		return i + 2 // "third party services", "third generation mobiles", "third country brokers": terms, as hyphenated
	case (x.eq(i, wSecond) || x.eq(i, wThird)) && x.eq(i+1, wMortgage) && (x.eq(i+2, wBonds) || x.eq(i+2, wNotes) || x.eq(i+2, wAnd) && x.tokIs(i+3, tWord) && x.toks[i+3].flags&fUpper == 0):
		return i + 2 // "B-3 third mortgage and secured pollution control revenue bonds": a class of bonds, as "first mortgage bonds"
	case (x.eq(i, wFirst) || x.eq(i, wSecond) || x.eq(i, wThird)) && x.eq(i+1, wPreferred) && x.sharesAfterName(i+2) > i+2:
		return x.sharesAfterName(i + 2) // "two mln first preferred shares", "140,700 first\npreferred Groupe Cantrex shares": a class of stock, ranked by its claim on assets, no claim
	case x.eq(i, wSecond) && (x.eq(i+1, wRow) || x.eq(i+1, wRows)) && !x.eq(i+2, wOf):
		return i + 2 // "one of the finest second rows": a rugby forward's place (but "the second row of seats")
	case x.eq(i, wThird) && (x.eq(i+1, wCountries) || x.eq(i+1, wParties) || x.eq(i+1, wCurrencies) || x.eq(i+1, wWorld) && !x.worldTitle(i+2) || x.eq(i-1, wA) && (x.eq(i+1, wCountry) || x.eq(i+1, wParty))):
		return i + 2 // "third countries", "third currencies", "a third party", "the third world debt crisis": others, no rank (but "the third party" of a vote and "his third world title" rank)
	case x.eq(i, wSecond) && (x.eq(i+1, wHome) || x.eq(i+1, wHomes)) && !x.eq(i-1, wThe) && !(x.tokIs(i+2, tWord) && !x.toks[i+2].is(lexicon.Stop)):
		return i + 2 // "a second home or holiday let", "second homes": a home besides one's own, no rank (but "a second home computer")
	case x.eq(i, wThird) && x.eq(i+1, wMarket) && x.eq(i+2, wTrading):
		return i + 3 // "specializes in third market trading": listed stocks traded off the exchange, no rank
	case x.eq(i+1, wCircuit) && x.courtBefore(i):
		return i + 2 // "the U.S. Court of Appeals for the fourth\ncircuit": a court's name, as wire copy may write it
	case (x.eq(i, wFirst) || x.eq(i, wSecond)) && x.eqText(i+1, "section") && x.sentenceNames(i, 30, tokyoWords):
		return i + 2 // "turnover on the first section of the Tokyo Stock Exchange": a board of the exchange, named
	case (x.eq(i, wFirst) || x.eq(i, wSecond)) && x.hyphenAt(i) && x.eqText(i+2, "section") && x.tokIs(i+3, tWord) && x.toks[i+3].flags&fUpper == 0:
		return i + 3 // "daily first-section volume", "Tokyo's first-section market value": the board's, as Tokyo's market reports name it
	case (x.eqText(i+1, "grade") || x.eqText(i+1, "grader") || x.eqText(i+1, "graders")) && !x.eq(i+2, wOf):
		return i + 1 // "kindergarten through third grade", "ninth graders": a school's year, named (but "a third grade of unleaded gasoline")
	case x.eqText(i+1, "law") && possessive(x.str(i-1)) && x.toks[i-1].flags&fUpper != 0:
		return i + 1 // "Kepler's third law", "Newton's first law": a law's name, no rank
	case x.eq(i, wFirst) && x.eq(i+1, wAnd) && x.eq(i+2, wForemost):
		return i + 3
	case x.eq(i, wFirst) && (x.eq(i-2, wWhichever) || x.eq(i-2, wEver) && x.eq(i-3, wWhich)):
		return i + 1 // "on April 12, 1988, whichever comes first", "which ever occurs first": an idiom
	case (x.eq(i, wFirst) || x.eq(i, wLast)) && x.partsDeterminer(i-1) && x.tokIs(i+1, tNum) && !yearLike(x.str(i+1)) && x.portionAfter(i+1):
		return i + 1 // "17 pct on the first 27,500\ndlrs of taxable income", "the first 200 mln guilders": a part of a sum or a count, no rank (but "the first 32-bit computer chip" ranks)
	case (x.eq(i, wFirst) || x.eq(i, wLast)) && x.partsDeterminer(i-1) && x.tokIs(i+1, tPunct) && currencySymbol(x.str(i+1)) != "" && x.tokIs(i+2, tNum) && x.sumEndsPhrase(i+2):
		return i + 1 // "0.5% cashback on the first £10,000 they spend": a part of a sum, no rank (but "the first £1m house" ranks)
	case x.eq(i, wFirst) && x.hyphenAt(i) && (x.eq(i+2, wChoice) || x.eq(i+2, wRun) && x.tokIs(i+3, tWord) && x.toks[i+3].flags&fUpper == 0):
		return i + 3 // "first-choice keeper Petr Cech": the one preferred; "first-run movies", new to their screens: no rank
	case x.eq(i, wFirst) && x.eq(i+1, wPlace) && x.eq(i-1, wThe) && x.eq(i-2, wIn) && !x.tokIs(i+2, tWord):
		return i + 2 // "before they are exposed in the first place": an idiom
	case (x.eq(i, wFirst) || x.eq(i, wSecond)) && x.periodAfter(i+1),
		x.eq(i, wFirst) && x.partsDeterminer(i-1) && x.countAfter(i+1) && !(x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0):
		return i + 1 // "in the first 10 months of 1986", "dropped the first four games", "to its first 100 customers": which ones, read as the number after (but "his first Six Nations start" ranks)
	case x.eq(i, wFirst) && (!x.tokIs(i+1, tWord) || x.toks[i+1].is(lexicon.Stop)) && x.putBefore(i):
		return i + 1 // "put kids' safety first": an idiom
	case x.eq(i, wFirst) && x.tokIs(i+1, tPunct) && !isDash(x.str(i+1)) && objectPronoun(x.spAt(max(i-1, 0))):
		return i + 1 // "do something small on TV with it first.": before anything else, no rank
	case x.eq(i, wFirst) && x.tokIs(i+1, tPunct) && (x.mark(i+1) == ',' || x.mark(i+1) == '.' || x.mark(i+1) == ';') && x.firstAfterObject(i):
		return i + 1 // "would hit the recruiting team first,", "subscribers would get access first.": before the others, no rank
	case x.eq(i, wFirst) && x.firstDid(i):
		return i + 1 // "The WHO first reported", "First discovered in 2009": when, not a rank
	case x.eq(i, wFirst) && (auxiliary(x.spAt(max(i-1, 0))) || personalPronoun(x.spAt(max(i-1, 0)))) && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper == 0 &&
		!x.toks[i+1].is(lexicon.Determiner|lexicon.Duration) && !rankPreposition(x.spAt(i+1)):
		return i + 1 // "Brazil was first approaching governments", "we must first talk", "we first reaffirm our commitment": when, not a rank
	case x.eq(i, wFirst) && (x.eq(i-1, wWithout) || x.eq(i-1, wBefore) || x.eq(i-1, wAfter)) && x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper == 0 &&
		strings.HasSuffix(x.lowerAt(i+1), "ing"):
		return i + 1 // "to seek refinancing without first negotiating with the IMF": when, not a rank
	case x.hyphenAt(i) && x.eq(i+2, wHalf):
		return i + 3 // "second-half tries", "first-half profits": a half of a match or a year
	}
	c := claimParts{first: i, last: i + 1, num: number{first: i, last: i + 1, value: t.entry().Num, words: true},
		unitKind: factcheck.Ordinal, qual: factcheck.Exact, factor: 1}
	if x.hyphenAt(i) && x.eq(i+2, wEver) {
		c.last = i + 3
	}
	x.ordinalRange(&c)
	if !(x.eq(c.last, wSub) && x.hyphenAt(c.last)) {
		x.subjectAfter(&c) // (but in "his third sub-20 run" the bound after it is a figure of its own)
	}
	x.emit(&c)
	return c.last
}

// objectPronoun reports whether the word spelt sp is a pronoun an action
// is done to: "do it first".
func objectPronoun(sp spelling) bool {
	switch sp {
	case wIt, wThem, wThis, wThat, wHim, wHer, wUs, wMe:
		return true
	}
	return false
}

// manyAt reports whether a number other than one, in figures or a word,
// stands at token k.
func (x *extractor) manyAt(k int) bool {
	return x.tokIs(k, tNum) || x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal) && !x.eq(k, wOne)
}

// periodAfter reports whether a length of time in figures or words
// starts at token k: "10 months", "two days", "three quarters" of a year,
// a wire's "three qtrs".
func (x *extractor) periodAfter(k int) bool {
	return x.manyAt(k) && x.tokIs(k+1, tWord) && (x.toks[k+1].is(lexicon.Duration) && !x.eq(k+1, wSecond) || x.eq(k+1, wQuarters) || x.eq(k+1, wQtrs))
}

// countAfter reports whether a count of two or more, in figures or words,
// starts at token k: a number and, apart from it, a noun that is no unit
// ("the first four games"; but "the first 15 pct decline", "the first
// 30-minute series" and "the first 30,000 tonne cargo" rank the noun after).
func (x *extractor) countAfter(k int) bool {
	if !x.manyAt(k) || !x.tokIs(k+1, tWord) {
		return false
	}
	n := &x.toks[k+1]
	return n.flags&fSpace != 0 && n.flags&fNewline == 0 && !n.is(lexicon.Measure|lexicon.Percent|lexicon.Currency|lexicon.Duration|lexicon.Scale)
}

// putBefore reports whether a form of "put" stands within the five words
// before token i, in its clause: "put kids' safety first".
func (x *extractor) putBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && !x.tokIs(k, tPunct); k-- {
		switch x.spAt(k) {
		case wPut, wPuts, wPutting:
			return true
		}
	}
	return false
}

// firstDid reports whether "first" at token i says when something was
// first done: a verb in the past follows it ("first reported", "first
// sought"), and no article or possessive stands before it, which
// would make it rank the noun after ("the first reported case").
func (x *extractor) firstDid(i int) bool {
	if !x.tokIs(i+1, tWord) || x.toks[i+1].flags&fUpper != 0 {
		return false
	}
	w := x.lowerAt(i + 1)
	if !(len(w) >= 5 && strings.HasSuffix(w, "ed") || irregularPast(w)) {
		return false
	}
	if i > 0 && x.tokIs(i-1, tWord) && (x.toks[i-1].is(lexicon.Determiner) || possessive(x.str(i-1)) || x.eq(i-1, wIts) || x.eq(i-1, wTheir) ||
		x.eq(i-1, wHis) || x.eq(i-1, wHer) || x.eq(i-1, wOur) || x.eq(i-1, wMy) || x.eq(i-1, wYour)) {
		return false
	}
	// a verb in "-ed" goes on to an article, a preposition or the end of
	// the clause ("first reported a surge", "first discovered in 2009"),
	// not to a noun it qualifies ("first named storm"); "first sought
	// treatment" is a verb whatever follows, as is one after a pronoun
	// ("actresses who first electrified audiences")
	return irregularPast(w) || !x.tokIs(i+2, tWord) || x.toks[i+2].is(lexicon.Determiner|lexicon.Stop) || subjectPronoun(x.spAt(max(i-1, 0)))
}

// subjectPronoun reports whether the word spelt sp is a pronoun that a
// verb follows: "who first electrified", "she first appeared".
func subjectPronoun(sp spelling) bool {
	switch sp {
	case wWho, wWhich, wThat, wHe, wShe, wThey, wWe, wI, wYou, wIt:
		return true
	}
	return false
}

// personalPronoun reports whether the word spelt sp is a pronoun that
// only a verb follows: "we first reaffirm", "who first met".
func personalPronoun(sp spelling) bool {
	switch sp {
	case wHe, wShe, wThey, wWe, wI, wYou, wWho:
		return true
	}
	return false
}

// rankPreposition reports whether w, after "first", keeps it a rank: "was
// first to arrive", "is first in line", "HAS FIRST QUARTER LOSS".
func rankPreposition(sp spelling) bool {
	switch sp {
	case wTo, wIn, wOn, wAt, wOf, wFor, wWith, wBy, wAmong, wSince, wAnd, wOr, wPlace, wTime, wQuarter, wQtr,
		wHalf, wRound, wStage, wPhase, wLeg, wInnings, wPeriod, wTerm, wSeason:
		return true
	}
	return false
}

// auxiliary reports whether the word spelt sp is a verb that another
// follows: "was first approaching", "must first talk".
func auxiliary(sp spelling) bool {
	switch sp {
	case wWas, wWere, wIs, wAre, wBe, wBeen, wMust, wShould, wWould, wWill, wCan, wCould, wMay, wMight, wHad,
		wHas, wHave, wTo, wDid, wDoes, wDo:
		return true
	}
	return false
}

// irregularPast reports whether w, in lower case, is the past of a verb
// that does not end in "-ed" and that news says was first done: "first
// sought treatment", "first won the title", "first met in 1990".
func irregularPast(w string) bool {
	switch w {
	case "sought", "began", "begun", "came", "went", "took", "taken", "made", "saw", "seen", "met", "won", "became", "ran",
		"got", "gave", "given", "told", "found", "left", "brought", "thought", "heard", "held", "wrote", "written", "spoke",
		"spoken", "rose", "broke", "broken", "drew", "drawn", "grew", "knew", "known", "flew", "sang", "sung", "built", "bought",
		"sold", "taught", "caught", "felt", "kept", "led", "read", "set", "put", "hit", "struck", "fought", "shot", "stood", "sent", "spent",
		"shown", "showed", "flown", "grown", "chosen", "done", "did":
		return true
	}
	return false
}

// firstNoun reports whether w, after "first", makes a noun of the two
// that ranks nothing: "first responders", "first aid", "first name", "the
// first officer" (a pilot), "the right of first refusal".
func firstNoun(w string) bool {
	switch w {
	case "responder", "responders", "aid", "name", "names", "lady", "cousin", "cousins", "mate", "impression", "impressions", "person",
		"minister", "mortgage", "team", "refusal", "officer", "officers":
		return true
	}
	return false
}

// halfTerm reports whether "half-" and w, in lower case, make a term
// that measures no share: "half-time", "half-term", "a half-marathon", "half-hearted",
// "half-yearly".
func halfTerm(w string) bool {
	switch w {
	case "time", "term", "way", "volley", "brother", "brothers", "sister", "sisters", "marathon", "marathons", "hearted", "heartedly",
		"baked", "back", "backs", "life", "truth", "truths", "mast", "moon", "height", // "half-height drives": a size of disk drive
		"yearly", "hourly", "monthly", "weekly", "daily": // "half-yearly tax payments": how often, no share
		return true
	}
	return false
}

// remainingShare reports whether the fraction at token i, a third to a
// tenth, is the rest of a whole after "the remaining", alone or before
// "of": "will share the remaining third", "the remaining quarter of the
// land"; not a rank ("the remaining third-round ties").
//
// After a superlative of wealth it is a share of the people ranked,
// whatever follows ("the poorest third gaining £2,000", "the richest fifth
// of households"), and after a bound of a ranking before "of" ("the bottom
// tenth of earners").
func (x *extractor) remainingShare(i int) bool {
	if !x.tokIs(i, tWord) || !x.toks[i].is(lexicon.Fraction) || x.eq(i, wHalf) || strings.HasSuffix(x.lowerAt(i), "s") || !x.eq(i-2, wThe) {
		return false
	}
	switch x.lowerAt(i - 1) {
	case "poorest", "richest", "wealthiest", "best-off", "worst-off":
		return !x.hyphenAt(i) && !x.toks[i].is(lexicon.Duration) && !(x.tokIs(i+1, tWord) && x.toks[i+1].is(lexicon.Ordinal|lexicon.Duration))
	case "bottom", "top":
		return x.eq(i+1, wOf) && x.tokIs(i+2, tWord) && !x.eqText(i+2, "the") // "the bottom tenth of earners" (but "drawn in the bottom quarter" of a draw)
	}
	return x.eqText(i-1, "remaining") && (x.eq(i+1, wOf) || x.fractionAlone(i+1) || modalVerb(x.lowerAt(min(i+1, len(x.toks)-1)))) // (and "the remaining third should be in the barn")
}

// fraction reads a share in words at token i: "half of", "a third of",
// "two-thirds", "three quarters of", "half an hour". It returns i when
// there is none.
func (x *extractor) fraction(i int) int {
	var num, den float64
	j := i
	switch {
	case x.eq(i, wHalf):
		if x.hyphenAt(i) && x.tokIs(i+2, tWord) && halfTerm(x.lowerAt(i+2)) {
			return i + 3 // "down at half-time", "half-way", "a half-marathon": terms
		}
		// "the half-hour programme" lasts half an hour, where "just before
		// the half-hour" and "the half-hour mark" are a time of a match and
		// "in the half-year" a period
		unit := x.hyphenAt(i) && x.tokIs(i+2, tWord) && x.toks[i+2].flags&fSpace == 0 && x.toks[i+2].is(lexicon.Duration|lexicon.Measure) &&
			!x.eq(i+2, wYear) && x.tokIs(i+3, tWord) && !x.toks[i+3].is(lexicon.Stop) && !x.eq(i+3, wMark) ||
			x.hyphenAt(i) && x.percentagePoint(i+1) > i+1 // "the half-percentage-point increase"
		if x.tokIs(i-1, tWord) && (x.toks[i-1].is(lexicon.Ordinal) && !(x.hyphenAt(i) && x.percentagePoint(i+1) > i+1) || x.eq(i-1, wLatter) || x.eq(i-1, wLast) && x.eq(i+1, wOf) || x.eq(i-1, wThe) && !unit && !x.holdingAt(i+1) ||
			compassHalf(x.spAt(i-1)) && x.eq(i-2, wThe)) {
			// "the first half of 2005", "the latter half of the fiscal
			// year", "the last half of 1987" (but "for the half interest
			// in Champlin" is a share, and "the first half-point move"
			// half a percentage point)
			return i
		}
		if i >= 2 && x.hyphenAt(i-2) && x.tokIs(i-2, tWord) && !x.toks[i-2].is(lexicon.Cardinal) && !x.eq(i-2, wA) && !x.eq(i-2, wAnd) {
			return i + 1 // a rugby player's place: "fly-half", "scrum-half"
		}
		if x.eq(i-1, wA) && x.eq(i-2, wAnd) && (x.tokIs(i-3, tNum) || x.tokIs(i-3, tWord) && x.toks[i-3].is(lexicon.Cardinal|lexicon.Duration|lexicon.Measure|lexicon.Scale|lexicon.Currency|lexicon.Percent)) ||
			x.halfScale(i) > i {
			return i // "two and a half", "an hour and a half": the number's own (but "a quarter point cut and a half-point rise")
		}
		if i >= 2 && x.hyphenAt(i-2) && x.eq(i-2, wA) {
			return i // "two-and-a-half years" is read whole
		}
		num, den, j = 1, 2, i+1
		if x.hyphenAt(i) && (x.eq(i+2, wCent) || x.eq(i+2, wPenny)) {
			j = i + 2 // "a half-cent sales tax": a part of a cent
		}
		if x.eq(i-1, wA) || x.eq(i-1, wOne) {
			i--
		} else if i >= 2 && x.hyphenAt(i-2) && x.eq(i-2, wOne) {
			i -= 2 // "one-half"
		}
	case x.tokIs(i, tWord) && x.toks[i].is(lexicon.Fraction) && !x.eq(i, wHalf) && x.percentagePoint(i+1) > i+1 &&
		(x.hyphenAt(i) && (x.eq(i+2, wPoint) || x.eq(i+2, wPercentage)) || x.eq(i+1, wPoint)):
		// "this week's quarter-point increase in U.S. Prime rates", "a
		// possible quarter point cut", "a quarter-percentage-point cut"
		num, den, j = 1, x.toks[i].entry().Num, i+1
	case x.eq(i, wA) || x.eq(i, wAn) || x.eq(i, wOne) || x.eq(i, wAnother):
		k := i + 1 // "a third of", "an eighth of a point", "another third and"
		if x.hyphenAt(i) {
			k = i + 2
		} else if x.eq(i, wA) && (x.eq(k, wFurther) || x.eq(k, wAdditional) || x.eq(k, wExtra)) && x.tokIs(k+1, tWord) && x.toks[k+1].is(lexicon.Fraction) {
			k++ // "a further quarter of a million teu"
		}
		if !x.tokIs(k, tWord) || !x.toks[k].is(lexicon.Fraction) || x.eq(k, wHalf) || strings.HasSuffix(x.lowerAt(k), "s") {
			return i
		}
		if x.eq(i, wA) && x.eq(k, wQuarter) && x.sumEndsBefore(i) {
			return k + 1 // "losing about 140,000 dlrs a quarter": a sum for each quarter of a year
		}
		if k == i+1 && x.andFinal(k+1) {
			return i // "helped by a fifth and final servicing mission": a rank
		}
		if x.toks[k].entry().Num > 4 && k == i+1 && !x.eq(k+1, wOf) && !x.byChange(i) && !x.againstFraction(i) && !x.changedFromFraction(k) && !x.shareChangedFrom(i) && !x.asMuch(k+1) && !x.opinionAt(k+1) && !x.changeNounAt(k+1) && !x.moreThan(k+1) && !x.sharesVerbAt(k+1) &&
			!(x.qualifierBefore(i) && (x.fractionAlone(k+1) || strings.HasSuffix(x.lowerAt(k+1), "ing") || strings.HasSuffix(x.lowerAt(k+1), "ed") ||
				x.eq(k+1, wFor) || x.eq(k+1, wIn) || x.eq(k+1, wSince))) && // "fell to under a fifth for the first time": a share bounded
			!(x.eq(i-1, wBy) && (x.fractionAlone(k+1) || (x.eq(k+1, wBy) || x.eq(k+1, wIn)) && x.tokIs(k+2, tNum))) && // "to cut obesity ..., now 17%, by a fifth by 2030"
			!(x.unitAfterFraction(k+1) && !x.toks[k+1].is(lexicon.Duration) && !(x.eq(i, wOne) && (possessivePronoun(x.spAt(max(i-1, 0))) || x.eq(i-1, wThe)))) && !(x.eq(i-1, wBetween) && x.eq(k+1, wAnd) && x.shareAfter(k+2, 0)) {
			return i // "a fifth term", "its one millionth ounce" are ordinals (but "a tenth inch" a measure, "between a fifth and a quarter" shares, "up from a fifth" and "to a third from a fifth" a share changed, "A fifth intend to sell" a share)
		}
		num, den, j = 1, x.toks[k].entry().Num, k+1
		if x.hyphenAt(k) && (x.eq(k+2, wCent) || x.eq(k+2, wPenny)) {
			j = k + 2 // "a quarter-cent rise"
		}
	case x.tokIs(i, tWord) && x.toks[i].is(lexicon.Cardinal) && x.toks[i].entry().Num >= 1 && x.toks[i].entry().Num < 10:
		k := i + 1
		if x.hyphenAt(i) {
			k = i + 2
		}
		if x.hyphenAt(i) && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Fraction) && !x.eq(k, wHalf) && x.hyphenAt(k) && x.percentagePoint(k+1) > k+1 &&
			x.toks[i].entry().Num < x.toks[k].entry().Num {
			num, den, j = x.toks[i].entry().Num, x.toks[k].entry().Num, k+1 // "a three-quarter-point cut": one figure of points
			break
		}
		if !x.tokIs(k, tWord) || !x.toks[k].is(lexicon.Fraction) || x.eq(k, wHalf) || !strings.HasSuffix(x.lowerAt(k), "s") {
			return i
		}
		if k == i+1 && !x.eq(k, wThirds) && !x.byChange(i) && (!x.eq(k+1, wOf) && !x.fractionAlone(k+1) || x.periodsBefore(i-1)) ||
			x.toks[i].entry().Num >= x.toks[k].entry().Num ||
			k == i+1 && x.eq(k, wQuarters) && !x.eq(k+1, wOf) && (x.eq(i-1, wIn) || x.eq(i-1, wFor) || x.eq(i-1, wOver) || x.eq(i-1, wPast) || x.eq(i-1, wLast) || x.eq(i-1, wNext)) {
			// (and "for the first time in three quarters": periods)
			return i // "the three quarters preceding", "the first three quarters (of 1985/86)", "four quarters of modest profits": quarters of a year; but "fell by three quarters"
		}
		num, den, j = x.toks[i].entry().Num, x.toks[k].entry().Num, k+1
	case x.remainingShare(i):
		// "His three children will share the remaining third": the rest of
		// a whole, a share
		num, den, j = 1, x.toks[i].entry().Num, i+1
	case x.eq(i, wQuarter) && (x.qualifierBefore(i) || x.eq(i-1, wEvery)) && x.unitOfFraction(i+1) > i+1 && x.toks[x.unitOfFraction(i+1)].is(lexicon.Duration):
		// "nearly quarter of a century", "chimes every quarter of an hour":
		// its article dropped
		num, den, j = 1, 4, i+1
	default:
		return i
	}
	if x.eq(j, wQuarter) || den == 0 {
		return i
	}
	c := claimParts{first: i, last: j, unitKind: factcheck.Percent, qual: factcheck.Exact, factor: 1,
		num: number{first: i, last: j, value: round2(100 * num / den), words: true, scaled: true}}
	switch {
	case x.eq(j, wOf) && (x.eq(j+1, wA) || x.eq(j+1, wAn)) && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Scale):
		// "a quarter of a million"
		c.unitKind = factcheck.Count
		c.num.value = num / den * x.toks[j+2].entry().Num
		c.last = j + 3
		c.num.last = c.last
		if x.tokIs(c.last, tWord) && x.toks[c.last].is(lexicon.Currency|lexicon.Measure) {
			x.unitAt(&c, c.last) // "a third of a billion euros", "a quarter of a million tonnes"
		}
	case x.tokIs(j, tWord) && x.toks[j].is(lexicon.Percent) && !x.eq(j, wPercentage):
		// "by a half pct", "a quarter percent": a share of one percent
		c.num.value, c.last = partOfOne(num, den), j+1
		c.num.last = c.last
	case x.onePercent(j) > j || x.eq(j, wOf) && x.onePercent(j+1) > j+1:
		// "four-tenths of a percent", "a quarter of a percent", "half a
		// percent": a share of one percent
		c.num.value, c.last = partOfOne(num, den), x.onePercent(j)
		if x.eq(j, wOf) {
			c.last = x.onePercent(j + 1)
		}
		c.num.last = c.last
	case x.eq(i, wOne) && x.hyphenAt(i) && x.eq(i+2, wHalf) && x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0 && x.toks[j].word == 0:
		// "a warrant to buy one-half share", "one-half warrant": half of
		// one thing, counted
		c.unitKind, c.num.value = factcheck.Count, num/den
	case x.tokIs(x.ofA(j), tWord) && x.toks[x.ofA(j)].is(lexicon.Currency) && x.toks[x.ofA(j)].flags&fUpper == 0 && !x.eq(x.ofA(j), wPound) && !x.eq(x.ofA(j), wPounds):
		// "by one-half cent to 26.50 cents", "a quarter cent", "a quarter
		// of a cent": a part of one unit of money
		u := x.ofA(j)
		e := x.toks[u].entry()
		c.unitKind, c.unit, c.factor, c.last = factcheck.Money, x.localCurrency(u, e.Unit), e.Per, u+1
		if e.Unit == "USD" && x.usBefore(u) {
			c.unit = "USD" // "The Aussie dollar fell half a US cent"
		}
		c.num.value, c.num.last = num/den, c.last
	case x.eq(x.ofA(j), wPound) && x.eq(x.ofA(j)+1, wOf) && x.tokIs(x.ofA(j)+2, tWord) && x.toks[x.ofA(j)+2].flags&fUpper == 0 && !x.eqText(x.ofA(j)+2, "sterling"):
		// "three-quarters of a pound of butter", "half a pound of beef": a
		// weight, as no sum of money is "of" a thing
		c.unitKind, c.unit, c.last = factcheck.Measure, "lb", x.ofA(j)+1
		c.num.value, c.num.last = num/den, c.last
	case x.percentagePoint(j) > j:
		// "a quarter of a percentage point", "half a percentage point"
		c.unit, c.num.value, c.last = "percentage point", partOfOne(num, den), x.percentagePoint(j)
		c.num.last = c.last
	case x.eq(j, wOf) && x.eq(j+1, wA) && x.pointAt(j+2):
		// "fell a quarter of a point": points of a price or an index, or of
		// a rate named a little before
		c.unitKind, c.unit, c.num.value = factcheck.Measure, "point", num/den
		if x.rateWithin(j, pointRateBack) {
			c.unitKind, c.unit = factcheck.Percent, "percentage point"
		}
		c.last = j + 3
		c.num.last = c.last
	case x.eq(j, wA) && x.pointAt(j+1) ||
		(x.eq(j, wPoint) || x.hyphenAt(j-1) && x.eq(j+1, wPoint)) && (x.eq(j-1, wHalf) || x.eq(j-1, wQuarter) && x.eq(i, wA) && !x.hyphenAt(j-1)) && !(x.tokIs(j+2, tWord) && rateChangeNoun(x.spAt(j+2))):
		// "by half a point each year", "a half point": points of a price
		// or an index, or of a rate named a little before ("the rate ...
		// unchanged at 8-3/4 since it was raised by a half-point"); but
		// "a half-point cut" with no rate in sight is left unread
		c.unitKind, c.unit, c.num.value = factcheck.Measure, "point", num/den
		if x.rateWithin(j, pointRateBack) {
			c.unitKind, c.unit = factcheck.Percent, "percentage point"
		}
		c.last = j + 2
		if x.eq(j, wPoint) {
			c.last = j + 1
		}
		c.num.last = c.last
	case x.unitOfFraction(j) > j && x.toks[x.unitOfFraction(j)].is(lexicon.Duration):
		// "half an hour", "a quarter of an hour"
		u := x.unitOfFraction(j)
		e := x.toks[u].entry()
		c.unitKind, c.unit, c.last = factcheck.Duration, e.Unit, u+1
		c.num.value = num / den * e.Per
	case x.unitOfFraction(j) > j && x.measureAt(x.unitOfFraction(j)):
		// "half a mile", "three-quarters of a tonne"
		u := x.unitOfFraction(j)
		c.unitKind, c.unit, c.last = factcheck.Measure, x.toks[u].entry().Unit, u+1
		c.num.value = num / den
	case x.unitOfFraction(j) > j && x.compoundAt(x.unitOfFraction(j)):
		// "half a square kilometre", "a quarter of a cubic metre"
		u, k := x.compoundUnit(x.unitOfFraction(j))
		if u == "" {
			break
		}
		c.unitKind, c.unit, c.last = factcheck.Measure, u, k
		c.num.value = num / den
	case x.unitOfFraction(j) > j && x.eqText(x.unitOfFraction(j), "length") && (x.marginWordBefore(c.first) || marginAfter(x.lowerAt(x.unitOfFraction(j)+1))):
		// "won by half a length", "led by three-quarters of a length", "a
		// third of a length ahead": a race's margin, in lengths (see "won
		// by 2½ lengths" in unitAt)
		c.unitKind, c.unit, c.last = factcheck.Measure, "length", x.unitOfFraction(j)+1
		c.num.value = fractionValue(num / den)
	case (x.eq(j-1, wHalf) || x.eq(j-1, wQuarter)) && x.hyphenAt(j-1) && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fSpace == 0 && x.toks[j+1].is(lexicon.Duration|lexicon.Measure) &&
		!x.eq(j+1, wPoint) && !x.eq(j+1, wSecond):
		// "a half-day shift", "a half-mile race", "a quarter-acre plot"
		e := x.toks[j+1].entry()
		c.unitKind, c.unit, c.last, c.num.value = factcheck.Measure, e.Unit, j+2, num/den
		if x.toks[j+1].is(lexicon.Duration) {
			c.unitKind, c.num.value = factcheck.Duration, num/den*e.Per
		}
	case (x.eq(j-1, wHalf) || x.eq(j-1, wQuarter)) && x.hyphenAt(j-1) && x.eq(j+1, wPound) && x.toks[j+1].flags&fSpace == 0:
		// "about a quarter-pound of feed", "a half-pound burger": a weight,
		// as no sum of money is said so
		c.unitKind, c.unit, c.last, c.num.value = factcheck.Measure, "lb", j+2, num/den
	case x.unitAfterFraction(j) && (den == 2 || den == 4 && !x.eq(j-1, wFourth) || !x.toks[j].is(lexicon.Duration)):
		// "a tenth inch of rain", "a roughly half mile stretch", "a half
		// hour", "a quarter hour"; but "a sixth month in a row" and "for a
		// fourth week" rank
		e := x.toks[j].entry()
		c.unitKind, c.unit, c.last = factcheck.Measure, e.Unit, j+1
		c.num.value = num / den
		if x.toks[j].is(lexicon.Duration) {
			c.unitKind, c.num.value = factcheck.Duration, num/den*e.Per
		}
	case x.eq(j, wOf) || x.tokIs(j, tWord) && x.toks[j].is(lexicon.Determiner) && x.eq(i, wHalf):
	case x.eq(j-1, wHalf) && x.holdingAt(j):
		// "a half interest in the refinery", "half ownership": a share held
	case x.eq(i, wHalf) && x.qualifierBefore(i):
		// "more than half"
	case x.eq(i, wHalf) && x.comparedShare(i):
		// "after serving 40% of their sentence rather than half"
	case den >= 3 && x.fractionAlone(j):
		// "fell by a third.", "for a third, and"
	case x.eq(j, wOff) && x.toks[j].flags&fNewline == 0:
		// "boots a third off", "half off": a discount's share
	case den >= 3 && (x.eq(j, wBy) || x.eq(j, wIn) || x.eq(j, wSince)) && x.tokIs(j+1, tNum):
		// "the elderly nearly a third by 2025"
	case den >= 3 && x.qualifierBefore(i) && (x.eq(j, wFor) || x.eq(j, wOn) || x.eq(j, wIn) || x.eq(j, wAt) || x.eq(j, wFrom) || x.eq(j, wWith) || x.eq(j, wTo)):
		// "leaving a little over a third for everything else", "just
		// over a quarter on roads", "roughly a third to property tax
		// relief": a bounded share, no rank
	case den >= 3 && x.qualifierBefore(i) && (strings.HasSuffix(x.lowerAt(j), "ing") || strings.HasSuffix(x.lowerAt(j), "ed") || modalVerb(x.lowerAt(j))),
		den >= 3 && modalVerb(x.lowerAt(j)) && x.tokIs(j+1, tWord) && !x.eq(j+1, wBe) && !x.toks[j+1].is(lexicon.Stop):
		// "nearly a fifth saying they were sick", "just under a fifth
		// tested positive", "about a quarter would close", "only a third
		// would back it" (but "a third will be for an unidentified bank"
		// ranks)
	case x.byChange(i):
		// "has fallen by a third since", "cut unemployment by half"
	case den >= 3 && x.againstFraction(i):
		// "half of sales, against about a third in recent years"
	case den >= 3 && x.asMuch(j):
		// "get barely 1,000 USD a kilo, about a third as much"
	case x.eq(i, wHalf) && x.eq(i-1, wIn) && x.tokIs(i-2, tWord) && changeWord(x.spAt(i-2)):
		// "revenue from oil exports was cut in half"
	case (x.eq(j, wTo) || x.eq(j, wAnd) && x.eq(i-1, wBetween)) && x.shareAfter(j+1, num/den):
		// "a third to a half of voters", "between a fifth and a quarter": a range of shares
	case den >= 3 && x.changeNounAt(j):
		// "the one third reduction", "a quarter cut": the share of a change
	case (den >= 3 || x.eq(i, wHalf) && !x.eq(i-1, wThe) && !(x.eq(i-1, wAnd) && x.eq(i-2, wHalf))) && x.opinionAt(j):
		// "around one quarter said", "a third think", "and half reported
		// cuts": a share of those asked (but "the half were" names a part,
		// "a half and half plan" a mix)
	case den >= 3 && x.shareAfterShare(i):
		// "two-thirds of Dutch workers live within 15 km, and about a
		// quarter cycle": the next share of the same whole
	case den >= 3 && x.moreThan(j):
		// "a third more than last year", "nearly a third below the four
		// week average": a share of the figure compared
	case den >= 3 && x.changedFromFraction(j-1):
		// "down from a quarter two years earlier": the share a change started from
	case den >= 3 && x.ofWhichBefore(i):
		// "9.85 billion marks, of which roughly one third came from
		// abroad": a share of the sum before
	case j == i+1 && x.remainingShare(i):
		// "the poorest third gaining £2,000": a share of those ranked
	case x.eq(i, wHalf) && j == i+1 && (x.eq(j, wPrice) || x.eqText(j, "fare") || x.eqText(j, "fares")):
		// "the sandals reduced to half price", "travel at half fare": a discount's share
	case x.eq(i, wHalf) && j == i+1 && x.eqText(j, "what") && !x.sentenceStart(i):
		// "sells a large coffee for $1.50, half what the café next door charges"
	default:
		if num == 1 && !x.hyphenAt(i) {
			return i
		}
	}
	c.qual, c.first = x.qualifier(i)
	if c.unitKind != factcheck.Percent {
		c.num.value = fractionValue(c.num.value) // "two-thirds of a litre": 0.6667
	}
	if c.unitKind == factcheck.Count {
		x.subjectAfter(&c)
	}
	if c.unitKind == factcheck.Percent {
		if v, k := x.shareAt(c.last + 1); (x.eq(c.last, wTo) || x.eq(c.last, wAnd) && x.eq(i-1, wBetween)) && v > c.num.value {
			// "one-quarter to one-third", "between a fifth and a quarter": a range of shares
			c.end = &number{first: c.last + 1, last: k, value: v, words: true, scaled: true}
			c.last = k
		}
		x.subjectAfter(&c)
	}
	x.emit(&c)
	return c.last
}

// ofA returns the index after "of a" or "of an" at token j, or after "a"
// at j just after "half" ("half a cent"), or j.
func (x *extractor) ofA(j int) int {
	if x.eq(j, wOf) && (x.eq(j+1, wA) || x.eq(j+1, wAn)) {
		return j + 2
	}
	if x.eq(j, wA) && x.eq(j-1, wHalf) {
		if k := x.afterUS(j + 1); k > j+1 && x.tokIs(k, tWord) && x.toks[k].is(lexicon.Currency) {
			return k // "fell half a US cent"
		}
		return j + 1 // "rose half a cent"
	}
	return j
}

// shareAfter reports whether a share in words larger than share (a
// fraction of one) starts at token k.
func (x *extractor) shareAfter(k int, share float64) bool {
	v, _ := x.shareAt(k)
	return v > round2(100*share)
}

// shareAt reads a share in words at token k, "one-third", "a quarter",
// "two-thirds", "half", as a percentage, and returns it with the index
// after it; 0 when there is none ("half a billion yen", "half an hour"
// are amounts).
func (x *extractor) shareAt(k int) (float64, int) {
	if x.eq(k, wHalf) {
		if (x.eq(k+1, wA) || x.eq(k+1, wAn)) && x.tokIs(k+2, tWord) && x.toks[k+2].is(lexicon.Scale|lexicon.Currency|lexicon.Measure|lexicon.Duration) {
			return 0, k // "rose about a quarter to half a billion yen": a change, then the amount it reached
		}
		return 50, k + 1
	}
	if (x.eq(k, wA) || x.eq(k, wOne)) && x.eq(k+1, wHalf) {
		return 50, k + 2
	}
	num := 1.0
	switch {
	case x.eq(k, wA) || x.eq(k, wOne):
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal) && x.toks[k].entry().Num > 1 && x.toks[k].entry().Num < 10:
		num = x.toks[k].entry().Num
	default:
		return 0, k
	}
	f := k + 1
	if x.hyphenAt(k) {
		f = k + 2
	}
	if !x.tokIs(f, tWord) || !x.toks[f].is(lexicon.Fraction) || x.eq(f, wHalf) || x.toks[f].entry().Num == 0 {
		return 0, k
	}
	return round2(100 * num / x.toks[f].entry().Num), f + 1
}

// unitOfFraction returns the index of the word after "a" or "an", or "of
// a" or "of an", at token j after a fraction, where a unit of time or
// measure ("half an hour", "a quarter of a mile", and hyphenated "a
// quarter-of-an-hour") may stand; else j. A point is no unit there: "half a
// point" is a rate's.
func (x *extractor) unitOfFraction(j int) int {
	step := 1 // to the next word; 2 over a hyphen
	k := j
	if x.hyphenAt(j - 1) {
		step, k = 2, j+1
	}
	if x.eq(k, wOf) {
		if step == 2 && !x.hyphenAt(k) {
			return j
		}
		k += step
	} else if !x.eq(j-1, wHalf) {
		return j // "half a mile", but "fewer than a quarter a decade ago" is no share of the decade
	}
	if !(x.eq(k, wA) || x.eq(k, wAn)) || step == 2 && !x.hyphenAt(k) {
		return j
	}
	if u := k + step; x.tokIs(u, tWord) && !x.eq(u, wPoint) && !x.eq(u, wPoints) {
		return u
	}
	return j
}

// unitAfterFraction reports whether the word at token j, right after a
// fraction in words, is a unit of measure or time that it measures: "a
// tenth inch", "half mile", "a half hour"; but not "half point" (a rate's)
// nor "half second" (a rank), nor a unit glued to it by a hyphen ("half-mile
// race" is read as a compound elsewhere).
func (x *extractor) unitAfterFraction(j int) bool {
	if !x.tokIs(j, tWord) || x.pointAt(j) || x.eq(j, wSecond) || x.eq(j, wSeconds) {
		return false
	}
	t := &x.toks[j]
	return t.flags&fSpace != 0 && (x.measureAt(j) || t.is(lexicon.Duration))
}

// worldTitle reports whether the word at token j, after "world", names
// something won or set: "third world record", "second world title".
func (x *extractor) worldTitle(j int) bool {
	switch x.spAt(min(j, len(x.toks)-1)) {
	case wRecord, wRecords, wTitle, wTitles, wCup, wChampionship, wChampionships, wCrown, wWar:
		return j < len(x.toks)
	}
	return false
}

// periodsBefore reports whether the word at token j, before a count of
// fractions' names, makes them periods of a year: "the first three
// quarters", "the past two quarters", "the following three quarters".
func (x *extractor) periodsBefore(j int) bool {
	if x.tokIs(j, tWord) && x.toks[j].is(lexicon.Ordinal) && !x.toks[j].is(lexicon.Fraction) {
		return true
	}
	switch x.spAt(max(j, 0)) {
	case wLast, wPast, wNext, wPrevious, wPreceding, wFollowing, wComing, wRecent, wRemaining, wFinal:
		return j >= 0
	}
	return false
}

// changeNounAt reports whether the word at token j names a change that a
// fraction before it measures: "a one third reduction", "a quarter cut".
func (x *extractor) changeNounAt(j int) bool {
	switch x.spAt(min(j, len(x.toks)-1)) {
	case wReduction, wReductions, wCut, wCuts, wRise, wRises, wIncrease, wIncreases, wFall, wDrop, wDiscount, wDecline:
		return j < len(x.toks)
	}
	return false
}

// opinionAt reports whether token j, after a fraction, says what a share
// of people said, thought or do, as polls report it: "a third said", "one
// quarter backed", "a fifth felt", "a fifth rely entirely on".
func (x *extractor) opinionAt(j int) bool {
	if !x.tokIs(j, tWord) {
		return false
	}
	switch x.lowerAt(j) {
	case "said", "say", "says", "think", "thinks", "thought", "believe", "believes", "believed", "want", "wants", "wanted",
		"agree", "agrees", "agreed", "disagree", "disagreed", "support", "supports", "supported", "oppose", "opposes", "opposed",
		"backed", "back", "favour", "favoured", "favor", "favored", "prefer", "preferred", "feel", "felt", "voted", "expect", "expected",
		// what a share of people do: "a fifth rely entirely on", "a third have"
		"rely", "relied", "use", "used", "own", "owned", "have", "had", "are", "were", "buy", "bought", "admit", "admitted",
		"claim", "claimed", "plan", "planned", "spend", "spent", "reported", "report", "reports",
		"involve", "involved", "lack", "lacked", "face", "faced": // "a third involve violent felonies"
		return true
	}
	return false
}

// shareAfterShare reports whether the fraction after "a" or "one" at
// token a follows "and" (and a qualifier), a share read before in its
// sentence, the next share of a whole: "two-thirds of Dutch workers live
// within 15 km, and about a quarter cycle", "40% earmarked for players and
// a quarter going to football".
func (x *extractor) shareAfterShare(a int) bool {
	k := a - 1
	for _, q := range [...]spelling{wAbout, wNearly, wAlmost, wAround, wRoughly, wSome, wJust, wOver} {
		if x.eq(k, q) {
			k--
			break
		}
	}
	v := a + 2 // the verb after the share: "going", or before its object, "cycle the whole way" (but "a third province, Nineveh" ranks)
	if !x.eq(k, wAnd) || !x.tokIs(v, tWord) || x.toks[v].is(lexicon.Duration|lexicon.Measure|lexicon.Currency|lexicon.Scale) ||
		!strings.HasSuffix(x.lowerAt(v), "ing") && !(x.tokIs(v+1, tWord) && x.toks[v+1].is(lexicon.Determiner)) {
		return false
	}
	for n := len(x.claims) - 1; n >= 0; n-- {
		p := &x.claims[n]
		if x.sentenceEndIn(x.tokenAfter(p), a) {
			return false
		}
		if p.Kind == factcheck.Percent {
			return p.EndValue == nil
		}
	}
	return false
}

// byChange reports whether "by" and a verb of change stand before token
// i, the verb at most three words before "by": "has fallen by a fifth",
// "reduce sentences by a third", "dropped by nearly a quarter", "cut by up
// to one third the cash benefits".
func (x *extractor) byChange(i int) bool {
	a := i // "a" or "one" before the fraction
	if _, first := x.qualifier(i); first < i {
		i = first // "cut by up to one third"
	} else {
		for _, q := range []string{"nearly", "almost", "about", "around", "roughly", "some", "just", "over"} {
			if x.eqText(i-1, q) {
				i-- // "dropped by nearly a quarter"
				break
			}
		}
	}
	if x.eq(i-1, wOf) && x.tokIs(i-2, tWord) && rateChangeNoun(x.spAt(i-2)) {
		return true // "a jump of nearly a fifth on last year": a change's share
	}
	if i > 0 && (directChange(x.spAt(i-1)) || changeParticiple(x.lowerAt(i-1))) {
		// "down nearly a fifth on 2022", "sales rose a third in May", "have
		// fallen almost a fifth since March": the share of a change, "by"
		// left out
		k := a + 2 // after the fraction
		if x.eq(k, wTo) {
			_, level := x.numberAt(k + 1)
			return level || x.tokIs(k+1, tPunct) && currencySymbol(x.str(k+1)) != "" // "sales rose a third to 40,000 units", "rose about a quarter to half a billion yen"
		}
		return k >= len(x.toks) || x.tokIs(k, tPunct) || x.eq(k, wOn) || x.eq(k, wFrom) || x.eq(k, wIn) || x.eq(k, wSince) || x.eq(k, wOver) || x.eq(k, wCompared) || x.eq(k, wAgainst) ||
			x.eq(k, wAt) && (x.tokIs(k+1, tNum) || x.tokIs(k+1, tPunct) && currencySymbol(x.str(k+1)) != "") // "down a fifth at €5.10"
	}
	if !x.eq(i-1, wBy) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-12 && (x.tokIs(k, tWord) || x.tokIs(k, tNum) || x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 && x.tokIs(k-1, tWord) || x.tokIs(k, tPunct) && currencySymbol(x.str(k)) != ""); k-- {
		if changeWord(x.spAt(k)) {
			return true // "will reduce the 6,000 workforce of its helicopter division by around a third", "cut their holdings of U.S. Treasury bonds by up to a fifth", "to cut its £95m pension deficit by half"
		}
	}
	return false
}

// againstFraction reports whether the fraction after "a" at token i is a
// share compared with another, after "against", "versus" or "compared
// with" (and a qualifier): "half of sales to the U.S., against about a
// third in recent years", "two-thirds now, compared with fewer than a
// quarter a decade ago".
func (x *extractor) againstFraction(i int) bool {
	_, k := x.qualifier(i)
	k--
	if x.eq(k, wJust) {
		k--
	}
	compared := (x.eq(k, wWith) || x.eq(k, wTo)) && (x.eq(k-1, wCompared) || x.eq(k-1, wCompares))
	return (x.eq(k, wAgainst) || x.eq(k, wVersus) || x.eq(k, wVs) || compared) && !(x.tokIs(i+2, tWord) && x.toks[i+2].flags&fUpper == 0 && !x.toks[i+2].is(lexicon.Stop|lexicon.Determiner))
}

// partOfOne returns num/den, a part of one percent or point, as a
// checker writes it: to two places where it has no end ("a third of a
// percent", 0.33), exact where it has ("an eighth of a point", 0.125).
func partOfOne(num, den float64) float64 {
	v := num / den
	if k := v * 1000; math.Abs(k-math.Round(k)) > 1e-9 {
		return round2(v)
	}
	return v
}

// treatmentAfter reports whether token k, after "first-line" or
// "second-line", names a medical treatment or its use: "for first-line
// use", "second-line therapy" (but "the first-line supervisors" rank).
func (x *extractor) treatmentAfter(k int) bool {
	switch x.lowerAt(min(k, len(x.toks)-1)) {
	case "use", "treatment", "therapy", "therapies", "drug", "drugs", "chemotherapy", "setting", "option", "options":
		return true
	}
	return false
}

// comparedShare reports whether the bare fraction at token i is a share
// set beside a percentage just before it in its sentence, after "rather
// than", "instead of", "against", "versus" or "compared with": "serving
// 40% of their sentence rather than half".
func (x *extractor) comparedShare(i int) bool {
	k := i - 1
	switch {
	case x.eq(k, wThan) && x.eq(k-1, wRather), x.eq(k, wOf) && x.eq(k-1, wInstead), (x.eq(k, wWith) || x.eq(k, wTo)) && x.eq(k-1, wCompared):
		k -= 2
	case x.eq(k, wAgainst) || x.eq(k, wVersus) || x.eq(k, wVs):
		k--
	default:
		return false
	}
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Percent && x.tokenAfter(p) <= k+1 && x.tokenAfter(p) > x.sentenceStartBefore(i) && !x.sentenceEndIn(x.tokenAfter(p), k+1)
}

// andFinal reports whether "and final" or "and last" stands at token j,
// after an ordinal that it makes a rank: "a fifth and final mission".
func (x *extractor) andFinal(j int) bool {
	return x.eq(j, wAnd) && (x.eqText(j+1, "final") || x.eq(j+1, wLast))
}

// asMuch reports whether "as much" or "as many" opens at token j, after a
// fraction, or "as" and an adjective of degree: "about a third as much",
// "roughly a sixth as strong", a share of an amount said before.
func (x *extractor) asMuch(j int) bool {
	return x.eq(j, wAs) && (x.eq(j+1, wMuch) || x.eq(j+1, wMany) || x.eq(j+1, wLarge) || x.eq(j+1, wBig) || x.eq(j+1, wHigh) || degreeAdjective(x.lowerAt(min(j+1, len(x.toks)-1))))
}

// degreeAdjective reports whether w, in lower case, is an adjective of
// size or strength that a fraction and "as" compare: "a sixth as strong".
func degreeAdjective(w string) bool {
	switch w {
	case "strong", "fast", "bright", "heavy", "long", "wide", "tall", "deep", "old", "expensive", "dense", "powerful", "likely", "small", "low", "costly", "quick", "far":
		return true
	}
	return false
}

// directChange reports whether the word spelt sp says which way a figure
// moved, a share of the move after it with no "by": "down", "rose".
func directChange(sp spelling) bool {
	switch sp {
	case wUp, wDown, wRose, wFell, wDropped, wJumped, wGrew, wShrank, wSlumped, wClimbed, wSurged, wPlunged,
		wDeclined, wSlid, wTumbled, wSoared:
		return true
	}
	return false
}

// changeParticiple reports whether w, in lower case, is the participle of
// a verb of change that takes its share with no "by": "have fallen almost
// a fifth since March", "has risen a third".
func changeParticiple(w string) bool {
	switch w {
	case "fallen", "risen", "grown", "shrunk", "gained", "lost", "increased", "decreased", "rallied":
		return true
	}
	return false
}

// percentagePoint returns the index after "(of) a percentage point" at j,
// or after "point" when a change of a rate follows ("half-point cut"), or j.
func (x *extractor) percentagePoint(j int) int {
	k := j
	if x.eq(k, wOf) {
		k++
	}
	if x.eq(k, wA) && x.eq(k+1, wPercentage) && x.eq(k+2, wPoint) {
		return k + 3
	}
	if x.eq(k, wPercentage) && x.pointAt(k+1) {
		return k + 2 // "cut rates by half percentage point"
	}
	if x.eq(k, wA) && x.eq(k+1, wPoint) && x.rateNear(k) {
		return k + 2 // "cut by half a point to 3.0 pct"
	}
	if x.hyphenAt(j - 1) {
		k = j + 1
		if x.eq(k, wPercentage) && x.hyphenAt(k) && x.eq(k+2, wPoint) {
			return k + 3 // "a quarter-percentage-point cut"
		}
	}
	if x.eq(k, wPoint) && x.tokIs(k+1, tWord) && rateChangeNoun(x.spAt(k+1)) && x.rateWithin(k, rateChangeBack) && !(x.eqText(k+1, "range") && x.eq(j-2, wFrom)) {
		return k + 1 // "a half-point cut in base rates", "a quarter point rise", "a further half-point cut", the rates a paragraph up (but "shot 38.8% from three-point range", a basketball court's)
	}
	if x.eq(k, wPoint) && x.tokIs(k+1, tWord) && rateChangeNoun(x.spAt(k+1)) && x.bankBefore(j) {
		return k + 1 // "after the Bank's four quarter-point rises since November": a central bank's moves are of its rate
	}
	if x.eq(k, wPoint) && (x.eq(k+1, wHike) || x.eq(k+1, wHikes)) && x.hyphenAt(j-1) {
		return k + 1 // "one more quarter-point hike this year": a hike of points is a rate's, named or not
	}
	if x.eq(k, wPoint) && x.namedRateChange(k+1) {
		return k + 1 // "three quarter-point rate rises", "quarter-point prime rate increases"
	}
	if x.eq(k, wPoint) && x.rateWithin(k, 16) && (x.eq(j-3, wBy) || x.eq(j-2, wBy) ||
		(x.eq(j-2, wA) || x.eq(j-2, wAnother) || x.eq(j-2, wFurther)) && x.tokIs(j-3, tWord) && (changeWord(x.spAt(j-3)) || x.changedRates(j-3))) {
		return k + 1 // "cut rates by a quarter point", "fell a quarter point", "shed another half-point", "lifted their rates a quarter point"
	}
	return j
}

// bankBefore reports whether a central bank is named, perhaps as its
// own, in the four tokens before token j: "the Bank's four", "the Fed's
// two", "ECB".
func (x *extractor) bankBefore(j int) bool {
	for m := j - 1; m >= 0 && m >= j-4; m-- {
		if s := withoutPossessive(x.str(m)); s == "Bank" || centralBank(s) {
			return true
		}
	}
	return false
}

// namedRateChange reports whether a change of a rate, named or not,
// starts at token k: "rate rises", "interest rate cut", "prime rate
// increases".
func (x *extractor) namedRateChange(k int) bool {
	if centralBank(x.str(k)) && x.tokIs(k+1, tWord) && rateChangeNoun(x.spAt(k+1)) {
		return true // "three quarter-point ECB cuts": a central bank's moves are of its rate
	}
	if !x.eq(k, wRate) && !x.eq(k, wInterest) {
		if !x.tokIs(k, tWord) || x.toks[k].is(lexicon.Stop) || !x.eq(k+1, wRate) {
			return false
		}
		k++ // "prime rate", "discount rate"
	}
	if x.eq(k, wInterest) && x.eq(k+1, wRate) {
		k++
	}
	return x.tokIs(k+1, tWord) && rateChangeNoun(x.spAt(k+1))
}

// centralBank reports whether w, as written, is a central bank's
// initials, whose moves are of its rate: "ECB", "Fed", "BoE".
func centralBank(w string) bool {
	switch w {
	case "ECB", "Fed", "FOMC", "BoE", "BOE", "BoJ", "BOJ", "RBA", "RBI", "RBNZ", "SNB", "BoC", "BOC", "PBOC", "PBoC", "SARB", "CBN", "CBRT":
		return true
	}
	return false
}

// changedRates reports whether token k ends "rates" (or "rate") after a
// verb of change and at most one word: "lifted their rates", "raised its
// rate".
func (x *extractor) changedRates(k int) bool {
	if !x.eq(k, wRates) && !x.eq(k, wRate) {
		return false
	}
	return x.tokIs(k-1, tWord) && changeWord(x.spAt(k-1)) || x.tokIs(k-2, tWord) && changeWord(x.spAt(k-2))
}

// pointRateBack is how many tokens back a rate may stand for the points
// of a fraction said after it to be percentage points: a sentence.
const pointRateBack = 30

// rateNear reports whether a rate or a percentage is named within a few
// words of token k: then "half a point" is half a percentage point.
func (x *extractor) rateNear(k int) bool {
	return x.rateWithin(k, 8)
}

// rateChangeBack is how many tokens back a rate named before "a
// half-point cut" may stand: a few sentences' worth ("base lending rates"
// in the sentence before "A follow-up half-point cut is anticipated", or
// three sentences up). Such points are percentage points of whatever
// percentage is near: a rate's, a poll's; an index's are read first.
const rateChangeBack = 120

// rateWithin reports whether a rate or a percentage is named within back
// words before token k or a few after it, or a central bank, whose moves
// are of its rate ("The Fed delivered a half-point cut").
func (x *extractor) rateWithin(k, back int) bool {
	for m := max(k-back, 0); m < k+12 && m < len(x.toks); m++ { // "cuts in U.K. Bank base lending rates"
		switch x.lowerAt(m) {
		case "rate", "rates", "yield", "yields", "pct", "percent", "%", "inflation", "coupon", "libor", "prime", "treasuries", "percentage": // (and "a half-percentage-point hike, ... three more quarter-point increases")
			return true
		case "factor", "factors", "share":
			if w := x.lowerAt(max(m-1, 0)); w == "load" || w == "market" {
				return true // an airline's load factor, a market share: percentages whose points are percentage points
			}
		}
		if m < k && (centralBank(x.str(m)) || x.str(m) == "Open" && x.str(m+1) == "Market" && x.str(m+2) == "Committee") {
			return true // "the Fed", "The Federal Open Market Committee voted 11-0 for the quarter-point increase"
		}
	}
	return false
}

// holdingAt reports whether the word at token j names a share of a
// company or an asset that someone holds: "a half interest", "a half
// stake", "a half share in", "half ownership".
func (x *extractor) holdingAt(j int) bool {
	switch x.spAt(j) {
	case wShare:
		return x.eq(j+1, wIn) // "a half share in the company", but "one-half share of common" is half a share
	case wInterest, wStake, wOwnership, wHolding, wShareholding, wOwned, wPartnership:
		return x.tokIs(j, tWord) && (x.toks[j].flags&fNewline == 0 || x.proseWraps(j))
	}
	return false
}

// spanOpener reports whether the word spelt sp places a length of time
// before or after now ("next", "past"), a word that opens its span.
func spanOpener(sp spelling) bool {
	switch sp {
	case wNext, wPast, wLast, wComing, wPrevious, wFollowing:
		return true
	}
	return false
}

// emit turns c into a Claim.
func (x *extractor) emit(c *claimParts) {
	start, end := int(x.toks[c.first].s), int(x.toks[c.last-1].e)
	if k := c.first - 1; c.unitKind == factcheck.Ordinal && c.first == c.num.first && k >= 0 && !x.breakIn(c.first, c.first+1) && rankDeterminer(x.spAt(k)) && !x.manyAt(c.last) {
		// "the ninth", "his fifth of the tournament": the rank with its
		// determiner, as checkers quote it (but "their first two games"
		// leaves the determiner to the count)
		start = int(x.toks[k].s)
	}
	if k := c.first - 1; c.unitKind == factcheck.Duration && c.first == c.num.first && !x.breakIn(c.first, c.first+1) && k >= 1 && spanOpener(x.spAt(k)) && x.eq(k-1, wThe) {
		start = int(x.toks[k].s) // "over the next four years", "in the past two years": the period as checkers quote it (but "expected to last 12 days")
	}
	if c.end != nil && x.eq(c.first-1, wBetween) && !x.breakIn(c.first, c.first+1) {
		start = int(x.toks[c.first-1].s) // "between 15 and 18 pct": the range as CLAIMS.md quotes it
	}
	if c.subjectEnd > c.last && !(c.unitKind == factcheck.Duration && (x.eq(c.last-1, wOld) || x.eq(c.last-1, wOlds))) {
		end = int(x.toks[c.subjectEnd-1].e) // but an age ends at its own word: "a 28-year-old" of "a 28-year-old man"
	}
	cl := factcheck.Claim{
		Doc:       x.doc,
		Start:     start,
		End:       end,
		Text:      x.text[start:end],
		Kind:      c.unitKind,
		Unit:      c.unit,
		Qualifier: c.qual,
	}
	if cl.Kind == factcheck.Date && c.qual == factcheck.Exact {
		cl.Qualifier = x.dateBound(c.first) // "on or before August 31", "until at least 1989"
	}
	if p := x.lastClaim(); cl.Kind == factcheck.Money && c.qual == factcheck.Exact && x.eq(c.first-1, wOr) && p != nil && p.Kind == factcheck.Money && p.Qualifier == factcheck.Approx &&
		x.tokenAfter(p) == c.first-1 {
		cl.Qualifier = factcheck.Approx // "a charge of about 686,000 dlrs or 19 cts per share": the sum said again, as roughly
	}
	if cl.Unit == "ounce" && x.ozWritten(c) {
		cl.Unit = "oz" // "2,000 oz of gold": as written, as the goldens' hands write it
	}
	if cl.Kind == factcheck.Money {
		sum := c.first
		for sum < c.num.first && x.tokIs(sum, tWord) && x.toks[sum].flags&fUpper == 0 {
			sum++ // the sum's first token, after its qualifier: "nearly GH₵4,800"
		}
		cl.Unit = x.codeOfItsTime(cl.Unit, sum)
		if crypto(cl.Unit) {
			cl.Kind = factcheck.Measure // "342,000 ether": coins have no ISO 4217 code, so no money; a measure in their ticker, as most goldens' hands write them
		}
	}
	if cl.Qualifier == "" {
		cl.Qualifier = factcheck.Exact
	}
	if k := c.first - 1; cl.Qualifier == factcheck.Exact && k >= 1 && len(x.claims) > 0 && (x.mark(k) == '(' || x.mark(k) == ';' && x.conversion(&x.claims[len(x.claims)-1])) {
		// a conversion in brackets is bounded as its figure is: "less than
		// 100 miles (161 km)", "up to 200,000 yuan ($24,000; £12,700)"; a
		// bound after the brackets bounds both: "$75,000 (£39,000) or above"
		if p := &x.claims[len(x.claims)-1]; p.End == int(x.toks[k-1].e) && p.Kind == cl.Kind {
			cl.Qualifier = p.Qualifier
			if q, after := x.suffixQualifier(c.last + 1); cl.Qualifier == factcheck.Exact && after > c.last+1 && x.tokIs(c.last, tPunct) && x.mark(c.last) == ')' {
				cl.Qualifier, p.Qualifier = q, q
			}
		}
	}
	if c.unitKind == factcheck.Date {
		cl.Value = factcheck.Value{Date: c.date}
		if c.endDate != "" {
			cl.EndValue = &factcheck.Value{Date: c.endDate}
		}
		cl.Subject = x.subjectBefore(c.first)
	} else {
		f := c.factor
		if f == 0 {
			f = 1
		}
		cl.Value = factcheck.Value{Num: c.num.value * f}
		if c.end != nil {
			cl.EndValue = &factcheck.Value{Num: c.end.value * f}
		}
		if f != 1 || c.num.scaled || c.num.decimal || c.end != nil && (c.end.scaled || c.end.decimal) {
			cl.Value.Num = tidy(cl.Value.Num)
			if cl.EndValue != nil {
				cl.EndValue.Num = tidy(cl.EndValue.Num)
			}
		}
		switch p := x.wholeBefore(c.first, cl.Kind, cl.Value.Num); {
		case c.subjectEnd > 0:
			cl.Subject = x.text[x.toks[c.subjectStart].s:x.toks[c.subjectEnd-1].e]
		case p != nil:
			cl.Subject = p.Subject // "redundancies of 800 ..., starting with 350 this year": 350 redundancies
		default:
			cl.Subject = x.subjectBefore(c.first)
		}
	}
	x.claims = append(x.claims, cl)
	if cl.Kind == factcheck.Measure || cl.Kind == factcheck.Money || cl.Kind == factcheck.Percent {
		x.changeOfLevel(c.first)
	}
	if cl.Kind == factcheck.Money {
		x.centsOfLevel(c.first)
	}
}

// centsOfLevel gives the change in cents just before the sum in cents at
// token i, told as a change to it ("The Australian dollar rose nearly half
// a cent to 71.20 U.S. cents"), the level's currency: a currency's rate is
// quoted in the other's cents, its change with it.
func (x *extractor) centsOfLevel(i int) {
	if len(x.claims) < 2 || !x.eq(i-1, wTo) {
		return
	}
	p, l := &x.claims[len(x.claims)-2], &x.claims[len(x.claims)-1]
	if e := x.tokenAfter(l) - 1; !x.eq(e, wCents) && !x.eq(e, wCent) || p.Kind != factcheck.Money || p.Unit == l.Unit || p.End != int(x.toks[i-2].e) || !x.eq(i-2, wCent) && !x.eq(i-2, wCents) {
		return
	}
	switch x.spAt(max(x.tokenOf(p)-1, 0)) {
	case wRose, wFell, wGained, wLost, wDropped, wDeclined, wClimbed, wJumped, wSlipped, wEased, wUp, wDown:
		p.Unit = l.Unit
	}
}

// changeOfLevel gives the bare count just before the measure, the sum
// or the percentage at token i, told as a change ("copper stocks rose
// 2,100 to 154,300 tonnes", "white sugar fell 1.50 to 181 dlrs", "rates
// rose 1 to 30 pct"), the level's kind and unit: the change of a level is
// in the level's unit, said once after both. A sum with a scale word
// ("rose 2 to 181 mln dlrs") leaves the change's scale unsaid, and the
// count as it is.
func (x *extractor) changeOfLevel(i int) {
	if len(x.claims) < 2 || !x.eq(i-1, wTo) || !x.tokIs(i-2, tNum) {
		return
	}
	p, l := &x.claims[len(x.claims)-2], &x.claims[len(x.claims)-1]
	// a bare figure that took the currency of a sum in an earlier
	// sentence is the level's still: "... 181 dlrs. Shares rose 2 to 181
	// pence"
	carried := p.Kind == factcheck.Money && l.Kind == factcheck.Money && p.Unit != l.Unit && p.Start == int(x.toks[i-2].s)
	if p.Kind != factcheck.Count && !carried || p.EndValue != nil || p.End != int(x.toks[i-2].e) || l.EndValue != nil || x.tokIs(x.tokenOf(p), tWord) {
		return
	}
	factor := 1.0 // "shares rose 2 to 181 pence": the change in pence too, 0.02 pounds
	if l.Kind == factcheck.Money {
		n, ok := x.numberAt(i)
		if !ok || n.scaled || n.value <= p.Value.Num {
			return // but "Bell Group, up 15 to 10.85": a change in cents, a level in dollars
		}
		factor = l.Value.Num / n.value
	}
	switch x.spAt(max(x.tokenOf(p)-1, 0)) {
	case wRose, wFell, wIncreased, wDecreased, wGained, wLost, wAdded, wDropped, wDeclined, wClimbed, wJumped, wSlipped, wEased, wUp, wDown:
		p.Kind, p.Unit, p.Value.Num = l.Kind, l.Unit, tidy(p.Value.Num*factor)
	}
}

// rankDeterminer reports whether the word spelt sp is a determiner that
// an ordinal's span takes: "the", "a", "his", "their".
func rankDeterminer(sp spelling) bool {
	switch sp {
	case wThe, wA, wAn, wHis, wHer, wIts, wTheir, wOur, wMy, wYour:
		return true
	}
	return false
}

// wholeBefore returns the claim of kind k that the figure v at token i
// is a part of, when "starting with", "beginning with" or "including"
// stands just before i: the first of its sentence with a subject and a
// larger value ("planned redundancies of 800 from the sector's 4,000
// workforce, starting with 350 this year": 350 redundancies). It returns
// nil when there is none.
func (x *extractor) wholeBefore(i int, k factcheck.Kind, v float64) *factcheck.Claim {
	if !(x.eq(i-1, wWith) && (x.eq(i-2, wStarting) || x.eq(i-2, wBeginning)) || x.eq(i-1, wIncluding)) {
		return nil
	}
	var whole *factcheck.Claim
	for m := len(x.claims) - 1; m >= 0; m-- {
		p := &x.claims[m]
		pi := x.tokenOf(p)
		if x.sentenceEndIn(pi, i) {
			break
		}
		if p.Kind == k && p.Subject != "" && p.Value.Num > v {
			whole = p
		}
	}
	return whole
}

// tidy rounds away the binary noise of a product: 1.13*1e9 is 1130000000.
func tidy(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// sumEndsBefore reports whether the claim read last is a sum of money, or
// a count of a thousand or more that names no currency (a wire sum), that
// ends just before token i: "140,000 dlrs" or "2.5 mln" before "a quarter"
// (but not "two parks cover" before "a quarter of a million hectares").
func (x *extractor) sumEndsBefore(i int) bool {
	p := x.lastClaim()
	return p != nil && i > 0 && (p.Kind == factcheck.Money || p.Kind == factcheck.Count && p.Value.Num >= 1000) && p.End == int(x.toks[i-1].e)
}

// marginWordBefore reports whether a word of winning or leading stands in the
// few words before token i, making a fraction of a length a race's
// margin: "won by half a length", "led by three-quarters of a length".
func (x *extractor) marginWordBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch x.lowerAt(k) {
		case "won", "win", "wins", "winning", "beat", "beaten", "led", "lead", "leading", "margin", "by":
			return true
		}
	}
	return false
}

// marginAfter reports whether w, after a fraction of a length, says it is
// a margin: "ahead", "clear", "behind", "up" and "down" ("three-quarters of
// a length up on the Netherlands").
func marginAfter(w string) bool {
	return w == "ahead" || w == "clear" || w == "behind" || w == "up" || w == "down"
}
