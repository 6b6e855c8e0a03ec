// Package group puts together the claims about the same fact, across
// articles and within one, and proposes verdicts from each group: a claim
// superseded by a newer one of its group, or disputed by claims that state
// another value for the same time. Group is the entry point; it is a pure
// function of the claims and the articles' publication dates, and its
// rules (with extraction's) are numbered by factcheck.RulesVersion.
//
// Grouping puts together the claims about the same fact: claims of the same
// story (articles that share their names: people, places, organisations),
// of compatible kind and unit, whose subject or surrounding event names the
// same concept; a percentage's concept is the phrase it modifies or is
// "of" ("a 275 pct pay increase", "pay rises of up to 180 pct": see
// measures.go). Ordinals also need the same value ("second visit" and
// "sixth visit" are two trips). Dates that share no concept join a date of
// the same value in the same article. Claims with a specific subject and no
// concept join others of that subject only when their sentences share
// words. Whatever their concept, claims of related articles join when they
// state the same value (or one rounds the other: "29%", "28.9%") in the
// same context, reports of one story that state the same value whatever
// their words (but ranks and counts under ten; a sum in the dollar only
// its dateline names is a US dollar's too), reports of any stories
// that retell one passage (and the figures of one place in a passage a
// story's reports of one day retell, whatever their values: a report
// corrected), or the age of the same person; a specific figure of one
// concept joins its value in any article that shares a name; so do the currency
// conversions of amounts grouped (see conversions.go), the two figures of a
// change (changes.go), and the counts of one thing that moved between a
// story's reports ("158 ships", "more than 170 ships"), and the sums of
// one frame (a bid, a stock's price, a currency's rate: frames.go) that moved between them,
// one value at a time; a stock's price is never a bid; and the
// percentages of one economic indicator, place and period (growth,
// inflation, unemployment, interest rates: indicators.go), and a series'
// change of one month revised from release to release (a category's
// orders, shipments: series.go). Figures of a
// sentence dated to another year than its article's are another fact.
package group

import (
	"cmp"
	"maps"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/internal/calendar"
	"github.com/factcheck/factcheck/factcheck/internal/lexicon"
)

// A Placement is where Group puts one claim.
type Placement struct {
	Group      string                // shared by every claim about the same thing
	Suggestion *factcheck.Suggestion // nil when there is nothing to propose
}

// Group puts the claims about the same thing together, across articles and
// within one, and proposes verdicts. published maps an article's base name
// to its publication date ("YYYY-MM-DD", "--MM-DD" or ""). names maps an
// article to its NamesOfText; an article it lacks (names may be nil) is
// named from its claims given (Names), which must then be all of them,
// one after the other. Given its articles' names, Group may be run on some of a store's
// claims: those of the articles a new article relates to, with their
// groups (see Related). The result has one Placement for each claim, in
// order; a claim alone has a group of its own, named after it.
func Group(claims []factcheck.Claim, published map[string]string, names map[string][]string) []Placement {
	g := newGrouper(claims, published, names)
	g.link()
	return g.placements()
}

// grouper holds the state of one grouping.
type grouper struct {
	claims []factcheck.Claim
	feats  []feature
	parent []int
	size   []int                    // claims in each root's group
	next   []int                    // the members of a group in a ring: i, next[i], ... back to i
	asOf   []calendar.Date          // when each claim's figure held: a date in its sentence, else its article's date
	dated  map[string]calendar.Date // each article's date, when known
	week   []string                 // the week each claim's sentence dates it to (weekOf), kept for each group at its root
	period []string                 // the quarter of a year, month or season each claim's clause dates it to (quarterOf, monthPeriod, seasonAfter), kept so too
	owner  []string                 // the company whose own figure each claim is (ownerOf), kept so too
	move   []uint8                  // whether each group holds levels, changes' sizes or both (moveRole), kept so too
	// moveDay holds the date of the articles of each group's changes'
	// sizes, kept at its root: moves reported on two days are two moves
	// ("raised ... by 0.50 cent" on March 6 and again on April 2).
	moveDay []calendar.Date
	names   map[string][]string // each article's most frequent names, sorted (see linkSameValues)
	story   map[string]int      // each article's story (see storiesOf)
	// firstCompared holds, for each article, the start of its first
	// sentence that compares a figure after "from" with another period's
	// (periodsComparedBefore), read once.
	firstCompared map[string]int
	// newerOf maps the older figure of a change stated in one sentence
	// to the newer (see linkChanges).
	newerOf map[int]int
	// converted holds the sums of money in brackets that convert the
	// amount before them (see conversionSets).
	converted map[int]bool
	// convertedFrom maps each conversion to the amount it converts.
	convertedFrom map[int]int
	// readings holds the readings of rates of exchange linkRates joined:
	// a market's, which moves from hour to hour.
	readings map[int]bool
	// What contexts weigh (see weigh): the claims' sentences, the
	// sentences each word is in, and each claim's context, read once.
	sentences int
	df        map[string]int
	ctx       []map[string]bool // by claim; nil until read
	// past holds, for each claim asked, whether its sentence calls its
	// figure past (isPast): 0 not yet read, 1 no, 2 yes.
	past []int8
	// periods holds, for each count asked, its reporting period
	// (reportingPeriod) once read; nil until one is asked.
	periods []*string
	// ofPastMonth marks the claims said of a month before their article's
	// (pastMonth): figures of their time, like those called past.
	ofPastMonth []bool
	// sentNames holds each claim's sentenceNames once read (nil: not yet).
	sentNames [][]string
	// targets holds each story's targets of bids (see bidTargets), and
	// bidders each bid's names once read (see biddersOf; nil: not yet).
	targets map[int]map[string]bool
	bidders [][]string
}

// feature is what grouping knows of a claim.
type feature struct {
	key      string    // claims with the same key are about the same thing; "" for none
	head     string    // a specific subject without concept, for context matching
	counted  string    // a count's specific subject within its story, concept or not (see sameCountMoved)
	concept  string    // the concept of the key, or ""
	running  bool      // an ordinal that counts the days (weeks...) of something running: it moves
	frame    string    // what a sum of money is the price of (see frameOf), or ""
	supposed bool      // a sum supposed or thought, not reported (see supposedSum)
	pred     string    // what a rank is for: the verb of "the first woman to win a title" (see rankedFor)
	ind      indicator // the economic indicator a percentage states (see indicatorOf)
	series   indicator // the series whose month's change a percentage states (see seriesIndicatorOf)
	deadline bool      // a date something expires on or was extended to (see isDeadline)
}

// runningUnits are the subjects of ordinals that count how long something
// has run: "the strike entered its tenth day".
var runningUnits = map[string]bool{"day": true, "week": true, "month": true, "year": true}

// rankedFor returns the verb that says what an ordinal ranks, just after
// its noun and "to" (or "in history to", "ever to"): "win" of "the first
// Indian woman to win a WTA title",
// "reach" of "the first Indian woman to reach the third round" (two
// firsts); "" when none follows ("her first Grand Slam title since
// 2003").
func rankedFor(c *factcheck.Claim) string {
	end := c.End - c.SentenceStart
	if end < 0 || end > len(c.Sentence) {
		return ""
	}
	ws := strings.Fields(c.Sentence[end:min(len(c.Sentence), end+80)])
	for k := 0; k+1 < len(ws) && k < 3; k++ {
		if k > 0 && ws[0] != "ever" && ws[0] != "in" {
			break // "for the second time in a month to try to": a purpose, no rank's
		}
		if trimPunct(ws[k]) != "to" || trimPunct(ws[k]) != ws[k] {
			continue
		}
		v := trimPunct(ws[k+1])
		if v == "" || isName(v) || v[0] < 'a' || v[0] > 'z' {
			return "" // "his second visit to Israel": a place, no verb
		}
		if id := lexicon.Lookup(v); id != 0 && lexicon.At(id).Cat&(lexicon.Determiner|lexicon.Cardinal) != 0 {
			return "" // "the second visit to the region"
		}
		return v
	}
	return ""
}

// hyphenedUnit reports whether text, a duration's, ends in its unit joined
// by a hyphen, as an adjective: "seven-year", "two-week".
func hyphenedUnit(text string) bool {
	k := strings.LastIndexByte(text, '-')
	if k < 0 {
		return false
	}
	id := lexicon.Lookup(text[k+1:])
	return id != 0 && lexicon.At(id).Cat&lexicon.Duration != 0
}

// agedEvent returns what a duration written as an age is the age of: the
// head of the noun phrase after "three-day-old" or "week-long" ("strike"
// in "a three-day-old national strike by"), or after "two-week" when that
// is an event that runs until it ends (runningEvents: "the two-week
// strike", "the seven-year war"; but "a two-year ban" is a length), or "".
func agedEvent(c *factcheck.Claim) string {
	adjective := hyphenedUnit(c.Text)
	if !strings.HasSuffix(c.Text, "-old") && !strings.HasSuffix(c.Text, "-long") && !adjective {
		return ""
	}
	rel := c.End - c.SentenceStart
	if rel < 0 || rel > len(c.Sentence) {
		return ""
	}
	after := c.Sentence[rel:min(len(c.Sentence), rel+80)]
	if k := strings.IndexAny(after, ",;:.()"); k >= 0 {
		after = after[:k]
	}
	head := ""
	for k, w := range words(after) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if k >= 4 || strings.HasSuffix(w, "ed") || w == "" {
			break
		}
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner) != 0 {
			break
		}
		head = singular(w)
	}
	if adjective && !runningEvents[head] {
		return ""
	}
	return head
}

// runningEvents are the events whose length, said as an adjective, is
// their age: "the two-week strike" is "20 days old" a week on.
var runningEvents = map[string]bool{"strike": true, "war": true, "conflict": true, "siege": true, "dispute": true,
	"stoppage": true, "walkout": true, "occupation": true, "standoff": true, "blockade": true, "boycott": true,
	"lockout": true, "crisis": true, "insurgency": true, "uprising": true, "revolt": true, "stalemate": true}

func newGrouper(claims []factcheck.Claim, published map[string]string, names map[string][]string) *grouper {
	claims = spelledOut(claims)
	g := &grouper{claims: claims, feats: make([]feature, len(claims)), parent: make([]int, len(claims)), newerOf: map[int]int{}, converted: map[int]bool{}, convertedFrom: map[int]int{}}
	g.names = make(map[string][]string, len(names))
	for lo := 0; lo < len(claims); {
		doc := claims[lo].Doc
		hi := lo + 1
		for hi < len(claims) && claims[hi].Doc == doc {
			hi++
		}
		if ns, ok := names[doc]; ok {
			g.names[doc] = ns
		} else if _, ok := g.names[doc]; !ok {
			g.names[doc] = Names(claims[lo:hi])
		}
		lo = hi
	}
	docDates := articleDates(published)
	g.dated = docDates
	g.story = storiesOf(g.names, signatures(claims), eras(claims, docDates))
	g.asOf = make([]calendar.Date, len(claims))
	g.week = make([]string, len(claims))
	g.period = make([]string, len(claims))
	g.owner = make([]string, len(claims))
	g.move = make([]uint8, len(claims))
	g.size = make([]int, len(claims))
	g.next = make([]int, len(claims))
	for i := range claims {
		g.parent[i], g.size[i], g.next[i] = i, 1, i
		g.asOf[i] = docDates[claims[i].Doc]
	}
	// features on every core: each claim's is its own
	months := make([]string, len(claims))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	chunk := (len(claims) + workers - 1) / workers
	for lo := 0; lo < len(claims); lo += chunk {
		hi := min(lo+chunk, len(claims))
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				g.feats[i] = featureOf(&claims[i], g.story[claims[i].Doc])
				g.week[i] = weekOf(&claims[i])
				g.owner[i] = ownerOf(&claims[i])
				c := &claims[i]
				isPriced := (c.Kind == factcheck.Money || c.Kind == factcheck.Count || c.Kind == factcheck.Measure) && priced(c)
				g.move[i] = moveRole(c, isPriced)
				if namesQuarter(c.Sentence) {
					g.period[i] = quarterOf(c)
				}
				if g.period[i] == "" && ((c.Kind == factcheck.Money || c.Kind == factcheck.Count || c.Kind == factcheck.Measure) && !isPriced || c.Kind == factcheck.Percent && monthsChange(c)) {
					months[i] = figureMonth(c) // a flow's month, or a month's change: a price or a rate is one running figure from month to month
					if months[i] == "" && c.Kind == factcheck.Percent {
						months[i] = monthOfSubject(c) // "The revised adjusted January index was down 0.5 pct"
					}
				}
				if g.period[i] == "" && months[i] == "" && c.Kind != factcheck.Date && c.Kind != factcheck.Ordinal {
					if s := seasonAfter(c); s != "" {
						g.period[i] = "season " + s // a crop's or a season's figure, a price or a yield too
					}
				}
			}
		})
	}
	wg.Wait()
	g.reportWeeks()
	latest := latestYears(claims, docDates)
	for i, m := range months {
		if m != "" {
			g.period[i] = monthPeriod(m, docDates[claims[i].Doc], latest[claims[i].Doc])
		}
	}
	g.lastYears()
	g.leadMonths(docDates, latest)
	g.sentenceDates()
	g.otherTimes(latest)
	g.moveDay = make([]calendar.Date, len(claims))
	for i, m := range g.move {
		if m == changeSize && g.feats[i].series.period == "" {
			g.moveDay[i] = docDates[claims[i].Doc] // but a series' change is of its month
		}
	}
	g.targets = g.bidTargets()
	return g
}

// otherTimes sets apart the figures of sentences of another time than
// their article's: dated to another year (a 2004 disaster's toll and "the
// 1998 hurricane killed 10,000" quoted beside it are two facts whatever
// their words; an article's year is its publication's, else the latest
// year it names), or telling of an earlier event (earlierEvent: "Two people
// were killed in a previous explosion and fire at the plant on March 13"
// beside a report's "killing one man" are two tolls, not one that moved).
func (g *grouper) otherTimes(latest map[string]int) {
	for i := 0; i < len(g.claims); {
		j, year := i, 0
		for j < len(g.claims) && g.claims[j].Doc == g.claims[i].Doc && g.claims[j].SentenceStart == g.claims[i].SentenceStart {
			if y := yearOf(&g.claims[j]); y > year && !startDate(&g.claims[j]) {
				year = y
			}
			j++
		}
		era := ""
		if year != 0 && year != latest[g.claims[i].Doc] {
			era = "|" + strconv.Itoa(year)
		}
		if earlierEvent(g.claims[i].Sentence) {
			era += "|earlier"
		}
		if era != "" {
			for k := i; k < j; k++ {
				if f := &g.feats[k]; g.claims[k].Kind != factcheck.Date {
					f.key, f.head, f.counted = suffixed(f.key, era), suffixed(f.head, era), suffixed(f.counted, era)
				}
			}
		}
		i = j
	}
}

// latestYears returns each article's year: its publication's, else the
// latest year its claims name.
func latestYears(claims []factcheck.Claim, docDates map[string]calendar.Date) map[string]int {
	latest := map[string]int{}
	for i := range claims {
		c := &claims[i]
		if y := docDates[c.Doc].Y; y != 0 {
			latest[c.Doc] = y
		} else if y := yearOf(c); y > latest[c.Doc] {
			latest[c.Doc] = y
		}
	}
	return latest
}

// earlierEvent reports whether sentence s names an earlier event of its
// kind: "previous", "earlier" or "prior" before an event's noun, one
// word between at most ("in an earlier incident", "a previous fatal
// explosion").
func earlierEvent(s string) bool {
	if !strings.Contains(s, "previous") && !strings.Contains(s, "earlier") && !strings.Contains(s, "prior") {
		return false
	}
	ws := words(s)
	for k, w := range ws {
		if w != "previous" && w != "earlier" && w != "prior" {
			continue
		}
		for d := 1; d <= 2 && k+d < len(ws); d++ {
			if pastEvents[singular(ws[k+d])] {
				return true
			}
		}
	}
	return false
}

// pastEvents are the nouns of events a report may recall beside its own.
var pastEvents = map[string]bool{"explosion": true, "blast": true, "fire": true, "incident": true, "accident": true,
	"attack": true, "crash": true, "earthquake": true, "quake": true, "flood": true, "storm": true, "disaster": true,
	"bombing": true, "shooting": true, "spill": true, "collapse": true, "derailment": true, "outbreak": true}

// yearOf returns the year a date claim names, or 0.
func yearOf(c *factcheck.Claim) int {
	if c.Kind != factcheck.Date || len(c.Value.Date) < 4 || c.Value.Date[0] == '-' {
		return 0
	}
	y, _ := strconv.Atoi(c.Value.Date[:4])
	return y
}

// suffixed appends suffix to a non-empty key.
func suffixed(key, suffix string) string {
	if key == "" {
		return ""
	}
	return key + suffix
}

// featureOf computes the grouping key of c within its story.
func featureOf(c *factcheck.Claim, story int) feature {
	var concept, head string
	if c.Kind == factcheck.Count || c.Kind == factcheck.Ordinal {
		concept, head = subjectConcept(c.Subject)
	}
	if c.Kind == factcheck.Count {
		if p := predicateConcept(c.Sentence, c.End-c.SentenceStart); p != "" {
			concept = p // "and 160 were missing", whatever the subject read back ("confirmed dead")
		}
	}
	if m := measuredPhrase(c); m != "" {
		concept, head = "measure", m // "a 275 pct pay increase", "pay rises of up to 180 pct"
	}
	if concept == "" && c.Kind != factcheck.Percent && c.Kind != factcheck.Money {
		// a share or a sum is of what its phrase names, not of the event
		// near it: "holder of 15 pct, did not return calls" is no visit
		rel := c.Start - c.SentenceStart
		concept = eventConcept(c.Sentence, rel, rel+len(c.Text), c.Kind)
	}
	if r := dateRole(c); r != "" {
		concept = r // "set as the record date for the special meeting"
	}
	unit := c.Unit
	if c.Kind == factcheck.Duration {
		unit = "" // "week-old" and "13-day-old": one age in two units
		if event := agedEvent(c); event != "" {
			concept, head = "age", event
		}
	}
	prefix := strconv.Itoa(story) + "|" + string(c.Kind) + "|" + unit + "|"
	f := feature{frame: frameOf(c), supposed: supposedSum(c), ind: indicatorOf(c), deadline: isDeadline(c)}
	if f.ind.name == "" {
		f.series = seriesIndicatorOf(c)
	}
	if c.Kind == factcheck.Ordinal {
		if title := chartTitle(c); title != "" {
			f.running = true // "Jailhouse Rock at number 37" after "number one": one place that moves
			concept, head = "chart position", title
		} else if runningUnits[head] {
			f.running = true // "ENTERS THIRD DAY", "INTO FIFTH DAY": one count that runs
		} else {
			f.pred = rankedFor(c)
			prefix += c.Value.String() + "|" + f.pred + "|"
		}
	}
	if c.Kind == factcheck.Count && head != "" {
		f.counted = prefix + head
	}
	if y := yearOf(c); y != 0 {
		prefix += strconv.Itoa(y) + "|" // the 2016 and 2020 elections are two
	}
	if (c.Kind == factcheck.Percent || c.Kind == factcheck.Money) && demanded(c) {
		prefix += "demanded|" // "seeking a 275 pct pay rise" is no rise agreed
	}
	switch {
	case concept != "":
		f.key, f.concept = prefix+concept+"|"+head, concept
	case head != "" && c.Kind != factcheck.Date:
		f.head = prefix + head
	}
	return f
}

func (g *grouper) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// inOrder returns the keys of m sorted: links are made bucket by bucket in
// this order, never in a map's, since joins are capped (maxJoined) and
// their order decides the groups. Grouping the same claims twice gives the
// same groups.
func inOrder[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// buckets are claims by key, their keys in the order first met, which is
// the claims' order: as inOrder, with no sort of many keys. A key is a
// value's bucket (its kind, unit and value) and what narrows it: a story,
// a name of the article or any article; each is a string numbered once
// (id), so that a claim goes in a bucket for each of its article's names
// with no string hashed for it. Most keys hold one claim, so a key's
// claims are a list through one array, not a slice of its own.
type buckets struct {
	ids   map[string]int32 // the number of each value and narrowing string
	m     map[uint64]int32 // a key's index in keys
	keys  []uint64         // a value's id, then its narrowing's
	first []int32          // each key's first entry, in keys' order
	last  []int32          // each key's last entry
	size  []int32          // each key's claims
	claim []int32          // each entry's claim
	next  []int32          // the entry after each in its key's list, or -1
}

// newBuckets returns buckets with room for about n keys.
func newBuckets(n int) *buckets {
	return &buckets{ids: map[string]int32{}, m: make(map[uint64]int32, n)}
}

// id returns the number of the value or narrowing string s.
func (b *buckets) id(s string) int32 {
	n, ok := b.ids[s]
	if !ok {
		n = int32(len(b.ids))
		b.ids[s] = n
	}
	return n
}

// add puts claim i in the bucket of the value numbered value narrowed by
// the string numbered of (id).
func (b *buckets) add(value, of int32, i int) {
	k := uint64(uint32(value))<<32 | uint64(uint32(of))
	e := int32(len(b.claim))
	b.claim, b.next = append(b.claim, int32(i)), append(b.next, -1)
	at, ok := b.m[k]
	if !ok {
		b.m[k] = int32(len(b.keys))
		b.keys = append(b.keys, k)
		b.first, b.last, b.size = append(b.first, e), append(b.last, e), append(b.size, 1)
		return
	}
	b.next[b.last[at]], b.last[at] = e, e
	b.size[at]++
}

// narrowing returns the number of the string that narrows the key at
// index at in keys.
func (b *buckets) narrowing(at int) int32 { return int32(uint32(b.keys[at])) }

// members appends the claims of the key at index at in keys to ms, in the
// order added, and returns it.
func (b *buckets) members(at int, ms []int) []int {
	for e := b.first[at]; e >= 0; e = b.next[e] {
		ms = append(ms, int(b.claim[e]))
	}
	return ms
}

// maxJoined bounds the groups that claims join by their values and words
// (the same value in the same context, a rounding, a change, a count that
// moved): each link is likely, but a chain of them through a news archive
// makes one group of hundreds of unrelated percentages. Claims of one
// concept ("deaths") join whatever their number (unionAll).
const maxJoined = 50

// union joins the groups of claims a and b, unless together they would
// hold more than maxJoined claims or two values of one sentence
// (sentenceClash).
func (g *grouper) union(a, b int) {
	ra, rb := g.find(a), g.find(b)
	if g.mayJoin(ra, rb) && !g.weeksApart(ra, rb) && !g.quartersApart(ra, rb) && !g.ownersApart(ra, rb) && !g.monthUnsaid(ra, rb, a, b) {
		g.merge(ra, rb)
	}
}

// mayJoin reports whether the groups of roots ra and rb may be one
// whatever their periods: two groups, of maxJoined claims at most together,
// with no two values of one sentence (sentenceClash) and no level beside a
// change's size (movesClash).
func (g *grouper) mayJoin(ra, rb int) bool {
	return ra != rb && g.size[ra]+g.size[rb] <= maxJoined && !g.sentenceClash(ra, rb) && !g.movesClash(ra, rb)
}

// unionLevels joins the groups of claims a and b, two levels of one
// quantity reported week by week (linkRetold's bulletins), as union does
// but across weeks and months: a stock's level is one figure changing,
// however its weeks part it.
func (g *grouper) unionLevels(a, b int) {
	if ra, rb := g.find(a), g.find(b); g.mayJoin(ra, rb) {
		g.merge(ra, rb)
	}
}

// movesClash reports whether the groups of roots ra and rb would hold
// both a level and a change's size (see moveRole), or the sizes of
// changes reported more than a day apart (a move announced "effective
// tomorrow" is told again the next day).
func (g *grouper) movesClash(ra, rb int) bool {
	var none calendar.Date
	return g.move[ra]|g.move[rb] == levelFigure|changeSize ||
		g.moveDay[ra] != none && g.moveDay[rb] != none && abs(g.moveDay[ra].Rough()-g.moveDay[rb].Rough()) > 1
}

// weeksApart reports whether the groups of roots ra and rb hold figures of
// two weeks (weekOf).
func (g *grouper) weeksApart(ra, rb int) bool {
	return g.week[ra] != "" && g.week[rb] != "" && g.week[ra] != g.week[rb]
}

// quartersApart reports whether the groups of roots ra and rb hold figures
// of two quarters of a year (quarterOf) or two months (figureMonth): "0.6 pct
// in the July/September quarter" and "0.6 pct in October/December" are
// two facts, as are "4.9 billion marks" of January and "6.6 billion marks
// in February", as a figure said of no period between them does not join.
func (g *grouper) quartersApart(ra, rb int) bool {
	return g.period[ra] != "" && g.period[rb] != "" && g.period[ra] != g.period[rb]
}

// monthUnsaid reports whether claims a and b, of roots ra and rb, differ
// in value and one group's figures are of a month (figureMonth) or a
// season (seasonAfter) and the other's of none: "157,000 new jobs were
// added last month" is no change of "146,000 jobs in January", though it
// may be the same value said of December; "1.38 gallons per box from the
// 1985/86 crop" none of "1.46 gallons per box previously".
func (g *grouper) monthUnsaid(ra, rb, a, b int) bool {
	pa, pb := g.period[ra], g.period[rb]
	dated := func(p string) bool { return strings.Contains(p, "-") || strings.HasPrefix(p, "season ") }
	return (dated(pa) || dated(pb)) && (pa == "") != (pb == "") && g.claims[a].Value != g.claims[b].Value
}

// namesQuarter reports whether sentence s may name a quarter or a half of
// a year (quarterOf): the word "quarter", "three months", "half" or two
// months joined ("October/December").
func namesQuarter(s string) bool {
	if strings.Contains(s, "quarter") || strings.Contains(s, "three months") || strings.Contains(s, " half") {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '/' && s[i] != '-' || i == 0 || !isLetter(s[i-1]) {
			continue
		}
		a := i - 1
		for a > 0 && isLetter(s[a-1]) {
			a--
		}
		b := i + 1
		for b < len(s) && isLetter(s[b]) {
			b++
		}
		if monthPairQuarter(s[a:b]) != "" {
			return true
		}
	}
	return false
}

// isLetter reports whether b is an ASCII letter.
func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// weekOf returns the week that claim c's sentence dates its figures to,
// "february 16" of "rose 2.1 billion dlrs ... in the February 16 week" or
// of "in the week ended February 16": a weekly statistic's figure is of
// its week, and the figures of two weeks are two facts, however alike
// their words. A flow's figure said of the week before ("rose to 341,000
// in the week ended March 14 from 340,000 in the prior week") is of the
// week seven days earlier, "march 7" (but not a stock's, see heldStock).
// It returns "" when the sentence names no such week.
func weekOf(c *factcheck.Claim) string {
	if !strings.Contains(c.Sentence, "week") {
		return ""
	}
	fs := strings.Fields(c.Sentence)
	for k := 0; k+2 < len(fs); k++ {
		month, day := "", ""
		switch {
		case isMonth(fs[k]) && strings.HasPrefix(fs[k+2], "week") && isDay(fs[k+1]):
			month, day = fs[k], fs[k+1] // "the February 16 week"
		case k+3 < len(fs) && strings.HasPrefix(fs[k], "week") && (fs[k+1] == "ended" || fs[k+1] == "ending") && isMonth(fs[k+2]):
			month, day = fs[k+2], trimPunct(fs[k+3]) // "the week ended March 2"
		default:
			continue
		}
		m := monthNumber(strings.Trim(month, ".,"))
		d, err := strconv.Atoi(day)
		if m == 0 || err != nil || d < 1 {
			return strings.ToLower(month + " " + day)
		}
		if priorWeek(c) && !heldStock(c.Sentence) {
			m, d = weekBefore(m, d)
		}
		return weekName(m, d)
	}
	return ""
}

// weekName names the week of day d of month m as weekOf does: "february
// 28", whether the text wrote "Feb 28" or "February 28".
func weekName(m, d int) string {
	return strings.ToLower(time.Month(m).String() + " " + strconv.Itoa(d))
}

// weekBefore returns the month and day seven days before day d of month
// m, in a year of 365 days: weekly statistics are rarely dated February
// 29.
func weekBefore(m, d int) (int, int) {
	if d -= 7; d < 1 {
		m = (m+10)%12 + 1
		d += calendar.DaysIn(m, 1987)
	}
	return m, d
}

// reportWeeks dates the figures of a weekly report's sentences that say
// "week" but name no date to the week the report's article names
// elsewhere ("rose ... to a seasonally adjusted 736.7 billion dlrs in the
// February 16 week"): in "The previous week's M-1 level was revised to
// 734.6 billion dlrs from 734.2 billion dlrs, while the four-week moving
// average of M-1 rose to 735.0 billion dlrs from 733.5 billion", the
// revised level's two figures are of the week before (February 9), the
// average's of the report's week and, the older of its change, of the
// week before. A length of time is of no week ("four-week"), and an
// article that names two weeks dates none so.
func (g *grouper) reportWeeks() {
	for lo := 0; lo < len(g.claims); {
		doc := g.claims[lo].Doc
		hi, week, weeks := lo, "", 0
		for ; hi < len(g.claims) && g.claims[hi].Doc == doc; hi++ {
			if w := g.week[hi]; w != "" && w != week {
				week, weeks = w, weeks+1
			}
		}
		if weeks == 1 {
			month, day, _ := strings.Cut(week, " ")
			m := monthNumber(month)
			d, err := strconv.Atoi(day)
			if m != 0 && err == nil {
				pm, pd := weekBefore(m, d)
				for i := lo; i < hi; i++ {
					c := &g.claims[i]
					if g.week[i] != "" || c.Kind == factcheck.Date || c.Kind == factcheck.Ordinal || c.Kind == factcheck.Duration || !strings.Contains(c.Sentence, "week") {
						continue
					}
					if changedFrom(c) || previousWeekClause(c) {
						g.week[i] = weekName(pm, pd)
					} else {
						g.week[i] = week
					}
				}
			}
		}
		lo = hi
	}
}

// previousWeekClause reports whether the clause of claim c says its figure
// is the previous week's ("The previous week's M-1 level was revised to
// 734.6 billion dlrs"): "previous week's" or "prior week's" among the
// words before it, back to a word that opens another clause.
func previousWeekClause(c *factcheck.Claim) bool {
	ws := wordsBefore(c, 120)
	for k := len(ws) - 1; k > 0; k-- {
		if clauseJoins[ws[k]] {
			return false
		}
		if ws[k] == "week's" && (ws[k-1] == "previous" || ws[k-1] == "prior") {
			return true
		}
	}
	return false
}

// heldStock reports whether sentence s is about a stock held ("stocks",
// "inventories", "reserves"): a level, one fact from week to week (API
// distillate "stocks ... fell ... in the week ended Feb 27 to 127.10 mln
// barrels from 131.50 mln the previous week"), where a week's flow
// ("New applications ... rose to 341,000 in the week ended March 14 from
// 340,000 in the prior week") is a fact of its week.
func heldStock(s string) bool {
	for _, w := range words(s) {
		switch w {
		case "stocks", "inventories", "reserves", "holdings":
			return true
		}
	}
	return false
}

// priorWeek reports whether the words after claim c say it is of the week
// before its sentence's: "from 340,000 in the prior week", "the previous
// week", "a week earlier".
func priorWeek(c *factcheck.Claim) bool {
	ws := wordsAfter(c, 30)
	ws = ws[:min(len(ws), 4)]
	for k := 0; k+1 < len(ws); k++ {
		if (ws[k] == "prior" || ws[k] == "previous") && ws[k+1] == "week" || ws[k] == "week" && (ws[k+1] == "earlier" || ws[k+1] == "before") {
			return true
		}
	}
	return false
}

// isDay reports whether w is a day of the month in digits, "16".
func isDay(w string) bool {
	d, err := strconv.Atoi(w)
	return err == nil && d >= 1 && d <= 31
}

// joinChange joins the two figures of a change one sentence states ("to
// 110 dlrs from 100 dlrs"), unless together their groups would hold more
// than maxJoined claims or figures of two weeks: the one join of two
// values of one sentence.
func (g *grouper) joinChange(a, b int) {
	ra, rb := g.find(a), g.find(b)
	if ra != rb && g.size[ra]+g.size[rb] <= maxJoined && !g.weeksApart(ra, rb) && !g.quartersApart(ra, rb) && !g.ownersApart(ra, rb) && !g.movesClash(ra, rb) {
		g.merge(ra, rb)
	}
}

// sentenceClash reports whether the groups of roots ra and rb hold two
// counts of one sentence that differ: a sentence that gives what it
// counts two values gives two facts ("planned redundancies of 800 ...,
// starting with 350 this year"), unless it states a change (joinChange,
// changedFrom); and so an article that gives two values of one thing
// counted ("will not exceed 10 mln shares", "as many as five mln shares
// each of its class E and class H"), neither of the past ("a bid in March
// 1986 for 33 mln shares" beside the block's 38.1 mln now).
// Sums are left to their frames (frames.go), whose changes a sentence
// may state across a third figure ("to 42.00 dlrs in cash and three dlrs
// in exchangeable preferred stock ... from 41.75 dlrs").
func (g *grouper) sentenceClash(ra, rb int) bool {
	for a := ra; ; {
		for b := rb; ; {
			ca, cb := &g.claims[a], &g.claims[b]
			if ca.Doc == cb.Doc && ca.Kind == factcheck.Count && cb.Kind == factcheck.Count && ca.Value != cb.Value && !changedFrom(ca) && !changedFrom(cb) &&
				(ca.SentenceStart == cb.SentenceStart || g.feats[a].counted != "" && g.feats[a].counted == g.feats[b].counted && g.asOf[a] == g.asOf[b] && !g.isPast(a) && !g.isPast(b)) {
				return true
			}
			if b = g.next[b]; b == rb {
				break
			}
		}
		if a = g.next[a]; a == ra {
			return false
		}
	}
}

// unionAll joins the groups of claims a and b whatever their size.
func (g *grouper) unionAll(a, b int) {
	if ra, rb := g.find(a), g.find(b); ra != rb {
		g.merge(ra, rb)
	}
}

// merge joins two roots, the lower index the root.
func (g *grouper) merge(ra, rb int) {
	if rb < ra {
		ra, rb = rb, ra
	}
	g.parent[rb] = ra
	g.size[ra] += g.size[rb]
	if g.week[ra] == "" {
		g.week[ra] = g.week[rb] // the week of any member, one at most (union)
	}
	if g.period[ra] == "" {
		g.period[ra] = g.period[rb] // so the quarter
	}
	if g.owner[ra] == "" {
		g.owner[ra] = g.owner[rb] // so the company
	}
	g.move[ra] |= g.move[rb]
	if g.moveDay[ra] == (calendar.Date{}) {
		g.moveDay[ra] = g.moveDay[rb]
	}
	g.next[ra], g.next[rb] = g.next[rb], g.next[ra] // one ring of both
}

// maxContextBucket bounds the pairwise sentence comparisons of claims that
// share only a subject.
const maxContextBucket = 200

func (g *grouper) link() {
	byKey := map[string][]int{}
	byHead := map[string][]int{}
	for i, f := range g.feats {
		switch {
		case f.key != "":
			byKey[f.key] = append(byKey[f.key], i)
		case f.head != "":
			byHead[f.head] = append(byHead[f.head], i)
		}
	}
	g.linkHeadlines() // first, so that a headline meets its own lead before other reports' headlines
	for _, k := range inOrder(byKey) {
		g.linkKeyed(byKey[k])
	}
	// pairs of one value first, so that a figure that a sentence gives
	// beside another of its subject (sentenceClash) meets its own value
	// before the other
	pairs := g.similarSentences(byHead)
	slices.SortStableFunc(pairs, func(a, b [2]int) int {
		return cmp.Compare(g.valueDiffers(a), g.valueDiffers(b))
	})
	for _, pair := range pairs {
		if !g.farApart(pair[0], pair[1]) && !g.parallelRows(pair[0], pair[1]) && !g.periodsDiffer(pair[0], pair[1]) {
			g.union(pair[0], pair[1])
		}
	}
	g.linkMovedDurations()
	g.linkSameDayDates()
	g.linkDeadlines()
	g.linkSameValues()
	g.linkMovedCounts()
	g.linkAges()
	g.linkConversions()
	g.linkChanges()
	g.linkPronounRevisions()
	g.linkRetold()
	g.linkMovedSums()
	g.linkMovedShares()
	g.linkOwnedLevels()
	g.linkIndicators()
	g.linkRates()
}

// linkKeyed joins the claims of one key, members in order. Dates join
// those of their value, or of another when one is a deadline or their
// sentences share rare words (minSharedContext): the seeds' garbled "7
// October" for the day passport holders left joins "November 1 and 2",
// but a story's Miami meeting of March 22 is not its New York meeting of
// April 10. Counts join whatever their values (a toll rises from "at
// least six" to "at least 300", the companies settled with strikers from
// two to 22); lengths of
// time only with those of their size: a member joins the first group
// whose span of days it lies within maxSpread of, so that a strike's age
// runs from "three-day-old" to "eight-day-old" to "two-week", but "12
// days" of talks and the "two-year" negotiation, both near "talks", are
// two facts. Figures of two weeks (weekOf) are two facts too.
func (g *grouper) linkKeyed(members []int) {
	if g.claims[members[0]].Kind == factcheck.Date {
		for k, m := range members {
			for _, o := range members[:k] {
				if sameStatedValue(&g.claims[o], &g.claims[m]) || g.feats[o].deadline || g.feats[m].deadline || g.weigh(g.context(o), g.context(m)) >= minSharedContext {
					g.unionAll(o, m)
					break
				}
			}
		}
		return
	}
	if g.claims[members[0]].Kind != factcheck.Duration {
		// one key is one fact, but for the figures of two weeks (weekOf)
		// and the counts of two nations' people (sufferer)
		if !slices.ContainsFunc(members, func(m int) bool { return g.week[m] != "" }) {
			// a sentence that gives a key two values gives two facts
			// ("30 mln dlrs of 14-1/2 pct subordinated notes due 2000 and
			// 35 mln dlrs of 14-3/8 pct subordinated debentures"): the
			// key's figures join by value (counts tell a sentence's two
			// values apart when joined, sentenceClash; a chart's places of
			// two films in one sentence are each film's)
			if k := g.claims[members[0]].Kind; k != factcheck.Count && k != factcheck.Ordinal && g.keyClash(members) {
				firstOf := map[factcheck.Value]int{}
				for _, m := range members {
					if f, ok := firstOf[g.claims[m].Value]; ok {
						g.unionAll(f, m)
					} else {
						firstOf[g.claims[m].Value] = m
					}
				}
				return
			}
			nation := make([]string, len(members))
			byNation := map[string]int{}
			for k, m := range members {
				if nation[k] = placeOf(&g.claims[m]); nation[k] != "" {
					if _, ok := byNation[nation[k]]; !ok {
						byNation[nation[k]] = m
					}
				}
			}
			for k, m := range members[1:] {
				to := members[0]
				if n := cmp.Or(nation[k+1], nation[0]); len(byNation) > 1 && n != "" {
					to = byNation[n]
				}
				g.unionAll(to, m)
			}
			return
		}
		firstOfWeek := map[string]int{}
		for _, m := range members {
			w := g.week[m]
			if f, ok := firstOfWeek[w]; ok && w != "" {
				g.unionAll(f, m)
				continue
			}
			if w != "" {
				firstOfWeek[w] = m
			}
			if r := g.find(members[0]); w == "" || !g.weeksApart(r, m) {
				g.unionAll(members[0], m)
			}
		}
		return
	}
	inDays := func(m int) float64 { return g.claims[m].Value.Num * days[g.claims[m].Unit] }
	g.joinSpans(members, inDays, func(d float64, sp valueSpan) bool {
		if clockReading(d) || clockReading(sp.lo) {
			return d == sp.lo && d == sp.hi // a game clock's readings mark one moment each: "3:23 into the period" is no "1:56 left"
		}
		return d <= 0 || sp.lo <= 0 || d*maxSpread >= sp.lo && d <= sp.hi*maxSpread
	})
}

// clockReading reports whether d, a length of time in days, is under an
// hour and no whole number of minutes: a game clock's reading, "3:23".
func clockReading(d float64) bool {
	s := math.Round(d * 86400)
	return s > 0 && s < 3600 && math.Mod(s, 60) != 0
}

// writtenUnits maps the abbreviations extraction gives as written to the
// unit they abbreviate: "2,000 oz" and "2,000 ounces" are one figure.
var writtenUnits = map[string]string{
	"oz": "ounce", "g/t": "gram per tonne", "x": "times", "milligram": "mg", "nmi": "nautical mile", "kt": "knot",
	"kbps": "kilobit per second", "Mbps": "megabit per second", "Gbps": "gigabit per second",
	"Mbit/s": "megabit per second", "Gbit/s": "gigabit per second", "kbit/s": "kilobit per second",
	"dB": "decibel", "lx": "lux", "mSv": "millisievert", "\u00b5Sv": "microsievert", "uSv": "microsievert",
	"ppm": "part per million", "ppb": "part per billion",
}

// spelledOut returns claims with each measure's unit spelt one way: an
// abbreviation of writtenUnits spelt out, a hyphen as a space (the
// "kilowatt-hours" and "kilowatt hours" of one report are one unit). It
// copies claims when it changes one; the caller's are left as they are.
func spelledOut(claims []factcheck.Claim) []factcheck.Claim {
	out := claims
	for i := range claims {
		if claims[i].Kind != factcheck.Measure {
			continue
		}
		u := claims[i].Unit
		if w, ok := writtenUnits[u]; ok {
			u = w
		}
		u = strings.ReplaceAll(u, "-", " ")
		if u == claims[i].Unit {
			continue
		}
		if &out[0] == &claims[0] {
			out = slices.Clone(claims)
		}
		out[i].Unit = u
	}
	return out
}

// valueSpan is a run of joined figures' values: its first member, and the
// least and the greatest value.
type valueSpan struct {
	first  int
	lo, hi float64
}

// joinSpans joins each of members, in order, to the first span of values
// its value (value) fits (fits), or opens a span of its own.
func (g *grouper) joinSpans(members []int, value func(m int) float64, fits func(v float64, sp valueSpan) bool) {
	var spans []valueSpan
	for _, m := range members {
		v := value(m)
		joined := false
		for k := range spans {
			if sp := &spans[k]; fits(v, *sp) {
				g.unionAll(sp.first, m)
				sp.lo, sp.hi = min(sp.lo, v), max(sp.hi, v)
				joined = true
				break
			}
		}
		if !joined {
			spans = append(spans, valueSpan{m, v, v})
		}
	}
}

// keyClash reports whether two of the claims members, of one key, stand in
// one sentence with two values, neither the older of a change, of one
// period (a month's and a year's are two facts, not a clash).
func (g *grouper) keyClash(members []int) bool {
	type sentence struct {
		doc   string
		start int
	}
	seen := map[sentence]int{} // each sentence's first member
	for _, m := range members {
		c := &g.claims[m]
		k := sentence{c.Doc, c.SentenceStart}
		if o, ok := seen[k]; ok {
			if p := &g.claims[o]; p.Value != c.Value && !changedFrom(p) && !changedFrom(c) && g.period[o] == g.period[m] {
				return true // but "a February budget deficit of 20 billion dlrs, and a fiscal 1987 deficit of 180 billion dlrs" are of two periods
			}
			continue
		}
		seen[k] = m
	}
	return false
}

// valueDiffers is 1 when the claims of pair state two values, else 0.
func (g *grouper) valueDiffers(pair [2]int) int {
	if g.claims[pair[0]].Value != g.claims[pair[1]].Value {
		return 1
	}
	return 0
}

// parallelRows reports whether claims i and j stand in two sentences of
// one article and differ in value, neither sentence telling of an earlier
// report: sentences written alike in one article are a list's rows, each
// of its own thing ("Total U.S. orange crop -- 190,050,000 boxes, vs
// 190,850,000 boxes last month" over "Florida oranges -- 122,900,000
// boxes, vs 124,000,000 last month"), but "Earlier, the company had said
// 44 miners were trapped" retells the 57's.
func (g *grouper) parallelRows(i, j int) bool {
	ci, cj := &g.claims[i], &g.claims[j]
	return ci.Doc == cj.Doc && ci.SentenceStart != cj.SentenceStart && ci.Value != cj.Value && !earlierReport(ci.Sentence) && !earlierReport(cj.Sentence)
}

// earlierReport reports whether sentence s tells of an earlier report:
// "earlier", "previously", "originally", "revised", "had said".
func earlierReport(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"earlier", "previously", "originally", "revised", "had said", "had reported"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// changedFrom reports whether "from" stands just before claim c, the
// older figure of a change its sentence states ("raised its stake to
// 1,489,298 shares, or 16.2 pct from 1,439,498 shares").
func changedFrom(c *factcheck.Claim) bool {
	rel := c.Start - c.SentenceStart
	if rel < 5 || rel > len(c.Sentence) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(c.Sentence[max(0, rel-12):rel], " \n"), "from")
}

// maxSpread is how many times the larger of two figures of one subject in
// similar sentences may be the smaller: "38.5 mln shares" outstanding and
// the "1.9 mln Supermarkets General shares" a bidder holds are two facts.
const maxSpread = 3

// farApart reports whether claims i and j state figures too far apart to be
// one fact moved or rounded (maxSpread).
func (g *grouper) farApart(i, j int) bool {
	ci, cj := &g.claims[i], &g.claims[j]
	if ci.Kind == factcheck.Date || ci.Kind == factcheck.Ordinal || ci.Value.Num <= 0 || cj.Value.Num <= 0 {
		return false
	}
	lo, hi := min(ci.Value.Num, cj.Value.Num), max(ci.Value.Num, cj.Value.Num)
	return hi > lo*maxSpread
}

// A count of one thing that a story follows over days moves: "158 ships"
// idle on the fifth, "160 ships" that evening, "more than 170" four days
// on. Counts of the same specific noun in two related articles are the
// same figure when their values lie within maxMove of each other and
// are large enough (minMoved) that a coincidence is unlikely: "six ships"
// abroad and "158 ships" at home are two figures. They are read after the
// figures of one value (linkSameValues), which are the surer: a day's
// registrations meet the same day's figure in another report before a
// total of other days that lies near it.
const (
	maxMove  = 1.5
	minMoved = 20
)

// linkMovedCounts joins the counts of one subject that moved between
// two articles of a story, unless the events around them differ ("30
// soldiers killed", "30 soldiers hurt"): when their sentences share rare
// words, or each is its article's one count of the subject ("At least 60
// strikes have taken place", then "The government has officially reported
// 70 strikes").
func (g *grouper) linkMovedCounts() {
	byCounted := map[string][]int{}
	perDoc := map[string]int{} // the counts of each subject in each article
	for i, f := range g.feats {
		if f.counted != "" {
			perDoc[f.counted+"|"+g.claims[i].Doc]++
			if g.claims[i].Value.Num >= minMoved {
				byCounted[f.counted] = append(byCounted[f.counted], i)
			}
		}
	}
	g.movedPairs(byCounted, func(i, j int) {
		fi, fj := g.feats[i].concept, g.feats[j].concept
		only := perDoc[g.feats[i].counted+"|"+g.claims[i].Doc] == 1 && perDoc[g.feats[j].counted+"|"+g.claims[j].Doc] == 1
		if (fi == fj || fi == "" || fj == "") && (only || g.weigh(g.context(i), g.context(j)) >= minSharedContext) && !g.periodsDiffer(i, j) {
			g.union(i, j)
		}
	})
}

// A length of time that a story follows runs: "the strikes that have
// disrupted Rotterdam's general cargo sector for the past six weeks", "the
// six-week-old dispute", then "for the past eight weeks" and "two months"
// as the strike goes on. Durations in two related articles, within maxMove
// of each other in days, are one figure that ran when their sentences
// share enough rare words (twice minSharedContext: a length of time is
// said of many things), and the figure joined has one value at a time
// (oneValueAtATime): "price reviews at 12-month intervals instead of the
// 18 at present" are two figures, and the "15 months" agreed later is
// neither. One article may give both, the older called past: "the
// previous agreement had proposed a three-month period" beside the
// revised terms' "six months", within maxSpread of each other.

// linkMovedDurations joins the durations of one thing that ran between
// two articles of a story.
func (g *grouper) linkMovedDurations() {
	byStory := map[string][]int{}
	for i := range g.claims {
		c := &g.claims[i]
		if c.Kind == factcheck.Duration && days[c.Unit] >= 1 && c.EndValue == nil && c.Value.Num > 0 {
			k := strconv.Itoa(g.story[c.Doc])
			byStory[k] = append(byStory[k], i)
		}
	}
	inDays := func(i int) float64 { return g.claims[i].Value.Num * days[g.claims[i].Unit] }
	eachPair(byStory, func(i, j int) {
		lo, hi := min(inDays(i), inDays(j)), max(inDays(i), inDays(j))
		oneDoc := g.claims[i].Doc == g.claims[j].Doc
		reach := maxMove
		if oneDoc {
			reach = maxSpread // an article that calls one past says the other replaced it, however far
		}
		if (!oneDoc || g.isPast(i) != g.isPast(j)) && hi <= lo*reach && g.find(i) != g.find(j) &&
			!namesDisjoint(g.sentenceNamesOf(i), g.sentenceNamesOf(j)) && g.weigh(g.context(i), g.context(j)) >= 2*minSharedContext &&
			g.oneValueAtATime(i, j) {
			g.union(i, j)
		}
	})
}

// movedPairs calls join for each pair of claims of a bucket that may be
// one figure moved between two reports: of two articles, their values
// within maxMove of each other, the names of their sentences not
// disjoint. Buckets are read in their keys' order, those of more than
// maxContextBucket claims not at all.
func (g *grouper) movedPairs(buckets map[string][]int, join func(i, j int)) {
	eachPair(buckets, func(i, j int) {
		ci, cj := &g.claims[i], &g.claims[j]
		lo, hi := min(ci.Value.Num, cj.Value.Num), max(ci.Value.Num, cj.Value.Num)
		if ci.Doc != cj.Doc && hi <= lo*maxMove && !namesDisjoint(g.sentenceNamesOf(i), g.sentenceNamesOf(j)) {
			join(i, j)
		}
	})
}

// eachPair calls f for each pair of claims of a bucket, the buckets read
// in their keys' order, those of more than maxContextBucket claims not at
// all.
func eachPair(buckets map[string][]int, f func(i, j int)) {
	for _, k := range inOrder(buckets) {
		ms := buckets[k]
		if len(ms) > maxContextBucket {
			continue
		}
		for a := range ms {
			for b := a + 1; b < len(ms); b++ {
				f(ms[a], ms[b])
			}
		}
	}
}

// sentenceNamesOf is sentenceNames of claim i's sentence, read once.
func (g *grouper) sentenceNamesOf(i int) []string {
	if g.sentNames == nil {
		g.sentNames = make([][]string, len(g.claims))
	}
	if g.sentNames[i] == nil {
		g.sentNames[i] = append([]string{}, sentenceNames(g.claims[i].Sentence)...) // not nil: read
	}
	return g.sentNames[i]
}

// namesDisjoint reports whether the names of two sentences (sentenceNames),
// na and nb, are both non-empty and share none: "2.8 million DS consoles"
// sold and "three million of the consoles" Sony will ship are two
// products' figures. A name matches another it begins ("Brazil",
// "Brazilian").
func namesDisjoint(na, nb []string) bool {
	if len(na) == 0 || len(nb) == 0 {
		return false
	}
	for _, x := range na {
		for _, y := range nb {
			if x == y || len(x) >= 4 && len(y) >= 4 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x)) {
				return false
			}
		}
	}
	return true
}

// sentenceNames returns the names in sentence s, in lower case: its
// capitalised words (isName; the first only when no common word), and its
// acronyms ("DS"), but a clock's zone ("at midday GMT"), which names no
// one.
func sentenceNames(s string) []string {
	var out []string
	for k, w := range strings.Fields(s) {
		w = trimPunct(w)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		if clockZones[w] {
			continue
		}
		if isName(w) && (k > 0 || lexicon.Lookup(strings.ToLower(w)) == 0) || upperWord(w) && len(w) <= 5 {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// clockZones are the time zones a wire gives its times of day in.
var clockZones = map[string]bool{"GMT": true, "UTC": true, "EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true,
	"MDT": true, "PST": true, "PDT": true, "BST": true, "CET": true}

// similarSentences returns the pairs of claims of one bucket of byHead
// (of up to maxContextBucket claims) whose sentences share enough content
// words, compared on every core.
func (g *grouper) similarSentences(byHead map[string][]int) [][2]int {
	var buckets [][]int
	for _, k := range inOrder(byHead) {
		if members := byHead[k]; len(members) <= maxContextBucket {
			buckets = append(buckets, members)
		}
	}
	workers := runtime.GOMAXPROCS(0)
	found := make([][][2]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := w; k < len(buckets); k += workers {
				members := buckets[k]
				bags := make([]map[string]bool, len(members))
				for i, m := range members {
					bags[i] = contentWords(g.claims[m].Sentence)
				}
				for a := range members {
					for b := a + 1; b < len(members); b++ {
						if jaccard(bags[a], bags[b]) >= 0.3 {
							found[w] = append(found[w], [2]int{members[a], members[b]})
						}
					}
				}
			}
		})
	}
	wg.Wait()
	var pairs [][2]int
	for _, f := range found {
		pairs = append(pairs, f...)
	}
	// in one order whatever the number of cores: joins are capped
	// (maxJoined), so their order decides the groups
	slices.SortFunc(pairs, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return pairs
}

// linkHeadlines joins a figure of a wire's headline, its first line in
// capitals, to the first figure of the same kind, unit and value in its
// article's text: the lead restates the headline ("UNOCAL RAISED CRUDE OIL
// POSTINGS BY 50 CTS/BBL", "Unocal said it raised its postings for crude
// oil by 50 cts a barrel"), whatever other headlines say.
func (g *grouper) linkHeadlines() {
	for lo := 0; lo < len(g.claims); {
		hi := lo + 1
		for hi < len(g.claims) && g.claims[hi].Doc == g.claims[lo].Doc {
			hi++
		}
		for i := lo; i < hi && g.claims[i].SentenceStart == 0 && headline(&g.claims[i]); i++ {
			c := &g.claims[i]
			for j := i + 1; j < hi; j++ {
				o := &g.claims[j]
				if o.SentenceStart != 0 && o.Kind == c.Kind && o.Unit == c.Unit && o.Value == c.Value && endString(o) == endString(c) {
					g.union(i, j)
					break
				}
			}
		}
		lo = hi
	}
}

// wireEscapes reads back the HTML escapes wire copy writes for a ticker's
// brackets and an ampersand: "&lt;SLC>".
var wireEscapes = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// headline reports whether claim c's sentence is written in capitals, as
// a wire's headline is (its tickers' escaped brackets aside: "SOUTHLAND
// &lt;SLC> UNIT RAISES CRUDE 50 CTS/BBL").
func headline(c *factcheck.Claim) bool {
	letters := false
	for _, r := range wireEscapes.Replace(c.Sentence) {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}

// linkSameDayDates joins a date that has no concept to a date of the same
// value in the same article.
func (g *grouper) linkSameDayDates() {
	first := map[string]int{}
	for i := range g.claims {
		c := &g.claims[i]
		if c.Kind != factcheck.Date {
			continue
		}
		k := c.Doc + "|" + c.Value.String() + "|" + endString(c)
		if j, ok := first[k]; ok {
			if g.feats[i].key == "" || g.feats[j].key == "" {
				g.union(j, i)
			}
			continue
		}
		first[k] = i
	}
}

func endString(c *factcheck.Claim) string {
	if c.EndValue == nil {
		return ""
	}
	return c.EndValue.String()
}

// placements names the groups and proposes verdicts.
func (g *grouper) placements() []Placement {
	out := make([]Placement, len(g.claims))
	members := map[int][]int{}
	var roots []int // in the order of their first claims, so that the suggestions one group writes for another's claims (supersedeReplacedValue) are the same from run to run
	for i := range g.claims {
		r := g.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	for _, r := range roots {
		ms := members[r]
		name := factcheck.Ref{Doc: g.claims[r].Doc, Start: g.claims[r].Start}.String()
		for _, m := range ms {
			out[m].Group = name
		}
		if len(ms) > 1 {
			g.suggest(ms, out)
		}
	}
	return out
}

// contentWords returns the set of words of s that are not stop words.
func contentWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words(s) {
		if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner|lexicon.Cardinal|lexicon.Scale) != 0 {
			continue
		}
		if len(w) > 2 {
			set[singular(w)] = true
		}
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a // the smaller read, the larger asked
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// storiesOf assigns each article a story: articles that share at least
// three of their Names are one story, and so are two that share two when
// either has fewer than five names or both are rare (maxRareName); articles that share one name and two
// signature figures, or two names and one, are one story too (wire
// stories name little besides their dateline: "40,000 seamen" and "Rio de
// Janeiro" tell a strike's reports); in a small import (maxSmallImport),
// one name or one telling figure is enough (sharedFigure). figures maps an article to its
// signature figures (see signatures). Each article's combinations of its
// top names are its keys, so the work grows with the number of articles,
// not its square.
func storiesOf(names map[string][]string, figures map[string]map[string]bool, era map[string]int) map[string]int {
	docs := make([]string, 0, len(names))
	for doc := range names {
		docs = append(docs, doc)
	}
	sort.Strings(docs)
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	size := make([]int, len(docs)) // articles in each root's story
	for i := range size {
		size[i] = 1
	}
	// the earliest and latest eras of each root's articles (0: none known)
	first, last := make([]int, len(docs)), make([]int, len(docs))
	for d, doc := range docs {
		first[d], last[d] = era[doc], era[doc]
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		lo, hi := first[ra], last[ra]
		if lo == 0 || first[rb] != 0 && first[rb] < lo {
			lo = first[rb]
		}
		hi = max(hi, last[rb])
		if len(docs) > maxOneEraImport && (lo != 0 && hi-lo > maxStoryYears || size[ra]+size[rb] > maxArchiveStory) {
			return // "Gaza", "Israel" and "Strip" in a report of 1987 and one of 2023: two stories
		}
		r, o := min(ra, rb), max(ra, rb)
		parent[o] = r
		size[r] += size[o]
		first[r], last[r] = lo, hi
	}
	// Names most articles of an archive share ("u.s", "york", "inc") tell
	// no story: they would chain a wire service's year into one.
	df := map[string]int{}
	for _, doc := range docs {
		for _, n := range names[doc] {
			df[n]++
		}
	}
	common := max(minCommonName, len(docs)/commonShare)
	told := make(map[string][]string, len(docs))
	for _, doc := range docs {
		ns := make([]string, 0, len(names[doc]))
		for _, n := range names[doc] {
			if df[n] <= common {
				ns = append(ns, n)
			}
		}
		told[doc] = ns
	}
	pairs := map[string]int{}   // a pair of names to the first article with it
	triples := map[string]int{} // three names to the first article with them
	byName := map[string][]int{}
	// Two names join after three do: in an archive, whose stories are
	// bounded (maxArchiveStory), the surer links fill them first.
	var twos [][3]int // two articles and how many articles name their two names
	for d, doc := range docs {
		ns := told[doc]
		for a := 0; a < len(ns); a++ {
			byName[ns[a]] = append(byName[ns[a]], d)
			for b := a + 1; b < len(ns); b++ {
				key := ns[a] + "\x00" + ns[b]
				if o, ok := pairs[key]; !ok {
					pairs[key] = d
				} else if len(ns) < 5 || len(told[docs[o]]) < 5 || df[ns[a]] <= maxRareName && df[ns[b]] <= maxRareName {
					twos = append(twos, [3]int{o, d, df[ns[a]] + df[ns[b]]}) // an article with few names joins on two of them, and any on two rare ones
				}
				for c := b + 1; c < len(ns); c++ {
					key := ns[a] + "\x00" + ns[b] + "\x00" + ns[c]
					if o, ok := triples[key]; ok {
						union(o, d)
					} else {
						triples[key] = d
					}
				}
			}
		}
	}
	slices.SortStableFunc(twos, func(a, b [3]int) int { return cmp.Compare(a[2], b[2]) }) // the rarer names first
	for _, p := range twos {
		union(p[0], p[1])
	}
	// the name three fifths of a small import share is its story's:
	// "Elvis" in six of seven reports of the charts, "USDA" in five of
	// eight on the cost of its certificates
	for _, n := range inOrder(byName) {
		if ds := byName[n]; len(ds) >= minStoryName && 5*len(ds) >= 3*len(docs) {
			for _, d := range ds[1:] {
				union(ds[0], d)
			}
		}
	}
	// one or two names and signature figures: compared within the
	// articles of a name, when few articles have it
	for _, n := range inOrder(byName) {
		ds := byName[n]
		if len(ds) > maxFigureNameArticles {
			continue // a name of many articles tells no small story
		}
		for a := range ds {
			for b := a + 1; b < len(ds); b++ {
				if find(ds[a]) == find(ds[b]) {
					continue
				}
				da, db := docs[ds[a]], docs[ds[b]]
				shared := 0
				for f := range figures[da] {
					if figures[db][f] {
						shared++
					}
				}
				if (shared >= 2 || shared == 1 && sharedNames(told[da], told[db]) >= 2) &&
					size[find(ds[a])]+size[find(ds[b])] <= maxFigureStory {
					union(ds[a], ds[b])
				}
			}
		}
	}
	// a small import is a checker's batch on one story, most likely: two
	// of its articles that share one name, or one signature figure of
	// three significant digits, are one story ("Jordan" in two of the
	// USDA's tenders, "220.7 billion dlrs" in two reports on the deficit)
	if len(docs) <= maxSmallImport {
		for a := range docs {
			for b := a + 1; b < len(docs); b++ {
				if find(a) != find(b) && (sharedNames(told[docs[a]], told[docs[b]]) > 0 || sharedFigure(figures[docs[a]], figures[docs[b]])) {
					union(a, b)
				}
			}
		}
	}
	out := make(map[string]int, len(docs))
	for d, doc := range docs {
		out[doc] = find(d)
	}
	return out
}

// In an import of more than maxOneEraImport articles (an archive, not a
// checker's batch on one story), the eras of the articles of one story
// (see eras) lie at most maxStoryYears apart: names alone would join the
// reports of one place in two decades ("Gaza", "Israel" and "Strip" in a
// wire story of 1987 and the seeds of 2023). A batch's articles are one
// story whatever years they name most ("the 1929 crash" in a report of
// 1987's).
//
// Nor does a story of an archive hold more than maxArchiveStory articles:
// names shared two by two chain a wire's year into one story (12,809 of
// the 18,972 Reuters stories), whose common values then tell nothing
// (maxSameValue) and whose groups fill up (maxJoined) with other stories'
// figures.
const (
	maxOneEraImport = 50
	maxStoryYears   = 10
	maxArchiveStory = 50
)

// eras gives each article the year it was written in, as far as it is
// known: its publication date's year, else the year its date claims name
// most often (the latest of those named as often); none for an article
// that names no year.
func eras(claims []factcheck.Claim, dated map[string]calendar.Date) map[string]int {
	out := map[string]int{}
	counts := map[string]map[int]int{}
	for i := range claims {
		c := &claims[i]
		if d, ok := dated[c.Doc]; ok && d.Y != 0 {
			out[c.Doc] = d.Y
			continue
		}
		if c.Kind != factcheck.Date || len(c.Value.Date) < 4 {
			continue
		}
		y, err := strconv.Atoi(c.Value.Date[:4])
		if err != nil || y < 1900 || y > 2100 {
			continue
		}
		if counts[c.Doc] == nil {
			counts[c.Doc] = map[int]int{}
		}
		counts[c.Doc][y]++
	}
	for doc, ys := range counts {
		if _, ok := out[doc]; ok {
			continue
		}
		best := 0
		for y, n := range ys {
			if n > ys[best] || n == ys[best] && y > best {
				best = y
			}
		}
		out[doc] = best
	}
	return out
}

// maxSmallImport is how many articles an import may have and be read as
// a checker's batch on one story (storiesOf): the seeds have five, the
// story batches of the goldens three to eight.
const maxSmallImport = 10

// sharedFigure reports whether two articles' signature figures (keys
// "kind|unit|value", see signatures) meet in a sum, a share or a measure
// of three significant digits or more, which
// no two stories share by chance ("220.7 billion dlrs", "24.58 pct"; but
// "$3bn" may be any story's, and so may a count, "150 people" or "123
// died").
func sharedFigure(a, b map[string]bool) bool {
	for f := range a {
		if b[f] && !strings.HasPrefix(f, string(factcheck.Count)+"|") && significantDigits(f[strings.LastIndexByte(f, '|')+1:]) >= 3 {
			return true
		}
	}
	return false
}

// significantDigits counts the significant digits of a number as
// Value.String writes it: "220700000000" has four, "0.25" and "-1.5" two;
// 0 for what is no number.
func significantDigits(v string) int {
	d := strings.Trim(strings.NewReplacer("-", "", ".", "").Replace(v), "0")
	if strings.ContainsFunc(d, func(r rune) bool { return r < '0' || r > '9' }) {
		return 0
	}
	return len(d)
}

// minStoryName is how many articles, three fifths of an import or more, a
// name must be in to make them one story. Only an import of fewer than
// 5*minCommonName/3 articles can have such a name: in a larger one it is
// common, and tells no story.
const minStoryName = 3

// maxRareName is how many articles a name may be in and still be rare:
// two such names shared make two articles one story ("Bush" and "Labor" in
// two reports of the US jobs figures).
const maxRareName = 3

// A name in more than commonShare-th of the articles grouped, and in
// more than minCommonName of them, is too common to tell a story.
const (
	commonShare   = 20
	minCommonName = 20
)

// maxFigureStory bounds the stories that figures join: a story of a few
// reports is joined by "40,000 seamen" in each, while across an archive
// "£1bn" and "2.3%" would chain every business report into one.
const maxFigureStory = 20

// maxFigureNameArticles bounds the articles of a name that are compared by
// their figures.
const maxFigureNameArticles = 50

// sharedNames counts the names two sorted lists share.
func sharedNames(na, nb []string) int {
	n := 0
	for _, x := range na {
		if _, ok := slices.BinarySearch(nb, x); ok {
			n++
		}
	}
	return n
}

// signatures returns each article's signature figures: the kind, unit and
// value of each of its claims precise enough to name a fact (specific).
func signatures(claims []factcheck.Claim) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i := range claims {
		c := &claims[i]
		if !specific(c) {
			continue
		}
		if out[c.Doc] == nil {
			out[c.Doc] = map[string]bool{}
		}
		out[c.Doc][string(c.Kind)+"|"+c.Unit+"|"+c.Value.String()] = true
	}
	return out
}

// Names returns the names that tell an article's story, from its claims
// (one article's, in order): its topStoryNames most frequent capitalised
// words of the claims' sentences that do not open a sentence, titles and
// common words aside, in lower case (a nation's adjective as its
// country: "japan" of "Japanese") and sorted. It stands in for
// NamesOfText when the article's text is not at hand (a store from before
// names were kept). A store keeps an article's names with it, to relate
// it to others without reading their claims.
func Names(claims []factcheck.Claim) []string {
	counts := map[string]int{}
	for i := range claims {
		c := &claims[i]
		if i > 0 && claims[i-1].SentenceStart == c.SentenceStart {
			continue // the sentence is counted once
		}
		for k, w := range strings.Fields(c.Sentence) {
			if k == 0 || !opensCapital(w) {
				continue // a sentence's first word, or no capital: most words, told before they are trimmed
			}
			w = strings.Trim(w, nameTrim)
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
			if len(w) < 3 || titles[w] {
				continue
			}
			if id := lexicon.Lookup(w); id != 0 && lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner|lexicon.Month|lexicon.Weekday|lexicon.Cardinal|lexicon.Ordinal|lexicon.Season) != 0 {
				continue
			}
			counts[nationName(strings.ToLower(w))]++
		}
	}
	ns := topNames(counts, topStoryNames)
	sort.Strings(ns)
	return ns
}

// nameTrim is the punctuation a name's word is trimmed of (Names).
const nameTrim = ".,;:!?\"'()\u201c\u201d\u2019\u2018"

// opensCapital reports whether word w, trimmed of nameTrim, begins with a
// capital A to Z.
func opensCapital(w string) bool {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(nameTrim, r) {
			return w[0] >= 'A' && w[0] <= 'Z'
		}
		w = w[n:]
	}
	return false
}

// NamesOfText returns the names that tell an article's story, as Names
// does, from the article's whole text: the topStoryNames most frequent
// capitalised words that do not open a sentence, a paragraph or what
// follows a dateline's dash (but a dateline's place does, "Kingston,
// march 11 -"), and words in capitals in a sentence of mixed
// case ("BT", "IBM"), titles and common words aside. In a line of capitals (a wire story's headline)
// only a dateline's place counts ("RIO DE JANEIRO, MARCH 26 -"). It reads
// what Names cannot: the sentences without a claim.
func NamesOfText(text string) []string {
	counts := map[string]int{} // as written: lowered once at the end
	opening := true            // the next word opens a sentence
	var caps []string
	for i := 0; i < len(text); {
		word, gap, next := nextWord(text, i)
		i = next
		if word == "" {
			continue
		}
		// Most words start with no capital: they only end a run of
		// capitals, or a sentence.
		p := 0
		for p < len(word) && (isPunct(word[p]) || isCurlyQuote(word[p:])) {
			if isPunct(word[p]) {
				p++
			} else {
				p += 3
			}
		}
		core := ""
		if p < len(word) && word[p] >= 'A' && word[p] <= 'Z' {
			core = trimPunct(word)
			core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "\u2019s")
		}
		switch {
		case upperWord(core):
			caps = append(caps, core)
			// A dateline: capitals up to a comma, then a month.
			if strings.HasSuffix(word, ",") {
				if after, _, _ := nextWord(text, next); isMonth(after) {
					countCapitalised(counts, caps)
					caps = caps[:0]
				}
			}
		case core != "" && !opening && isName(core):
			countAcronyms(counts, caps)
			counts[core]++
			caps = caps[:0]
		case core != "" && opening && strings.HasSuffix(word, ",") && isName(core) && datelineMonth(text, next):
			// a dateline written in small letters: "Kingston, march 11 -
			// jamaica has put a cap on its ... debt"
			counts[core]++
			caps = caps[:0]
		default:
			if p < len(word) && word[p] != '&' && hasLower(word) {
				countAcronyms(counts, caps) // not at a ticker: "NORANDA &lt;NOR.TO> SAYS"
			}
			if strings.HasPrefix(word, "&lt;") {
				// a headline's firm, its ticker after it: "THE BROKEN
				// HILL PTY CO LTD &lt;BRKN.S> NINE MONTHS"
				countCapitalised(counts, caps)
			}
			caps = caps[:0]
		}
		newline := gap != " " && strings.IndexByte(gap, '\n') >= 0
		if newline {
			caps = caps[:0] // a headline's line is not its dateline's
		}
		opening = endsSentence(word) || word == "-" || word == "--" || word == "\u2014" || // a dateline's dash
			newline && (strings.Contains(gap, "\n\n") || strings.Contains(gap, "\n ") || strings.Contains(gap, "\n\t"))
	}
	lower := make(map[string]int, len(counts))
	for w, n := range counts {
		lower[nationName(strings.ToLower(w))] += n // "Japanese" officials are Japan's
	}
	ns := topNames(lower, topStoryNames)
	sort.Strings(ns)
	return ns
}

// datelineMonth reports whether the words of text from i are a
// dateline's month and day: "march 11", "March 11".
func datelineMonth(text string, i int) bool {
	month, _, next := nextWord(text, i)
	day, _, _ := nextWord(text, next)
	return isMonth(month) && day != "" && day[0] >= '0' && day[0] <= '9'
}

// countCapitalised counts as names the words in capitals of caps that
// are names once written with one capital: a dateline's place ("RIO DE
// JANEIRO"), a headline's firm before its ticker ("BROKEN HILL").
func countCapitalised(counts map[string]int, caps []string) {
	for _, w := range caps {
		if w = strings.ToUpper(w[:1]) + strings.ToLower(w[1:]); isName(w) {
			counts[w]++
		}
	}
}

// countAcronyms counts as names the words in capitals of caps, a run
// that ended on its line with a word in small letters: "BT", "IBM" in a
// sentence of mixed case name a firm (a line all in capitals, a wire's
// headline, ends its run at its line's end or at a ticker, uncounted).
func countAcronyms(counts map[string]int, caps []string) {
	for _, w := range caps {
		if len(w) >= 2 && nameWord(w) {
			counts[w]++
		}
	}
}

// hasLower reports whether w has a letter in small letters (ASCII).
func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// nextWord returns the word of text that starts at or after i (no blanks
// in it), the blanks after it, and where the word after them starts.
func nextWord(text string, i int) (word, gap string, next int) {
	for i < len(text) && isBlank(text[i]) {
		i++
	}
	j := i
	for j < len(text) && !isBlank(text[j]) {
		j++
	}
	k := j
	for k < len(text) && isBlank(text[k]) {
		k++
	}
	return text[i:j], text[j:k], k
}

// isMonth reports whether w, a word with its punctuation, names a month.
func isMonth(w string) bool {
	id := lexicon.Lookup(strings.Trim(w, ".,"))
	return id != 0 && lexicon.At(id).Cat&lexicon.Month != 0
}

// trimPunct trims from w the punctuation around a word: . , ; : ! ? " '
// ( ) [ ] - and curly quotes.
func trimPunct(w string) string {
	for len(w) > 0 {
		if isPunct(w[0]) {
			w = w[1:]
		} else if isCurlyQuote(w) {
			w = w[3:]
		} else {
			break
		}
	}
	for len(w) > 0 {
		if isPunct(w[len(w)-1]) {
			w = w[:len(w)-1]
		} else if len(w) >= 3 && isCurlyQuote(w[len(w)-3:]) {
			w = w[:len(w)-3]
		} else {
			break
		}
	}
	return w
}

func isPunct(b byte) bool {
	switch b {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '-':
		return true
	}
	return false
}

// isCurlyQuote reports whether s starts with ‘ ’ “ or ”.
func isCurlyQuote(s string) bool {
	return len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x80 && s[2] >= 0x98 && s[2] <= 0x9d
}

func isBlank(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// endsSentence reports whether the word w ends in a full stop, "!" or "?",
// before any closing quotes and brackets.
func endsSentence(w string) bool {
	for len(w) > 0 {
		switch {
		case isClosing(w[len(w)-1]):
			w = w[:len(w)-1]
		case len(w) >= 3 && isCurlyQuote(w[len(w)-3:]):
			w = w[:len(w)-3]
		default:
			c := w[len(w)-1]
			return c == '.' || c == '!' || c == '?'
		}
	}
	return false
}

// isClosing reports whether b is a closing quote or bracket: " ' ) ].
func isClosing(b byte) bool { return b == '"' || b == '\'' || b == ')' || b == ']' }

// upperWord reports whether w is a word in capitals of two letters or
// more: ASCII capitals, with any other bytes but no small letter.
func upperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			caps++
		}
	}
	return caps >= 2
}

// isName reports whether w reads as a name: a capitalised word of letters
// (and hyphens) of three or more, no title and no common word.
func isName(w string) bool {
	return len(w) >= 3 && nameWord(w)
}

// nameWord reports whether w, of any length, reads as a name: a
// capitalised word of letters (and hyphens), no title and no common word.
func nameWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || titles[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	id := lexicon.Lookup(w)
	return id == 0 || lexicon.At(id).Cat&(lexicon.Stop|lexicon.Determiner|lexicon.Month|lexicon.Weekday|lexicon.Cardinal|lexicon.Ordinal|lexicon.Season) == 0
}

// topStoryNames is how many of an article's most frequent names tell its
// story.
const topStoryNames = 7

// titles are capitalised words that name no one in particular.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Sir": true, "Lord": true, "Lady": true, "President": true, "Reuter": true,
	"Prime": true, "Minister": true, "Secretary": true, "Chief": true, "General": true, "Government": true,
	"State": true, "Department": true, "Foreign": true, "Office": true, "Reuters": true, "Photo": true,
}

// topNames returns the n most frequent names of m, ties in name order.
func topNames(m map[string]int, n int) []string {
	type named struct {
		name  string
		count int
	}
	all := make([]named, 0, len(m))
	for w, c := range m {
		all = append(all, named{w, c})
	}
	slices.SortFunc(all, func(a, b named) int {
		return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.name, b.name))
	})
	ns := make([]string, min(n, len(all)))
	for i := range ns {
		ns[i] = all[i].name
	}
	return ns
}
