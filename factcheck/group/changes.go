package group

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// A change stated in one sentence gives one fact twice, before and after:
// "raised its bid to 110 dlrs a share from 100 dlrs", "output rose from
// 12.5 mln tonnes to 14 mln", "12.85 mln tonnes, up from 12.51", "amended
// its 27 dlr offer, raising it to 35 dlrs", "the 16.50 dlr cash
// alternative is an improvement over the 15.00 dlr per share price", and
// a date moved, "extended to March 19 from March 18". The two figures are one group,
// the newer is the one that supersedes (whatever its size: a cut is newer
// too), and the older is no dispute of it. A figure the sentence calls
// past ("its original 27 dlr offer", "previously rejected a 27 dlr
// offer") is true of its time: it supersedes and disputes nothing, and
// only its group's newest figure supersedes it (supersedePast).

// maxChangeWords bounds the words between the two figures of a change
// besides its cue ("cash per share", "a barrel").
const maxChangeWords = 4

// maxVerbChangeWords bounds the words between the two figures of a change
// that a verb states: "amended its 27 dlr per share tender offer, raising
// it to 35 dlrs".
const maxVerbChangeWords = 10

// changeCues mark a change between two figures when they stand before the
// "from" that introduces the older one.
var changeCues = map[string]bool{"up": true, "down": true, "rising": true, "falling": true, "compared": true,
	"increased": true, "decreased": true, "raised": true, "cut": true, "lowered": true, "revised": true}

// changeVerbs state that a figure was changed into the one after "to".
var changeVerbs = map[string]bool{"raise": true, "raised": true, "raising": true, "increase": true, "increased": true,
	"increasing": true, "cut": true, "cutting": true, "lower": true, "lowered": true, "lowering": true, "amend": true,
	"amended": true, "amending": true, "boost": true, "boosted": true, "boosting": true, "reduce": true, "reduced": true,
	"reducing": true, "revise": true, "revised": true, "revising": true, "change": true, "changed": true}

// betterWords, before "over" and a second figure, make the first a change
// of the second: "an improvement over the 15.00 dlr price".
var betterWords = map[string]bool{"improvement": true, "increase": true, "rise": true, "advance": true}

// pastWords, just before a figure or before its noun, say the figure is
// of the past: "its original 27 dlr offer", "an earlier 27 dlr offer",
// "rejected a 145 dlr-a-share bid".
var pastWords = map[string]bool{"original": true, "originally": true, "previous": true, "previously": true,
	"earlier": true, "initial": true, "initially": true, "former": true, "prior": true, "old": true, "rejected": true}

// linkChanges joins the two figures of each change its claims state, and
// records which is the newer (g.newerOf).
func (g *grouper) linkChanges() {
	for ia := 0; ia+1 < len(g.claims); ia++ {
		if older, ok := restatedChange(g.claims, ia); ok && older == comparedPerShare {
			// "earned 74.7 mln dlrs, or 55 cts a share, up from earnings
			// of 63.2 mln dlrs, or 46 cts a share": a period's earnings
			// and the year before's, two facts each; and no sum a share
			// is the older of a sum
			ia += 2
			continue
		} else if ok {
			// "to 3,408,813 shares, or 12.33 pct, from 3,667,313 shares, or
			// 13.3 pct": the holding and its share, each changed
			newer := 2 - older
			g.joinChange(ia, ia+2)
			g.newerOf[ia+older] = ia + newer
			g.joinChange(ia+1, ia+3)
			g.newerOf[ia+older+1] = ia + newer + 1
			ia += 2
			continue
		}
		a := &g.claims[ia]
		ib := ia + 1
		for a.Kind != factcheck.Date && ib+1 < len(g.claims) && g.claims[ib].Kind == factcheck.Date && g.claims[ib].Doc == a.Doc && g.claims[ib].SentenceStart == a.SentenceStart {
			ib++ // "to 20.10 dlrs a share, from its April 1 offer of 18.50 dlrs": a date between names the older
		}
		b := &g.claims[ib]
		if a.Doc != b.Doc || a.SentenceStart != b.SentenceStart || a.Kind != b.Kind || a.Unit != b.Unit ||
			a.Kind == factcheck.Date && !saidBefore(a, dateMoveWords, dateMoveReach, 60) || a.Kind == factcheck.Ordinal || a.End > b.Start {
			continue
		}
		lo, hi := a.End-a.SentenceStart, b.Start-b.SentenceStart
		if lo < 0 || hi > len(a.Sentence) || lo > hi {
			continue
		}
		// "from 120.82 billion on March 12, while ECU reserves fell to 62.02
		// billion": two statistics' changes (but a pronoun takes a change
		// across clauses: "..., but had to raise this to seven billion")
		clause := anotherClause(a.Sentence[lo:hi])
		before := undescribed(words(a.Sentence[:a.Start-a.SentenceStart]))
		between := wordsBetween(g.claims[ia+1:ib], a.Sentence[lo:hi], a.End)
		if len(between) == 0 || strings.ContainsFunc(strings.Join(withoutBasis(between), ""), unicode.IsDigit) {
			continue
		}
		between = unattributed(between)
		from := undescribed(trimPast(priorReport(priorClose(ofNoun(between)))))
		if last(from) == "from" && (ofAnotherPeriod(b) || monthsDiffer(a, b) || yearsAfterDiffer(a, b) || subjectYearsDiffer(a, b) || yearToDate(a.Sentence) || g.periodsComparedBefore(ia, b) && !changedBetween(before) && !changedBetween(from)) {
			// "exports rose to 733,000 tonnes from 725,000 a year earlier",
			// "to 3.3 mln bpd in March from 3.6 mln bpd in February",
			// "Year-to-date, GM said car output declined to 669,370 from
			// 839,097": two periods' figures; and a bare "up from" after a
			// year-earlier comparison, unless a verb revises the figure
			// ("revised its forecast ... to 1.7 pct from 1.6 pct")
			continue
		}
		if saidLast(before, permitWords) {
			continue // "to permit Henley to increase its investment to 24.9 pct from 5.03 pct": a cap allowed, and the stake held
		}
		if last(from) == "from" && heldNow(b) && saidLast(before, conditionalWords) {
			continue // "would raise its interest in Symbion to about 59.3 pct from 25.8 pct currently": a stake held, and one it would hold
		}
		if proposed(before, a.Sentence) {
			continue // "demanding a shortening of the working week to 35 hours from the present 38-1/2": a demand, and the week worked
		}
		switch {
		case clause && !pronounChanged(between):
		case len(between) <= maxChangeWords+2 && (last(from) == "from" && (last(before) == "to" || last(before) == "at" || toRateOf(before) || cued(from)) || last(from) == "form" && last(before) == "to" ||
			insteadOf(from) && last(before) == "to"):
			// "to A from B", "A, up from (its original) B", a price "at A
			// from B asked last night": B is the older;
			// wire copy's slip "to 95 dlrs, form 90.25 dlrs" too; "revised
			// ... to 139,000 in September instead of 96,000"
			g.joinChange(ia, ib)
			g.newerOf[ib] = ia
		case len(between) <= maxChangeWords+4 && reportedAt(between),
			len(from) <= maxChangeWords+2 && last(from) == "from" && cued(from) && len(priorReport(between)) < len(between):
			// "a gain of 117,000 in January, previously reported at
			// 166,000", "a robust 113,000 gain in January, revised down
			// from a previously reported 142,000 gain": B is the older, A
			// the revision
			g.joinChange(ia, ib)
			g.newerOf[ib] = ia
		case len(from) == 1 && (from[0] == "vs" || from[0] == "against") && a.EndValue == nil && b.EndValue == nil && saidLast(before, estimateWords) && lastEstimate(b):
			// "forecast the Soviet 1986/87 wheat crop at 12.00 mln tonnes,
			// vs 10.00 mln tonnes last month": B is the estimate A revised
			g.joinChange(ia, ib)
			g.newerOf[ib] = ia
		case (a.Kind == factcheck.Money || a.Kind == factcheck.Percent) && (last(before) == "at" || last(before) == "to") &&
			priorReading(between) && readAt(b) && !ofAnotherPeriod(b) && !monthsDiffer(a, b) && !yearsAfterDiffer(a, b) && !subjectYearsDiffer(a, b):
			// a market's reading and the one before it: "was fixed lower at
			// 1.8218 marks after 1.8243 yesterday", "opened at 1.5130/40
			// Swiss francs against 1.5180/90 in Europe", "ended at
			// 2.4469/4501 francs compared with 2.4547/4578 yesterday": B is
			// the older (but "at 2.1 pct against 1.8 pct a year earlier"
			// compares two periods)
			g.joinChange(ia, ib)
			g.newerOf[ib] = ia
		case len(between) <= maxChangeWords+2 && last(between) == "to" && last(before) == "from" && !ofAnotherPeriod(a) && !saidLast(before[:len(before)-1], spreadWords):
			// "from A to B": A is the older (but "from 1.8 mln (last year)
			// to one mln" gives two years' figures, and "vary widely by
			// location -- from a prevalence of 1 in 22 children in
			// California to about half as many in Maryland" a spread)
			g.joinChange(ia, ib)
			g.newerOf[ia] = ib
		case len(between) <= maxVerbChangeWords && last(from) == "over" && len(from) >= 2 && betterWords[from[len(from)-2]]:
			// "the 16.50 dlr cash alternative is an improvement over the
			// 15.00 dlr per share price": B is the older
			g.joinChange(ia, ib)
			g.newerOf[ib] = ia
		case len(between) <= maxVerbChangeWords && last(between) == "to" && changedBetween(between) && last(before) != "to" && !saidLast(before, dealWords),
			len(between) <= 2*maxVerbChangeWords && pronounChanged(between),
			len(between) <= 2*maxVerbChangeWords && last(between) == "to" && changedBetween(between) && stake(a) && slices.Contains(between, "stake") && !saidLast(before, dealWords):
			// "amended its A offer, raising it to B": A is the older (but
			// not the end of a change before, "raised its inflation
			// estimate to A and cut its growth estimate to B"); a pronoun
			// for A reaches further: "originally targeted a A current
			// account surplus this year, but had to raise this to B"; and a
			// stake held, then raised further on: "Sealy, of which it owns
			// 82 pct, redeemed ..., thus increasing the company's stake in
			// Sealy to 93 pct"
			g.joinChange(ia, ib)
			g.newerOf[ia] = ib
		}
	}
}

// comparedPerShare is what restatedChange returns of a sum and its share
// compared with the year before's: no change of one figure.
const comparedPerShare = -1

// restatedChange reports whether claims i to i+3 state a change of a
// figure each end of which is restated as a percentage after "or": "to
// 3,408,813 shares, or 12.33 pct, from 3,667,313 shares, or 13.3 pct"
// (or "from ... to"), or a sum each end of which is restated a share
// ("74.7 mln dlrs, or 55 cts a share, up from earnings of 63.2 mln dlrs,
// or 46 cts a share": comparedPerShare), and which of claims i and i+2 is
// the older (0 or 2).
func restatedChange(cs []factcheck.Claim, i int) (int, bool) {
	if i+3 >= len(cs) {
		return 0, false
	}
	a, ap, b, bp := &cs[i], &cs[i+1], &cs[i+2], &cs[i+3]
	for _, c := range []*factcheck.Claim{ap, b, bp} {
		if c.Doc != a.Doc || c.SentenceStart != a.SentenceStart {
			return 0, false
		}
	}
	// the restatement is a share ("or 12.33 pct") or, of a sum, a sum a
	// share ("74.7 mln dlrs, or 55 cts a share, up from ... 63.2 mln dlrs,
	// or 46 cts a share")
	perShare := a.Kind == factcheck.Money && ap.Kind == factcheck.Money && bp.Kind == factcheck.Money && ap.Unit == a.Unit && bp.Unit == a.Unit
	if a.Kind != b.Kind || a.Unit != b.Unit || a.Kind == factcheck.Percent || a.Kind == factcheck.Date ||
		!perShare && (ap.Kind != factcheck.Percent || bp.Kind != factcheck.Percent || ap.Unit != "" || bp.Unit != "") {
		return 0, false
	}
	between := func(x, y *factcheck.Claim) []string {
		lo, hi := x.End-x.SentenceStart, y.Start-y.SentenceStart
		if lo < 0 || hi > len(x.Sentence) || lo > hi {
			return nil
		}
		return words(x.Sentence[lo:hi])
	}
	if !slices.Equal(between(a, ap), []string{"or"}) || !slices.Equal(between(b, bp), []string{"or"}) {
		return 0, false
	}
	mid, before := between(ap, b), words(a.Sentence[:max(0, a.Start-a.SentenceStart)])
	if perShare {
		if len(mid) < 2 || mid[1] != "share" || mid[0] != "a" && mid[0] != "per" {
			return 0, false
		}
		mid = undescribed(trimPast(ofNoun(mid[2:])))
		if len(mid) <= maxChangeWords && last(mid) == "from" && (last(before) == "to" || cued(mid)) {
			return comparedPerShare, true
		}
		return 0, false
	}
	switch {
	case slices.Equal(mid, []string{"from"}) && last(before) == "to":
		return 2, true
	case slices.Equal(mid, []string{"to"}) && last(before) == "from":
		return 0, true
	}
	return 0, false
}

// yearToDate reports whether sentence s is of a total for the year so
// far ("Year-to-date", "year to date"), which a change compares with the
// year before's.
func yearToDate(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "year-to-date") || strings.Contains(l, "year to date")
}

// heldNow reports whether the words just after claim c say it holds now:
// "25.8 pct currently", "five pct now".
func heldNow(c *factcheck.Claim) bool {
	if strings.HasSuffix(c.Text, " currently") || strings.HasSuffix(c.Text, " now") {
		return true // the extractor's span may hold the word
	}
	ws := wordsAfter(c, 20)
	return len(ws) > 0 && (ws[0] == "currently" || ws[0] == "now")
}

// dealWords, just before a figure of shares, make it the shares traded,
// not a holding: "sold options to buy 258,800 Burlington common shares,
// reducing its stake in the company to 3,408,813 shares".
var dealWords = map[string]bool{"buy": true, "bought": true, "sell": true, "sold": true, "purchase": true, "purchased": true,
	"acquire": true, "acquired": true}

// conditionalWords, a few words before a change, make its newer figure
// one that would follow: "would raise its interest ... to".
var conditionalWords = map[string]bool{"would": true, "could": true}

// estimateWords, a few words before a figure, make it an estimate: a
// forecaster's, revised from report to report.
var estimateWords = map[string]bool{"forecast": true, "forecasts": true, "estimated": true, "estimates": true,
	"projected": true, "put": true, "puts": true}

// lastEstimate reports whether the words just after claim c date it to
// the estimate before: "vs 10.00 mln tonnes last month", "in the previous
// report".
func lastEstimate(c *factcheck.Claim) bool {
	ws := wordsAfter(c, 30)
	return len(ws) >= 2 && ws[0] == "last" && (ws[1] == "month" || ws[1] == "week") ||
		len(ws) >= 3 && ws[0] == "in" && (ws[1] == "the" || ws[1] == "its") && (ws[2] == "previous" || ws[2] == "last" || ws[2] == "prior")
}

// linkPronounRevisions joins a figure a sentence gives as what the one
// before it revised, by a pronoun for that figure: "after rising a
// revised 236,000 in February. That was down from the previously
// reported 337,000 rise": the older, superseded by the figure that ends
// the sentence before, of its kind and unit.
func (g *grouper) linkPronounRevisions() {
	for ib := 1; ib < len(g.claims); ib++ {
		a, b := &g.claims[ib-1], &g.claims[ib]
		if a.Doc != b.Doc || a.SentenceStart == b.SentenceStart || a.Kind != b.Kind || a.Unit != b.Unit || a.Kind == factcheck.Date {
			continue
		}
		ws := wordsBefore(b, 120)
		if len(ws) < 4 || ws[0] != "that" && ws[0] != "this" || ws[1] != "was" && ws[1] != "is" || !reportedFrom(ws) {
			continue
		}
		g.joinChange(ib-1, ib)
		g.newerOf[ib] = ib - 1
	}
}

// reportedFrom reports whether ws, the words before a figure, end in its
// report of the past after "from": "down from the previously reported",
// "revised from an originally estimated".
func reportedFrom(ws []string) bool {
	trimmed := priorReport(ws)
	return len(trimmed) < len(ws) && last(trimPast(trimmed)) == "from"
}

// dateMoveWords, before a date, say it was moved from another: "has been
// extended to March 19 from March 18", "brought forward to March 27 from
// March 30".
var dateMoveWords = map[string]bool{"extended": true, "extends": true, "extending": true, "postponed": true,
	"delayed": true, "moved": true, "rescheduled": true, "deferred": true, "forward": true, "back": true, "advanced": true}

// dateMoveReach is how many words before a date a word of dateMoveWords
// may stand: "has been extended to".
const dateMoveReach = 4

// permitWords allow a change that has not happened: "filings to permit
// Henley to increase its investment to 24.9 pct from 5.03 pct".
var permitWords = map[string]bool{"permit": true, "permits": true, "permitted": true, "permitting": true, "allow": true,
	"allows": true, "allowed": true, "allowing": true, "authorize": true, "authorized": true, "authorise": true, "authorised": true}

// spreadWords, a few words before two figures, make them the ends of a
// spread across places or things, not a change: "vary widely by location
// -- from 1 in 22 children in California to about half as many in
// Maryland", "prices ranged from 40 dlrs to 55 dlrs".
var spreadWords = map[string]bool{"vary": true, "varies": true, "varied": true, "varying": true, "range": true, "ranges": true,
	"ranged": true, "ranging": true, "differ": true, "differs": true, "differed": true}

// saidLast reports whether a word of set stands among the last
// maxVerbChangeWords of ws, a sentence's words before a figure: a word of
// permission before a change's first figure, of estimate, of condition.
func saidLast(ws []string, set map[string]bool) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-maxVerbChangeWords; k-- {
		if set[ws[k]] {
			return true
		}
	}
	return false
}

// proposalWords, before a change, make it one asked for that has not
// happened: "proposals to reduce Brazil's quota to 25 pct from 30 pct at
// present", "Reagan supports raising the speed limit to 65 mph from 55
// mph".
var proposalWords = map[string]bool{"proposal": true, "proposals": true, "propose": true, "proposes": true, "proposed": true,
	"proposing": true, "plan": true, "plans": true, "demand": true, "demands": true, "demanded": true, "demanding": true,
	"want": true, "wants": true, "support": true, "supports": true, "supported": true}

// offerWords name what a bidder proposes and then changes as one figure,
// or the change of a proposal: "prepared to raise its bid to 33 dlrs from
// 27 dlrs", "the proposal ... had been amended to increase the dividend
// rate ... from 13.5 pct to 17.5 pct".
var offerWords = []string{"offer", "bid", "price", "tender", "forecast", "estimate", "target", "amend", "revis"}

// proposed reports whether a word of proposal stands among ws, the words
// of sentence s before a change, and s names no offer whose figures the
// change would replace.
func proposed(ws []string, s string) bool {
	if !slices.ContainsFunc(ws, func(w string) bool { return proposalWords[w] }) {
		return false
	}
	s = strings.ToLower(s)
	return !slices.ContainsFunc(offerWords, func(w string) bool { return strings.Contains(s, w) })
}

// periodUnits are the periods a figure can be of: "a year earlier", "the
// previous quarter".
var periodUnits = map[string]bool{"year": true, "month": true, "quarter": true, "week": true, "season": true, "period": true, "half": true}

// sequentialPeriods are the periods a figure set anew each period is
// changed from: "the gazetted price rose to 819.66 ringgit from 796.86 a
// month earlier", "up from 15.870 last week" is the one price moved,
// where "a year earlier" compares two years' figures.
var sequentialPeriods = map[string]bool{"month": true, "week": true}

// periodsComparedBefore reports whether a sum or share of money at claim
// ia, changed from b just after "from" and b dated by no words of its own
// ("796.86 dlrs a month earlier" is last month's price), follows in its article a figure dated to an earlier period after
// "from": then its own bare "up from" compares that period too ("earned
// 128.1 mln dlrs in the third quarter, up from 118.3 mln a year earlier.
// On a per-share basis, income was 1.16 dlrs a share, up from 1.09
// dlrs").
func (g *grouper) periodsComparedBefore(ia int, b *factcheck.Claim) bool {
	a := &g.claims[ia]
	if a.Kind != factcheck.Money && a.Kind != factcheck.Percent || last(wordsBefore(b, 12)) != "from" || datedAfter(b) {
		return false
	}
	if g.firstCompared == nil {
		// each article's first sentence that compares a figure after
		// "from" with another period's, read once
		g.firstCompared = map[string]int{}
		for k := range g.claims {
			p := &g.claims[k]
			if _, seen := g.firstCompared[p.Doc]; !seen && last(wordsBefore(p, 20)) == "from" && ofAnotherPeriod(p) {
				g.firstCompared[p.Doc] = p.SentenceStart
			}
		}
	}
	s, ok := g.firstCompared[a.Doc]
	return ok && s < a.SentenceStart
}

// datedAfter reports whether the few words after claim c date it: "a
// month earlier", "a week ago", "the day before", "last month".
func datedAfter(c *factcheck.Claim) bool {
	ws := wordsAfter(c, 30)
	return slices.ContainsFunc(ws[:min(len(ws), 4)], func(w string) bool {
		return w == "earlier" || w == "ago" || w == "before" || w == "last" || w == "previous" || w == "prior"
	})
}

// ofAnotherPeriod reports whether the words just after claim c date it to
// another period than its sentence's: "a year earlier", "a year ago",
// "the previous year", "last year", "in 1985", "in sales in 1986", "in
// the same 1986 period". A figure so dated, after
// "from", is an earlier period's, not the figure the change replaced.
func ofAnotherPeriod(c *factcheck.Claim) bool {
	ws := wordsAfter(c, 40)
	ws = ws[:min(len(ws), 5)]
	for k, w := range ws {
		switch {
		case w == "same" && k+1 < len(ws) && (periodUnits[ws[k+1]] || isYear(ws[k+1]) && k+2 < len(ws) && periodUnits[ws[k+2]]):
			return true // "from 2.02 billion in the same 1986 period", "in the same period last year"
		case (w == "earlier" || w == "ago" || w == "before") && k > 0 && periodUnits[ws[k-1]] && !sequentialPeriods[ws[k-1]]:
			return true // "a year earlier", "the year before"
		case (w == "last" || w == "previous" || w == "prior") && k+1 < len(ws) && periodUnits[ws[k+1]] && !sequentialPeriods[ws[k+1]]:
			return true // "last year", "the previous quarter"
		case w == "in" && k+1 < len(ws) && len(ws[k+1]) == 4 && strings.TrimLeft(ws[k+1], "0123456789") == "" && (k == 0 || k == 2 && ws[0] == "in"):
			return true // "from 8.2 mln in 1985", "up from 23.8 billion dlrs in sales in 1986"
		}
	}
	return false
}

// monthsDiffer reports whether claims a and b are each said of a month by
// "in" and its name, two months: "to 3.3 mln bpd in March from 3.6 mln
// bpd in February", "rose ... in February, year-on-year, to 8.14 billion
// dlrs from 5.7 billion in January" (the newer's month before it).
func monthsDiffer(a, b *factcheck.Claim) bool {
	ma, mb := cmp.Or(monthAfter(a), monthBefore(a)), monthAfter(b)
	return ma != "" && mb != "" && ma != mb
}

// monthBefore returns the month "in" names among the few words before
// claim c, no figure between, in lower case, or "" (see monthNamed).
func monthBefore(c *factcheck.Claim) string {
	ws := wordsBefore(c, 60)
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-6; k-- {
		if w := ws[k+1]; w != "" && w[0] >= '0' && w[0] <= '9' && !isYear(w) {
			return ""
		}
		if m := monthNamed(ws, k); m != "" {
			return m
		}
	}
	return ""
}

// monthOfSubject returns the month that a noun before claim c takes as
// its modifier, no figure between, in lower case: "The revised adjusted
// January index was down 0.5 pct", "The adjusted March producers'
// shipment index fell 0.6"; or "". A month after a preposition ("from
// December") is another month's, and "may" is left alone.
func monthOfSubject(c *factcheck.Claim) string {
	ws := wordsBefore(c, 120)
	for k := len(ws) - 2; k >= 0; k-- {
		if w := ws[k+1]; w != "" && w[0] >= '0' && w[0] <= '9' {
			return ""
		}
		if w := ws[k]; isMonth(w) && w != "may" && ws[k+1] != "" && !(ws[k+1][0] >= '0' && ws[k+1][0] <= '9') && (k == 0 || !monthPrepositions[ws[k-1]]) {
			return w
		}
	}
	return ""
}

// monthPrepositions make the month after them the time of another figure
// or of an event: "from December", "since January".
var monthPrepositions = map[string]bool{"in": true, "from": true, "to": true, "since": true, "until": true, "after": true, "before": true,
	"than": true, "of": true, "for": true, "by": true, "on": true, "at": true, "through": true, "over": true, "with": true, "during": true}

// monthNamed returns the month that "in" at ws[k] and the words after it
// name, with the year when one follows ("february 1986"), or "".
func monthNamed(ws []string, k int) string {
	if ws[k] != "in" || k+1 >= len(ws) || !isMonth(ws[k+1]) {
		return ""
	}
	if k+2 < len(ws) && isYear(ws[k+2]) {
		return ws[k+1] + " " + ws[k+2]
	}
	return ws[k+1]
}

// figureMonth returns the month claim c's figure is of, as monthAfter and
// monthBefore read it, or as its sentence opens ("In January the current
// account surplus provisionally narrowed to 4.9 billion marks", "In
// February 1986 the current account had shown a 6.85 billion mark
// surplus"); or "". A monthly statistic's figures of two months are two
// facts, however alike their words.
func figureMonth(c *factcheck.Claim) string {
	if m := cmp.Or(monthAfter(c), monthBefore(c)); m != "" {
		return m
	}
	if ws := words(c.Sentence[:min(len(c.Sentence), 30)]); len(ws) >= 2 {
		return monthNamed(ws, 0)
	}
	return ""
}

// namedMonth returns the month claim c names its figure of (figureMonth,
// or a month before its noun: "CANADA FEBRUARY CONSUMER PRICES UP 0.4
// PCT"), in lower case, or "".
func namedMonth(c *factcheck.Claim) string {
	return cmp.Or(figureMonth(c), monthOfSubject(c))
}

// monthsChange reports whether the percentage c is a change over a
// month, a verb or a noun of a move next to it: "rose 0.7 pct in March",
// "a 0.5 pct fall in January".
func monthsChange(c *factcheck.Claim) bool {
	if ws := wordsBefore(c, 30); len(ws) > 0 && (moveVerbs[ws[len(ws)-1]] || len(ws) > 1 && ws[len(ws)-1] == "by" && moveVerbs[ws[len(ws)-2]]) {
		return true
	}
	wa := wordsAfter(c, 20)
	return len(wa) > 0 && sizeNouns[wa[0]]
}

// seasonAfter returns the season a figure of claim c is said of just
// after it, "1985/86" of "1.38 gallons per box from the 1985/86 crop" or
// "119,000,000 boxes in 1985/86"; or "".
func seasonAfter(c *factcheck.Claim) string {
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return ""
	}
	rest := strings.TrimLeft(c.Sentence[end:], " \n")
	for _, p := range []string{"per box ", "a box ", "from the ", "in the ", "for the ", "from ", "in ", "for "} {
		rest = strings.TrimPrefix(rest, p)
	}
	k := 0
	for k < len(rest) && k < 9 && (rest[k] >= '0' && rest[k] <= '9' || rest[k] == '/') {
		k++
	}
	if y, _, ok := strings.Cut(rest[:k], "/"); ok && isYear(y) && k >= 7 {
		return rest[:k]
	}
	return ""
}

// monthPeriod returns the month that figureMonth's words m name, as
// "2004-12", or "--12" when no year can be told: a month without its year
// is of the year that puts it nearest pub ("December" in a January is last
// year's); in an article that gives no year, a year written out is kept
// only when it is earlier than latest, the latest the article names
// ("February 1986" in a story of 1987). It returns "" when m names no
// month.
func monthPeriod(m string, pub calendar.Date, latest int) string {
	name, y, _ := strings.Cut(m, " ")
	month := int(lexicon.At(lexicon.Lookup(strings.Trim(name, ".,"))).Month)
	year, _ := strconv.Atoi(y)
	switch {
	case month == 0:
		return ""
	case year == 0 && pub.Y != 0:
		year = pub.Y
		if d := month - pub.M; d > 6 {
			year--
		} else if d < -6 {
			year++
		}
	case pub.Y == 0 && year >= latest:
		year = 0
	}
	if year <= 0 {
		return fmt.Sprintf("--%02d", month)
	}
	return fmt.Sprintf("%04d-%02d", year, month)
}

// monthAfter returns the month "in" names just after claim c, past an
// aside in brackets ("1.23 billion (revised from 1.29 billion) in
// January"), in lower case, or "".
func monthAfter(c *factcheck.Claim) string {
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return ""
	}
	rest := strings.TrimLeft(c.Sentence[end:], " \n")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 && k < 60 {
			rest = rest[k+1:]
		}
	}
	if ws := words(rest[:min(len(rest), 25)]); len(ws) >= 2 {
		return monthNamed(ws, 0)
	}
	return ""
}

// yearsAfterDiffer reports whether claims a and b are each said of a year
// just after them, two years: "inflation would fall to two pct in 1988
// from 2.5 pct this year".
func yearsAfterDiffer(a, b *factcheck.Claim) bool {
	ya, yb := yearAfter(a), yearAfter(b)
	return ya != "" && yb != "" && ya != yb
}

// subjectYearsDiffer reports whether claims a and b are each of a year
// their nouns name before them, two years: "cut the 1988 budget deficit to
// around 115 billion francs from the forecast 1987 deficit of 129
// billion".
func subjectYearsDiffer(a, b *factcheck.Claim) bool {
	ya, yb := yearOfSubject(a), yearOfSubject(b)
	return ya != "" && yb != "" && ya != yb
}

// yearOfSubject returns the year that a noun before claim c takes as its
// modifier, among the few words before it with no figure between ("the
// 1988 budget deficit to", "the forecast 1987 deficit of"), or "".
func yearOfSubject(c *factcheck.Claim) string {
	ws := wordsBefore(c, 50)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		switch w := ws[k]; {
		case isYear(w):
			if k+1 < len(ws) && ws[k+1] != "to" && ws[k+1] != "from" && ws[k+1] != "of" {
				return w // a year before a noun, not "in 1986 to"
			}
			return ""
		case w != "" && w[0] >= '0' && w[0] <= '9':
			return ""
		}
	}
	return ""
}

// yearAfter returns the year the words just after claim c name, "in" or
// "by" and its number ("1988"), or "this", "next" or "last" before "year",
// or "in" or "for" and a year after a word or two ("shortfall forecast for
// 1987"), or "".
func yearAfter(c *factcheck.Claim) string {
	ws := wordsAfter(c, 32)
	switch {
	case len(ws) >= 2 && (ws[0] == "in" || ws[0] == "by") && isYear(ws[1]):
		return ws[1]
	case len(ws) >= 2 && (ws[0] == "this" || ws[0] == "next" || ws[0] == "last") && ws[1] == "year":
		return ws[0]
	}
	for k := 1; k <= 2 && k+1 < len(ws); k++ {
		if (ws[k] == "in" || ws[k] == "for") && isYear(ws[k+1]) && !isYear(ws[0]) {
			return ws[k+1] // "the 129 billion franc shortfall forecast for 1987"
		}
	}
	return ""
}

// maxPastWords bounds how far before a figure a past word reaches, within
// its clause: "had originally made a hostile tender offer of 27 dlrs".
const maxPastWords = 8

// pastFigure reports whether the clause of claim i calls its figure past:
// a past word among the words before it in its clause ("its original 27
// dlr offer", "previously rejected a 27 dlr offer"), but not one that dates
// the clause ("earlier this week, it agreed to 36.50 dlrs"), or "last
// year" or "last May" there; a term that
// "would have" held; or a change from it ("raised the value of its offer
// from 80 dlrs"); or words after it in its clause (pastAfter).
func (g *grouper) pastFigure(i int) bool {
	c := &g.claims[i]
	rel := c.Start - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return false
	}
	clause := c.Sentence[max(0, rel-120):rel]
	if k := strings.LastIndexAny(clause, ",;:("); k >= 0 {
		if w, _, ok := strings.Cut(strings.TrimLeft(c.Sentence, " \n\"'"), ","); ok && pastWords[strings.ToLower(w)] {
			// the whole sentence: "Earlier, the company had said 44 miners were trapped"
			return true
		}
		clause = clause[k+1:]
	}
	ws := words(clause)
	if last(ws) == "from" && changedBetween(ws[max(0, len(ws)-maxVerbChangeWords):]) {
		return true // "raised the value of its offer from 80 dlrs per share": the value it had
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-maxPastWords; k-- {
		if pastWords[ws[k]] && !(k+1 < len(ws) && datingWords[ws[k+1]]) {
			return true
		}
		if k > 0 && ws[k-1] == "last" && (ws[k] == "year" || isMonth(ws[k])) {
			// "The sequestration last year of 33 mln shares", "ruled last
			// May against a move of Neptunia to acquire 33 mln": a figure
			// of its time
			return true
		}
		if ws[k] == "had" && k+1 < len(ws) && reportWords[ws[k+1]] {
			// "the company had said 44": a report since replaced
			return true
		}
		if ws[k] == "would" && k+1 < len(ws) && ws[k+1] == "have" {
			// "a decree that would have given the companies only three
			// months": a term proposed and not kept
			return true
		}
	}
	return pastAfter(c)
}

// pastAfter reports whether the words after claim c in its clause call
// it a figure of the past: "the 4.20 dlrs BIL said it would offer when it
// first announced", "the 27 dlrs it originally offered".
func pastAfter(c *factcheck.Claim) bool {
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return false
	}
	after := c.Sentence[end:min(len(c.Sentence), end+80)]
	if k := strings.IndexAny(after, ",;:()"); k >= 0 {
		after = after[:k]
	}
	ws := words(after)
	for k := 0; k < len(ws) && k < maxPastWords+2; k++ {
		switch {
		case ws[k] == "originally" || ws[k] == "initially":
			return true
		case ws[k] == "first" && k+1 < len(ws) && (reportWords[ws[k+1]] || ws[k+1] == "offered" || ws[k+1] == "proposed"):
			return true
		}
	}
	return false
}

// replacedReport reports whether claim c is a report its own article says
// was replaced: "Earlier, the company had said 44 miners were trapped",
// "police had put the toll at 12". Not a figure of its time ("its
// original 27 dlr offer"), which pastFigure also reads.
func replacedReport(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 120)
	for k := len(ws) - 1; k > 0 && k >= len(ws)-maxPastWords; k-- {
		if ws[k-1] == "had" && reportWords[ws[k]] {
			return true
		}
	}
	return false
}

// reportWords, after "had", report a figure since replaced: "had said",
// "had put the toll at".
var reportWords = map[string]bool{"said": true, "reported": true, "put": true, "estimated": true, "given": true, "announced": true}

// datingWords, after "earlier", make it date a clause: "earlier this
// week", "earlier today".
var datingWords = map[string]bool{"this": true, "today": true, "in": true, "on": true, "last": true, "that": true}

// trimPast drops the determiners and past words that end ws: "up from its
// original" ends in "from".
func trimPast(ws []string) []string {
	for len(ws) > 0 {
		switch w := ws[len(ws)-1]; {
		case pastWords[w], w == "its", w == "the", w == "an", w == "a", w == "their", w == "his", w == "her":
			ws = ws[:len(ws)-1]
		default:
			return ws
		}
	}
	return ws
}

// anotherClause reports whether text, the words between two figures,
// opens a clause of another subject: "; ", ", while", ", whereas", ", but".
func anotherClause(text string) bool {
	text = strings.Join(strings.Fields(text), " ")
	return strings.Contains(text, ";") || strings.Contains(text, ", while ") || strings.Contains(text, ", whereas ") || strings.Contains(text, ", but ")
}

// priorClose returns words ws without the previous session's close they
// end in, after "from": "from last night's close at" reads "from", "from
// Friday's" and "from last week's" (an auction's rate) too; a market's
// price moved from its last close.
func priorClose(ws []string) []string {
	n := len(ws)
	if n >= 2 && (ws[n-1] == "at" || ws[n-1] == "of") && (ws[n-2] == "close" || ws[n-2] == "closing" || ws[n-2] == "finish") {
		n -= 2
	}
	if n >= 1 && strings.HasSuffix(ws[n-1], "'s") {
		switch d := strings.TrimSuffix(ws[n-1], "'s"); {
		case d == "night" || d == "yesterday" || d == "day" || d == "week" || isWeekday(d):
			n--
			if n >= 1 && (ws[n-1] == "last" || ws[n-1] == "previous" || ws[n-1] == "the") {
				n--
			}
		}
	}
	return ws[:n]
}

// toRateOf reports whether words ws, before a figure, end in a rate or a
// level a change went "to": "the revaluation of the kwacha to a fixed
// rate of", "cut to a level of".
func toRateOf(ws []string) bool {
	n := len(ws)
	if n < 3 || ws[n-1] != "of" || ws[n-2] != "rate" && ws[n-2] != "level" {
		return false
	}
	for k := n - 3; k >= 0 && k >= n-6; k-- {
		if ws[k] == "to" {
			return true
		}
	}
	return false
}

// priorReport trims from ws, the words before a change's older figure,
// a report said of the past: "revised down from a previously reported",
// "from an originally estimated", whose past word trimPast trims next.
func priorReport(ws []string) []string {
	if n := len(ws); n >= 2 && (ws[n-1] == "reported" || ws[n-1] == "estimated") && pastWords[ws[n-2]] {
		return ws[:n-1]
	}
	return ws
}

// reportedAt reports whether ws, the words between two figures of one
// sentence, end with a report of the past "at" or "as" the second:
// "..., previously reported at", "originally reported as".
func reportedAt(ws []string) bool {
	n := len(ws)
	return n >= 3 && (ws[n-1] == "at" || ws[n-1] == "as") && ws[n-2] == "reported" && pastWords[ws[n-3]]
}

// isWeekday reports whether w, in lower case, names a day of the week.
func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// maxDescription bounds the words that describe a figure between its
// determiner and it: "a still high".
const maxDescription = 3

// undescribed returns words ws without the description of the figure
// they stand before, a determiner and a few words after "to" or "from":
// "drops to a still high" reads "drops to", "from an aggressive" reads
// "from". A figure described as the present one stays described: "to cut
// it from the current 50 pct to 25 pct within three years" plans a
// change, the present figure still true.
func undescribed(ws []string) []string {
	for k := len(ws) - 1; k >= 1 && k >= len(ws)-maxDescription; k-- {
		switch ws[k] {
		case "current", "present", "existing":
			return ws
		case "a", "an", "the", "its", "their":
			if ws[k-1] == "to" || ws[k-1] == "from" {
				return ws[:k]
			}
			return ws
		case "to", "from":
			return ws
		}
	}
	return ws
}

// wordsBetween returns the words of text, the stretch of a sentence
// from byte offset at in its article, without the dates in it (dates,
// claims of the stretch): "a share, from its April 1 offer of" reads "a
// share from its offer of".
func wordsBetween(dates []factcheck.Claim, text string, at int) []string {
	if len(dates) == 0 {
		return words(text)
	}
	var b strings.Builder
	k := 0
	for _, d := range dates {
		s, e := d.Start-at, d.End-at
		if s < k || e > len(text) {
			return words(text)
		}
		b.WriteString(text[k:s])
		b.WriteByte(' ')
		k = e
	}
	b.WriteString(text[k:])
	return words(b.String())
}

// unattributed returns words ws without the attribution that opens them,
// up to four words and "said" or "says": "a company spokesman said up
// from" of "782 mln dlrs, a company spokesman said, up from 720 mln".
func unattributed(ws []string) []string {
	for k := 0; k < len(ws) && k <= 4; k++ {
		if ws[k] == "said" || ws[k] == "says" {
			return ws[k+1:]
		}
	}
	return ws
}

// ofNoun returns words ws without the noun and "of" they end in after
// "from", as the older figure's noun named before it: "from its offer
// of" reads "from its", "up from the previous offer of" reads "up from
// the previous".
func ofNoun(ws []string) []string {
	if n := len(ws); n >= 3 && ws[n-1] == "of" && last(trimPast(ws[:n-2])) == "from" {
		return ws[:n-2]
	}
	return ws
}

// priorReading reports whether the words between two readings of a
// market name the second as the one before: "after", "against",
// "compared with", after a quote's basis ("30.055 marks per 100 after
// 30.060").
func priorReading(ws []string) bool {
	switch ws = withoutBasis(ws); len(ws) {
	case 1:
		return ws[0] == "after" || ws[0] == "against"
	case 2:
		return ws[0] == "compared" && (ws[1] == "with" || ws[1] == "to")
	}
	return false
}

// readAt reports whether the words after the older reading b, if any,
// say when or where it was read ("after 1.8243 yesterday", "against
// 1.5180/90 in Europe", "at yesterday's European close") or it ends its
// clause ("after 30.060,"): not a result of a year before ("at 115.3 mln
// stg after 81.3 mln previously").
func readAt(b *factcheck.Claim) bool {
	end := b.End - b.SentenceStart
	if end < 0 || end > len(b.Sentence) {
		return false
	}
	rest := strings.TrimLeft(b.Sentence[end:], " \t\r\n")
	if rest == "" || strings.IndexByte(",.;:)", rest[0]) >= 0 {
		return true
	}
	ws := words(rest[:min(len(rest), 20)])
	if len(ws) == 0 {
		return true
	}
	switch ws[0] {
	case "yesterday", "overnight", "earlier", "last", "on", "at":
		return true
	case "in":
		// a market's place ("in Europe", "in New York"), not a period
		// ("in the first three months of 1986")
		place := strings.TrimPrefix(rest[len("in"):], " ")
		return len(ws) > 1 && place != "" && unicode.IsUpper(rune(place[0])) && !namesMonth(ws[1])
	}
	return false
}

// withoutBasis returns ws without the basis of a quote that opens them:
// "per 100" in "30.055 marks per 100 after 30.060".
func withoutBasis(ws []string) []string {
	if len(ws) > 2 && ws[0] == "per" && (ws[1] == "100" || ws[1] == "hundred") {
		return ws[2:]
	}
	return ws
}

// insteadOf reports whether words ws end in "instead of".
func insteadOf(ws []string) bool {
	return len(ws) >= 2 && ws[len(ws)-2] == "instead" && ws[len(ws)-1] == "of"
}

// last returns the last of ws, or "".
func last(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// changedBetween reports whether words hold a verb of change, or a word
// of a rise or a fall after "which" or "that" that takes it back to the
// figure before: "33 mln shares, which grew to 38 mln".
func changedBetween(ws []string) bool {
	for k, w := range ws {
		if changeVerbs[w] || (riseWords[w] || fallWords[w]) && k > 0 && (ws[k-1] == "which" || ws[k-1] == "that") {
			return true
		}
	}
	return false
}

// pronounChanged reports whether ws, the words between two figures, end
// in a verb of change, a pronoun for the first figure and "to": "had to
// raise this to", "cut it to".
func pronounChanged(ws []string) bool {
	n := len(ws)
	return n >= 3 && ws[n-1] == "to" && (ws[n-2] == "it" || ws[n-2] == "this" || ws[n-2] == "that") && changeVerbs[ws[n-3]]
}

// changedTo reports whether claim b is the newer figure of a change from
// claim a.
func (g *grouper) changedTo(a, b int) bool {
	n, ok := g.newerOf[a]
	return ok && n == b
}

// cued reports whether words hold a cue of change.
func cued(words []string) bool {
	for _, w := range words {
		if changeCues[w] {
			return true
		}
	}
	return false
}

// A change's size is not the level it moves: "increased the price ... by
// 0.50 cent a gallon", "the 0.50 cent increase brings Sun's contract
// barge price to 49 cts", "LOWERS COPPER PRICE 0.25 CT TO 65.50 CTS". A
// sum of either sort never groups with one of the other (union), so that
// the sizes of a story's moves and its prices, which share units and
// often values, stay apart.
const (
	levelFigure uint8 = 1 << iota // a sum that is a level
	changeSize                    // a sum by which one moved
)

// moveVerbs, before a sum with no word of a level between (levelWords),
// make the sum a change's size: "increased the price ... by 0.25 ct".
var moveVerbs = map[string]bool{"rose": true, "fell": true, "gained": true, "lost": true, "dropped": true, "climbed": true,
	"declined": true, "eased": true, "firmed": true, "slipped": true, "jumped": true, "added": true, "shed": true,
	"increased": true, "decreased": true, "raised": true, "lowered": true, "cut": true, "reduced": true, "boosted": true,
	"raises": true, "lowers": true, "cuts": true, "reduces": true, "increases": true, "raising": true, "lowering": true,
	"cutting": true, "reducing": true, "increasing": true, "raise": true, "lower": true, "increase": true, "reduce": true,
	"up": true, "down": true, "off": true}

// levelWords, between a verb of a move and a sum, make the sum a level:
// "raised its price to 49 cts", "closed at 18 dlrs".
var levelWords = map[string]bool{"to": true, "at": true, "from": true, "was": true, "is": true, "were": true,
	"are": true, "be": true, "reach": true, "reached": true}

// nounWords, one of the two words before a sum, make it a noun's, not a
// verb's: "dropped its 100 dlr a share hostile tender offer", "to raise the
// price of its planned 70 dlr per share offer", "a price of 49 cts".
var nounWords = map[string]bool{"its": true, "the": true, "a": true, "an": true, "their": true, "his": true, "her": true,
	"our": true, "of": true}

// sizeNouns, just after a sum ("the 0.50 cent increase", "a 0.25 cent
// price hike"), make the sum a change's size.
var sizeNouns = map[string]bool{"increase": true, "increases": true, "hike": true, "hikes": true, "rise": true,
	"cut": true, "cuts": true, "reduction": true, "reductions": true, "decrease": true, "drop": true, "fall": true,
	"gain": true, "decline": true, "jump": true, "advance": true}

// moveRole returns whether claim c, a sum of or moving a price (isPriced,
// priced(c)), is a level or a change's size (see changeSize), or 0 for
// any other.
func moveRole(c *factcheck.Claim, isPriced bool) uint8 {
	if c.Kind != factcheck.Money || c.EndValue != nil || !isPriced {
		return 0
	}
	ws := wordsBefore(c, 160)
	if n := len(ws); n > 1 && ws[n-1] == "of" && sizeNouns[ws[n-2]] {
		return changeSize // "a rise of more than 20 cts"
	}
	if n := len(ws); n > 1 && !levelWords[ws[n-1]] && !nounWords[ws[n-1]] && !nounWords[ws[n-2]] {
		// "increased the price it charges ... by 0.25 ct a gallon",
		// "increased the price it charges ... in New York harbor 0.50 cent
		// a gallon": a verb of a move before the sum, and no "to" or "at"
		// of a level between
		for d := 1; d <= n && d <= 20 && !levelWords[ws[n-d]]; d++ {
			if moveVerbs[ws[n-d]] {
				return changeSize
			}
		}
	}
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return levelFigure
	}
	rest := c.Sentence[end:]
	if k := strings.IndexAny(rest, ",.;:()"); k >= 0 {
		rest = rest[:k]
	}
	wa := words(rest)
	for k, w := range wa {
		if k > 3 {
			break
		}
		if sizeNouns[w] {
			return changeSize // "the 0.50 cent a gallon increase"
		}
	}
	if len(wa) >= 2 && wa[0] == "to" && wa[1] != "" && wa[1][0] >= '0' && wa[1][0] <= '9' && (len(ws) == 0 || ws[len(ws)-1] != "from") {
		return changeSize // "RAISES CRUDE 32 CTS TO 18 DLRS", "rose 5/8 to 27" (but "from 100 dlrs to 110 dlrs" are two levels)
	}
	return levelFigure
}

// priced reports whether claim c is or moves a price: its sentence names
// one ("price", "prices") or a market's close ("closed at", "ended
// up", "stock ... trading"), or a unit it is a price of follows it ("0.50
// cent a gallon", "2 dlrs per share"). A cut of a budget by a sum is a
// sum of its own, the same as "a package of" that sum.
func priced(c *factcheck.Claim) bool {
	ws := words(c.Sentence)
	traded, stock := false, false
	for k, w := range ws {
		switch w {
		case "price", "prices":
			return true
		case "closed", "traded", "opened", "finished", "ended":
			traded = traded || k+1 < len(ws) && (ws[k+1] == "at" || ws[k+1] == "up" || ws[k+1] == "down")
		case "stock", "shares":
			stock = true
		}
	}
	if traded || stock && slices.Contains(ws, "trading") {
		return true // a stock's close and its move: "Gencorp closed at 114-1/4, up 1-5/8", "GenCorp stock closed yesterday in composite tape trading at 90.50 dlrs a share, up two dlrs"
	}
	wa := wordsAfter(c, 20)
	return len(wa) >= 2 && (wa[0] == "a" || wa[0] == "per") && wa[1] != "year" && wa[1] != "month"
}
