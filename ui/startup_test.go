package ui

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/seeds"
)

func TestFirstRunImportsTheSeedsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	open := func() *harness {
		a := test.NewTempApp(t)
		w := test.NewTempWindow(t, nil)
		w.Resize(fyne.NewSize(1280, 800))
		var loaded int
		h := &harness{Review: New(a, w, Options{Open: openDB, Seeds: seeds.FS(), Checker: testChecker,
			OnLoaded: func(n int, err error) {
				if err != nil {
					t.Fatal(err)
				}
				loaded = n
			}}), q: &uiQueue{}}
		h.bg.do = h.q.add
		h.Open(path, true)
		h.settle()
		if loaded != len(h.cat().claims) {
			t.Errorf("OnLoaded got %d claims, the list has %d", loaded, len(h.cat().claims))
		}
		if n := len(h.win.Canvas().Overlays().List()); n != 0 {
			t.Errorf("%d dialogs over the window of a current database", n)
		}
		return h
	}
	h := open()
	if !strings.Contains(h.statusMsg, "Imported 5 sample articles") {
		t.Errorf("status reads %q", h.statusMsg)
	}
	first := len(h.cat().claims)
	h.sess.store.Close()

	h = open() // the second run finds them there
	defer h.sess.store.Close()
	if got := len(h.cat().claims); got != first {
		t.Errorf("second run lists %d claims, first %d", got, first)
	}
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := st.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 5 {
		t.Errorf("the database holds %d articles, want the 5 seeds once", len(arts))
	}
}

// TestLargeDatabaseListsItsFirstClaimsAtOnce opens a database larger than
// the first listing, rules and undoes while the rest is read, and checks
// that the complete list keeps both.
func TestLargeDatabaseListsItsFirstClaimsAtOnce(t *testing.T) {
	defer func(n int) { firstClaims = n }(firstClaims)
	firstClaims = 5
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "fake.db")
	st := newFakeStore(path)
	all, err := st.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	last := all[len(all)-1].ID // beyond the first listing: ruled before, undone while reading
	if _, err := st.Rule(ctx, factcheck.Ruling{Claim: last, Verdict: factcheck.Disputed, Checker: testChecker}); err != nil {
		t.Fatal(err)
	}
	listed := 0
	h := openWindow(t, st, path, Options{Checker: testChecker, OnLoaded: func(n int, err error) { listed = n }})
	defer h.settle()
	h.step()
	if !h.cat().partial || listed != len(h.cat().claims) || listed < firstClaims || listed >= len(all) {
		t.Fatalf("first listing: partial %t, %d claims listed of %d, OnLoaded said %d",
			h.cat().partial, len(h.cat().claims), len(all), listed)
	}
	for i, c := range h.listed() {
		if c.ID != all[i].ID {
			t.Fatalf("row %d lists claim %d, want %d", i, c.ID, all[i].ID)
		}
	}
	first := h.selected(t).ID
	h.focusList()
	h.onUndo()                      // the dispute of last
	h.side.rule(factcheck.Verified) // first
	h.settle()                      // the rest is read meanwhile

	if h.cat().partial || len(h.cat().claims) != len(all) || h.col.rowCount() != len(all) || !h.cat().ready() {
		t.Fatalf("complete listing: partial %t, %d claims, %d rows, want %d, indexed %t",
			h.cat().partial, len(h.cat().claims), h.col.rowCount(), len(all), h.cat().ready())
	}
	for _, want := range []struct {
		id      int64
		verdict factcheck.Verdict
	}{{first, factcheck.Verified}, {last, factcheck.Cleared}} {
		i, ok := h.cat().lookup(want.id)
		if !ok {
			t.Fatalf("claim %d is not listed", want.id)
		}
		if got := h.cat().claims[i].Verdict; got != want.verdict {
			t.Errorf("claim %d shows %q, want %q", want.id, got, want.verdict)
		}
		if got := h.stored(t, want.id).Verdict; got != want.verdict {
			t.Errorf("claim %d is stored %q, want %q", want.id, got, want.verdict)
		}
	}
	if h.cat().tally.ruled != 1 {
		t.Errorf("the status bar counts %d ruled, want 1", h.cat().tally.ruled)
	}
}

// TestOpenReadOnlySaysSo: a database that can only be read says so when it
// opens, not at the first ruling that fails.
func TestOpenReadOnlySaysSo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fake.db")
	st := newFakeStore(path)
	st.readOnly = true
	h := waitListed(t, openWindow(t, st, path, Options{Checker: testChecker}))
	if got := h.status.Text; !strings.Contains(got, "Read-only: rulings cannot be saved") || !strings.Contains(got, path) {
		t.Errorf("the status reads %q; want it to say %s opened read-only", got, path)
	}
}

// TestPlaceBeyondTheFirstClaims checks that the window reopens a large
// database on the claim it last showed when that claim is not among the
// first listed: once every claim is read, unless the checker has moved.
func TestPlaceBeyondTheFirstClaims(t *testing.T) {
	defer func(n int) { firstClaims = n }(firstClaims)
	firstClaims = 5
	path := filepath.Join(t.TempDir(), "fake.db")
	st := newFakeStore(path)
	all, err := st.Claims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	last := all[len(all)-1].ID
	a := test.NewTempApp(t)
	b, err := json.Marshal(place{Claims: map[string]int64{path: last}})
	if err != nil {
		t.Fatal(err)
	}
	a.Preferences().SetString(prefPlace, string(b))
	h := openWindowIn(t, a, st, path, Options{Checker: testChecker})
	defer h.settle()
	h.step()
	if !h.cat().partial {
		t.Fatal("the first listing holds every claim: the test needs more claims than it lists")
	}
	h.settle()
	if got := h.selected(t).ID; got != last {
		t.Errorf("once every claim is listed, claim %d is selected, want %d, the one shown at closing", got, last)
	}
}

// TestReopenKeepsSearchAndFilters checks that the window reopens a
// database with the search and filters it had when it closed, on the
// claim it showed.
func TestReopenKeepsSearchAndFilters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fake.db")
	a := test.NewTempApp(t)
	h := waitListed(t, openWindowIn(t, a, newFakeStore(path), path, Options{Checker: testChecker}))
	test.Type(h.col.search, "hostages")
	h.settle()
	h.col.setKind("Count")
	h.settle()
	h.focusList()
	c := h.selected(t)
	want := h.col.view()
	h.savePlace()

	h2 := waitListed(t, openWindowIn(t, a, newFakeStore(path), path, Options{Checker: testChecker}))
	h2.settle()
	if got := h2.col.view(); got != want {
		t.Errorf("reopened with the search and filters %+v, want %+v", got, want)
	}
	if got := h2.selected(t); got.ID != c.ID {
		t.Errorf("reopened on %q, want %q", got.Text, c.Text)
	}
	if h2.col.rowCount() != h.col.rowCount() {
		t.Errorf("reopened listing %d claims, want the %d the search and filters kept", h2.col.rowCount(), h.col.rowCount())
	}
}
