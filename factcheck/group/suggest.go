package group

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// Suggestions. Within a group, a figure reported for a later time than
// another suggests the other is superseded (a death toll rises between two
// articles); figures of the same time that cannot both be true suggest a
// dispute. Dates and ordinals are never superseded: a date that disagrees
// with most of its group is disputed, and so are the figures of a group
// whose reports go back to an earlier value (reverts), unless that value
// is one an article calls past (splitStale). A claim's time is that of a
// date in its own sentence ("435 left on November 1 and 2"), else its
// article's.

// articleDates gives each article its publication date, when it has one
// (given, or read from its dateline). An article without one has no time:
// the latest date it names may be a deadline ahead or a past event, so
// its figures supersede none and none supersedes them, but they are
// disputed where they differ from others of its time.
func articleDates(published map[string]string) map[string]calendar.Date {
	out := map[string]calendar.Date{}
	for doc, p := range published {
		if t, ok := calendar.ParseDay(p); ok {
			out[doc] = t
		}
	}
	return out
}

// claimDate is the last day a date claim names.
func claimDate(c *factcheck.Claim) (calendar.Date, bool) {
	v := c.Value.Date
	if c.EndValue != nil && c.EndValue.Date != "" {
		v = c.EndValue.Date
	}
	return calendar.ParseDay(v)
}

// monthOfYear reads the month of a year a date claim names, "March
// 1986" ("1986-03"), as its last day; a range's, its last month's.
func monthOfYear(c *factcheck.Claim) (calendar.Date, bool) {
	v := c.Value.Date
	if c.EndValue != nil && c.EndValue.Date != "" {
		v = c.EndValue.Date
	}
	if len(v) != 7 || v[4] != '-' {
		return calendar.Date{}, false
	}
	t, ok := calendar.ParseISO(v + "-01")
	t.D = calendar.DaysIn(t.M, t.Y)
	return t, ok
}

// later reports whether a is after b; without both years, by month and day.
func later(a, b calendar.Date) bool {
	if b.M == 0 {
		return a.M != 0
	}
	if a.M == 0 {
		return false
	}
	if a.Y != 0 && b.Y != 0 && a.Y != b.Y {
		return a.Y > b.Y
	}
	if a.M != b.M {
		return a.M > b.M
	}
	return a.D > b.D
}

// sentenceDates sets the time of each claim that shares its sentence with a
// date to that date, or with a month of a year before its article's date
// to that month. A date after its article's is a deadline or a plan ("a
// tender offer which expires April 15"), not when the figure held: the
// claim keeps its article's date.
func (g *grouper) sentenceDates() {
	for i := 0; i < len(g.claims); {
		j := i
		var t calendar.Date
		for j < len(g.claims) && g.claims[j].Doc == g.claims[i].Doc && g.claims[j].SentenceStart == g.claims[i].SentenceStart {
			if g.claims[j].Kind == factcheck.Date && !startDate(&g.claims[j]) {
				if d, ok := claimDate(&g.claims[j]); ok && later(d, t) {
					t = d
				} else if d, ok := monthOfYear(&g.claims[j]); ok && later(g.asOf[j], d) && later(d, t) {
					t = d // "in a bid in March 1986 for 33 mln shares", in a report of April 8
				}
			}
			j++
		}
		if g.ofPastMonth == nil {
			g.ofPastMonth = make([]bool, len(g.claims))
		}
		months := t.M == 0 && g.asOf[i].M != 0 && namesMonth(g.claims[i].Sentence)
		for k := i; k < j; k++ {
			if t.M != 0 && (g.asOf[k].M == 0 || !later(t, g.asOf[k])) {
				g.asOf[k] = t
			} else if months && g.feats[k].series.period == "" && pastMonth(&g.claims[k], g.asOf[k]).M != 0 {
				g.ofPastMonth[k] = true // but a series' change of a past month is its latest reading
			}
		}
		i = j
	}
}

// pastMonth returns the month before its article's date (published) that
// claim c is said of, or the zero Date: the month named within monthReach
// words of it in its sentence, the nearer if two, the one after if as near
// ("fell to 3.1 mln bpd in early March from 3.5 mln bpd in February"; "compared to a February
// average of 3.5 mln bpd" in a report of March 10 holds in February), or
// "last month"; not a month beyond another figure ("up to 5.5% from 5.4%
// in September"). A month after the article's is of the year before only
// from November to a report of January or February, and only when the
// article's year is known; a wire story's date without a year ("NEW YORK,
// March 4") gives its month. A year named beside it leaves the claim to
// otherTimes.
func pastMonth(c *factcheck.Claim, published calendar.Date) calendar.Date {
	rel := c.Start - c.SentenceStart
	if published.M == 0 || rel < 0 || rel+len(c.Text) > len(c.Sentence) {
		return calendar.Date{}
	}
	// monthReach words either side, within monthBytes: a sentence may run
	// for megabytes in a file without stops
	before := strings.Fields(c.Sentence[max(0, rel-monthBytes):rel])
	after := strings.Fields(c.Sentence[rel+len(c.Text) : min(len(c.Sentence), rel+len(c.Text)+monthBytes)])
	month := 0
	var figure [2]bool // another figure stands between the claim and the words further on that side
	for d := 0; d < monthReach && month == 0; d++ {
		// the d-th word after the claim ("3.5 mln bpd in February"), then
		// the d-th before ("a February average of 3.5 mln bpd")
		for s, at := range [2]struct {
			side []string
			k    int
		}{{after, d}, {before, len(before) - 1 - d}} {
			side, k := at.side, at.k
			if k < 0 || k >= len(side) || figure[s] {
				continue
			}
			if w := side[k]; w[0] >= '0' && w[0] <= '9' {
				figure[s] = true // "went up to 5.5% from 5.4% in September": the month of the other figure
				continue
			}
			w, prev, next := trimPunct(side[k]), "", ""
			if k > 0 {
				prev = trimPunct(side[k-1])
			}
			if k+1 < len(side) {
				next = side[k+1]
			}
			if next != "" && next[0] >= '0' && next[0] <= '9' {
				continue // "began on January 19": a date, read as one (sentenceDates)
			}
			if isYear(w) {
				return calendar.Date{}
			}
			if m := monthWord(w, prev, published); m != 0 && month == 0 {
				month = m
			}
		}
	}
	switch {
	case month == 0 || month == published.M:
		return calendar.Date{}
	case month < published.M:
		return calendar.Date{Y: published.Y, M: month}
	case month >= 11 && published.M <= 2 && published.Y != 0:
		return calendar.Date{Y: published.Y - 1, M: month}
	}
	return calendar.Date{}
}

// monthStems start the capitalized names of the months, as a sentence
// may write them ("Feb", "Sept"), and "[Ll]ast month": namesMonth looks for them before
// pastMonth reads a sentence word by word.
var monthStems = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "ast month"}

// namesMonth reports whether sentence s may name a month: one of
// monthStems is in it.
func namesMonth(s string) bool {
	for _, m := range monthStems {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// monthReach is how many words either side of a claim may name its month,
// and monthBytes how far pastMonth looks for them.
const (
	monthReach = 4
	monthBytes = 160
)

// monthWord returns the month (1-12) that word w, after word prev, names:
// a capitalized month ("May" only after "in", "of", "since" or "last"),
// or "month" after "last", the month before published's; else 0.
func monthWord(w, prev string, published calendar.Date) int {
	switch {
	case strings.EqualFold(w, "month") && strings.EqualFold(prev, "last"):
		if published.M == 1 {
			return 12
		}
		return published.M - 1
	case w == "" || !unicode.IsUpper(rune(w[0])) || !isMonth(w):
		return 0
	case w == "May" && !slices.Contains([]string{"in", "of", "since", "last"}, strings.ToLower(prev)):
		return 0
	}
	return lexicon.At(lexicon.Lookup(w)).Month
}

// startDate reports whether date claim c is when something began, not
// when the figures beside it held: "More than 170 ships ... have been
// halted by the strike, which began on February 27" counts ships on the
// day of the report.
func startDate(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 40)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		switch ws[k] {
		case "began", "begun", "begin", "started", "starting", "since", "from", "erupted", "broke":
			return true
		}
	}
	return false
}

// interval is the range of values a claim allows, given its qualifier.
func interval(c *factcheck.Claim) (lo, hi float64) {
	scale := 1.0
	if c.Kind == factcheck.Duration && days[c.Unit] != 0 {
		scale = days[c.Unit] // "week-old" and "13-day-old" compare in days
	}
	v := c.Value.Num * scale
	lo, hi = v, v
	if c.EndValue != nil && !c.EndValue.IsDate() {
		hi = c.EndValue.Num * scale
	}
	switch c.Qualifier {
	case factcheck.LowerBound:
		hi = math.Inf(1)
	case factcheck.UpperBound:
		lo = math.Inf(-1)
	case factcheck.Approx:
		lo, hi = lo*(1-approxSpread), hi*(1+approxSpread)
	}
	return lo, hi
}

// calendarSpan is the range of days a duration of months or years
// (whose length in days varies) may last: a month 28 to 31 days, a year
// 365 or 366; a duration of any other unit, interval's. "60 days" and
// "two months" state one length; "11 months" and "a year" do not.
func calendarSpan(c *factcheck.Claim) (lo, hi float64) {
	lo, hi = interval(c)
	if c.Kind != factcheck.Duration || c.EndValue != nil || c.Qualifier != factcheck.Exact {
		return lo, hi
	}
	switch c.Unit {
	case "month":
		return c.Value.Num * 28, c.Value.Num * 31
	case "year":
		return c.Value.Num * 365, c.Value.Num * 366
	}
	return lo, hi
}

// approxSpread is how far either side of its value an approximate figure
// ("about 2,000") reaches, as a share of it: 10%.
const approxSpread = 0.1

// days maps the units of durations to their length in days.
var days = map[string]float64{"second": 1.0 / 86400, "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7,
	"month": 30.44, "year": 365.25}

// unitOf is the unit within which suggest compares figures: a duration's
// are compared in days whatever their unit.
func unitOf(c *factcheck.Claim) string {
	if c.Kind == factcheck.Duration && days[c.Unit] != 0 {
		return "day"
	}
	return c.Unit
}

// agree reports whether a and b can both be true: durations in two
// units within their calendarSpan.
func agree(a, b *factcheck.Claim) bool {
	if a.Kind == factcheck.Date || a.Kind == factcheck.Ordinal {
		return a.Value == b.Value && endString(a) == endString(b) || a.Kind == factcheck.Date && datesOverlap(a, b)
	}
	alo, ahi := interval(a)
	blo, bhi := interval(b)
	if a.Kind == factcheck.Duration && a.Unit != b.Unit {
		alo, ahi = calendarSpan(a)
		blo, bhi = calendarSpan(b)
	}
	return alo <= bhi && blo <= ahi
}

// conversionsAgree reports whether claims a and b convert, in brackets,
// amounts that agree, and lie within maxRateDrift of each other: "$50bn
// (£26.69bn)" and "$50 billion (£27bn)" differ only by the day's rate of
// exchange, where "$500m (£350m)" and "$500m (£266m)" dispute it.
func (g *grouper) conversionsAgree(a, b int) bool {
	fa, okA := g.convertedFrom[a]
	fb, okB := g.convertedFrom[b]
	if !okA || !okB || g.claims[fa].Unit != g.claims[fb].Unit || !agree(&g.claims[fa], &g.claims[fb]) {
		return false
	}
	x, y := g.claims[a].Value.Num, g.claims[b].Value.Num
	return x > 0 && y > 0 && max(x, y) <= min(x, y)*maxRateDrift
}

// maxRateDrift bounds how far apart two conversions of one amount may lie
// and differ only by when they were made: 5%.
const maxRateDrift = 1.05

// agreeAt reports whether claims a and b of one group can both be true: a
// conversion in brackets is approximate, and agrees with the figures it
// rounds ("(261bn roubles" and "260.75bn roubles"); a coarser figure agrees
// with the finer it cuts or rounds (coarsely).
func (g *grouper) agreeAt(a, b int) bool {
	ca, cb := &g.claims[a], &g.claims[b]
	return agree(ca, cb) || (g.converted[a] || g.converted[b]) && roundsExactly(ca, cb) || coarsely(ca, cb)
}

// coarsely reports whether the coarser of two exact figures, a and b, is
// the finer written to its own precision, cut or rounded: "£1.3bn" for
// "£1.35bn", a half of its last digit away at most. Reports that differ
// so state one figure, and dispute nothing. A figure written with a
// trailing zero after its point ("3.30", "22.0 mln") is as fine as its
// digits, and
// a whole count or length under 100 is said as it is (as roundsExactly
// reads two of them). A sum of millions or more may be cut short of a
// whole unit of its last digit: "95 mln dlrs" for "95.9 mln".
func coarsely(a, b *factcheck.Claim) bool {
	if a.Kind == factcheck.Date || a.Kind == factcheck.Ordinal || a.EndValue != nil || b.EndValue != nil ||
		a.Qualifier != factcheck.Exact || b.Qualifier != factcheck.Exact || writtenFraction(a.Text) || writtenFraction(b.Text) {
		return false
	}
	x, y := a.Value.Num, b.Value.Num
	coarse := a
	if significant(y) < significant(x) {
		x, y, coarse = y, x, b
	}
	n := significant(x)
	if trailingZeros(coarse.Text) {
		n = statedDigits(coarse.Text) // "3.30 dlrs" is written to the cent, "22.0 mln" to a tenth of a million
	}
	if x == 0 || n >= significant(y) {
		return false // no rounding of "3.33 dlrs"
	}
	if (a.Kind == factcheck.Count || a.Kind == factcheck.Duration) && math.Abs(x) < 100 && x == math.Trunc(x) {
		return false // a count or a length under 100, whole, is said as it is: "a 10-year rescheduling" is no "12 years" cut
	}
	unit := math.Pow(10, math.Floor(math.Log10(math.Abs(x)))-float64(n)+1)
	if a.Kind == factcheck.Money && math.Abs(x) >= 1e6 && math.Abs(y) > math.Abs(x) && math.Abs(y)-math.Abs(x) < unit*(1-1e-9) {
		return true // a sum of millions cut to its whole digits: "95 mln dlrs" of "95.9 mln"
	}
	return math.Abs(x-y) <= unit/2*(1+1e-9)
}

// roundsExactly reports whether a and b, neither a bound, state the same
// value, one rounding the other by maxRounding at most: "£5bn" rounds
// "£4.8bn", but "100 dlrs" is no rounding of "110 dlrs", and two exact
// whole numbers under 100 round nothing ("20 dlrs" a share after "19 dlrs",
// "20 dead" after 19: each is said as it is).
func roundsExactly(a, b *factcheck.Claim) bool {
	bound := func(c *factcheck.Claim) bool {
		return c.Qualifier == factcheck.LowerBound || c.Qualifier == factcheck.UpperBound
	}
	x, y := math.Abs(a.Value.Num), math.Abs(b.Value.Num)
	if a.Kind != factcheck.Date && a.Qualifier == factcheck.Exact && b.Qualifier == factcheck.Exact && max(x, y) < 100 && x == math.Trunc(x) && y == math.Trunc(y) {
		return x == y
	}
	if a.Kind != factcheck.Date && (writtenFraction(a.Text) || writtenFraction(b.Text)) {
		return x == y // "eight pct" is no rounding of "7-3/4 pct", nor "41" of "40-7/8"
	}
	return !bound(a) && !bound(b) && sameStatedValue(a, b) && (a.Kind == factcheck.Date || math.Abs(x-y) <= maxRounding*max(x, y))
}

// writtenFraction reports whether text s writes a figure with a vulgar
// fraction of halves to sixty-fourths, as wire copy writes rates and
// prices ("7-3/4 pct", "40-7/8", "1/2 pct"): exact to its fraction, it
// rounds no other figure and no other rounds it.
func writtenFraction(s string) bool {
	for i := strings.IndexByte(s, '/'); i >= 0; {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' && (j == len(s) || s[j] != '.') {
			switch s[i+1 : j] {
			case "2", "4", "8", "16", "32", "64":
				return true
			}
		}
		k := strings.IndexByte(s[j:], '/')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// maxRounding is how far, as a share of the larger, a rounding that
// states the same figure may lie from it.
const maxRounding = 0.05

// restates reports whether the newer claim n says nothing against the
// older c: the same value, or a rounding of it ("$28bn" after "$28.3bn"),
// or a looser statement that c satisfies ("more than $27bn" after
// "$27.5bn", "nearly 6.8 mln" after "about 6.75 mln"). A claim n restates
// supersedes nothing.
func restates(n, c *factcheck.Claim) bool {
	if n.Value == c.Value && endString(n) == endString(c) || roundsExactly(n, c) {
		return true
	}
	if n.Kind == factcheck.Duration && n.Unit != c.Unit && n.Qualifier == factcheck.Exact && c.Qualifier == factcheck.Exact {
		return agree(n, c) // "two months" after "60 days"
	}
	nlo, nhi := interval(n)
	clo, chi := interval(c)
	if n.Qualifier == factcheck.Exact {
		return false
	}
	if n.Qualifier == factcheck.Approx {
		// "about 19 billion dlr" in June, after April's "18 billion":
		// revised, though a tenth of 19 reaches 18 (over the batches, 4 of
		// 6 such suggestions were their hands')
		nlo, nhi = nlo/(1-approxSpread)*(1-maxRounding), nhi/(1+approxSpread)*(1+maxRounding)
	}
	// "nearly 6.8 mln shares" after "about 6.75 mln": the older's own value
	// within the newer's bound, a rounding away
	return nlo <= clo && chi <= nhi || c.Qualifier == factcheck.Approx && nlo <= c.Value.Num && c.Value.Num <= nhi &&
		math.Abs(n.Value.Num-c.Value.Num) <= maxRounding*max(math.Abs(n.Value.Num), math.Abs(c.Value.Num))
}

// unbounded reports whether the newer of two figures, n, falls within
// the older's approximation (agree) and is the coarser, neither a bound:
// then it states the older again to its own precision ("about 1.55
// billion dlrs", then "1.5 billion dlr") and supersedes nothing; but a bid
// of 145 dlrs, then 150, was raised, and a toll of "at least six", then
// "at least 300", rose.
func unbounded(n, c *factcheck.Claim) bool {
	bound := func(q factcheck.Qualifier) bool { return q == factcheck.LowerBound || q == factcheck.UpperBound }
	return n.Kind != factcheck.Date && n.Kind != factcheck.Ordinal && !bound(n.Qualifier) && !bound(c.Qualifier) && n.EndValue == nil && c.EndValue == nil &&
		agree(n, c) && writtenSignificant(n) < writtenSignificant(c)
}

// writtenSignificant returns the significant digits of claim c's figure
// as its text writes it: a decimal's trailing zeros count ("784.50" has
// five, as its writer quoted it to the hundredth), a whole number's do not
// ("1,500" has two); a figure in words, those of its value.
func writtenSignificant(c *factcheck.Claim) int {
	k := strings.IndexAny(c.Text, "0123456789")
	if k < 0 {
		return significant(c.Value.Num)
	}
	e := k
	for e < len(c.Text) && (c.Text[e] >= '0' && c.Text[e] <= '9' || c.Text[e] == ',' || c.Text[e] == '.' && e+1 < len(c.Text) && c.Text[e+1] >= '0' && c.Text[e+1] <= '9') {
		e++
	}
	num := strings.ReplaceAll(c.Text[k:e], ",", "")
	if !strings.Contains(num, ".") {
		return significant(c.Value.Num)
	}
	return max(1, len(strings.TrimLeft(strings.Replace(num, ".", "", 1), "0")))
}

// increment reports whether the count c is one added to another, after
// "another", "a further" or "an additional": "A further 856 people were
// rescued", "Another 56 miners were trapped"; or a part of another:
// "eight of the detainees". It is no total, and neither revises nor
// disputes one.
func increment(c *factcheck.Claim) bool {
	if c.Kind != factcheck.Count {
		return false
	}
	if strings.Contains(c.Text, " of the ") || strings.Contains(c.Text, " of their ") {
		return true // "eight of the detainees": a part of a count
	}
	ws := wordsBefore(c, 30)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "another", "further", "additional":
		return true
	}
	return false
}

// retold reports whether two reports tell the same sentence with figures
// a little apart (within maxRounding): the later copied the earlier and
// one of them is wrong ("to receive on a blended basis 16.67 dlrs in cash
// and 3.30 dlrs", then "3.33 dlrs"), a dispute, where a figure that moved
// is told in new words.
func retold(a, b *factcheck.Claim) bool {
	if a.Kind == factcheck.Date || a.Value == b.Value || a.EndValue != nil || b.EndValue != nil {
		return false
	}
	x, y := math.Abs(a.Value.Num), math.Abs(b.Value.Num)
	// but two prices set by announcements alike ("lowering its price by
	// 0.25 cent to 65.50 cents") moved; the words read last, the dearest
	return math.Abs(x-y) <= maxRounding*max(x, y) && !(setByChange(a) && setByChange(b)) &&
		jaccard(contentWords(a.Sentence), contentWords(b.Sentence)) >= minRetold
}

// retoldNextDay reports whether claims a and b retell one sentence
// (retold) in reports at most a day apart, or undated: one copied the
// other and one is wrong. A week's statistic told in the same words a week
// on ("M-2 ... rose 1.08 billion dlrs to 177.95 billion dlrs") moved.
func (g *grouper) retoldNextDay(a, b int) bool {
	if !retold(&g.claims[a], &g.claims[b]) {
		return false
	}
	da, db := g.dated[g.claims[a].Doc], g.dated[g.claims[b].Doc]
	return da.M == 0 || db.M == 0 || abs(da.Rough()-db.Rough()) <= 1
}

// minRetold is how many of their content words two sentences must share
// (Jaccard) for one to retell the other.
const minRetold = 0.7

// datesOverlap reports whether two date claims share a day.
func datesOverlap(a, b *factcheck.Claim) bool {
	as, _ := calendar.ParseDay(a.Value.Date)
	bs, _ := calendar.ParseDay(b.Value.Date)
	ae, _ := claimDate(a)
	be, _ := claimDate(b)
	return !later(as, be) && !later(bs, ae)
}

// Bounds on suggestions, so that a group of many claims (a file that
// repeats one figure a million times) costs neither quadratic time nor
// quadratic space: a dispute names at most maxWith claims, and only
// groups of up to maxDisputeGroup claims are weighed claim against claim
// for disputes. No checker reads more; superseding is found in any group.
const (
	maxWith         = 10
	maxDisputeGroup = 1000
)

// suggest proposes verdicts for the members of one group, comparing the
// figures of one unit with one another ("26 km (16 miles)": the miles are
// no dispute of the kilometres).
func (g *grouper) suggest(ms []int, out []Placement) {
	byUnit := map[string][]int{}
	for _, m := range ms {
		u := unitOf(&g.claims[m])
		byUnit[u] = append(byUnit[u], m)
	}
	for _, same := range byUnit {
		if len(same) > 1 {
			g.suggestAmong(same, out)
		}
	}
}

// suggestAmong proposes verdicts for the members of one group of one unit.
func (g *grouper) suggestAmong(ms []int, out []Placement) {
	kind := g.claims[ms[0]].Kind
	// the older figure of a change is superseded by its newer; other
	// figures of the past ("its original 27 dlr offer") supersede nothing
	// and dispute nothing (supersedePast may mark them), an increment is
	// no total, and a date asked for is no date set: no verdict for or
	// against them
	g.supersedeChanged(ms, out) // whatever else the group holds
	current := make([]int, 0, len(ms))
	for _, m := range ms {
		if _, older := g.newerOf[m]; !older && !g.isPast(m) && !increment(&g.claims[m]) && !requestedDate(&g.claims[m]) {
			current = append(current, m)
		}
	}
	if len(current) == 0 {
		return
	}
	all := ms
	fresh, stale := g.splitStale(ms, current)
	replacedBy := g.replacements(ms)
	ms = current
	running := kind == factcheck.Ordinal && g.feats[ms[0]].running
	// a market's readings move, back and forth: a rate's reverts are no
	// dispute
	moves := (kind != factcheck.Date || g.deadlinesMove(ms)) && (kind != factcheck.Ordinal || running) &&
		!(replacedBy == nil && !g.allReadings(ms) && g.reverts(fresh))
	if moves {
		// the newest figure: latest time, then a figure reported rather
		// than expected, then the newer of a change, then the largest
		// value; a value a change replaced is not the newest when the
		// change's figure is there
		newest := ms[0]
		for _, m := range ms[1:] {
			switch {
			case g.replacedIn(newest, replacedBy) != g.replacedIn(m, replacedBy):
				if g.replacedIn(newest, replacedBy) {
					newest = m
				}
			case later(g.asOf[m], g.asOf[newest]) || g.revised(m, newest):
				newest = m
			case later(g.asOf[newest], g.asOf[m]) || g.revised(newest, m):
			case g.readLater(m, newest):
				newest = m
			case g.readLater(newest, m):
			case expected(&g.claims[newest]) != expected(&g.claims[m]):
				if expected(&g.claims[newest]) {
					newest = m // "expecting an offer north of 22 dlrs" is no offer
				}
			case g.changedTo(newest, m):
				newest = m
			case g.changedTo(m, newest):
			case g.claims[m].Value.Num > g.claims[newest].Value.Num:
				newest = m
			}
		}
		n := &g.claims[newest]
		for _, m := range ms {
			c := &g.claims[m]
			if m != newest && (later(g.asOf[newest], g.asOf[m]) || g.revised(newest, m) || g.readLater(newest, m)) && !restates(n, c) && !g.retoldNextDay(newest, m) && !unbounded(n, c) {
				out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: n.Doc, Start: n.Start}}
			}
		}
		g.supersedeStale(stale, newest, out)
		g.supersedeReplaced(all, newest, out)
		g.supersedePast(all, newest, out)
	}
	if moves {
		g.supersedeExpected(ms, out)
	}
	// disputes among claims of the same time, maxDisputeClaims at most: the
	// figures fewer reports give (the outlier: "£13bn" where two say
	// "£14.5bn"), or both sides of a tie
	if len(ms) > maxDisputeGroup {
		return
	}
	g.supersedeReplacedValue(ms, replacedBy, out)
	if g.manyValues(ms) {
		return
	}
	for _, m := range ms {
		if out[m].Suggestion != nil || g.ofOneTime(ms, m) > maxDisputeClaims {
			continue
		}
		var with []factcheck.Ref
		agreeing, disagreeing := 0, 0
		for _, o := range ms {
			if g.claims[o].Doc == g.claims[m].Doc || out[o].Suggestion != nil && out[o].Suggestion.Verdict == factcheck.Superseded {
				// an article disputes others, not itself ("$28bn" in its headline, "$28.3bn" below)
				continue
			}
			if loosely(&g.claims[m], &g.claims[o]) || g.conversionsAgree(m, o) {
				agreeing++ // "around 1.25 billion stg" and "up to 1.3 billion": one figure, given loosely; two conversions of one sum
				continue
			}
			if g.farApart(m, o) {
				// no figure more than maxSpread times another, which no
				// report of the same time gives for the same fact ("45
				// million children" who will die before 2015, "two
				// million" before April)
				continue
			}
			if moves && (later(g.asOf[o], g.asOf[m]) || later(g.asOf[m], g.asOf[o])) && !retold(&g.claims[m], &g.claims[o]) {
				continue
			}
			if (running || g.marketPrice(m) || g.marketPrice(o)) && (g.asOf[m].M == 0 || g.asOf[o].M == 0 || g.asOf[m] == g.asOf[o]) {
				continue // a chart position or a market's price in an undated report moved, as far as anyone can tell, and one read twice in a day moved through it
			}
			if g.readings[m] && g.readings[o] {
				continue // a rate of exchange read at two hours of one day moved: "opened at 1.6213/23 dlrs", "ended at 1.6175/85"
			}
			if g.asOf[m] == g.asOf[o] && (tradingSession(&g.claims[m]) || tradingSession(&g.claims[o])) {
				continue // a market's figure told at two hours of one day moved: "at midday ... 1,318 stg", "by midmorning ... 1,319 stg"
			}
			if dm, do := g.dated[g.claims[m].Doc], g.dated[g.claims[o].Doc]; dm.M != 0 && do.M != 0 && dm != do && !(retold(&g.claims[m], &g.claims[o]) && abs(dm.Rough()-do.Rough()) <= 1) {
				// reports of two days differ as a figure moves, or as two
				// figures do, even when they go back and forth (reverts):
				// no dispute (over the goldens, 6 of 69 such disputes were
				// their hands'), unless the later copied the earlier a day
				// on (retold); a week's statistic told in the same words
				// each week moved
				continue
			}
			if g.states(ms, m, o) || g.states(ms, o, m) {
				continue // one sentence gives both figures ("fell to 25,534 units from 25,851 units the previous year", told again elsewhere): no rival report
			}
			if g.agreeAt(m, o) {
				agreeing++
			} else if disagreeing++; len(with) < maxWith {
				with = append(with, factcheck.Ref{Doc: g.claims[o].Doc, Start: g.claims[o].Start})
			}
		}
		if len(with) > 0 && disagreeing >= agreeing+1 {
			out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Disputed, With: with}
		}
	}
}

// ofOneTime returns how many claims of ms hold at the time claim m does
// (asOf): those of its day, or all of no known day when it has none.
func (g *grouper) ofOneTime(ms []int, m int) int {
	n := 0
	for _, o := range ms {
		if g.asOf[o] == g.asOf[m] {
			n++
		}
	}
	return n
}

// states reports whether a claim among ms in the sentence of claim m
// agrees with claim o (agreeAt): m's sentence compares the two figures.
func (g *grouper) states(ms []int, m, o int) bool {
	cm := &g.claims[m]
	return slices.ContainsFunc(ms, func(k int) bool {
		ck := &g.claims[k]
		return k != m && ck.Doc == cm.Doc && ck.SentenceStart == cm.SentenceStart && g.agreeAt(k, o)
	})
}

// loosely reports whether claims a and b, one of them given loosely
// ("around", "up to", "more than"), lie within maxLooseSpread of each
// other: a loose figure disputes no figure that near ("around 1.25 billion
// stg", "up to 1.3 billion"; "More than 5.2 million", "Five million"), but
// may one far from it ("up to 180 pct", "275 pct").
func loosely(a, b *factcheck.Claim) bool {
	if a.Qualifier == factcheck.Exact && b.Qualifier == factcheck.Exact || a.Kind == factcheck.Date {
		return false
	}
	x, y := math.Abs(a.Value.Num), math.Abs(b.Value.Num)
	return x > 0 && y > 0 && max(x, y) <= min(x, y)*maxLooseSpread
}

// maxLooseSpread bounds how far apart a figure given loosely and another
// may lie and state one fact: 10%.
const maxLooseSpread = 1.1

// maxDisputedValues is how many values the figures of a group may state
// and still dispute one another: reports at odds give two or three; a
// group of more, from three articles or more, is more likely several
// facts joined than one. (Two articles that give many values of one
// fact dispute each other.)
const maxDisputedValues = 3

// maxDisputeClaims is how many claims of one time (ofOneTime) a group may
// hold and still have them disputed: two or three reports at odds
// ("£13bn" where two say "£14.5bn"). Where more claims of one time
// differ, they are mostly figures of several things joined, or of a
// series the dates do not tell apart: over the batches annotated by hand
// (testdata/groups), 3 of the 31 disputes so suggested were their hands'.
// Such figures are still superseded by their group's latest.
const maxDisputeClaims = 3

// manyValues reports whether the figures ms, of three articles or more,
// state more than maxDisputedValues values that no two of agree on.
func (g *grouper) manyValues(ms []int) bool {
	var distinct []int
	var docs []string
	for _, m := range ms {
		if d := g.claims[m].Doc; len(docs) < 3 && !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
		if len(distinct) <= maxDisputedValues && !slices.ContainsFunc(distinct, func(d int) bool { return g.agreeAt(d, m) }) {
			distinct = append(distinct, m)
		}
	}
	return len(distinct) > maxDisputedValues && len(docs) >= 3
}

// splitStale parts from the current figures of a group (current, of ms)
// the stale ones: those stating a value that an article of the group
// calls past ("Earlier, the company had said 44 miners were trapped") no
// later than that article. Another report of that day giving 44 gave the
// earlier count, not a revert to it. Only dated figures are stale (see
// articleDates).
func (g *grouper) splitStale(ms, current []int) (fresh, stale []int) {
	var calledPast map[factcheck.Value]calendar.Date // a value called past, and when
	for _, m := range ms {
		if _, older := g.newerOf[m]; !older && g.asOf[m].M != 0 && g.isPast(m) && !g.ofPastMonth[m] {
			if calledPast == nil {
				calledPast = map[factcheck.Value]calendar.Date{}
			}
			if t, ok := calledPast[g.claims[m].Value]; !ok || later(g.asOf[m], t) {
				calledPast[g.claims[m].Value] = g.asOf[m]
			}
		}
	}
	if calledPast == nil {
		return current, nil
	}
	fresh = current[:0:0]
	for _, m := range current {
		if t, ok := calledPast[g.claims[m].Value]; ok && g.asOf[m].M != 0 && !later(g.asOf[m], t) {
			stale = append(stale, m)
		} else {
			fresh = append(fresh, m)
		}
	}
	return fresh, stale
}

// supersedeReplaced marks the reports of a group (all) that their own
// articles say were replaced (replacedReport: "Earlier, the company had
// said 44 miners were trapped") as superseded by the group's newest figure,
// when it is of that day or later and they do not agree.
func (g *grouper) supersedeReplaced(all []int, newest int, out []Placement) {
	n := &g.claims[newest]
	for _, m := range all {
		if _, older := g.newerOf[m]; m != newest && !older && out[m].Suggestion == nil && replacedReport(&g.claims[m]) &&
			!later(g.asOf[m], g.asOf[newest]) && !g.agreeAt(newest, m) {
			out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: n.Doc, Start: n.Start}}
		}
	}
}

// supersedePast marks the figures of a group (all) that their sentences
// call past ("the previous government target of 417.8 billion", "its
// original 27 dlr offer") as superseded by the group's newest figure, of
// their day or later, when they disagree with it.
func (g *grouper) supersedePast(all []int, newest int, out []Placement) {
	n := &g.claims[newest]
	for _, m := range all {
		if _, older := g.newerOf[m]; m != newest && !older && out[m].Suggestion == nil && g.isPast(m) && !increment(&g.claims[m]) &&
			!requestedDate(&g.claims[m]) && !later(g.asOf[m], g.asOf[newest]) && !g.agreeAt(newest, m) && !g.ofPastMonth[m] &&
			!ofAnotherPeriod(&g.claims[m]) && !namesPastPeriod(g.claims[m].Sentence) {
			out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: n.Doc, Start: n.Start}}
		}
	}
}

// namesPastPeriod reports whether sentence s names a period before its
// own ("the previous week's M-1 level", "last year", "a year earlier"):
// a figure it calls past may be that period's, no earlier report of
// the group's.
func namesPastPeriod(s string) bool {
	ws := words(s)
	for k, w := range ws {
		switch {
		case (w == "previous" || w == "last" || w == "prior") && k+1 < len(ws) && periodUnits[strings.TrimSuffix(ws[k+1], "'s")]:
			return true
		case (w == "ago" || w == "earlier" || w == "before") && k > 0 && periodUnits[ws[k-1]]:
			return true
		}
	}
	return false
}

// supersedeChanged marks the older figure of a change its sentence
// states ("raised its offer to 92.50 dlrs from 80 dlrs", "revised down
// the jobs gains in December, from 157,000 to 133,000") as superseded by
// the newer, when they are of one group and disagree: most hands of the
// story batches call such a figure superseded, though it was true of its
// time (60 of 76).
//
// Two changes replace nothing yet or nothing at all, and their older
// figure is left unjudged: one planned, proposed or foreseen, not made
// (plannedChange), and one between two periods' figures of a statistic
// (ofOtherPeriod: January's exports are not superseded by February's).
// Over the story batches, hands left 20 of 22 of the first unjudged and 30
// of 42 of the second.
func (g *grouper) supersedeChanged(all []int, out []Placement) {
	for _, m := range all {
		n, older := g.newerOf[m]
		if !older || out[m].Suggestion != nil || g.find(n) != g.find(m) || sameFigure(&g.claims[n], &g.claims[m]) {
			continue // but a change the sentence states is no rounding: "down to 400 mln stg from 450 mln stg"
		}
		if (plannedChange(&g.claims[m], &g.claims[n]) || ofOtherPeriod(&g.claims[m], &g.claims[n])) && !revision(&g.claims[m], &g.claims[n]) {
			continue
		}
		cn := &g.claims[n]
		out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: cn.Doc, Start: cn.Start}}
	}
}

// plannedChange reports whether the change from claim old to claim
// newer, one sentence's, is planned, proposed or foreseen rather than
// made: a modal or a word of proposal (proposalWords, foreseenWords)
// stands among the maxIntentReach words before the first of its figures
// ("pension age would rise from 60 to 65", "is to cut its 2005 growth
// forecast from 1.8% to 0.8%", "has proposed lowering the veto power to
// 35 pct", "will rise ... from £4,745 to £4,895 next month"). A change
// that will take effect on a day is made ("will lower its reference rate
// to 15.75 pct from 16.25 pct, effective June 24").
func plannedChange(old, newer *factcheck.Claim) bool {
	first := old
	if newer.Start < old.Start {
		first = newer
	}
	ws := wordsBefore(first, 100)
	for d := 1; d <= len(ws) && d <= maxIntentReach; d++ {
		w := ws[len(ws)-d]
		switch {
		case (w == "would" || w == "will") && d < len(ws) && ws[len(ws)-d-1] == "it":
			return false // "Citibank said it would lower its prime rate to 16 pct from 16.5": a decision told
		case proposalWords[w] || foreseenWords[w]:
			return true
		case w == "to" && d < len(ws) && (ws[len(ws)-d-1] == "is" || ws[len(ws)-d-1] == "are"):
			return true // "is to cut"
		case w == "will" || w == "going":
			return !slices.Contains(words(first.Sentence), "effective")
		}
	}
	return false
}

// maxIntentReach is how many words before a change's first figure
// plannedChange reads for a word of intent.
const maxIntentReach = 10

// foreseenWords, beside proposalWords, say a change is foreseen, not
// made (see plannedChange).
var foreseenWords = map[string]bool{"would": true, "could": true, "might": true, "should": true, "planned": true,
	"aim": true, "aims": true, "aimed": true, "expect": true, "expects": true, "expected": true, "likely": true}

// ofOtherPeriod reports whether claim old, the older figure of a change
// to claim newer, is a figure of its own period, which the change does not
// replace: words right after it name the period ("exports rose to 2.82
// billion dlrs from 2.74 billion in January", "from 2.65 mln at
// end-February", "from 31,361 units the previous year", "from 220.7
// billion dlrs in fiscal 1986") or a period's name stands before it
// ("from February's 106.56 mln rand", "from year-earlier 14,589 units").
// A revision is no change of period: "to 2.74 billion (revised from 2.72
// billion) in January" replaces January's first figure.
func ofOtherPeriod(old, newer *factcheck.Claim) bool {
	before := wordsBefore(old, 30)
	for d := 1; d <= len(before) && d <= 2; d++ {
		if w := before[len(before)-d]; w == "year-earlier" || strings.HasSuffix(w, "'s") && isMonth(strings.TrimSuffix(w, "'s")) {
			return true
		}
	}
	end := old.End - old.SentenceStart
	if end < 0 || end > len(old.Sentence) {
		return false
	}
	rest := strings.TrimLeft(old.Sentence[end:], " \n")
	if strings.HasPrefix(rest, "(") { // "2.74 billion (revised from 2.72 billion) in January"
		if i := strings.IndexByte(rest, ')'); i > 0 {
			rest = rest[i+1:]
		}
	}
	ws := words(rest[:min(len(rest), 40)])
	if len(ws) < 2 {
		return false
	}
	period := ofAnotherPeriod(old) // "a year earlier", "the previous year", "in 1985"
	switch w, next := ws[0], ws[1]; {
	case w == "in" || w == "at": // but "on January 2", the day of a rate's change
		period = period || isMonth(next) || strings.HasPrefix(next, "end-") || next == "calendar" || next == "fiscal" ||
			next == "late" || next == "early" || next == "mid" || strings.HasPrefix(next, "mid-") ||
			next == "the" && len(ws) > 2 && (ws[2] == "comparable" || ws[2] == "end" || isMonth(ws[2]))
	case w == "for":
		period = period || next == "the" && len(ws) > 3 && periodUnits[ws[3]]
	case w == "the":
		// a month's or a week's flow too, which ofAnotherPeriod leaves to a
		// price moved: "the previous month", "the month before"
		period = period || (next == "previous" || next == "prior") && len(ws) > 2 && periodUnits[ws[2]] || periodUnits[next] && len(ws) > 2 && ws[2] == "before"
	}
	return period && flowOf(old, newer)
}

// flowOf reports whether the change from claim old to claim newer is one
// of a flow, a sum of its period (exports, sales, output, a deficit), by
// a word of flowNouns among the maxSubjectReach words before its first
// figure. A level's figure of one period is superseded by the next's (a
// reserve, a stock, a rate, a price index: "house prices fell from
// £190,329 in November to £189,733 in December"), a flow's is not.
func flowOf(old, newer *factcheck.Claim) bool {
	first := old
	if newer.Start < old.Start {
		first = newer
	}
	ws := wordsBefore(first, 120)
	return slices.ContainsFunc(ws[max(0, len(ws)-maxSubjectReach):], func(w string) bool { return flowNouns[w] })
}

// maxSubjectReach is how many words before a change's first figure
// flowOf reads for its subject.
const maxSubjectReach = 12

// flowNouns name the sums of a period (see flowOf).
var flowNouns = map[string]bool{"exports": true, "imports": true, "sales": true, "deficit": true, "surplus": true,
	"output": true, "production": true, "earnings": true, "profit": true, "profits": true, "revenue": true,
	"revenues": true, "income": true, "spending": true, "expenditure": true, "orders": true, "shipments": true,
	"borrowing": true, "borrowings": true, "inflation": true, "growth": true, "loss": true, "losses": true,
	"arrivals": true, "registrations": true, "starts": true, "deliveries": true, "purchases": true,
	"consumption": true, "investment": true, "turnover": true}

// revision reports whether the change from claim old to claim newer
// revises a figure: "revised", "previously", "preliminary" or "originally"
// stands among the three words before either figure or between them, or
// the older is "estimated" or "forecast" ("down from the 10 to 10.4 mln
// tonnes estimated a week ago").
func revision(old, newer *factcheck.Claim) bool {
	if after := wordsAfter(old, 20); len(after) > 0 && (after[0] == "estimated" || after[0] == "forecast") {
		return true
	}
	revises := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool {
			return strings.HasPrefix(w, "revis") || w == "previously" || w == "preliminary" || w == "originally" || w == "original" || w == "earlier"
		})
	}
	last := func(ws []string, n int) []string { return ws[max(0, len(ws)-n):] }
	if revises(last(wordsBefore(old, 40), 3)) || revises(last(wordsBefore(newer, 40), 3)) {
		return true
	}
	a, b := old, newer
	if b.Start < a.Start {
		a, b = b, a
	}
	if a.SentenceStart != b.SentenceStart || a.End > b.Start {
		return false
	}
	return revises(words(a.Sentence[a.End-a.SentenceStart : b.Start-b.SentenceStart]))
}

// sameFigure reports whether claims a and b state one figure: agree, or
// when either is a range or a quote of a buying and a selling price
// ("782.50/786.41" and "781.95/785.86", whose spreads overlap), the same
// one.
func sameFigure(a, b *factcheck.Claim) bool {
	if (a.EndValue != nil || b.EndValue != nil) && a.Kind != factcheck.Date {
		return a.Value == b.Value && endString(a) == endString(b)
	}
	return agree(a, b)
}

// supersedeStale marks the stale figures of a group (splitStale) that
// no later time supersedes as superseded by its newest figure, when that
// is dated and they do not agree (agreeAt).
func (g *grouper) supersedeStale(stale []int, newest int, out []Placement) {
	if g.asOf[newest].M == 0 {
		return
	}
	n := &g.claims[newest]
	for _, m := range stale {
		if out[m].Suggestion == nil && !g.agreeAt(newest, m) {
			out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: n.Doc, Start: n.Start}}
		}
	}
}

// maxRevertGroup bounds the groups whose reports reverts compares, three
// by three.
const maxRevertGroup = 30

// reverts reports whether the reports of a group go back to a value after
// another article gave a different one: "a pay rise of 275 pct" on the
// fifth, "up to 180 pct" on the ninth and "275 pct" again that day, then
// "about 200 pct". Unless an article says the figure changed (a raised
// bid, see replacements; a price set by a change, see setByChange), or
// its latest reports moved past all earlier ones (a stale "158 ships"
// between "160" and "more than 170"), it did not move: its reports
// disagree, whatever their dates, and none supersedes another.
func (g *grouper) reverts(ms []int) bool {
	if len(ms) == 0 || len(ms) > maxRevertGroup || g.movedPast(ms) || slices.ContainsFunc(ms, func(m int) bool { return setByChange(&g.claims[m]) }) {
		return false
	}
	for _, b := range ms {
		for _, c := range ms {
			cb, cc := &g.claims[b], &g.claims[c]
			if cb.Doc == cc.Doc || later(g.asOf[b], g.asOf[c]) || g.agreeAt(b, c) {
				continue
			}
			for _, a := range ms {
				if g.claims[a].Doc != cb.Doc && later(g.asOf[b], g.asOf[a]) && g.agreeAt(a, c) && !g.agreeAt(a, b) {
					return true
				}
			}
		}
	}
	return false
}

// movedPast reports whether the figures of the latest time in ms all lie
// above every earlier figure, or all below.
func (g *grouper) movedPast(ms []int) bool {
	latest := g.asOf[ms[0]]
	for _, m := range ms[1:] {
		if later(g.asOf[m], latest) {
			latest = g.asOf[m]
		}
	}
	above, below := true, true
	for _, m := range ms {
		if later(latest, g.asOf[m]) {
			for _, n := range ms {
				if !later(latest, g.asOf[n]) {
					above = above && g.claims[n].Value.Num > g.claims[m].Value.Num
					below = below && g.claims[n].Value.Num < g.claims[m].Value.Num
				}
			}
		}
	}
	return above || below
}

// setByChange reports whether claim c is the level that a change its
// sentence announces reached: "is lowering its copper cathode price by
// 0.25 cent to 65.50 cents", "LOWERS COPPER PRICE 0.25 CT TO 65.50 CTS",
// "The 0.25 cent price hike brings Exxon's contract barge price to 48.75
// cts". A figure so set moves, back and forth if its setter wills.
func setByChange(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 120)
	if len(ws) == 0 || ws[len(ws)-1] != "to" {
		return false
	}
	for d := 1; d < len(ws) && d <= 10; d++ {
		if w := ws[len(ws)-1-d]; changeVerbs[w] || changeVerbs[strings.TrimSuffix(w, "s")] || w == "brings" || w == "brought" || w == "bringing" {
			return true
		}
	}
	return false
}

// replacements maps the values that a change of the group replaced
// ("raise its bid ... to 110 dlrs ... from 100 dlrs": 100) to the change's
// newer claim.
func (g *grouper) replacements(ms []int) map[factcheck.Value]int {
	var out map[factcheck.Value]int
	for _, m := range ms {
		if n, ok := g.newerOf[m]; ok && g.claims[n].Value != g.claims[m].Value {
			if out == nil {
				out = map[factcheck.Value]int{}
			}
			out[g.claims[m].Value] = n
		}
	}
	return out
}

// replacedIn reports whether claim m states a value a change replaced
// (see replacements).
func (g *grouper) replacedIn(m int, replacedBy map[factcheck.Value]int) bool {
	_, ok := replacedBy[g.claims[m].Value]
	return ok
}

// supersedeReplacedValue marks as superseded by a change's newer claim the
// claims of other articles that state the value it replaced, when either
// article's date is unknown: the value is of before the change ("157,000
// new jobs were added last month", and "revised down the jobs gains in
// December, from 157,000 to 133,000"). Where both are dated, an article
// that states the replaced value at or after the change mostly tells of
// another figure or of the change itself: over the batches annotated by
// hand, 1 of 57 such claims was disputed by its hand, so none is.
func (g *grouper) supersedeReplacedValue(ms []int, replacedBy map[factcheck.Value]int, out []Placement) {
	for _, m := range ms {
		n, ok := replacedBy[g.claims[m].Value]
		c, cn := &g.claims[m], &g.claims[n]
		if !ok || out[m].Suggestion != nil || c.Doc == cn.Doc || later(g.asOf[n], g.asOf[m]) || g.asOf[m].M != 0 && g.asOf[n].M != 0 {
			continue
		}
		out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: cn.Doc, Start: cn.Start}}
	}
}

// expectWords, just before a figure, make it an expectation: "GDP is
// expected at 3.2%", "the forecast 2.5% rise", "projected to reach 40".
var expectWords = map[string]bool{
	"expected": true, "expects": true, "expect": true, "expecting": true, "forecast": true, "forecasts": true, "forecasting": true,
	"predicted": true, "predicts": true, "predicting": true, "projected": true, "projects": true,
}

// expectReach is how many words before a figure expected reads.
const expectReach = 8

// revised reports whether claim n revises claim m: both state one
// statistic of one period (an indicator: "exports ... last year" in two
// reports of March), n in a later article.
func (g *grouper) revised(n, m int) bool {
	a, b := g.feats[n].ind, g.feats[m].ind
	return a.name != "" && a.name == b.name && a.year == b.year && a.period == b.period && g.asOf[n] == g.asOf[m] &&
		later(g.dated[g.claims[n].Doc], g.dated[g.claims[m].Doc])
}

// expected reports whether figure c is an expectation of its fact
// (expectWords within expectReach words before it), which the figure
// reported once the fact is known supersedes.
func expected(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 100)
	for d := 0; d < len(ws) && d < expectReach; d++ {
		if expectWords[ws[len(ws)-1-d]] {
			return true
		}
	}
	return false
}

// supersedeExpected marks the expectations of a group (expected) as
// superseded by the figure another article reports of the fact, the
// latest such report, when the expectation is not of a later time and
// that report does not restate it: growth "expected at 3.2% in 2004" and
// the "3.1% for 2004" reached, whatever the articles' dates.
func (g *grouper) supersedeExpected(ms []int, out []Placement) {
	outcome := -1
	for _, m := range ms {
		if !expected(&g.claims[m]) && (outcome < 0 || later(g.asOf[m], g.asOf[outcome])) {
			outcome = m
		}
	}
	if outcome < 0 {
		return
	}
	n := &g.claims[outcome]
	for _, m := range ms {
		c := &g.claims[m]
		if out[m].Suggestion == nil && c.Doc != n.Doc && expected(c) && !later(g.asOf[m], g.asOf[outcome]) && !restates(n, c) {
			out[m].Suggestion = &factcheck.Suggestion{Verdict: factcheck.Superseded, By: &factcheck.Ref{Doc: n.Doc, Start: n.Start}}
		}
	}
}

// allReadings reports whether the figures ms are all a market's readings
// (linkRates).
func (g *grouper) allReadings(ms []int) bool {
	for _, m := range ms {
		if !g.readings[m] {
			return false
		}
	}
	return true
}

// readLater reports whether a and b are readings of a market (linkRates)
// of one day, a read at a later hour of it than b (readingHour): "the
// dollar finished at 1.8270/80 marks" after "the dollar opened lower at
// 1.8200/15 marks".
func (g *grouper) readLater(a, b int) bool {
	if !g.readings[a] || !g.readings[b] || g.asOf[a] != g.asOf[b] {
		return false
	}
	ha, hb := readingHour(&g.claims[a]), readingHour(&g.claims[b])
	return hb > 0 && ha > hb
}

// The hours of a market's day a reading may be said at (readingHour).
const (
	openingHour = 1 + iota
	middayHour
	closingHour
)

// hourWords name the hour of a market's day a reading was taken at.
var hourWords = map[string]int{
	"opened": openingHour, "opening": openingHour, "open": openingHour, "opens": openingHour,
	"fixed": middayHour, "fixing": middayHour, "fix": middayHour, "midday": middayHour, "noon": middayHour, "midsession": middayHour,
	"closed": closingHour, "closing": closingHour, "close": closingHour, "closes": closingHour, "finished": closingHour, "ended": closingHour,
	"ending": closingHour, "ends": closingHour,
}

// readingHour returns the hour of its day reading c was taken at, read
// from the words of its clause before it (hourWords, within readingReach),
// or 0: none, or a reading of the day before ("after yesterday's
// 1.8260/70", "from 2.955 last night"). The nearest such word wins.
func readingHour(c *factcheck.Claim) int {
	ws := wordsBefore(c, 80)
	for d := 0; d < len(ws) && d < readingReach; d++ {
		w := ws[len(ws)-1-d]
		if clauseJoins[w] || w == "from" || w == "after" || w == "against" || w == "yesterday" || w == "yesterday's" || w == "night" || w == "night's" {
			return 0
		}
		if h := hourWords[w]; h != 0 {
			return h
		}
	}
	return 0
}

// sessionWords tell a market's trading day in the sentence of a figure:
// its hours and its dealings ("Cocoa futures stood hardly changed ... at
// midday", "the bank has given the market assistance worth ... so far
// today", "Volume at noon EDT was estimated at 11,682 lots").
var sessionWords = map[string]bool{
	"midday": true, "midmorning": true, "noon": true, "morning": true, "afternoon": true, "midsession": true,
	"futures": true, "kerb": true, "rings": true, "backwardation": true, "lots": true, "traded": true, "trading": true,
	"assistance": true, "shortage": true, "shortfall": true,
}

// tradingSession reports whether the sentence of claim c tells a market's
// trading day (sessionWords): its figures move from hour to hour, and two
// reports of one day that differ tell two hours, not a dispute.
func tradingSession(c *factcheck.Claim) bool {
	for _, w := range words(c.Sentence) {
		if sessionWords[w] {
			return true
		}
	}
	return false
}

// readingReach is how many words before a reading readingHour reads.
const readingReach = 6
