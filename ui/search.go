package ui

import (
	"context"
	"strings"
	"time"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/search"
)

// searchDelay is how long the list waits for a pause in typing before it
// searches, while an earlier search is still under way or waiting: a burst
// of keys runs one search, not one a key. A keystroke when the list is
// idle searches at once, so that the list follows deliberate typing
// without delay.
const searchDelay = 150 * time.Millisecond

// searchLimit is how many of the best matches a search lists: a fuzzy
// query matches most of a million claims somewhere, and ranking only the
// best lets the index skip what cannot be among them. Filters without a
// query list every claim they keep.
const searchLimit = 2000

// The first option of each filter keeps everything.
const (
	allKinds    = "All kinds"
	allVerdicts = "All verdicts"
	allArticles = "All articles"
	unruled     = "Unruled"
)

func kindOptions() []string {
	opts := []string{allKinds}
	for _, k := range factcheck.Kinds {
		opts = append(opts, capitalize(string(k)))
	}
	return opts
}

// verdictOptions are the verdict filter's options: every claim but those
// dismissed as not claims (the default), the unruled, then each verdict
// in words.
func verdictOptions() []string {
	opts := []string{allVerdicts, unruled}
	for _, v := range factcheck.Verdicts {
		if v != factcheck.Cleared {
			opts = append(opts, capitalize(v.Words()))
		}
	}
	return opts
}

// listed are the verdicts the list shows unless filtered: all but
// Dismissed.
var listed = []factcheck.Verdict{factcheck.Unruled, factcheck.Verified, factcheck.Disputed, factcheck.Superseded, factcheck.Unverifiable}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// filter reads the filter widgets.
func (c *listColumn) filter() search.Filter {
	var f search.Filter
	if k := c.kinds.Selected; k != "" && k != allKinds {
		f.Kinds = []factcheck.Kind{factcheck.Kind(strings.ToLower(k))}
	}
	switch v := c.verdicts.Selected; v {
	case "", allVerdicts:
		if c.cat != nil && c.cat.tally.dismissed > 0 {
			f.Verdicts = listed
		}
	case unruled:
		f.Verdicts = []factcheck.Verdict{factcheck.Unruled}
	default:
		for _, w := range factcheck.Verdicts {
			if strings.EqualFold(w.Words(), v) {
				f.Verdicts = []factcheck.Verdict{w}
			}
		}
	}
	f.Doc = c.doc
	f.Suggested = c.suggested.Checked
	if c.mine.Checked && c.cat != nil {
		f.Docs = c.cat.assignedTo(c.Checker())
	}
	return f
}

// onFilterChanged searches at once and hands the keys back to the list.
func (c *listColumn) onFilterChanged() {
	c.runSearchNow()
	c.OnDone()
}

// researchInPlace searches again at once after a ruling that may hide
// the selected claim from the list (one ruled not a claim): the claim
// that takes its place is selected, so that a run of rulings goes down
// the list.
func (c *listColumn) researchInPlace() {
	c.stayNear = true
	c.runSearchNow()
}

// runSearchNow searches without waiting for more keystrokes.
func (c *listColumn) runSearchNow() { c.scheduleSearch(0) }

// scheduleSearch searches for the query and filters after delay, off the
// UI goroutine, cancelling the search under way. The list changes when the
// latest search has finished.
func (c *listColumn) scheduleSearch(delay time.Duration) {
	if c.cat == nil {
		return
	}
	c.searchGen++
	gen, cat := c.searchGen, c.cat
	if c.searchCancel != nil {
		c.searchCancel()
	}
	if c.searchTimer != nil && c.searchTimer.Stop() {
		c.bg.wg.Done() // it will not run
	}
	if c.searching == 0 {
		delay = 0 // idle: no burst of keys to wait out
	}
	c.searching = 0
	query, f := strings.TrimSpace(c.search.Text), c.filter()
	if query == "" && isZero(f) {
		c.searchTimer, c.searchCancel = nil, nil
		c.showHits(cat, nil, true, query)
		c.runAfterSearch()
		return
	}
	if !cat.ready() {
		// The window searches again once the index is built.
		c.searchTimer, c.searchCancel = nil, nil
		c.count.SetText("Indexing the claims for search…")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.searchCancel = cancel
	c.searching = gen
	c.bg.wg.Add(1)
	c.searchTimer = time.AfterFunc(delay, func() {
		defer c.bg.wg.Done()
		limit := 0
		if query != "" {
			limit = searchLimit
		}
		hits, err := cat.index.Search(ctx, query, f, limit)
		c.bg.do(func() {
			// A newer search cancels this one, or will replace its hits.
			if err == nil && gen == c.searchGen && cat == c.cat {
				c.showHits(cat, hits, false, query)
			}
			if c.searching == gen {
				c.searching = 0
				c.runAfterSearch()
			}
		})
	})
}

// isZero reports whether f keeps every claim.
func isZero(f search.Filter) bool {
	return len(f.Kinds) == 0 && len(f.Verdicts) == 0 && f.Doc == "" && f.Docs == nil && !f.Suggested && f.RuledBy == ""
}

// whenSearched runs cmd once the list shows the result of the search
// under way, or at once when none is: a key typed during a search acts on
// the claim the search selects.
func (c *listColumn) whenSearched(cmd func()) {
	if c.searching != 0 {
		c.afterSearch = append(c.afterSearch, cmd)
		return
	}
	cmd()
}

// runAfterSearch runs the commands typed while the search ran, now that
// the list shows its result.
func (c *listColumn) runAfterSearch() {
	cmds := c.afterSearch
	c.afterSearch = nil
	for _, cmd := range cmds {
		cmd()
	}
}
