package ui

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck/search"
)

// A listColumn is the window's left column: the search field, the
// filters, the count and the list of claims. It searches off the UI
// goroutine (see search.go) and owns what the list shows and which row is
// selected; it tells the window through its On… callbacks.
type listColumn struct {
	OnSelect      func(entry int)           // the row of claim entry (an index in the catalog) was selected
	OnNone        func()                    // the list shows no claim
	OnKey         func(*fyne.KeyEvent) bool // a key typed in the list; reports whether it was taken
	OnDone        func()                    // the keys go back to the list: a filter chosen, the search field left
	OnPickArticle func()                    // the article filter's button was pressed
	OnStatus      func(msg string)          // something to say in the status bar
	Checker       func() string             // the window's checker, whose articles the Mine filter keeps

	bg  *background
	cat *catalog // the claims listed; nil until a database is

	// What the list shows: all of cat's claims in order when showAll is
	// true, else the hits of the latest search; the selected row, and
	// its claim (an index in cat.claims), or -1. Only setCatalog,
	// showHits and onSelected assign them.
	showAll bool
	hits    []search.Hit
	row     int
	entry   int

	searchGen  int    // numbers searches, so that only the latest is shown
	searching  int    // the search waiting or under way, by number, or 0
	shownQuery string // the query whose hits the list shows
	// stayNear is whether the next list shown follows a ruling that
	// hid the selected claim (researchInPlace): its row then selects the
	// claim that took its place, not the first.
	stayNear     bool
	afterSearch  []func() // commands typed during the search
	searchTimer  *time.Timer
	searchCancel func()

	search    *searchEntry
	kinds     *widget.Select
	verdicts  *widget.Select
	article   *widget.Button
	doc       string // the article filter, "" for all
	suggested *widget.Check
	mine      *widget.Check // only the claims of the articles assigned to Checker
	count     *widget.Label
	list      *claimList
	empty     *widget.Label // shown instead of the list when it is empty
}

// newListColumn returns a column whose background work bg runs.
func newListColumn(bg *background) *listColumn {
	return &listColumn{bg: bg, showAll: true, row: -1, entry: -1}
}

// build lays out the search field, the filters and the list.
func (c *listColumn) build() fyne.CanvasObject {
	c.search = newSearchEntry()
	c.search.OnChanged = func(string) { c.scheduleSearch(searchDelay) }
	c.search.onLeave = func() { c.OnDone() }

	c.kinds = widget.NewSelect(kindOptions(), func(string) { c.onFilterChanged() })
	c.kinds.Selected = allKinds
	c.verdicts = widget.NewSelect(verdictOptions(), func(string) { c.onFilterChanged() })
	c.verdicts.Selected = allVerdicts
	c.article = &widget.Button{Text: allArticles, Alignment: widget.ButtonAlignLeading, OnTapped: func() { c.OnPickArticle() }}
	c.suggested = widget.NewCheck("With a suggestion", func(bool) { c.onFilterChanged() })
	c.mine = widget.NewCheck("Mine", func(bool) { c.onFilterChanged() })
	c.count = &widget.Label{Alignment: fyne.TextAlignTrailing, Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis}

	c.list = newClaimList(c.rowCount, c.updateRow, func(ev *fyne.KeyEvent) bool { return c.OnKey(ev) })
	c.list.OnSelected = c.onSelected
	c.empty = &widget.Label{Text: "Opening the database…", Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}

	filters := container.NewVBox(
		c.search,
		container.NewGridWithColumns(2, c.kinds, c.verdicts),
		c.article,
		// the checks beside the count, which is cut when the column is
		// narrow: the column's least width is that of its two menus
		container.NewBorder(nil, nil, container.NewHBox(c.suggested, c.mine), nil, c.count),
		widget.NewSeparator(),
	)
	return container.NewBorder(filters, nil, nil, nil, container.NewStack(c.list, container.NewCenter(c.empty)))
}

// rowCount is the list's length.
func (c *listColumn) rowCount() int {
	switch {
	case c.cat == nil:
		return 0
	case c.showAll:
		return len(c.cat.claims)
	}
	return len(c.hits)
}

// entryAt returns the claim index a row shows.
func (c *listColumn) entryAt(row int) int {
	if c.showAll {
		return row
	}
	return c.hits[row].Entry
}

// updateRow fills a list row; the list may ask for rows that a search has
// just removed.
func (c *listColumn) updateRow(row int, o *claimRow) {
	if row < 0 || row >= c.rowCount() {
		return
	}
	cl := &c.cat.claims[c.entryAt(row)]
	o.set(cl, c.cat.articleLabel(cl.Doc))
}

// onSelected records the selected row and shows its claim.
func (c *listColumn) onSelected(row int) {
	if row < 0 || row >= c.rowCount() {
		return
	}
	c.row, c.entry = row, c.entryAt(row)
	c.OnSelect(c.entry)
}

// selectedEntry returns the claim of the selected row, or -1.
func (c *listColumn) selectedEntry() int {
	if c.cat == nil || c.row < 0 || c.row >= c.rowCount() {
		return -1
	}
	return c.entryAt(c.row)
}

// setCatalog lists cat's claims instead of those listed, keeping the
// search and the filters, and selects claim keep (an index in cat) when
// they keep it. A catalog of the same database (same is true) keeps the
// hits shown, by claim ID, until its search has run; another database's
// shows none until then.
func (c *listColumn) setCatalog(cat *catalog, keep int, same bool) {
	old := c.cat
	c.cat = cat
	if !c.showAll {
		var hits []search.Hit
		if same && old != nil {
			for _, h := range c.hits {
				if i, ok := cat.lookup(old.claims[h.Entry].ID); ok {
					h.Entry = i
					hits = append(hits, h)
				}
			}
		}
		c.hits = hits
	}
	if !c.stayNear {
		c.row = -1 // (but a ruling's search in place, which this one replaces, still needs the row it hid)
	}
	c.entry = keep
	c.list.UnselectAll()
	c.list.Refresh()
	c.runSearchNow()
}

// showHits shows the result of a search for query. A new query selects
// its best hit and shows the list from the top. A query cleared, and the
// same query (filters changed, claims read again), keep the selected
// claim when it is still listed, else select the first, or after a ruling
// that hid it the claim that took its place (researchInPlace). The claim
// shown in the panes is always the one selected in the list, so that a key
// rules on a claim the checker sees; none (OnNone) when the list is empty.
func (c *listColumn) showHits(cat *catalog, hits []search.Hit, all bool, query string) {
	newQuery := query != c.shownQuery && query != ""
	keep, keptRow, near := c.entry, c.row, c.stayNear
	c.stayNear = false
	c.hits, c.showAll, c.shownQuery = hits, all, query
	c.row, c.entry = -1, -1
	c.list.UnselectAll()
	row := -1
	switch {
	case newQuery || keep < 0:
	case all:
		row = keep
	default:
		for r := range c.rowCount() {
			if c.entryAt(r) == keep {
				row = r
				break
			}
		}
	}
	c.list.Refresh()
	n := c.rowCount()
	if row < 0 && near && !newQuery && keptRow >= 0 && n > 0 {
		row = min(keptRow, n-1) // the claim after the one a ruling hid ("not a claim"), or the last
	}
	switch {
	case row >= 0:
		c.list.Select(row)
		c.list.ScrollTo(row)
	case n > 0:
		c.list.ScrollToTop()
		c.list.Select(0)
	default:
		c.OnNone()
	}
	switch {
	case len(cat.claims) == 0:
		c.empty.SetText("No claims yet. Import articles with File › Import articles (Ctrl+I).")
	case n == 0:
		c.empty.SetText("No claim matches. Change the search or the filters.")
	}
	c.empty.Hidden = n > 0
	c.empty.Refresh()
	switch {
	case all && cat.partial:
		c.count.SetText(fmt.Sprintf("first %s claims; reading the rest…", thousands(n)))
	case all:
		c.count.SetText(fmt.Sprintf("%s claims", thousands(n)))
	case n == searchLimit:
		c.count.SetText(fmt.Sprintf("best %s matches of %s claims", thousands(n), thousands(len(cat.claims))))
	default:
		c.count.SetText(fmt.Sprintf("%s of %s claims", thousands(n), thousands(len(cat.claims))))
	}
}

// refresh draws the rows again: a claim's state changed.
func (c *listColumn) refresh() { c.list.Refresh() }

// setEmptyText says why the list is empty, while it is.
func (c *listColumn) setEmptyText(s string) { c.empty.SetText(s) }

// focus gives the list the keyboard focus.
func (c *listColumn) focus(cv fyne.Canvas) { cv.Focus(c.list) }

// focusSearch puts the cursor in the search field.
func (c *listColumn) focusSearch(cv fyne.Canvas) { cv.Focus(c.search) }

// selectRow selects a row and scrolls to it.
func (c *listColumn) selectRow(row int) {
	if row < 0 || row >= c.rowCount() {
		return
	}
	c.list.Select(row)
	c.list.ScrollTo(row)
}

// selectEntry selects the row of claim i, and reports whether the list
// shows it.
func (c *listColumn) selectEntry(i int) bool {
	for row := range c.rowCount() {
		if c.entryAt(row) == i {
			c.selectRow(row)
			return true
		}
	}
	return false
}

// first selects the first claim of the list.
func (c *listColumn) first() { c.selectRow(0) }

// last selects the last claim of the list.
func (c *listColumn) last() { c.selectRow(c.rowCount() - 1) }

// page moves the selection a screenful of rows down (dir 1) or up (-1).
func (c *listColumn) page(dir int) {
	n := c.rowCount()
	if n == 0 {
		return
	}
	rows := max(1, int(c.list.Size().Height/newClaimRow().MinSize().Height)-1)
	c.selectRow(min(max(c.row+dir*rows, 0), n-1))
}

// next selects the next claim of the list.
func (c *listColumn) next() { c.selectRow(c.row + 1) }

// previous selects the previous claim of the list.
func (c *listColumn) previous() {
	if c.row > 0 {
		c.selectRow(c.row - 1)
	}
}

// nextUnruled selects the next claim of the list nobody has ruled on,
// going round to the top.
func (c *listColumn) nextUnruled() {
	n := c.rowCount()
	for k := 1; k <= n; k++ {
		row := (c.row + k) % n
		if c.row < 0 {
			row = k - 1
		}
		if !c.cat.claims[c.entryAt(row)].Ruled() {
			c.selectRow(row)
			return
		}
	}
	if n == 0 {
		c.OnStatus("The list is empty: no claim to go to. Change the search or the filters.")
		return
	}
	c.OnStatus("Every claim in the list has a verdict.")
}

// clearFilters clears the search and the filters, listing every claim.
func (c *listColumn) clearFilters() {
	c.search.Text = ""
	c.search.Refresh()
	c.kinds.Selected, c.verdicts.Selected, c.suggested.Checked, c.mine.Checked = allKinds, allVerdicts, false, false
	c.kinds.Refresh()
	c.verdicts.Refresh()
	c.suggested.Refresh()
	c.mine.Refresh()
	c.setDoc("")
	c.runSearchNow()
}

// A view is what the list column shows of a database: its search and
// filters, kept with the place when the window closes (see place).
type view struct {
	Query     string `json:"query,omitempty"`
	Kind      string `json:"kind,omitempty"`    // the kind filter's option; "" for all
	Verdict   string `json:"verdict,omitempty"` // the verdict filter's option; "" for all
	Doc       string `json:"doc,omitempty"`     // the article filter; "" for all
	Suggested bool   `json:"suggested,omitempty"`
	Mine      bool   `json:"mine,omitempty"`
}

// view returns the column's search and filters.
func (c *listColumn) view() view {
	v := view{Query: c.search.Text, Doc: c.doc, Suggested: c.suggested.Checked, Mine: c.mine.Checked}
	if c.kinds.Selected != allKinds {
		v.Kind = c.kinds.Selected
	}
	if c.verdicts.Selected != allVerdicts {
		v.Verdict = c.verdicts.Selected
	}
	return v
}

// setView sets the column's search and filters to v, as clearFilters
// sets them to none, and searches; an option the filters no longer have
// reads as all.
func (c *listColumn) setView(v view) {
	c.search.Text = v.Query
	c.search.Refresh()
	c.kinds.Selected, c.verdicts.Selected = allKinds, allVerdicts
	if slices.Contains(c.kinds.Options, v.Kind) {
		c.kinds.Selected = v.Kind
	}
	if slices.Contains(c.verdicts.Options, v.Verdict) {
		c.verdicts.Selected = v.Verdict
	}
	c.suggested.Checked, c.mine.Checked = v.Suggested, v.Mine
	c.kinds.Refresh()
	c.verdicts.Refresh()
	c.suggested.Refresh()
	c.mine.Refresh()
	c.setDoc(v.Doc)
	c.runSearchNow()
}

// setArticle keeps only the claims of the named article, or of all
// articles for "", and hands the keys back to the list.
func (c *listColumn) setArticle(name string) {
	c.setDoc(name)
	c.onFilterChanged()
}

// setDoc sets the article filter without searching.
func (c *listColumn) setDoc(name string) {
	c.doc = name
	c.article.SetText(allArticles)
	if name != "" {
		label := name
		if c.cat != nil {
			label = c.cat.articleLabel(name)
		}
		c.article.SetText("Article: " + shorten(label, 18)) // the button may not widen the list's column
	}
}

// setKind keeps the claims of one kind, by its option.
func (c *listColumn) setKind(option string) { c.kinds.SetSelected(option) }

// setVerdict keeps the claims of one verdict, by its option.
func (c *listColumn) setVerdict(option string) { c.verdicts.SetSelected(option) }

// clearSearch empties the search, if it holds one: the whole list again,
// on the claim selected (Escape on the list does what it does in the
// search field).
func (c *listColumn) clearSearch() {
	if c.search.Text != "" {
		c.search.SetText("")
	}
}

// toggleSuggested keeps the claims with a suggestion, or stops keeping
// only them.
func (c *listColumn) toggleSuggested() { c.suggested.SetChecked(!c.suggested.Checked) }

// toggleMine keeps the claims of the articles assigned to the checker, or
// stops keeping only them.
func (c *listColumn) toggleMine() { c.mine.SetChecked(!c.mine.Checked) }

// assignmentsChanged lists the claims again when the Mine filter depends
// on the assignments or the checker, which changed.
func (c *listColumn) assignmentsChanged() {
	if c.mine.Checked {
		c.runSearchNow()
	}
}
