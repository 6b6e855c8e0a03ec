package ui

import (
	"context"
	"errors"
	"io/fs"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck/search"
)

// Options configure the review window.
type Options struct {
	// Seeds are imported into the database opened at start when it holds
	// no article yet; nil imports nothing.
	Seeds fs.FS
	// Version is shown in the About dialog.
	Version string
	// Checker, when not empty, signs this session's rulings instead of the
	// name kept in the preferences.
	Checker string
	// OnLoaded, when not nil, is called on the UI goroutine each time a
	// database has been opened and its claims listed, with their number,
	// or with the error that prevented it.
	OnLoaded func(claims int, err error)
	// Watch is how often the window looks for articles that another
	// program added to the open database; 0 never looks.
	Watch time.Duration
	// OnClosed, when not nil, is called off the UI goroutine once the
	// window has closed its database on quitting, just before it asks the
	// app to quit.
	OnClosed func()
}

// A Review is the main window: the claim list with its search and
// filters on the left, the selected claim in its article in the middle,
// and on the right its ruling, the claims about the same thing in other
// articles, and its history.
type Review struct {
	app fyne.App
	win fyne.Window
	opt Options
	bg  background

	store *db.Store // nil until a database is open
	cat   *catalog  // the open database's claims; nil until listed

	// The list shows all of cat's claims in order when showAll is true,
	// else the hits of the latest search.
	showAll bool
	hits    []search.Hit
	row     int // the selected row, or -1
	current int // the claim shown on the right, an index in cat.claims, or -1

	searchGen    int       // numbers searches, so that only the latest is shown
	searching    int       // the search waiting or under way, by number, or 0
	shownQuery   string    // the query whose hits the list shows
	afterSearch  []command // single-key commands typed during the search
	searchTimer  *time.Timer
	searchCancel context.CancelFunc

	checker   string             // who signs rulings; "" until asked
	quitting  bool               // the window is closing
	stamp     string             // the open database's articles when last listed (db.Store.ArticlesStamp)
	importing context.CancelFunc // stops the import under way, if any
	picker    *picker            // the latest superseding-claim dialog
	statusMsg string
	modals    []*modal        // the dialogs open, the top one last
	drafts    map[int64]notes // notes typed on claims without a verdict, by claim ID

	// The latest single key typed, and when: the dialog it opens must
	// not take its character (see skipRune).
	key   fyne.KeyName
	keyAt time.Time

	// widgets
	search     *searchEntry
	kinds      *widget.Select
	verdicts   *widget.Select
	article    *widget.Button
	doc        string // the article filter, "" for all
	suggested  *widget.Check
	count      *widget.Label
	list       *claimList
	empty      *widget.Label // shown instead of the list when it is empty
	claimPanel *claimPanel
	side       *sidePanel
	status     *widget.Label
	where      *widget.Label
}

// New builds the review window's content, menus and shortcuts in win. Call
// Open to show a database in it.
func New(app fyne.App, win fyne.Window, opt Options) *Review {
	r := &Review{app: app, win: win, opt: opt, row: -1, current: -1, showAll: true, drafts: map[int64]notes{}}
	r.bg.do = fyne.Do
	r.checker = opt.Checker
	if r.checker == "" {
		r.checker = app.Preferences().StringWithFallback(prefChecker, "")
	}
	win.SetContent(r.build())
	win.SetMainMenu(r.buildMenu())
	r.bindShortcuts()
	win.SetCloseIntercept(r.onQuit)
	return r
}

// build lays out the window.
func (r *Review) build() fyne.CanvasObject {
	r.claimPanel = &claimPanel{}
	r.side = &sidePanel{
		OnRule:      r.onRule,
		OnSupersede: r.onSupersede,
		OnApply:     r.onApplySuggestion,
		OnOpen:      r.onOpenClaim,
		OnLeave:     r.focusList,
	}
	split := container.NewHSplit(r.buildListColumn(),
		container.NewHSplit(r.claimPanel.build(), r.side.build()))
	split.Offset = 0.36
	split.Trailing.(*container.Split).Offset = 0.54
	r.status = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	r.where = &widget.Label{Alignment: fyne.TextAlignTrailing, Truncation: fyne.TextTruncateEllipsis}
	bar := container.NewGridWithColumns(2, r.status, r.where)
	r.updateStatus()
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), bar), nil, nil, split)
}

// buildListColumn lays out the search field, the filters and the list.
func (r *Review) buildListColumn() fyne.CanvasObject {
	r.search = newSearchEntry()
	r.search.OnChanged = func(string) { r.scheduleSearch(searchDelay) }
	r.search.onLeave = r.focusList

	r.kinds = widget.NewSelect(kindOptions(), func(string) { r.onFilterChanged() })
	r.kinds.Selected = allKinds
	r.verdicts = widget.NewSelect(verdictOptions(), func(string) { r.onFilterChanged() })
	r.verdicts.Selected = allVerdicts
	r.article = &widget.Button{Text: allArticles, Alignment: widget.ButtonAlignLeading, OnTapped: r.onPickArticle}
	r.suggested = widget.NewCheck("With a suggestion", func(bool) { r.onFilterChanged() })
	r.count = &widget.Label{Alignment: fyne.TextAlignTrailing, Importance: widget.LowImportance}

	r.list = newClaimList(r.rowCount, r.updateRow, r.onKey)
	r.list.OnSelected = r.onSelected
	r.empty = &widget.Label{Text: "Opening the database…", Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}

	filters := container.NewVBox(
		r.search,
		container.NewGridWithColumns(2, r.kinds, r.verdicts),
		container.NewBorder(nil, nil, nil, r.suggested, r.article),
		container.NewBorder(nil, nil, nil, r.count),
		widget.NewSeparator(),
	)
	return container.NewBorder(filters, nil, nil, nil, container.NewStack(r.list, container.NewCenter(r.empty)))
}

// rowCount is the list's length.
func (r *Review) rowCount() int {
	switch {
	case r.cat == nil:
		return 0
	case r.showAll:
		return len(r.cat.claims)
	}
	return len(r.hits)
}

// entryAt returns the claim index a row shows.
func (r *Review) entryAt(row int) int {
	if r.showAll {
		return row
	}
	return r.hits[row].Entry
}

// updateRow fills a list row; the list may ask for rows that a search has
// just removed.
func (r *Review) updateRow(row int, o *claimRow) {
	if row < 0 || row >= r.rowCount() {
		return
	}
	o.set(&r.cat.claims[r.entryAt(row)])
}

// setStatus shows a message in the status bar, and logs it.
func (r *Review) setStatus(msg string) {
	if msg != "" {
		logf("status: %s", msg)
	}
	r.statusMsg = msg
	r.updateStatus()
}

// updateStatus shows the tally and the latest message.
func (r *Review) updateStatus() {
	if r.status == nil {
		return
	}
	s := ""
	switch {
	case r.cat != nil && r.cat.partial:
		s = "First " + r.cat.tally.soFar()
	case r.cat != nil:
		s = r.cat.tally.String()
	}
	if r.statusMsg != "" {
		if s != "" {
			s += "   —   "
		}
		s += r.statusMsg
	}
	r.status.SetText(s)
}

// prefsSettle is how long quitting waits for the preferences to be
// written.
const prefsSettle = 250 * time.Millisecond

// onQuit keeps what the checker typed (asking about notes that cannot
// be kept), stops an import, writes what is queued, closes the database
// and quits.
func (r *Review) onQuit() {
	if r.quitting {
		return
	}
	r.settleDrafts("quit", func() {
		r.quitting = true
		r.savePlace()
		if r.importing != nil {
			r.importing()
		}
		st := r.store
		r.bg.serial(func() {
			if st != nil {
				st.Close()
			}
			if r.opt.OnClosed != nil {
				r.opt.OnClosed()
			}
			// Fyne defers a preference change that follows another within
			// 100 ms, and writes it on the UI goroutine: give it the time.
			time.Sleep(prefsSettle)
			r.bg.do(r.app.Quit)
		})
	})
}

// isCancel reports whether err is a cancellation.
func isCancel(err error) bool { return errors.Is(err, context.Canceled) }
