package group

import (
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
)

// Deadlines. The date an offer expires moves when it is extended, and a
// meeting's when it is adjourned: "Dixon
// Group's offer extends to March 17" on the 12th, "the SEC ordered Dixons
// to extend its tender offer until March 24" on the 20th. Dates said as
// when something expires or until when it was extended, in two reports of
// a story, within maxDeadlineMove days of each other and in sentences that
// share rare words, are one deadline that moved, unless their sentences
// name two bidders (Cyacq's offer "extended until April three" is another
// deadline); the later report's date supersedes the earlier's.

// deadlineWords, a few words before a date, make it a deadline.
var deadlineWords = map[string]bool{
	"expire": true, "expires": true, "expired": true, "expiring": true, "expiration": true, "expiry": true,
	"extend": true, "extends": true, "extended": true, "extending": true, "extension": true, "deadline": true,
	"adjourn": true, "adjourns": true, "adjourned": true, "adjourning": true, "postpone": true, "postpones": true,
	"postponed": true, "rescheduled": true, "deferred": true,
}

// dateRoleReach is how many words either side of a date dateRole reads.
const dateRoleReach = 6

// dateRoles name the dates of a company's calendar that are not the event
// their sentence names: "May 4 has been set as the record date for the
// special meeting" is no date of the meeting.
var dateRoles = map[string]bool{"record": true, "payment": true, "payable": true, "closing": true, "effective": true,
	"settlement": true, "maturity": true, "redemption": true, "distribution": true, "ex-dividend": true, "delivery": true}

// dateRole returns the role of the date c that "<role> date" names within
// dateRoleReach words of it in its sentence ("set as the record date",
// "the record date of May 4"), as "record date"; or "".
func dateRole(c *factcheck.Claim) string {
	rel := c.Start - c.SentenceStart
	if c.Kind != factcheck.Date || rel < 0 || c.End-c.SentenceStart > len(c.Sentence) {
		return ""
	}
	before, after := words(c.Sentence[max(0, rel-80):rel]), words(c.Sentence[c.End-c.SentenceStart:min(len(c.Sentence), c.End-c.SentenceStart+80)])
	for k := 0; k+1 < len(after) && k < dateRoleReach; k++ {
		if dateRoles[after[k]] && after[k+1] == "date" {
			return after[k] + " date"
		}
	}
	for k := len(before) - 2; k >= 0 && k >= len(before)-dateRoleReach; k-- {
		if dateRoles[before[k]] && before[k+1] == "date" {
			return before[k] + " date"
		}
	}
	return ""
}

// Spans of deadlines.
const (
	// deadlineContext is the words either side of a deadline whose rare
	// ones two deadlines of one thing share: what moves is named at some
	// length ("the date its rights will trade separately from the common
	// stock to April 6", "extended to April 13 the date the rights issued
	// under the company's shareholder rights plan will trade separately")
	deadlineContext = 16
	deadlineReach   = 10 // words before a date that deadlineWords are read in
	requestReach    = 20 // words before a date that requestWords are read in
	maxDeadlineMove = 92 // days an extension moves a deadline at most
)

// isDeadline reports whether the date c is a deadline: a word of
// deadlineWords within deadlineReach words before it in its sentence, or
// a date moved in one sentence, "to April 6 from April 3" ("it planned to
// put off the date its rights will trade separately ... to April 6 from
// April 3", then "extended to April 13 the date the rights ... will trade
// separately").
func isDeadline(c *factcheck.Claim) bool {
	return c.Kind == factcheck.Date && (saidBefore(c, deadlineWords, deadlineReach, 120) || movedDate(c))
}

// movedDate reports whether the date c is either date of a move said "to
// <date> from <date>".
func movedDate(c *factcheck.Claim) bool {
	rel, end := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if rel < 0 || end > len(c.Sentence) {
		return false
	}
	after := words(c.Sentence[end:min(len(c.Sentence), end+24)])
	if len(after) >= 2 && after[0] == "from" && isMonth(after[1]) {
		return true // "to April 6 from April 3"
	}
	before := words(c.Sentence[max(0, rel-40):rel])
	n := len(before)
	return n >= 4 && before[n-1] == "from" && before[n-4] == "to" && isMonth(before[n-3]) // "to April 6 from April 3"
}

// requestWords, a few words before a date, make it a date asked for and
// not yet set: "a Brazilian request to extend the lines for 60 days until
// May 31".
var requestWords = map[string]bool{
	"request": true, "requests": true, "requested": true, "ask": true, "asks": true, "asked": true, "asking": true,
	"propose": true, "proposes": true, "proposed": true, "proposal": true, "suggest": true, "suggests": true, "suggested": true,
	"seek": true, "seeks": true, "seeking": true, "sought": true,
}

// requestedDate reports whether the date c is one asked for: a word of
// requestWords within requestReach words before it in its sentence
// ("Brazil today suggested to its foreign bank creditors an extension of
// short-term credit lines for 60 days until May 31"). A later date asked
// for supersedes no deadline set.
func requestedDate(c *factcheck.Claim) bool {
	return c.Kind == factcheck.Date && saidBefore(c, requestWords, requestReach, 200)
}

// linkDeadlines joins the deadlines of one offer (see Deadlines) in two
// reports of a story.
func (g *grouper) linkDeadlines() {
	byStory := map[string][]int{}
	for i := range g.claims {
		if g.feats[i].deadline {
			k := strconv.Itoa(g.story[g.claims[i].Doc])
			byStory[k] = append(byStory[k], i)
		}
	}
	around := readOnce(func(i int) map[string]bool { return contextWithin(&g.claims[i], deadlineContext) }) // each deadline's words either side
	eachPair(byStory, func(i, j int) {
		ci, cj := &g.claims[i], &g.claims[j]
		di, oki := claimDate(ci)
		dj, okj := claimDate(cj)
		if ci.Doc == cj.Doc || !oki || !okj || g.find(i) == g.find(j) || abs(di.Rough()-dj.Rough()) > maxDeadlineMove ||
			namesDisjoint(g.biddersOf(i), g.biddersOf(j)) || g.weigh(around(i), around(j)) < minSharedContext {
			return
		}
		g.union(i, j)
	})
}

// deadlinesMove reports whether one member at least of the group ms is a
// deadline: then its dates move, as figures do ("set June 4 as the date
// for a special meeting", then "adjourned to June 30"), and are not
// disputed for it.
func (g *grouper) deadlinesMove(ms []int) bool {
	for _, m := range ms {
		if g.feats[m].deadline {
			return true
		}
	}
	return false
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
