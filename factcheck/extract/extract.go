// Package extract finds the quantitative claims of a news article: counts,
// percentages, sums of money, measures, durations, ordinals and dates,
// each with its value (or range), unit, qualifier, subject and sentence
// (../shared/CLAIMS.md, beside the repository, gives the rules and
// examples).
//
// ParseArticle is the entry point: it decodes an article file's bytes
// (UTF-8, UTF-16 with a byte order mark, or else Windows-1252), reads its
// publication date, and returns the claims with offsets into the file's
// own bytes. The words it knows are in the lexicon it shares with grouping
// (internal/lexicon); a change to what it finds is a change of
// factcheck.RulesVersion.
package extract

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// extractor holds the state of one extraction over a text.
type extractor struct {
	doc           string
	text          string
	toks          []token
	pub           calendar.Date // publication date; zero when unknown
	pubGiven      bool          // whether pub was given, not read from the text
	month         int           // the month most recently named, for "the 31st"
	sents         []span
	claims        []factcheck.Claim
	order         int8   // numeric dates: 0 not yet read, dayFirst or monthFirst
	orderFixed    bool   // whether some numeric date is valid in one order only
	orderByOutlet bool   // whether the order comes from the dates in words or the dateline
	local         string // the dollar of a local outlet's dateline (localDollar): "-" for none, "" not yet read
	yuan          int8   // whether the text names the yuan: 0 not yet read, 1 no, 2 yes
	// signAhead is the first currency sign at or after the token where
	// signAfter last looked: its index (len(toks) for none) and code
	signAhead struct {
		read bool
		at   int
		code string
	}
	boeing   int8     // whether the text names Boeing, whose jets' numbers are models: 0 not yet read, 1 no, 2 yes
	cwt      int8     // whether the text prices per hundredweight ("dlrs per cwt"): 0 not yet read, 1 no, 2 yes
	sterling int8     // whether the text names sterling (namesSterling): 0 not yet read, 1 no, 2 yes
	lbPriced bool     // whether a price followed a weight in pounds (weightPrice)
	where    *country // where the text is set, once a currency's name asks
	list     listMemo // the unit of the last bare figure of a list
	// dollar is the dollar the text last named with its country before
	// token dollarAt (namedDollar)
	dollar   string
	dollarAt int
	// decComma is whether the text writes decimals with a comma
	// (decimalCommaText): 0 not yet read, 1 no, 2 yes
	decComma int8
	// cricket is whether the text tells of cricket (cricketText): 0
	// unread, 1 no, 2 yes
	cricket int8
	// rugby is whether the text tells of rugby (rugbyText): 0 unread, 1
	// no, 2 yes
	rugby int8
	// golf is whether the text tells of golf (golfText): 0 unread, 1 no,
	// 2 yes
	golf int8
	// mmHg is whether the text writes a pressure in mmHg (writesMmHg): 0
	// unread, 1 no, 2 yes
	mmHg int8
	// lineFirst and lineTo bound the tokens lineStart last found on one
	// line, lineFirst its first.
	lineFirst, lineTo int
	// colsStart and colsEnd bound in bytes the line lineColumns last
	// read, and cols is its count of columns (colsEnd 0: none read).
	colsStart, colsEnd, cols int
	// newLira is whether an undated text's Turkish lira are the new
	// lira by their worth (newLiraText): 0 unread, 1 no, 2 yes
	newLira int8
	// metric is whether the text's figures with a glued "m" are metres:
	// 0 not yet read, 1 no, 2 yes (metricText)
	metric int8
	// tempScale is the temperature scale the text states: 0 not yet
	// read, 'C', 'F', or 'n' for none or both
	tempScale byte
	// polls is whether the text reports polls (pollText): 0 not yet
	// read, 1 no, 2 yes.
	polls int8
	// market is whether the text tells of a stock market and no game
	// (marketText): 0 not yet read, 1 no, 2 yes.
	market int8
	// gravity is the scale of density the text names after "degrees"
	// (statedGravity): "" not yet read, "-" for none
	gravity string
	// results is whether the text is a wire report of results: 0 not yet
	// read, 1 no, 2 yes (resultsReport)
	results int8
	// races is whether the text speaks of races against the clock: 0 not
	// yet read, 1 no, 2 yes (raceText)
	races int8
	// indexTable is whether the text is a table of an index its
	// headline names: 0 not yet read, 1 no, 2 yes (indexReport)
	indexTable int8
	// priceTable is whether the text is a table of a price its headline
	// names: 0 not yet read, 1 no, 2 yes (priceReport)
	priceTable int8
	// sheet is whether the text lists a football match's sheet (see
	// matchSheet): 0 not yet read, 1 no, 2 yes.
	sheet int8
	// futures is whether the text is a wire's table of grain futures
	// (grainFutures): 0 not yet read, 1 no, 2 yes
	futures int8
	// models holds the digits the text named a product's model by
	// (productModel), and a release's name and number ("Symphony 1.2",
	// releaseName)
	models map[string]bool
	// wire is the dollar of the text's dateline (datelineDollar, read by
	// wireCode): "" not yet read, "-" for none
	wire string
	// sums is what billionsOfSums has read of the claims so far: how
	// many, whether a count or measure of a hundred million or more was
	// among them, and the last sum of money (its index plus one, 0 none)
	sums struct {
		read, last int
		counted    bool
	}
	// unitPrice is what reviewPrice has read of the claims so far: how
	// many, and the first sum priced per a unit of measure among them
	// (its index plus one, 0 none yet)
	unitPrice struct{ read, first int }
	// money and dated are what lastMoney and inDate have read of the
	// claims so far: how many, and the last sum (not in cents) or date
	// among them (its index plus one, 0 none yet)
	money, dated struct{ read, last int }
	// marks is what readMarks has read of the claims so far: how many,
	// and whether one was in Deutsche Marks
	marks struct {
		read  int
		found bool
	}
	// place is the place of the text's dateline and the index of the
	// mark after it (datelinePlace), once placeRead
	place     string
	placeEnd  int
	placeRead bool
}

// The order of day and month in a document's numeric dates.
const (
	dayFirst int8 = iota + 1
	monthFirst
)

type span struct{ s, e int }

// tokenPool recycles token slices between extractions.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 2048); return &s }}

// extract finds the claims in text, a whole article decoded to UTF-8, and
// returns them with the publication date: published when given, else the
// date read from the text, else "".
func extract(doc, text, published string) ([]factcheck.Claim, string) {
	x := &extractor{doc: doc, text: text}
	buf := tokenPool.Get().(*[]token)
	x.toks = tokenize(text, (*buf)[:0])
	// About a claim every 40 tokens in news: room for most articles' at
	// once, as growing the slice claim by claim costs more.
	x.claims = make([]factcheck.Claim, 0, len(x.toks)/40+4)
	defer func() {
		if cap(x.toks) <= 1<<20 {
			*buf = x.toks[:0]
			tokenPool.Put(buf)
		}
	}()
	if x.pub, x.pubGiven = calendar.ParseISO(published); !x.pubGiven {
		x.pub = x.findPublished()
	}
	for i := 0; i < len(x.toks); {
		if next := x.at(i); next > i {
			i = next
		} else {
			i++
		}
	}
	x.headlineSums()
	x.sentences()
	if x.pub.M == 0 {
		return x.claims, ""
	}
	return x.claims, x.pub.ISO()
}

// at tries to read a claim starting at token i and returns the index after
// it, or i when there is none.
func (x *extractor) at(i int) int {
	t := &x.toks[i]
	if x.courtPoints(i) {
		return i + 4 // "shot 38.8% from three-point range": a basketball court's line, no claim
	}
	switch t.class {
	case tNum:
		return x.numeric(i, -1)
	case tPunct:
		if x.str(i) == "\u2605" {
			return x.starGlyphs(i) // "★★★★☆"
		}
		if x.text[t.s] != '&' && currencySymbol(x.str(i)) == "" {
			return i // a mark that opens no sum: most of them
		}
		if currencySymbol(x.str(i)) != "" && x.tokIs(i+1, tNum) && (x.toks[i+1].flags&fSpace == 0 || x.oneSpaceBefore(i+1)) {
			return x.numeric(i+1, i) // (and "€ 4,3 bn", "£ 250": a sign spaced once from its figure)
		}
		if currencySymbol(x.str(i)) != "" && x.mark(i+1) == '.' && x.toks[i+1].flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.leadingPoint(i+2) {
			return x.numeric(i+2, i) // "$.99 each": cents, the point leading
		}
		if x.dollarSuffix(i) != "" {
			return x.numeric(i+2, i) // "$NZ1.05 million", "$A1.1bn"
		}
		if next := x.signedSum(i); next > i {
			return next // "EBIT €-112m (€+38m)"
		}
		if x.text[t.s] != '&' {
			return i
		}
		if sym, n := entitySymbol(x.text[t.s:]); sym != "" {
			k := i + 1
			for k < len(x.toks) && x.toks[k].s < t.s+int32(n) {
				k++
			}
			if x.tokIs(k, tNum) && x.toks[k].s == t.s+int32(n) {
				return x.numeric(k, i) // "&#163;1.8m": a pound sign an HTML page's text escaped
			}
		}
		return i
	}
	if t.flags&fUpper != 0 && i+1 < len(x.toks) {
		// "US$40m", "R$10", "EUR 40m", "CHF300"
		next := &x.toks[i+1]
		if next.class == tPunct && x.text[next.s] == '$' && next.flags&fSpace == 0 && x.tokIs(i+2, tNum) && currencyPrefix(x.str(i)) != "" {
			return x.numeric(i+2, i)
		}
		if next.class == tPunct && x.str(i+1) == "£" && next.flags&fSpace == 0 && x.tokIs(i+2, tNum) && poundPrefix(x.str(i)) != "" {
			return x.numeric(i+2, i) // "IR£4,500"
		}
		if next.class == tPunct && (x.str(i+1) == "₵" || x.str(i+1) == "¢") && next.flags&fSpace == 0 && x.tokIs(i+2, tNum) && x.str(i) == "GH" {
			return x.numeric(i+2, i) // "GH₵12.45", "GH¢1,100", "GH₵ 650": Ghana's cedi
		}
		if t.e-t.s == 1 {
			if k := x.solSign(i); k > i {
				return x.numeric(k, i) // "S/ 11.30": Peru's sol
			}
		}
		if next.class == tNum && t.flags&fAllCaps != 0 && x.codeBefore(i) != "" {
			return x.numeric(i+1, i)
		}
		if next.class == tNum || next.class == tPunct && next.flags&fSpace == 0 && (x.str(i+1) == "'" || x.str(i+1) == "\u2019") {
			if k := x.fiscalYear(i); k > i {
				return k // "FY25", "FY 2025/26"
			}
		}
	}
	if t.is(lexicon.Duration) {
		if next := x.unitAdjective(i); next > i {
			return next
		}
		if next := x.asManyPeriods(i); next > i {
			return next // "the third time in as many years"
		}
		if next := x.namedSpan(i); next > i {
			return next // "over the final fortnight of the campaign", "over the past decade"
		}
	}
	if next := x.quarterOfYear(i); next > i {
		return next // "Q1 2024", "the first quarter of 2024"
	}
	k := i + 1
	if x.mark(k) == '.' {
		k++ // "kr. 52.6 billion" in a story of Denmark: the prefix's abbreviation dot
	}
	if x.tokIs(k, tNum) && x.localPrefixAt(i) != "" {
		return x.numeric(k, i) // "N70,000" in a report from Lagos, "Sh 5" from Nairobi
	}
	if t.word == theWord {
		if next := x.spanAndAHalf(i); next > i {
			return next // "over the past year and a half"
		}
	}
	if x.text[t.e-1] >= 0x80 && signsAfter[x.str(i)] != "" && x.tokIs(i+1, tNum) && (x.toks[i+1].flags&fSpace == 0 || x.oneSpaceBefore(i+1)) {
		return x.numeric(i+1, i) // "zł70.4bn": a sign most sums write after the figure, before it
	}
	if t.sp == wEvens || t.sp == wEven {
		if next := x.wordOdds(i); next > i {
			return next // "cut to 4/6 from evens", "at even money"
		}
	}
	// words: only those in the lexicon can start a claim
	if !t.is(lexicon.Start) {
		if t.word == nilWord {
			return x.resultsNil(i)
		}
		return i
	}
	if x.usCents(i) {
		return x.usCentsClaim(i) // "a cost of US94c/lb": US cents, as Australian miners write them
	}
	if next := x.wordName(i); next > i {
		return next
	}
	if wordPrefix(x.str(i)) {
		k := i + 1
		if x.tokIs(k, tPunct) && x.mark(k) == '.' {
			k++
		}
		if x.tokIs(k, tNum) {
			return x.numeric(k, i)
		}
	}
	if next := x.rank(i); next > i {
		return next
	}
	if next := x.wordDecade(i); next > i {
		return next
	}
	if t.is(lexicon.Multiple) {
		return x.multiple(i)
	}
	if t.is(lexicon.Month) {
		if next := x.date(i); next > i {
			return next
		}
	}
	if skip := x.skipURL(i); skip > i {
		return skip
	}
	if t.is(lexicon.Ordinal) {
		if next := x.nthWeekday(i); next > i {
			return next // "the first Monday of March 2025"
		}
	}
	if t.is(lexicon.Ordinal) && !x.remainingShare(i) && !(t.is(lexicon.Fraction) && (x.eq(i-1, wA) || x.eq(i-1, wOne)) && !x.andFinal(i+1) && (x.eq(i+1, wOf) || x.eq(i+1, wOff) || x.fractionAlone(i+1) || x.byChange(i-1) || x.againstFraction(i-1) || x.asMuch(i+1) || x.opinionAt(i+1) || x.moreThan(i+1) || x.changedFromFraction(i) || x.qualifierBefore(i-1) && modalVerb(x.lowerAt(i+1)) ||
		modalVerb(x.lowerAt(i+1)) && x.tokIs(i+2, tWord) && !x.eq(i+2, wBe) && !x.toks[i+2].is(lexicon.Stop))) {
		if next := x.ordinal(i); next > i {
			return next
		}
	}
	if next := x.elidedOrdinal(i); next > i {
		return next // "for a first offence, rising to CHF 130 for a second"
	}
	if next := x.fraction(i); next > i {
		return next
	}
	if next := x.indefiniteDuration(i); next > i {
		return next
	}
	if next := x.vagueDuration(i); next > i {
		return next
	}
	if next := x.indefiniteMeasure(i); next > i {
		return next
	}
	if t.is(lexicon.Cardinal) && x.hyphenAt(i) && (t.flags&fUpper == 0 || x.sentenceStart(i)) {
		if next := x.ordinalDay(i); next > i {
			return next // "the twenty-first of June"
		}
	}
	if next := x.banknote(i); next > i {
		return next
	}
	if next := x.wordOdds(i); next > i {
		return next // "a million to one"
	}
	if t.is(lexicon.Cardinal) {
		if y, k := x.spokenYear(i); y != 0 {
			c := claimParts{first: i, last: k, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(y)}
			x.emit(&c) // "in nineteen seventy-four": a year said aloud
			return k
		}
		if x.eq(i, wTwo) && x.eq(i+1, wThousand) && (x.eq(i-1, wIn) || x.eq(i-1, wSince) || x.eq(i-1, wUntil)) {
			// "in two thousand and eight": this century's year said aloud,
			// after a preposition of time and before no noun
			if n, ok := x.wordNumber(i); ok && n.value > 2000 && n.value < 2100 && (n.last >= len(x.toks) || x.tokIs(n.last, tPunct) || x.toks[n.last].is(lexicon.Stop)) {
				c := claimParts{first: i, last: n.last, unitKind: factcheck.Date, qual: factcheck.Exact, date: strconv.Itoa(int(n.value))}
				x.emit(&c)
				return n.last
			}
		}
	}
	if t.is(lexicon.Cardinal|lexicon.Scale|lexicon.Vague) || x.eq(i, wA) || x.eq(i, wAn) || x.eq(i, wHalf) || x.eq(i, wSeveral) || x.eq(i, wFew) || x.eqText(i, "multi") {
		return x.spelled(i)
	}
	return i
}

// banknote reads at token i a sum that British slang names by its note,
// "a tenner" (10 pounds) or "a fiver" (5), perhaps with a word before the
// note ("a measly fiver"): it returns the index after it, or i.
func (x *extractor) banknote(i int) int {
	if !x.eq(i, wA) {
		return i
	}
	k := i + 1
	if x.tokIs(k, tWord) && x.toks[k].flags&fUpper == 0 && x.toks[k].word == 0 && (x.eq(k+1, wTenner) || x.eq(k+1, wFiver)) {
		k++ // "a measly fiver each"
	}
	var v float64
	switch {
	case x.eq(k, wTenner):
		v = 10
	case x.eq(k, wFiver):
		v = 5
	default:
		return i
	}
	c := claimParts{first: i, last: k + 1, num: number{first: i, last: k + 1, value: v, words: true}, unitKind: factcheck.Money, unit: "GBP", factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// skipURL returns the end of a URL or e-mail address starting at token i.
func (x *extractor) skipURL(i int) int {
	s := x.text[x.toks[i].s:]
	if !(strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) {
		return i
	}
	end := strings.IndexAny(s, " \t\n\r")
	if end < 0 {
		end = len(s)
	}
	stop := x.toks[i].s + int32(end)
	j := i
	for j < len(x.toks) && x.toks[j].s < stop {
		j++
	}
	return j
}

// numeric reads a claim whose number is the digits at token i; sym is the
// index of a currency symbol or prefix before it, or -1.
func (x *extractor) numeric(i, sym int) int {
	if next := x.quoteRange(i, sym); next > i {
		return next
	}
	if sym < 0 {
		if next := x.eraYear(i); next > i {
			return next
		}
		if next := x.machNumber(i); next > i {
			return next
		}
		if next := x.exposure(i); next > i {
			return next // "f/2.8", "ISO 3200", "1/8000s"
		}
		if next := x.coordinate(i); next > i {
			return next // "33°52′S", "18.4N 64.6W"
		}
		if next := x.slashRating(i); next > i {
			return next // "4.5/5", "rated 3/10"
		}
		if next := x.flightLevel(i); next > i {
			return next // "cruising at FL350"
		}
	}
	if sym < 0 {
		if next := x.bloodPressure(i); next > i {
			return next // "140/90mmHg": systolic over diastolic
		}
	}
	if sym < 0 {
		if next := x.odds(i); next > i {
			return next // "won at 100-1", "the 5/2 favourite"
		}
	}
	if sym < 0 && (i == 0 || x.toks[i].flags&fSpace != 0 || x.toks[i-1].class != tWord) {
		if next := x.numericDate(i); next > i {
			return next
		}
		if next := x.shortSeason(i); next > i {
			return next
		}
	}
	if sym < 0 {
		if next := x.rankNo(i); next > i {
			return next
		}
	}
	if sym < 0 {
		if next := x.cricketScore(i); next > i {
			return next
		}
		if next := x.splitShares(i); next > i {
			return next
		}
		if next := x.slashFraction(i); next > i {
			return next
		}
	}
	if sym < 0 {
		if next := x.percentListItem(i); next > i {
			return next
		}
	}
	if sym < 0 {
		if next := x.hoursAndMinutes(i); next > i {
			return next
		}
		if next := x.minutesAndSeconds(i); next > i {
			return next
		}
		if next := x.gameClock(i); next > i {
			return next
		}
		if next := x.matchMinute(i); next > i {
			return next
		}
	}
	if sym < 0 && (x.joinedDayMonth(i) || x.gluedSlash(i+1) && x.dayOfMonth(i)) {
		if next := x.dayMonth(i); next > i {
			return next // "Filed 7-Feb-2020": a date even after a name; "on 21/22 December", two days
		}
	}
	if next := x.shareRatio(i); next > i && sym < 0 {
		return next // "a 3-for-2 stock split"
	}
	if next := x.evenSplit(i); next > i && sym < 0 {
		return next // "a 50-50 joint venture"
	}
	if sym < 0 {
		if next := x.heightInPrimes(i); next > i {
			return next // "she is 5'4"", "the 6'9" forward"
		}
		if next := x.primeTime(i); next > i {
			return next // "at 1'04"", "6h 14'44"": a stage's gap and time in primes
		}
		if next := x.raceTime(i); next > i {
			return next // "Ruth Wambui      2:21:07": a runner's time after her name, no name's number
		}
	}
	if sym < 0 {
		if next := x.accelerationBenchmark(i); next > i {
			return next // "0-62mph in 3.2 seconds": the benchmark's name, its time the claim
		}
	}
	if sym < 0 {
		if next := x.ageGroup(i); next > i {
			return next // "walking programmes for over-60s"
		}
	}
	if sym < 0 {
		if next := x.dayOfDateBefore(i); next > i {
			return next // "on Nov. 9-10 and 16-17"
		}
	}
	if x.notAQuantity(i, sym) {
		return x.skipNumberRun(i)
	}
	if sym < 0 {
		if next := x.dayMonth(i); next > i {
			return next
		}
	}
	n, ok := x.digits(i)
	if !ok {
		return x.skipNumberRun(i)
	}
	if sym < 0 && x.tournamentRound(n) {
		return n.last // "made the last 16 in Paris"
	}
	if next := x.vulgarShare(i, sym, n); next > i {
		return next
	}
	if sym < 0 {
		if next := x.shillingsAndPence(i); next > i {
			return next
		}
	}
	// a decade or an age range: the 1990s, her 60s
	if x.tokIs(n.last, tWord) && x.toks[n.last].flags&fSpace == 0 && x.str(n.last) == "s" && !n.scaled {
		if n.decimal && !strings.Contains(x.text[x.toks[n.first].s:x.toks[n.last-1].e], "/") && !x.eq(n.last+1, wOf) && !x.eq(n.first-1, wThe) &&
			(x.eq(n.first-1, wBy) || x.eq(n.first-1, wIn) || x.eq(n.first-1, wOf) || x.eq(n.first-1, wClocked) || x.eq(n.first-1, wTimed) || x.eq(n.first-1, wRan) || gapWord(x.spAt(min(n.last+1, len(x.toks)-1)))) {
			c := claimParts{first: n.first, last: n.last + 1, num: n, unitKind: factcheck.Duration, unit: "second", factor: 1}
			c.qual, c.first = x.qualifier(n.first)
			x.emit(&c)
			return c.last // "took pole by 0.312s", "0.079s faster", "1.748s behind": a time in seconds (but "the 7.70s of 1991" are bonds)
		}
		afterThe := x.eq(n.first-1, wThe) || (x.eq(n.first-1, wEarly) || x.eq(n.first-1, wLate) || x.eq(n.first-1, wMid)) && x.eq(n.first-2, wThe)
		early := !n.year && !n.decimal && len(x.str(n.first)) == 4 && n.value >= 1000 && n.value < 1800 && afterThe
		if (n.year || early) && int(n.value)%10 == 0 && (int(n.value)%100 != 0 || n.value == 2000) {
			return x.yearsOf(n, 9) // a decade: "the 1990s", "the 1470s", "the 2000s"
		}
		if (n.year || early) && int(n.value)%100 == 0 && n.value < 2000 && afterThe {
			return x.yearsOf(n, 99) // a century: "the 1600s", "the 1900s"
		}
		if next := x.shortDecade(n); next > i {
			return next
		}
		if !x.powerOfTenPlural(&n) {
			return x.skipNumberRun(i)
		}
	}
	if next := x.possessiveDecade(n); next > i {
		return next
	}
	if next := x.clippedYear(n); next > i {
		return next
	}
	if next := x.ratioPair(n); next > i {
		return next
	}
	if next := x.ratioTo(n); next > n.last {
		return next // "by a margin of nearly 2 to 1"
	}
	// a time of day: 10:30, 3pm, 3 p.m., 1400 GMT, "ten past 10"
	if !n.scaled && x.timeOfDay(n.last) || x.clockHands(n) || x.clockSpanStart(n) {
		return x.skipNumberRun(i)
	}
	// an ordinal in digits: 31st, 2nd
	if x.tokIs(n.last, tWord) && x.toks[n.last].flags&fSpace == 0 && x.toks[n.last].is(lexicon.OrdinalSuffix) && !n.decimal && !n.scaled &&
		ordinalFits(n.value, x.lowerAt(n.last)) && !x.poundsAfterStone(n.last) {
		return x.digitOrdinal(n)
	}
	c := claimParts{first: n.first, num: n, unitKind: factcheck.Count}
	if sym >= 0 {
		c.first = sym
		c.unitKind, c.unit = factcheck.Money, currencyOf(x, sym)
	}
	x.sign(&c)
	x.rangeEnd(&c)
	if !x.units(&c) {
		return x.skipNumberRun(i)
	}
	x.uncertainty(&c) // "7.6 ± 3.9 millimetres"
	if sym >= 0 && x.str(sym) == "$" && c.unitKind == factcheck.Money && c.end == nil && x.tokIs(c.last, tWord) && currencyNoun(x.lowerAt(c.last)) == "peso" {
		if u := x.localCurrency(c.last, ""); u != "" {
			c.unit, c.last = u, c.last+1 // "$45 million pesos": the peso's sign, its name said after
		}
	}
	x.mixedUnits(&c)
	if x.pitchMark(&c) {
		return c.last
	}
	x.endAfterUnit(&c)
	x.longerEnd(&c)
	if c.unitKind == factcheck.Count && (n.year && x.yearContext(i, n.last) || x.earlyYear(n)) && !n.scaled && c.end == nil {
		return x.year(i, n.last)
	}
	if c.unitKind == factcheck.Count && n.year && c.end != nil && c.end.year && c.qual != factcheck.Exact && c.first == i-1 &&
		(x.eq(i-1, wOver) && c.end.value-n.value <= 10 || (x.eq(i-1, wOver) || x.eq(i-1, wAbove) || x.eq(i-1, wBelow)) && x.tokIs(c.end.first-1, tPunct) && isDash(x.str(c.end.first-1)) && x.yearContext(c.end.first, c.end.last)) {
		// "pay 111 mln dlrs over 1987-1989": the years it is spread over;
		// "lost ice over 2002-2023", "warmed 1.1C above 1850-1900 levels":
		// a span of years, a period or a baseline (but "over 1200-1500
		// people" counts)
		c.qual, c.first = factcheck.Exact, i
	}
	if c.unitKind == factcheck.Count && n.year && c.end != nil && c.end.year &&
		(c.qual == factcheck.Exact || c.qual == factcheck.Approx && c.subjectEnd == 0 && c.end.value-n.value <= 10) {
		// "between 1997 and 2002", "around 2015-2016"
		if x.modelYears(c.first, c.end.last) {
			return c.end.last
		}
		c.unitKind, c.date, c.endDate = factcheck.Date, x.str(i), x.str(c.end.first)
		c.subjectEnd = 0
		x.emit(&c)
		return c.last
	}
	if x.intervalLevel(&c) {
		return c.last // the "95%" of "95% CI"
	}
	if c.unitKind == factcheck.Count && sym < 0 && x.raceSeconds(&c) {
		c.unitKind, c.unit, c.factor = factcheck.Duration, "second", 1 // "Warholm (NOR) 45.94 WR"
	}
	if c.unitKind == factcheck.Count && sym < 0 && x.winningPercentage(&c) {
		c.unitKind, c.num.value = factcheck.Percent, round2(100*c.num.value) // "a .774 winning percentage": 77.4 percent
	}
	x.emit(&c)
	return c.last
}

// elidedOrdinal reads at token i "a" and an ordinal after "for" or "in"
// whose noun the sentence gave after a first before it: "a fine of P5,000
// for a first offense, rising to P30,000 for a fourth", "CHF 130 for a
// second and CHF 160 for a third", "4nm chips in its first fab and 3nm
// parts in a second", a rank, no share or length of time. It returns the
// index after it, or i.
func (x *extractor) elidedOrdinal(i int) int {
	k := i + 1
	if !x.eq(i, wA) || !x.eq(i-1, wFor) && !x.eq(i-1, wIn) || !x.tokIs(k, tWord) || !x.toks[k].is(lexicon.Ordinal) || x.eq(k, wFirst) ||
		x.tokIs(k+1, tWord) && !x.toks[k+1].is(lexicon.Stop) {
		return i
	}
	for m, start := i-2, x.sentenceStartBefore(i); m > start; m-- {
		if x.eq(m, wFirst) && (x.eq(m-1, wA) || x.eq(m-1, wIts)) && x.tokIs(m+1, tWord) && !x.toks[m+1].is(lexicon.Stop) {
			c := claimParts{first: i, last: k + 1, num: number{first: k, last: k + 1, value: x.toks[k].entry().Num, words: true}, unitKind: factcheck.Ordinal, qual: factcheck.Exact, factor: 1}
			x.emit(&c)
			return c.last
		}
	}
	return i
}

// ageGroup reads at token i the people of an age bound by a hyphenated
// "over" or "under" before a plural figure: "walking programmes for
// over-60s", "a ban for under-16s". It returns the index after it, or i.
func (x *extractor) ageGroup(i int) int {
	if i < 2 || !x.hyphenAt(i-2) || !x.eq(i-2, wOver) && !x.eq(i-2, wUnder) || !x.eq(i+1, wS) || x.toks[i+1].flags&fSpace != 0 ||
		x.toks[i-2].flags&fUpper != 0 && !x.sentenceStart(i-2) {
		return i // (but "England's Under-21s", a team)
	}
	n, ok := x.digits(i)
	if !ok || n.last != i+1 || n.decimal || n.scaled || n.value < 1 || n.value > 119 {
		return i
	}
	c := claimParts{first: i - 2, last: n.last + 1, num: n, unitKind: factcheck.Duration, unit: "year", factor: 1, qual: factcheck.LowerBound}
	if x.eq(i-2, wUnder) {
		c.qual = factcheck.UpperBound
	}
	x.emit(&c)
	return c.last
}

// spelled reads a claim whose number is written in words at token i.
func (x *extractor) spelled(i int) int {
	if next := x.lengthAndAHalf(i); next > i {
		return next // "won the Boat Race by a length and a half"
	}
	n, ok := x.wordNumber(i)
	if !ok {
		return i
	}
	restated := false
	if k := x.restatedInDigits(n.last, n.value); k > n.last {
		n.last, restated = k, true // "within thirty (30) days": the figure said again in digits, in brackets
	}
	if x.tokIs(n.last, tNum) && x.toks[n.last].flags&fSpace == 0 {
		return n.last + 1 // "Twenty20 cricket": a name, its figure glued to the word
	}
	if x.timeOfDay(n.last) || x.clockHands(n) {
		return n.last // "at three o'clock", "a quarter past three": a time of day
	}
	if x.hyphenAt(n.last-1) && x.eq(n.last+1, wA) && x.hyphenAt(n.last+1) && x.eqText(n.last+3, "side") {
		return n.last + 4 // "the five-a-side league": a game's kind, no count
	}
	if x.eq(i-1, wBack) && x.eq(i-2, wThe) && n.value >= 3 && n.value <= 5 && !(x.tokIs(n.last, tWord) && !x.toks[n.last].is(lexicon.Stop)) {
		return n.last // "can also play in the back four": a team's defence
	}
	if x.eq(n.last-1, wDozen) && n.value == 12 && (x.eq(i-1, wOf) || x.eq(i-1, wFor)) && (x.eq(i-2, wPrice) || x.eq(i-2, wPrices) || x.eq(i-2, wCost)) {
		return n.last // "the average price of a dozen large eggs": the unit a price is per, no count
	}
	if x.eq(i-1, wBig) && (x.eq(i-2, wThe) || possessive(x.str(max(i-2, 0)))) && !n.scaled && n.value >= 2 && n.value <= 10 && !(x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Duration|lexicon.Measure|lexicon.Currency|lexicon.Percent)) {
		return n.last // "Britain's big four clearing banks", "the big six energy firms": a term, as "the Big Three" is
	}
	if (x.eq(i-1, wArticle) || x.eq(i-1, wSection) || x.eq(i-1, wClause) || x.eq(i-1, wChapter)) && !n.scaled && x.eq(n.last, wOf) {
		return n.last // "article three of the General Agreement": a part of a text
	}
	if x.eq(i-1, wBand) && !n.scaled && !x.eq(n.last, wOf) && !(x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Duration|lexicon.Measure|lexicon.Currency|lexicon.Percent)) {
		return n.last // "eight mln stg in band two": the Bank of England's band of maturities, a name (but "left the band two years later")
	}
	if x.rugbyPosition(i) {
		return i + 3
	}
	if x.elevenPlus(i) {
		return i + 3 // "He passed the eleven-plus": a school test's name
	}
	if next := x.accelerationBenchmark(i); next > i {
		return next // "from nought to sixty in 2.1 seconds"
	}
	if x.tournamentRound(n) {
		return n.last
	}
	if next := x.tallyInWords(n); next > n.last {
		return next // "the justices voted seven to two"
	}
	if next := x.ratioTo(n); next > n.last {
		return next // "led declining ones by about three to two"
	}
	c := claimParts{first: n.first, num: n, unitKind: factcheck.Count}
	x.sign(&c)
	x.rangeEnd(&c)
	if !x.units(&c) {
		return n.last
	}
	x.mixedUnits(&c)
	x.longerEnd(&c)
	if x.pitchMark(&c) {
		return c.last
	}
	if k := x.restatedInDigits(c.last, n.value); k > c.last && c.end == nil {
		c.last, restated = k, true // "fifty thousand pounds (£50,000)"
	}
	if restated && c.unitKind == factcheck.Count && c.end == nil {
		x.emit(&c) // a figure a document states twice, in words and digits, is a claim whatever its noun
		return c.last
	}
	// "one" and "a"/"an" alone are not claims; nor are small words that are
	// part of a name ("Formula One") or a pronoun ("one of the").
	if c.unitKind != factcheck.Count && x.toks[c.last-1].flags&fUpper != 0 && x.toks[i].flags&fUpper != 0 && !(x.toks[i].flags&fNewline != 0 && x.resultsReport()) && c.unit != "category" {
		return c.last // "Three Degrees", "Formula One": a name (but a results table's "Nine Mths" row, a storm's "Category Three")
	}
	if c.unitKind == factcheck.Duration && (x.eq(c.first-1, wIn) && x.eq(c.first-2, wNever) || x.eq(c.last, wOn) && x.sameUnit(c.last+1, c.last-1)) {
		return c.last // "never in a million years", "a year on year comparison": no length of time
	}
	if c.unitKind == factcheck.Count && c.subjectEnd > 0 && c.subjectStart == n.last && x.toks[c.subjectStart].is(lexicon.TermNoun) && !x.hyphenAt(c.subjectStart) && !x.personCounted(&c) &&
		!((x.eq(c.subjectStart, wState) || x.eq(c.subjectStart, wTime)) && x.pluralNounAfter(c.subjectStart)) &&
		!x.partiesCounted(c.subjectStart, n.value) && !((x.eq(c.subjectStart, wMan) || x.eq(c.subjectStart, wWoman)) && n.value > 2 && groupNoun(x.spAt(c.subjectStart+1))) {
		return c.last // "two state solution", written without its hyphen (but "four state-owned firms" counts firms, "eight time zones" zones, "one man died" a man, "the three man directorate" its members, "tens of thousands of party agents" agents, "two state trading firms" firms)
	}
	if c.unitKind == factcheck.Count && !n.scaled && !n.vague && c.end == nil {
		if (n.value == 1 || n.value == 0) && !(x.eq(n.first-1, wMinus) || x.eq(n.first-1, wNegative)) && !x.oneCounts(&c) && !x.changeAmount(&c) && !(c.last > n.last && (x.eq(c.last-1, wPar) || x.eq(c.last-1, wUnder) || x.eq(c.last-1, wOver))) ||
			n.value == 1 && x.eq(n.last, wOr) && x.eqText(n.last+1, "both") {
			return n.last // (and "lost one or both parents": either, no count)
		}
		if x.toks[i].flags&fUpper != 0 && !x.sentenceStart(i) && x.toks[i].flags&(fAllCaps|fShout) != fAllCaps || x.inName(i, n.last) {
			return n.last // a name's word (but a tabloid's stress in capitals, "a mansion and THREE sports cars", counts)
		}
		if c.subjectEnd == 0 && !x.countWithoutNoun(c.last) && !x.elidedNoun(&c) && !x.partOfCount(&c) && !x.partitive(&c) &&
			!x.changeAmount(&c) && !x.inListWithNoun(&c) && !x.changeStart(&c) && !x.tolled(&c) {
			return n.last
		}
	}
	x.emit(&c)
	return c.last
}

// tournamentRound reports whether the number n names a round of a
// knockout by the players left in it, after a verb of reaching: "to reach
// the last eight", "made the last 16 in Paris" (but "the last eight years"
// counts years).
func (x *extractor) tournamentRound(n number) bool {
	i := n.first
	if !x.eq(i-1, wLast) || !x.eq(i-2, wThe) || n.scaled || n.decimal {
		return false
	}
	switch n.value {
	case 4, 8, 16, 32, 64:
	default:
		return false
	}
	switch x.spAt(max(i-3, 0)) {
	case wReach, wReached, wReaches, wInto, wMade, wMakes, wMaking:
	default:
		if !x.eqText(i-3, "make") && !x.eqText(i-3, "reaching") {
			return false
		}
	}
	return n.last >= len(x.toks) || x.tokIs(n.last, tPunct) || x.toks[n.last].is(lexicon.Stop)
}

// rugbyPosition reports whether the number at token i opens "five-eighth",
// rugby's position, before a name or alone ("re-signed five-eighth Tyler
// Moana"): no share (but "a five-eighth inch bolt" measures).
func (x *extractor) rugbyPosition(i int) bool {
	if !x.eqText(i, "five") || !x.hyphenAt(i) || !x.eqText(i+2, "eighth") {
		return false
	}
	k := i + 3
	return k >= len(x.toks) || x.tokIs(k, tPunct) || x.toks[k].flags&fUpper != 0 || x.toks[k].is(lexicon.Stop)
}

// pluralNounAfter reports whether the word after token k, or after a
// gerund there, is a plural noun in lower case: the count's noun that a
// term noun before it modifies ("four state banks", "two state trading
// firms"; but "a two state solution").
func (x *extractor) pluralNounAfter(k int) bool {
	j := k + 1
	if x.tokIs(j, tWord) && strings.HasSuffix(x.str(j), "ing") {
		j++
	}
	return x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0 && pluralNoun(x.str(j))
}

// restatedInDigits returns the index after a bracket at token k that
// says the figure v again in digits, perhaps with a currency's sign, as
// contracts and laws do: "thirty (30) days", "fifty thousand pounds
// (£50,000)"; else k.
func (x *extractor) restatedInDigits(k int, v float64) int {
	if x.mark(k) != '(' {
		return k
	}
	j := k + 1
	if x.tokIs(j, tPunct) && currencySymbol(x.str(j)) != "" {
		j++
	}
	if !x.tokIs(j, tNum) {
		return k
	}
	d, ok := x.digits(j)
	if !ok || d.value != v || x.mark(d.last) != ')' {
		return k
	}
	return d.last + 1
}

// pitchMark reports whether the measure c names a mark of a playing field,
// a number, a hyphen and its unit before "box", "line" or "area": "the
// six-yard box", "the 22-metre line" are places, no lengths.
func (x *extractor) pitchMark(c *claimParts) bool {
	if c.unitKind != factcheck.Measure || c.end != nil || c.last != c.num.last+2 || !x.hyphenAt(c.num.last-1) {
		return false
	}
	switch x.spAt(min(c.last, len(x.toks)-1)) {
	case wBox, wLine, wArea:
		return c.last < len(x.toks) && (c.unit == "yard" || c.unit == "m" || c.unit == "metre")
	}
	return false
}

// personCounted reports whether the count c is of men or women, its noun
// ("man", "woman") no part of a term: no noun of a term follows it ("a
// one man show"): "One man also died of a heart attack".
func (x *extractor) personCounted(c *claimParts) bool {
	k := c.subjectStart
	if !x.eq(k, wMan) && !x.eq(k, wWoman) {
		return false
	}
	return !x.tokIs(k+1, tWord) || x.toks[k+1].is(lexicon.Stop) || strings.HasSuffix(x.lowerAt(k+1), "ed")
}

// inName reports whether the capitalised number word at token i, whose
// number ends at token j, is a word of a name that a line break or a
// headline hides: between capitalised words, at the start of a line
// wrapped with no indent ("Base\nTen Telecom Inc"), or before a wire's ticker in a headline,
// after a word the lexicon does not hold ("BASE TEN &lt;BASE>"); or one
// that opens a company's name a wire tags ("&lt;Four Seasons Hotels
// Inc>"), in the text or, in capitals, in its headline; or that ends
// "GROUP OF FIVE".
func (x *extractor) inName(i, j int) bool {
	if x.toks[i].flags&fUpper != 0 && (x.mark(i-1) == '<' || x.mark(i-1) == ';' && x.eq(i-2, wLt) && x.mark(i-3) == '&') {
		return true // "&lt;Four Seasons Hotels Inc>": a company a wire tags
	}
	if x.toks[i].flags&fShout != 0 && x.taggedName(i) {
		return true // "FOUR SEASONS BUYING MARRIOTT" over "&lt;Four Seasons Hotels Inc>"
	}
	if x.toks[i].flags&fUpper != 0 && x.companySuffixAhead(j, true) {
		return true // "Seven Oaks International Inc said": a company's name
	}
	if x.caucusAt(i) {
		return true // "GROUP OF FIVE MEETING ENDS": the nations' club, named
	}
	if i < 1 || !x.tokIs(i-1, tWord) || x.toks[i-1].flags&fUpper == 0 {
		return false
	}
	if x.toks[i].flags&fShout != 0 {
		return x.toks[i-1].word == 0 && (x.mark(j) == '&' && x.eq(j+1, wLt) || x.mark(j) == '<')
	}
	return x.toks[i].flags&(fNewline|fUpper) == fNewline|fUpper && !x.toks[i-1].is(lexicon.Stop|lexicon.Determiner) && x.text[x.toks[i-1].e:x.toks[i].s] == "\n" &&
		x.tokIs(i+1, tWord) && x.toks[i+1].flags&fUpper != 0 && !x.sentenceStart(i) // (but "09:12 GMT\nThree Black Watch soldiers": a page's time stamp before)
}

// caucusAt reports whether the number at token i ends a caucus's name,
// "Group of" and its members' count: "the Group of 24", "GROUP OF FIVE",
// "the so-called group of 77" (but "a group of 77 people" counts them).
func (x *extractor) caucusAt(i int) bool {
	return x.eq(i-1, wOf) && x.eq(i-2, wGroup) && (x.toks[i-2].flags&fUpper != 0 || x.eq(i-3, wCalled))
}

// companySuffixAhead reports whether capitalised words from token j run
// within four words to a company's suffix: its legal form or a
// corporateWord ("Oaks International Inc", "Rivers Bancorp", "Century
// Holdings"), or, when loose, "International" or "Group" ("Seven Oaks
// International said"), which an event's name may end with too ("the 51st
// Cross International").
func (x *extractor) companySuffixAhead(j int, loose bool) bool {
	for k := j; k < j+4 && x.tokIs(k, tWord) && x.toks[k].flags&fUpper != 0; k++ {
		if w := x.lowerAt(k); legalSuffix(w) || corporateWord(w) || loose && (w == "international" || w == "group") {
			return k > j
		}
	}
	return false
}

// corporateWord reports whether w, in lower case, ends a company's name
// as no event's or place's does: "Holdings", "Bancorp", "Industries".
func corporateWord(w string) bool {
	switch w {
	case "holdings", "bancorp", "bancshares", "industries", "corporation", "enterprises", "partners":
		return true
	}
	return false
}

// taggedName reports whether the word at token i and the next begin a
// company's name the text tags as a wire does, "&lt;Four Seasons Hotels
// Inc>", in any case.
func (x *extractor) taggedName(i int) bool {
	if !x.tokIs(i+1, tWord) {
		return false
	}
	name := x.text[x.toks[i].s:x.toks[i+1].e]
	for rest := x.text; ; {
		k := strings.Index(rest, "&lt;")
		if k < 0 {
			return false
		}
		rest = rest[k+len("&lt;"):]
		if len(rest) >= len(name) && strings.EqualFold(rest[:len(name)], name) {
			return true
		}
	}
}

// multiple reads a multiple written as one word, "a sixfold rise",
// "nearly tenfold", "more than doubled", "twice as fast", at token i: a
// measure in "times", as "6-fold" and "6x" are; with its period, when
// "every" and a unit of time follow it. "The doubling" of a multiple the
// text has stated names it again and is no new claim.
func (x *extractor) multiple(i int) int {
	if x.toks[i].flags&fUpper != 0 && !x.sentenceStart(i) {
		return i // "Twofold Press": a name
	}
	if !strings.HasSuffix(x.lowerAt(i), "fold") && !x.multiplies(i) {
		if x.timesDone(i) {
			// "impeached twice", "a twice-impeached president": how often
			c := claimParts{first: i, last: i + 1, unitKind: factcheck.Count, factor: 1,
				num: number{first: i, last: i + 1, value: x.toks[i].entry().Num, words: true}}
			c.qual, c.first = x.qualifier(i)
			if x.eq(i-1, wOr) && x.eq(i-2, wOnce) && x.eq(i, wTwice) {
				// "once or twice a year": one to two times
				c.first, c.num.first, c.num.value = i-2, i-2, 1
				c.end = &number{first: i, last: i + 1, value: 2, words: true}
			}
			x.emit(&c)
			return c.last
		}
		return i
	}
	if x.eq(i-1, wThe) && strings.HasSuffix(x.lowerAt(i), "ing") && x.statedMultiple(x.toks[i].entry().Num) {
		return i // "would double every year ... the doubling of transistors": the same again
	}
	if strings.HasSuffix(x.lowerAt(i), "ing") && !x.eq(i+1, wOf) && x.eventOfName(i-1) {
		return i // "Bitcoin's fourth halving", "the next halving is expected in 2028": an event by its name, no multiple
	}
	c := claimParts{first: i, last: i + 1, unitKind: factcheck.Measure, unit: "times", factor: 1,
		num: number{first: i, last: i + 1, value: x.toks[i].entry().Num, words: true}}
	c.qual, c.first = x.qualifier(i)
	x.articleQualifier(&c)
	x.emit(&c)
	return x.everyPeriod(c.last)
}

// eventOfName reports whether the word at token k names one of a series
// of events by the noun after it: an ordinal, "next", "last", "previous",
// "upcoming" or "latest", or a possessive ("Bitcoin's halving").
func (x *extractor) eventOfName(k int) bool {
	if !x.tokIs(k, tWord) {
		return false
	}
	if x.toks[k].is(lexicon.Ordinal) {
		return true
	}
	switch w := x.lowerAt(k); w {
	case "next", "last", "previous", "upcoming", "latest":
		return true
	default:
		return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")
	}
}

// statedMultiple reports whether a claim before is the multiple v, which
// "the doubling" then names again.
func (x *extractor) statedMultiple(v float64) bool {
	for k := range x.claims {
		if p := &x.claims[k]; p.Kind == factcheck.Measure && p.Unit == "times" && p.Value.Num == v {
			return true
		}
	}
	return false
}

// placeDash reports whether the dash at token k ends a dateline's place,
// perhaps with its state: "LAS VEGAS — Nearly 300", "TALLAHASSEE, Fla. —
// Florida's class".
func (x *extractor) placeDash(k int) bool {
	place, pk := x.datelinePlace()
	return place != "" && pk <= k && k <= pk+4
}

// sentenceStart reports whether token i opens a sentence or a line.
func (x *extractor) sentenceStart(i int) bool {
	if i == 0 || x.toks[i].flags&fNewline != 0 && !x.proseWraps(i) {
		return true
	}
	if s := x.str(i - 1); (s == "GMT" || s == "UK" || s == "BST") && x.tokIs(i-2, tNum) && x.mark(i-3) == ':' {
		return true // "Last Updated: Friday, 4 March 2005, 17:12 GMT Three men were": a page's time stamp ends its line's furniture
	}
	for k := i - 1; k >= 0 && x.toks[k].class == tPunct; k-- {
		switch x.str(k) {
		case ".", "!", "?", ":", ";":
			return true
		case "\"", "\u201c", "(", "'", "\u2018", "-", "\u2013", "\u2014":
			if k == 0 || x.toks[k].flags&fNewline != 0 {
				return true
			}
			if isDash(x.str(k)) && (x.datelineDayAt(k-1) || x.lineDateBefore(k) || x.toks[k].flags&fSpace != 0 && (x.mark(k-1) == ')' && x.tokIs(k-2, tWord) && x.mark(k-3) == '(' && x.toks[k-2].flags&fUpper != 0 ||
				x.tokIs(k-1, tWord) && x.toks[k-1].flags&fAllCaps != 0 && (k == 1 || x.toks[k-1].flags&fNewline != 0)) || x.placeDash(k)) {
				return true // "MURDOCHVILLE, Que., April 2 - Seventeen miners", "Colombo, June 3 (AFP) – Sixteen people", "LONDON - Sixteen people", "Dec. 14, 2023 — Twenty-three students", "LAS VEGAS — Nearly 300": a dateline's dash
			}
			continue
		}
		return false
	}
	return false
}

// lineDateBefore reports whether the tokens before the dash at token k,
// back to the start of its line, are a date alone: a month's name, its
// day and year, their dots and commas ("Dec. 14, 2023 —", "March 3 -").
func (x *extractor) lineDateBefore(k int) bool {
	month := false
	for j := k - 1; j >= 0; j-- {
		switch {
		case x.tokIs(j, tWord) && x.toks[j].is(lexicon.Month):
			month = true
		case x.tokIs(j, tNum), x.mark(j) == '.', x.mark(j) == ',':
		default:
			return false
		}
		if j == 0 || x.toks[j].flags&fNewline != 0 {
			return month
		}
	}
	return false
}

// oneSpaceBefore reports whether a single space, and no more, stands
// before token i.
func (x *extractor) oneSpaceBefore(i int) bool {
	return i > 0 && x.toks[i].s == x.toks[i-1].e+1 && x.text[x.toks[i-1].e] == ' '
}

// datelineDayAt reports whether token i is the day of a dateline's date,
// a dash after it: "LA PAZ, March 23 -".
func (x *extractor) datelineDayAt(i int) bool {
	if !x.tokIs(i, tNum) || i < 1 || !x.tokIs(i-1, tWord) || !x.toks[i-1].is(lexicon.Month) {
		return false
	}
	return x.metadataDate(i - 1)
}

// courtPoints reports whether tokens i to i+3 name a basketball court's
// line and its shots by the points they score, no figure: "from
// three-point range", "the 3-point line", "three-point shooting".
func (x *extractor) courtPoints(i int) bool {
	if !x.hyphenAt(i) || !x.eq(i+2, wPoint) || !x.tokIs(i+3, tWord) {
		return false
	}
	switch x.str(i) {
	case "2", "3", "two", "three", "Three", "Two":
	default:
		return false
	}
	switch x.lowerAt(i + 3) {
	case "range":
		return x.eq(i-1, wFrom) || x.eq(i-1, wBeyond)
	case "line", "shooting", "attempts":
		return true
	}
	return false
}

// Token helpers.

// str returns the text of token i, or "" when i lies outside the text: a
// rule may read the word after a number that ends it ("Shr loss one ct").
func (x *extractor) str(i int) string {
	if uint(i) >= uint(len(x.toks)) {
		return ""
	}
	return x.text[x.toks[i].s:x.toks[i].e]
}

func (x *extractor) tokIs(i int, class uint8) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].class == class
}

// eq reports whether token i is the word w, ignoring case. It compares two
// integers, so that it is inlined even in the longest rules: a figure's
// rules compare the words around it a few hundred times.
func (x *extractor) eq(i int, w spelling) bool {
	return uint(i) < uint(len(x.toks)) && x.toks[i].sp == w
}

// eqText reports whether token i is w, a text in lower case, ignoring
// case: the comparison of eq for a text that is no spelling, a mark or
// a figure (",", "64") or a word a rule reads from the text.
func (x *extractor) eqText(i int, w string) bool {
	if uint(i) >= uint(len(x.toks)) {
		return false
	}
	t := &x.toks[i]
	return int(t.e-t.s) == len(w) && lexicon.FoldedHasPrefix(x.text[t.s:], w)
}

// tokenOf returns the index of claim p's first token.
func (x *extractor) tokenOf(p *factcheck.Claim) int {
	return sort.Search(len(x.toks), func(k int) bool { return int(x.toks[k].s) >= p.Start })
}

// tokenAfter returns the index of the first token after claim p, or
// len(x.toks) when p ends the text: what stands between a claim and the
// next figure is read from there, past the claim's own words ("5.5
// billion U.S.\nDlrs, against 4.25 billion" ends no sentence at "U.S.").
func (x *extractor) tokenAfter(p *factcheck.Claim) int {
	return sort.Search(len(x.toks), func(k int) bool { return int(x.toks[k].s) >= p.End })
}

// newlineIn reports whether a line break comes before any token in [i, j).
func (x *extractor) newlineIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.toks[k].flags&fNewline != 0 {
			return true
		}
	}
	return false
}

// breakIn reports whether a blank line, or a line break that is no wrap of
// a line of wire text, comes before any token in [i, j): a line that
// starts with a capital begins something new.
func (x *extractor) breakIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(x.toks); k++ {
		if x.toks[k].flags&fNewline != 0 && (x.toks[k].flags&fUpper != 0 && !x.proseWraps(k) || k == 0 || strings.Count(x.text[x.toks[k-1].e:x.toks[k].s], "\n") > 1) {
			return true
		}
	}
	return false
}

// possessive reports whether w ends in "'s": "Turkcell's 70% stake" has no
// name before its number.
func possessive(w string) bool {
	return len(w) > 2 && (w[len(w)-2:] == "'s" || len(w) > 4 && w[len(w)-4:] == "\u2019s")
}

// unitFollows reports whether a unit follows the digits at i (and a
// vulgar fraction after them), making them a quantity even after a name or
// a capitalised verb: "Miller 35 yards", "Google 8%", "Add 1 ½ cups".
func (x *extractor) unitFollows(i int) bool {
	j := i + 1
	if j+1 < len(x.toks) && x.toks[j].class == tNum && x.str(j)[0] >= 0x80 {
		j++ // "1 ½ cups"
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tWord) {
		j = i + 2 // "Sudanese 18-year-old"
	}
	if x.hyphenAt(i) && x.tokIs(i+2, tNum) && x.mark(i+3) == '/' && x.tokIs(i+4, tNum) && x.toks[i+3].flags&fSpace == 0 && x.toks[i+4].flags&fSpace == 0 {
		j = i + 5 // "Class B 1-1/2 cts": a whole and its eighths
	}
	if j >= len(x.toks) {
		return false
	}
	if x.toks[j].class == tPunct {
		return x.mark(j) == '%'
	}
	if u, _ := x.dollarCents(j); u != "" || x.dottedDollars(j) != "" {
		return true // "Shr 126 H.K. Cents", "7.8 billion U.S. dlrs"
	}
	return x.toks[j].class == tWord && x.toks[j].is(lexicon.Percent|lexicon.Measure|lexicon.Duration|lexicon.Currency|lexicon.Scale) && !x.eq(j, wM) ||
		x.grams(j) || (x.eq(j, wP) || x.eq(j, wPc)) && x.toks[j].flags&fSpace == 0 || // "Div 17p": pence; "JUMPS 4PC"
		x.metricSymbol(j) != "" && x.str(j) != "Mt" || // "Simmer 500 g of lentils"
		x.compoundAt(j) || // "Pour 16 fl oz"
		x.str(j) == "won" && x.eq(j+1, wVs) && x.tokIs(j+2, tNum) || // "Div 50 won vs 50 won": Korea's money, paired
		x.eq(j, wBasis) || x.eqText(j, "bps") || x.eqText(j, "bp") || // "cut the BI-Rate 25 bps": basis points
		x.eq(j, wPer) && x.eq(j+1, wCent) || // "BILLS SOAR 10 PER CENT"
		x.eq(j, wTimes) && x.toks[j].flags&fUpper == 0 || // "violated the Line of Control 23 times": how often, after a name
		microSymbol(x.str(j)) // "Creatinine 186 µmol/L"
}

// microSymbol reports whether s is a unit written with the micro sign or
// a Greek mu that the lexicon does not list: micrograms, micromoles,
// microsieverts ("µg", "μmol", "µSv").
func microSymbol(s string) bool {
	switch s {
	case "\u00b5g", "\u03bcg", "\u00b5mol", "\u03bcmol", "\u00b5Sv", "\u03bcSv":
		return true
	}
	return false
}

// grams reports whether the word at j is a lower-case "g" glued to the
// number before it, grams ("Melt 50g butter"), and no mobile network's
// generation ("4g networks").
func (x *extractor) grams(j int) bool {
	return x.str(j) == "g" && x.toks[j].flags&fSpace == 0 && !x.networkAt(j+1)
}

// inPence reports whether the number at i is a sum in pence, "p" glued
// to it or "pence" after it: "1130p", "1115 pence".
func (x *extractor) inPence(i int) bool {
	return x.eq(i+1, wP) && x.toks[i+1].flags&fSpace == 0 || x.eq(i+1, wPence)
}

// rateAfterClaim reports whether the article or "one" at i follows a
// claim, a bracket between them aside, and so makes it a rate: "two hours
// a week of primetime", "165 mln cubic feet (mcf) a day of gas".
func (x *extractor) rateAfterClaim(i int) bool {
	j := i - 1
	if x.tokIs(j, tPunct) && x.mark(j) == ')' {
		for k := j - 1; k >= max(0, j-4); k-- {
			if x.mark(k) == '(' {
				j = k - 1
				break
			}
		}
	}
	p := x.lastClaim()
	return p != nil && j >= 0 && p.End >= int(x.toks[j].e)
}

// clockTime reports whether the four digits at i read as a 24-hour time
// (but not a decade's, an "s" glued to them: "at 1950s levels").
func (x *extractor) clockTime(i int) bool {
	h, m, ok := x.hoursMinutes(i)
	return ok && h <= 23 && m <= 59 && m%5 == 0 && !(x.eq(i+1, wS) && x.toks[i+1].flags&fSpace == 0)
}

// hoursMinutes reads token i as a time of day in four digits, "1223",
// its hour and minute, any minute: only where a zone follows ("as of 1223
// hrs EDT") is a time read to the minute.
func (x *extractor) hoursMinutes(i int) (h, m int, ok bool) {
	s := x.str(i)
	if len(s) != 4 || !allDigits(s) {
		return 0, 0, false
	}
	h, m = int(s[0]-'0')*10+int(s[1]-'0'), int(s[2]-'0')*10+int(s[3]-'0')
	return h, m, h <= 23 && m <= 59
}

// waitVerb reports whether the word spelt sp is a verb whose object may be
// a length of time: "waited a fortnight", "stayed a week", "remained a
// month".
func waitVerb(sp spelling) bool {
	switch sp {
	case wWait, wWaits, wWaited, wWaiting, wStay, wStays, wStayed, wStaying, wRemain, wRemains, wRemained,
		wRemaining:
		return true
	}
	return false
}

// durationContext reports whether the word before token i makes "a month",
// "one year" a length of time: "in", "for", "within", "by" ("delayed by a
// year"), or a bound ("less than", "at least", "up to"); or "after" or
// "before" and the event after its unit ("a week after the vote"), or
// "long" and a noun ("a week long visit"); or,
// after "one", the word after its unit: "one week away", "one year ago".
func (x *extractor) durationContext(i int) bool {
	if (x.eq(i, wA) || x.eq(i, wAn)) && (x.eq(i+2, wAgo) || x.eq(i+2, wEarlier)) &&
		(x.eq(i-1, wAbove) || x.eq(i-1, wBelow) || x.eq(i-1, wThan) && !x.eq(i-2, wMore) && !x.eq(i-2, wLess) && !x.eq(i-2, wFewer)) {
		return false // "running 50 pct above a year ago", "higher than a year earlier": a level compared with a time's (but "more than a year ago")
	}
	if q, _ := x.qualifier(i); q == factcheck.LowerBound || q == factcheck.UpperBound {
		return true
	}
	switch {
	case x.eq(i-1, wBy), x.eq(i-1, wIn), x.eq(i-1, wWithin), x.eq(i-1, wFor), x.eq(i-1, wThan), x.eq(i-1, wAbout),
		x.eq(i-1, wNearly), x.eq(i-1, wAlmost), x.eq(i-1, wOver), x.eq(i-1, wUnder), x.eq(i-1, wAfter),
		x.eq(i-1, wAround), x.eq(i-1, wRoughly), x.eq(i-1, wApproximately), x.eq(i-1, wJust), x.eq(i-1, wOnly), x.eq(i-1, wBarely), x.eq(i-1, wLasted),
		x.eq(i-1, wLasting), x.eq(i-1, wTook), x.eq(i-1, wSpent), x.eq(i-1, wTake), x.eq(i-1, wTakes),
		x.eq(i-1, wTaking), x.eq(i-1, wLast), x.eq(i-1, wLasts), x.eq(i-1, wSpend), x.eq(i-1, wSpends),
		x.eq(i-1, wCelebrates), x.eq(i-1, wCelebrated), x.eq(i-1, wCelebrating), x.eq(i-1, wCelebrate), x.eq(i-1, wMarks), x.eq(i-1, wMarking),
		waitVerb(x.spAt(max(i-1, 0))), x.eq(i+2, wTo) && (x.eq(i+3, wGo) || x.eq(i+3, wRun)), x.eq(i+2, wLeft) || x.eq(i+2, wRemaining):
		// "with a fortnight to go", "with a week left"
		return true // "Yahoo celebrates a decade online", "he waited a fortnight"
	case x.eq(i+2, wTo) && x.tokIs(i+3, tWord) && !x.toks[i+3].is(lexicon.Stop) && (x.eq(i-1, wHas) || x.eq(i-1, wHave) || x.eq(i-1, wHad) || x.eq(i-1, wGiven) || x.eq(i-1, wGet) || x.eq(i-1, wGets) || x.eq(i-1, wGot)):
		return true // "Paris has a fortnight to respond", "given a month to comply": the time allowed
	case x.eq(i+2, wWithout) && (x.eq(i-1, wWent) || x.eq(i-1, wGo) || x.eq(i-1, wGoes) || x.eq(i-1, wGone) || x.eq(i-1, wGoing)):
		return true // "the town went a fortnight without mains water"
	case (x.eq(i-1, wTo) || x.eq(i-1, wWith)) && x.eq(i-2, wCompared) && !x.hyphenAt(i+1) && !x.eq(i+2, wEarlier) && !x.eq(i+2, wAgo) && !x.eq(i+2, wBefore):
		return true // "a 20-minute taxi ride ..., compared to an hour to get" (but "compared with a year earlier" is a time)
	case (x.eq(i-1, wAgainst) || x.eq(i-1, wVersus)) && !x.hyphenAt(i+1) && !x.eq(i+2, wEarlier) && !x.eq(i+2, wAgo) && !x.eq(i+2, wBefore) && x.durationBefore(i):
		return true // "the typical sale took 41 days, against a fortnight in 2021": a length compared with one
	}
	if (x.eq(i, wA) || x.eq(i, wAn)) && (x.eq(i+2, wLater) || x.eq(i+2, wEarly) || x.eq(i+2, wLate) || x.eq(i+2, wLess) || x.eq(i+2, wMore) || x.eq(i+2, wLonger) || x.eq(i+2, wShorter)) &&
		(x.eq(i+3, wThan) || x.eq(i+3, wIn) || x.eq(i+3, wTo) || (x.tokIs(i+3, tPunct) || x.eq(i+3, wAnd)) && !x.eq(i+2, wLater)) {
		return true // "starts a day later than in most counties", "an hour less in bed": by how long (but "a year later, he left" says when)
	}
	if (x.eq(i, wA) || x.eq(i, wAn)) && x.eq(i+2, wLater) && i+3 < len(x.toks) && x.mark(i+3) != ',' && !(x.tokIs(i+3, tPunct) && isDash(x.str(i+3))) {
		return true // "shipments begin a week later.", "died in hospital a fortnight later", "A year later he was appointed": how long after
	}
	if x.stoppedFor(i-1) && !x.eq(i+2, wAgo) && !x.eq(i+2, wEarlier) && !x.eq(i+2, wLater) {
		return true // "2,000 workers would be laid off one week", "the plant was closed a week": how long it stopped
	}
	if x.eq(i-1, wOf) && x.tokIs(i-2, tWord) && (termNoun(x.lowerAt(i-2)) || x.eq(i-2, wSpace)) || x.durationListed(i) {
		return true // "maturities of one year", "in the space of a fortnight", "six months, one year and two years"
	}
	if x.eq(i-1, wTo) && x.durationTo(i-1) {
		return true // "from three minutes to one minute", "from seven days to one year": the other end of a change or a span
	}
	if x.eq(i-1, wThe) && x.tokIs(i+2, tWord) && termNoun(x.lowerAt(i+2)) {
		return true // "during the one year period following the closing"
	}
	if x.eq(i, wOne) && x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.Determiner) && x.tokIs(i+2, tWord) && spellNoun(x.lowerAt(i+2)) {
		return true // "The one year extension was required", "a one year moratorium": a spell, its hyphen dropped
	}
	// "one week away", "one year ago", "one day later": a length of time
	// to or from an event
	// ("a year ago" stays a reference to a time, not a length)
	k := i + 2
	if x.eq(k, wOf) && x.tokIs(k+1, tWord) && !x.eq(k+1, wAge) && !x.toks[k+1].is(lexicon.Determiner) && !x.rateAfterClaim(i) {
		return true // "a decade of work", "a week of talks": the time a thing took
	}
	if x.eq(k, wLong) && x.tokIs(k+1, tWord) && !x.toks[k+1].is(lexicon.Stop) {
		return true // "starts a week long visit": "week-long" written without its hyphen
	}
	if (x.eq(k, wAfter) || x.eq(k, wBefore)) && x.tokIs(k+1, tWord) && !x.rateAfterClaim(i) {
		return true // "came a year after T-Mobile uncovered", "waited a year before coming forward": the time between two events
	}
	if x.eq(i, wOne) && (x.eq(k, wAway) || x.eq(k, wAgo) || x.eq(k, wLater) || x.eq(k, wEarlier)) {
		return true
	}
	if x.eq(k, wAway) && (x.eq(i, wA) || x.eq(i, wAn)) && (k+1 >= len(x.toks) || x.tokIs(k+1, tPunct)) {
		return true // "Feb. 17, a fortnight away", "the vote is a month away.": the time left until it
	}
	// "one month", "one year" in a sentence's flow are lengths of time,
	// as "two months" is ("the loan runs one month", "served one year in
	// jail"); "one day" may tell a story's time ("one day he will"), and
	// "one minute" a change of mood ("One minute he was there", "brilliant
	// one minute, inept the next")
	return x.eq(i, wOne) && x.tokIs(i+1, tWord) && x.toks[i+1].is(lexicon.Duration) && !x.eq(i+1, wDay) && !x.eq(i+1, wNight) &&
		!(x.eq(i+1, wMinute) && (personalPronoun(x.spAt(i+2)) || x.theNextAfter(i+2)))
}

// theNextAfter reports whether "the next" closes the clause that begins at
// token i, within a dozen tokens: "Brilliant one minute, inept the next".
func (x *extractor) theNextAfter(i int) bool {
	for k := i; k < i+12 && k+1 < len(x.toks); k++ {
		if x.eq(k, wThe) && x.eq(k+1, wNext) {
			return true
		}
		if x.tokIs(k, tPunct) && x.sentenceEnd(k) > k {
			return false
		}
	}
	return false
}

// durationBefore reports whether the last claim read before token i is a
// length of time in i's sentence: what "against" or "versus" at i-1
// compares it with.
func (x *extractor) durationBefore(i int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Duration && !x.sentenceEndIn(x.tokenAfter(p), i)
}

// durationTo reports whether a length of time ends just before "to" at
// token k: "from three minutes to", "ranging from seven days to".
func (x *extractor) durationTo(k int) bool {
	p := x.lastClaim()
	return p != nil && p.Kind == factcheck.Duration && p.EndValue == nil && x.tokenAfter(p) == k
}

// termNoun reports whether w, in lower case, names a length of time, a
// loan's or a security's or any period's, whose "of" a length of time
// follows: "maturities of one year", "a performance period of one year".
func termNoun(w string) bool {
	switch w {
	case "maturity", "maturities", "term", "terms", "tenor", "tenors", "life", "period", "periods", "span", "duration":
		return true
	}
	return false
}

// spellNoun reports whether w, in lower case, names a thing that lasts a
// stated time, so that a length before it is one: "a one year extension".
func spellNoun(w string) bool {
	switch w {
	case "extension", "moratorium", "delay", "freeze", "ban", "suspension", "contract", "lease", "sentence", "programme", "program", "study", "trial":
		return true
	}
	return termNoun(w)
}

// durationListed reports whether the length of time at token i stands in
// a list after another, a comma, "and" or "or" between: "maturities of six
// months, one year and two years", "keeps for five days, or a fortnight".
func (x *extractor) durationListed(i int) bool {
	p := x.lastClaim()
	if p == nil || i < 3 || x.mark(i-1) != ',' && !x.eq(i-1, wAnd) && !x.eq(i-1, wOr) {
		return false
	}
	return p.Kind == factcheck.Duration && (p.End == int(x.toks[i-2].e) || x.mark(i-2) == ',' && p.End == int(x.toks[i-3].e))
}

// stoppedFor reports whether token j ends a verb of stopping whose object
// may be how long: "closed", "idled", "shut", "halted", "suspended",
// "delayed", "postponed", "laid off", "shut down".
func (x *extractor) stoppedFor(j int) bool {
	switch x.spAt(j) {
	case wClosed, wIdled, wShut, wHalted, wSuspended, wDelayed, wPostponed, wStopped:
		return true
	case wOff:
		return x.eq(j-1, wLaid) || x.eq(j-1, wLay)
	case wDown:
		return x.eq(j-1, wShut) || x.eq(j-1, wClosed)
	}
	return false
}

// gradeWord reports whether the word spelt sp after "number two" names a
// grade of grain: its colour, hardness or season, its kind, or a trade's
// short form ("SRW", "NS").
func gradeWord(sp spelling) bool {
	switch sp {
	case wYellow, wWhite, wRed, wSoft, wHard, wNorthern, wDark, wSpring, wWinter, wWestern, wDurum, wAmber,
		wCorn, wWheat, wSorghum, wBarley, wOats, wSoybeans, wRice, wSrw, wHrw, wHrs, wNs, wDns, wSww:
		return true
	}
	return false
}

// countAt reports whether token i is a number, in digits or a word.
func (x *extractor) countAt(i int) bool {
	return x.tokIs(i, tNum) || x.tokIs(i, tWord) && x.toks[i].is(lexicon.Cardinal)
}

// rank reads a position: "number one", "the number 19 spot", "a top 10
// hit", "in the top three", "the number-one seed" (an ordinal, top N an upper bound). "the top 12
// films" is a count and is left to the number, and "the 1,000th number
// one" is a chart-topper, the ordinal before it the claim.
func (x *extractor) rank(i int) int {
	top := x.eq(i, wTop)
	if x.chartNo(i) {
		return x.rankAt(i, false)
	}
	if !top && !(x.eq(i, wNumber) && (x.toks[i].flags&fUpper == 0 || x.sentenceStart(i) && x.toks[i].flags&fAllCaps == 0 && x.eq(i+1, wOne))) {
		return i // but "Number one men's seed Lleyton Hewitt" opening a sentence ranks
	}
	if !top && (x.wearAt(i-1) || x.codeNounAt(i-1)) {
		return i // "who wears number 31": a shirt's number; "visit branch number 42": a branch's; no rank
	}
	if !top && x.eq(i-1, wThe) && x.driveAt(i-2) && x.tokIs(i+1, tNum) {
		return i + 2 // "driving the number 3 BAR-Honda": a car's number, no rank
	}
	if !top && i > 1 && (x.eq(i-1, wTo) && beliefVerb(x.lowerAt(i-2)) || modalVerb(x.lowerAt(i-1))) {
		return i // "thought to number 12-20,000 men", "could number 500": the verb, a count after it
	}
	if p := x.lastClaim(); !top && i > 0 && p != nil && p.Kind == factcheck.Ordinal && p.End >= int(x.toks[i-1].e) && p.Start < int(x.toks[i].s) {
		return i // "the 1,000th number one": a chart-topper counted, no rank
	}
	if !top && x.tokIs(i+1, tNum) && (routeNoun(x.lowerAt(i+2)) || x.routeBefore(i) || x.routeAfter(i+2)) {
		return i + 2 // "the number 38 bus", "The new bus route, the number 38,": a route's name, no rank
	}
	return x.rankAt(i, top)
}

// beliefVerb reports whether w, in lower case, says what is thought or
// expected before "to" and a verb: "thought to number", "expected to
// reach".
func beliefVerb(w string) bool {
	switch w {
	case "thought", "believed", "expected", "estimated", "said", "reckoned", "likely", "set", "due", "projected", "forecast":
		return true
	}
	return false
}

// wearAt reports whether token k is a verb of wearing, whose "number" is
// a shirt's: "who wears number 31".
func (x *extractor) wearAt(k int) bool {
	return x.eq(k, wWears) || x.eq(k, wWear) || x.eq(k, wWearing) || x.eq(k, wWore) || x.eqText(k, "worn")
}

// driveAt reports whether token k is a verb of driving, whose "the
// number" is a car's: "driving the number 3 BAR-Honda".
func (x *extractor) driveAt(k int) bool {
	return x.eqText(k, "driving") || x.eqText(k, "drives") || x.eqText(k, "drove") || x.eqText(k, "drive")
}

// routeBefore reports whether a route's noun stands among the few words
// of the sentence before token i: "The new bus route, the number 38",
// "The bus fare went up ..., and the number 38 now runs".
func (x *extractor) routeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxRouteReach && !x.sentenceEndIn(k, k+1); k-- {
		if routeNoun(x.lowerAt(k)) {
			return true
		}
	}
	return false
}

// routeAfter reports whether a route's noun stands among the few words
// from token i on, in its sentence: "The timetable for the number 38 shows
// a bus every 10 to 12 minutes".
func (x *extractor) routeAfter(i int) bool {
	for k := i; k < len(x.toks) && k < i+5 && !x.tokIs(k, tPunct); k++ {
		if routeNoun(x.lowerAt(k)) {
			return true
		}
	}
	return false
}

// maxRouteReach bounds the words routeBefore reads back.
const maxRouteReach = 15

// routeNoun reports whether w, in lower case, is a vehicle or a way that
// a number names: "the number 38 bus", "route 7".
func routeNoun(w string) bool {
	switch w {
	case "bus", "buses", "tram", "trams", "route", "train", "trolleybus", "ferry":
		return true
	}
	return false
}

// chartNo reports whether "No" or "No." at token i writes a place in a
// ranking, as "number" does, after a verb of reaching it: "debuted at No
// 3 in the UK charts", "fell to No. 4", "hit No 1", a word of a ranking
// or of a record's sales or a chart's name near it ("went in at No 1,
// knocking Eminem down to No.2", "climbed to No.2 on the Hot 100"; but "at
// No 10 Downing Street" is an address).
func (x *extractor) chartNo(i int) bool {
	if !x.eq(i, wNo) || x.toks[i].flags&fUpper == 0 || x.toks[i].flags&fAllCaps != 0 ||
		!(x.eq(i-1, wAt) || x.eq(i-1, wTo) || x.eq(i-1, wReached) || x.eq(i-1, wHit) || x.eq(i-1, wFrom)) {
		return false
	}
	k := i + 1
	if x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 {
		k++
	}
	if !x.tokIs(k, tNum) || !x.tokIs(k+1, tPunct) && x.tokIs(k+1, tWord) && x.toks[k+1].flags&fUpper != 0 {
		return false
	}
	n, ok := x.numberAt(k)
	if !ok || n.last != k+1 || n.decimal || n.value < 1 || n.value > 100 {
		return false
	}
	for m := max(x.sentenceStartBefore(i), i-20); m < min(len(x.toks), k+20) && !x.sentenceEndIn(m, m+1); m++ {
		switch x.spAt(m) {
		case wChart, wCharts, wRanking, wRankings, wRanked, wSeed, wSeeded, wStandings, wBestseller, wBestsellers,
			wSingle, wSingles, wAlbum, wAlbums, wSong, wSongs, wCopies, wKnocking, wKnocked:
			return true // (but "their last meeting at No 10 before the election" is the prime minister's house)
		}
		if x.eqText(m, "billboard") || x.eqText(m, "hot") && x.toks[m].flags&fUpper != 0 && x.str(m+1) == "100" {
			return true // "climbed to No.2 on the Hot 100": a chart, named
		}
	}
	return false
}

// rankAt reads the rank whose word, "number", "No" or "top", stands at
// token i.
func (x *extractor) rankAt(i int, top bool) int {
	if top && x.toks[i].flags&fUpper != 0 && x.toks[i].flags&fAllCaps == 0 && !x.sentenceStart(i) {
		if n, ok := x.numberAt(i + 1); ok {
			return n.last // "the Top 500 list", "the Top 40": a name
		}
	}
	if top && (x.eq(i-1, wTo) || modalVerb(x.lowerAt(max(i-1, 0))) && (x.toks[i-1].flags&fUpper == 0 || x.toks[i-1].flags&fShout != 0)) {
		return i // "LOSS MAY TOP 20 CTS", "expected to top 10 billion": a verb, the figure a bound
	}
	k := i + 1
	if x.hyphenAt(i) {
		k = i + 2 // "the number-one seed", "a top-10 finish"
	} else if x.mark(k) == '.' && x.toks[k].flags&fSpace == 0 {
		k++ // "No. 4"
	}
	n, ok := x.numberAt(k)
	if !ok || k == i+1 && x.toks[k].flags&fSpace == 0 && !x.eq(i, wNo) || n.scaled || n.decimal || n.value < 1 || n.value > 1000 {
		return i // (but a chart's "No1" glued, chartNo)
	}
	if x.tokIs(n.last, tWord) && x.toks[n.last].flags&fSpace == 0 && x.tokIs(n.last+1, tNum) && x.toks[n.last+1].flags&fSpace == 0 {
		return n.last + 2 // "bond number 432XY998765": a code of digits and letters, no rank
	}
	if top && (x.degreeSign(n.last) || x.tokIs(n.last, tWord) && x.toks[n.last].is(lexicon.Measure|lexicon.Currency|lexicon.Percent) || x.mark(n.last) == '%' ||
		(x.eq(n.last, wC) || x.eq(n.last, wF)) && x.toks[n.last].flags&fSpace == 0) {
		return i // "temps top 104°F", "top 40 mph", "temperatures top 450C": a verb, the figure a measure
	}
	if top && x.tokIs(n.last, tWord) && pluralNoun(x.str(n.last)) {
		if x.countAt(i-1) || x.countAt(i-2) && x.tokIs(i-1, tWord) && x.toks[i-1].flags&fUpper != 0 {
			return n.last // "two US top 10 albums": albums of the chart's top ten, counted before
		}
		return i
	}
	if !top && (x.eq(n.last, wJersey) || x.eq(n.last, wShirt)) {
		return n.last // "keeps the number 10 jersey": a shirt's number, no rank
	}
	if !top && (x.eq(n.last, wFuel) || x.eq(n.last, wHeating) || x.eq(n.last, wOil)) {
		return n.last // "posted prices for number six fuel": a grade of oil, no rank
	}
	if !top && (gradeWord(x.spAt(n.last)) || x.eq(n.last, wOr) && x.eq(n.last+1, wBetter)) {
		return n.last // "tonnes of number two soft red winter wheat", "number three yellow corn", "number five or better": a grade of grain
	}
	if !top && x.tokIs(i-1, tWord) && documentNoun(x.spAt(i-1)) {
		return n.last // "FASB statement number 86": a document's number, no rank
	}
	if !top && n.value == 8 && (x.tokIs(n.last, tWord) && x.toks[n.last].flags&fUpper != 0 && x.toks[n.last].flags&fNewline == 0 ||
		n.words && !x.eq(i-1, wWorld) && x.rugbyText()) {
		return n.last // "number eight Simon Taylor", "signed the All Black number eight": a rugby forward's position, no rank
	}
	c := claimParts{first: i, last: n.last, num: n, unitKind: factcheck.Ordinal, qual: factcheck.Exact, factor: 1}
	if top {
		c.qual = factcheck.UpperBound
	}
	x.subjectAfter(&c)
	x.emit(&c)
	return c.last
}

// documentNoun reports whether the word spelt sp names a numbered text
// or item: "statement number 86", "rule number 3".
func documentNoun(sp spelling) bool {
	switch sp {
	case wStatement, wRule, wResolution, wStandard, wBill, wItem, wForm, wRegulation, wDirective, wOrder, wCase,
		wFile, wSerial, wAccount:
		return true
	}
	return false
}

// mark returns the first byte of token i, or 0 for i outside the text: a
// rule's test for an ASCII mark (',', '.', '/') compares two bytes, and
// holds only of that mark, as words open with letters, figures with
// digits, and other marks with bytes beyond ASCII. It is small enough to
// be inlined in the longest rules.
func (x *extractor) mark(i int) byte {
	if uint(i) >= uint(len(x.toks)) {
		return 0
	}
	return x.text[x.toks[i].s]
}
