package ui

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/factcheck"
)

// assignThrough opens the assign dialog with its shortcut, types checker
// in it and presses Enter.
func (h *harness) assignThrough(t *testing.T, checker string) {
	t.Helper()
	h.shortcut(t, keyAssign)
	name, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatal("the assign dialog's checker field does not have the focus")
	}
	name.SetText(checker)
	name.OnSubmitted(name.Text)
	h.settle()
	if h.dlg.modalOpen() {
		t.Fatal("the assign dialog is still open")
	}
}

func (h *harness) assignments(t *testing.T) map[int64]string {
	t.Helper()
	m, err := h.store.Assignments(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAssignAndMine: the selected claim's article is assigned to the
// window's checker, whose Mine filter then lists its claims only; the
// article filter's article is assigned to another checker; the progress
// view counts each one's claims; unassigned, Mine lists nothing.
func TestAssignAndMine(t *testing.T) {
	h := newHarness(t)
	first := h.cat().claims[0]
	h.col.selectEntry(0)
	h.settle()

	h.shortcut(t, keyAssign)
	name, ok := h.win.Canvas().Focused().(*dialogEntry)
	if !ok || name.Text != testChecker {
		t.Fatalf("the dialog offers %v, want the window's checker", name)
	}
	name.OnSubmitted(name.Text)
	h.settle()
	if got, want := h.assignments(t), map[int64]string{first.ArticleID: testChecker}; !maps.Equal(got, want) {
		t.Errorf("stored %v, want %v", got, want)
	}
	if got := h.status.Text; !strings.Contains(got, "Assigned ") || !strings.HasSuffix(got, " to "+testChecker+".") {
		t.Errorf("status %q", got)
	}

	h.col.toggleMine()
	h.settle()
	listed := h.listed()
	if len(listed) == 0 || slices.ContainsFunc(listed, func(c *factcheck.Record) bool { return c.ArticleID != first.ArticleID }) {
		t.Errorf("Mine lists %d claims, some of other articles", len(listed))
	}
	if n := len(h.cat().claims[h.cat().docs[first.Doc][0]:h.cat().docs[first.Doc][1]]); len(listed) != n {
		t.Errorf("Mine lists %d claims, want the article's %d", len(listed), n)
	}

	// Another article, by the article filter, to another checker.
	h.col.toggleMine()
	last := h.cat().claims[len(h.cat().claims)-1]
	h.col.setArticle(last.Doc)
	h.settle()
	h.assignThrough(t, "Bo")
	want := map[int64]string{first.ArticleID: testChecker, last.ArticleID: "Bo"}
	if got := h.assignments(t); !maps.Equal(got, want) {
		t.Errorf("stored %v, want %v", got, want)
	}
	p := computeProgress(h.cat().claims, h.cat().assigned, time.Now(), time.Now())
	var names []string
	for _, w := range p.byAssignee {
		names = append(names, w.checker)
		if w.ruled != 0 || w.assigned == 0 {
			t.Errorf("progress of %s: %+v, want its claims, none ruled", w.checker, w)
		}
	}
	if !slices.Contains(names, "Bo") || !slices.Contains(names, testChecker) || len(names) != 2 {
		t.Errorf("progress by assignee %v, want Bo and %s", names, testChecker)
	}

	// Unassigned, the checker's Mine is empty.
	h.col.setArticle(first.Doc)
	h.settle()
	h.assignThrough(t, "")
	if got, want := h.assignments(t), map[int64]string{last.ArticleID: "Bo"}; !maps.Equal(got, want) {
		t.Errorf("stored %v, want %v", got, want)
	}
	h.col.setArticle("")
	h.col.toggleMine()
	h.settle()
	if n := h.col.rowCount(); n != 0 {
		t.Errorf("Mine lists %d claims with nothing assigned to %s", n, testChecker)
	}
}

// TestAssignNeedsAnArticle: with no claim selected and no article
// filter, the assign command says what it needs.
func TestAssignNeedsAnArticle(t *testing.T) {
	h := newHarness(t)
	h.current = -1
	h.onAssign()
	if h.dlg.modalOpen() || !strings.Contains(h.status.Text, "Select a claim") {
		t.Errorf("status %q, dialog open %v", h.status.Text, h.dlg.modalOpen())
	}
}
