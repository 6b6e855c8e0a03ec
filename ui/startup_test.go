package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/factcheck/factcheck/db"
	"github.com/factcheck/factcheck/seeds"
)

func TestFirstRunImportsTheSeedsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	open := func() *harness {
		a := test.NewTempApp(t)
		w := test.NewTempWindow(t, nil)
		w.Resize(fyne.NewSize(1280, 800))
		var loaded int
		h := &harness{Review: New(a, w, Options{Seeds: seeds.FS(), Checker: testChecker,
			OnLoaded: func(n int, err error) {
				if err != nil {
					t.Fatal(err)
				}
				loaded = n
			}}), q: &uiQueue{}}
		h.bg.do = h.q.add
		h.Open(path, true)
		h.settle()
		if loaded != len(h.cat.claims) {
			t.Errorf("OnLoaded got %d claims, the list has %d", loaded, len(h.cat.claims))
		}
		return h
	}
	h := open()
	if !strings.Contains(h.statusMsg, "Imported 5 sample articles") {
		t.Errorf("status reads %q", h.statusMsg)
	}
	first := len(h.cat.claims)
	h.Review.store.Close()

	h = open() // the second run finds them there
	defer h.Review.store.Close()
	if got := len(h.cat.claims); got != first {
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
