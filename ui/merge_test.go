package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/factcheck/factcheck/factcheck"
)

// TestMergeReview: File › Merge review (Ctrl+Shift+M) asks for a review;
// once merged, its rulings show in the list and the status bar says what
// came in; a review that cannot be read is named in an error, and nothing
// changes.
func TestMergeReview(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fake.db")
	st := newFakeStore(path)
	h := waitListed(t, openWindow(t, st, path, Options{Checker: testChecker}))
	first, second := h.listed()[0], h.listed()[1]
	bo := filepath.Join(t.TempDir(), "bo.db")
	st.others = map[string][]factcheck.Ruling{bo: {
		{Claim: first.ID, Verdict: factcheck.Verified, Checker: "Bo"},
		{Claim: second.ID, Verdict: factcheck.Disputed, Checker: "Bo", Note: "11%, not 12%"},
	}}

	h.focusList()
	h.shortcut(t, keyMerge)
	if !h.dlg.modalOpen() {
		t.Fatal("Ctrl+Shift+M opened no dialog")
	}
	h.press(fyne.KeyEscape)

	h.mergeReview(bo)
	h.settle()
	if got := h.status.Text; !strings.HasSuffix(got, "Merged from "+bo+": 0 articles, 0 claims, 2 rulings, 0 label edits, 0 assignments.") {
		t.Errorf("status after the merge: %q", got)
	}
	for _, c := range []struct {
		id   int64
		want factcheck.Verdict
	}{{first.ID, factcheck.Verified}, {second.ID, factcheck.Disputed}} {
		i, _ := h.cat().lookup(c.id)
		if got := h.cat().claims[i]; got.Verdict != c.want || got.Checker != "Bo" {
			t.Errorf("claim %d listed %s by %q after the merge, want %s by Bo", c.id, got.Verdict, got.Checker, c.want)
		}
	}

	missing := filepath.Join(t.TempDir(), "none.db")
	h.mergeReview(missing)
	h.settle()
	if !strings.HasSuffix(h.status.Text, "Merge failed; nothing was merged.") || !h.dlg.modalOpen() {
		t.Errorf("a review that cannot be read: status %q, dialog open %v", h.status.Text, h.dlg.modalOpen())
	}
}
