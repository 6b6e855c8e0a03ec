package group

import (
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/factcheck"
)

// A change stated in one sentence gives one fact twice, before and after:
// "raised its bid to 110 dlrs a share from 100 dlrs", "output rose from
// 12.5 mln tonnes to 14 mln", "12.85 mln tonnes, up from 12.51". The two
// figures are one group, the newer is the one that supersedes (whatever
// its size: a cut is newer too), and the older is no dispute of it.

// maxChangeWords bounds the words between the two figures of a change
// besides its cue ("cash per share", "a barrel").
const maxChangeWords = 4

// changeCues mark a change between two figures when they stand before the
// "from" that introduces the older one.
var changeCues = map[string]bool{"up": true, "down": true, "rising": true, "falling": true, "compared": true,
	"increased": true, "decreased": true, "raised": true, "cut": true, "lowered": true, "revised": true}

// linkChanges joins the two figures of each change its claims state, and
// records which is the newer (g.newerOf).
func (g *grouper) linkChanges() {
	for i := 1; i < len(g.claims); i++ {
		a, b := &g.claims[i-1], &g.claims[i]
		if a.Doc != b.Doc || a.SentenceStart != b.SentenceStart || a.Kind != b.Kind || a.Unit != b.Unit ||
			a.Kind == factcheck.Date || a.Kind == factcheck.Ordinal || a.End > b.Start {
			continue
		}
		lo, hi := a.End-a.SentenceStart, b.Start-b.SentenceStart
		if lo < 0 || hi > len(a.Sentence) || lo > hi {
			continue
		}
		before := words(a.Sentence[:a.Start-a.SentenceStart])
		between := words(a.Sentence[lo:hi])
		last := func(ws []string) string {
			if len(ws) == 0 {
				return ""
			}
			return ws[len(ws)-1]
		}
		if len(between) == 0 || len(between) > maxChangeWords+2 || strings.ContainsFunc(strings.Join(between, ""), unicode.IsDigit) {
			continue
		}
		switch {
		case last(between) == "from" && (last(before) == "to" || cued(between)):
			// "to A from B", "A, up from B": B is the older
			g.union(i-1, i)
			g.newerOf[i] = i - 1
		case last(between) == "to" && last(before) == "from":
			// "from A to B": A is the older
			g.union(i-1, i)
			g.newerOf[i-1] = i
		}
	}
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
