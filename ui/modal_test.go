package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/factcheck/factcheck/factcheck"
	"github.com/factcheck/factcheck/factcheck/ingest"
)

// TestConfirmLossEnterIsSafe: Enter on a question that would lose the
// checker's work takes the safe answer; only the named button loses it.
func TestConfirmLossEnterIsSafe(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("list"))
	dh := &dialogHost{win: w, OnClosed: func() {}}
	lost := false
	dh.confirmLoss("Lose 1 unsaved note?", "You wrote a note.", "Quit and lose them", "Go back", func() { lost = true })
	if !dh.modalOpen() {
		t.Fatal("no dialog open")
	}
	dh.dialogKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if lost || dh.modalOpen() {
		t.Fatalf("Enter: lost %v, dialog open %v; want the dialog closed and nothing lost", lost, dh.modalOpen())
	}
	dh.confirmLoss("Lose 1 unsaved note?", "You wrote a note.", "Quit and lose them", "Go back", func() { lost = true })
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Quit and lose them" {
			test.Tap(b)
		}
	}
	if !lost {
		t.Error("the button that says it loses them did not")
	}
}

// TestHelpScrollsByKeys: the shortcuts' help scrolls with Page Down, the
// arrows and End, and back with Home, as a list does, with no mouse.
func TestHelpScrollsByKeys(t *testing.T) {
	h := newHarness(t)
	h.win.Resize(fyne.NewSize(1280, 800))
	h.onHelp()
	h.settle()
	m := h.dlg.modals[len(h.dlg.modals)-1]
	if m.scroll == nil {
		t.Fatal("the help dialog has no scroll the keys move")
	}
	h.win.Canvas().Unfocus()
	h.press(fyne.KeyPageDown)
	if m.scroll.Offset.Y <= 0 {
		t.Fatalf("Page Down left the help at %.0f", m.scroll.Offset.Y)
	}
	h.press(fyne.KeyEnd)
	end := m.scroll.Offset.Y
	if max := m.scroll.Content.MinSize().Height - m.scroll.Size().Height; end < max-1 {
		t.Errorf("End scrolled to %.0f, want the bottom %.0f", end, max)
	}
	h.press(fyne.KeyHome)
	if m.scroll.Offset.Y != 0 {
		t.Errorf("Home left the help at %.0f", m.scroll.Offset.Y)
	}
}

// TestSkippedNamesCopies: the import's "Which files…" names the files it
// stored once as copies of another, and the files passed over as empty.
func TestSkippedNamesCopies(t *testing.T) {
	h := newHarness(t)
	rep := &ingest.Report{
		Copies: []ingest.Copy{{Path: "in/b.txt", Of: "in/a.txt"}},
		Errors: ingest.ErrorList{&ingest.FileError{Path: "in/empty.txt", Err: ingest.ErrEmpty}},
	}
	h.showSkipped("Imported 1 article.", rep)
	var text strings.Builder
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text + "\n")
		}
	}
	for _, want := range []string{"in/b.txt has the same bytes as in/a.txt", "in/empty.txt: empty"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the dialog reads %q, want %q in it", text.String(), want)
		}
	}
}

// TestUndoOfANoteSaysSo: undoing the event that saved a note on a ruled
// claim says the note is back to what it was, the verdict unchanged.
func TestUndoOfANoteSaysSo(t *testing.T) {
	h := newHarness(t)
	h.focusList()
	c := h.selected(t)
	h.press(fyne.KeyV)
	h.onFocusNote()
	test.Type(h.side.note, "two sources agree")
	h.press(fyne.KeyEscape)
	h.press(fyne.KeyJ)
	if got := h.stored(t, c.ID); got.Note != "two sources agree" {
		t.Fatalf("the note was not saved: %q", got.Note)
	}
	h.onUndo()
	h.settle()
	if got := h.stored(t, c.ID); got.Verdict != factcheck.Verified || got.Note != "" {
		t.Fatalf("after the undo: %q with note %q", got.Verdict, got.Note)
	}
	if !strings.Contains(h.status.Text, "note and evidence of") || !strings.Contains(h.status.Text, "still verified") {
		t.Errorf("status %q, want it to say the note is back and the verdict unchanged", h.status.Text)
	}
}

// TestLongProblemFitsTheWindow checks that a problem with long details
// (every file an import passed over) stays within a small window: its
// details scroll.
func TestLongProblemFitsTheWindow(t *testing.T) {
	h := newHarness(t)
	h.win.Resize(fyne.NewSize(1024, 600))
	var lines []string
	for i := range 200 {
		lines = append(lines, fmt.Sprintf("Passed over /work/corpus/file%03d.jsonl (not an article)", i))
	}
	h.dlg.showProblem("Imported 2 articles.", strings.Join(lines, "\n"), "Files of other kinds are passed over.")
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	if got := top.MinSize().Height; got > 600 {
		t.Errorf("the dialog asks for %v of a window 600 high", got)
	}
}
