package group

import (
	"strconv"

	"github.com/factcheck/factcheck/factcheck"
)

// Deadlines. The date an offer expires moves when it is extended: "Dixon
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
}

// Spans of deadlines.
const (
	deadlineReach   = 10 // words before a date that deadlineWords are read in
	maxDeadlineMove = 92 // days an extension moves a deadline at most
)

// isDeadline reports whether the date c is a deadline: a word of
// deadlineWords within deadlineReach words before it in its sentence.
func isDeadline(c *factcheck.Claim) bool {
	if c.Kind != factcheck.Date {
		return false
	}
	ws := wordsBefore(c, 120)
	for d := 0; d < len(ws) && d < deadlineReach; d++ {
		if deadlineWords[ws[len(ws)-1-d]] {
			return true
		}
	}
	return false
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
	eachPair(byStory, func(i, j int) {
		ci, cj := &g.claims[i], &g.claims[j]
		di, oki := claimDate(ci)
		dj, okj := claimDate(cj)
		if ci.Doc == cj.Doc || !oki || !okj || g.find(i) == g.find(j) || abs(di.Rough()-dj.Rough()) > maxDeadlineMove ||
			namesDisjoint(g.biddersOf(i), g.biddersOf(j)) || g.weigh(g.context(i), g.context(j)) < minSharedContext {
			return
		}
		g.union(i, j)
	})
}

// deadlinesMove reports whether the members ms of a group are all
// deadlines: then they move, as figures do, and are not disputed for it.
func (g *grouper) deadlinesMove(ms []int) bool {
	for _, m := range ms {
		if !g.feats[m].deadline {
			return false
		}
	}
	return true
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
