package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Lengths of time with no number or more than one: "a month", "decades",
// "a week-old strike", "every year" after a multiple, race times
// ("3:49.78") and hours and minutes abbreviated ("3h 20m").

// everyPeriod reads the period of a multiple said with "every" and one
// unit of time at token j, "would double every year", as a length of one
// year (as "every two years" is two), and returns the index after it, or
// j.
func (x *extractor) everyPeriod(j int) int {
	if !x.eq(j, wEvery) || !x.tokIs(j+1, tWord) || !x.toks[j+1].is(lexicon.Duration) {
		return j
	}
	e := x.toks[j+1].entry()
	if e.Per != 1 || x.lowerAt(j+1) != e.Unit || x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Duration) {
		return j // "every decade", "every second year"
	}
	c := claimParts{first: j, last: j + 2, unitKind: factcheck.Duration, unit: e.Unit, factor: 1, qual: factcheck.Exact,
		num: number{first: j, last: j + 2, value: 1, words: true}}
	x.emit(&c)
	return c.last
}

// raceTime reads a time in minutes (or hours and minutes) and seconds with
// tenths to thousandths at token i, as sport reports them: "3:49.78",
// "2:08:30.5", a lap's "1:29.708",
// or in hours, minutes and seconds: "2:04:55" (but not "at 2:04:55", a
// clock's, unless a record or a finish stands at it in a race: "the
// marathon record now stands at 2:00:35"). A clock time of minutes has no hundredths, so minutes and
// seconds without them only after a word of timing ("a time of 31:41"),
// after "in" when the minutes pass a clock's hours ("halfway in 59:51"),
// before a margin's "down" or "behind" ("1:14 down"), or as a lead
// "over" a rival ("his lead to 4:21 over Vinge").
// It returns i when there is none.
func (x *extractor) raceTime(i int) int {
	var fields []string
	j := i
	for {
		if !x.tokIs(j, tNum) || j > i && x.toks[j].flags&fSpace != 0 {
			return i
		}
		fields = append(fields, x.str(j))
		if len(fields) == 3 || !x.tokIs(j+1, tPunct) || x.mark(j+1) != ':' || x.toks[j+1].flags&fSpace != 0 {
			break
		}
		j += 2
	}
	last := fields[len(fields)-1]
	dot := strings.IndexByte(last, '.')
	hms := len(fields) == 3 && dot < 0 && len(last) == 2 && len(fields[0]) == 1 && (!x.eq(i-1, wAt) || x.standsAt(i-1) && x.raceNear(i)) && !x.timeOfDay(j+1)
	// minutes and seconds alone after a word of timing: "finish in a
	// time of 31:41", "clocked 27:30"
	timed := x.eq(i-1, wOf) && (x.eq(i-2, wTime) || x.eq(i-2, wBest) || x.eq(i-2, wRecord)) || x.eq(i-1, wClocked) || x.eq(i-1, wClocking) ||
		x.eq(i-1, wIn) && len(fields) == 2 && len(fields[0]) == 2 && fields[0] >= "24" || // "went through halfway in 59:51": no hour of a clock
		x.eq(j+1, wDown) || x.eq(j+1, wBehind) || // "trailed home 9th, 1:14 down": a margin
		x.raceTimeSaid(i, j+1) && x.raceNear(i) || // "13:41 at halfway", "a sub-4:10 finish", "an opening kilometre of 2:59"
		len(fields) == 2 && x.trackLengthBefore(i) || // "the opening track runs 3:45", "no song is longer than 4:10"
		(x.eq(i-1, wTo) || x.eq(i-1, wOf)) && x.eq(i-2, wLead) && x.eqText(j+1, "over") // "to stretch his overall lead to 4:21 over Jonas Vinge": a margin
	ms := len(fields) == 2 && dot < 0 && len(last) == 2 && timed && !x.timeOfDay(j+1) // but "a starting time of 7:20 a.m."
	if !hms && !ms && (len(fields) < 2 || dot != 2 || len(last)-dot-1 < 1 || len(last)-dot-1 > 3) {
		return i
	}
	total := 0.0
	for k, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || strings.Contains(f, ",") || k < len(fields)-1 && strings.Contains(f, ".") || k > 0 && v >= 60 {
			return i
		}
		total = total*60 + v
	}
	c := claimParts{first: i, last: j + 1, num: number{first: i, last: j + 1, value: total, decimal: true},
		unitKind: factcheck.Duration, unit: "second", qual: factcheck.Exact}
	if x.mark(i-1) == '-' && x.eq(i-2, wSub) {
		c.qual = factcheck.UpperBound // "a sub-4:10 finish"
	}
	x.emit(&c)
	return j + 1
}

// trackLengthBefore reports whether a verb or comparison of length stands
// a few words before the minutes and seconds at token i ("runs",
// "lasts", "stretches to", "clocks in at", "longer than") in a sentence
// of recorded music or film: "the opening track runs 3:45".
func (x *extractor) trackLengthBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && x.tokIs(k, tWord); k-- {
		switch x.lowerAt(k) {
		case "runs", "run", "running", "lasts", "lasting", "clocks", "clocking", "stretches", "longer", "shorter":
			return x.sentenceNames(i, 8, trackWords)
		}
	}
	return false
}

// trackWords are the words of a sentence of recorded music or film, whose
// lengths are told in minutes and seconds: "track", "song", "album".
var trackWords = wordSet("track", "tracks", "song", "songs", "album", "ballad", "single", "recording", "opener", "closer", "piece", "movement", "video", "trailer", "episode")

// standsAt reports whether "at" at token k follows a verb that gives a
// record's or a finish's level: "stands at", "stood at", "finished at".
func (x *extractor) standsAt(k int) bool {
	return x.eqText(k-1, "stands") || x.eqText(k-1, "stood") || x.eqText(k-1, "finished")
}

// raceNear reports whether the sentence of token i speaks of a race run,
// swum or ridden against the clock: "lap", "split", "hurdles", "swam",
// or an event's distance, "the 400m".
func (x *extractor) raceNear(i int) bool {
	if !x.raceText() {
		return false
	}
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k < i+12; k++ {
		if x.tokIs(k, tPunct) && k > i && x.sentenceEnd(k) > k {
			return false
		}
		if x.raceWordAt(k) {
			return true
		}
	}
	return false
}

// raceWordAt reports whether token k is a word of a race (raceWords) or
// a race's distance glued to "m".
func (x *extractor) raceWordAt(k int) bool {
	return x.tokIs(k, tWord) && x.wordIn(k, raceWords) || x.raceDistanceAt(k)
}

// raceText reports whether the text anywhere speaks of a race against
// the clock as raceNear reads a sentence, read once: most texts do not.
func (x *extractor) raceText() bool {
	return x.textHas(&x.races, x.raceWordAt)
}

// raceDistanceAt reports whether token k is a race's distance glued to
// "m": "the 400m", "the 10,000m".
func (x *extractor) raceDistanceAt(k int) bool {
	return x.tokIs(k, tNum) && x.str(k+1) == "m" && x.toks[k+1].flags&fSpace == 0 && raceDistance(x.str(k))
}

// raceWords are the words of a race against the clock of raceNear.
var raceWords = wordSet("lap", "laps", "split", "splits", "halfway", "hurdles", "relay", "relays", "heats", "semi-finals", "swam", "swimmers",
	"sprint", "sprinter", "sprinters", "marathon")

// raceDistance reports whether s, glued to "m", is a distance raced on a
// track or in a pool: "100", "400", "1500", "10,000".
func raceDistance(s string) bool {
	switch s {
	case "50", "60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000", "5,000", "10,000", "10000":
		return true
	}
	return false
}

// raceTimeSaid reports whether the words around the minutes and seconds
// from token i to token after say they are a race's time, as a race's
// sentence (raceNear) places it: after "sub-" or a lap's or a lead's
// words ("a sub-4:10 finish", "an opening kilometre of 2:59", "his lead
// to 2:31"), or before "at halfway" ("13:41 at halfway").
func (x *extractor) raceTimeSaid(i, after int) bool {
	return x.mark(i-1) == '-' && x.eq(i-2, wSub) || x.eq(i-1, wOf) && (x.eq(i-2, wLap) || x.eqText(i-2, "kilometre") || x.eqText(i-2, "mile") || x.eqText(i-2, "split")) ||
		x.eq(i-1, wTo) && x.eq(i-2, wLead) || x.eqText(after, "at") && x.eqText(after+1, "halfway")
}

// raceSeconds reports whether the count c, a decimal bare of any unit,
// is a time in seconds in a race's sentence (raceNear) or after
// "clocked", as results give them: under 100, to a tenth or a hundredth,
// before no noun ("Warholm (NOR) 45.94 WR", "the laps read 54.2, 55.0 and
// 53.8", "needed 48.71", "he clocked 43.85 in May").
func (x *extractor) raceSeconds(c *claimParts) bool {
	n := c.num
	s := x.str(n.first)
	dot := strings.IndexByte(s, '.')
	if !n.decimal || n.scaled || n.words || c.end != nil || n.value < 5 || n.value >= 100 || dot < 0 || len(s)-dot-1 > 2 || n.last != n.first+1 ||
		x.tokIs(n.last, tWord) && !x.toks[n.last].is(lexicon.Stop) && x.toks[n.last].flags&fAllCaps == 0 {
		return false
	}
	return x.raceNear(n.first) || x.eq(n.first-1, wClocked) // (but "the computer clocked up 35.86" teraflops)
}

// primed reports whether the digits at token k and those two tokens on
// are glued to a prime after the first and a double prime after the
// second: "5'4"", "1'04"", "6′2″", or "5' 10"" with a space after the
// prime.
func (x *extractor) primed(k int) bool {
	if !x.tokIs(k, tNum) || !x.tokIs(k+2, tNum) || !allDigits(x.str(k)) || !allDigits(x.str(k+2)) {
		return false
	}
	switch x.str(k + 1) {
	case "'", "\u2019", "\u2032":
	default:
		return false
	}
	switch x.str(k + 3) {
	case "\"", "\u201d", "\u2033":
	default:
		return false
	}
	return x.toks[k+1].flags&fSpace == 0 && x.toks[k+3].flags&fSpace == 0 && x.toks[k+2].flags&fNewline == 0
}

// heightInPrimes reads at token i a person's height in feet and inches
// written with primes, "5'4"", "the 6'9" forward", as one measure in
// inches ("6 ft 2" is 74 inches): feet from four to seven, inches under
// twelve; inches of two digits ("5'11"") only in a sentence that speaks of
// height or weight, as a stage's gap "1'04"" is minutes and seconds
// (primeTime). It returns i when there is none.
func (x *extractor) heightInPrimes(i int) int {
	if !x.primed(i) || len(x.str(i)) != 1 || len(x.str(i+2)) > 2 {
		return i
	}
	ft, _ := strconv.Atoi(x.str(i))
	in, _ := strconv.Atoi(x.str(i + 2))
	if ft < 4 || ft > 7 || in > 11 || len(x.str(i+2)) == 2 && !x.heightSaid(i) {
		return i
	}
	c := claimParts{first: i, last: i + 4, num: number{first: i, last: i + 4, value: float64(12*ft + in)},
		unitKind: factcheck.Measure, unit: "inch", qual: factcheck.Exact, factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.subjectAfter(&c) // "the 6'9" forward"
	x.emit(&c)
	return c.last
}

// heightSaid reports whether the sentence of token i speaks of a
// person's height or build: "tall", "stands", "height", "weighs".
func (x *extractor) heightSaid(i int) bool {
	for k := x.sentenceStartBefore(i); k < len(x.toks) && k < i+12 && !x.sentenceEndIn(k, k+1); k++ {
		switch x.lowerAt(k) {
		case "tall", "stands", "stood", "standing", "height", "measures", "measuring", "weighs", "weighing", "lbs":
			return true
		}
	}
	return false
}

// primeTime reads at token i a time in minutes and seconds written with
// primes, as French and Italian cycling reports give a stage's times and
// gaps ("1'04"", "0'14""), after its hours if any ("6h 14'44"",
// "6h14'44""): seconds.
// It returns i when there is none.
func (x *extractor) primeTime(i int) int {
	k, hours := i, 0.0
	if x.eqText(i+1, "h") && x.toks[i+1].flags&fSpace == 0 && allDigits(x.str(i)) && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fNewline == 0 {
		hours, _ = strconv.ParseFloat(x.str(i), 64)
		k = i + 2
	}
	if !x.primed(k) || len(x.str(k)) > 2 || len(x.str(k+2)) != 2 {
		return i
	}
	m, _ := strconv.ParseFloat(x.str(k), 64)
	sec, _ := strconv.ParseFloat(x.str(k+2), 64)
	if m >= 60 || sec >= 60 {
		return i
	}
	c := claimParts{first: i, last: k + 4, num: number{first: i, last: k + 4, value: hours*3600 + m*60 + sec},
		unitKind: factcheck.Duration, unit: "second", qual: factcheck.Exact}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return k + 4
}

// hoursAndMinutes reads a length of time in hours and minutes written
// with glued abbreviations at token i, with its seconds if any: "3h 20m",
// "1h 5min", "2h 08m 30s", as one duration in the smallest unit ("1h 45m"
// is 105 minutes, as the goldens' hands write a clock's abbreviations). It
// returns i when there is none.
func (x *extractor) hoursAndMinutes(i int) int {
	if !allDigits(x.str(i)) || !x.tokIs(i+1, tWord) || x.toks[i+1].flags&fSpace != 0 || !x.eq(i+1, wH) && !x.eq(i+1, wHr) {
		return i
	}
	h, err := strconv.ParseFloat(x.str(i), 64)
	m, j, ok := x.glued(i+2, 60, false, "m", "min", "mins")
	if v := x.str(i + 2); !ok && x.eq(i+1, wH) && x.tokIs(i+2, tNum) && x.toks[i+2].flags&fSpace == 0 && len(v) == 2 && allDigits(v) && v < "60" {
		// "a film of 1h52", "1h52m": a running time, its minutes glued
		m, j, ok = float64(10*(v[0]-'0')+v[1]-'0'), i+3, true
		if (x.eq(j, wM) || x.eq(j, wMin) || x.eq(j, wMins)) && x.toks[j].flags&fSpace == 0 {
			j++
		} else if x.gluedAfter(i+2) || x.primed(i+2) {
			ok = false // (but "6h14'44"" is a stage's time in primes: primeTime)
		}
	}
	if err != nil || !ok {
		return i
	}
	c := claimParts{first: i, last: j, num: number{first: i, last: j, value: h*60 + m, scaled: true},
		unitKind: factcheck.Duration, unit: "minute", factor: 1, qual: factcheck.Exact}
	if s, k, ok := x.glued(j, 60, true, "s", "sec", "secs"); ok {
		c.num.value, c.unit, c.last, c.num.last = c.num.value*60+s, "second", k, k
	}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// minutesAndSeconds reads a time in minutes and seconds written with
// glued abbreviations at token i: "1m 31.4s", "2m 05s" (a figure with a
// glued "m" alone is millions or metres). It returns i when there is none.
func (x *extractor) minutesAndSeconds(i int) int {
	if !allDigits(x.str(i)) || !x.eq(i+1, wM) || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tNum) || x.toks[i+2].flags&(fSpace|fNewline) != fSpace ||
		!(x.eq(i+3, wS) || x.eq(i+3, wSec) || x.eq(i+3, wSecs)) || x.toks[i+3].flags&fSpace != 0 {
		return i
	}
	m, err1 := strconv.ParseFloat(x.str(i), 64)
	sec, err2 := strconv.ParseFloat(x.str(i+2), 64)
	if err1 != nil || err2 != nil || sec >= 60 {
		return i
	}
	c := claimParts{first: i, last: i + 4, num: number{first: i, last: i + 4, value: m*60 + sec, decimal: true},
		unitKind: factcheck.Duration, unit: "second", factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// gameClock reads a game's clock in minutes and seconds at token i, a
// length of time in seconds: "with 4:12 remaining", "2:09 left in OT",
// "ate 7:52 off the clock", "averaging 21:14 of ice time", "at 14:33 of
// the second period". It returns i when there is none: "at 4:12 pm" is a
// time of day.
func (x *extractor) gameClock(i int) int {
	if !allDigits(x.str(i)) || len(x.str(i)) > 2 || x.mark(i+1) != ':' || x.toks[i+1].flags&fSpace != 0 || !x.tokIs(i+2, tNum) ||
		x.toks[i+2].flags&fSpace != 0 || len(x.str(i+2)) != 2 || !allDigits(x.str(i+2)) || x.mark(i+3) == ':' {
		return i
	}
	m, _ := strconv.Atoi(x.str(i))
	sec, _ := strconv.Atoi(x.str(i + 2))
	if sec >= 60 || m >= 60 {
		return i
	}
	j := i + 3
	switch {
	case x.eqText(j, "remaining") || x.eqText(j, "left"),
		(x.eqText(j, "to") && (x.eqText(j+1, "play") || x.eqText(j+1, "go"))),
		x.eqText(j, "off") && x.eqText(j+1, "the") && x.eqText(j+2, "clock"),
		x.eqText(j, "of") && x.eqText(j+1, "ice") && x.eqText(j+2, "time"),
		x.eqText(j, "of") && x.eqText(j+1, "the") && x.tokIs(j+2, tWord) && x.toks[j+2].is(lexicon.Ordinal) &&
			(x.eqText(j+3, "period") || x.eqText(j+3, "quarter") || x.eqText(j+3, "half")),
		x.eqText(j, "into") && (x.eqText(j+1, "overtime") || x.eqText(j+1, "the")):
	default:
		return i
	}
	c := claimParts{first: i, last: j, num: number{first: i, last: j, value: float64(m*60 + sec)},
		unitKind: factcheck.Duration, unit: "second", factor: 1}
	c.qual, c.first = x.qualifier(i)
	x.emit(&c)
	return c.last
}

// glued reads at token j a number below max, whole unless decimals, with
// one of the abbreviations units glued to it ("20m", "30s", a race's
// "4.2sec"), and returns its value and the index after it.
func (x *extractor) glued(j int, max float64, decimals bool, units ...string) (float64, int, bool) {
	if !x.tokIs(j, tNum) || x.toks[j].flags&fSpace == 0 || x.toks[j].flags&fNewline != 0 || !allDigits(x.str(j)) && !(decimals && sectionNumber(x.str(j))) ||
		!x.tokIs(j+1, tWord) || x.toks[j+1].flags&fSpace != 0 {
		return 0, j, false
	}
	v, err := strconv.ParseFloat(x.str(j), 64)
	if err != nil || v >= max {
		return 0, j, false
	}
	for _, u := range units {
		if x.eqText(j+1, u) {
			return v, j + 2, true
		}
	}
	return 0, j, false
}

// indefiniteDuration reads "a month", "an hour" where a preposition or a
// qualifier makes it a length of time: "in less than a month", "for a
// year", "within a week", "a year or more", "another year or so", "a week
// or two" (one to two weeks); or where it is a possessive: "a year's
// subscription", "a week's pay".
func (x *extractor) indefiniteDuration(i int) int {
	u := i + 1 // the unit
	if x.eq(u, wEntire) || x.eq(u, wFull) || x.eq(u, wWhole) || x.eq(u, wSingle) || x.eq(u, wExtra) || x.eq(u, wAdditional) {
		u++ // "for an entire month", "a full year", "in a single day", "kept for an extra fortnight"
	}
	if !(x.eq(i, wA) || x.eq(i, wAn) || x.eq(i, wAnother)) || !x.tokIs(u, tWord) || !x.toks[u].is(lexicon.Duration) {
		return i
	}
	if x.hyphenAt(u) && (x.eq(u+2, wTo) || x.eq(u+2, wOn) || x.eq(u+2, wBy)) && x.hyphenAt(u+2) && x.eqText(u+4, x.lowerAt(u)) {
		return u + 5 // "under a day-to-day extension", "a year-on-year rise": a manner, no length of time
	}
	// "a year or more", "another year or so": a length of time, bounded
	q, after := x.suffixQualifier(u + 1)
	suffixed := after > u+1
	// "a week or two": one to two of them; "a week or 10 days": seven to
	// ten days, its end naming a unit the first converts to exactly
	end, ratio, endUnit := x.orMore(u)
	granted := x.eq(i, wAnother) && (x.eq(i-1, wGet) || x.eq(i-1, wGets) || x.eq(i-1, wGot) || x.eq(i-1, wGiven) || x.eq(i-1, wNeed))
	if x.eq(i, wAnother) && !suffixed && !granted && !x.durationContext(i) {
		return i // "another year": one more, no length said (but "delayed for another year", "might get another year")
	}
	if n := len(x.claims); n > 0 && i > 0 && x.claims[n-1].End == int(x.toks[i-1].e) && (x.claims[n-1].Kind == factcheck.Money || x.claims[n-1].Kind == factcheck.Measure) {
		return i // "live on $2,000 a year or less": the figure's rate
	}
	w := x.str(u)
	own := possessive(w) // "a year's subscription" lasts a year wherever it stands
	if !own && (strings.HasSuffix(w, "s") || len(w) <= 3 && w != "day") {
		return i
	}
	if x.toks[u].is(lexicon.Ordinal) && (x.tokIs(u+1, tWord) && !x.toks[u+1].is(lexicon.Stop) || x.hyphenAt(u)) {
		return i // "for a second week" counts weeks, "a second-tier increase" ranks: an ordinal
	}
	_, fk := x.unitAndAFraction(u + 1)
	fractional := fk > u+1            // "a year and a half later": a length said to its fraction, wherever it stands
	compound := x.smallerUnitAfter(u) // "an hour and 40 minutes", wherever it stands
	if !own && !suffixed && end == nil && !granted && !fractional && !compound && !x.durationContext(i) || x.eq(u+1, wOn) && x.sameUnit(u+2, u) || x.hyphenAt(u) && x.eq(u+2, wOn) && x.hyphenAt(u+2) && x.sameUnit(u+4, u) {
		return i // "in a year on year comparison", "after a year-on-year decline": no length of time
	}
	e := x.toks[u].entry()
	c := claimParts{first: i, last: u + 1, unitKind: factcheck.Duration, unit: e.Unit, factor: e.Per,
		num: number{first: i, last: u + 1, value: 1, words: true}}
	if f, k := x.unitAndAFraction(u + 1); k > u+1 {
		c.num.value, c.num.decimal, c.last = 1+f, true, k // "a year and a half", "an hour and a quarter"
	} else if !suffixed && end == nil {
		x.compoundDuration(&c) // "an hour and ten minutes": 70 minutes
	}
	c.qual, c.first = x.qualifier(i)
	if c.qual == factcheck.LowerBound && x.eq(c.first, wOver) && x.spreadOver(c.first) && !x.sinceAfter(c.last) {
		c.qual, c.first = factcheck.Exact, c.first+1 // "$1 trillion over a decade": during, no bound
	}
	switch {
	case suffixed:
		if c.qual == factcheck.Exact {
			c.qual = q
		}
		c.last = after
	case end != nil:
		c.end, c.last = end, end.last
		if endUnit > 0 {
			e := x.toks[endUnit].entry()
			c.num.value, c.unit, c.factor, c.last = ratio, e.Unit, e.Per, endUnit+1
		}
	}
	x.emit(&c)
	return c.last
}

// namedSpan reads at token i a fortnight or a decade that a period's
// adjective places, with no number of its own: "over the final fortnight
// of the campaign", "the past fortnight", "in the campaign's opening
// fortnight" (two weeks); "over the past decade", "the next decade" (ten
// years): its span from the adjective; or "the fortnight before December
// 25", its span the word. "Last fortnight" says when, as "last week"
// does. It returns i when there is none.
func (x *extractor) namedSpan(i int) int {
	k := i - 1
	var unit string
	var factor float64
	switch {
	case x.toks[i].flags&fUpper != 0:
		return i
	case x.eq(i, wDecade) && x.eq(k-1, wThe) && (spanOpener(x.spAt(max(k, 0))) || x.eq(k, wFinal)):
		unit, factor = "year", 10
	case x.eq(i, wFortnight) && (x.eq(k, wPast) || x.eq(k, wFinal) || x.eq(k, wOpening) || x.eq(k, wFirst) || x.eq(k, wNext) && x.eq(k-1, wThe)):
		unit, factor = "week", 2 // (but "last fortnight" and "next fortnight" are times, no length; "for the next fortnight" is one)
	case x.eq(i, wFortnight) && x.eq(k, wThe) && (x.eq(i+1, wBefore) || x.eq(i+1, wAfter) || x.eq(i+1, wTo) || x.eq(i+1, wSince) || x.eqText(i+1, "leading") || x.eqText(i+1, "ending")):
		// "sales rise in the fortnight before December 25": the two weeks
		// up to a day, from the article on
		unit, factor, k = "week", 2, i
	default:
		return i
	}
	c := claimParts{first: k, last: i + 1, unitKind: factcheck.Duration, unit: unit, factor: factor, qual: factcheck.Exact,
		num: number{first: k, last: i + 1, value: 1, words: true}}
	x.emit(&c)
	return c.last
}

// asManyPeriods reads "in as many years" ending at the unit at token i: a
// length of time of as many units as the count or rank just before it in
// its sentence says ("the third time in as many years" is three years,
// "four rate rises in as many months" four months). It returns the index
// after it, or i.
func (x *extractor) asManyPeriods(i int) int {
	if !x.eq(i-1, wMany) || !x.eq(i-2, wAs) || !x.eq(i-3, wIn) || !strings.HasSuffix(x.lowerAt(i), "s") || len(x.claims) == 0 {
		return i
	}
	p := &x.claims[len(x.claims)-1]
	if p.Kind != factcheck.Ordinal && p.Kind != factcheck.Count || p.Value.Num < 2 || p.Value.Num > 100 || p.Value.Num != math.Trunc(p.Value.Num) ||
		p.End > int(x.toks[i-3].s) || x.sentenceEndIn(x.tokenAfter(p), i-3) || i-3-x.tokenAfter(p) > 6 {
		return i
	}
	e := x.toks[i].entry()
	c := claimParts{first: i - 2, last: i + 1, unitKind: factcheck.Duration, unit: e.Unit, factor: e.Per, qual: factcheck.Exact,
		num: number{first: i - 2, last: i + 1, value: p.Value.Num, words: true}}
	x.emit(&c)
	return c.last
}

// spanAndAHalf reads at token i a length of time or a distance that "the
// past" (or "the last", "the next", "the final") and a unit and a half
// say: "over the past year and a half", 1.5 years; "over the final mile
// and a half". It returns the index after it, or i ("the past year" alone
// is a reference to a time, no length said).
func (x *extractor) spanAndAHalf(i int) int {
	u := i + 2
	if x.toks[i].word != theWord || !(x.eq(i+1, wPast) || x.eq(i+1, wLast) || x.eq(i+1, wNext) || x.eq(i+1, wFinal)) || !x.tokIs(u, tWord) || !x.toks[u].is(lexicon.Duration|lexicon.Measure) ||
		strings.HasSuffix(x.str(u), "s") {
		return i
	}
	k := x.andAHalf(u + 1)
	if k == u+1 {
		return i
	}
	e, kind := x.toks[u].entry(), factcheck.Duration
	if !x.toks[u].is(lexicon.Duration) {
		kind = factcheck.Measure // "over the final mile and a half"
	}
	c := claimParts{first: i, last: k, unitKind: kind, unit: e.Unit, factor: e.Per, qual: factcheck.Exact,
		num: number{first: i + 1, last: k, value: 1.5, words: true, decimal: true}}
	x.emit(&c)
	return k
}

// orMore reads the end of a length of time "a <unit> or ..." whose unit
// is at token u: a number of two to ten of that unit ("a week or two",
// "a week or two weeks"), or a number of a smaller unit that the first
// converts to exactly ("a week or 10 days": ratio 7 and endUnit the
// days' token; ratio 1 when the end repeats the unit). It returns a nil
// end when none: "a month or six weeks" names two lengths.
func (x *extractor) orMore(u int) (end *number, ratio float64, endUnit int) {
	k := u + 2
	if !x.eq(u+1, wOr) {
		return nil, 0, 0
	}
	var n number
	switch {
	case x.tokIs(k, tWord) && x.toks[k].is(lexicon.Cardinal) && x.toks[k].entry().Num > 1 && x.toks[k].entry().Num <= 10:
		n = number{first: k, last: k + 1, value: x.toks[k].entry().Num, words: true}
	case x.tokIs(k, tNum):
		m, ok := x.digits(k)
		if !ok || m.scaled || m.year || !x.tokIs(m.last, tWord) || !x.toks[m.last].is(lexicon.Duration) {
			return nil, 0, 0
		}
		n = m
	default:
		return nil, 0, 0
	}
	if !x.tokIs(n.last, tWord) || !x.toks[n.last].is(lexicon.Duration) {
		return &n, 0, 0
	}
	from, to := x.toks[u].entry(), x.toks[n.last].entry()
	switch r := unitsIn(to.Unit, from.Unit) * from.Per / to.Per; {
	case from.Unit == to.Unit && from.Per == to.Per:
		return &n, 1, n.last // "a week or two weeks"
	case r > 1 && r < n.value:
		return &n, r, n.last // "a week or 10 days"
	}
	return nil, 0, 0
}

// unitAdjective reads a unit of time made an adjective with no number:
// "a week-old strike", "its month-long search" last one unit, as "a
// three-day-old strike" lasts three days; and a unit and a half with no
// article: "in the past week-and-a-half" lasts 1.5 weeks.
func (x *extractor) unitAdjective(i int) int {
	t := &x.toks[i]
	if t.class == tWord && t.is(lexicon.Duration) && !x.tokIs(i-1, tNum) && !x.hyphenBefore(i) {
		if k := x.andAHalf(i + 1); k > i+1 && x.hyphenAt(i) {
			e := t.entry()
			c := claimParts{first: i, last: k, unitKind: factcheck.Duration, unit: e.Unit, factor: e.Per, qual: factcheck.Exact,
				num: number{first: i, last: i + 1, value: 1.5, words: true, decimal: true}}
			x.emit(&c)
			return c.last
		}
	}
	if t.class != tWord || !t.is(lexicon.Duration) || !x.hyphenAt(i) || !(x.eq(i+2, wOld) || x.eq(i+2, wLong)) ||
		x.hyphenBefore(i) || x.tokIs(i-1, tNum) || x.tokIs(i-1, tWord) && x.toks[i-1].is(lexicon.Cardinal|lexicon.Scale|lexicon.Vague) {
		return i
	}
	if w := x.str(i); strings.HasSuffix(w, "s") || len(w) <= 3 && lower(w) != "day" {
		return i
	}
	e := t.entry()
	c := claimParts{first: i, last: i + 3, unitKind: factcheck.Duration, unit: e.Unit, factor: e.Per, qual: factcheck.Exact,
		num: number{first: i, last: i + 1, value: 1, words: true}}
	x.emit(&c)
	return c.last
}

// vagueDuration reads "decades", "centuries" with no number, as
// CLAIMS.md reads "dozens": twice the unit, a lower bound ("rose for
// decades", "for centuries" are 20 and 200 years at least). Not when
// something bounds them otherwise: "recent decades", "the decades since",
// "many centuries".
func (x *extractor) vagueDuration(i int) int {
	if !x.eq(i, wDecades) && !x.eq(i, wCenturies) || x.toks[i].flags&fUpper != 0 && !x.sentenceStart(i) {
		return i
	}
	if x.tokIs(i-1, tWord) && (x.toks[i-1].is(lexicon.Determiner|lexicon.Cardinal|lexicon.Scale|lexicon.Vague) || vagueAdjective(x.spAt(i-1))) {
		return i
	}
	e := x.toks[i].entry()
	c := claimParts{first: i, last: i + 1, unitKind: factcheck.Duration, unit: e.Unit, factor: e.Per,
		num: number{first: i, last: i + 1, value: 2, words: true, vague: true}}
	c.qual, c.first = x.qualifier(i)
	if c.qual == factcheck.Exact {
		c.qual = factcheck.LowerBound
	}
	x.emit(&c)
	return c.last
}

// comparedLength gives the bare count c, compared with the length of time
// just before it in its sentence ("against", "versus", "vs", "compared
// with"), that length's unit: "up to 22 hours on a charge, against eighteen
// for last year's models", "took 5 days, compared with three in 2019".
func (x *extractor) comparedLength(c *claimParts) {
	f := c.first
	if c.subjectEnd != 0 || c.unit != "" || !(x.eq(f-1, wAgainst) || x.eq(f-1, wVersus) || x.eq(f-1, wVs) || x.eq(f-1, wWith) && x.eq(f-2, wCompared)) {
		return
	}
	p := x.lastClaim()
	if p == nil || p.Kind != factcheck.Duration || p.EndValue != nil || p.Value.Num <= 0 {
		return
	}
	pe := x.tokenAfter(p)
	if pe > f || f-pe > 8 || x.sentenceEndIn(pe, f) || c.num.value > 10*p.Value.Num || c.num.value < p.Value.Num/10 {
		return
	}
	c.unitKind, c.unit = factcheck.Duration, p.Unit
}

// vagueAdjective reports whether w, before "decades", says how many or
// which: "recent", "past", "many", "several".
func vagueAdjective(sp spelling) bool {
	switch sp {
	case wRecent, wPast, wLast, wNext, wComing, wPrevious, wFollowing, wMany, wSeveral, wFew, wEarly, wLater,
		wEarlier, wSubsequent, wIntervening, wEnsuing, wPreceding, wSucceeding, wTwo, wMultiple, wNumerous:
		return true
	}
	return false
}

// lengthsOfTime gives the bare count c the unit of time it counts in its
// phrase: the lengths of time it is a part of ("in three out of the last
// four years", "on two of the past five days": three years, two days),
// or that it is said "within" after another length said "within"
// ("within five years if it cannot cope ... within three": years).
func (x *extractor) lengthsOfTime(c *claimParts) {
	if c.unitKind != factcheck.Count || c.unit != "" || c.end != nil || c.num.scaled || c.num.year || c.num.decimal {
		return
	}
	k := c.num.last
	switch {
	case x.eq(k, wOut) && x.eq(k+1, wOf):
		k += 2
	case x.eq(k, wOf):
		k++
	default:
		if x.eq(c.num.first-1, wWithin) && !x.tokIs(k, tWord) {
			if p := x.lastClaim(); p != nil && p.Kind == factcheck.Duration && p.EndValue == nil && x.eq(x.tokenOf(p), wWithin) &&
				!x.sentenceEndIn(x.tokenAfter(p), c.first) {
				c.unitKind, c.unit = factcheck.Duration, p.Unit
			}
		}
		x.comparedLength(c)
		return
	}
	if x.eq(k, wThe) {
		k++
	}
	if x.eq(k, wLast) || x.eq(k, wPast) || x.eq(k, wNext) || x.eq(k, wFirst) {
		k++
	}
	n, ok := x.numberAt(k)
	if !ok || n.scaled || n.value <= c.num.value || !x.tokIs(n.last, tWord) || !x.toks[n.last].is(lexicon.Duration) {
		return
	}
	e := x.toks[n.last].entry()
	if e.Per != 1 {
		return
	}
	c.unitKind, c.unit = factcheck.Duration, e.Unit
}

// elidedLength gives the bare count c the unit of time of the length
// just before it in its sentence, which the text does not repeat: "every
// 8 minutes ..., up from every 12", "58 minutes, up from 45 a decade
// ago", "127 seconds instead of the planned 84", "14,500 hours, including
// more than 3,000 in Beavers", "took 21 days ..., a journey that normally
// takes four". The length is a figure with its unit written apart ("21
// days"; not an age, "26", nor a compound, "three-month") and no period
// the sentence is dated to ("in the last 20 years, three of them");
// the count ends its clause, or "in", "on" or "a" follows it, or "for" and
// a place after a comparison ("compared with 40.1 for England"), or "more
// than" after a comma ("228 hours of sunshine in May, 40 more than
// average"), or, a
// bounded count, a verb's "-ing" ("about three coming down"); no figure
// stands between the two, at most 20 tokens apart; and the count is of
// the length's size (a fiftieth of it to twenty times it).
func (x *extractor) elidedLength(c *claimParts) {
	if c.unitKind != factcheck.Count || c.subjectEnd != 0 || c.num.year || c.num.scaled || c.num.value <= 0 || len(x.str(c.num.first)) == 4 && allDigits(x.str(c.num.first)) ||
		c.end != nil && c.end.value <= c.num.value || len(x.claims) == 0 {
		return // (and "from 1337 to 1453" after "lasted 116 years": years)
	}
	if x.mark(c.first-1) == '(' || c.scoreEnd > 0 || x.hyphenAt(c.num.first) {
		return // a table's bracketed figure, "unquoted (4.13)"; a score, "61-58"
	}
	j := c.last
	if x.mark(j) == ',' && x.tokIs(j+1, tNum) {
		return // a quote's two sides: "at seven, 6-15/16 pct"
	}
	switch {
	case j >= len(x.toks), x.tokIs(j, tPunct) && x.mark(j) != '-' && x.mark(j) != '/' && x.mark(j) != '%' && x.mark(j) != '(':
	case x.eq(j, wIn) || x.eq(j, wOn) || x.eq(j, wA) || x.eq(j, wBefore):
	case (x.eq(j, wMore) || x.eq(j, wFewer) || x.eq(j, wLess)) && x.eq(j+1, wThan) && x.mark(c.first-1) == ',':
		// "228 hours of sunshine in May, 40 more than average"
	case x.eq(j, wFor) && x.comparedWith(c.first) && x.tokIs(j+1, tWord) && x.toks[j+1].flags&fUpper != 0:
		// "44.7 years, compared with 40.1 for England": a place's length
	case c.qual != factcheck.Exact && x.tokIs(j, tWord) && x.toks[j].flags&fUpper == 0 && strings.HasSuffix(x.lowerAt(j), "ing"):
		// "four to five hours going up and about three coming down"
	default:
		return
	}
	pk := len(x.claims) - 1
	for pk > 0 && (x.claims[pk].Kind == factcheck.Date || c.qual != factcheck.Exact && x.claims[pk].Kind == factcheck.Percent) {
		pk-- // (and a share of those asked between: "seven to nine hours of sleep, yet about 35 per cent ... managed fewer than six")
	}
	p := &x.claims[pk]
	if p.Kind != factcheck.Duration || p.EndValue != nil && p.EndValue.Num <= p.Value.Num || p.Value.Num <= 0 || strings.ContainsRune(p.Text, '-') || !strings.ContainsRune(p.Text, ' ') ||
		strings.HasPrefix(lower(p.Text), "the ") {
		return
	}
	if w := p.Text[strings.LastIndexByte(p.Text, ' ')+1:]; p.Value.Num != 1 && !strings.HasSuffix(lower(w), "s") {
		return // a length as an adjective: "Three month interbank deposits"
	}
	if x.tokIs(c.first-1, tWord) && x.toks[c.first-1].is(lexicon.Month) {
		return // "from April one": a day
	}
	pe, pi := x.tokenAfter(p), x.tokenOf(p)
	for k := pi - 1; k >= pi-3 && k >= 0 && x.tokIs(k, tWord); k-- {
		switch x.spAt(k) {
		case wIn:
			if k < pi-1 || p.Qualifier == factcheck.Exact || c.qual == factcheck.Exact {
				return // a period the sentence is of: "in the first two months" (but "do it in under five hours, the slow ones in up to eight" take that long)
			}
		case wFor:
			if !x.eq(c.first-1, wFor) && !jailVerb(x.lowerAt(max(k-1, 0))) {
				return // a period the sentence is of: "for the next two years"
			} // (but "married for just three years and the oldest for 61": one length after another, "for" before each; "jailed for eight years ... must serve at least four": a term and its part)
		case wFirst, wLast, wPast, wNext, wPrevious, wOver, wWithin, wThrough, wThe:
			return // a period the sentence is of: "in the first two months", "over the last 8 months"
		}
		if x.eqText(k, "during") {
			return
		}
		if !x.toks[k].is(lexicon.QualEnd) && !x.eq(k, wAbout) && !x.eq(k, wRoughly) && !x.eq(k, wSome) {
			break
		}
	}
	if pe > c.first || c.first-pe > 20 || x.sentenceEndIn(pe, c.first) {
		return
	}
	for k := pe; k < c.first; k++ {
		if x.tokIs(k, tNum) && !x.dateClaimAt(k) && !(c.qual != factcheck.Exact && x.claimOfKindAt(k, factcheck.Percent)) {
			return // another figure between
		}
	}
	if v, w := c.num.value, p.Value.Num; v > 20*w || v < w/50 || c.num.decimal && !strings.ContainsRune(p.Text, '.') {
		return // (a figure with decimals is no whole length's: "Fifteen years after Bolt ran 9.58")
	}
	c.unitKind, c.unit = factcheck.Duration, p.Unit
}

// jailVerb reports whether w, in lower case, sends a person to prison or
// bans them for a term: "jailed", "sentenced", "banned".
func jailVerb(w string) bool {
	switch w {
	case "jailed", "sentenced", "imprisoned", "banned", "disqualified", "suspended", "detained":
		return true
	}
	return false
}
