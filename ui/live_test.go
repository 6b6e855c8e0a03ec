package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
)

// newLiveHarness opens a fake store in a window that watches its log
// every 10 ms, as a desk's window does, and returns both once listed.
func newLiveHarness(t *testing.T) (*harness, *fakeStore) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fake.db")
	st := newFakeStore(path)
	return waitListed(t, openWindow(t, st, path, Options{Checker: testChecker, WatchLog: 10 * time.Millisecond})), st
}

// TestLiveRulings: rulings another checker makes in the window's review
// show in the window with no action of its checker, who is told who
// ruled, and that a ruling of theirs was overtaken.
func TestLiveRulings(t *testing.T) {
	h, st := newLiveHarness(t)
	ctx := context.Background()
	first, second := h.listed()[0], h.listed()[1]
	until := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !ok(); {
			if time.Now().After(deadline) {
				t.Fatalf("%s: status %q", what, h.status.Text)
			}
			time.Sleep(10 * time.Millisecond)
			h.settle()
		}
	}

	if _, err := st.Rule(ctx, factcheck.Ruling{Claim: second.ID, Verdict: factcheck.Disputed, Checker: "Bo"}); err != nil {
		t.Fatal(err)
	}
	until("Bo's ruling shown", func() bool {
		i, _ := h.cat().lookup(second.ID)
		return h.cat().claims[i].Verdict == factcheck.Disputed && strings.Contains(h.status.Text, "Bo ruled “"+shorten(second.Text, 40)+"”: disputed.")
	})

	h.current = 0
	h.onRule(factcheck.Verified, notes{})
	h.settle()
	if _, err := st.Rule(ctx, factcheck.Ruling{Claim: first.ID, Verdict: factcheck.Disputed, Checker: "Bo"}); err != nil {
		t.Fatal(err)
	}
	until("the overtaken ruling told", func() bool {
		return strings.Contains(h.status.Text, "Your ruling of “"+shorten(first.Text, 40)+"” was overtaken by Bo's: disputed.")
	})
}

// TestOthersRulingsAreCounted checks that several rulings of others read
// at once are counted, not told one of them alone, whether they overtook
// the checker's own or not.
func TestOthersRulingsAreCounted(t *testing.T) {
	h := newHarness(t)
	c := h.listed()
	h.current = 0
	h.onRule(factcheck.Verified, notes{})
	h.settle()
	mine := factcheck.Event{ID: 1, Ruling: factcheck.Ruling{Claim: c[1].ID, Verdict: factcheck.Verified, Checker: testChecker}}
	tests := []struct {
		name   string
		events []factcheck.Event
		want   string
	}{
		{"two of others", []factcheck.Event{
			{ID: 2, Ruling: factcheck.Ruling{Claim: c[2].ID, Verdict: factcheck.Verified, Checker: "Bo"}},
			{ID: 3, Ruling: factcheck.Ruling{Claim: c[3].ID, Verdict: factcheck.Disputed, Checker: "Cy"}},
		}, "Bo and Cy ruled 2 claims; the last, “" + shorten(c[3].Text, 40) + "”: disputed."},
		{"two overtaken", []factcheck.Event{
			mine,
			{ID: 2, Replaces: 1, Ruling: factcheck.Ruling{Claim: c[1].ID, Verdict: factcheck.Disputed, Checker: "Bo"}},
			{ID: 3, Replaces: 99, Ruling: factcheck.Ruling{Claim: c[0].ID, Verdict: factcheck.Disputed, Checker: "Bo"}},
			{ID: 4, Ruling: factcheck.Ruling{Claim: c[4].ID, Verdict: factcheck.Verified, Checker: "Cy"}},
		}, "2 of your rulings were overtaken by Bo: the last, “" + shorten(c[0].Text, 40) + "”: disputed; each claim's history has them."},
		{"one's own only", []factcheck.Event{mine}, ""},
		{"one replaced since", []factcheck.Event{
			{ID: 2, Ruling: factcheck.Ruling{Claim: c[2].ID, Verdict: factcheck.Verified, Checker: "Ann"}},
			{ID: 3, Replaces: 2, Ruling: factcheck.Ruling{Claim: c[2].ID, Verdict: factcheck.Disputed, Checker: "Bo"}},
		}, "Bo ruled “" + shorten(c[2].Text, 40) + "”: disputed."},
	}
	for _, tt := range tests {
		if got := othersRulings(h.sess, tt.events, testChecker); got != tt.want {
			t.Errorf("%s: %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestDraftOvertakenByAnother checks that a note typed on an unruled
// claim that another checker rules meanwhile is not stored as a ruling
// signed by this checker when they move on: it is kept as a draft, and
// the status says who ruled.
func TestDraftOvertakenByAnother(t *testing.T) {
	h, st := newLiveHarness(t)
	h.focusList()
	c := h.selected(t)
	h.onFocusNote()
	test.Type(h.side.note, "a draft of mine")
	if _, err := st.Rule(context.Background(), factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Disputed, Checker: "Bo", Note: "Bo's note"}); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		h.settle()
		if i, _ := h.cat().lookup(c.ID); h.cat().claims[i].Verdict == factcheck.Disputed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Bo's ruling was not shown")
		}
	}
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyJ)
	h.settle()
	got := h.stored(t, c.ID)
	if got.Checker != "Bo" || got.Note != "Bo's note" {
		t.Errorf("moving on stored %q by %q with note %q, want Bo's ruling untouched", got.Verdict, got.Checker, got.Note)
	}
	if d, ok := h.drafts[c.ID]; !ok || d.note != "a draft of mine" || !strings.Contains(h.status.Text, "Bo ruled on") {
		t.Errorf("draft %+v (kept %v), status %q; want the note kept as a draft and Bo named", d, ok, h.status.Text)
	}
	if h.side.draft.Visible() {
		t.Error("the next claim is marked as holding a draft")
	}
	h.press(fyne.KeyK)
	h.settle()
	if h.side.note.Text != "a draft of mine" || !h.side.draft.Visible() {
		t.Errorf("back on the claim: note %q, draft marked %v; want the draft, marked as not saved", h.side.note.Text, h.side.draft.Visible())
	}
	// Asked before quitting, the checker reads which claim's note is not
	// saved, and no "no verdict yet" of a claim Bo ruled.
	h.settleDrafts("quit", func() {})
	var text strings.Builder
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text)
		}
	}
	if !strings.Contains(text.String(), "“"+shorten(c.Text, 40)+"”") || strings.Contains(text.String(), "no verdict") {
		t.Errorf("the question reads %q; want the claim named, and no 'no verdict'", text.String())
	}
}

// TestAnothersNoteNotCarried checks that ruling on a claim another checker
// ruled, its note untouched in the fields, does not sign their note as
// this checker's: the new ruling has none. A note of one's own is
// carried, and M puts the cursor after the note, so that typing adds to
// it.
func TestAnothersNoteNotCarried(t *testing.T) {
	h, st := newLiveHarness(t)
	h.focusList()
	c := h.selected(t)
	if _, err := st.Rule(context.Background(), factcheck.Ruling{Claim: c.ID, Verdict: factcheck.Verified, Checker: "Bo", Note: "Bo's source", Evidence: "https://bo.example"}); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); h.side.note.Text != "Bo's source"; time.Sleep(10 * time.Millisecond) {
		h.settle()
		if time.Now().After(deadline) {
			t.Fatal("Bo's ruling was not shown")
		}
	}
	h.press(fyne.KeyD)
	h.settle()
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Disputed || got.Checker != testChecker || got.Note != "" || got.Evidence != "" {
		t.Fatalf("D over Bo's ruling stored %q by %q with note %q, evidence %q; want no note of Bo's signed by %s", got.Verdict, got.Checker, got.Note, got.Evidence, testChecker)
	}
	h.onFocusNote()
	test.Type(h.side.note, "noted")
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyV)
	h.settle()
	h.onFocusNote()
	test.Type(h.side.note, ", and more")
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyD)
	h.settle()
	if got := h.stored(t, c.ID); got.Note != "noted, and more" {
		t.Errorf("M on one's own note, typing, D: note %q, want %q (the cursor after the note, the note carried)", got.Note, "noted, and more")
	}
}
