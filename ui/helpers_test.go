package ui

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
	"github.com/factcheck/factcheck/seeds"
)

// testChecker signs the rulings of the tests.
const testChecker = "Tess Tester"

// A harness is a review window in a test app, with the store behind it.
type harness struct {
	*Review
	store Store // the test's own handle on the database
	path  string
	q     *uiQueue
}

// newHarness opens a fake store holding fakeArticles in a review window
// of a test app, 1280×800, and waits until it lists the claims.
func newHarness(t *testing.T) *harness {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fake.db")
	return waitListed(t, openWindow(t, newFakeStore(path), path, Options{Checker: testChecker}))
}

// newDBHarness opens a new database holding the seed articles in a
// review window of a test app, 1280×800, and waits until it lists the
// claims: for the tests of what the window does with a real database.
func newDBHarness(t *testing.T) *harness {
	t.Helper()
	st, path := seededStore(t)
	return waitListed(t, openWindow(t, reviewOf(st), path, Options{Checker: testChecker}))
}

// waitListed waits until h lists the claims.
func waitListed(t *testing.T, h *harness) *harness {
	t.Helper()
	h.settle()
	if h.cat() == nil {
		t.Fatal("the database was not listed")
	}
	if len(h.cat().claims) == 0 {
		t.Skip("the extractor finds no claim in the seeds yet")
	}
	t.Cleanup(h.settle)
	return h
}

// seededStore returns a new database holding the seed articles, closed
// when the test ends, and its path.
func seededStore(t *testing.T) (*db.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "review.db")
	st, err := db.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := ingest.ImportFS(context.Background(), st, seeds.FS(), ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	return st, path
}

// openDB opens a database for the window as cmd/factcheck does.
func openDB(path string, create bool) (Store, error) {
	st, err := db.OpenOptions(path, db.Options{Create: create})
	if err != nil {
		return nil, err
	}
	return reviewOf(st), nil
}

// A dbReview is a database with the import pipeline run on it, as
// cmd/factcheck hands the window.
type dbReview struct {
	*db.Store
	ingest.Pipeline
}

func reviewOf(st *db.Store) Store { return dbReview{st, ingest.Pipeline{Store: st}} }

// openWindow starts opening the database at path, whose store st the test
// keeps, in a review window of a test app, 1280×800, without waiting. A
// fake st is the window's store too; for a real one the window opens its
// own, as does any path but this one (opt.Open, when set, opens all).
func openWindow(t *testing.T, st Store, path string, opt Options) *harness {
	t.Helper()
	return openWindowIn(t, test.NewTempApp(t), st, path, opt)
}

// openWindowIn is openWindow in app a, whose preferences the test may
// have set.
func openWindowIn(t *testing.T, a fyne.App, st Store, path string, opt Options) *harness {
	t.Helper()
	if opt.Open == nil {
		opt.Open = openDB
		if fake, ok := st.(*fakeStore); ok {
			opt.Open = func(p string, create bool) (Store, error) {
				if p == path {
					return fake, nil
				}
				return openDB(p, create)
			}
		}
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	h := &harness{Review: New(a, w, opt), store: st, path: path, q: &uiQueue{}}
	h.bg.do = h.q.add
	h.Open(path, false)
	return h
}

// settle waits until the window has finished its background work and
// shown the results.
func (h *harness) settle() { h.q.settle(&h.bg) }

// press types a key where the focus is, as the keyboard would, and
// settles.
func (h *harness) press(key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := h.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else {
		h.win.Canvas().OnTypedKey()(ev)
	}
	h.settle()
}

// A uiQueue stands for the UI goroutine in tests: background jobs hand it
// their results, and the test goroutine runs them, so that widgets are
// only ever touched from the test goroutine.
type uiQueue struct {
	mu   sync.Mutex
	jobs []func()
}

func (q *uiQueue) add(f func()) {
	q.mu.Lock()
	q.jobs = append(q.jobs, f)
	q.mu.Unlock()
}

// settle waits for the background jobs and runs what they hand over,
// until nothing is left to do.
func (q *uiQueue) settle(bg *background) {
	for {
		bg.wait()
		q.mu.Lock()
		jobs := q.jobs
		q.jobs = nil
		q.mu.Unlock()
		if len(jobs) == 0 {
			return
		}
		for _, f := range jobs {
			f()
		}
	}
}

// shortcut types a shortcut as the desktop driver routes it: to the
// focused widget if it takes shortcuts, else to the canvas, which runs the
// command registered for it (the test canvas does not take shortcuts, so
// this looks the command up as bindShortcuts registers it); then settles.
func (h *harness) shortcut(t *testing.T, sc fyne.Shortcut) {
	t.Helper()
	if f, ok := h.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		h.settle()
		return
	}
	for _, cmd := range h.commands() {
		if cmd.shortcut == nil {
			continue
		}
		var registered []fyne.Shortcut // as bindShortcuts registers them
		if cmd.shortcut.Modifier != 0 {
			registered = append(registered, cmd.shortcut)
		}
		for _, a := range append(registered, cmd.aliases...) {
			if a.ShortcutName() == sc.ShortcutName() {
				h.runCommand(cmd)
				h.settle()
				return
			}
		}
	}
	t.Fatalf("no command for %s", sc.ShortcutName())
}

// listed returns the claims the list shows, in order.
func (h *harness) listed() []*factcheck.Record {
	out := make([]*factcheck.Record, h.col.rowCount())
	for row := range out {
		out[row] = &h.cat().claims[h.col.entryAt(row)]
	}
	return out
}

// selected returns the claim shown on the right.
func (h *harness) selected(t *testing.T) *factcheck.Record {
	t.Helper()
	if h.current < 0 {
		t.Fatal("no claim is selected")
	}
	return &h.cat().claims[h.current]
}

// writeNote focuses the list, types text in the note of the claim it
// selects and leaves the field with Escape, and returns that claim.
func (h *harness) writeNote(t *testing.T, text string) *factcheck.Record {
	t.Helper()
	h.focusList()
	c := h.selected(t)
	h.onFocusNote()
	test.Type(h.side.note, text)
	h.press(fyne.KeyEscape)
	return c
}

// ruledElsewhere stores ru as another program or checker would, straight
// in the store, and lists the claims again, as the window does when it
// learns of it.
func (h *harness) ruledElsewhere(t *testing.T, ru factcheck.Ruling) {
	t.Helper()
	if _, err := h.store.Rule(context.Background(), ru); err != nil {
		t.Fatal(err)
	}
	h.relist(h.sess, "listed again")
	h.settle()
}

// stored reads a claim back from the database.
func (h *harness) stored(t *testing.T, id int64) *factcheck.Record {
	t.Helper()
	c, err := h.store.Claim(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// step runs what the background jobs have handed over once they have
// finished, without settling what that starts.
func (h *harness) step() {
	h.bg.wait()
	h.q.mu.Lock()
	jobs := h.q.jobs
	h.q.jobs = nil
	h.q.mu.Unlock()
	for _, f := range jobs {
		f()
	}
}
