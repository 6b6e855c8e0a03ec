package ui

import (
	"context"
	"errors"
	"io/fs"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Options configure the review window.
type Options struct {
	// Open opens a database for the window; it must not be nil.
	Open OpenFunc
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
	// WatchLog is how often the window looks for rulings that another
	// checker (on a shared server) or program made; 0 never looks.
	WatchLog time.Duration
	// OnClosed, when not nil, is called off the UI goroutine once the
	// window has closed its database on quitting and its preferences are
	// written, just before it asks the app to quit: nothing is left to
	// lose, and the app may end its process there.
	OnClosed func()
}

// A Review is the main window: the claim list with its search and
// filters on the left (a listColumn), the selected claim in its article
// in the middle (a claimPanel), and on the right its ruling, the claims
// about the same thing in other articles, and its history (a sidePanel).
// It holds the open database (a session) and wires the three together
// through their On… callbacks: the list selects a claim, the window shows
// it in the panels, and a ruling given in the side panel is stored. Its
// dialogs open through a dialogHost.
type Review struct {
	app fyne.App
	win fyne.Window
	opt Options
	bg  background

	sess    *session // the open database; nil until one is
	current int      // the claim the panels show, an index in sess.cat.claims, or -1

	dlg        *dialogHost
	col        *listColumn
	claimPanel *claimPanel
	side       *sidePanel
	status     *widget.Label
	summary    *summaryBar       // the last import's summary, until dismissed
	progress   *container.Scroll // the progress view (F2) while it is open, else nil
	where      *widget.Label
	statusBar  *fyne.Container // the status and where, laid out again when where's text changes (showWhere)
	statusMsg  string

	checker   string             // who signs rulings; "" until asked
	quitting  bool               // the window is closing
	importing context.CancelFunc // stops the import under way, if any
	// changing counts the window's own writes under way, and changes
	// counts those begun: the watch does not take what they change for
	// another program's work (see beginChange).
	changing, changes int
	drafts            map[int64]notes // notes typed on claims without a verdict, by claim ID
}

// New builds the review window's content, menus and shortcuts in win. Call
// Open to show a database in it.
func New(app fyne.App, win fyne.Window, opt Options) *Review {
	r := &Review{app: app, win: win, opt: opt, current: -1, drafts: map[int64]notes{}}
	r.bg.do = fyne.Do
	r.dlg = newDialogHost(win, app.Preferences())
	r.dlg.bg = &r.bg
	r.dlg.OnClosed = r.focusList
	r.checker = opt.Checker
	if r.checker == "" {
		r.checker = app.Preferences().StringWithFallback(prefChecker, "")
	}
	win.SetContent(r.build())
	win.SetMainMenu(r.buildMenu())
	r.bindShortcuts()
	win.SetOnDropped(r.onDropped)
	win.SetCloseIntercept(r.onQuit)
	return r
}

// build lays out the window.
func (r *Review) build() fyne.CanvasObject {
	r.col = newListColumn(&r.bg)
	r.col.OnSelect = r.onSelected
	r.col.OnNone = r.showNone
	r.col.OnKey = r.onKey
	r.col.OnDone = r.focusList
	r.col.OnPickArticle = r.onPickArticle
	r.col.OnStatus = r.setStatus
	r.col.Checker = func() string { return r.checker }
	r.claimPanel = &claimPanel{}
	r.side = &sidePanel{
		OnRule:      r.onRule,
		OnSupersede: r.onSupersede,
		OnApply:     r.onApplySuggestion,
		OnOpen:      r.onOpenClaim,
		OnLeave:     r.focusList,
	}
	split := container.NewHSplit(r.col.build(),
		container.NewHSplit(r.claimPanel.build(), r.side.build()))
	split.Offset = 0.36
	split.Trailing.(*container.Split).Offset = 0.54
	r.status = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	r.where = &widget.Label{Alignment: fyne.TextAlignTrailing, Truncation: fyne.TextTruncateEllipsis}
	r.statusBar = container.New(&statusBarLayout{where: r.where}, r.status, r.where)
	r.updateStatus()
	r.summary = newSummaryBar()
	return container.NewBorder(r.summary.box, container.NewVBox(widget.NewSeparator(), r.statusBar), nil, nil, split)
}

// cat returns the open database's claims, or nil.
func (r *Review) cat() *catalog {
	if r.sess == nil {
		return nil
	}
	return r.sess.cat
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
	switch cat := r.cat(); {
	case cat != nil && cat.partial:
		s = "First " + cat.tally.soFar()
	case cat != nil:
		s = cat.tally.String()
	}
	if r.statusMsg != "" {
		if s != "" {
			s += "   —   "
		}
		s += r.statusMsg
	}
	r.status.SetText(s)
	r.refreshProgress()
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
		s := r.sess
		if s != nil {
			s.end()
		}
		r.bg.serial(func() {
			if s != nil {
				s.store.Close()
			}
			// Fyne defers a preference change that follows another within
			// 100 ms, and writes it on the UI goroutine: give it the time.
			time.Sleep(prefsSettle)
			if r.opt.OnClosed != nil {
				r.opt.OnClosed()
			}
			r.bg.do(r.app.Quit)
		})
	})
}

// isCancel reports whether err is a cancellation.
func isCancel(err error) bool { return errors.Is(err, context.Canceled) }

// showWhere shows where the window is, the checker and the database, at
// the right of the status bar, and lays the bar out again for its width:
// the message beside it would run under it.
func (r *Review) showWhere() {
	r.where.SetText(r.whereText())
	r.statusBar.Refresh()
}

// statusBarLayout puts the status message at the left of the status bar
// and where the window is (the checker, the database) at the right, as
// wide as its text needs up to 45% of the bar: the message gets the rest,
// not half the bar whatever the right side holds.
type statusBarLayout struct{ where *widget.Label }

func (l *statusBarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	status, where := objs[0], objs[1]
	pad := theme.InnerPadding()
	need := fyne.MeasureText(l.where.Text, theme.TextSize(), l.where.TextStyle).Width + 2*pad
	w := min(need, size.Width*0.45)
	where.Move(fyne.NewPos(size.Width-w, 0))
	where.Resize(fyne.NewSize(w, size.Height))
	status.Move(fyne.NewPos(0, 0))
	status.Resize(fyne.NewSize(size.Width-w, size.Height))
}

func (l *statusBarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := max(objs[0].MinSize().Height, objs[1].MinSize().Height)
	return fyne.NewSize(objs[0].MinSize().Width+objs[1].MinSize().Width, h)
}
