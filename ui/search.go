package ui

import (
	"context"
	"fmt"
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

func verdictOptions() []string {
	return []string{allVerdicts, unruled, "Verified", "Disputed", "Superseded"}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// filter reads the filter widgets.
func (r *Review) filter() search.Filter {
	var f search.Filter
	if k := r.kinds.Selected; k != "" && k != allKinds {
		f.Kinds = []factcheck.Kind{factcheck.Kind(strings.ToLower(k))}
	}
	switch v := r.verdicts.Selected; v {
	case "", allVerdicts:
	case unruled:
		f.Verdicts = []factcheck.Verdict{factcheck.Unruled}
	default:
		f.Verdicts = []factcheck.Verdict{factcheck.Verdict(strings.ToLower(v))}
	}
	f.Doc = r.doc
	f.Suggested = r.suggested.Checked
	return f
}

// onFilterChanged searches at once and hands the keys back to the list.
func (r *Review) onFilterChanged() {
	r.runSearchNow()
	r.focusList()
}

// runSearchNow searches without waiting for more keystrokes.
func (r *Review) runSearchNow() { r.scheduleSearch(0) }

// scheduleSearch searches for the query and filters after delay, off the
// UI goroutine, cancelling the search under way. The list changes when the
// latest search has finished.
func (r *Review) scheduleSearch(delay time.Duration) {
	if r.cat == nil {
		return
	}
	r.searchGen++
	gen, cat := r.searchGen, r.cat
	if r.searchCancel != nil {
		r.searchCancel()
	}
	if r.searchTimer != nil && r.searchTimer.Stop() {
		r.bg.wg.Done() // it will not run
	}
	if r.searching == 0 {
		delay = 0 // idle: no burst of keys to wait out
	}
	r.searching = 0
	query, f := strings.TrimSpace(r.search.Text), r.filter()
	if query == "" && isZero(f) {
		r.searchTimer, r.searchCancel = nil, nil
		r.showHits(cat, nil, true, query)
		r.runAfterSearch()
		return
	}
	if !cat.ready() {
		// completeInBackground searches again once the index is built.
		r.searchTimer, r.searchCancel = nil, nil
		r.count.SetText("Indexing the claims for search…")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.searchCancel = cancel
	r.searching = gen
	r.bg.wg.Add(1)
	r.searchTimer = time.AfterFunc(delay, func() {
		defer r.bg.wg.Done()
		limit := 0
		if query != "" {
			limit = searchLimit
		}
		hits, err := cat.index.Search(ctx, query, f, limit)
		r.bg.do(func() {
			// A newer search cancels this one, or will replace its hits.
			if err == nil && gen == r.searchGen && cat == r.cat {
				r.showHits(cat, hits, false, query)
			}
			if r.searching == gen {
				r.searching = 0
				r.runAfterSearch()
			}
		})
	})
}

// isZero reports whether f keeps every claim.
func isZero(f search.Filter) bool {
	return len(f.Kinds) == 0 && len(f.Verdicts) == 0 && f.Doc == "" && !f.Suggested && f.RuledBy == ""
}

// runAfterSearch runs the single-key commands typed while the search ran,
// now that the list shows its result.
func (r *Review) runAfterSearch() {
	cmds := r.afterSearch
	r.afterSearch = nil
	for _, cmd := range cmds {
		r.runCommand(cmd)
	}
}

// showHits shows the result of a search for query. A new query selects
// its best hit and shows the list from the top; the same query (filters
// changed, claims read again) keeps the shown claim when it is still
// listed, else selects the first. The claim shown in the panes is always
// the one selected in the list, so that a key rules on a claim the
// checker sees; none when the list is empty.
func (r *Review) showHits(cat *catalog, hits []search.Hit, all bool, query string) {
	newQuery := query != r.shownQuery
	r.hits, r.showAll, r.shownQuery = hits, all, query
	r.row = -1
	r.list.UnselectAll()
	switch {
	case newQuery || r.current < 0:
	case all:
		r.row = r.current
	default:
		for row := range r.rowCount() {
			if r.entryAt(row) == r.current {
				r.row = row
				break
			}
		}
	}
	r.list.Refresh()
	n := r.rowCount()
	switch {
	case r.row >= 0:
		r.list.Select(r.row)
		r.list.ScrollTo(r.row)
	case n > 0:
		r.list.ScrollToTop()
		r.list.Select(0)
	default:
		r.showNone()
	}
	switch {
	case len(cat.claims) == 0:
		r.empty.SetText("No claims yet. Import articles with File › Import articles (Ctrl+I).")
	case n == 0:
		r.empty.SetText("No claim matches. Change the search or the filters.")
	}
	r.empty.Hidden = n > 0
	r.empty.Refresh()
	switch {
	case all && cat.partial:
		r.count.SetText(fmt.Sprintf("first %s claims; reading the rest…", thousands(n)))
	case all:
		r.count.SetText(fmt.Sprintf("%s claims", thousands(n)))
	case n == searchLimit:
		r.count.SetText(fmt.Sprintf("best %s matches of %s claims", thousands(n), thousands(len(cat.claims))))
	default:
		r.count.SetText(fmt.Sprintf("%s of %s claims", thousands(n), thousands(len(cat.claims))))
	}
}
